// The encoding engine: the only code that writes instruction bytes. One small function per part of
// an instruction (SDM Vol. 2A §2.1, Figure 2-1):
//
//   [66] [F2|F3] [REX] opcode(1-3) [ModRM] [SIB] [disp8|disp32] [imm8|imm16|imm32|imm64]
//
// The instruction families (Assembler+Integer.swift, Assembler+SSE.swift) choose the form and pass
// an `Opcode` constant; the engine never decides between forms.

/// An opcode with its prefixes, packed in 32 bits so a form is a single constant.
///
/// Bits 0-23 hold up to three opcode bytes (first byte lowest), 24-25 the length minus one, bit 26
/// REX.W, bit 27 the 0x66 operand-size prefix, bits 28-29 a mandatory prefix (1 = 66, 2 = F3, 3 = F2).
@usableFromInline
struct Opcode: Sendable {
    @usableFromInline let raw: UInt32

    @inlinable init(raw: UInt32) { self.raw = raw }
    @inlinable init(_ b0: UInt8) { raw = UInt32(b0) }
    @inlinable init(_ b0: UInt8, _ b1: UInt8) { raw = UInt32(b0) | UInt32(b1) << 8 | 1 << 24 }
    @inlinable init(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) {
        raw = UInt32(b0) | UInt32(b1) << 8 | UInt32(b2) << 16 | 2 << 24
    }

    @inlinable var length: Int { Int(raw >> 24 & 3) + 1 }
    @inlinable var rexW: Bool { raw & (1 << 26) != 0 }
    @inlinable var operandSizePrefix: Bool { raw & (1 << 27) != 0 }
    @inlinable var mandatoryPrefix: UInt32 { raw >> 28 & 3 }

    /// With REX.W (64-bit operand size).
    @inlinable var w: Opcode { Opcode(raw: raw | 1 << 26) }
    /// With the 0x66 operand-size prefix (16-bit operand size).
    @inlinable var o16: Opcode { Opcode(raw: raw | 1 << 27) }
    /// With mandatory prefix 66, F3 or F2 (SSE).
    @inlinable func prefixed(_ p: UInt8) -> Opcode {
        let code: UInt32 = p == 0x66 ? 1 : p == 0xF3 ? 2 : p == 0xF2 ? 3 : 0
        return Opcode(raw: raw | code << 28)
    }
    /// Adds 66 or REX.W for a 16- or 64-bit operand size.
    @inlinable func sized(_ size: OperandSize) -> Opcode {
        switch size {
        case .word: o16
        case .qword: w
        default: self
        }
    }
    /// The opcode plus `n` in its last byte (`+r`, `+cc`, and the byte/full-size opcode pairs).
    @inlinable func plus(_ n: UInt8) -> Opcode { Opcode(raw: raw &+ (UInt32(n) << (8 * UInt32(length - 1)))) }

    /// The byte form `b` for 8-bit operands, `b+1` with 66/REX.W for the wider sizes (SDM: the `w` bit).
    @inlinable static func byteOrFull(_ b: UInt8, _ size: OperandSize) -> Opcode {
        size == .byte ? Opcode(b) : Opcode(b &+ 1).sized(size)
    }
}

/// Flags of the byte registers in an instruction: `spl`..`dil` force a REX prefix, `ah`..`bh` forbid one.
@usableFromInline let rexForced: UInt8 = 1
@usableFromInline let rexForbidden: UInt8 = 2

@inlinable @inline(__always)
func byteFlags(_ r: GPR8) -> UInt8 {
    (r.needsREX ? rexForced : 0) | (r.isHighByte ? rexForbidden : 0)
}

@inlinable @inline(__always)
func fitsInt8(_ v: Int64) -> Bool { v >= -128 && v <= 127 }

@inlinable @inline(__always)
func fitsInt32(_ v: Int64) -> Bool { v >= Int64(Int32.min) && v <= Int64(Int32.max) }

extension Assembler {
    /// Writes prefixes, REX and the opcode; `rex` holds the R, X and B bits (REX.W comes from `op`).
    /// Returns false, having written nothing, if a high-byte register meets a needed REX prefix.
    @inlinable @inline(__always)
    mutating func header(_ op: Opcode, rex: UInt8, flags: UInt8) -> Bool {
        let bits = rex | (op.rexW ? 8 : 0)
        let needsREX = bits != 0 || flags & rexForced != 0
        if _slowPath(needsREX && flags & rexForbidden != 0) { return false }
        buffer.reserve(32)
        if op.operandSizePrefix { buffer.put(0x66) }
        switch op.mandatoryPrefix {
        case 1: buffer.put(0x66)
        case 2: buffer.put(0xF3)
        case 3: buffer.put(0xF2)
        default: break
        }
        if needsREX { buffer.put(0x40 | bits) }
        buffer.put(UInt64(op.raw & 0xFF_FFFF), bytes: op.length)
        return true
    }

    /// An instruction whose ModRM names two registers (mod = 11): `reg` in ModRM.reg, `rm` in ModRM.rm.
    /// `reg` may also be an opcode extension (`/digit`).
    @inlinable @inline(__always)
    mutating func emitRR(_ op: Opcode, reg: UInt8, rm: UInt8, flags: UInt8 = 0) -> Bool {
        guard header(op, rex: (reg >> 3) << 2 | (rm >> 3), flags: flags) else { return false }
        buffer.put(0xC0 | (reg & 7) << 3 | (rm & 7))
        return true
    }

    /// An instruction with a memory operand in ModRM.rm. `immediateSize` is the number of bytes that
    /// will follow the displacement, needed to make a `[rip + label]` reference relative to the end.
    @inlinable @inline(__always)
    mutating func emitRM(_ op: Opcode, reg: UInt8, mem: Memory, flags: UInt8 = 0, immediateSize: Int = 0) -> Bool {
        var rex = (reg >> 3) << 2
        if mem.base < 16 { rex |= mem.base >> 3 }
        if mem.index < 16 { rex |= (mem.index >> 3) << 1 }
        guard header(op, rex: rex, flags: flags) else { return false }
        writeAddress(reg: reg & 7, mem, immediateSize: immediateSize)
        return true
    }

    /// An instruction whose register is added to the last opcode byte (`+rb`, `+rw`, `+rd`, `+ro`).
    @inlinable @inline(__always)
    mutating func emitO(_ op: Opcode, register r: UInt8, flags: UInt8 = 0) -> Bool {
        header(op.plus(r & 7), rex: r >> 3, flags: flags)
    }

    /// ModRM, SIB and displacement for a memory operand (SDM Vol. 2A Tables 2-2 and 2-3).
    ///
    /// - `[rip + disp32]`: mod=00, rm=101.
    /// - No base: mod=00, rm=100, SIB.base=101 and a disp32; SIB.index=100 when there is no index
    ///   either (in 64-bit mode rm=101 alone would mean rip-relative, so an absolute address needs the SIB).
    /// - Base `rsp`/`r12` (low bits 100): a SIB byte is required.
    /// - Base `rbp`/`r13` (low bits 101) with mod=00 would mean "no base", so a zero disp8 is used.
    /// - Otherwise the shortest of no displacement, disp8 and disp32.
    @inlinable @inline(__always)
    mutating func writeAddress(reg: UInt8, _ m: Memory, immediateSize: Int) {
        let regField = reg << 3
        if m.base == Memory.ripBase {
            buffer.put(regField | 0x05)
            if m.labelPlusOne != 0 {
                fixups.append(Fixup(position: Int32(truncatingIfNeeded: buffer.count), label: m.labelPlusOne &- 1,
                                    kind: .rel32, addend: m.disp &- Int32(immediateSize)))
                buffer.put(0, bytes: 4)
            } else {
                buffer.put(UInt64(UInt32(bitPattern: m.disp)), bytes: 4)
            }
            return
        }
        let scaleBits = m.scale.rawValue << 6
        if m.base == Memory.noRegister {
            buffer.put(regField | 0x04)
            buffer.put(m.index == Memory.noRegister ? 0x25 : scaleBits | (m.index & 7) << 3 | 0x05)
            buffer.put(UInt64(UInt32(bitPattern: m.disp)), bytes: 4)
            return
        }
        let base3 = m.base & 7
        let mod: UInt8
        if m.disp == 0 && base3 != 5 {
            mod = 0x00
        } else if fitsInt8(Int64(m.disp)) {
            mod = 0x40
        } else {
            mod = 0x80
        }
        if m.index == Memory.noRegister && base3 != 4 {
            buffer.put(mod | regField | base3)
        } else {
            buffer.put(mod | regField | 0x04)
            let index3: UInt8 = m.index == Memory.noRegister ? 4 : m.index & 7
            buffer.put(scaleBits | index3 << 3 | base3)
        }
        if mod == 0x40 {
            buffer.put(UInt8(truncatingIfNeeded: m.disp))
        } else if mod == 0x80 {
            buffer.put(UInt64(UInt32(bitPattern: m.disp)), bytes: 4)
        }
    }

    /// Appends an immediate of `size` bytes (1, 2, 4 or 8).
    @inlinable @inline(__always)
    mutating func imm(_ value: Int64, size: Int) {
        buffer.put(UInt64(bitPattern: value), bytes: size)
    }
}

// MARK: - Immediate ranges

/// The values GNU `as` accepts as an immediate of an operand of `size`: either signed or unsigned
/// for 8/16/32 bits (`add eax, 0xffffff80` is imm −128), signed 32-bit for 64-bit operands
/// (sign-extended), except where an instruction has a full 64-bit immediate.
@inlinable
func immediateRange(_ size: OperandSize) -> ClosedRange<Int64> {
    switch size {
    case .byte: -0x80...0xFF
    case .word: -0x8000...0xFFFF
    case .dword: Int64(Int32.min)...Int64(UInt32.max)
    default: Int64(Int32.min)...Int64(Int32.max)
    }
}

/// `value` reduced to `size` and sign-extended, the value the CPU sees (0xffffff80 as dword is −128).
@inlinable
func normalized(_ value: Int64, _ size: OperandSize) -> Int64 {
    switch size {
    case .byte: Int64(Int8(truncatingIfNeeded: value))
    case .word: Int64(Int16(truncatingIfNeeded: value))
    case .dword: Int64(Int32(truncatingIfNeeded: value))
    default: value
    }
}

/// The size in bytes of a full-size immediate for `size` (`ib`, `iw`, `id`, `id` sign-extended).
@inlinable
func immediateBytes(_ size: OperandSize) -> Int {
    switch size {
    case .byte: 1
    case .word: 2
    default: 4
    }
}
