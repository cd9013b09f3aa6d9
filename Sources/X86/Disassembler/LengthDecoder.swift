// Lengths of valid x86-64 instructions the decoder does not support, so that a listing stays in
// step with objdump's after one: prefixes, REX, opcode, ModRM/SIB/displacement and immediate sizes
// from one character per opcode (SDM Vol. 2D, Appendix A). Opcodes whose length depends on more
// than this (VEX/EVEX, x87 `fwait` merging, groups with invalid members, branches with 66) are
// left out: their length is unknown and the decoder reports one byte.

/// The length of an instruction from the shape of its opcode (see the file overview).
enum LengthDecoder {
    /// One character per one-byte opcode:
    /// `.` unknown, `n` no operand bytes, `m` ModRM, `b` imm8, `w` imm16, `z` imm16/32 (by 66),
    /// `v` imm16/32/64 (by 66 and REX.W), `o` moffs64, `M` ModRM + imm8, `Z` ModRM + imm16/32,
    /// `g` group 3 (ModRM, and imm8 or imm16/32 for /0 and /1), `e` imm16 + imm8 (enter),
    /// `r` rel32 (unknown with 66), `p` prefix or escape (handled before the table).
    static let oneByte: [UInt8] = Array((
        "mmmmbz..mmmmbz.p" +  // 00
        "mmmmbz..mmmmbz.." +  // 10
        "mmmmbzp.mmmmbzp." +  // 20
        "mmmmbzp.mmmmbzp." +  // 30
        "pppppppppppppppp" +  // 40 REX
        "nnnnnnnnnnnnnnnn" +  // 50
        "...mpppp" + "zZbMnnnn" +  // 60
        "bbbbbbbbbbbbbbbb" +  // 70
        "MZ.Mmmmm" + "mmmmm.m." +  // 80 (lea needs memory)
        "nnnnnnnn" + "nn..nnnn" +  // 90 (9B fwait merges with x87 instructions)
        "oooonnnn" + "bznnnnnn" +  // A0
        "bbbbbbbbvvvvvvvv" +  // B0
        "MMwn...." + "enwnnb.n" +  // C0 (C4/C5 VEX, C6/C7 xabort/xbegin)
        "mmmm...n" + "mmmmmmmm" +  // D0
        "bbbbbbbb" + "rr.bnnnn" +  // E0
        "pnppnngg" + "nnnnnn.."    // F0 (FE/FF have invalid members)
    ).utf8)

    /// The same for the 0F map: only the integer rows whose members are all valid.
    static let twoByte: [UInt8] = Array((
        "....." + "n....." + "n...." +  // 00 (syscall, ud2)
        "................" +  // 10
        "................" +  // 20
        ".n.............." +  // 30 (rdtsc)
        "mmmmmmmmmmmmmmmm" +  // 40 cmovcc
        "................" +  // 50
        "................" +  // 60
        "................" +  // 70
        "rrrrrrrrrrrrrrrr" +  // 80 jcc
        "mmmmmmmmmmmmmmmm" +  // 90 setcc
        "nnnmMm.." + "nn.mMm.m" +  // A0
        "mm.m..mm" + "....mmmm" +  // B0
        "mm......" + "nnnnnnnn"    // C0
    ).utf8) + [UInt8](repeating: UInt8(ascii: "."), count: 0x30)

    /// The length of the instruction at `offset` of `bytes`, or nil when unknown or truncated.
    static func length(of bytes: UnsafeRawBufferPointer, at offset: Int) -> Int? {
        var p = offset
        var size66 = false, w = false, rep = false
        func byte(_ i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }
        while let b = byte(p), Decoder.isLegacyPrefix(b) {
            if b == 0x67 { return nil }  // 32-bit addressing changes moffs sizes
            if b == 0x66 { size66 = true }
            if b == 0xF2 || b == 0xF3 { rep = true }
            p += 1
        }
        if let b = byte(p), b & 0xF0 == 0x40 {
            w = b & 8 != 0
            p += 1
        }
        guard var opcode = byte(p) else { return nil }
        p += 1
        var kind: UInt8
        if opcode == 0x0F {
            // F2/F3 select other instructions (or none) in the 0F map.
            guard !rep, let second = byte(p) else { return nil }
            p += 1
            opcode = second
            kind = twoByte[Int(second)]
        } else {
            kind = oneByte[Int(opcode)]
        }
        let z = size66 && !w ? 2 : 4
        var immediate = 0
        switch kind {
        case UInt8(ascii: "n"): break
        case UInt8(ascii: "b"): immediate = 1
        case UInt8(ascii: "w"): immediate = 2
        case UInt8(ascii: "e"): immediate = 3
        case UInt8(ascii: "z"): immediate = z
        case UInt8(ascii: "v"): immediate = w ? 8 : z
        case UInt8(ascii: "o"): immediate = 8
        case UInt8(ascii: "r"):
            if size66 { return nil }
            immediate = 4
        case UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "Z"), UInt8(ascii: "g"):
            guard let modRM = byte(p), let end = skipModRM(bytes, at: p) else { return nil }
            p = end
            if kind == UInt8(ascii: "M") { immediate = 1 }
            if kind == UInt8(ascii: "Z") { immediate = z }
            if kind == UInt8(ascii: "g") && modRM >> 3 & 7 < 2 { immediate = opcode == 0xF6 ? 1 : z }
        default:
            return nil
        }
        let length = p + immediate - offset
        guard p + immediate <= bytes.count, length <= 15 else { return nil }
        return length
    }

    /// The position after the ModRM byte at `p` and its SIB and displacement (64-bit addressing).
    static func skipModRM(_ bytes: UnsafeRawBufferPointer, at p: Int) -> Int? {
        guard p < bytes.count else { return nil }
        let m = bytes[p]
        let mod = m >> 6, rm = m & 7
        var end = p + 1
        if mod == 3 { return end }
        if rm == 4 {
            guard end < bytes.count else { return nil }
            if mod == 0 && bytes[end] & 7 == 5 { end += 4 }
            end += 1
        } else if mod == 0 && rm == 5 {
            end += 4
        }
        return end + (mod == 1 ? 1 : mod == 2 ? 4 : 0)
    }
}
