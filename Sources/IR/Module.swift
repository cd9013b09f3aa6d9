// The module: globals, functions, named struct types and the constant pool.
//
//   Module ── structs (name → body) ── globals [GlobalVariable] ── functions [Function]
//          └─ constants [Constant] (interned)
//   Function ── blocks [BlockData] (each: ordered [Inst]) ── instructions [InstructionData]
//
// Instructions live in one array per function and are referred to by `Inst` index; a block is
// an ordered list of those indices. Removing an instruction from a block leaves its slot unused.

/// How a global or function is linked. Only the distinction between visible and module-private
/// matters for execution; the rest is kept so that printing reproduces the input.
public enum Linkage: String, Sendable, CaseIterable {
    /// No keyword: visible outside the module (the default).
    case external = ""
    /// `private`: visible only in the module, and not in its symbol table.
    case `private` = "private"
    /// `internal`: visible only in the module (C `static`).
    case `internal` = "internal"
    /// `linkonce_odr`: merged with same-named definitions, which are all equivalent (C++ inline functions).
    case linkonceODR = "linkonce_odr"
    /// `weak_odr`: like `linkonce_odr`, but kept even when unused.
    case weakODR = "weak_odr"
    /// `linkonce`: merged with same-named definitions; dropped when unused.
    case linkonce = "linkonce"
    /// `weak`: merged with same-named definitions, kept when unused.
    case weak = "weak"
    /// `common`: a tentative definition (C `int x;` with `-fcommon`).
    case common = "common"
    /// `extern_weak`: an external declaration that may be missing (null).
    case externWeak = "extern_weak"
    /// `available_externally`: a copy of a definition that lives in another module.
    case availableExternally = "available_externally"
}

/// The ABI attributes of a parameter or result that change how a call is made.
public struct ParameterAttributes: Hashable, Sendable {
    /// `signext`: the callee/caller sign-extends a narrow integer to 32 bits.
    public var signExtend = false
    /// `zeroext`: zero-extends it.
    public var zeroExtend = false
    /// `byval(T)`: the pointer argument's pointee of type T is copied onto the stack.
    public var byValue: IRType?
    /// `sret(T)`: the pointer argument is where a struct result of type T is returned.
    public var structReturn: IRType?
    /// `noundef`, kept for printing only.
    public var noUndef = false
    /// `align N` of a `byval` argument.
    public var alignment: Int?

    /// No attributes.
    public init() {}

    /// True if no attribute is set.
    public var isEmpty: Bool { self == ParameterAttributes() }
}

/// A named struct's body, or nil fields for an opaque struct.
public struct StructBody: Hashable, Sendable {
    /// The fields, or nil for `opaque`.
    public var fields: [IRType]?
    /// `<{ ... }>`.
    public var isPacked: Bool

    /// Creates a body.
    /// - Parameters:
    ///   - fields: The field types, or nil for an opaque struct.
    ///   - packed: Whether the fields are laid out without padding (`<{ ... }>`).
    public init(fields: [IRType]?, packed: Bool = false) {
        self.fields = fields
        isPacked = packed
    }
}

/// A global variable: a named, statically allocated object of `valueType`.
public struct GlobalVariable: Sendable {
    /// The name, without `@`.
    public var name: String
    /// The type of the object (the global itself is a `ptr`).
    public var valueType: IRType
    /// The initializer (a constant), or nil for an external declaration.
    public var initializer: Value?
    /// `constant` rather than `global`: the object is never written.
    public var isConstant: Bool
    /// How the global is linked.
    public var linkage: Linkage
    /// `align N`.
    public var alignment: Int?
    /// `unnamed_addr` / `local_unnamed_addr`, kept for printing.
    public var unnamedAddress: String?
    /// `dso_local`, kept for printing.
    public var isDSOLocal = false

    /// Creates a global variable.
    /// - Parameters:
    ///   - name: The name, without `@`.
    ///   - valueType: The type of the object.
    ///   - initializer: A constant of `valueType`, or nil for an external declaration.
    ///   - isConstant: Whether the object is never written (`constant`).
    ///   - linkage: How the global is linked.
    ///   - alignment: `align N`, or nil for the type's alignment.
    public init(name: String, valueType: IRType, initializer: Value?, isConstant: Bool, linkage: Linkage = .external,
                alignment: Int? = nil) {
        self.name = name
        self.valueType = valueType
        self.initializer = initializer
        self.isConstant = isConstant
        self.linkage = linkage
        self.alignment = alignment
    }
}

/// One instruction's data. Stored by value in `Function.instructions`.
///
/// Passes copy instructions all the time, so the layout is kept small (80 bytes): the small
/// fields first, the position and alignment packed into integers, and the fields few
/// instructions have (indices, call attributes, a name) in one shared box.
public struct InstructionData: Sendable {
    /// The operation.
    public var opcode: Opcode
    /// `IntPredicate` or `FloatPredicate` raw value, for comparisons.
    public var predicate: UInt8 = 0
    /// Flags such as `nsw`, `exact` or `inbounds`.
    public var flags: InstructionFlags = []
    /// `align N` (0 when absent).
    private var alignmentBits: UInt32 = 0
    /// Operands in LLVM order; for `phi`: value, block, value, block...; for `switch`: condition,
    /// default block, then value, block pairs; for `call`: the callee, then the arguments.
    /// (Up to four are held inline: see ``Operands``.)
    public var operands: Operands
    /// The result type (`void` for none).
    public var type: IRType
    /// `alloca`: the allocated type; `getelementptr`: the source element type; `call`: the
    /// callee's function type as `IRType.function`; `load`: nil (the result type is loaded).
    public var auxiliaryType: IRType?
    /// The fields few instructions have, in one shared box (nil when all are empty): copying an
    /// instruction, which every pass does, then retains one reference for them, or none.
    private var extras: InstructionExtras?
    /// Line in the high 32 bits, column in the low 32 (0 when unknown).
    private var positionBits: UInt64 = 0

    /// `extractvalue`/`insertvalue` indices.
    public var indices: [Int] {
        get { extras?.indices ?? [] }
        set { extras = InstructionExtras.make(newValue, argumentAttributes, resultAttributes, name) }
    }
    /// `align N` of alloca, load and store.
    public var alignment: Int? {
        get { alignmentBits == 0 ? nil : Int(alignmentBits) }
        set { alignmentBits = newValue.map { UInt32(clamping: $0) } ?? 0 }
    }
    /// `call`: the ABI attributes of each argument and of the result.
    public var argumentAttributes: [ParameterAttributes] {
        get { extras?.argumentAttributes ?? [] }
        set { extras = InstructionExtras.make(indices, newValue, resultAttributes, name) }
    }
    /// The ABI attributes of the result.
    public var resultAttributes: ParameterAttributes {
        get { extras?.resultAttributes ?? ParameterAttributes() }
        set { extras = InstructionExtras.make(indices, argumentAttributes, newValue, name) }
    }
    /// Sets ``argumentAttributes`` and ``resultAttributes`` at once (one box for both).
    mutating func setCallAttributes(arguments: [ParameterAttributes], result: ParameterAttributes) {
        extras = InstructionExtras.make(indices, arguments, result, name)
    }

    /// The result's name without `%`, or nil to number it when printing.
    public var name: String? {
        get { extras?.name }
        set { extras = InstructionExtras.make(indices, argumentAttributes, resultAttributes, newValue) }
    }
    /// Where the instruction was in the source text, when it was parsed.
    public var position: SourcePosition? {
        get { positionBits == 0 ? nil : SourcePosition(line: Int(positionBits >> 32), column: Int(positionBits & 0xFFFF_FFFF)) }
        set {
            guard let p = newValue, p.line > 0, p.column > 0 else { positionBits = 0; return }
            positionBits = UInt64(UInt32(clamping: p.line)) << 32 | UInt64(UInt32(clamping: p.column))
        }
    }

    /// Creates an instruction.
    /// - Parameters:
    ///   - opcode: The operation.
    ///   - type: The result type (`void` for none).
    ///   - operands: The operands, in LLVM order (see ``operands``).
    public init(_ opcode: Opcode, type: IRType, operands: Operands) {
        self.opcode = opcode
        self.type = type
        self.operands = operands
    }

    /// For a `phi`, the value it takes when control comes from block `predecessor`.
    /// - Parameter predecessor: The index of a predecessor block.
    /// - Returns: The incoming value, or nil if the phi lists no such predecessor.
    public func incomingValue(from predecessor: Int) -> Value? {
        Self.incomingValue(in: operands, from: predecessor)
    }

    /// ``incomingValue(from:)`` of a phi with operands `operands` (which a caller can read
    /// without copying the whole instruction).
    @inlinable public static func incomingValue(in operands: Operands, from predecessor: Int) -> Value? {
        var k = 0
        while k + 1 < operands.count {
            if operands[k + 1].kind == .block && operands[k + 1].index == predecessor { return operands[k] }
            k += 2
        }
        return nil
    }
}

/// The rarely set fields of an instruction (``InstructionData/indices``,
/// ``InstructionData/argumentAttributes``, ``InstructionData/resultAttributes``,
/// ``InstructionData/name``), immutable: a change makes a new box.
final class InstructionExtras: Sendable {
    let indices: [Int]
    let argumentAttributes: [ParameterAttributes]
    let resultAttributes: ParameterAttributes
    let name: String?

    private init(_ indices: [Int], _ argumentAttributes: [ParameterAttributes], _ resultAttributes: ParameterAttributes,
                 _ name: String?) {
        self.indices = indices
        self.argumentAttributes = argumentAttributes
        self.resultAttributes = resultAttributes
        self.name = name
    }

    /// A box of these fields, or nil if they are all empty.
    static func make(_ indices: [Int], _ argumentAttributes: [ParameterAttributes],
                     _ resultAttributes: ParameterAttributes, _ name: String?) -> InstructionExtras? {
        indices.isEmpty && argumentAttributes.isEmpty && resultAttributes.isEmpty && name == nil
            ? nil : InstructionExtras(indices, argumentAttributes, resultAttributes, name)
    }
}

/// A basic block: a name and its instructions, the last of which is the terminator.
public struct BlockData: Sendable {
    /// The label without `%`, or nil to number it.
    public var name: String?
    /// The instructions, in order.
    public var instructions: [Inst] = []

    /// Creates an empty block.
    /// - Parameter name: The label without `%`, or nil to number it.
    public init(name: String? = nil) { self.name = name }
}

/// A function: a declaration (no blocks) or a definition.
public struct Function: Sendable {
    /// The name, without `@`.
    public var name: String
    /// The signature: return type, parameter types and whether it is variadic.
    public var type: FunctionType
    /// How the function is linked.
    public var linkage: Linkage = .external
    /// The parameters' names without `%`, nil to number them.
    public var parameterNames: [String?]
    /// The ABI attributes of each parameter, in order.
    public var parameterAttributes: [ParameterAttributes]
    /// The ABI attributes of the result.
    public var resultAttributes = ParameterAttributes()
    /// The blocks; the first is the entry. Empty for a declaration.
    public var blocks: [BlockData] = []
    /// All instructions, indexed by `Inst`.
    public var instructions: [InstructionData] = []
    /// `dso_local`, kept for printing.
    public var isDSOLocal = false
    /// Where the definition was in the source text, when it was parsed.
    public var position: SourcePosition?

    /// Creates a function with no body.
    /// - Parameters:
    ///   - name: The name, without `@`.
    ///   - type: The signature.
    public init(name: String, type: FunctionType) {
        self.name = name
        self.type = type
        parameterNames = Array(filling: nil, count: type.parameters.count)
        // (`repeating:`, not `filling:`, for this element type: see ArrayFilling.swift.)
        parameterAttributes = Array(repeating: ParameterAttributes(), count: type.parameters.count)
    }

    /// True for a declaration (no body).
    @inlinable public var isDeclaration: Bool { blocks.isEmpty }

    /// The data of `inst`.
    /// - Parameter inst: An instruction of this function.
    @inlinable public subscript(inst: Inst) -> InstructionData {
        get { instructions[inst.index] }
        set { instructions[inst.index] = newValue }
    }

    /// The data of `block`.
    /// - Parameter block: A block of this function.
    public subscript(block: Block) -> BlockData {
        get { blocks[block.index] }
        set { blocks[block.index] = newValue }
    }
}

/// A module: the unit the parser reads, the verifier checks and the engine compiles.
public struct Module: Sendable {
    /// `source_filename = "..."`.
    public var sourceFilename: String?
    /// `target datalayout = "..."`.
    public var dataLayout: String?
    /// `target triple = "..."`.
    public var targetTriple: String?
    /// Named struct types in definition order, and their bodies.
    public private(set) var structNames: [String] = []
    /// The named struct types, by name without `%`.
    public private(set) var structs: [String: StructBody] = [:]
    /// The global variables, in definition order.
    @inlinable public var globals: [GlobalVariable] {
        get { storedGlobals }
        _modify {
            verified = false
            yield &storedGlobals
        }
    }
    /// The functions, declarations and definitions, in definition order.
    @inlinable public var functions: [Function] {
        get { storedFunctions }
        // In place (a `didSet` observer made every edit of one function copy the whole array,
        // each function retaining its arrays); any edit makes the module unverified.
        _modify {
            verified = false
            yield &storedFunctions
        }
    }
    @usableFromInline var storedGlobals: [GlobalVariable] = []
    @usableFromInline var storedFunctions: [Function] = []
    /// The constant pool; `Value(.constant, i)` is `constants[i]`.
    public private(set) var constants: [Constant] = []
    /// True when the module has passed verification (``verifyAndRemember()``) and not changed
    /// since: any change to its functions, globals or struct types makes it false again. Adding a
    /// constant to the pool does not (an unused constant cannot make a module ill-formed). The
    /// optimizer's passes, which take well-formed modules to well-formed modules, keep it.
    public package(set) var isVerified: Bool {
        get { verified }
        set { verified = newValue }
    }
    @usableFromInline var verified = false
    /// The pool's integer, float and null constants by their bits (most constants are these).
    private var scalarConstants = ScalarConstantTable()
    /// The pool's other constants (aggregates, strings, constant expressions, undef, ...).
    private var otherConstants = ConstantTable()
    private var globalIndex: [String: Int] = [:]
    private var functionIndex: [String: Int] = [:]

    /// An empty module.
    public init() {}

    // MARK: - Types

    /// Defines (or redefines the body of) the named struct `%name`.
    /// - Parameters:
    ///   - name: The name, without `%`.
    ///   - body: The fields, or an opaque body.
    public mutating func defineStruct(_ name: String, _ body: StructBody) {
        isVerified = false
        if structs[name] == nil { structNames.append(name) }
        structs[name] = body
    }

    /// The fields of a struct type, looking through names; nil for non-structs and opaque structs.
    /// - Parameter type: Any type.
    /// - Returns: The fields and whether they are packed.
    public func structFields(_ type: IRType) -> (fields: [IRType], packed: Bool)? {
        switch type {
        case .structure(let fields, let packed): (fields, packed)
        case .named(let name): structs[name].flatMap { b in b.fields.map { ($0, b.isPacked) } }
        default: nil
        }
    }

    // MARK: - Constants

    /// The value of `constant`, interning it.
    /// - Parameter constant: The constant.
    /// - Returns: Its value; equal constants give the same value.
    public mutating func constant(_ constant: Constant) -> Value {
        if let key = ScalarConstantTable.key(constant) {
            if let i = scalarConstants.index(of: key) { return Value(.constant, i) }
            constants.append(constant)
            scalarConstants.insert(key, constants.count - 1)
            return Value(.constant, constants.count - 1)
        }
        let hash = ConstantTable.hash(constant)
        if let i = otherConstants.index(of: constant, hash: hash, in: constants) { return Value(.constant, i) }
        constants.append(constant)
        otherConstants.insert(hash: hash, constants.count - 1)
        return Value(.constant, constants.count - 1)
    }

    /// Drops the constants from index `count` on (added by work that was then abandoned; nothing
    /// may use them).
    mutating func removeConstants(from count: Int) {
        guard count < constants.count else { return }
        constants.removeLast(constants.count - count)
        scalarConstants = ScalarConstantTable()
        otherConstants = ConstantTable()
        for (i, c) in constants.enumerated() {
            if let key = ScalarConstantTable.key(c) {
                scalarConstants.insert(key, i)
            } else {
                otherConstants.insert(hash: ConstantTable.hash(c), i)
            }
        }
    }

    /// The integer constant `value` of type `type` (truncated to its width).
    /// - Parameters:
    ///   - type: An integer type.
    ///   - value: The value.
    /// - Returns: The constant.
    public mutating func int(_ type: IRType, _ value: Int64) -> Value {
        let width = type.integerWidth ?? 64
        let mask: UInt64 = width >= 64 ? .max : (1 << UInt64(width)) - 1
        return constant(.int(type, bits: UInt64(bitPattern: value) & mask))
    }

    /// The `double` constant `value`.
    /// - Parameter value: The value.
    /// - Returns: The constant.
    public mutating func double(_ value: Double) -> Value { constant(.float(.double, bits: value.bitPattern)) }

    /// The `float` constant `value`.
    /// - Parameter value: The value.
    /// - Returns: The constant.
    public mutating func float(_ value: Float) -> Value { constant(.float(.float, bits: UInt64(value.bitPattern))) }

    // MARK: - Globals and functions

    /// Adds a global variable and returns its address as a value.
    /// - Parameter global: The global variable.
    /// - Returns: Its address, a `ptr`.
    /// - Throws: ``IRError`` if a global or function of that name exists.
    @discardableResult
    public mutating func addGlobal(_ global: GlobalVariable) throws(IRError) -> Value {
        guard globalIndex[global.name] == nil, functionIndex[global.name] == nil else {
            throw IRError("redefinition of '@\(global.name)'")
        }
        globals.append(global)
        globalIndex[global.name] = globals.count - 1
        return Value(.global, globals.count - 1)
    }

    /// Adds a function (declaration or definition) and returns its address as a value.
    /// - Parameter function: The function.
    /// - Returns: Its address, a `ptr`.
    /// - Throws: ``IRError`` if a global or function of that name exists.
    @discardableResult
    public mutating func addFunction(_ function: Function) throws(IRError) -> Value {
        guard globalIndex[function.name] == nil, functionIndex[function.name] == nil else {
            throw IRError("redefinition of '@\(function.name)'")
        }
        functions.append(function)
        functionIndex[function.name] = functions.count - 1
        return Value(.function, functions.count - 1)
    }

    /// The global variable or function named `name`, as a value.
    /// - Parameter name: The name, without `@`.
    /// - Returns: The value, or nil if there is no such global or function.
    public func symbol(named name: String) -> Value? {
        if let i = globalIndex[name] { return Value(.global, i) }
        if let i = functionIndex[name] { return Value(.function, i) }
        return nil
    }

    /// The index of the function named `name`.
    /// - Parameter name: The name, without `@`.
    /// - Returns: The index in ``functions``, or nil.
    public func functionIndex(named name: String) -> Int? { functionIndex[name] }

    /// The type of a module-level value (constant, global, function); nil for function-local values.
    /// - Parameter value: A value.
    /// - Returns: Its type (`ptr` for globals and functions), or nil.
    @inlinable public func type(of value: Value) -> IRType? {
        switch value.kind {
        case .constant: constants[value.index].type
        case .global, .function: .ptr
        default: nil
        }
    }

    /// The type of `value` inside `function`.
    /// - Parameters:
    ///   - value: A value used in `function`.
    ///   - function: The function.
    /// - Returns: Its type (`label` for a block).
    @inlinable public func type(of value: Value, in function: Function) -> IRType {
        switch value.kind {
        case .instruction: function.instructions[value.index].type
        case .argument: function.type.parameters[value.index]
        case .block: .label
        default: type(of: value) ?? .void
        }
    }
}

/// A line and column in the text a module was parsed from (1-based).
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1.
    public var column: Int
    /// Creates a position.
    /// - Parameters:
    ///   - line: The line, from 1.
    ///   - column: The column, from 1.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// An error in building or checking IR that is not tied to source text.
public struct IRError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// Creates an error.
    /// - Parameter message: What is wrong.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// An open-addressing hash table from scalar constants (`iN`, `float`, `double`, `null`) to their
/// index in a module's pool: interning the constants the parser and the passes make hashes two
/// integers instead of a `Constant` with SipHash.
struct ScalarConstantTable: Sendable {
    /// A scalar constant: its kind and width in `tag` (1...64 for `iN`, 65 `float`, 66 `double`,
    /// 67 `null`; 0 marks an empty slot), and its bits.
    struct Key: Equatable {
        var tag: UInt32
        var bits: UInt64
    }

    private var keys: [Key] = []
    private var indices: [Int32] = []
    private var count = 0

    /// The key of `constant` if it is a scalar.
    static func key(_ constant: Constant) -> Key? {
        switch constant {
        case .int(.int(let w), let bits) where w >= 1 && w <= 64: Key(tag: UInt32(w), bits: bits)
        case .float(.float, let bits): Key(tag: 65, bits: bits)
        case .float(.double, let bits): Key(tag: 66, bits: bits)
        case .null: Key(tag: 67, bits: 0)
        default: nil
        }
    }

    @inline(__always) private static func slot(_ key: Key, _ mask: Int) -> Int {
        var h = (key.bits ^ UInt64(key.tag) << 56) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The pool index of `key`, if it is there.
    func index(of key: Key) -> Int? {
        guard !keys.isEmpty else { return nil }
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return Int(indices[i]) }
            if k.tag == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Records that `key` is at pool index `index` (it must not be there yet).
    mutating func insert(_ key: Key, _ index: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while keys[i].tag != 0 { i = (i + 1) & mask }
        keys[i] = key
        indices[i] = Int32(truncatingIfNeeded: index)
        count += 1
    }

    private mutating func grow() {
        // (The old arrays as they are, not a filtered array of pairs: see ArrayFilling.swift.)
        let oldKeys = keys, oldIndices = indices
        let size = max(64, keys.count * 2)
        keys = Array(filling: Key(tag: 0, bits: 0), count: size)
        indices = Array(filling: 0, count: size)
        count = 0
        for j in oldKeys.indices where oldKeys[j].tag != 0 { insert(oldKeys[j], Int(oldIndices[j])) }
    }
}

/// An open-addressing hash table from the pool's non-scalar constants to their index: hashed
/// with a cheap mix of their structure (a constant expression's opcode, types and operand
/// handles, say) rather than SipHash over the whole enum, and compared with `==` only when the
/// stored hashes match.
struct ConstantTable: Sendable {
    private var hashes: [UInt64] = []
    private var indices: [Int32] = []
    private var count = 0

    @inline(__always) static func mix(_ h: UInt64, _ x: UInt64) -> UInt64 {
        (h ^ x) &* 0x9E37_79B9_7F4A_7C15 ^ ((h ^ x) >> 29)
    }

    /// A hash of `t`'s structure.
    static func hash(_ t: IRType) -> UInt64 {
        switch t {
        case .void: 1
        case .int(let n): mix(2, UInt64(n))
        case .float: 3
        case .double: 4
        case .ptr: 5
        case .array(let n, let e): mix(mix(6, UInt64(n)), hash(e))
        case .vector(let n, let e): mix(mix(7, UInt64(n)), hash(e))
        case .structure(let fields, let packed):
            fields.reduce(mix(packed ? 8 : 9, UInt64(fields.count))) { mix($0, hash($1)) }
        case .named(let name): name.utf8.reduce(10) { mix($0, UInt64($1)) }
        case .function(let f): f.parameters.reduce(mix(11, hash(f.result))) { mix($0, hash($1)) }
        case .label: 12
        case .metadata: 13
        }
    }

    /// A hash of `c`'s structure (never 0: 0 marks an empty slot).
    static func hash(_ c: Constant) -> UInt64 {
        var h: UInt64
        switch c {
        case .int(let t, let bits): h = mix(mix(20, hash(t)), bits)
        case .float(let t, let bits): h = mix(mix(21, hash(t)), bits)
        case .null: h = 22
        case .undef(let t): h = mix(23, hash(t))
        case .poison(let t): h = mix(24, hash(t))
        case .zero(let t): h = mix(25, hash(t))
        case .aggregate(let t, let elements): h = elements.reduce(mix(26, hash(t))) { mix($0, UInt64($1.raw)) }
        case .bytes(let bytes):
            h = mix(27, UInt64(bytes.count))
            for b in bytes { h = mix(h, UInt64(b)) }
        case .expression(let e):
            h = mix(mix(mix(28, UInt64(e.opcode.rawValue)), hash(e.type)), UInt64(e.flags.rawValue))
            if let s = e.sourceElementType { h = mix(h, hash(s)) }
            for v in e.operands { h = mix(h, UInt64(v.raw)) }
        }
        return h | 1
    }

    /// The pool index of `c` (whose hash is `hash`), if it is in `constants`.
    func index(of c: Constant, hash: UInt64, in constants: [Constant]) -> Int? {
        guard !hashes.isEmpty else { return nil }
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while hashes[i] != 0 {
            if hashes[i] == hash, constants[Int(indices[i])] == c { return Int(indices[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Records that the constant with hash `hash` is at pool index `index`.
    mutating func insert(hash: UInt64, _ index: Int) {
        if (count + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = hash
        indices[i] = Int32(truncatingIfNeeded: index)
        count += 1
    }

    private mutating func grow() {
        // (The old arrays as they are, not a filtered array of pairs: see ArrayFilling.swift.)
        let oldHashes = hashes, oldIndices = indices
        let size = max(64, hashes.count * 2)
        hashes = Array(filling: 0, count: size)
        indices = Array(filling: 0, count: size)
        count = 0
        for j in oldHashes.indices where oldHashes[j] != 0 { insert(hash: oldHashes[j], Int(oldIndices[j])) }
    }
}
