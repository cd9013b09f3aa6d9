// Registration with GDB's JIT compilation interface (GDB manual, "JIT Compilation Interface").
//
//   __jit_debug_descriptor ──first_entry──► entry ⇄ entry ⇄ entry      (C globals, CJITDebug)
//                                            │
//                                            └─ symfile_addr/size: an ELF image (DebugObject)
//
// To register: link a new entry at the head, set action_flag = JIT_REGISTER_FN and relevant_entry,
// call __jit_debug_register_code (GDB has a breakpoint there and reads the descriptor). To
// unregister: unlink, set JIT_UNREGISTER_FN and relevant_entry, call it again, then free the entry
// and its image. GDB attaching later reads the whole list, so the list must always be consistent
// when nobody holds the lock.

import CJITDebug
import Synchronization

/// The process-wide registry of objects described to GDB.
///
/// The GDB JIT interface is process-global by design: one descriptor, one list, read by the
/// debugger at any stop. This is the one type that touches it.
///
/// Invariant making it `Sendable`: `__jit_debug_descriptor` and every `jit_code_entry` linked from
/// it are read or written only inside `state.withLock`, so list updates from different threads
/// (regions on different threads) never interleave; the debugger itself reads the list only while
/// the process is stopped. An entry and its image are allocated by ``register(_:)`` and freed only
/// by ``unregister(_:)``, after being unlinked, so the list never points at freed memory.
package final class GDBJITInterface: Sendable {
    /// The only instance: there is only one descriptor.
    package static let shared = GDBJITInterface()

    /// The number of live entries (allocated and linked).
    private let state = Mutex<Int>(0)

    private init() {}

    /// An entry registered with GDB; unregister it exactly once.
    struct Registration {
        fileprivate let entry: UnsafeMutablePointer<jit_code_entry>
    }

    /// Copies `image` to a fresh buffer, links it into the descriptor and notifies GDB.
    /// - Parameter image: An ELF object made by ``DebugObject/make(_:)``.
    /// - Returns: The handle to pass to ``unregister(_:)``.
    func register(_ image: [UInt8]) -> Registration {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: image.count, alignment: 16)
        image.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        let entry = UnsafeMutablePointer<jit_code_entry>.allocate(capacity: 1)
        entry.initialize(to: jit_code_entry(next_entry: nil, prev_entry: nil,
                                            symfile_addr: UnsafePointer(buffer.assumingMemoryBound(to: CChar.self)),
                                            symfile_size: UInt64(image.count)))
        let address = UInt(bitPattern: entry)
        state.withLock { live in
            let entry = UnsafeMutablePointer<jit_code_entry>(bitPattern: address)!
            let descriptor = swiftjit_jit_debug_descriptor()!
            entry.pointee.next_entry = descriptor.pointee.first_entry
            descriptor.pointee.first_entry?.pointee.prev_entry = entry
            descriptor.pointee.first_entry = entry
            descriptor.pointee.relevant_entry = entry
            descriptor.pointee.action_flag = JIT_REGISTER_FN.rawValue
            __jit_debug_register_code()
            live += 1
        }
        return Registration(entry: entry)
    }

    /// Unlinks a registered entry, notifies GDB, and frees the entry and its image.
    /// - Parameter registration: A handle from ``register(_:)`` not yet unregistered.
    func unregister(_ registration: Registration) {
        let address = UInt(bitPattern: registration.entry)
        state.withLock { live in
            let entry = UnsafeMutablePointer<jit_code_entry>(bitPattern: address)!
            let descriptor = swiftjit_jit_debug_descriptor()!
            entry.pointee.prev_entry?.pointee.next_entry = entry.pointee.next_entry
            entry.pointee.next_entry?.pointee.prev_entry = entry.pointee.prev_entry
            if descriptor.pointee.first_entry == entry {
                descriptor.pointee.first_entry = entry.pointee.next_entry
            }
            descriptor.pointee.relevant_entry = entry
            descriptor.pointee.action_flag = JIT_UNREGISTER_FN.rawValue
            __jit_debug_register_code()
            descriptor.pointee.relevant_entry = nil
            descriptor.pointee.action_flag = JIT_NOACTION.rawValue
            live -= 1
        }
        // Unlinked and GDB notified: nothing refers to the memory any more.
        UnsafeMutableRawPointer(mutating: registration.entry.pointee.symfile_addr).deallocate()
        registration.entry.deinitialize(count: 1)
        registration.entry.deallocate()
    }

    // MARK: - Testing

    /// A consistency check of the list GDB reads, for tests.
    package struct _Audit: Sendable, Equatable {
        /// Entries reachable from `first_entry`.
        package var listed: Int
        /// Entries allocated and not yet freed.
        package var live: Int
        /// Whether every `prev_entry` points back at its predecessor and the head's is nil.
        package var linksConsistent: Bool
        /// The `.text` range described by each listed entry, read from its ELF image.
        package var textRanges: [Range<UInt>]
    }

    /// Walks the descriptor's list under the lock.
    /// - Returns: What the list holds.
    package func _audit() -> _Audit {
        state.withLock { live in
            let descriptor = swiftjit_jit_debug_descriptor()!
            var audit = _Audit(listed: 0, live: live, linksConsistent: true, textRanges: [])
            var previous: UnsafeMutablePointer<jit_code_entry>? = nil
            var current = descriptor.pointee.first_entry
            while let entry = current {
                if entry.pointee.prev_entry != previous { audit.linksConsistent = false }
                audit.listed += 1
                let image = UnsafeRawBufferPointer(start: entry.pointee.symfile_addr,
                                                   count: Int(entry.pointee.symfile_size))
                audit.textRanges.append(DebugObject.textRange(ofImage: image))
                previous = entry
                current = entry.pointee.next_entry
            }
            return audit
        }
    }
}
