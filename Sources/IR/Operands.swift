// The operands of an instruction, up to four of them held in the instruction itself.
//
// Most instructions have at most four operands (binary operations and compares two, loads one,
// stores two, a conditional branch three, a phi of two predecessors four); those live inline, so
// making, copying, reading and dropping an instruction allocates nothing and counts no references.
// An instruction with more (calls with four or more arguments, larger phis, switches) keeps all of
// them in an array. (An array for every instruction would be a heap allocation each while parsing,
// and a retain and a release each time one of the ten or so passes over every instruction of a
// compile reads the operands.)

/// The operands of an instruction, in LLVM order (see ``InstructionData/operands``): a collection
/// of ``Value``s that holds up to four without a heap allocation.
///
/// It behaves like an array of values: it can be indexed, iterated, compared, changed in place,
/// appended to and made from an array literal.
public struct Operands: Sendable {
    /// The first four operands when there are at most four (unused slots hold raw 0).
    @usableFromInline var inline: (Value, Value, Value, Value)
    /// The number of operands.
    @usableFromInline var storedCount: UInt32
    /// All the operands when there are more than four; nil otherwise.
    @usableFromInline var spill: [Value]?

    /// The number of operands kept inline.
    @usableFromInline static var inlineCapacity: Int { 4 }

    @inlinable init(_ inline: (Value, Value, Value, Value), count: Int) {
        self.inline = inline
        storedCount = UInt32(truncatingIfNeeded: count)
        spill = nil
    }

    /// No operands.
    @inlinable public init() { self.init((.zero, .zero, .zero, .zero), count: 0) }
    /// One operand.
    @inlinable public init(_ a: Value) { self.init((a, .zero, .zero, .zero), count: 1) }
    /// Two operands.
    @inlinable public init(_ a: Value, _ b: Value) { self.init((a, b, .zero, .zero), count: 2) }
    /// Three operands.
    @inlinable public init(_ a: Value, _ b: Value, _ c: Value) { self.init((a, b, c, .zero), count: 3) }
    /// Four operands.
    @inlinable public init(_ a: Value, _ b: Value, _ c: Value, _ d: Value) { self.init((a, b, c, d), count: 4) }

    /// The values of `values`, in order.
    @inlinable public init(_ values: [Value]) {
        let n = values.count
        if n > Self.inlineCapacity {
            self.init((.zero, .zero, .zero, .zero), count: n)
            spill = values
            return
        }
        self.init()
        storedCount = UInt32(truncatingIfNeeded: n)
        values.withUnsafeBytes { source in
            withUnsafeMutableBytes(of: &inline) { $0.copyMemory(from: source) }
        }
    }

    /// The values of `values`, in order.
    @inlinable public init<S: Sequence>(_ values: S) where S.Element == Value {
        self.init()
        for v in values { append(v) }
    }

    /// The operands as an array.
    @inlinable public var array: [Value] {
        if let spill { return spill }
        return withUnsafeBytes(of: inline) { Array($0.bindMemory(to: Value.self).prefix(Int(storedCount))) }
    }

    /// The operands from position `start` on, as an array (a call's arguments: `array(from: 1)`).
    @inlinable public func array(from start: Int) -> [Value] {
        if let spill { return Array(spill[Swift.min(start, spill.count)...]) }
        var result: [Value] = []
        if start < count {
            result.reserveCapacity(count - start)
            for k in start..<count { result.append(self[k]) }
        }
        return result
    }

    /// True if `value` is one of the operands.
    @inlinable @inline(__always) public func contains(_ value: Value) -> Bool {
        for k in 0..<count where self[k] == value { return true }
        return false
    }

    /// The first operand, or nil if there are none.
    @inlinable public var first: Value? { @inline(__always) get { storedCount == 0 ? nil : self[0] } }
    /// The last operand, or nil if there are none.
    @inlinable public var last: Value? { storedCount == 0 ? nil : self[count - 1] }
}

extension Value {
    /// A value from its raw bits (kind in bits 29-31, index in bits 0-28).
    @inlinable init(raw: UInt32) { self.raw = raw }
    /// Raw 0, the filler of unused operand slots.
    @inlinable static var zero: Value { Value(raw: 0) }
}

extension Operands: RandomAccessCollection, MutableCollection {
    /// A position: an integer from 0, as in an array.
    public typealias Index = Int
    /// The positions of all operands.
    public typealias Indices = Range<Int>

    /// 0: operands are numbered from 0, as in an array.
    @inlinable public var startIndex: Int { 0 }
    /// The number of operands, one past the last position.
    @inlinable public var endIndex: Int { Int(storedCount) }
    /// The number of operands.
    @inlinable public var count: Int { @inline(__always) get { Int(storedCount) } }
    /// True if there are no operands.
    @inlinable public var isEmpty: Bool { @inline(__always) get { storedCount == 0 } }
    /// The positions of the operands, `0..<count`.
    @inlinable public var indices: Range<Int> { 0..<Int(storedCount) }
    /// The position after `i`.
    @inlinable public func index(after i: Int) -> Int { i + 1 }
    /// The position before `i`.
    @inlinable public func index(before i: Int) -> Int { i - 1 }

    /// Operand `i`, which must be one of ``indices`` (as for an array: a position out of range
    /// stops the program; the parser and the verifier check an instruction's operand count before
    /// reading by position, so no input text reaches that).
    @inlinable public subscript(i: Int) -> Value {
        @inline(__always) get {
            precondition(UInt(bitPattern: i) < UInt(storedCount), "operand index out of range")
            if storedCount > Self.inlineCapacity { return spill.unsafelyUnwrapped[i] }
            return withUnsafeBytes(of: inline) { $0.load(fromByteOffset: i &* 4, as: Value.self) }
        }
        set {
            precondition(UInt(bitPattern: i) < UInt(storedCount), "operand index out of range")
            if storedCount > Self.inlineCapacity {
                spill![i] = newValue
                return
            }
            withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: newValue, toByteOffset: i &* 4, as: Value.self) }
        }
    }

    /// The operands at positions `bounds`. (Loops over positions are cheaper in a fresh process:
    /// a wrapper around a slice, such as `dropFirst().enumerated()`, is a generic type the Swift
    /// runtime first builds from its mangled name, looking up conformances by a scan of all of
    /// them.)
    @inlinable public subscript(bounds: Range<Int>) -> Slice<Operands> {
        get { Slice(base: self, bounds: bounds) }
        set {
            precondition(newValue.count == bounds.count, "a slice of operands replaced by one of another length")
            var k = newValue.startIndex
            for i in bounds {
                self[i] = newValue[k]
                k = newValue.index(after: k)
            }
        }
    }
}

extension Operands: RangeReplaceableCollection {
    /// Appends `value`.
    @inlinable public mutating func append(_ value: Value) {
        let n = Int(storedCount)
        if n < Self.inlineCapacity {
            withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: value, toByteOffset: n &* 4, as: Value.self) }
            storedCount += 1
        } else if n > Self.inlineCapacity {
            spill!.append(value)
            storedCount += 1
        } else {
            var values = array
            values.append(value)
            self = Operands(values)
        }
    }

    /// Makes room for `n` operands (only spilled operands have room to make).
    @inlinable public mutating func reserveCapacity(_ n: Int) {
        if storedCount > Self.inlineCapacity { spill!.reserveCapacity(n) }
    }

    /// Replaces the operands at `subrange` with `newElements`.
    @inlinable public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C)
        where C.Element == Value
    {
        var values = array
        values.replaceSubrange(subrange, with: newElements)
        self = Operands(values)
    }
}

extension Operands: ExpressibleByArrayLiteral {
    /// The operands of an array literal, `[a, b]` (in hot code `Operands(a, b)` is cheaper: it
    /// makes no array first).
    @inlinable public init(arrayLiteral elements: Value...) { self.init(elements) }
}

extension Operands: Hashable {
    /// True if `a` and `b` hold the same values in the same order.
    @inlinable public static func == (a: Operands, b: Operands) -> Bool { a.elementsEqual(b) }

    /// Hashes the number of operands and each operand.
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for v in self { hasher.combine(v) }
    }
}

extension Operands: CustomStringConvertible {
    /// The operands as an array prints them, e.g. `[instruction#3, constant#0]`.
    public var description: String { array.description }
}
