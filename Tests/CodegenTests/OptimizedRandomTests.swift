// Random functions optimized at -O2 and compiled must compute what the interpreter computes on
// the unoptimized functions; half keep their locals in allocas as clang -O0 does.

import Codegen
import IR
import Interpreter
import Optimizer
import RandomIR
import Testing

@Suite("Codegen optimized random differential")
struct OptimizedRandomTests {
    typealias Entry = @convention(c) (Int64, Int64, Double, Double) -> Int64

    @Test("optimized compiled code equals the interpreter on the original", arguments: 0..<16)
    func random(_ seed: Int) throws {
        let (module, names) = try randomModule(seed: UInt64(seed) &* 0x5851_F42D_4C95_7F2D &+ 7, functions: 40,
                                               usesLocals: seed % 2 == 0, constantOneIn: seed % 4 < 2 ? 2 : 6)
        let interpreter = try Interpreter(module: module)
        var optimized = module
        Optimizer(level: .O2).run(on: &optimized)
        let engine = try Engine(module: optimized)
        var failures = 0
        for name in names {
            let f = try engine.function(name, as: Entry.self)
            for (a, b, x, y) in randomFunctionInputs {
                let native = f(a, b, x, y)
                let expected = try interpreter.run(function: name, arguments: [
                    .int(UInt64(bitPattern: a)), .int(UInt64(bitPattern: b)), .double(x), .double(y),
                ])
                if expected != .int(UInt64(bitPattern: native)) {
                    failures += 1
                    if failures <= 2 {
                        Issue.record("seed \(seed) @\(name)(\(a), \(b), \(x), \(y)): native \(native), interpreter \(String(describing: expected))\n\(optimized.text(of: optimized.functions[optimized.functionIndex(named: name)!]))")
                    }
                }
            }
        }
        #expect(failures == 0)
    }
}
