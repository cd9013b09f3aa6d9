// Token-level helpers of the parser: looking at and consuming tokens, spelling them, decoding
// names, strings and integers, and making errors with locations.

extension ModuleParser {
    // MARK: - Looking at tokens

    /// The current token.
    var tok: Token { @inline(__always) get { tokens[pos] } }

    /// The kind of the token `k` places ahead (`.eof` past the end).
    @inline(__always) func peekKind(_ k: Int = 1) -> TokenKind {
        pos + k < tokens.count ? tokens[pos + k].kind : .eof
    }

    /// Moves to the next token (never past `.eof`).
    mutating func advance() {
        if pos + 1 < tokens.count { pos += 1 }
    }

    /// The bytes of a token.
    func slice(_ t: Token) -> ArraySlice<UInt8> { bytes[Int(t.start)..<Int(t.end)] }

    /// The spelling of a word token (short words are small strings: no allocation).
    func word(_ t: Token) -> String { String(decoding: slice(t), as: UTF8.self) }

    /// True if the current token is the word `k`.
    @inline(__always) func isWord(_ k: Keyword) -> Bool { tok.keyword == k }

    /// Consumes the word `k` if it is the current token.
    mutating func eatWord(_ k: Keyword) -> Bool {
        guard tok.keyword == k else { return false }
        advance()
        return true
    }

    /// Consumes the word `k` or fails.
    mutating func expectWord(_ k: Keyword) throws(ParseError) {
        guard eatWord(k) else { throw error(.syntax, "expected '\(k.rawValue)', found \(describe(tok))") }
    }

    /// Consumes a token of `kind` or fails with "expected `what`".
    mutating func expect(_ kind: TokenKind, _ what: String) throws(ParseError) {
        guard tok.kind == kind else { throw error(.syntax, "expected \(what), found \(describe(tok))") }
        advance()
    }

    /// Consumes a token of `kind` if it is the current one.
    mutating func eat(_ kind: TokenKind) -> Bool {
        guard tok.kind == kind else { return false }
        advance()
        return true
    }

    /// A token as error messages show it.
    func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "end of file"
        case .invalid:
            let c = t.start < Int32(bytes.count) ? bytes[Int(t.start)] : 0
            if c == 0x22 || (c == 0x63 && t.end - t.start > 1) { return "unterminated string" }
            return "invalid character '\(String(decoding: slice(t).prefix(4), as: UTF8.self))'"
        default:
            let text = String(decoding: slice(t).prefix(40), as: UTF8.self)
            return "'\(text)'"
        }
    }

    // MARK: - Errors

    /// An error at token index `index` (the current token by default).
    func error(_ kind: ParseError.Kind, _ message: String, at index: Int? = nil) -> ParseError {
        let t = tokens.isEmpty ? Token(kind: .eof, start: 0, end: 0) : tokens[min(index ?? pos, tokens.count - 1)]
        return error(kind, message, offset: Int(t.start))
    }

    /// The line and column of token `index`, for the positions the verifier reports (from the
    /// lexer's line table: forward from the last line found, as instructions come in order).
    mutating func sourcePosition(ofToken index: Int) -> SourcePosition {
        let offset = tokens[min(index, tokens.count - 1)].start
        let starts = lineStarts
        if lineCursor >= starts.count || starts[lineCursor] > offset {
            lineCursor = LexedSource.line(of: offset, in: starts) - 1
        }
        while lineCursor + 1 < starts.count && starts[lineCursor + 1] <= offset { lineCursor += 1 }
        return SourcePosition(line: lineCursor + 1, column: Int(offset - starts[lineCursor]) + 1)
    }

    /// An error at a byte offset.
    func error(_ kind: ParseError.Kind, _ message: String, offset: Int) -> ParseError {
        var line = 1
        var lineStart = 0
        let offset = min(max(0, offset), bytes.count)
        for k in 0..<offset where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        var lineEnd = offset
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
        let location = IRSourceLocation(file: file, line: line, column: offset - lineStart + 1, offset: offset)
        return ParseError(kind, message, at: location,
                          sourceLine: String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
    }

    // MARK: - Names, strings, integers

    /// Decodes `"..."` at `bytes[start..<end]` (quotes included): `\\` is a backslash and `\XX` a
    /// byte in hexadecimal.
    mutating func decodeQuoted(_ start: Int, _ end: Int) throws(ParseError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var k = start + 1
        while k < end - 1 {
            let c = bytes[k]
            if c == 0x5C {
                if k + 1 < end - 1 && bytes[k + 1] == 0x5C {
                    out.append(0x5C)
                    k += 2
                } else if k + 2 < end - 1, let h = Self.hexValue(bytes[k + 1]), let l = Self.hexValue(bytes[k + 2]) {
                    out.append(h << 4 | l)
                    k += 3
                } else {
                    throw error(.syntax, "invalid escape in string: expected '\\\\' or '\\' and two hex digits",
                                offset: k)
                }
            } else {
                out.append(c)
                k += 1
            }
        }
        return out
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }

    /// The name of a `%` or `@` token without its sigil (decoded if quoted; digits if numbered).
    mutating func sigilName(_ t: Token) throws(ParseError) -> String {
        let start = Int(t.start) + 1
        if start < Int(t.end) && bytes[start] == 0x22 {
            let decoded = try decodeQuoted(start, Int(t.end))
            guard !decoded.isEmpty else { throw error(.syntax, "empty name", offset: Int(t.start)) }
            return String(decoding: decoded, as: UTF8.self)
        }
        return String(decoding: bytes[start..<Int(t.end)], as: UTF8.self)
    }

    /// The name of a global or function token.
    mutating func symbolName(_ t: Token) throws(ParseError) -> String {
        guard t.kind == .globalName || t.kind == .globalNumber else {
            throw error(.syntax, "expected a global name, found \(describe(t))", offset: Int(t.start))
        }
        return try sigilName(t)
    }

    /// The name of a local token (`%x`, `%"x y"`, `%7`).
    mutating func localName(_ t: Token) throws(ParseError) -> String {
        guard t.kind == .localName || t.kind == .localNumber else {
            throw error(.syntax, "expected a local name, found \(describe(t))", offset: Int(t.start))
        }
        return try sigilName(t)
    }

    /// The number of a `%7`/`@7` token, or nil when it does not fit.
    mutating func tokenNumber(_ t: Token) -> Int? {  // (mutating: a borrowed self was copied per call)
        decimalValue(Int(t.start) + 1, Int(t.end))
    }

    /// The value of the decimal digits `bytes[start..<end]`, or nil when it does not fit.
    mutating func decimalValue(_ start: Int, _ end: Int) -> Int? {
        var n = 0
        var k = start
        // (An index loop: iterating the slice `bytes[start..<end]` cost four times as much.)
        while k < end {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(bytes[k]) - 0x30)
            if o1 || o2 { return nil }
            n = s
            k += 1
        }
        return n
    }

    /// A `"..."` string token, decoded and consumed.
    mutating func parseStringLiteral() throws(ParseError) -> String {
        guard tok.kind == .string else { throw error(.syntax, "expected a string, found \(describe(tok))") }
        let s = try decodeQuoted(Int(tok.start), Int(tok.end))
        advance()
        return String(decoding: s, as: UTF8.self)
    }

    /// The magnitude of an integer token and whether it is negative; nil if it exceeds 64 bits.
    mutating func integerValue(_ t: Token) -> (negative: Bool, magnitude: UInt64)? {
        var k = Int(t.start)
        var negative = false
        if bytes[k] == 0x2D || bytes[k] == 0x2B {
            negative = bytes[k] == 0x2D
            k += 1
        }
        var n: UInt64 = 0
        while k < Int(t.end) {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(bytes[k] - 0x30))
            if o1 || o2 { return nil }
            n = s
            k += 1
        }
        return (negative, n)
    }

    /// A non-negative integer token below 2^32 (counts, alignments, indices), consumed.
    mutating func parseSmallInteger(_ what: String) throws(ParseError) -> Int {
        guard tok.kind == .integer, let v = integerValue(tok), !v.negative || v.magnitude == 0,
              v.magnitude <= UInt64(UInt32.max)
        else { throw error(.syntax, "expected \(what) (a non-negative integer), found \(describe(tok))") }
        advance()
        return Int(v.magnitude)
    }
}
