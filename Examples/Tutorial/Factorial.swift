import JIT
import X86

/// factorial(n) as the article wrote it: rcx counts down, and `loop` jumps back while it is not 0.
func factorial() throws {
    var asm = Assembler()
    try asm.mov(.rcx, .rdi)     // the first integer argument arrives in rdi
    try asm.mov(.eax, 1)        // writing eax also clears the upper half of rax
    let factor = asm.label()    // a label bound here, at the loop's first instruction
    try asm.mul(.rcx)           // rdx:rax = rax * rcx
    try asm.loop(factor)        // rcx -= 1; jump to factor if rcx != 0
    asm.ret()

    let region = try CodeRegion()
    let code = try region.load(try asm.finalize())
    let factorial = try code.function(as: (@convention(c) (Int64) -> Int64).self)
    print("5! =", factorial(5))
    print("20! =", factorial(20))
}
