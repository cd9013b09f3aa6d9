// The x86-64 System V data layout: sizes, alignments and struct field offsets of IR types, as
// LLVM computes them for `e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128`.
//
//   type          size  align        type            size                    align
//   i1, i8        1     1            float           4                       4
//   i16           2     2            double          8                       8
//   i32           4     4            ptr             8                       8
//   i64           8     8            [N x T]         N * size(T)             align(T)
//   i128          16    16           { T... }        fields at aligned       max field align
//                                                    offsets, padded to align (1 if packed)
//                                    <N x T>         N * size(T), rounded    N * size(T) rounded
//                                                    up to the alignment     up to a power of two
//
// The datalayout string names no vector alignments, so LLVM gives a vector its natural
// alignment: its store size rounded up to a power of two (`<2 x float>`: 8 bytes, align 8;
// `<3 x float>`: store size 12, align 16, alloc size 16). Elements are at `i * size(T)`, which is
// LLVM's bit-packed vector layout for the byte-sized element types the model allows.
//
// `size(of:)` is LLVM's *alloc size* (the stride between array elements, padding included);
// `storeSize(of:)` is the number of bytes a load or store touches.

/// Sizes, alignments and field offsets of IR types on x86-64 System V.
public struct DataLayout: Sendable {
    /// A struct's layout: each field's byte offset, the total (padded) size and the alignment.
    public struct StructLayout: Sendable, Equatable {
        /// Byte offset of each field.
        public var offsets: [Int]
        /// Size in bytes, including tail padding.
        public var size: Int
        /// Alignment in bytes.
        public var alignment: Int
    }

    /// Layouts of the module's named structs, computed once.
    private var named: [String: StructLayout] = [:]
    private let bodies: [String: StructBody]

    /// Computes the layout of every named struct of `module`.
    /// - Parameter module: The module whose named struct bodies are used.
    public init(module: Module) {
        bodies = module.structs
        for name in module.structNames { _ = namedLayout(name) }
    }

    private mutating func namedLayout(_ name: String) -> StructLayout {
        if let l = named[name] { return l }
        // An opaque struct has no size; a placeholder also breaks (invalid) by-value cycles.
        named[name] = StructLayout(offsets: [], size: 0, alignment: 1)
        guard let body = bodies[name], let fields = body.fields else { return named[name]! }
        for f in fields { prepare(f) }
        let l = computeStruct(fields, packed: body.isPacked)
        named[name] = l
        return l
    }

    /// Makes sure named structs reachable from `type` by value are laid out.
    private mutating func prepare(_ type: IRType) {
        switch type {
        case .named(let n): _ = namedLayout(n)
        case .array(_, let e), .vector(_, let e): prepare(e)
        case .structure(let fields, _): for f in fields { prepare(f) }
        default: break
        }
    }

    private func computeStruct(_ fields: [IRType], packed: Bool) -> StructLayout {
        var offset = 0
        var maxAlign = 1
        var offsets: [Int] = []
        offsets.reserveCapacity(fields.count)
        for f in fields {
            let a = packed ? 1 : alignment(of: f)
            offset = (offset + a - 1) / a * a
            offsets.append(offset)
            offset += size(of: f)
            maxAlign = max(maxAlign, a)
        }
        let size = (offset + maxAlign - 1) / maxAlign * maxAlign
        return StructLayout(offsets: offsets, size: size, alignment: maxAlign)
    }

    /// The layout of a struct type (literal or named), or nil for other types.
    /// - Parameter type: A struct type.
    /// - Returns: Field offsets, size and alignment; an opaque struct has no fields and size 0.
    public func structLayout(_ type: IRType) -> StructLayout? {
        switch type {
        case .structure(let fields, let packed): computeStruct(fields, packed: packed)
        case .named(let n): named[n] ?? StructLayout(offsets: [], size: 0, alignment: 1)
        default: nil
        }
    }

    /// The ABI alignment of `type` in bytes.
    /// - Parameter type: Any type; `void`, `label`, `metadata` and function types give 1.
    /// - Returns: A power of two.
    public func alignment(of type: IRType) -> Int {
        switch type {
        case .int(let n): n <= 8 ? 1 : n <= 16 ? 2 : n <= 32 ? 4 : n <= 64 ? 8 : 16
        case .float: 4
        case .double, .ptr: 8
        case .array(_, let e): alignment(of: e)
        case .vector(let count, let e): Self.powerOfTwo(atLeast: max(0, count) * size(of: e))
        case .structure, .named: structLayout(type)?.alignment ?? 1
        case .void, .label, .metadata, .function: 1
        }
    }

    /// The number of bytes a load or store of `type` touches (LLVM's store size).
    /// - Parameter type: A first-class type.
    /// - Returns: The size in bytes, without tail padding of scalars.
    public func storeSize(of type: IRType) -> Int {
        switch type {
        case .int(let n): (n + 7) / 8
        case .vector(let count, let e): max(0, count) * size(of: e)
        default: size(of: type)
        }
    }

    /// The smallest power of two that is at least `n` (1 for `n <= 1`).
    static func powerOfTwo(atLeast n: Int) -> Int {
        var p = 1
        while p < n && p < 1 << 40 { p <<= 1 }
        return p
    }

    /// The allocation size of `type` in bytes: the distance between consecutive array elements.
    /// - Parameter type: Any type; `void`, `label`, `metadata` and function types give 0.
    /// - Returns: The size, a multiple of the type's alignment.
    public func size(of type: IRType) -> Int {
        switch type {
        case .int(let n):
            let bytes = (n + 7) / 8
            let a = alignment(of: type)
            return (bytes + a - 1) / a * a
        case .float: return 4
        case .double, .ptr: return 8
        case .array(let count, let e): return max(0, count) * size(of: e)
        case .vector:
            let a = alignment(of: type)
            return (storeSize(of: type) + a - 1) / a * a
        case .structure, .named: return structLayout(type)?.size ?? 0
        case .void, .label, .metadata, .function: return 0
        }
    }

    /// The byte offset of element `index` of an aggregate or vector: a struct field, an array
    /// element or a vector element.
    /// - Parameters:
    ///   - index: The field or element number.
    ///   - type: A struct, array or vector type.
    /// - Returns: The offset and the element's type, or nil if `index` is not valid for `type`.
    public func offset(ofElement index: Int, in type: IRType) -> (offset: Int, type: IRType)? {
        switch type {
        case .array(let count, let e), .vector(let count, let e):
            guard index >= 0, index < count else { return nil }
            return (index * size(of: e), e)
        case .structure(let fields, _):
            guard index >= 0, index < fields.count, let l = structLayout(type) else { return nil }
            return (l.offsets[index], fields[index])
        case .named(let n):
            guard let fields = bodies[n]?.fields, index >= 0, index < fields.count, let l = structLayout(type),
                  index < l.offsets.count
            else { return nil }
            return (l.offsets[index], fields[index])
        default:
            return nil
        }
    }
}
