/// The process's memory mappings, as listed by `/proc/self/maps`.
///
/// Used by tests to check W^X from the kernel's point of view rather than trusting our own
/// bookkeeping: ``writableAndExecutable`` must always be empty.
public struct MemoryMappings: Sendable {
    /// One line of `/proc/self/maps`.
    public struct Mapping: Sendable, Equatable {
        /// First address.
        public var start: UInt
        /// One past the last address.
        public var end: UInt
        /// The four permission characters, e.g. `r-xp`.
        public var permissions: String
        /// The mapped file or pseudo-path (`[heap]`, `[stack]`), or empty for anonymous memory.
        public var path: String

        /// Creates a mapping description.
        /// - Parameters:
        ///   - start: First address.
        ///   - end: One past the last address.
        ///   - permissions: The four permission characters, e.g. `r-xp`.
        ///   - path: The mapped file or pseudo-path, or empty.
        public init(start: UInt, end: UInt, permissions: String, path: String) {
            self.start = start
            self.end = end
            self.permissions = permissions
            self.path = path
        }

        /// Whether the pages are readable.
        public var isReadable: Bool { permissions.hasPrefix("r") }
        /// Whether the pages are writable.
        public var isWritable: Bool { permissions.dropFirst().hasPrefix("w") }
        /// Whether the pages are executable.
        public var isExecutable: Bool { permissions.dropFirst(2).hasPrefix("x") }

        /// Whether `address` lies in this mapping.
        /// - Parameter address: Any address.
        /// - Returns: True if `start <= address < end`.
        public func contains(_ address: UInt) -> Bool { start <= address && address < end }
    }

    /// The mappings in address order.
    public var mappings: [Mapping]

    /// Parses the text format of `/proc/<pid>/maps`, skipping lines it does not understand.
    /// - Parameter text: Lines of the form `start-end perms offset dev inode [path]`.
    public init(parsing text: Substring) {
        mappings = text.split(separator: "\n").compactMap(Self.parseLine)
    }

    /// Reads the current process's mappings.
    /// - Returns: A snapshot of `/proc/self/maps`.
    /// - Throws: ``JITError`` if the file cannot be opened or read.
    public static func current() throws(JITError) -> MemoryMappings {
        let bytes = try System.readFile("/proc/self/maps")
        return MemoryMappings(parsing: Substring(String(decoding: bytes, as: UTF8.self)))
    }

    /// Mappings that are both writable and executable: W^X violations.
    public var writableAndExecutable: [Mapping] {
        mappings.filter { $0.isWritable && $0.isExecutable }
    }

    /// The mapping that contains `address`, if any.
    /// - Parameter address: Any address.
    /// - Returns: The mapping, or nil if the address is unmapped.
    public func mapping(containing address: UnsafeRawPointer) -> Mapping? {
        let value = UInt(bitPattern: address)
        return mappings.first { $0.contains(value) }
    }

    private static func parseLine(_ line: Substring) -> Mapping? {
        // Fields are separated by single spaces, except that the path is padded to a column; the
        // path itself may contain spaces, so everything after the inode is the path.
        var fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count >= 5 else { return nil }
        let range = fields[0].split(separator: "-")
        guard range.count == 2, let start = UInt(range[0], radix: 16), let end = UInt(range[1], radix: 16),
              fields[1].utf8.count == 4 else { return nil }
        let path = fields.count == 6 ? String(fields.removeLast().drop { $0 == " " }) : ""
        return Mapping(start: start, end: end, permissions: String(fields[1]), path: path)
    }
}
