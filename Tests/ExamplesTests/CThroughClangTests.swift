// Examples/CThroughClang/run.sh: clang -O1 to .ll, then swiftjit run, --print-asm, --time-passes.

import Foundation
import Testing

@Suite("Example: C through clang")
struct CThroughClangTests {
    static let clangFound = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/clang") }

    @Test("run.sh compiles primes.c with clang and runs it with the built swiftjit",
          .enabled(if: clangFound, "clang is not on PATH (it comes with the Swift toolchain)"))
    func runScript() throws {
        let swiftjit = try Examples.executable("swiftjit")
        let r = try Examples.run(URL(fileURLWithPath: "/bin/bash"), ["Examples/CThroughClang/run.sh"],
                                 environment: ["SWIFTJIT": swiftjit.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("""
            $ swiftjit run primes.ll 1000000
            primes up to 50: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47
            78498 primes up to 1000000, the largest 999983 (digit sum 47)
            sum of their reciprocals: 2.887328

            $ swiftjit run --print-asm primes.ll 30 | head -12
            """))
        #expect(r.stdout.contains(" <main>:\n"))
        #expect(r.stdout.contains("push   rbp"))
        #expect(r.stdout.contains("$ swiftjit run --time-passes primes.ll 30 2>&1 >/dev/null\n"))
        for phase in ["parse", "verify", "scalarize vectors", "load code (W^X) and write data", "100.0%  total"] {
            #expect(r.stdout.contains(phase))
        }
    }
}
