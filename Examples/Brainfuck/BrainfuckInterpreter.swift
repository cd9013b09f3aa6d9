// The straightforward interpreter: a loop over the operations with a switch.

/// Runs programs one operation at a time.
enum BrainfuckInterpreter {
    /// Runs `program` on a zeroed tape of `tapeSize` cells.
    /// - Throws: ``BrainfuckError`` if the program moves off either end of the tape.
    static func run(_ program: BrainfuckProgram, io: BrainfuckIO, tapeSize: Int) throws(BrainfuckError) {
        var tape = [UInt8](repeating: 0, count: tapeSize)
        var cell = 0, pc = 0
        let operations = program.operations
        while pc < operations.count {
            switch operations[pc] {
            case .add(let n):
                tape[cell] &+= n
            case .move(let n):
                cell += n
                guard cell >= 0 && cell < tapeSize else {
                    throw BrainfuckError(message: "moved off the tape (to cell \(cell))")
                }
            case .clear:
                tape[cell] = 0
            case .output:
                io.output.append(tape[cell])
            case .input:
                tape[cell] = io.read()
            case .loopStart(let end):
                if tape[cell] == 0 { pc = end }
            case .loopEnd(let start):
                if tape[cell] != 0 { pc = start }
            }
            pc += 1
        }
    }
}
