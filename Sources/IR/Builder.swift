// The builder: creating IR from Swift, in the manner of LLVM's IRBuilder. A builder owns the
// function being defined and, while it works, the module (for constants and callee types); each
// method appends one instruction at the insertion block and checks operand types, so misuse is
// reported where it happens instead of by the verifier later.
//
//   var module = Module()
//   let printf = try module.declare("printf", FunctionType(.i32, [.ptr], variadic: true))
//   try module.define("main", FunctionType(.i32, [])) { b throws(IRError) in
//       let x = try b.add(b.int(.i32, 40), b.int(.i32, 2))
//       try b.ret(x)
//   }

extension Module {
    /// Declares an external function (`declare`).
    /// - Parameters:
    ///   - name: The function's name, without `@`.
    ///   - type: Its signature.
    /// - Returns: The function as a value (its address), for ``IRBuilder/call(_:type:_:argumentAttributes:)``.
    /// - Throws: ``IRError`` if the name is taken.
    @discardableResult
    public mutating func declare(_ name: String, _ type: FunctionType) throws(IRError) -> Value {
        try addFunction(Function(name: name, type: type))
    }

    /// Defines a function: `body` receives a builder positioned at the entry block.
    ///
    /// This form takes a body annotated `throws(IRError)`, and throws only ``IRError``, so it can
    /// be called from typed-throws code; a body written as a plain closure (`{ b in ... }`)
    /// selects the other `define` overload, which throws any error.
    /// - Returns: The function as a value (its address).
    /// - Parameters:
    ///   - name: The function's name, without `@`.
    ///   - type: Its signature.
    ///   - linkage: How it is linked.
    ///   - body: Builds the body, starting in the entry block; every block it makes must end with a terminator.
    /// - Throws: ``IRError`` if the name is taken, or whatever `body` throws (the function then
    ///   stays in the module as a declaration).
    @discardableResult
    public mutating func define(_ name: String, _ type: FunctionType, linkage: Linkage = .external,
                                _ body: (inout IRBuilder) throws(IRError) -> Void) throws(IRError) -> Value
    {
        var function = Function(name: name, type: type)
        function.linkage = linkage
        let value = try addFunction(function)
        try build(value, body)
        return value
    }

    /// Defines a function: `body` receives a builder positioned at the entry block. This form
    /// takes any throwing closure, so `module.define("f", type) { b in ... }` needs no type
    /// annotations.
    /// - Returns: The function as a value (its address).
    /// - Parameters:
    ///   - name: The function's name, without `@`.
    ///   - type: Its signature.
    ///   - linkage: How it is linked.
    ///   - body: Builds the body, starting in the entry block; every block it makes must end with a terminator.
    /// - Throws: ``IRError`` if the name is taken, or whatever `body` throws (the function then
    ///   stays in the module as a declaration).
    @discardableResult
    public mutating func define(_ name: String, _ type: FunctionType, linkage: Linkage = .external,
                                _ body: (inout IRBuilder) throws -> Void) throws -> Value
    {
        var function = Function(name: name, type: type)
        function.linkage = linkage
        let value = try addFunction(function)
        try build(value, body)
        return value
    }

    /// Runs `body` on a builder for the function `value`; if it throws, the function is left
    /// declared, with no half-built body.
    private mutating func build<Failure: Error>(_ value: Value, _ body: (inout IRBuilder) throws(Failure) -> Void)
        throws(Failure)
    {
        // Move the module into the builder (and back) so building does not copy its arrays.
        var builder = IRBuilder(module: self, functionIndex: value.index)
        self = Module()
        do {
            try body(&builder)
        } catch {
            builder.function.blocks = []
            builder.function.instructions = []
            self = builder.finish()
            throw error
        }
        self = builder.finish()
    }

    /// Adds a private constant global holding `string` and a terminating zero; returns its address.
    /// - Parameters:
    ///   - string: The text; its UTF-8 bytes are stored.
    ///   - name: The global's name without `@`, or nil for `.str`, `.str.1`, ... as clang names them.
    /// - Returns: The global's address, a `ptr`.
    /// - Throws: ``IRError`` if the name is taken.
    public mutating func addString(_ string: String, name: String? = nil) throws(IRError) -> Value {
        let bytes = Array(string.utf8) + [0]
        let initializer = constant(.bytes(bytes))
        let globalName = name ?? ".str\(globals.count == 0 ? "" : ".\(globals.count)")"
        var g = GlobalVariable(name: globalName, valueType: .array(count: bytes.count, element: .i8),
                               initializer: initializer, isConstant: true, linkage: .private, alignment: 1)
        g.unnamedAddress = "unnamed_addr"
        return try addGlobal(g)
    }
}

/// Builds the body of one function; see ``Module/define(_:_:linkage:_:)-(_,_,_,(IRBuilder)->Void)``.
public struct IRBuilder {
    /// The module, including the function being built (read it; add globals through it).
    public var module: Module
    let functionIndex: Int
    var function: Function
    /// The block new instructions are appended to.
    public var insertionBlock: Block

    init(module: Module, functionIndex: Int) {
        self.module = module
        self.functionIndex = functionIndex
        function = module.functions[functionIndex]
        function.blocks = [BlockData()]
        insertionBlock = Block(0)
    }

    mutating func finish() -> Module {
        module.functions[functionIndex] = function
        return module
    }

    // MARK: - Blocks, arguments, constants

    /// The entry block.
    public var entryBlock: Block { Block(0) }

    /// A new empty block (not yet the insertion point).
    /// - Parameter name: The label without `%`, or nil to number it when printing.
    /// - Returns: The block, to branch to and to pass to ``position(at:)``.
    public mutating func newBlock(_ name: String? = nil) -> Block {
        function.blocks.append(BlockData(name: name))
        return Block(function.blocks.count - 1)
    }

    /// Makes `block` the insertion point.
    /// - Parameter block: A block of the function being built.
    public mutating func position(at block: Block) { insertionBlock = block }

    /// Parameter `i` of the function being built.
    /// - Parameter i: The parameter's index, from 0.
    /// - Returns: The parameter as a value.
    public func argument(_ i: Int) -> Value { .argument(i) }

    /// Names parameter `i` (printed as `%name`).
    /// - Parameters:
    ///   - i: The parameter's index, from 0.
    ///   - name: The name, without `%`.
    public mutating func nameArgument(_ i: Int, _ name: String) { function.parameterNames[i] = name }

    /// The integer constant `value` of `type`.
    /// - Parameters:
    ///   - type: An integer type.
    ///   - value: The value, truncated to the type's width.
    /// - Returns: The constant.
    public mutating func int(_ type: IRType, _ value: Int64) -> Value { module.int(type, value) }
    /// The `double` constant `value`.
    /// - Parameter value: The value.
    /// - Returns: The constant.
    public mutating func double(_ value: Double) -> Value { module.double(value) }
    /// The `float` constant `value`.
    /// - Parameter value: The value.
    /// - Returns: The constant.
    public mutating func float(_ value: Float) -> Value { module.float(value) }
    /// The null pointer.
    /// - Returns: The `ptr` constant `null`.
    public mutating func null() -> Value { module.constant(.null) }

    /// The type of `value` in the function being built.
    /// - Parameter value: A value of the function being built or a module-level value.
    /// - Returns: Its type (`label` for a block, `void` for an instruction without a result).
    public func type(of value: Value) -> IRType { module.type(of: value, in: function) }

    // MARK: - Appending

    /// Appends an instruction to the insertion block and returns its result.
    /// - Parameter data: The instruction; its operands and types are not checked here (the verifier checks them).
    /// - Returns: The instruction's result.
    /// - Throws: ``IRError`` if the insertion block already ends with a terminator.
    @discardableResult
    public mutating func append(_ data: InstructionData) throws(IRError) -> Value {
        if let last = function.blocks[insertionBlock.index].instructions.last,
           function.instructions[last.index].opcode.info.isTerminator
        {
            throw IRError("block \(insertionBlock) already has a terminator: cannot append \(data.opcode)")
        }
        function.instructions.append(data)
        let inst = Inst(function.instructions.count - 1)
        function.blocks[insertionBlock.index].instructions.append(inst)
        return .instruction(inst)
    }

    func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(IRError) {
        if !condition { throw IRError(message()) }
    }

    // MARK: - Arithmetic

    /// Appends a binary operation (`add` ... `xor`, `fadd` ... `frem`) on two operands of one type.
    /// - Parameters:
    ///   - op: An opcode of category ``OpcodeInfo/Category-swift.enum/integerBinary`` or
    ///     ``OpcodeInfo/Category-swift.enum/floatBinary``.
    ///   - a: The left operand: an integer for an integer opcode, a `float` or `double` otherwise.
    ///   - b: The right operand, of the same type as `a`.
    ///   - flags: Flags such as `nsw` or `exact`; they are not checked against the opcode.
    /// - Returns: The result, of the operands' type.
    /// - Throws: ``IRError`` if `op` is not a binary operation, the operand types do not fit it, or the
    ///   insertion block is already terminated.
    public mutating func binary(_ op: Opcode, _ a: Value, _ b: Value, flags: InstructionFlags = [])
        throws(IRError) -> Value
    {
        let t = type(of: a)
        let isFloat = op.info.category == .floatBinary
        try require(op.info.category == .integerBinary || isFloat, "\(op) is not a binary operation")
        try require(isFloat ? t.isFloatingPoint : t.isInteger, "\(op) needs \(isFloat ? "floating-point" : "integer") operands, not \(t)")
        try require(type(of: b) == t, "\(op) operands differ in type: \(t) and \(type(of: b))")
        var d = InstructionData(op, type: t, operands: Operands(a, b))
        d.flags = flags
        return try append(d)
    }

    /// Appends `add`: `a + b`, wrapping; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func add(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.add, a, b) }
    /// Appends `sub`: `a - b`, wrapping; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func sub(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.sub, a, b) }
    /// Appends `mul`: `a * b`, wrapping; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func mul(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.mul, a, b) }
    /// Appends `sdiv`: signed `a / b`, rounding toward zero; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func sdiv(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.sdiv, a, b) }
    /// Appends `udiv`: unsigned `a / b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func udiv(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.udiv, a, b) }
    /// Appends `srem`: the signed remainder of `a / b` (the sign of `a`); ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func srem(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.srem, a, b) }
    /// Appends `urem`: the unsigned remainder of `a / b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func urem(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.urem, a, b) }
    /// Appends `shl`: `a << b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func shl(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.shl, a, b) }
    /// Appends `lshr`: `a >> b`, filling with zeros; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func lshr(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.lshr, a, b) }
    /// Appends `ashr`: `a >> b`, filling with the sign bit; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func ashr(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.ashr, a, b) }
    /// Appends `and`: `a & b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func and(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.and, a, b) }
    /// Appends `or`: `a | b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func or(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.or, a, b) }
    /// Appends `xor`: `a ^ b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one integer type, or if the block is terminated.
    public mutating func xor(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.xor, a, b) }
    /// Appends `fadd`: `a + b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one floating-point type, or if the block is terminated.
    public mutating func fadd(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.fadd, a, b) }
    /// Appends `fsub`: `a - b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one floating-point type, or if the block is terminated.
    public mutating func fsub(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.fsub, a, b) }
    /// Appends `fmul`: `a * b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one floating-point type, or if the block is terminated.
    public mutating func fmul(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.fmul, a, b) }
    /// Appends `fdiv`: `a / b`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one floating-point type, or if the block is terminated.
    public mutating func fdiv(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.fdiv, a, b) }
    /// Appends `frem`: C's `fmod(a, b)`; ``binary(_:_:_:flags:)`` with no flags.
    /// - Throws: ``IRError`` unless `a` and `b` have one floating-point type, or if the block is terminated.
    public mutating func frem(_ a: Value, _ b: Value) throws(IRError) -> Value { try binary(.frem, a, b) }

    /// `fneg`.
    /// - Parameter a: A `float` or `double`.
    /// - Returns: `-a`.
    /// - Throws: ``IRError`` if `a` is not a floating-point value, or if the insertion block already has a terminator.
    public mutating func fneg(_ a: Value) throws(IRError) -> Value {
        let t = type(of: a)
        try require(t.isFloatingPoint, "fneg needs a floating-point operand, not \(t)")
        return try append(InstructionData(.fneg, type: t, operands: Operands(a)))
    }

    /// `icmp`: compares two integers or pointers; the result is `i1`.
    /// - Parameters:
    ///   - predicate: The comparison.
    ///   - a: An integer or pointer.
    ///   - b: A value of the same type.
    /// - Returns: The `i1` result.
    /// - Throws: ``IRError`` if the operands are not integers or pointers of one type, or if the insertion block
    ///   already has a terminator.
    public mutating func icmp(_ predicate: IntPredicate, _ a: Value, _ b: Value) throws(IRError) -> Value {
        let t = type(of: a)
        try require(t.isInteger || t == .ptr, "icmp needs integer or pointer operands, not \(t)")
        try require(type(of: b) == t, "icmp operands differ in type: \(t) and \(type(of: b))")
        var d = InstructionData(.icmp, type: .i1, operands: Operands(a, b))
        d.predicate = predicate.rawValue
        return try append(d)
    }

    /// `fcmp`: compares two floating-point values; the result is `i1`.
    /// - Parameters:
    ///   - predicate: The comparison, ordered or unordered.
    ///   - a: A `float` or `double`.
    ///   - b: A value of the same type.
    /// - Returns: The `i1` result.
    /// - Throws: ``IRError`` if the operands are not floating-point values of one type, or if the insertion block
    ///   already has a terminator.
    public mutating func fcmp(_ predicate: FloatPredicate, _ a: Value, _ b: Value) throws(IRError) -> Value {
        let t = type(of: a)
        try require(t.isFloatingPoint, "fcmp needs floating-point operands, not \(t)")
        try require(type(of: b) == t, "fcmp operands differ in type: \(t) and \(type(of: b))")
        var d = InstructionData(.fcmp, type: .i1, operands: Operands(a, b))
        d.predicate = predicate.rawValue
        return try append(d)
    }

    /// A cast (`trunc`, `zext`, ..., `bitcast`) of `value` to `type`.
    /// - Parameters:
    ///   - op: A cast opcode (category ``OpcodeInfo/Category-swift.enum/cast``).
    ///   - value: The value to convert.
    ///   - type: The result type.
    /// - Returns: The converted value.
    /// - Throws: ``IRError`` if `op` is not a cast or cannot convert between these types (`trunc` must narrow, `zext`
    ///   widen, ...), or if the insertion block already has a terminator.
    public mutating func cast(_ op: Opcode, _ value: Value, to type: IRType) throws(IRError) -> Value {
        try require(op.info.category == .cast, "\(op) is not a cast")
        let from = self.type(of: value)
        let ok: Bool
        switch op {
        case .trunc: ok = from.isInteger && type.isInteger && from.integerWidth! > type.integerWidth!
        case .zext, .sext: ok = from.isInteger && type.isInteger && from.integerWidth! < type.integerWidth!
        case .fptrunc: ok = from == .double && type == .float
        case .fpext: ok = from == .float && type == .double
        case .fptoui, .fptosi: ok = from.isFloatingPoint && type.isInteger
        case .uitofp, .sitofp: ok = from.isInteger && type.isFloatingPoint
        case .ptrtoint: ok = from == .ptr && type.isInteger
        case .inttoptr: ok = from.isInteger && type == .ptr
        default: ok = from.isFirstClassScalar && type.isFirstClassScalar && from != type
        }
        try require(ok, "invalid cast \(op) from \(from) to \(type)")
        return try append(InstructionData(op, type: type, operands: Operands(value)))
    }

    /// `select i1 %c, T %a, T %b`.
    /// - Parameters:
    ///   - condition: An `i1`.
    ///   - a: The result when `condition` is true.
    ///   - b: The result otherwise, of the same type as `a`.
    /// - Returns: `a` or `b`.
    /// - Throws: ``IRError`` if `condition` is not `i1` or `a` and `b` differ in type, or if the insertion block
    ///   already has a terminator.
    public mutating func select(_ condition: Value, _ a: Value, _ b: Value) throws(IRError) -> Value {
        try require(type(of: condition) == .i1, "select condition must be i1")
        try require(type(of: a) == type(of: b), "select operands differ in type")
        return try append(InstructionData(.select, type: type(of: a), operands: Operands(condition, a, b)))
    }

    /// `phi T [v, block], ...`; more incoming values can be added with ``addIncoming(_:_:from:)``.
    /// - Parameters:
    ///   - type: The type of the result and of every incoming value.
    ///   - incoming: The value arriving from each predecessor block known so far.
    /// - Returns: The merged value.
    /// - Throws: ``IRError`` if an incoming value is not of `type`, or if the insertion block already has a terminator.
    public mutating func phi(_ type: IRType, _ incoming: [(Value, Block)] = []) throws(IRError) -> Value {
        var ops: Operands = []
        for (v, b) in incoming {
            try require(self.type(of: v) == type, "phi incoming value of type \(self.type(of: v)), expected \(type)")
            ops.append(v); ops.append(.block(b))
        }
        return try append(InstructionData(.phi, type: type, operands: ops))
    }

    /// Adds an incoming value to the phi `phi`.
    /// - Parameters:
    ///   - phi: A `phi` made by ``phi(_:_:)``.
    ///   - value: The value arriving from `block`, of the phi's type.
    ///   - block: A predecessor of the phi's block.
    /// - Throws: ``IRError`` if `phi` is not a phi or `value` has another type.
    public mutating func addIncoming(_ phi: Value, _ value: Value, from block: Block) throws(IRError) {
        try require(phi.kind == .instruction && function.instructions[phi.index].opcode == .phi, "not a phi")
        try require(type(of: value) == type(of: phi), "phi incoming value has the wrong type")
        function.instructions[phi.index].operands += [value, .block(block)]
    }

    /// `freeze`.
    /// - Parameter value: Any value.
    /// - Returns: `value`, or an arbitrary but fixed value of its type if it is `undef` or `poison`.
    /// - Throws: ``IRError`` if the insertion block already has a terminator.
    public mutating func freeze(_ value: Value) throws(IRError) -> Value {
        try append(InstructionData(.freeze, type: type(of: value), operands: Operands(value)))
    }

    // MARK: - Memory

    /// `alloca T[, iN count], align A`: stack memory for `count` values of `type`.
    /// - Parameters:
    ///   - type: The type of each element.
    ///   - count: An integer number of elements, or nil for one.
    ///   - alignment: The alignment in bytes, or nil for the type's.
    /// - Returns: A `ptr` to the memory, valid until the function returns.
    /// - Throws: ``IRError`` if `count` is not an integer, or if the insertion block already has a terminator.
    public mutating func alloca(_ type: IRType, count: Value? = nil, alignment: Int? = nil) throws(IRError) -> Value {
        if let count { try require(self.type(of: count).isInteger, "alloca count must be an integer") }
        var d = InstructionData(.alloca, type: .ptr, operands: count.map { [$0] } ?? [])
        d.auxiliaryType = type
        d.alignment = alignment
        return try append(d)
    }

    /// `load T, ptr %p`.
    /// - Parameters:
    ///   - type: The type to read.
    ///   - pointer: A `ptr`.
    ///   - alignment: The alignment in bytes the access may assume, or nil for the type's.
    /// - Returns: The value read.
    /// - Throws: ``IRError`` if `pointer` is not a `ptr` or `type` cannot be loaded (`void`, `label`), or if the
    ///   insertion block already has a terminator.
    public mutating func load(_ type: IRType, from pointer: Value, alignment: Int? = nil) throws(IRError) -> Value {
        try require(self.type(of: pointer) == .ptr, "load address must be a ptr")
        try require(type != .void && type != .label, "cannot load \(type)")
        var d = InstructionData(.load, type: type, operands: Operands(pointer))
        d.alignment = alignment
        return try append(d)
    }

    /// `store T %v, ptr %p`.
    /// - Parameters:
    ///   - value: The value to write.
    ///   - pointer: A `ptr`.
    ///   - alignment: The alignment in bytes the access may assume, or nil for the type's.
    /// - Throws: ``IRError`` if `pointer` is not a `ptr`, or if the insertion block already has a terminator.
    public mutating func store(_ value: Value, to pointer: Value, alignment: Int? = nil) throws(IRError) {
        try require(type(of: pointer) == .ptr, "store address must be a ptr")
        var d = InstructionData(.store, type: .void, operands: Operands(value, pointer))
        d.alignment = alignment
        try append(d)
    }

    /// `getelementptr [inbounds] T, ptr %base, indices...`.
    /// - Parameters:
    ///   - sourceType: The type `base` points to, which the indices step through.
    ///   - base: A `ptr`.
    ///   - indices: Integer indices: the first scales by the size of `sourceType`, the others select array elements or
    ///     struct fields.
    ///   - inbounds: Whether the result stays inside the object (`inbounds`).
    /// - Returns: The computed `ptr`.
    /// - Throws: ``IRError`` if `base` is not a `ptr` or an index is not an integer, or if the insertion block already
    ///   has a terminator.
    public mutating func getElementPointer(_ sourceType: IRType, _ base: Value, _ indices: [Value],
                                           inbounds: Bool = true) throws(IRError) -> Value
    {
        try require(type(of: base) == .ptr, "getelementptr base must be a ptr")
        for i in indices { try require(type(of: i).isInteger, "getelementptr indices must be integers") }
        var d = InstructionData(.getelementptr, type: .ptr, operands: [base] + indices)
        d.auxiliaryType = sourceType
        if inbounds { d.flags = [.inbounds] }
        return try append(d)
    }

    // MARK: - Calls and control flow

    /// `call`: calls `callee` (a function value or a pointer) of type `type` with `arguments`.
    /// - Parameters:
    ///   - callee: A function or any `ptr` to one.
    ///   - type: The callee's signature.
    ///   - arguments: One value per parameter, of its type, then any variadic arguments.
    ///   - argumentAttributes: The ABI attributes of each argument (`signext`, `byval`, ...).
    /// - Returns: The call's result (`void` calls give a value that has no uses).
    /// - Throws: ``IRError`` if the arguments do not match `type`, or if the insertion block already has a terminator.
    public mutating func call(_ callee: Value, type: FunctionType, _ arguments: [Value],
                              argumentAttributes: [ParameterAttributes] = []) throws(IRError) -> Value
    {
        try require(arguments.count == type.parameters.count || (type.isVariadic && arguments.count > type.parameters.count),
                    "call passes \(arguments.count) arguments to a function of type \(type)")
        for (a, p) in zip(arguments, type.parameters) {
            try require(self.type(of: a) == p, "call argument of type \(self.type(of: a)), expected \(p)")
        }
        var d = InstructionData(.call, type: type.result, operands: [callee] + arguments)
        d.auxiliaryType = .function(type)
        d.argumentAttributes = argumentAttributes
        return try append(d)
    }

    /// Calls the module's function `name` with its declared type.
    /// - Parameters:
    ///   - name: A function of the module (or the one being built), without `@`.
    ///   - arguments: One value per parameter, of its type, then any variadic arguments.
    /// - Returns: The call's result.
    /// - Throws: ``IRError`` if the module has no such function or the arguments do not match its type, or if the
    ///   insertion block already has a terminator.
    public mutating func call(_ name: String, _ arguments: [Value]) throws(IRError) -> Value {
        guard let i = module.functionIndex(named: name) else { throw IRError("no function '@\(name)'") }
        let type = i == functionIndex ? function.type : module.functions[i].type
        return try call(Value(.function, i), type: type, arguments,
                        argumentAttributes: i == functionIndex ? function.parameterAttributes : module.functions[i].parameterAttributes)
    }

    /// `br label %target`.
    /// - Parameter target: The block to jump to.
    /// - Throws: ``IRError`` if the insertion block already has a terminator.
    public mutating func br(_ target: Block) throws(IRError) {
        try append(InstructionData(.br, type: .void, operands: Operands(.block(target))))
    }

    /// `br i1 %c, label %then, label %else`.
    /// - Parameters:
    ///   - condition: An `i1`.
    ///   - then: The block to jump to when `condition` is true.
    ///   - otherwise: The block to jump to when it is false.
    /// - Throws: ``IRError`` if `condition` is not `i1`, or if the insertion block already has a terminator.
    public mutating func condBr(_ condition: Value, _ then: Block, _ otherwise: Block) throws(IRError) {
        try require(type(of: condition) == .i1, "branch condition must be i1")
        try append(InstructionData(.br, type: .void, operands: Operands(condition, .block(then), .block(otherwise))))
    }

    /// `switch iN %v, label %default [ iN c, label %b ... ]`.
    /// - Parameters:
    ///   - value: An integer.
    ///   - defaultBlock: The block to jump to when no case matches.
    ///   - cases: Each case value (of `value`'s type, truncated) and its block.
    /// - Throws: ``IRError`` if `value` is not an integer, or if the insertion block already has a terminator.
    public mutating func `switch`(_ value: Value, default defaultBlock: Block, cases: [(Int64, Block)]) throws(IRError) {
        let t = type(of: value)
        try require(t.isInteger, "switch needs an integer")
        var ops = Operands(value, .block(defaultBlock))
        for (c, b) in cases { ops.append(module.int(t, c)); ops.append(.block(b)) }
        try append(InstructionData(.switch, type: .void, operands: ops))
    }

    /// `ret T %v`, or `ret void` for nil.
    /// - Parameter value: The result, of the function's result type, or nil in a `void` function.
    /// - Throws: ``IRError`` if the value does not match the function's result type, or if the insertion block already
    ///   has a terminator.
    public mutating func ret(_ value: Value? = nil) throws(IRError) {
        let expected = function.type.result
        if let value {
            try require(type(of: value) == expected, "ret of \(type(of: value)) in a function returning \(expected)")
        } else {
            try require(expected == .void, "ret void in a function returning \(expected)")
        }
        try append(InstructionData(.ret, type: .void, operands: value.map { [$0] } ?? []))
    }

    /// `unreachable`.
    /// - Throws: ``IRError`` if the insertion block already has a terminator.
    public mutating func unreachable() throws(IRError) {
        try append(InstructionData(.unreachable, type: .void, operands: Operands()))
    }

    /// `extractvalue {…} %agg, indices`.
    /// - Parameters:
    ///   - aggregate: A struct or array value.
    ///   - indices: The path of field or element indices.
    /// - Returns: The field.
    /// - Throws: ``IRError`` if the indices do not select a field of the aggregate's type, or if the insertion block
    ///   already has a terminator.
    public mutating func extractValue(_ aggregate: Value, _ indices: [Int]) throws(IRError) -> Value {
        let t = try elementType(type(of: aggregate), indices)
        var d = InstructionData(.extractvalue, type: t, operands: Operands(aggregate))
        d.indices = indices
        return try append(d)
    }

    /// `insertvalue {…} %agg, T %v, indices`.
    /// - Parameters:
    ///   - aggregate: A struct or array value.
    ///   - value: The new field, of the field's type.
    ///   - indices: The path of field or element indices.
    /// - Returns: The aggregate with the field replaced.
    /// - Throws: ``IRError`` if the indices do not select a field or `value` has another type, or if the insertion
    ///   block already has a terminator.
    public mutating func insertValue(_ aggregate: Value, _ value: Value, _ indices: [Int]) throws(IRError) -> Value {
        let t = try elementType(type(of: aggregate), indices)
        try require(type(of: value) == t, "insertvalue of \(type(of: value)) where \(t) is expected")
        var d = InstructionData(.insertvalue, type: type(of: aggregate), operands: Operands(aggregate, value))
        d.indices = indices
        return try append(d)
    }

    // MARK: - Vectors

    /// The constant vector `<T e0, T e1, ...>` of `elements` (scalar constants of one type).
    /// - Parameter elements: One or more constants of a type vectors may hold.
    /// - Returns: The vector constant.
    /// - Throws: ``IRError`` if there are no elements, they differ in type, are not constants, or
    ///   their type is not one vectors may hold.
    public mutating func vector(_ elements: [Value]) throws(IRError) -> Value {
        guard let first = elements.first, let t = module.type(of: first) else {
            throw IRError("a constant vector needs one or more constant elements")
        }
        try require(t.isValidVectorElement, "vector element type \(t) is not supported")
        for e in elements {
            try require(e.kind != .instruction && e.kind != .argument && module.type(of: e) == t,
                        "constant vector elements must all be \(t) constants")
        }
        return module.constant(.aggregate(.vector(count: elements.count, element: t), elements))
    }

    /// `extractelement <N x T> %v, iK %index`: element `index` of `vector`.
    /// - Returns: The element, of type T.
    /// - Parameters:
    ///   - vector: A vector.
    ///   - index: An integer element index.
    /// - Throws: ``IRError`` if `vector` is not a vector or `index` not an integer.
    public mutating func extractElement(_ vector: Value, _ index: Value) throws(IRError) -> Value {
        guard case .vector(_, let element) = type(of: vector) else {
            throw IRError("extractelement needs a vector, not \(type(of: vector))")
        }
        try require(type(of: index).isInteger, "extractelement index must be an integer")
        return try append(InstructionData(.extractelement, type: element, operands: Operands(vector, index)))
    }

    /// `insertelement <N x T> %v, T %e, iK %index`: `vector` with element `index` replaced.
    /// - Returns: The new vector.
    /// - Parameters:
    ///   - vector: A vector.
    ///   - element: The new element, of the vector's element type.
    ///   - index: An integer element index.
    /// - Throws: ``IRError`` if the types do not match.
    public mutating func insertElement(_ vector: Value, _ element: Value, _ index: Value) throws(IRError) -> Value {
        let t = type(of: vector)
        guard case .vector(_, let e) = t else { throw IRError("insertelement needs a vector, not \(t)") }
        try require(type(of: element) == e, "insertelement of \(type(of: element)) into a vector of \(e)")
        try require(type(of: index).isInteger, "insertelement index must be an integer")
        return try append(InstructionData(.insertelement, type: t, operands: Operands(vector, element, index)))
    }

    /// `shufflevector <N x T> %a, <N x T> %b, <M x i32> <mask>`: element k of the result is
    /// `a[mask[k]]` if `mask[k] < N`, `b[mask[k] - N]` otherwise, and poison for a nil entry.
    /// - Returns: The `<M x T>` result.
    /// - Parameters:
    ///   - a: A vector of N elements.
    ///   - b: A vector of the same type.
    ///   - mask: For each result element, an index below 2N, or nil for poison.
    /// - Throws: ``IRError`` if `a` and `b` are not vectors of one type, the mask is empty or an
    ///   entry is not below 2N.
    public mutating func shuffleVector(_ a: Value, _ b: Value, mask: [Int?]) throws(IRError) -> Value {
        let t = type(of: a)
        guard case .vector(let n, let e) = t, type(of: b) == t else {
            throw IRError("shufflevector needs two vectors of one type, not \(t) and \(type(of: b))")
        }
        try require(!mask.isEmpty, "shufflevector mask needs one or more elements")
        var elements: [Value] = []
        for m in mask {
            if let m {
                try require(m >= 0 && m < 2 * n, "shufflevector mask entry \(m) is not below \(2 * n)")
                elements.append(module.int(.i32, Int64(m)))
            } else {
                elements.append(module.constant(.poison(.i32)))
            }
        }
        let maskValue = module.constant(.aggregate(.vector(count: mask.count, element: .i32), elements))
        return try append(InstructionData(.shufflevector, type: .vector(count: mask.count, element: e),
                                          operands: [a, b, maskValue]))
    }

    func elementType(_ type: IRType, _ indices: [Int]) throws(IRError) -> IRType {
        var t = type
        for i in indices {
            if case .array(let n, let e) = t, i >= 0, i < n {
                t = e
            } else if let (fields, _) = module.structFields(t), i >= 0, i < fields.count {
                t = fields[i]
            } else {
                throw IRError("index \(i) is not valid for \(t)")
            }
        }
        return t
    }
}
