// The control-flow graph of one function and its dominator tree, computed once per pass that
// needs them and not kept up to date across edits.
//
//   successors / predecessors   distinct blocks, in terminator operand order
//   reversePostorder            the blocks reachable from the entry
//   immediateDominator          Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm"
//   dominatorTreeChildren       for scoped walks (CSE, mem2reg's renaming)
//   dominanceFrontiers          for phi placement (Cytron et al., computed as in CHK §4)

import IR

/// The CFG of a function, with dominators over its reachable blocks.
struct ControlFlowGraph {
    /// The distinct successors of each block.
    var successors: [[Int]]
    /// The distinct predecessors of each block (reachable or not).
    var predecessors: [[Int]]
    /// The reachable blocks in reverse postorder; the entry first.
    var reversePostorder: [Int] = []
    /// Each block's position in `reversePostorder`, or -1 if it is unreachable.
    var order: [Int]
    /// Each reachable block's immediate dominator (the entry's is itself); -1 if unreachable.
    var immediateDominator: [Int]

    /// Builds the CFG of `function` and its dominator tree.
    init(_ function: Function) {
        let n = function.blocks.count
        successors = Array(repeating: [], count: n)
        predecessors = Array(repeating: [], count: n)
        order = Array(repeating: -1, count: n)
        immediateDominator = Array(repeating: -1, count: n)
        for b in 0..<n {
            successors[b] = Self.successors(of: b, in: function)
            for s in successors[b] { predecessors[s].append(b) }
        }
        guard n > 0 else { return }
        computeReversePostorder()
        computeDominators()
    }

    /// The distinct blocks `b`'s terminator may jump to.
    static func successors(of b: Int, in function: Function) -> [Int] {
        guard let last = function.blocks[b].instructions.last else { return [] }
        var result: [Int] = []
        for v in function.instructions[last.index].operands where v.kind == .block && !result.contains(v.index) {
            result.append(v.index)
        }
        return result
    }

    /// True if `b` is reachable from the entry.
    func isReachable(_ b: Int) -> Bool { order[b] >= 0 }

    private mutating func computeReversePostorder() {
        var visited = Array(repeating: false, count: successors.count)
        var postorder: [Int] = []
        postorder.reserveCapacity(successors.count)
        var stack: [(block: Int, next: Int)] = [(0, 0)]
        visited[0] = true
        while let (b, i) = stack.last {
            if i < successors[b].count {
                stack[stack.count - 1].next += 1
                let s = successors[b][i]
                if !visited[s] {
                    visited[s] = true
                    stack.append((s, 0))
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
    func dominatorTreeChildren() -> [[Int]] {
        var children = Array(repeating: [Int](), count: successors.count)
        for b in reversePostorder.dropFirst() { children[immediateDominator[b]].append(b) }
        return children
    }

    /// The dominance frontier of each reachable block: the blocks where its dominance ends.
    func dominanceFrontiers() -> [[Int]] {
        var frontiers = Array(repeating: [Int](), count: successors.count)
        for b in reversePostorder where predecessors[b].count >= 2 {
            for p in predecessors[b] where isReachable(p) {
                var runner = p
                while runner != immediateDominator[b] {
                    if frontiers[runner].last != b { frontiers[runner].append(b) }
                    runner = immediateDominator[runner]
                }
            }
        }
        return frontiers
    }
}
