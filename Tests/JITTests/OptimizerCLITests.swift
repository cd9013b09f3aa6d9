import Foundation
import Testing

@Suite("swiftjit run and print with the optimizer")
struct OptimizerCLITests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    @Test("-O0, -O1 and -O2 run clang -O0 code like the native program")
    func levels() throws {
        let file = Self.corpus.appendingPathComponent("gcd_collatz.O0.ll").path
        let expected = try String(contentsOf: Self.corpus.appendingPathComponent("gcd_collatz.expected"), encoding: .utf8)
        for level in ["-O0", "-O1", "-O2"] {
            let r = try runSwiftJIT(["run", level, file])
            #expect(r.stdout + "exit: \(r.status)\n" == expected, "\(level)")
        }
        let interpreted = try runSwiftJIT(["run", "--interpret", "-O2", "--disable-pass", "cse", file])
        #expect(interpreted.stdout + "exit: \(interpreted.status)\n" == expected)
    }

    @Test("--dump-after prints the IR after a pass; --time-passes lists each pass")
    func dumpAndTime() throws {
        let file = Self.corpus.appendingPathComponent("exit_code.O0.ll").path
        let r = try runSwiftJIT(["run", "--dump-after", "mem2reg", "--time-passes", file])
        #expect(r.stderr.contains("; *** IR after mem2reg ***\n"))
        #expect(!r.stderr.contains("; *** IR after dce ***"))
        for pass in ["opt: simplifycfg", "opt: mem2reg", "opt: constfold", "opt: cse", "opt: dce"] {
            #expect(r.stderr.contains(pass), "missing \(pass)")
        }
        let all = try runSwiftJIT(["run", "-O1", "--dump-after", "all", "--disable-pass", "dce", file])
        #expect(all.stderr.contains("; *** IR after simplifycfg ***") && !all.stderr.contains("after dce"))
        let none = try runSwiftJIT(["run", "-O0", "--time-passes", file])
        #expect(!none.stderr.contains("opt: "))
    }

    @Test("print -O2 prints the optimized module; unknown passes and levels are rejected")
    func printAndErrors() throws {
        let file = Self.corpus.appendingPathComponent("gcd_collatz.O0.ll").path
        let printed = try runSwiftJIT(["print", "-O2", file])
        #expect(printed.status == 0 && !printed.stdout.contains("alloca i32"))
        #expect(try runSwiftJIT(["print", file]).stdout.contains("alloca i32"))
        let reprinted = try runSwiftJIT(["verify", "-"], input: printed.stdout)
        #expect(reprinted.status == 0)
        #expect(try runSwiftJIT(["run", "--disable-pass", "inline", file]).status != 0)
        #expect(try runSwiftJIT(["run", "-O3", file]).status != 0)
    }
}
