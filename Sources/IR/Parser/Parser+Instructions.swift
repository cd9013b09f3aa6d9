// Instructions: `[%name =] opcode operands [, !md !N]*`. Each instruction is checked as far as the
// parser can do it cheaply and without the verifier: operand types agree with the types written
// before them, casts go between the right kinds of types, GEP and aggregate indices select
// existing fields. Flags the model has (nsw, nuw, exact, disjoint, nneg, samesign, inbounds,
// volatile, tail kinds) are kept; fast-math flags are read and dropped.

extension ModuleParser {
    /// Instructions of LLVM that the model does not have, and why.
    static let unsupportedInstructions: [String: String] = [
        "invoke": "exception handling", "landingpad": "exception handling", "resume": "exception handling",
        "cleanuppad": "exception handling", "catchpad": "exception handling", "catchswitch": "exception handling",
        "catchret": "exception handling", "cleanupret": "exception handling", "callbr": "inline assembly",
        "indirectbr": "indirect branches", "atomicrmw": "atomics", "cmpxchg": "atomics", "fence": "atomics",
        "va_arg": "the va_arg instruction (clang lowers va_arg itself on x86-64)",
        "addrspacecast": "address spaces",
    ]

    /// One instruction, appended to the function; returns its handle.
    mutating func parseInstruction() throws(ParseError) -> Inst {
        let start = pos
        var key: FunctionBodyState.Key?
        if (tok.kind == .localName || tok.kind == .localNumber) && peekKind() == .equal {
            key = try localKey(tok)
            advance()
            advance()
        }
        guard tok.kind == .word else { throw error(.syntax, "expected an instruction, found \(describe(tok))") }
        var data = try parseInstructionBody()
        data.position = sourcePosition(ofToken: start)
        while tok.kind == .comma && peekKind() == .metadataName {
            advance()
            try skipMetadataAttachment()
        }
        let index = body.function.instructions.count
        guard index < FunctionBodyState.placeholderBase else {
            throw error(.unsupported, "function too large", at: start)
        }
        if data.type == .void {
            if key != nil { throw error(.type, "instructions returning void cannot have a name", at: start) }
        } else {
            let v = Value.instruction(Inst(index))
            switch key {
            case .name(let name)?:
                data.name = name
                try define(.name(name), .value(v, data.type), at: start)
            case .number(let n)?:
                try defineNumbered(n, .value(v, data.type), at: start)
            case nil:
                try defineNumbered(body.nextNumber, .value(v, data.type), at: start)
            }
        }
        body.function.instructions.append(consume data)
        return Inst(index)
    }

    mutating func parseInstructionBody() throws(ParseError) -> InstructionData {
        let k = tok.keyword
        guard let opcode = k.opcode ?? (k == .tail || k == .musttail || k == .notail ? .call : nil) else {
            let name = word(tok)
            if let reason = Self.unsupportedInstructions[name] {
                throw error(.unsupported, "instruction '\(name)' is not supported (\(reason))")
            }
            throw error(.syntax, "unknown instruction '\(name)'")
        }
        switch opcode {
        case .add, .sub, .mul, .shl, .sdiv, .udiv, .lshr, .ashr, .or, .and, .xor, .srem, .urem:
            return try parseIntegerBinary(opcode)
        case .fadd, .fsub, .fmul, .fdiv, .frem:
            advance()
            skipFastMathFlags()
            return try parseBinaryOperands(opcode, accept: \.isFloatingPoint, "floating-point")
        case .fneg:
            advance()
            skipFastMathFlags()
            let at = pos
            let (type, v) = try parseTypedValue()
            guard (type.vectorShape?.element ?? type).isFloatingPoint else {
                throw error(.type, "'fneg' needs a floating-point operand", at: at)
            }
            return InstructionData(.fneg, type: type, operands: Operands(v))
        case .icmp, .fcmp:
            return try parseCompare(opcode)
        case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr,
             .bitcast:
            return try parseCast(opcode)
        case .select: return try parseSelect()
        case .phi: return try parsePhi()
        case .freeze:
            advance()
            let at = pos
            let (type, v) = try parseTypedValue()
            guard type.isFirstClassScalar || type.isAggregate || type.isVector else {
                throw error(.type, "invalid type '\(type)' for 'freeze'", at: at)
            }
            return InstructionData(.freeze, type: type, operands: Operands(v))
        case .alloca: return try parseAlloca()
        case .load: return try parseLoad()
        case .store: return try parseStore()
        case .getelementptr: return try parseGEP()
        case .extractvalue, .insertvalue: return try parseAggregateAccess(opcode)
        case .extractelement: return try parseExtractElement()
        case .insertelement: return try parseInsertElement()
        case .shufflevector: return try parseShuffleVector()
        case .call: return try parseCall()
        case .br: return try parseBranch()
        case .switch: return try parseSwitch()
        case .ret: return try parseReturn()
        case .unreachable:
            advance()
            return InstructionData(.unreachable, type: .void, operands: Operands())
        }
    }

    mutating func skipFastMathFlags() {
        while tok.keyword.isFastMathFlag { advance() }
    }

    /// `, align N` options (and `, addrspace(0)` for alloca) before any metadata attachments.
    mutating func parseMemoryOptions(_ data: inout InstructionData, allowAddressSpace: Bool = false)
        throws(ParseError)
    {
        while tok.kind == .comma && peekKind() != .metadataName {
            advance()
            if eatWord(.align) {
                data.alignment = try parseAlignmentValue()
            } else if allowAddressSpace && isWord(.addrspace) {
                try parseAddressSpace()
            } else {
                throw error(.syntax, "expected 'align' or metadata after ',', found \(describe(tok))")
            }
        }
    }

    // MARK: - Arithmetic and comparisons

    mutating func parseIntegerBinary(_ opcode: Opcode) throws(ParseError) -> InstructionData {
        advance()
        var flags: InstructionFlags = []
        while tok.kind == .word {
            let flag: InstructionFlags
            switch tok.keyword {
            case .nuw where opcode.info.allowsWrapFlags: flag = .nuw
            case .nsw where opcode.info.allowsWrapFlags: flag = .nsw
            case .exact where opcode.info.allowsExact: flag = .exact
            case .disjoint where opcode == .or: flag = .disjoint
            default: flag = []
            }
            if flag.isEmpty { break }
            flags.insert(flag)
            advance()
        }
        var data = try parseBinaryOperands(opcode, accept: \.isInteger, "integer")
        data.flags = flags
        return data
    }

    /// `T a, b` where T satisfies `accept`.
    mutating func parseBinaryOperands(_ opcode: Opcode, accept: (IRType) -> Bool, _ kind: String)
        throws(ParseError) -> InstructionData
    {
        let at = pos
        let (type, lhs) = try parseTypedValue()
        // Vectors compute elementwise: the element type decides.
        guard accept(type.vectorShape?.element ?? type) else {
            throw error(.type, "'\(opcode)' needs \(kind) operands, not '\(type)'", at: at)
        }
        try expect(.comma, "',' between operands")
        let rhs = try parseValue(type)
        return InstructionData(opcode, type: type, operands: Operands(lhs, rhs))
    }

    mutating func parseCompare(_ opcode: Opcode) throws(ParseError) -> InstructionData {
        advance()
        var flags: InstructionFlags = []
        if opcode == .icmp {
            if eatWord(.samesign) { flags.insert(.sameSign) }
        } else {
            skipFastMathFlags()
        }
        guard tok.kind == .word else { throw error(.syntax, "expected a comparison predicate, found \(describe(tok))") }
        let predicate: UInt8
        if opcode == .icmp {
            guard let p = tok.keyword.intPredicate else {
                throw error(.syntax, "unknown icmp predicate '\(word(tok))'")
            }
            predicate = p.rawValue
        } else {
            guard let p = tok.keyword.floatPredicate else {
                throw error(.syntax, "unknown fcmp predicate '\(word(tok))'")
            }
            predicate = p.rawValue
        }
        advance()
        var data = opcode == .icmp
            ? try parseBinaryOperands(opcode, accept: { $0.isInteger || $0 == .ptr }, "integer or pointer")
            : try parseBinaryOperands(opcode, accept: \.isFloatingPoint, "floating-point")
        data.type = data.type.vectorShape.map { .vector(count: $0.count, element: .i1) } ?? .i1
        data.predicate = predicate
        data.flags = flags
        return data
    }

    mutating func parseCast(_ opcode: Opcode) throws(ParseError) -> InstructionData {
        advance()
        var flags: InstructionFlags = []
        while tok.kind == .word {
            switch tok.keyword {
            case .nneg where opcode == .zext || opcode == .uitofp: flags.insert(.nneg)
            case .nuw where opcode == .trunc: flags.insert(.nuw)
            case .nsw where opcode == .trunc: flags.insert(.nsw)
            case let k where k.isFastMathFlag: break
            default:
                var data = try parseCastOperands(opcode)
                data.flags = flags
                return data
            }
            advance()
        }
        var data = try parseCastOperands(opcode)
        data.flags = flags
        return data
    }

    mutating func parseCastOperands(_ opcode: Opcode) throws(ParseError) -> InstructionData {
        let at = pos
        let (from, v) = try parseTypedValue()
        try expectWord(.to)
        let to = try parseType()
        try checkCast(opcode, from: from, to: to, at: at)
        return InstructionData(opcode, type: to, operands: Operands(v))
    }

    // MARK: - Other value instructions

    mutating func parseSelect() throws(ParseError) -> InstructionData {
        advance()
        skipFastMathFlags()
        let at = pos
        let (condType, cond) = try parseTypedValue()
        guard condType == .i1 || condType.vectorShape?.element == .i1 else {
            throw error(.type, "select condition must be i1 or a vector of i1, not '\(condType)'", at: at)
        }
        try expect(.comma, "','")
        let typeAt = pos
        let (type, a) = try parseTypedValue()
        guard type != .void, type != .label, type != .metadata else {
            throw error(.type, "invalid type '\(type)' for select", at: typeAt)
        }
        if let (n, _) = condType.vectorShape, type.vectorShape?.count != n {
            throw error(.type, "select condition '\(condType)' needs operands of \(n) elements, not '\(type)'", at: typeAt)
        }
        try expect(.comma, "','")
        let bAt = pos
        try checkType(try parseType(), expected: type, at: bAt)
        let b = try parseValue(type)
        return InstructionData(.select, type: type, operands: Operands(cond, a, b))
    }

    /// `phi T [ v, %bb ], ...`.
    mutating func parsePhi() throws(ParseError) -> InstructionData {
        advance()
        skipFastMathFlags()
        let at = pos
        let type = try parseType()
        guard type != .void, type != .label, type != .metadata else {
            throw error(.type, "invalid type '\(type)' for phi", at: at)
        }
        var operands: Operands = []
        operands.reserveCapacity(4)  // (most phis join two edges: no regrowth)
        repeat {
            try expect(.leftBracket, "'[' of a phi incoming value")
            operands.append(try parseValue(type))
            try expect(.comma, "',' in phi incoming value")
            guard tok.kind == .localName || tok.kind == .localNumber else {
                throw error(.syntax, "expected a block label, found \(describe(tok))")
            }
            operands.append(try parseValue(.label))
            try expect(.rightBracket, "']' of a phi incoming value")
        } while tok.kind == .comma && peekKind() == .leftBracket && eat(.comma)
        return InstructionData(.phi, type: type, operands: operands)
    }

    mutating func parseAlloca() throws(ParseError) -> InstructionData {
        advance()
        if isWord(.inalloca) || isWord(.swifterror) {
            throw error(.unsupported, "'alloca \(word(tok))' is not supported")
        }
        let at = pos
        let type = try parseType()
        try checkElementType(type, at: at)
        var data = InstructionData(.alloca, type: .ptr, operands: Operands())
        data.auxiliaryType = type
        if tok.kind == .comma && peekKind() != .metadataName && !(tokens[pos + 1].keyword == .align
            || tokens[pos + 1].keyword == .addrspace)
        {
            advance()
            let countAt = pos
            let (countType, count) = try parseTypedValue()
            guard countType.isInteger else { throw error(.type, "alloca count must be an integer", at: countAt) }
            data.operands = [count]
        }
        try parseMemoryOptions(&data, allowAddressSpace: true)
        return data
    }

    mutating func parseLoad() throws(ParseError) -> InstructionData {
        advance()
        if isWord(.atomic) { throw error(.unsupported, "atomic loads are not supported") }
        let isVolatile = eatWord(.volatile)
        let at = pos
        let type = try parseType()
        guard type.isFirstClassScalar || type.isAggregate || type.isVector else {
            throw error(.type, "invalid type '\(type)' for load", at: at)
        }
        try expect(.comma, "',' after loaded type")
        let pointerAt = pos
        let (pointerType, pointer) = try parseTypedValue()
        try checkType(pointerType, expected: .ptr, at: pointerAt)
        var data = InstructionData(.load, type: type, operands: Operands(pointer))
        if isVolatile { data.flags = .volatile }
        try parseMemoryOptions(&data)
        return data
    }

    mutating func parseStore() throws(ParseError) -> InstructionData {
        advance()
        if isWord(.atomic) { throw error(.unsupported, "atomic stores are not supported") }
        let isVolatile = eatWord(.volatile)
        let at = pos
        let (type, value) = try parseTypedValue()
        guard type.isFirstClassScalar || type.isAggregate || type.isVector else {
            throw error(.type, "invalid type '\(type)' for store", at: at)
        }
        try expect(.comma, "',' after stored value")
        let pointerAt = pos
        let (pointerType, pointer) = try parseTypedValue()
        try checkType(pointerType, expected: .ptr, at: pointerAt)
        var data = InstructionData(.store, type: .void, operands: Operands(value, pointer))
        if isVolatile { data.flags = .volatile }
        try parseMemoryOptions(&data)
        return data
    }

    /// `getelementptr [inbounds] [nuw] T, ptr p, iN i, ...`.
    mutating func parseGEP() throws(ParseError) -> InstructionData {
        advance()
        let flags = try parseGEPFlags()
        let sourceAt = pos
        let source = try parseType()
        try checkElementType(source, at: sourceAt)
        try expect(.comma, "',' after getelementptr type")
        let baseAt = pos
        let (baseType, base) = try parseTypedValue()
        try checkType(baseType, expected: .ptr, at: baseAt)
        var operands: Operands = []
        operands.reserveCapacity(4)  // (base and up to three indices without regrowth)
        operands.append(base)
        var current = source  // (what the indices so far select)
        while tok.kind == .comma && peekKind() != .metadataName {
            advance()
            let at = pos
            let (type, v) = try parseTypedValue()
            try checkGEPIndex(operands.count - 1, type, v, at: at, current: &current)
            operands.append(v)
        }
        var data = InstructionData(.getelementptr, type: .ptr, operands: operands)
        data.auxiliaryType = source
        data.flags = flags
        return data
    }

    /// `extractvalue T agg, i, ...` and `insertvalue T agg, U v, i, ...`.
    mutating func parseAggregateAccess(_ opcode: Opcode) throws(ParseError) -> InstructionData {
        advance()
        let at = pos
        let (type, aggregate) = try parseTypedValue()
        guard type.isAggregate else {
            throw error(.type, "'\(opcode)' needs an aggregate operand, not '\(type)'", at: at)
        }
        var operands = Operands(aggregate)
        var elementAt = 0
        var elementType: IRType?
        if opcode == .insertvalue {
            try expect(.comma, "','")
            elementAt = pos
            let (t, v) = try parseTypedValue()
            elementType = t
            operands.append(v)
        }
        var indices: [Int] = []
        var current = type
        while tok.kind == .comma && peekKind() != .metadataName {
            advance()
            let indexAt = pos
            let index = try parseSmallInteger("aggregate index")
            if case .array(let count, let element) = current, index < count {
                current = element
            } else if let (fields, _) = module.structFields(current), index < fields.count {
                current = fields[index]
            } else {
                throw error(.type, "invalid index \(index) into '\(current)'", at: indexAt)
            }
            indices.append(index)
        }
        guard !indices.isEmpty else { throw error(.syntax, "expected ',' and an index, found \(describe(tok))") }
        var data: InstructionData
        if let elementType {
            try checkType(elementType, expected: current, at: elementAt)
            data = InstructionData(.insertvalue, type: type, operands: operands)
        } else {
            data = InstructionData(.extractvalue, type: current, operands: operands)
        }
        data.indices = indices
        return data
    }

    // MARK: - Calls

    // MARK: - Vector elements

    /// A typed vector operand; returns its type, element count and element type.
    mutating func parseVectorOperand(_ opcode: Opcode) throws(ParseError) -> (IRType, Int, IRType, Value) {
        let at = pos
        let (type, v) = try parseTypedValue()
        guard case .vector(let count, let element) = type else {
            throw error(.type, "'\(opcode)' needs a vector operand, not '\(type)'", at: at)
        }
        return (type, count, element, v)
    }

    /// `, iK %i`: an element index of any integer type.
    mutating func parseElementIndex(_ opcode: Opcode) throws(ParseError) -> Value {
        try expect(.comma, "',' before the element index")
        let at = pos
        let (type, v) = try parseTypedValue()
        guard type.isInteger else { throw error(.type, "'\(opcode)' index must be an integer, not '\(type)'", at: at) }
        return v
    }

    /// `extractelement <N x T> %v, iK %i`: element T.
    mutating func parseExtractElement() throws(ParseError) -> InstructionData {
        advance()
        let (_, _, element, vector) = try parseVectorOperand(.extractelement)
        let index = try parseElementIndex(.extractelement)
        return InstructionData(.extractelement, type: element, operands: Operands(vector, index))
    }

    /// `insertelement <N x T> %v, T %e, iK %i`: the vector with element i replaced.
    mutating func parseInsertElement() throws(ParseError) -> InstructionData {
        advance()
        let (type, _, element, vector) = try parseVectorOperand(.insertelement)
        try expect(.comma, "','")
        let at = pos
        try checkType(try parseType(), expected: element, at: at)
        let value = try parseValue(element)
        let index = try parseElementIndex(.insertelement)
        return InstructionData(.insertelement, type: type, operands: Operands(vector, value, index))
    }

    /// `shufflevector <N x T> %a, <N x T> %b, <M x i32> mask`: a `<M x T>` whose element k is
    /// `a[mask[k]]` or `b[mask[k] - N]`. The mask is a constant: a vector of `i32` constants below
    /// 2N or `poison`/`undef` elements, or `zeroinitializer`, `poison`, `undef`.
    mutating func parseShuffleVector() throws(ParseError) -> InstructionData {
        advance()
        let (type, count, element, a) = try parseVectorOperand(.shufflevector)
        try expect(.comma, "','")
        let bAt = pos
        try checkType(try parseType(), expected: type, at: bAt)
        let b = try parseValue(type)
        try expect(.comma, "','")
        let maskAt = pos
        let maskType = try parseType()
        guard case .vector(let length, .i32) = maskType else {
            throw error(.type, "shufflevector mask must be a vector of i32, not '\(maskType)'", at: maskAt)
        }
        let mask = try parseConstant(maskType)
        if let bad = module.shuffleMaskProblem(mask, sourceLength: count) {
            throw error(.type, bad, at: maskAt)
        }
        return InstructionData(.shufflevector, type: .vector(count: length, element: element), operands: Operands(a, b, mask))
    }

    /// `[tail|musttail|notail] call [attrs] T [(params)] callee(args) [#N]`.
    mutating func parseCall() throws(ParseError) -> InstructionData {
        var flags: InstructionFlags = []
        if eatWord(.tail) {
            flags = .tail
        } else if eatWord(.musttail) {
            flags = .mustTail
        } else if eatWord(.notail) {
            flags = .noTail
        }
        try expectWord(.call)
        skipFastMathFlags()
        try parseCallingConvention()
        let resultAttributes = try parseParameterAttributes()
        if isWord(.addrspace) { try parseAddressSpace() }
        let typeAt = pos
        let result = try parseType()
        guard result != .label, result != .metadata else {
            throw error(.type, "invalid call result type '\(result)'", at: typeAt)
        }
        var explicit: FunctionType?
        if tok.kind == .leftParen { explicit = try parseFunctionTypeSuffix(result: result) }
        if isWord(.asm) { throw error(.unsupported, "inline assembly is not supported") }
        let callee = try parseValue(.ptr)
        try expect(.leftParen, "'(' of call arguments")
        var operands: Operands = []
        var argumentTypes: [IRType] = []
        var argumentAttributes: [ParameterAttributes] = []
        operands.reserveCapacity(5)
        operands.append(callee)
        argumentTypes.reserveCapacity(4)
        argumentAttributes.reserveCapacity(4)
        if !eat(.rightParen) {
            repeat {
                let at = pos
                let type = try parseType()
                if type == .metadata { throw error(.unsupported, "metadata arguments are not supported", at: at) }
                guard type != .void, type != .label else {
                    throw error(.type, "invalid argument type '\(type)'", at: at)
                }
                if let explicit, argumentTypes.count < explicit.parameters.count {
                    try checkType(type, expected: explicit.parameters[argumentTypes.count], at: at)
                }
                argumentAttributes.append(try parseParameterAttributes())
                operands.append(try parseValue(type))
                argumentTypes.append(type)
            } while eat(.comma)
            try expect(.rightParen, "')' after call arguments")
        }
        try parseFunctionAttributes(inHeader: false)
        if tok.kind == .leftBracket { throw error(.unsupported, "operand bundles are not supported") }
        let type = explicit ?? FunctionType(result, argumentTypes)
        if let explicit {
            let n = explicit.parameters.count
            guard argumentTypes.count == n || (explicit.isVariadic && argumentTypes.count > n) else {
                throw error(.type, "call passes \(argumentTypes.count) arguments to a function of type '\(explicit)'",
                            at: typeAt)
            }
        }
        if explicit == nil, callee.kind == .function {
            implicitCalls.append(functionCount - 1)
            implicitCalls.append(body.function.instructions.count)
        }
        var data = InstructionData(.call, type: type.result, operands: operands)
        data.flags = flags
        data.auxiliaryType = .function(type)
        data.setCallAttributes(arguments: argumentAttributes, result: resultAttributes)
        return data
    }

    // MARK: - Terminators

    mutating func parseBranch() throws(ParseError) -> InstructionData {
        advance()
        if isWord(.label) { return InstructionData(.br, type: .void, operands: Operands(try parseLabelOperand())) }
        let at = pos
        let (type, cond) = try parseTypedValue()
        guard type == .i1 else { throw error(.type, "branch condition must be i1, not '\(type)'", at: at) }
        try expect(.comma, "','")
        let then = try parseLabelOperand()
        try expect(.comma, "','")
        let otherwise = try parseLabelOperand()
        return InstructionData(.br, type: .void, operands: Operands(cond, then, otherwise))
    }

    /// `switch T v, label %default [ T c, label %bb ... ]`.
    mutating func parseSwitch() throws(ParseError) -> InstructionData {
        advance()
        let at = pos
        let (type, value) = try parseTypedValue()
        guard type.isInteger else { throw error(.type, "switch condition must be an integer, not '\(type)'", at: at) }
        try expect(.comma, "','")
        var operands = Operands(value, try parseLabelOperand())
        try expect(.leftBracket, "'[' of switch cases")
        var seen: Set<Value> = []
        while tok.kind != .rightBracket {
            let caseAt = pos
            try checkType(try parseType(), expected: type, at: caseAt)
            let valueAt = pos
            guard tok.kind != .localName && tok.kind != .localNumber else {
                throw error(.type, "switch case values must be constants")
            }
            let c = try parseConstant(type)
            guard seen.insert(c).inserted else { throw error(.type, "duplicate switch case value", at: valueAt) }
            try expect(.comma, "',' after switch case value")
            operands.append(c)
            operands.append(try parseLabelOperand())
        }
        advance()
        return InstructionData(.switch, type: .void, operands: operands)
    }

    mutating func parseReturn() throws(ParseError) -> InstructionData {
        advance()
        let at = pos
        let expected = body.function.type.result
        if eatWord(.void) {
            guard expected == .void else {
                throw error(.type, "'ret void' in a function returning '\(expected)'", at: at)
            }
            return InstructionData(.ret, type: .void, operands: Operands())
        }
        let type = try parseType()
        guard type == expected else {
            throw error(.type, "returned type '\(type)' does not match the function result type '\(expected)'", at: at)
        }
        return InstructionData(.ret, type: .void, operands: Operands(try parseValue(type)))
    }
}
