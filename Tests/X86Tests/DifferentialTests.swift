import Testing
@testable import X86

/// Every generated assembler method, over registers, addressing modes and immediates, compared byte
/// for byte with GNU `as`. Instructions we reject must be rejected (or warned about) by `as` too.
@Suite("Encoder vs GNU as")
struct DifferentialTests {
    /// All generated cases, emitted through the typed API in one assembler.
    static func emitAll() -> CaseEmitter {
        var e = CaseEmitter()
        for (_, emit) in EncoderCases.generated { emit(&e) }
        return e
    }

    @Test("every accepted instruction matches GNU as byte for byte")
    func acceptedMatchGNUAs() throws {
        try GNUAssembler.requireTools()
        let e = Self.emitAll()
        #expect(e.accepted.count > 10_000, "the generated space should be large")
        let result = try GNUAssembler.assemble(e.accepted.map(\.text))
        let complaints = result.diagnostics.sorted { $0.key < $1.key }.map { "\(e.accepted[$0.key].text): \($0.value)" }
        #expect(complaints.isEmpty, "as complains about \(complaints.count) lines we accept:\n\(complaints.prefix(40).joined(separator: "\n"))")
        try #require(result.bytes.count == e.accepted.count)
        var mismatches: [String] = []
        e.asm.withUnsafeBytes { buffer in
            for (i, c) in e.accepted.enumerated() {
                let ours = Array(buffer[c.start..<c.end])
                if ours != result.bytes[i] {
                    mismatches.append("\(c.text): ours \(hex(ours)), as \(hex(result.bytes[i]))")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.prefix(60).joined(separator: "\n"))")
    }

    @Test("every rejected instruction is rejected or truncated by GNU as as well")
    func rejectedAreInvalidForGNUAs() throws {
        try GNUAssembler.requireTools()
        let e = Self.emitAll()
        #expect(e.rejected.count > 100)
        let result = try GNUAssembler.assemble(e.rejected.map(\.text))
        // GNU as silently truncates immediates below the signed minimum of an 8/16/32-bit operand
        // (`add al, -129` assembles as `add al, 0x7f`); we reject them, as a typed API should.
        let missing = e.rejected.indices.filter { i in
            guard result.diagnostics[i] == nil else { return false }
            if case .immediateOutOfRange(let value, let range) = e.rejected[i].error.kind, value < range.lowerBound {
                return false
            }
            return true
        }.map { e.rejected[$0].text }
        #expect(missing.isEmpty, "as accepts without complaint \(missing.count) lines we reject: \(missing.prefix(40))")
        // Every error names the instruction.
        for r in e.rejected {
            #expect(r.error.instruction == r.text, "error should name the instruction: \(r.error)")
        }
    }
}
