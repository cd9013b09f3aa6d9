// The opcode table: every instruction of the IR once, with the properties passes ask about
// (STYLE §3: passes ask the table and keep no lists of their own).

/// An instruction opcode, spelled as in LLVM's text format.
public enum Opcode: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    // Integer arithmetic and logic: two operands of the result type.
    /// Integer addition.
    case add
    /// Integer subtraction.
    case sub
    /// Integer multiplication.
    case mul
    /// Signed integer division.
    case sdiv
    /// Unsigned integer division.
    case udiv
    /// Signed integer remainder.
    case srem
    /// Unsigned integer remainder.
    case urem
    /// Shift left.
    case shl
    /// Logical shift right.
    case lshr
    /// Arithmetic shift right.
    case ashr
    /// Bitwise and.
    case and
    /// Bitwise or.
    case or
    /// Bitwise exclusive or.
    case xor
    // Floating point.
    /// Floating-point addition.
    case fadd
    /// Floating-point subtraction.
    case fsub
    /// Floating-point multiplication.
    case fmul
    /// Floating-point division.
    case fdiv
    /// Floating-point remainder (C `fmod`).
    case frem
    /// Floating-point negation (one operand).
    case fneg
    // Comparisons: `predicate` selects the condition; result i1.
    /// Integer or pointer comparison, by an ``IntPredicate``.
    case icmp
    /// Floating-point comparison, by a ``FloatPredicate``.
    case fcmp
    // Casts: one operand, result type given.
    /// Truncates an integer to a narrower one.
    case trunc
    /// Zero-extends an integer.
    case zext
    /// Sign-extends an integer.
    case sext
    /// Rounds a `double` to a `float`.
    case fptrunc
    /// Extends a `float` to a `double`.
    case fpext
    /// Converts a floating-point value to an unsigned integer.
    case fptoui
    /// Converts a floating-point value to a signed integer.
    case fptosi
    /// Converts an unsigned integer to floating point.
    case uitofp
    /// Converts a signed integer to floating point.
    case sitofp
    /// Converts a pointer to an integer.
    case ptrtoint
    /// Converts an integer to a pointer.
    case inttoptr
    /// Reinterprets the bits as another type of the same size.
    case bitcast
    // Other value-producing instructions.
    /// Chooses one of two values by an `i1` condition.
    case select
    /// Merges values from the predecessor blocks.
    case phi
    /// Turns `undef` and `poison` into an arbitrary fixed value.
    case freeze
    /// Allocates a stack slot in the function's frame.
    case alloca
    /// Reads memory.
    case load
    /// Computes an address from a base pointer and indices.
    case getelementptr
    /// Reads a field of an aggregate value.
    case extractvalue
    /// Replaces a field of an aggregate value.
    case insertvalue
    /// Calls a function.
    case call
    // Vector element access (no elementwise arithmetic): `extractelement <N x T> %v, iK %i` → T;
    // `insertelement <N x T> %v, T %e, iK %i` → <N x T>; `shufflevector <N x T> %a, <N x T> %b,
    // <M x i32> mask` → <M x T>, where the mask is a constant and element k selects a[m] or b[m - N].
    /// Reads one element of a vector.
    case extractelement
    /// Replaces one element of a vector.
    case insertelement
    /// Builds a vector from elements of two vectors, by a constant mask.
    case shufflevector
    // Memory without a result.
    /// Writes memory.
    case store
    // Terminators.
    /// Branches, unconditionally or on an `i1`.
    case br
    /// Branches on an integer value to one of several blocks.
    case `switch`
    /// Returns from the function.
    case ret
    /// Marks a point that execution never reaches.
    case unreachable

    /// The spelling in the text format.
    public var description: String { Opcode.names[Int(rawValue)] }

    /// Spellings, in case order.
    static let names = [
        "add", "sub", "mul", "sdiv", "udiv", "srem", "urem", "shl", "lshr", "ashr", "and", "or", "xor",
        "fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "icmp", "fcmp",
        "trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp", "sitofp", "ptrtoint", "inttoptr",
        "bitcast", "select", "phi", "freeze", "alloca", "load", "getelementptr", "extractvalue", "insertvalue", "call",
        "extractelement", "insertelement", "shufflevector", "store", "br", "switch", "ret", "unreachable",
    ]

    /// The opcode spelled `name`, if any.
    /// - Parameter name: The spelling in the text format, such as `getelementptr`.
    public init?(name: String) {
        guard let i = Opcode.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    /// The properties of this opcode.
    @inlinable public var info: OpcodeInfo { OpcodeInfo.table[Int(rawValue)] }
}

/// What passes need to know about an opcode.
public struct OpcodeInfo: Sendable {
    /// The broad class of the instruction.
    public enum Category: Sendable, Equatable {
        /// `add` ... `xor`.
        case integerBinary
        /// `fadd` ... `frem`.
        case floatBinary
        /// `fneg`.
        case floatUnary
        /// `icmp` and `fcmp`.
        case compare
        /// `trunc` ... `bitcast`.
        case cast
        /// `alloca`, `load` and `store`.
        case memory
        /// `br`, `switch`, `ret` and `unreachable`.
        case terminator
        /// Everything else (`call`, `phi`, `select`, `getelementptr`, ...).
        case other
    }

    /// The broad class of the instruction.
    public var category: Category
    /// Ends a block.
    public var isTerminator: Bool
    /// `a op b == b op a`.
    public var isCommutative: Bool
    /// Reads or writes memory, calls, or may trap: must not be removed or reordered freely.
    public var hasSideEffects: Bool
    /// May trap on some operands (division by zero, overflow of sdiv).
    public var mayTrap: Bool
    /// Accepts the `nsw`/`nuw` flags.
    public var allowsWrapFlags: Bool
    /// Accepts the `exact` flag.
    public var allowsExact: Bool

    /// One row per opcode, in `Opcode` order.
    @usableFromInline static let table: [OpcodeInfo] = Opcode.allCases.map { op in
        switch op {
        case .add, .mul:
            OpcodeInfo(category: .integerBinary, isTerminator: false, isCommutative: true, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: true, allowsExact: false)
        case .sub, .shl:
            OpcodeInfo(category: .integerBinary, isTerminator: false, isCommutative: false, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: true, allowsExact: false)
        case .and, .or, .xor:
            OpcodeInfo(category: .integerBinary, isTerminator: false, isCommutative: true, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: false, allowsExact: false)
        case .sdiv, .udiv, .lshr, .ashr:
            OpcodeInfo(category: .integerBinary, isTerminator: false, isCommutative: false, hasSideEffects: false,
                       mayTrap: op == .sdiv || op == .udiv, allowsWrapFlags: false, allowsExact: true)
        case .srem, .urem:
            OpcodeInfo(category: .integerBinary, isTerminator: false, isCommutative: false, hasSideEffects: false,
                       mayTrap: true, allowsWrapFlags: false, allowsExact: false)
        case .fadd, .fmul:
            OpcodeInfo(category: .floatBinary, isTerminator: false, isCommutative: true, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: false, allowsExact: false)
        case .fsub, .fdiv, .frem:
            OpcodeInfo(category: .floatBinary, isTerminator: false, isCommutative: false, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: false, allowsExact: false)
        case .fneg:
            OpcodeInfo(category: .floatUnary, isTerminator: false, isCommutative: false, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: false, allowsExact: false)
        case .icmp, .fcmp:
            OpcodeInfo(category: .compare, isTerminator: false, isCommutative: false, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: false, allowsExact: false)
        case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr,
             .bitcast:
            OpcodeInfo(category: .cast, isTerminator: false, isCommutative: false, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: op == .trunc, allowsExact: false)
        case .alloca, .load, .store:
            OpcodeInfo(category: .memory, isTerminator: false, isCommutative: false, hasSideEffects: op != .alloca,
                       mayTrap: op != .alloca, allowsWrapFlags: false, allowsExact: false)
        case .call:
            OpcodeInfo(category: .other, isTerminator: false, isCommutative: false, hasSideEffects: true,
                       mayTrap: true, allowsWrapFlags: false, allowsExact: false)
        case .br, .switch, .ret, .unreachable:
            OpcodeInfo(category: .terminator, isTerminator: true, isCommutative: false, hasSideEffects: true,
                       mayTrap: op == .unreachable, allowsWrapFlags: false, allowsExact: false)
        case .select, .phi, .freeze, .getelementptr, .extractvalue, .insertvalue, .extractelement, .insertelement,
             .shufflevector:
            OpcodeInfo(category: .other, isTerminator: false, isCommutative: false, hasSideEffects: false,
                       mayTrap: false, allowsWrapFlags: false, allowsExact: false)
        }
    }
}

/// Integer comparison predicates (`icmp`).
public enum IntPredicate: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Equal.
    case eq
    /// Not equal.
    case ne
    /// Unsigned greater than.
    case ugt
    /// Unsigned greater or equal.
    case uge
    /// Unsigned less than.
    case ult
    /// Unsigned less or equal.
    case ule
    /// Signed greater than.
    case sgt
    /// Signed greater or equal.
    case sge
    /// Signed less than.
    case slt
    /// Signed less or equal.
    case sle
    /// The spelling in the text format (`eq`, `slt`, ...).
    public var description: String { ["eq", "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt", "sle"][Int(rawValue)] }
}

/// Floating-point comparison predicates (`fcmp`): ordered (`o`: neither operand is NaN), unordered
/// (`u`: either may be NaN), and the constant `false`/`true`.
public enum FloatPredicate: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Always false.
    case `false`
    /// Ordered and equal.
    case oeq
    /// Ordered and greater than.
    case ogt
    /// Ordered and greater or equal.
    case oge
    /// Ordered and less than.
    case olt
    /// Ordered and less or equal.
    case ole
    /// Ordered and not equal.
    case one
    /// Ordered: neither operand is NaN.
    case ord
    /// Unordered or equal.
    case ueq
    /// Unordered or greater than.
    case ugt
    /// Unordered or greater or equal.
    case uge
    /// Unordered or less than.
    case ult
    /// Unordered or less or equal.
    case ule
    /// Unordered or not equal.
    case une
    /// Unordered: either operand is NaN.
    case uno
    /// Always true.
    case `true`
    /// The spelling in the text format (`oeq`, `une`, ...).
    public var description: String {
        ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno",
         "true"][Int(rawValue)]
    }
}
