// The control-flow graph of one function and its dominator tree, computed once per pass that
// needs them and not kept up to date across edits.
//
//   successors / predecessors   distinct blocks, in terminator operand order
//   reversePostorder            the blocks reachable from the entry
//   immediateDominator          Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm"
//   dominatorTreeChildren       for scoped walks (CSE, mem2reg's renaming)
//   dominanceFrontiers          for phi placement (Cytron et al., computed as in CHK §4)
//
// Adjacency is stored flat (one array of edges and one of start offsets, as in CSR matrices), so
// building a CFG costs a handful of allocations whatever the number of blocks.

import IR

/// Lists of blocks per block, stored flat: the list of block `b` is `items[start[b]..<start[b + 1]]`.
struct BlockLists {
    var items: [Int] = []
    var start: [Int] = [0]

    /// The list of block `b`.
    subscript(b: Int) -> ArraySlice<Int> { items[start[b]..<start[b + 1]] }

    /// The number of entries in the list of block `b`.
    func count(_ b: Int) -> Int { start[b + 1] - start[b] }

    /// Lists in which block `b` holds `pairs` entries `(b, x)`, grouped by `b` (counting sort).
    init(count n: Int, pairs: [(Int, Int)]) {
        var counts = Array(repeating: 0, count: n + 1)
        for (b, _) in pairs { counts[b + 1] += 1 }
        for b in 0..<n { counts[b + 1] += counts[b] }
        start = counts
        items = Array(repeating: 0, count: pairs.count)
        var next = counts
        for (b, x) in pairs {
            items[next[b]] = x
            next[b] += 1
        }
    }

    init() {}
}

/// The CFG of a function, with dominators over its reachable blocks.
struct ControlFlowGraph {
    /// The distinct successors of each block.
    var successors = BlockLists()
    /// The distinct predecessors of each block (reachable or not).
    var predecessors = BlockLists()
    /// The reachable blocks in reverse postorder; the entry first.
    var reversePostorder: [Int] = []
    /// Each block's position in `reversePostorder`, or -1 if it is unreachable.
    var order: [Int]
    /// Each reachable block's immediate dominator (the entry's is itself); -1 if unreachable or
    /// not computed.
    var immediateDominator: [Int]

    /// Builds the CFG of `function` and, if `dominators`, its dominator tree.
    init(_ function: Function, dominators: Bool = true) {
        let n = function.blocks.count
        order = Array(repeating: -1, count: n)
        immediateDominator = Array(repeating: -1, count: n)
        var edges: [(Int, Int)] = []
        edges.reserveCapacity(n * 2)
        for b in 0..<n {
            guard let last = function.blocks[b].instructions.last else { continue }
            let first = edges.count
            for v in function.instructions[last.index].operands where v.kind == .block {
                if !edges[first...].contains(where: { $0.1 == v.index }) { edges.append((b, v.index)) }
            }
        }
        successors = BlockLists(count: n, pairs: edges)
        predecessors = BlockLists(count: n, pairs: edges.map { ($0.1, $0.0) })
        guard n > 0 else { return }
        computeReversePostorder(n)
        if dominators { computeDominators() }
    }

    /// True if `b` is reachable from the entry.
    func isReachable(_ b: Int) -> Bool { order[b] >= 0 }

    private mutating func computeReversePostorder(_ n: Int) {
        var visited = Array(repeating: false, count: n)
        var nextChild = Array(repeating: 0, count: n)
        var postorder: [Int] = []
        postorder.reserveCapacity(n)
        var stack: [Int] = [0]
        visited[0] = true
        while let b = stack.last {
            let succ = successors[b]
            if nextChild[b] < succ.count {
                let s = succ[succ.startIndex + nextChild[b]]
                nextChild[b] += 1
                if !visited[s] {
                    visited[s] = true
                    stack.append(s)
                }
            } else {
                postorder.append(b)
                stack.removeLast()
            }
        }
        reversePostorder = postorder.reversed()
        for (i, b) in reversePostorder.enumerated() { order[b] = i }
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
    func dominatorTreeChildren() -> BlockLists {
        BlockLists(count: order.count, pairs: reversePostorder.dropFirst().map { (immediateDominator[$0], $0) })
    }

    /// The dominance frontier of each reachable block: the blocks where its dominance ends.
    func dominanceFrontiers() -> BlockLists {
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
