import Testing
@testable import X86

/// Inputs that once trapped or produced wrong bytes (found by review and fuzzing), kept as tests.
@Suite("Regressions")
struct RegressionTests {
    @Test(".quad label right after an alignment whose padding changes during relaxation")
    func quadAfterAlignment() throws {
        var a = Assembler()
        let target = a.newLabel()
        for _ in 0..<6 { a.db(0x90) }
        try a.jmp(target)  // grows to rel32: the alignment padding below shrinks from 0... to fit
        try a.align(8)
        try a.dq(target)
        for _ in 0..<200 { a.db(0x90) }
        try a.bind(target)
        a.ret()
        let code = try a.finalize()
        let quadAt = try #require(code.absoluteFixups.first)
        #expect(quadAt % 8 == 0, "the .quad is aligned")
        let stored = code.bytes[quadAt..<quadAt + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(stored == code.offset(of: target), "it holds the label's offset")
        #expect(code.bytes[code.offset(of: target)!] == 0xC3)
    }

    @Test("[rip + label] with a label of another assembler throws instead of trapping at link")
    func foreignLabelInMemoryOperand() throws {
        var a = Assembler()
        var b = Assembler()
        for _ in 0..<3 { _ = b.newLabel() }
        let foreign = b.newLabel()
        #expect(throws: EncodingError(.unknownLabel(foreign), instruction: "mov rax, QWORD PTR [rip+.L3]")) {
            try a.mov(.rax, .qword(rip: foreign))
        }
        #expect(throws: EncodingError(.unknownLabel(foreign), instruction: "call QWORD PTR [rip+.L3]")) {
            try a.call(.qword(rip: foreign))
        }
        #expect(a.offset == 0)
        try a.link()
    }

    @Test("a rip-relative addend that does not fit in 32 bits throws")
    func ripAddendOverflow() throws {
        var a = Assembler()
        let l = a.label()
        #expect(throws: EncodingError.self) { try a.mov(Mem32(Memory(rip: l, Int32.min)), 1) }
        #expect(a.offset == 0)
        try a.mov(Mem32(Memory(rip: l, Int32.min + 4)), 1)  // the addend still fits
    }

    @Test("link errors name the instruction")
    func linkErrorsNameTheInstruction() throws {
        var a = Assembler()
        let l = a.newLabel()
        try a.jne(l)
        #expect(throws: EncodingError(.labelNotBound(l), instruction: "jne .L0")) { try a.link() }
        var b = Assembler()
        let f = b.newLabel()
        try b.loopne(f)
        for _ in 0..<130 { b.nop() }
        try b.bind(f)
        #expect(throws: EncodingError(.branchOutOfRange(f, distance: 130), instruction: "loopne .L0")) { try b.link() }
    }

    @Test("decoding at an offset outside the buffer is a result, not a trap")
    func decodeOutOfRange() {
        let d = Disassembler()
        [UInt8(0x90)].withUnsafeBytes { bytes in
            #expect(d.decode(bytes, at: 1).status == .truncated)
            #expect(d.decode(bytes, at: -1).length == 0)
            #expect(d.decode(bytes, at: 0).status == .decoded)
        }
    }
}
