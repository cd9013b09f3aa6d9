@testable import JIT
import Testing

@Suite("SpanAllocator")
struct SpanAllocatorTests {
    @Test("allocates from the start, in order, until the range is exhausted")
    func allocatesInOrder() throws {
        var allocator = SpanAllocator(totalPages: 10)
        #expect(allocator.allocate(3) == PageSpan(first: 0, count: 3))
        #expect(allocator.allocate(3) == PageSpan(first: 3, count: 3))
        #expect(allocator.allocate(5) == nil)
        #expect(allocator.allocate(4) == PageSpan(first: 6, count: 4))
        #expect(allocator.allocate(1) == nil)
        #expect(allocator.allocate(0) == nil)
        #expect(allocator.pagesInUse == 10)
        #expect(allocator.highWater == 10)
    }

    @Test("best fit picks the smallest hole that holds the request, not the first")
    func bestFit() throws {
        var allocator = SpanAllocator(totalPages: 20)
        let a = allocator.allocate(4)  // 0..<4
        _ = allocator.allocate(1)  // 4
        let c = allocator.allocate(2)  // 5..<7
        _ = allocator.allocate(1)  // 7
        allocator.release(try #require(a))
        allocator.release(try #require(c))
        // Holes: 0..<4, 5..<7 and 8..<20. A 2-page request fits the middle hole exactly.
        #expect(allocator.allocate(2) == PageSpan(first: 5, count: 2))
        // A 3-page request: the 4-page hole is the smallest that fits.
        #expect(allocator.allocate(3) == PageSpan(first: 0, count: 3))
    }

    @Test("release coalesces with the previous, the next, and both neighbours")
    func coalesces() throws {
        var allocator = SpanAllocator(totalPages: 8)
        let spans = (0..<4).compactMap { _ in allocator.allocate(2) }
        try #require(spans.count == 4)
        allocator.release(spans[0])
        allocator.release(spans[1])  // joins previous
        #expect(allocator.freeSpans == [PageSpan(first: 0, count: 4)])
        allocator.release(spans[3])
        allocator.release(spans[2])  // joins both
        #expect(allocator.freeSpans == [PageSpan(first: 0, count: 8)])
        #expect(allocator.pagesInUse == 0)
        let first = allocator.allocate(2)
        let second = allocator.allocate(2)
        allocator.release(try #require(second))  // joins the tail (next)
        #expect(allocator.freeSpans == [PageSpan(first: 2, count: 6)])
        allocator.release(try #require(first))
        #expect(allocator.freeSpans == [PageSpan(first: 0, count: 8)])
    }
}
