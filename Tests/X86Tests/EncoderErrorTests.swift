import Testing
@testable import X86

/// What the operand types cannot rule out is an error that names the instruction, and the
/// failing instruction writes nothing.
@Suite("Encoder errors")
struct EncoderErrorTests {
    /// Runs `body` on a fresh assembler holding one byte, expects `expected`, and checks nothing was written.
    func expectError(_ expected: String, _ body: (inout Assembler) throws(EncodingError) -> Void) {
        var asm = Assembler()
        asm.nop()
        do {
            try body(&asm)
            Issue.record("expected error: \(expected)")
        } catch {
            #expect(error.description == expected)
        }
        #expect(asm.offset == 1, "no bytes written by the failing instruction")
    }

    @Test("high-byte registers with a REX prefix")
    func highByteWithREX() {
        let message = "ah, ch, dh and bh cannot be used in an instruction that needs a REX prefix"
        expectError("add ah, sil: \(message)") { (a: inout Assembler) throws(EncodingError) in try a.add(.ah, .sil) }
        expectError("mov BYTE PTR [r8], ch: \(message)") { (a: inout Assembler) throws(EncodingError) in
            try a.mov(.byte(.r8), .ch)
        }
        expectError("movzx rax, bh: \(message)") { (a: inout Assembler) throws(EncodingError) in try a.movzx(.rax, .bh) }
        expectError("xchg dh, r9b: \(message)") { (a: inout Assembler) throws(EncodingError) in try a.xchg(.dh, .r9b) }
    }

    @Test("high-byte registers without REX are fine")
    func highByteWithoutREX() throws {
        var a = Assembler()
        try a.sete(.ah)
        try a.mov(.ah, .bl)
        try a.add(.ch, .byte(.rbx))
        #expect(try a.finalize().bytes == [0x0F, 0x94, 0xC4, 0x88, 0xDC, 0x02, 0x2B])
    }

    @Test("immediates out of range")
    func immediates() {
        expectError("add al, 256: immediate 256 is out of range -128...255") { (a: inout Assembler) throws(EncodingError) in
            try a.add(.al, 256)
        }
        expectError("add rax, 2147483648: immediate 2147483648 is out of range -2147483648...2147483647") {
            (a: inout Assembler) throws(EncodingError) in try a.add(.rax, 0x8000_0000)
        }
        expectError("mov WORD PTR [rbp-0x8], 65536: immediate 65536 is out of range -32768...65535") {
            (a: inout Assembler) throws(EncodingError) in try a.mov(.word(.rbp, -8), 0x10000)
        }
        expectError("imul ecx, edx, 4294967296: immediate 4294967296 is out of range -2147483648...4294967295") {
            (a: inout Assembler) throws(EncodingError) in try a.imul(.ecx, .edx, 0x1_0000_0000)
        }
        expectError("push -2147483649: immediate -2147483649 is out of range -2147483648...2147483647") {
            (a: inout Assembler) throws(EncodingError) in try a.push(-0x8000_0001)
        }
    }

    @Test("operand combinations the types allow but the instruction lacks")
    func invalidCombinations() {
        expectError("movabs rcx, [0x1234]: only al, ax, eax and rax can load or store a 64-bit address") {
            (a: inout Assembler) throws(EncodingError) in try a.movabs(.rcx, address: 0x1234)
        }
        expectError("nop (12 bytes): a single NOP is 1 to 11 bytes long") { (a: inout Assembler) throws(EncodingError) in
            try a.nop(length: 12)
        }
        expectError(".p2align 24: alignment 24 is not a power of two in 1...4096") {
            (a: inout Assembler) throws(EncodingError) in try a.align(24)
        }
    }

    @Test("an index register cannot be rsp, by type")
    func indexRegister() {
        #expect(IndexRegister(.rsp) == nil)
        #expect(IndexRegister(.r12) != nil)
        #expect(IndexRegister.all.count == 15)
    }

    @Test("a scale exists for the factors 1, 2, 4 and 8 only")
    func scaleFactors() {
        for scale in Scale.allCases { #expect(Scale(factor: scale.factor) == scale) }
        for factor in [-8, -1, 0, 3, 5, 6, 7, 9, 16, 1 << 40] { #expect(Scale(factor: factor) == nil, "\(factor)") }
    }
}
