// Types of the IR: the subset of LLVM's type system that clang uses for C.
//
//   iN (1, 8, 16, 32, 64) · float · double · ptr (opaque) · void · label
//   [N x T] · <N x T> (vector) · { T, ... } · <{ T, ... }> (packed) · %name (named struct)
//   R (P, ...[, ...])
//
// Vectors come from clang's x86-64 ABI lowering, which passes and returns a pair of floats
// (`struct { float a, b; }`) as `<2 x float>`, and from its loop and SLP vectorizers at -O2.
// Their elements are `i1` (comparison results), `i8`/`i16`/`i32`/`i64`, `float`, `double` or
// `ptr`. Elementwise operations on them are rewritten into scalar ones before they run
// (`Module.scalarizeVectors()`).
//
// Types are small values compared structurally, except named structs, which are compared by name
// and whose bodies live in the module (`Module.structs`), so recursive types need no cycles.

/// A type of the IR.
public enum IRType: Hashable, Sendable, CustomStringConvertible {
    /// No value: the result type of `store`, `void` calls and `ret void`.
    case void
    /// An integer of the given width in bits (1, 8, 16, 32 or 64 in C code; others are parsed).
    case int(Int)
    /// An IEEE 754 single-precision float (32 bits).
    case float
    /// An IEEE 754 double-precision float (64 bits).
    case double
    /// An opaque pointer (`ptr`), 64 bits, address space 0.
    case ptr
    /// `[count x element]`.
    indirect case array(count: Int, element: IRType)
    /// `<count x element>`: a small vector of integers (8 to 64 bits), floats or pointers.
    indirect case vector(count: Int, element: IRType)
    /// A literal struct `{ ... }`, or `<{ ... }>` when packed.
    indirect case structure(fields: [IRType], packed: Bool)
    /// A named struct `%name`; its body is `Module.structs[name]` (nil body: opaque).
    indirect case named(String)
    /// A function type `ret (params...)`, variadic when `variadic`.
    indirect case function(FunctionType)
    /// The type of basic blocks as operands (`label %bb`).
    case label
    /// `metadata`, accepted as the type of metadata operands of intrinsics.
    case metadata

    /// `i1`, a boolean (the result of comparisons).
    public static let i1 = IRType.int(1)
    /// `i8`, a byte (C `char`).
    public static let i8 = IRType.int(8)
    /// `i16`, C `short`.
    public static let i16 = IRType.int(16)
    /// `i32`, C `int`.
    public static let i32 = IRType.int(32)
    /// `i64`, C `long` and `long long`.
    public static let i64 = IRType.int(64)

    /// True for `iN`.
    @inlinable public var isInteger: Bool { if case .int = self { true } else { false } }
    /// True for `float` and `double`.
    @inlinable public var isFloatingPoint: Bool { self == .float || self == .double }
    /// The bit width of an integer type, else nil.
    @inlinable public var integerWidth: Int? { if case .int(let n) = self { n } else { nil } }
    /// The size in bits of a scalar (`iN`, `float`, `double`, `ptr`), or nil.
    var bitWidth: Int? {
        switch self {
        case .int(let n): n
        case .float: 32
        case .double, .ptr: 64
        default: nil
        }
    }
    /// The size in bits of a scalar, or of all the elements of a vector of numbers (not
    /// pointers, which a bitcast cannot regroup), or nil.
    var totalBitWidth: Int? {
        guard let (n, e) = vectorShape else { return bitWidth }
        return e == .ptr ? nil : e.bitWidth.map { $0 * n }
    }
    /// True for types a value of which can be held in a register or SSA value of its own:
    /// integers, floating point and pointers.
    @inlinable public var isFirstClassScalar: Bool { isInteger || isFloatingPoint || self == .ptr }
    /// True for `<N x T>`.
    @inlinable public var isVector: Bool { if case .vector = self { true } else { false } }
    /// The element type and count of a vector type, else nil.
    @inlinable public var vectorShape: (count: Int, element: IRType)? {
        if case .vector(let n, let e) = self { (n, e) } else { nil }
    }
    /// True for the types a vector may hold: `i8`/`i16`/`i32`/`i64`, `float`, `double`, `ptr`.
    /// (Narrower integers would be bit-packed in memory, which the model does not implement.)
    public var isValidVectorElement: Bool {
        switch self {
        case .int(let n): n == 8 || n == 16 || n == 32 || n == 64
        case .float, .double, .ptr: true
        default: false
        }
    }
    /// True for arrays and structs (not vectors: those are first-class values in LLVM).
    @inlinable public var isAggregate: Bool {
        switch self {
        case .array, .structure, .named: true
        default: false
        }
    }

    /// Structural equality (named structs by name). Written out rather than derived so that a
    /// comparison with a scalar type (`t == .void`, `t == .i32`) inlines to a test of the case:
    /// the derived one is a call that copies both values, and the parser, verifier and passes
    /// compare types for nearly every operand.
    @inlinable public static func == (a: IRType, b: IRType) -> Bool {
        switch a {
        case .void: if case .void = b { return true }
        case .int(let n): if case .int(let m) = b { return n == m }
        case .float: if case .float = b { return true }
        case .double: if case .double = b { return true }
        case .ptr: if case .ptr = b { return true }
        case .label: if case .label = b { return true }
        case .metadata: if case .metadata = b { return true }
        case .array, .vector, .structure, .named, .function: return equalComposites(a, b)
        }
        return false
    }

    /// `==` for arrays, vectors, structs, named structs and function types.
    @usableFromInline static func equalComposites(_ a: IRType, _ b: IRType) -> Bool {
        switch (a, b) {
        case let (.array(n, e), .array(m, f)), let (.vector(n, e), .vector(m, f)): n == m && e == f
        case let (.structure(x, p), .structure(y, q)): p == q && x == y
        case let (.named(x), .named(y)): x == y
        case let (.function(x), .function(y)): x == y
        default: false
        }
    }

    /// The type in LLVM's text syntax.
    public var description: String {
        switch self {
        case .void: "void"
        case .int(let n): "i\(n)"
        case .float: "float"
        case .double: "double"
        case .ptr: "ptr"
        case .array(let n, let e): "[\(n) x \(e)]"
        case .vector(let n, let e): "<\(n) x \(e)>"
        case .structure(let fields, let packed):
            fields.isEmpty ? (packed ? "<{}>" : "{}")
                : (packed ? "<{ " : "{ ") + fields.map(\.description).joined(separator: ", ") + (packed ? " }>" : " }")
        case .named(let name): "%" + quotedName(name)
        case .function(let f): f.description
        case .label: "label"
        case .metadata: "metadata"
        }
    }
}

/// A function type: result, parameters, and whether more arguments may follow (`...`).
public struct FunctionType: Hashable, Sendable, CustomStringConvertible {
    /// The result type (`void` for none).
    public var result: IRType
    /// The fixed parameters.
    public var parameters: [IRType]
    /// True for `(..., ...)`.
    public var isVariadic: Bool

    /// Creates a function type.
    /// - Parameters:
    ///   - result: The result type (`void` for none).
    ///   - parameters: The fixed parameter types.
    ///   - variadic: Whether more arguments may follow (`...`).
    public init(_ result: IRType, _ parameters: [IRType], variadic: Bool = false) {
        self.result = result
        self.parameters = parameters
        isVariadic = variadic
    }

    /// `i32 (ptr, ...)`.
    public var description: String {
        var ps = parameters.map(\.description)
        if isVariadic { ps.append("...") }
        return "\(result) (\(ps.joined(separator: ", ")))"
    }
}

/// A name as LLVM prints it after `%` or `@`: bare when it is made of letters, digits and
/// `-$._`, and does not start with a digit (unless it is all digits); quoted otherwise.
func quotedName(_ name: String) -> String {
    let bytes = Array(name.utf8)
    func isPlain(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x24
            || c == 0x2E || c == 0x5F
    }
    let allDigits = !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    if !bytes.isEmpty && bytes.allSatisfy(isPlain) && (allDigits || !(bytes[0] >= 0x30 && bytes[0] <= 0x39)) {
        return name
    }
    var out = "\""
    for c in bytes {
        if c == 0x22 || c == 0x5C || c < 0x20 || c >= 0x7F {
            out += "\\" + String(c, radix: 16, uppercase: true).leftPadded(to: 2)
        } else {
            out.append(Character(UnicodeScalar(c)))
        }
    }
    return out + "\""
}

extension String {
    func leftPadded(to n: Int, with pad: Character = "0") -> String {
        count >= n ? self : String(repeating: pad, count: n - count) + self
    }
}
