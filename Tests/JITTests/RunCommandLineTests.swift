import ArgumentParser
@testable import Driver
import Testing

/// `swiftjit run`'s own reading of plain command lines (`Run.plain`) against ArgumentParser's.
@Suite struct RunCommandLineTests {
    /// The fields of a parsed `run` command, to compare two readings.
    static func fields(_ r: SwiftJITCommand.Run) -> [String] {
        ["repeat=\(r.repeatCount)", "interpret=\(r.interpret)", "verify=\(r.verify)", "asm=\(r.printAsm)",
         "O=\(r.optimization.level)", "disable=\(r.optimization.disabledPasses)", "dump=\(r.optimization.dumpAfter)",
         "time=\(r.timePasses)", "lines=\(r.debugLines)", "gdb=\(r.gdb)", "perf=\(r.perfMap)", "check=\(r.checkCodegen)",
         "file=\(r.file)",
         "args=\(r.arguments)"]
    }

    /// ArgumentParser's reading of `run` + `args`, or nil if it rejects them.
    static func parsedByArgumentParser(_ args: [String]) -> SwiftJITCommand.Run? {
        (try? SwiftJITCommand.parseAsRoot(["run"] + args)) as? SwiftJITCommand.Run
    }

    @Test("the usual command lines are read without ArgumentParser, exactly as it reads them")
    func usualLines() throws {
        let lines: [[String]] = [
            ["x.ll"], ["x.ll", "10"], ["--time-passes", "x.ll", "0"], ["-O0", "x.ll"], ["-O1", "--print-asm", "x.ll"],
            ["--repeat", "20", "--time-passes", "x.ll", "0"], ["--interpret", "x.ll", "a", "b=c", "help"],
            ["--no-verify", "--gdb", "--perf-map", "x.ll"], ["--print-asm", "--debug-lines", "-O2", "x.ll"],
            ["--check-codegen", "-O0", "x.ll", "7"],
            ["--disable-pass", "cse", "--disable-pass", "dce", "--dump-after", "all", "x.ll"],
            ["--verify", "dir/x.ll", "time", "passes"],
        ]
        for line in lines {
            let plain = try #require(SwiftJITCommand.Run.plain(line[...]), "\(line)")
            let full = try #require(Self.parsedByArgumentParser(line), "\(line)")
            #expect(Self.fields(plain) == Self.fields(full), "\(line)")
        }
    }

    @Test("lines it does not read plainly are left to ArgumentParser")
    func leftToArgumentParser() {
        let lines: [[String]] = [
            [], ["--help"], ["-h"], ["--", "x.ll"], ["-", "a"], ["--gdb", "--gdb", "x.ll"], ["--verify", "--no-verify", "x.ll"],
            ["-O3", "x.ll"], ["-O", "1", "x.ll"], ["-O1", "-O2", "x.ll"], ["--repeat", "0", "x.ll"], ["--repeat=2", "x.ll"],
            ["--repeat", "-1", "x.ll"], ["--repeat", "x.ll"], ["--repeat", "2", "--repeat", "3", "x.ll"],
            ["--disable-pass", "nope", "x.ll"], ["--dump-after", "-O1", "x.ll"], ["--debug-lines", "x.ll"],
            ["--interpret", "--print-asm", "x.ll"], ["--interpret", "--check-codegen", "x.ll"], ["--time-passes=1", "x.ll"], ["--unknown", "x.ll"], ["", "x.ll"],
            // Program arguments that ArgumentParser looks at although it passes them on.
            ["x.ll", "--generate-completion-script"], ["x.ll", "a", "---x"], ["x.ll", "-=x"], ["x.ll", "-b"],
            ["x.ll", "--", "--gdb"],
        ]
        for line in lines { #expect(SwiftJITCommand.Run.plain(line[...]) == nil, "\(line)") }
    }

    @Test("the plain reader sets every option of the command (a new one must be added to it)")
    func everyOptionSet() {
        // Options `Run.plain` does not set would stop the first run that reads them with
        // ArgumentParser's "read value from definition" error: it sets these 12 and 3.
        #expect(Mirror(reflecting: SwiftJITCommand.Run()).children.count == 12,
                "Run has a new option: set it in Run.plain (Sources/Driver/RunCommandLine.swift) and in fields()")
        #expect(Mirror(reflecting: OptimizationOptions()).children.count == 3,
                "OptimizationOptions has a new option: set it in Run.plain (Sources/Driver/RunCommandLine.swift)")
    }

    @Test("random command lines: every one read plainly reads the same in ArgumentParser")
    func randomLines() {
        // Options (valid and not), then usually a file, then program arguments (plain and dashed):
        // a line of any words would rarely be a plain one.
        let options = ["--interpret", "--verify", "--no-verify", "--print-asm", "--time-passes", "--debug-lines",
                       "--gdb", "--perf-map", "--check-codegen", "-O0", "-O1", "-O2", "-O3", "-O", "--repeat", "3", "0", "-1",
                       "--disable-pass", "--dump-after", "cse", "dce", "all", "mem2reg", "--help", "--", "a=b", ""]
        let files = ["x.ll", "y.ll", "dir/z.ll", "-", "--", ""]
        let arguments = ["1", "a=b", "help", "run", "x.ll", "-b", "--", "--gdb", "--generate-completion-script",
                         "---x", "-=", ""]
        var rng = SystemRandomNumberGenerator()  // (a failure names its line)
        var plainCount = 0
        for _ in 0..<1_000 {
            var line = (0..<Int.random(in: 0...3, using: &rng)).map { _ in options.randomElement(using: &rng)! }
            if Int.random(in: 0..<10, using: &rng) > 0 { line.append(files.randomElement(using: &rng)!) }
            line += (0..<Int.random(in: 0...2, using: &rng)).map { _ in arguments.randomElement(using: &rng)! }
            guard let plain = SwiftJITCommand.Run.plain(line[...]) else { continue }
            plainCount += 1
            guard let full = Self.parsedByArgumentParser(line) else {
                Issue.record("read plainly but rejected by ArgumentParser: \(line)")
                continue
            }
            #expect(Self.fields(plain) == Self.fields(full), "\(line)")
        }
        #expect(plainCount > 100, "only \(plainCount) of the lines were read plainly")  // (~150 expected)
    }
}
