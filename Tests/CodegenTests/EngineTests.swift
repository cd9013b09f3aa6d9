// The engine's API and error paths.

import Codegen
import IR
import Testing

@Suite("Engine")
struct EngineTests {
    @Test("typed entry points call compiled functions")
    func typedEntry() throws {
        let m = try IRParser.parse("""
            define i32 @add3(i32 %a, i32 %b, i32 %c) {
              %s = add i32 %a, %b
              %t = add i32 %s, %c
              ret i32 %t
            }
            """, file: "t.ll")
        let engine = try Engine(module: m)
        let f = try engine.function("add3", as: (@convention(c) (Int32, Int32, Int32) -> Int32).self)
        #expect(f(1, 2, -10) == -7)
        #expect(engine.address(of: "add3") != nil)
        #expect(engine.address(of: "nope") == nil)
    }

    @Test("exit() ends the run, not the process")
    func exitReturns() throws {
        let m = try IRParser.parse("""
            declare void @exit(i32)
            define i32 @main() {
              call void @exit(i32 42)
              unreachable
            }
            """, file: "t.ll")
        #expect(try Engine(module: m).runMain(arguments: ["t"]) == 42)
    }

    @Test("unknown external symbols are reported")
    func unknownSymbol() throws {
        let m = try IRParser.parse("""
            declare i32 @no_such_function_anywhere(i32)
            define i32 @f() {
              %r = call i32 @no_such_function_anywhere(i32 1)
              ret i32 %r
            }
            """, file: "t.ll")
        #expect(throws: CodegenError.self) { try Engine(module: m) }
    }

    @Test("unsupported constructs throw with the function and instruction")
    func unsupported() throws {
        let m = try IRParser.parse("""
            declare double @llvm.minimum.f64(double, double)
            define double @wide(double %a) {
              %r = call double @llvm.minimum.f64(double %a, double %a)
              ret double %r
            }
            """, file: "t.ll")
        do {
            _ = try Engine(module: m)
            Issue.record("expected an error")
        } catch {
            #expect(error.function == "wide")
            #expect(error.instruction.contains("llvm.minimum"))
            guard case .unsupported = error.kind else { Issue.record("kind \(error.kind)"); return }
        }
    }
}
