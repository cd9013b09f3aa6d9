import CorpusSupport
// The corpus's clang -O0 modules optimized at -O2 (what `swiftjit run` does by default), then
// compiled and run: stdout and the exit status must equal the native program's.

import Codegen
import IR
import Optimizer
import Testing

@Suite("Codegen optimized corpus")
struct OptimizedCorpusTests {
    @Test("optimized -O0 program compiles and runs like the native one", arguments: corpusFiles.filter { $0.hasSuffix(".O0.ll") })
    func corpus(_ file: String) throws {
        let base = String(file[..<file.firstIndex(of: ".")!])
        let text = try #require(readFile(corpusDirectory + "/" + file))
        let expected = try #require(readFile(corpusDirectory + "/" + base + ".expected"))
        var module = try IRParser.parse(text, file: file)
        Optimizer(level: .O2).run(on: &module)
        let engine = try Engine(module: module, checkingAllocations: true)
        let (output, status) = try capturingStdout { () throws(CodegenError) -> Int32 in
            try engine.runMain(arguments: [base])
        }
        #expect(output + "exit: \(status)\n" == expected)
    }
}
