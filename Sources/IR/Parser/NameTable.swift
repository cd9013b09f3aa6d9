// Globals and functions by the bytes of their names in the source, so that a reference `@name`
// is found without making a String of it (and hashing that): a module refers to its globals and
// functions far more often than it defines them. Quoted names (`@"\01f"`) are not kept here; the
// parser looks those up by their decoded String.

/// An open-addressing table from a name's bytes (`bytes[start..<start+length]` of the source
/// being parsed) to the value the prescan gave it.
struct NameTable {
    private struct Slot {
        var hash: UInt32 = 0
        var start: Int32 = 0
        var length: Int32 = -1  // -1: empty
        var value = Value(.global, 0)
    }

    private var slots: [Slot] = Array(filling: Slot(), count: 16)
    private var count = 0

    /// FNV-1a over the name's bytes.
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for k in start..<(start + length) { h = (h ^ UInt32(bytes[k])) &* 16_777_619 }
        return h
    }

    /// True if the `length` bytes at `a` and at `b` are the same.
    @inline(__always) private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ length: Int) -> Bool {
        for k in 0..<length where bytes[a + k] != bytes[b + k] { return false }
        return true
    }

    /// Adds the name at `bytes[start..<start+length]` (not already in the table) with `value`.
    mutating func insert(_ bytes: [UInt8], start: Int, length: Int, value: Value) {
        if 2 * (count + 1) > slots.count {
            // At most half full: twice the slots, every name placed again.
            let old = slots
            slots = Array(filling: Slot(), count: 2 * old.count)
            for s in old where s.length >= 0 { place(s) }
        }
        let h = bytes.withUnsafeBufferPointer { Self.hash($0, start, length) }
        place(Slot(hash: h, start: Int32(start), length: Int32(length), value: value))
        count += 1
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var i = Int(slot.hash) & mask
        while slots[i].length >= 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    /// The value of the name at `bytes[start..<start+length]`, if the table has it.
    func find(_ bytes: [UInt8], start: Int, length: Int) -> Value? {
        bytes.withUnsafeBufferPointer { b in
            let h = Self.hash(b, start, length)
            let mask = slots.count - 1
            var i = Int(h) & mask
            while slots[i].length >= 0 {
                let s = slots[i]
                if s.hash == h && Int(s.length) == length && Self.same(b, Int(s.start), start, length) {
                    return s.value
                }
                i = (i + 1) & mask
            }
            return nil
        }
    }
}
