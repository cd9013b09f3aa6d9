// Memory operands: an address (`Memory`) plus, for instructions whose operand size is not implied by a
// register operand, a typed width (`Mem8` ... `Mem128`), the Swift form of `BYTE PTR` ... `XMMWORD PTR`.

/// A label: a position in the code that branches and rip-relative operands can refer to before or
/// after it is bound. Labels are cheap (a 32-bit id) and belong to the assembler that made them.
public struct Label: Hashable, Sendable, CustomStringConvertible {
    /// Index into the assembler's label table.
    public let id: UInt32
    @inlinable init(id: UInt32) { self.id = id }
    /// The label as the assembler's listings print it: `.L` and the id.
    public var description: String { ".L\(id)" }
}

/// An effective address: `[base + index*scale + disp]`, `[rip + disp]`, `[rip + label]` or an
/// absolute `[disp32]`.
///
/// Every combination this type can hold is encodable; the special cases of the ModRM/SIB scheme
/// (an `rsp`/`r12` base needs a SIB byte, an `rbp`/`r13` base needs a displacement, no base needs a
/// SIB with base=101) are handled by the encoder, not by the user.
public struct Memory: Hashable, Sendable, CustomStringConvertible {
    /// Base register number, or `Memory.noRegister`, or `Memory.ripBase` for rip-relative.
    public let base: UInt8
    /// Index register number (never 4), or `Memory.noRegister`.
    public let index: UInt8
    /// log2 of the scale factor.
    public let scale: Scale
    /// The displacement; with a label, added to the label's address.
    public let disp: Int32
    /// For `[rip + label]`: the label id plus one; 0 for no label.
    @usableFromInline let labelPlusOne: UInt32

    /// The value of ``base`` or ``index`` when the address has no such register.
    public static let noRegister: UInt8 = 0xFF
    /// The value of ``base`` for a rip-relative address.
    public static let ripBase: UInt8 = 0x10

    @inlinable init(base: UInt8, index: UInt8, scale: Scale, disp: Int32, labelPlusOne: UInt32 = 0) {
        self.base = base
        self.index = index
        self.scale = scale
        self.disp = disp
        self.labelPlusOne = labelPlusOne
    }

    /// The same address moved by `offset` bytes: `[base + index*scale + disp + offset]`.
    /// - Parameter offset: Bytes to add to the displacement (wrapping at 32 bits).
    /// - Returns: The moved address, with the same registers, scale and label.
    @inlinable public func offset(by offset: Int32) -> Memory {
        Memory(base: base, index: index, scale: scale, disp: disp &+ offset, labelPlusOne: labelPlusOne)
    }

    /// `[base + disp]`.
    /// - Parameters:
    ///   - base: The base register.
    ///   - disp: The displacement, sign-extended.
    @inlinable public init(_ base: GPR64, _ disp: Int32 = 0) {
        self.init(base: base.number, index: Memory.noRegister, scale: .x1, disp: disp)
    }
    /// `[base + index*scale + disp]`.
    /// - Parameters:
    ///   - base: The base register.
    ///   - index: The index register (any but `rsp`).
    ///   - scale: The factor `index` is multiplied by.
    ///   - disp: The displacement, sign-extended.
    @inlinable public init(_ base: GPR64, _ index: IndexRegister, _ scale: Scale = .x1, _ disp: Int32 = 0) {
        self.init(base: base.number, index: index.number, scale: scale, disp: disp)
    }
    /// `[index*scale + disp32]`, with no base register.
    /// - Parameters:
    ///   - index: The index register (any but `rsp`).
    ///   - scale: The factor `index` is multiplied by.
    ///   - disp: The displacement, sign-extended.
    @inlinable public init(index: IndexRegister, _ scale: Scale, _ disp: Int32 = 0) {
        self.init(base: Memory.noRegister, index: index.number, scale: scale, disp: disp)
    }
    /// The absolute address `[disp32]` (sign-extended to 64 bits).
    /// - Parameter address: The address, in the low 2 GiB or the top 2 GiB of the address space.
    @inlinable public init(absolute address: Int32) {
        self.init(base: Memory.noRegister, index: Memory.noRegister, scale: .x1, disp: address)
    }
    /// `[rip + disp32]`, relative to the end of the instruction.
    /// - Parameter disp: The distance from the end of the instruction.
    @inlinable public init(rip disp: Int32) {
        self.init(base: Memory.ripBase, index: Memory.noRegister, scale: .x1, disp: disp)
    }
    /// `[rip + label + disp]`: the address of a label of the same assembler, plus `disp`.
    /// - Parameters:
    ///   - label: A label of the assembler the operand is used with.
    ///   - disp: Added to the label's address.
    @inlinable public init(rip label: Label, _ disp: Int32 = 0) {
        self.init(base: Memory.ripBase, index: Memory.noRegister, scale: .x1, disp: disp, labelPlusOne: label.id &+ 1)
    }

    /// The label of a `[rip + label]` operand.
    @inlinable public var label: Label? { labelPlusOne == 0 ? nil : Label(id: labelPlusOne &- 1) }
    /// True if the address is relative to `rip`.
    @inlinable public var isRIPRelative: Bool { base == Memory.ripBase }
    /// The base register, if there is one (rip-relative operands have none).
    public var baseRegister: GPR64? { base < 16 ? GPR64(base) : nil }
    /// The index register, if there is one.
    public var indexRegister: IndexRegister? { index < 16 ? IndexRegister(index) : nil }

    /// The address in GNU `as` Intel syntax, e.g. `[rsi+r8*4+0x12345678]`.
    public var description: String {
        var s = "["
        var first = true
        if base == Memory.ripBase {
            s += "rip"
            first = false
        } else if base < 16 {
            s += gpr64Names[Int(base)]
            first = false
        }
        if index < 16 {
            s += (first ? "" : "+") + gpr64Names[Int(index)] + "*\(scale.factor)"
            first = false
        }
        if let label {
            s += "+\(label)"
        }
        if first {
            s += (disp < 0 ? "-0x" : "0x") + String(disp.magnitude, radix: 16)
        } else if disp != 0 {
            s += (disp < 0 ? "-0x" : "+0x") + String(disp.magnitude, radix: 16)
        }
        return s + "]"
    }
}

/// A byte in memory: `BYTE PTR [...]`.
public struct Mem8: Hashable, Sendable, CustomStringConvertible {
    /// The address.
    public let address: Memory
    /// The operand at `address`.
    /// - Parameter address: The effective address.
    @inlinable public init(_ address: Memory) { self.address = address }
    /// The operand in GNU `as` Intel syntax, e.g. `BYTE PTR [rax]`.
    public var description: String { "BYTE PTR \(address)" }
}

/// A 16-bit word in memory: `WORD PTR [...]`.
public struct Mem16: Hashable, Sendable, CustomStringConvertible {
    /// The address.
    public let address: Memory
    /// The operand at `address`.
    /// - Parameter address: The effective address.
    @inlinable public init(_ address: Memory) { self.address = address }
    /// The operand in GNU `as` Intel syntax, e.g. `WORD PTR [rax]`.
    public var description: String { "WORD PTR \(address)" }
}

/// A 32-bit doubleword in memory: `DWORD PTR [...]`.
public struct Mem32: Hashable, Sendable, CustomStringConvertible {
    /// The address.
    public let address: Memory
    /// The operand at `address`.
    /// - Parameter address: The effective address.
    @inlinable public init(_ address: Memory) { self.address = address }
    /// The operand in GNU `as` Intel syntax, e.g. `DWORD PTR [rax]`.
    public var description: String { "DWORD PTR \(address)" }
}

/// A 64-bit quadword in memory: `QWORD PTR [...]`.
public struct Mem64: Hashable, Sendable, CustomStringConvertible {
    /// The address.
    public let address: Memory
    /// The operand at `address`.
    /// - Parameter address: The effective address.
    @inlinable public init(_ address: Memory) { self.address = address }
    /// The operand in GNU `as` Intel syntax, e.g. `QWORD PTR [rbp-0x8]`.
    public var description: String { "QWORD PTR \(address)" }
}

/// A 128-bit value in memory: `XMMWORD PTR [...]`.
public struct Mem128: Hashable, Sendable, CustomStringConvertible {
    /// The address.
    public let address: Memory
    /// The operand at `address`.
    /// - Parameter address: The effective address.
    @inlinable public init(_ address: Memory) { self.address = address }
    /// The operand in GNU `as` Intel syntax, e.g. `XMMWORD PTR [rsp]`.
    public var description: String { "XMMWORD PTR \(address)" }
}

// MARK: - Short spellings
// `.byte(.rax)`, `.qword(.rbp, -8)`, `.dword(.rsi, .r8, .x4, 16)`, `.qword(rip: label)`: the same
// shapes as `Memory`'s initializers, named after the `PTR` keyword so code reads like Intel syntax.

extension Mem8 {
    /// `BYTE PTR [base + disp]`.
    @inlinable public static func byte(_ base: GPR64, _ disp: Int32 = 0) -> Mem8 { Mem8(Memory(base, disp)) }
    /// `BYTE PTR [base + index*scale + disp]`.
    @inlinable public static func byte(_ base: GPR64, _ index: IndexRegister, _ scale: Scale = .x1,
                                       _ disp: Int32 = 0) -> Mem8 { Mem8(Memory(base, index, scale, disp)) }
    /// `BYTE PTR [rip + label + disp]`.
    @inlinable public static func byte(rip label: Label, _ disp: Int32 = 0) -> Mem8 { Mem8(Memory(rip: label, disp)) }
    /// `BYTE PTR` at any address.
    @inlinable public static func byte(_ address: Memory) -> Mem8 { Mem8(address) }
}

extension Mem16 {
    /// `WORD PTR [base + disp]`.
    @inlinable public static func word(_ base: GPR64, _ disp: Int32 = 0) -> Mem16 { Mem16(Memory(base, disp)) }
    /// `WORD PTR [base + index*scale + disp]`.
    @inlinable public static func word(_ base: GPR64, _ index: IndexRegister, _ scale: Scale = .x1,
                                       _ disp: Int32 = 0) -> Mem16 { Mem16(Memory(base, index, scale, disp)) }
    /// `WORD PTR [rip + label + disp]`.
    @inlinable public static func word(rip label: Label, _ disp: Int32 = 0) -> Mem16 { Mem16(Memory(rip: label, disp)) }
    /// `WORD PTR` at any address.
    @inlinable public static func word(_ address: Memory) -> Mem16 { Mem16(address) }
}

extension Mem32 {
    /// `DWORD PTR [base + disp]`.
    @inlinable public static func dword(_ base: GPR64, _ disp: Int32 = 0) -> Mem32 { Mem32(Memory(base, disp)) }
    /// `DWORD PTR [base + index*scale + disp]`.
    @inlinable public static func dword(_ base: GPR64, _ index: IndexRegister, _ scale: Scale = .x1,
                                        _ disp: Int32 = 0) -> Mem32 { Mem32(Memory(base, index, scale, disp)) }
    /// `DWORD PTR [rip + label + disp]`.
    @inlinable public static func dword(rip label: Label, _ disp: Int32 = 0) -> Mem32 {
        Mem32(Memory(rip: label, disp))
    }
    /// `DWORD PTR` at any address.
    @inlinable public static func dword(_ address: Memory) -> Mem32 { Mem32(address) }
}

extension Mem64 {
    /// `QWORD PTR [base + disp]`.
    @inlinable public static func qword(_ base: GPR64, _ disp: Int32 = 0) -> Mem64 { Mem64(Memory(base, disp)) }
    /// `QWORD PTR [base + index*scale + disp]`.
    @inlinable public static func qword(_ base: GPR64, _ index: IndexRegister, _ scale: Scale = .x1,
                                        _ disp: Int32 = 0) -> Mem64 { Mem64(Memory(base, index, scale, disp)) }
    /// `QWORD PTR [rip + label + disp]`.
    @inlinable public static func qword(rip label: Label, _ disp: Int32 = 0) -> Mem64 {
        Mem64(Memory(rip: label, disp))
    }
    /// `QWORD PTR` at any address.
    @inlinable public static func qword(_ address: Memory) -> Mem64 { Mem64(address) }
}

extension Mem128 {
    /// `XMMWORD PTR [base + disp]`.
    @inlinable public static func xmmword(_ base: GPR64, _ disp: Int32 = 0) -> Mem128 { Mem128(Memory(base, disp)) }
    /// `XMMWORD PTR [base + index*scale + disp]`.
    @inlinable public static func xmmword(_ base: GPR64, _ index: IndexRegister, _ scale: Scale = .x1,
                                          _ disp: Int32 = 0) -> Mem128 { Mem128(Memory(base, index, scale, disp)) }
    /// `XMMWORD PTR [rip + label + disp]`.
    @inlinable public static func xmmword(rip label: Label, _ disp: Int32 = 0) -> Mem128 {
        Mem128(Memory(rip: label, disp))
    }
    /// `XMMWORD PTR` at any address.
    @inlinable public static func xmmword(_ address: Memory) -> Mem128 { Mem128(address) }
}
