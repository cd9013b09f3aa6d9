// The engine's data: globals and aggregate constants in their own pages, apart from the code.
// Writable globals go into a read-write block; `constant` globals and the constants the code
// reads go into a block that becomes read-only once its initializers are written.

#if canImport(Glibc)
import Glibc
#endif

/// Two page-aligned blocks (read-write and, after `seal`, read-only) handed out by bump allocation.
final class DataMemory {
    private(set) var writable: UnsafeMutableRawPointer?
    private(set) var readOnly: UnsafeMutableRawPointer?
    private var writableSize = 0
    private var readOnlySize = 0

    /// Maps zero-filled blocks of the given sizes (each at least one page).
    /// - Throws: ``CodegenError`` if `mmap` fails.
    init(writableBytes: Int, readOnlyBytes: Int) throws(CodegenError) {
        writableSize = Self.pages(writableBytes)
        readOnlySize = Self.pages(readOnlyBytes)
        writable = try Self.map(writableSize)
        readOnly = try Self.map(readOnlySize)
    }

    deinit {
        if let writable { munmap(writable, writableSize) }
        if let readOnly { munmap(readOnly, readOnlySize) }
    }

    private static func pages(_ bytes: Int) -> Int {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        return max(page, (bytes + page - 1) / page * page)
    }

    private static func map(_ size: Int) throws(CodegenError) -> UnsafeMutableRawPointer {
        // In the low 2 GiB if the kernel has room (MAP_32BIT, x86-64 Linux): the code then reaches
        // a global as a 32-bit displacement (`[disp32 + index*scale]`) instead of keeping its
        // 64-bit address in a register.
        #if os(Linux) && arch(x86_64)
        if let low = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0),
           low != MAP_FAILED {
            return low
        }
        #endif
        let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let p, p != MAP_FAILED else {
            throw CodegenError(.system("mmap of \(size) data bytes failed: errno \(errno)"))
        }
        return p
    }

    /// Makes the read-only block read-only.
    /// - Throws: ``CodegenError`` if `mprotect` fails.
    func seal() throws(CodegenError) {
        guard let readOnly, mprotect(readOnly, readOnlySize, PROT_READ) == 0 else {
            throw CodegenError(.system("mprotect of the constant data failed: errno \(errno)"))
        }
    }
}

/// Places objects at aligned offsets of a block.
struct BumpLayout {
    private(set) var size = 0

    /// The offset of a new object.
    mutating func place(_ bytes: Int, alignment: Int) -> Int {
        let a = max(1, alignment)
        size = (size + a - 1) / a * a
        let offset = size
        size += max(bytes, 1)
        return offset
    }
}
