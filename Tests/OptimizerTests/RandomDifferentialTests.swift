// Random functions interpreted before and after optimization must agree on every input. Half the
// modules keep their locals in allocas (clang -O0 style, for mem2reg) and use more constant
// operands (for folding).

import IR
import Interpreter
import Optimizer
import RandomIR
import Testing

@Suite("Optimizer random differential")
struct RandomDifferentialTests {
    static let modules = 24
    static let functionsPerModule = 50
    static let inputs: [(Int64, Int64, Double, Double)] = [
        (0, 0, 0, 0), (1, -1, 1.5, -2.5), (Int64.max, Int64.min, .nan, .infinity),
        (123_456_789, -987_654_321, 1e-300, -0.0), (255, 65536, 3.0e38, 7),
    ]

    @Test("optimized functions compute what the originals compute", arguments: 0..<modules)
    func random(_ seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 0x2545_F491_4F6C_DD1D &+ 99)
        var module = Module()
        var names: [String] = []
        for k in 0..<Self.functionsPerModule {
            var builder = RandomFunctionBuilder(rng: SplitMix64(seed: rng.next()), usesLocals: seed % 2 == 0,
                                                constantOneIn: seed % 4 < 2 ? 2 : 6)
            try builder.define("f\(k)", in: &module)
            names.append("f\(k)")
        }
        try module.verify()
        let original = try Interpreter(module: module)
        let level: OptimizationLevel = seed % 3 == 0 ? .O1 : .O2
        var optimized = module
        guard optimizeVerifying(&optimized, Optimizer(level: level), context: "seed \(seed)") else { return }
        if let diagnostics = try llvmAssemblerDiagnostics(optimized.text) {
            Issue.record("llvm-as-19 rejects seed \(seed) after -\(level): \(diagnostics)")
        }
        let interpreter = try Interpreter(module: optimized)
        var failures = 0
        for name in names {
            for (a, b, x, y) in Self.inputs {
                let arguments: [RuntimeValue] = [.int(UInt64(bitPattern: a)), .int(UInt64(bitPattern: b)), .double(x), .double(y)]
                let expected = try original.run(function: name, arguments: arguments)
                let actual = try interpreter.run(function: name, arguments: arguments)
                if expected != actual {
                    failures += 1
                    if failures <= 2 {
                        let f = module.functions[module.functionIndex(named: name)!]
                        let g = optimized.functions[optimized.functionIndex(named: name)!]
                        Issue.record("seed \(seed) -\(level) @\(name)(\(a), \(b), \(x), \(y)): \(String(describing: expected)) became \(String(describing: actual))\n\(module.text(of: f))\n\(optimized.text(of: g))")
                    }
                }
            }
        }
        #expect(failures == 0)
    }
}
