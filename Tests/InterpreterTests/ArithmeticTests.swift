import IR
import Interpreter
import Testing

/// Edge values for a width, as bits.
func edgeValues(_ w: Int) -> [UInt64] {
    let mask: UInt64 = w == 64 ? .max : (1 << UInt64(w)) - 1
    let minimum: UInt64 = 1 << UInt64(w - 1)
    return [0, 1, 2, 5, mask, mask - 1, minimum, minimum - 1, 0x1234_5678_9ABC_DEF1 & mask, UInt64(w - 1),
            UInt64(w)].map { $0 & mask }
}

/// Swift's answer for an integer op at a width, through the Swift fixed-width type of that width.
func expected<S: FixedWidthInteger & SignedInteger, U: FixedWidthInteger & UnsignedInteger>(
    _ op: Opcode, _ a: UInt64, _ b: UInt64, _: S.Type, _: U.Type
) -> UInt64? {
    let ua = U(truncatingIfNeeded: a), ub = U(truncatingIfNeeded: b)
    let sa = S(truncatingIfNeeded: a), sb = S(truncatingIfNeeded: b)
    let bits = U.bitWidth
    let r: U
    switch op {
    case .add: r = ua &+ ub
    case .sub: r = ua &- ub
    case .mul: r = ua &* ub
    case .and: r = ua & ub
    case .or: r = ua | ub
    case .xor: r = ua ^ ub
    case .shl: if ub >= bits { return nil } else { r = ua << ub }
    case .lshr: if ub >= bits { return nil } else { r = ua >> ub }
    case .ashr: if ub >= bits { return nil } else { r = U(truncatingIfNeeded: sa >> sb) }
    case .udiv: if ub == 0 { return nil } else { r = ua / ub }
    case .urem: if ub == 0 { return nil } else { r = ua % ub }
    case .sdiv: if sb == 0 { return nil } else { r = U(truncatingIfNeeded: sa.dividedReportingOverflow(by: sb).partialValue) }
    case .srem: if sb == 0 { return nil } else { r = U(truncatingIfNeeded: sa.remainderReportingOverflow(dividingBy: sb).partialValue) }
    default: return nil
    }
    return UInt64(r)
}

@Suite("Integer and floating-point arithmetic")
struct ArithmeticTests {
    static let integerOps: [Opcode] = [.add, .sub, .mul, .and, .or, .xor, .shl, .lshr, .ashr, .udiv, .urem, .sdiv, .srem]

    @Test("wrapping integer arithmetic at every width", arguments: [8, 16, 32, 64])
    func wrapping(width: Int) throws {
        let t = IRType.int(width)
        var m = Module()
        for op in Self.integerOps {
            try m.define("\(op)", FunctionType(t, [t, t])) { b throws(IRError) in
                try b.ret(try b.binary(op, b.argument(0), b.argument(1)))
            }
        }
        let interpreter = try Interpreter(module: m)
        for op in Self.integerOps {
            for a in edgeValues(width) {
                for b in edgeValues(width) {
                    let want: UInt64?
                    switch width {
                    case 8: want = expected(op, a, b, Int8.self, UInt8.self)
                    case 16: want = expected(op, a, b, Int16.self, UInt16.self)
                    case 32: want = expected(op, a, b, Int32.self, UInt32.self)
                    default: want = expected(op, a, b, Int64.self, UInt64.self)
                    }
                    do {
                        let got = try interpreter.run(function: "\(op)", arguments: [.int(a), .int(b)])
                        if let want { #expect(got == .int(want), "\(op) i\(width) \(a), \(b)") }
                    } catch {
                        // Only division by zero may fail.
                        #expect(error.kind == .divisionByZero && b == 0, "\(op) i\(width) \(a), \(b): \(error)")
                    }
                }
            }
        }
    }

    @Test("i1 arithmetic wraps")
    func i1() throws {
        var m = Module()
        try m.define("f", FunctionType(.i1, [.i1, .i1])) { b throws(IRError) in
            let s = try b.add(b.argument(0), b.argument(1))
            try b.ret(try b.xor(s, b.int(.i1, 1)))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: [.int(1), .int(1)]) == .int(1))
        #expect(try i.run(function: "f", arguments: [.int(1), .int(0)]) == .int(0))
    }

    @Test("division by zero is an error naming the function and instruction")
    func divisionByZero() throws {
        let m = try module(FunctionType(.i32, [.i32, .i32])) { b throws(IRError) in
            try b.ret(try b.sdiv(b.argument(0), b.argument(1)))
        }
        let e = try #require(try errorKind(m, [.int(1), .int(0)]))
        #expect(e.kind == .divisionByZero)
        #expect(e.function == "f")
        #expect(e.instruction.contains("sdiv i32"))
        #expect(e.description.contains("division by zero"))
    }

    @Test("sdiv and srem of INT_MIN by -1 do not trap")
    func intMinByMinusOne() throws {
        var m = Module()
        try m.define("div", FunctionType(.i64, [.i64, .i64])) { b throws(IRError) in try b.ret(try b.sdiv(b.argument(0), b.argument(1))) }
        try m.define("rem", FunctionType(.i64, [.i64, .i64])) { b throws(IRError) in try b.ret(try b.srem(b.argument(0), b.argument(1))) }
        let i = try Interpreter(module: m)
        let min = RuntimeValue.int(UInt64(bitPattern: Int64.min))
        #expect(try i.run(function: "div", arguments: [min, .signed(-1, width: 64)]) == min)
        #expect(try i.run(function: "rem", arguments: [min, .signed(-1, width: 64)]) == .int(0))
    }

    @Test("icmp predicates, signed and unsigned", arguments: IntPredicate.allCases)
    func icmp(predicate: IntPredicate) throws {
        let m = try module(FunctionType(.i1, [.i8, .i8])) { b throws(IRError) in
            try b.ret(try b.icmp(predicate, b.argument(0), b.argument(1)))
        }
        let i = try Interpreter(module: m)
        for a in edgeValues(8) {
            for c in edgeValues(8) {
                let (ua, uc, sa, sc) = (UInt8(a), UInt8(c), Int8(truncatingIfNeeded: a), Int8(truncatingIfNeeded: c))
                let want: Bool
                switch predicate {
                case .eq: want = ua == uc
                case .ne: want = ua != uc
                case .ugt: want = ua > uc
                case .uge: want = ua >= uc
                case .ult: want = ua < uc
                case .ule: want = ua <= uc
                case .sgt: want = sa > sc
                case .sge: want = sa >= sc
                case .slt: want = sa < sc
                case .sle: want = sa <= sc
                }
                #expect(try i.run(function: "f", arguments: [.int(a), .int(c)]) == .int(want ? 1 : 0))
            }
        }
    }

    @Test("fcmp predicates with NaN", arguments: FloatPredicate.allCases)
    func fcmp(predicate: FloatPredicate) throws {
        var m = Module()
        try m.define("d", FunctionType(.i1, [.double, .double])) { b throws(IRError) in
            try b.ret(try b.fcmp(predicate, b.argument(0), b.argument(1)))
        }
        try m.define("s", FunctionType(.i1, [.float, .float])) { b throws(IRError) in
            try b.ret(try b.fcmp(predicate, b.argument(0), b.argument(1)))
        }
        let i = try Interpreter(module: m)
        let values: [Double] = [1, 2, -0.0, 0, .infinity, .nan]
        for a in values {
            for c in values {
                let unordered = a.isNaN || c.isNaN
                let want: Bool
                switch predicate {
                case .false: want = false
                case .true: want = true
                case .oeq: want = !unordered && a == c
                case .ogt: want = !unordered && a > c
                case .oge: want = !unordered && a >= c
                case .olt: want = !unordered && a < c
                case .ole: want = !unordered && a <= c
                case .one: want = !unordered && a != c
                case .ord: want = !unordered
                case .ueq: want = unordered || a == c
                case .ugt: want = unordered || a > c
                case .uge: want = unordered || a >= c
                case .ult: want = unordered || a < c
                case .ule: want = unordered || a <= c
                case .une: want = unordered || a != c
                case .uno: want = unordered
                }
                #expect(try i.run(function: "d", arguments: [.double(a), .double(c)]) == .int(want ? 1 : 0), "\(predicate) \(a) \(c)")
                #expect(try i.run(function: "s", arguments: [.float(Float(a)), .float(Float(c))]) == .int(want ? 1 : 0))
            }
        }
    }

    @Test("float arithmetic is done in Float, not Double")
    func floatPrecision() throws {
        var m = Module()
        for op in [Opcode.fadd, .fsub, .fmul, .fdiv, .frem] {
            try m.define("\(op)", FunctionType(.float, [.float, .float])) { b throws(IRError) in
                try b.ret(try b.binary(op, b.argument(0), b.argument(1)))
            }
        }
        try m.define("neg", FunctionType(.double, [.double])) { b throws(IRError) in try b.ret(try b.fneg(b.argument(0))) }
        let i = try Interpreter(module: m)
        let (x, y): (Float, Float) = (0.1, 0.7)
        #expect(try i.run(function: "fadd", arguments: [.float(x), .float(y)]) == .float(x + y))
        #expect(try i.run(function: "fsub", arguments: [.float(x), .float(y)]) == .float(x - y))
        #expect(try i.run(function: "fmul", arguments: [.float(x), .float(y)]) == .float(x * y))
        #expect(try i.run(function: "fdiv", arguments: [.float(x), .float(y)]) == .float(x / y))
        #expect(try i.run(function: "frem", arguments: [.float(7.5), .float(2)]) == .float(1.5))
        #expect(try i.run(function: "neg", arguments: [.double(0)]) == .double(-0.0))
    }

    @Test("casts, including out-of-range float to int without trapping")
    func casts() throws {
        var m = Module()
        func cast(_ name: String, _ op: Opcode, _ from: IRType, _ to: IRType) throws {
            try m.define(name, FunctionType(to, [from])) { b throws(IRError) in try b.ret(try b.cast(op, b.argument(0), to: to)) }
        }
        try cast("trunc", .trunc, .i64, .i8)
        try cast("sext", .sext, .i8, .i32)
        try cast("zext", .zext, .i8, .i32)
        try cast("fptosi", .fptosi, .double, .i32)
        try cast("fptoui", .fptoui, .double, .i8)
        try cast("sitofp", .sitofp, .i8, .double)
        try cast("uitofp", .uitofp, .i8, .float)
        try cast("uitofp64", .uitofp, .i64, .double)
        try cast("fptrunc", .fptrunc, .double, .float)
        try cast("fpext", .fpext, .float, .double)
        try cast("bitcast", .bitcast, .float, .i32)
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "trunc", arguments: [.int(0x1234)]) == .int(0x34))
        #expect(try i.run(function: "sext", arguments: [.int(0x80)]) == .int(0xFFFF_FF80))
        #expect(try i.run(function: "zext", arguments: [.int(0x80)]) == .int(0x80))
        #expect(try i.run(function: "fptosi", arguments: [.double(-3.7)]) == .signed(-3, width: 32))
        #expect(try i.run(function: "fptoui", arguments: [.double(200.9)]) == .int(200))
        #expect(try i.run(function: "sitofp", arguments: [.int(0xFF)]) == .double(-1))
        #expect(try i.run(function: "uitofp", arguments: [.int(0xFF)]) == .float(255))
        #expect(try i.run(function: "uitofp64", arguments: [.int(.max)]) == .double(18446744073709551615.0))
        #expect(try i.run(function: "fptrunc", arguments: [.double(0.1)]) == .float(0.1))
        #expect(try i.run(function: "fpext", arguments: [.float(0.1)]) == .double(Double(Float(0.1))))
        #expect(try i.run(function: "bitcast", arguments: [.float(1)]) == .int(0x3F80_0000))
        // Poison in LLVM: any value, but no trap.
        _ = try i.run(function: "fptosi", arguments: [.double(.nan)])
        _ = try i.run(function: "fptosi", arguments: [.double(1e300)])
        _ = try i.run(function: "fptoui", arguments: [.double(-1e300)])
    }

    @Test("select and freeze")
    func selectFreeze() throws {
        let m = try module(FunctionType(.i32, [.i1, .i32, .i32])) { b throws(IRError) in
            let s = try b.select(b.argument(0), b.argument(1), b.argument(2))
            try b.ret(try b.freeze(s))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: [.int(1), .int(7), .int(9)]) == .int(7))
        #expect(try i.run(function: "f", arguments: [.int(0), .int(7), .int(9)]) == .int(9))
    }
}
