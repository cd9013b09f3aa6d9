// The opcode table: every instruction of the IR once, with the properties passes ask about
// (STYLE §3: passes ask the table and keep no lists of their own).

/// An instruction opcode, spelled as in LLVM's text format.
public enum Opcode: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    // Integer arithmetic and logic: two operands of the result type.
    case add, sub, mul, sdiv, udiv, srem, urem, shl, lshr, ashr, and, or, xor
    // Floating point.
    case fadd, fsub, fmul, fdiv, frem, fneg
    // Comparisons: `predicate` selects the condition; result i1.
    case icmp, fcmp
    // Casts: one operand, result type given.
    case trunc, zext, sext, fptrunc, fpext, fptoui, fptosi, uitofp, sitofp, ptrtoint, inttoptr, bitcast
    // Other value-producing instructions.
    case select, phi, freeze, alloca, load, getelementptr, extractvalue, insertvalue, call
    // Vector element access (no elementwise arithmetic): `extractelement <N x T> %v, iK %i` → T;
    // `insertelement <N x T> %v, T %e, iK %i` → <N x T>; `shufflevector <N x T> %a, <N x T> %b,
    // <M x i32> mask` → <M x T>, where the mask is a constant and element k selects a[m] or b[m - N].
    case extractelement, insertelement, shufflevector
    // Memory without a result.
    case store
    // Terminators.
    case br, `switch`, ret, unreachable

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
    public init?(name: String) {
        guard let i = Opcode.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    /// The properties of this opcode.
    public var info: OpcodeInfo { OpcodeInfo.table[Int(rawValue)] }
}

/// What passes need to know about an opcode.
public struct OpcodeInfo: Sendable {
    /// The broad class of the instruction.
    public enum Category: Sendable, Equatable {
        case integerBinary, floatBinary, floatUnary, compare, cast, memory, terminator, other
    }

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
    static let table: [OpcodeInfo] = Opcode.allCases.map { op in
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
    case eq, ne, ugt, uge, ult, ule, sgt, sge, slt, sle
    public var description: String { ["eq", "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt", "sle"][Int(rawValue)] }
}

/// Floating-point comparison predicates (`fcmp`): ordered (`o`: neither operand is NaN), unordered
/// (`u`: either may be NaN), and the constant `false`/`true`.
public enum FloatPredicate: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case `false`, oeq, ogt, oge, olt, ole, one, ord, ueq, ugt, uge, ult, ule, une, uno, `true`
    public var description: String {
        ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno",
         "true"][Int(rawValue)]
    }
}
