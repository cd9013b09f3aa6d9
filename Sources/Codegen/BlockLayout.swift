// Block layout: the order in which a function's blocks are laid out in machine code.
//
// The IR's order is whatever its producer wrote; clang's -O2 output, for one, often puts a
// loop's exit block (the function's return) before the loop. Laid out in that order, the loop's
// last iteration jumps back to the exit and the exit path takes extra jumps; fib ran 15-20%
// slower that way than with the exit after the loop (same instructions, measured on clang's own
// assembly with only the block order changed).
//
// The code generator lays blocks out in reverse postorder instead: every block comes after the
// blocks that reach it along forward edges, so a loop's body follows its header and its exits
// come after the body, where the branch that leaves the loop can fall through, and every edge
// to an earlier block is a loop's back edge. The depth-first walk visits a block's successors
// last to first, so that the first successor of a conditional branch (clang's "then" side)
// lands right after the branch when nothing else must come between. Unreachable blocks keep
// their relative order at the end. Register allocation, emission and the allocation checker all
// work on the function laid out this way.

import IR

enum BlockLayout {
    /// `function` with its blocks in layout order (itself when that is the order they have).
    static func laidOut(_ function: Function) -> Function {
        order(of: function).map { reordered(function, $0) } ?? function
    }

    /// Puts `function`'s blocks in layout order, in place. (The engine does this to the
    /// functions of its own module, so that the code generator's ``laidOut(_:)`` finds them in
    /// order instead of laying out a copy: a function's whole instruction array.)
    static func layOut(_ function: inout Function) {
        if let order = order(of: function) { reorder(&function, order) }
    }

    /// The layout of `function`'s blocks: `order[k]` is the block placed k-th, the entry first;
    /// nil if that is the order they already have.
    static func order(of function: Function) -> [Int]? {
        let n = function.blocks.count
        guard n > 2 else { return nil }
        var visited = [Bool](filling: false, count: n)
        var postorder: [Int] = []
        postorder.reserveCapacity(n)
        // Each entry: a block, and how many operands of its terminator (counted from the last)
        // are still to look at (an unlabeled pair, the type the other block walks use: see
        // ArrayFilling.swift in the IR module on one-off types).
        var stack: [(Int, Int)] = [(0, terminatorOperands(function, 0).count)]
        visited[0] = true
        while let (b, next) = stack.last {
            guard next > 0 else {
                postorder.append(b)
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].1 = next - 1
            let v = terminatorOperands(function, b)[next - 1]
            if v.kind == .block, v.index < n, !visited[v.index] {
                visited[v.index] = true
                stack.append((v.index, terminatorOperands(function, v.index).count))
            }
        }
        var order = [Int]()
        order.reserveCapacity(n)
        order.append(contentsOf: postorder.reversed())
        for b in 0..<n where !visited[b] { order.append(b) }
        return order.elementsEqual(0..<n) ? nil : order
    }

    /// The operands of block `b`'s terminator (none for an empty block).
    private static func terminatorOperands(_ f: Function, _ b: Int) -> Operands {
        guard let last = f.blocks[b].instructions.last else { return [] }
        return f.instructions[last.index].operands
    }

    /// `function` with its blocks in `order` (from ``order(of:)``), every block operand renumbered.
    static func reordered(_ function: Function, _ order: [Int]) -> Function {
        var f = function
        reorder(&f, order)
        return f
    }

    /// ``reordered(_:_:)`` in place.
    static func reorder(_ f: inout Function, _ order: [Int]) {
        var newIndex = [Int](filling: 0, count: order.count)
        for (k, b) in order.enumerated() { newIndex[b] = k }
        f.blocks = order.map { f.blocks[$0] }
        for block in f.blocks {
            for inst in block.instructions {
                let op = f.instructions[inst.index].opcode
                guard op == .phi || op.info.isTerminator else { continue }
                for k in f.instructions[inst.index].operands.indices {
                    let v = f.instructions[inst.index].operands[k]
                    // (Only when it moved: a write copies the operands the original shares.)
                    if v.kind == .block, v.index < newIndex.count, newIndex[v.index] != v.index {
                        f.instructions[inst.index].operands[k] = .block(Block(newIndex[v.index]))
                    }
                }
            }
        }
    }
}
