// The decoder's opcode maps: one slot per opcode byte for the one-byte map, the 0F map and the
// 0F 3A map (SDM Vol. 2D, Appendix A "Opcode Map"), reduced to the forms the encoder emits
// (Tables/x86-64.instructions plus the hand-written branches and NOPs). A slot holds an entry, a
// choice by mandatory prefix (SSE: none/66/F3/F2), a group indexed by ModRM.reg, or a choice by the
// whole ModRM byte (the fences). Everything not listed decodes as unsupported.
//
// Operand codes follow the SDM's letters loosely: `e` = ModRM.rm (Ev/Eb), `g` = ModRM.reg (Gv/Gb),
// `xmmReg` = Vx, `xmmRM` = Wx, `xmmRegisterRM` = Ux, `opcodeRegister` = Zv (register in the opcode's
// low bits).

/// How the operand size of an entry is chosen (SDM Vol. 1 §3.6, Vol. 2A §2.2.1.2).
enum SizeRule: Sendable, Equatable {
    /// No operand size: a 66 prefix or REX.W would be unused, so they make the bytes unsupported.
    case none
    /// Byte operation (Eb, Gb, AL, Ib).
    case byte
    /// 32 bits; 16 with 66, 64 with REX.W (Ev, Gv, Iz).
    case v
    /// 64 bits by default, 16 with 66 (push, pop, call/jmp indirect keep 64 only: see `f64`).
    case d64
    /// Always 64 bits; neither 66 nor REX.W applies (near branches, push imm).
    case f64
    /// 32 bits, 64 with REX.W; a 66 prefix is mandatory, not a size (Ey/Gy of SSE conversions, bswap).
    case y
}

/// What one operand of an entry is.
enum OperandCode: Sendable, Equatable {
    /// ModRM.rm: a general register or memory of the operand size.
    case e
    /// ModRM.rm with a fixed size, whatever the operand size (movzx/movsx/movsxd sources).
    case eSized(OperandSize)
    /// ModRM.reg: a general register of the operand size.
    case g
    /// ModRM.rm, memory only, printed without a size keyword (lea).
    case address
    /// An immediate of the operand size (imm32 sign-extended for 64-bit operations).
    case imm
    /// An imm8 sign-extended to the operand size (83, 6B, 6A).
    case immByteSigned
    /// An immediate of the full operand size, imm64 included (B8+r).
    case immFull
    /// An unsigned imm8 (shift count, bit index, rounding mode).
    case imm8
    /// An unsigned imm16 (ret).
    case imm16
    /// The implicit count 1 of D0/D1 (printed `1`, not `0x1`).
    case one
    /// The count register `cl`.
    case cl
    /// al/ax/eax/rax, by operand size.
    case accumulator
    /// A general register in the low three bits of the opcode, extended by REX.B.
    case opcodeRegister
    /// A rel8 or rel32 branch displacement.
    case rel8, rel32
    /// A 64-bit absolute address (moffs of A0-A3).
    case moffs
    /// ModRM.reg: an xmm register.
    case xmmReg
    /// ModRM.rm: an xmm register or memory of the given size.
    case xmmRM(OperandSize)
    /// ModRM.rm: an xmm register only (Ux). With memory (mod != 11) the opcode is another
    /// instruction (0F 12/16: movlps/movhps) or invalid (the shift groups 71-73), unsupported here.
    case xmmRegisterRM
}

/// One decodable form.
struct OpcodeEntry: Sendable {
    /// The mnemonic, or `/`-separated mnemonics by operand size (16/32/64 for `v`, 32/64 for `y`).
    let mnemonic: String
    let operands: [OperandCode]
    let size: SizeRule
    /// Mandatory prefix (0, 0x66, 0xF3, 0xF2) that selects this entry in a `byPrefix` slot.
    let prefix: UInt8

    init(_ mnemonic: String, _ operands: [OperandCode] = [], _ size: SizeRule = .none, prefix: UInt8 = 0) {
        self.mnemonic = mnemonic
        self.operands = operands
        self.size = size
        self.prefix = prefix
    }
}

/// One opcode's decoding.
indirect enum OpcodeSlot: Sendable {
    case unsupported
    case entry(OpcodeEntry)
    /// SSE-style: the entry whose `prefix` is the mandatory prefix present (F2/F3 before 66).
    case byPrefix([OpcodeEntry])
    /// An opcode extension: eight slots indexed by ModRM.reg.
    case group([OpcodeSlot])
    /// Entries for exact ModRM bytes (mod = 11 forms such as the fences).
    case byModRM([UInt8: OpcodeEntry])
    /// The 0F 3A escape (three-byte map).
    case escape3A
}

/// The opcode maps.
enum OpcodeMap {
    static let aluNames = ["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"]
    static let shiftNames = ["rol", "ror", "rcl", "rcr", "shl", "shr", nil, "sar"]
    static let conditions = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"]

    /// A group of eight from optional entries, by ModRM.reg (missing trailing ones are unsupported).
    static func group(_ entries: [OpcodeEntry?]) -> OpcodeSlot {
        precondition(entries.count <= 8)
        let padded = entries + [OpcodeEntry?](repeating: nil, count: 8 - entries.count)
        return .group(padded.map { $0.map(OpcodeSlot.entry) ?? .unsupported })
    }

    static func shiftGroup(_ operands: [OperandCode], _ size: SizeRule) -> OpcodeSlot {
        group(shiftNames.map { name in name.map { OpcodeEntry($0, operands, size) } })
    }

    static func aluGroup(_ source: OperandCode, _ size: SizeRule) -> OpcodeSlot {
        group(aluNames.map { OpcodeEntry($0, [.e, source], size) })
    }

    /// Group 3 (F6/F7): test with an immediate at /0, one-operand arithmetic at /2../7.
    static func unaryGroup(_ size: SizeRule) -> OpcodeSlot {
        group([OpcodeEntry("test", [.e, .imm], size), nil] + ["not", "neg", "mul", "imul", "div", "idiv"].map {
            OpcodeEntry($0, [.e], size)
        })
    }

    /// The SSE arithmetic quadruple `ps`/`pd`/`ss`/`sd` (or fewer) of one opcode.
    static func sse(_ name: String, ss: OperandSize? = .dword, sd: OperandSize? = .qword) -> OpcodeSlot {
        var entries = [OpcodeEntry(name + "ps", [.xmmReg, .xmmRM(.xmmword)]),
                       OpcodeEntry(name + "pd", [.xmmReg, .xmmRM(.xmmword)], prefix: 0x66)]
        if let ss { entries.append(OpcodeEntry(name + "ss", [.xmmReg, .xmmRM(ss)], prefix: 0xF3)) }
        if let sd { entries.append(OpcodeEntry(name + "sd", [.xmmReg, .xmmRM(sd)], prefix: 0xF2)) }
        return .byPrefix(entries)
    }

    /// A 66-prefixed packed-integer operation `xmm, xmm/m128`.
    static func packed(_ name: String) -> OpcodeSlot {
        .byPrefix([OpcodeEntry(name, [.xmmReg, .xmmRM(.xmmword)], prefix: 0x66)])
    }

    /// A 66-prefixed packed-integer operation with an imm8, `xmm, xmm/m128, imm8`.
    static func packedImm8(_ name: String) -> OpcodeSlot {
        .byPrefix([OpcodeEntry(name, [.xmmReg, .xmmRM(.xmmword), .imm8], prefix: 0x66)])
    }

    /// A packed shift group (0F 71-73): `xmm, imm8` with 66, the operation chosen by ModRM.reg.
    static func packedShiftGroup(_ names: [Int: String]) -> OpcodeSlot {
        .group((0..<8).map { reg in
            names[reg].map { .byPrefix([OpcodeEntry($0, [.xmmRegisterRM, .imm8], prefix: 0x66)]) } ?? .unsupported
        })
    }

    /// A load/store pair of SSE moves by prefix: `(prefix, mnemonic, memory size)`.
    static func moves(_ forms: [(UInt8, String, OperandSize)], store: Bool) -> OpcodeSlot {
        .byPrefix(forms.map { prefix, name, size in
            OpcodeEntry(name, store ? [.xmmRM(size), .xmmReg] : [.xmmReg, .xmmRM(size)], prefix: prefix)
        })
    }

    // MARK: - One-byte map

    static let oneByte: [OpcodeSlot] = {
        var map = [OpcodeSlot](repeating: .unsupported, count: 256)
        // 00-3D: the eight group-1 operations, six forms each.
        for (i, name) in aluNames.enumerated() {
            let base = i * 8
            map[base + 0] = .entry(OpcodeEntry(name, [.e, .g], .byte))
            map[base + 1] = .entry(OpcodeEntry(name, [.e, .g], .v))
            map[base + 2] = .entry(OpcodeEntry(name, [.g, .e], .byte))
            map[base + 3] = .entry(OpcodeEntry(name, [.g, .e], .v))
            map[base + 4] = .entry(OpcodeEntry(name, [.accumulator, .imm], .byte))
            map[base + 5] = .entry(OpcodeEntry(name, [.accumulator, .imm], .v))
        }
        for r in 0..<8 {
            map[0x50 + r] = .entry(OpcodeEntry("push", [.opcodeRegister], .d64))
            map[0x58 + r] = .entry(OpcodeEntry("pop", [.opcodeRegister], .d64))
            map[0xB0 + r] = .entry(OpcodeEntry("mov", [.opcodeRegister, .imm], .byte))
            map[0xB8 + r] = .entry(OpcodeEntry("mov/mov/movabs", [.opcodeRegister, .immFull], .v))
            if r > 0 { map[0x90 + r] = .entry(OpcodeEntry("xchg", [.opcodeRegister, .accumulator], .v)) }
        }
        for (cc, name) in conditions.enumerated() {
            map[0x70 + cc] = .entry(OpcodeEntry("j" + name, [.rel8], .f64))
        }
        let rows: [(Int, OpcodeSlot)] = [
            (0x63, .entry(OpcodeEntry("movsxd", [.g, .eSized(.dword)], .v))),
            (0x68, .entry(OpcodeEntry("push", [.imm], .f64))),
            (0x69, .entry(OpcodeEntry("imul", [.g, .e, .imm], .v))),
            (0x6A, .entry(OpcodeEntry("push", [.immByteSigned], .f64))),
            (0x6B, .entry(OpcodeEntry("imul", [.g, .e, .immByteSigned], .v))),
            (0x80, aluGroup(.imm, .byte)),
            (0x81, aluGroup(.imm, .v)),
            (0x83, aluGroup(.immByteSigned, .v)),
            (0x84, .entry(OpcodeEntry("test", [.e, .g], .byte))),
            (0x85, .entry(OpcodeEntry("test", [.e, .g], .v))),
            (0x86, .entry(OpcodeEntry("xchg", [.e, .g], .byte))),
            (0x87, .entry(OpcodeEntry("xchg", [.e, .g], .v))),
            (0x88, .entry(OpcodeEntry("mov", [.e, .g], .byte))),
            (0x89, .entry(OpcodeEntry("mov", [.e, .g], .v))),
            (0x8A, .entry(OpcodeEntry("mov", [.g, .e], .byte))),
            (0x8B, .entry(OpcodeEntry("mov", [.g, .e], .v))),
            (0x8D, .entry(OpcodeEntry("lea", [.g, .address], .v))),
            (0x8F, group([OpcodeEntry("pop", [.e], .d64)])),
            // 90 is special (nop / xchg r8 / pause / xchg ax,ax): see `Decoder.decodeNOP90`.
            (0x98, .entry(OpcodeEntry("cbw/cwde/cdqe", [], .v))),
            (0x99, .entry(OpcodeEntry("cwd/cdq/cqo", [], .v))),
            (0xA0, .entry(OpcodeEntry("movabs", [.accumulator, .moffs], .byte))),
            (0xA1, .entry(OpcodeEntry("movabs", [.accumulator, .moffs], .v))),
            (0xA2, .entry(OpcodeEntry("movabs", [.moffs, .accumulator], .byte))),
            (0xA3, .entry(OpcodeEntry("movabs", [.moffs, .accumulator], .v))),
            (0xA8, .entry(OpcodeEntry("test", [.accumulator, .imm], .byte))),
            (0xA9, .entry(OpcodeEntry("test", [.accumulator, .imm], .v))),
            (0xC0, shiftGroup([.e, .imm8], .byte)),
            (0xC1, shiftGroup([.e, .imm8], .v)),
            (0xC2, .entry(OpcodeEntry("ret", [.imm16], .f64))),
            (0xC3, .entry(OpcodeEntry("ret", [], .f64))),
            (0xC6, group([OpcodeEntry("mov", [.e, .imm], .byte)])),
            (0xC7, group([OpcodeEntry("mov", [.e, .imm], .v)])),
            (0xC9, .entry(OpcodeEntry("leave", [], .f64))),
            (0xCC, .entry(OpcodeEntry("int3"))),
            (0xD0, shiftGroup([.e, .one], .byte)),
            (0xD1, shiftGroup([.e, .one], .v)),
            (0xD2, shiftGroup([.e, .cl], .byte)),
            (0xD3, shiftGroup([.e, .cl], .v)),
            (0xE0, .entry(OpcodeEntry("loopne", [.rel8], .f64))),
            (0xE1, .entry(OpcodeEntry("loope", [.rel8], .f64))),
            (0xE2, .entry(OpcodeEntry("loop", [.rel8], .f64))),
            (0xE3, .entry(OpcodeEntry("jrcxz", [.rel8], .f64))),
            (0xE8, .entry(OpcodeEntry("call", [.rel32], .f64))),
            (0xE9, .entry(OpcodeEntry("jmp", [.rel32], .f64))),
            (0xEB, .entry(OpcodeEntry("jmp", [.rel8], .f64))),
            (0xF4, .entry(OpcodeEntry("hlt"))),
            (0xF5, .entry(OpcodeEntry("cmc"))),
            (0xF6, unaryGroup(.byte)),
            (0xF7, unaryGroup(.v)),
            (0xF8, .entry(OpcodeEntry("clc"))),
            (0xF9, .entry(OpcodeEntry("stc"))),
            (0xFE, group([OpcodeEntry("inc", [.e], .byte), OpcodeEntry("dec", [.e], .byte)])),
            (0xFF, group([OpcodeEntry("inc", [.e], .v), OpcodeEntry("dec", [.e], .v),
                          OpcodeEntry("call", [.e], .f64), nil, OpcodeEntry("jmp", [.e], .f64), nil,
                          OpcodeEntry("push", [.e], .d64), nil])),
        ]
        for (opcode, slot) in rows { map[opcode] = slot }
        return map
    }()

    // MARK: - 0F map

    static let twoByte: [OpcodeSlot] = {
        var map = [OpcodeSlot](repeating: .unsupported, count: 256)
        for (cc, name) in conditions.enumerated() {
            map[0x40 + cc] = .entry(OpcodeEntry("cmov" + name, [.g, .e], .v))
            map[0x80 + cc] = .entry(OpcodeEntry("j" + name, [.rel32], .f64))
            map[0x90 + cc] = group([OpcodeEntry("set" + name, [.e], .byte)])
        }
        for r in 0..<8 {
            map[0xC8 + r] = .entry(OpcodeEntry("bswap", [.opcodeRegister], .y))
        }
        let rows: [(Int, OpcodeSlot)] = [
            (0x05, .entry(OpcodeEntry("syscall"))),
            (0x0B, .entry(OpcodeEntry("ud2"))),
            (0x10, moves([(0, "movups", .xmmword), (0x66, "movupd", .xmmword), (0xF3, "movss", .dword),
                          (0xF2, "movsd", .qword)], store: false)),
            (0x11, moves([(0, "movups", .xmmword), (0x66, "movupd", .xmmword), (0xF3, "movss", .dword),
                          (0xF2, "movsd", .qword)], store: true)),
            (0x12, .byPrefix([OpcodeEntry("movhlps", [.xmmReg, .xmmRegisterRM])])),
            (0x14, sse("unpckl", ss: nil, sd: nil)),
            (0x15, sse("unpckh", ss: nil, sd: nil)),
            (0x16, .byPrefix([OpcodeEntry("movlhps", [.xmmReg, .xmmRegisterRM])])),
            (0x1F, group([OpcodeEntry("nop", [.e], .v)])),
            (0x28, moves([(0, "movaps", .xmmword), (0x66, "movapd", .xmmword)], store: false)),
            (0x29, moves([(0, "movaps", .xmmword), (0x66, "movapd", .xmmword)], store: true)),
            (0x2A, .byPrefix([OpcodeEntry("cvtsi2ss", [.xmmReg, .e], .y, prefix: 0xF3),
                              OpcodeEntry("cvtsi2sd", [.xmmReg, .e], .y, prefix: 0xF2)])),
            (0x2C, .byPrefix([OpcodeEntry("cvttss2si", [.g, .xmmRM(.dword)], .y, prefix: 0xF3),
                              OpcodeEntry("cvttsd2si", [.g, .xmmRM(.qword)], .y, prefix: 0xF2)])),
            (0x2D, .byPrefix([OpcodeEntry("cvtss2si", [.g, .xmmRM(.dword)], .y, prefix: 0xF3),
                              OpcodeEntry("cvtsd2si", [.g, .xmmRM(.qword)], .y, prefix: 0xF2)])),
            (0x2E, .byPrefix([OpcodeEntry("ucomiss", [.xmmReg, .xmmRM(.dword)]),
                              OpcodeEntry("ucomisd", [.xmmReg, .xmmRM(.qword)], prefix: 0x66)])),
            (0x2F, .byPrefix([OpcodeEntry("comiss", [.xmmReg, .xmmRM(.dword)]),
                              OpcodeEntry("comisd", [.xmmReg, .xmmRM(.qword)], prefix: 0x66)])),
            (0x31, .entry(OpcodeEntry("rdtsc"))),
            (0x51, sse("sqrt")),
            (0x54, sse("and", ss: nil, sd: nil)),
            (0x55, sse("andn", ss: nil, sd: nil)),
            (0x56, sse("or", ss: nil, sd: nil)),
            (0x57, sse("xor", ss: nil, sd: nil)),
            (0x58, sse("add")),
            (0x59, sse("mul")),
            (0x5A, .byPrefix([OpcodeEntry("cvtps2pd", [.xmmReg, .xmmRM(.qword)]),
                              OpcodeEntry("cvtpd2ps", [.xmmReg, .xmmRM(.xmmword)], prefix: 0x66),
                              OpcodeEntry("cvtss2sd", [.xmmReg, .xmmRM(.dword)], prefix: 0xF3),
                              OpcodeEntry("cvtsd2ss", [.xmmReg, .xmmRM(.qword)], prefix: 0xF2)])),
            (0x5B, .byPrefix([OpcodeEntry("cvtdq2ps", [.xmmReg, .xmmRM(.xmmword)]),
                              OpcodeEntry("cvttps2dq", [.xmmReg, .xmmRM(.xmmword)], prefix: 0xF3)])),
            (0x5C, sse("sub")),
            (0x5D, sse("min")),
            (0x5E, sse("div")),
            (0x5F, sse("max")),
            (0x60, packed("punpcklbw")),
            (0x61, packed("punpcklwd")),
            (0x62, packed("punpckldq")),
            (0x64, packed("pcmpgtb")),
            (0x65, packed("pcmpgtw")),
            (0x66, packed("pcmpgtd")),
            (0x6A, packed("punpckhdq")),
            (0x6C, packed("punpcklqdq")),
            (0x6D, packed("punpckhqdq")),
            (0x6E, .byPrefix([OpcodeEntry("movd/movq", [.xmmReg, .e], .y, prefix: 0x66)])),
            (0x6F, moves([(0x66, "movdqa", .xmmword), (0xF3, "movdqu", .xmmword)], store: false)),
            (0x70, packedImm8("pshufd")),
            (0x71, packedShiftGroup([2: "psrlw", 4: "psraw", 6: "psllw"])),
            (0x72, packedShiftGroup([2: "psrld", 4: "psrad", 6: "pslld"])),
            (0x73, packedShiftGroup([2: "psrlq", 3: "psrldq", 6: "psllq", 7: "pslldq"])),
            (0x74, packed("pcmpeqb")),
            (0x75, packed("pcmpeqw")),
            (0x76, packed("pcmpeqd")),
            (0x7E, .byPrefix([OpcodeEntry("movd/movq", [.e, .xmmReg], .y, prefix: 0x66),
                              OpcodeEntry("movq", [.xmmReg, .xmmRM(.qword)], prefix: 0xF3)])),
            (0x7F, moves([(0x66, "movdqa", .xmmword), (0xF3, "movdqu", .xmmword)], store: true)),
            (0xA2, .entry(OpcodeEntry("cpuid"))),
            (0xA3, .entry(OpcodeEntry("bt", [.e, .g], .v))),
            (0xA4, .entry(OpcodeEntry("shld", [.e, .g, .imm8], .v))),
            (0xA5, .entry(OpcodeEntry("shld", [.e, .g, .cl], .v))),
            (0xAB, .entry(OpcodeEntry("bts", [.e, .g], .v))),
            (0xAC, .entry(OpcodeEntry("shrd", [.e, .g, .imm8], .v))),
            (0xAD, .entry(OpcodeEntry("shrd", [.e, .g, .cl], .v))),
            (0xAE, .byModRM([0xE8: OpcodeEntry("lfence"), 0xF0: OpcodeEntry("mfence"), 0xF8: OpcodeEntry("sfence")])),
            (0xAF, .entry(OpcodeEntry("imul", [.g, .e], .v))),
            (0xB3, .entry(OpcodeEntry("btr", [.e, .g], .v))),
            (0xB6, .entry(OpcodeEntry("movzx", [.g, .eSized(.byte)], .v))),
            (0xB7, .entry(OpcodeEntry("movzx", [.g, .eSized(.word)], .v))),
            (0xB8, .byPrefix([OpcodeEntry("popcnt", [.g, .e], .v, prefix: 0xF3)])),
            (0xBA, group([nil, nil, nil, nil] + ["bt", "bts", "btr", "btc"].map { OpcodeEntry($0, [.e, .imm8], .v) })),
            (0xBB, .entry(OpcodeEntry("btc", [.e, .g], .v))),
            (0xBC, .byPrefix([OpcodeEntry("bsf", [.g, .e], .v), OpcodeEntry("tzcnt", [.g, .e], .v, prefix: 0xF3)])),
            (0xBD, .byPrefix([OpcodeEntry("bsr", [.g, .e], .v), OpcodeEntry("lzcnt", [.g, .e], .v, prefix: 0xF3)])),
            (0xBE, .entry(OpcodeEntry("movsx", [.g, .eSized(.byte)], .v))),
            (0xBF, .entry(OpcodeEntry("movsx", [.g, .eSized(.word)], .v))),
            (0xC6, .byPrefix([OpcodeEntry("shufps", [.xmmReg, .xmmRM(.xmmword), .imm8]),
                              OpcodeEntry("shufpd", [.xmmReg, .xmmRM(.xmmword), .imm8], prefix: 0x66)])),
            (0xD1, packed("psrlw")),
            (0xD2, packed("psrld")),
            (0xD3, packed("psrlq")),
            (0xD4, packed("paddq")),
            (0xD5, packed("pmullw")),
            (0xD6, .byPrefix([OpcodeEntry("movq", [.xmmRM(.qword), .xmmReg], prefix: 0x66)])),
            (0xDB, packed("pand")),
            (0xDF, packed("pandn")),
            (0xE1, packed("psraw")),
            (0xE2, packed("psrad")),
            (0xE6, .byPrefix([OpcodeEntry("cvttpd2dq", [.xmmReg, .xmmRM(.xmmword)], prefix: 0x66),
                              OpcodeEntry("cvtdq2pd", [.xmmReg, .xmmRM(.qword)], prefix: 0xF3)])),
            (0xEB, packed("por")),
            (0xEF, packed("pxor")),
            (0xF1, packed("psllw")),
            (0xF2, packed("pslld")),
            (0xF3, packed("psllq")),
            (0xF4, packed("pmuludq")),
            (0xF8, packed("psubb")),
            (0xF9, packed("psubw")),
            (0xFA, packed("psubd")),
            (0xFB, packed("psubq")),
            (0xFC, packed("paddb")),
            (0xFD, packed("paddw")),
            (0xFE, packed("paddd")),
            (0x3A, .escape3A),
        ]
        for (opcode, slot) in rows { map[opcode] = slot }
        return map
    }()

    // MARK: - 0F 3A map

    static let threeByte3A: [OpcodeSlot] = {
        var map = [OpcodeSlot](repeating: .unsupported, count: 256)
        map[0x0A] = .byPrefix([OpcodeEntry("roundss", [.xmmReg, .xmmRM(.dword), .imm8], prefix: 0x66)])
        map[0x0B] = .byPrefix([OpcodeEntry("roundsd", [.xmmReg, .xmmRM(.qword), .imm8], prefix: 0x66)])
        return map
    }()
}
