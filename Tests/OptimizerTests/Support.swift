// Helpers shared by the optimizer tests: parsing, running a pipeline with the verifier after
// every pass, and counting instructions.

import IR
import Optimizer
import Testing

/// Parses `text`, recording an issue and returning nil if it does not parse.
func parse(_ text: String, file: String = "test.ll") -> Module? {
    do {
        return try IRParser.parse(text, file: file)
    } catch {
        Issue.record(Comment(rawValue: "\(file): \(error.description)"))
        return nil
    }
}

/// Runs `optimizer` on `module`, checking after every pass that the module still verifies;
/// returns false (after recording the diagnostics) if one does not.
@discardableResult
func optimizeVerifying(_ module: inout Module, _ optimizer: Optimizer, context: String) -> Bool {
    var ok = true
    optimizer.run(on: &module) { pass, module, _ in
        guard ok else { return }
        let diagnostics = module.verificationDiagnostics()
        if !diagnostics.isEmpty {
            ok = false
            Issue.record(Comment(rawValue: "\(context): after \(pass): \(diagnostics.prefix(5).map(\.description).joined(separator: "\n"))"))
        }
    }
    return ok
}

/// The number of instructions placed in the blocks of every function.
func instructionCount(_ module: Module) -> Int {
    module.functions.reduce(0) { n, f in n + f.blocks.reduce(0) { $0 + $1.instructions.count } }
}

/// Optimizes `text` with exactly `passes` (verifying after each) and returns the printed module.
func optimized(_ text: String, _ passes: [Pass]) -> String {
    guard var module = parse(text) else { return "" }
    optimizeVerifying(&module, Optimizer(passes: passes), context: "test.ll")
    return module.text
}
