import Foundation

/// GNU binutils as the outside oracle: `as` in `.intel_syntax noprefix` mode, and `objdump`.
///
/// Many lines are assembled in one `as` run. Each line is preceded by a label and the lengths are
/// recovered from `.long` differences of consecutive labels in a data section, so the bytes of
/// every line are known even where our encoder and `as` disagree on a length.
enum GNUAssembler {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The result of assembling a batch: bytes per line, or the diagnostics `as` gave for it.
    struct Result {
        var bytes: [[UInt8]]
        /// Line index -> messages (errors and warnings) that `as` printed for it.
        var diagnostics: [Int: [String]]
    }

    /// Runs `tool` with `arguments`; returns (status, stdout, stderr). Output goes through temporary
    /// files, so a large output cannot block the child on a full pipe.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String], stdin: String? = nil) throws -> (Int32, String, String) {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let stdin {
            let inURL = dir.appendingPathComponent("stdin")
            try stdin.write(to: inURL, atomically: true, encoding: .utf8)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, out, err)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftjit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Assembles each line separately (in one `as` run). Lines `as` rejects or warns about are
    /// reported in `diagnostics`; if any line has an error, `as` writes no object and `bytes` is empty.
    static func assemble(_ lines: [String]) throws -> Result {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var source = ".intel_syntax noprefix\n.text\n"
        var lineOfCase: [Int: Int] = [:]
        var lineNumber = 3
        for (i, line) in lines.enumerated() {
            source += "__case_\(i):\n"
            lineNumber += 1
            source += line + "\n"
            lineOfCase[lineNumber] = i
            lineNumber += 1
        }
        source += "__case_\(lines.count):\n.data\n"
        for i in 0..<lines.count {
            source += ".long __case_\(i + 1) - __case_\(i)\n"
        }
        let s = dir.appendingPathComponent("in.s"), o = dir.appendingPathComponent("out.o")
        try source.write(to: s, atomically: true, encoding: .utf8)
        let (status, _, stderr) = try run("as", ["--64", "-o", o.path, s.path])
        var diagnostics: [Int: [String]] = [:]
        for message in stderr.split(separator: "\n") {
            // "in.s:12: Error: ..." / "in.s:12: Warning: ..."
            let parts = message.split(separator: ":", maxSplits: 2)
            if parts.count == 3, let n = Int(parts[1]), let i = lineOfCase[n] {
                diagnostics[i, default: []].append(String(parts[2]).trimmingCharacters(in: .whitespaces))
            }
        }
        if status != 0 {
            if diagnostics.isEmpty { throw Failure(description: "as failed: \(stderr)") }
            return Result(bytes: [], diagnostics: diagnostics)
        }
        let text = try section(".text", of: o, in: dir)
        let data = try section(".data", of: o, in: dir)
        guard data.count == 4 * lines.count else { throw Failure(description: "unexpected .data size \(data.count)") }
        var bytes: [[UInt8]] = []
        var offset = 0
        for i in 0..<lines.count {
            let n = Int(data[4 * i]) | Int(data[4 * i + 1]) << 8 | Int(data[4 * i + 2]) << 16 | Int(data[4 * i + 3]) << 24
            bytes.append(Array(text[offset..<offset + n]))
            offset += n
        }
        return Result(bytes: bytes, diagnostics: diagnostics)
    }

    /// Assembles a whole program (labels, directives) and returns its .text bytes.
    static func assembleProgram(_ source: String) throws -> [UInt8] {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = dir.appendingPathComponent("in.s"), o = dir.appendingPathComponent("out.o")
        try (".intel_syntax noprefix\n.text\n" + source + "\n").write(to: s, atomically: true, encoding: .utf8)
        let (status, _, stderr) = try run("as", ["--64", "-o", o.path, s.path])
        guard status == 0 else { throw Failure(description: "as failed: \(stderr)") }
        return try section(".text", of: o, in: dir)
    }

    /// Assembles several programs in one `as` run, each starting on a 4 KiB boundary (so alignment
    /// directives up to 4096 see the same offsets as in a separate assembly), and returns each one's bytes.
    static func assemblePrograms(_ programs: [String]) throws -> [[UInt8]] {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var source = ".intel_syntax noprefix\n.text\n"
        for (i, program) in programs.enumerated() {
            source += ".balign 4096\n__prog_\(i):\n\(program)\n__prog_end_\(i):\n"
        }
        source += ".data\n"
        for i in programs.indices {
            source += ".long __prog_\(i) - __prog_0\n.long __prog_end_\(i) - __prog_\(i)\n"
        }
        let s = dir.appendingPathComponent("in.s"), o = dir.appendingPathComponent("out.o")
        try source.write(to: s, atomically: true, encoding: .utf8)
        let (status, _, stderr) = try run("as", ["--64", "-o", o.path, s.path])
        guard status == 0 else { throw Failure(description: "as failed: \(stderr.prefix(2000))") }
        let text = try section(".text", of: o, in: dir)
        let data = try section(".data", of: o, in: dir)
        func word(_ k: Int) -> Int {
            Int(data[4 * k]) | Int(data[4 * k + 1]) << 8 | Int(data[4 * k + 2]) << 16 | Int(data[4 * k + 3]) << 24
        }
        return programs.indices.map { i in
            let start = word(2 * i), length = word(2 * i + 1)
            return Array(text[start..<start + length])
        }
    }

    static func section(_ name: String, of object: URL, in dir: URL) throws -> [UInt8] {
        let out = dir.appendingPathComponent("section\(name).bin")
        let (status, _, stderr) = try run("objcopy", ["-O", "binary", "--only-section=\(name)", object.path, out.path])
        guard status == 0 else { throw Failure(description: "objcopy failed: \(stderr)") }
        return Array(try Data(contentsOf: out))
    }

    /// Fails loudly (no skip) when binutils is missing: the differential tests are the backbone.
    static func requireTools() throws {
        for tool in ["as", "objcopy", "objdump"] {
            let (status, _, _) = try run("which", [tool])
            if status != 0 {
                throw Failure(description: "GNU binutils '\(tool)' not found: install binutils (apt-get install binutils)")
            }
        }
    }
}

/// Hex rendering for failure messages.
func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined(separator: " ")
}
