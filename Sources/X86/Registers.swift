// Register operands. Each register class and width is its own type, so that `add(.rax, .ecx)` does not
// compile. The stored value is the 4-bit hardware number (ModRM.reg / ModRM.rm / SIB fields plus the REX
// extension bit); byte registers carry one more bit to tell `ah`..`bh` from `spl`..`dil`.

/// The width of an operand, in bits.
public enum OperandSize: UInt8, Sendable, Hashable, CaseIterable {
    case byte = 8, word = 16, dword = 32, qword = 64, xmmword = 128

    /// The size in bytes.
    @inlinable public var bytes: Int { Int(rawValue) / 8 }

    /// The keyword GNU `as` and objdump use before `PTR` for a memory operand of this size.
    public var pointerKeyword: String {
        switch self {
        case .byte: "BYTE"
        case .word: "WORD"
        case .dword: "DWORD"
        case .qword: "QWORD"
        case .xmmword: "XMMWORD"
        }
    }
}

/// Names of the sixteen general-purpose registers at each width, indexed by hardware number.
@usableFromInline let gpr64Names = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]
@usableFromInline let gpr32Names = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                                    "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"]
@usableFromInline let gpr16Names = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
                                    "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"]
@usableFromInline let gpr8Names = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
                                   "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"]
@usableFromInline let gpr8HighNames = ["ah", "ch", "dh", "bh"]

/// A 64-bit general-purpose register (`rax` ... `r15`).
public struct GPR64: Hashable, Sendable, CustomStringConvertible {
    /// Hardware register number, 0 to 15.
    public let number: UInt8
    @inlinable init(_ number: UInt8) { self.number = number }
    /// The register with hardware number `number`, or `nil` if `number` is not in 0...15.
    public init?(number: Int) {
        guard (0..<16).contains(number) else { return nil }
        self.number = UInt8(number)
    }
    public var description: String { gpr64Names[Int(number)] }
    /// All sixteen registers, in hardware order.
    public static let all: [GPR64] = (0..<16).map { GPR64(UInt8($0)) }

    public static let rax = GPR64(0), rcx = GPR64(1), rdx = GPR64(2), rbx = GPR64(3)
    public static let rsp = GPR64(4), rbp = GPR64(5), rsi = GPR64(6), rdi = GPR64(7)
    public static let r8 = GPR64(8), r9 = GPR64(9), r10 = GPR64(10), r11 = GPR64(11)
    public static let r12 = GPR64(12), r13 = GPR64(13), r14 = GPR64(14), r15 = GPR64(15)

    /// The low 32 bits of this register.
    @inlinable public var dword: GPR32 { GPR32(number) }
    /// The low 16 bits of this register.
    @inlinable public var word: GPR16 { GPR16(number) }
    /// The low 8 bits of this register (`al`, `spl`, `r8b`, ...).
    @inlinable public var byte: GPR8 { GPR8(number) }
}

/// A 32-bit general-purpose register (`eax` ... `r15d`). Writing one zeroes the upper 32 bits.
public struct GPR32: Hashable, Sendable, CustomStringConvertible {
    /// Hardware register number, 0 to 15.
    public let number: UInt8
    @inlinable init(_ number: UInt8) { self.number = number }
    public var description: String { gpr32Names[Int(number)] }
    /// All sixteen registers, in hardware order.
    public static let all: [GPR32] = (0..<16).map { GPR32(UInt8($0)) }

    public static let eax = GPR32(0), ecx = GPR32(1), edx = GPR32(2), ebx = GPR32(3)
    public static let esp = GPR32(4), ebp = GPR32(5), esi = GPR32(6), edi = GPR32(7)
    public static let r8d = GPR32(8), r9d = GPR32(9), r10d = GPR32(10), r11d = GPR32(11)
    public static let r12d = GPR32(12), r13d = GPR32(13), r14d = GPR32(14), r15d = GPR32(15)
    /// The 64-bit register this is the low half of.
    @inlinable public var qword: GPR64 { GPR64(number) }
}

/// A 16-bit general-purpose register (`ax` ... `r15w`).
public struct GPR16: Hashable, Sendable, CustomStringConvertible {
    /// Hardware register number, 0 to 15.
    public let number: UInt8
    @inlinable init(_ number: UInt8) { self.number = number }
    public var description: String { gpr16Names[Int(number)] }
    /// All sixteen registers, in hardware order.
    public static let all: [GPR16] = (0..<16).map { GPR16(UInt8($0)) }

    public static let ax = GPR16(0), cx = GPR16(1), dx = GPR16(2), bx = GPR16(3)
    public static let sp = GPR16(4), bp = GPR16(5), si = GPR16(6), di = GPR16(7)
    public static let r8w = GPR16(8), r9w = GPR16(9), r10w = GPR16(10), r11w = GPR16(11)
    public static let r12w = GPR16(12), r13w = GPR16(13), r14w = GPR16(14), r15w = GPR16(15)
}

/// An 8-bit general-purpose register.
///
/// `spl`, `bpl`, `sil`, `dil` and `r8b`...`r15b` can only be encoded with a REX prefix, and `ah`, `ch`,
/// `dh`, `bh` only without one (SDM Vol. 2A §2.2.1.2): in the same instruction they exclude each other.
/// That rule is checked when the instruction is encoded, since the types cannot express it.
public struct GPR8: Hashable, Sendable, CustomStringConvertible {
    /// Hardware number 0...15, or 0x14...0x17 for `ah`, `ch`, `dh`, `bh` (encoded as 4...7 without REX).
    public let raw: UInt8
    @inlinable init(_ raw: UInt8) { self.raw = raw }
    public var description: String {
        isHighByte ? gpr8HighNames[Int(raw & 3)] : gpr8Names[Int(raw)]
    }
    /// True for `ah`, `ch`, `dh` and `bh`, which cannot be used in an instruction that has a REX prefix.
    @inlinable public var isHighByte: Bool { raw >= 0x10 }
    /// True for `spl`, `bpl`, `sil` and `dil`, which need a REX prefix even though their number is below 8.
    @inlinable public var needsREX: Bool { raw >= 4 && raw <= 7 }
    /// The 3-bit field value plus REX bit: the number that goes into ModRM/opcode.
    @inlinable public var number: UInt8 { raw & 0x0F }
    /// All twenty byte registers: the sixteen low bytes, then `ah`, `ch`, `dh`, `bh`.
    public static let all: [GPR8] = (0..<16).map { GPR8(UInt8($0)) } + [.ah, .ch, .dh, .bh]

    public static let al = GPR8(0), cl = GPR8(1), dl = GPR8(2), bl = GPR8(3)
    public static let spl = GPR8(4), bpl = GPR8(5), sil = GPR8(6), dil = GPR8(7)
    public static let r8b = GPR8(8), r9b = GPR8(9), r10b = GPR8(10), r11b = GPR8(11)
    public static let r12b = GPR8(12), r13b = GPR8(13), r14b = GPR8(14), r15b = GPR8(15)
    public static let ah = GPR8(0x14), ch = GPR8(0x15), dh = GPR8(0x16), bh = GPR8(0x17)
}

/// A 128-bit SSE register (`xmm0` ... `xmm15`).
public struct XMM: Hashable, Sendable, CustomStringConvertible {
    /// Hardware register number, 0 to 15.
    public let number: UInt8
    @inlinable init(_ number: UInt8) { self.number = number }
    /// The register with hardware number `number`, or `nil` if `number` is not in 0...15.
    public init?(number: Int) {
        guard (0..<16).contains(number) else { return nil }
        self.number = UInt8(number)
    }
    public var description: String { "xmm\(number)" }
    /// All sixteen registers, in hardware order.
    public static let all: [XMM] = (0..<16).map { XMM(UInt8($0)) }

    public static let xmm0 = XMM(0), xmm1 = XMM(1), xmm2 = XMM(2), xmm3 = XMM(3)
    public static let xmm4 = XMM(4), xmm5 = XMM(5), xmm6 = XMM(6), xmm7 = XMM(7)
    public static let xmm8 = XMM(8), xmm9 = XMM(9), xmm10 = XMM(10), xmm11 = XMM(11)
    public static let xmm12 = XMM(12), xmm13 = XMM(13), xmm14 = XMM(14), xmm15 = XMM(15)
}

/// A register usable as the index of a memory operand: any 64-bit register except `rsp`, which the
/// SIB byte cannot encode as an index (its number means "no index", SDM Vol. 2A Table 2-3).
public struct IndexRegister: Hashable, Sendable, CustomStringConvertible {
    /// Hardware register number: 0...15 except 4.
    public let number: UInt8
    @inlinable init(_ number: UInt8) { self.number = number }
    /// The index register for `register`, or `nil` for `rsp`.
    public init?(_ register: GPR64) {
        guard register.number != 4 else { return nil }
        number = register.number
    }
    public var description: String { gpr64Names[Int(number)] }
    /// The fifteen registers that can be an index.
    public static let all: [IndexRegister] = (0..<16).filter { $0 != 4 }.map { IndexRegister(UInt8($0)) }

    public static let rax = IndexRegister(0), rcx = IndexRegister(1), rdx = IndexRegister(2)
    public static let rbx = IndexRegister(3), rbp = IndexRegister(5), rsi = IndexRegister(6)
    public static let rdi = IndexRegister(7), r8 = IndexRegister(8), r9 = IndexRegister(9)
    public static let r10 = IndexRegister(10), r11 = IndexRegister(11), r12 = IndexRegister(12)
    public static let r13 = IndexRegister(13), r14 = IndexRegister(14), r15 = IndexRegister(15)
}

/// The scale factor applied to an index register.
public enum Scale: UInt8, Sendable, Hashable, CaseIterable {
    case x1 = 0, x2 = 1, x4 = 2, x8 = 3
    /// The multiplier: 1, 2, 4 or 8.
    @inlinable public var factor: Int { 1 << Int(rawValue) }
}

/// The sixteen condition codes of `jcc`, `setcc` and `cmovcc`, by their hardware number (the low
/// nibble of the opcode). Aliases (`jz` = `je`, `jnae` = `jb`, ...) are static members.
public enum Condition: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case o = 0, no, b, ae, e, ne, be, a, s, ns, p, np, l, ge, le, g

    public static let c = Condition.b, nae = Condition.b, nc = Condition.ae, nb = Condition.ae
    public static let z = Condition.e, nz = Condition.ne, na = Condition.be, nbe = Condition.a
    public static let pe = Condition.p, po = Condition.np, nge = Condition.l, nl = Condition.ge
    public static let ng = Condition.le, nle = Condition.g

    /// The suffix as objdump prints it (`e`, `ne`, `b`, `ae`, ...).
    public var description: String {
        ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"][Int(rawValue)]
    }
    /// The condition that holds exactly when this one does not.
    @inlinable public var negated: Condition { Condition(rawValue: rawValue ^ 1)! }
}
