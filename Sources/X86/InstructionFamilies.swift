// The families of instructions that share an encoding scheme and differ only in an opcode or a
// ModRM.reg extension (`/digit`). Each case's raw value is that digit or opcode; these enums are the
// rows of the encoding table for their family, and the family methods in Assembler+Integer.swift
// select the form (SDM Vol. 2, Appendix A "Opcode Map", groups 1-3 and 8).

/// Group 1 arithmetic: `op r/m, r` = `(op*8)+0/1`, `op r, r/m` = `+2/3`, `op al/eax, imm` = `+4/5`,
/// `op r/m, imm` = `80/81 /op`, `op r/m, imm8` = `83 /op ib`.
public enum ALUOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case add = 0, or, adc, sbb, and, sub, xor, cmp
    public var description: String { ["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"][Int(rawValue)] }
}

/// One-operand instructions of groups 3 (`F6/F7 /digit`) and 4/5 (`FE/FF /digit`).
public enum UnaryOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case inc = 0, dec = 1, not = 2, neg = 3, mul = 4, imul = 5, div = 6, idiv = 7
    /// The byte-size opcode: FE for inc/dec, F6 for the rest.
    @inlinable var opcode: UInt8 { rawValue < 2 ? 0xFE : 0xF6 }
    public var description: String {
        ["inc", "dec", "not", "neg", "mul", "imul", "div", "idiv"][Int(rawValue)]
    }
}

/// Group 2 shifts and rotates: `D0/D1 /op` by 1, `D2/D3 /op` by `cl`, `C0/C1 /op ib` by an immediate.
/// (`sal` is `shl`: GNU `as` encodes both as /4.)
public enum ShiftOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case rol = 0, ror = 1, rcl = 2, rcr = 3, shl = 4, shr = 5, sar = 7
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
    case bt = 4, bts = 5, btr = 6, btc = 7
    /// Second opcode byte of the register form.
    @inlinable var registerOpcode: UInt8 { 0xA3 &+ (rawValue &- 4) &* 8 }
    public var description: String { ["bt", "bts", "btr", "btc"][Int(rawValue - 4)] }
}

/// Bit scans and counts, `reg, r/m` forms: bsf `0F BC`, bsr `0F BD`, and the F3-prefixed tzcnt
/// `F3 0F BC`, lzcnt `F3 0F BD`, popcnt `F3 0F B8`.
public enum BitCountOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case bsf, bsr, tzcnt, lzcnt, popcnt
    @inlinable var opcode: Opcode {
        switch self {
        case .bsf: Opcode(0x0F, 0xBC)
        case .bsr: Opcode(0x0F, 0xBD)
        case .tzcnt: Opcode(0x0F, 0xBC).prefixed(0xF3)
        case .lzcnt: Opcode(0x0F, 0xBD).prefixed(0xF3)
        case .popcnt: Opcode(0x0F, 0xB8).prefixed(0xF3)
        }
    }
    public var description: String { ["bsf", "bsr", "tzcnt", "lzcnt", "popcnt"][Int(rawValue)] }
}

/// Double-precision shifts: shld `0F A4 ib` / `0F A5` (by cl), shrd `0F AC ib` / `0F AD`.
public enum DoubleShiftOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case shld = 0xA4, shrd = 0xAC
    public var description: String { self == .shld ? "shld" : "shrd" }
}

/// The count register `cl`, the only register a shift count can be in.
public struct CountRegister: Hashable, Sendable, CustomStringConvertible {
    @inlinable init() {}
    /// `cl`.
    public static let cl = CountRegister()
    public var description: String { "cl" }
}

/// Sign or zero extension: movzx `0F B6/B7`, movsx `0F BE/BF`.
public enum ExtendOp: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case movzx = 0xB6, movsx = 0xBE
    public var description: String { self == .movzx ? "movzx" : "movsx" }
}
