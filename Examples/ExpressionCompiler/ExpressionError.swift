/// A syntax error in an expression, with the 1-based column where it was found.
struct ExpressionError: Error, CustomStringConvertible {
    var message: String
    var column: Int
    var source: String

    /// `error: column N: message`, then the expression and a caret under the column.
    var description: String {
        let caret = String(repeating: " ", count: column - 1) + "^"
        return "error: column \(column): \(message)\n  \(source)\n  \(caret)"
    }
}
