// The families of instructions that share an encoding scheme and differ only in an opcode or a
// ModRM.reg extension (`/digit`). Each case's raw value is that digit or opcode; these enums are the
// rows of the encoding table for their family, and the family methods in Assembler+Integer.swift
// select the form (SDM Vol. 2, Appendix A "Opcode Map", groups 1-3 and 8).

/// Group 1 arithmetic: `op r/m, r` = `(op*8)+0/1`, `op r, r/m` = `+2/3`, `op al/eax, imm` = `+4/5`,
/// `op r/m, imm` = `80/81 /op`, `op r/m, imm8` = `83 /op ib`.
public enum ALUOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// `add`: destination += source (`/0`).
    case add = 0
    /// `or`: destination |= source (`/1`).
    case or
    /// `adc`: destination += source + CF (`/2`).
    case adc
    /// `sbb`: destination -= source + CF (`/3`).
    case sbb
    /// `and`: destination &= source (`/4`).
    case and
    /// `sub`: destination -= source (`/5`).
    case sub
    /// `xor`: destination ^= source (`/6`).
    case xor
    /// `cmp`: sets the flags of destination - source, writes nothing (`/7`).
    case cmp
    /// The mnemonic, as GNU `as` and objdump write it.
    public var description: String { ["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"][Int(rawValue)] }
}

/// One-operand instructions of groups 3 (`F6/F7 /digit`) and 4/5 (`FE/FF /digit`).
public enum UnaryOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// `inc`: adds 1, leaving CF unchanged (`FE/FF /0`).
    case inc = 0
    /// `dec`: subtracts 1, leaving CF unchanged (`FE/FF /1`).
    case dec = 1
    /// `not`: one's complement (`F6/F7 /2`).
    case not = 2
    /// `neg`: two's complement negation (`F6/F7 /3`).
    case neg = 3
    /// `mul`: unsigned multiply of the accumulator into `ax`, `dx:ax`, `edx:eax` or `rdx:rax` (`F6/F7 /4`).
    case mul = 4
    /// `imul`: signed multiply of the accumulator into `ax`, `dx:ax`, `edx:eax` or `rdx:rax` (`F6/F7 /5`).
    case imul = 5
    /// `div`: unsigned divide of `ax`, `dx:ax`, `edx:eax` or `rdx:rax`: quotient and remainder (`F6/F7 /6`).
    case div = 6
    /// `idiv`: signed divide of `ax`, `dx:ax`, `edx:eax` or `rdx:rax`: quotient and remainder (`F6/F7 /7`).
    case idiv = 7
    /// The byte-size opcode: FE for inc/dec, F6 for the rest.
    @inlinable var opcode: UInt8 { rawValue < 2 ? 0xFE : 0xF6 }
    /// The mnemonic, as GNU `as` and objdump write it.
    public var description: String {
        ["inc", "dec", "not", "neg", "mul", "imul", "div", "idiv"][Int(rawValue)]
    }
}

/// Group 2 shifts and rotates: `D0/D1 /op` by 1, `D2/D3 /op` by `cl`, `C0/C1 /op ib` by an immediate.
/// (`sal` is `shl`: GNU `as` encodes both as /4.)
public enum ShiftOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// `rol`: rotate left (`/0`).
    case rol = 0
    /// `ror`: rotate right (`/1`).
    case ror = 1
    /// `rcl`: rotate left through CF (`/2`).
    case rcl = 2
    /// `rcr`: rotate right through CF (`/3`).
    case rcr = 3
    /// `shl` (also `sal`): shift left (`/4`).
    case shl = 4
    /// `shr`: logical shift right, filling with zeros (`/5`).
    case shr = 5
    /// `sar`: arithmetic shift right, filling with the sign bit (`/7`).
    case sar = 7
    /// The mnemonic, as GNU `as` and objdump write it.
    public var description: String {
        switch self {
        case .rol: "rol"
        case .ror: "ror"
        case .rcl: "rcl"
        case .rcr: "rcr"
        case .shl: "shl"
        case .shr: "shr"
        case .sar: "sar"
        }
    }
}

/// Bit tests: `0F A3/AB/B3/BB /r` with a register bit index, `0F BA /4../7 ib` with an immediate.
public enum BitTestOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// `bt`: copies the bit to CF.
    case bt = 4
    /// `bts`: copies the bit to CF, then sets it.
    case bts = 5
    /// `btr`: copies the bit to CF, then clears it.
    case btr = 6
    /// `btc`: copies the bit to CF, then complements it.
    case btc = 7
    /// Second opcode byte of the register form.
    @inlinable var registerOpcode: UInt8 { 0xA3 &+ (rawValue &- 4) &* 8 }
    /// The mnemonic, as GNU `as` and objdump write it.
    public var description: String { ["bt", "bts", "btr", "btc"][Int(rawValue - 4)] }
}

/// Bit scans and counts, `reg, r/m` forms: bsf `0F BC`, bsr `0F BD`, and the F3-prefixed tzcnt
/// `F3 0F BC`, lzcnt `F3 0F BD`, popcnt `F3 0F B8`.
public enum BitCountOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// `bsf`: index of the lowest set bit (destination undefined for a zero source).
    case bsf
    /// `bsr`: index of the highest set bit (destination undefined for a zero source).
    case bsr
    /// `tzcnt`: count of trailing zero bits (BMI1); the operand size for zero.
    case tzcnt
    /// `lzcnt`: count of leading zero bits (LZCNT); the operand size for zero.
    case lzcnt
    /// `popcnt`: count of set bits (POPCNT).
    case popcnt
    @inlinable var opcode: Opcode {
        switch self {
        case .bsf: Opcode(0x0F, 0xBC)
        case .bsr: Opcode(0x0F, 0xBD)
        case .tzcnt: Opcode(0x0F, 0xBC).prefixed(0xF3)
        case .lzcnt: Opcode(0x0F, 0xBD).prefixed(0xF3)
        case .popcnt: Opcode(0x0F, 0xB8).prefixed(0xF3)
        }
    }
    /// The mnemonic, as GNU `as` and objdump write it.
    public var description: String { ["bsf", "bsr", "tzcnt", "lzcnt", "popcnt"][Int(rawValue)] }
}

/// Double-precision shifts: shld `0F A4 ib` / `0F A5` (by cl), shrd `0F AC ib` / `0F AD`.
public enum DoubleShiftOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// `shld`: shifts the destination left, filling from the high bits of the source.
    case shld = 0xA4
    /// `shrd`: shifts the destination right, filling from the low bits of the source.
    case shrd = 0xAC
    /// The mnemonic, as GNU `as` and objdump write it.
    public var description: String { self == .shld ? "shld" : "shrd" }
}

/// The count register `cl`, the only register a shift count can be in.
public struct CountRegister: Hashable, Sendable, CustomStringConvertible {
    @inlinable init() {}
    /// `cl`.
    public static let cl = CountRegister()
    /// The register's name, `cl`.
    public var description: String { "cl" }
}

/// Sign or zero extension: movzx `0F B6/B7`, movsx `0F BE/BF`.
public enum ExtendOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// `movzx`: zero-extends the byte or word source.
    case movzx = 0xB6
    /// `movsx`: sign-extends the byte or word source.
    case movsx = 0xBE
    /// The mnemonic, as GNU `as` and objdump write it.
    public var description: String { self == .movzx ? "movzx" : "movsx" }
}
