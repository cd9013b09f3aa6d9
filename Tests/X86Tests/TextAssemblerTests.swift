import Foundation
import Testing
@testable import X86

@Suite("Text assembler")
struct TextAssemblerTests {
    @Test("every generated instruction's text assembles to the typed method's bytes")
    func generatedSpace() throws {
        var e = CaseEmitter()
        for (_, emit) in EncoderCases.generated { emit(&e) }
        let source = e.accepted.map(\.text).joined(separator: "\n")
        let output = try TextAssembler.assemble(source, file: "generated.s")
        try #require(output.listing.count == e.accepted.count)
        var mismatches: [String] = []
        e.asm.withUnsafeBytes { buffer in
            for (c, line) in zip(e.accepted, output.listing) where Array(buffer[c.start..<c.end]) != line.bytes {
                mismatches.append("\(c.text): typed \(hex(Array(buffer[c.start..<c.end]))), text \(hex(line.bytes))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count):\n\(mismatches.prefix(40).joined(separator: "\n"))")
        // What the typed methods reject, the text assembler rejects too.
        var accepted: [String] = []
        for (r, result) in zip(e.rejected, TextAssembler.assembleEachLine(e.rejected.map(\.text).joined(separator: "\n"))) {
            if case .bytes = result { accepted.append(r.text) }
        }
        #expect(accepted.isEmpty, "\(accepted.prefix(20))")
    }

    @Test("objdump's rendering of every generated instruction assembles back to the same bytes")
    func objdumpTextRoundTrip() throws {
        try GNUAssembler.requireTools()
        var e = CaseEmitter()
        for (_, emit) in EncoderCases.generated { emit(&e) }
        let dir = try GNUAssembler.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = dir.appendingPathComponent("code.bin")
        try e.asm.withUnsafeBytes { try Data($0).write(to: bin) }
        let (status, out, err) = try GNUAssembler.run("objdump", ["-D", "-b", "binary", "-mi386:x86-64", "-M", "intel",
                                                                  "-w", bin.path])
        try #require(status == 0, "\(err)")
        // "   0:\t48 01 c8             \tadd    rax,rcx"
        var lines: [(offset: Int, bytes: String, text: String)] = []
        for line in out.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 3, let offset = Int(String(parts[0]).trimmingSpaces.dropLast(), radix: 16) else { continue }
            lines.append((offset, String(parts[1]).trimmingSpaces, parts[2...].joined(separator: "\t")))
        }
        try #require(lines.count == e.accepted.count, "objdump lines \(lines.count), cases \(e.accepted.count)")
        // Assemble objdump's text; numeric branch targets are offsets in the same buffer, so the
        // whole listing is assembled as one program.
        let output = try TextAssembler.assemble(lines.map(\.text).joined(separator: "\n"), file: "objdump.s")
        var mismatches: [String] = []
        for (l, listing) in zip(lines, output.listing) {
            let theirs = l.bytes
            let ours = listing.bytes.map { String(format: "%02x", $0) }.joined(separator: " ")
            if ours != theirs || listing.offset != l.offset {
                mismatches.append("\(l.text): objdump bytes \(theirs), reassembled \(ours) at \(listing.offset)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count):\n\(mismatches.prefix(40).joined(separator: "\n"))")
        // GNU as reading the same objdump-format lines produces the same bytes as we do.
        let gnu = try GNUAssembler.assemble(lines.map(\.text))
        // (objdump prints absolute lea operands as `ds:0x1234`; as warns that the segment is ineffectual.)
        let errors = gnu.diagnostics.filter { $0.value.contains { !$0.hasPrefix("Warning: segment override on `lea'") } }
        #expect(errors.isEmpty, "\(errors.prefix(10))")
        try #require(gnu.bytes.count == output.listing.count)
        var differ: [String] = []
        for (k, listing) in output.listing.enumerated() where k < gnu.bytes.count && gnu.bytes[k] != listing.bytes {
            differ.append("\(lines[k].text): as \(hex(gnu.bytes[k])), ours \(hex(listing.bytes))")
        }
        #expect(differ.isEmpty, "\(differ.count):\n\(differ.prefix(40).joined(separator: "\n"))")
    }

    @Test("programs with labels, branches, alignment and data match GNU as")
    func programsMatchGNUAs() throws {
        try GNUAssembler.requireTools()
        var g = SplitMix64(seed: 0x7E47_0001)
        let programs = (0..<1000).map { _ in RandomProgram(using: &g) }
        let texts = programs.indices.map { programs[$0].text(prefix: "P\($0)_") }
        let expected = try GNUAssembler.assemblePrograms(texts)
        for (text, want) in zip(texts, expected) {
            let got = try TextAssembler.assemble(text).code.bytes
            #expect(got == want, "\(text)")
            if got != want { break }
        }
        let handWritten = """
            .intel_syntax noprefix
            .text
            start:  mov eax, DWORD PTR [rip + value]   # a load from the data below
                    add eax, 2
                    cmp BYTE PTR [rip+message], 72
                    lea rcx, [rip + message]
                    jne start
                    jmp done
                    .p2align 4
            done:   ret
                    .align 8
            value:  .long 40, -1, 0x7fffffff
            message: .asciz "Hi\\n\\t\\"x\\"\\101\\x42"
                    .byte 1, 0xff, -128
                    .word 0x1234
                    .quad 0x1122334455667788, -2
                    .balign 16, 0xcc
                    ret
            """
        #expect(try TextAssembler.assemble(handWritten).code.bytes == GNUAssembler.assembleProgram(handWritten))
    }

    @Test("';' starts a comment (as in Intel-style assemblers; GNU as would read a new statement)")
    func semicolonComments() throws {
        let output = try TextAssembler.assemble("add eax, 2 ; add eax, 3\n; whole-line comment\nret # done")
        #expect(output.code.bytes == [0x83, 0xC0, 0x02, 0xC3])
    }

    @Test("a .quad of a label records an absolute fixup for the loader")
    func quadLabel() throws {
        let output = try TextAssembler.assemble("nop\nhere: ret\n.quad here\n")
        #expect(output.code.bytes == [0x90, 0xC3, 1, 0, 0, 0, 0, 0, 0, 0])
        #expect(output.code.absoluteFixups == [2])
        #expect(output.labels == ["here": 1])
    }

    @Test("bad input gives its message at its column", arguments: errorCases())
    func errors(_ c: ErrorCase) {
        let results = TextAssembler.assembleEachLine(c.line, file: "errors.s")
        guard case .error(let error) = results.first else {
            Issue.record("line \(c.number) should fail: \(c.line)")
            return
        }
        #expect(error.message == c.message, "line \(c.number)")
        #expect(error.location.column == c.column, "line \(c.number): \(error)")
        #expect(error.description.hasPrefix("errors.s:1:\(c.column): error: \(c.message)\n"))
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var number: Int
        var line: String
        var column: Int
        var message: String
        var testDescription: String { "line \(number): \(line.trimmingSpaces)" }
    }

    static func errorCases() -> [ErrorCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs/errors.s")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases: [ErrorCase] = []
        for (n, line) in text.split(separator: "\n").enumerated() {
            let parts = line.components(separatedBy: "#!")
            guard parts.count == 2, let colon = parts[1].firstIndex(of: ":"),
                  let column = Int(parts[1][..<colon].trimmingCharacters(in: .whitespaces)) else { continue }
            let message = parts[1][parts[1].index(after: colon)...].trimmingCharacters(in: .whitespaces)
            cases.append(ErrorCase(number: n + 1, line: parts[0], column: column, message: message))
        }
        return cases
    }
}
