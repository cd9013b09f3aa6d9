// The lexer of LLVM IR text: UTF-8 bytes in, an array of tokens and the offset of each line out.
// A token is a kind and a byte range (12 bytes); a word token also carries its `Keyword`, found
// once here so that the parser compares small integers rather than strings. No string is made
// while lexing: the lexer allocates only the token array and the line table, and the parser looks
// at a token's bytes when it needs its spelling, and finds a token's line in the table.
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
/// range covers the whole token including sigils and quotes. (Its line is not kept here: a
/// module's tokens take 12 bytes each rather than 16, a quarter fewer fresh pages for the token
/// array, which cost a page fault each in a new process. ``LexedSource/line(of:)`` finds it.)
struct Token: Sendable {
    var kind: TokenKind
    /// For a `.word`, the keyword it spells (`.none` if it is not one); `.none` for other kinds.
    var keyword: Keyword = .none
    var start: Int32
    var end: Int32
}

/// What the lexer makes of a source: its tokens, and where each line starts.
struct LexedSource {
    /// The tokens; the last is `.eof`.
    var tokens: [Token]
    /// The byte offset at which each line starts: 0 for line 1, then the offset after each
    /// newline (newlines inside strings included), in increasing order.
    var lineStarts: [Int32]

    /// The line (from 1) holding byte `offset`.
    func line(of offset: Int32) -> Int { Self.line(of: offset, in: lineStarts) }

    /// The line (from 1) holding byte `offset`, given where lines start (`[0, ...]`, increasing).
    static func line(of offset: Int32, in lineStarts: [Int32]) -> Int {
        // The last line start at or before `offset`.
        var low = 0, high = lineStarts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid }
        }
        return low + 1
    }
}

/// Splits LLVM IR text into tokens.
///
/// The lexer reads a copy of the input followed by 16 zero bytes, so that its loops over runs of
/// name or digit characters stop at the first zero without testing for the end on every byte
/// (a zero is in no character class; a zero inside the input is an `.invalid` token, as before),
/// and a keyword's first 16 bytes are always two plain loads. Its state lives in locals of one
/// function, so the position stays in a register.
struct Lexer {
    private let bytes: UnsafePointer<UInt8>
    /// The number of input bytes; `bytes[count..<count + 16]` are zeros.
    private let count: Int
    private let classes: UnsafePointer<UInt8>
    private let keywords: KeywordTable
    private var index = 0
    /// Where each line starts (see ``LexedSource/lineStarts``).
    private var lineStarts: [Int32] = [0]

    /// The zero bytes after the input.
    private static let padding = 16

    /// The tokens of `bytes`; the last is `.eof`.
    static func tokens(of bytes: [UInt8]) -> [Token] { lex(bytes).tokens }

    /// The tokens of `bytes` and where its lines start.
    static func lex(_ bytes: [UInt8]) -> LexedSource {
        let n = bytes.count
        let padded = UnsafeMutablePointer<UInt8>.allocate(capacity: n + padding)
        defer { padded.deallocate() }
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { padded.initialize(from: base, count: n) }
        }
        (padded + n).initialize(repeating: 0, count: padding)
        let source = UnsafePointer(padded)
        guard n <= 1 << 24 else {
            // A large input: an array that grows (see below).
            var lexer = Lexer(bytes: source, count: n)
            var tokens: [Token] = []
            tokens.reserveCapacity(n / 4 + 16)
            while true {
                let t = lexer.next()
                tokens.append(t)
                if t.kind == .eof { return LexedSource(tokens: tokens, lineStarts: lexer.lineStarts) }
            }
        }
        // Every token but the last takes at least one byte, so there are at most `count + 1`:
        // written in place with no capacity check, which was a sixth of the lexer (only the pages
        // written are ever touched, but a reservation of 16 bytes per input byte is kept to inputs
        // up to 16 MiB).
        var lineStarts: [Int32] = []
        let tokens = [Token](unsafeUninitializedCapacity: n + 1) { buffer, count in
            // (A local of this closure, not captured from outside it: its fields stay in registers.)
            var lexer = Lexer(bytes: source, count: n)
            var k = 0
            while true {
                let t = lexer.next()
                // (Each token but `.eof` consumes a byte: an internal invariant.)
                precondition(k < buffer.count, "the lexer made a token of no bytes")
                buffer.initializeElement(at: k, to: t)
                k += 1
                if t.kind == .eof { break }
            }
            count = k
            lineStarts = lexer.lineStarts
        }
        return LexedSource(tokens: tokens, lineStarts: lineStarts)
    }

    private init(bytes: UnsafePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
        self.classes = Self.classTable
        self.keywords = KeywordTable.shared
        lineStarts.reserveCapacity(count / 32 + 16)
    }

    // MARK: - Character classes

    private static let digit: UInt8 = 1, letter: UInt8 = 2, nameChar: UInt8 = 4, labelChar: UInt8 = 8, hex: UInt8 = 16
    /// Space, tab, carriage return, form feed and vertical tab (not newline, which counts lines).
    private static let blank: UInt8 = 32

    /// The classes of each byte: letters, digits, `[a-zA-Z$._0-9]` (names), those and `-`
    /// (labels), hexadecimal digits, blanks. Allocated once, never freed, read through a pointer;
    /// written only by its initializer, so shared by threads without a lock.
    nonisolated(unsafe) private static let classTable: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for i in 0..<256 {
            let c = UInt8(i)
            var k: UInt8 = 0
            if isDigit(c) { k |= digit | hex }
            if isLetter(c) { k |= letter }
            if isLetter(c) || isDigit(c) || c == 0x24 || c == 0x2E || c == 0x5F { k |= nameChar | labelChar }
            if c == 0x2D { k |= labelChar }
            if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 { k |= hex }
            if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B { k |= blank }
            table[i] = k
        }
        return UnsafePointer(table)
    }()

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
    }

    /// True if the byte at `k` is in `cls`; false at `count`, the first zero after the input,
    /// where every run of characters therefore stops (so `k` never passes `count`).
    @inline(__always) private func at(_ k: Int, is cls: UInt8) -> Bool {
        classes[Int(bytes[k])] & cls != 0
    }

    /// The byte `k` after the current one, 0 past the end.
    @inline(__always) private func peek(_ k: Int = 0) -> UInt8 {
        index + k < count ? bytes[index + k] : 0
    }

    @inline(__always) private func make(_ kind: TokenKind, _ start: Int) -> Token {
        Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: index))
    }

    /// Records that a line starts at byte `k` (after a newline).
    @inline(__always) private mutating func recordLineStart(at k: Int) {
        lineStarts.append(Int32(truncatingIfNeeded: k))
    }

    /// The end of the run of label characters from `k`.
    @inline(__always) private func labelRun(from k: Int) -> Int {
        var k = k
        while at(k, is: Self.labelChar) { k += 1 }
        return k
    }

    // MARK: - Tokens

    @inline(__always) private mutating func next() -> Token {
        skipTrivia()
        let start = index
        guard index < count else { return make(.eof, start) }
        let c = bytes[index]
        switch c {
        case 0x25: return sigil(start, name: .localName, number: .localNumber)  // %
        case 0x40: return sigil(start, name: .globalName, number: .globalNumber)  // @
        case 0x21:  // !
            index += 1
            if at(index, is: Self.labelChar) || bytes[index] == 0x5C {
                while at(index, is: Self.labelChar) || bytes[index] == 0x5C { index += 1 }
                return make(.metadataName, start)
            }
            return make(.exclaim, start)
        case 0x23:  // #
            index += 1
            guard at(index, is: Self.digit) else { return make(.invalid, start) }
            while at(index, is: Self.digit) { index += 1 }
            return make(.attributeGroup, start)
        case 0x24 where !labelFollows():  // $
            if peek(1) == 0x22 { return quoted(start, kind: .comdatName) }
            index += 1
            while at(index, is: Self.labelChar) { index += 1 }
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
                // The name characters, then what follows decides: `:` ends a label, `-` may
                // continue one (`for.body-1:`) but ends a word. (Past the end, `after` is a zero.)
                var end = index + 1
                while at(end, is: Self.nameChar) { end += 1 }
                let after = bytes[end]
                if after == 0x3A {
                    index = end + 1
                    return make(.label, start)
                }
                if after == 0x2D {
                    let labelEnd = labelRun(from: end)
                    if bytes[labelEnd] == 0x3A {
                        index = labelEnd + 1
                        return make(.label, start)
                    }
                } else if c == 0x63 && after == 0x22 && end == index + 1 {
                    return quoted(start, kind: .cString)  // c"
                }
                index = end
                var t = make(.word, start)
                t.keyword = keywords.keyword(bytes, start, index)
                return t
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

    /// Skips blanks, newlines (counting them) and comments. The zeros after the input are none
    /// of those, so the loop needs no end test.
    @inline(__always) private mutating func skipTrivia() {
        while true {
            let c = bytes[index]
            if classes[Int(c)] & Self.blank != 0 {
                index += 1
            } else if c == 0x0A {
                index += 1
                recordLineStart(at: index)
            } else if c == 0x3B {  // ; comment
                while index < count && bytes[index] != 0x0A { index += 1 }
            } else {
                return
            }
        }
    }

    /// True if label characters from here are followed by `:` (`entry:`, `7:`, `$x:`).
    private func labelFollows() -> Bool {
        let k = labelRun(from: index)
        return k > index && bytes[k] == 0x3A
    }

    private mutating func label(_ start: Int) -> Token {
        index = labelRun(from: index) + 1  // and the `:`
        return make(.label, start)
    }

    /// `%name`, `%"quoted"`, `%42` (and the same after `@`).
    @inline(__always) private mutating func sigil(_ start: Int, name: TokenKind, number: TokenKind) -> Token {
        index += 1
        let c = bytes[index]
        if c == 0x22 { return quoted(start, kind: name) }
        if Self.isDigit(c) {
            while at(index, is: Self.digit) { index += 1 }
            return make(number, start)
        }
        guard at(index, is: Self.labelChar) else { return make(.invalid, start) }
        while at(index, is: Self.labelChar) { index += 1 }
        return make(name, start)
    }

    /// A double-quoted string at `index` (after the `c` of `c"` or the `$` of `$"`); escapes are
    /// decoded by the parser. An unterminated string is `.invalid`.
    private mutating func quoted(_ start: Int, kind: TokenKind) -> Token {
        if kind == .cString || kind == .comdatName { index += 1 }  // the `c` or `$`
        index += 1  // opening quote
        while index < count && bytes[index] != 0x22 {
            index += 1
            if bytes[index - 1] == 0x0A { recordLineStart(at: index) }
        }
        guard index < count else { return make(.invalid, start) }
        index += 1
        return make(kind, start)
    }

    /// Integers `[-+]?[0-9]+`, decimal floating point `[-+]?[0-9]+.[0-9]*([eE][-+]?[0-9]+)?` and
    /// hexadecimal floating point `0x[0-9A-F]+` (with an optional kind letter `K L M H R`).
    private mutating func number(_ start: Int) -> Token {
        if peek() == 0x30 && peek(1) == 0x78 {  // 0x
            index += 2
            if peek() >= 0x4B && peek() <= 0x52 && !Self.isHexDigit(peek()) { index += 1 }  // K L M H R
            guard at(index, is: Self.hex) else { return make(.invalid, start) }
            while at(index, is: Self.hex) { index += 1 }
            return make(.float, start)
        }
        if peek() == 0x2D || peek() == 0x2B { index += 1 }
        guard at(index, is: Self.digit) else {
            // `-` alone, or `-x`: not a number.
            return make(.invalid, start)
        }
        while at(index, is: Self.digit) { index += 1 }
        guard peek() == 0x2E else { return make(.integer, start) }
        if peek(1) == 0x2E { return make(.integer, start) }  // `1..`: leave the dots alone
        index += 1
        while at(index, is: Self.digit) { index += 1 }
        if peek() | 0x20 == 0x65 {  // e E
            var k = 1
            if peek(k) == 0x2D || peek(k) == 0x2B { k += 1 }
            if Self.isDigit(peek(k)) {
                index += k
                while at(index, is: Self.digit) { index += 1 }
            }
        }
        return make(.float, start)
    }
}

/// The spellings of every ``Keyword`` in an open-addressing hash table, built once per process.
/// A word is looked up by its first 16 bytes packed into two integers, which are both hashed and
/// compared; the rest of a longer word (a few attributes are) is compared byte by byte. The slots
/// live in memory allocated once and never freed, so a lookup reads them through a plain pointer
/// (no array, no closure, no reference counting: the lexer looks up every word).
struct KeywordTable: @unchecked Sendable {
    static let shared = KeywordTable()

    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length: UInt8 = 0
        var keyword: Keyword = .none
    }

    private static let size = 1024
    private let slots: UnsafeMutablePointer<Slot>

    private init() {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: Self.size)
        slots.initialize(repeating: Slot(), count: Self.size)
        for k in Keyword.allCases where k != .none {
            // The spelling's bytes in place (a literal's storage: no array made per keyword).
            var spelling = k.rawValue
            let (count, (low, high)) = spelling.withUTF8 { ($0.count, Self.pack($0)) }
            var i = Self.slot(low, high, count)
            while slots[i].length != 0 { i = (i + 1) & (Self.size - 1) }
            slots[i] = Slot(low: low, high: high, length: UInt8(count), keyword: k)
        }
        self.slots = slots
    }

    /// The first 16 of bytes `start..<end`, packed little-endian into two integers: two
    /// unaligned loads, masked (16 bytes from `start` must be readable).
    @inline(__always) private static func pack(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int)
        -> (UInt64, UInt64)
    {
        let n = end - start
        let p = UnsafeRawPointer(base + start)
        var low = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
        var high = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        // (Wrapping arithmetic: n is at most 64 here; the overflow checks were about 10 of the 75
        // instructions of a lookup.)
        if n < 8 { low &= (1 &<< UInt64(truncatingIfNeeded: n &* 8)) &- 1 }
        if n <= 8 { high = 0 } else if n < 16 { high &= (1 &<< UInt64(truncatingIfNeeded: (n &- 8) &* 8)) &- 1 }
        return (low, high)
    }

    /// ``pack(_:_:_:)`` of `bytes`, which may be shorter than 16 (copied into 16 bytes first).
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            let n = min(bytes.count, 16)
            _ = buffer.initialize(from: bytes.prefix(n))
            buffer.baseAddress!.advanced(by: n).initialize(repeating: 0, count: 16 - n)
            return pack(UnsafePointer(buffer.baseAddress!), 0, n)
        }
    }

    @inline(__always) private static func slot(_ low: UInt64, _ high: UInt64, _ length: Int) -> Int {
        var h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & (size - 1)
    }

    /// The keyword spelled by `b[start..<end]`, or `.none`. 16 bytes from `start` must be
    /// readable (the lexer's input is followed by 16 zeros).
    @inline(__always) func keyword(_ b: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Keyword {
        let n = end - start
        guard n <= 64 else { return .none }
        let (low, high) = Self.pack(b, start, end)
        return find(low, high, n) { $0.dropFirst(16).elementsEqual(UnsafeBufferPointer(start: b + start + 16, count: n - 16)) }
    }

    /// The keyword spelled by the bytes of `word`, or `.none`.
    func keyword(_ word: [UInt8]) -> Keyword {
        guard word.count <= 64 else { return .none }
        return word.withUnsafeBufferPointer { w in
            let (low, high) = Self.pack(w)
            return find(low, high, w.count) { $0.dropFirst(16).elementsEqual(w.dropFirst(16)) }
        }
    }

    /// The keyword whose first 16 bytes pack to `low`, `high` and whose length is `n`; for a
    /// longer one, `restEqual` compares the whole spelling's bytes beyond the first 16.
    @inline(__always) private func find(_ low: UInt64, _ high: UInt64, _ n: Int,
                                        _ restEqual: (String.UTF8View) -> Bool) -> Keyword {
        var i = Self.slot(low, high, n)
        while true {
            let slot = slots[i]
            if slot.low == low && slot.high == high && Int(slot.length) == n
                && (n <= 16 || restEqual(slot.keyword.rawValue.utf8))
            {
                return slot.keyword
            }
            if slot.length == 0 { return .none }
            i = (i + 1) & (Self.size - 1)
        }
    }
}
