// `Array(repeating:count:)` allocates through a stdlib function that is not specialized for the
// element type (`Array._allocateBufferUninitialized(minimumCapacity:)`, `@inline(never)` and not
// inlinable): at every call it asks the runtime for the metadata of `_ContiguousArrayStorage<T>`,
// a lookup in the runtime's hash table of generic metadata that takes some hundreds of
// instructions in a process as large as the compiler's. The compiler sizes a few dozen tables
// per function that way. `Array(filling:count:)` makes the same array from a `Repeated`
// collection, a path that is specialized and reaches the storage type through a cached accessor.

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
