// Packed vectors: 16-byte vectors of 8-, 16-, 32- or 64-bit integers, floats or doubles, held
// whole in one xmm register (or a 16-byte slot) and computed on with SSE2, the x86-64 baseline.
//
// Before compiling, the scalarizer (IR/VectorScalarization.swift) rewrites vector code element by
// element, except the instructions `keepsWhole` accepts: those this file lowers in one or two SSE2
// instructions (`addpd`, `paddd`, `pshufd`, ...). Where a whole value meets rewritten code, the
// scalarizer puts `extractelement` / `insertelement` with constant indices, also lowered here.
// So clang's vectorized loops (`load <2 x double>`, `fmuladd.v2f64`, `store`) run as packed code,
// and what SSE2 cannot do in one step (`mul <4 x i32>`, `urem`, compares) runs on elements.
//
// Memory operands of packed instructions must be 16-byte aligned; clang's vector accesses are
// usually `align 8`, so loads and stores use `movups` and arithmetic reads registers only.

import IR
import X86

extension IRType {
    /// A vector the code generator holds whole in an xmm register: 16 bytes of 8-, 16-, 32- or
    /// 64-bit integers, of floats, or of doubles.
    var isPacked: Bool {
        guard case .vector(let n, let e) = self else { return false }
        switch e {
        case .int(let w): return (w == 8 || w == 16 || w == 32 || w == 64) && n * w == 128
        case .float: return n == 4
        case .double: return n == 2
        default: return false
        }
    }
}

/// How a `shufflevector` of packed vectors is done in one instruction.
enum PackedShuffle: Equatable {
    /// `pshufd` of operand `source` (0 or 1) with this immediate.
    case permute(source: Int, immediate: UInt8)
    /// `shufpd` / `shufps`: the low half of the result from operand `low`, the high half from
    /// the other one, with this immediate.
    case combine(low: Int, immediate: UInt8)

    /// The plan for `mask` (nil elements are undefined) over vectors of `count` elements, or
    /// nil if no single instruction does it.
    init?(mask: [Int?], count: Int) {
        guard count == 2 || count == 4, mask.count == count else { return nil }
        // Which operand each defined element comes from, and its lane in it.
        let defined = mask.compactMap { $0 }
        guard defined.allSatisfy({ $0 >= 0 && $0 < 2 * count }) else { return nil }
        if defined.isEmpty {
            self = .permute(source: 0, immediate: 0)
            return
        }
        // One source: a permutation of 32-bit lanes (a 64-bit lane k is 32-bit lanes 2k, 2k+1).
        let source = defined[0] / count
        if defined.allSatisfy({ $0 / count == source }) {
            var imm = 0
            for (k, m) in mask.enumerated() {
                let lane = (m ?? 0) % count
                if count == 2 {
                    imm |= (2 * lane) << (4 * k) | (2 * lane + 1) << (4 * k + 2)
                } else {
                    imm |= lane << (2 * k)
                }
            }
            self = .permute(source: source, immediate: UInt8(imm))
            return
        }
        // Two sources: the low half from one operand, the high half from the other.
        let half = count / 2
        let lowSources = Set(mask[..<half].compactMap { $0.map { $0 / count } })
        let highSources = Set(mask[half...].compactMap { $0.map { $0 / count } })
        guard lowSources.count <= 1, highSources.count <= 1 else { return nil }
        let low = lowSources.first ?? 1 - (highSources.first ?? 1)
        guard highSources.first ?? (1 - low) == 1 - low else { return nil }
        var imm = 0
        for (k, m) in mask.enumerated() {
            let lane = (m ?? 0) % count
            imm |= count == 2 ? lane << k : lane << (2 * k)
        }
        self = .combine(low: low, immediate: UInt8(imm))
    }
}

extension FunctionCompiler {
    // MARK: - What stays whole

    /// The instructions of `f` the code generator computes on whole packed vectors (a flag per
    /// instruction index); the scalarizer rewrites the other vector instructions element by
    /// element.
    ///
    /// An instruction SSE2 can do whole stays whole only if its vector operands are whole too
    /// (constants, arguments, or results of whole instructions): rebuilding a vector from
    /// elements costs more than doing the operation on the elements. Phis make this circular,
    /// so it starts from every candidate whole and drops those with an operand that is not,
    /// until nothing changes. Loads can give either form cheaply: one stays whole if some
    /// whole instruction reads it.
    static func wholeInstructions(_ module: Module, _ f: Function) -> [Bool] {
        var whole = [Bool](filling: false, count: f.instructions.count)
        var candidates: [Int] = []
        for block in f.blocks {
            for inst in block.instructions where canBeWhole(module, f, inst) {
                whole[inst.index] = true
                candidates.append(inst.index)
            }
        }
        guard !candidates.isEmpty else { return whole }
        func isWholeOperand(_ v: Value) -> Bool {
            guard v.kind == .instruction else { return true }
            return whole[v.index]
        }
        var changed = true
        while changed {
            changed = false
            for i in candidates where whole[i] && f.instructions[i].opcode != .load {
                let d = f.instructions[i]
                for v in d.operands where v.kind == .instruction && (f.instructions[v.index].type.isPacked
                                                                      || d.opcode == .zext) {
                    if !isWholeOperand(v) {
                        whole[i] = false
                        changed = true
                        break
                    }
                }
            }
        }
        // Loads: whole only for a whole reader.
        var readWhole = [Bool](filling: false, count: f.instructions.count)
        for i in candidates where whole[i] {
            for v in f.instructions[i].operands where v.kind == .instruction { readWhole[v.index] = true }
        }
        for i in candidates where f.instructions[i].opcode == .load { whole[i] = readWhole[i] }
        return whole
    }

    /// True if SSE2 does instruction `inst` of `f` whole in one or two instructions.
    static func canBeWhole(_ module: Module, _ f: Function, _ inst: Inst) -> Bool {
        // Only a store among these has no vector result (checked before the view is made).
        guard f.instructions[inst.index].opcode == .store || f.instructions[inst.index].type.isVector else { return false }
        return f.withInstructionViews { ins in canBeWhole(module, f, ins[inst]) }
    }

    private static func canBeWhole(_ module: Module, _ f: Function, _ d: InstructionView) -> Bool {
        switch d.opcode {
        case .load:
            return d.type.isPacked || isWidenable(d.type)
        case .zext:
            // From a vector of 4 or 8 bytes of the same length: a load of it and unpacks.
            guard d.type.isPacked, let (n, _) = d.type.vectorShape else { return false }
            let from = module.type(of: d.operands[0], in: f)
            return isWidenable(from) && from.vectorShape?.count == n
        case .phi, .freeze:
            return d.type.isPacked
        case .store:
            return module.type(of: d.operands[0], in: f).isPacked
        case .fadd, .fsub, .fmul, .fdiv, .fneg:
            return d.type.isPacked && d.type.vectorShape?.element.isFloatingPoint == true
        case .add, .sub, .and, .or, .xor:
            return d.type.isPacked
        case .bitcast:
            return d.type.isPacked && module.type(of: d.operands[0], in: f).isPacked
        case .insertelement:
            // Where a register instruction does it (other elements go through memory).
            guard d.type.isPacked, let (n, e) = d.type.vectorShape, let k = constantIndex(d.operands[2], module),
                  k < n else { return false }
            return e == .double || e == .i64 || k == 0 && (e == .float || e == .i32)
        case .shufflevector:
            guard d.type.isPacked, module.type(of: d.operands[0], in: f) == d.type, let (n, _) = d.type.vectorShape,
                  let mask = shuffleMask(d, module, count: n) else { return false }
            return PackedShuffle(mask: mask, count: n) != nil
        case .call:
            return d.type.isPacked && packedIntrinsic(d, module) != nil
        default:
            return false
        }
    }

    /// A small vector a `zext` widens to a packed one: 4 or 8 bytes of 8-, 16- or 32-bit integers.
    static func isWidenable(_ t: IRType) -> Bool {
        guard case .vector(let n, .int(let w)) = t, w == 8 || w == 16 || w == 32 else { return false }
        return n * w == 32 || n * w == 64
    }

    static func constantIndex(_ v: Value, _ module: Module) -> Int? {
        guard v.kind == .constant, case .int(_, let bits) = module.constants[v.index], bits < 1 << 16 else { return nil }
        return Int(bits)
    }

    /// The elements of a shufflevector's constant mask (nil for undefined ones).
    static func shuffleMask(_ d: InstructionView, _ module: Module, count: Int) -> [Int?]? {
        guard d.operands.count == 3, d.operands[2].kind == .constant else { return nil }
        switch module.constants[d.operands[2].index] {
        case .zero: return Array(filling: 0, count: count)
        case .undef, .poison: return Array(filling: nil, count: count)
        case .aggregate(_, let elements) where elements.count == count:
            var mask: [Int?] = []
            for e in elements {
                if e.kind == .constant, case .int(_, let m) = module.constants[e.index] {
                    guard m < 64 else { return nil }
                    mask.append(Int(m))
                } else {
                    mask.append(nil)
                }
            }
            return mask
        default: return nil
        }
    }

    /// The packed intrinsics: `llvm.fmuladd` on packed floats or doubles.
    static func packedIntrinsic(_ d: InstructionView, _ module: Module) -> String? {
        guard let callee = d.operands.first, callee.kind == .function else { return nil }
        let name = module.functions[callee.index].name
        guard name == "llvm.fmuladd.v2f64" || name == "llvm.fmuladd.v4f32", d.operands.count == 4 else { return nil }
        return "fmuladd"
    }

    // MARK: - Lowering

    /// Lowers `inst` if it computes on packed vectors (or takes an element out of one).
    /// - Returns: false if the instruction is for the other lowerings.
    mutating func lowerPacked(_ inst: Inst, _ d: InstructionView) throws -> Bool {
        switch d.opcode {
        case .fadd, .fsub, .fmul, .fdiv, .add, .sub, .and, .or, .xor:
            try lowerPackedBinary(inst, d)
        case .fneg:
            try lowerPackedNegate(inst, d)
        case .zext:
            try lowerPackedWiden(inst, d)
        case .insertelement:
            try lowerPackedInsert(inst, d)
        case .extractelement:
            guard typeOf(d.operands[0]).isPacked else { return false }
            try lowerPackedExtract(inst, d)
        case .shufflevector:
            try lowerPackedShuffle(inst, d)
        case .call where Self.packedIntrinsic(d, module) != nil:
            try lowerPackedMultiplyAdd(inst, d)
        case .call where d.type.isPacked:
            return false  // a call returning a vector in xmm0
        case .load, .store, .phi, .freeze, .bitcast, .select, .call, .extractvalue:
            return false  // moves: the common lowering handles xmm-class values of every type
        default:
            guard !d.type.isPacked else { throw unsupported("\(d.opcode) on \(d.type)") }
            return false
        }
        return true
    }

    /// The xmm register holding packed operand `v`, loading it into `scratch` if it is not in one.
    mutating func packedOperand(_ v: Value, _ scratch: XMM) throws -> XMM {
        try xmm(v, scratch, typeOf(v))
    }

    mutating func lowerPackedBinary(_ inst: Inst, _ d: InstructionView) throws {
        guard let (_, e) = d.type.vectorShape else { return }
        var a = d.operands[0], b = d.operands[1]
        if commutesIntoSecondFactor(inst, d) { swap(&a, &b) }
        let x = resultXMM(inst, avoiding: b == a ? nil : b)
        try loadXMM(a, x, d.type)
        let y = try packedOperand(b, .xmm1)
        switch (d.opcode, e) {
        case (.fadd, .double): try asm.addpd(x, y)
        case (.fadd, _): try asm.addps(x, y)
        case (.fsub, .double): try asm.subpd(x, y)
        case (.fsub, _): try asm.subps(x, y)
        case (.fmul, .double): try asm.mulpd(x, y)
        case (.fmul, _): try asm.mulps(x, y)
        case (.fdiv, .double): try asm.divpd(x, y)
        case (.fdiv, _): try asm.divps(x, y)
        case (.add, .int(8)): try asm.paddb(x, y)
        case (.add, .int(16)): try asm.paddw(x, y)
        case (.add, .int(32)): try asm.paddd(x, y)
        case (.add, _): try asm.paddq(x, y)
        case (.sub, .int(8)): try asm.psubb(x, y)
        case (.sub, .int(16)): try asm.psubw(x, y)
        case (.sub, .int(32)): try asm.psubd(x, y)
        case (.sub, _): try asm.psubq(x, y)
        case (.and, _): try asm.pand(x, y)
        case (.or, _): try asm.por(x, y)
        default: try asm.pxor(x, y)
        }
        try defineXMM(inst, x)
    }

    /// `fneg`: the sign bits flipped with a mask made in xmm1 (all ones, shifted).
    mutating func lowerPackedNegate(_ inst: Inst, _ d: InstructionView) throws {
        let x = resultXMM(inst)
        try loadXMM(d.operands[0], x, d.type)
        try asm.pcmpeqd(.xmm1, .xmm1)
        if d.type.vectorShape?.element == .double { try asm.psllq(.xmm1, 63) } else { try asm.pslld(.xmm1, 31) }
        try asm.xorps(x, .xmm1)
        try defineXMM(inst, x)
    }

    /// `zext` of a small vector (4 or 8 bytes, held as bits in a slot) to a packed one: its bits
    /// into the low half of an xmm register, then each element interleaved with zeros until it
    /// has the result's width.
    mutating func lowerPackedWiden(_ inst: Inst, _ d: InstructionView) throws {
        guard case .vector(_, .int(var w)) = typeOf(d.operands[0]), case .vector(_, .int(let to)) = d.type else {
            throw unsupported("zext to \(d.type)")
        }
        let x = resultXMM(inst)
        try load(d.operands[0], .rax)
        try asm.movq(x, .rax)
        try asm.pxor(.xmm1, .xmm1)
        while w < to {
            switch w {
            case 8: try asm.punpcklbw(x, .xmm1)
            case 16: try asm.punpcklwd(x, .xmm1)
            default: try asm.punpckldq(x, .xmm1)
            }
            w *= 2
        }
        try defineXMM(inst, x)
    }

    /// `llvm.fmuladd` on packed values: a multiply, then an add (not fused, as clang does
    /// without FMA).
    mutating func lowerPackedMultiplyAdd(_ inst: Inst, _ d: InstructionView) throws {
        var a = d.operands[1], b = d.operands[2]
        let c = d.operands[3]
        if commutesIntoSecondFactor(inst, d) { swap(&a, &b) }
        let double = d.type.vectorShape?.element == .double
        let x = resultXMM(inst, avoiding: b, c)
        try loadXMM(a, x, d.type)
        let y = try packedOperand(b, .xmm1)
        if double { try asm.mulpd(x, y) } else { try asm.mulps(x, y) }
        let z = try packedOperand(c, .xmm1)
        if double { try asm.addpd(x, z) } else { try asm.addps(x, z) }
        try defineXMM(inst, x)
    }

    /// True if the allocator gave packed `inst` the register of its second factor
    /// (``Selection/commutableSecondFactor(_:_:)``): the product is then computed as b * a.
    func commutesIntoSecondFactor(_ inst: Inst, _ d: InstructionView) -> Bool {
        guard case .xmm(let x) = assignment.instructions[inst.index],
              let b = Selection.commutableSecondFactor(d, module) else { return false }
        return xmmRegister(b) == x
    }

    /// The packed constant `v` into `x`: `xorps` for zero, undefined and poison vectors,
    /// otherwise a load from the read-only data.
    mutating func loadPackedConstant(_ v: Value, _ x: XMM) throws {
        guard v.kind == .constant else { throw unsupported("a packed vector operand without a location") }
        switch module.constants[v.index] {
        case .zero, .undef, .poison:
            try asm.xorps(x, x)
        case .expression:
            throw unsupported("a vector constant expression")
        default:
            guard let a = context.constantAddresses[v.raw] else { throw unsupported("packed constant operand") }
            if let small = Int32(exactly: a) {
                try asm.movups(x, .xmmword(Memory(absolute: small)))
            } else {
                try loadImmediate(.r11, a)
                try asm.movups(x, .xmmword(.r11))
            }
        }
    }

    /// Byte `offset` of the frame's 16-byte scratch area for element accesses.
    func vectorScratch(_ offset: Int = 0) throws -> Memory {
        guard frame.vectorScratch != 0 else { throw unsupported("packed vector element access without a scratch area") }
        return Memory(.rbp, frame.vectorScratch + Int32(offset))
    }

    mutating func lowerPackedInsert(_ inst: Inst, _ d: InstructionView) throws {
        guard let (n, e) = d.type.vectorShape, let k = Self.constantIndex(d.operands[2], module), k < n else {
            throw unsupported("insertelement into \(d.type) at a variable or out-of-range index")
        }
        let vector = d.operands[0], element = d.operands[1]
        if k == 0, vector.kind == .constant, e == .double || e == .float,
           Self.isUndefined(module.constants[vector.index])
        {
            // Into poison (a splat's first half): the other lanes may hold anything, so the
            // element's register is the vector (one movaps, or nothing).
            let x = resultXMM(inst)
            try loadXMM(element, x, e)
            return try defineXMM(inst, x)
        }
        let x = resultXMM(inst, avoiding: element)
        try loadXMM(vector, x, d.type)
        switch e {
        case .double, .int(64):
            let y: XMM
            if e == .double { y = try xmm(element, .xmm1, .double) } else { try load(element, .rax); try asm.movq(.xmm1, .rax); y = .xmm1 }
            if k == 0 { try asm.movsd(x, y) } else { try asm.unpcklpd(x, y) }
        case .float where k == 0:
            try asm.movss(x, try xmm(element, .xmm1, .float))
        case .int(32) where k == 0:
            try load(element, .rax)
            try asm.movd(.xmm1, .eax)
            try asm.movss(x, .xmm1)
        default:
            // Through memory: the vector, then the element over it, then back.
            let m = try vectorScratch(), at = try vectorScratch(k * layout.size(of: e))
            try asm.movups(.xmmword(m), x)
            if e == .float {
                try asm.movss(.dword(at), try xmm(element, .xmm1, .float))
            } else {
                try load(element, .rax)
                try storeScalar(e, .rax, to: at)
            }
            try asm.movups(x, .xmmword(m))
        }
        try defineXMM(inst, x)
    }

    /// True for `poison` and `undef` (of any type).
    static func isUndefined(_ c: Constant) -> Bool {
        switch c {
        case .poison, .undef: true
        default: false
        }
    }

    mutating func lowerPackedExtract(_ inst: Inst, _ d: InstructionView) throws {
        let vt = typeOf(d.operands[0])
        guard let (n, e) = vt.vectorShape, let k = Self.constantIndex(d.operands[1], module) else {
            throw unsupported("extractelement from \(vt) at a variable index")
        }
        guard k < n else { return }  // poison: any bits will do
        let v = try packedOperand(d.operands[0], .xmm1)
        switch e {
        case .double, .float:
            let x = resultXMM(inst)
            if k == 0 {
                if x != v { try asm.movaps(x, v) }
            } else if e == .double {
                try asm.pshufd(x, v, 0xee)
            } else {
                try asm.pshufd(x, v, UInt8(k * 0x55))
            }
            try defineXMM(inst, x)
        case .int(64), .int(32):
            let r = resultRegister(inst)
            var y = v
            if k != 0 {
                try asm.pshufd(.xmm1, v, e == .int(64) ? 0xee : UInt8(k * 0x55))
                y = .xmm1
            }
            if e == .int(64) { try asm.movq(r, y) } else { try asm.movd(r.dword, y) }
            try define(inst, r)
        default:
            try asm.movups(.xmmword(try vectorScratch()), v)
            let r = resultRegister(inst)
            try loadScalar(e, from: try vectorScratch(k * layout.size(of: e)), into: r)
            try define(inst, r)
        }
    }

    mutating func lowerPackedShuffle(_ inst: Inst, _ d: InstructionView) throws {
        guard let (n, _) = d.type.vectorShape, let mask = Self.shuffleMask(d, module, count: n),
              typeOf(d.operands[0]) == d.type, let plan = PackedShuffle(mask: mask, count: n) else {
            throw unsupported("shufflevector to \(d.type) with this mask")
        }
        if let v = d.operands.first, v.kind == .instruction, selection.foldedInto[v.index] == Int32(inst.index),
           let (_, e) = d.type.vectorShape
        {
            // A splat of the element inserted into poison (see Selection): lane 0 everywhere.
            let y = try xmm(function.instructions[v.index].operands[1], .xmm1, e)
            let x = resultXMM(inst)
            try asm.pshufd(x, y, e == .double ? 0x44 : 0x00)
            return try defineXMM(inst, x)
        }
        switch plan {
        case .permute(let source, let imm):
            let y = try packedOperand(d.operands[source], .xmm1)
            let x = resultXMM(inst)
            try asm.pshufd(x, y, imm)
            try defineXMM(inst, x)
        case .combine(let low, let imm):
            let high = d.operands[1 - low]
            let x = resultXMM(inst, avoiding: high)
            try loadXMM(d.operands[low], x, d.type)
            let y = try packedOperand(high, .xmm1)
            if n == 2 { try asm.shufpd(x, y, imm) } else { try asm.shufps(x, y, imm) }
            try defineXMM(inst, x)
        }
    }
}
