// Errors of the compiler and of the JIT engine that runs its output.

/// An error found while compiling a module to machine code, loading it or running it.
public struct CodegenError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The module failed verification; the message lists every problem.
        case invalidModule(String)
        /// A construct the baseline compiler does not implement (a type, opcode or intrinsic).
        case unsupported(String)
        /// An external function or global that the symbol table cannot resolve.
        case unknownSymbol(String)
        /// No defined function of that name.
        case noSuchFunction(String)
        /// The assembler rejected an instruction (an internal limit such as a displacement).
        case encoding(String)
        /// Executable or data memory could not be set up.
        case system(String)
        /// The checker of the code generator's decisions found a value read from a place that
        /// does not hold it, or a folded load read past a store (only when the engine checks
        /// allocations: a bug in the compiler).
        case allocation(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The function being compiled, or empty.
    public var function: String
    /// The instruction being compiled, as printed text, or empty.
    public var instruction: String

    /// Creates an error.
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - function: The function's name, without `@`.
    ///   - instruction: The instruction's text.
    public init(_ kind: Kind, function: String = "", instruction: String = "") {
        self.kind = kind
        self.function = function
        self.instruction = instruction
    }

    /// `error: message (in @f: <instruction>)`.
    public var description: String {
        var message: String
        switch kind {
        case .invalidModule(let m): message = "invalid module: \(m)"
        case .unsupported(let m): message = "unsupported: \(m)"
        case .unknownSymbol(let s): message = "unknown symbol '\(s)'"
        case .noSuchFunction(let f): message = "no defined function '@\(f)'"
        case .encoding(let m): message = "cannot encode: \(m)"
        case .system(let m): message = m
        case .allocation(let m): message = "code generation check failed: \(m)"
        }
        if !function.isEmpty {
            message += " (in @\(function)" + (instruction.isEmpty ? ")" : ": \(instruction))")
        }
        return "error: " + message
    }
}
