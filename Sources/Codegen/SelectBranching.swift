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
        var candidates: [Int] = []
        for block in function.blocks.dropFirst() {
            for inst in block.instructions where isCandidate(function.instructions[inst.index]) {
                candidates.append(inst.index)
            }
        }
        guard !candidates.isEmpty else { return function }
        var convert = [Bool](repeating: false, count: n)
        switch policy {
        case .all:
            for s in candidates { convert[s] = true }
        case .profitable:
            guard Self.markProfitable(function, candidates, &convert) else { return function }
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

    /// Marks in `convert` the `candidates` of innermost loops that the analysis finds profitable;
    /// false if none.
    private static func markProfitable(_ function: Function, _ candidates: [Int], _ convert: inout [Bool]) -> Bool {
        let successors = Selection.successors(function)
        let blockCount = successors.count
        var predecessors = [[Int]](repeating: [], count: blockCount)
        var latches = [[Int]](repeating: [], count: blockCount)
        for (b, succ) in successors.enumerated() {
            for s in succ {
                predecessors[s].append(b)
                if s <= b { latches[s].append(b) }  // a back edge in layout order
            }
        }
        var blockOf = [Int32](repeating: -1, count: function.instructions.count)
        for (b, block) in function.blocks.enumerated() {
            for inst in block.instructions { blockOf[inst.index] = Int32(b) }
        }
        // The loops whose body holds a candidate: the headers of back edges, innermost only.
        var any = false
        var analysis = DepthAnalysis(function)
        var inBody = [Bool](repeating: false, count: blockCount)
        for header in 0..<blockCount where !latches[header].isEmpty {
            // The natural loop: the header and every block that reaches a latch without it.
            var body = [header]
            var work = latches[header].filter { $0 != header }
            inBody[header] = true
            for b in work { inBody[b] = true }
            body += work
            while let b = work.popLast() {
                for p in predecessors[b] where !inBody[p] {
                    inBody[p] = true
                    body.append(p)
                    work.append(p)
                }
            }
            defer { for b in body { inBody[b] = false } }
            // Innermost: no other back edge ends inside it.
            guard body.allSatisfy({ $0 == header || latches[$0].isEmpty }) else { continue }
            let selects = candidates.filter { blockOf[$0] >= 0 && inBody[Int(blockOf[$0])] }
            guard !selects.isEmpty else { continue }
            body.sort()
            for s in analysis.profitable(loop: body, header: header, selects: selects) {
                convert[s] = true
                any = true
            }
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
            depth = [Int32](repeating: 0, count: n)
            branchDepth = depth
            stamp = [Int32](repeating: -1, count: n)
            uses = depth
            aUser = [Int32](repeating: -1, count: n)
            for block in function.blocks {
                for inst in block.instructions {
                    for v in function.instructions[inst.index].operands where v.kind == .instruction && v.index < n {
                        uses[v.index] += 1
                        aUser[v.index] = Int32(inst.index)
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
            let isSelect = Set(selects)
            var loopDepth: [(Int32, Int32)] = []
            for _ in 0..<2 {
                var deepest: (Int32, Int32) = (0, 0)
                for b in body {
                    for inst in function.blocks[b].instructions {
                        let i = inst.index
                        let d = function.instructions[i]
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
                            if isSelect.contains(i) {
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
                loopDepth.append(deepest)
                // The header's phis read the latches' values of this iteration in the next.
            }
            let diff0 = loopDepth[0].0 - loopDepth[0].1, diff1 = loopDepth[1].0 - loopDepth[1].1
            guard diff1 >= Int32(SelectBranching.gainThreshold) else { return [] }
            let worthIt: Bool
            if diff1 == diff0 {
                // Iterations independent: the first must get an eighth shorter.
                worthIt = diff0 * 8 >= loopDepth[0].0
            } else if diff1 > diff0 {
                // A chain through iterations: the gain must grow by half the growth of the depth.
                worthIt = (diff1 - diff0) * 2 >= loopDepth[1].0 - loopDepth[0].0 && diff1 * 8 >= loopDepth[1].0
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
        let oldCount = function.instructions.count
        let blockCount = function.blocks.count
        // The new index of each old block's first part (branch targets) and last part (the
        // predecessor that phis of its successors name).
        var head = [Int](repeating: 0, count: blockCount)
        var tail = [Int](repeating: 0, count: blockCount)
        var blocks: [BlockData] = []
        blocks.reserveCapacity(blockCount + 4)
        for (b, block) in function.blocks.enumerated() {
            head[b] = blocks.count
            var part = BlockData(name: block.name)
            for inst in block.instructions {
                guard convert[inst.index] else {
                    part.instructions.append(inst)
                    continue
                }
                let select = function.instructions[inst.index]
                let from = blocks.count, then = from + 1, join = from + 2
                part.instructions.append(append(&f, InstructionData(
                    .br, type: .void, operands: [select.operands[0], .block(Block(then)), .block(Block(join))])))
                blocks.append(part)
                var thenBlock = BlockData()
                thenBlock.instructions = [append(&f, InstructionData(.br, type: .void, operands: [.block(Block(join))]))]
                blocks.append(thenBlock)
                var phi = select
                phi.opcode = .phi
                phi.operands = [select.operands[1], .block(Block(then)), select.operands[2], .block(Block(from))]
                f.instructions[inst.index] = phi
                part = BlockData()
                part.instructions = [inst]
            }
            tail[b] = blocks.count
            blocks.append(part)
        }
        // Block operands of the old instructions, renumbered (the new ones are already).
        for block in blocks {
            for inst in block.instructions where inst.index < oldCount && !convert[inst.index] {
                let op = f.instructions[inst.index].opcode
                guard op == .phi || op.info.isTerminator else { continue }
                for k in f.instructions[inst.index].operands.indices {
                    let v = f.instructions[inst.index].operands[k]
                    guard v.kind == .block, v.index < blockCount else { continue }
                    // A phi's blocks are predecessors (the part that ends in the old terminator).
                    let isIncoming = op == .phi
                    f.instructions[inst.index].operands[k] = .block(Block(isIncoming ? tail[v.index] : head[v.index]))
                }
            }
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
