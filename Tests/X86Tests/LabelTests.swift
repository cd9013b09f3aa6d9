import Foundation
import Testing
@testable import X86

/// A small deterministic random source (tests must be reproducible from their seed).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One random program: its text for GNU `as` and the same program through our API.
struct RandomProgram {
    enum Item {
        case bind(Int)
        case jmp(Int)
        case jcc(Condition, Int)
        case call(Int)
        case leaRIP(Int)
        case movLoad(Int)
        case filler(Int)  // index into fillers
        case align(Int)
    }

    /// Filler instructions of assorted lengths (1 to 10 bytes).
    static let fillers: [(String, @Sendable (inout Assembler) throws(EncodingError) -> Void)] = [
        ("nop", { (a: inout Assembler) in a.nop() }),
        ("add rax, rcx", { (a: inout Assembler) throws(EncodingError) in try a.add(.rax, .rcx) }),
        ("mov eax, 1", { (a: inout Assembler) throws(EncodingError) in try a.mov(.eax, 1) }),
        ("mov rax, 0x123456789", { (a: inout Assembler) throws(EncodingError) in try a.mov(.rax, 0x1_2345_6789) }),
        ("lea rdx, [rsi+r8*4+0x12345678]",
         { (a: inout Assembler) throws(EncodingError) in try a.lea(.rdx, Memory(.rsi, .r8, .x4, 0x1234_5678)) }),
        ("push rbx", { (a: inout Assembler) throws(EncodingError) in try a.push(.rbx) }),
        ("imul r14, r15, 12345", { (a: inout Assembler) throws(EncodingError) in try a.imul(.r14, .r15, 12345) }),
    ]

    var items: [Item] = []
    var labels: Int

    init<G: RandomNumberGenerator>(using g: inout G) {
        labels = Int.random(in: 1...12, using: &g)
        let length = Int.random(in: 5...160, using: &g)
        var unbound = Array(0..<labels).shuffled(using: &g)
        for _ in 0..<length {
            let r = Int.random(in: 0..<100, using: &g)
            let target = Int.random(in: 0..<labels, using: &g)
            switch r {
            case 0..<8 where !unbound.isEmpty: items.append(.bind(unbound.removeLast()))
            case 0..<18: items.append(.jmp(target))
            case 18..<34: items.append(.jcc(Condition.allCases.randomElement(using: &g)!, target))
            case 34..<38: items.append(.call(target))
            case 38..<41: items.append(.leaRIP(target))
            case 41..<43: items.append(.movLoad(target))
            case 43..<46: items.append(.align([1, 2, 4, 8, 16, 32, 64].randomElement(using: &g)!))
            default:
                // Runs of filler, sometimes long, so that branches cross the rel8 limit.
                let n = Int.random(in: 0..<10, using: &g) == 0 ? Int.random(in: 10...40, using: &g) : 1
                for _ in 0..<n { items.append(.filler(Int.random(in: 0..<Self.fillers.count, using: &g))) }
            }
        }
        for l in unbound { items.append(.bind(l)) }
    }

    /// The program in GNU `as` syntax; labels are named `<prefix>L<n>`.
    func text(prefix: String = "") -> String {
        items.map { item in
            switch item {
            case .bind(let l): "\(prefix)L\(l):"
            case .jmp(let l): "jmp \(prefix)L\(l)"
            case .jcc(let c, let l): "j\(c) \(prefix)L\(l)"
            case .call(let l): "call \(prefix)L\(l)"
            case .leaRIP(let l): "lea rax, [rip+\(prefix)L\(l)]"
            case .movLoad(let l): "mov ecx, DWORD PTR [rip+\(prefix)L\(l)+4]"
            case .filler(let i): Self.fillers[i].0
            case .align(let n): ".p2align \(n.trailingZeroBitCount)"
            }
        }.joined(separator: "\n")
    }

    func assemble() throws(EncodingError) -> [UInt8] {
        var a = Assembler()
        let ls = (0..<labels).map { _ in a.newLabel() }
        for item in items {
            switch item {
            case .bind(let l): try a.bind(ls[l])
            case .jmp(let l): try a.jmp(ls[l])
            case .jcc(let c, let l): try a.j(c, ls[l])
            case .call(let l): try a.call(ls[l])
            case .leaRIP(let l): try a.lea(.rax, Memory(rip: ls[l]))
            case .movLoad(let l): try a.mov(.ecx, .dword(rip: ls[l], 4))
            case .filler(let i): try Self.fillers[i].1(&a)
            case .align(let n): try a.align(n)
            }
        }
        return try a.finalize().bytes
    }
}

@Suite("Labels, branches and relaxation")
struct LabelTests {
    @Test("random programs with labels, branches and alignment match GNU as")
    func randomProgramsMatchGNUAs() throws {
        try GNUAssembler.requireTools()
        var g = SplitMix64(seed: 0x5EED_0001)
        let programs = (0..<5000).map { _ in RandomProgram(using: &g) }
        let expected = try GNUAssembler.assemblePrograms(programs.indices.map { programs[$0].text(prefix: "P\($0)_") })
        var failures: [String] = []
        for (p, want) in zip(programs, expected) {
            let got = try p.assemble()
            if got != want {
                let at = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
                failures.append("""
                    program:\n\(p.text())
                    first difference at offset \(at) (ours \(got.count) bytes, as \(want.count))
                    ours: \(hex(Array(got[max(0, at - 8)...].prefix(24))))
                    as:   \(hex(Array(want[max(0, at - 8)...].prefix(24))))
                    full ours: \(hex(got))
                    """)
            }
        }
        if let smallest = failures.min(by: { $0.count < $1.count }),
           let dir = ProcessInfo.processInfo.environment["SWIFTJIT_DUMP_FAILURES"] {
            try? smallest.write(toFile: dir + "/relax-failure.txt", atomically: true, encoding: .utf8)
        }
        #expect(failures.isEmpty, "\(failures.count) of \(programs.count) differ; first:\n\(failures.first ?? "")")
    }

    @Test("branch size chosen at the rel8 boundaries, forward and backward")
    func boundaries() throws {
        // Backward: target at -128 from the end of a 2-byte jmp is short; -129 is near.
        for fill in [124, 125, 126, 127, 128, 129, 130] {
            var text = "top:\n" + String(repeating: "nop\n", count: fill) + "jmp top\njne top\n"
            text += "jmp fwd\n" + String(repeating: "nop\n", count: fill) + "fwd:\nje fwd2\n"
            text += String(repeating: "nop\n", count: fill) + "fwd2:\n"
            var a = Assembler()
            let top = a.label()
            for _ in 0..<fill { a.nop() }
            try a.jmp(top)
            try a.jne(top)
            let fwd = a.newLabel(), fwd2 = a.newLabel()
            try a.jmp(fwd)
            for _ in 0..<fill { a.nop() }
            try a.bind(fwd)
            try a.je(fwd2)
            for _ in 0..<fill { a.nop() }
            try a.bind(fwd2)
            #expect(try a.finalize().bytes == GNUAssembler.assembleProgram(text), "fill \(fill)")
        }
    }

    @Test("growing one branch pushes another out of reach (cascade)")
    func cascade() throws {
        // jmp L(i) jumps over 125 NOPs and the 2-byte jmp L(i+1): exactly 127 bytes, the rel8 limit.
        // The last jump is far, grows to rel32, and that pushes every earlier one out of reach.
        var text = ""
        var a = Assembler()
        let n = 6
        let labels = (0..<n).map { _ in a.newLabel() }
        for i in 0..<n {
            text += "jmp L\(i)\n"
            try a.jmp(labels[i])
            if i > 0 {
                text += "L\(i - 1):\n"
                try a.bind(labels[i - 1])
            }
            if i < n - 1 {
                text += String(repeating: "nop\n", count: 125)
                for _ in 0..<125 { a.nop() }
            }
        }
        text += String(repeating: "nop\n", count: 200) + "L\(n - 1):\n"
        for _ in 0..<200 { a.nop() }
        try a.bind(labels[n - 1])
        let want = try GNUAssembler.assembleProgram(text)
        let got = try a.finalize().bytes
        #expect(got == want)
        #expect(got.filter { $0 == 0xE9 }.count == n, "all jumps near")
    }

    @Test("a backward branch with no relaxable code after its target needs no fixup")
    func backwardBranchIsFinal() throws {
        var a = Assembler()
        let top = a.label()
        try a.add(.rax, 1)
        try a.jne(top)
        #expect(a.fixups.isEmpty)
        #expect(try a.finalize().bytes == [0x48, 0x83, 0xC0, 0x01, 0x75, 0xFA])
    }

    @Test("loop and jrcxz reach only rel8; out of reach is an error naming the instruction")
    func rel8Only() throws {
        var a = Assembler()
        let top = a.label()
        for _ in 0..<126 { a.nop() }
        try a.loop(top)  // -128: fits
        #expect(try a.finalize().bytes.suffix(2) == [0xE2, 0x80])

        var b = Assembler()
        let top2 = b.label()
        for _ in 0..<127 { b.nop() }
        #expect(throws: EncodingError(.branchOutOfRange(top2, distance: -129), instruction: "loop \(top2)")) {
            try b.loop(top2)
        }
        #expect(b.offset == 127, "nothing written")

        var c = Assembler()
        let fwd = c.newLabel()
        try c.jrcxz(fwd)
        for _ in 0..<200 { c.nop() }
        try c.bind(fwd)
        #expect {
            try c.link()
        } throws: { error in
            guard let e = error as? EncodingError, case .branchOutOfRange = e.kind else { return false }
            return true
        }
    }

    @Test("label misuse is reported")
    func labelErrors() throws {
        var a = Assembler()
        let l = a.newLabel()
        try a.jmp(l)
        #expect(throws: EncodingError.self) { _ = try a.link() }
        try a.bind(l)
        #expect(throws: EncodingError(.labelAlreadyBound(l), instruction: "\(l):")) { try a.bind(l) }
        var other = Assembler()
        for _ in 0..<5 { _ = other.newLabel() }
        let foreign = other.newLabel()
        #expect(throws: EncodingError(.unknownLabel(foreign), instruction: "jmp \(foreign)")) { try a.jmp(foreign) }
        try a.link()
    }

    @Test("alignment pads with GNU as's NOPs for every padding length")
    func alignmentPadding() throws {
        var text = ""
        var a = Assembler()
        for k in 0..<64 {
            text += String(repeating: "nop\n", count: k % 7) + ".p2align 6\nret\n"
            for _ in 0..<(k % 7) { a.nop() }
            try a.align(64)
            a.ret()
            for _ in 0..<(k % 5) {
                text += "push rax\n"
                try a.push(.rax)
            }
        }
        #expect(try a.finalize().bytes == GNUAssembler.assembleProgram(text))
        // Long paddings: GNU as jumps over 88 bytes or more (rel8 up to 129, rel32 beyond).
        var long = ""
        var c = Assembler()
        for k in [1, 40, 41, 42, 80, 81, 86, 87, 88, 89, 130, 131, 132, 500, 2000, 4000] {
            long += ".byte " + Array(repeating: "0x90", count: k).joined(separator: ",") + "\n.p2align 12\nret\n"
            c.db(Array(repeating: 0x90, count: k))
            try c.align(4096)
            c.ret()
        }
        #expect(try c.finalize().bytes == GNUAssembler.assembleProgram(long))
        var b = Assembler()
        #expect(throws: EncodingError.self) { try b.align(3) }
        #expect(throws: EncodingError.self) { try b.align(8192) }
    }

    @Test("data directives and rip-relative references to data after the code")
    func dataAfterCode() throws {
        let text = """
            mov eax, DWORD PTR [rip+value]
            lea rcx, [rip+message]
            add eax, DWORD PTR [rip+value+4]
            cmp BYTE PTR [rip+message], 72
            ret
            .p2align 3
            value: .long 40
            .long 2
            message: .asciz "Hi"
            .byte 1, 2
            .word 0x1234
            .quad 0x1122334455667788
            """
        var a = Assembler()
        let value = a.newLabel(), message = a.newLabel()
        try a.mov(.eax, .dword(rip: value))
        try a.lea(.rcx, Memory(rip: message))
        try a.add(.eax, .dword(rip: value, 4))
        try a.cmp(.byte(rip: message), 72)
        a.ret()
        try a.align(8)
        try a.bind(value)
        a.dd(40)
        a.dd(2)
        try a.bind(message)
        a.ascii("Hi", zeroTerminated: true)
        a.db([1, 2])
        a.dw(0x1234)
        a.dq(0x1122_3344_5566_7788)
        #expect(try a.finalize().bytes == GNUAssembler.assembleProgram(text))
    }
}
