// File and terminal I/O for the commands, on the C library alone: the CLI links no Foundation,
// which keeps `swiftjit run`'s start-up time and memory small (both count in every program it runs).

import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// All bytes readable from file descriptor `fd`, or nil on a read error.
func readAll(_ fd: Int32) -> [UInt8]? {
    // A regular file's size is known: its bytes are read straight into the array. Then (and for
    // pipes) chunks through an uninitialized buffer until the end.
    var info = stat()
    let size = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        count = 0
        while count < size, let base = buffer.baseAddress {
            let n = read(fd, base + count, size - count)
            if n < 0 {
                if errno == EINTR { continue }
                failed = true
                return
            }
            if n == 0 { return }
            count += n
        }
    }
    if failed { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk -> [UInt8]? in
        while true {
            let n = read(fd, chunk.baseAddress, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<n]))
        }
    }
}

/// The bytes of the file at `path` (`-`: standard input), or nil with `errno` set.
func readBytes(_ path: String) -> [UInt8]? {
    if path == "-" { return readAll(0) }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return readAll(fd)
}

/// Writes `bytes` to the file at `path`, replacing it.
/// - Throws: `ExitCode(1)` after printing the error.
func writeBytes(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var ok = fd >= 0
    if ok {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { ok = false; break }
            written += n
        }
        if close(fd) != 0 { ok = false }
    }
    if !ok {
        printError("error: cannot write '\(path)': \(String(cString: strerror(errno)))")
        throw ExitCode(1)
    }
}

/// Writes a line to standard error (unbuffered, like a `write` to file descriptor 2).
func printError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    var written = 0
    while written < bytes.count {
        let n = bytes[written...].withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        written += n
    }
}

/// `x` with one digit after the point.
func oneDecimal(_ x: Double) -> String {
    let tenths = Int((abs(x) * 10).rounded())
    return (x < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
}

extension String {
    /// Padded with spaces on the right to `width` characters.
    func paddedRight(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Without leading and trailing spaces and tabs.
    var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// Ends the process with `status` through the C library's `exit`, which flushes every stdio
/// stream first (as returning from a C `main` does).
func exitProcess(_ status: Int32) -> Never {
    exit(status)
}

/// glibc's `mallopt`, looked up at run time (the Glibc module does not import `<malloc.h>`).
/// Tuning is an optimization: when the symbol is missing, nothing changes.
enum HeapTuning {
    private typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    // M_TRIM_THRESHOLD and M_MMAP_THRESHOLD in <malloc.h>.
    private static let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3
    /// glibc's initial values of both.
    private static let defaultThreshold: Int32 = 128 * 1024

    private static func mallopt(_ option: Int32, _ value: Int32) {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(option, value)
    }

    /// While compiling: memory the compiler frees stays with the process for its next
    /// allocations. By default a block over 128 KiB (the lexer's token array, say) is mapped on
    /// its own and unmapped when freed, and a free top of the heap over 128 KiB is returned to the
    /// system, so that later phases touch fresh pages: each costs a page fault (a few µs on a
    /// virtual machine), about 20 of them per compile of a 400-instruction module.
    static func keepFreedMemory() {
        mallopt(mmapThreshold, 32 << 20)  // the largest value every glibc accepts
        mallopt(trimThreshold, Int32.max)
    }

    /// Before the compiled program runs: glibc's initial thresholds again, so that its large
    /// blocks are mapped and unmapped on their own, as in a native run. (glibc stops adjusting
    /// the thresholds once they are set.)
    static func restoreDefaults() {
        mallopt(mmapThreshold, defaultThreshold)
        mallopt(trimThreshold, defaultThreshold)
    }
}
