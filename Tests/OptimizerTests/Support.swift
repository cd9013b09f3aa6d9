// Helpers shared by the optimizer tests: parsing, running a pipeline with the verifier after
// every pass, and counting instructions.

import Foundation
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

/// Runs `llvm-as-19` on text: nil if it accepts it (or is not installed: the IR tests report
/// that), else its diagnostics.
func llvmAssemblerDiagnostics(_ text: String) throws -> String? {
    let candidates = ["/usr/bin/llvm-as-19", "/usr/lib/llvm-19/bin/llvm-as"]
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-", "-o", "/dev/null"]
    let input = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let diagnostics = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? nil : String(decoding: diagnostics, as: UTF8.self)
}
