// Function headers and bodies. Local values and blocks share one numbering, as in LLVM: unnamed
// parameters first, then, for each block, its label (if unnamed) and its unnamed results, so `%N`
// must appear in sequence. A use of a local that is not yet defined yields a placeholder value and
// a `Fixup`; when the body ends every fixup is resolved (or reported where it was written) and the
// placeholders in the instructions are replaced.

/// What the parser knows about the function body being parsed.
struct FunctionBodyState: ~Copyable {
    /// A defined local: a value with its type, or a block.
    enum Local {
        case value(Value, IRType)
        case block(Int)
    }

    /// A local's name: `%x` or `%7`.
    enum Key: Hashable {
        case name(String)
        case number(Int)
    }

    /// A use of a local before its definition.
    struct Fixup {
        var key: Key
        /// The token of the use, for errors.
        var token: Int
        /// The type the use expects (`label` for blocks).
        var expected: IRType
    }

    var function = Function(name: "", type: FunctionType(.void, []))
    /// The numbered locals, `%0` first: numbers are defined in sequence, so an array holds them
    /// (clang's output is mostly numbered values, so most lookups hash nothing).
    var numbered: [Local] = []
    /// The named locals, by name without `%`.
    var named: [String: Local] = [:]
    var nextNumber = 0
    var fixups: [Fixup] = []
    /// The instructions of the block being parsed (reused from block to block).
    var blockInstructions: [Inst] = []

    /// Placeholders are instruction values from this index up: the fixup's index is added.
    static let placeholderBase = 0x1000_0000

    static func isPlaceholder(_ v: Value) -> Bool { v.kind == .instruction && v.index >= placeholderBase }

    /// The local called `key`, or nil if it is not defined (yet).
    @inline(__always) func local(_ key: Key) -> Local? {
        switch key {
        case .number(let n): n < numbered.count ? numbered[n] : nil
        case .name(let s): named[s]
        }
    }
}

extension ModuleParser {
    // MARK: - Header

    /// `declare`/`define [linkage] [dso_local] [cc] [ret attrs] T @f(params) [fn attrs] [{ body }]`.
    mutating func parseFunction(isDefinition: Bool) throws(ParseError) {
        advance()
        var linkage = parseLinkage()
        if linkage == nil && eatWord(.external) { linkage = .external }
        var isDSOLocal = false
        while tok.kind == .word {
            switch tok.keyword {
            case .dso_local: isDSOLocal = true
            case .dso_preemptable, .default, .hidden, .protected, .dllimport, .dllexport: break
            default:
                try parseCallingConvention()
                let resultAttributes = try parseParameterAttributes()
                return try parseFunctionRest(isDefinition: isDefinition, linkage: linkage ?? .external,
                                             isDSOLocal: isDSOLocal, resultAttributes: resultAttributes)
            }
            advance()
        }
        try parseFunctionRest(isDefinition: isDefinition, linkage: linkage ?? .external, isDSOLocal: isDSOLocal,
                              resultAttributes: ParameterAttributes())
    }

    mutating func parseFunctionRest(isDefinition: Bool, linkage: Linkage, isDSOLocal: Bool,
                                    resultAttributes: ParameterAttributes) throws(ParseError) {
        let resultAt = pos
        let result = try parseType()
        guard result != .label, result != .metadata else {
            throw error(.type, "invalid function result type '\(result)'", at: resultAt)
        }
        let nameToken = pos
        let name = try symbolName(tok)
        if tok.kind == .globalNumber {
            guard Int(name) == nextGlobalNumber else {
                throw error(.name, "function '@\(name)' is numbered out of sequence, expected '@\(nextGlobalNumber)'")
            }
            nextGlobalNumber += 1
        }
        guard let value = symbols[name], value.kind == .function, value.index == functionCount else {
            throw error(.syntax, "malformed function header", at: nameToken)
        }
        functionCount += 1
        advance()
        try expect(.leftParen, "'(' after function name")
        var parameters: [IRType] = []
        var attributes: [ParameterAttributes] = []
        // The token of each parameter's name, or `~pos` where an unnamed one ends. (Plain `Int`s,
        // not (token, key) pairs: see ArrayFilling.swift on one-off types.)
        var nameTokens: [Int] = []
        var variadic = false
        if !eat(.rightParen) {
            repeat {
                if eat(.ellipsis) {
                    variadic = true
                    break
                }
                let at = pos
                let type = try parseType()
                if type == .metadata { throw error(.unsupported, "metadata parameters are not supported", at: at) }
                guard type != .void, type != .label else {
                    throw error(.type, "invalid parameter type '\(type)'", at: at)
                }
                parameters.append(type)
                attributes.append(try parseParameterAttributes())
                if tok.kind == .localName || tok.kind == .localNumber {
                    _ = try localKey(tok)  // (checked here; `defineParameters` makes it again)
                    nameTokens.append(pos)
                    advance()
                } else {
                    if tok.kind == .word { throw error(.syntax, "unknown parameter attribute '\(word(tok))'") }
                    nameTokens.append(~pos)
                }
            } while eat(.comma)
            try expect(.rightParen, "')' after parameters")
        }
        var function = Function(name: name, type: FunctionType(result, parameters, variadic: variadic))
        function.linkage = linkage
        function.isDSOLocal = isDSOLocal
        function.parameterAttributes = attributes
        function.resultAttributes = resultAttributes
        try parseFunctionAttributes(inHeader: true)
        while tok.kind == .metadataName { try skipMetadataAttachment() }
        if isDefinition {
            guard tok.kind == .leftBrace else {
                throw error(.syntax, "expected '{' of function body, found \(describe(tok))")
            }
            body = FunctionBodyState()
            body.function = function
            // About one instruction per 8 tokens in clang's output (an estimate: too few only
            // means the array grows).
            if nextBody < bodyTokenCounts.count {
                body.function.instructions.reserveCapacity(bodyTokenCounts[nextBody] / 8 + 4)
                body.numbered.reserveCapacity(bodyTokenCounts[nextBody] / 8 + 4)
                nextBody += 1
            }
            try defineParameters(nameTokens)
            try parseBody()
            function = body.function
            body = FunctionBodyState()
        } else if tok.kind == .leftBrace {
            throw error(.syntax, "a declaration has no body; use 'define'")
        }
        functions[value.index] = function
    }

    /// Registers parameter names (the token of each parameter's name, or `~t` for an unnamed one
    /// ending at token `t`); `%N` names must follow the numbering.
    mutating func defineParameters(_ nameTokens: [Int]) throws(ParseError) {
        for (i, token) in nameTokens.enumerated() {
            let type = body.function.type.parameters[i]
            guard token >= 0 else {
                try define(.number(body.nextNumber), .value(.argument(i), type), at: ~token)
                continue
            }
            switch try localKey(tokens[token]) {
            case .name(let name):
                body.function.parameterNames[i] = name
                try define(.name(name), .value(.argument(i), type), at: token)
            case .number(let n):
                try define(.number(n), .value(.argument(i), type), at: token)
            }
        }
    }

    /// Defines local `%n`, which must be the next number.
    mutating func defineNumbered(_ n: Int, _ local: FunctionBodyState.Local, at token: Int) throws(ParseError) {
        guard n == body.nextNumber else {
            throw error(.name, "'%\(n)' is numbered out of sequence, expected '%\(body.nextNumber)'", at: token)
        }
        body.nextNumber += 1
        body.numbered.append(local)
    }

    /// Defines a local, checking numbering and redefinition.
    mutating func define(_ key: FunctionBodyState.Key, _ local: FunctionBodyState.Local, at token: Int)
        throws(ParseError)
    {
        switch key {
        case .number(let n):
            try defineNumbered(n, local, at: token)
        case .name(let name):
            guard body.named.updateValue(local, forKey: name) == nil else {
                throw error(.name, "redefinition of '\(Self.spell(key))'", at: token)
            }
        }
    }

    static func spell(_ key: FunctionBodyState.Key) -> String {
        switch key {
        case .name(let s): "%" + quotedName(s)
        case .number(let n): "%\(n)"
        }
    }

    // MARK: - Body

    /// `{ blocks }`: each block is an optional label, then instructions up to a terminator.
    mutating func parseBody() throws(ParseError) {
        advance()  // {
        if tok.kind == .rightBrace { throw error(.syntax, "function body requires at least one basic block") }
        while tok.kind != .rightBrace {
            try parseBlock()
        }
        advance()  // }
        try resolveFixups()
    }

    mutating func parseBlock() throws(ParseError) {
        let labelToken = pos
        let index = body.function.blocks.count
        if tok.kind == .label {
            let key = try labelKey(tok)
            advance()
            if case .name(let name) = key { body.function.blocks.append(BlockData(name: name)) } else {
                body.function.blocks.append(BlockData())
            }
            try define(key, .block(index), at: labelToken)
        } else {
            body.function.blocks.append(BlockData())
            try define(.number(body.nextNumber), .block(index), at: labelToken)
        }
        while true {
            switch tok.kind {
            case .rightBrace, .label, .eof:
                let name = body.function.blocks[index].name.map { "'%" + quotedName($0) + "'" } ?? "the block"
                if body.blockInstructions.isEmpty && tok.kind != .label {
                    throw error(.syntax, "expected an instruction, found \(describe(tok))")
                }
                throw error(.syntax, "\(name) does not end with a terminator instruction")
            default:
                break
            }
            let inst = try parseInstruction()
            body.blockInstructions.append(inst)
            if body.function.instructions[inst.index].opcode.info.isTerminator {
                // One allocation of the right size per block (appending to the block's own list
                // grew it several times).
                body.function.blocks[index].instructions = Array(body.blockInstructions)
                body.blockInstructions.removeAll(keepingCapacity: true)
                return
            }
        }
    }

    /// The key of a label token (`entry:`, `7:`, `"a b":`).
    mutating func labelKey(_ t: Token) throws(ParseError) -> FunctionBodyState.Key {
        let start = Int(t.start)
        let end = Int(t.end) - 1  // drop ':'
        if bytes[start] == 0x22 {
            let name = try decodeQuoted(start, end)
            guard !name.isEmpty else { throw error(.syntax, "empty label", offset: start) }
            return .name(String(decoding: name, as: UTF8.self))
        }
        if bytes[start..<end].allSatisfy(Lexer.isDigit) {
            guard let n = decimalValue(start, end) else { throw error(.name, "label number too large", offset: start) }
            return .number(n)
        }
        return .name(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    // MARK: - Operands

    /// The key of a local token.
    mutating func localKey(_ t: Token) throws(ParseError) -> FunctionBodyState.Key {
        if t.kind == .localNumber {
            guard let n = tokenNumber(t) else { throw error(.name, "value number too large", offset: Int(t.start)) }
            return .number(n)
        }
        return .name(try localName(t))
    }

    /// A value of type `type`: a local (possibly not yet defined) or a constant.
    mutating func parseValue(_ type: IRType) throws(ParseError) -> Value {
        // The common case first: a numbered local already defined with this type (what the
        // general path below finds too, without making a key).
        if tok.kind == .localNumber, type != .label, let n = tokenNumber(tok), n < body.numbered.count,
           case .value(let v, let t) = body.numbered[n], t == type
        {
            advance()
            return v
        }
        guard tok.kind == .localName || tok.kind == .localNumber else {
            if type == .label { throw error(.syntax, "expected a block label, found \(describe(tok))") }
            return try parseConstant(type)
        }
        let key = try localKey(tok)
        let at = pos
        advance()
        switch body.local(key) {
        case .value(let v, let t)?:
            if type == .label { throw error(.type, "'\(Self.spell(key))' is not a basic block", at: at) }
            try checkType(t, expected: type, at: at)
            return v
        case .block(let b)?:
            guard type == .label else {
                throw error(.type, "'\(Self.spell(key))' is a basic block, not a value of type '\(type)'", at: at)
            }
            return .block(Block(b))
        case nil:
            body.fixups.append(FunctionBodyState.Fixup(key: key, token: at, expected: type))
            return Value(.instruction, FunctionBodyState.placeholderBase + body.fixups.count - 1)
        }
    }

    /// `label %bb`.
    mutating func parseLabelOperand() throws(ParseError) -> Value {
        try expectWord(.label)
        return try parseValue(.label)
    }

    /// `T v`.
    mutating func parseTypedValue() throws(ParseError) -> (IRType, Value) {
        let type = try parseType()
        return (type, try parseValue(type))
    }

    /// Resolves every use before definition, in source order, and patches the placeholders.
    mutating func resolveFixups() throws(ParseError) {
        guard !body.fixups.isEmpty else { return }
        var resolved: [Value] = []
        resolved.reserveCapacity(body.fixups.count)
        for fixup in body.fixups {
            switch body.local(fixup.key) {
            case nil:
                throw error(.name, "use of undefined value '\(Self.spell(fixup.key))'", at: fixup.token)
            case .value(let v, let t)?:
                if fixup.expected == .label {
                    throw error(.type, "'\(Self.spell(fixup.key))' is not a basic block", at: fixup.token)
                }
                guard t == fixup.expected else {
                    throw error(.type, "'\(Self.spell(fixup.key))' defined with type '\(t)' but expected '\(fixup.expected)'",
                                at: fixup.token)
                }
                resolved.append(v)
            case .block(let b)?:
                guard fixup.expected == .label else {
                    throw error(.type, "'\(Self.spell(fixup.key))' is a basic block, not a value of type '\(fixup.expected)'",
                                at: fixup.token)
                }
                resolved.append(.block(Block(b)))
            }
        }
        for i in body.function.instructions.indices {
            for k in body.function.instructions[i].operands.indices {
                let v = body.function.instructions[i].operands[k]
                if FunctionBodyState.isPlaceholder(v) {
                    body.function.instructions[i].operands[k] = resolved[v.index - FunctionBodyState.placeholderBase]
                }
            }
        }
    }
}
