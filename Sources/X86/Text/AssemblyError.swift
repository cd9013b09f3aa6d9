/// A position in source text: file name, 1-based line and column, and 0-based byte offset.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file name as given (`<stdin>` for standard input).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in UTF-8 bytes.
    public var column: Int
    /// 0-based byte offset from the start of the text.
    public var offset: Int

    /// Creates a location.
    /// - Parameters:
    ///   - file: The file name.
    ///   - line: The line, from 1.
    ///   - column: The column, from 1.
    ///   - offset: The byte offset from the start of the text.
    public init(file: String, line: Int, column: Int, offset: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}

/// An error in assembly text: what is wrong, where, and the source line it is on.
///
/// Its description has the form compilers use, so editors can jump to it:
///
/// ```
/// prog.s:3:10: error: expected ']' to close the memory operand
///     mov rax, [rbx + 8
///                      ^
/// ```
public struct AssemblyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message, naming what was expected or what is wrong.
    public var message: String
    /// Where the error is.
    public var location: SourceLocation
    /// The whole source line containing `location`, without its newline.
    public var sourceLine: String

    /// Creates an error.
    /// - Parameters:
    ///   - message: What is wrong.
    ///   - location: Where.
    ///   - sourceLine: The text of the line, for the caret display.
    public init(_ message: String, at location: SourceLocation, sourceLine: String) {
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message`, the source line, and a caret under the column.
    public var description: String {
        let caret = String(repeating: " ", count: max(0, location.column - 1)) + "^"
        return "\(location): error: \(message)\n\(sourceLine)\n\(caret)"
    }
}
