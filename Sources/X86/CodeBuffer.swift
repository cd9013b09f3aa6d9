/// The byte buffer the assembler writes into: a uniquely owned heap block.
///
/// Each instruction first calls `reserve(16)` (no x86 instruction is longer than 15 bytes), then
/// writes its bytes with unchecked stores. That keeps the hot path free of per-byte capacity checks,
/// reference counting and allocation; the block only grows (doubling) when the reserve fails.
@usableFromInline
struct CodeBuffer: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int

    @usableFromInline
    init(capacity: Int) {
        let capacity = max(capacity, 64)
        base = .allocate(capacity: capacity)
        count = 0
        self.capacity = capacity
    }

    // `@inlinable` works around a Swift 6.3.1 optimizer crash in release builds ("Should never be
    // inlining a resilient function into a fragile function") when a plain deinit of a noncopyable
    // `@usableFromInline` type is inlined into an inlinable setter of `Assembler.buffer`.
    @inlinable deinit { base.deallocate() }

    /// Makes room for `n` more bytes.
    @inlinable @inline(__always)
    mutating func reserve(_ n: Int) {
        if _slowPath(count &+ n > capacity) { grow(minimum: count &+ n) }
    }

    @usableFromInline
    mutating func grow(minimum: Int) {
        var newCapacity = capacity &* 2
        while newCapacity < minimum { newCapacity &*= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte; the caller has reserved room.
    @inlinable @inline(__always)
    mutating func put(_ byte: UInt8) {
        base[count] = byte
        count &+= 1
    }

    /// Appends the low `n` bytes of `value`, little-endian; the caller has reserved room (n <= 8).
    @inlinable @inline(__always)
    mutating func put(_ value: UInt64, bytes n: Int) {
        // One unaligned 8-byte store, then advance by n: the extra bytes lie in reserved space and
        // are overwritten by whatever comes next.
        UnsafeMutableRawPointer(base + count).storeBytes(of: value.littleEndian, as: UInt64.self)
        count &+= n
    }

    /// Appends `bytes`, reserving room for them.
    @inlinable
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count + 8)
        if let src = bytes.baseAddress { (base + count).update(from: src, count: bytes.count) }
        count &+= bytes.count
    }

    /// Overwrites 1 or 4 bytes at `offset` (a fixup).
    @inlinable
    func patch(at offset: Int, value: Int64, size: Int) {
        if size == 1 {
            base[offset] = UInt8(truncatingIfNeeded: value)
        } else {
            UnsafeMutableRawPointer(base + offset).storeBytes(
                of: UInt32(truncatingIfNeeded: value).littleEndian, as: UInt32.self)
        }
    }

    /// Appends `count` bytes of padding: `fill` repeated, or for `fill` < 0 what GNU `as` pads code
    /// with: as many 11-byte NOPs as fit, then one shorter NOP; and when that would take more than
    /// eight 11-byte NOPs (88 bytes or more), first a jump over the rest (`EB cb` if it reaches,
    /// else `E9 cd`), so the CPU does not decode through the padding.
    mutating func writePadding(_ count: Int, fill: Int16) {
        reserve(count + 16)
        if fill >= 0 {
            for _ in 0..<count { put(UInt8(fill)) }
            return
        }
        var left = count
        if left / 11 > 7 {
            if left - 2 <= 127 {
                put(0xEB)
                put(UInt8(left - 2))
                left -= 2
            } else {
                put(0xE9)
                put(UInt64(left - 5), bytes: 4)
                left -= 5
            }
        }
        while left > 0 {
            let n = min(left, 11)
            for b in nopPatterns[n] { put(b) }
            left -= n
        }
    }
}
