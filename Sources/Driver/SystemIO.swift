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

/// How the C library's allocator treats the memory the compiler frees.
enum HeapTuning {
    /// The block freed by ``keepFreedMemory()``.
    static let blockBytes = 4 << 20

    /// Before compiling: memory the compiler frees stays with the process for its next
    /// allocations. glibc at first maps any block over 128 KiB on its own and unmaps it when it
    /// is freed (the lexer's token array, say), and returns a free top of the heap over 128 KiB to
    /// the system, so that later phases would touch fresh pages, each a page fault (2 to 3 µs on
    /// a virtual machine; about 20 of them per compile of a 400-instruction module). Freeing a
    /// mapped block raises both limits to its size (and twice that): glibc's own adjustment, which
    /// any program that frees such a block gets, and which it keeps making for the compiled
    /// program afterwards. (`mallopt` would fix the limits for good: a program that then allocates
    /// and frees a large block in a loop would map and unmap it every time, 18 times slower in a
    /// test. Limits set by the user through `GLIBC_TUNABLES` or `MALLOC_*_` stay as they are:
    /// glibc does not adjust those.)
    @_optimize(none)  // (optimized, LLVM drops a `free` of what `malloc` just returned)
    static func keepFreedMemory() {
        // Mapped, its header written (one page), unmapped: two system calls.
        free(malloc(blockBytes))
    }
}
