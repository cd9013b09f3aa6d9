// The decoder: bytes -> one `Instruction` plus its length, for the forms in `OpcodeMap`.
//
//   [legacy prefixes] [REX] opcode (1-3 bytes) [ModRM [SIB] [disp8/32]] [immediate]
//
// Invariants: every byte is read through `next()`, which checks the buffer end, so no read goes
// past the buffer and a truncated instruction is a `.truncated` failure, never a trap. Bytes are
// accepted only where objdump would print exactly the decoded instruction: a prefix or REX bit the
// instruction does not use (objdump prints those as `data16`, `rex.W`, ...) makes the bytes
// unsupported, with the one exception of the long NOPs GNU `as` pads with (`data16 cs nop ...`).

/// Why bytes did not decode.
enum DecodeFailure: Error, Sendable {
    /// The buffer ends inside the instruction.
    case truncated
    /// Not an encoding of the supported instruction set (or one objdump would print differently).
    case unsupported
}

/// What the decoder found: the instruction and what the formatter needs besides it.
struct DecodedForm: Sendable {
    var instruction: Instruction
    var length: Int
    /// The entry's operand codes, parallel to `instruction.operands`.
    var codes: [OperandCode]
    /// Names of prefixes objdump prints before the mnemonic (`data16`, `cs`).
    var prefixNames: [String] = []
    /// Whether the memory operand has displacement bytes (objdump then prints `+0x0` for zero).
    var hasDisplacement = false
}

/// Decodes one instruction at a position of a buffer (see the file overview).
struct Decoder {
    let bytes: UnsafeRawBufferPointer
    let start: Int
    /// Address of `bytes[0]`, for branch targets.
    let base: UInt64
    var position: Int

    /// Legacy prefix bytes in order.
    var prefixes: [UInt8] = []
    /// The REX byte, or 0.
    var rex: UInt8 = 0
    /// REX bits (W=8, R=4, X=2, B=1) the instruction used, plus 0x40 once a byte register used REX.
    var rexUsed: UInt8 = 0
    var modRM: UInt8?
    var operandBits = 32
    var hasDisplacement = false

    init(bytes: UnsafeRawBufferPointer, at offset: Int, base: UInt64) {
        self.bytes = bytes
        self.start = offset
        self.base = base
        self.position = offset
    }

    // MARK: - Reading

    mutating func next() throws(DecodeFailure) -> UInt8 {
        guard position < bytes.count else { throw .truncated }
        defer { position += 1 }
        return bytes[position]
    }

    /// A little-endian signed integer of `count` bytes (1, 2, 4 or 8), sign-extended.
    mutating func signed(_ count: Int) throws(DecodeFailure) -> Int64 {
        var value: UInt64 = 0
        for i in 0..<count {
            value |= UInt64(try next()) << (8 * UInt64(i))
        }
        let shift = UInt64(64 - 8 * count)
        return Int64(bitPattern: value << shift) >> shift
    }

    /// The ModRM byte, read on first use.
    mutating func readModRM() throws(DecodeFailure) -> UInt8 {
        if let modRM { return modRM }
        let b = try next()
        modRM = b
        return b
    }

    func has(_ prefix: UInt8) -> Bool { prefixes.contains(prefix) }

    // MARK: - Top level

    /// Decodes the instruction at `start`.
    mutating func decode() throws(DecodeFailure) -> DecodedForm {
        while position < bytes.count, Self.isLegacyPrefix(bytes[position]) {
            prefixes.append(bytes[position])
            position += 1
        }
        if position < bytes.count, bytes[position] & 0xF0 == 0x40 {
            rex = bytes[position]
            position += 1
        }
        var opcode = try next()
        let slot: OpcodeSlot
        if opcode == 0x0F {
            opcode = try next()
            if opcode == 0x3A {
                opcode = try next()
                slot = OpcodeMap.threeByte3A[Int(opcode)]
            } else {
                slot = OpcodeMap.twoByte[Int(opcode)]
            }
        } else if opcode == 0x90 {
            return try decodeNOP90()
        } else {
            slot = OpcodeMap.oneByte[Int(opcode)]
        }
        let (entry, mandatory) = try resolve(slot)
        // `opcode` is the last opcode byte: its low bits name the register of `opcodeRegister` forms.
        return try decode(entry, mandatory: mandatory, opcode: opcode)
    }

    /// 66, F2, F3 and the segment, lock and address-size prefixes.
    static func isLegacyPrefix(_ b: UInt8) -> Bool {
        switch b {
        case 0x66, 0x67, 0xF2, 0xF3, 0xF0, 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65: true
        default: false
        }
    }

    /// The entry a slot selects, and the mandatory prefix it consumed (0 for none).
    mutating func resolve(_ slot: OpcodeSlot) throws(DecodeFailure) -> (OpcodeEntry, UInt8) {
        switch slot {
        case .unsupported, .escape3A:
            throw .unsupported
        case .entry(let entry):
            return (entry, 0)
        case .group(let slots):
            let reg = Int(try readModRM() >> 3 & 7)
            return try resolve(slots[reg])
        case .byModRM(let entries):
            guard let entry = entries[try readModRM()] else { throw .unsupported }
            return (entry, 0)
        case .byPrefix(let entries):
            // F2/F3 select before 66 (SDM Vol. 2A §2.1.2: 66 with F2/F3 is an operand-size prefix).
            let reps = prefixes.filter { $0 == 0xF2 || $0 == 0xF3 }
            if let rep = reps.last {
                guard let entry = entries.first(where: { $0.prefix == rep }) else { throw .unsupported }
                return (entry, rep)
            }
            if has(0x66), let entry = entries.first(where: { $0.prefix == 0x66 }) {
                return (entry, 0x66)
            }
            guard let entry = entries.first(where: { $0.prefix == 0 }) else { throw .unsupported }
            return (entry, 0)
        }
    }

    /// Opcode 90 (SDM Vol. 2B "NOP", "XCHG", "PAUSE"): `xchg r8, rax` with REX.B, `pause` with F3,
    /// `xchg ax, ax` with 66, else `nop`.
    mutating func decodeNOP90() throws(DecodeFailure) -> DecodedForm {
        if rex & 1 != 0 || (rex == 0 && prefixes == [0x66]) {
            return try decode(OpcodeEntry("xchg", [.opcodeRegister, .accumulator], .v), mandatory: 0, opcode: 0x90)
        }
        if rex == 0 && prefixes == [0xF3] {
            return DecodedForm(instruction: Instruction("pause"), length: position - start, codes: [])
        }
        return try decode(OpcodeEntry("nop"), mandatory: 0, opcode: 0x90)
    }

    // MARK: - Prefixes and operand size

    /// Checks the prefixes against the entry and sets `operandBits`; returns the names objdump
    /// prints for prefixes that are accepted but not used (only on the padding NOPs).
    mutating func applyPrefixes(_ entry: OpcodeEntry, mandatory: UInt8) throws(DecodeFailure) -> [String] {
        var rest = prefixes
        if mandatory != 0, let i = rest.lastIndex(of: mandatory) { rest.remove(at: i) }
        var names: [String] = []
        let isNOP = entry.mnemonic == "nop" && !entry.operands.isEmpty
        if isNOP {
            // GNU as pads with `66 2E 0F 1F 84 ...` and `66 66 2E 0F 1F 84 ...`: the last 66 is the
            // operand size, earlier ones print as `data16`, 2E as `cs`.
            let last66 = rest.lastIndex(of: 0x66)
            for (i, p) in rest.enumerated() where i != last66 {
                switch p {
                case 0x66: names.append("data16")
                case 0x2E: names.append("cs")
                default: throw .unsupported
                }
            }
            if !names.isEmpty, try readModRM() >> 6 == 3 { throw .unsupported }
            rest = last66 == nil ? [] : [0x66]
        }
        let size66 = rest.contains(0x66)
        guard rest.allSatisfy({ $0 == 0x66 }), rest.count <= 1 else { throw .unsupported }
        let w = rex & 8 != 0
        switch entry.size {
        case .none, .byte, .f64:
            guard !size66, !w else { throw .unsupported }
            operandBits = entry.size == .byte ? 8 : entry.size == .f64 ? 64 : 32
        case .v:
            guard !(size66 && w) else { throw .unsupported }
            operandBits = w ? 64 : size66 ? 16 : 32
        case .d64:
            guard !w else { throw .unsupported }
            operandBits = size66 ? 16 : 64
        case .y:
            guard !size66 else { throw .unsupported }
            operandBits = w ? 64 : 32
        }
        if w { rexUsed |= 8 }
        return names
    }

    /// The mnemonic for the operand size (`cbw/cwde/cdqe`, `movd/movq`).
    func mnemonic(_ entry: OpcodeEntry) -> String {
        let variants = entry.mnemonic.split(separator: "/")
        if variants.count == 3 { return String(variants[operandBits == 16 ? 0 : operandBits == 32 ? 1 : 2]) }
        if variants.count == 2 { return String(variants[operandBits == 64 ? 1 : 0]) }
        return entry.mnemonic
    }

    // MARK: - Operands

    mutating func decode(_ entry: OpcodeEntry, mandatory: UInt8, opcode: UInt8) throws(DecodeFailure) -> DecodedForm {
        let names = try applyPrefixes(entry, mandatory: mandatory)
        var operands: [Operand] = []
        operands.reserveCapacity(entry.operands.count)
        for code in entry.operands {
            operands.append(try operand(code, opcode: opcode))
        }
        // Every REX bit must have been used; a bare REX (40) must have selected a byte register.
        if rex != 0 {
            let bits = rex & 0x0F
            guard bits & ~rexUsed == 0, rexUsed != 0 else { throw .unsupported }
        }
        let length = position - start
        // Branch targets are relative to the end of the instruction, known only now.
        for i in operands.indices {
            if case .target(let rel) = operands[i] {
                operands[i] = .target(Int64(bitPattern: base) &+ Int64(position) &+ rel)
            }
        }
        return DecodedForm(instruction: Instruction(mnemonic(entry), operands), length: length,
                           codes: entry.operands, prefixNames: names, hasDisplacement: hasDisplacement)
    }

    mutating func operand(_ code: OperandCode, opcode: UInt8) throws(DecodeFailure) -> Operand {
        switch code {
        case .e:
            return try rmOperand(bits: operandBits)
        case .eSized(let size):
            return try rmOperand(bits: Int(size.rawValue))
        case .g:
            let m = try readModRM()
            return gpr(m >> 3 & 7, extendedBy: 4, bits: operandBits)
        case .address:
            let m = try readModRM()
            guard m >> 6 != 3 else { throw .unsupported }
            return .memory(try memory(m), size: nil)
        case .imm:
            let n = operandBits == 64 ? 4 : operandBits / 8
            return .immediate(masked(try signed(n)))
        case .immByteSigned:
            return .immediate(masked(try signed(1)))
        case .immFull:
            return .immediate(masked(try signed(operandBits / 8)))
        case .imm8:
            return .immediate(Int64(try next()))
        case .imm16:
            return .immediate(Int64(UInt16(truncatingIfNeeded: try signed(2))))
        case .one:
            return .immediate(1)
        case .cl:
            return .gpr8(.cl)
        case .accumulator:
            return gprOperand(0, bits: operandBits)
        case .opcodeRegister:
            return gpr(opcode & 7, extendedBy: 1, bits: operandBits)
        case .rel8:
            return .target(try signed(1))
        case .rel32:
            return .target(try signed(4))
        case .moffs:
            return .absoluteAddress(UInt64(bitPattern: try signed(8)), size: nil)
        case .xmmReg:
            let m = try readModRM()
            return .xmm(XMM(m >> 3 & 7 | rexBit(4) << 3))
        case .xmmRM(let size):
            let m = try readModRM()
            if m >> 6 == 3 { return .xmm(XMM(m & 7 | rexBit(1) << 3)) }
            return .memory(try memory(m), size: size)
        case .xmmRegisterRM:
            let m = try readModRM()
            guard m >> 6 == 3 else { throw .unsupported }
            return .xmm(XMM(m & 7 | rexBit(1) << 3))
        }
    }

    /// `value` as objdump prints an immediate of the operand size: masked to 8, 16 or 32 bits.
    func masked(_ value: Int64) -> Int64 {
        operandBits == 64 ? value : value & ((1 << Int64(operandBits)) - 1)
    }

    /// The REX bit `bit` (R=4, X=2, B=1) as 0 or 1, marking it used.
    mutating func rexBit(_ bit: UInt8) -> UInt8 {
        guard rex & bit != 0 else { return 0 }
        rexUsed |= bit
        return 1
    }

    /// The register `low3` extended by the REX bit `bit`, at `bits` width.
    mutating func gpr(_ low3: UInt8, extendedBy bit: UInt8, bits: Int) -> Operand {
        gprOperand(low3 | rexBit(bit) << 3, bits: bits)
    }

    /// A general register operand; byte registers 4-7 are spl..dil with a REX prefix, ah..bh without
    /// (SDM Vol. 2A §2.2.1.2). Like objdump, a bare REX counts as used only by a byte register whose
    /// number has bit 2 set (spl..dil, r12b..r15b); `40 00 c1` prints as `rex add cl,al`.
    mutating func gprOperand(_ number: UInt8, bits: Int) -> Operand {
        switch bits {
        case 8:
            if rex != 0 {
                if number & 4 != 0 { rexUsed |= 0x40 }
                return .gpr8(GPR8(number))
            }
            return .gpr8(GPR8(number >= 4 && number < 8 ? number + 0x10 : number))
        case 16: return .gpr16(GPR16(number))
        case 32: return .gpr32(GPR32(number))
        default: return .gpr64(GPR64(number))
        }
    }

    /// The r/m operand: a register, or memory with the `PTR` size of `bits`.
    mutating func rmOperand(bits: Int) throws(DecodeFailure) -> Operand {
        let m = try readModRM()
        if m >> 6 == 3 { return gpr(m & 7, extendedBy: 1, bits: bits) }
        let size = OperandSize(rawValue: UInt8(bits))
        return .memory(try memory(m), size: size)
    }

    /// The memory operand of ModRM byte `m` (mod != 11): SIB, displacement, rip-relative
    /// (SDM Vol. 2A §2.2.1.6, Tables 2-2 and 2-3). Encodings GNU `as` never writes for an address
    /// (a SIB byte with no index where none is needed, a scale without index) are unsupported:
    /// objdump prints them with the pseudo-register `riz`.
    mutating func memory(_ m: UInt8) throws(DecodeFailure) -> Memory {
        let mod = m >> 6
        let rm = m & 7
        var base = Memory.noRegister
        var index = Memory.noRegister
        var scale = Scale.x1
        var dispBytes = mod == 1 ? 1 : mod == 2 ? 4 : 0
        if rm == 4 {
            let sib = try next()
            scale = Scale(rawValue: sib >> 6) ?? .x1
            let i = sib >> 3 & 7 | rexBit(2) << 3
            if i != 4 { index = i }
            let b = sib & 7
            if b == 5 && mod == 0 {
                dispBytes = 4
            } else {
                base = b | rexBit(1) << 3
            }
            if index == Memory.noRegister {
                guard sib >> 6 == 0, b == 4 || (b == 5 && mod == 0) else { throw .unsupported }
            }
        } else if rm == 5 && mod == 0 {
            base = Memory.ripBase
            dispBytes = 4
        } else {
            base = rm | rexBit(1) << 3
        }
        hasDisplacement = dispBytes != 0
        let disp = dispBytes == 0 ? 0 : Int32(truncatingIfNeeded: try signed(dispBytes))
        return Memory(base: base, index: index, scale: scale, disp: disp)
    }
}
