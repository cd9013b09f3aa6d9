// Floating-point arithmetic and comparisons with scalar SSE. Operands are loaded into xmm0 and
// xmm1; `fneg` flips the sign bit in a general register; `frem` calls fmod/fmodf.

import IR
import X86

extension FunctionCompiler {
    mutating func lowerFloatArithmetic(_ inst: Inst, _ d: InstructionData) throws {
        let t = d.type
        guard t.isFloatingPoint else { throw unsupported("floating-point values of type \(t)") }
        let slot = frame.valueOffset[inst.index]
        if d.opcode == .fneg {
            try load(d.operands[0], .rax)
            if t == .float {
                try asm.xor(.eax, Int64(Int32.min))
            } else {
                try asm.mov(.rcx, Int64.min)
                try asm.xor(.rax, .rcx)
            }
            try storeResult(inst, .rax)
            return
        }
        try loadXMM(d.operands[0], .xmm0, t)
        try loadXMM(d.operands[1], .xmm1, t)
        let single = t == .float
        switch d.opcode {
        case .fadd: if single { try asm.addss(.xmm0, .xmm1) } else { try asm.addsd(.xmm0, .xmm1) }
        case .fsub: if single { try asm.subss(.xmm0, .xmm1) } else { try asm.subsd(.xmm0, .xmm1) }
        case .fmul: if single { try asm.mulss(.xmm0, .xmm1) } else { try asm.mulsd(.xmm0, .xmm1) }
        case .fdiv: if single { try asm.divss(.xmm0, .xmm1) } else { try asm.divsd(.xmm0, .xmm1) }
        case .frem: try callRuntime(single ? "fmodf" : "fmod")
        default: throw unsupported("floating-point opcode \(d.opcode)")
        }
        try storeXMM(.xmm0, t, to: slot)
    }

    /// Compares xmm0 with xmm1 (`ucomis`), so that unordered sets ZF, PF and CF.
    mutating func compareXMM(_ t: IRType, swapped: Bool) throws {
        let (a, b): (XMM, XMM) = swapped ? (.xmm1, .xmm0) : (.xmm0, .xmm1)
        if t == .float { try asm.ucomiss(a, b) } else { try asm.ucomisd(a, b) }
    }

    mutating func lowerFCmp(_ inst: Inst, _ d: InstructionData) throws {
        let t = typeOf(d.operands[0])
        guard t.isFloatingPoint else { throw unsupported("fcmp of \(t)") }
        guard let p = FloatPredicate(rawValue: d.predicate) else { throw unsupported("fcmp predicate") }
        try loadXMM(d.operands[0], .xmm0, t)
        try loadXMM(d.operands[1], .xmm1, t)
        // After ucomis a, b: a > b → CF=ZF=PF=0; a < b → CF=1; a == b → ZF=1; unordered → all 1.
        switch p {
        case .false: try asm.xor(.eax, .eax)
        case .true: try asm.mov(.eax, 1)
        case .oeq:
            try compareXMM(t, swapped: false)
            try asm.set(.e, .al)
            try asm.set(.np, .cl)
            try asm.and(.al, .cl)
        case .une:
            try compareXMM(t, swapped: false)
            try asm.set(.ne, .al)
            try asm.set(.p, .cl)
            try asm.or(.al, .cl)
        case .ogt: try compareXMM(t, swapped: false); try asm.set(.a, .al)
        case .oge: try compareXMM(t, swapped: false); try asm.set(.ae, .al)
        case .olt: try compareXMM(t, swapped: true); try asm.set(.a, .al)
        case .ole: try compareXMM(t, swapped: true); try asm.set(.ae, .al)
        case .one: try compareXMM(t, swapped: false); try asm.set(.ne, .al)
        case .ord: try compareXMM(t, swapped: false); try asm.set(.np, .al)
        case .uno: try compareXMM(t, swapped: false); try asm.set(.p, .al)
        case .ueq: try compareXMM(t, swapped: false); try asm.set(.e, .al)
        case .ugt: try compareXMM(t, swapped: true); try asm.set(.b, .al)
        case .uge: try compareXMM(t, swapped: true); try asm.set(.be, .al)
        case .ult: try compareXMM(t, swapped: false); try asm.set(.b, .al)
        case .ule: try compareXMM(t, swapped: false); try asm.set(.be, .al)
        }
        try asm.movzx(.eax, .al)
        try storeResult(inst, .rax)
    }
}
