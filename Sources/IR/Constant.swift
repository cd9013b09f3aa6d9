/// A constant: the operands that are not computed by instructions. Constants are interned in the
/// module's pool, so equal constants are the same `Value`.
public enum Constant: Hashable, Sendable {
    /// An integer of type `iN`; `bits` holds the value truncated to N bits (zero-extended).
    case int(IRType, bits: UInt64)
    /// A `float` (bits of the `Float` in the low 32 bits) or `double` (bits of the `Double`).
    case float(IRType, bits: UInt64)
    /// The null pointer.
    case null
    /// `undef` of a type.
    case undef(IRType)
    /// `poison` of a type.
    case poison(IRType)
    /// `zeroinitializer` of a type.
    case zero(IRType)
    /// An array, struct or vector of constants (`[i32 1, i32 2]`, `{ i32 1, ptr @g }`,
    /// `<float 1.0, float 2.0>`); the elements of a vector are scalar constants of its element type
    /// (`undef` and `poison` included).
    case aggregate(IRType, [Value])
    /// `c"..."`: an array of `i8`.
    case bytes([UInt8])
    /// A constant expression (`getelementptr`, casts).
    indirect case expression(ConstantExpression)

    /// The type of the constant.
    @inlinable public var type: IRType {
        switch self {
        case .int(let t, _), .float(let t, _), .undef(let t), .poison(let t), .zero(let t), .aggregate(let t, _): t
        case .null: .ptr
        case .bytes(let b): .array(count: b.count, element: .i8)
        case .expression(let e): e.type
        }
    }
}

/// A constant expression: an instruction whose operands are all constants, evaluated when the
/// module is loaded (clang emits `getelementptr` into globals and pointer casts).
public struct ConstantExpression: Hashable, Sendable {
    /// `getelementptr` or a cast opcode.
    public var opcode: Opcode
    /// The result type.
    public var type: IRType
    /// For `getelementptr`: the source element type.
    public var sourceElementType: IRType?
    /// The operands (constants, globals, functions).
    public var operands: [Value]
    /// `inbounds` and friends, as for instructions.
    public var flags: InstructionFlags

    /// Creates a constant expression.
    /// - Parameters:
    ///   - opcode: `getelementptr` or a cast opcode.
    ///   - type: The result type.
    ///   - sourceElementType: For `getelementptr`, the type the base points to.
    ///   - operands: The operands: constants, globals or functions.
    ///   - flags: Flags such as `inbounds`.
    public init(_ opcode: Opcode, type: IRType, sourceElementType: IRType? = nil, operands: [Value],
                flags: InstructionFlags = []) {
        self.opcode = opcode
        self.type = type
        self.sourceElementType = sourceElementType
        self.operands = operands
        self.flags = flags
    }
}

/// Flags that refine an instruction without changing how it executes when they hold (`nsw`,
/// `inbounds`, ...) or that change how a call is made (`tail`).
public struct InstructionFlags: OptionSet, Hashable, Sendable {
    /// The flags as a bit set.
    public let rawValue: UInt16
    /// The flags whose bits are set in `rawValue`.
    /// - Parameter rawValue: A bit set of flags.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// `nsw`: the result is poison on signed overflow (`add`, `sub`, `mul`, `shl`, `trunc`).
    public static let nsw = InstructionFlags(rawValue: 1 << 0)
    /// `nuw`: the result is poison on unsigned overflow (`add`, `sub`, `mul`, `shl`, `trunc`).
    public static let nuw = InstructionFlags(rawValue: 1 << 1)
    /// `exact`: the result is poison if the division or shift drops nonzero bits.
    public static let exact = InstructionFlags(rawValue: 1 << 2)
    /// `inbounds` on `getelementptr`: the address stays inside the object.
    public static let inbounds = InstructionFlags(rawValue: 1 << 3)
    /// `disjoint` on `or`: the operands have no set bit in common.
    public static let disjoint = InstructionFlags(rawValue: 1 << 4)
    /// `nneg` on `zext` and `uitofp`: the operand is not negative.
    public static let nneg = InstructionFlags(rawValue: 1 << 5)
    /// `volatile` on `load` and `store`: the access must not be removed or merged.
    public static let volatile = InstructionFlags(rawValue: 1 << 6)
    /// `tail` on `call`: a hint that the call may be a tail call.
    public static let tail = InstructionFlags(rawValue: 1 << 7)
    /// `musttail` on `call`: the call must be a tail call.
    public static let mustTail = InstructionFlags(rawValue: 1 << 8)
    /// `notail` on `call`: the call must not be a tail call.
    public static let noTail = InstructionFlags(rawValue: 1 << 9)
    /// `samesign` on `icmp`: both operands have the same sign.
    public static let sameSign = InstructionFlags(rawValue: 1 << 10)
}
