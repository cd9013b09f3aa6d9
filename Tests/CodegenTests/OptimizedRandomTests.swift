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
        var rng = SplitMix64(seed: UInt64(seed) &* 0x5851_F42D_4C95_7F2D &+ 7)
        var module = Module()
        var names: [String] = []
        for k in 0..<40 {
            var builder = RandomFunctionBuilder(rng: SplitMix64(seed: rng.next()), usesLocals: seed % 2 == 0,
                                                constantOneIn: seed % 4 < 2 ? 2 : 6)
            try builder.define("f\(k)", in: &module)
            names.append("f\(k)")
        }
        let interpreter = try Interpreter(module: module)
        var optimized = module
        Optimizer(level: .O2).run(on: &optimized)
        let engine = try Engine(module: optimized)
        var failures = 0
        for name in names {
            let f = try engine.function(name, as: Entry.self)
            for (a, b, x, y) in RandomDifferentialTests.inputs {
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
