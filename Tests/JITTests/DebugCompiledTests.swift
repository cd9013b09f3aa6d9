import Foundation
import Testing

/// gdb and perf on code compiled from IR by `swiftjit run`: function names and `.ll` lines.
@Suite("Debugging compiled IR", .serialized)
struct DebugCompiledTests {
    static let program = """
        declare void @abort()

        define i32 @inner(i32 %x) {
          %y = add i32 %x, 1
          call void @abort()
          ret i32 %y
        }

        define i32 @outer(i32 %x) {
          %r = call i32 @inner(i32 %x)
          ret i32 %r
        }

        define i32 @main() {
          %r = call i32 @outer(i32 41)
          ret i32 %r
        }
        """

    static func swiftjit() throws -> String {
        let path = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("swiftjit").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw CLIError(message: "swiftjit not built") }
        return path
    }

    @Test("gdb's backtrace names the compiled IR functions and their .ll lines (swiftjit run --gdb)")
    func backtraceThroughCompiledCode() throws {
        let gdb = try requireTool("gdb", package: "gdb")
        let file = temporaryPath(".ll")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Self.program.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTool("/usr/bin/timeout", ["300", gdb, "-batch", "-ex", "run", "-ex", "bt",
                                                 "--args", try Self.swiftjit(), "run", "--gdb", file])
        let frames = r.stdout.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(frames.contains { $0.contains("in inner () at \(file):5") }, "\(frames)")
        #expect(frames.contains { $0.contains("in outer () at \(file):10") }, "\(frames)")
        #expect(frames.contains { $0.contains("in main () at \(file):15") }, "\(frames)")
        // The order is the call chain: abort's caller, then its caller...
        let order = ["inner ()", "outer ()", "main ()"].compactMap { name in frames.firstIndex { $0.contains(name) } }
        #expect(order == order.sorted() && order.count == 3)
    }

    @Test("IR with no file (read from stdin, or built in memory) maps to a printed copy of the module")
    func backtraceWithoutSourceFile() throws {
        let gdb = try requireTool("gdb", package: "gdb")
        let file = temporaryPath(".ll")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Self.program.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTool("/usr/bin/timeout", ["300", gdb, "-batch", "-ex", "set args run --gdb - < \(file)",
                                                 "-ex", "run", "-ex", "bt", try Self.swiftjit()])
        let frame = try #require(r.stdout.split(separator: "\n").first { $0.contains("in inner () at /tmp/swiftjit-") },
                                 "\(r.stdout)")
        // "... at /tmp/swiftjit-PID-N.ll:LINE": that line of the printed module is the call to abort.
        let location = frame.split(separator: " ").last!
        let parts = location.split(separator: ":")
        let printed = try String(contentsOfFile: String(parts[0]), encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: String(parts[0])) }
        let line = try #require(Int(parts[1]))
        #expect(printed.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains("call void @abort()"))
    }

    @Test("without --gdb, gdb knows nothing of the compiled functions")
    func offByDefault() throws {
        let gdb = try requireTool("gdb", package: "gdb")
        let file = temporaryPath(".ll")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Self.program.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTool("/usr/bin/timeout", ["300", gdb, "-batch", "-ex", "run", "-ex", "bt",
                                                 "--args", try Self.swiftjit(), "run", file])
        #expect(!r.stdout.contains("inner ()"))
        #expect(r.stdout.contains("abort"))
    }

    @Test("--perf-map lists every compiled function with its address and size")
    func perfMap() throws {
        let file = temporaryPath(".ll")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Self.program.replacingOccurrences(of: "  call void @abort()\n", with: "")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTool(try Self.swiftjit(), ["run", "--perf-map", "--print-asm", file])
        #expect(r.status == 42)
        let mapPath = "/tmp/perf-\(r.pid).map"
        defer { try? FileManager.default.removeItem(atPath: mapPath) }
        let map = try String(contentsOfFile: mapPath, encoding: .utf8)
        // Each function's address and size, as --print-asm shows them.
        let headers = r.stdout.split(separator: "\n").filter { $0.hasSuffix(">:") }
        for name in ["inner", "outer", "main"] {
            let line = try #require(map.split(separator: "\n").first { $0.hasSuffix(" \(name)") }, "\(map)")
            let fields = line.split(separator: " ")
            let header = try #require(headers.first { $0.hasSuffix("<\(name)>:") })
            #expect(UInt64(fields[0], radix: 16) == UInt64(header.split(separator: " ")[0], radix: 16))
            #expect((UInt64(fields[1], radix: 16) ?? 0) > 0)
        }
    }
}
