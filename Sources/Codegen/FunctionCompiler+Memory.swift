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
        case .int(let w) where w < 64:
            // i24, i40 ...: the store size's bytes, high byte first, assembled in rax (never an
            // address register), then masked to the width.
            let size = layout.storeSize(of: t)
            try asm.movzx(.eax, .byte(address.offset(by: Int32(size - 1))))
            for k in stride(from: size - 2, through: 0, by: -1) {
                try asm.shl(.rax, 8)
                try asm.mov(.al, .byte(address.offset(by: Int32(k))))
            }
            try zeroExtend(.rax, w)
            if r != .rax { try asm.mov(r, .rax) }
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
        case .int(let w) where w < 64:
            // Odd sizes: 4-, 2- and 1-byte pieces from the low end, shifting a copy in rax.
            let size = layout.storeSize(of: t)
            if r != .rax { try asm.mov(.rax, r) }
            var k = 0
            while k < size {
                let m = address.offset(by: Int32(k))
                switch size - k {
                case 4...: try asm.mov(.dword(m), .eax); k += 4; if k < size { try asm.shr(.rax, 32) }
                case 2, 3: try asm.mov(.word(m), .ax); k += 2; if k < size { try asm.shr(.rax, 16) }
                default: try asm.mov(.byte(m), .al); k += 1
                }
            }
        default: throw unsupported("memory access of type \(t)")
        }
    }

    mutating func lowerAlloca(_ inst: Inst, _ d: InstructionView) throws {
        // A static alloca's value is the address rbp+offset (its location); nothing to emit.
        if case .frame = assignment.instructions[inst.index] { return }
        let fixed = frame.allocaOffset[inst.index]
        if fixed != 0 {
            try asm.lea(.rax, Memory(.rbp, fixed))
            return try define(inst, .rax)
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
        try define(inst, .rax)
    }

    /// The memory operand for the pointer operand `p` of a load or store: a folded
    /// getelementptr becomes base + index * scale + displacement, a static alloca rbp+offset.
    /// Scratch: r11 (base), rcx (index).
    /// The addressing mode of the getelementptr `i` folded into a load or store. (Reading the
    /// function and module from a non-mutating method passes them without copying them.)
    func foldedAddressPattern(_ i: Int) -> AddressPattern? {
        function.withInstructionViews { ins in
            AddressPattern.of(ins[i], function: function, module: module, layout: layout,
                              folded: (selection.foldedInto, i))
        }
    }

    /// The addressing mode of the getelementptr `d`, if one `lea` computes it.
    func addressPattern(_ d: InstructionView) -> AddressPattern? {
        AddressPattern.of(d, function: function, module: module, layout: layout)
    }

    /// The terms of the getelementptr `d`.
    func gepTerms(_ d: InstructionView) -> GEPTerms? { GEPTerms.of(d, function: function, module: module, layout: layout) }

    mutating func address(_ p: Value) throws -> Memory {
        if p.kind == .instruction, selection.isFolded(p.index), let pattern = foldedAddressPattern(p.index) {
            // An index loaded by the sign extension itself (see Selection) is read first, into
            // rcx: its own address may need r11, which the base may take next.
            var loadedIndex = false
            if let iv = pattern.index, iv.kind == .instruction, selection.foldedInto[iv.index] >= 0,
               function.instructions[iv.index].opcode == .load
            {
                try checkFoldedHere(iv.index)
                let m = try address(function.instructions[iv.index].operands[0])
                switch pattern.indexWidth {
                case 32: try asm.movsxd(.rcx, .dword(m))
                case 16: try asm.movsx(.rcx, .word(m))
                case 8: try asm.movsx(.rcx, .byte(m))
                default: throw unsupported("an index of \(pattern.indexWidth) bits loaded by its sign extension")
                }
                loadedIndex = true
            }
            var disp = Int64(pattern.displacement)
            var base: GPR64?
            if case .frame(let o) = location(pattern.base) {
                base = .rbp
                disp += Int64(o)
            } else if let bits = constantValue(pattern.base), let small = Int32(exactly: Int64(bitPattern: bits)) {
                disp += Int64(small)
            } else {
                base = try gpr(pattern.base, .r11)
            }
            var index: IndexRegister?
            let scale = pattern.scale
            if let iv = pattern.index {
                if loadedIndex {
                    index = IndexRegister(.rcx)
                } else if let bits = constantValue(iv) {
                    disp &+= signExtended(bits, from: pattern.indexWidth) &* Int64(pattern.scale.factor)
                } else {
                    var r = try gpr(iv, .rcx)
                    if pattern.indexWidth < 64 {
                        try signExtend(.rcx, from: r, pattern.indexWidth)
                        r = .rcx
                    }
                    index = IndexRegister(r)
                }
            }
            if let d32 = Int32(exactly: disp) {
                switch (base, index) {
                case (let b?, let i?): return Memory(b, i, scale, d32)
                case (let b?, nil): return Memory(b, d32)
                case (nil, let i?): return Memory(index: i, scale, d32)
                case (nil, nil): return Memory(absolute: d32)
                }
            }
            // The displacement does not fit: the whole address into r11.
            try asm.mov(.rdx, disp)
            if let base { try asm.add(.rdx, base) }
            if let index { try asm.lea(.rdx, Memory(.rdx, index, scale)) }
            return Memory(.rdx)
        }
        if case .frame(let o) = location(p) { return Memory(.rbp, o) }
        if case .none = location(p), let bits = constantValue(p), let small = Int32(exactly: Int64(bitPattern: bits)) {
            return Memory(absolute: small)  // a global in the low 2 GiB
        }
        return Memory(try gpr(p, .r11))
    }

    mutating func lowerLoad(_ inst: Inst, _ d: InstructionView) throws {
        let m = try address(d.operands[0])
        if d.type.isAggregate {
            try asm.lea(.rdx, m)
            try asm.lea(.r11, Memory(.rbp, try slot(.instruction(inst))))
            try copyBytes(layout.size(of: d.type))
            return
        }
        if ValueClass(d.type) == .xmm {
            let x = resultXMM(inst)
            try loadXMM(x, d.type, from: m)
            try defineXMM(inst, x)
            return
        }
        let r = ValueClass(d.type) == .gpr ? resultRegister(inst) : .rax
        try loadScalar(d.type, from: m, into: r)
        if ValueClass(d.type) == .gpr { try define(inst, r) } else { try asm.mov(.qword(.rbp, try slot(.instruction(inst))), r) }
    }

    mutating func lowerStore(_ d: InstructionView) throws {
        let v = d.operands[0]
        let t = typeOf(v)
        if t.isAggregate {
            try asm.lea(.r11, try address(d.operands[1]))
            try aggregateAddress(v, .rdx)
            try copyBytes(layout.size(of: t))
            return
        }
        if v.kind == .instruction, selection.isFolded(v.index) {
            return try lowerReadModifyWrite(d)
        }
        if t.isPacked {
            // The value first: a constant's address may need r11, which the address may use.
            let x = try xmm(v, .xmm0, t)
            try storeXMM(x, t, to: try address(d.operands[1]))
            return
        }
        let m = try address(d.operands[1])
        if let x = xmmRegister(v) {
            try storeXMM(x, t, to: m)
            return
        }
        if let bits = constantValue(v), ValueClass(t) != .memory {
            let size = layout.storeSize(of: t)
            switch size {
            case 1: return try asm.mov(.byte(m), Int64(UInt8(truncatingIfNeeded: bits)))
            case 2: return try asm.mov(.word(m), Int64(UInt16(truncatingIfNeeded: bits)))
            case 4: return try asm.mov(.dword(m), Int64(UInt32(truncatingIfNeeded: bits)))
            case 8 where Int32(exactly: Int64(bitPattern: bits)) != nil:
                return try asm.mov(.qword(m), Int64(bitPattern: bits))
            default: break
            }
        }
        try storeScalar(t, try gpr(v, .rax), to: m)
    }

    /// A store of `op (load p), x` to p that Selection folded: `op [p], x`.
    mutating func lowerReadModifyWrite(_ d: InstructionView) throws {
        let opInst = Inst(d.operands[0].index)
        let op = function.instructions[opInst.index]
        let x = isFoldedLoad(op.operands[0], into: opInst) ? op.operands[1] : op.operands[0]
        let wide = op.type == .i64
        let alu: ALUOp
        switch op.opcode {
        case .add: alu = .add
        case .sub: alu = .sub
        case .and: alu = .and
        case .or: alu = .or
        case .xor: alu = .xor
        default: throw unsupported("a store of \(op.opcode) folded into read-modify-write")
        }
        // x first (into rax when it is in a slot): the address may use rcx, rdx and r11.
        var s = try source(x, width: wide ? 64 : 32, scratch: .rax)
        if case .memory = s {
            try load(x, .rax)
            s = .register(.rax)
        }
        let m = try address(d.operands[1])
        switch s {
        case .register(let r): if wide { try asm.alu(alu, .qword(m), r) } else { try asm.alu(alu, .dword(m), r.dword) }
        case .immediate(let i): if wide { try asm.alu(alu, .qword(m), Int64(i)) } else { try asm.alu(alu, .dword(m), Int64(i)) }
        case .memory: break
        }
    }

    mutating func lowerGEP(_ inst: Inst, _ d: InstructionView) throws {
        guard d.type == .ptr else { throw unsupported("getelementptr of \(d.type)") }
        if let p = addressPattern(d) {
            // One lea: base + index * scale + displacement.
            let r = resultRegister(inst)
            var disp = p.displacement
            var base: GPR64
            if case .frame(let o) = location(p.base), let sum = Int32(exactly: Int64(o) + Int64(disp)) {
                base = .rbp
                disp = sum
            } else {
                base = try gpr(p.base, .r11)
            }
            if let iv = p.index, constantValue(iv) == nil {
                var x = try gpr(iv, .rcx)
                if p.indexWidth < 64 {
                    if x != .rcx { try asm.mov(.rcx, x); x = .rcx }
                    try signExtend(.rcx, p.indexWidth)
                }
                try asm.lea(r, Memory(base, IndexRegister(x)!, p.scale, disp))
                return try define(inst, r)
            } else if p.index == nil {
                if disp == 0 {
                    if base != r { try asm.mov(r, base) }
                } else {
                    try asm.lea(r, Memory(base, disp))
                }
                return try define(inst, r)
            }
        }
        // The general case: several variable indices, or strides that are no scale factor.
        guard let terms = gepTerms(d) else {
            throw unsupported("this getelementptr (a variable struct index, or an unsupported element type)")
        }
        if terms.variable.count == 1, let (index, w, stride) = terms.variable.first, let s = Int32(exactly: stride),
           constantValue(index) == nil
        {
            // One index with a stride that is no scale factor (an array of 56-byte structs):
            // `imul r, i, 56` and one lea for the base and offset.
            var disp = terms.offset
            var base: Value? = terms.base
            if let bits = constantValue(terms.base) {
                disp &+= Int64(bitPattern: bits)
                base = nil
            } else if case .frame(let o) = location(terms.base) {
                disp &+= Int64(o)
            }
            if let d32 = Int32(exactly: disp) {
                let r = resultRegister(inst, avoiding: terms.base)
                var x = try gpr(index, .rcx)
                if w < 64 {
                    try signExtend(.rcx, from: x, w)
                    x = .rcx
                }
                try asm.imul(r, x, Int64(s))
                if let base {
                    let b: GPR64 = if case .frame = location(base) { .rbp } else { try gpr(base, .r11) }
                    try asm.lea(r, Memory(r, IndexRegister(b)!, .x1, d32))
                } else if d32 != 0 {
                    try asm.lea(r, Memory(r, d32))
                }
                return try define(inst, r)
            }
        }
        try load(terms.base, .rax)
        for k in 0..<terms.variable.count {
            let (index, w, stride) = terms.variable[k]
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
        if terms.offset != 0 {
            if Int32(exactly: terms.offset) != nil {
                try asm.add(.rax, terms.offset)
            } else {
                try asm.mov(.rcx, terms.offset)
                try asm.add(.rax, .rcx)
            }
        }
        try define(inst, .rax)
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

    mutating func lowerExtractValue(_ inst: Inst, _ d: InstructionView) throws {
        let (offset, et) = try elementOffset(typeOf(d.operands[0]), d.indices)
        try aggregateAddress(d.operands[0], .rdx)
        if et.isAggregate {
            try asm.lea(.rdx, Memory(.rdx, offset))
            try asm.lea(.r11, Memory(.rbp, try slot(.instruction(inst))))
            try copyBytes(layout.size(of: et))
        } else if ValueClass(et) == .xmm {
            let x = resultXMM(inst)
            try loadXMM(x, et, from: Memory(.rdx, offset))
            try defineXMM(inst, x)
        } else {
            let r = ValueClass(et) == .gpr ? resultRegister(inst) : .rax
            try loadScalar(et, from: Memory(.rdx, offset), into: r)
            if ValueClass(et) == .gpr { try define(inst, r) } else { try asm.mov(.qword(.rbp, try slot(.instruction(inst))), r) }
        }
    }

    mutating func lowerInsertValue(_ inst: Inst, _ d: InstructionView) throws {
        let area = try slot(.instruction(inst))
        let (offset, et) = try elementOffset(d.type, d.indices)
        try copy(d.operands[0], to: inst)
        if et.isAggregate {
            try aggregateAddress(d.operands[1], .rdx)
            try asm.lea(.r11, Memory(.rbp, area + offset))
            try copyBytes(layout.size(of: et))
        } else if ValueClass(et) == .xmm {
            let x = try xmm(d.operands[1], .xmm0, et)
            try storeXMM(x, et, to: Memory(.rbp, area + offset))
        } else {
            try load(d.operands[1], .rax)
            try storeScalar(et, .rax, to: Memory(.rbp, area + offset))
        }
    }
}
