import JIT
import Testing
import X86

/// The embedding example from README.md, verbatim, so it cannot go stale.
@Suite("README example")
struct ReadmeExampleTests {
    @Test("factorial with a loop, labels and a typed entry point")
    func factorial() throws {
        var asm = Assembler()
        let loop = asm.newLabel(), done = asm.newLabel()
        try asm.mov(.eax, 1)                 // result = 1
        try asm.bind(loop)
        try asm.cmp(.rdi, 1)
        try asm.jle(done)                    // short or near: chosen at link time
        try asm.imul(.rax, .rdi)
        try asm.dec(.rdi)
        try asm.jmp(loop)
        try asm.bind(done)
        asm.ret()

        let region = try CodeRegion()        // reserved address space near libc, so calls to C are rel32
        let code = try region.load(try asm.finalize())
        let factorial = try code.function(as: (@convention(c) (Int64) -> Int64).self)
        #expect(factorial(20) == 2_432_902_008_176_640_000)
        #expect(factorial(0) == 1)
        #expect(factorial(5) == 120)
    }
}
