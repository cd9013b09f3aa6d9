import JIT
import Testing
import X86

#if canImport(Glibc)
import Glibc
#endif

/// Machine code bytes used by the tests, each checked against GNU `as` / `objdump -M intel`.
enum Bytes {
    static let movRaxRdi: [UInt8] = [0x48, 0x89, 0xF8]
    static let addRaxRsi: [UInt8] = [0x48, 0x01, 0xF0]
    static let movEaxEdi: [UInt8] = [0x89, 0xF8]
    static let addEaxEsi: [UInt8] = [0x01, 0xF0]
    static let movMemRdiRsi: [UInt8] = [0x48, 0x89, 0x37]  // mov qword ptr [rdi], rsi
    static let addsd: [UInt8] = [0xF2, 0x0F, 0x58, 0xC1]  // addsd xmm0, xmm1
    static let mulsd: [UInt8] = [0xF2, 0x0F, 0x59, 0xC1]  // mulsd xmm0, xmm1
    static let movRaxStack8: [UInt8] = [0x48, 0x8B, 0x44, 0x24, 0x08]  // mov rax, [rsp+8]
    static let addRaxStack16: [UInt8] = [0x48, 0x03, 0x44, 0x24, 0x10]  // add rax, [rsp+16]
    static let addRaxR9: [UInt8] = [0x4C, 0x01, 0xC8]
    static let addRax1: [UInt8] = [0x48, 0x83, 0xC0, 0x01]
    static let movRaxRip1: [UInt8] = [0x48, 0x8B, 0x05, 0x01, 0x00, 0x00, 0x00]  // mov rax, [rip+1]
    /// push rbp; mov rbp, rsp: realigns rsp to 16 bytes after the caller's `call` pushed 8.
    static let prologue: [UInt8] = [0x55, 0x48, 0x89, 0xE5]
    /// pop rbp; ret
    static let epilogue: [UInt8] = [0x5D, 0xC3]
    static let ret: UInt8 = 0xC3
    static let movAl1: [UInt8] = [0xB0, 0x01]
}

/// Assembles raw bytes into machine code.
func assemble(_ bytes: [UInt8]) throws -> MachineCode {
    var asm = Assembler()
    asm.db(bytes)
    return try asm.finalize()
}

/// A function that returns its first argument, padded with `int3` to `size` bytes.
func identityCode(size: Int) throws -> MachineCode {
    let body = Bytes.movRaxRdi + [Bytes.ret]
    return try assemble(body + [UInt8](repeating: 0xCC, count: max(0, size - body.count)))
}

/// The `@convention(c)` type of a function taking and returning one Int64.
typealias UnaryInt64 = @convention(c) (Int64) -> Int64

/// The address of a C library function, found with dlsym.
func libcAddress(_ name: String) throws -> UnsafeRawPointer {
    try #require(SymbolTable().address(of: name), "dlsym did not find \(name)")
}

/// Checks the kernel's view: no mapping in the process is writable and executable at once.
func expectWXHolds(_ when: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let violations = try MemoryMappings.current().writableAndExecutable
    #expect(violations.isEmpty, "W+X mapping \(when): \(violations)", sourceLocation: sourceLocation)
}

/// The permission string (e.g. `r-xp`) of the mapping containing `address`.
func permissions(at address: UnsafeRawPointer) throws -> String? {
    try MemoryMappings.current().mapping(containing: address)?.permissions
}

/// A 64 MiB region: tests run in parallel, and only about three of the default 1 GiB regions fit
/// within rel32 reach of libc, so tests that do not need the default size stay small.
func makeRegion(placement: CodeRegion.Placement = .nearProcessCode) throws -> CodeRegion {
    try CodeRegion(reservationSize: 64 << 20, placement: placement)
}
