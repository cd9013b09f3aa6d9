// A Brainfuck program as a list of operations. Runs of `+`/`-` and of `<`/`>` are merged into one
// operation, `[-]` becomes `clear`, and each bracket knows where its partner is. Both the
// interpreter and the compiler start from this form, so the comparison between them is fair.

/// One operation of a Brainfuck program.
enum BrainfuckOperation: Equatable {
    /// Adds to the current cell (wrapping modulo 256): a run of `+` and `-`.
    case add(UInt8)
    /// Moves the cell pointer: a run of `>` and `<`.
    case move(Int)
    /// `[-]` or `[+]`: sets the current cell to 0.
    case clear
    /// `.`: writes the current cell.
    case output
    /// `,`: reads one byte into the current cell (0 at the end of the input).
    case input
    /// `[`: if the current cell is 0, continues after the matching `]` at index `end`.
    case loopStart(end: Int)
    /// `]`: if the current cell is not 0, continues after the matching `[` at index `start`.
    case loopEnd(start: Int)
}

/// An error in a program: a bracket without a partner, or a move off the tape.
struct BrainfuckError: Error, CustomStringConvertible {
    var message: String
    /// Where in the source (1-based), or nil for an error while running.
    var line: Int?
    var column: Int?
    /// The program's file, when known.
    var file: String?

    /// `file:line:column: error: message`.
    var description: String {
        let place = [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return (place.isEmpty ? "" : place + ": ") + "error: " + message
    }
}

/// A parsed program: the operations and the number of source commands they came from.
struct BrainfuckProgram {
    var operations: [BrainfuckOperation] = []
    var commandCount = 0

    /// Parses `source`; characters other than the eight commands are comments.
    /// - Throws: ``BrainfuckError`` for an unmatched `[` or `]`.
    init(_ source: String) throws(BrainfuckError) {
        var open: [(index: Int, line: Int, column: Int)] = []
        var line = 1, column = 0
        for c in source.utf8 {
            column += 1
            switch c {
            case UInt8(ascii: "\n"):
                line += 1
                column = 0
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let delta: UInt8 = c == UInt8(ascii: "+") ? 1 : 255
                if case .add(let n) = operations.last {
                    operations[operations.count - 1] = .add(n &+ delta)
                } else {
                    operations.append(.add(delta))
                }
            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                let delta = c == UInt8(ascii: ">") ? 1 : -1
                if case .move(let n) = operations.last {
                    operations[operations.count - 1] = .move(n + delta)
                } else {
                    operations.append(.move(delta))
                }
            case UInt8(ascii: "."): operations.append(.output)
            case UInt8(ascii: ","): operations.append(.input)
            case UInt8(ascii: "["):
                open.append((operations.count, line, column))
                operations.append(.loopStart(end: -1))
            case UInt8(ascii: "]"):
                guard let start = open.popLast() else {
                    throw BrainfuckError(message: "']' without a matching '['", line: line, column: column)
                }
                if operations.count == start.index + 2, case .add(let n) = operations[start.index + 1], n & 1 == 1 {
                    // [-] and [+] (any odd step) end with the cell at 0.
                    operations.removeLast(2)
                    operations.append(.clear)
                } else {
                    operations[start.index] = .loopStart(end: operations.count)
                    operations.append(.loopEnd(start: start.index))
                }
            default:
                continue
            }
            commandCount += 1
        }
        if let start = open.last {
            throw BrainfuckError(message: "'[' without a matching ']'", line: start.line, column: start.column)
        }
    }
}
