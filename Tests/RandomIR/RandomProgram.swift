// A seeded generator of random IR functions for differential testing against the interpreter.
//
// Each function is `i64 @fN(i64 %a, i64 %b, double %x, double %y)`: a straight-line entry block
// that derives values of every width from the arguments, a counted loop (phis for the counter and
// an accumulator, trip count ≤ 8) whose body computes more values and goes through an alloca'd
// array, and an exit block that hashes every value it can see into the i64 result (reading the
// loop's values directly or, half the time, through LCSSA phis as clang writes). Divisors are
// made odd (never zero), shift amounts are masked into range, and fptosi only sees values that fit.
//
// Variants for the optimizer: `usesLocals` keeps scalar locals in allocas as clang -O0 does
// (initialized in the entry block, loaded and stored anywhere, stored under a condition and in
// the cases of a switch inside the loop, all loaded again at the exit), and a small `constantOneIn` makes operands constants
// often, so that folding has work.

import IR

/// SplitMix64: small, seeded, reproducible.
public struct SplitMix64 {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    public mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
}

/// The signature of every generated function.
public let randomFunctionType = FunctionType(.i64, [.i64, .i64, .double, .double])

public struct RandomFunctionBuilder {
    public var rng: SplitMix64
    /// Keep some values in allocas, as clang -O0 does: loads and stores of scalar locals, also in
    /// a conditionally executed block, so that promoting them needs phis.
    public var usesLocals: Bool
    /// An operand is a fresh constant one time in `constantOneIn` (when a pooled value exists).
    public var constantOneIn: Int
    var pool: [IRType: [Value]] = [:]
    var locals: [(slot: Value, type: IRType)] = []

    /// A builder drawing from `rng`.
    public init(rng: SplitMix64, usesLocals: Bool = false, constantOneIn: Int = 6) {
        self.rng = rng
        self.usesLocals = usesLocals
        self.constantOneIn = constantOneIn
    }
    static let intTypes: [IRType] = [.i1, .i8, .i16, .i32, .i64]
    static let floatTypes: [IRType] = [.float, .double]

    mutating func add(_ v: Value, _ t: IRType) { pool[t, default: []].append(v) }

    mutating func any(_ t: IRType, _ b: inout IRBuilder) throws(IRError) -> Value {
        if let vs = pool[t], !vs.isEmpty, rng.below(constantOneIn) != 0 { return rng.pick(vs) }
        switch t {
        case .float:
            return b.float(rng.pick([0, -0.0, 1.5, -3.25, 1e30, .infinity, .nan, Float(rng.below(100)) / 7]))
        case .double:
            return b.double(rng.pick([0, -0.0, 2.5, -7.75, 1e300, -.infinity, .nan, Double(rng.below(1000)) / 3]))
        default:
            let specials: [Int64] = [0, 1, -1, 2, 127, -128, 255, 32767, -32768, 65535, Int64(Int32.max), Int64(Int32.min)]
            return b.int(t, rng.below(3) == 0 ? rng.pick(specials) : Int64(bitPattern: rng.next()))
        }
    }

    /// Emits one random value-producing instruction and adds it to the pool.
    mutating func step(_ b: inout IRBuilder) throws(IRError) {
        switch rng.below(locals.isEmpty ? 10 : 13) {
        case 10, 11:
            let (slot, t) = rng.pick(locals)
            add(try b.load(t, from: slot), t)
        case 12:
            let (slot, t) = rng.pick(locals)
            try b.store(try any(t, &b), to: slot)
        case 0, 1, 2:
            let t = rng.pick(Self.intTypes)
            let w = t.integerWidth!
            let op = rng.pick([Opcode.add, .sub, .mul, .and, .or, .xor, .shl, .lshr, .ashr, .sdiv, .udiv, .srem, .urem])
            let x = try any(t, &b)
            var y = try any(t, &b)
            if [.shl, .lshr, .ashr].contains(op) {
                y = try b.and(y, b.int(t, Int64(w == 1 ? 0 : w - 1)))
            } else if [.sdiv, .udiv, .srem, .urem].contains(op) {
                y = try b.or(y, b.int(t, 1))
            }
            add(try b.binary(op, x, y), t)
        case 3:
            let t = rng.pick(Self.intTypes)
            let p = rng.pick(IntPredicate.allCases)
            add(try b.icmp(p, try any(t, &b), try any(t, &b)), .i1)
        case 4:
            let t = rng.pick(Self.intTypes + Self.floatTypes)
            add(try b.select(try any(.i1, &b), try any(t, &b), try any(t, &b)), t)
        case 5:
            let from = rng.pick(Self.intTypes), to = rng.pick(Self.intTypes)
            let fw = from.integerWidth!, tw = to.integerWidth!
            let v = try any(from, &b)
            if fw > tw { add(try b.cast(.trunc, v, to: to), to) }
            else if fw < tw { add(try b.cast(rng.below(2) == 0 ? .zext : .sext, v, to: to), to) }
        case 6:
            let t = rng.pick(Self.floatTypes)
            let op = rng.pick([Opcode.fadd, .fsub, .fmul, .fdiv])
            add(try b.binary(op, try any(t, &b), try any(t, &b)), t)
            if rng.below(4) == 0 { add(try b.fneg(try any(t, &b)), t) }
        case 7:
            let t = rng.pick(Self.floatTypes)
            add(try b.fcmp(rng.pick(FloatPredicate.allCases), try any(t, &b), try any(t, &b)), .i1)
        case 8:
            // int → fp, fp → fp, and fp → int on values known to fit.
            let from = rng.pick(Self.intTypes), to = rng.pick(Self.floatTypes)
            let f = try b.cast(rng.below(2) == 0 ? .sitofp : .uitofp, try any(from, &b), to: to)
            add(f, to)
            if to == .double { add(try b.cast(.fptrunc, try any(.double, &b), to: .float), .float) }
            else { add(try b.cast(.fpext, try any(.float, &b), to: .double), .double) }
            let small = try b.cast(.sitofp, try any(.i16, &b), to: to)
            let it = rng.pick([IRType.i32, .i64])
            add(try b.cast(.fptosi, small, to: it), it)
        case 9:
            let t = rng.pick(Self.intTypes)
            add(try b.freeze(try any(t, &b)), t)
        default:
            break
        }
    }

    /// Allocates and initializes the scalar locals (clang -O0 style: in the entry block).
    mutating func defineLocals(_ b: inout IRBuilder) throws(IRError) {
        locals = []
        guard usesLocals else { return }
        for _ in 0..<(2 + rng.below(5)) {
            let t = rng.pick(Self.intTypes + Self.floatTypes)
            locals.append((try b.alloca(t), t))
        }
        for (slot, t) in locals { try b.store(try any(t, &b), to: slot) }
    }

    /// With locals: `if (cond) { ...; store }` as a diamond; values made inside do not escape it.
    mutating func conditionalStores(_ b: inout IRBuilder) throws(IRError) {
        guard usesLocals else { return }
        let then = b.newBlock(), join = b.newBlock()
        try b.condBr(try any(.i1, &b), then, join)
        b.position(at: then)
        let saved = pool
        for _ in 0..<(1 + rng.below(3)) { try step(&b) }
        let (slot, t) = rng.pick(locals)
        try b.store(try any(t, &b), to: slot)
        pool = saved
        try b.br(join)
        b.position(at: join)
    }

    /// Hashes every pooled value visible here into one i64.
    mutating func hash(_ b: inout IRBuilder, _ values: [(Value, IRType)]) throws(IRError) -> Value {
        var h = b.int(.i64, 0x1234_5678)
        for (v, t) in values {
            var x: Value
            switch t {
            case .i64: x = v
            case .double: x = try b.cast(.bitcast, v, to: .i64)
            case .float: x = try b.cast(.zext, try b.cast(.bitcast, v, to: .i32), to: .i64)
            default: x = try b.cast(rng.below(2) == 0 ? .zext : .sext, v, to: .i64)
            }
            h = try b.mul(h, b.int(.i64, 1_000_003))
            x = try b.xor(x, try b.lshr(x, b.int(.i64, 29)))
            h = try b.add(h, x)
        }
        return h
    }

    /// With locals: a `switch` whose cases store to locals; several cases may share a target, a
    /// target may get no case (an unreachable block), and the selector may be a constant.
    mutating func switchStores(_ b: inout IRBuilder) throws(IRError) {
        guard usesLocals else { return }
        let join = b.newBlock()
        let targets = (0..<(1 + rng.below(3))).map { _ in b.newBlock() }
        let cases = (0..<(1 + rng.below(4))).map { (Int64($0), rng.pick(targets)) }
        let selector = rng.below(3) == 0 ? b.int(.i8, Int64(rng.below(5))) : try any(.i8, &b)
        try b.switch(selector, default: rng.below(2) == 0 ? join : rng.pick(targets), cases: cases)
        let saved = pool
        for target in targets {
            b.position(at: target)
            if rng.below(2) == 0 { try step(&b) }
            let (slot, t) = rng.pick(locals)
            try b.store(try any(t, &b), to: slot)
            try b.br(join)
            pool = saved
        }
        b.position(at: join)
    }

    /// Defines `name` in `module`.
    public mutating func define(_ name: String, in module: inout Module) throws(IRError) {
        try module.define(name, randomFunctionType) { b throws(IRError) in
            pool = [:]
            add(b.argument(0), .i64)
            add(b.argument(1), .i64)
            add(b.argument(2), .double)
            add(b.argument(3), .double)
            let array = try b.alloca(.array(count: 8, element: .i32))
            let wide = try b.alloca(.array(count: 2, element: .i64))
            try defineLocals(&b)
            for _ in 0..<(4 + rng.below(10)) { try step(&b) }
            let entryValues = pool.flatMap { t, vs in vs.map { ($0, t) } }.sorted { $0.0.raw < $1.0.raw }
            let header = b.newBlock("loop"), exit = b.newBlock("exit")
            let entry = b.insertionBlock
            let accType = rng.pick(Self.intTypes + Self.floatTypes)
            let accStart = try any(accType, &b)
            let trips = b.int(.i32, Int64(rng.below(8)))
            try b.br(header)
            b.position(at: header)
            let i = try b.phi(.i32, [(b.int(.i32, 0), entry)])
            let acc = try b.phi(accType, [(accStart, entry)])
            let other = try b.phi(accType, [(try any(accType, &b), entry)])
            add(i, .i32)
            add(acc, accType)
            add(other, accType)
            for _ in 0..<(2 + rng.below(6)) { try step(&b) }
            try conditionalStores(&b)
            try switchStores(&b)
            for _ in 0..<rng.below(3) { try step(&b) }
            // Memory: store a value at a dynamic index, load one back from another.
            let slot = try b.getElementPointer(.array(count: 8, element: .i32), array, [b.int(.i64, 0), try b.and(i, b.int(.i32, 7))])
            try b.store(try any(.i32, &b), to: slot)
            let other2 = try b.getElementPointer(.i32, array, [try b.urem(try any(.i32, &b), b.int(.i32, 8))])
            try b.store(b.int(.i32, 0), to: other2)
            add(try b.load(.i32, from: slot), .i32)
            // Half the time, an index read from memory (`p = &array[x + 1]`, x loaded as i32 or
            // i64), p read and written with a store to x's own location between: the address
            // must use the x loaded first. (The selection once let the add read x from memory
            // and folded it into p, which then read x again after the store.)
            if rng.below(2) == 0 {
                let p: Value, at: Value, type: IRType
                if rng.below(2) == 0 {
                    at = try b.getElementPointer(.i32, array, [b.int(.i64, Int64(rng.below(8)))])
                    type = .i32
                    try b.store(try b.and(try any(.i32, &b), b.int(.i32, 3)), to: at)
                    let x = try b.load(.i32, from: at)
                    let index = try b.cast(.sext, try b.binary(.add, x, b.int(.i32, 1), flags: .nsw), to: .i64)
                    p = try b.getElementPointer(.i32, array, [index])
                } else {
                    at = try b.getElementPointer(.array(count: 2, element: .i64), wide,
                                                 [b.int(.i64, 0), try b.and(i, b.int(.i32, 1))])
                    type = .i64
                    try b.store(try b.and(try any(.i64, &b), b.int(.i64, 3)), to: at)
                    let x = try b.load(.i64, from: at)
                    p = try b.getElementPointer(.i32, array, [try b.binary(.add, x, b.int(.i64, 1), flags: .nsw)])
                }
                try b.store(try any(.i32, &b), to: p)  // (so that the load reads no uninitialized memory)
                let old = try b.load(.i32, from: p)
                try b.store(try any(type, &b), to: at)
                try b.store(try b.add(old, try any(.i32, &b)), to: p)
                add(old, .i32)
            }
            let next = try any(accType, &b)
            let i1 = try b.add(i, b.int(.i32, 1))
            let more = try b.icmp(.ult, i1, trips)
            let latch = b.insertionBlock
            // Swap acc and other on the back edge: the phi copies must be parallel.
            try b.addIncoming(acc, other, from: latch)
            try b.addIncoming(other, next, from: latch)
            try b.addIncoming(i, i1, from: latch)
            try b.condBr(more, header, exit)
            b.position(at: exit)
            // Half the time in clang's LCSSA form: the exit reads the loop's values through phis
            // (which the allocator likes to give the registers of their incoming values, the
            // header phis that the back edge's copies overwrite).
            var loopValues: [(Value, IRType)] = [(acc, accType), (other, accType), (i, .i32)]
            if rng.below(2) == 0 {
                loopValues = try loopValues.map { v, t throws(IRError) in (try b.phi(t, [(v, latch)]), t) }
            }
            var finals: [(Value, IRType)] = []
            for (slot, t) in locals { finals.append((try b.load(t, from: slot), t)) }
            let r = try hash(&b, entryValues + loopValues + finals)
            try b.ret(r)
        }
    }
}

/// The inputs `(a, b, x, y)` the differential tests run every random function on.
public let randomFunctionInputs: [(Int64, Int64, Double, Double)] = [
    (0, 0, 0, 0), (1, -1, 1.5, -2.5), (Int64.max, Int64.min, .nan, .infinity),
    (123_456_789, -987_654_321, 1e-300, -0.0), (255, 65536, 3.0e38, 7),
]

/// A module of `count` random functions, `f0` to `f(count - 1)`, each from its own seed drawn
/// from `seed`.
/// - Returns: The module and the functions' names.
/// - Throws: `IRError` if the generator builds something invalid (a bug in the generator).
public func randomModule(seed: UInt64, functions count: Int, usesLocals: Bool = false,
                         constantOneIn: Int = 6) throws(IRError) -> (module: Module, names: [String]) {
    var rng = SplitMix64(seed: seed)
    var module = Module()
    var names: [String] = []
    for k in 0..<count {
        var builder = RandomFunctionBuilder(rng: SplitMix64(seed: rng.next()), usesLocals: usesLocals,
                                            constantOneIn: constantOneIn)
        try builder.define("f\(k)", in: &module)
        names.append("f\(k)")
    }
    return (module, names)
}
