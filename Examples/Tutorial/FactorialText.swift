import Codegen
import IR

/// The same function as LLVM IR text: parsed, verified, compiled and called.
func factorialText() throws {
    let source = """
        define i64 @factorial(i64 %n) {
        entry:
          br label %loop
        loop:
          %i = phi i64 [ 1, %entry ], [ %next, %loop ]
          %acc = phi i64 [ 1, %entry ], [ %product, %loop ]
          %product = mul i64 %acc, %i
          %next = add i64 %i, 1
          %more = icmp sle i64 %next, %n
          br i1 %more, label %loop, label %done
        done:
          ret i64 %product
        }
        """
    let module = try IRParser.parse(source, file: "factorial.ll")
    let engine = try Engine(module: module)
    let factorial = try engine.function("factorial", as: (@convention(c) (Int64) -> Int64).self)
    print("factorial(10) =", factorial(10))

    // Errors in the text name the file, line and column.
    do {
        _ = try IRParser.parse(source.replacingOccurrences(of: "mul i64", with: "mul i46"), file: "factorial.ll")
    } catch {
        print(error)
    }
}
