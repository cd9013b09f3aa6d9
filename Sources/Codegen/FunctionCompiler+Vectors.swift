// Small vectors (`<2 x float>`, at most 8 bytes): clang passes and returns a pair of floats as
// one. The baseline compiler holds such a vector as 64 bits in one slot (element k at bits
// k*elementBits), passes it in an XMM register, and takes it apart with shifts and masks.

import IR
import X86

extension FunctionCompiler {
    /// The element bits and count of a vector type that fits in a slot.
    func smallVector(_ t: IRType) throws -> (bits: Int, count: Int) {
        guard let (n, e) = t.vectorShape, layout.size(of: t) <= 8, e.isValidVectorElement else {
            throw unsupported("vectors of type \(t)")
        }
        return (layout.size(of: e) * 8, n)
    }

    /// rcx = the bit position of element `index` (constant or dynamic).
    mutating func elementShift(_ index: Value, bits: Int) throws {
        try load(index, .rcx)
        try asm.imul(.rcx, .rcx, Int64(bits))
    }

    mutating func lowerExtractElement(_ inst: Inst, _ d: InstructionView) throws {
        let (bits, _) = try smallVector(typeOf(d.operands[0]))
        try load(d.operands[0], .rax)
        try elementShift(d.operands[1], bits: bits)
        try asm.shr(.rax, .cl)
        try zeroExtend(.rax, bits)
        try define(inst, .rax)
    }

    mutating func lowerInsertElement(_ inst: Inst, _ d: InstructionView) throws {
        let (bits, _) = try smallVector(d.type)
        try load(d.operands[0], .rax)
        try load(d.operands[1], .rdx)
        try zeroExtend(.rdx, bits)
        try elementShift(d.operands[2], bits: bits)
        try loadImmediate(.r11, widthMask(bits))
        try asm.shl(.r11, .cl)
        try asm.not(.r11)
        try asm.and(.rax, .r11)
        try asm.shl(.rdx, .cl)
        try asm.or(.rax, .rdx)
        try define(inst, .rax)
    }

    mutating func lowerShuffleVector(_ inst: Inst, _ d: InstructionView) throws {
        let (bits, n) = try smallVector(typeOf(d.operands[0]))
        _ = try smallVector(d.type)
        guard d.operands.count == 3, d.operands[2].kind == .constant else { throw unsupported("shufflevector mask") }
        var mask: [Int?] = []
        switch module.constants[d.operands[2].index] {
        case .aggregate(_, let elements):
            for e in elements {
                if e.kind == .constant, case .int(_, let m) = module.constants[e.index] { mask.append(Int(m)) } else { mask.append(nil) }
            }
        case .zero(let t):
            mask = Array(filling: 0, count: t.vectorShape?.count ?? 0)
        default:
            mask = []
        }
        try asm.xor(.r11d, .r11d)
        for (k, m) in mask.enumerated() {
            guard let m, m < 2 * n else { continue }
            try load(d.operands[m < n ? 0 : 1], .rax)
            let shift = (m % n) * bits
            if shift > 0 { try asm.shr(.rax, UInt8(shift)) }
            try zeroExtend(.rax, bits)
            if k * bits > 0 { try asm.shl(.rax, UInt8(k * bits)) }
            try asm.or(.r11, .rax)
        }
        try define(inst, .r11)
    }
}
