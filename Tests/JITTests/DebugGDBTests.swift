import Foundation
import Testing

/// GDB sees JIT-loaded code: `jit-debug-demo` is run under `gdb -batch`, which stops at an `int3`
/// inside `jit_inner` (called from `jit_outer`, called from Swift), then again after the blob is
/// released. gdb is required: CI installs it (`apt-get install gdb`).
@Suite("GDB JIT interface (gdb -batch on jit-debug-demo)")
struct DebugGDBTests {
    /// Runs the demo under gdb with `commands` at each stop, returning gdb's stdout.
    private func runUnderGDB(_ demoArguments: [String], commands: [String],
                             environment: [String: String] = [:]) throws -> String {
        let gdb = try requireTool("gdb", package: "gdb")
        let demo = try demoExecutable()
        var arguments = ["-nx", "-batch", "-iex", "set debuginfod enabled off", "-iex", "set complaints 0"]
        for command in commands { arguments += ["-ex", command] }
        arguments += ["--args", demo] + demoArguments
        // A hung debugger must fail the test, not stall the suite.
        let timeout = try requireTool("timeout", package: "coreutils")
        let output = try runTool(timeout, ["-k", "10", "300", gdb] + arguments, environment: environment)
        #expect(output.status == 0, "gdb failed: \(output.stderr.suffix(2000))")
        return output.stdout
    }

    private static let commands = ["run", "bt", "info symbol $pc", "continue", "info symbol $rdi",
                                   "info symbol $pc", "continue"]

    /// The backtrace lines (`#0 ...`) printed before the first `continue`.
    private func firstBacktrace(_ output: String) -> [Substring] {
        let firstStop = output.components(separatedBy: "phase 2:")[0]
        return firstStop.split(separator: "\n").filter { $0.hasPrefix("#") }
    }

    @Test("bt names jit_inner, jit_outer and the Swift caller, with line numbers from the line table")
    func backtraceWithLines() throws {
        let output = try runUnderGDB([], commands: Self.commands)
        let frames = firstBacktrace(output)
        try #require(frames.count >= 3, "no backtrace in:\n\(output)")
        #expect(frames[0].hasPrefix("#0  jit_inner () at demo.jit:12"), "\(frames[0])")
        #expect(frames[1].contains(" in jit_outer () at demo.jit:2"), "\(frames[1])")
        #expect(frames[2].contains("main"), "the Swift caller: \(frames[2])")
        #expect(output.contains("jit_inner + 5 in section .text"), "info symbol $pc:\n\(output)")
        #expect(output.contains("jit_outer returned 42"))
    }

    @Test("without a line table, bt still unwinds through the frames using .symtab and .debug_frame")
    func backtraceWithoutLines() throws {
        let output = try runUnderGDB(["--no-lines"], commands: Self.commands)
        let frames = firstBacktrace(output)
        try #require(frames.count >= 3, "no backtrace in:\n\(output)")
        #expect(frames[0].contains(" in jit_inner ()"), "\(frames[0])")
        #expect(frames[1].contains(" in jit_outer ()"), "\(frames[1])")
        #expect(frames[2].contains("main"), "the Swift caller: \(frames[2])")
        #expect(output.contains("jit_inner + 5 in section .text"))
    }

    @Test("after the blob is released gdb no longer resolves its symbols")
    func unregisteredAfterRelease() throws {
        let output = try runUnderGDB([], commands: Self.commands)
        let parts = output.components(separatedBy: "phase 2:")
        try #require(parts.count == 2, "the demo did not reach phase 2:\n\(output)")
        // Phase 2 stops in an unnamed blob with rdi = jit_inner's old address (its pages may even
        // be reused by that blob).
        #expect(parts[1].contains("No symbol matches $rdi."), "\(parts[1])")
        #expect(parts[1].contains("No symbol matches $pc."), "\(parts[1])")
        #expect(!parts[1].contains("jit_inner"), "\(parts[1])")
        #expect(parts[1].contains("probe returned"))
    }

    @Test("SWIFTJIT_GDB=1 turns registration on for a region created without options")
    func environmentSwitch() throws {
        let on = try runUnderGDB(["--env-only"], commands: ["run", "bt"], environment: ["SWIFTJIT_GDB": "1"])
        #expect(firstBacktrace(on).first?.contains("jit_inner") == true, "\(on)")
        let off = try runUnderGDB(["--env-only"], commands: ["run", "bt"])
        let frames = firstBacktrace(off)
        try #require(!frames.isEmpty, "no backtrace in:\n\(off)")
        #expect(!frames[0].contains("jit_inner"), "registered without SWIFTJIT_GDB: \(frames[0])")
    }
}
