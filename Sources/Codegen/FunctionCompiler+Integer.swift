// Integer arithmetic, comparisons, casts and select. Values are kept zero-extended to 64 bits
// (the canonical form); i32 arithmetic uses 32-bit instructions, which zero-extend for free; other
// widths below 64 are re-extended after operations that can carry into the high bits. Constants
// become immediates, multiplications by powers of two shifts, and compares fold into the branch
// or select that reads them.

import IR
import X86

extension FunctionCompiler {
    mutating func lowerIntegerBinary(_ inst: Inst, _ d: InstructionView) throws {
        let w = try width(d.type)
        switch d.opcode {
        case .add, .sub, .mul, .and, .or, .xor:
            try lowerTwoAddress(inst, d, width: w)
        case .shl, .lshr, .ashr:
            try lowerShift(inst, d, width: w)
        case .udiv, .urem, .sdiv, .srem:
            try lowerDivision(inst, d, width: w)
        default:
            throw unsupported("integer opcode \(d.opcode)")
        }
    }

    /// add, sub, mul, and, or, xor: `mov d, a; op d, b` with b a register, slot or immediate.
    mutating func lowerTwoAddress(_ inst: Inst, _ d: InstructionView, width w: Int) throws {
        var a = d.operands[0], b = d.operands[1]
        let commutative = d.opcode != .sub
        let wide = w > 32
        if isFoldedLoad(a, into: inst) {
            // A load folded into the instruction (Selection): the memory operand goes on the right.
            swap(&a, &b)
        } else if isFoldedLoad(b, into: inst) {
            // Already on the right.
        } else if commutative {
            // Constant on the right; and the operand already in the result's register on the left.
            if constantValue(a) != nil && constantValue(b) == nil { swap(&a, &b) }
            if case .gpr(let r) = assignment.instructions[inst.index], register(b) == r, register(a) != r { swap(&a, &b) }
        }
        if isFoldedLoad(b, into: inst) {
            // `mov r, a; op r, [address]`, with r none of the registers the address reads (the
            // result may share a register with an operand that dies here).
            var r = resultRegister(inst)
            if registersRead(byFolded: b).contains(r) { r = .rax }
            try move(r, try source(a, width: w, scratch: r), wide: wide)
            let m = try address(function.instructions[b.index].operands[0])
            switch d.opcode {
            case .add: try alu(.add, r, .memory(m), wide: wide)
            case .sub: try alu(.sub, r, .memory(m), wide: wide)
            case .and: try alu(.and, r, .memory(m), wide: wide)
            case .or: try alu(.or, r, .memory(m), wide: wide)
            case .xor: try alu(.xor, r, .memory(m), wide: wide)
            case .mul: if wide { try asm.imul(r, .qword(m)) } else { try asm.imul(r.dword, .dword(m)) }
            default: throw unsupported("a load folded into \(d.opcode)")
            }
            return try define(inst, r)
        }
        // lea for an add of two registers (or a register and an immediate) into a third.
        if d.opcode == .add, case .gpr(let r) = assignment.instructions[inst.index], let ra = register(a), ra != r {
            if let rb = register(b), rb != r, w == 64 || w == 32 {
                let m = Memory(ra, IndexRegister(rb)!)
                if w == 64 { try asm.lea(r, m) } else { try asm.lea(r.dword, m) }
                return
            }
            if let i = immediate(b, width: w), w == 64 || w == 32 {
                if w == 64 { try asm.lea(r, Memory(ra, i)) } else { try asm.lea(r.dword, Memory(ra, i)) }
                return
            }
        }
        let r = resultRegister(inst, avoiding: b)
        try move(r, try source(a, width: w, scratch: r), wide: wide)
        switch d.opcode {
        case .add: try alu(.add, r, try source(b, width: w, scratch: .rcx), wide: wide)
        case .sub: try alu(.sub, r, try source(b, width: w, scratch: .rcx), wide: wide)
        case .and: try alu(.and, r, try source(b, width: w, scratch: .rcx), wide: wide)
        case .or: try alu(.or, r, try source(b, width: w, scratch: .rcx), wide: wide)
        case .xor: try alu(.xor, r, try source(b, width: w, scratch: .rcx), wide: wide)
        case .mul:
            if let bits = constantValue(b), bits != 0, bits & (bits - 1) == 0 {
                let k = UInt8(bits.trailingZeroBitCount)
                if wide { try asm.shl(r, k) } else { try asm.shl(r.dword, k) }
            } else {
                switch try source(b, width: w, scratch: .rcx) {
                case .register(let x): if wide { try asm.imul(r, x) } else { try asm.imul(r.dword, x.dword) }
                case .memory(let m): if wide { try asm.imul(r, .qword(m)) } else { try asm.imul(r.dword, .dword(m)) }
                case .immediate(let i): if wide { try asm.imul(r, r, Int64(i)) } else { try asm.imul(r.dword, r.dword, Int64(i)) }
                }
            }
        default:
            break
        }
        if w != 32 && w != 64 && d.opcode != .and && d.opcode != .or && d.opcode != .xor { try zeroExtend(r, w) }
        try define(inst, r)
    }

    /// Shifts. A shift by the width or more gives 0 (`ashr`: the sign), the interpreter's choice
    /// for what LLVM calls poison.
    mutating func lowerShift(_ inst: Inst, _ d: InstructionView, width w: Int) throws {
        let a = d.operands[0], b = d.operands[1]
        let native = w == 32 || w == 64
        if a.kind == .instruction, selection.foldedInto[a.index] == Int32(inst.index), let bits = constantValue(b) {
            // ashr (shl x, k), k: sign-extend the low 64-k bits.
            let r = resultRegister(inst)
            let x = try gpr(function.instructions[a.index].operands[0], r)
            switch bits {
            case 32: try asm.movsxd(r, x.dword)
            case 48: try asm.movsx(r, x.word)
            default: try asm.movsx(r, x.byte)
            }
            return try define(inst, r)
        }
        if let bits = constantValue(b) {
            let r = resultRegister(inst)
            if d.opcode != .ashr && bits >= UInt64(w) {
                try asm.xor(r.dword, r.dword)
                return try define(inst, r)
            }
            try load(a, r)
            if d.opcode == .ashr {
                let k = UInt8(min(bits, UInt64(w - 1)))
                if native {
                    if w == 64 { try asm.sar(r, k) } else { try asm.sar(r.dword, k) }
                } else {
                    try signExtend(r, w)
                    try asm.sar(r, k)
                    try zeroExtend(r, w)
                }
            } else if bits > 0 {
                let k = UInt8(bits)
                switch (d.opcode, w <= 32) {
                case (.shl, true): try asm.shl(r.dword, k)
                case (.shl, false): try asm.shl(r, k)
                case (_, true): try asm.shr(r.dword, k)
                default: try asm.shr(r, k)
                }
                if d.opcode == .shl && !native { try zeroExtend(r, w) }
            }
            return try define(inst, r)
        }
        // Variable count: in cl.
        try load(b, .rcx)
        let r = resultRegister(inst)
        try load(a, r)
        switch d.opcode {
        case .shl, .lshr:
            if d.opcode == .shl { try asm.shl(r, .cl) } else { try asm.shr(r, .cl) }
            try asm.xor(.edx, .edx)
            try asm.cmp(.rcx, Int64(w))
            try asm.cmov(.ae, r, .rdx)
            if d.opcode == .shl && w != 64 { try zeroExtend(r, w) }
        default:
            try signExtend(r, w)
            try asm.mov(.edx, 63)
            try asm.cmp(.rcx, 63)
            try asm.cmov(.a, .rcx, .rdx)
            try asm.sar(r, .cl)
            try zeroExtend(r, w)
        }
        try define(inst, r)
    }

    /// Division and remainder in rax:rdx. Signed division of the smallest value by -1 gives the
    /// smallest value and remainder 0 instead of #DE (the interpreter's semantics); division by
    /// zero faults like native code.
    mutating func lowerDivision(_ inst: Inst, _ d: InstructionView, width w: Int) throws {
        let a = d.operands[0], b = d.operands[1]
        let signed = d.opcode == .sdiv || d.opcode == .srem
        if !signed, w == 32 || w == 64, let divisor = constantValue(b), divisor > 1 {
            return try lowerUnsignedDivision(inst, d, by: w == 32 ? divisor & 0xFFFF_FFFF : divisor, width: w)
        }
        let native = w == 32 || w == 64
        let divisorConstant = constantValue(b).map { signExtended($0, from: w) }
        if signed, native, let c = divisorConstant, c > 1, c & (c - 1) == 0 {
            return try lowerSignedDivision(inst, d, byPowerOfTwo: c.trailingZeroBitCount, width: w)
        }
        // The divisor: a register other than rax/rdx, a slot, or rcx.
        let divisor: GPR64
        if let r = register(b) { divisor = r } else { try load(b, .rcx); divisor = .rcx }
        try load(a, .rax)
        if signed && !native {
            try signExtend(.rax, w)
            if divisor != .rcx { try asm.mov(.rcx, divisor) }
            try signExtend(.rcx, w)
        }
        let s: GPR64 = signed && !native ? .rcx : divisor
        let wide = !native || w == 64
        let done = asm.newLabel()
        if w == 64, divisorConstant == nil {
            // Both operands below 2^32 (nonnegative, for sdiv and srem too): a 32-bit div gives
            // the same quotient and remainder in a fraction of a 64-bit one's time (as LLVM
            // does for x86-64; a divisor of 0 faults there as well).
            let full = asm.newLabel()
            try asm.mov(.r11, .rax)
            try asm.or(.r11, s)
            try asm.shr(.r11, 32)
            try asm.j(.ne, full)
            try asm.xor(.edx, .edx)
            try asm.div(s.dword)
            try asm.jmp(done)
            try asm.bind(full)
        }
        if signed {
            if divisorConstant == nil || divisorConstant == -1 {
                let normal = asm.newLabel()
                if wide { try asm.cmp(s, -1) } else { try asm.cmp(s.dword, -1) }
                try asm.j(.ne, normal)
                if d.opcode == .sdiv {
                    if wide { try asm.neg(.rax) } else { try asm.neg(.eax) }
                } else {
                    try asm.xor(.eax, .eax)
                }
                if d.opcode == .srem { try asm.mov(.rdx, .rax) }
                try asm.jmp(done)
                try asm.bind(normal)
            }
            if wide { asm.cqo(); try asm.idiv(s) } else { asm.cdq(); try asm.idiv(s.dword) }
        } else {
            try asm.xor(.edx, .edx)
            if wide { try asm.div(s) } else { try asm.div(s.dword) }
        }
        try asm.bind(done)
        let result: GPR64 = d.opcode == .sdiv || d.opcode == .udiv ? .rax : .rdx
        if !native { try zeroExtend(result, w) }
        try define(inst, result)
    }

    /// Signed division or remainder of i32 or i64 by 2^k (k >= 1) without `idiv`: a bias of
    /// 2^k - 1 is added to negative dividends so that the shift rounds toward zero, as sdiv does:
    ///
    ///   bias = (x >> (w - 1)) >>> (w - k)      (arithmetic, then logical: 2^k - 1 or 0)
    ///   sdiv = (x + bias) >> k                 srem = x - ((x + bias) & -2^k)
    mutating func lowerSignedDivision(_ inst: Inst, _ d: InstructionView, byPowerOfTwo k: Int, width w: Int) throws {
        let wide = w == 64
        let r = resultRegister(inst)
        try load(d.operands[0], .rax)
        if wide { try asm.mov(.rcx, .rax) } else { try asm.mov(.ecx, .eax) }
        if k > 1 {
            if wide { try asm.sar(.rcx, UInt8(w - 1)) } else { try asm.sar(.ecx, UInt8(w - 1)) }
        }
        if wide { try asm.shr(.rcx, UInt8(w - k)) } else { try asm.shr(.ecx, UInt8(w - k)) }
        if wide { try asm.add(.rcx, .rax) } else { try asm.add(.ecx, .eax) }
        if d.opcode == .sdiv {
            if wide { try asm.sar(.rcx, UInt8(k)) } else { try asm.sar(.ecx, UInt8(k)) }
            if wide { try asm.mov(r, .rcx) } else { try asm.mov(r.dword, .ecx) }
        } else {
            // -2^k as a sign-extended immediate (k < 32), else from a register.
            if k < 32 {
                if wide { try asm.and(.rcx, -(Int64(1) << Int64(k))) } else { try asm.and(.ecx, -(Int64(1) << Int64(k))) }
            } else {
                try loadImmediate(.rdx, UInt64(bitPattern: -(Int64(1) << Int64(k))))
                try asm.and(.rcx, .rdx)
            }
            if wide { try asm.sub(.rax, .rcx) } else { try asm.sub(.eax, .ecx) }
            if wide { try asm.mov(r, .rax) } else { try asm.mov(r.dword, .eax) }
        }
        try define(inst, r)
    }

    /// Unsigned division or remainder by a constant above 1, without `div`: a shift and a mask for
    /// powers of two; otherwise a multiplication by a fixed-point reciprocal (Granlund and
    /// Montgomery, "Division by invariant integers using multiplication", 1994):
    ///
    ///   32 bits: q = high64(x * m), m = floor(2^64 / d) + 1; exact for every x < 2^32, since the
    ///            error x * (m - 2^64/d) / 2^64 < 2^-32 never reaches the next integer
    ///   64 bits: t = high64(x * m), q = (t + ((x - t) >> 1)) >> (l - 1), l = ceil(log2 d),
    ///            m = floor(2^64 * (2^l - d) / d) + 1
    mutating func lowerUnsignedDivision(_ inst: Inst, _ d: InstructionView, by divisor: UInt64, width w: Int) throws {
        guard divisor > 1 else { throw unsupported("division by \(divisor)") }
        let remainder = d.opcode == .urem
        let wide = w == 64
        if divisor & (divisor - 1) == 0 {
            let r = resultRegister(inst)
            try load(d.operands[0], r)
            if remainder {
                let mask = divisor - 1
                if let imm = Int32(exactly: mask) {
                    try alu(.and, r, .immediate(imm), wide: wide)
                } else {
                    try loadImmediate(.rcx, mask)
                    try asm.and(r, .rcx)
                }
            } else {
                let k = UInt8(divisor.trailingZeroBitCount)
                if wide { try asm.shr(r, k) } else { try asm.shr(r.dword, k) }
            }
            return try define(inst, r)
        }
        // x in rcx (never an input of mul's rdx:rax).
        try load(d.operands[0], .rcx)
        if w == 32 {
            let m = UInt64.max / divisor &+ 1
            try loadImmediate(.rax, m)
            try asm.mul(.rcx)
            try asm.mov(.rax, .rdx)
        } else {
            let l = 64 - (divisor - 1).leadingZeroBitCount
            let high = l == 64 ? 0 &- divisor : (UInt64(1) << UInt64(l)) - divisor
            let m = divisor.dividingFullWidth((high: high, low: 0)).quotient &+ 1
            try loadImmediate(.rax, m)
            try asm.mul(.rcx)
            try asm.mov(.rax, .rcx)
            try asm.sub(.rax, .rdx)
            try asm.shr(.rax, 1)
            try asm.add(.rax, .rdx)
            if l > 1 { try asm.shr(.rax, UInt8(l - 1)) }
        }
        guard remainder else { return try define(inst, .rax) }
        // x - q * d
        if let imm = Int32(exactly: divisor) {
            try asm.imul(.rax, .rax, Int64(imm))
        } else {
            try loadImmediate(.rdx, divisor)
            try asm.imul(.rax, .rdx)
        }
        try asm.sub(.rcx, .rax)
        if !wide { try asm.mov(.ecx, .ecx) }
        try define(inst, .rcx)
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

    /// The predicate with its operands swapped (`a < b` is `b > a`).
    static func swapped(_ p: IntPredicate) -> IntPredicate {
        switch p {
        case .eq, .ne: p
        case .ugt: .ult
        case .uge: .ule
        case .ult: .ugt
        case .ule: .uge
        case .sgt: .slt
        case .sge: .sle
        case .slt: .sgt
        case .sle: .sge
        }
    }

    /// Emits the compare of an icmp or fcmp and returns when it holds. Scratch: rax, rdx, r11,
    /// xmm0, xmm1; never writes an allocated register.
    mutating func emitCompare(_ inst: Inst) throws -> BranchCondition {
        // (Through the plan, not `function`, whose accessor is an access to self: the view's
        // closure calls a mutating method.)
        let plan = self.plan
        if plan.function.instructions[inst.index].opcode == .fcmp {
            return try plan.function.withInstructionViews { (ins) throws -> BranchCondition in
                try emitFloatCompare(ins[inst])
            }
        }
        guard var p = IntPredicate(rawValue: plan.function.instructions[inst.index].predicate) else {
            throw unsupported("icmp predicate")
        }
        let operands = plan.function.instructions[inst.index].operands
        var a = operands[0], b = operands[1]
        let w = try width(typeOf(a))
        if constantValue(a) != nil && constantValue(b) == nil {
            swap(&a, &b)
            p = Self.swapped(p)
        }
        let signedPredicate = [.sgt, .sge, .slt, .sle].contains(p)
        if w == 8 || w == 16 || w == 32 || w == 64 || !signedPredicate {
            // Compare at the operand's width (odd widths: canonical 64-bit values compare unsigned).
            let size = [8, 16, 32, 64].contains(w) ? w : 64
            let ra = try gpr(a, .rax)
            if let bits = constantValue(b), bits == 0, p == .eq || p == .ne {
                switch size {
                case 8: try asm.test(ra.byte, ra.byte)
                case 16: try asm.test(ra.word, ra.word)
                case 32: try asm.test(ra.dword, ra.dword)
                default: try asm.test(ra, ra)
                }
                return .single(Self.condition(p))
            }
            let s = try source(b, width: size, scratch: .rdx)
            switch (size, s) {
            case (8, .register(let x)): try asm.cmp(ra.byte, x.byte)
            case (8, .memory(let m)): try asm.cmp(ra.byte, .byte(m))
            case (8, .immediate(let i)): try asm.cmp(ra.byte, Int64(Int8(truncatingIfNeeded: i)))
            case (16, .register(let x)): try asm.cmp(ra.word, x.word)
            case (16, .memory(let m)): try asm.cmp(ra.word, .word(m))
            case (16, .immediate(let i)): try asm.cmp(ra.word, Int64(Int16(truncatingIfNeeded: i)))
            case (32, _): try alu(.cmp, ra, s, wide: false)
            default: try alu(.cmp, ra, s, wide: true)
            }
            return .single(Self.condition(p))
        }
        // Signed compare of an odd width: sign-extend both to 64 bits.
        try load(a, .rax)
        try signExtend(.rax, w)
        try load(b, .rdx)
        try signExtend(.rdx, w)
        try asm.cmp(.rax, .rdx)
        return .single(Self.condition(p))
    }

    mutating func lowerICmp(_ inst: Inst, _ d: InstructionView) throws {
        guard case .single(let cc) = try emitCompare(inst) else { throw unsupported("icmp") }
        let r = resultRegister(inst)
        try asm.set(cc, r.byte)
        try asm.movzx(r.dword, r.byte)
        try define(inst, r)
    }

    mutating func lowerSelect(_ inst: Inst, _ d: InstructionView) throws {
        guard typeOf(d.operands[0]) == .i1 else { throw unsupported("select with a vector condition") }
        let c = d.operands[0], tv = d.operands[1], fv = d.operands[2]
        if d.type.isAggregate || d.type.isPacked {
            let other = asm.newLabel(), done = asm.newLabel()
            try load(c, .rax)
            try asm.test(.eax, 1)
            try asm.j(.e, other)
            try copy(tv, to: inst)
            try asm.jmp(done)
            try asm.bind(other)
            try copy(fv, to: inst)
            try asm.bind(done)
            return
        }
        if d.type == .i1, constantValue(tv) == 1 || constantValue(fv) == 0 {
            // select c, true, b = c | b; select c, b, false = c & b (i1 values are 0 or 1).
            let other = constantValue(tv) == 1 ? fv : tv
            let r = resultRegister(inst, avoiding: other)
            try load(c, r)
            try alu(constantValue(tv) == 1 ? .or : .and, r, try source(other, width: 32, scratch: .rcx), wide: false)
            return try define(inst, r)
        }
        if ValueClass(d.type) == .xmm {
            // Through the bits in general registers.
            try load(fv, .rax)
            try load(tv, .rcx)
            try load(c, .rdx)
            try asm.test(.edx, 1)
            try asm.cmov(.ne, .rax, .rcx)
            let x = resultXMM(inst)
            if d.type == .float { try asm.movd(x, .eax) } else { try asm.movq(x, .rax) }
            return try defineXMM(inst, x)
        }
        guard d.type.isFirstClassScalar || d.type.isVector else { throw unsupported("select of \(d.type)") }
        // The true value as a register or slot; the result starts as the false value; then the
        // compare and a cmov. The result register must not hold anything read after it is set.
        var readLater: [Value] = [tv, c]
        if c.kind == .instruction, selection.foldedInto[c.index] == Int32(inst.index) {
            readLater += function.instructions[c.index].operands
        }
        if case .gpr(let r) = assignment.instructions[inst.index], register(tv) == r, register(c) != r {
            // The result already holds the true value (its last use): the compare, then a cmov of
            // the false value under the opposite condition (`cmovge rbx, r10`, not three moves).
            return try lowerSelectKeepingTrueValue(inst, into: r, c, fv)
        }
        let r = resultRegister(inst, scratch: .r11, avoidingAll: readLater)
        let t = try cmovSource(tv, d.type)
        try load(fv, r)
        let cc = try selectCondition(c, of: inst)
        switch t {
        case .register(let x): try asm.cmov(cc, r, x)
        case .memory(let m): try asm.cmov(cc, r, .qword(m))
        case .immediate: break
        }
        try define(inst, r)
    }

    /// `v` (of type `t`) as cmov's source: its register, its slot, or rcx loaded with it (before
    /// the compare sets the flags).
    private mutating func cmovSource(_ v: Value, _ t: IRType) throws -> Source {
        switch location(v) {
        case .gpr(let x): return .register(x)
        case .slot(let o) where ValueClass(t) == .gpr: return .memory(Memory(.rbp, o))
        default:
            try load(v, .rcx)
            return .register(.rcx)
        }
    }

    /// Sets the flags for the condition `c` of select `inst` (its folded compare, or a test of
    /// the i1) and returns the condition under which the select takes its true value.
    private mutating func selectCondition(_ c: Value, of inst: Inst) throws -> Condition {
        if c.kind == .instruction, selection.foldedInto[c.index] == Int32(inst.index) {
            guard case .single(let x) = try emitCompare(Inst(c.index)) else { throw unsupported("select condition") }
            return x
        }
        switch location(c) {
        case .gpr(let x): try asm.test(x.dword, 1)
        case .slot(let o): try asm.test(.byte(.rbp, o), 1)
        default:
            try load(c, .rdx)
            try asm.test(.edx, 1)
        }
        return .ne
    }

    /// `select c, tv, fv` whose result register `r` is the register of `tv`: `cmov(!cc) r, fv`.
    private mutating func lowerSelectKeepingTrueValue(_ inst: Inst, into r: GPR64, _ c: Value, _ fv: Value) throws {
        // The false value as a register or slot, loaded before the compare sets the flags.
        let f = try cmovSource(fv, function.instructions[inst.index].type)
        let cc = try selectCondition(c, of: inst)
        switch f {
        case .register(let x): try asm.cmov(cc.negated, r, x)
        case .memory(let m): try asm.cmov(cc.negated, r, .qword(m))
        case .immediate: break
        }
    }

    // MARK: - Casts

    mutating func lowerCast(_ inst: Inst, _ d: InstructionView) throws {
        let v = d.operands[0]
        let from = typeOf(v)
        let to = d.type
        switch d.opcode {
        case .trunc, .ptrtoint, .zext, .inttoptr:
            let wf = try width(from), wt = try width(to)
            let r = resultRegister(inst)
            if wt < wf && wt == 32 {
                switch try source(v, width: 32, scratch: r) {
                case .register(let x): try asm.mov(r.dword, x.dword)
                case .memory(let m): try asm.mov(r.dword, .dword(m))
                case .immediate(let i): try asm.mov(r.dword, Int64(UInt32(bitPattern: i)))
                }
            } else {
                try load(v, r)
                if wt < wf { try zeroExtend(r, wt) }
            }
            try define(inst, r)
        case .sext:
            let wf = try width(from), wt = try width(to)
            let r = resultRegister(inst)
            if v.kind == .instruction, selection.foldedInto[v.index] == Int32(inst.index) {
                // A load folded into the sign extension (see Selection): movsx from memory.
                let m = try address(function.instructions[v.index].operands[0])
                switch (wf, wt) {
                case (32, 64): try asm.movsxd(r, .dword(m))
                case (16, 64): try asm.movsx(r, .word(m))
                case (8, 64): try asm.movsx(r, .byte(m))
                case (16, 32): try asm.movsx(r.dword, .word(m))
                case (8, 32): try asm.movsx(r.dword, .byte(m))
                default: throw unsupported("sext of a folded load from i\(wf) to i\(wt)")
                }
                return try define(inst, r)
            }
            let x = try gpr(v, r)
            switch (wf, wt) {
            case (32, 64): try asm.movsxd(r, x.dword)
            case (16, 64): try asm.movsx(r, x.word)
            case (8, 64): try asm.movsx(r, x.byte)
            case (16, 32): try asm.movsx(r.dword, x.word)
            case (8, 32): try asm.movsx(r.dword, x.byte)
            default:
                if x != r { try asm.mov(r, x) }
                try signExtend(r, wf)
                try zeroExtend(r, wt)
            }
            try define(inst, r)
        case .bitcast where from.isPacked && to.isPacked:
            try copy(v, to: inst)
        case .bitcast:
            guard from.isFirstClassScalar, to.isFirstClassScalar else { throw unsupported("bitcast from \(from) to \(to)") }
            if ValueClass(to) == .xmm {
                let x = resultXMM(inst)
                try loadXMM(v, x, to)
                try defineXMM(inst, x)
            } else {
                let r = resultRegister(inst)
                try load(v, r)
                try normalize(r, to)
                try define(inst, r)
            }
        case .fpext:
            guard from == .float, to == .double else { throw unsupported("fpext from \(from) to \(to)") }
            let x = resultXMM(inst)
            let s = try xmm(v, .xmm1, from)
            if x != s { try asm.xorps(x, x) }  // a full write: no wait for x's last writer
            try asm.cvtss2sd(x, s)
            try defineXMM(inst, x)
        case .fptrunc:
            guard from == .double, to == .float else { throw unsupported("fptrunc from \(from) to \(to)") }
            let x = resultXMM(inst)
            let s = try xmm(v, .xmm1, from)
            if x != s { try asm.xorps(x, x) }
            try asm.cvtsd2ss(x, s)
            try defineXMM(inst, x)
        case .sitofp, .uitofp:
            guard to.isFloatingPoint else { throw unsupported("\(d.opcode) to \(to)") }
            let w = try width(from)
            try load(v, .rax)
            if d.opcode == .sitofp { try signExtend(.rax, w) }
            let x = resultXMM(inst)
            try convertToFloat(.rax, to, into: x, unsigned: d.opcode == .uitofp && w == 64)
            try defineXMM(inst, x)
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
            try define(inst, .rax)
        default:
            throw unsupported("cast \(d.opcode)")
        }
    }

    /// `x` = the integer in `r` (signed, or unsigned 64-bit) converted to `t` (clobbers r, rdx).
    mutating func convertToFloat(_ r: GPR64, _ t: IRType, into x: XMM, unsigned: Bool) throws {
        func convert(_ asm: inout Assembler) throws {
            if t == .float { try asm.cvtsi2ss(x, r) } else { try asm.cvtsi2sd(x, r) }
        }
        try asm.xorps(x, x)
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
        if t == .float { try asm.addss(x, x) } else { try asm.addsd(x, x) }
        try asm.bind(done)
    }

    /// rax = xmm0 (of type `t`) converted to an unsigned 64-bit integer (clobbers rcx, xmm1).
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
