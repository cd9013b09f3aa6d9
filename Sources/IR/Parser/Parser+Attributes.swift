// Attributes and metadata. The ABI attributes that change how a call passes values (`signext`,
// `zeroext`, `byval(T)`, `sret(T)`, and `align` with `byval`) are kept in `ParameterAttributes`,
// with `noundef` for printing; attributes that only promise facts to the optimizer are read and
// dropped; attributes that change the calling convention in ways the model cannot express are
// errors. Attribute groups (`attributes #0 = { ... }`) and metadata (`!0 = !{...}`, `!tbaa !5`)
// are skipped.

extension ModuleParser {
    /// Parameter and result attributes that are dropped: true if `(...)` follows, false if not,
    /// nil for other words.
    static func droppedParameterAttribute(_ k: Keyword) -> Bool? {
        switch k {
        case .nonnull, .noalias, .nocapture, .readonly, .readnone, .writeonly, .returned, .nofree, .immarg,
             .dead_on_unwind, .writable, .allocalign, .allocptr, .nosync:
            false
        case .dereferenceable, .dereferenceable_or_null, .captures, .initializes, .range, .nofpclass, .alignstack,
             .elementtype:
            true
        default: nil
        }
    }

    /// Parameter attributes that would change the calling convention.
    static func isUnsupportedParameterAttribute(_ k: Keyword) -> Bool {
        switch k {
        case .inreg, .inalloca, .preallocated, .byref, .nest, .swiftself, .swifterror, .swiftasync: true
        default: false
        }
    }

    /// Function attributes that are dropped: true if `(...)` may follow, false if not, nil for
    /// other words.
    static func droppedFunctionAttribute(_ k: Keyword) -> Bool? {
        switch k {
        case .alwaysinline, .builtin, .cold, .convergent, .hot, .inlinehint, .minsize, .mustprogress, .nobuiltin,
             .nocallback, .nocf_check, .noduplicate, .nofree, .noimplicitfloat, .noinline, .nomerge, .nonlazybind,
             .noprofile, .norecurse, .noredzone, .noreturn, .nosync, .nounwind, .null_pointer_is_valid,
             .optforfuzzing, .optnone, .optsize, .readnone, .readonly, .writeonly, .returns_twice, .safestack,
             .speculatable, .ssp, .sspreq, .sspstrong, .strictfp, .willreturn, .argmemonly, .inaccessiblememonly,
             .inaccessiblemem_or_argmemonly, .jumptable, .sanitize_address, .sanitize_memory, .sanitize_thread,
             .sanitize_hwaddress, .shadowcallstack, .speculative_load_hardening, .disable_sanitizer_instrumentation,
             .nosanitize_bounds, .nosanitize_coverage, .skipprofile, .allocalign, .fn_ret_thunk_extern:
            false
        case .memory, .allocsize, .uwtable, .vscale_range, .allockind, .alignstack:
            true
        default: nil
        }
    }

    // MARK: - Parameter attributes

    /// Attributes of a parameter, argument or result, up to the first token that is not one.
    mutating func parseParameterAttributes() throws(ParseError) -> ParameterAttributes {
        var attributes = ParameterAttributes()
        var alignment: Int?
        while tok.kind == .word {
            let k = tok.keyword
            switch k {
            case .signext: attributes.signExtend = true
            case .zeroext: attributes.zeroExtend = true
            case .noundef: attributes.noUndef = true
            case .byval, .sret:
                advance()
                try expect(.leftParen, "'(' after '\(k.rawValue)'")
                let type = try parseType()
                try expect(.rightParen, "')' after '\(k.rawValue)' type")
                if k == .byval { attributes.byValue = type } else { attributes.structReturn = type }
                continue
            case .align:
                advance()
                alignment = try parseAlignmentValue()
                continue
            default:
                if Self.isUnsupportedParameterAttribute(k) {
                    throw error(.unsupported, "parameter attribute '\(k.rawValue)' is not supported")
                }
                guard let hasArguments = Self.droppedParameterAttribute(k) else {
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
            let k = tok.keyword
            if let hasArguments = Self.droppedFunctionAttribute(k) {
                advance()
                if hasArguments && tok.kind == .leftParen { try skipBalancedParentheses() }
                continue
            }
            guard inHeader else { return }
            switch k {
            case .unnamed_addr, .local_unnamed_addr:
                advance()
            case .align:
                advance()
                _ = try parseAlignmentValue()
            case .section, .partition, .gc:
                advance()
                _ = try parseStringLiteral()
            case .comdat:
                advance()
                if tok.kind == .leftParen {
                    advance()
                    try expect(.comdatName, "comdat name")
                    try expect(.rightParen, "')'")
                }
            case .addrspace:
                try parseAddressSpace()
            case .personality:
                throw error(.unsupported, "personality functions (exception handling) are not supported")
            case .prefix, .prologue:
                throw error(.unsupported, "function '\(k.rawValue)' data is not supported")
            case .define, .declare, .attributes, .target, .source_filename, .module, .uselistorder:
                return  // the next top-level entity
            default:
                throw error(.syntax, "unknown function attribute '\(word(tok))'")
            }
        }
    }

    /// Calling conventions: the C convention and those clang's optimizer picks for internal
    /// functions (`fastcc`, `coldcc`), which are dropped; both the definition and the calls lose
    /// them, so callers and callee still agree. Others are errors.
    mutating func parseCallingConvention() throws(ParseError) {
        guard tok.kind == .word else { return }
        switch tok.keyword {
        case .ccc, .fastcc, .coldcc:
            advance()
        case .cc:
            throw error(.unsupported, "numbered calling conventions ('cc N') are not supported")
        case .none:
            // Other conventions end in `cc` (`x86_stdcallcc`, `swiftcc`); no type does.
            let n = Int(tok.end - tok.start)
            if n > 2 && bytes[Int(tok.end) - 2] == 0x63 && bytes[Int(tok.end) - 1] == 0x63 && bytes[Int(tok.start)] != 0x69 {
                throw error(.unsupported, "calling convention '\(word(tok))' is not supported")
            }
        default:
            break
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
        _ = eatWord(.distinct)
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
