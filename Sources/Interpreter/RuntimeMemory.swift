// Real memory for interpreted programs: the register stack (frame slots), the alloca stack, the
// globals (laid out per the data layout, with their initializers) and constant aggregates.
//
// Stacks are reserved with `MAP_NORESERVE`, so their size costs address space, not memory.
// Globals and constant aggregates are separate `posix_memalign` blocks, zero-filled, owned here
// and freed when the interpreter goes away; C code may keep pointers to them until then.

#if canImport(Glibc)
import Glibc
#endif
import IR

/// The memory an interpreter owns.
final class RuntimeMemory {
    /// Slots of interpreted frames.
    let registers: UnsafeMutablePointer<UInt64>
    let registerCount: Int
    /// The alloca stack: allocas, aggregate values, variadic argument areas.
    let stack: UnsafeMutableRawPointer
    let stackSize: Int
    private var blocks: [UnsafeMutableRawPointer] = []

    /// Reserves the stacks.
    /// - Throws: ``InterpreterError`` if `mmap` fails.
    init(registerCount: Int = 4 << 20, stackSize: Int = 512 << 20) throws(InterpreterError) {
        func reserve(_ size: Int) throws(InterpreterError) -> UnsafeMutableRawPointer {
            let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
            guard let p, p != UnsafeMutableRawPointer(bitPattern: -1) else {
                throw InterpreterError(.system("mmap of \(size) bytes failed (errno \(errno))"))
            }
            return p
        }
        let r = try reserve(registerCount * 8)
        let s: UnsafeMutableRawPointer
        do {
            s = try reserve(stackSize)
        } catch {
            munmap(r, registerCount * 8)
            throw error
        }
        registers = r.bindMemory(to: UInt64.self, capacity: registerCount)
        self.registerCount = registerCount
        stack = s
        self.stackSize = stackSize
    }

    deinit {
        munmap(UnsafeMutableRawPointer(registers), registerCount * 8)
        munmap(stack, stackSize)
        for b in blocks { free(b) }
    }

    /// A zero-filled block of `size` bytes aligned to `alignment`, freed with the interpreter.
    /// - Throws: ``InterpreterError`` when out of memory.
    func allocate(size: Int, alignment: Int) throws(InterpreterError) -> UnsafeMutableRawPointer {
        var p: UnsafeMutableRawPointer?
        let a = max(16, alignment)
        let n = max(16, (size + a - 1) / a * a)
        guard posix_memalign(&p, a, n) == 0, let p else {
            throw InterpreterError(.system("cannot allocate \(size) bytes"))
        }
        memset(p, 0, n)
        blocks.append(p)
        return p
    }
}

/// Stores the low `bytes` bytes of `value` at `address` (little-endian), for any byte count.
@inline(__always)
func storeBytes(_ value: UInt64, bytes: Int, at address: UnsafeMutableRawPointer) {
    switch bytes {
    case 1: address.storeBytes(of: UInt8(truncatingIfNeeded: value), as: UInt8.self)
    case 2: address.storeBytes(of: UInt16(truncatingIfNeeded: value), as: UInt16.self)
    case 4: address.storeBytes(of: UInt32(truncatingIfNeeded: value), as: UInt32.self)
    case 8: address.storeBytes(of: value, as: UInt64.self)
    default:
        var v = value
        for i in 0..<min(bytes, 8) {
            address.storeBytes(of: UInt8(truncatingIfNeeded: v), toByteOffset: i, as: UInt8.self)
            v >>= 8
        }
    }
}

/// Loads `bytes` bytes (at most 8) from `address`, zero-extended.
@inline(__always)
func loadBytes(_ bytes: Int, from address: UnsafeRawPointer) -> UInt64 {
    switch bytes {
    case 1: UInt64(address.load(as: UInt8.self))
    case 2: UInt64(address.loadUnaligned(as: UInt16.self))
    case 4: UInt64(address.loadUnaligned(as: UInt32.self))
    case 8: address.loadUnaligned(as: UInt64.self)
    default: (0..<min(bytes, 8)).reduce(UInt64(0)) { $0 | UInt64(address.load(fromByteOffset: $1, as: UInt8.self)) << UInt64(8 * $1) }
    }
}
