#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The perf map file: `/tmp/perf-<pid>.map`, which `perf report` reads to name samples that fall
/// in anonymous executable memory (tools/perf/Documentation/jit-interface.txt).
///
/// Each line is `START SIZE name`, with START and SIZE in hex without `0x`. The format has no way to
/// remove a symbol, so a released blob's lines stay; if its pages are reused, perf sees two names
/// for the same addresses (the jitdump format, not written here, records load times to tell them
/// apart).
enum PerfMap {
    /// Serializes appends, so lines from regions on different threads never interleave even if a
    /// `write` is split.
    private static let lock = Mutex<Void>(())

    /// The map file's path for this process.
    static var path: String { "/tmp/perf-\(getpid()).map" }

    /// The lines describing `symbols` in code loaded at `base`.
    static func lines(_ symbols: [ResolvedSymbol], base: UInt) -> String {
        var text = ""
        for symbol in symbols {
            text += String(base + UInt(symbol.offset), radix: 16) + " " + String(symbol.size, radix: 16) + " "
                + symbol.name + "\n"
        }
        return text
    }

    /// Appends one line per symbol to the map file, creating it if needed.
    /// - Throws: ``JITError`` naming `open` or `write` if the file cannot be written.
    static func append(_ symbols: [ResolvedSymbol], base: UInt) throws(JITError) {
        let bytes = Array(lines(symbols, base: base).utf8)
        let path = path
        let result: Result<Void, JITError> = lock.withLock { _ in
            do throws(JITError) {
                try write(bytes, to: path)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    private static func write(_ bytes: [UInt8], to path: String) throws(JITError) {
        let fd = try System.retryingOnInterrupt("open") {
            open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        }
        defer { _ = close(fd) }
        var written = 0
        while written < bytes.count {
            let count = try System.retryingOnInterrupt("write") {
                bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            }
            written += count
        }
    }
}
