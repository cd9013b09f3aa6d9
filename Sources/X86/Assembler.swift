// The assembler: the Swift form of the seed's `X86` state monad. Each method appends one instruction
// (mnemonic and operands in Intel order, destination first) to a byte buffer; labels may be used
// before they are bound. `link()` resolves label references, choosing the shortest branch form that
// reaches, and `finalize()` hands out the bytes.
//
//   newLabel/bind ──┐
//   add, mov, jcc ──┼─► CodeBuffer (bytes, provisional layout)
//   align, data  ───┘        │  + fixups (label refs), aligns, external calls
//                            ▼
//                 link(): relax short branches that do not reach,
//                         recompute alignment padding, patch every fixup
//                            ▼
//                 MachineCode: bytes + label offsets + external call sites
//
// Invariants: bytes are only ever appended, except by `link()`, which rewrites the layout once; a
// method that throws has written nothing; branches to bound labels get rel8 whenever the target is
// in reach of the provisional layout, forward branches start as rel8 and grow to rel32 only if
// needed (the same least fixed point GNU `as` reaches).

/// What a label reference patches.
@usableFromInline
enum FixupKind: UInt8, Sendable {
    /// `eb rel8` that may grow to `e9 rel32`.
    case jmpShort
    /// `7x rel8` that may grow to `0f 8x rel32`.
    case jccShort
    /// rel8 with no long form (`loop`, `loope`, `loopne`, `jrcxz`).
    case rel8Fixed
    /// A rel32 field: near branches, `call`, and `[rip + label]` operands.
    case rel32
    /// A 64-bit absolute address of a label (`.quad label`), relative to the start of the code.
    case abs64
}

/// A reference to a label that `link()` patches.
@usableFromInline
struct Fixup: Sendable {
    /// Offset of the field to patch (for short branches: of the rel8 byte).
    @usableFromInline var position: Int32
    @usableFromInline var label: UInt32
    @usableFromInline var kind: FixupKind
    /// Added to the label's offset; for rip-relative operands, minus the bytes that follow the field.
    @usableFromInline var addend: Int32

    @inlinable init(position: Int32, label: UInt32, kind: FixupKind, addend: Int32) {
        self.position = position
        self.label = label
        self.kind = kind
        self.addend = addend
    }
}

/// An alignment directive: padding that `link()` recomputes if branches before it grow.
@usableFromInline
struct AlignItem: Sendable {
    @usableFromInline var position: Int32
    @usableFromInline var padding: Int32
    @usableFromInline var alignment: Int32
    /// Fill byte for data padding, or -1 for multi-byte NOPs.
    @usableFromInline var fill: Int16
    /// How many `bind` calls came before this directive (orders labels bound at the same offset).
    @usableFromInline var bindSerial: Int32
}

/// A `call rel32` to an absolute address outside the code, resolved when the code is placed.
public struct ExternalCall: Hashable, Sendable {
    /// Offset of the rel32 field.
    public var position: Int
    /// The absolute address called.
    public var target: UInt64
    /// True for `jmp rel32` (a tail call), false for `call rel32`.
    public var isJump: Bool
}

/// Assembled code: the bytes, where each bound label ended up, and the calls to absolute addresses
/// that the loader must resolve once it knows where the code lives.
public struct MachineCode: Sendable {
    /// The machine code.
    public var bytes: [UInt8]
    /// Offset of each label by id, or -1 if it was never bound.
    public var labelOffsets: [Int32]
    /// The `call`/`jmp` sites whose rel32 field must be set to reach an absolute target.
    public var externalCalls: [ExternalCall]
    /// Offsets of 64-bit fields that hold a label offset and need the code's load address added.
    public var absoluteFixups: [Int]

    /// The offset of `label` in `bytes`, or nil if it was not bound.
    /// - Parameter label: A label of the assembler that produced the code.
    /// - Returns: The offset from the start of ``bytes``, or nil.
    public func offset(of label: Label) -> Int? {
        guard Int(label.id) < labelOffsets.count, labelOffsets[Int(label.id)] >= 0 else { return nil }
        return Int(labelOffsets[Int(label.id)])
    }
}

/// An x86-64 assembler with typed operands, labels and automatic short/near branch selection.
///
/// ```swift
/// var asm = Assembler()
/// try asm.mov(.rax, 18)
/// try asm.add(.rax, 4)
/// asm.ret()
/// let code = try asm.finalize()
/// ```
///
/// Every encoding is byte-identical to GNU `as` in `.intel_syntax noprefix` mode for the same
/// instruction. Methods that can fail for a reason the operand types cannot rule out (an immediate
/// out of range, `ah` with a REX register) throw ``EncodingError`` and write nothing.
public struct Assembler: ~Copyable {
    @usableFromInline var buffer: CodeBuffer
    /// Offset of each label, -1 while unbound.
    @usableFromInline var labelOffsets: [Int32] = []
    /// Bind order of each label (see `AlignItem.bindSerial`).
    @usableFromInline var labelSerials: [Int32] = []
    @usableFromInline var bindCount: Int32 = 0
    @usableFromInline var fixups: [Fixup] = []
    @usableFromInline var aligns: [AlignItem] = []
    @usableFromInline var externals: [ExternalCall] = []
    /// Offset just past the last item whose size `link()` may change (a short branch or an
    /// alignment); a backward rel8 whose target lies after it can never need patching again.
    @usableFromInline var lastRelaxable: Int32 = -1
    /// Set once `link()` has run; new instructions after that are appended and need another link.
    @usableFromInline var linked = false

    /// Creates an assembler whose buffer starts with room for `capacity` bytes.
    /// - Parameter capacity: Bytes to reserve up front; the buffer grows as needed.
    public init(capacity: Int = 4096) {
        buffer = CodeBuffer(capacity: capacity)
    }

    /// Number of bytes emitted so far (the offset the next instruction will start at, before relaxation).
    @inlinable public var offset: Int { buffer.count }

    /// Discards all code, labels and fixups but keeps the buffer's memory.
    public mutating func reset() {
        buffer.count = 0
        labelOffsets.removeAll(keepingCapacity: true)
        labelSerials.removeAll(keepingCapacity: true)
        fixups.removeAll(keepingCapacity: true)
        aligns.removeAll(keepingCapacity: true)
        externals.removeAll(keepingCapacity: true)
        bindCount = 0
        lastRelaxable = -1
        linked = false
    }

    /// Grows the buffer so that `bytes` more can be written without reallocating.
    /// - Parameter bytes: The number of bytes about to be written.
    public mutating func reserveCapacity(_ bytes: Int) {
        buffer.reserve(bytes)
    }

    // MARK: - Labels

    /// Makes a new, unbound label.
    /// - Returns: A label to branch to now and bind later with ``bind(_:)``.
    @inlinable
    public mutating func newLabel() -> Label {
        let id = UInt32(labelOffsets.count)
        labelOffsets.append(-1)
        labelSerials.append(-1)
        return Label(id: id)
    }

    /// Binds `label` to the current offset.
    /// - Parameter label: A label from ``newLabel()``.
    /// - Throws: ``EncodingError`` if the label is already bound or is not one of this assembler's.
    @inlinable
    public mutating func bind(_ label: Label) throws(EncodingError) {
        let i = Int(label.id)
        guard i < labelOffsets.count else { throw EncodingError(.unknownLabel(label), instruction: "\(label):") }
        guard labelOffsets[i] < 0 else { throw EncodingError(.labelAlreadyBound(label), instruction: "\(label):") }
        labelOffsets[i] = Int32(truncatingIfNeeded: buffer.count)
        labelSerials[i] = bindCount
        bindCount &+= 1
    }

    /// Makes a new label bound to the current offset (the seed's `label`).
    /// - Returns: A label for the next instruction, for backward branches.
    @inlinable
    public mutating func label() -> Label {
        let l = newLabel()
        labelOffsets[Int(l.id)] = Int32(truncatingIfNeeded: buffer.count)
        labelSerials[Int(l.id)] = bindCount
        bindCount &+= 1
        return l
    }

    /// The offset a label is bound to, before relaxation, or nil while unbound.
    /// - Parameter label: A label of this assembler.
    /// - Returns: The offset; branches that grow when linking can still move it.
    public func provisionalOffset(of label: Label) -> Int? {
        guard Int(label.id) < labelOffsets.count, labelOffsets[Int(label.id)] >= 0 else { return nil }
        return Int(labelOffsets[Int(label.id)])
    }

    @inlinable
    func checkLabel(_ label: Label, _ instruction: @autoclosure () -> String) throws(EncodingError) {
        guard Int(label.id) < labelOffsets.count else {
            throw EncodingError(.unknownLabel(label), instruction: instruction())
        }
    }

    // MARK: - Alignment and data

    /// Pads with NOPs (in code) so that the next byte's offset is a multiple of `alignment`, choosing
    /// the same multi-byte NOP sequence as GNU `as` (`.p2align`): 11-byte NOPs, then one shorter NOP.
    /// - Parameter alignment: A power of two from 1 to 4096.
    /// - Throws: ``EncodingError/Kind/invalidAlignment(_:)`` unless `alignment` is a power of two in 1...4096.
    public mutating func align(_ alignment: Int) throws(EncodingError) {
        try align(alignment, fill: -1, name: ".p2align")
    }

    /// Pads with `fill` bytes so that the next byte's offset is a multiple of `alignment` (`.balign n, fill`).
    /// - Parameters:
    ///   - alignment: A power of two from 1 to 4096.
    ///   - fill: The padding byte.
    /// - Throws: ``EncodingError/Kind/invalidAlignment(_:)`` unless `alignment` is a power of two in 1...4096.
    public mutating func alignData(_ alignment: Int, fill: UInt8 = 0) throws(EncodingError) {
        try align(alignment, fill: Int16(fill), name: ".balign")
    }

    mutating func align(_ alignment: Int, fill: Int16, name: String) throws(EncodingError) {
        guard alignment >= 1, alignment <= 4096, alignment & (alignment - 1) == 0 else {
            throw EncodingError(.invalidAlignment(alignment), instruction: "\(name) \(alignment)")
        }
        // Alignment 1 never pads; like GNU as (which makes no frag for it), record nothing, so that it
        // does not act as a relaxation boundary either.
        guard alignment > 1 else { return }
        let padding = (alignment - buffer.count % alignment) % alignment
        let item = AlignItem(position: Int32(truncatingIfNeeded: buffer.count), padding: Int32(truncatingIfNeeded: padding), alignment: Int32(truncatingIfNeeded: alignment),
                             fill: fill, bindSerial: bindCount)
        buffer.reserve(padding + 16)
        buffer.writePadding(padding, fill: fill)
        aligns.append(item)
        lastRelaxable = Int32(truncatingIfNeeded: buffer.count)
    }

    /// Appends raw bytes (`.byte`).
    /// - Parameter bytes: The bytes.
    public mutating func db(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
    }

    /// Appends one byte (`.byte`).
    /// - Parameter byte: The byte.
    public mutating func db(_ byte: UInt8) {
        buffer.reserve(16)
        buffer.put(byte)
    }

    /// Appends a 16-bit little-endian word (`.word`).
    /// - Parameter value: The value.
    public mutating func dw(_ value: UInt16) {
        buffer.reserve(16)
        buffer.put(UInt64(value), bytes: 2)
    }

    /// Appends a 32-bit little-endian word (`.long`).
    /// - Parameter value: The value.
    public mutating func dd(_ value: UInt32) {
        buffer.reserve(16)
        buffer.put(UInt64(value), bytes: 4)
    }

    /// Appends a 64-bit little-endian word (`.quad`).
    /// - Parameter value: The value.
    public mutating func dq(_ value: UInt64) {
        buffer.reserve(16)
        buffer.put(value, bytes: 8)
    }

    /// Appends the 64-bit absolute address of `label` once the code is loaded (`.quad label`). The
    /// field holds the label's offset; ``MachineCode/absoluteFixups`` tells the loader to add the base.
    /// - Parameter label: A label of this assembler.
    /// - Throws: ``EncodingError`` if the label is not one of this assembler's.
    public mutating func dq(_ label: Label) throws(EncodingError) {
        try checkLabel(label, ".quad \(label)")
        buffer.reserve(16)
        fixups.append(Fixup(position: Int32(truncatingIfNeeded: buffer.count), label: label.id, kind: .abs64, addend: 0))
        buffer.put(0, bytes: 8)
    }

    /// Appends the bytes of `string`, without (`.ascii`) or with (`.asciz`) a terminating zero.
    /// - Parameters:
    ///   - string: The text; its UTF-8 bytes are written.
    ///   - zeroTerminated: Whether to append a zero byte.
    public mutating func ascii(_ string: String, zeroTerminated: Bool = false) {
        var bytes = Array(string.utf8)
        if zeroTerminated { bytes.append(0) }
        db(bytes)
    }

    // MARK: - Output

    /// Resolves every label reference in place, growing short branches that do not reach.
    /// - Throws: ``EncodingError`` for an unbound label or a `loop`/`jrcxz` target out of reach.
    public mutating func link() throws(EncodingError) {
        // Offsets are kept in 32 bits (rel32 reaches ±2 GiB anyway); past that the recorded offsets
        // are meaningless, so refuse before using them.
        guard buffer.count <= Self.maximumCodeSize else { throw EncodingError(.codeTooLarge, instruction: "link") }
        for f in fixups {
            let label = Label(id: f.label)
            guard Int(f.label) < labelOffsets.count else {
                throw EncodingError(.unknownLabel(label), instruction: "reference to \(label)")
            }
            guard labelOffsets[Int(f.label)] >= 0 else {
                throw EncodingError(.labelNotBound(label), instruction: describeReference(f))
            }
        }
        if try !patchAll() {
            try relax()
            guard try patchAll() else { preconditionFailure("relaxation did not reach a fixed point") }
        }
        linked = true
    }

    /// Calls `body` with the bytes emitted so far (call `link()` first for resolved label references).
    /// - Parameter body: Reads the bytes; the buffer is valid only during the call.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try body(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
    }

    /// Links and returns the finished code; the assembler is consumed.
    /// - Returns: The bytes, the label offsets and the calls the loader must resolve.
    /// - Throws: ``EncodingError`` for an unbound label, a `loop`/`jrcxz` target out of reach, or code over 2 GiB.
    public consuming func finalize() throws(EncodingError) -> MachineCode {
        try link()
        let bytes = Array(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
        return MachineCode(bytes: bytes, labelOffsets: labelOffsets, externalCalls: externals,
                           absoluteFixups: fixups.filter { $0.kind == .abs64 }.map { Int($0.position) })
    }

    /// The largest code `link()` accepts: offsets and rel32 displacements are 32-bit.
    static let maximumCodeSize = Int(Int32.max) - 64

    /// The instruction a fixup belongs to, for error messages (`jne .L3`, `loop .L1`, ...).
    func describeReference(_ f: Fixup) -> String {
        let label = Label(id: f.label)
        let at = Int(f.position)
        switch f.kind {
        case .jmpShort: return "jmp \(label)"
        case .jccShort:
            return "j\(Condition(rawValue: buffer.base[at - 1] & 0x0F)!) \(label)"
        case .rel8Fixed:
            let names: [UInt8: String] = [0xE0: "loopne", 0xE1: "loope", 0xE2: "loop", 0xE3: "jrcxz"]
            return "\(names[buffer.base[at - 1]] ?? "branch") \(label)"
        case .rel32: return "reference to \(label) at offset \(at)"
        case .abs64: return ".quad \(label)"
        }
    }

    /// Patches every fixup for the current layout; returns false, having patched nothing it must not,
    /// if a short branch does not reach (relaxation is needed).
    mutating func patchAll() throws(EncodingError) -> Bool {
        for f in fixups {
            let target = Int64(labelOffsets[Int(f.label)]) + Int64(f.addend)
            let pos = Int(f.position)
            switch f.kind {
            case .jmpShort, .jccShort, .rel8Fixed:
                let d = target - Int64(pos + 1)
                guard d >= -128, d <= 127 else {
                    if f.kind == .rel8Fixed {
                        throw EncodingError(.branchOutOfRange(Label(id: f.label), distance: Int(d)),
                                            instruction: describeReference(f))
                    }
                    return false
                }
                buffer.patch(at: pos, value: d, size: 1)
            case .rel32:
                let d = target - Int64(pos + 4)
                guard d >= Int64(Int32.min), d <= Int64(Int32.max) else {
                    throw EncodingError(.displacementOutOfRange(distance: d), instruction: describeReference(f))
                }
                buffer.patch(at: pos, value: d, size: 4)
            case .abs64:
                UnsafeMutableRawPointer(buffer.base + pos).storeBytes(of: UInt64(target).littleEndian, as: UInt64.self)
            }
        }
        return true
    }
}

/// The NOP of each length 1...11 that GNU `as` pads code with (SDM Vol. 2B "NOP", plus the
/// 66/2E-prefixed forms as uses for 10 and 11 bytes).
let nopPatterns: [[UInt8]] = [
    [],
    [0x90],
    [0x66, 0x90],
    [0x0F, 0x1F, 0x00],
    [0x0F, 0x1F, 0x40, 0x00],
    [0x0F, 0x1F, 0x44, 0x00, 0x00],
    [0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00],
    [0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00],
    [0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    [0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    [0x66, 0x2E, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    [0x66, 0x66, 0x2E, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
]
