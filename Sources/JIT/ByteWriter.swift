/// A little-endian byte buffer for building ELF and DWARF sections.
struct ByteWriter {
    var bytes: [UInt8] = []

    var count: Int { bytes.count }

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// A NUL-terminated string.
    mutating func cString(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        bytes.append(0)
    }

    /// Unsigned LEB128 (DWARF 5 §7.6): 7 bits per byte, low first, high bit set on all but the last.
    mutating func uleb(_ value: UInt64) {
        var rest = value
        repeat {
            let byte = UInt8(rest & 0x7F)
            rest >>= 7
            bytes.append(rest == 0 ? byte : byte | 0x80)
        } while rest != 0
    }

    /// Signed LEB128: stops once the remaining bits are all copies of the last byte's sign bit.
    mutating func sleb(_ value: Int64) {
        var rest = value
        while true {
            let byte = UInt8(rest & 0x7F)
            rest >>= 7
            let done = (rest == 0 && byte & 0x40 == 0) || (rest == -1 && byte & 0x40 != 0)
            bytes.append(done ? byte : byte | 0x80)
            if done { return }
        }
    }

    /// Pads with `fill` to a multiple of `alignment`.
    mutating func align(_ alignment: Int, fill: UInt8 = 0) {
        while bytes.count % alignment != 0 { bytes.append(fill) }
    }

    /// Overwrites a 32-bit field written earlier, e.g. a length known only at the end.
    mutating func patch32(at offset: Int, _ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<(offset + 4), with: $0) }
    }
}
