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
    @Test("optimized compiled code equals the interpreter on the original", arguments: 0..<16)
    func random(_ seed: Int) throws {
        let (module, names) = try randomModule(seed: UInt64(seed) &* 0x5851_F42D_4C95_7F2D &+ 7, functions: 40,
                                               usesLocals: seed % 2 == 0, constantOneIn: seed % 4 < 2 ? 2 : 6)
        let interpreter = try Interpreter(module: module)
        var optimized = module
        Optimizer(level: .O2).run(on: &optimized)
        let engine = try Engine(module: optimized, checkingAllocations: true)
        #expect(try RandomDifferentialTests.mismatches(engine, interpreter, names, compiled: optimized,
                                                       context: "optimized seed \(seed)") == 0)
    }
}
