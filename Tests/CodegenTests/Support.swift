#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Serializes tests that redirect file descriptor 1 (tests run in parallel).
let stdoutLock = Mutex<Void>(())

/// Runs `body` with C's stdout (fd 1) redirected to a temporary file and returns what was written.
func capturingStdout<R>(_ body: () throws -> R) rethrows -> (output: String, result: R) {
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
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return (String(decoding: bytes, as: UTF8.self), result)
    }
}

/// The corpus directory, next to this test target.
let corpusDirectory: String = {
    var path = #filePath
    for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path + "/Corpus"
}()

/// Every `.ll` file of the corpus.
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
