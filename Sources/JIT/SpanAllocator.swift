/// A run of whole pages inside a code region, counted in pages from the region's start.
struct PageSpan: Hashable, Sendable {
    /// Index of the first page.
    var first: Int
    /// Number of pages; always at least 1.
    var count: Int
    /// Index one past the last page.
    var end: Int { first + count }
}

/// Hands out page spans from a fixed range with a best-fit free list that coalesces on release.
///
/// Pure bookkeeping with no system calls, so it can be tested on its own. Best fit keeps large
/// holes intact for large blobs; coalescing keeps repeated load/release cycles from fragmenting
/// the range, so a steady workload reuses the same pages instead of creeping upward.
struct SpanAllocator: Sendable {
    /// Free spans sorted by `first`, never adjacent (adjacent spans are merged on release).
    private(set) var freeSpans: [PageSpan]
    /// Total pages managed.
    let totalPages: Int
    /// Pages currently handed out.
    private(set) var pagesInUse = 0
    /// One past the highest page ever handed out.
    private(set) var highWater = 0

    /// Creates an allocator managing pages `0..<totalPages`, all free.
    init(totalPages: Int) {
        self.totalPages = totalPages
        freeSpans = totalPages > 0 ? [PageSpan(first: 0, count: totalPages)] : []
    }

    /// Takes `count` pages from the smallest free span that holds them (the lowest such span on a
    /// tie), or returns nil if none does.
    mutating func allocate(_ count: Int) -> PageSpan? {
        guard count > 0 else { return nil }
        var best: Int? = nil
        for (i, span) in freeSpans.enumerated() where span.count >= count {
            if best == nil || span.count < freeSpans[best!].count { best = i }
            if span.count == count { break }
        }
        guard let i = best else { return nil }
        let taken = PageSpan(first: freeSpans[i].first, count: count)
        if freeSpans[i].count == count {
            freeSpans.remove(at: i)
        } else {
            freeSpans[i].first += count
            freeSpans[i].count -= count
        }
        pagesInUse += count
        highWater = max(highWater, taken.end)
        return taken
    }

    /// Returns a span handed out by ``allocate(_:)``, merging it with free neighbours.
    mutating func release(_ span: PageSpan) {
        // Binary search for the first free span after the released one.
        var low = 0
        var high = freeSpans.count
        while low < high {
            let mid = (low + high) / 2
            if freeSpans[mid].first < span.first { low = mid + 1 } else { high = mid }
        }
        precondition(low == freeSpans.count || span.end <= freeSpans[low].first, "double release of \(span)")
        precondition(low == 0 || freeSpans[low - 1].end <= span.first, "double release of \(span)")
        pagesInUse -= span.count
        let joinsPrevious = low > 0 && freeSpans[low - 1].end == span.first
        let joinsNext = low < freeSpans.count && span.end == freeSpans[low].first
        switch (joinsPrevious, joinsNext) {
        case (true, true):
            freeSpans[low - 1].count += span.count + freeSpans[low].count
            freeSpans.remove(at: low)
        case (true, false):
            freeSpans[low - 1].count += span.count
        case (false, true):
            freeSpans[low].first = span.first
            freeSpans[low].count += span.count
        case (false, false):
            freeSpans.insert(span, at: low)
        }
    }
}
