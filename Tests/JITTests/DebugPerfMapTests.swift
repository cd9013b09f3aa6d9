import Foundation
import JIT
import Testing
import X86

#if canImport(Glibc)
import Glibc
#endif

/// Whether `perf record` works here (a VM or container may forbid perf events).
private let perfRecordWorks: Bool = {
    guard let perf = toolPath("perf") else { return false }
    let data = temporaryPath(".data")
    defer { try? FileManager.default.removeItem(atPath: data) }
    return (try? runTool(perf, ["record", "-q", "-o", data, "true"]).status) == 0
}()

/// `/tmp/perf-<pid>.map`, which `perf report` reads for symbols in anonymous executable memory.
@Suite("perf map")
struct DebugPerfMapTests {
    /// Parses `START SIZE name` lines into name → (start, size).
    private func parse(_ text: String) -> [String: [(start: UInt, size: Int)]] {
        var result: [String: [(start: UInt, size: Int)]] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count == 3, let start = UInt(fields[0], radix: 16), let size = Int(fields[1], radix: 16) else {
                continue
            }
            result[String(fields[2]), default: []].append((start, size))
        }
        return result
    }

    @Test("the map file (not perf itself) lists every loaded function with its address and size")
    func mapFile() throws {
        let region = try makeRegion()
        region.debugging.perfMap = true
        // Unique names: other tests in this process may append to the same file.
        let tag = UUID().uuidString.prefix(8)
        var asm = Assembler()
        let a = asm.label()
        try asm.mov(.rax, .rdi)
        asm.ret()
        let b = asm.label()
        try asm.lea(.rax, Memory(.rdi, 1))
        asm.ret()
        let c = asm.label()
        try asm.push(.rbp)
        try asm.mov(.rbp, .rsp)
        asm.call(absolute: UInt64(UInt(bitPattern: try libcAddress("abs"))))
        try asm.pop(.rbp)
        asm.ret()
        let code = try asm.finalize()
        let names = ["a \(tag)", "b-\(tag)", "c.\(tag)"]
        let loaded = try region.load(code, symbols: zip(names, [a, b, c]).map { FunctionSymbol($0, at: $1) },
                                     options: LoadOptions(alwaysUseStubs: true))
        let text = try String(contentsOfFile: "/tmp/perf-\(getpid()).map", encoding: .utf8)
        let entries = parse(text)
        let base = UInt(bitPattern: loaded.baseAddress)
        let expected = [(0, 4), (4, 5), (9, code.bytes.count - 9)]
        for (name, (offset, size)) in zip(names, expected) {
            let found = try #require(entries[name], "\(name) missing from the perf map")
            #expect(found.count == 1)
            #expect(found.first?.start == base + UInt(offset), "\(name)")
            #expect(found.first?.size == size, "\(name): sizes exclude the far-call stubs after the code")
        }
    }

    @Test("nothing is written for unnamed code or with the switch off")
    func nothingWritten() throws {
        let region = try makeRegion()
        var asm = Assembler()
        let entry = asm.label()
        asm.ret()
        let tag = "off-\(UUID().uuidString.prefix(8))"
        let off = try region.load(asm.finalize(), symbols: [FunctionSymbol(tag, at: entry)])
        _ = consume off
        let path = "/tmp/perf-\(getpid()).map"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(text.contains(tag) == region.debugging.perfMap, "only SWIFTJIT_PERF_MAP=1 may turn it on here")
    }

    @Test("SWIFTJIT_PERF_MAP=1 turns the map on in a child process")
    func environmentSwitch() throws {
        let demo = try demoExecutable()
        let output = try runTool(demo, ["--env-only"], environment: ["SWIFTJIT_PERF_MAP": "1"])
        #expect(output.status == 0, "\(output.stderr)")
        let path = "/tmp/perf-\(output.pid).map"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let entries = parse(try String(contentsOfFile: path, encoding: .utf8))
        #expect(entries["jit_outer"]?.first?.size == 15)
        #expect(entries["jit_inner"]?.count == 1)
        let printed = output.stdout.split(separator: "\n").first { $0.hasPrefix("phase 1: jit_inner at 0x") }
        let address = try #require(printed.flatMap { UInt($0.split(separator: "0x").last!, radix: 16) })
        #expect(entries["jit_inner"]?.first?.start == address)
    }

    @Test("perf report names samples in jit_spin (needs a working perf record)",
          .enabled(if: perfRecordWorks, "perf record does not work on this machine; mapFile checks the map alone"))
    func perfReport() throws {
        let perf = try requireTool("perf", package: "linux-perf")
        let demo = try demoExecutable()
        let data = temporaryPath(".data")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let record = try runTool(perf, ["record", "-q", "-F", "999", "-o", data, "--", demo, "--spin", "400000000"])
        #expect(record.status == 0, "\(record.stderr)")
        let printed = record.stdout.split(separator: "\n").first { $0.hasPrefix("jit_spin at") }
        try #require(printed != nil, "demo output: \(record.stdout)")
        let report = try runTool(perf, ["report", "-i", data, "--stdio", "--sort", "sym"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("jit_spin"), "\(report.stdout.prefix(3000))")
        if let pid = record.stdout.split(separator: "\n").first(where: { $0.hasPrefix("pid ") })?.dropFirst(4) {
            try? FileManager.default.removeItem(atPath: "/tmp/perf-\(pid).map")
        }
    }
}
