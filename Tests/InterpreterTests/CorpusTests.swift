#if canImport(Glibc)
import Glibc
#endif
import CorpusSupport
import IR
import Interpreter
import Testing



@Suite("Corpus")
struct CorpusTests {
    @Test("runs like the native program", arguments: corpusFiles)
    func corpus(_ file: String) throws {
        let base = String(file[..<file.firstIndex(of: ".")!])
        let text = try #require(readFile(corpusDirectory + "/" + file))
        let expected = try #require(readFile(corpusDirectory + "/" + base + ".expected"))
        let parsed = parseCorpus(text, file: file)
        guard let module = parsed.module else {
            Issue.record(Comment(rawValue: parsed.error ?? "parse failed"))
            return
        }
        let interpreter = try Interpreter(module: module)
        let (output, status) = try capturingStdout { () throws(InterpreterError) -> Int32 in
            try interpreter.runMain(arguments: [base])
        }
        #expect(output + "exit: \(status)\n" == expected)
    }
}

func parseCorpus(_ text: String, file: String) -> (module: Module?, error: String?) {
    do {
        return (try IRParser.parse(text, file: file), nil)
    } catch {
        return (nil, error.description)
    }
}
