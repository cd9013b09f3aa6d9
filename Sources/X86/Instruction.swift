// The instruction model: one instruction as a mnemonic and operands, the form shared by the text
// assembler (which parses into it), the decoder (which produces it) and the formatter (which
// prints it as objdump does). `Assembler.emit(_:)` (generated) encodes it through the same typed
// methods as Swift callers use, so there is exactly one encoder.
//
// This is the flexible path. Code generators that know their operands statically should call the
// typed methods directly: they avoid the operand array and the dispatch.

/// One operand of an ``Instruction``.
public enum Operand: Hashable, Sendable, CustomStringConvertible {
    /// An 8-bit general-purpose register.
    case gpr8(GPR8)
    /// A 16-bit general-purpose register.
    case gpr16(GPR16)
    /// A 32-bit general-purpose register.
    case gpr32(GPR32)
    /// A 64-bit general-purpose register.
    case gpr64(GPR64)
    /// An SSE register.
    case xmm(XMM)
    /// A memory operand; `size` is the `PTR` keyword, or nil where none is written (as for `lea`).
    case memory(Memory, size: OperandSize?)
    /// A 64-bit absolute address of `movabs`'s moffs form (`movabs eax, [0x123456789]`).
    case absoluteAddress(UInt64, size: OperandSize?)
    /// An immediate value, as written (sign and range are checked when encoding).
    case immediate(Int64)
    /// A branch target or rip-relative reference: a label of the assembler.
    case label(Label)
    /// A branch target given as an offset from the start of the code (what a disassembler prints).
    case target(Int64)

    /// The operand in GNU `as` Intel syntax.
    public var description: String {
        switch self {
        case .gpr8(let r): r.description
        case .gpr16(let r): r.description
        case .gpr32(let r): r.description
        case .gpr64(let r): r.description
        case .xmm(let r): r.description
        case .memory(let m, let size): size.map { "\($0.pointerKeyword) PTR \(m)" } ?? m.description
        case .absoluteAddress(let a, let size):
            (size.map { "\($0.pointerKeyword) PTR " } ?? "") + "[0x" + String(a, radix: 16) + "]"
        case .immediate(let v): v < 0 ? "-0x" + String(v.magnitude, radix: 16) : "0x" + String(v, radix: 16)
        case .label(let l): l.description
        case .target(let t): "0x" + String(t, radix: 16)
        }
    }
}

/// An instruction: a mnemonic (lowercase, as GNU `as` spells it) and its operands in Intel order.
public struct Instruction: Hashable, Sendable, CustomStringConvertible {
    /// The mnemonic, e.g. `add`, `cmovne`, `movsd`.
    public var mnemonic: String
    /// The operands, destination first.
    public var operands: [Operand]

    /// Creates an instruction.
    /// - Parameters:
    ///   - mnemonic: The mnemonic in lowercase, such as `add` or `jne`.
    ///   - operands: The operands, destination first.
    public init(_ mnemonic: String, _ operands: [Operand] = []) {
        self.mnemonic = mnemonic
        self.operands = operands
    }

    /// The instruction in GNU `as` Intel syntax (`add rax, 0x10`).
    public var description: String {
        operands.isEmpty ? mnemonic : mnemonic + " " + operands.map(\.description).joined(separator: ", ")
    }
}
