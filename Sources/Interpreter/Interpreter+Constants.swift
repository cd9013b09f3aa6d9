// Constants in real memory: global initializers (with pointers to globals and functions and
// constant-expression GEPs) and the slot values of constant operands.

import IR

extension Interpreter {
    /// The slot value of a module-level operand: scalars as bits, aggregates and vectors as the
    /// address of their bytes (materialized once).
    func constantSlotValue(_ v: Value, _ type: IRType) throws(InterpreterError) -> UInt64 {
        guard v.kind == .constant else { return try scalarConstant(v) }
        let c = module.constants[v.index]
        let t = c.type == .void ? type : c.type
        guard t.isHeldInMemory else { return try scalarConstant(v) }
        if let p = aggregateConstants[v.raw] { return UInt64(p) }
        let p = try memory.allocate(size: layout.size(of: t), alignment: layout.alignment(of: t))
        try writeConstant(v, t, to: p)
        aggregateConstants[v.raw] = UInt(bitPattern: p)
        return UInt64(UInt(bitPattern: p))
    }

    /// The bits of a scalar constant, global address or function address.
    func scalarConstant(_ v: Value) throws(InterpreterError) -> UInt64 {
        switch v.kind {
        case .global: return UInt64(globalAddresses[v.index])
        case .function: return UInt64(functionAddresses[v.index])
        case .constant: break
        default: throw InterpreterError(.unsupported("a local value in a constant"))
        }
        switch module.constants[v.index] {
        case .int(_, let bits), .float(_, let bits): return bits
        case .null, .undef, .poison, .zero: return 0
        case .expression(let e): return try evaluate(e)
        case .aggregate, .bytes: return try constantSlotValue(v, module.constants[v.index].type)
        }
    }

    /// Evaluates a constant expression.
    func evaluate(_ e: ConstantExpression) throws(InterpreterError) -> UInt64 {
        try layout.evaluate(e, in: module, operand: { (v: Value) throws(InterpreterError) -> UInt64 in
            try scalarConstant(v)
        }, unsupported: { InterpreterError(.unsupported($0)) })
    }

    /// Writes constant `v` of type `type` into zero-filled memory at `p`.
    func writeConstant(_ v: Value, _ type: IRType, to p: UnsafeMutableRawPointer) throws(InterpreterError) {
        guard v.kind == .constant else {
            storeBytes(try scalarConstant(v), bytes: 8, at: p)
            return
        }
        switch module.constants[v.index] {
        case .int(let t, let bits): storeBytes(bits, bytes: layout.storeSize(of: t), at: p)
        case .float(let t, let bits): storeBytes(bits, bytes: t == .float ? 4 : 8, at: p)
        case .null, .undef, .poison, .zero: break
        case .bytes(let b): b.withUnsafeBytes { if !b.isEmpty { p.copyMemory(from: $0.baseAddress!, byteCount: b.count) } }
        case .aggregate(let t, let elements):
            for (i, e) in elements.enumerated() {
                guard let (o, et) = layout.offset(ofElement: i, in: t) else {
                    throw InterpreterError(.unsupported("constant element \(i) of \(t)"))
                }
                try writeConstant(e, et, to: p + o)
            }
        case .expression(let e):
            storeBytes(try evaluate(e), bytes: layout.storeSize(of: e.type), at: p)
        }
    }
}
