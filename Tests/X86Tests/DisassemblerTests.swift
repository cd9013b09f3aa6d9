import Foundation
import Testing
@testable import X86

/// The disassembler against GNU objdump (same length and text for every instruction it decodes)
/// and against the encoder (decoded instructions re-encode to the same bytes).
@Suite("Disassembler vs objdump")
struct DisassemblerTests {
    // MARK: - Helpers

    /// Compares our decoding of `bytes[offset...]` (buffer at address 0) with objdump's instruction
    /// there; returns a message on difference.
    static func compare(_ ours: DecodedInstruction, _ theirs: Objdump.Instruction?, bytes: ArraySlice<UInt8>) -> String? {
        guard let theirs else {
            return "\(hex(Array(bytes))): ours '\(ours.text)' (\(ours.length)), objdump has no instruction here"
        }
        if ours.length != theirs.length || ours.text != theirs.text {
            return "\(hex(Array(bytes.prefix(max(ours.length, theirs.length))))): ours '\(ours.text)' (\(ours.length)), "
                + "objdump '\(theirs.text)' (\(theirs.length))"
        }
        return nil
    }

    /// Re-encodes decoded instructions in order, turning branch targets into labels bound at those
    /// offsets, and re-emitting padding NOPs with `nop(length:)`; returns the bytes.
    static func reencode(_ decoded: [DecodedInstruction], bytes: [UInt8]) throws(EncodingError) -> [UInt8] {
        var a = Assembler()
        var labels: [Int64: Label] = [:]
        for d in decoded {
            for case .target(let t) in d.instruction?.operands ?? [] where labels[t] == nil {
                labels[t] = a.newLabel()
            }
        }
        for d in decoded {
            if let l = labels[Int64(d.offset)] { try a.bind(l) }
            let slice = Array(bytes[d.offset..<d.offset + d.length])
            if d.length > 2, slice == nopPatterns[d.length] {
                try a.nop(length: d.length)
                continue
            }
            guard var instruction = d.instruction else { a.db(slice); continue }
            instruction.operands = instruction.operands.map { op in
                if case .target(let t) = op, let l = labels[t] { return .label(l) }
                return op
            }
            try a.emit(instruction)
        }
        if let l = labels[Int64(bytes.count)] { try a.bind(l) }
        return try a.finalize().bytes
    }

    /// Re-encodes the decoded instructions of `program` with its own alignment directives (so that
    /// branch relaxation sees the same layout as in the original), binding a label at every branch
    /// target; returns the bytes.
    static func reencode(_ decoded: [DecodedInstruction], as program: RandomProgram) throws(EncodingError) -> [UInt8] {
        var a = Assembler()
        var labels: [Int64: Label] = [:]
        var byOffset: [Int: DecodedInstruction] = [:]
        for d in decoded {
            byOffset[d.offset] = d
            for case .target(let t) in d.instruction?.operands ?? [] where labels[t] == nil {
                labels[t] = a.newLabel()
            }
        }
        var offset = 0
        var bound: Set<Int64> = []
        func bindHere(_ a: inout Assembler) throws(EncodingError) {
            if let l = labels[Int64(offset)], bound.insert(Int64(offset)).inserted { try a.bind(l) }
        }
        for item in program.items {
            switch item {
            case .bind:
                continue
            case .align(let n):
                try bindHere(&a)
                try a.align(n)
                offset += (n - offset % n) % n
            default:
                try bindHere(&a)
                guard let d = byOffset[offset], var instruction = d.instruction else { return [] }
                instruction.operands = instruction.operands.map { op in
                    if case .target(let t) = op, let l = labels[t] { return .label(l) }
                    return op
                }
                try a.emit(instruction)
                offset += d.length
            }
        }
        try bindHere(&a)
        return try a.finalize().bytes
    }

    // MARK: - The encoder's whole test space

    @Test("every generated encoder case decodes with objdump's length and text, and re-encodes")
    func generatedSpace() throws {
        try GNUAssembler.requireTools()
        let e = DifferentialTests.emitAll()
        let bytes = e.asm.withUnsafeBytes { Array($0) }
        let listing = try Objdump.disassemble(bytes)
        let disassembler = Disassembler()
        var mismatches: [String] = []
        var roundTrip: [String] = []
        var again = Assembler(capacity: bytes.count + 4096)
        bytes.withUnsafeBytes { buffer in
            for c in e.accepted {
                let d = disassembler.decode(buffer, at: c.start)
                let slice = bytes[c.start..<c.end]
                if d.status != .decoded || d.length != c.end - c.start {
                    mismatches.append("\(c.text) [\(hex(Array(slice)))]: \(d.status), length \(d.length)")
                } else if let m = Self.compare(d, listing[c.start], bytes: slice) {
                    mismatches.append("\(c.text): \(m)")
                }
                guard let instruction = d.instruction else { continue }
                let start = again.offset
                do {
                    try again.emit(instruction)
                    let got = again.withUnsafeBytes { Array($0[start..<again.offset]) }
                    if got != Array(slice) {
                        roundTrip.append("\(c.text): '\(instruction)' re-encodes as \(hex(got)), was \(hex(Array(slice)))")
                    }
                } catch {
                    roundTrip.append("\(c.text): '\(instruction)' does not re-encode: \(error)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(e.accepted.count) differ from objdump:\n\(mismatches.prefix(50).joined(separator: "\n"))")
        #expect(roundTrip.isEmpty, "\(roundTrip.count) do not round-trip:\n\(roundTrip.prefix(50).joined(separator: "\n"))")
    }

    // MARK: - Hand-written forms: branches, returns, NOPs

    @Test("branches, returns and every padding NOP decode as objdump prints them, line for line")
    func handWrittenForms() throws {
        try GNUAssembler.requireTools()
        var a = Assembler()
        let top = a.label()
        for n in 1...11 { try a.nop(length: n) }
        try a.call(.rax)
        try a.call(.r12)
        try a.call(.qword(.rbp, -8))
        try a.jmp(.r15)
        try a.jmp(.qword(rip: top, 16))
        try a.loop(top)
        try a.loope(top)
        try a.loopne(top)
        try a.jrcxz(top)
        a.ret()
        a.ret(0x10)
        a.ret(0xFFFF)
        let far = a.newLabel()
        try a.jmp(far)
        for c in Condition.allCases { try a.j(c, far) }
        try a.call(far)
        try a.jmp(top)
        for c in Condition.allCases { try a.j(c, top) }
        for _ in 0..<200 { a.nop() }
        try a.bind(far)
        for c in Condition.allCases { try a.j(c, top) }
        try a.jmp(top)
        let bytes = try a.finalize().bytes
        let listing = try Objdump.disassemble(bytes)
        let ours = Disassembler().lines(for: bytes)
        let diff = zip(ours, listing.lines).filter { $0 != $1 }.map { "ours:    \($0)\nobjdump: \($1)" }
        #expect(ours.count == listing.lines.count)
        #expect(diff.isEmpty, "\(diff.count) lines differ:\n\(diff.prefix(20).joined(separator: "\n"))")
        let decoded = Disassembler().decodeAll(bytes)
        #expect(decoded.allSatisfy { $0.status == .decoded })
        #expect(try Self.reencode(decoded, bytes: bytes) == bytes)
    }

    @Test("a non-zero base address moves branch targets and rip-relative comments")
    func baseAddress() throws {
        let bytes: [UInt8] = [0xEB, 0xFE, 0x8B, 0x05, 0x10, 0x00, 0x00, 0x00]
        let lines = Disassembler(base: 0x1000).lines(for: bytes)
        #expect(lines == [
            "    1000:\teb fe                \tjmp    0x1000",
            "    1002:\t8b 05 10 00 00 00    \tmov    eax,DWORD PTR [rip+0x10]        # 0x1018",
        ])
    }

    @Test("register-only SSE forms: their memory encodings are other instructions and are not decoded as them")
    func registerOnlyForms() throws {
        let cases: [(bytes: [UInt8], objdump: String)] = [
            ([0x0F, 0x16, 0xC1], "movlhps xmm0,xmm1"),
            ([0x0F, 0x12, 0xC1], "movhlps xmm0,xmm1"),
            ([0x66, 0x41, 0x0F, 0x73, 0xF9, 0x08], "pslldq xmm9,0x8"),
            ([0x0F, 0x16, 0x00], "movhps"),            // memory form of 0F 16
            ([0x0F, 0x12, 0x00], "movlps"),            // memory form of 0F 12
            ([0x66, 0x0F, 0x16, 0xC1], "(bad)"),       // movhpd has no register form
            ([0x66, 0x0F, 0x73, 0x30, 0x05], "(bad)"), // shift groups: register operand only
            ([0x0F, 0x73, 0xF0, 0x01], "psllq mm0"),   // without 66: the MMX form
        ]
        for (bytes, objdump) in cases {
            let d = bytes.withUnsafeBytes { Disassembler().decode($0, at: 0) }
            if objdump.contains(",") {
                #expect(d.status == .decoded && d.text == objdump, "\(hex(bytes)): '\(d.text)'")
            } else {
                #expect(d.status != .decoded, "\(hex(bytes)) (\(objdump)) decodes as '\(d.text)'")
            }
        }
        // The typed API has no memory forms for these; the text assembler rejects them, as GNU as does.
        let lines = ["movlhps xmm0, [rax]", "movhlps xmm0, XMMWORD PTR [rax]", "pslldq xmm0, xmm1", "psrldq xmm0, [rax]"]
        for (line, result) in zip(lines, TextAssembler.assembleEachLine(lines.joined(separator: "\n"))) {
            if case .bytes = result { Issue.record("\(line) assembles") }
        }
    }

    // MARK: - Label programs

    @Test("random programs with labels disassemble as objdump does and re-encode")
    func labelPrograms() throws {
        try GNUAssembler.requireTools()
        var g = SplitMix64(seed: 0xD15A_0001)
        let sources = (0..<400).map { _ in RandomProgram(using: &g) }
        let programs = try sources.map { try $0.assemble() }
        let all = programs.flatMap { $0 }
        let listing = try Objdump.disassemble(all)
        let ours = Disassembler().lines(for: all)
        let diff = zip(ours, listing.lines).filter { $0 != $1 }.map { "ours:    \($0)\nobjdump: \($1)" }
        #expect(ours.count == listing.lines.count, "line counts differ")
        #expect(diff.isEmpty, "\(diff.count) lines differ:\n\(diff.prefix(50).joined(separator: "\n"))")
        var failures: [String] = []
        for (source, bytes) in zip(sources, programs) {
            let decoded = Disassembler().decodeAll(bytes)
            if let bad = decoded.first(where: { $0.status != .decoded }) {
                failures.append("undecoded at \(bad.offset): \(hex(Array(bytes[bad.offset...].prefix(8))))")
                continue
            }
            let again = try Self.reencode(decoded, as: source)
            if again != bytes {
                let at = (0..<min(again.count, bytes.count)).first { again[$0] != bytes[$0] } ?? min(again.count, bytes.count)
                failures.append("re-encoding differs at \(at): \(hex(Array(again[at...].prefix(12)))) vs \(hex(Array(bytes[at...].prefix(12))))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(programs.count) programs:\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test("every proper prefix of an encoding is reported truncated, reading only its own bytes")
    func truncatedEncodings() {
        let e = DifferentialTests.emitAll()
        let code = e.asm.withUnsafeBytes { Array($0) }
        var failures: [String] = []
        for c in stride(from: 0, to: e.accepted.count, by: 5).map({ e.accepted[$0] }) {
            for end in c.start + 1..<c.end {
                // An exact-size copy: a read past its end would trap (checked subscripts).
                let bytes = Array(code[c.start..<end])
                let d = bytes.withUnsafeBytes { Disassembler().decode($0, at: 0) }
                if d.status != .truncated || d.length != 1 {
                    failures.append("\(c.text): first \(bytes.count) bytes [\(hex(bytes))] give \(d.status) '\(d.text)'")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) prefixes:\n\(failures.prefix(30).joined(separator: "\n"))")
    }

    // MARK: - Fuzz

    /// Byte strings for the fuzzer: valid encodings mutated (byte replaced, bit flipped, truncated,
    /// prefix inserted) and random bytes.
    static func fuzzCases(count: Int, seed: UInt64, valid: [[UInt8]]) -> [[UInt8]] {
        var g = SplitMix64(seed: seed)
        let prefixes: [UInt8] = [0x66, 0x66, 0xF2, 0xF3, 0x2E, 0x3E, 0x67, 0xF0, 0x40, 0x41, 0x44, 0x48, 0x4F, 0x0F]
        return (0..<count).map { _ in
            var b = valid.randomElement(using: &g)!
            switch Int.random(in: 0..<6, using: &g) {
            case 0: b[Int.random(in: 0..<b.count, using: &g)] = UInt8.random(in: 0...255, using: &g)
            case 1: b[Int.random(in: 0..<b.count, using: &g)] ^= 1 << UInt8.random(in: 0..<8, using: &g)
            case 2: b = Array(b.prefix(Int.random(in: 1...b.count, using: &g)))
            case 3: b.insert(prefixes.randomElement(using: &g)!, at: Int.random(in: 0...min(2, b.count), using: &g))
            case 4: b = (0..<Int.random(in: 1...15, using: &g)).map { _ in UInt8.random(in: 0...255, using: &g) }
            default:
                // Two valid instructions back to back, the second one mutated.
                var c = valid.randomElement(using: &g)!
                c[Int.random(in: 0..<c.count, using: &g)] = UInt8.random(in: 0...255, using: &g)
                b += c
            }
            return b
        }
    }

    @Test("fuzz: mutated and random bytes never trap or over-read, and what decodes matches objdump")
    func fuzz() throws {
        try GNUAssembler.requireTools()
        let e = DifferentialTests.emitAll()
        let code = e.asm.withUnsafeBytes { Array($0) }
        // Every 7th case, enough for variety (the space is ~276k instructions).
        let valid = stride(from: 0, to: e.accepted.count, by: 7).map { Array(code[e.accepted[$0].start..<e.accepted[$0].end]) }
        // SWIFTJIT_FUZZ_SEED=<n> (and SWIFTJIT_FUZZ_COUNT) explore other inputs; the default is fixed.
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["SWIFTJIT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0xF022_0001
        let count = environment["SWIFTJIT_FUZZ_COUNT"].flatMap { Int($0) } ?? 20_000
        let cases = Self.fuzzCases(count: count, seed: seed, valid: valid)
        // One objdump run: each case followed by 16 one-byte NOPs, so objdump is back in step at
        // the next case whatever the case's last bytes began (an instruction is at most 15 bytes).
        let padding = [UInt8](repeating: 0x90, count: 16)
        var all: [UInt8] = []
        var starts: [Int] = []
        for c in cases {
            starts.append(all.count)
            all += c + padding
        }
        let listing = try Objdump.disassemble(all)
        var mismatches: [String] = []
        var decodedCount = 0, unsupportedKnown = 0, unsupportedValid = 0, outOfStep = 0
        for (c, start) in zip(cases, starts) {
            guard listing[start] != nil else { outOfStep += 1; continue }
            // The exact bytes of the case, so any read past the end would trap (checked subscripts).
            let disassembler = Disassembler(base: UInt64(start))
            c.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count, let theirs = listing[start + offset] {
                    let d = disassembler.decode(buffer, at: offset)
                    if d.status == .decoded {
                        decodedCount += 1
                        if let m = Self.compare(d, theirs, bytes: c[offset...]) { mismatches.append(m) }
                    } else if d.status == .unsupported {
                        // A length we claim for an instruction we do not decode must be objdump's too.
                        unsupportedKnown += 1
                        if d.length != theirs.length {
                            mismatches.append("\(hex(Array(c[offset...]))): unsupported, length \(d.length), objdump '\(theirs.text)' (\(theirs.length))")
                        }
                    } else if !theirs.text.hasPrefix("(bad)") && !theirs.text.hasPrefix(".byte")
                        && start + offset + theirs.length <= start + c.count {
                        unsupportedValid += 1
                    }
                    offset += d.length
                }
            }
        }
        #expect(outOfStep == 0, "objdump out of step at \(outOfStep) cases")
        #expect(decodedCount > cases.count / 2, "too few decoded: \(decodedCount)")
        #expect(mismatches.isEmpty, "\(mismatches.count) decoded instructions differ from objdump:\n\(mismatches.prefix(50).joined(separator: "\n"))")
        // On stderr: stdout may be redirected by a corpus test running at the same time.
        FileHandle.standardError.write(Data(("disassembler fuzz (seed \(seed)): \(cases.count) cases, \(decodedCount) decoded, \(unsupportedKnown) unsupported of known length, \(unsupportedValid) valid for objdump but of unknown length" + "\n").utf8))
    }
}
