// Instruction selection for the interpreter: one IR instruction to one `Op`.

import IR

extension FunctionCompiler {
    typealias ConstantValue = (Value, IRType) throws(InterpreterError) -> UInt64

    mutating func compileInstruction(_ inst: Inst, _ d: InstructionData, block: Int, _ m: inout ModuleCompiler,
                                     _ cv: ConstantValue) throws(InterpreterError)
    {
        let ops = d.operands
        var op: Op
        func operand(_ i: Int) throws(InterpreterError) -> Value {
            guard i < ops.count else { throw error(.unsupported("missing operand \(i)"), inst, m) }
            return ops[i]
        }
        let dst = d.type == .void ? Int32(-1) : slotOf[inst.index]
        switch d.opcode {
        case .add, .sub, .mul, .udiv, .sdiv, .urem, .srem, .shl, .lshr, .ashr, .and, .or, .xor:
            let codes: [Opcode: Code] = [.add: .add, .sub: .sub, .mul: .mul, .udiv: .udiv, .sdiv: .sdiv, .urem: .urem,
                                         .srem: .srem, .shl: .shl, .lshr: .lshr, .ashr: .ashr, .and: .and, .or: .or,
                                         .xor: .xor]
            op = Op(codes[d.opcode]!)
            op.width = try intWidth(d.type, inst, m)
            op.a = try slot(operand(0), d.type, m, inst, cv)
            op.b = try slot(operand(1), d.type, m, inst, cv)
        case .fadd, .fsub, .fmul, .fdiv, .frem, .fneg:
            let codes: [Opcode: Code] = [.fadd: .fadd, .fsub: .fsub, .fmul: .fmul, .fdiv: .fdiv, .frem: .frem,
                                         .fneg: .fneg]
            op = Op(codes[d.opcode]!)
            op.width = try floatWidth(d.type, inst, m)
            op.a = try slot(operand(0), d.type, m, inst, cv)
            if d.opcode != .fneg { op.b = try slot(operand(1), d.type, m, inst, cv) }
        case .icmp, .fcmp:
            let t = typeOf(try operand(0), m)
            op = Op(d.opcode == .icmp ? .icmp : .fcmp)
            op.width = d.opcode == .icmp ? try intWidth(t, inst, m) : try floatWidth(t, inst, m)
            op.aux = UInt16(d.predicate)
            op.a = try slot(operand(0), t, m, inst, cv)
            op.b = try slot(operand(1), t, m, inst, cv)
        case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr,
             .bitcast:
            op = try compileCast(inst, d, &m, cv)
        case .select:
            op = Op(.select)
            op.a = try slot(operand(0), .i1, m, inst, cv)
            op.b = try slot(operand(1), d.type, m, inst, cv)
            op.c = try slot(operand(2), d.type, m, inst, cv)
        case .freeze:
            op = Op(.copy)
            op.a = try slot(operand(0), d.type, m, inst, cv)
        case .alloca:
            let t = d.auxiliaryType ?? .i8
            op = Op(.alloca)
            op.imm = Int64(m.layout.size(of: t))
            op.aux = UInt16(min(4096, max(d.alignment ?? 1, m.layout.alignment(of: t), 16)))
            if let n = ops.first {
                let nt = typeOf(n, m)
                op.width = try intWidth(nt, inst, m)
                op.a = try slot(n, nt, m, inst, cv)
            }
        case .load:
            op = try memoryOp(load: true, d.type, inst, m)
            op.a = try slot(operand(0), .ptr, m, inst, cv)
        case .store:
            let vt = typeOf(try operand(0), m)
            op = try memoryOp(load: false, vt, inst, m)
            op.a = try slot(operand(0), vt, m, inst, cv)
            op.b = try slot(operand(1), .ptr, m, inst, cv)
        case .getelementptr:
            op = try compileGEP(inst, d, &m, cv)
        case .extractvalue:
            let at = typeOf(try operand(0), m)
            let (offset, et) = try elementOffset(at, d.indices, inst, m)
            op = Op(et.isHeldInMemory ? .extractAggregate : .extractValue)
            op.a = try slot(operand(0), at, m, inst, cv)
            op.imm = Int64(offset)
            if et.isHeldInMemory {
                op.c = Int32(m.layout.size(of: et))
            } else {
                op.aux = UInt16(m.layout.storeSize(of: et))
                op.width = et.isInteger ? try intWidth(et, inst, m) : 64
            }
        case .insertvalue:
            let (offset, et) = try elementOffset(d.type, d.indices, inst, m)
            op = Op(et.isHeldInMemory ? .insertAggregate : .insertValue)
            op.a = try slot(operand(0), d.type, m, inst, cv)
            op.b = try slot(operand(1), et, m, inst, cv)
            op.c = Int32(m.layout.size(of: d.type))
            op.imm = Int64(offset)
            let size = et.isHeldInMemory ? m.layout.size(of: et) : m.layout.storeSize(of: et)
            guard size <= Int(UInt16.max) else { throw error(.unsupported("aggregate element too large"), inst, m) }
            op.aux = UInt16(size)
        case .extractelement, .insertelement, .shufflevector:
            op = try compileVectorAccess(inst, d, &m, cv)
        case .call:
            op = try compileCall(inst, d, &m, cv)
        case .br:
            if ops.count == 1 {
                op = Op(.br)
                op.a = try newEdge(from: block, to: ops[0], &m, inst)
            } else {
                op = Op(.condBr)
                op.a = try slot(operand(0), .i1, m, inst, cv)
                op.b = try newEdge(from: block, to: operand(1), &m, inst)
                op.c = try newEdge(from: block, to: operand(2), &m, inst)
            }
        case .switch:
            let t = typeOf(try operand(0), m)
            op = Op(.switch)
            op.width = try intWidth(t, inst, m)
            op.a = try slot(operand(0), t, m, inst, cv)
            var caseEdges: [Int32] = [try newEdge(from: block, to: operand(1), &m, inst)]
            var values: [UInt64] = []
            var k = 2
            while k + 1 < ops.count {
                guard ops[k].kind == .constant, case .int(_, let bits) = m.module.constants[ops[k].index] else {
                    throw error(.unsupported("switch case that is not an integer constant"), inst, m)
                }
                values.append(bits)
                caseEdges.append(try newEdge(from: block, to: ops[k + 1], &m, inst))
                k += 2
            }
            op.b = Int32(m.extra.count)
            m.extra += caseEdges
            op.c = Int32(m.wide.count)
            m.wide += values
            op.imm = Int64(values.count)
        case .ret:
            if let v = ops.first {
                let t = typeOf(v, m)
                op = Op(t.isHeldInMemory ? .retAggregate : .ret)
                op.a = try slot(v, t, m, inst, cv)
                op.imm = Int64(m.layout.size(of: t))
            } else {
                op = Op(.retVoid)
            }
        case .unreachable:
            op = Op(.unreachable)
        case .phi:
            return
        }
        op.dst = dst
        m.ops.append(op)
    }

    func floatWidth(_ t: IRType, _ inst: Inst, _ m: ModuleCompiler) throws(InterpreterError) -> UInt8 {
        switch t {
        case .float: return 32
        case .double: return 64
        default: throw error(.unsupported("floating-point values of type \(t)"), inst, m)
        }
    }

    func memoryOp(load: Bool, _ t: IRType, _ inst: Inst, _ m: ModuleCompiler) throws(InterpreterError) -> Op {
        if t.isHeldInMemory {
            // A vector touches its store size (`<3 x float>`: 12 bytes), an aggregate its size.
            var op = Op(load ? .loadAggregate : .storeAggregate)
            op.imm = Int64(m.layout.storeSize(of: t))
            return op
        }
        var op = Op(load ? .load : .store)
        switch t {
        case .int: op.width = try intWidth(t, inst, m)
        case .float: op.width = 32
        case .double, .ptr: op.width = 64
        default: throw error(.unsupported("memory access of type \(t)"), inst, m)
        }
        op.aux = UInt16(m.layout.storeSize(of: t))
        return op
    }

    func elementOffset(_ type: IRType, _ indices: [Int], _ inst: Inst, _ m: ModuleCompiler) throws(InterpreterError)
        -> (Int, IRType)
    {
        var t = type
        var offset = 0
        for i in indices {
            guard let (o, e) = m.layout.offset(ofElement: i, in: t) else {
                throw error(.unsupported("index \(i) into \(t)"), inst, m)
            }
            offset += o
            t = e
        }
        return (offset, t)
    }

    mutating func compileCast(_ inst: Inst, _ d: InstructionData, _ m: inout ModuleCompiler, _ cv: ConstantValue)
        throws(InterpreterError) -> Op
    {
        let from = typeOf(d.operands[0], m)
        var op: Op
        switch d.opcode {
        case .trunc, .ptrtoint:
            op = Op(.trunc)
            op.width = try intWidth(d.type, inst, m)
        case .zext, .inttoptr, .bitcast:
            if from.isInteger { _ = try intWidth(from, inst, m) }
            op = Op(.copy)
        case .sext:
            op = Op(.sext)
            op.width = try intWidth(d.type, inst, m)
            op.aux = UInt16(try intWidth(from, inst, m))
        case .fptrunc: op = Op(.fptrunc)
        case .fpext: op = Op(.fpext)
        case .fptoui, .fptosi:
            op = Op(d.opcode == .fptoui ? .fptoui : .fptosi)
            op.width = try intWidth(d.type, inst, m)
            op.aux = UInt16(try floatWidth(from, inst, m))
        default:
            op = Op(d.opcode == .uitofp ? .uitofp : .sitofp)
            op.width = try floatWidth(d.type, inst, m)
            op.aux = UInt16(try intWidth(from, inst, m))
        }
        op.a = try slot(d.operands[0], from, m, inst, cv)
        return op
    }

    mutating func compileGEP(_ inst: Inst, _ d: InstructionData, _ m: inout ModuleCompiler, _ cv: ConstantValue)
        throws(InterpreterError) -> Op
    {
        var op = Op(.gep)
        op.a = try slot(d.operands[0], .ptr, m, inst, cv)
        var offset: Int64 = 0
        var variable: [Int32] = []
        var t = d.auxiliaryType ?? .i8
        for j in d.operands.indices.dropFirst() {
            let k = j - 1, index = d.operands[j]
            let it = typeOf(index, m)
            let width = try intWidth(it, inst, m)
            var constant: Int64?
            if index.kind == .constant {
                switch m.module.constants[index.index] {
                case .int(_, let bits): constant = signExtend(bits, from: Int(width))
                case .zero, .undef, .poison: constant = 0
                default: break
                }
            }
            let stride: Int
            if k == 0 {
                stride = m.layout.size(of: t)
            } else if case .array(_, let e) = t {
                stride = m.layout.size(of: e)
                t = e
            } else if let fields = m.module.structFields(t)?.fields {
                guard let c = constant, c >= 0, c < fields.count, let (o, e) = m.layout.offset(ofElement: Int(c), in: t)
                else { throw error(.unsupported("non-constant struct index in getelementptr"), inst, m) }
                offset &+= Int64(o)
                t = e
                continue
            } else {
                throw error(.unsupported("getelementptr into \(t)"), inst, m)
            }
            if let c = constant {
                offset &+= c &* Int64(stride)
            } else {
                guard stride <= Int(Int32.max) else { throw error(.unsupported("array stride too large"), inst, m) }
                variable += [try slot(index, it, m, inst, cv), Int32(width), Int32(stride)]
            }
        }
        op.imm = offset
        op.b = Int32(m.extra.count)
        op.c = Int32(variable.count / 3)
        m.extra += variable
        return op
    }

    mutating func compileCall(_ inst: Inst, _ d: InstructionData, _ m: inout ModuleCompiler, _ cv: ConstantValue)
        throws(InterpreterError) -> Op
    {
        guard let callee = d.operands.first else { throw error(.unsupported("call without callee"), inst, m) }
        let arguments = d.operands.array(from: 1)
        let type: FunctionType
        if case .function(let t)? = d.auxiliaryType {
            type = t
        } else if callee.kind == .function {
            type = m.module.functions[callee.index].type
        } else {
            type = FunctionType(d.type, arguments.map { typeOf($0, m) })
        }
        var site = CallSite(kind: .indirect, target: 0, arguments: 0, count: Int32(arguments.count),
                            fixedCount: Int32(type.parameters.count), classStart: Int32(m.classes.count),
                            result: m.valueClass(d.type, d.resultAttributes))
        if callee.kind == .function {
            let g = m.module.functions[callee.index]
            if !g.isDeclaration {
                site.kind = .interpreted
                site.target = Int64(callee.index)
            } else if g.name.hasPrefix("llvm.") {
                if type.result.isVector || type.parameters.contains(where: \.isVector) {
                    // `llvm.fabs.v2f32` and friends compute elementwise, which the model does not.
                    throw error(.unsupported("vector intrinsic @\(g.name)"), inst, m)
                }
                if let i = Intrinsic(name: g.name) {
                    site.kind = .intrinsic
                    site.target = i.rawValue
                } else {
                    throw error(.unsupportedIntrinsic(g.name), inst, m)
                }
            } else {
                site.kind = .native
                site.target = Int64(callee.index)
            }
        } else {
            site.target = Int64(try slot(callee, .ptr, m, inst, cv))
        }
        var slots: [Int32] = []
        for (i, a) in arguments.enumerated() {
            let t = typeOf(a, m)
            // Metadata operands of intrinsics carry no value.
            if t == .metadata || a.kind == .block {
                slots.append(-1)
                m.classes.append(ValueClass(kind: .none))
                continue
            }
            slots.append(try slot(a, t, m, inst, cv))
            let attributes = i < d.argumentAttributes.count ? d.argumentAttributes[i] : ParameterAttributes()
            m.classes.append(m.valueClass(t, attributes))
        }
        site.arguments = Int32(m.extra.count)
        m.extra += slots
        var op = Op(.call)
        op.imm = Int64(m.callSites.count)
        m.callSites.append(site)
        return op
    }

    // MARK: - Vectors

    /// `extractelement`, `insertelement` and `shufflevector` over vectors held in memory.
    mutating func compileVectorAccess(_ inst: Inst, _ d: InstructionData, _ m: inout ModuleCompiler,
                                      _ cv: ConstantValue) throws(InterpreterError) -> Op
    {
        let vt = typeOf(d.operands.first ?? .argument(0), m)
        guard d.operands.count >= 2, case .vector(let count, let element) = vt else {
            throw error(.unsupported("\(d.opcode) without a vector operand"), inst, m)
        }
        var op: Op
        switch d.opcode {
        case .extractelement:
            op = Op(.extractElement)
            op.b = try slot(d.operands[1], typeOf(d.operands[1], m), m, inst, cv)
        case .insertelement:
            guard d.operands.count == 3 else { throw error(.unsupported("insertelement operands"), inst, m) }
            op = Op(.insertElement)
            op.b = try slot(d.operands[1], element, m, inst, cv)
            op.c = try slot(d.operands[2], typeOf(d.operands[2], m), m, inst, cv)
        default:
            guard d.operands.count == 3, case .vector(let length, _) = d.type else {
                throw error(.unsupported("shufflevector operands"), inst, m)
            }
            op = Op(.shuffleVector)
            op.b = try slot(d.operands[1], vt, m, inst, cv)
            // The mask, one entry per result element: a source element number, or -1 for poison.
            var mask = Array(repeating: Int32(-1), count: length)
            let maskValue = d.operands[2]
            if maskValue.kind == .constant, case .aggregate(_, let elements) = m.module.constants[maskValue.index] {
                for (k, e) in elements.enumerated() where k < length && e.kind == .constant {
                    if case .int(_, let bits) = m.module.constants[e.index], bits < UInt64(2 * count) {
                        mask[k] = Int32(bits)
                    }
                }
            } else if maskValue.kind == .constant, case .zero = m.module.constants[maskValue.index] {
                mask = Array(repeating: 0, count: length)
            }
            op.c = Int32(m.extra.count)
            m.extra += mask
            // Result length in the low half, source length in the high half.
            op.imm = Int64(length) | Int64(count) << 32
            op.aux = UInt16(m.layout.size(of: element))
        }
        op.a = try slot(d.operands[0], vt, m, inst, cv)
        if d.opcode != .shufflevector {
            op.imm = Int64(count)
            op.aux = UInt16(m.layout.size(of: element))
            op.width = element.isInteger ? try intWidth(element, inst, m) : 64
        }
        return op
    }
}
