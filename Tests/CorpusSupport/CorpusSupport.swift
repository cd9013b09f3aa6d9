// Support shared by the test targets that run the C corpus (Tests/Corpus): capturing what C code
// writes to stdout, and finding and reading the corpus files. One copy, so that there is one lock
// around fd 1 for the whole test process (test targets run in the same process, in parallel).

#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Serializes every redirection of file descriptor 1 in the test process.
let stdoutLock = Mutex<Void>(())

/// Runs `body` with C's stdout (fd 1) redirected to a temporary file and returns what was written.
public func capturingStdout<R>(_ body: () throws -> R) rethrows -> (output: String, result: R) {
    try stdoutLock.withLock { _ in
        fflush(nil)
        let file = tmpfile()!
        defer { fclose(file) }
        let fd = fileno(file)
        let saved = dup(1)
        dup2(fd, 1)
        let result: R
        do {
            result = try body()
        } catch {
            fflush(nil)
            dup2(saved, 1)
            close(saved)
            throw error
        }
        fflush(nil)
        dup2(saved, 1)
        close(saved)
        lseek(fd, 0, SEEK_SET)
        return (String(decoding: readAll(fd), as: UTF8.self), result)
    }
}

/// Writes `line` and a newline to standard error, which no test redirects (a test that prints to
/// stdout while a corpus test captures it would end up in that test's output).
public func printToStandardError(_ line: String) {
    let text = line + "\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
}

/// Everything left to read from `fd`.
func readAll(_ fd: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = read(fd, &chunk, chunk.count)
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    return bytes
}

/// The corpus directory, Tests/Corpus.
public let corpusDirectory: String = {
    var path = #filePath
    for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path + "/Corpus"
}()

/// Every `.ll` file of the corpus, sorted.
public let corpusFiles: [String] = {
    guard let dir = opendir(corpusDirectory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name.hasSuffix(".ll") { names.append(name) }
    }
    return names.sorted()
}()

/// The contents of the file at `path`, or nil if it cannot be read.
public func readFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return String(decoding: readAll(fd), as: UTF8.self)
}
