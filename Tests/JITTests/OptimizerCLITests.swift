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

    /// A program that allocates, fills and frees 1 MiB, 500 times, then prints its minor page
    /// faults: glibc serves the block from the heap again once one such block was freed (its
    /// threshold adjusts), as in a native run, unless the threshold was fixed (`mallopt`), when
    /// every round maps fresh pages: 256 faults a round.
    static let largeBlockLoop = """
        @fmt = private constant [5 x i8] c"%ld\\0A\\00"
        declare ptr @malloc(i64)
        declare void @free(ptr)
        declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
        declare i32 @getrusage(i32, ptr)
        declare i32 @printf(ptr, ...)

        define i32 @main() {
        entry:
          %usage = alloca [144 x i8], align 8
          br label %loop
        loop:
          %i = phi i32 [ 0, %entry ], [ %next, %loop ]
          %p = call ptr @malloc(i64 1048576)
          call void @llvm.memset.p0.i64(ptr %p, i8 1, i64 1048576, i1 false)
          call void @free(ptr %p)
          %next = add i32 %i, 1
          %done = icmp eq i32 %next, 500
          br i1 %done, label %exit, label %loop
        exit:
          %r = call i32 @getrusage(i32 0, ptr %usage)
          %field = getelementptr inbounds i8, ptr %usage, i64 64
          %faults = load i64, ptr %field, align 8
          %c = call i32 (ptr, ...) @printf(ptr @fmt, i64 %faults)
          ret i32 0
        }
        """

    @Test("a program that allocates and frees a large block in a loop gets it back from the heap")
    func largeBlocksAreReused() throws {
        let r = try runSwiftJIT(["run", "-"], input: Self.largeBlockLoop)
        #expect(r.status == 0, "\(r.stderr)")
        // ru_minflt: the process's start and compile take well under 10,000; mapping the block
        // afresh every round would take 500 * 256 more.
        let faults = Int(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect(faults > 0 && faults < 50_000, "minor page faults: \(r.stdout)")
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
