import CorpusSupport
import IR
import Interpreter
import Testing

@Suite("Calls to C, callbacks from C, varargs and intrinsics")
struct NativeCallTests {
    @Test("labs and strlen")
    func simpleCalls() throws {
        var m = Module()
        try m.declare("labs", FunctionType(.i64, [.i64]))
        try m.declare("strlen", FunctionType(.i64, [.ptr]))
        let s = try m.addString("hello, world")
        try m.define("f", FunctionType(.i64, [.i64])) { b throws(IRError) in
            try b.ret(try b.add(try b.call("labs", [b.argument(0)]), try b.call("strlen", [s])))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: [.signed(-30, width: 64)]) == .int(42))
    }

    @Test("snprintf with ints, doubles and strings (variadic, al = vector registers)")
    func snprintf() throws {
        var m = Module()
        try m.declare("snprintf", FunctionType(.i32, [.ptr, .i64, .ptr], variadic: true))
        let format = try m.addString("%d|%.3f|%s|%ld|%g|%d|%d|%d|%d|%.1f|%.1f|%.1f|%.1f|%.1f|%.1f|%.1f|%.1f")
        let word = try m.addString("str")
        let buffer = try m.addGlobal(GlobalVariable(name: "buf", valueType: .array(count: 256, element: .i8),
                                                    initializer: m.constant(.zero(.array(count: 256, element: .i8))),
                                                    isConstant: false))
        try m.define("f", FunctionType(.ptr, [])) { b throws(IRError) in
            var args: [Value] = [buffer, b.int(.i64, 256), format, b.int(.i32, -7), b.double(3.14159), word,
                                 b.int(.i64, 1 << 40), b.double(0.5)]
            for k in 1...4 { args.append(b.int(.i32, Int64(k))) }
            for k in 1...8 { args.append(b.double(Double(k) + 0.25)) }
            _ = try b.call("snprintf", args)
            try b.ret(buffer)
        }
        let i = try Interpreter(module: m)
        // Nine doubles: the ninth and the fifth to eighth int go on the stack.
        #expect(cString(try i.run(function: "f", arguments: []))
                    == "-7|3.142|str|1099511627776|0.5|1|2|3|4|1.2|2.2|3.2|4.2|5.2|6.2|7.2|8.2")
    }

    @Test("qsort with an IR comparator (a native entry stub calls back into the interpreter)")
    func qsort() throws {
        var m = Module()
        try m.declare("qsort", FunctionType(.void, [.ptr, .i64, .i64, .ptr]))
        let arrayType = IRType.array(count: 6, element: .i32)
        let values = [5, -3, 9, 1, 0, 7].map { m.int(.i32, $0) }
        let array = try m.addGlobal(GlobalVariable(name: "data", valueType: arrayType,
                                                   initializer: m.constant(.aggregate(arrayType, values)), isConstant: false))
        let compare = try m.define("compare", FunctionType(.i32, [.ptr, .ptr])) { b throws(IRError) in
            let x = try b.load(.i32, from: b.argument(0))
            let y = try b.load(.i32, from: b.argument(1))
            let gt = try b.cast(.zext, try b.icmp(.sgt, x, y), to: .i32)
            let lt = try b.cast(.zext, try b.icmp(.slt, x, y), to: .i32)
            try b.ret(try b.sub(gt, lt))
        }
        try m.define("f", FunctionType(.i64, [])) { b throws(IRError) in
            _ = try b.call("qsort", [array, b.int(.i64, 6), b.int(.i64, 4), compare])
            // Fold the sorted array into one number: ((((d0*16+d1)*16+d2)...) with d+3 as digits.
            var acc = b.int(.i64, 0)
            for k in 0..<6 {
                let p = try b.getElementPointer(arrayType, array, [b.int(.i64, 0), b.int(.i64, Int64(k))])
                let d = try b.add(try b.cast(.sext, try b.load(.i32, from: p), to: .i64), b.int(.i64, 3))
                acc = try b.add(try b.mul(acc, b.int(.i64, 16)), d)
            }
            try b.ret(acc)
        }
        let i = try Interpreter(module: m)
        // Sorted: -3 0 1 5 7 9 → digits 0 3 4 8 10 12.
        #expect(try i.run(function: "f", arguments: []) == .int(0x03_48AC))
    }

    @Test("indirect calls to IR and C functions through pointers")
    func indirect() throws {
        var m = Module()
        let labs = try m.declare("labs", FunctionType(.i64, [.i64]))
        let twice = try m.define("twice", FunctionType(.i64, [.i64])) { b throws(IRError) in
            try b.ret(try b.add(b.argument(0), b.argument(0)))
        }
        try m.define("f", FunctionType(.i64, [.i1, .i64])) { b throws(IRError) in
            let target = try b.select(b.argument(0), twice, labs)
            try b.ret(try b.call(target, type: FunctionType(.i64, [.i64]), [b.argument(1)]))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: [.int(1), .signed(-4, width: 64)]) == .signed(-8, width: 64))
        #expect(try i.run(function: "f", arguments: [.int(0), .signed(-4, width: 64)]) == .int(4))
    }

    /// `int sum(int n, ...)` as clang lowers it: `va_start`, then the inline `va_arg` sequence over
    /// the `{ i32 gp_offset, i32 fp_offset, ptr overflow_arg_area, ptr reg_save_area }` struct.
    static func variadicSum(_ m: inout Module) throws {
        let vaList = IRType.structure(fields: [.i32, .i32, .ptr, .ptr], packed: false)
        try m.declare("llvm.va_start.p0", FunctionType(.void, [.ptr]))
        try m.declare("llvm.va_end.p0", FunctionType(.void, [.ptr]))
        try m.define("sum", FunctionType(.i32, [.i32], variadic: true)) { b throws(IRError) in
            let entry = b.entryBlock
            let loop = b.newBlock("loop"), inReg = b.newBlock("in_reg"), inMem = b.newBlock("in_mem")
            let next = b.newBlock("next"), done = b.newBlock("done")
            let ap = try b.alloca(vaList, alignment: 16)
            _ = try b.call("llvm.va_start.p0", [ap])
            try b.condBr(try b.icmp(.sgt, b.argument(0), b.int(.i32, 0)), loop, done)
            b.position(at: loop)
            let k = try b.phi(.i32, [(b.int(.i32, 0), entry)])
            let total = try b.phi(.i32, [(b.int(.i32, 0), entry)])
            let gpOffset = try b.load(.i32, from: ap)
            try b.condBr(try b.icmp(.ult, gpOffset, b.int(.i32, 41)), inReg, inMem)
            b.position(at: inReg)
            let saveField = try b.getElementPointer(.i8, ap, [b.int(.i64, 16)])
            let save = try b.load(.ptr, from: saveField)
            let regAddress = try b.getElementPointer(.i8, save, [try b.cast(.zext, gpOffset, to: .i64)])
            try b.store(try b.add(gpOffset, b.int(.i32, 8)), to: ap)
            try b.br(next)
            b.position(at: inMem)
            let overflowField = try b.getElementPointer(.i8, ap, [b.int(.i64, 8)])
            let overflow = try b.load(.ptr, from: overflowField)
            try b.store(try b.getElementPointer(.i8, overflow, [b.int(.i64, 8)]), to: overflowField)
            try b.br(next)
            b.position(at: next)
            let address = try b.phi(.ptr, [(regAddress, inReg), (overflow, inMem)])
            let value = try b.load(.i32, from: address)
            let newTotal = try b.add(total, value)
            let k1 = try b.add(k, b.int(.i32, 1))
            try b.addIncoming(k, k1, from: next)
            try b.addIncoming(total, newTotal, from: next)
            try b.condBr(try b.icmp(.eq, k1, b.argument(0)), done, loop)
            b.position(at: done)
            let result = try b.phi(.i32, [(b.int(.i32, 0), entry), (newTotal, next)])
            _ = try b.call("llvm.va_end.p0", [ap])
            try b.ret(result)
        }
    }

    @Test("varargs: va_start with clang's inline va_arg lowering, registers then overflow area")
    func varargs() throws {
        var m = Module()
        try Self.variadicSum(&m)
        try m.define("f", FunctionType(.i32, [])) { b throws(IRError) in
            let args = [b.int(.i32, 8)] + (1...8).map { b.int(.i32, Int64($0 * $0)) }
            try b.ret(try b.call("sum", args))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: []) == .int(204))
        #expect(try i.run(function: "sum", arguments: [.int(3), .int(1), .int(2), .signed(-10, width: 32)])
                    == .signed(-7, width: 32))
    }

    @Test("intrinsics: min/max, bit counting, funnel shifts, memcpy/memset, overflow")
    func intrinsics() throws {
        var m = Module()
        try m.declare("llvm.smax.i32", FunctionType(.i32, [.i32, .i32]))
        try m.declare("llvm.umin.i8", FunctionType(.i8, [.i8, .i8]))
        try m.declare("llvm.ctlz.i16", FunctionType(.i16, [.i16, .i1]))
        try m.declare("llvm.ctpop.i64", FunctionType(.i64, [.i64]))
        try m.declare("llvm.bswap.i32", FunctionType(.i32, [.i32]))
        try m.declare("llvm.fshl.i8", FunctionType(.i8, [.i8, .i8, .i8]))
        try m.declare("llvm.abs.i32", FunctionType(.i32, [.i32, .i1]))
        try m.declare("llvm.memset.p0.i64", FunctionType(.void, [.ptr, .i8, .i64, .i1]))
        try m.declare("llvm.memcpy.p0.p0.i64", FunctionType(.void, [.ptr, .ptr, .i64, .i1]))
        let overflowType = IRType.structure(fields: [.i32, .i1], packed: false)
        try m.declare("llvm.umul.with.overflow.i32", FunctionType(overflowType, [.i32, .i32]))
        try m.declare("llvm.fmuladd.f64", FunctionType(.double, [.double, .double, .double]))
        func unary(_ name: String, _ t: IRType, _ call: @escaping (inout IRBuilder) throws(IRError) -> Value) throws {
            try m.define(name, FunctionType(t, [])) { b throws(IRError) in try b.ret(try call(&b)) }
        }
        try unary("smax", .i32) { b throws(IRError) in try b.call("llvm.smax.i32", [b.int(.i32, -5), b.int(.i32, 3)]) }
        try unary("umin", .i8) { b throws(IRError) in try b.call("llvm.umin.i8", [b.int(.i8, -1), b.int(.i8, 3)]) }
        try unary("ctlz", .i16) { b throws(IRError) in try b.call("llvm.ctlz.i16", [b.int(.i16, 1), b.int(.i1, 0)]) }
        try unary("ctpop", .i64) { b throws(IRError) in try b.call("llvm.ctpop.i64", [b.int(.i64, -1)]) }
        try unary("bswap", .i32) { b throws(IRError) in try b.call("llvm.bswap.i32", [b.int(.i32, 0x1122_3344)]) }
        try unary("fshl", .i8) { b throws(IRError) in
            try b.call("llvm.fshl.i8", [b.int(.i8, 0x81), b.int(.i8, 0x80), b.int(.i8, 9)])
        }
        try unary("abs", .i32) { b throws(IRError) in try b.call("llvm.abs.i32", [b.int(.i32, -9), b.int(.i1, 0)]) }
        try unary("fmuladd", .double) { b throws(IRError) in
            try b.call("llvm.fmuladd.f64", [b.double(2), b.double(3), b.double(0.5)])
        }
        try unary("overflow", .i32) { b throws(IRError) in
            let r = try b.call("llvm.umul.with.overflow.i32", [b.int(.i32, 0x10000), b.int(.i32, 0x10001)])
            let v = try b.extractValue(r, [0])
            let o = try b.cast(.zext, try b.extractValue(r, [1]), to: .i32)
            return try b.add(v, try b.mul(o, b.int(.i32, 1000)))
        }
        try unary("memory", .i64) { b throws(IRError) in
            let a = try b.alloca(.i64), c = try b.alloca(.i64)
            _ = try b.call("llvm.memset.p0.i64", [a, b.int(.i8, 0xAB), b.int(.i64, 8), b.int(.i1, 0)])
            _ = try b.call("llvm.memcpy.p0.p0.i64", [c, a, b.int(.i64, 8), b.int(.i1, 0)])
            return try b.load(.i64, from: c)
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "smax", arguments: []) == .int(3))
        #expect(try i.run(function: "umin", arguments: []) == .int(3))
        #expect(try i.run(function: "ctlz", arguments: []) == .int(15))
        #expect(try i.run(function: "ctpop", arguments: []) == .int(64))
        #expect(try i.run(function: "bswap", arguments: []) == .int(0x4433_2211))
        #expect(try i.run(function: "fshl", arguments: []) == .int(0x03))
        #expect(try i.run(function: "abs", arguments: []) == .int(9))
        #expect(try i.run(function: "fmuladd", arguments: []) == .double(6.5))
        #expect(try i.run(function: "overflow", arguments: []) == .int(0x10000 &+ 1000))
        #expect(try i.run(function: "memory", arguments: []) == .int(0xABAB_ABAB_ABAB_ABAB))
    }

    @Test("runMain: argc/argv in real memory, printf output, exit status")
    func runMain() throws {
        var m = Module()
        try m.declare("printf", FunctionType(.i32, [.ptr], variadic: true))
        try m.declare("exit", FunctionType(.void, [.i32]))
        let format = try m.addString("argc=%d argv[1]=%s pi=%.2f\n")
        try m.define("main", FunctionType(.i32, [.i32, .ptr])) { b throws(IRError) in
            let slot = try b.getElementPointer(.ptr, b.argument(1), [b.int(.i64, 1)])
            let arg1 = try b.load(.ptr, from: slot)
            _ = try b.call("printf", [format, b.argument(0), arg1, b.double(3.14159)])
            let three = b.newBlock(), fine = b.newBlock()
            try b.condBr(try b.icmp(.eq, b.argument(0), b.int(.i32, 3)), three, fine)
            b.position(at: three)
            _ = try b.call("exit", [b.int(.i32, 5)])
            try b.unreachable()
            b.position(at: fine)
            try b.ret(b.int(.i32, 2))
        }
        let i = try Interpreter(module: m)
        let (out, status) = try capturingStdout { () throws(InterpreterError) -> Int32 in
            try i.runMain(arguments: ["prog", "hello"])
        }
        #expect(out == "argc=2 argv[1]=hello pi=3.14\n")
        #expect(status == 2)
        let (out2, status2) = try capturingStdout { () throws(InterpreterError) -> Int32 in
            try i.runMain(arguments: ["prog", "x", "y"])
        }
        #expect(out2 == "argc=3 argv[1]=x pi=3.14\n")
        #expect(status2 == 5)
    }
}
