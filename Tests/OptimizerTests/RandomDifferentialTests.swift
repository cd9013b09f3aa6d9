// Random functions interpreted before and after optimization must agree on every input. Half the
// modules keep their locals in allocas (clang -O0 style, for mem2reg) and use more constant
// operands (for folding).

import CorpusSupport
import IR
import Interpreter
import Optimizer
import RandomIR
import Testing

@Suite("Optimizer random differential")
struct RandomDifferentialTests {
    static let modules = 24
    static let functionsPerModule = 50

    @Test("optimized functions compute what the originals compute", arguments: 0..<modules)
    func random(_ seed: Int) throws {
        let (module, names) = try randomModule(seed: UInt64(seed) &* 0x2545_F491_4F6C_DD1D &+ 99,
                                               functions: Self.functionsPerModule, usesLocals: seed % 2 == 0,
                                               constantOneIn: seed % 4 < 2 ? 2 : 6)
        try module.verify()
        let original = try Interpreter(module: module)
        let level: OptimizationLevel = seed % 3 == 0 ? .O1 : .O2
        var optimized = module
        guard optimizeVerifying(&optimized, Optimizer(level: level), context: "seed \(seed)") else { return }
        if let diagnostics = try LLVMAssembler.check(optimized.text) {
            Issue.record("llvm-as-19 rejects seed \(seed) after -\(level): \(diagnostics)")
        }
        let interpreter = try Interpreter(module: optimized)
        var failures = 0
        for name in names {
            for (a, b, x, y) in randomFunctionInputs {
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
