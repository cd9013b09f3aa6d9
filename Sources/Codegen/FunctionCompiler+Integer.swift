// Integer arithmetic, comparisons, casts and select. Operands arrive in rax and rcx in canonical
// (zero-extended) form; signed operations sign-extend first, and every result is zero-extended to
// its width before it is stored.

import IR
import X86

extension FunctionCompiler {
    mutating func lowerIntegerBinary(_ inst: Inst, _ d: InstructionData) throws {
        let w = try width(d.type)
        try load(d.operands[0], .rax)
        try load(d.operands[1], .rcx)
        switch d.opcode {
        case .add: try asm.add(.rax, .rcx)
        case .sub: try asm.sub(.rax, .rcx)
        case .mul: try asm.imul(.rax, .rcx)
        case .and: try asm.and(.rax, .rcx)
        case .or: try asm.or(.rax, .rcx)
        case .xor: try asm.xor(.rax, .rcx)
        case .shl, .lshr:
            // Shifting by the width or more gives 0 (poison in LLVM; the interpreter's choice).
            if d.opcode == .shl { try asm.shl(.rax, .cl) } else { try asm.shr(.rax, .cl) }
            try asm.xor(.edx, .edx)
            try asm.cmp(.rcx, Int64(w))
            try asm.cmov(.ae, .rax, .rdx)
        case .ashr:
            try signExtend(.rax, w)
            try asm.mov(.edx, 63)
            try asm.cmp(.rcx, 63)
            try asm.cmov(.a, .rcx, .rdx)
            try asm.sar(.rax, .cl)
        case .udiv, .urem:
            try asm.xor(.edx, .edx)
            try asm.div(.rcx)
            if d.opcode == .urem { try asm.mov(.rax, .rdx) }
        case .sdiv, .srem:
            // Operands sign-extended to 64 bits cannot overflow idiv except INT64_MIN / -1, which
            // gives INT_MIN and remainder 0 here instead of #DE (the interpreter's semantics).
            try signExtend(.rax, w)
            try signExtend(.rcx, w)
            let normal = asm.newLabel(), done = asm.newLabel()
            try asm.cmp(.rcx, -1)
            try asm.j(.ne, normal)
            if d.opcode == .sdiv { try asm.neg(.rax) } else { try asm.xor(.eax, .eax) }
            try asm.jmp(done)
            try asm.bind(normal)
            asm.cqo()
            try asm.idiv(.rcx)
            if d.opcode == .srem { try asm.mov(.rax, .rdx) }
            try asm.bind(done)
        default:
            throw unsupported("integer opcode \(d.opcode)")
        }
        try zeroExtend(.rax, w)
        try storeResult(inst, .rax)
    }

    /// The condition code of an integer predicate, for a `cmp a, b`.
    static func condition(_ p: IntPredicate) -> Condition {
        switch p {
        case .eq: .e
        case .ne: .ne
        case .ugt: .a
        case .uge: .ae
        case .ult: .b
        case .ule: .be
        case .sgt: .g
        case .sge: .ge
        case .slt: .l
        case .sle: .le
        }
    }

    mutating func lowerICmp(_ inst: Inst, _ d: InstructionData) throws {
        let t = typeOf(d.operands[0])
        let w = try width(t)
        guard let p = IntPredicate(rawValue: d.predicate) else { throw unsupported("icmp predicate") }
        try load(d.operands[0], .rax)
        try load(d.operands[1], .rcx)
        if [.sgt, .sge, .slt, .sle].contains(p) {
            try signExtend(.rax, w)
            try signExtend(.rcx, w)
        }
        try asm.cmp(.rax, .rcx)
        try asm.set(Self.condition(p), .al)
        try asm.movzx(.eax, .al)
        try storeResult(inst, .rax)
    }

    mutating func lowerSelect(_ inst: Inst, _ d: InstructionData) throws {
        guard typeOf(d.operands[0]) == .i1 else { throw unsupported("select with a vector condition") }
        if d.type.isAggregate {
            let other = asm.newLabel(), done = asm.newLabel()
            try load(d.operands[0], .rax)
            try asm.test(.eax, 1)
            try asm.j(.e, other)
            try copyValue(d.operands[1], d.type, to: frame.valueOffset[inst.index])
            try asm.jmp(done)
            try asm.bind(other)
            try copyValue(d.operands[2], d.type, to: frame.valueOffset[inst.index])
            try asm.bind(done)
            return
        }
        guard d.type.isFirstClassScalar || d.type.isVector else { throw unsupported("select of \(d.type)") }
        try load(d.operands[0], .rax)
        try load(d.operands[1], .rcx)
        try load(d.operands[2], .rdx)
        try asm.test(.eax, 1)
        try asm.cmov(.e, .rcx, .rdx)
        try storeResult(inst, .rcx)
    }

    // MARK: - Casts

    mutating func lowerCast(_ inst: Inst, _ d: InstructionData) throws {
        let v = d.operands[0]
        let from = typeOf(v)
        let to = d.type
        let slot = frame.valueOffset[inst.index]
        switch d.opcode {
        case .trunc, .ptrtoint, .zext, .inttoptr:
            _ = try width(from)
            try load(v, .rax)
            try zeroExtend(.rax, try width(to))
            try storeResult(inst, .rax)
        case .sext:
            try load(v, .rax)
            try signExtend(.rax, try width(from))
            try zeroExtend(.rax, try width(to))
            try storeResult(inst, .rax)
        case .bitcast:
            guard from.isFirstClassScalar, to.isFirstClassScalar else { throw unsupported("bitcast from \(from) to \(to)") }
            try load(v, .rax)
            try normalize(.rax, to)
            try storeResult(inst, .rax)
        case .fpext:
            guard from == .float, to == .double else { throw unsupported("fpext from \(from) to \(to)") }
            try loadXMM(v, .xmm0, from)
            try asm.cvtss2sd(.xmm0, .xmm0)
            try storeXMM(.xmm0, to, to: slot)
        case .fptrunc:
            guard from == .double, to == .float else { throw unsupported("fptrunc from \(from) to \(to)") }
            try loadXMM(v, .xmm0, from)
            try asm.cvtsd2ss(.xmm0, .xmm0)
            try storeXMM(.xmm0, to, to: slot)
        case .sitofp, .uitofp:
            guard to.isFloatingPoint else { throw unsupported("\(d.opcode) to \(to)") }
            let w = try width(from)
            try load(v, .rax)
            if d.opcode == .sitofp { try signExtend(.rax, w) }
            try convertToFloat(.rax, to, unsigned: d.opcode == .uitofp && w == 64)
            try storeXMM(.xmm0, to, to: slot)
        case .fptosi, .fptoui:
            guard from.isFloatingPoint else { throw unsupported("\(d.opcode) from \(from)") }
            let w = try width(to)
            try loadXMM(v, .xmm0, from)
            if d.opcode == .fptoui && w == 64 {
                try convertToUnsigned64(from)
            } else if from == .float {
                try asm.cvttss2si(.rax, .xmm0)
            } else {
                try asm.cvttsd2si(.rax, .xmm0)
            }
            try zeroExtend(.rax, w)
            try storeResult(inst, .rax)
        default:
            throw unsupported("cast \(d.opcode)")
        }
    }

    /// xmm0 = the integer in `r` (signed, or unsigned 64-bit) converted to `t`.
    mutating func convertToFloat(_ r: GPR64, _ t: IRType, unsigned: Bool) throws {
        func convert(_ asm: inout Assembler) throws {
            if t == .float { try asm.cvtsi2ss(.xmm0, r) } else { try asm.cvtsi2sd(.xmm0, r) }
        }
        try asm.xorps(.xmm0, .xmm0)
        guard unsigned else { try convert(&asm); return }
        // Values with the top bit set: halve (keeping the low bit for rounding), convert, double.
        let big = asm.newLabel(), done = asm.newLabel()
        try asm.test(r, r)
        try asm.j(.s, big)
        try convert(&asm)
        try asm.jmp(done)
        try asm.bind(big)
        try asm.mov(.rdx, r)
        try asm.shr(.rdx, 1)
        try asm.and(r.dword, 1)
        try asm.or(.rdx, r)
        try asm.mov(r, .rdx)
        try convert(&asm)
        if t == .float { try asm.addss(.xmm0, .xmm0) } else { try asm.addsd(.xmm0, .xmm0) }
        try asm.bind(done)
    }

    /// rax = xmm0 (of type `t`) converted to an unsigned 64-bit integer.
    mutating func convertToUnsigned64(_ t: IRType) throws {
        let big = asm.newLabel(), done = asm.newLabel()
        // 2^63 as a float or double.
        try loadImmediate(.rcx, t == .float ? UInt64(Float(9.223372036854775808e18).bitPattern)
                                            : Double(9.223372036854775808e18).bitPattern)
        try asm.movq(.xmm1, .rcx)
        if t == .float { try asm.ucomiss(.xmm0, .xmm1) } else { try asm.ucomisd(.xmm0, .xmm1) }
        try asm.j(.ae, big)
        if t == .float { try asm.cvttss2si(.rax, .xmm0) } else { try asm.cvttsd2si(.rax, .xmm0) }
        try asm.jmp(done)
        try asm.bind(big)
        if t == .float {
            try asm.subss(.xmm0, .xmm1)
            try asm.cvttss2si(.rax, .xmm0)
        } else {
            try asm.subsd(.xmm0, .xmm1)
            try asm.cvttsd2si(.rax, .xmm0)
        }
        try asm.mov(.rcx, Int64.min)
        try asm.xor(.rax, .rcx)
        try asm.bind(done)
    }
}
