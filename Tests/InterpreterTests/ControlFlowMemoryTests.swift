import IR
import Interpreter
import Testing

@Suite("Control flow, memory and globals")
struct ControlFlowMemoryTests {
    @Test("recursion: fib(25) on the explicit frame stack")
    func fib() throws {
        var m = Module()
        try m.define("fib", FunctionType(.i32, [.i32])) { b throws(IRError) in
            let small = b.newBlock(), big = b.newBlock()
            try b.condBr(try b.icmp(.slt, b.argument(0), b.int(.i32, 2)), small, big)
            b.position(at: small)
            try b.ret(b.argument(0))
            b.position(at: big)
            let x = try b.call("fib", [try b.sub(b.argument(0), b.int(.i32, 1))])
            let y = try b.call("fib", [try b.sub(b.argument(0), b.int(.i32, 2))])
            try b.ret(try b.add(x, y))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "fib", arguments: [.int(25)]) == .int(75025))
    }

    @Test("phis of a block are evaluated simultaneously")
    func phiSwap() throws {
        // a, b = b, a repeated n times, then a * 10 + b.
        let m = try module(FunctionType(.i32, [.i32])) { b throws(IRError) in
            let entry = b.entryBlock, loop = b.newBlock("loop"), exit = b.newBlock("exit")
            try b.br(loop)
            b.position(at: loop)
            let a = try b.phi(.i32, [(b.int(.i32, 1), entry)])
            let c = try b.phi(.i32, [(b.int(.i32, 2), entry)])
            let k = try b.phi(.i32, [(b.int(.i32, 0), entry)])
            let k1 = try b.add(k, b.int(.i32, 1))
            try b.addIncoming(a, c, from: loop)
            try b.addIncoming(c, a, from: loop)
            try b.addIncoming(k, k1, from: loop)
            try b.condBr(try b.icmp(.slt, k1, b.argument(0)), loop, exit)
            b.position(at: exit)
            try b.ret(try b.add(try b.mul(a, b.int(.i32, 10)), c))
        }
        let i = try Interpreter(module: m)
        // The exit reads the phis as they were on the last entry to the loop: n - 1 swaps.
        #expect(try i.run(function: "f", arguments: [.int(1)]) == .int(12))
        #expect(try i.run(function: "f", arguments: [.int(2)]) == .int(21))
        #expect(try i.run(function: "f", arguments: [.int(5)]) == .int(12))
    }

    @Test("switch with a default")
    func switchTest() throws {
        let m = try module(FunctionType(.i32, [.i64])) { b throws(IRError) in
            let one = b.newBlock(), big = b.newBlock(), other = b.newBlock()
            try b.switch(b.argument(0), default: other, cases: [(1, one), (-5, big), (1 << 40, big)])
            b.position(at: one)
            try b.ret(b.int(.i32, 10))
            b.position(at: big)
            try b.ret(b.int(.i32, 20))
            b.position(at: other)
            try b.ret(b.int(.i32, 30))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: [.int(1)]) == .int(10))
        #expect(try i.run(function: "f", arguments: [.signed(-5, width: 64)]) == .int(20))
        #expect(try i.run(function: "f", arguments: [.int(1 << 40)]) == .int(20))
        #expect(try i.run(function: "f", arguments: [.int(2)]) == .int(30))
    }

    @Test("alloca, GEP into structs and arrays, dynamic alloca count")
    func allocaGEP() throws {
        // struct { i8, i32, i64 } s[n]; s[i].field2 = 7; return (offset of s[1].f1) + s[i].f2
        let s = IRType.structure(fields: [.i8, .i32, .i64], packed: false)
        let m = try module(FunctionType(.i64, [.i32, .i64])) { b throws(IRError) in
            let p = try b.alloca(s, count: b.argument(0))
            let f2 = try b.getElementPointer(s, p, [b.argument(1), b.int(.i32, 2)])
            try b.store(b.int(.i64, 7), to: f2)
            let f1 = try b.getElementPointer(s, p, [b.int(.i64, 1), b.int(.i32, 1)])
            let o = try b.sub(try b.cast(.ptrtoint, f1, to: .i64), try b.cast(.ptrtoint, p, to: .i64))
            let v = try b.load(.i64, from: f2)
            // An array: [4 x i16], element 3 through a negative-then-positive index walk.
            let arr = try b.alloca(.array(count: 4, element: .i16))
            let e3 = try b.getElementPointer(.array(count: 4, element: .i16), arr, [b.int(.i64, 0), b.int(.i64, 3)])
            try b.store(b.int(.i16, -2), to: e3)
            let back = try b.getElementPointer(.i16, e3, [b.int(.i64, -3)])
            let again = try b.getElementPointer(.i16, back, [b.int(.i8, 3)])
            let w = try b.cast(.sext, try b.load(.i16, from: again), to: .i64)
            try b.ret(try b.add(try b.add(o, v), w))
        }
        let i = try Interpreter(module: m)
        // offset of s[1].f1 = 16 + 4 = 20; 20 + 7 - 2 = 25.
        #expect(try i.run(function: "f", arguments: [.int(3), .int(2)]) == .int(25))
    }

    @Test("globals with initializers holding pointers and constant GEPs")
    func globals() throws {
        var m = Module()
        let a = try m.addGlobal(GlobalVariable(name: "a", valueType: .i32, initializer: m.int(.i32, 42), isConstant: false))
        let arrayType = IRType.array(count: 3, element: .i32)
        let values = [m.int(.i32, 1), m.int(.i32, 2), m.int(.i32, 3)]
        let arr = try m.addGlobal(GlobalVariable(name: "arr", valueType: arrayType,
                                                 initializer: m.constant(.aggregate(arrayType, values)), isConstant: true))
        let gep = m.constant(.expression(ConstantExpression(.getelementptr, type: .ptr, sourceElementType: .i32,
                                                           operands: [arr, m.int(.i64, 2)])))
        let pairType = IRType.structure(fields: [.ptr, .ptr], packed: false)
        let pair = try m.addGlobal(GlobalVariable(name: "pair", valueType: pairType,
                                                  initializer: m.constant(.aggregate(pairType, [a, gep])), isConstant: false))
        try m.define("f", FunctionType(.i32, [])) { b throws(IRError) in
            let pa = try b.load(.ptr, from: pair)
            let second = try b.getElementPointer(pairType, pair, [b.int(.i64, 0), b.int(.i32, 1)])
            let p3 = try b.load(.ptr, from: second)
            let x = try b.load(.i32, from: pa)
            let y = try b.load(.i32, from: p3)
            try b.store(try b.add(x, y), to: pa)
            try b.ret(try b.load(.i32, from: a))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: []) == .int(45))
        #expect(try i.run(function: "f", arguments: []) == .int(48))
    }

    @Test("aggregates: insertvalue, extractvalue, returned by value")
    func aggregates() throws {
        let pairType = IRType.structure(fields: [.i32, .double], packed: false)
        var m = Module()
        try m.define("make", FunctionType(pairType, [.i32, .double])) { b throws(IRError) in
            let u = b.module.constant(.undef(pairType))
            let p = try b.insertValue(u, b.argument(0), [0])
            try b.ret(try b.insertValue(p, b.argument(1), [1]))
        }
        try m.define("f", FunctionType(.double, [])) { b throws(IRError) in
            let p = try b.call("make", [b.int(.i32, 3), b.double(0.5)])
            let x = try b.cast(.sitofp, try b.extractValue(p, [0]), to: .double)
            try b.ret(try b.fadd(x, try b.extractValue(p, [1])))
        }
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: []) == .double(3.5))
        let r = try i.run(function: "make", arguments: [.int(7), .double(2)])
        var bytes = [UInt8](repeating: 0, count: 16)
        bytes[0] = 7
        withUnsafeBytes(of: Double(2).bitPattern) { for k in 0..<8 { bytes[8 + k] = $0[k] } }
        #expect(r == .aggregate(bytes))
    }

    @Test("errors: unreachable, null load, unknown symbol")
    func errors() throws {
        let u = try module(FunctionType(.void, [])) { b throws(IRError) in try b.unreachable() }
        #expect(try errorKind(u)?.kind == .unreachable)
        let n = try module(FunctionType(.i32, [.ptr])) { b throws(IRError) in try b.ret(try b.load(.i32, from: b.argument(0))) }
        #expect(try errorKind(n, [.pointer(0)])?.kind == .nullPointer)
        var m = Module()
        try m.declare("no_such_function_anywhere", FunctionType(.i32, []))
        try m.define("f", FunctionType(.i32, [])) { b throws(IRError) in try b.ret(try b.call("no_such_function_anywhere", [])) }
        let e = try #require(try errorKind(m))
        #expect(e.kind == .unknownSymbol("no_such_function_anywhere"))
        #expect(e.instruction.contains("call i32 @no_such_function_anywhere()"))
    }

    @Test("unbounded recursion is a stack overflow error, not a host crash")
    func stackOverflow() throws {
        var m = Module()
        try m.define("f", FunctionType(.i64, [.i64])) { b throws(IRError) in
            _ = try b.alloca(.array(count: 64, element: .i8))
            try b.ret(try b.call("f", [try b.add(b.argument(0), b.int(.i64, 1))]))
        }
        #expect(try errorKind(m, [.int(0)])?.kind == .stackOverflow)
    }
}
