@testable import JIT
import Testing
import X86

#if canImport(Glibc)
import Glibc
#endif

/// Loading, W^X as the kernel reports it, release and reuse of pages, and load errors.
@Suite("CodeRegion")
struct CodeRegionTests {
    let region: CodeRegion

    init() throws {
        region = try makeRegion()
    }

    // MARK: - W^X

    @Test("no page is W+X, and the protection can never ask for both")
    func protectionHasNoWriteExecuteCase() {
        for protection in Protection.allCases {
            let both = PROT_WRITE | PROT_EXEC
            #expect(protection.flags & both != both, "\(protection) is writable and executable")
        }
    }

    @Test("while code is written its pages are RW, other blobs stay RX, and nothing is W+X")
    func wxWhileWriting() throws {
        let first = try region.load(try identityCode(size: 8))
        let firstBase = first.baseAddress
        var checks: [(span: String?, first: String?, violations: Int)] = []
        region._willMakeExecutable = { span in
            let maps = try? MemoryMappings.current()
            checks.append((maps?.mapping(containing: span.baseAddress!)?.permissions,
                           maps?.mapping(containing: firstBase)?.permissions,
                           maps?.writableAndExecutable.count ?? -1))
        }
        let second = try region.load(try identityCode(size: 8))
        region._willMakeExecutable = nil
        try #require(checks.count == 1)
        #expect(checks[0].span == "rw-p")
        #expect(checks[0].first == "r-xp", "the first blob's pages must not change when the second is written")
        #expect(checks[0].violations == 0)
        #expect(try permissions(at: second.baseAddress) == "r-xp")
        // Each blob has its own page(s).
        let distance = firstBase.distance(to: second.baseAddress).magnitude
        #expect(distance >= region.pageSize)
        #expect(UInt(bitPattern: second.baseAddress) % UInt(region.pageSize) == 0)
        #expect(try first.function(as: UnaryInt64.self)(5) == 5)
    }

    @Test("after load the pages are RX; after release they are inaccessible; after reuse RX again")
    func wxAcrossLifecycle() throws {
        let code = try region.load(try identityCode(size: 16))
        let base = code.baseAddress
        #expect(try permissions(at: base) == "r-xp")
        try expectWXHolds("after load")
        try code.release()
        #expect(try permissions(at: base) == "---p")
        try expectWXHolds("after release")
        let again = try region.load(try identityCode(size: 16))
        #expect(again.baseAddress == base)
        #expect(try permissions(at: base) == "r-xp")
        try expectWXHolds("after reuse")
        #expect(try again.function(as: UnaryInt64.self)(99) == 99)
    }

    // MARK: - Release and reuse

    @Test("released pages are reused: best fit takes the hole, and neighbours coalesce")
    func reuse() throws {
        let page = region.pageSize
        let a = try region.load(try identityCode(size: 10))
        var b: LoadedCode? = try region.load(try identityCode(size: 10))
        let c = try region.load(try identityCode(size: 10))
        let d = try region.load(try identityCode(size: 10))
        let bAddress = b?.baseAddress
        let bBase = try #require(bAddress)
        #expect(region.statistics.liveBlobs == 4)
        #expect(region.bytesInUse == 4 * page)
        b = nil
        #expect(region.bytesInUse == 3 * page)
        let e = try region.load(try identityCode(size: 10))
        #expect(e.baseAddress == bBase, "a one-page blob fills the one-page hole")
        _ = consume e
        _ = consume c
        // b's and c's pages merged into one two-page hole, which a two-page blob now fills.
        let wide = try region.load(try identityCode(size: page + 1))
        #expect(wide.baseAddress == bBase)
        #expect(wide.mappedSize == 2 * page)
        #expect(try wide.function(as: UnaryInt64.self)(-8) == -8)
        #expect(try a.function(as: UnaryInt64.self)(1) == 1)
        #expect(try d.function(as: UnaryInt64.self)(2) == 2)
        #expect(region.bytesInUse == 4 * page)
        try expectWXHolds("after reuse")
    }

    @Test("10,000 load/release cycles of mixed sizes do not grow the region")
    func manyCycles() throws {
        let page = region.pageSize
        let pinned = try region.load(try identityCode(size: 1))
        let baseline = region.statistics
        let codes = [try identityCode(size: 1), try identityCode(size: page + 1), try identityCode(size: 2 * page + 1)]
        for i in 0..<10_000 {
            let x = try region.load(codes[i % 3])
            let y = try region.load(codes[(i + 1) % 3], options: LoadOptions(alwaysUseStubs: i % 2 == 0))
            if i % 1000 == 0 {
                try expectWXHolds("during cycle \(i)")
                #expect(try x.function(as: UnaryInt64.self)(Int64(i)) == Int64(i))
                #expect(try y.function(as: UnaryInt64.self)(Int64(-i)) == Int64(-i))
            }
        }
        let after = region.statistics
        #expect(after.bytesInUse == baseline.bytesInUse)
        #expect(after.liveBlobs == 1)
        #expect(after.freeSpans == 1, "released spans coalesced back into one hole")
        // The pinned page plus at most two live blobs of at most three pages each.
        #expect(after.highWaterMark <= 7 * page)
        #expect(try pinned.function(as: UnaryInt64.self)(3) == 3)
        try expectWXHolds("after cycles")
    }

    @Test("statistics count whole pages of live blobs")
    func statistics() throws {
        let page = region.pageSize
        #expect(region.statistics == CodeRegion.Statistics(
            bytesReserved: 64 << 20, bytesInUse: 0, highWaterMark: 0, liveBlobs: 0, freeSpans: 1))
        let code = try region.load(try identityCode(size: 2 * page))
        #expect(code.mappedSize == 2 * page)
        #expect(code.size == 2 * page)
        #expect(region.statistics.bytesInUse == 2 * page)
        #expect(region.statistics.highWaterMark == 2 * page)
        _ = consume code
        #expect(region.statistics.bytesInUse == 0)
        #expect(region.statistics.liveBlobs == 0)
    }

    // MARK: - Errors

    @Test("empty code and relocations outside the code are rejected before allocating")
    func invalidCode() throws {
        #expect(throws: JITError(.emptyCode)) { _ = try region.load(try assemble([])) }
        var code = try assemble([0xC3, 0, 0, 0])
        code.absoluteFixups = [0]
        #expect(throws: JITError(.relocationOutsideCode(offset: 0))) { _ = try region.load(code) }
        #expect(region.statistics.bytesInUse == 0)
    }

    @Test("a full region throws regionFull and stays usable")
    func full() throws {
        let page = System.pageSize
        let small = try CodeRegion(reservationSize: 2 * page)
        #expect(throws: JITError(.regionFull(requestedBytes: 3 * page))) {
            _ = try small.load(try identityCode(size: 2 * page + 1))
        }
        let a = try small.load(try identityCode(size: 1))
        let b = try small.load(try identityCode(size: 1))
        #expect(throws: JITError(.regionFull(requestedBytes: page))) { _ = try small.load(try identityCode(size: 1)) }
        _ = consume a
        let c = try small.load(try identityCode(size: 1))
        #expect(try c.function(as: UnaryInt64.self)(4) + b.function(as: UnaryInt64.self)(5) == 9)
    }

    @Test("invalid reservation sizes and failing mmap give JITError with the call and errno")
    func reservationErrors() throws {
        #expect(throws: JITError(.invalidReservationSize(0))) { _ = try CodeRegion(reservationSize: 0) }
        #expect(throws: JITError(.invalidReservationSize(.max))) { _ = try CodeRegion(reservationSize: .max) }
        // 4 EiB is far more than the 128 TiB of user address space.
        let error = #expect(throws: JITError.self) { _ = try CodeRegion(reservationSize: 1 << 62) }
        #expect(error?.systemCall == "mmap")
        #expect(error?.errno == ENOMEM)
        #expect(error?.description == "mmap failed: Cannot allocate memory (errno 12)")
    }

    @Test("a region placed anywhere works the same")
    func anywhere() throws {
        let code = try makeRegion(placement: .anywhere).load(try identityCode(size: 4))
        #expect(try code.function(as: UnaryInt64.self)(12) == 12)
    }
}
