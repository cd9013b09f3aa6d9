// Types and constants. Every constant is parsed against the type written before it (`i32 7`,
// `[2 x i8] c"a\00"`), so a constant is typed by construction and a mismatch is reported where it
// is written. Constants go through `Module.constant`, which interns them.

extension ModuleParser {
    // MARK: - Types

    /// Guards recursion on nested types and constants.
    mutating func enterNested() throws(ParseError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error(.unsupported, "types or constants nested too deeply") }
    }

    /// A type: `void`, `iN`, `float`, `double`, `ptr`, `label`, `metadata`, arrays, literal and
    /// packed structs, and named structs. Function types are parsed by `parseFunctionTypeSuffix`.
    mutating func parseType() throws(ParseError) -> IRType {
        try enterNested()
        defer { depth -= 1 }
        let t = tok
        let type: IRType
        switch t.kind {
        case .word:
            type = try parseWordType(t)
        case .leftBracket:
            advance()
            let count = try parseSmallInteger("array length")
            try expectWord(.x)
            let element = try parseType()
            try checkElementType(element)
            try expect(.rightBracket, "']' after array type")
            type = .array(count: count, element: element)
        case .leftBrace:
            type = .structure(fields: try parseStructFields(closing: .rightBrace), packed: false)
        case .less:
            guard peekKind() == .leftBrace else {
                type = try parseVectorType()
                break
            }
            advance()
            let fields = try parseStructFields(closing: .rightBrace)
            try expect(.greater, "'>' after packed struct type")
            type = .structure(fields: fields, packed: true)
        case .localName, .localNumber:
            let name = try localName(t)
            if structUses[name] == nil { structUses[name] = pos }
            advance()
            type = .named(name)
        default:
            throw error(.syntax, "expected a type, found \(describe(t))")
        }
        if tok.kind == .star {
            throw error(.unsupported, "typed pointers ('\(type)*') are not supported; use 'ptr'")
        }
        return type
    }

    /// The largest vector the model accepts; clang's C ABI lowering uses `<2 x float>`.
    static let maximumVectorLength = 1024

    /// `<N x T>` from `<` (the current token). Elements are `i8`...`i64`, `float`, `double`, `ptr`.
    mutating func parseVectorType() throws(ParseError) -> IRType {
        advance()
        if isWord(.vscale) { throw error(.unsupported, "scalable vector types are not supported") }
        let countAt = pos
        let count = try parseSmallInteger("vector length")
        guard count >= 1 else { throw error(.type, "vector type must have at least one element", at: countAt) }
        guard count <= Self.maximumVectorLength else {
            throw error(.unsupported, "vectors of more than \(Self.maximumVectorLength) elements are not supported",
                        at: countAt)
        }
        try expectWord(.x)
        let elementAt = pos
        let element = try parseType()
        guard element.isValidVectorElement || element == .i1 else {
            let kind: ParseError.Kind = element.isInteger ? .unsupported : .type
            throw error(kind, "vector element type '\(element)' is not supported (use i1, i8, i16, i32, i64, "
                            + "float, double or ptr)", at: elementAt)
        }
        try expect(.greater, "'>' after vector type")
        return .vector(count: count, element: element)
    }

    mutating func parseWordType(_ t: Token) throws(ParseError) -> IRType {
        let start = Int(t.start), count = Int(t.end - t.start)
        if count >= 2 && bytes[start] == 0x69 {  // iN
            var bits = 0
            var k = start + 1
            while k < start + count && Lexer.isDigit(bytes[k]) {
                bits = min(bits * 10 + Int(bytes[k] - 0x30), 1 << 30)
                k += 1
            }
            if k == start + count {
                guard count <= 4, bits >= 1 else {
                    throw error(.unsupported, "integer type '\(word(t))' is not supported")
                }
                guard bits <= 64 else {
                    throw error(.unsupported, "integer types wider than 64 bits ('\(word(t))') are not supported")
                }
                advance()
                return .int(bits)
            }
        }
        switch t.keyword {
        case .void: advance(); return .void
        case .float: advance(); return .float
        case .double: advance(); return .double
        case .label: advance(); return .label
        case .metadata: advance(); return .metadata
        case .ptr:
            advance()
            if isWord(.addrspace) { try parseAddressSpace() }
            return .ptr
        case .half, .bfloat, .fp128, .x86_fp80, .ppc_fp128:
            throw error(.unsupported, "floating-point type '\(word(t))' is not supported")
        case .x86_amx, .x86_mmx, .token, .target:
            throw error(.unsupported, "type '\(word(t))' is not supported")
        default:
            throw error(.syntax, "expected a type, found '\(word(t))'")
        }
    }

    /// `{ T, T }` after `{` (the current token); consumes the closing brace.
    mutating func parseStructFields(closing: TokenKind) throws(ParseError) -> [IRType] {
        advance()
        var fields: [IRType] = []
        if eat(closing) { return fields }
        repeat {
            let at = pos
            let field = try parseType()
            try checkElementType(field, at: at)
            fields.append(field)
        } while eat(.comma)
        try expect(closing, "'}' after struct fields")
        return fields
    }

    /// Arrays and structs hold first-class values only.
    mutating func checkElementType(_ type: IRType, at index: Int? = nil) throws(ParseError) {
        switch type {
        case .void, .label, .metadata, .function:
            throw error(.type, "invalid element type '\(type)'", at: index.map { $0 } ?? pos - 1)
        default: break
        }
    }

    /// After a result type, `(T, T, ...)` makes a function type.
    mutating func parseFunctionTypeSuffix(result: IRType) throws(ParseError) -> FunctionType {
        try expect(.leftParen, "'(' of a function type")
        var parameters: [IRType] = []
        var variadic = false
        if !eat(.rightParen) {
            repeat {
                if eat(.ellipsis) {
                    variadic = true
                    break
                }
                let at = pos
                let p = try parseType()
                try checkElementType(p, at: at)
                parameters.append(p)
            } while eat(.comma)
            try expect(.rightParen, "')' after parameter types")
        }
        return FunctionType(result, parameters, variadic: variadic)
    }

    // MARK: - Constants

    /// `T c` where T is written first.
    mutating func parseTypedConstant() throws(ParseError) -> Value {
        let type = try parseType()
        return try parseConstant(type)
    }

    /// A constant of type `type` (also globals and functions, whose type is `ptr`).
    mutating func parseConstant(_ type: IRType) throws(ParseError) -> Value {
        try enterNested()
        defer { depth -= 1 }
        let t = tok
        switch t.kind {
        case .globalName, .globalNumber:
            let value: Value
            if let (start, length) = unquotedName(t), let v = names.find(bytes, start: start, length: length) {
                value = v
            } else {
                let name = try symbolName(t)
                guard let v = symbols[name] else { throw error(.name, "use of undefined value '@\(quotedName(name))'") }
                value = v
            }
            try checkType(.ptr, expected: type)
            advance()
            return value
        case .integer:
            guard let width = type.integerWidth else {
                throw error(.type, "integer constant must have integer type, not '\(type)'")
            }
            guard let v = integerValue(t) else { throw error(.syntax, "integer constant does not fit in 64 bits") }
            advance()
            let bits = v.negative ? 0 &- v.magnitude : v.magnitude
            let mask: UInt64 = width >= 64 ? .max : (1 << UInt64(width)) - 1
            return module.constant(.int(type, bits: bits & mask))
        case .float:
            return try parseFloatConstant(type)
        case .cString:
            guard case .array(let count, .int(8)) = type else {
                throw error(.type, "a c\"...\" string must have type [N x i8], not '\(type)'")
            }
            let data = try decodeQuoted(Int(t.start) + 1, Int(t.end))
            guard data.count == count else {
                throw error(.type, "string has \(data.count) bytes but its type '\(type)' has \(count)")
            }
            advance()
            return module.constant(.bytes(data))
        case .leftBracket:
            guard case .array(let count, let element) = type else {
                throw error(.type, "array constant must have array type, not '\(type)'")
            }
            advance()
            var elements: [Value] = []
            if tok.kind != .rightBracket {
                repeat {
                    let at = pos
                    try checkType(try parseType(), expected: element, at: at)
                    elements.append(try parseConstant(element))
                } while eat(.comma)
            }
            try expect(.rightBracket, "']' after array elements")
            guard elements.count == count else {
                throw error(.type, "array constant has \(elements.count) elements but its type '\(type)' has \(count)",
                            at: pos - 1)
            }
            return module.constant(.aggregate(type, elements))
        case .less where type.isVector:
            return try parseVectorConstant(type)
        case .leftBrace, .less:
            return try parseStructConstant(type)
        case .word:
            return try parseWordConstant(type)
        case .exclaim, .metadataName:
            throw error(.unsupported, "metadata operands are not supported")
        default:
            throw error(.syntax, "expected a constant of type '\(type)', found \(describe(t))")
        }
    }

    /// `<T a, T b, ...>` of a vector type; the elements are scalar constants of the element type.
    mutating func parseVectorConstant(_ type: IRType) throws(ParseError) -> Value {
        guard case .vector(let count, let element) = type else {
            throw error(.type, "vector constant must have vector type, not '\(type)'")
        }
        advance()
        var elements: [Value] = []
        if tok.kind != .greater {
            repeat {
                let at = pos
                try checkType(try parseType(), expected: element, at: at)
                elements.append(try parseConstant(element))
            } while eat(.comma)
        }
        try expect(.greater, "'>' after vector elements")
        guard elements.count == count else {
            throw error(.type, "vector constant has \(elements.count) elements but its type '\(type)' has \(count)",
                        at: pos - 1)
        }
        return module.constant(.aggregate(type, elements))
    }

    /// `{ T a, T b }` or `<{ ... }>` of a literal or named struct type.
    mutating func parseStructConstant(_ type: IRType) throws(ParseError) -> Value {
        let packedSyntax = tok.kind == .less
        guard let (fields, packed) = module.structFields(type) else {
            throw error(.type, "struct constant must have struct type, not '\(type)'")
        }
        guard packed == packedSyntax else {
            throw error(.type, "\(packedSyntax ? "packed" : "unpacked") struct constant for type '\(type)'")
        }
        if packedSyntax {
            advance()
            guard tok.kind == .leftBrace else { throw error(.syntax, "expected '{' of a packed struct constant") }
        }
        advance()
        var elements: [Value] = []
        if tok.kind != .rightBrace {
            repeat {
                let at = pos
                let fieldType = try parseType()
                guard elements.count < fields.count else {
                    throw error(.type, "struct constant has more elements than '\(type)'", at: at)
                }
                try checkType(fieldType, expected: fields[elements.count], at: at)
                elements.append(try parseConstant(fieldType))
            } while eat(.comma)
        }
        try expect(.rightBrace, "'}' after struct elements")
        if packedSyntax { try expect(.greater, "'>' after packed struct constant") }
        guard elements.count == fields.count else {
            throw error(.type, "struct constant has \(elements.count) elements but '\(type)' has \(fields.count)",
                        at: pos - 1)
        }
        return module.constant(.aggregate(type, elements))
    }

    mutating func parseWordConstant(_ type: IRType) throws(ParseError) -> Value {
        let t = tok
        switch t.keyword {
        case .true, .false:
            guard type == .i1 else { throw error(.type, "'\(word(t))' must have type i1, not '\(type)'") }
            advance()
            return module.constant(.int(.i1, bits: t.keyword == .true ? 1 : 0))
        case .null:
            guard type == .ptr else { throw error(.type, "'null' must have type ptr, not '\(type)'") }
            advance()
            return module.constant(.null)
        case .undef, .poison, .zeroinitializer:
            guard type != .void, type != .label, type != .metadata else {
                throw error(.type, "invalid type '\(type)' for '\(word(t))'")
            }
            advance()
            if t.keyword == .undef { return module.constant(.undef(type)) }
            if t.keyword == .poison { return module.constant(.poison(type)) }
            return module.constant(.zero(type))
        case .getelementptr:
            return try parseGEPExpression(type)
        case .trunc, .ptrtoint, .inttoptr, .bitcast:
            return try parseCastExpression(type)
        case .add, .sub:
            return try parseBinaryExpression(type)
        case .blockaddress, .dso_local_equivalent, .no_cfi, .ptrauth:
            throw error(.unsupported, "'\(word(t))' constants are not supported")
        case .asm:
            throw error(.unsupported, "inline assembly is not supported")
        case .splat:
            // `splat (T c)`: a vector of `T` whose elements are all `c`.
            guard let (n, element) = type.vectorShape else {
                throw error(.type, "'splat' must have a vector type, not '\(type)'")
            }
            advance()
            try expect(.leftParen, "'(' after 'splat'")
            let at = pos
            try checkType(try parseType(), expected: element, at: at)
            let c = try parseConstant(element)
            try expect(.rightParen, "')' after the 'splat' element")
            return module.constant(.aggregate(type, Array(filling: c, count: n)))
        case .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .addrspacecast, .mul, .xor, .and,
             .or, .shl, .lshr, .ashr, .icmp, .fcmp, .select, .extractelement, .insertelement, .shufflevector,
             .extractvalue, .insertvalue, .udiv, .sdiv, .urem, .srem, .fneg:
            throw error(.unsupported, "constant expression '\(word(t))' is not supported")
        default:
            throw error(.syntax, "expected a constant of type '\(type)', found '\(word(t))'")
        }
    }

    /// `1.5e+00`, `0x3FF8000000000000` (the bits of a double, also for `float`).
    mutating func parseFloatConstant(_ type: IRType) throws(ParseError) -> Value {
        let t = tok
        guard type == .float || type == .double else {
            throw error(.type, "floating-point constant must have type float or double, not '\(type)'")
        }
        let s = slice(t)
        var value: Double
        if s.count > 2 && s[s.startIndex + 1] == 0x78 {  // 0x
            let digits = s.dropFirst(2)
            guard let first = digits.first, Lexer.isHexDigit(first) else {
                throw error(.unsupported, "hexadecimal constant '\(word(t))' of an unsupported floating-point type")
            }
            guard digits.count <= 16 else { throw error(.syntax, "hexadecimal constant has more than 64 bits") }
            var bits: UInt64 = 0
            for c in digits { bits = bits << 4 | UInt64(Self.hexValue(c) ?? 0) }
            value = Double(bitPattern: bits)
        } else if let d = Self.exactDecimal(s) {
            value = d
        } else {
            guard let d = Double(word(t)) else { throw error(.syntax, "malformed floating-point constant") }
            value = d
        }
        advance()
        if type == .double { return module.constant(.float(.double, bits: value.bitPattern)) }
        let f = Float(value)
        guard value.isNaN || Double(f) == value else {
            throw error(.type, "floating-point constant is not exactly representable as float", at: pos - 1)
        }
        return module.constant(.float(.float, bits: UInt64(f.bitPattern)))
    }

    /// The powers of ten a double holds exactly.
    static let exactPowersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                              1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// The value of decimal floating point `[-+]?D+.D*([eE][-+]?D+)?` (the lexer's form) when it
    /// takes one correctly rounded operation: at most 2^53 as an integer of all its digits, times
    /// or divided by a power of ten up to 10^22, both exact (Clinger's fast path); nil otherwise,
    /// for the general conversion. What LLVM prints (`1.000000e-02`, `-5.000000e-01`) is of this
    /// kind, and turning the token into a String for `Double(_:)` cost about a thousand
    /// instructions per constant.
    static func exactDecimal(_ s: ArraySlice<UInt8>) -> Double? {
        var k = s.startIndex
        let end = s.endIndex
        var negative = false
        if k < end && (s[k] == 0x2D || s[k] == 0x2B) {
            negative = s[k] == 0x2D
            k += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0  // significant digits in `mantissa` (leading zeros not counted)
        var scale = 0  // digits after the point
        var seenPoint = false
        while k < end {
            let c = s[k]
            if c == 0x2E, !seenPoint {
                seenPoint = true
            } else if Lexer.isDigit(c) {
                if mantissa != 0 || c != 0x30 { digits += 1 }
                guard digits <= 19 else { return nil }
                mantissa = mantissa * 10 + UInt64(c - 0x30)
                if seenPoint { scale += 1 }
            } else {
                break
            }
            k += 1
        }
        var exponent = 0
        if k < end && (s[k] | 0x20) == 0x65 {  // e E
            k += 1
            var exponentNegative = false
            if k < end && (s[k] == 0x2D || s[k] == 0x2B) {
                exponentNegative = s[k] == 0x2D
                k += 1
            }
            guard k < end else { return nil }
            while k < end, Lexer.isDigit(s[k]) {
                guard exponent < 10_000 else { return nil }
                exponent = exponent * 10 + Int(s[k] - 0x30)
                k += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        guard k == end, mantissa <= 1 << 53 else { return nil }
        let power = exponent - scale
        guard power >= -22 && power <= 22 else { return mantissa == 0 ? (negative ? -0.0 : 0.0) : nil }
        var value = Double(mantissa)
        if power >= 0 { value *= exactPowersOfTen[power] } else { value /= exactPowersOfTen[-power] }
        return negative ? -value : value
    }

    /// `getelementptr [inbounds] [nusw] [nuw] (T, ptr @g, i64 0, ...)`.
    mutating func parseGEPExpression(_ type: IRType) throws(ParseError) -> Value {
        let start = pos
        advance()
        let flags = try parseGEPFlags()
        try expect(.leftParen, "'(' after 'getelementptr'")
        let sourceAt = pos
        let source = try parseType()
        try checkElementType(source, at: sourceAt)
        var operands: [Value] = []
        var current = source  // (what the indices so far select)
        while eat(.comma) {
            let at = pos
            let t = try parseType()
            let v = try parseConstant(t)
            if operands.isEmpty {
                try checkType(t, expected: .ptr, at: at)
            } else {
                try checkGEPIndex(operands.count - 1, t, v, at: at, current: &current)
            }
            operands.append(v)
        }
        try expect(.rightParen, "')' after getelementptr operands")
        guard !operands.isEmpty else { throw error(.syntax, "getelementptr needs a base pointer", at: start) }
        try checkType(.ptr, expected: type, at: start)
        return module.constant(.expression(ConstantExpression(.getelementptr, type: .ptr, sourceElementType: source,
                                                              operands: operands, flags: flags)))
    }

    /// The keywords between `getelementptr` and its operands.
    mutating func parseGEPFlags() throws(ParseError) -> InstructionFlags {
        var flags: InstructionFlags = []
        while true {
            if eatWord(.inbounds) {
                flags.insert(.inbounds)
            } else if eatWord(.nuw) {
                flags.insert(.nuw)
            } else if eatWord(.nusw) {
                // Implied by `inbounds`; alone it only adds poison cases: dropped.
            } else if isWord(.inrange) {
                advance()
                try skipBalancedParentheses()
            } else {
                return flags
            }
        }
    }

    /// `ptrtoint (ptr @g to i64)` and the other casts LLVM keeps as constant expressions.
    mutating func parseCastExpression(_ type: IRType) throws(ParseError) -> Value {
        let opcode = tok.keyword.opcode ?? .bitcast
        advance()
        while eatWord(.nuw) || eatWord(.nsw) {}
        try expect(.leftParen, "'(' after '\(opcode)'")
        let sourceAt = pos
        let sourceType = try parseType()
        let operand = try parseConstant(sourceType)
        try expectWord(.to)
        let destAt = pos
        let dest = try parseType()
        try expect(.rightParen, "')' after cast")
        try checkCast(opcode, from: sourceType, to: dest, at: sourceAt)
        try checkType(dest, expected: type, at: destAt)
        return module.constant(.expression(ConstantExpression(opcode, type: dest, operands: [operand])))
    }

    /// `sub (i64 a, i64 b)`: clang uses it for relative lookup tables.
    mutating func parseBinaryExpression(_ type: IRType) throws(ParseError) -> Value {
        let opcode = tok.keyword.opcode ?? .add
        advance()
        var flags: InstructionFlags = []
        while true {
            if eatWord(.nuw) { flags.insert(.nuw) } else if eatWord(.nsw) { flags.insert(.nsw) } else { break }
        }
        try expect(.leftParen, "'(' after '\(opcode)'")
        let at = pos
        let lhsType = try parseType()
        guard lhsType.isInteger else { throw error(.type, "'\(opcode)' needs integer operands", at: at) }
        let lhs = try parseConstant(lhsType)
        try expect(.comma, "','")
        let rhsAt = pos
        try checkType(try parseType(), expected: lhsType, at: rhsAt)
        let rhs = try parseConstant(lhsType)
        try expect(.rightParen, "')'")
        try checkType(lhsType, expected: type, at: at)
        return module.constant(.expression(ConstantExpression(opcode, type: lhsType, operands: [lhs, rhs],
                                                              flags: flags)))
    }

    // MARK: - Checks

    /// Fails unless `type` is `expected`.
    mutating func checkType(_ type: IRType, expected: IRType, at index: Int? = nil) throws(ParseError) {
        guard type == expected else {
            throw error(.type, "expected a value of type '\(expected)', found type '\(type)'", at: index)
        }
    }

    /// The operand and result types a cast accepts.
    mutating func checkCast(_ opcode: Opcode, from: IRType, to: IRType, at index: Int) throws(ParseError) {
        if let (n, fromElement) = from.vectorShape, let (m, toElement) = to.vectorShape, n == m {
            // Elementwise: a bitcast keeps each element's width.
            do {
                return try checkCast(opcode, from: fromElement, to: toElement, at: index)
            } catch {
                throw self.error(.type, "invalid cast '\(opcode)' from '\(from)' to '\(to)'", at: index)
            }
        }
        let ok: Bool
        switch opcode {
        case .trunc: ok = from.isInteger && to.isInteger && from.integerWidth! > to.integerWidth!
        case .zext, .sext: ok = from.isInteger && to.isInteger && from.integerWidth! < to.integerWidth!
        case .fptrunc: ok = from == .double && to == .float
        case .fpext: ok = from == .float && to == .double
        case .fptoui, .fptosi: ok = from.isFloatingPoint && to.isInteger
        case .uitofp, .sitofp: ok = from.isInteger && to.isFloatingPoint
        case .ptrtoint: ok = from == .ptr && to.isInteger
        case .inttoptr: ok = from.isInteger && to == .ptr
        case .bitcast:
            // Scalars of one width, or a vector regrouped (`<2 x i32>` to `i64` or `<4 x i16>`).
            ok = from.totalBitWidth != nil && from.totalBitWidth == to.totalBitWidth && (from == .ptr) == (to == .ptr)
        default: ok = false
        }
        guard ok else { throw error(.type, "invalid cast '\(opcode)' from '\(from)' to '\(to)'", at: index) }
    }

    /// Checks GEP index `k` (from 0), of type `type`, as it is parsed: array indices are any
    /// integer, struct field indices are in-range `i32` constants; `current` is the type the
    /// indices so far select (the source element type before index 1). The result is always
    /// `ptr`. (One index at a time, with no array of (type, value, token) triples: see
    /// ArrayFilling.swift on one-off types.)
    func checkGEPIndex(_ k: Int, _ type: IRType, _ value: Value, at: Int, current: inout IRType) throws(ParseError) {
        guard type.isInteger else { throw error(.type, "getelementptr index must be an integer", at: at) }
        if k == 0 { return }
        switch current {
        case .array(_, let element):
            current = element
        case .structure, .named:
            guard let (fields, _) = module.structFields(current) else {
                throw error(.type, "getelementptr into opaque struct '\(current)'", at: at)
            }
            guard type == .i32, value.kind == .constant,
                  case .int(_, let bits) = module.constants[value.index], bits < UInt64(fields.count)
            else { throw error(.type, "invalid struct field index into '\(current)'", at: at) }
            current = fields[Int(bits)]
        default:
            throw error(.type, "getelementptr indexes into non-aggregate type '\(current)'", at: at)
        }
    }
}
