import X86

/// A forward jump is written before its target is known; linking picks the 2-byte form when the
/// target is within 127 bytes and the 6-byte form otherwise.
func relaxation() throws {
    for distance in [100, 200] {
        var asm = Assembler()
        let done = asm.newLabel()
        try asm.cmp(.rdi, 1)
        try asm.jle(done)
        asm.db([UInt8](repeating: 0x90, count: distance))    // `distance` one-byte nops
        try asm.bind(done)
        asm.ret()
        let bytes = try asm.finalize().bytes
        let jump = bytes[4..<(bytes.count - distance - 1)]  // after the 4-byte cmp
        let hex = jump.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ")
        print("jle over \(distance) bytes: \(jump.count) bytes, \(hex)")
    }
}
