#if canImport(Glibc)
import Glibc
#endif
import X86

/// An error from loading, linking or calling into JIT-compiled code.
///
/// OS failures keep the errno value and the name of the failing call, as swift-nio's `IOError` does,
/// so a report such as `mprotect failed: Cannot allocate memory (errno 12)` can be traced to the
/// exact system call without a debugger.
public struct JITError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// A system call failed; `call` names it (`mmap`, `mprotect`, ...) and `errno` says why.
        case systemCall(call: String, errno: Int32)
        /// A symbol was neither registered nor found by the dynamic loader.
        case unknownSymbol(String)
        /// The region has no free span of `requestedBytes` contiguous bytes.
        case regionFull(requestedBytes: Int)
        /// The reservation size was zero, negative or too large to round up to whole pages.
        case invalidReservationSize(Int)
        /// The code to load has no bytes.
        case emptyCode
        /// A relocation field at `offset` does not lie inside the code.
        case relocationOutsideCode(offset: Int)
        /// A rel32 field at `offset` cannot reach `target`, not even through a stub.
        case relocationOutOfRange(offset: Int, target: UInt64)
        /// The label is not bound in the loaded code, or is bound past its last byte.
        case labelNotInCode(Label)
        /// A function type has `size` bytes, so it is not a thin `@convention(c)` function pointer.
        case notAFunctionPointer(typeName: String, size: Int)
        /// A function symbol's name is empty or contains NUL or a newline.
        case invalidSymbolName(String)
        /// A symbol declared ``FunctionSymbol/Frame/framePointer`` does not start with
        /// `push rbp; mov rbp, rsp`.
        case missingPrologue(symbol: String)
        /// A line table entry lies outside the code, has a line below 1, or names no file.
        case invalidSourceLine(offset: Int)
    }

    /// What went wrong.
    public var kind: Kind

    /// Creates an error of the given kind.
    /// - Parameter kind: What went wrong.
    public init(_ kind: Kind) {
        self.kind = kind
    }

    /// Creates an error for a failed system call, capturing the current `errno`.
    /// - Parameter call: The name of the call that failed.
    static func lastSystemError(_ call: String) -> JITError {
        JITError(.systemCall(call: call, errno: Glibc.errno))
    }

    /// The errno value if this error is a failed system call, otherwise nil.
    public var errno: Int32? {
        if case .systemCall(_, let code) = kind { return code }
        return nil
    }

    /// The name of the failed system call, or nil if this error is not one.
    public var systemCall: String? {
        if case .systemCall(let call, _) = kind { return call }
        return nil
    }

    /// A one-line, human-readable explanation.
    public var description: String {
        switch kind {
        case .systemCall(let call, let code):
            return "\(call) failed: \(String(cString: strerror(code))) (errno \(code))"
        case .unknownSymbol(let name):
            return "unknown symbol '\(name)': not registered and not found by dlsym"
        case .regionFull(let bytes):
            return "code region has no free span of \(bytes) bytes"
        case .invalidReservationSize(let size):
            return "invalid code region reservation size \(size)"
        case .emptyCode:
            return "cannot load code with no bytes"
        case .relocationOutsideCode(let offset):
            return "relocation at offset \(offset) lies outside the code"
        case .relocationOutOfRange(let offset, let target):
            return "rel32 at offset \(offset) cannot reach 0x\(String(target, radix: 16))"
        case .labelNotInCode(let label):
            return "label \(label) is not bound inside the loaded code"
        case .notAFunctionPointer(let name, let size):
            return "\(name) is \(size) bytes, not a @convention(c) function pointer"
        case .invalidSymbolName(let name):
            return "invalid function symbol name \(name.debugDescription): empty, or contains NUL or a newline"
        case .missingPrologue(let name):
            return "function '\(name)' is declared with a frame pointer but does not start with push rbp; mov rbp, rsp"
        case .invalidSourceLine(let offset):
            return "line table entry at offset \(offset) is outside the code or has no file or line"
        }
    }
}
