// Control transfer: jmp/jcc/call to labels (relaxed), to registers and memory, to absolute
// addresses outside the code (resolved by the loader), loop/jrcxz, ret.

extension Assembler {
    /// Emits a branch to a label with a relaxable rel8 form (`short`: opcode byte) and a rel32 form
    /// (`near`). A backward branch whose distance is already final gets its final form directly;
    /// every other branch starts short and is settled by `link()`.
    @inlinable @inline(__always)
    mutating func branch(to label: Label, short: UInt8, near: Opcode, kind: FixupKind,
                         _ name: @autoclosure () -> String) throws(EncodingError) {
        try checkLabel(label, name())
        buffer.reserve(32)
        let target = labelOffsets[Int(label.id)]
        let here = Int32(truncatingIfNeeded: buffer.count)
        if target >= 0 && target > lastRelaxable {
            // Nothing between the target and here can change size: a short form that reaches is final.
            // (Strictly after `lastRelaxable`: a label bound just before a zero-length alignment sits
            // exactly at its end, and that padding may still grow.)
            let d = Int64(target) - (Int64(here) + 2)
            if fitsInt8(d) {
                buffer.put(short)
                buffer.put(UInt8(truncatingIfNeeded: d))
                return
            }
        }
        // Every other branch starts short and `link()` grows the ones that do not reach. Starting
        // even a far backward branch short (rather than writing rel32 now) keeps the relaxation
        // passes identical to GNU as's, which start every branch in its short state; the final
        // sizes can differ otherwise, because alignment padding reacts to the intermediate layouts.
        buffer.put(short)
        fixups.append(Fixup(position: here &+ 1, label: label.id, kind: kind, addend: 0))
        buffer.put(0)
        lastRelaxable = here &+ 2
    }

    /// `jmp label`: `EB cb` when the target is in reach, else `E9 cd`.
    /// - Parameter label: A label of this assembler, bound before or after this instruction.
    /// - Throws: ``EncodingError`` if the label is not one of this assembler's.
    @inlinable
    public mutating func jmp(_ label: Label) throws(EncodingError) {
        try branch(to: label, short: 0xEB, near: Opcode(0xE9), kind: .jmpShort, "jmp \(label)")
    }

    /// `jcc label`: `7x cb` when the target is in reach, else `0F 8x cd`.
    /// - Parameters:
    ///   - condition: The condition to branch on.
    ///   - label: A label of this assembler, bound before or after this instruction.
    /// - Throws: ``EncodingError`` if the label is not one of this assembler's.
    @inlinable
    public mutating func j(_ condition: Condition, _ label: Label) throws(EncodingError) {
        try branch(to: label, short: 0x70 | condition.rawValue, near: Opcode(0x0F, 0x80 | condition.rawValue),
                   kind: .jccShort, "j\(condition) \(label)")
    }

    /// `call label`: `E8 cd` (GNU `as` always uses rel32 for call).
    /// - Parameter label: A label of this assembler, bound before or after this instruction.
    /// - Throws: ``EncodingError`` if the label is not one of this assembler's.
    @inlinable
    public mutating func call(_ label: Label) throws(EncodingError) {
        try checkLabel(label, "call \(label)")
        buffer.reserve(32)
        buffer.put(0xE8)
        fixups.append(Fixup(position: Int32(truncatingIfNeeded: buffer.count), label: label.id, kind: .rel32, addend: 0))
        buffer.put(0, bytes: 4)
    }

    /// `call target` for an absolute address outside this code (a C function, a Swift
    /// `@convention(c)` function): `E8 cd`, resolved when the code is loaded. The loader makes the
    /// rel32 reach the target directly when it is within ±2 GiB, otherwise through a stub
    /// (`jmp [rip+0]; .quad target`) placed after the code.
    /// - Parameter target: The address to call.
    public mutating func call(absolute target: UInt64) {
        buffer.reserve(32)
        buffer.put(0xE8)
        externals.append(ExternalCall(position: buffer.count, target: target, isJump: false))
        buffer.put(0, bytes: 4)
    }

    /// `call target` for a C function pointer (see ``call(absolute:)``).
    /// - Parameter function: The address to call.
    public mutating func call(_ function: UnsafeRawPointer) {
        call(absolute: UInt64(UInt(bitPattern: function)))
    }

    /// `jmp target` (a tail call) to an absolute address outside this code (see ``call(absolute:)``).
    /// - Parameter target: The address to jump to.
    public mutating func jmp(absolute target: UInt64) {
        buffer.reserve(32)
        buffer.put(0xE9)
        externals.append(ExternalCall(position: buffer.count, target: target, isJump: true))
        buffer.put(0, bytes: 4)
    }

    /// `call r64`: `FF /2`.
    /// - Parameter target: The register holding the address to call.
    /// - Throws: Never; the method throws like the other forms of `call`.
    @inlinable
    public mutating func call(_ target: GPR64) throws(EncodingError) {
        _ = emitRR(Opcode(0xFF), reg: 2, rm: target.number)
    }

    /// `call QWORD PTR [m]`: `FF /2`.
    /// - Parameter target: The memory operand holding the address to call.
    /// - Throws: ``EncodingError`` if a `[rip + label]` address names another assembler's label.
    @inlinable
    public mutating func call(_ target: Mem64) throws(EncodingError) {
        try rm(Opcode(0xFF), reg: 2, mem: target.address, "call \(target)")
    }

    /// `jmp r64`: `FF /4`.
    /// - Parameter target: The register holding the address to jump to.
    /// - Throws: Never; the method throws like the other forms of `jmp`.
    @inlinable
    public mutating func jmp(_ target: GPR64) throws(EncodingError) {
        _ = emitRR(Opcode(0xFF), reg: 4, rm: target.number)
    }

    /// `jmp QWORD PTR [m]`: `FF /4`.
    /// - Parameter target: The memory operand holding the address to jump to.
    /// - Throws: ``EncodingError`` if a `[rip + label]` address names another assembler's label.
    @inlinable
    public mutating func jmp(_ target: Mem64) throws(EncodingError) {
        try rm(Opcode(0xFF), reg: 4, mem: target.address, "jmp \(target)")
    }

    /// A rel8-only branch (`loop` E2, `loope` E1, `loopne` E0, `jrcxz` E3). A target out of rel8
    /// reach is an error at `link()`, as in GNU `as`.
    @inlinable
    mutating func rel8Only(_ opcode: UInt8, _ label: Label, _ name: String) throws(EncodingError) {
        try checkLabel(label, "\(name) \(label)")
        buffer.reserve(32)
        let target = labelOffsets[Int(label.id)]
        let here = Int32(truncatingIfNeeded: buffer.count)
        buffer.put(opcode)
        if target >= 0 && target > lastRelaxable {
            let d = Int64(target) - (Int64(here) + 2)
            guard fitsInt8(d) else {
                buffer.count -= 1
                throw EncodingError(.branchOutOfRange(label, distance: Int(d)), instruction: "\(name) \(label)")
            }
            buffer.put(UInt8(truncatingIfNeeded: d))
            return
        }
        fixups.append(Fixup(position: here &+ 1, label: label.id, kind: .rel8Fixed, addend: 0))
        buffer.put(0)
    }

    /// `loop label`: decrement `rcx`, branch if it is not zero (`E2 cb`, rel8 only).
    /// - Parameter label: A label of this assembler, bound before or after this instruction.
    /// - Throws: ``EncodingError`` if the target is out of rel8 reach.
    @inlinable public mutating func loop(_ label: Label) throws(EncodingError) { try rel8Only(0xE2, label, "loop") }
    /// `loope label`: decrement `rcx`, branch if it is not zero and ZF=1 (`E1 cb`).
    /// - Parameter label: A label of this assembler, bound before or after this instruction.
    /// - Throws: ``EncodingError`` if the target is out of rel8 reach.
    @inlinable public mutating func loope(_ label: Label) throws(EncodingError) { try rel8Only(0xE1, label, "loope") }
    /// `loopne label`: decrement `rcx`, branch if it is not zero and ZF=0 (`E0 cb`).
    /// - Parameter label: A label of this assembler, bound before or after this instruction.
    /// - Throws: ``EncodingError`` if the target is out of rel8 reach.
    @inlinable public mutating func loopne(_ label: Label) throws(EncodingError) { try rel8Only(0xE0, label, "loopne") }
    /// `jrcxz label`: branch if `rcx` is zero (`E3 cb`).
    /// - Parameter label: A label of this assembler, bound before or after this instruction.
    /// - Throws: ``EncodingError`` if the target is out of rel8 reach.
    @inlinable public mutating func jrcxz(_ label: Label) throws(EncodingError) { try rel8Only(0xE3, label, "jrcxz") }

    /// `ret`: `C3`.
    @inlinable
    public mutating func ret() {
        buffer.reserve(32)
        buffer.put(0xC3)
    }

    /// `ret imm16`: return and pop `bytes` bytes of arguments (`C2 iw`).
    /// - Parameter bytes: The number of bytes to pop after the return address.
    @inlinable
    public mutating func ret(_ bytes: UInt16) {
        buffer.reserve(32)
        buffer.put(0xC2)
        buffer.put(UInt64(bytes), bytes: 2)
    }
}
