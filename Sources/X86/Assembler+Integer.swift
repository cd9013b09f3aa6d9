// Form selection for the integer instructions: where one Intel-syntax instruction has several
// encodings, these functions pick the one GNU `as` picks. The public, typed methods
// (Generated/Assembler+Instructions.swift) are one-liners over these and over `rr`/`rm`.
//
// GNU `as` choices implemented here (checked by the differential tests):
// - register-to-register ALU/mov/test/xchg use the MR form (`01 /r`, `89 /r`), source in ModRM.reg;
// - an immediate that fits a sign-extended imm8 uses `83 /op ib` (or `6B`, `6A`); otherwise the
//   accumulator short form (`05 id`, `A9 id`) when the destination is al/ax/eax/rax, else `81 /op id`;
// - `mov r64, imm` is `C7 /0 id` if the value fits a sign-extended imm32, else `B8+r io` (movabs);
// - a shift by the immediate 1 uses `D1 /op`;
// - `xchg` with the accumulator uses `90+r`, except `xchg eax, eax` (`87 C0`: `90` would not zero
//   the upper half); `xchg rax, rax` is a plain `90`.

extension Assembler {
    // MARK: - Shared helpers

    /// Throws the high-byte/REX error when an encode step reported a conflict.
    @inlinable @inline(__always)
    func encoded(_ ok: Bool, _ text: @autoclosure () -> String) throws(EncodingError) {
        if _slowPath(!ok) { throw EncodingError(.highByteRegisterWithREX, instruction: text()) }
    }

    /// Checks that `value` is in `range`.
    @inlinable @inline(__always)
    func immediate(_ value: Int64, in range: ClosedRange<Int64>, _ text: @autoclosure () -> String)
        throws(EncodingError)
    {
        if _slowPath(!range.contains(value)) {
            throw EncodingError(.immediateOutOfRange(value: value, range: range), instruction: text())
        }
    }

    /// A register-register (or register-extension) form.
    @inlinable @inline(__always)
    mutating func rr(_ op: Opcode, reg: UInt8, rm: UInt8, flags: UInt8 = 0, _ text: @autoclosure () -> String)
        throws(EncodingError)
    {
        try encoded(emitRR(op, reg: reg, rm: rm, flags: flags), text())
    }

    /// A register-memory form; `immediateSize` bytes of immediate follow.
    @inlinable @inline(__always)
    mutating func rm(_ op: Opcode, reg: UInt8, mem: Memory, flags: UInt8 = 0, immediateSize: Int = 0,
                     _ text: @autoclosure () -> String) throws(EncodingError)
    {
        if _slowPath(mem.labelPlusOne != 0) { try checkLabelReference(mem, immediateSize: immediateSize, text()) }
        try encoded(emitRM(op, reg: reg, mem: mem, flags: flags, immediateSize: immediateSize), text())
    }

    /// A `[rip + label + disp]` operand must name one of this assembler's labels, and its addend
    /// (disp minus the bytes after the displacement field) must fit in 32 bits.
    @usableFromInline
    func checkLabelReference(_ mem: Memory, immediateSize: Int, _ text: @autoclosure () -> String)
        throws(EncodingError)
    {
        try checkLabel(Label(id: mem.labelPlusOne &- 1), text())
        let addend = Int64(mem.disp) - Int64(immediateSize)
        guard addend >= Int64(Int32.min) else {
            throw EncodingError(.displacementOutOfRange(distance: addend), instruction: text())
        }
    }

    // MARK: - Group 1 (add, or, adc, sbb, and, sub, xor, cmp) with an immediate

    @inlinable @inline(__always)
    mutating func aluRI(_ op: ALUOp, _ size: OperandSize, _ dst: UInt8, _ flags: UInt8, _ value: Int64,
                        _ text: @autoclosure () -> String) throws(EncodingError)
    {
        try immediate(value, in: immediateRange(size), text())
        let v = normalized(value, size)
        if size != .byte && fitsInt8(v) {
            try rr(Opcode(0x83).sized(size), reg: op.rawValue, rm: dst, text())
            imm(v, size: 1)
        } else if dst == 0 && flags == 0 {
            try encoded(header(.byteOrFull(op.rawValue << 3 | 4, size), rex: 0, flags: 0), text())
            imm(v, size: immediateBytes(size))
        } else {
            try rr(.byteOrFull(0x80, size), reg: op.rawValue, rm: dst, flags: flags, text())
            imm(v, size: immediateBytes(size))
        }
    }

    @inlinable @inline(__always)
    mutating func aluMI(_ op: ALUOp, _ size: OperandSize, _ dst: Memory, _ value: Int64,
                        _ text: @autoclosure () -> String) throws(EncodingError)
    {
        try immediate(value, in: immediateRange(size), text())
        let v = normalized(value, size)
        if size != .byte && fitsInt8(v) {
            try rm(Opcode(0x83).sized(size), reg: op.rawValue, mem: dst, immediateSize: 1, text())
            imm(v, size: 1)
        } else {
            let n = immediateBytes(size)
            try rm(.byteOrFull(0x80, size), reg: op.rawValue, mem: dst, immediateSize: n, text())
            imm(v, size: n)
        }
    }

    // MARK: - mov with an immediate

    @inlinable @inline(__always)
    mutating func movRI(_ size: OperandSize, _ dst: UInt8, _ flags: UInt8, _ value: Int64,
                        _ text: @autoclosure () -> String) throws(EncodingError)
    {
        switch size {
        case .qword:
            if fitsInt32(value) {
                try rr(Opcode(0xC7).w, reg: 0, rm: dst, text())
                imm(value, size: 4)
            } else {
                try encoded(emitO(Opcode(0xB8).w, register: dst), text())
                imm(value, size: 8)
            }
        case .byte:
            try immediate(value, in: immediateRange(size), text())
            try encoded(emitO(Opcode(0xB0), register: dst, flags: flags), text())
            imm(value, size: 1)
        default:
            try immediate(value, in: immediateRange(size), text())
            try encoded(emitO(Opcode(0xB8).sized(size), register: dst), text())
            imm(value, size: immediateBytes(size))
        }
    }

    @inlinable @inline(__always)
    mutating func movMI(_ size: OperandSize, _ dst: Memory, _ value: Int64, _ text: @autoclosure () -> String)
        throws(EncodingError)
    {
        try immediate(value, in: immediateRange(size), text())
        let n = immediateBytes(size)
        try rm(.byteOrFull(0xC6, size), reg: 0, mem: dst, immediateSize: n, text())
        imm(value, size: n)
    }

    /// `movabs r64, imm64`: always the 10-byte `REX.W B8+r io` form.
    @inlinable
    mutating func movabsRI(_ dst: UInt8, _ value: Int64, _ text: @autoclosure () -> String) throws(EncodingError) {
        try encoded(emitO(Opcode(0xB8).w, register: dst), text())
        imm(value, size: 8)
    }

    /// `movabs acc, [moffs64]` (`A0`/`A1`) and `movabs [moffs64], acc` (`A2`/`A3`).
    @inlinable
    mutating func movabsMoffs(store: Bool, _ size: OperandSize, _ reg: UInt8, _ flags: UInt8, _ address: UInt64,
                              _ text: @autoclosure () -> String) throws(EncodingError)
    {
        guard reg == 0 && flags == 0 else {
            throw EncodingError(.invalidOperands("only al, ax, eax and rax can load or store a 64-bit address"),
                                instruction: text())
        }
        try encoded(header(.byteOrFull(store ? 0xA2 : 0xA0, size), rex: 0, flags: 0), text())
        imm(Int64(bitPattern: address), size: 8)
    }

    // MARK: - test with an immediate (no imm8 form)

    @inlinable @inline(__always)
    mutating func testRI(_ size: OperandSize, _ dst: UInt8, _ flags: UInt8, _ value: Int64,
                         _ text: @autoclosure () -> String) throws(EncodingError)
    {
        try immediate(value, in: immediateRange(size), text())
        if dst == 0 && flags == 0 {
            try encoded(header(.byteOrFull(0xA8, size), rex: 0, flags: 0), text())
        } else {
            try rr(.byteOrFull(0xF6, size), reg: 0, rm: dst, flags: flags, text())
        }
        imm(normalized(value, size), size: immediateBytes(size))
    }

    @inlinable
    mutating func testMI(_ size: OperandSize, _ dst: Memory, _ value: Int64, _ text: @autoclosure () -> String)
        throws(EncodingError)
    {
        try immediate(value, in: immediateRange(size), text())
        let n = immediateBytes(size)
        try rm(.byteOrFull(0xF6, size), reg: 0, mem: dst, immediateSize: n, text())
        imm(normalized(value, size), size: n)
    }

    // MARK: - xchg

    @inlinable
    mutating func xchgRR(_ size: OperandSize, _ a: UInt8, _ aFlags: UInt8, _ b: UInt8, _ bFlags: UInt8,
                         _ text: @autoclosure () -> String) throws(EncodingError)
    {
        if size != .byte && (a == 0 || b == 0) {
            let other = a == 0 ? b : a
            if other == 0 {
                switch size {
                case .qword:
                    // `xchg rax, rax` is the one-byte NOP as GNU as writes it.
                    try encoded(header(Opcode(0x90), rex: 0, flags: 0), text())
                    return
                case .dword:
                    try rr(Opcode(0x87), reg: 0, rm: 0, text())
                    return
                default: break
                }
            }
            try encoded(emitO(Opcode(0x90).sized(size), register: other), text())
            return
        }
        try rr(.byteOrFull(0x86, size), reg: b, rm: a, flags: aFlags | bFlags, text())
    }

    // MARK: - Shifts and rotates

    @inlinable
    mutating func shiftRI(_ op: ShiftOp, _ size: OperandSize, _ dst: UInt8, _ flags: UInt8, _ count: UInt8,
                          _ text: @autoclosure () -> String) throws(EncodingError)
    {
        if count == 1 {
            try rr(.byteOrFull(0xD0, size), reg: op.rawValue, rm: dst, flags: flags, text())
        } else {
            try rr(.byteOrFull(0xC0, size), reg: op.rawValue, rm: dst, flags: flags, text())
            imm(Int64(count), size: 1)
        }
    }

    @inlinable
    mutating func shiftMI(_ op: ShiftOp, _ size: OperandSize, _ dst: Memory, _ count: UInt8,
                          _ text: @autoclosure () -> String) throws(EncodingError)
    {
        if count == 1 {
            try rm(.byteOrFull(0xD0, size), reg: op.rawValue, mem: dst, text())
        } else {
            try rm(.byteOrFull(0xC0, size), reg: op.rawValue, mem: dst, immediateSize: 1, text())
            imm(Int64(count), size: 1)
        }
    }

    // MARK: - imul with an immediate, push

    @inlinable @inline(__always)
    mutating func imulRRI(_ size: OperandSize, _ dst: UInt8, _ src: UInt8, _ value: Int64,
                          _ text: @autoclosure () -> String) throws(EncodingError)
    {
        try immediate(value, in: immediateRange(size), text())
        let v = normalized(value, size)
        if fitsInt8(v) {
            try rr(Opcode(0x6B).sized(size), reg: dst, rm: src, text())
            imm(v, size: 1)
        } else {
            try rr(Opcode(0x69).sized(size), reg: dst, rm: src, text())
            imm(v, size: immediateBytes(size))
        }
    }

    @inlinable
    mutating func imulRMI(_ size: OperandSize, _ dst: UInt8, _ src: Memory, _ value: Int64,
                          _ text: @autoclosure () -> String) throws(EncodingError)
    {
        try immediate(value, in: immediateRange(size), text())
        let v = normalized(value, size)
        let n = fitsInt8(v) ? 1 : immediateBytes(size)
        try rm(Opcode(n == 1 ? 0x6B : 0x69).sized(size), reg: dst, mem: src, immediateSize: n, text())
        imm(v, size: n)
    }

    @inlinable
    mutating func pushI(_ value: Int64, _ text: @autoclosure () -> String) throws(EncodingError) {
        try immediate(value, in: Int64(Int32.min)...Int64(Int32.max), text())
        buffer.reserve(32)
        if fitsInt8(value) {
            buffer.put(0x6A)
            imm(value, size: 1)
        } else {
            buffer.put(0x68)
            imm(value, size: 4)
        }
    }

    /// One of the NOPs 1 to 11 bytes long that GNU `as` pads with.
    /// - Parameter length: The instruction's length in bytes.
    /// - Throws: ``EncodingError`` unless `length` is in 1...11.
    public mutating func nop(length: Int) throws(EncodingError) {
        guard (1...11).contains(length) else {
            throw EncodingError(.invalidOperands("a single NOP is 1 to 11 bytes long"), instruction: "nop (\(length) bytes)")
        }
        buffer.writePadding(length, fill: -1)
    }

    /// An instruction with no operands, given as its bytes (at most 4).
    @inlinable @inline(__always)
    mutating func fixed(_ bytes: UInt32, _ count: Int) {
        buffer.reserve(32)
        buffer.put(UInt64(bytes), bytes: count)
    }
}
