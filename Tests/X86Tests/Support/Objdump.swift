import Foundation

/// GNU objdump as the oracle of the disassembler tests: one run over a whole buffer
/// (`objdump -D -z -b binary -mi386:x86-64 -M intel`), parsed into instructions by offset.
enum Objdump {
    /// One instruction as objdump printed it.
    struct Instruction {
        /// Offset in the buffer.
        var offset: Int
        /// Number of bytes (the first line's plus its continuation lines').
        var length: Int
        /// The text after the bytes column (`mov    rax,rbx`).
        var text: String
    }

    /// The disassembly of `bytes`: the printed lines (without the file and section headers) and
    /// the instructions they describe, by offset.
    struct Listing {
        var lines: [String]
        var instructions: [Instruction]
        var byOffset: [Int: Int]

        /// The instruction starting at `offset`, if objdump has one there.
        subscript(offset: Int) -> Instruction? {
            byOffset[offset].map { instructions[$0] }
        }
    }

    /// Disassembles `bytes` (as code at address 0) with one objdump run. `-z` keeps runs of zero
    /// bytes as instructions instead of `...`.
    static func disassemble(_ bytes: [UInt8]) throws -> Listing {
        let dir = try GNUAssembler.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("code.bin")
        try Data(bytes).write(to: file)
        let (status, out, err) = try GNUAssembler.run(
            "objdump", ["-D", "-z", "-b", "binary", "-mi386:x86-64", "-M", "intel", file.path])
        guard status == 0 else { throw GNUAssembler.Failure(description: "objdump failed: \(err)") }
        return parse(out)
    }

    /// Parses objdump's output: `   0:\t48 89 d8             \tmov    rax,rbx` lines and
    /// `   7:\t00 00 ` continuation lines.
    static func parse(_ output: String) -> Listing {
        var listing = Listing(lines: [], instructions: [], byOffset: [:])
        var started = false
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if !started {
                started = line.hasSuffix("<.data>:")
                continue
            }
            guard !line.isEmpty else { continue }
            listing.lines.append(String(line))
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let colon = fields[0].lastIndex(of: ":"),
                  let offset = Int(fields[0][..<colon].trimmingCharacters(in: .whitespaces), radix: 16)
            else { continue }
            let count = fields[1].split(separator: " ").count
            if fields.count == 3 {
                listing.byOffset[offset] = listing.instructions.count
                listing.instructions.append(Instruction(offset: offset, length: count, text: String(fields[2])))
            } else if !listing.instructions.isEmpty {
                listing.instructions[listing.instructions.count - 1].length += count
            }
        }
        return listing
    }
}
