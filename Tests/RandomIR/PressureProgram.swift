// A variant of the random generator that stresses register allocation (RandomProgram.swift is
// left as it is: its functions and seeds do not change).
//
// Each module holds three helpers with random signatures and bodies, `@helper` (2-4 arguments),
// `@many` (7-10 arguments, at least 7 of them integers, so some go on the stack) and `@manyf`
// (9-10 floating-point arguments and up to 2 integers), declarations of libm/libc functions and
// intrinsics, and functions `i64 @fN(i64 %a, i64 %b, double %x, double %y)`:
//
//   entry   a few random values, then 20-40 "held" values of i64/i32/i8/i1/double/float that only
//           the exit's hash reads, so they are live across the whole loop (and its calls)
//   loop    phis: a counter, groups of 2 or 3 phis of one type that rotate on the back edge
//           (a swap, a 3-cycle), a phi that gets a constant on the back edge, an i64 and a
//           double accumulator; a compare (any width) made before calls and branched on after
//           them, also used as a value (a select, a zext) or not (then folded into the branch)
//   left    more values; a conditional branch whose two edges both carry phi copies (to `join`
//           and to `merge`)
//   join    phis of both classes from `loop` (a critical edge) and `left`, one with a constant
//   merge   phis from `join` and `left`; a switch (3-6 cases, dense or sparse, i8 to i64
//           selector) to case blocks, to `cases` directly and, sometimes, out of the loop to `exit`
//   cases   phis of both classes from every case; calls to the helpers, to libm and intrinsics;
//           a compare folded into a select across a call; a burst of 16-28 values live at once
//           and hashed together (pressure without a call in the way); the latch
//   exit    phis from the latch and the switch; the hash of every value it can see
//
// One function in four makes no calls, so that its held values compete for registers instead
// of going to callee-saved registers or slots. Everything stays defined (the generator's usual
// care: odd divisors, masked shifts, fptosi on small values), and NaNs are made canonical before
// they are hashed (see `hash`).

import IR

/// The C functions (libm/libc) and intrinsics pressure functions call; both the engine and the
/// interpreter handle them.
let pressureExternals: [(name: String, type: FunctionType)] = [
    ("sqrt", FunctionType(.double, [.double])),
    ("fabs", FunctionType(.double, [.double])),
    ("floor", FunctionType(.double, [.double])),
    ("fmin", FunctionType(.double, [.double, .double])),
    ("llabs", FunctionType(.i64, [.i64])),
    ("llvm.smax.i64", FunctionType(.i64, [.i64, .i64])),
    ("llvm.smin.i32", FunctionType(.i32, [.i32, .i32])),
    ("llvm.smax.i8", FunctionType(.i8, [.i8, .i8])),
    ("llvm.umax.i64", FunctionType(.i64, [.i64, .i64])),
    ("llvm.umin.i16", FunctionType(.i16, [.i16, .i16])),
    ("llvm.fabs.f64", FunctionType(.double, [.double])),
    ("llvm.fabs.f32", FunctionType(.float, [.float])),
    ("llvm.sqrt.f64", FunctionType(.double, [.double])),
    ("llvm.floor.f64", FunctionType(.double, [.double])),
]

/// Builds the functions of one pressure module; see the file's comment.
public struct PressureFunctionBuilder {
    var base: RandomFunctionBuilder
    /// Whether the function being built calls anything.
    var calls = true

    public init(rng: SplitMix64) {
        base = RandomFunctionBuilder(rng: rng)
    }

    static let heldIntTypes: [IRType] = [.i64, .i32, .i8, .i1]
    static let heldFloatTypes: [IRType] = [.double, .float]
    static let phiTypes: [IRType] = [.i64, .i32, .i8, .i1, .double, .float]

    var rng: SplitMix64 {
        get { base.rng }
        set { base.rng = newValue }
    }

    /// The pooled values, in definition order.
    var pooled: [(Value, IRType)] {
        base.pool.flatMap { t, vs in vs.map { ($0, t) } }.sorted { $0.0.raw < $1.0.raw }
    }

    /// A random signature: `count` parameters of which `ints` are integers.
    mutating func signature(count: Int, ints: Int, result: IRType) -> FunctionType {
        var params: [IRType] = []
        for k in 0..<count {
            params.append(k < ints ? rng.pick([IRType.i64, .i32, .i8, .i16, .i64]) : rng.pick([IRType.double, .float, .double]))
        }
        for k in stride(from: params.count - 1, to: 0, by: -1) { params.swapAt(k, rng.below(k + 1)) }
        return FunctionType(result, params)
    }

    /// Converts the i64 `h` to `t`.
    mutating func convert(_ h: Value, to t: IRType, _ b: inout IRBuilder) throws(IRError) -> Value {
        switch t {
        case .i64: return h
        case .double, .float: return try b.cast(.sitofp, h, to: t)
        default: return try b.cast(.trunc, h, to: t)
        }
    }

    /// Defines a helper: a few random values from its arguments, hashed into its result.
    mutating func defineHelper(_ name: String, _ type: FunctionType, in module: inout Module) throws(IRError) {
        try module.define(name, type) { b throws(IRError) in
            base.pool = [:]
            for (k, t) in type.parameters.enumerated() { base.add(b.argument(k), t) }
            for _ in 0..<(2 + rng.below(4)) { try base.step(&b) }
            let h = try hash(&b, pooled)
            try b.ret(try convert(h, to: type.result, &b))
        }
    }

    /// The generator's hash with every NaN made the canonical quiet NaN first: which NaN operand
    /// an SSE instruction propagates depends on operand order, which the compiler may commute
    /// (`fadd`, `fmul`) and LLVM leaves unspecified, so NaN payloads must not reach the result.
    mutating func hash(_ b: inout IRBuilder, _ values: [(Value, IRType)]) throws(IRError) -> Value {
        var canonical: [(Value, IRType)] = []
        for (v, t) in values {
            guard t.isFloatingPoint else { canonical.append((v, t)); continue }
            let nan = t == .float ? b.float(.nan) : b.double(.nan)
            canonical.append((try b.select(try b.fcmp(.uno, v, v), nan, v), t))
        }
        return try base.hash(&b, canonical)
    }

    /// One instruction computing a value of type `t` from pooled values (added to the pool).
    @discardableResult
    mutating func make(_ t: IRType, _ b: inout IRBuilder) throws(IRError) -> Value {
        let v: Value
        switch t {
        case .i1:
            if rng.below(3) == 0 {
                let ft = rng.pick(RandomFunctionBuilder.floatTypes)
                v = try b.fcmp(rng.pick(FloatPredicate.allCases), try base.any(ft, &b), try base.any(ft, &b))
            } else {
                let it = rng.pick(RandomFunctionBuilder.intTypes)
                v = try b.icmp(rng.pick(IntPredicate.allCases), try base.any(it, &b), try base.any(it, &b))
            }
        case .float, .double:
            switch rng.below(4) {
            case 0:
                let from = rng.pick(RandomFunctionBuilder.intTypes)
                v = try b.cast(rng.below(2) == 0 ? .sitofp : .uitofp, try base.any(from, &b), to: t)
            case 1:
                v = try b.cast(t == .double ? .fpext : .fptrunc, try base.any(t == .double ? .float : .double, &b), to: t)
            case 2:
                v = try b.select(try base.any(.i1, &b), try base.any(t, &b), try base.any(t, &b))
            default:
                v = try b.binary(rng.pick([Opcode.fadd, .fsub, .fmul]), try base.any(t, &b), try base.any(t, &b))
            }
        default:
            let w = t.integerWidth!
            switch rng.below(4) {
            case 0:
                let from = rng.pick(RandomFunctionBuilder.intTypes.filter { $0 != t })
                let fw = from.integerWidth!
                let x = try base.any(from, &b)
                v = fw > w ? try b.cast(.trunc, x, to: t) : try b.cast(rng.below(2) == 0 ? .zext : .sext, x, to: t)
            case 1:
                v = try b.select(try base.any(.i1, &b), try base.any(t, &b), try base.any(t, &b))
            default:
                v = try b.binary(rng.pick([Opcode.add, .sub, .mul, .and, .or, .xor]), try base.any(t, &b), try base.any(t, &b))
            }
        }
        base.add(v, t)
        return v
    }

    /// A compare of a random width (i1 to i64, float, double).
    mutating func compare(_ b: inout IRBuilder) throws(IRError) -> Value {
        let t = rng.pick(RandomFunctionBuilder.intTypes + RandomFunctionBuilder.floatTypes)
        if t.isFloatingPoint {
            return try b.fcmp(rng.pick(FloatPredicate.allCases), try base.any(t, &b), try base.any(t, &b))
        }
        return try b.icmp(rng.pick(IntPredicate.allCases), try base.any(t, &b), try base.any(t, &b))
    }

    /// Uses the i1 `c` as a value too (a select and a zext into the pool), one time in two.
    mutating func useAsValue(_ c: Value, _ b: inout IRBuilder) throws(IRError) {
        guard rng.below(2) == 0 else { return }
        let t = rng.pick(Self.phiTypes)
        base.add(try b.select(c, try base.any(t, &b), try base.any(t, &b)), t)
        if rng.below(2) == 0 { base.add(try b.cast(.zext, c, to: .i32), .i32) }
    }

    /// One call: a helper of the module, a C function or an intrinsic; the result joins the pool.
    mutating func call(_ b: inout IRBuilder) throws(IRError) {
        guard calls else { return }
        let name: String
        switch rng.below(5) {
        case 0: name = "helper"
        case 1: name = "many"
        case 2: name = "manyf"
        default: name = rng.pick(pressureExternals).name
        }
        let type = b.module.functions[b.module.functionIndex(named: name)!].type
        var arguments: [Value] = []
        for t in type.parameters { arguments.append(try base.any(t, &b)) }
        base.add(try b.call(name, arguments), type.result)
    }

    /// 16-28 values (two in three floating-point) defined together and hashed together: all live
    /// at once, no call among them.
    mutating func burst(_ b: inout IRBuilder) throws(IRError) -> Value {
        var values: [(Value, IRType)] = []
        for k in 0..<(16 + rng.below(13)) {
            let t = k % 3 == 0 ? rng.pick(Self.heldIntTypes) : rng.pick(Self.heldFloatTypes)
            values.append((try make(t, &b), t))
        }
        return try hash(&b, values)
    }

    /// Phis in the insertion block, one per type of `types`, with one incoming value per
    /// (pool, block) pair; the incoming value on the edge from `constantFrom` is a constant for
    /// the first phi.
    mutating func phis(_ types: [IRType], _ incoming: [([IRType: [Value]], Block)], constantFrom: Block? = nil,
                       _ b: inout IRBuilder) throws(IRError) -> [(Value, IRType)]
    {
        let saved = base.pool
        var result: [(Value, IRType)] = []
        for (k, t) in types.enumerated() {
            var edges: [(Value, Block)] = []
            for (pool, block) in incoming {
                base.pool = pool
                if k == 0, block == constantFrom {
                    base.pool = [:]  // `any` then makes a constant
                }
                edges.append((try base.any(t, &b), block))
            }
            result.append((try b.phi(t, edges), t))
        }
        base.pool = saved
        return result
    }

    mutating func randomPhiTypes(_ b: inout IRBuilder) -> [IRType] {
        var types = [rng.pick([IRType.i64, .i32, .i8]), rng.pick(Self.heldFloatTypes)]
        for _ in 0..<rng.below(3) { types.append(rng.pick(Self.phiTypes)) }
        return types
    }

    /// Defines `name` in `module`, which must already hold the helpers and declarations.
    public mutating func define(_ name: String, in module: inout Module) throws(IRError) {
        try module.define(name, randomFunctionType) { b throws(IRError) in
            base.pool = [:]
            base.add(b.argument(0), .i64)
            base.add(b.argument(1), .i64)
            base.add(b.argument(2), .double)
            base.add(b.argument(3), .double)
            calls = rng.below(4) != 0
            for _ in 0..<(3 + rng.below(5)) { try base.step(&b) }
            for k in 0..<(20 + rng.below(21)) {
                try make(k % 2 == 0 ? rng.pick(Self.heldIntTypes) : rng.pick(Self.heldFloatTypes), &b)
            }
            let entryValues = pooled
            let trips: Value
            if rng.below(2) == 0 {
                trips = b.int(.i32, Int64(1 + rng.below(6)))
            } else {
                trips = try b.add(try b.and(try b.cast(.trunc, b.argument(0), to: .i32), b.int(.i32, 3)), b.int(.i32, 1))
            }
            let entry = b.insertionBlock
            let header = b.newBlock("loop"), left = b.newBlock("left"), join = b.newBlock("join")
            let merge = b.newBlock("merge"), cases = b.newBlock("cases"), exit = b.newBlock("exit")
            try b.br(header)

            // loop: the phis, then a compare branched on after calls.
            b.position(at: header)
            // Every phi's incoming value from the entry is an entry value (or a constant).
            let i = try b.phi(.i32, [(b.int(.i32, 0), entry)])
            var groups: [(phis: [Value], type: IRType)] = []
            for _ in 0..<(1 + rng.below(3)) {
                let t = rng.pick(Self.phiTypes)
                var group: [Value] = []
                for _ in 0..<(2 + rng.below(2)) {
                    group.append(try b.phi(t, [(try base.any(t, &b), entry)]))
                }
                groups.append((group, t))
            }
            let constantType = rng.pick(Self.phiTypes)
            let constantPhi = try b.phi(constantType, [(try base.any(constantType, &b), entry)])
            let accInt = try b.phi(.i64, [(try base.any(.i64, &b), entry)])
            let accFloat = try b.phi(.double, [(try base.any(.double, &b), entry)])
            for (group, t) in groups { for p in group { base.add(p, t) } }
            base.add(constantPhi, constantType)
            base.add(accInt, .i64)
            base.add(accFloat, .double)
            base.add(i, .i32)
            let c = try compare(&b)
            for _ in 0..<(1 + rng.below(3)) { try base.step(&b) }
            for _ in 0..<(1 + rng.below(2)) { try call(&b) }
            try useAsValue(c, &b)
            let poolHeader = base.pool
            try b.condBr(c, join, left)

            // left: both edges of its branch carry phi copies.
            b.position(at: left)
            for _ in 0..<(1 + rng.below(3)) { try base.step(&b) }
            if rng.below(2) == 0 { try call(&b) }
            let c2 = try compare(&b)
            try useAsValue(c2, &b)
            let poolLeft = base.pool
            try b.condBr(c2, join, merge)

            // join: phis from the loop header (a critical edge) and from left.
            b.position(at: join)
            base.pool = poolHeader
            let joinPhis = try phis(randomPhiTypes(&b), [(poolHeader, header), (poolLeft, left)], constantFrom: left, &b)
            for (p, t) in joinPhis { base.add(p, t) }
            for _ in 0..<(1 + rng.below(3)) { try base.step(&b) }
            let poolJoin = base.pool
            try b.br(merge)

            // merge: phis from join and left, then the switch.
            b.position(at: merge)
            base.pool = poolHeader
            let mergePhis = try phis(randomPhiTypes(&b), [(poolJoin, join), (poolLeft, left)],
                                     constantFrom: rng.below(2) == 0 ? join : left, &b)
            for (p, t) in mergePhis { base.add(p, t) }
            let selectorType = rng.pick([IRType.i8, .i16, .i32, .i64])
            let spread = try b.add(try b.cast(.zext, i, to: .i64), try base.any(.i64, &b))
            var selector = selectorType == .i64 ? spread : try b.cast(.trunc, spread, to: selectorType)
            let caseCount = 3 + rng.below(4)
            let sparse = rng.below(3) == 0
            let caseValues = (0..<caseCount).map { k in sparse ? Int64(k) * 37 - 40 : Int64(k) }
            selector = try b.and(selector, b.int(selectorType, sparse ? 0xFF : 7))
            if sparse { selector = try b.sub(selector, b.int(selectorType, 40)) }
            let poolMerge = base.pool
            // Which edge goes straight to `cases` (the default or one case), and which case, if
            // any, leaves the loop.
            let direct = rng.below(caseCount + 1) - 1
            let early = rng.below(3) == 0 ? rng.below(caseCount) : -1
            var caseBlocks: [Block] = []
            var targets: [(Int64, Block)] = []
            for k in 0..<caseCount {
                if k == early && k != direct {
                    targets.append((caseValues[k], exit))
                } else if k == direct {
                    targets.append((caseValues[k], cases))
                } else {
                    let block = b.newBlock("case\(k)")
                    caseBlocks.append(block)
                    targets.append((caseValues[k], block))
                }
            }
            let defaultBlock: Block
            if direct == -1 {
                defaultBlock = cases
            } else {
                defaultBlock = b.newBlock("default")
                caseBlocks.append(defaultBlock)
            }
            try b.switch(selector, default: defaultBlock, cases: targets)
            var casePools: [([IRType: [Value]], Block)] = []
            if targets.contains(where: { $0.1 == cases }) || defaultBlock == cases { casePools.append((poolMerge, merge)) }
            for block in caseBlocks {
                b.position(at: block)
                base.pool = poolMerge
                for _ in 0..<(1 + rng.below(3)) { try base.step(&b) }
                if rng.below(3) == 0 { try call(&b) }
                casePools.append((base.pool, block))
                try b.br(cases)
            }

            // cases: phis from every case, calls, a burst, the latch.
            b.position(at: cases)
            base.pool = poolMerge
            let casePhis = try phis(randomPhiTypes(&b), casePools, constantFrom: casePools.last?.1, &b)
            for (p, t) in casePhis { base.add(p, t) }
            // A compare folded into a select across a call.
            let it = rng.pick([IRType.i64, .i32, .i8])
            let folded = try b.icmp(rng.pick(IntPredicate.allCases), try base.any(it, &b), try base.any(it, &b))
            for _ in 0..<(1 + rng.below(3)) { try call(&b) }
            let st = rng.pick([IRType.i64, .i32])
            base.add(try b.select(folded, try base.any(st, &b), try base.any(st, &b)), st)
            let h = try burst(&b)
            for _ in 0..<rng.below(2) { try call(&b) }
            let nextInt = try b.add(try b.mul(accInt, b.int(.i64, 31)), try b.xor(h, try base.any(.i64, &b)))
            var nextFloat = try b.fadd(accFloat, try base.any(.double, &b))
            if rng.below(2) == 0 {
                nextFloat = try b.fmul(nextFloat, try b.cast(.fpext, try base.any(.float, &b), to: .double))
            }
            let i1 = try b.add(i, b.int(.i32, 1))
            let more = try b.icmp(.ult, i1, trips)
            let latch = b.insertionBlock
            for (group, t) in groups {
                // Rotate: each phi takes the next one's value; sometimes the last gets a new value.
                for (k, p) in group.enumerated() {
                    if k == group.count - 1 && rng.below(3) == 0 {
                        try b.addIncoming(p, try base.any(t, &b), from: latch)
                    } else {
                        try b.addIncoming(p, group[(k + 1) % group.count], from: latch)
                    }
                }
            }
            let savedPool = base.pool
            base.pool = [:]
            try b.addIncoming(constantPhi, try base.any(constantType, &b), from: latch)
            base.pool = savedPool
            try b.addIncoming(accInt, nextInt, from: latch)
            try b.addIncoming(accFloat, nextFloat, from: latch)
            try b.addIncoming(i, i1, from: latch)
            let poolLatch = base.pool
            try b.condBr(more, header, exit)

            // exit: phis from the latch and the switch; the hash of everything visible.
            b.position(at: exit)
            var exitEdges = [(poolLatch, latch)]
            if early >= 0 && early != direct { exitEdges.append((poolMerge, merge)) }
            let exitPhis = try phis(randomPhiTypes(&b), exitEdges, constantFrom: exitEdges.count > 1 ? merge : nil, &b)
            base.pool = poolMerge
            let visible = pooled.filter { v, _ in !entryValues.contains { $0.0 == v } }
            let r = try hash(&b, entryValues + visible + exitPhis)
            try b.ret(r)
        }
    }
}

/// A module of `count` pressure functions, `f0` to `f(count - 1)`, each from its own seed drawn
/// from `seed`, with the helpers and declarations they call.
/// - Returns: The module and the functions' names (the helpers not included).
/// - Throws: `IRError` if the generator builds something invalid (a bug in the generator).
public func pressureModule(seed: UInt64, functions count: Int) throws(IRError) -> (module: Module, names: [String]) {
    var rng = SplitMix64(seed: seed)
    var module = Module()
    for (name, type) in pressureExternals { try module.declare(name, type) }
    var helpers = PressureFunctionBuilder(rng: SplitMix64(seed: rng.next()))
    let results: [IRType] = [.i64, .i32, .double, .float]
    let n = 2 + helpers.rng.below(3)
    let helperType = helpers.signature(count: n, ints: helpers.rng.below(n + 1), result: helpers.rng.pick(results))
    try helpers.defineHelper("helper", helperType, in: &module)
    let m = 7 + helpers.rng.below(4)
    let manyType = helpers.signature(count: m, ints: 7 + helpers.rng.below(m - 6), result: helpers.rng.pick([.i64, .i32]))
    try helpers.defineHelper("many", manyType, in: &module)
    let floats = 9 + helpers.rng.below(2), ints = helpers.rng.below(3)
    let manyfType = helpers.signature(count: floats + ints, ints: ints, result: helpers.rng.pick([.double, .float]))
    try helpers.defineHelper("manyf", manyfType, in: &module)
    var names: [String] = []
    for k in 0..<count {
        var builder = PressureFunctionBuilder(rng: SplitMix64(seed: rng.next()))
        try builder.define("f\(k)", in: &module)
        names.append("f\(k)")
    }
    return (module, names)
}
