// Attributes and metadata. The ABI attributes that change how a call passes values (`signext`,
// `zeroext`, `byval(T)`, `sret(T)`, and `align` with `byval`) are kept in `ParameterAttributes`,
// with `noundef` for printing; attributes that only promise facts to the optimizer are read and
// dropped; attributes that change the calling convention in ways the model cannot express are
// errors. Attribute groups (`attributes #0 = { ... }`) and metadata (`!0 = !{...}`, `!tbaa !5`)
// are skipped.

extension ModuleParser {
    /// Parameter and result attributes that are dropped; the value says whether `(...)` follows.
    static let droppedParameterAttributes: [String: Bool] = [
        "nonnull": false, "noalias": false, "nocapture": false, "readonly": false, "readnone": false,
        "writeonly": false, "returned": false, "nofree": false, "immarg": false, "dead_on_unwind": false,
        "writable": false, "allocalign": false, "allocptr": false, "nosync": false,
        "dereferenceable": true, "dereferenceable_or_null": true, "captures": true, "initializes": true,
        "range": true, "nofpclass": true, "alignstack": true, "elementtype": true,
    ]

    /// Parameter attributes that would change the calling convention.
    static let unsupportedParameterAttributes: Set<String> = [
        "inreg", "inalloca", "preallocated", "byref", "nest", "swiftself", "swifterror", "swiftasync",
    ]

    /// Function attributes that are dropped; the value says whether `(...)` follows.
    static let droppedFunctionAttributes: [String: Bool] = [
        "alwaysinline": false, "builtin": false, "cold": false, "convergent": false, "hot": false,
        "inlinehint": false, "minsize": false, "mustprogress": false, "nobuiltin": false, "nocallback": false,
        "nocf_check": false, "noduplicate": false, "nofree": false, "noimplicitfloat": false, "noinline": false,
        "nomerge": false, "nonlazybind": false, "noprofile": false, "norecurse": false, "noredzone": false,
        "noreturn": false, "nosync": false, "nounwind": false, "null_pointer_is_valid": false,
        "optforfuzzing": false, "optnone": false, "optsize": false, "readnone": false, "readonly": false,
        "writeonly": false, "returns_twice": false, "safestack": false, "speculatable": false, "ssp": false,
        "sspreq": false, "sspstrong": false, "strictfp": false, "willreturn": false, "argmemonly": false,
        "inaccessiblememonly": false, "inaccessiblemem_or_argmemonly": false, "jumptable": false,
        "sanitize_address": false, "sanitize_memory": false, "sanitize_thread": false, "sanitize_hwaddress": false,
        "shadowcallstack": false, "speculative_load_hardening": false, "disable_sanitizer_instrumentation": false,
        "nosanitize_bounds": false, "nosanitize_coverage": false, "skipprofile": false,
        "memory": true, "allocsize": true, "uwtable": true, "vscale_range": true, "allockind": true,
        "alignstack": true, "allocalign": false, "fn_ret_thunk_extern": false,
    ]

    // MARK: - Parameter attributes

    /// Attributes of a parameter, argument or result, up to the first token that is not one.
    mutating func parseParameterAttributes() throws(ParseError) -> ParameterAttributes {
        var attributes = ParameterAttributes()
        var alignment: Int?
        while tok.kind == .word {
            let name = word(tok)
            switch name {
            case "signext": attributes.signExtend = true
            case "zeroext": attributes.zeroExtend = true
            case "noundef": attributes.noUndef = true
            case "byval", "sret":
                advance()
                try expect(.leftParen, "'(' after '\(name)'")
                let type = try parseType()
                try expect(.rightParen, "')' after '\(name)' type")
                if name == "byval" { attributes.byValue = type } else { attributes.structReturn = type }
                continue
            case "align":
                advance()
                alignment = try parseAlignmentValue()
                continue
            default:
                if Self.unsupportedParameterAttributes.contains(name) {
                    throw error(.unsupported, "parameter attribute '\(name)' is not supported")
                }
                guard let hasArguments = Self.droppedParameterAttributes[name] else {
                    if attributes.byValue != nil { attributes.alignment = alignment }
                    return attributes
                }
                advance()
                if hasArguments { try skipBalancedParentheses() }
                continue
            }
            advance()
        }
        // `align` changes the ABI only together with `byval` (the copy's alignment).
        if attributes.byValue != nil { attributes.alignment = alignment }
        return attributes
    }

    // MARK: - Function attributes

    /// Function attributes after a function header or a call: `#N`, `unnamed_addr`, words of
    /// `droppedFunctionAttributes`, and (for headers) `align N`, `section "s"`, `comdat`, `gc "s"`.
    mutating func parseFunctionAttributes(inHeader: Bool) throws(ParseError) {
        while true {
            switch tok.kind {
            case .attributeGroup:
                advance()
                continue
            case .string where peekKind() == .equal:
                // `"key"="value"` string attribute.
                advance()
                advance()
                try expect(.string, "attribute value string")
                continue
            case .string:
                advance()
                continue
            case .word:
                break
            default:
                return
            }
            let name = word(tok)
            if let hasArguments = Self.droppedFunctionAttributes[name] {
                advance()
                if hasArguments && tok.kind == .leftParen { try skipBalancedParentheses() }
                continue
            }
            guard inHeader else { return }
            switch name {
            case "unnamed_addr", "local_unnamed_addr":
                advance()
            case "align":
                advance()
                _ = try parseAlignmentValue()
            case "section", "partition", "gc":
                advance()
                _ = try parseStringLiteral()
            case "comdat":
                advance()
                if tok.kind == .leftParen {
                    advance()
                    try expect(.comdatName, "comdat name")
                    try expect(.rightParen, "')'")
                }
            case "addrspace":
                try parseAddressSpace()
            case "personality":
                throw error(.unsupported, "personality functions (exception handling) are not supported")
            case "prefix", "prologue":
                throw error(.unsupported, "function '\(name)' data is not supported")
            case "define", "declare", "attributes", "target", "source_filename", "module", "uselistorder":
                return  // the next top-level entity
            default:
                throw error(.syntax, "unknown function attribute '\(name)'")
            }
        }
    }

    /// Calling conventions: the C convention and those clang's optimizer picks for internal
    /// functions (`fastcc`, `coldcc`), which are dropped; both the definition and the calls lose
    /// them, so callers and callee still agree. Others are errors.
    mutating func parseCallingConvention() throws(ParseError) {
        guard tok.kind == .word else { return }
        let name = word(tok)
        switch name {
        case "ccc", "fastcc", "coldcc":
            advance()
        case "cc":
            throw error(.unsupported, "numbered calling conventions ('cc N') are not supported")
        default:
            if name.hasSuffix("cc") && name.count > 2 && !name.hasPrefix("i") {
                throw error(.unsupported, "calling convention '\(name)' is not supported")
            }
        }
    }

    // MARK: - Skipping

    /// Skips `( ... )` with nested brackets and braces; the current token must be `(`.
    mutating func skipBalancedParentheses() throws(ParseError) {
        guard tok.kind == .leftParen else { throw error(.syntax, "expected '(', found \(describe(tok))") }
        try skipBalanced()
    }

    /// Skips a bracketed group starting at the current token (`(`, `[` or `{`).
    mutating func skipBalanced() throws(ParseError) {
        let start = pos
        var stack: [TokenKind] = []
        repeat {
            switch tok.kind {
            case .leftParen: stack.append(.rightParen)
            case .leftBracket: stack.append(.rightBracket)
            case .leftBrace: stack.append(.rightBrace)
            case .rightParen, .rightBracket, .rightBrace:
                guard stack.last == tok.kind else { throw error(.syntax, "unbalanced \(describe(tok))") }
                stack.removeLast()
            case .eof:
                throw error(.syntax, "unterminated group opened here", at: start)
            case .invalid:
                throw error(.syntax, "unexpected \(describe(tok))")
            default: break
            }
            advance()
        } while !stack.isEmpty
    }

    /// `attributes #0 = { ... }`: dropped.
    mutating func skipAttributeGroupDefinition() throws(ParseError) {
        advance()
        try expect(.attributeGroup, "attribute group '#N' after 'attributes'")
        try expect(.equal, "'=' after attribute group")
        guard tok.kind == .leftBrace else { throw error(.syntax, "expected '{' of attribute group") }
        try skipBalanced()
    }

    /// `!0 = [distinct] !{...}`, `!llvm.ident = !{!0}`, `!1 = !DILocation(...)`: dropped.
    mutating func skipMetadataDefinition() throws(ParseError) {
        advance()
        try expect(.equal, "'=' after metadata name")
        _ = eatWord("distinct")
        try skipMetadataValue()
    }

    /// One metadata value: `!5`, `!{...}`, `!"text"`, `!DIExpression(...)`.
    mutating func skipMetadataValue() throws(ParseError) {
        switch tok.kind {
        case .metadataName:
            advance()
            if tok.kind == .leftParen { try skipBalanced() }
        case .exclaim:
            advance()
            if tok.kind == .leftBrace {
                try skipBalanced()
            } else {
                try expect(.string, "'{' or a string after '!'")
            }
        default:
            throw error(.syntax, "expected metadata, found \(describe(tok))")
        }
    }

    /// `!tbaa !5` after an instruction, global or function header: dropped.
    mutating func skipMetadataAttachment() throws(ParseError) {
        advance()
        try skipMetadataValue()
    }
}
