// LLVM 19's assembler as an oracle: IR we print must be valid LLVM IR.

import Foundation

/// Runs `llvm-as-19` on IR text.
public enum LLVMAssembler {
    static let candidates = ["/usr/bin/llvm-as-19", "/usr/lib/llvm-19/bin/llvm-as"]
    static var path: String? { candidates.first { FileManager.default.isExecutableFile(atPath: $0) } }

    /// Assembles `text`, discarding the output.
    /// - Returns: nil if llvm-as accepts the text, else its diagnostics (or how to install it).
    /// - Throws: If the process cannot be started.
    public static func check(_ text: String) throws -> String? {
        guard let path else { return "llvm-as-19 not found at \(candidates); install it with: apt-get install llvm-19" }
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
}
