#if canImport(Glibc)
import Glibc
#endif
import IR
import Interpreter
import Testing

/// The corpus directory, next to this test target.
let corpusDirectory: String = {
    var path = #filePath
    for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path + "/Corpus"
}()

/// Every `.ll` file of the corpus that has an `.expected` file.
let corpusFiles: [String] = {
    guard let dir = opendir(corpusDirectory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name.hasSuffix(".ll") { names.append(name) }
    }
    return names.sorted()
}()

func readFile(_ path: String) -> String? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
}

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
