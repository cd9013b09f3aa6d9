#if canImport(Glibc)
import Glibc
#endif

/// The page protections this module ever asks for.
///
/// There is deliberately no case with both write and execute: W^X holds by construction, because
/// `System.protect` is the only place that calls `mprotect` and it only accepts this type.
package enum Protection: CaseIterable, Sendable {
    /// No access: reserved or released pages. Any touch faults.
    case none
    /// Read-write: pages being filled with code and relocated.
    case readWrite
    /// Read-execute: live code.
    case readExecute

    /// The `PROT_*` bits for this protection.
    package var flags: Int32 {
        switch self {
        case .none: return PROT_NONE
        case .readWrite: return PROT_READ | PROT_WRITE
        case .readExecute: return PROT_READ | PROT_EXEC
        }
    }
}

/// Thin wrappers over the system calls the JIT uses, each turning failure into a ``JITError``
/// that names the call and keeps errno.
enum System {
    /// The size of a virtual memory page.
    static let pageSize: Int = {
        let size = sysconf(Int32(_SC_PAGESIZE))
        // POSIX guarantees a positive page size; 4 KiB is the x86-64 minimum if sysconf misbehaves.
        return size > 0 ? size : 4096
    }()

    /// Reserves `size` bytes of address space with no access and no swap reservation, optionally
    /// at (or near) `hint`. Without `MAP_FIXED` the kernel treats the hint as a preference only.
    static func reserve(_ size: Int, hint: UInt?) throws(JITError) -> UnsafeMutableRawPointer {
        let address = hint.flatMap { UnsafeMutableRawPointer(bitPattern: $0) }
        let result = mmap(address, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        // MAP_FAILED is the C macro `(void *) -1`, which Swift does not import.
        guard let result, result != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw .lastSystemError("mmap")
        }
        return result
    }

    /// Unmaps a reservation made by ``reserve(_:hint:)``.
    static func unmap(_ address: UnsafeMutableRawPointer, _ size: Int) throws(JITError) {
        guard munmap(address, size) == 0 else { throw .lastSystemError("munmap") }
    }

    /// Changes the protection of whole pages. The only caller of `mprotect` in the module.
    static func protect(_ address: UnsafeMutableRawPointer, _ size: Int, _ protection: Protection) throws(JITError) {
        guard mprotect(address, size, protection.flags) == 0 else { throw .lastSystemError("mprotect") }
    }

    /// Gives the pages' physical memory back to the kernel; they read as zero when next touched.
    static func discardContents(_ address: UnsafeMutableRawPointer, _ size: Int) throws(JITError) {
        guard madvise(address, size, MADV_DONTNEED) == 0 else { throw .lastSystemError("madvise") }
    }

    /// Reads a whole file. Used for `/proc/self/maps`, which must be read with `read(2)` in a loop:
    /// the kernel produces it a page at a time.
    static func readFile(_ path: String) throws(JITError) -> [UInt8] {
        let fd = try retryingOnInterrupt("open") { open(path, O_RDONLY | O_CLOEXEC) }
        // close(2) is not retried: on Linux the descriptor is released even when it reports EINTR.
        defer { _ = close(fd) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = try retryingOnInterrupt("read") {
                chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            }
            if count == 0 { return contents }
            contents.append(contentsOf: chunk[0..<count])
        }
    }

    /// Calls `body` until it does not fail with `EINTR`. `open` and `read` may be interrupted by a
    /// signal handler installed without `SA_RESTART` (the memory calls above cannot be), so this is
    /// the one place that retries.
    static func retryingOnInterrupt<T: BinaryInteger>(_ call: String, _ body: () -> T) throws(JITError) -> T {
        while true {
            let result = body()
            if result >= 0 { return result }
            if errno != EINTR { throw .lastSystemError(call) }
        }
    }
}
