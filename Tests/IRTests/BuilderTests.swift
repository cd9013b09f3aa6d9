import Testing
@testable import IR

@Suite("IR builder")
struct BuilderTests {
    /// factorial(n) with a loop, phis and a call to printf: the tutorial's IR example.
    static func factorialModule() throws -> Module {
        var m = Module()
        try m.declare("printf", FunctionType(.i32, [.ptr], variadic: true))
        let format = try m.addString("%ld\n")
        try m.define("factorial", FunctionType(.i64, [.i64])) { (b: inout IRBuilder) throws(IRError) in
            b.nameArgument(0, "n")
            let entry = b.entryBlock
            let loop = b.newBlock("loop"), done = b.newBlock("done")
            try b.br(loop)
            b.position(at: loop)
            let i = try b.phi(.i64, [(b.int(.i64, 1), entry)])
            let acc = try b.phi(.i64, [(b.int(.i64, 1), entry)])
            let next = try b.mul(acc, i)
            let i1 = try b.add(i, b.int(.i64, 1))
            try b.addIncoming(i, i1, from: loop)
            try b.addIncoming(acc, next, from: loop)
            let more = try b.icmp(.sle, i1, b.argument(0))
            try b.condBr(more, loop, done)
            b.position(at: done)
            try b.ret(next)
        }
        try m.define("main", FunctionType(.i32, [])) { (b: inout IRBuilder) throws(IRError) in
            let f = try b.call("factorial", [b.int(.i64, 10)])
            _ = try b.call("printf", [format, f])
            try b.ret(b.int(.i32, 0))
        }
        return m
    }

    @Test("builds a loop with phis and calls, printed as LLVM text")
    func factorial() throws {
        let m = try Self.factorialModule()
        #expect(m.text.contains("""
            define i64 @factorial(i64 %n) {
              br label %loop

            loop:
              %1 = phi i64 [ 1, %0 ], [ %4, %loop ]
              %2 = phi i64 [ 1, %0 ], [ %3, %loop ]
              %3 = mul i64 %2, %1
              %4 = add i64 %1, 1
              %5 = icmp sle i64 %4, %n
              br i1 %5, label %loop, label %done

            done:
              ret i64 %3
            }
            """))
        #expect(m.text.contains("call i32 (ptr, ...) @printf(ptr @.str, i64 %1)"))
    }

    @Test("a body written as a plain closure needs no annotations, and its own errors come through")
    func plainClosure() throws {
        struct Stop: Error {}
        var m = Module()
        try m.define("add", FunctionType(.i32, [.i32, .i32])) { b in
            try b.ret(try b.add(.argument(0), .argument(1)))
        }
        #expect(m.text.contains("add i32 %0, %1"))
        #expect(throws: Stop.self) {
            try m.define("broken", FunctionType(.void, [])) { _ in throw Stop() }
        }
        // The failed body leaves a declaration behind.
        #expect(m.functions[m.functionIndex(named: "broken")!].isDeclaration)
    }

    @Test("misuse is caught when the instruction is built")
    func misuse() throws {
        var m = Module()
        #expect(throws: IRError("add operands differ in type: i32 and i64")) {
            try m.define("f", FunctionType(.void, [])) { (b: inout IRBuilder) throws(IRError) in
                _ = try b.add(b.int(.i32, 1), b.int(.i64, 1))
            }
        }
        #expect(throws: IRError.self) {
            try m.define("g", FunctionType(.i32, [])) { (b: inout IRBuilder) throws(IRError) in try b.ret() }
        }
        #expect(throws: IRError.self) {
            try m.define("h", FunctionType(.void, [])) { (b: inout IRBuilder) throws(IRError) in
                try b.ret()
                try b.ret()
            }
        }
        #expect(throws: IRError("invalid cast zext from i64 to i32")) {
            try m.define("k", FunctionType(.void, [.i64])) { (b: inout IRBuilder) throws(IRError) in
                _ = try b.cast(.zext, b.argument(0), to: .i32)
            }
        }
    }
}
