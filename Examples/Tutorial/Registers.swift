import X86

/// One instruction, `mov`, at four widths: the types of the operands choose the encoding.
func registers() throws {
    var asm = Assembler()
    try asm.mov(.al, 255)      // GPR8
    try asm.mov(.ax, 255)      // GPR16: the 0x66 prefix selects 16-bit operands
    try asm.mov(.eax, 255)     // GPR32: the default operand size
    try asm.mov(.rax, 255)     // GPR64: REX.W (0x48), then a sign-extended 32-bit immediate
    try asm.mov(.rbx, .rax)    // register to register: both registers in the ModRM byte
    try asm.mov(.r9, .rax)     // r8 to r15 need a fourth register bit, in the REX prefix
    for line in Disassembler().lines(for: try asm.finalize().bytes) {
        print(line)
    }

    // What the types cannot rule out is checked when the instruction is written.
    var bad = Assembler()
    do {
        try bad.mov(.al, 256)
    } catch {
        print(error)
    }
}
