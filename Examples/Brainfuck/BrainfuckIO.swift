// Input and output of a running program, shared by the interpreter and the compiled code (which
// reaches it through two C-callable functions registered in the engine's symbol table).

/// The bytes a program reads and the bytes it has written.
final class BrainfuckIO {
    let input: [UInt8]
    var position = 0
    var output: [UInt8] = []

    init(input: [UInt8]) {
        self.input = input
        output.reserveCapacity(4096)
    }

    /// The next input byte, or 0 at the end of the input.
    func read() -> UInt8 {
        guard position < input.count else { return 0 }
        position += 1
        return input[position - 1]
    }

    /// `void bf_put(ptr io, i32 byte)`, called by compiled code for `.`.
    static let put: @convention(c) (UnsafeMutableRawPointer, Int32) -> Void = { io, byte in
        Unmanaged<BrainfuckIO>.fromOpaque(io).takeUnretainedValue().output.append(UInt8(truncatingIfNeeded: byte))
    }

    /// `i32 bf_get(ptr io)`, called by compiled code for `,`.
    static let get: @convention(c) (UnsafeMutableRawPointer) -> Int32 = { io in
        Int32(Unmanaged<BrainfuckIO>.fromOpaque(io).takeUnretainedValue().read())
    }
}
