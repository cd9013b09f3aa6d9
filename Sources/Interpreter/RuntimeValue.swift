/// A value passed to or returned from an interpreted function.
///
/// Integers are kept as their bits, zero-extended to 64 (an `i8 -1` is `.int(0xFF)`); use
/// ``signed(_:width:)`` to build one from a signed value and ``signedValue(width:)`` to read one.
public enum RuntimeValue: Hashable, Sendable, CustomStringConvertible {
    /// An integer of any width: its bits, zero-extended.
    case int(UInt64)
    /// A `float`.
    case float(Float)
    /// A `double`.
    case double(Double)
    /// A `ptr`: a real address.
    case pointer(UInt)
    /// An aggregate (struct or array) or a vector, as its bytes laid out as in memory.
    case aggregate([UInt8])

    /// The integer `value` truncated to `width` bits.
    /// - Parameters:
    ///   - value: A signed value.
    ///   - width: The bit width, 1 to 64.
    /// - Returns: `.int` with the low `width` bits of `value`.
    public static func signed(_ value: Int64, width: Int) -> RuntimeValue {
        .int(UInt64(bitPattern: value) & widthMask(width))
    }

    /// The value as 64 bits: integers and pointers as they are, floats as their bit pattern.
    public var bits: UInt64 {
        switch self {
        case .int(let v): v
        case .float(let f): UInt64(f.bitPattern)
        case .double(let d): d.bitPattern
        case .pointer(let p): UInt64(p)
        case .aggregate: 0
        }
    }

    /// An integer value sign-extended from `width` bits.
    /// - Parameter width: The bit width, 1 to 64.
    /// - Returns: The signed value, or nil if this is not an integer.
    public func signedValue(width: Int) -> Int64? {
        guard case .int(let v) = self else { return nil }
        return signExtend(v, from: width)
    }

    /// The value for messages: an integer in decimal, a `float` with an `f` suffix, a pointer in hex.
    public var description: String {
        switch self {
        case .int(let v): "\(v)"
        case .float(let f): "\(f)f"
        case .double(let d): "\(d)"
        case .pointer(let p): "0x" + String(p, radix: 16)
        case .aggregate(let b): "aggregate(\(b.count) bytes)"
        }
    }
}

/// The mask of the low `width` bits (all bits for 64 and more).
@inline(__always)
func widthMask(_ width: Int) -> UInt64 {
    width >= 64 ? .max : (1 &<< UInt64(width)) &- 1
}

/// `bits` sign-extended from `width` bits to 64.
@inline(__always)
func signExtend(_ bits: UInt64, from width: Int) -> Int64 {
    let shift = UInt64(64 &- min(max(width, 1), 64))
    return Int64(bitPattern: bits &<< shift) &>> Int64(shift)
}
