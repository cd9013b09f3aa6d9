import CorpusSupport
// Every corpus program, compiled and run in-process: stdout and the exit status must equal the
// native program's (`NAME.expected`). `exit()` returns from `runMain` through the engine's stub.

import Codegen
import IR
import Testing

@Suite("Codegen corpus")
struct CorpusTests {
    @Test("compiled program runs like the native one", arguments: corpusFiles)
    func corpus(_ file: String) throws {
        let base = String(file[..<file.firstIndex(of: ".")!])
        let text = try #require(readFile(corpusDirectory + "/" + file))
        let expected = try #require(readFile(corpusDirectory + "/" + base + ".expected"))
        let module = try IRParser.parse(text, file: file)
        let engine = try Engine(module: module, optimization: .O0, checkingAllocations: true)
        let (output, status) = try capturingStdout { () throws(CodegenError) -> Int32 in
            try engine.runMain(arguments: [base])
        }
        #expect(output + "exit: \(status)\n" == expected)
    }
}
