// Entities of the IR: 32-bit handles into the arrays that hold the data (STYLE §2, §7). A
// `Value` is any operand: an instruction's result, a function argument, a constant, a global
// variable, a function or a basic block; its kind is in the top three bits.

/// An operand: instruction result, argument, constant, global, function or block.
public struct Value: Hashable, Sendable, CustomStringConvertible {
    /// Kind in bits 29-31, index in bits 0-28.
    public let raw: UInt32

    /// What a value refers to.
    public enum Kind: UInt32, Sendable {
        /// The result of the instruction `Inst(index)` of the enclosing function.
        case instruction = 0
        /// Parameter `index` of the enclosing function.
        case argument = 1
        /// Constant `index` of the module's constant pool.
        case constant = 2
        /// Global variable `index` of the module.
        case global = 3
        /// Function `index` of the module (its address).
        case function = 4
        /// Block `index` of the enclosing function (operand of br, switch, phi).
        case block = 5
    }

    @inlinable init(_ kind: Kind, _ index: Int) { raw = kind.rawValue << 29 | UInt32(index) }

    /// The kind of value.
    @inlinable public var kind: Kind { Kind(rawValue: raw >> 29)! }
    /// The index in the array for its kind.
    @inlinable public var index: Int { Int(raw & 0x1FFF_FFFF) }

    /// The value of instruction `inst`.
    /// - Parameter inst: An instruction of the function.
    /// - Returns: Its result.
    public static func instruction(_ inst: Inst) -> Value { Value(.instruction, inst.index) }
    /// Argument `i` of the enclosing function.
    /// - Parameter i: The parameter's index, from 0.
    /// - Returns: The parameter.
    public static func argument(_ i: Int) -> Value { Value(.argument, i) }
    /// Global variable `index` of the module as an operand: its address.
    /// - Parameter index: The global's index in ``Module/globals``.
    /// - Returns: The global's address.
    public static func global(_ index: Int) -> Value { Value(.global, index) }
    /// Block `block` as an operand.
    /// - Parameter block: A block of the function.
    /// - Returns: The block as an operand (for `br`, `switch` and `phi`).
    public static func block(_ block: Block) -> Value { Value(.block, block.index) }

    /// The kind and index, e.g. `instruction#3`, for debugging (the printer names values as the text format does).
    public var description: String { "\(kind)#\(index)" }
}

/// A basic block of a function.
public struct Block: Hashable, Sendable, CustomStringConvertible {
    /// Index into `Function.blocks`.
    public let index: Int
    /// Creates a handle for block `index`.
    /// - Parameter index: The index into ``Function/blocks``.
    public init(_ index: Int) { self.index = index }
    /// `bb` and the index, for debugging.
    public var description: String { "bb\(index)" }
}

/// An instruction of a function.
public struct Inst: Hashable, Sendable, CustomStringConvertible {
    /// Index into `Function.instructions`.
    public let index: Int
    /// Creates a handle for instruction `index`.
    /// - Parameter index: The index into ``Function/instructions``.
    public init(_ index: Int) { self.index = index }
    /// `inst` and the index, for debugging.
    public var description: String { "inst\(index)" }
}
