// Code that nothing needs (a dead fadd, select or ashr, which -O0 input keeps) emits nothing. The
// selection folded values into such code all the same when they had another user: a load read as
// the dead fadd's memory operand, a compare fused into the dead select, a shl into the dead ashr.
// The other user then read a value computed nowhere (a load read from memory at its own position,
// after a store; a register never written). Found by an outside review of the fold check; each
// shape here returned a wrong value at -O0 before the fix.

import Codegen
import IR
import Interpreter
import Optimizer
import Testing

@Suite("Folds into unused code")
struct UnusedFoldTests {
    /// Each program's `main` returns the same value interpreted and compiled.
    static let programs: [(name: String, text: String, expected: UInt64)] = [
        ("load into a dead fadd", """
        define double @f(ptr %p, double %x, double %y) {
          %l = load double, ptr %p
          %u = fadd double %x, %l
          store double 0.0, ptr %p
          %v = fadd double %y, %l
          ret double %v
        }

        define i32 @main() {
          %a = alloca double
          store double 1.0, ptr %a
          %r = call double @f(ptr %a, double 2.0, double 3.0)
          %i = fptosi double %r to i32
          ret i32 %i
        }
        """, 4),
        ("compare into a dead select", """
        define i32 @f(i32 %a, i32 %b) {
          %c = icmp slt i32 %a, %b
          %s = select i1 %c, i32 %a, i32 %b
          %z = zext i1 %c to i32
          ret i32 %z
        }

        define i32 @main() {
          %r = call i32 @f(i32 1, i32 2)
          %r2 = call i32 @f(i32 3, i32 2)
          %t = mul i32 %r, 10
          %u = add i32 %t, %r2
          ret i32 %u
        }
        """, 10),
        ("shl into a dead ashr", """
        define i64 @f(i64 %a) {
          %x = shl i64 %a, 32
          %s = ashr i64 %x, 32
          %y = lshr i64 %x, 32
          ret i64 %y
        }

        define i32 @main() {
          %r = call i64 @f(i64 7)
          %t = trunc i64 %r to i32
          ret i32 %t
        }
        """, 7),
    ]

    @Test("a value with another user is not folded into code that emits nothing",
          arguments: [OptimizationLevel.O0, .O1, .O2])
    func foldIntoUnused(level: OptimizationLevel) throws {
        for (name, text, expected) in Self.programs {
            let interpreter = try Interpreter(module: try IRParser.parse(text, file: "unused.ll"))
            #expect(try interpreter.run(function: "main", arguments: []) == .int(expected), "\(name)")
            let engine = try Engine(module: try IRParser.parse(text, file: "unused.ll"), optimization: level,
                                    checkingAllocations: true)
            let main = try engine.function("main", as: (@convention(c) () -> Int32).self)
            #expect(UInt64(main()) == expected, "\(name) at -O\(level.rawValue)")
        }
    }
}
