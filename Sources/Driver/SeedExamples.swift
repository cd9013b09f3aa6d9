// The three programs of the seed article ("Monads to Machine Code"), written with the typed
// assembler and run through the W^X runtime, with the article's bugs fixed:
//
// - `arith`: the article's `add rax, imm` always encoded `rax` and used a 4-byte immediate with a
//   1-byte opcode; `imul` had its operands swapped. Here each instruction is encoded as GNU as does.
// - `factorial`: the article's `loop` offset was computed from the wrong end of the instruction
//   and labels could only go backward; here `loop` takes a label, resolved at link time.
// - `printf`: the article called a variadic function without setting `al` (the number of vector
//   registers holding arguments, System V ABI §3.5.7), wrote the code into memory that was never
//   made executable, and passed a 32-bit pointer. Here `al` is 0, the message lives in the code
//   blob after the function and is addressed rip-relative, and the stack is 16-byte aligned at
//   the call.

#if canImport(Glibc)
import Glibc
#endif
import JIT
import X86

/// The seed article's examples, assembled with `X86.Assembler` and run with `JIT.CodeRegion`.
public enum SeedExamples {
    /// `arith`: `((18 + 4) - 2) * 2`, returned in `rax`.
    /// - Returns: A function `() -> Int64` that returns 40.
    /// - Throws: `EncodingError` only if the encoder has a bug; the operands are fixed.
    public static func arith() throws(EncodingError) -> MachineCode {
        var asm = Assembler()
        try asm.mov(.rax, 18)
        try asm.add(.rax, 4)
        try asm.sub(.rax, 2)
        try asm.imul(.rax, 2)
        asm.ret()
        return try asm.finalize()
    }

    /// `factorial n`: multiplies `rax` by `rcx` while `loop` counts `rcx` down to zero.
    /// - Parameter n: The argument, at least 1 (`loop` decrements before testing, so 0 would run 2^64 times).
    /// - Returns: A function `() -> Int64` that returns `n!` (modulo 2^64).
    /// - Throws: `EncodingError` only if the encoder has a bug; the operands are fixed.
    public static func factorial(_ n: Int64) throws(EncodingError) -> MachineCode {
        var asm = Assembler()
        try asm.mov(.rcx, max(n, 1))
        try asm.mov(.rax, 1)
        let factor = asm.label()
        try asm.mul(.rcx)  // rdx:rax = rax * rcx
        try asm.loop(factor)
        asm.ret()
        return try asm.finalize()
    }

    /// A function that calls the variadic C function at `printf` with `message` (followed by a
    /// newline) as its format, returning 0: the seed's "Hello Haskell" example.
    /// - Parameters:
    ///   - message: The text to print; `%` is escaped so it prints literally.
    ///   - printf: The address of `printf` (or of any function with its signature).
    /// - Returns: A function `() -> Int32` that prints `message` and returns 0.
    /// - Throws: `EncodingError` only if the encoder has a bug; the operands are fixed.
    public static func hello(_ message: String, printf: UInt64) throws(EncodingError) -> MachineCode {
        var asm = Assembler()
        let text = asm.newLabel()
        try asm.push(.rbp)  // entry rsp ≡ 8 (mod 16); after the push it is 16-byte aligned
        try asm.mov(.rbp, .rsp)
        try asm.lea(.rdi, Memory(rip: text))
        try asm.xor(.eax, .eax)  // al = 0: no vector registers carry arguments
        asm.call(absolute: printf)
        try asm.xor(.eax, .eax)
        try asm.pop(.rbp)
        asm.ret()
        try asm.bind(text)
        asm.ascii(message.split(separator: "%", omittingEmptySubsequences: false).joined(separator: "%%") + "\n",
                  zeroTerminated: true)
        return try asm.finalize()
    }

    /// Runs the three examples, calling `report` with one line per result, in order. The `printf`
    /// example prints its own line through C's `stdout` when it runs; Swift's `print` writes to the
    /// same C stream, so the lines come out in program order.
    /// - Parameters:
    ///   - region: Where to load the code.
    ///   - report: Receives `arith: 40` and `factorial 5: 120`; the `printf` example prints its own line.
    /// - Throws: `JITError` if loading fails, or `EncodingError`.
    public static func runAll(in region: CodeRegion, report: (String) -> Void) throws {
        let arithCode = try region.load(arith())
        report("arith: \(try arithCode.function(as: (@convention(c) () -> Int64).self)())")
        let factorialCode = try region.load(factorial(5))
        report("factorial 5: \(try factorialCode.function(as: (@convention(c) () -> Int64).self)())")
        let printf = try SymbolTable().resolve("printf")
        let helloCode = try region.load(hello("Hello Haskell", printf: UInt64(UInt(bitPattern: printf))))
        _ = try helloCode.function(as: (@convention(c) () -> Int32).self)()
        fflush(nil)  // the generated code printed through C's stdout
    }
}
