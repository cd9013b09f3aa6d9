import JIT
import Testing
import X86

/// Registration with the in-process GDB JIT descriptor, checked by walking the list GDB reads.
/// Serialized: the descriptor is process-wide, and these tests count its entries.
@Suite("GDB JIT registration", .serialized)
struct DebugRegistrationTests {
    /// Two functions, `first` (frame-pointer prologue) and `second` (leaf).
    private func twoFunctions() throws -> (MachineCode, [FunctionSymbol]) {
        var asm = Assembler()
        let first = asm.label()
        try asm.push(.rbp)
        try asm.mov(.rbp, .rsp)
        try asm.mov(.rax, .rdi)
        try asm.pop(.rbp)
        asm.ret()
        let second = asm.label()
        try asm.lea(.rax, Memory(.rdi, 1))
        asm.ret()
        return (try asm.finalize(), [FunctionSymbol("first", at: first), FunctionSymbol("second", at: second)])
    }

    /// The registered `.text` ranges that lie in `region`.
    private func rangesIn(_ region: CodeRegion) -> [Range<UInt>] {
        let base = UInt(bitPattern: region.baseAddress)
        let reservation = base..<(base + UInt(region.reservationSize))
        return GDBJITInterface.shared._audit().textRanges.filter { reservation.overlaps($0) }
    }

    @Test("a named blob is listed with its load address and size while it lives, and not after")
    func registerAndRelease() throws {
        let region = try CodeRegion(reservationSize: 16 << 20, debugging: DebugOptions(gdb: true))
        let (code, symbols) = try twoFunctions()
        var base: UInt = 0
        do {
            let loaded = try region.load(code, symbols: symbols)
            base = UInt(bitPattern: loaded.baseAddress)
            #expect(rangesIn(region) == [base..<(base + UInt(loaded.size))])
            #expect(loaded.symbols == [LoadedSymbol(name: "first", offset: 0, size: 9),
                                       LoadedSymbol(name: "second", offset: 9, size: 5)])
            let secondAddress = loaded.address(ofSymbol: "second")
            let second = try #require(secondAddress)
            #expect(try loaded.function(at: symbols[1].label, as: UnaryInt64.self)(41) == 42)
            #expect(UInt(bitPattern: second) == base + 9)
        }
        #expect(rangesIn(region).isEmpty)
        let audit = GDBJITInterface.shared._audit()
        #expect(audit.linksConsistent)
        #expect(audit.listed == audit.live)
    }

    @Test("release() unregisters too")
    func explicitRelease() throws {
        let region = try CodeRegion(reservationSize: 16 << 20, debugging: DebugOptions(gdb: true))
        let (code, symbols) = try twoFunctions()
        let loaded = try region.load(code, symbols: symbols)
        #expect(rangesIn(region).count == 1)
        try loaded.release()
        #expect(rangesIn(region).isEmpty)
    }

    @Test("blobs without symbols, or with gdb off, are not registered")
    func notRegistered() throws {
        let (code, symbols) = try twoFunctions()
        let on = try CodeRegion(reservationSize: 16 << 20, debugging: DebugOptions(gdb: true))
        let unnamed = try on.load(code)
        #expect(rangesIn(on).isEmpty)
        _ = consume unnamed
        // The environment may switch gdb on for every region; only check the off case without it.
        let off = try CodeRegion(reservationSize: 16 << 20)
        let named = try off.load(code, symbols: symbols)
        #expect(rangesIn(off).isEmpty == !off.debugging.gdb)
        _ = consume named
    }

    @Test("10,000 register/unregister cycles leave no entry, no image and no page behind")
    func manyCycles() throws {
        let region = try CodeRegion(reservationSize: 16 << 20, debugging: DebugOptions(gdb: true))
        let (code, symbols) = try twoFunctions()
        let baseline = region.statistics
        let liveBefore = GDBJITInterface.shared._audit().live
        for i in 0..<10_000 {
            let a = try region.load(code, symbols: symbols)
            if i % 1000 == 0 {
                let b = try region.load(code, symbols: symbols)
                #expect(rangesIn(region).count == 2)
                _ = consume b
            }
            _ = consume a
        }
        let audit = GDBJITInterface.shared._audit()
        #expect(rangesIn(region).isEmpty)
        #expect(audit.linksConsistent)
        // Every image is freed when its entry is unlinked: allocated entries == listed entries.
        #expect(audit.live == audit.listed)
        #expect(audit.live == liveBefore)
        #expect(region.statistics.bytesInUse == baseline.bytesInUse)
        #expect(region.statistics.liveBlobs == baseline.liveBlobs)
        #expect(region.statistics.freeSpans == baseline.freeSpans)
    }
}
