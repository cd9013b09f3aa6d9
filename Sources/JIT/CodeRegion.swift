// The JIT runtime: turns assembled ``MachineCode`` into callable functions while keeping W^X.
//
//   MachineCode (bytes, labels, external calls, absolute fixups)
//        │  CodeRegion.load
//        ▼
//   allocate a page span ── mprotect RW ── copy, relocate, add stubs ── mprotect RX
//        │                                                                   │
//        ▼                                                                   ▼
//   with symbols and DebugOptions: perf map lines, GDB JIT registration (DebugObject, GDBJITInterface)
//        │
//        ▼
//   LoadedCode (~Copyable): address(of:), function(at:as:)
//        deinit: unregister from GDB, mprotect NONE, madvise, free
//
// Invariants:
// - No page is ever writable and executable at once. Pages go NONE → RW → RX → NONE, and
//   `Protection` has no W+X case, so no call in this module can ask for one.
// - Each blob owns whole pages. Two blobs never share a page, because making the second one
//   writable while it is filled would make the first one's live code non-executable (or, with
//   W+X, writable): page protection cannot be finer than a page.
// - A span is back on the free list only after it is inaccessible (PROT_NONE) and its contents
//   were discarded, so freed code can neither run nor leak into the next blob.
// - No instruction cache flush is needed: x86-64 snoops stores against its instruction caches and
//   prefetch queue (SDM Vol. 3A, "Self-Modifying Code"), unlike AArch64, which would need
//   `__clear_cache` between writing and running. `mprotect` to RX also shoots down stale TLB entries.

#if canImport(Glibc)
import Glibc
#endif
import X86

/// Options for ``CodeRegion/load(_:symbols:lines:options:)``.
public struct LoadOptions: Sendable, Equatable {
    /// Call every external target through a stub, even one a rel32 could reach directly. This
    /// exercises the far-call path in tests; it costs one indirect jump per call.
    public var alwaysUseStubs: Bool

    /// Creates load options.
    /// - Parameter alwaysUseStubs: Call every external target through a stub.
    public init(alwaysUseStubs: Bool = false) {
        self.alwaysUseStubs = alwaysUseStubs
    }
}

/// A large range of reserved address space from which JIT code is loaded, one page span per blob.
///
/// The region reserves its whole range up front with `PROT_NONE` and `MAP_NORESERVE`, which costs
/// address space but no memory. Blobs are placed in page spans chosen best-fit from a free list;
/// releasing a blob (dropping its ``LoadedCode``) returns its span, merged with free neighbours.
///
/// ```swift
/// let region = try CodeRegion()
/// let code = try region.load(machineCode)
/// let add = try code.function(as: (@convention(c) (Int64, Int64) -> Int64).self)
/// print(add(2, 3))
/// ```
///
/// A region is not `Sendable`: loading and releasing mutate its free list without locking. Each
/// ``LoadedCode`` keeps its region alive, so the reservation is unmapped only after the last
/// blob is released.
public final class CodeRegion {
    /// Where to place the reservation.
    public enum Placement: Sendable {
        /// Within rel32 reach of the C library's code, when the address space allows, so that
        /// calls to C functions need no stub. Falls back to anywhere.
        case nearProcessCode
        /// Within rel32 reach of the given address, when the address space allows; otherwise anywhere.
        case near(UInt)
        /// Wherever the kernel chooses.
        case anywhere
    }

    /// Usage figures, for tests and diagnostics.
    public struct Statistics: Sendable, Equatable {
        /// Bytes of address space reserved.
        public var bytesReserved: Int
        /// Bytes in spans held by live blobs (whole pages).
        public var bytesInUse: Int
        /// Bytes from the region's start to the end of the highest span ever handed out.
        public var highWaterMark: Int
        /// Number of live blobs.
        public var liveBlobs: Int
        /// Number of separate free spans (1 when nothing is loaded and nothing is lost).
        public var freeSpans: Int
    }

    /// The first byte of the reservation.
    public let baseAddress: UnsafeRawPointer
    /// The size of the reservation in bytes, a multiple of ``pageSize``.
    public let reservationSize: Int
    /// The size of a page: the granularity of spans and of protection.
    public let pageSize: Int

    /// The debugger and profiler integrations applied to code loaded from now on. Only blobs loaded
    /// with symbols are registered.
    public var debugging: DebugOptions

    private var allocator: SpanAllocator
    private var liveBlobs = 0

    /// Called after a blob is written and relocated, while its pages are still read-write and just
    /// before they become read-execute. Tests use it to check W^X while code is being written.
    package var _willMakeExecutable: ((UnsafeRawBufferPointer) -> Void)?

    /// Reserves a code region.
    /// - Parameters:
    ///   - reservationSize: Bytes of address space to reserve, rounded up to whole pages. The
    ///     default, 1 GiB, keeps every blob within rel32 reach of every other.
    ///   - placement: Where to put the reservation.
    ///   - debugging: Debugger and profiler integrations for named code; those switched on in the
    ///     environment (``DebugOptions/fromEnvironment()``) are added.
    /// - Throws: ``JITError`` if the size is not positive or `mmap` fails.
    public init(reservationSize: Int = 1 << 30, placement: Placement = .nearProcessCode,
                debugging: DebugOptions = DebugOptions()) throws(JITError) {
        let pageSize = System.pageSize
        guard reservationSize > 0, reservationSize <= Int.max - pageSize else {
            throw JITError(.invalidReservationSize(reservationSize))
        }
        let size = (reservationSize + pageSize - 1) / pageSize * pageSize
        let base: UnsafeMutableRawPointer
        switch placement {
        case .anywhere:
            base = try System.reserve(size, hint: nil)
        case .near(let anchor):
            base = try Self.reserve(size, near: anchor, pageSize: pageSize)
        case .nearProcessCode:
            if let anchor = dlsym(nil, "dlsym") {
                base = try Self.reserve(size, near: UInt(bitPattern: anchor), pageSize: pageSize)
            } else {
                base = try System.reserve(size, hint: nil)
            }
        }
        self.baseAddress = UnsafeRawPointer(base)
        self.reservationSize = size
        self.pageSize = pageSize
        self.allocator = SpanAllocator(totalPages: size / pageSize)
        self.debugging = debugging.union(.fromEnvironment())
    }

    deinit {
        // Every LoadedCode holds a strong reference, so no blob is live here. munmap only fails for
        // arguments that the initialiser already validated; there is nobody to report it to.
        try? System.unmap(UnsafeMutableRawPointer(mutating: baseAddress), reservationSize)
    }

    /// Current usage.
    public var statistics: Statistics {
        Statistics(bytesReserved: reservationSize, bytesInUse: allocator.pagesInUse * pageSize,
                   highWaterMark: allocator.highWater * pageSize, liveBlobs: liveBlobs,
                   freeSpans: allocator.freeSpans.count)
    }

    /// Bytes in spans held by live blobs (whole pages).
    public var bytesInUse: Int { allocator.pagesInUse * pageSize }

    /// Whether every byte of the region is within rel32 reach of `address` (and vice versa).
    /// - Parameter address: An absolute address, such as a C function's.
    /// - Returns: True if a `call rel32` anywhere in the region can reach `address` directly.
    public func isWithinRel32Reach(of address: UInt) -> Bool {
        Self.reaches(UInt(bitPattern: baseAddress), size: reservationSize, address: address)
    }

    // MARK: - Loading

    /// Loads `code` into fresh pages and makes it executable.
    ///
    /// The pages are made read-write, filled with the code (the rest with `int3`), relocated, and
    /// made read-execute; at no point are they both writable and executable. Then, if ``debugging``
    /// asks for it and `symbols` is not empty, the code is described to GDB and/or the perf map.
    /// - Parameters:
    ///   - code: Assembled code; its external calls and absolute fixups are resolved here.
    ///   - symbols: Names for the functions in the code, for debuggers, profilers and
    ///     ``LoadedCode/symbols``. Each runs to the next symbol or the end of the code.
    ///   - lines: An optional line table mapping code offsets to (file, line), given to GDB.
    ///   - options: How to resolve external calls.
    /// - Returns: The owner of the loaded code; dropping it releases the pages (and unregisters it).
    /// - Throws: ``JITError`` for empty code, a relocation, symbol or line outside the code, a bad
    ///   symbol name, a missing prologue, a full region, a failed `mprotect`, or a perf map that
    ///   cannot be written. Nothing stays allocated or registered when it throws.
    public func load(_ code: MachineCode, symbols: [FunctionSymbol] = [], lines: [SourceLine] = [],
                     options: LoadOptions = LoadOptions()) throws(JITError) -> LoadedCode {
        guard !code.bytes.isEmpty else { throw JITError(.emptyCode) }
        try Linker.validate(code)
        let functions = try ResolvedSymbol.resolve(symbols, in: code)
        try SourceLine.validate(lines, codeSize: code.bytes.count)
        let maximumSize = Linker.maximumSize(code)
        let pages = (maximumSize + pageSize - 1) / pageSize
        guard let span = allocator.allocate(pages) else {
            throw JITError(.regionFull(requestedBytes: pages * pageSize))
        }
        let start = UnsafeMutableRawPointer(mutating: baseAddress) + span.first * pageSize
        let spanBytes = span.count * pageSize
        let result: Linker.Result
        var registration: GDBJITInterface.Registration?
        do {
            try System.protect(start, spanBytes, .readWrite)
            result = try Linker.link(code, into: UnsafeMutableRawBufferPointer(start: start, count: spanBytes),
                                     loadAddress: UInt(bitPattern: start), alwaysUseStubs: options.alwaysUseStubs)
            _willMakeExecutable?(UnsafeRawBufferPointer(start: start, count: spanBytes))
            try System.protect(start, spanBytes, .readExecute)
            registration = try describe(functions, lines: lines, at: start, size: result.size,
                                        codeSize: code.bytes.count)
        } catch {
            try? discard(span)
            throw error
        }
        liveBlobs += 1
        return LoadedCode(region: self, span: span, baseAddress: UnsafeRawPointer(start), size: result.size,
                          codeSize: code.bytes.count, stubCount: result.stubCount, labelOffsets: code.labelOffsets,
                          symbols: functions.map(\.loaded), gdbRegistration: registration)
    }

    /// Describes freshly loaded code to the perf map and GDB, as ``debugging`` asks. The perf map
    /// goes first: it is the step that can fail, and GDB must not keep an entry for a failed load.
    private func describe(_ functions: [ResolvedSymbol], lines: [SourceLine], at start: UnsafeMutableRawPointer,
                          size: Int, codeSize: Int) throws(JITError) -> GDBJITInterface.Registration? {
        guard !functions.isEmpty else { return nil }
        if debugging.perfMap {
            try PerfMap.append(functions, base: UInt(bitPattern: start))
        }
        guard debugging.gdb else { return nil }
        let image = DebugObject.make(DebugObject.Contents(
            text: UnsafeRawBufferPointer(start: start, count: size), textAddress: UInt64(UInt(bitPattern: start)),
            codeSize: codeSize, symbols: functions, lines: lines))
        return GDBJITInterface.shared.register(image)
    }

    /// Releases a live blob's span (called by ``LoadedCode``).
    func release(_ span: PageSpan) throws(JITError) {
        liveBlobs -= 1
        try discard(span)
    }

    /// Makes a span inaccessible, drops its contents and frees it. If `mprotect` fails the span is
    /// leaked rather than reused, since its pages might still be executable.
    private func discard(_ span: PageSpan) throws(JITError) {
        let start = UnsafeMutableRawPointer(mutating: baseAddress) + span.first * pageSize
        let bytes = span.count * pageSize
        try System.protect(start, bytes, .none)
        allocator.release(span)
        // The pages are already inaccessible, so a failure here only costs memory, not safety.
        try System.discardContents(start, bytes)
    }

    // MARK: - Placement

    /// Room left for the anchor's own library and its neighbours when judging reach.
    private static let reachMargin: UInt = 256 << 20
    /// Distance kept between a hinted reservation and the anchor, so the hint does not overlap the
    /// anchor's own library text.
    private static let anchorGap: UInt = 16 << 20
    /// Distance between successive hints.
    private static let hintStep: UInt = 64 << 20

    private static func reaches(_ base: UInt, size: Int, address: UInt) -> Bool {
        let limit: UInt = (1 << 31) - reachMargin
        let end = base &+ UInt(size)
        let low = min(base, address)
        let high = max(end, address)
        return high - low <= limit
    }

    /// Hints for a reservation of `size` bytes within reach of `anchor`, nearest first, alternating
    /// between just below the anchor (where the kernel's top-down allocator put the libraries'
    /// neighbours) and just above it (usually free up to the stack).
    private static func hints(size: Int, near anchor: UInt, pageSize: Int) -> [UInt] {
        let window = (1 << 31) - reachMargin
        guard UInt(size) + anchorGap < window else { return [] }
        var hints: [UInt] = []
        var slack: UInt = 0
        while UInt(size) + anchorGap + slack <= window {
            let below = UInt(size) + anchorGap + slack
            if anchor > below { hints.append((anchor - below) & ~UInt(pageSize - 1)) }
            let (above, overflow) = anchor.addingReportingOverflow(anchorGap + slack)
            if !overflow { hints.append((above + UInt(pageSize - 1)) & ~UInt(pageSize - 1)) }
            slack += hintStep
        }
        return hints
    }

    /// Tries hints within reach of `anchor` and keeps the first reservation that reaches; if none
    /// does (the window is full, or the region is too large), takes any address.
    private static func reserve(_ size: Int, near anchor: UInt, pageSize: Int) throws(JITError)
        -> UnsafeMutableRawPointer
    {
        for hint in hints(size: size, near: anchor, pageSize: pageSize) {
            let base = try System.reserve(size, hint: hint)
            if reaches(UInt(bitPattern: base), size: size, address: anchor) { return base }
            try System.unmap(base, size)
        }
        return try System.reserve(size, hint: nil)
    }
}
