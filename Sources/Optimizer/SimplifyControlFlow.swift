// simplifycfg: control-flow simplification. Each round:
//
//   1. a conditional branch on a constant, or to the same block twice, becomes `br label`; a
//      switch on a constant jumps straight to its case (phis of the dropped targets lose the edge)
//   2. a block whose only predecessor ends in `br label %it` is merged into that predecessor
//      (its phis have one incoming value and are replaced by it)
//   3. a block holding nothing but `br label %s` is skipped: its predecessors jump to %s directly,
//      when %s's phis can take the new edges (a predecessor already jumping to %s must bring the
//      same values)
//   4. blocks no longer reachable from the entry are deleted and the rest renumbered; phis drop
//      their incoming edges from deleted blocks
//
// Rounds repeat while something changes (at most a few: each round is linear).

import IR

/// Simplifies the control flow of `function`, and returns whether anything changed.
func simplifyControlFlow(_ function: inout Function, _ module: inout Module, _ cfgs: inout CFGCache) -> Bool {
    var any = false
    for _ in 0..<4 {
        var changed = foldConstantBranches(&function, module)
        let cfg = cfgs.graph(of: function, dominators: false)
        var merged = false
        if BlockMerger.hasWork(function, cfg) {
            var merger = BlockMerger(function, cfg)
            merged = merger.mergeAndSkip(&function)
        }
        // Without merges, `cfg` still describes the function.
        changed = removeUnreachableBlocks(&function, merged ? cfgs.graph(of: function, dominators: false) : cfg)
            || merged || changed
        if !changed { break }
        any = true
    }
    return any
}

/// Removes the incoming entries of `phi`-headed block `b` that come from `predecessor`.
func removeIncoming(from predecessor: Int, in b: Int, _ function: inout Function) {
    for inst in function.blocks[b].instructions {
        guard function.instructions[inst.index].opcode == .phi else { break }
        var ops = function.instructions[inst.index].operands
        var k = 0
        while k + 1 < ops.count {
            if ops[k + 1] == .block(Block(predecessor)) { ops.removeSubrange(k...k + 1) } else { k += 2 }
        }
        function.instructions[inst.index].operands = ops
    }
}

/// Leaves one incoming entry from `predecessor` in the phis of `b` (a switch that had several cases
/// to `b` and became one `br`).
func keepOneIncoming(from predecessor: Int, in b: Int, _ function: inout Function) {
    for inst in function.blocks[b].instructions {
        guard function.instructions[inst.index].opcode == .phi else { break }
        var ops = function.instructions[inst.index].operands
        var seen = false
        var k = 0
        while k + 1 < ops.count {
            if ops[k + 1] == .block(Block(predecessor)) {
                if seen { ops.removeSubrange(k...k + 1); continue }
                seen = true
            }
            k += 2
        }
        function.instructions[inst.index].operands = ops
    }
}

/// Step 1: branches whose direction is known. Returns true if any changed.
func foldConstantBranches(_ function: inout Function, _ module: Module) -> Bool {
    var changed = false
    for b in function.blocks.indices {
        let term = function.terminator(of: b)
        let opcode = function.instructions[term.index].opcode
        guard opcode == .switch || (opcode == .br && function.instructions[term.index].operands.count == 3) else {
            continue
        }
        // (The operands, not the instruction: a copy of it retains all its parts.)
        let operands = function.instructions[term.index].operands
        var target: Value?
        if opcode == .br && operands.count == 3 {
            if operands[1] == operands[2] {
                target = operands[1]
            } else if let c = integerConstant(operands[0], module) {
                target = operands[c.bits & 1 != 0 ? 1 : 2]
            }
        } else if opcode == .switch, let c = integerConstant(operands[0], module) {
            target = operands[1]
            var k = 2
            while k + 1 < operands.count {
                if integerConstant(operands[k], module)?.bits == c.bits { target = operands[k + 1] }
                k += 2
            }
        }
        guard let target else { continue }
        var dropped: [Int] = []
        for v in operands where v.kind == .block && v != target && !dropped.contains(v.index) {
            dropped.append(v.index)
        }
        for s in dropped { removeIncoming(from: b, in: s, &function) }
        keepOneIncoming(from: b, in: target.index, &function)
        function.instructions[term.index] = InstructionData(.br, type: .void, operands: Operands(target))
        changed = true
    }
    return changed
}

/// Steps 2 and 3, with predecessor lists kept up to date as blocks are merged and skipped.
struct BlockMerger {
    var predecessors: [[Int]]
    var reachable: [Bool]
    var editor: FunctionEditor

    init(_ function: Function, _ cfg: ControlFlowGraph) {
        predecessors = function.blocks.indices.map { Array(cfg.predecessors[$0]) }
        reachable = cfg.order.map { $0 >= 0 }
        editor = FunctionEditor(function)
    }

    /// True if some block can be merged into its predecessor or skipped.
    static func hasWork(_ function: Function, _ cfg: ControlFlowGraph) -> Bool {
        for b in cfg.reversePostorder {
            let term = function.terminator(of: b)
            guard function.instructions[term.index].opcode == .br, function.instructions[term.index].operands.count == 1 else {
                continue
            }
            let s = function.instructions[term.index].operands[0].index
            if s != b && s != 0 && (cfg.predecessors.count(s) == 1 || (b != 0 && function.blocks[b].instructions.count == 1)) {
                return true
            }
        }
        return false
    }

    mutating func mergeAndSkip(_ function: inout Function) -> Bool {
        var changed = false
        for p in function.blocks.indices where reachable[p] {
            while let b = singleSuccessor(of: p, function), b != p, b != 0, predecessors[b] == [p] {
                merge(b, into: p, &function)
                changed = true
            }
        }
        for b in function.blocks.indices.dropFirst() where reachable[b] && function.blocks[b].instructions.count == 1 {
            changed = skip(b, &function) || changed
        }
        editor.commit(to: &function)
        return changed
    }

    /// The target of `p`'s unconditional `br`, if it ends with one.
    func singleSuccessor(of p: Int, _ function: Function) -> Int? {
        let term = function.terminator(of: p)
        guard function.instructions[term.index].opcode == .br, function.instructions[term.index].operands.count == 1 else {
            return nil
        }
        return function.instructions[term.index].operands[0].index
    }

    /// Appends `b` (whose only predecessor is `p`, ending in `br label %b`) to `p`.
    mutating func merge(_ b: Int, into p: Int, _ function: inout Function) {
        var moved: [Inst] = []
        for inst in function.blocks[b].instructions {
            if function.instructions[inst.index].opcode == .phi {
                // One incoming value, from `p`.
                editor.replace(inst, with: editor.resolve(function.instructions[inst.index].operands[0]))
            } else {
                moved.append(inst)
            }
        }
        function.blocks[p].instructions.removeLast()
        function.blocks[p].instructions += moved
        function.blocks[b].instructions = []
        reachable[b] = false
        var targets: [Int] = []
        for v in function.instructions[function.terminator(of: p).index].operands where v.kind == .block {
            if !targets.contains(v.index) { targets.append(v.index) }
        }
        for s in targets { replacePredecessor(b, with: p, in: s, &function) }
        predecessors[b] = []
    }

    /// In `s`'s predecessor list and phis, edges from `old` now come from `new`.
    mutating func replacePredecessor(_ old: Int, with new: Int, in s: Int, _ function: inout Function) {
        predecessors[s] = predecessors[s].map { $0 == old ? new : $0 }
        for inst in function.blocks[s].instructions {
            guard function.instructions[inst.index].opcode == .phi else { break }
            var ops = function.instructions[inst.index].operands
            for k in stride(from: 1, to: ops.count, by: 2) where ops[k] == .block(Block(old)) { ops[k] = .block(Block(new)) }
            function.instructions[inst.index].operands = ops
        }
    }

    /// Makes the predecessors of `b` (which holds only `br label %s`) jump to `s`; returns true if done.
    mutating func skip(_ b: Int, _ function: inout Function) -> Bool {
        guard let s = singleSuccessor(of: b, function), s != b, s != 0 else { return false }
        let phis = function.blocks[s].instructions.prefix { function.instructions[$0.index].opcode == .phi }
        // A predecessor of `b` that already jumps to `s` must bring the values `b` brings.
        for p in predecessors[b] where predecessors[s].contains(p) {
            for phi in phis where incoming(phi, from: p, function) != incoming(phi, from: b, function) {
                return false
            }
        }
        for phi in phis {
            let value = incoming(phi, from: b, function)
            var ops = function.instructions[phi.index].operands
            var k = 0
            while k + 1 < ops.count {
                if ops[k + 1] == .block(Block(b)) { ops.removeSubrange(k...k + 1) } else { k += 2 }
            }
            // One entry per redirected edge (a switch may have several cases to `b`).
            for p in predecessors[b] {
                for target in function.instructions[function.terminator(of: p).index].operands where target == .block(Block(b)) {
                    ops += [value!, .block(Block(p))]
                }
            }
            function.instructions[phi.index].operands = ops
        }
        for p in predecessors[b] {
            let term = function.terminator(of: p)
            var ops = function.instructions[term.index].operands
            for k in ops.indices where ops[k] == .block(Block(b)) { ops[k] = .block(Block(s)) }
            function.instructions[term.index].operands = ops
            if !predecessors[s].contains(p) { predecessors[s].append(p) }
        }
        predecessors[s].removeAll { $0 == b }
        predecessors[b] = []
        reachable[b] = false
        return true
    }

    /// The value `phi` takes when entered from `p`.
    func incoming(_ phi: Inst, from p: Int, _ function: Function) -> Value? {
        let ops = function.instructions[phi.index].operands
        for k in stride(from: 1, to: ops.count, by: 2) where ops[k] == .block(Block(p)) { return ops[k - 1] }
        return nil
    }
}

/// Step 4: deletes the blocks the entry cannot reach and renumbers the others. Returns true if any.
func removeUnreachableBlocks(_ function: inout Function, _ cfg: ControlFlowGraph) -> Bool {
    let n = function.blocks.count
    guard cfg.reversePostorder.count < n else { return false }
    var newIndex = Array(filling: -1, count: n)
    var kept: [BlockData] = []
    kept.reserveCapacity(cfg.reversePostorder.count)
    for b in 0..<n where cfg.isReachable(b) {
        newIndex[b] = kept.count
        kept.append(function.blocks[b])
    }
    for b in 0..<n where !cfg.isReachable(b) {
        for inst in function.blocks[b].instructions { function.instructions[inst.index].operands = [] }
    }
    function.blocks = kept
    // Block operands renumbered in place (a copy of each instruction's operands, written back,
    // made a new array for every instruction).
    for block in function.blocks {
        for inst in block.instructions {
            let isPhi = function.instructions[inst.index].opcode == .phi
            var k = 0
            while k < function.instructions[inst.index].operands.count {
                let v = function.instructions[inst.index].operands[k]
                if v.kind == .block {
                    if isPhi && k >= 1 && newIndex[v.index] < 0 {
                        // The incoming value before it goes too.
                        function.instructions[inst.index].operands.removeSubrange(k - 1...k)
                        k -= 1
                        continue
                    }
                    function.instructions[inst.index].operands[k] = .block(Block(newIndex[v.index]))
                }
                k += 1
            }
        }
    }
    return true
}
