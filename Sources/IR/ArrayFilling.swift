// Generic types at run time, for code on the compile path.
//
// The first time a process uses a generic type with given arguments (`[T]` for a T not used in
// an array before, a tuple type, `Set<String>`), the Swift runtime instantiates its metadata:
// 7k to 20k instructions for `_ContiguousArrayStorage<T>` (and T's own when T is a tuple), plus
// fresh memory. A fresh `swiftjit run` pays that for every such type its compile meets, so code
// on the compile path keeps to the array types it uses anyway ([Int], [Int32], [Value],
// [Label], ...) rather than arrays of one-off tuple types (flat or parallel arrays instead), and
// to switches rather than sets of strings.
//
// `Array(repeating:count:)` allocates through a stdlib function that is not specialized for the
// element type (`Array._allocateBufferUninitialized(minimumCapacity:)`, `@inline(never)` and not
// inlinable): at every call it asks the runtime for the metadata of `_ContiguousArrayStorage<T>`,
// a lookup in the runtime's hash table of generic metadata that takes some hundreds of
// instructions in a process as large as the compiler's. The compiler sizes a few dozen tables
// per function that way. `Array(filling:count:)` makes the same array from a `Repeated`
// collection, a path that is specialized and reaches the storage type through a cached accessor.
// Not for every element type, though: for `ParameterAttributes` and `GlobalVariable?` the
// optimizer left the copy of the `Repeated` sequence unspecialized, which instantiated the
// metadata of its `IndexingIterator` (~9.5k instructions) at the first use; those two sites
// keep `Array(repeating:)`.

extension Array {
    /// An array of `count` copies of `value`: `Array(repeating: value, count: count)`, without
    /// the runtime lookup of its storage type that that initializer makes at each call.
    /// - Parameters:
    ///   - value: The element to repeat.
    ///   - count: The number of elements, 0 or more.
    @inlinable
    package init(filling value: Element, count: Int) {
        precondition(count >= 0, "negative count")  // (as Array(repeating:count:) checks)
        self.init(repeatElement(value, count: count))
    }
}
