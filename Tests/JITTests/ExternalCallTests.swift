import JIT
import Testing
import X86

#if canImport(Glibc)
import Glibc
#endif

/// Calls from generated code to C and Swift functions, through direct rel32 calls and stubs.
@Suite("Calls out of generated code")
struct ExternalCallTests {
    /// push rbp; mov rbp, rsp; call target; [after]; pop rbp; ret. The push keeps rsp 16-byte
    /// aligned at the call, as the ABI requires.
    func wrapper(calling target: UnsafeRawPointer, after: [UInt8] = [], setAl: Bool = false) throws -> MachineCode {
        var asm = Assembler()
        asm.db(Bytes.prologue)
        if setAl { asm.db(Bytes.movAl1) }
        asm.call(target)
        asm.db(after + Bytes.epilogue)
        return try asm.finalize()
    }

    /// The address the rel32 of the first external call in `code` actually jumps to.
    func callDestination(_ loaded: borrowing LoadedCode, _ code: MachineCode) -> UInt {
        let position = code.externalCalls[0].position
        let rel = loaded.bytes.loadUnaligned(fromByteOffset: position, as: Int32.self)
        return UInt(bitPattern: loaded.baseAddress + position + 4 + Int(rel))
    }

    @Test("calls labs (found with dlsym) with a direct rel32 from a region near libc")
    func labsDirect() throws {
        let labs = try libcAddress("labs")
        let region = try CodeRegion()  // the default: 1 GiB near libc
        #expect(region.reservationSize == 1 << 30)
        try #require(region.isWithinRel32Reach(of: UInt(bitPattern: labs)), "region not placed near libc")
        let code = try wrapper(calling: labs)
        let loaded = try region.load(code)
        #expect(loaded.stubCount == 0)
        #expect(callDestination(loaded, code) == UInt(bitPattern: labs))
        let f = try loaded.function(as: UnaryInt64.self)
        #expect(f(-42) == 42)
        #expect(f(7) == 7)
    }

    @Test("calls labs through a stub from a region more than 4 GiB away from libc")
    func labsFar() throws {
        let labs = try libcAddress("labs")
        let region = try makeRegion(placement: .near(UInt(bitPattern: labs) - (64 << 30)))
        let distance = UInt(bitPattern: labs).distance(to: UInt(bitPattern: region.baseAddress)).magnitude
        try #require(distance > 4 << 30, "far region landed only \(distance) bytes from libc")
        #expect(!region.isWithinRel32Reach(of: UInt(bitPattern: labs)))
        let code = try wrapper(calling: labs)
        let loaded = try region.load(code)
        #expect(loaded.stubCount == 1)
        #expect(callDestination(loaded, code) == UInt(bitPattern: loaded.baseAddress) + 16)
        let f = try loaded.function(as: UnaryInt64.self)
        #expect(f(-42) == 42)
    }

    @Test("alwaysUseStubs routes a near call through a stub, one stub per distinct target")
    func forcedStubs() throws {
        let labs = try libcAddress("labs")
        let strlen = try libcAddress("strlen")
        // f(x, s) = labs(labs(x) + strlen(s)), saving s in r12 and labs(x) in rbx (callee-saved).
        var asm = Assembler()
        asm.db(Bytes.prologue + [0x53, 0x41, 0x54])  // push rbx; push r12: rsp stays 16-aligned
        asm.db([0x49, 0x89, 0xF4])  // mov r12, rsi
        asm.call(labs)
        asm.db([0x48, 0x89, 0xC3, 0x4C, 0x89, 0xE7])  // mov rbx, rax; mov rdi, r12
        asm.call(strlen)
        asm.db([0x48, 0x01, 0xD8, 0x48, 0x89, 0xC7])  // add rax, rbx; mov rdi, rax
        asm.call(labs)
        asm.db([0x41, 0x5C, 0x5B] + Bytes.epilogue)  // pop r12; pop rbx; pop rbp; ret
        let code = try asm.finalize()
        let region = try makeRegion()
        typealias F = @convention(c) (Int64, UnsafePointer<CChar>) -> Int64
        for stubs in [false, true] {
            let loaded = try region.load(code, options: LoadOptions(alwaysUseStubs: stubs))
            if stubs || !region.isWithinRel32Reach(of: UInt(bitPattern: labs)) {
                #expect(loaded.stubCount == 2)
                #expect(loaded.size == (code.bytes.count + 15) / 16 * 16 + 32)
            }
            let f = try loaded.function(as: F.self)
            #expect(f(-10, "hello") == 15)
        }
    }

    @Test("calls a Swift @convention(c) function registered in a SymbolTable", arguments: [false, true])
    func registeredSwiftFunction(alwaysUseStubs: Bool) throws {
        var symbols = SymbolTable()
        let twice: UnaryInt64 = { $0 * 2 }
        try symbols.register("twice", function: twice)
        let code = try wrapper(calling: try symbols.resolve("twice"), after: Bytes.addRax1)
        let region = try makeRegion()
        let loaded = try region.load(code, options: LoadOptions(alwaysUseStubs: alwaysUseStubs))
        let f = try loaded.function(as: UnaryInt64.self)
        #expect(f(20) == 41)
        #expect(f(-3) == -5)
    }

    @Test("calls variadic snprintf with al = 1 vector register, formatting a double and an integer",
          arguments: [false, true])
    func variadicSnprintf(alwaysUseStubs: Bool) throws {
        // snprintf(buffer, size, format, ...) takes the test's rdi, rsi, rdx, rcx and xmm0 unchanged;
        // the callee reads al to know how many xmm registers hold variadic arguments.
        let code = try wrapper(calling: try libcAddress("snprintf"), setAl: true)
        let region = try makeRegion()
        let loaded = try region.load(code, options: LoadOptions(alwaysUseStubs: alwaysUseStubs))
        typealias Format = @convention(c) (UnsafeMutablePointer<CChar>, Int, UnsafePointer<CChar>, Double, Int64)
            -> Int32
        let format = try loaded.function(as: Format.self)
        var buffer = [CChar](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBufferPointer { format($0.baseAddress!, $0.count, "%.3f|%ld", 3.25, -17) }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #expect(text == "3.250|-17")
        #expect(count == 9)
    }

    @Test("calls strlen on a string the test passes")
    func strlenCall() throws {
        let loaded = try makeRegion().load(try wrapper(calling: try libcAddress("strlen")))
        let f = try loaded.function(as: (@convention(c) (UnsafePointer<CChar>) -> Int).self)
        #expect(f("") == 0)
        #expect(f("sixteen bytes!!!") == 16)
    }
}
