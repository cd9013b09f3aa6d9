// Selects that become branches, before register allocation:
//
//   %c = icmp slt i32 %x, %y                  %c = icmp slt i32 %x, %y
//   %s = select i1 %c, i64 %a, i64 %b    →    br i1 %c, label %T, label %J
//   ...                                    T: br label %J
//                                          J: %s = phi i64 [ %a, %T ], [ %b, %B ]
//                                             ...
//
// A select is a cmov, and a cmov waits for its condition. When the condition comes from a load
// and the result feeds the next iteration's loads (heap sort's `if (a[swap] < a[child]) swap =
// child`), every iteration waits for a load that a predicted branch would have run ahead of: the
// loop runs at the speed of memory latency instead of its throughput. LLVM's x86 backend turns
// such cmovs back into branches (X86CmovConversion); this does the same on the IR, with the same
// conservative test, so that it only fires where a branch wins even when mispredicted a quarter of
// the time:
//
//   - only integer and pointer selects in innermost loops;
//   - the loop's critical path, followed over two iterations with estimated latencies (a load 5
//     cycles, a multiply 3, ...), must get at least 4 cycles and an eighth shorter when the
//     selects no longer wait for their conditions (a branch's result is counted as 3/4 of one
//     value's depth plus 1/4 of the other's);
//   - each select's condition must be ready at least a quarter of a misprediction (16 cycles)
//     later than its values;
//   - a select whose only use is a load's address stays a cmov: that is a tree or binary search,
//     whose branches no predictor learns.
//
// The result: blocks split after each such select, the select turned into a phi of the join
// block (keeping its instruction index, so its uses stay as they are), new blocks placed right
// after the block they come from, so that the layout stays a reverse postorder.

import IR

enum SelectBranching {
    /// Which selects become branches.
    enum Policy {
        /// Those the loop analysis above finds profitable.
        case profitable
        /// Every integer and pointer select outside the entry block (for testing the rewrite).
        case all
    }

    /// `function` (its blocks laid out by ``BlockLayout``) with the selects `policy` picks
    /// rewritten as branches and phis, or `function` itself when there are none.
    static func branched(_ function: Function, policy: Policy = .profitable) -> Function {
        let n = function.instructions.count
        // (Read in place: copying each instruction would retain its operands.)
        var candidates: [Int] = []
        var candidateBlocks: [Int] = []
        function.instructions.withUnsafeBufferPointer { instructions in
            for (b, block) in function.blocks.enumerated().dropFirst() {
                for inst in block.instructions where instructions[inst.index].opcode == .select {
                    if isCandidate(instructions[inst.index]) {
                        candidates.append(inst.index)
                        candidateBlocks.append(b)
                    }
                }
            }
        }
        guard !candidates.isEmpty else { return function }
        var convert = [Bool](filling: false, count: n)
        switch policy {
        case .all:
            for s in candidates { convert[s] = true }
        case .profitable:
            guard Self.markProfitable(function, candidates, candidateBlocks, &convert) else { return function }
        }
        return rewritten(function, convert)
    }

    /// An integer (not i1) or pointer select on a scalar condition.
    private static func isCandidate(_ d: InstructionData) -> Bool {
        guard d.opcode == .select, d.operands.count == 3 else { return false }
        switch d.type {
        case .int(let bits): return bits > 1
        case .ptr: return true
        default: return false
        }
    }

    // MARK: - Profitability

    /// The misprediction penalty in cycles assumed (LLVM's generic x86-64 model).
    static let mispredictPenalty = 16
    /// The least gain in cycles over two iterations that makes a loop worth changing.
    static let gainThreshold = 4

    /// Marks in `convert` the `candidates` (in blocks `candidateBlocks`) of innermost loops that
    /// the analysis finds profitable; false if none.
    ///
    /// A loop is taken as the blocks from its header to its last latch in layout order: in a
    /// reverse postorder every block of a natural loop lies in that range, and for the loops
    /// clang lays out (Selection's loop depths make the same assumption) nothing else does.
    private static func markProfitable(_ function: Function, _ candidates: [Int], _ candidateBlocks: [Int],
                                       _ convert: inout [Bool]) -> Bool {
        // The last latch of each loop header (-1: no back edge ends there).
        let blockCount = function.blocks.count
        var lastLatch = [Int](filling: -1, count: blockCount)
        var anyLoop = false
        function.instructions.withUnsafeBufferPointer { instructions in
            for (b, block) in function.blocks.enumerated() {
                guard let t = block.instructions.last else { continue }
                for v in instructions[t.index].operands where v.kind == .block && v.index <= b {
                    lastLatch[v.index] = max(lastLatch[v.index], b)
                    anyLoop = true
                }
            }
        }
        guard anyLoop else { return false }
        var any = false
        var analysis: DepthAnalysis?
        var header = 0
        while header < blockCount {
            let last = lastLatch[header]
            guard last >= 0 else { header += 1; continue }
            // Innermost: no other loop's header inside (a nested one is looked at instead).
            if let inner = (header + 1...max(header + 1, last)).first(where: { $0 <= last && lastLatch[$0] >= 0 }) {
                header = inner
                continue
            }
            var selects: [Int] = []
            for (k, c) in candidateBlocks.enumerated() where header <= c && c <= last { selects.append(candidates[k]) }
            if !selects.isEmpty {
                // Made once, for the first loop that has candidates.
                var depths = analysis ?? DepthAnalysis(function)
                for s in depths.profitable(loop: Array(header...last), header: header, selects: selects) {
                    convert[s] = true
                    any = true
                }
                analysis = depths
            }
            header = last + 1
        }
        return any
    }

    /// The critical-path estimate of one loop at a time (LLVM's X86CmovConversion test).
    private struct DepthAnalysis {
        let function: Function
        /// Depth of each instruction's result with the selects as cmovs, and as branches.
        var depth: [Int32]
        var branchDepth: [Int32]
        /// The loop whose analysis wrote an instruction's depths (others count as 0: computed
        /// before the loop).
        var stamp: [Int32]
        var loop: Int32 = 0
        /// Uses of each instruction, and one of them (for the single-use test).
        var uses: [Int32]
        var aUser: [Int32]

        init(_ function: Function) {
            self.function = function
            let n = function.instructions.count
            depth = [Int32](filling: 0, count: n)
            branchDepth = depth
            stamp = [Int32](filling: -1, count: n)
            uses = depth
            aUser = [Int32](filling: -1, count: n)
            function.instructions.withUnsafeBufferPointer { instructions in
                for block in function.blocks {
                    for inst in block.instructions {
                        for v in instructions[inst.index].operands where v.kind == .instruction && v.index < n {
                            uses[v.index] += 1
                            aUser[v.index] = Int32(inst.index)
                        }
                    }
                }
            }
        }

        /// Depths of `v` in the current loop (0 for values from outside it).
        func depths(_ v: Value) -> (Int32, Int32) {
            guard v.kind == .instruction, v.index < stamp.count, stamp[v.index] == loop else { return (0, 0) }
            return (depth[v.index], branchDepth[v.index])
        }

        /// The depth of a select's result as a branch: 3/4 of the likelier value's plus 1/4 of
        /// the other's, the worse of the two ways round.
        static func branchResult(_ t: Int32, _ f: Int32) -> Int32 {
            max((t * 3 + f + 3) / 4, (f * 3 + t + 3) / 4)
        }

        /// Estimated latency in cycles of an instruction's result.
        static func latency(_ d: InstructionData) -> Int32 {
            switch d.opcode {
            case .phi, .bitcast, .trunc, .inttoptr, .ptrtoint, .freeze: 0
            case .load: 5
            case .mul, .fadd, .fsub, .fmul: 3
            case .fdiv: 13
            case .sdiv, .udiv, .srem, .urem, .frem: 20
            default: 1
            }
        }

        /// The `selects` of the innermost loop `body` (its blocks in layout order) that are
        /// worth branches.
        mutating func profitable(loop body: [Int], header: Int, selects: [Int]) -> [Int] {
            loop += 1
            // The deepest (value, branch) depths of the first and the second iteration (two
            // locals, not an array of pairs: see ArrayFilling.swift on one-off types).
            var first: (Int32, Int32) = (0, 0), second: (Int32, Int32) = (0, 0)
            let instructions = function.instructions
            for iteration in 0..<2 {
                var deepest: (Int32, Int32) = (0, 0)
                for b in body {
                    for inst in function.blocks[b].instructions {
                        let i = inst.index
                        let d = instructions[i]
                        var (value, branch): (Int32, Int32) = (0, 0)
                        if d.opcode == .phi && b == header {
                            // Values from the previous iteration (none in the first).
                            var k = 0
                            while k + 1 < d.operands.count {
                                let (x, y) = depths(d.operands[k])
                                value = max(value, x)
                                branch = max(branch, y)
                                k += 2
                            }
                        } else {
                            for v in d.operands {
                                let (x, y) = depths(v)
                                value = max(value, x)
                                branch = max(branch, y)
                            }
                            if d.opcode == .select && selects.contains(i) {
                                branch = Self.branchResult(depths(d.operands[1]).1, depths(d.operands[2]).1)
                            }
                            let l = Self.latency(d)
                            value += l
                            branch += l
                        }
                        depth[i] = value
                        branchDepth[i] = branch
                        stamp[i] = loop
                        deepest = (max(deepest.0, value), max(deepest.1, branch))
                    }
                }
                if iteration == 0 { first = deepest } else { second = deepest }
                // The header's phis read the latches' values of this iteration in the next.
            }
            let diff0 = first.0 - first.1, diff1 = second.0 - second.1
            guard diff1 >= Int32(SelectBranching.gainThreshold) else { return [] }
            let worthIt: Bool
            if diff1 == diff0 {
                // Iterations independent: the first must get an eighth shorter.
                worthIt = diff0 * 8 >= first.0
            } else if diff1 > diff0 {
                // A chain through iterations: the gain must grow by half the growth of the depth.
                worthIt = (diff1 - diff0) * 2 >= second.0 - first.0 && diff1 * 8 >= second.0
            } else {
                worthIt = false
            }
            guard worthIt else { return [] }
            return selects.filter { s in
                let d = function.instructions[s]
                if uses[s] == 1, isAddressOfLoad(s, user: Int(aUser[s])) { return false }
                let condition = depths(d.operands[0]).0
                let values = Self.branchResult(depths(d.operands[1]).0, depths(d.operands[2]).0)
                return values <= condition && (condition - values) * 4 >= Int32(SelectBranching.mispredictPenalty)
            }
        }

        /// True if instruction `s`'s only use, `user`, is a load from it, directly or through a
        /// getelementptr that only that load reads.
        func isAddressOfLoad(_ s: Int, user: Int) -> Bool {
            guard user >= 0 else { return false }
            let u = function.instructions[user]
            if u.opcode == .load { return true }
            guard u.opcode == .getelementptr, uses[user] == 1, aUser[user] >= 0 else { return false }
            return function.instructions[Int(aUser[user])].opcode == .load
        }
    }

    // MARK: - Rewriting

    /// `function` with each select marked in `convert` turned into a branch and a phi.
    private static func rewritten(_ function: Function, _ convert: [Bool]) -> Function {
        var f = function
        let blockCount = function.blocks.count
        // The new index of each old block's first part (branch targets) and last part (the
        // predecessor that phis of its successors name).
        var head = [Int](filling: 0, count: blockCount)
        var tail = [Int](filling: 0, count: blockCount)
        var blocks: [BlockData] = []
        blocks.reserveCapacity(blockCount + 4)
        for (b, block) in function.blocks.enumerated() {
            head[b] = blocks.count
            let list = block.instructions
            // Blocks without a converted select are kept whole (their lists shared, not rebuilt).
            guard let first = list.firstIndex(where: { convert[$0.index] }) else {
                tail[b] = blocks.count
                blocks.append(block)
                continue
            }
            var part = BlockData(name: block.name)
            part.instructions = Array(list[..<first])
            var k = first
            while k < list.count {
                let inst = list[k]
                let select = f.instructions[inst.index]
                let from = blocks.count, then = from + 1, join = from + 2
                part.instructions.append(append(&f, InstructionData(
                    .br, type: .void, operands: [select.operands[0], .block(Block(then)), .block(Block(join))])))
                blocks.append(part)
                var thenBlock = BlockData()
                thenBlock.instructions = [append(&f, InstructionData(.br, type: .void, operands: Operands(.block(Block(join)))))]
                blocks.append(thenBlock)
                var phi = select
                phi.opcode = .phi
                phi.operands = [select.operands[1], .block(Block(then)), select.operands[2], .block(Block(from))]
                f.instructions[inst.index] = phi
                // The join block: the phi, then up to the next converted select.
                let next = list[(k + 1)...].firstIndex { convert[$0.index] } ?? list.count
                part = BlockData()
                part.instructions = [inst] + list[(k + 1)..<next]
                k = next
            }
            tail[b] = blocks.count
            blocks.append(part)
        }
        // Block operands of the old phis and terminators, renumbered where the block moved
        // (found reading in place; a write copies the operands the original shares): instruction,
        // operand and new block, three entries an edit (plain `Int`s: see ArrayFilling.swift).
        var edits: [Int] = []
        function.instructions.withUnsafeBufferPointer { instructions in
            func renumber(_ inst: Inst, isPhi: Bool) {
                for k in instructions[inst.index].operands.indices {
                    let v = instructions[inst.index].operands[k]
                    guard v.kind == .block && v.index < blockCount else { continue }
                    // A phi's blocks are predecessors (the part that ends in the old terminator).
                    let renumbered = isPhi ? tail[v.index] : head[v.index]
                    if renumbered != v.index {
                        edits.append(inst.index)
                        edits.append(k)
                        edits.append(renumbered)
                    }
                }
            }
            for block in function.blocks {
                // Phis lead a block, the terminator ends it.
                for inst in block.instructions {
                    guard instructions[inst.index].opcode == .phi else { break }
                    renumber(inst, isPhi: true)
                }
                if let t = block.instructions.last, instructions[t.index].opcode != .phi { renumber(t, isPhi: false) }
            }
        }
        for e in stride(from: 0, to: edits.count, by: 3) {
            f.instructions[edits[e]].operands[edits[e + 1]] = .block(Block(edits[e + 2]))
        }
        f.blocks = blocks
        return f
    }

    /// Appends `d` to `f`'s instructions.
    private static func append(_ f: inout Function, _ d: InstructionData) -> Inst {
        f.instructions.append(d)
        return Inst(f.instructions.count - 1)
    }
}
