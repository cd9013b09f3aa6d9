// Every corpus program optimized at -O1 and -O2: the module verifies after every pass, and the
// interpreter's output and exit status on the optimized module equal the native program's, and
// LLVM 19's llvm-as accepts the -O2 result.

import CorpusSupport
import IR
import Interpreter
import Optimizer
import Testing

@Suite("Optimizer corpus")
struct CorpusTests {
    @Test("optimized program runs like the native one", arguments: corpusFiles)
    func corpus(_ file: String) throws {
        let base = String(file[..<file.firstIndex(of: ".")!])
        let text = try #require(readFile(corpusDirectory + "/" + file))
        let expected = try #require(readFile(corpusDirectory + "/" + base + ".expected"))
        for level in [OptimizationLevel.O1, .O2] {
            guard var module = parse(text, file: file) else { return }
            guard optimizeVerifying(&module, Optimizer(level: level), context: "\(file) -\(level)") else { continue }
            if level == .O2, let diagnostics = try LLVMAssembler.check(module.text) {
                Issue.record("llvm-as-19 rejects \(file) after -O2: \(diagnostics)")
            }
            let interpreter = try Interpreter(module: module)
            let (output, status) = try capturingStdout { () throws(InterpreterError) -> Int32 in
                try interpreter.runMain(arguments: [base])
            }
            #expect(output + "exit: \(status)\n" == expected, "\(file) at -\(level)")
        }
    }
}
