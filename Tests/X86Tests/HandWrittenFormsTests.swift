import Testing
@testable import X86

/// The instruction methods written by hand rather than generated from the table (control transfer,
/// multi-byte NOPs), compared with GNU `as` like the generated ones.
@Suite("Hand-written forms vs GNU as")
struct HandWrittenFormsTests {
    @Test("call/jmp through registers and memory, ret imm16, multi-byte NOPs")
    func matchGNUAs() throws {
        try GNUAssembler.requireTools()
        var e = CaseEmitter()
        for r in Pools.r64 {
            e.emit("call \(r)") { (a: inout Assembler) throws(EncodingError) in try a.call(r) }
            e.emit("jmp \(r)") { (a: inout Assembler) throws(EncodingError) in try a.jmp(r) }
        }
        for m in Pools.m64 {
            e.emit("call \(m)") { (a: inout Assembler) throws(EncodingError) in try a.call(m) }
            e.emit("jmp \(m)") { (a: inout Assembler) throws(EncodingError) in try a.jmp(m) }
        }
        for n: UInt16 in [0, 1, 8, 0x7FFF, 0xFFFF] {
            e.emit("ret \(n)") { (a: inout Assembler) in a.ret(n) }
        }
        e.emit("ret") { (a: inout Assembler) in a.ret() }
        let result = try GNUAssembler.assemble(e.accepted.map(\.text))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        try #require(result.bytes.count == e.accepted.count)
        e.asm.withUnsafeBytes { buffer in
            for (i, c) in e.accepted.enumerated() {
                #expect(Array(buffer[c.start..<c.end]) == result.bytes[i], "\(c.text)")
            }
        }
        // NOPs of every length: as's `.nops n, n` emits one n-byte NOP, the same ones it pads with.
        for n in 1...11 {
            var a = Assembler()
            try a.nop(length: n)
            #expect(try a.finalize().bytes == GNUAssembler.assembleProgram(".nops \(n), \(n)"), "nop of \(n) bytes")
        }
    }

    @Test("call to a label is always rel32; external calls are recorded for the loader")
    func calls() throws {
        var a = Assembler()
        let f = a.label()
        a.ret()
        try a.call(f)
        a.call(absolute: 0x1234_5678_9ABC)
        let code = try a.finalize()
        #expect(code.bytes == [0xC3, 0xE8, 0xFA, 0xFF, 0xFF, 0xFF, 0xE8, 0, 0, 0, 0])
        #expect(code.externalCalls == [ExternalCall(position: 7, target: 0x1234_5678_9ABC, isJump: false)])
        #expect(try GNUAssembler.assembleProgram("f: ret\ncall f").prefix(6) == code.bytes.prefix(6))
    }
}
