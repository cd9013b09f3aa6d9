// The LLVM IR text parser: the `.ll` text clang emits for portable C, in; a `Module`, out.
//
//   text ──Lexer──▶ [Token] ──prescan──▶ names of globals and functions, type definitions
//                                  └──▶ parse types, then every entity in order ──▶ Module
//
// Globals and functions may be used before they are defined, so a quick scan of the tokens first
// assigns each its `Value` (globals and functions are numbered in definition order, as
// `Module.addGlobal`/`addFunction` will number them). Named struct types may also be used before
// their definition, so type definitions are parsed before everything else. Inside a function,
// values and blocks may be used before they are defined (phis, branches): such uses are recorded
// and patched when the body ends (see `Parser+Function.swift`).
//
// Invariants: the parser stops at the first error and never traps on input. Attributes and
// metadata that do not change what the program computes are read and dropped; constructs that would
// change it and that the model cannot express (vectors, atomics, exceptions, inline assembly,
// address spaces, ...) are errors naming the construct.

/// Parses LLVM IR text into a ``Module``.
public enum IRParser {
    /// Parses a whole module.
    /// - Parameters:
    ///   - text: LLVM IR text, as clang writes it (`clang -S -emit-llvm`) or as ``Module/text`` prints it.
    ///   - file: The file name used in error locations.
    /// - Returns: The module.
    /// - Throws: ``ParseError`` at the first malformed or unsupported construct.
    public static func parse(_ text: String, file: String = "<stdin>") throws(ParseError) -> Module {
        try parse(bytes: Array(text.utf8), file: file)
    }

    /// Parses a whole module from UTF-8 bytes.
    /// - Parameters:
    ///   - bytes: LLVM IR text in UTF-8.
    ///   - file: The file name used in error locations.
    /// - Returns: The module.
    /// - Throws: ``ParseError`` at the first malformed or unsupported construct.
    public static func parse(bytes: [UInt8], file: String = "<stdin>") throws(ParseError) -> Module {
        var parser = ModuleParser(bytes: bytes, file: file)
        return try parser.parseModule()
    }
}

/// The state of one parse. Extensions in `Parser+*.swift` parse types and constants, attributes,
/// function bodies and instructions.
struct ModuleParser: ~Copyable {
    let bytes: [UInt8]
    let file: String
    var tokens: [Token] = []
    /// Where each line of `bytes` starts (``LexedSource/lineStarts``).
    var lineStarts: [Int32] = [0]
    /// The line table entry of the last position asked for: instructions are parsed in order, so
    /// the next one's line is found by looking forward from it.
    var lineCursor = 0
    /// Index of the current token.
    var pos = 0
    var module = Module()

    /// The value of each global and function, assigned by the prescan.
    var symbols: [String: Value] = [:]
    /// The same for the unquoted names, by their bytes (references are looked up here first).
    var names = NameTable()
    /// Globals and functions as they are parsed, in the order the prescan numbered them.
    var globals: [GlobalVariable?] = []
    var functions: [Function?] = []
    var globalCount = 0
    var functionCount = 0
    /// Unnamed globals (`@0`) seen so far; their numbers must follow in sequence.
    var nextGlobalNumber = 0
    /// Named struct types used, with the token of their first use, to report undefined ones.
    var structUses: [String: Int] = [:]
    /// Token index after each type definition, keyed by its first token, parsed ahead of the rest.
    var typeDefinitionEnds: [Int: Int] = [:]
    /// Nesting depth of types and constants, bounded so deep input cannot exhaust the stack.
    var depth = 0
    static let maximumDepth = 200
    /// The function body being parsed.
    var body = FunctionBodyState()
    /// Direct calls written without a function type (`call i32 @f(...)`): function and instruction,
    /// two entries a call (plain `Int`s: see ArrayFilling.swift on one-off types).
    var implicitCalls: [Int] = []
    /// The number of tokens of each function body, in order (from the prescan), and the next
    /// body's: the instruction array is reserved from it rather than grown.
    var bodyTokenCounts: [Int] = []
    var nextBody = 0

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    // MARK: - Module

    mutating func parseModule() throws(ParseError) -> Module {
        guard bytes.count < Int(Int32.max) else {
            throw ParseError(.unsupported, "input larger than 2 GiB",
                             at: IRSourceLocation(file: file, line: 1, column: 1, offset: 0), sourceLine: "")
        }
        let lexed = Lexer.lex(bytes)
        tokens = lexed.tokens
        lineStarts = lexed.lineStarts
        try prescan()
        // Type definitions first, so that bodies are known wherever a type is used.
        for start in typeDefinitionEnds.keys.sorted() {
            pos = start
            try parseTypeDefinition()
            typeDefinitionEnds[start] = pos
        }
        pos = 0
        while tok.kind != .eof {
            try parseTopLevelEntity()
        }
        for (name, use) in structUses where module.structs[name] == nil {
            throw error(.name, "use of undefined type '%\(quotedName(name))'", at: use)
        }
        return try finishModule()
    }

    /// Adds the parsed globals and functions to the module, in the order the prescan numbered them.
    mutating func finishModule() throws(ParseError) -> Module {
        for g in globals {
            guard let g else { throw error(.syntax, "malformed global definition", at: 0) }
            do { try module.addGlobal(g) } catch { throw self.error(.name, error.message, at: 0) }
        }
        for f in functions {
            guard let f else { throw error(.syntax, "malformed function definition", at: 0) }
            do { try module.addFunction(f) } catch { throw self.error(.name, error.message, at: 0) }
        }
        useDeclaredVariadicTypes()
        return module
    }

    /// A direct call to a variadic function written without its type (`call i32 @printf(ptr %s)`)
    /// takes the callee's declared type when the fixed arguments match it, so the call is made
    /// as a variadic call (on x86-64 that sets AL). LLVM always writes the type for such calls.
    mutating func useDeclaredVariadicTypes() {
        for k in stride(from: 0, to: implicitCalls.count, by: 2) {
            let f = implicitCalls[k], i = implicitCalls[k + 1]
            let call = module.functions[f].instructions[i]
            let declared = module.functions[call.operands[0].index].type
            guard declared.isVariadic, declared.result == call.type,
                  case .function(let written)? = call.auxiliaryType,
                  written.parameters.count >= declared.parameters.count,
                  Array(written.parameters.prefix(declared.parameters.count)) == declared.parameters
            else { continue }
            module.functions[f].instructions[i].auxiliaryType = .function(declared)
        }
    }

    mutating func parseTopLevelEntity() throws(ParseError) {
        let t = tok
        switch t.kind {
        case .localName, .localNumber:
            guard let end = typeDefinitionEnds[pos] else {
                throw error(.syntax, "expected a top-level entity, found \(describe(t))")
            }
            pos = end
        case .globalName, .globalNumber:
            try parseGlobal()
        case .metadataName:
            try skipMetadataDefinition()
        case .comdatName:
            // `$name = comdat any`: only meaningful for linkers merging sections; dropped.
            advance()
            try expect(.equal, "'=' after comdat name")
            try expectWord(.comdat)
            guard tok.kind == .word else { throw error(.syntax, "expected comdat selection kind") }
            advance()
        case .word:
            switch t.keyword {
            case .source_filename:
                advance()
                try expect(.equal, "'=' after source_filename")
                module.sourceFilename = try parseStringLiteral()
            case .target:
                advance()
                if eatWord(.datalayout) {
                    try expect(.equal, "'=' after 'target datalayout'")
                    module.dataLayout = try parseStringLiteral()
                } else if eatWord(.triple) {
                    try expect(.equal, "'=' after 'target triple'")
                    module.targetTriple = try parseStringLiteral()
                } else {
                    throw error(.syntax, "expected 'datalayout' or 'triple' after 'target'")
                }
            case .declare: try parseFunction(isDefinition: false)
            case .define: try parseFunction(isDefinition: true)
            case .attributes: try skipAttributeGroupDefinition()
            case .module:
                throw error(.unsupported, "module-level inline assembly ('module asm') is not supported")
            case .uselistorder, .uselistorder_bb:
                throw error(.unsupported, "'\(word(t))' directives are not supported")
            default:
                throw error(.syntax, "expected a top-level entity, found '\(word(t))'")
            }
        default:
            throw error(.syntax, "expected a top-level entity, found \(describe(t))")
        }
    }

    // MARK: - Prescan

    /// Finds, at brace depth 0, every global (`@g =`), function (`define`/`declare ... @f(`) and
    /// type definition (`%T = type`), and numbers globals and functions in order.
    mutating func prescan() throws(ParseError) {
        var depth = 0
        var i = 0
        var nextGlobal = 0
        var nextFunction = 0
        var inFunctionHeader = false
        var inDefinition = false
        var bodyStart = 0
        while tokens[i].kind != .eof {
            if depth > 0 {
                // Inside braces only braces matter: a function body is most of the tokens.
                while true {
                    let k = tokens[i].kind
                    if k == .leftBrace || k == .rightBrace || k == .eof { break }
                    i += 1
                }
                if tokens[i].kind == .eof { break }
            }
            let t = tokens[i]
            switch t.kind {
            case .leftBrace:
                if depth == 0 && inDefinition { bodyStart = i }
                depth += 1
            case .rightBrace:
                depth -= 1
                if depth == 0 && inDefinition {
                    bodyTokenCounts.append(i - bodyStart)
                    inDefinition = false
                }
            case .word where depth == 0:
                if t.keyword == .define || t.keyword == .declare { inFunctionHeader = true }
                if t.keyword == .define { inDefinition = true } else if t.keyword == .declare || t.keyword == .attributes { inDefinition = false }
            case .localName where depth == 0, .localNumber where depth == 0:
                if tokens[i + 1].kind == .equal && i + 2 < tokens.count && tokens[i + 2].keyword == .type {
                    typeDefinitionEnds[i] = i
                }
            case .globalName where depth == 0, .globalNumber where depth == 0:
                let next = tokens[i + 1].kind
                if inFunctionHeader && next == .leftParen {
                    inFunctionHeader = false
                    try declare(i, Value(.function, nextFunction))
                    nextFunction += 1
                } else if !inFunctionHeader && next == .equal {
                    try declare(i, Value(.global, nextGlobal))
                    nextGlobal += 1
                }
            default: break
            }
            i += 1
        }
        globals = Array(repeating: nil, count: nextGlobal)  // (not `filling:`: see ArrayFilling.swift)
        functions = Array(filling: nil, count: nextFunction)
    }

    mutating func declare(_ i: Int, _ value: Value) throws(ParseError) {
        let name = try symbolName(tokens[i])
        guard symbols[name] == nil else { throw error(.name, "redefinition of '@\(quotedName(name))'", at: i) }
        symbols[name] = value
        if let (start, length) = unquotedName(tokens[i]) { names.insert(bytes, start: start, length: length, value: value) }
    }

    /// Where the bytes of an unquoted `@name` or `@7` are (nil for `@"..."`).
    func unquotedName(_ t: Token) -> (start: Int, length: Int)? {
        let start = Int(t.start) + 1
        guard start < Int(t.end), bytes[start] != 0x22 else { return nil }
        return (start, Int(t.end) - start)
    }

    // MARK: - Globals

    /// `@g = [linkage] [dso_local] [unnamed_addr] global|constant T [init] [, align N] ...`
    mutating func parseGlobal() throws(ParseError) {
        let nameToken = pos
        let name = try symbolName(tok)
        if tok.kind == .globalNumber {
            guard Int(name) == nextGlobalNumber else {
                throw error(.name, "global '@\(name)' is numbered out of sequence, expected '@\(nextGlobalNumber)'")
            }
            nextGlobalNumber += 1
        }
        advance()
        try expect(.equal, "'=' after global name")
        guard let value = symbols[name], value.kind == .global, value.index == globalCount else {
            throw error(.syntax, "malformed global definition", at: nameToken)
        }
        globalCount += 1
        var linkage = parseLinkage()
        // `external` (or `extern_weak`) makes a declaration: no initializer follows.
        var isDeclaration = linkage == .externWeak
        if linkage == nil && eatWord(.external) {
            linkage = .external
            isDeclaration = true
        }
        var isDSOLocal = false
        var unnamedAddress: String?
        modifiers: while tok.kind == .word {
            switch tok.keyword {
            case .global, .constant:
                break modifiers
            case .dso_local: isDSOLocal = true
            case .dso_preemptable, .default, .hidden, .protected, .dllimport, .dllexport, .externally_initialized:
                break
            case .unnamed_addr, .local_unnamed_addr: unnamedAddress = word(tok)
            case .thread_local:
                throw error(.unsupported, "thread-local globals are not supported")
            case .addrspace:
                try parseAddressSpace()
                continue modifiers
            case .alias, .ifunc:
                throw error(.unsupported, "global \(word(tok))es are not supported")
            default:
                throw error(.syntax, "unexpected '\(word(tok))' in global definition")
            }
            advance()
        }
        let isConstant: Bool
        if eatWord(.constant) {
            isConstant = true
        } else if eatWord(.global) {
            isConstant = false
        } else {
            throw error(.syntax, "expected 'global' or 'constant', found \(describe(tok))")
        }
        let typeToken = pos
        let type = try parseType()
        guard type != .void, type != .label, type != .metadata else {
            throw error(.type, "invalid type '\(type)' for a global variable", at: typeToken)
        }
        var initializer: Value?
        if !isDeclaration {
            initializer = try parseConstant(type)
        }
        var global = GlobalVariable(name: name, valueType: type, initializer: initializer, isConstant: isConstant,
                                    linkage: linkage ?? .external)
        global.isDSOLocal = isDSOLocal
        global.unnamedAddress = unnamedAddress
        try parseGlobalTrailer(&global)
        globals[value.index] = global
    }

    /// `, section "s"`, `, comdat`, `, align N`, `, !dbg !0`, `#0` after a global.
    mutating func parseGlobalTrailer(_ global: inout GlobalVariable) throws(ParseError) {
        while true {
            if tok.kind == .attributeGroup {
                advance()
                continue
            }
            guard tok.kind == .comma else { return }
            advance()
            if tok.kind == .metadataName {
                try skipMetadataAttachment()
                continue
            }
            switch tok.keyword {
            case .align:
                advance()
                global.alignment = try parseAlignmentValue()
            case .section, .partition, .code_model:
                advance()
                _ = try parseStringLiteral()
            case .comdat:
                advance()
                if tok.kind == .leftParen {
                    advance()
                    try expect(.comdatName, "comdat name")
                    try expect(.rightParen, "')'")
                }
            case .no_sanitize_address, .no_sanitize_hwaddress, .sanitize_memtag, .sanitize_address_dyninit:
                advance()
            default:
                throw error(.syntax, "expected a global attribute after ',', found \(describe(tok))")
            }
        }
    }

    /// `private`, `internal`, ...; nil (and no token consumed) when none is present.
    mutating func parseLinkage() -> Linkage? {
        guard tok.kind == .word else { return nil }
        let linkage: Linkage
        switch tok.keyword {
        case .private: linkage = .private
        case .internal: linkage = .internal
        case .linkonce_odr: linkage = .linkonceODR
        case .weak_odr: linkage = .weakODR
        case .linkonce: linkage = .linkonce
        case .weak: linkage = .weak
        case .common: linkage = .common
        case .extern_weak: linkage = .externWeak
        case .available_externally: linkage = .availableExternally
        default: return nil
        }
        advance()
        return linkage
    }

    /// `addrspace(0)` is accepted; any other address space is an error.
    mutating func parseAddressSpace() throws(ParseError) {
        let start = pos
        advance()
        try expect(.leftParen, "'(' after 'addrspace'")
        let n = try parseSmallInteger("address space")
        try expect(.rightParen, "')' after address space")
        guard n == 0 else { throw error(.unsupported, "address space \(n) is not supported", at: start) }
    }

    /// The integer after `align`: a power of two.
    mutating func parseAlignmentValue() throws(ParseError) -> Int {
        let at = pos
        let n = try parseSmallInteger("alignment")
        guard n > 0, n & (n - 1) == 0, n <= 1 << 32 else {
            throw error(.syntax, "alignment must be a power of two", at: at)
        }
        return n
    }

    // MARK: - Named types

    /// `%T = type { ... }`, `type <{ ... }>`, `type opaque`.
    mutating func parseTypeDefinition() throws(ParseError) {
        let start = pos
        let name = try localName(tok)
        advance()
        try expect(.equal, "'='")
        try expectWord(.type)
        if eatWord(.opaque) {
            if module.structs[name] == nil { module.defineStruct(name, StructBody(fields: nil)) }
            return
        }
        let at = pos
        let type = try parseType()
        guard case .structure(let fields, let packed) = type else {
            throw error(.unsupported, "only struct types can be named, found '\(type)'", at: at)
        }
        if module.structs[name]?.fields != nil {
            throw error(.name, "redefinition of type '%\(quotedName(name))'", at: start)
        }
        module.defineStruct(name, StructBody(fields: fields, packed: packed))
    }
}
