// Register operands. Each register class and width is its own type, so that `add(.rax, .ecx)` does not
// compile. The stored value is the 4-bit hardware number (ModRM.reg / ModRM.rm / SIB fields plus the REX
// extension bit); byte registers carry one more bit to tell `ah`..`bh` from `spl`..`dil`.

/// The width of an operand, in bits.
public enum OperandSize: UInt8, Sendable, Hashable, CaseIterable {
    /// 8 bits (`BYTE PTR`).
    case byte = 8
    /// 16 bits (`WORD PTR`).
    case word = 16
    /// 32 bits (`DWORD PTR`).
    case dword = 32
    /// 64 bits (`QWORD PTR`).
    case qword = 64
    /// 128 bits, an SSE register or memory operand (`XMMWORD PTR`).
    case xmmword = 128

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
    /// - Parameter number: A hardware register number.
    public init?(number: Int) {
        guard (0..<16).contains(number) else { return nil }
        self.number = UInt8(number)
    }
    /// The register's name as GNU `as` and objdump write it (`rax`, `r8`, ...).
    public var description: String { gpr64Names[Int(number)] }
    /// All sixteen registers, in hardware order (a literal: nothing to compute at first use).
    public static let all: [GPR64] = [.rax, .rcx, .rdx, .rbx, .rsp, .rbp, .rsi, .rdi,
                                      .r8, .r9, .r10, .r11, .r12, .r13, .r14, .r15]

    /// `rax`, register 0: in the System V ABI, the return value and the scratch register of `mul`/`div`.
    @inlinable public static var rax: GPR64 { GPR64(0) }
    /// `rcx`, register 1: in the System V ABI, the fourth integer argument.
    @inlinable public static var rcx: GPR64 { GPR64(1) }
    /// `rdx`, register 2: in the System V ABI, the third integer argument and the high half of `mul`/`div`.
    @inlinable public static var rdx: GPR64 { GPR64(2) }
    /// `rbx`, register 3: in the System V ABI, callee-saved.
    @inlinable public static var rbx: GPR64 { GPR64(3) }
    /// `rsp`, register 4: in the System V ABI, the stack pointer.
    @inlinable public static var rsp: GPR64 { GPR64(4) }
    /// `rbp`, register 5: in the System V ABI, callee-saved, the frame pointer by convention.
    @inlinable public static var rbp: GPR64 { GPR64(5) }
    /// `rsi`, register 6: in the System V ABI, the second integer argument.
    @inlinable public static var rsi: GPR64 { GPR64(6) }
    /// `rdi`, register 7: in the System V ABI, the first integer argument.
    @inlinable public static var rdi: GPR64 { GPR64(7) }
    /// `r8`, register 8: in the System V ABI, the fifth integer argument.
    @inlinable public static var r8: GPR64 { GPR64(8) }
    /// `r9`, register 9: in the System V ABI, the sixth integer argument.
    @inlinable public static var r9: GPR64 { GPR64(9) }
    /// `r10`, register 10: in the System V ABI, caller-saved scratch.
    @inlinable public static var r10: GPR64 { GPR64(10) }
    /// `r11`, register 11: in the System V ABI, caller-saved scratch.
    @inlinable public static var r11: GPR64 { GPR64(11) }
    /// `r12`, register 12: in the System V ABI, callee-saved.
    @inlinable public static var r12: GPR64 { GPR64(12) }
    /// `r13`, register 13: in the System V ABI, callee-saved.
    @inlinable public static var r13: GPR64 { GPR64(13) }
    /// `r14`, register 14: in the System V ABI, callee-saved.
    @inlinable public static var r14: GPR64 { GPR64(14) }
    /// `r15`, register 15: in the System V ABI, callee-saved.
    @inlinable public static var r15: GPR64 { GPR64(15) }

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
    /// The register's name as GNU `as` and objdump write it (`eax`, `r8d`, ...).
    public var description: String { gpr32Names[Int(number)] }
    /// All sixteen registers, in hardware order.
    public static let all: [GPR32] = (0..<16).map { GPR32(UInt8($0)) }

    /// `eax`, the low 32 bits of ``GPR64/rax``.
    @inlinable public static var eax: GPR32 { GPR32(0) }
    /// `ecx`, the low 32 bits of ``GPR64/rcx``.
    @inlinable public static var ecx: GPR32 { GPR32(1) }
    /// `edx`, the low 32 bits of ``GPR64/rdx``.
    @inlinable public static var edx: GPR32 { GPR32(2) }
    /// `ebx`, the low 32 bits of ``GPR64/rbx``.
    @inlinable public static var ebx: GPR32 { GPR32(3) }
    /// `esp`, the low 32 bits of ``GPR64/rsp``.
    @inlinable public static var esp: GPR32 { GPR32(4) }
    /// `ebp`, the low 32 bits of ``GPR64/rbp``.
    @inlinable public static var ebp: GPR32 { GPR32(5) }
    /// `esi`, the low 32 bits of ``GPR64/rsi``.
    @inlinable public static var esi: GPR32 { GPR32(6) }
    /// `edi`, the low 32 bits of ``GPR64/rdi``.
    @inlinable public static var edi: GPR32 { GPR32(7) }
    /// `r8d`, the low 32 bits of ``GPR64/r8``.
    @inlinable public static var r8d: GPR32 { GPR32(8) }
    /// `r9d`, the low 32 bits of ``GPR64/r9``.
    @inlinable public static var r9d: GPR32 { GPR32(9) }
    /// `r10d`, the low 32 bits of ``GPR64/r10``.
    @inlinable public static var r10d: GPR32 { GPR32(10) }
    /// `r11d`, the low 32 bits of ``GPR64/r11``.
    @inlinable public static var r11d: GPR32 { GPR32(11) }
    /// `r12d`, the low 32 bits of ``GPR64/r12``.
    @inlinable public static var r12d: GPR32 { GPR32(12) }
    /// `r13d`, the low 32 bits of ``GPR64/r13``.
    @inlinable public static var r13d: GPR32 { GPR32(13) }
    /// `r14d`, the low 32 bits of ``GPR64/r14``.
    @inlinable public static var r14d: GPR32 { GPR32(14) }
    /// `r15d`, the low 32 bits of ``GPR64/r15``.
    @inlinable public static var r15d: GPR32 { GPR32(15) }
    /// The 64-bit register this is the low half of.
    @inlinable public var qword: GPR64 { GPR64(number) }
}

/// A 16-bit general-purpose register (`ax` ... `r15w`).
public struct GPR16: Hashable, Sendable, CustomStringConvertible {
    /// Hardware register number, 0 to 15.
    public let number: UInt8
    @inlinable init(_ number: UInt8) { self.number = number }
    /// The register's name as GNU `as` and objdump write it (`ax`, `r8w`, ...).
    public var description: String { gpr16Names[Int(number)] }
    /// All sixteen registers, in hardware order.
    public static let all: [GPR16] = (0..<16).map { GPR16(UInt8($0)) }

    /// `ax`, the low 16 bits of ``GPR64/rax``.
    @inlinable public static var ax: GPR16 { GPR16(0) }
    /// `cx`, the low 16 bits of ``GPR64/rcx``.
    @inlinable public static var cx: GPR16 { GPR16(1) }
    /// `dx`, the low 16 bits of ``GPR64/rdx``.
    @inlinable public static var dx: GPR16 { GPR16(2) }
    /// `bx`, the low 16 bits of ``GPR64/rbx``.
    @inlinable public static var bx: GPR16 { GPR16(3) }
    /// `sp`, the low 16 bits of ``GPR64/rsp``.
    @inlinable public static var sp: GPR16 { GPR16(4) }
    /// `bp`, the low 16 bits of ``GPR64/rbp``.
    @inlinable public static var bp: GPR16 { GPR16(5) }
    /// `si`, the low 16 bits of ``GPR64/rsi``.
    @inlinable public static var si: GPR16 { GPR16(6) }
    /// `di`, the low 16 bits of ``GPR64/rdi``.
    @inlinable public static var di: GPR16 { GPR16(7) }
    /// `r8w`, the low 16 bits of ``GPR64/r8``.
    @inlinable public static var r8w: GPR16 { GPR16(8) }
    /// `r9w`, the low 16 bits of ``GPR64/r9``.
    @inlinable public static var r9w: GPR16 { GPR16(9) }
    /// `r10w`, the low 16 bits of ``GPR64/r10``.
    @inlinable public static var r10w: GPR16 { GPR16(10) }
    /// `r11w`, the low 16 bits of ``GPR64/r11``.
    @inlinable public static var r11w: GPR16 { GPR16(11) }
    /// `r12w`, the low 16 bits of ``GPR64/r12``.
    @inlinable public static var r12w: GPR16 { GPR16(12) }
    /// `r13w`, the low 16 bits of ``GPR64/r13``.
    @inlinable public static var r13w: GPR16 { GPR16(13) }
    /// `r14w`, the low 16 bits of ``GPR64/r14``.
    @inlinable public static var r14w: GPR16 { GPR16(14) }
    /// `r15w`, the low 16 bits of ``GPR64/r15``.
    @inlinable public static var r15w: GPR16 { GPR16(15) }
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
    /// The register's name as GNU `as` and objdump write it (`al`, `spl`, `r8b`, `ah`, ...).
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

    /// `al`, the low 8 bits of ``GPR64/rax``.
    @inlinable public static var al: GPR8 { GPR8(0) }
    /// `cl`, the low 8 bits of ``GPR64/rcx``.
    @inlinable public static var cl: GPR8 { GPR8(1) }
    /// `dl`, the low 8 bits of ``GPR64/rdx``.
    @inlinable public static var dl: GPR8 { GPR8(2) }
    /// `bl`, the low 8 bits of ``GPR64/rbx``.
    @inlinable public static var bl: GPR8 { GPR8(3) }
    /// `spl`, the low 8 bits of ``GPR64/rsp``; needs a REX prefix.
    @inlinable public static var spl: GPR8 { GPR8(4) }
    /// `bpl`, the low 8 bits of ``GPR64/rbp``; needs a REX prefix.
    @inlinable public static var bpl: GPR8 { GPR8(5) }
    /// `sil`, the low 8 bits of ``GPR64/rsi``; needs a REX prefix.
    @inlinable public static var sil: GPR8 { GPR8(6) }
    /// `dil`, the low 8 bits of ``GPR64/rdi``; needs a REX prefix.
    @inlinable public static var dil: GPR8 { GPR8(7) }
    /// `r8b`, the low 8 bits of ``GPR64/r8``; needs a REX prefix.
    @inlinable public static var r8b: GPR8 { GPR8(8) }
    /// `r9b`, the low 8 bits of ``GPR64/r9``; needs a REX prefix.
    @inlinable public static var r9b: GPR8 { GPR8(9) }
    /// `r10b`, the low 8 bits of ``GPR64/r10``; needs a REX prefix.
    @inlinable public static var r10b: GPR8 { GPR8(10) }
    /// `r11b`, the low 8 bits of ``GPR64/r11``; needs a REX prefix.
    @inlinable public static var r11b: GPR8 { GPR8(11) }
    /// `r12b`, the low 8 bits of ``GPR64/r12``; needs a REX prefix.
    @inlinable public static var r12b: GPR8 { GPR8(12) }
    /// `r13b`, the low 8 bits of ``GPR64/r13``; needs a REX prefix.
    @inlinable public static var r13b: GPR8 { GPR8(13) }
    /// `r14b`, the low 8 bits of ``GPR64/r14``; needs a REX prefix.
    @inlinable public static var r14b: GPR8 { GPR8(14) }
    /// `r15b`, the low 8 bits of ``GPR64/r15``; needs a REX prefix.
    @inlinable public static var r15b: GPR8 { GPR8(15) }
    /// `ah`, bits 8 to 15 of ``GPR64/rax``; only encodable without a REX prefix.
    @inlinable public static var ah: GPR8 { GPR8(0x14) }
    /// `ch`, bits 8 to 15 of ``GPR64/rcx``; only encodable without a REX prefix.
    @inlinable public static var ch: GPR8 { GPR8(0x15) }
    /// `dh`, bits 8 to 15 of ``GPR64/rdx``; only encodable without a REX prefix.
    @inlinable public static var dh: GPR8 { GPR8(0x16) }
    /// `bh`, bits 8 to 15 of ``GPR64/rbx``; only encodable without a REX prefix.
    @inlinable public static var bh: GPR8 { GPR8(0x17) }
}

/// A 128-bit SSE register (`xmm0` ... `xmm15`).
public struct XMM: Hashable, Sendable, CustomStringConvertible {
    /// Hardware register number, 0 to 15.
    public let number: UInt8
    @inlinable init(_ number: UInt8) { self.number = number }
    /// The register with hardware number `number`, or `nil` if `number` is not in 0...15.
    /// - Parameter number: A hardware register number.
    public init?(number: Int) {
        guard (0..<16).contains(number) else { return nil }
        self.number = UInt8(number)
    }
    /// The register's name, `xmm0` ... `xmm15`.
    public var description: String { "xmm\(number)" }
    /// All sixteen registers, in hardware order (a literal: nothing to compute at first use).
    public static let all: [XMM] = [.xmm0, .xmm1, .xmm2, .xmm3, .xmm4, .xmm5, .xmm6, .xmm7,
                                    .xmm8, .xmm9, .xmm10, .xmm11, .xmm12, .xmm13, .xmm14, .xmm15]

    /// `xmm0`, SSE register 0: in the System V ABI, floating-point argument 1 (and `xmm0` the return value).
    @inlinable public static var xmm0: XMM { XMM(0) }
    /// `xmm1`, SSE register 1: floating-point argument 2 in the System V ABI.
    @inlinable public static var xmm1: XMM { XMM(1) }
    /// `xmm2`, SSE register 2: floating-point argument 3 in the System V ABI.
    @inlinable public static var xmm2: XMM { XMM(2) }
    /// `xmm3`, SSE register 3: floating-point argument 4 in the System V ABI.
    @inlinable public static var xmm3: XMM { XMM(3) }
    /// `xmm4`, SSE register 4: floating-point argument 5 in the System V ABI.
    @inlinable public static var xmm4: XMM { XMM(4) }
    /// `xmm5`, SSE register 5: floating-point argument 6 in the System V ABI.
    @inlinable public static var xmm5: XMM { XMM(5) }
    /// `xmm6`, SSE register 6: floating-point argument 7 in the System V ABI.
    @inlinable public static var xmm6: XMM { XMM(6) }
    /// `xmm7`, SSE register 7: floating-point argument 8 in the System V ABI.
    @inlinable public static var xmm7: XMM { XMM(7) }
    /// `xmm8`, SSE register 8: caller-saved in the System V ABI.
    @inlinable public static var xmm8: XMM { XMM(8) }
    /// `xmm9`, SSE register 9: caller-saved in the System V ABI.
    @inlinable public static var xmm9: XMM { XMM(9) }
    /// `xmm10`, SSE register 10: caller-saved in the System V ABI.
    @inlinable public static var xmm10: XMM { XMM(10) }
    /// `xmm11`, SSE register 11: caller-saved in the System V ABI.
    @inlinable public static var xmm11: XMM { XMM(11) }
    /// `xmm12`, SSE register 12: caller-saved in the System V ABI.
    @inlinable public static var xmm12: XMM { XMM(12) }
    /// `xmm13`, SSE register 13: caller-saved in the System V ABI.
    @inlinable public static var xmm13: XMM { XMM(13) }
    /// `xmm14`, SSE register 14: caller-saved in the System V ABI.
    @inlinable public static var xmm14: XMM { XMM(14) }
    /// `xmm15`, SSE register 15: caller-saved in the System V ABI.
    @inlinable public static var xmm15: XMM { XMM(15) }
}

/// A register usable as the index of a memory operand: any 64-bit register except `rsp`, which the
/// SIB byte cannot encode as an index (its number means "no index", SDM Vol. 2A Table 2-3).
public struct IndexRegister: Hashable, Sendable, CustomStringConvertible {
    /// Hardware register number: 0...15 except 4.
    public let number: UInt8
    @inlinable init(_ number: UInt8) { self.number = number }
    /// The index register for `register`, or `nil` for `rsp`.
    /// - Parameter register: A 64-bit register.
    public init?(_ register: GPR64) {
        guard register.number != 4 else { return nil }
        number = register.number
    }
    /// The register's name as GNU `as` and objdump write it (`rax`, `r8`, ...).
    public var description: String { gpr64Names[Int(number)] }
    /// The fifteen registers that can be an index.
    public static let all: [IndexRegister] = (0..<16).filter { $0 != 4 }.map { IndexRegister(UInt8($0)) }

    /// ``GPR64/rax`` as an index register.
    @inlinable public static var rax: IndexRegister { IndexRegister(0) }
    /// ``GPR64/rcx`` as an index register.
    @inlinable public static var rcx: IndexRegister { IndexRegister(1) }
    /// ``GPR64/rdx`` as an index register.
    @inlinable public static var rdx: IndexRegister { IndexRegister(2) }
    /// ``GPR64/rbx`` as an index register.
    @inlinable public static var rbx: IndexRegister { IndexRegister(3) }
    /// ``GPR64/rbp`` as an index register.
    @inlinable public static var rbp: IndexRegister { IndexRegister(5) }
    /// ``GPR64/rsi`` as an index register.
    @inlinable public static var rsi: IndexRegister { IndexRegister(6) }
    /// ``GPR64/rdi`` as an index register.
    @inlinable public static var rdi: IndexRegister { IndexRegister(7) }
    /// ``GPR64/r8`` as an index register.
    @inlinable public static var r8: IndexRegister { IndexRegister(8) }
    /// ``GPR64/r9`` as an index register.
    @inlinable public static var r9: IndexRegister { IndexRegister(9) }
    /// ``GPR64/r10`` as an index register.
    @inlinable public static var r10: IndexRegister { IndexRegister(10) }
    /// ``GPR64/r11`` as an index register.
    @inlinable public static var r11: IndexRegister { IndexRegister(11) }
    /// ``GPR64/r12`` as an index register.
    @inlinable public static var r12: IndexRegister { IndexRegister(12) }
    /// ``GPR64/r13`` as an index register.
    @inlinable public static var r13: IndexRegister { IndexRegister(13) }
    /// ``GPR64/r14`` as an index register.
    @inlinable public static var r14: IndexRegister { IndexRegister(14) }
    /// ``GPR64/r15`` as an index register.
    @inlinable public static var r15: IndexRegister { IndexRegister(15) }
}

/// The scale factor applied to an index register.
public enum Scale: UInt8, Sendable, Hashable, CaseIterable {
    /// Index times 1 (SIB.scale 0).
    case x1 = 0
    /// Index times 2 (SIB.scale 1).
    case x2 = 1
    /// Index times 4 (SIB.scale 2).
    case x4 = 2
    /// Index times 8 (SIB.scale 3).
    case x8 = 3
    /// The multiplier: 1, 2, 4 or 8.
    @inlinable public var factor: Int { 1 << Int(rawValue) }

    /// The scale that multiplies by `factor`, or nil unless `factor` is 1, 2, 4 or 8.
    @inlinable public init?(factor: Int) {
        switch factor {
        case 1: self = .x1
        case 2: self = .x2
        case 4: self = .x4
        case 8: self = .x8
        default: return nil
        }
    }
}

/// The sixteen condition codes of `jcc`, `setcc` and `cmovcc`, by their hardware number (the low
/// nibble of the opcode). Aliases (`jz` = `je`, `jnae` = `jb`, ...) are static members.
public enum Condition: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Overflow (OF = 1).
    case o = 0
    /// No overflow (OF = 0).
    case no
    /// Below, unsigned `<` (CF = 1).
    case b
    /// Above or equal, unsigned `>=` (CF = 0).
    case ae
    /// Equal, or zero (ZF = 1).
    case e
    /// Not equal, or not zero (ZF = 0).
    case ne
    /// Below or equal, unsigned `<=` (CF = 1 or ZF = 1).
    case be
    /// Above, unsigned `>` (CF = 0 and ZF = 0).
    case a
    /// Sign, negative result (SF = 1).
    case s
    /// No sign, non-negative result (SF = 0).
    case ns
    /// Parity even (PF = 1); after `ucomisd`, unordered.
    case p
    /// Parity odd (PF = 0); after `ucomisd`, ordered.
    case np
    /// Less, signed `<` (SF ≠ OF).
    case l
    /// Greater or equal, signed `>=` (SF = OF).
    case ge
    /// Less or equal, signed `<=` (ZF = 1 or SF ≠ OF).
    case le
    /// Greater, signed `>` (ZF = 0 and SF = OF).
    case g

    /// Carry: the same condition as ``b``.
    @inlinable public static var c: Condition { .b }
    /// Not above or equal: the same condition as ``b``.
    @inlinable public static var nae: Condition { .b }
    /// No carry: the same condition as ``ae``.
    @inlinable public static var nc: Condition { .ae }
    /// Not below: the same condition as ``ae``.
    @inlinable public static var nb: Condition { .ae }
    /// Zero: the same condition as ``e``.
    @inlinable public static var z: Condition { .e }
    /// Not zero: the same condition as ``ne``.
    @inlinable public static var nz: Condition { .ne }
    /// Not above: the same condition as ``be``.
    @inlinable public static var na: Condition { .be }
    /// Not below or equal: the same condition as ``a``.
    @inlinable public static var nbe: Condition { .a }
    /// Parity even: the same condition as ``p``.
    @inlinable public static var pe: Condition { .p }
    /// Parity odd: the same condition as ``np``.
    @inlinable public static var po: Condition { .np }
    /// Not greater or equal: the same condition as ``l``.
    @inlinable public static var nge: Condition { .l }
    /// Not less: the same condition as ``ge``.
    @inlinable public static var nl: Condition { .ge }
    /// Not greater: the same condition as ``le``.
    @inlinable public static var ng: Condition { .le }
    /// Not less or equal: the same condition as ``g``.
    @inlinable public static var nle: Condition { .g }

    /// The suffix as objdump prints it (`e`, `ne`, `b`, `ae`, ...).
    public var description: String {
        ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"][Int(rawValue)]
    }
    /// The condition that holds exactly when this one does not.
    @inlinable public var negated: Condition { Condition(rawValue: rawValue ^ 1)! }
}
