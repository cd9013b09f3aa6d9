// A recursive-descent parser for arithmetic expressions:
//
//   expression := term (("+" | "-") term)*
//   term       := unary (("*" | "/") unary)*
//   unary      := "-" unary | primary
//   primary    := number | name | name "(" expression ("," expression)* ")" | "(" expression ")"
//
// Names followed by "(" are calls to the functions of `MathFunction`; other names are variables.
// The parser stops at the first error and reports its column.

/// Parses one expression; see the grammar above.
struct ExpressionParser {
    private let source: String
    private let characters: [Character]
    private var position = 0
    private var variableNames: Set<String> = []

    /// Parses `source`.
    /// - Returns: The tree and its variables (alphabetical).
    /// - Throws: ``ExpressionError`` at the first syntax error.
    static func parse(_ source: String) throws(ExpressionError) -> ParsedExpression {
        var parser = ExpressionParser(source: source)
        // First pass: the tree with variables by name (index -1), collecting the names.
        let tree = try parser.parseExpression()
        parser.skipSpaces()
        if parser.position < parser.characters.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the expression")
        }
        let names = parser.variableNames.sorted()
        return ParsedExpression(root: parser.resolve(tree, names), variables: names)
    }

    private init(source: String) {
        self.source = source
        characters = Array(source)
    }

    // MARK: - Grammar

    private mutating func parseExpression() throws(ExpressionError) -> PendingExpression {
        var left = try parseTerm()
        while let op = take(anyOf: "+-") {
            left = .binary(BinaryOperator(rawValue: op)!, left, try parseTerm())
        }
        return left
    }

    private mutating func parseTerm() throws(ExpressionError) -> PendingExpression {
        var left = try parseUnary()
        while let op = take(anyOf: "*/") {
            left = .binary(BinaryOperator(rawValue: op)!, left, try parseUnary())
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionError) -> PendingExpression {
        if take(anyOf: "-") != nil { return .negate(try parseUnary()) }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ExpressionError) -> PendingExpression {
        skipSpaces()
        guard position < characters.count else { throw error("expected an expression, found the end") }
        let c = characters[position]
        if c.isNumber || c == "." { return .number(try parseNumber()) }
        if c.isLetter || c == "_" { return try parseName() }
        if c == "(" {
            let open = position
            position += 1
            let inner = try parseExpression()
            try expect(")", matching: open)
            return inner
        }
        throw error("expected an expression, found \(describeCurrent())")
    }

    private mutating func parseNumber() throws(ExpressionError) -> Double {
        let start = position
        while position < characters.count, characters[position].isNumber || characters[position] == "." {
            position += 1
        }
        // An exponent: e, an optional sign, digits.
        if position < characters.count, characters[position] == "e" || characters[position] == "E" {
            var end = position + 1
            if end < characters.count, characters[end] == "+" || characters[end] == "-" { end += 1 }
            if end < characters.count, characters[end].isNumber {
                position = end
                while position < characters.count, characters[position].isNumber { position += 1 }
            }
        }
        let text = String(characters[start..<position])
        guard let value = Double(text) else { throw error("'\(text)' is not a number", at: start) }
        return value
    }

    private mutating func parseName() throws(ExpressionError) -> PendingExpression {
        let start = position
        while position < characters.count, characters[position].isLetter || characters[position].isNumber
                || characters[position] == "_" {
            position += 1
        }
        let name = String(characters[start..<position])
        skipSpaces()
        guard position < characters.count, characters[position] == "(" else {
            if MathFunction(rawValue: name) != nil {
                throw error("\(name) is a function: write \(name)(...)", at: start)
            }
            variableNames.insert(name)
            return .variable(name)
        }
        guard let function = MathFunction(rawValue: name) else {
            let known = MathFunction.allCases.map(\.rawValue).joined(separator: " ")
            throw error("unknown function '\(name)' (known: \(known))", at: start)
        }
        let open = position
        position += 1
        var arguments = [try parseExpression()]
        while take(anyOf: ",") != nil { arguments.append(try parseExpression()) }
        try expect(")", matching: open)
        guard arguments.count == function.arity else {
            throw error("\(name) takes \(function.arity) argument\(function.arity == 1 ? "" : "s"), not \(arguments.count)",
                        at: start)
        }
        return .call(function, arguments)
    }

    // MARK: - Tokens

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    /// Consumes the next non-space character if it is one of `set`.
    private mutating func take(anyOf set: String) -> Character? {
        skipSpaces()
        guard position < characters.count, set.contains(characters[position]) else { return nil }
        position += 1
        return characters[position - 1]
    }

    private mutating func expect(_ close: Character, matching open: Int) throws(ExpressionError) {
        if take(anyOf: String(close)) == nil {
            throw error("expected '\(close)' to close the '(' at column \(open + 1), found \(describeCurrent())")
        }
    }

    private func describeCurrent() -> String {
        position < characters.count ? "'\(characters[position])'" : "the end"
    }

    private func error(_ message: String, at offset: Int? = nil) -> ExpressionError {
        ExpressionError(message: message, column: (offset ?? position) + 1, source: source)
    }

    // MARK: - Variables

    /// The tree before variables are numbered (their order is known only at the end).
    private indirect enum PendingExpression {
        case number(Double), variable(String), negate(PendingExpression)
        case binary(BinaryOperator, PendingExpression, PendingExpression)
        case call(MathFunction, [PendingExpression])
    }

    private func resolve(_ e: PendingExpression, _ names: [String]) -> Expression {
        switch e {
        case .number(let v): .number(v)
        case .variable(let name): .variable(names.firstIndex(of: name)!)
        case .negate(let a): .negate(resolve(a, names))
        case .binary(let op, let a, let b): .binary(op, resolve(a, names), resolve(b, names))
        case .call(let f, let args): .call(f, args.map { resolve($0, names) })
        }
    }
}
