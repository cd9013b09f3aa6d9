// Memory: allocas, loads and stores of scalars and aggregates, getelementptr, and the
// extractvalue/insertvalue of aggregate values held in frame areas.

import IR
import X86

extension FunctionCompiler {
    /// Loads a scalar of type `t` from `address` into `r`, in canonical (zero-extended) form.
    mutating func loadScalar(_ t: IRType, from address: Memory, into r: GPR64) throws {
        switch t {
        case .int(1):
            try asm.movzx(r.dword, .byte(address))
            try asm.and(r.dword, 1)
        case .int(8): try asm.movzx(r.dword, .byte(address))
        case .int(16): try asm.movzx(r.dword, .word(address))
        case .int(32), .float: try asm.mov(r.dword, .dword(address))
        case .int(64), .ptr, .double: try asm.mov(r, .qword(address))
        case .vector where layout.size(of: t) == 8: try asm.mov(r, .qword(address))
        case .vector where layout.size(of: t) == 4: try asm.mov(r.dword, .dword(address))
        default: throw unsupported("memory access of type \(t)")
        }
    }

    /// Stores the scalar of type `t` in `r` to `address` (its store size in bytes).
    mutating func storeScalar(_ t: IRType, _ r: GPR64, to address: Memory) throws {
        switch t {
        case .int(1), .int(8): try asm.mov(.byte(address), r.byte)
        case .int(16): try asm.mov(.word(address), r.word)
        case .int(32), .float: try asm.mov(.dword(address), r.dword)
        case .int(64), .ptr, .double: try asm.mov(.qword(address), r)
        case .vector where layout.size(of: t) == 8: try asm.mov(.qword(address), r)
        case .vector where layout.size(of: t) == 4: try asm.mov(.dword(address), r.dword)
        default: throw unsupported("memory access of type \(t)")
        }
    }

    mutating func lowerAlloca(_ inst: Inst, _ d: InstructionData) throws {
        let fixed = frame.allocaOffset[inst.index]
        if fixed != 0 {
            try asm.lea(.rax, Memory(.rbp, fixed))
            try storeResult(inst, .rax)
            return
        }
        // Dynamic: move rsp down by the rounded size; rsp stays 16-byte aligned.
        let t = d.auxiliaryType ?? .i8
        let align = max(16, d.alignment ?? 1, layout.alignment(of: t))
        if let n = d.operands.first {
            try load(n, .rax)
            try zeroExtend(.rax, try width(typeOf(n)))
        } else {
            try asm.mov(.eax, 1)
        }
        try loadImmediate(.rcx, UInt64(layout.size(of: t)))
        try asm.imul(.rax, .rcx)
        try asm.add(.rax, 15)
        try asm.and(.rax, -16)
        try asm.sub(.rsp, .rax)
        if align > 16 { try asm.and(.rsp, Int64(-align)) }
        try asm.mov(.rax, .rsp)
        try storeResult(inst, .rax)
    }

    mutating func lowerLoad(_ inst: Inst, _ d: InstructionData) throws {
        try load(d.operands[0], .rsi)
        if d.type.isAggregate {
            try asm.lea(.rdi, Memory(.rbp, frame.valueOffset[inst.index]))
            try copyBytes(layout.size(of: d.type))
            return
        }
        try loadScalar(d.type, from: Memory(.rsi), into: .rax)
        try storeResult(inst, .rax)
    }

    mutating func lowerStore(_ d: InstructionData) throws {
        let t = typeOf(d.operands[0])
        if t.isAggregate {
            try load(d.operands[1], .rdi)
            try aggregateAddress(d.operands[0], .rsi)
            try copyBytes(layout.size(of: t))
            return
        }
        try load(d.operands[0], .rax)
        try load(d.operands[1], .rcx)
        try storeScalar(t, .rax, to: Memory(.rcx))
    }

    mutating func lowerGEP(_ inst: Inst, _ d: InstructionData) throws {
        guard d.type == .ptr else { throw unsupported("getelementptr of \(d.type)") }
        try load(d.operands[0], .rax)
        var offset: Int64 = 0
        var t = d.auxiliaryType ?? .i8
        for (k, index) in d.operands.dropFirst().enumerated() {
            let it = typeOf(index)
            let w = try width(it)
            var constant: Int64?
            if index.kind == .constant {
                switch module.constants[index.index] {
                case .int(_, let bits): constant = signExtended(bits, from: w)
                case .zero, .undef, .poison: constant = 0
                default: break
                }
            }
            let stride: Int
            if k == 0 {
                stride = layout.size(of: t)
            } else if case .array(_, let e) = t {
                stride = layout.size(of: e)
                t = e
            } else if module.structFields(t) != nil {
                guard let c = constant, let (o, e) = layout.offset(ofElement: Int(c), in: t) else {
                    throw unsupported("non-constant struct index in getelementptr")
                }
                offset &+= Int64(o)
                t = e
                continue
            } else {
                throw unsupported("getelementptr into \(t)")
            }
            if let c = constant {
                offset &+= c &* Int64(stride)
            } else {
                try load(index, .rcx)
                try signExtend(.rcx, w)
                if stride != 1 {
                    if let s = Int32(exactly: stride) {
                        try asm.imul(.rcx, .rcx, Int64(s))
                    } else {
                        try loadImmediate(.rdx, UInt64(stride))
                        try asm.imul(.rcx, .rdx)
                    }
                }
                try asm.add(.rax, .rcx)
            }
        }
        if offset != 0 {
            if Int32(exactly: offset) != nil {
                try asm.add(.rax, offset)
            } else {
                try asm.mov(.rcx, offset)
                try asm.add(.rax, .rcx)
            }
        }
        try storeResult(inst, .rax)
    }

    /// The byte offset and type of the element at `indices` of aggregate type `t`.
    func elementOffset(_ t: IRType, _ indices: [Int]) throws -> (Int32, IRType) {
        var t = t
        var offset = 0
        for i in indices {
            guard let (o, e) = layout.offset(ofElement: i, in: t) else { throw unsupported("index \(i) into \(t)") }
            offset += o
            t = e
        }
        return (Int32(offset), t)
    }

    mutating func lowerExtractValue(_ inst: Inst, _ d: InstructionData) throws {
        let (offset, et) = try elementOffset(typeOf(d.operands[0]), d.indices)
        try aggregateAddress(d.operands[0], .rsi)
        if et.isAggregate {
            try asm.lea(.rsi, Memory(.rsi, offset))
            try asm.lea(.rdi, Memory(.rbp, frame.valueOffset[inst.index]))
            try copyBytes(layout.size(of: et))
        } else {
            try loadScalar(et, from: Memory(.rsi, offset), into: .rax)
            try storeResult(inst, .rax)
        }
    }

    mutating func lowerInsertValue(_ inst: Inst, _ d: InstructionData) throws {
        let area = frame.valueOffset[inst.index]
        let (offset, et) = try elementOffset(d.type, d.indices)
        try copyValue(d.operands[0], d.type, to: area)
        if et.isAggregate {
            try aggregateAddress(d.operands[1], .rsi)
            try asm.lea(.rdi, Memory(.rbp, area + offset))
            try copyBytes(layout.size(of: et))
        } else {
            try load(d.operands[1], .rax)
            try storeScalar(et, .rax, to: Memory(.rbp, area + offset))
        }
    }
}
