// Constant-expression folding, shared by the interpreter and the compiler: both lay out globals
// in real memory and need the bits of `getelementptr (...)`, casts and the integer arithmetic
// clang puts in relative lookup tables.

extension DataLayout {
    /// The bits of constant expression `e`: an address for `getelementptr`, else an integer
    /// truncated to the result's width.
    /// - Parameters:
    ///   - e: The expression.
    ///   - module: The module it belongs to (operand types).
    ///   - operand: The bits of an operand (a constant, global or function address).
    ///   - unsupported: The error for an expression that cannot be folded.
    /// - Returns: The expression's bits.
    /// - Throws: What `operand` throws, or `unsupported(...)`.
    public func evaluate<E: Error>(_ e: ConstantExpression, in module: Module,
                                   operand: (Value) throws(E) -> UInt64,
                                   unsupported: (String) -> E) throws(E) -> UInt64
    {
        guard let first = e.operands.first else { throw unsupported("empty constant expression") }
        let a = try operand(first)
        let width = e.type.integerWidth ?? 64
        let operandWidth = module.type(of: first)?.integerWidth ?? 64
        switch e.opcode {
        case .getelementptr:
            var offset: Int64 = 0
            var t = e.sourceElementType ?? .i8
            for j in e.operands.indices.dropFirst() {
                let k = j - 1, index = e.operands[j]
                let i = Self.signExtend(try operand(index), from: module.type(of: index)?.integerWidth ?? 64)
                if k == 0 {
                    offset &+= i &* Int64(size(of: t))
                } else if case .array(_, let element) = t {
                    offset &+= i &* Int64(size(of: element))
                    t = element
                } else if let (o, element) = self.offset(ofElement: Int(i), in: t) {
                    offset &+= Int64(o)
                    t = element
                } else {
                    throw unsupported("constant getelementptr into \(t)")
                }
            }
            return a &+ UInt64(bitPattern: offset)
        case .ptrtoint, .trunc:
            return a & Self.mask(width)
        case .inttoptr, .bitcast, .zext:
            return a
        case .sext:
            return UInt64(bitPattern: Self.signExtend(a, from: operandWidth)) & Self.mask(width)
        case .add, .sub, .mul, .and, .or, .xor, .shl:
            guard e.operands.count == 2 else { throw unsupported("constant \(e.opcode)") }
            let b = try operand(e.operands[1])
            let r: UInt64
            switch e.opcode {
            case .add: r = a &+ b
            case .sub: r = a &- b
            case .mul: r = a &* b
            case .and: r = a & b
            case .or: r = a | b
            case .xor: r = a ^ b
            default: r = b >= UInt64(width) ? 0 : a &<< b
            }
            return r & Self.mask(width)
        default:
            throw unsupported("constant expression \(e.opcode)")
        }
    }

    /// The low `bits` bits set.
    static func mask(_ bits: Int) -> UInt64 { bits >= 64 ? .max : (1 << UInt64(bits)) &- 1 }

    /// `value`'s low `bits` bits, sign-extended.
    static func signExtend(_ value: UInt64, from bits: Int) -> Int64 {
        guard bits < 64 else { return Int64(bitPattern: value) }
        let shift = UInt64(64 - bits)
        return Int64(bitPattern: value << shift) >> Int64(shift)
    }
}
