import JIT
import X86

/// Calls C's variadic printf from generated code: once with an integer, once with a double.
func callPrintf() throws {
    let printf = try SymbolTable().resolve("printf")    // dlsym: printf's address in this process
    var asm = Assembler()
    let integerFormat = asm.newLabel(), doubleFormat = asm.newLabel(), pi = asm.newLabel()
    try asm.push(.rbx)                  // rsp was 8 past a multiple of 16; now it is aligned
    try asm.mov(.rbx, .rdi)             // keep n in rbx, which printf must preserve
    try asm.lea(.rdi, Memory(rip: integerFormat))
    try asm.mov(.rsi, .rbx)             // printf("n = %ld\n", n)
    try asm.xor(.eax, .eax)             // al = 0: no arguments in vector registers
    asm.call(printf)
    try asm.cvtsi2sd(.xmm0, .rbx)
    try asm.mulsd(.xmm0, .qword(rip: pi))
    try asm.lea(.rdi, Memory(rip: doubleFormat))
    try asm.mov(.eax, 1)                // al = 1: one argument in a vector register, xmm0
    asm.call(printf)                    // printf("n * pi = %.6f\n", n * pi)
    try asm.pop(.rbx)
    asm.ret()
    // Data after the code, in the same read-only pages, addressed relative to rip.
    try asm.bind(integerFormat)
    asm.ascii("n = %ld\n", zeroTerminated: true)
    try asm.bind(doubleFormat)
    asm.ascii("n * pi = %.6f\n", zeroTerminated: true)
    try asm.alignData(8)
    try asm.bind(pi)
    asm.dq(Double.pi.bitPattern)

    let region = try CodeRegion()
    let code = try region.load(try asm.finalize())
    let function = try code.function(as: (@convention(c) (Int64) -> Void).self)
    function(7)
}
