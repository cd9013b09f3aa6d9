/// An error raised while loading or running a module in the ``Interpreter``.
///
/// Run-time errors name the function and print the instruction being executed, e.g.
/// `in @div: %3 = sdiv i32 %0, %1: division by zero`.
public struct InterpreterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// `sdiv`, `udiv`, `srem` or `urem` with a zero divisor.
        case divisionByZero
        /// A call to a function that is neither defined in the module nor found by the symbol table.
        case unknownSymbol(String)
        /// `unreachable` was executed.
        case unreachable
        /// A call to an `llvm.*` intrinsic the interpreter does not implement.
        case unsupportedIntrinsic(String)
        /// A construct the interpreter does not implement (a type, an ABI case, an opcode form).
        case unsupported(String)
        /// A load or store through a null (or near-null) pointer.
        case nullPointer
        /// `run(function:)` named no defined function.
        case noSuchFunction(String)
        /// The arguments do not match the function's parameters.
        case badArguments(String)
        /// The interpreted call stack or the alloca stack is exhausted.
        case stackOverflow
        /// The program called `exit` (or returned from `main` through `runMain`).
        case exited(Int32)
        /// The program called `abort` or `llvm.trap`.
        case aborted
        /// Setting up memory or native code failed.
        case system(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The function being executed, without `@` (empty if none).
    public var function: String
    /// The instruction being executed, as printed text (empty if none).
    public var instruction: String

    /// Creates an error.
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - function: The function's name.
    ///   - instruction: The instruction's text.
    public init(_ kind: Kind, function: String = "", instruction: String = "") {
        self.kind = kind
        self.function = function
        self.instruction = instruction
    }

    /// A one-line message naming the function and instruction.
    public var description: String {
        let what: String
        switch kind {
        case .divisionByZero: what = "division by zero"
        case .unknownSymbol(let s): what = "call to unknown symbol '\(s)'"
        case .unreachable: what = "executed 'unreachable'"
        case .unsupportedIntrinsic(let s): what = "unsupported intrinsic '\(s)'"
        case .unsupported(let s): what = "unsupported: \(s)"
        case .nullPointer: what = "memory access through a null pointer"
        case .noSuchFunction(let s): what = "no defined function '@\(s)'"
        case .badArguments(let s): what = "bad arguments: \(s)"
        case .stackOverflow: what = "interpreter stack overflow"
        case .exited(let c): what = "program exited with status \(c)"
        case .aborted: what = "program aborted"
        case .system(let s): what = s
        }
        var location = function.isEmpty ? "" : "in @\(function)"
        if !instruction.isEmpty { location += (location.isEmpty ? "" : ": ") + instruction }
        return location.isEmpty ? what : location + ": " + what
    }
}
