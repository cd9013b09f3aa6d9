// Floating-point arithmetic and comparisons with scalar SSE, on xmm registers or frame slots as
// memory operands; `fneg` flips the sign bit with an xor; `frem` calls fmod/fmodf.

import IR
import X86

extension FunctionCompiler {
    /// A float or double operand as the second operand of an SSE instruction: an xmm register,
    /// a frame slot, or `scratch` loaded with it.
    enum FloatSource {
        case register(XMM)
        case memory(Memory)
    }

    mutating func floatSource(_ v: Value, _ t: IRType, scratch: XMM) throws -> FloatSource {
        // A load folded into this instruction: its memory operand.
        if v.kind == .instruction, selection.isFolded(v.index), function.instructions[v.index].opcode == .load {
            try checkFoldedHere(v.index)
            return .memory(try address(function.instructions[v.index].operands[0]))
        }
        if let a = floatConstantAddress(v) { return .memory(Memory(absolute: a)) }
        switch location(v) {
        case .xmm(let x): return .register(x)
        case .slot(let o): return .memory(Memory(.rbp, o))
        default:
            try loadXMM(v, scratch, t)
            return .register(scratch)
        }
    }

    mutating func lowerFloatArithmetic(_ inst: Inst, _ d: InstructionView) throws {
        let t = d.type
        guard t.isFloatingPoint else { throw unsupported("floating-point values of type \(t)") }
        let single = t == .float
        if d.opcode == .fneg {
            let x = resultXMM(inst)
            try loadXMM(d.operands[0], x, t)
            // The sign mask from all ones, shifted (no detour through a general register).
            try asm.pcmpeqd(.xmm1, .xmm1)
            if single { try asm.pslld(.xmm1, 31) } else { try asm.psllq(.xmm1, 63) }
            try asm.xorps(x, .xmm1)
            return try defineXMM(inst, x)
        }
        if d.opcode == .frem {
            try loadXMM(d.operands[0], .xmm0, t)
            try loadXMM(d.operands[1], .xmm1, t)
            try callRuntime(single ? "fmodf" : "fmod")
            return try defineXMM(inst, .xmm0)
        }
        // No commuting fadd/fmul: with two NaN operands SSE returns the first one's, as the
        // interpreter (and a native build) does; LLVM leaves the choice open.
        let a = d.operands[0], b = d.operands[1]
        // `x * x` may compute in x's own register: b is read after x gets a, which is b.
        let x = resultXMM(inst, avoiding: b == a ? nil : b)
        try loadXMM(a, x, t)
        if d.opcode == .fmul, let bits = constantValue(b), bits == (single ? UInt64(Float(2).bitPattern) : 2.0.bitPattern) {
            // x * 2 = x + x exactly, NaNs and infinities included.
            if single { try asm.addss(x, x) } else { try asm.addsd(x, x) }
            return try defineXMM(inst, x)
        }
        switch try floatSource(b, t, scratch: .xmm1) {
        case .register(let y):
            switch d.opcode {
            case .fadd: if single { try asm.addss(x, y) } else { try asm.addsd(x, y) }
            case .fsub: if single { try asm.subss(x, y) } else { try asm.subsd(x, y) }
            case .fmul: if single { try asm.mulss(x, y) } else { try asm.mulsd(x, y) }
            case .fdiv: if single { try asm.divss(x, y) } else { try asm.divsd(x, y) }
            default: throw unsupported("floating-point opcode \(d.opcode)")
            }
        case .memory(let m):
            switch d.opcode {
            case .fadd: if single { try asm.addss(x, .dword(m)) } else { try asm.addsd(x, .qword(m)) }
            case .fsub: if single { try asm.subss(x, .dword(m)) } else { try asm.subsd(x, .qword(m)) }
            case .fmul: if single { try asm.mulss(x, .dword(m)) } else { try asm.mulsd(x, .qword(m)) }
            case .fdiv: if single { try asm.divss(x, .dword(m)) } else { try asm.divsd(x, .qword(m)) }
            default: throw unsupported("floating-point opcode \(d.opcode)")
            }
        }
        try defineXMM(inst, x)
    }

    /// `ucomis a, b`, so that unordered sets ZF, PF and CF.
    mutating func compareXMM(_ a: Value, _ b: Value, _ t: IRType) throws {
        let x = try xmm(a, .xmm0, t)
        switch try floatSource(b, t, scratch: .xmm1) {
        case .register(let y): if t == .float { try asm.ucomiss(x, y) } else { try asm.ucomisd(x, y) }
        case .memory(let m): if t == .float { try asm.ucomiss(x, .dword(m)) } else { try asm.ucomisd(x, .qword(m)) }
        }
    }

    /// Emits the compare of an fcmp and returns when it holds.
    /// After `ucomis a, b`: a > b → CF=ZF=PF=0; a < b → CF=1; a == b → ZF=1; unordered → all 1.
    mutating func emitFloatCompare(_ d: InstructionView) throws -> BranchCondition {
        let t = typeOf(d.operands[0])
        guard t.isFloatingPoint else { throw unsupported("fcmp of \(t)") }
        guard let p = FloatPredicate(rawValue: d.predicate) else { throw unsupported("fcmp predicate") }
        let a = d.operands[0], b = d.operands[1]
        switch p {
        case .false: return .never
        case .true: return .always
        case .oeq: try compareXMM(a, b, t); return .both(.e, .np)
        case .une: try compareXMM(a, b, t); return .either(.ne, .p)
        case .ogt: try compareXMM(a, b, t); return .single(.a)
        case .oge: try compareXMM(a, b, t); return .single(.ae)
        case .olt: try compareXMM(b, a, t); return .single(.a)
        case .ole: try compareXMM(b, a, t); return .single(.ae)
        case .one: try compareXMM(a, b, t); return .single(.ne)
        case .ord: try compareXMM(a, b, t); return .single(.np)
        case .uno: try compareXMM(a, b, t); return .single(.p)
        case .ueq: try compareXMM(a, b, t); return .single(.e)
        case .ugt: try compareXMM(b, a, t); return .single(.b)
        case .uge: try compareXMM(b, a, t); return .single(.be)
        case .ult: try compareXMM(a, b, t); return .single(.b)
        case .ule: try compareXMM(a, b, t); return .single(.be)
        }
    }

    mutating func lowerFCmp(_ inst: Inst, _ d: InstructionView) throws {
        let r = resultRegister(inst)
        switch try emitFloatCompare(d) {
        case .never: try asm.xor(r.dword, r.dword)
        case .always: try asm.mov(r.dword, 1)
        case .single(let cc):
            try asm.set(cc, r.byte)
            try asm.movzx(r.dword, r.byte)
        case .both(let x, let y):
            try asm.set(x, .al)
            try asm.set(y, .cl)
            try asm.and(.al, .cl)
            try asm.movzx(r.dword, .al)
        case .either(let x, let y):
            try asm.set(x, .al)
            try asm.set(y, .cl)
            try asm.or(.al, .cl)
            try asm.movzx(r.dword, .al)
        }
        try define(inst, r)
    }
}
