// constfold against the interpreter: every integer opcode and predicate at every width, casts and
// float operations on awkward constants. Each case is a function returning one instruction's
// result; after folding, the function must be a bare `ret` of a constant (unless the case must
// not fold) and the interpreter must return what it returned before.

import IR
import Interpreter
import Optimizer
import Testing

@Suite("constfold")
struct FoldingTests {
    static let widths = [1, 8, 16, 32, 64]

    /// Interesting values of an integer type, as signed numbers truncated to the width.
    static func values(_ w: Int) -> [Int64] {
        [0, 1, -1, 2, 3, 7, Int64(w - 1), Int64(w), Int64(w + 1), 1 << Int64(w - 1), (1 << Int64(w - 1)) &- 1,
         0x5555_5555_5555_5555, -0x3333_3333_3333]
    }

    /// Builds one function per case, folds, and compares with the interpreter.
    /// - Returns: The names of the functions that did not fold.
    static func check(_ cases: [(FunctionType, (inout IRBuilder) throws(IRError) -> Value)]) throws -> Set<String> {
        var module = Module()
        for (k, (type, body)) in cases.enumerated() {
            try module.define("f\(k)", type) { b throws(IRError) in try b.ret(try body(&b)) }
        }
        try module.verify()
        var folded = module
        optimizeVerifying(&folded, Optimizer(passes: [.constantFolding, .deadCodeElimination]), context: "folding")
        let before = try Interpreter(module: module), after = try Interpreter(module: folded)
        var unfolded: Set<String> = []
        for k in cases.indices {
            let name = "f\(k)"
            let f = folded.functions[folded.functionIndex(named: name)!]
            if f.blocks[0].instructions.count != 1 { unfolded.insert(name) }
            let expected = try? before.run(function: name, arguments: [])
            let actual = try? after.run(function: name, arguments: [])
            // Compared as bits: NaN results must have the same payload, and NaN != NaN.
            #expect(expected?.bits == actual?.bits, "\(module.text(of: module.functions[k]))")
        }
        return unfolded
    }

    @Test("integer arithmetic folds as the interpreter computes it", arguments: [
        Opcode.add, .sub, .mul, .sdiv, .udiv, .srem, .urem, .shl, .lshr, .ashr, .and, .or, .xor,
    ])
    func integerBinary(_ op: Opcode) throws {
        var cases: [(FunctionType, (inout IRBuilder) throws(IRError) -> Value)] = []
        var mustNotFold: [Int] = []
        for w in Self.widths {
            let t = IRType.int(w)
            for a in Self.values(w) {
                for b in Self.values(w) {
                    let bits = UInt64(bitPattern: b) & (w == 64 ? .max : (1 << UInt64(w)) - 1)
                    let isMin = (UInt64(bitPattern: a) & (w == 64 ? .max : (1 << UInt64(w)) - 1)) == 1 << UInt64(w - 1)
                    if op.info.mayTrap && (bits == 0 || ((op == .sdiv || op == .srem) && isMin && bits == (w == 64 ? .max : (1 << UInt64(w)) - 1))) {
                        mustNotFold.append(cases.count)
                    }
                    cases.append((FunctionType(t, []), { (b_: inout IRBuilder) throws(IRError) -> Value in
                        try b_.binary(op, b_.int(t, a), b_.int(t, b))
                    }))
                }
            }
        }
        let unfolded = try Self.check(cases)
        #expect(unfolded == Set(mustNotFold.map { "f\($0)" }))
    }

    @Test("icmp folds for every predicate and width")
    func integerCompare() throws {
        var cases: [(FunctionType, (inout IRBuilder) throws(IRError) -> Value)] = []
        for p in IntPredicate.allCases {
            for w in Self.widths {
                for a in Self.values(w).prefix(8) {
                    for b in Self.values(w).suffix(8) {
                        cases.append((FunctionType(.i1, []), { (x: inout IRBuilder) throws(IRError) -> Value in
                            try x.icmp(p, x.int(.int(w), a), x.int(.int(w), b))
                        }))
                    }
                }
            }
        }
        #expect(try Self.check(cases).isEmpty)
    }

    static let doubles: [Double] = [0, -0.0, 1.5, -2.75, 1e300, -1e-300, .infinity, -.infinity, .nan, 3e9, -3e9, 0.49]

    @Test("float arithmetic, fcmp and fneg fold on both float and double")
    func floatOperations() throws {
        var cases: [(FunctionType, (inout IRBuilder) throws(IRError) -> Value)] = []
        for t in [IRType.float, .double] {
            func constant(_ x: Double, _ b: inout IRBuilder) -> Value { t == .float ? b.float(Float(x)) : b.double(x) }
            for x in Self.doubles {
                cases.append((FunctionType(t, []), { (b: inout IRBuilder) throws(IRError) -> Value in try b.fneg(constant(x, &b)) }))
                for y in Self.doubles {
                    for op in [Opcode.fadd, .fsub, .fmul, .fdiv, .frem] {
                        cases.append((FunctionType(t, []), { (b: inout IRBuilder) throws(IRError) -> Value in
                            try b.binary(op, constant(x, &b), constant(y, &b))
                        }))
                    }
                    for p in [FloatPredicate.oeq, .one, .olt, .uge, .ord, .uno, .ueq, .une] {
                        cases.append((FunctionType(.i1, []), { (b: inout IRBuilder) throws(IRError) -> Value in
                            try b.fcmp(p, constant(x, &b), constant(y, &b))
                        }))
                    }
                }
            }
        }
        #expect(try Self.check(cases).isEmpty)
    }

    @Test("casts fold; float-to-integer conversions only when the value fits")
    func casts() throws {
        var cases: [(FunctionType, (inout IRBuilder) throws(IRError) -> Value)] = []
        var mayStay: Set<String> = []
        for from in Self.widths {
            for to in Self.widths where to != from {
                for a in Self.values(from) {
                    let op: [Opcode] = to < from ? [.trunc] : [.zext, .sext]
                    for o in op {
                        cases.append((FunctionType(.int(to), []), { (b: inout IRBuilder) throws(IRError) -> Value in
                            try b.cast(o, b.int(.int(from), a), to: .int(to))
                        }))
                    }
                }
            }
            for a in Self.values(from) {
                for (o, t) in [(Opcode.sitofp, IRType.float), (.sitofp, .double), (.uitofp, .float), (.uitofp, .double)] {
                    cases.append((FunctionType(t, []), { (b: inout IRBuilder) throws(IRError) -> Value in
                        try b.cast(o, b.int(.int(from), a), to: t)
                    }))
                }
            }
        }
        for x in Self.doubles {
            cases.append((FunctionType(.float, []), { (b: inout IRBuilder) throws(IRError) -> Value in
                try b.cast(.fptrunc, b.double(x), to: .float)
            }))
            cases.append((FunctionType(.double, []), { (b: inout IRBuilder) throws(IRError) -> Value in
                try b.cast(.fpext, b.float(Float(x)), to: .double)
            }))
            cases.append((FunctionType(.i64, []), { (b: inout IRBuilder) throws(IRError) -> Value in
                try b.cast(.bitcast, b.double(x), to: .i64)
            }))
            for w in Self.widths {
                for o in [Opcode.fptosi, .fptoui] {
                    mayStay.insert("f\(cases.count)")
                    cases.append((FunctionType(.int(w), []), { (b: inout IRBuilder) throws(IRError) -> Value in
                        try b.cast(o, b.double(x), to: .int(w))
                    }))
                }
            }
        }
        let unfolded = try Self.check(cases)
        #expect(unfolded.isSubset(of: mayStay))
        #expect(unfolded.count < mayStay.count, "in-range conversions fold")
    }

    @Test("algebraic identities and constant select, phi and freeze")
    func identities() {
        let text = optimized("""
            define i32 @f(i32 %x, i1 %c) {
            entry:
              %a = add i32 %x, 0
              %b = mul i32 1, %a
              %d = and i32 %b, -1
              %e = or i32 0, %d
              %f = xor i32 %e, 0
              %g = shl i32 %f, 0
              %h = udiv i32 %g, 1
              %z = mul i32 %h, 0
              %s = sub i32 %h, %h
              %y = add i32 %z, %s
              %sel = select i1 true, i32 %h, i32 %y
              %fr = freeze i32 5
              %sh = shl i32 %fr, 40
              br i1 %c, label %l, label %r
            l:
              br label %j
            r:
              br label %j
            j:
              %p = phi i32 [ %sel, %l ], [ %sel, %r ]
              %q = add i32 %p, %sh
              ret i32 %q
            }

            """, [.constantFolding, .deadCodeElimination])
        #expect(text.contains("j:\n  ret i32 %x\n"), "\(text)")
    }

    @Test("C truth tests: icmp ne (zext i1 %c), 0 and trunc (zext %b) fold to the i1")
    func truthTests() {
        let text = optimized("""
            define i1 @f(i32 %x) {
              %c = icmp slt i32 %x, 10
              %z = zext i1 %c to i32
              %t = icmp ne i32 %z, 0
              %b = zext i1 %t to i8
              %back = trunc i8 %b to i1
              ret i1 %back
            }

            """, [.constantFolding, .deadCodeElimination])
        #expect(text.contains("%c = icmp slt i32 %x, 10\n  ret i1 %c\n"), "\(text)")
    }
}
