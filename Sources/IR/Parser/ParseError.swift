// Errors of the LLVM IR text parser. Every error carries the location of the offending token and
// the text of its line, and prints the way compilers print diagnostics:
//
//   input.ll:12:7: error: use of undefined value '%x'
//     %1 = add i32 %x, 1
//         ^

/// A position in a source text: file name, 1-based line and column (in bytes), and byte offset.
public struct IRSourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file name as given to the parser.
    public var file: String
    /// The line, counted from 1.
    public var line: Int
    /// The column in bytes, counted from 1.
    public var column: Int
    /// The byte offset from the start of the text.
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

/// An error found while parsing LLVM IR text. The parser stops at the first one.
public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad class of the error.
    public enum Kind: Sendable, Equatable {
        /// The text does not follow the grammar (unexpected token, malformed literal).
        case syntax
        /// The text is valid LLVM IR but uses a construct this IR does not support.
        case unsupported
        /// A name is used but never defined, or defined twice, or numbered out of sequence.
        case name
        /// Operand or constant types do not agree.
        case type
    }

    /// The class of the error.
    public var kind: Kind
    /// What is wrong, naming the construct.
    public var message: String
    /// Where it is.
    public var location: IRSourceLocation
    /// The text of the source line containing `location`, without its line break.
    public var sourceLine: String

    /// Creates an error.
    /// - Parameters:
    ///   - kind: What kind of error it is.
    ///   - message: What is wrong.
    ///   - location: Where.
    ///   - sourceLine: The text of the line, for the caret display.
    public init(_ kind: Kind, _ message: String, at location: IRSourceLocation, sourceLine: String) {
        self.kind = kind
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message`, then the source line and a caret under the column.
    public var description: String {
        var caret = ""
        // Keep tabs so the caret lines up under tab-indented source.
        for byte in sourceLine.utf8.prefix(max(0, location.column - 1)) {
            caret.append(byte == 0x09 ? "\t" : " ")
        }
        return "\(location): error: \(message)\n\(sourceLine)\n\(caret)^"
    }
}
