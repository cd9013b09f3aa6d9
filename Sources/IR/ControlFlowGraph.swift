// The control-flow graph of one function and its dominator tree, not kept up to date across
// edits: built when needed, and reused by the optimizer from one pass to the next only after
// `describes(_:)` has found the function's edges unchanged. The verifier, the optimizer's passes and the
// code generator's analyses share it (`package` access: an implementation detail of the
// project's modules, not part of the IR's public interface).
//
//   successors / predecessors   distinct blocks, in terminator operand order
//   reversePostorder            the blocks reachable from the entry
//   immediateDominator          Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm"
//   dominatorTreeChildren       for scoped walks (CSE, mem2reg's renaming)
//   dominanceFrontiers          for phi placement (Cytron et al., computed as in CHK §4)
//
// Adjacency is stored flat (one array of edges and one of start offsets, as in CSR matrices), so
// building a CFG costs a handful of allocations whatever the number of blocks.


/// Lists of blocks per block, stored flat: the list of block `b` is `items[start[b]..<start[b + 1]]`.
package struct BlockLists {
    package var items: [Int] = []
    package var start: [Int] = [0]

    /// The list of block `b`.
    package subscript(b: Int) -> ArraySlice<Int> { items[start[b]..<start[b + 1]] }

    /// The number of entries in the list of block `b`.
    package func count(_ b: Int) -> Int { start[b + 1] - start[b] }

    /// Lists in which block `b` holds `pairs` entries `(b, x)`, grouped by `b` (counting sort).
    package init(count n: Int, pairs: [(Int, Int)]) {
        var counts = Array(filling: 0, count: n + 1)
        for (b, _) in pairs { counts[b + 1] += 1 }
        for b in 0..<n { counts[b + 1] += counts[b] }
        start = counts
        items = Array(filling: 0, count: pairs.count)
        var next = counts
        for (b, x) in pairs {
            items[next[b]] = x
            next[b] += 1
        }
    }

    package init() {}

    package init(items: [Int], start: [Int]) {
        self.items = items
        self.start = start
    }

    /// The distinct successors of each block of `function`, in terminator operand order.
    package static func successors(of function: Function) -> BlockLists {
        let n = function.blocks.count
        var successorItems: [Int] = []
        successorItems.reserveCapacity(2 * n)
        var successorStart = [Int](filling: 0, count: n + 1)
        // The last block whose list took each block: each successor once, in linear time even
        // for a switch with thousands of cases (a scan of the list so far was quadratic).
        var lastFrom = [Int](filling: -1, count: n)
        // (Through buffer pointers: reading a block or an instruction through the arrays'
        // subscripts retained what it held.)
        function.blocks.withUnsafeBufferPointer { blocks in
            function.instructions.withUnsafeBufferPointer { instructions in
                for b in 0..<n {
                    if let last = blocks[b].instructions.last, last.index < instructions.count {
                        for v in instructions[last.index].operands where v.kind == .block && v.index < n && lastFrom[v.index] != b {
                            lastFrom[v.index] = b
                            successorItems.append(v.index)
                        }
                    }
                    successorStart[b + 1] = successorItems.count
                }
            }
        }
        return BlockLists(items: successorItems, start: successorStart)
    }
}

/// The CFG of a function, with dominators over its reachable blocks.
package struct ControlFlowGraph {
    /// The distinct successors of each block.
    package var successors = BlockLists()
    /// The distinct predecessors of each block (reachable or not).
    package var predecessors = BlockLists()
    /// The reachable blocks in reverse postorder; the entry first.
    package var reversePostorder: [Int] = []
    /// Each block's position in `reversePostorder`, or -1 if it is unreachable.
    package var order: [Int]
    /// Each reachable block's immediate dominator (the entry's is itself); -1 if unreachable or
    /// not computed.
    package var immediateDominator: [Int]

    /// The CFG of a function without blocks.
    package init() {
        order = []
        immediateDominator = []
    }

    /// Builds the CFG of `function` and, if `dominators`, its dominator tree.
    package init(_ function: Function, dominators: Bool = true) {
        let n = function.blocks.count
        if n == 1 {
            // One block (a leaf function, say): nothing to search, but a branch to itself (which
            // only the verifier meets: the entry may have no predecessor) is still an edge.
            order = [0]
            immediateDominator = [0]
            reversePostorder = [0]
            successors = BlockLists.successors(of: function)
            predecessors = successors
            return
        }
        order = Array(filling: -1, count: n)
        immediateDominator = Array(filling: -1, count: n)
        // Successors straight into flat lists; predecessors by counting sort over them.
        successors = BlockLists.successors(of: function)
        let successorItems = successors.items, successorStart = successors.start
        var predecessorStart = [Int](filling: 0, count: n + 1)
        for s in successorItems { predecessorStart[s + 1] += 1 }
        for b in 0..<n { predecessorStart[b + 1] += predecessorStart[b] }
        var predecessorItems = [Int](filling: 0, count: successorItems.count)
        var next = predecessorStart
        for b in 0..<n {
            for k in successorStart[b]..<successorStart[b + 1] {
                let s = successorItems[k]
                predecessorItems[next[s]] = b
                next[s] += 1
            }
        }
        predecessors = BlockLists(items: predecessorItems, start: predecessorStart)
        guard n > 0 else { return }
        computeReversePostorder(n)
        if dominators { computeDominators() }
    }

    /// True if `b` is reachable from the entry.
    package func isReachable(_ b: Int) -> Bool { order[b] >= 0 }

    /// True if the dominator tree was computed (`immediateDominator` of the entry is itself).
    package var hasDominators: Bool { immediateDominator.first.map { $0 == 0 } ?? true }

    /// Computes the dominator tree if it was not.
    package mutating func computeDominatorsIfNeeded() {
        if !hasDominators { computeDominators() }
    }

    /// True if this is still the CFG of `function`: as many blocks, each listing the same distinct
    /// successors in the same order (what ``BlockLists/successors(of:)`` would list now), so that
    /// the predecessors, the order and the dominators derived from them are right too. Reads the
    /// terminators in place and allocates nothing: a pass that changed no edge (most do not) gets
    /// the graph of the pass before it. A block with more than 64 successors (a large switch)
    /// answers false rather than compare them one against all.
    package func describes(_ function: Function) -> Bool {
        let n = function.blocks.count
        let items = successors.items, start = successors.start
        guard order.count == n, start.count == n + 1 else { return false }
        return function.blocks.withUnsafeBufferPointer { blocks in
            function.instructions.withUnsafeBufferPointer { instructions in
                for b in 0..<n {
                    let first = start[b], end = start[b + 1]
                    guard end - first <= 64 else { return false }
                    var k = first
                    if let last = blocks[b].instructions.last, last.index < instructions.count {
                        for v in instructions[last.index].operands where v.kind == .block && v.index < n {
                            // A successor named again (both edges of a `br` to one block) is
                            // listed once.
                            var listed = false
                            var j = first
                            while j < k {
                                if items[j] == v.index { listed = true; break }
                                j += 1
                            }
                            if listed { continue }
                            guard k < end, items[k] == v.index else { return false }
                            k += 1
                        }
                    }
                    if k != end { return false }
                }
                return true
            }
        }
    }

    /// Depth-first from the entry over flat successor lists; `order` and `reversePostorder` out.
    private mutating func computeReversePostorder(_ n: Int) {
        var rpo = [Int](filling: 0, count: n)
        var count = 0
        let items = successors.items, start = successors.start
        order.withUnsafeMutableBufferPointer { order in
            // order[b] is -2 once visited; the stack holds (block, next successor offset).
            var stack = [(Int, Int)]()
            stack.reserveCapacity(n)
            var postorder = [Int]()
            postorder.reserveCapacity(n)
            stack.append((0, start[0]))
            order[0] = -2
            while let (b, k) = stack.last {
                if k < start[b + 1] {
                    stack[stack.count - 1].1 = k + 1
                    let s = items[k]
                    if order[s] == -1 {
                        order[s] = -2
                        stack.append((s, start[s]))
                    }
                } else {
                    postorder.append(b)
                    stack.removeLast()
                }
            }
            count = postorder.count
            for (i, b) in postorder.reversed().enumerated() {
                rpo[i] = b
                order[b] = i
            }
        }
        rpo.removeLast(n - count)
        reversePostorder = rpo
    }

    private mutating func computeDominators() {
        immediateDominator[0] = 0
        var changed = true
        while changed {
            changed = false
            for b in reversePostorder.dropFirst() {
                var candidate = -1
                for p in predecessors[b] where immediateDominator[p] != -1 {
                    candidate = candidate == -1 ? p : intersect(p, candidate)
                }
                if candidate != immediateDominator[b] {
                    immediateDominator[b] = candidate
                    changed = true
                }
            }
        }
    }

    private func intersect(_ a: Int, _ b: Int) -> Int {
        var x = a, y = b
        while x != y {
            while order[x] > order[y] { x = immediateDominator[x] }
            while order[y] > order[x] { y = immediateDominator[y] }
        }
        return x
    }

    /// The children of each block in the dominator tree, in reverse postorder.
    package func dominatorTreeChildren() -> BlockLists {
        BlockLists(count: order.count, pairs: reversePostorder.dropFirst().map { (immediateDominator[$0], $0) })
    }

    /// The dominance frontier of each reachable block: the blocks where its dominance ends.
    package func dominanceFrontiers() -> BlockLists {
        var pairs: [(Int, Int)] = []
        for b in reversePostorder where predecessors.count(b) >= 2 {
            for p in predecessors[b] where isReachable(p) {
                var runner = p
                while runner != immediateDominator[b] {
                    // Each (runner, b) once: walks from different predecessors of b may meet.
                    if !pairs.reversed().prefix(while: { $0.1 == b }).contains(where: { $0.0 == runner }) {
                        pairs.append((runner, b))
                    }
                    runner = immediateDominator[runner]
                }
            }
        }
        return BlockLists(count: order.count, pairs: pairs)
    }
}
