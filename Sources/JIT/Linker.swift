import X86

/// Places ``MachineCode`` at its final address: copies the bytes, resolves external calls and
/// absolute fixups, and appends far-call stubs.
///
/// ```
/// offset 0             bytes.count     (16-aligned)
/// | code ............. | int3 padding | stub 0 | stub 1 | ... | int3 to the end of the span
///                                      ff 25 00 00 00 00  <8-byte target>  cc cc
/// ```
///
/// A `call rel32` reaches ±2 GiB from the end of its field. A target further away (a Swift
/// function in the main executable when the region sits next to libc, or any target with
/// `alwaysUseStubs`) is called through a stub in the same span: `jmp qword ptr [rip+0]` followed by
/// the absolute address, which the rel32 always reaches because a span is smaller than 2 GiB. There
/// is one stub per distinct far target.
///
/// The linker writes to a buffer whose run-time address is `loadAddress`; the two are the same when
/// loading, but tests may pass any address to exercise the far path without mapping memory there.
enum Linker {
    /// Bytes per stub: the 6-byte `jmp [rip+0]`, the 8-byte target, and 2 bytes of `int3` so that
    /// each stub starts on a 16-byte boundary.
    static let stubSize = 16
    /// `jmp qword ptr [rip+0]` (SDM: `FF /4`, ModRM 00 100 101 = rip-relative, disp32 = 0).
    static let stubPrefix: [UInt8] = [0xFF, 0x25, 0x00, 0x00, 0x00, 0x00]
    /// `int3`, used to fill every byte that is not code, so a stray jump traps.
    static let trap: UInt8 = 0xCC

    /// What linking produced.
    struct Result: Sendable, Equatable {
        /// Bytes of code plus, if any stub was needed, the padding and stubs.
        var size: Int
        /// Number of stubs written.
        var stubCount: Int
    }

    /// Offset at which the stubs start.
    static func stubAreaOffset(_ code: MachineCode) -> Int {
        (code.bytes.count + 15) & ~15
    }

    /// The most bytes ``link(_:into:loadAddress:alwaysUseStubs:)`` may need: code plus a stub for
    /// every distinct external target. Loading sizes the span for this before knowing its address.
    static func maximumSize(_ code: MachineCode) -> Int {
        let targets = Set(code.externalCalls.map(\.target)).count
        return targets == 0 ? code.bytes.count : stubAreaOffset(code) + targets * stubSize
    }

    /// Checks that every relocation field lies inside the code; call before allocating memory.
    /// - Throws: ``JITError/Kind/relocationOutsideCode(offset:)`` for the first field that does not.
    static func validate(_ code: MachineCode) throws(JITError) {
        let count = code.bytes.count
        for call in code.externalCalls where call.position < 0 || call.position > count - 4 {
            throw JITError(.relocationOutsideCode(offset: call.position))
        }
        for fixup in code.absoluteFixups where fixup < 0 || fixup > count - 8 {
            throw JITError(.relocationOutsideCode(offset: fixup))
        }
    }

    /// Copies `code` into `memory`, fills the rest with `int3`, and applies every relocation as if
    /// `memory` started at `loadAddress`.
    /// - Parameters:
    ///   - code: Validated code (see ``validate(_:)``).
    ///   - memory: At least ``maximumSize(_:)`` writable bytes.
    ///   - loadAddress: The address the code will run at.
    ///   - alwaysUseStubs: Route every external call through a stub, even a near one.
    /// - Returns: The size used and the number of stubs.
    /// - Throws: ``JITError/Kind/relocationOutOfRange(offset:target:)`` if a stub is out of reach,
    ///   which only happens for code of nearly 2 GiB.
    static func link(_ code: MachineCode, into memory: UnsafeMutableRawBufferPointer, loadAddress: UInt,
                     alwaysUseStubs: Bool) throws(JITError) -> Result {
        precondition(memory.count >= maximumSize(code), "span smaller than the code's maximum size")
        memory.initializeMemory(as: UInt8.self, repeating: trap)
        code.bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
        let base = UInt64(loadAddress)
        for fixup in code.absoluteFixups {
            let offset = memory.loadUnaligned(fromByteOffset: fixup, as: UInt64.self)
            memory.storeBytes(of: (UInt64(littleEndian: offset) &+ base).littleEndian, toByteOffset: fixup,
                              as: UInt64.self)
        }
        var stubs: [UInt64: Int] = [:]
        var end = code.bytes.count
        for call in code.externalCalls {
            let fieldEnd = base &+ UInt64(call.position + 4)
            var destination = call.target
            if alwaysUseStubs || rel32(from: fieldEnd, to: destination) == nil {
                let stub: Int
                if let existing = stubs[call.target] {
                    stub = existing
                } else {
                    stub = stubAreaOffset(code) + stubs.count * stubSize
                    writeStub(to: call.target, in: memory, at: stub)
                    stubs[call.target] = stub
                    end = stub + stubSize
                }
                destination = base &+ UInt64(stub)
            }
            guard let displacement = rel32(from: fieldEnd, to: destination) else {
                throw JITError(.relocationOutOfRange(offset: call.position, target: call.target))
            }
            memory.storeBytes(of: displacement.littleEndian, toByteOffset: call.position, as: Int32.self)
        }
        return Result(size: end, stubCount: stubs.count)
    }

    /// The rel32 displacement from `fieldEnd` (the address after the field, which is where the
    /// CPU measures from) to `target`, or nil if it does not fit. Wrapping arithmetic matches the
    /// CPU, which adds the sign-extended displacement to rip modulo 2^64.
    static func rel32(from fieldEnd: UInt64, to target: UInt64) -> Int32? {
        Int32(exactly: Int64(bitPattern: target &- fieldEnd))
    }

    private static func writeStub(to target: UInt64, in memory: UnsafeMutableRawBufferPointer, at offset: Int) {
        for (i, byte) in stubPrefix.enumerated() {
            memory[offset + i] = byte
        }
        memory.storeBytes(of: target.littleEndian, toByteOffset: offset + stubPrefix.count, as: UInt64.self)
    }
}
