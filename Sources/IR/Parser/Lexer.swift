// The lexer of LLVM IR text: UTF-8 bytes in, an array of tokens out. A token is a kind and a byte
// range; no string is made while lexing, so the lexer allocates only the token array. The parser
// looks at a token's bytes when it needs its spelling.
//
//   %x %"a b" %7    local names and numbers      @f @"\01f" @3   global names and numbers
//   !tbaa !7        metadata names               !               `!` before `{` or `"`
//   #0              attribute group              $c              comdat
//   entry:  7:  "a b":   labels                  i32 x define    words (keywords, types)
//   42 -1           integers                     1.5e+00 0x3FF0000000000000   floating point
//   "text"  c"\00"  strings                      = , ( ) [ ] { } < > * ...    punctuation
//
// Comments run from `;` to the end of the line.

/// The kind of a token.
enum TokenKind: UInt8, Sendable {
    case eof
    case localName, localNumber, globalName, globalNumber
    case metadataName, exclaim, attributeGroup, comdatName
    case label, word, integer, float, string, cString
    case equal, comma, leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case less, greater, star, colon, ellipsis
    /// A byte that starts no token.
    case invalid
}

/// A token: its kind and its bytes `start..<end` in the source. For names, labels and strings the
/// range covers the whole token including sigils and quotes.
struct Token: Sendable {
    var kind: TokenKind
    var start: Int32
    var end: Int32
}

/// Splits LLVM IR text into tokens.
struct Lexer {
    let bytes: [UInt8]
    var index = 0
    var tokens: [Token] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 4 + 16)
    }

    /// Lexes the whole text; the last token is `.eof`.
    mutating func run() -> [Token] {
        while true {
            let t = next()
            tokens.append(t)
            if t.kind == .eof { return tokens }
        }
    }

    // MARK: - Character classes

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    /// `[a-zA-Z$._0-9]`: characters of identifiers and names.
    @inline(__always) static func isNameChar(_ c: UInt8) -> Bool {
        isLetter(c) || isDigit(c) || c == 0x24 || c == 0x2E || c == 0x5F
    }
    /// Label characters also allow `-`.
    @inline(__always) static func isLabelChar(_ c: UInt8) -> Bool { isNameChar(c) || c == 0x2D }
    @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
    }

    @inline(__always) func peek(_ k: Int = 0) -> UInt8 {
        index + k < bytes.count ? bytes[index + k] : 0
    }

    func make(_ kind: TokenKind, _ start: Int) -> Token {
        Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: index))
    }

    // MARK: - Tokens

    mutating func next() -> Token {
        skipTrivia()
        let start = index
        guard index < bytes.count else { return make(.eof, start) }
        let c = bytes[index]
        switch c {
        case 0x25: return sigil(start, name: .localName, number: .localNumber)  // %
        case 0x40: return sigil(start, name: .globalName, number: .globalNumber)  // @
        case 0x21:  // !
            index += 1
            if Self.isLabelChar(peek()) || peek() == 0x5C {
                while Self.isLabelChar(peek()) || peek() == 0x5C { index += 1 }
                return make(.metadataName, start)
            }
            return make(.exclaim, start)
        case 0x23:  // #
            index += 1
            guard Self.isDigit(peek()) else { return make(.invalid, start) }
            while Self.isDigit(peek()) { index += 1 }
            return make(.attributeGroup, start)
        case 0x24 where !labelFollows():  // $
            if peek(1) == 0x22 { return quoted(start, kind: .comdatName) }
            index += 1
            while Self.isNameChar(peek()) || peek() == 0x2D { index += 1 }
            return make(.comdatName, start)
        case 0x22:  // "
            var t = quoted(start, kind: .string)
            if t.kind == .string && peek() == 0x3A {
                index += 1
                t = make(.label, start)
            }
            return t
        case 0x2D, 0x2B, 0x30...0x39:  // - + digits
            if Self.isDigit(c) && labelFollows() { return label(start) }
            return number(start)
        case 0x2E where peek(1) == 0x2E && peek(2) == 0x2E:
            index += 3
            return make(.ellipsis, start)
        default:
            if Self.isLetter(c) || c == 0x2E || c == 0x5F || c == 0x24 {
                if labelFollows() { return label(start) }
                if c == 0x63 && peek(1) == 0x22 {  // c"
                    index += 1
                    let t = quoted(start, kind: .cString)
                    return t
                }
                while Self.isNameChar(peek()) { index += 1 }
                return make(.word, start)
            }
            index += 1
            switch c {
            case 0x3D: return make(.equal, start)
            case 0x2C: return make(.comma, start)
            case 0x28: return make(.leftParen, start)
            case 0x29: return make(.rightParen, start)
            case 0x5B: return make(.leftBracket, start)
            case 0x5D: return make(.rightBracket, start)
            case 0x7B: return make(.leftBrace, start)
            case 0x7D: return make(.rightBrace, start)
            case 0x3C: return make(.less, start)
            case 0x3E: return make(.greater, start)
            case 0x2A: return make(.star, start)
            case 0x3A: return make(.colon, start)
            default: return make(.invalid, start)
            }
        }
    }

    mutating func skipTrivia() {
        while index < bytes.count {
            let c = bytes[index]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B {
                index += 1
            } else if c == 0x3B {  // ; comment
                while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            } else {
                return
            }
        }
    }

    /// True if label characters from here are followed by `:` (`entry:`, `7:`, `$x:`).
    func labelFollows() -> Bool {
        var k = index
        while k < bytes.count && Self.isLabelChar(bytes[k]) { k += 1 }
        return k > index && k < bytes.count && bytes[k] == 0x3A
    }

    mutating func label(_ start: Int) -> Token {
        while Self.isLabelChar(peek()) { index += 1 }
        index += 1  // :
        return make(.label, start)
    }

    /// `%name`, `%"quoted"`, `%42` (and the same after `@`).
    mutating func sigil(_ start: Int, name: TokenKind, number: TokenKind) -> Token {
        index += 1
        let c = peek()
        if c == 0x22 { return quoted(start, kind: name) }
        if Self.isDigit(c) {
            while Self.isDigit(peek()) { index += 1 }
            return make(number, start)
        }
        guard Self.isNameChar(c) || c == 0x2D else { return make(.invalid, start) }
        while Self.isNameChar(peek()) || peek() == 0x2D { index += 1 }
        return make(name, start)
    }

    /// A double-quoted string at `index` (after the `c` of `c"` or the `$` of `$"`); escapes are
    /// decoded by the parser. An
    /// unterminated string is `.invalid`.
    mutating func quoted(_ start: Int, kind: TokenKind) -> Token {
        if kind == .cString || kind == .comdatName { index += 1 }  // the `c` or `$`
        index += 1  // opening quote
        while index < bytes.count && bytes[index] != 0x22 { index += 1 }
        guard index < bytes.count else { return make(.invalid, start) }
        index += 1
        return make(kind, start)
    }

    /// Integers `[-+]?[0-9]+`, decimal floating point `[-+]?[0-9]+.[0-9]*([eE][-+]?[0-9]+)?` and
    /// hexadecimal floating point `0x[0-9A-F]+` (with an optional kind letter `K L M H R`).
    mutating func number(_ start: Int) -> Token {
        if peek() == 0x30 && peek(1) == 0x78 {  // 0x
            index += 2
            if peek() >= 0x4B && peek() <= 0x52 && !Self.isHexDigit(peek()) { index += 1 }  // K L M H R
            guard Self.isHexDigit(peek()) else { return make(.invalid, start) }
            while Self.isHexDigit(peek()) { index += 1 }
            return make(.float, start)
        }
        if peek() == 0x2D || peek() == 0x2B { index += 1 }
        guard Self.isDigit(peek()) else {
            // `-` alone, or `-x`: not a number.
            return make(.invalid, start)
        }
        while Self.isDigit(peek()) { index += 1 }
        guard peek() == 0x2E else { return make(.integer, start) }
        if peek(1) == 0x2E { return make(.integer, start) }  // `1..`: leave the dots alone
        index += 1
        while Self.isDigit(peek()) { index += 1 }
        if peek() | 0x20 == 0x65 {  // e E
            var k = 1
            if peek(k) == 0x2D || peek(k) == 0x2B { k += 1 }
            if Self.isDigit(peek(k)) {
                index += k
                while Self.isDigit(peek()) { index += 1 }
            }
        }
        return make(.float, start)
    }
}
