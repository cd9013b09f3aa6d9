// How much each level removes from the corpus's clang -O0 modules (printed for the record), and
// that it removes something.

#if canImport(Glibc)
import Glibc
#endif
import CorpusSupport
import IR
import Optimizer
import Testing

@Suite("Optimizer reduction")
struct ReductionTests {
    @Test("each level shrinks the -O0 corpus")
    func reduction() throws {
        let files = corpusFiles.filter { $0.hasSuffix(".O0.ll") }
        var before = 0, allocasBefore = 0
        var after: [OptimizationLevel: Int] = [:], allocasAfter: [OptimizationLevel: Int] = [:]
        for file in files {
            let text = try #require(readFile(corpusDirectory + "/" + file))
            guard let module = parse(text, file: file) else { continue }
            before += instructionCount(module)
            allocasBefore += count(.alloca, module)
            for level in [OptimizationLevel.O1, .O2] {
                var m = module
                Optimizer(level: level).run(on: &m)
                after[level, default: 0] += instructionCount(m)
                allocasAfter[level, default: 0] += count(.alloca, m)
            }
        }
        // To stderr: corpus tests running in parallel capture stdout.
        let line = ("corpus -O0 (\(files.count) files): \(before) instructions, \(allocasBefore) allocas; "
              + "-O1: \(after[.O1]!) instructions, \(allocasAfter[.O1]!) allocas; "
              + "-O2: \(after[.O2]!) instructions, \(allocasAfter[.O2]!) allocas\n")
        _ = line.withCString { write(2, $0, strlen($0)) }
        #expect(after[.O1]! < before * 3 / 4)
        #expect(after[.O2]! <= after[.O1]!)
    }

    func count(_ opcode: Opcode, _ module: Module) -> Int {
        module.functions.reduce(0) { n, f in n + f.blocks.reduce(0) { n, b in n + b.instructions.filter { f[$0].opcode == opcode }.count } }
    }
}
