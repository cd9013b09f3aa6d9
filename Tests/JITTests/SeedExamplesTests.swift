import Driver
import Foundation
import JIT
import Testing
import X86

/// The seed article's three examples, correct, run through the typed assembler and W^X runtime.
@Suite("Seed examples")
struct SeedExamplesTests {
    @Test("arith returns 40")
    func arith() throws {
        let region = try makeRegion()
        let code = try region.load(SeedExamples.arith())
        #expect(try code.function(as: (@convention(c) () -> Int64).self)() == 40)
    }

    @Test("factorial n via loop", arguments: 1...20)
    func factorial(n: Int64) throws {
        let region = try makeRegion()
        let code = try region.load(SeedExamples.factorial(n))
        let expected = (1...n).reduce(Int64(1), *)
        #expect(try code.function(as: (@convention(c) () -> Int64).self)() == expected)
    }

    @Test("the printf example calls with an aligned stack, al = 0 and the message in rdi")
    func printfCallSite() throws {
        // A probe with printf's signature records (rsp + 8) mod 16 (0 when the caller's stack was
        // aligned at the call), al, and the format pointer.
        let record = UnsafeMutablePointer<UInt64>.allocate(capacity: 3)
        defer { record.deallocate() }
        record.initialize(repeating: .max, count: 3)
        var probe = Assembler()
        try probe.mov(.rdx, Int64(Int(bitPattern: record)))
        try probe.movzx(.ecx, .al)
        try probe.mov(.qword(.rdx, 8), .rcx)
        try probe.lea(.rax, Memory(.rsp, 8))
        try probe.and(.eax, 15)
        try probe.mov(.qword(.rdx), .rax)
        try probe.mov(.qword(.rdx, 16), .rdi)
        try probe.mov(.eax, 14)  // "characters printed"
        probe.ret()
        let region = try makeRegion()
        let probeCode = try region.load(probe.finalize())
        let hello = try region.load(SeedExamples.hello("Hello 100%", printf: UInt64(UInt(bitPattern: probeCode.baseAddress))))
        let result = try hello.function(as: (@convention(c) () -> Int32).self)()
        #expect(result == 0)
        #expect(record[0] == 0, "rsp must be 16-byte aligned at the call")
        #expect(record[1] == 0, "al must hold the number of vector registers used (0)")
        let format = try #require(UnsafePointer<CChar>(bitPattern: UInt(record[2])))
        #expect(String(cString: format) == "Hello 100%%\n")
        // The format string lives in the read-execute blob, after the code.
        let base = UInt(bitPattern: hello.baseAddress)
        #expect(UInt(record[2]) >= base && UInt(record[2]) < base + UInt(hello.size))
    }

    @Test("swiftjit demo prints the three results in order")
    func demoCommand() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("swiftjit")
        try #require(FileManager.default.isExecutableFile(atPath: executable.path),
                     "build the swiftjit executable first (swift build --build-tests builds it)")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["demo"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output == "arith: 40\nfactorial 5: 120\nHello Haskell\n")
    }
}
