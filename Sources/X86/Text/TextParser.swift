// Parser for GNU `as` Intel syntax (`.intel_syntax noprefix`), one line at a time.
//
//   line       := label* [statement] [comment]
//   label      := name ':'
//   statement  := directive args | mnemonic [operand (',' operand)*]
//   operand    := [SIZE 'PTR'] (memory | register | number | name)
//   memory     := ['ds:'] '[' term (('+'|'-') term)* ']' | 'ds:' number
//   term       := register ['*' scale] | scale '*' register | number | name
//   comment    := ('#' | ';') anything
//
// It accepts what `objdump -d -M intel` prints (size keywords, `movabs`, signed hex
// displacements, `[rbp+0x0]`, unsigned immediates such as `0xffffff80`, `ds:0x1234`,
// `[rip+0x10]        # 0x...`, branch targets such as `0x1c` or `1c <name>`) and ordinary
// hand-written assembly (decimal and negative numbers, spacing, labels, directives).

/// One parsed operand; names stay names until the assembler maps them to labels.
enum ParsedOperand: Equatable {
    case operand(Operand)
    /// A bare name: a branch target label.
    case symbol(String)
    /// `[rip + name + disp]`.
    case ripSymbol(String, disp: Int64, size: OperandSize?)
}

/// One parsed line.
struct Statement {
    enum Kind {
        case instruction(mnemonic: String, operands: [ParsedOperand])
        case directive(name: String, arguments: [DirectiveArgument])
    }

    /// Labels defined at the start of the line, with where each is.
    var labels: [(name: String, location: SourceLocation)] = []
    /// The instruction or directive, if the line has one.
    var kind: Kind?
    /// Where the mnemonic or directive starts.
    var location: SourceLocation
    /// The source line, for error messages.
    var sourceLine: String
    /// Where each operand starts.
    var operandLocations: [SourceLocation] = []
}

/// An argument of a directive.
enum DirectiveArgument: Equatable {
    case number(Int64)
    case string([UInt8])
    case symbol(String)
}

/// Scans one line of assembly.
struct LineParser {
    let bytes: [UInt8]
    let file: String
    let lineNumber: Int
    let lineOffset: Int
    let sourceLine: String
    var i = 0

    init(_ line: Substring, file: String, lineNumber: Int, lineOffset: Int) {
        bytes = Array(line.utf8)
        self.file = file
        self.lineNumber = lineNumber
        self.lineOffset = lineOffset
        sourceLine = String(line)
    }

    // MARK: - Scanning

    func location(_ at: Int? = nil) -> SourceLocation {
        let col = at ?? i
        return SourceLocation(file: file, line: lineNumber, column: col + 1, offset: lineOffset + col)
    }

    func error(_ message: String, at: Int? = nil) -> AssemblyError {
        AssemblyError(message, at: location(at), sourceLine: sourceLine)
    }

    var atEnd: Bool { i >= bytes.count || bytes[i] == UInt8(ascii: "#") || bytes[i] == UInt8(ascii: ";") }

    var peek: UInt8? { atEnd ? nil : bytes[i] }

    mutating func skipSpaces() {
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") || bytes[i] == 13 {
            i += 1
        }
    }

    /// Skips spaces and consumes `c` if it comes next; otherwise leaves the position unchanged.
    mutating func consume(_ c: UInt8) -> Bool {
        let start = i
        skipSpaces()
        if let p = peek, p == c {
            i += 1
            return true
        }
        i = start
        return false
    }

    mutating func consume(_ c: Unicode.Scalar) -> Bool { consume(UInt8(ascii: c)) }

    static func isNameStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
            || c == UInt8(ascii: "$")
    }

    static func isNameChar(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "@")
    }

    /// A name (`[A-Za-z_.$][A-Za-z0-9_.$@]*`), or nil without moving.
    mutating func name() -> String? {
        skipSpaces()
        guard let c = peek, Self.isNameStart(c) else { return nil }
        let start = i
        while i < bytes.count, Self.isNameChar(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    /// A number as GNU as reads it: `0x1f`, `0b101`, `017` (octal), `1fh` (Intel hex), or decimal.
    /// Returns the magnitude; the caller applies a sign. Nil without moving if no digit is here.
    mutating func unsignedNumber(hexadecimal: Bool = false) throws(AssemblyError) -> UInt64? {
        skipSpaces()
        guard let c = peek, c >= 0x30 && c <= 0x39 else { return nil }
        let start = i
        while i < bytes.count, Self.isNameChar(bytes[i]) { i += 1 }
        var text = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
        var radix = 10
        if hexadecimal {
            radix = 16
            if text.hasPrefix("0x") { text.removeFirst(2) }
        } else if text.hasPrefix("0x") {
            radix = 16
            text.removeFirst(2)
        } else if text.hasPrefix("0b") {
            radix = 2
            text.removeFirst(2)
        } else if text.hasSuffix("h"), text.count > 1 {
            radix = 16
            text.removeLast()
        } else if text.count > 1 && text.hasPrefix("0") {
            radix = 8
            text.removeFirst()
        }
        guard !text.isEmpty, let v = UInt64(text, radix: radix) else {
            throw error("invalid number '\(String(decoding: bytes[start..<i], as: UTF8.self))'", at: start)
        }
        return v
    }

    /// An optionally signed number; values up to 2^64-1 are kept as their bit pattern
    /// (`0xffffffffffffff80` is -128), as GNU as treats them.
    mutating func signedNumber() throws(AssemblyError) -> Int64? {
        skipSpaces()
        let start = i
        var negative = false
        if consume("-") {
            negative = true
        } else {
            _ = consume("+")
        }
        guard let magnitude = try unsignedNumber() else {
            i = start
            return nil
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { throw error("number out of range", at: start) }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return Int64(bitPattern: magnitude)
    }

    // MARK: - Lines

    /// Parses the whole line.
    mutating func statement() throws(AssemblyError) -> Statement {
        var s = Statement(location: location(), sourceLine: sourceLine)
        while true {
            skipSpaces()
            let start = i
            guard let n = name() else { break }
            if i < bytes.count, bytes[i] == UInt8(ascii: ":"), Registers.operand(named: n.lowercased()) == nil,
               n.lowercased() != "ds"
            {
                i += 1
                s.labels.append((n, location(start)))
                continue
            }
            i = start
            break
        }
        skipSpaces()
        if atEnd { return s }
        s.location = location()
        guard let head = name() else { throw error("expected an instruction, a directive or a label") }
        if head.hasPrefix(".") {
            s.kind = .directive(name: head.lowercased(), arguments: try directiveArguments())
        } else {
            let mnemonic = head.lowercased()
            if ["lock", "rep", "repe", "repz", "repne", "repnz", "data16", "cs", "ds", "es", "fs", "gs", "ss",
                "addr32", "rex", "rex.w"].contains(mnemonic)
            {
                throw error("prefix '\(mnemonic)' is not supported", at: s.location.column - 1)
            }
            var operands: [ParsedOperand] = []
            skipSpaces()
            if !atEnd {
                repeat {
                    skipSpaces()
                    s.operandLocations.append(location())
                    operands.append(try operand(branch: Self.isBranch(mnemonic)))
                } while consume(",")
            }
            skipSpaces()
            guard atEnd else { throw error("expected ',' or the end of the line after an operand") }
            s.kind = .instruction(mnemonic: mnemonic, operands: operands)
        }
        return s
    }

    /// True for mnemonics whose operand is a code address (`jmp 0x1c` means the offset 0x1c).
    static func isBranch(_ m: String) -> Bool {
        m == "jmp" || m == "call" || m.hasPrefix("loop") || m == "jrcxz"
            || (m.hasPrefix("j") && Assembler.condition(named: String(m.dropFirst())) != nil)
    }

    mutating func directiveArguments() throws(AssemblyError) -> [DirectiveArgument] {
        var args: [DirectiveArgument] = []
        skipSpaces()
        if atEnd { return args }
        repeat {
            skipSpaces()
            if peek == UInt8(ascii: "\"") {
                args.append(.string(try stringLiteral()))
            } else if let v = try signedNumber() {
                args.append(.number(v))
            } else if let n = name() {
                args.append(.symbol(n))
            } else {
                throw error("expected a number, a string or a name")
            }
        } while consume(",")
        skipSpaces()
        guard atEnd else { throw error("expected ',' or the end of the line") }
        return args
    }

    /// A double-quoted string with C escapes (`\n`, `\t`, `\\`, `\"`, `\0`..`\377` octal, `\xHH`).
    mutating func stringLiteral() throws(AssemblyError) -> [UInt8] {
        let start = i
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if c == UInt8(ascii: "\"") { return out }
            guard c == UInt8(ascii: "\\") else {
                out.append(c)
                continue
            }
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "x"):
                var v = 0, n = 0
                while i < bytes.count, n < 2, let d = Int(String(UnicodeScalar(bytes[i])), radix: 16) {
                    v = v * 16 + d
                    i += 1
                    n += 1
                }
                guard n > 0 else { throw error("expected hex digits after '\\x'", at: i) }
                out.append(UInt8(v))
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = Int(e - 0x30), n = 1
                while i < bytes.count, n < 3, bytes[i] >= 0x30, bytes[i] <= 0x37 {
                    v = v * 8 + Int(bytes[i] - 0x30)
                    i += 1
                    n += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            default: out.append(e)
            }
        }
        throw error("unterminated string", at: start)
    }

    // MARK: - Operands

    mutating func operand(branch: Bool) throws(AssemblyError) -> ParsedOperand {
        skipSpaces()
        let start = i
        var size: OperandSize?
        if let n = name() {
            let lower = n.lowercased()
            if let s = Self.sizeKeywords[lower] {
                guard let ptr = name(), ptr.lowercased() == "ptr" else { throw error("expected 'PTR' after '\(n)'") }
                size = s
            } else if let r = Registers.operand(named: lower) {
                return .operand(r)
            } else if lower == "ds" {
                i = start
            } else if branch {
                skipAngleBracketSuffix()
                return .symbol(n)
            } else {
                throw error("unknown register or operand '\(n)'", at: start)
            }
        }
        skipSpaces()
        if size != nil || peek == UInt8(ascii: "[") || lookingAtSegment() {
            return try memory(size: size)
        }
        guard let v = try signedNumber() else {
            throw error("expected a register, a memory operand or a number", at: i)
        }
        if branch {
            // objdump prints `jmp 1c <label>`: a hex address followed by a symbol in angle brackets.
            skipSpaces()
            if peek == UInt8(ascii: "<") {
                i = start
                let hex = try unsignedNumber(hexadecimal: true) ?? 0
                skipAngleBracketSuffix()
                return .operand(.target(Int64(bitPattern: hex)))
            }
            return .operand(.target(v))
        }
        return .operand(.immediate(v))
    }

    mutating func skipAngleBracketSuffix() {
        skipSpaces()
        if peek == UInt8(ascii: "<") {
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
            if i < bytes.count { i += 1 }
        }
    }

    func lookingAtSegment() -> Bool {
        bytes.count >= i + 3 && (bytes[i] | 0x20) == UInt8(ascii: "d") && (bytes[i + 1] | 0x20) == UInt8(ascii: "s")
            && bytes[i + 2] == UInt8(ascii: ":")
    }

    static let sizeKeywords: [String: OperandSize] = [
        "byte": .byte, "word": .word, "dword": .dword, "qword": .qword, "xmmword": .xmmword, "oword": .xmmword,
    ]

    /// `[...]` or `ds:address`, after an optional size keyword.
    mutating func memory(size: OperandSize?) throws(AssemblyError) -> ParsedOperand {
        skipSpaces()
        var segmentOnly = false
        if lookingAtSegment() {
            i += 3
            skipSpaces()
            segmentOnly = peek != UInt8(ascii: "[")
        }
        if segmentOnly {
            // `ds:0x1234`: an absolute address.
            let at = i
            guard let v = try unsignedNumber() else { throw error("expected an address after 'ds:'") }
            return try absolute(v, size: size, at: at)
        }
        guard consume("[") else { throw error("expected '[' to start a memory operand") }
        var base: UInt8?
        var index: (UInt8, Scale)?
        var disp: Int64 = 0
        var symbol: String?
        var first = true
        while true {
            let afterLast = i
            skipSpaces()
            let termStart = i
            var sign: Int64 = 1
            if !first {
                if consume("+") {
                    sign = 1
                } else if consume("-") {
                    sign = -1
                } else if consume("]") {
                    break
                } else {
                    throw error("expected '+', '-' or ']' in the memory operand", at: afterLast)
                }
            } else if consume("-") {
                sign = -1
            }
            first = false
            skipSpaces()
            let at = i
            if let n = name() {
                let lower = n.lowercased()
                if lower == "rip" {
                    guard sign == 1, base == nil, index == nil else { throw error("rip can only be the base", at: at) }
                    base = Memory.ripBase
                } else if let r = Registers.gpr64[lower] {
                    if base == Memory.ripBase { throw error("rip-relative addresses cannot have an index", at: at) }
                    if consume("*") {
                        guard let s = try unsignedNumber() else { throw error("expected a scale after '*'") }
                        try addIndex(&index, r, scale: s, sign: sign, at: at)
                    } else if sign == 1 && base == nil {
                        base = r
                    } else if sign == 1 && index == nil {
                        try addIndex(&index, r, scale: 1, sign: sign, at: at)
                    } else {
                        throw error("too many registers in the memory operand", at: at)
                    }
                } else if Registers.operand(named: lower) != nil {
                    throw error("'\(n)' cannot address memory: use a 64-bit register", at: at)
                } else {
                    guard sign == 1, symbol == nil else { throw error("only one label can be added", at: at) }
                    symbol = n
                }
            } else if let v = try unsignedNumber() {
                if consume("*") {
                    guard let n = name(), let r = Registers.gpr64[n.lowercased()] else {
                        throw error("expected a register after '*'")
                    }
                    try addIndex(&index, r, scale: v, sign: sign, at: at)
                } else {
                    let (product, overflow) = Int64(bitPattern: v).multipliedReportingOverflow(by: sign)
                    guard !overflow || v == UInt64(Int64.max) + 1 else { throw error("displacement out of range", at: at) }
                    disp = disp &+ product
                }
            } else {
                throw error("expected a register, a number or a label", at: termStart)
            }
        }
        if let symbol {
            guard base == Memory.ripBase else {
                throw error("a label in a memory operand must be rip-relative: [rip+\(symbol)]")
            }
            guard Int32(exactly: disp) != nil else { throw error("displacement \(disp) does not fit in 32 bits") }
            return .ripSymbol(symbol, disp: disp, size: size)
        }
        if base == nil && index == nil {
            return try absolute(UInt64(bitPattern: disp), size: size, at: i - 1)
        }
        guard let d = Int32(exactly: disp) else { throw error("displacement \(disp) does not fit in 32 bits") }
        let m: Memory
        if base == Memory.ripBase {
            guard index == nil else { throw error("rip-relative addresses cannot have an index") }
            m = Memory(rip: d)
        } else if let base {
            if let (ix, scale) = index {
                m = Memory(base: base, index: ix, scale: scale, disp: d)
            } else {
                m = Memory(base: base, index: Memory.noRegister, scale: .x1, disp: d)
            }
        } else {
            let (ix, scale) = index!
            m = Memory(base: Memory.noRegister, index: ix, scale: scale, disp: d)
        }
        return .operand(.memory(m, size: size))
    }

    func addIndex(_ index: inout (UInt8, Scale)?, _ r: UInt8, scale: UInt64, sign: Int64, at: Int) throws(AssemblyError) {
        guard sign == 1 else { throw error("a register cannot be subtracted", at: at) }
        guard index == nil else { throw error("only one register can be scaled", at: at) }
        guard r != 4 else { throw error("rsp cannot be an index register", at: at) }
        let s: Scale
        switch scale {
        case 1: s = .x1
        case 2: s = .x2
        case 4: s = .x4
        case 8: s = .x8
        default: throw error("invalid scale \(scale): expected 1, 2, 4 or 8", at: at)
        }
        index = (r, s)
    }

    /// An address with no registers: `[disp32]` when it sign-extends from 32 bits, else a 64-bit
    /// moffs (only `movabs` takes one).
    func absolute(_ value: UInt64, size: OperandSize?, at: Int) throws(AssemblyError) -> ParsedOperand {
        if let d = Int32(exactly: Int64(bitPattern: value)) {
            return .operand(.memory(Memory(absolute: d), size: size))
        }
        return .operand(.absoluteAddress(value, size: size))
    }
}

/// Register names, for the parser.
enum Registers {
    static let table: [String: Operand] = {
        var t: [String: Operand] = [:]
        for r in GPR64.all { t[r.description] = .gpr64(r) }
        for r in GPR32.all { t[r.description] = .gpr32(r) }
        for r in GPR16.all { t[r.description] = .gpr16(r) }
        for r in GPR8.all { t[r.description] = .gpr8(r) }
        for r in XMM.all { t[r.description] = .xmm(r) }
        return t
    }()

    static let gpr64: [String: UInt8] = Dictionary(uniqueKeysWithValues: GPR64.all.map { ($0.description, $0.number) })

    static func operand(named name: String) -> Operand? { table[name] }
}
