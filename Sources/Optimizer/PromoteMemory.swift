// mem2reg: promotes stack slots to SSA values.
//
// In:  clang -O0 style code, where every local is an `alloca` written by `store` and read by `load`.
// Out: the same function with each promotable alloca, its loads and its stores gone; loads are
//      replaced by the value last stored on every path, joined by phis.
//
// An alloca is promotable when it allocates one scalar (integer, float, double or pointer) and
// its only uses are non-volatile loads of that type from it and non-volatile stores of that type
// to it (never storing the address itself). Phis go on the iterated dominance frontiers of the
// blocks that store (Cytron et al.); renaming walks the dominator tree with one current value per
// slot and an undo log. A load that no store reaches reads `undef`. Phis that turn out unused are
// left for `dce`, which removes dead phi cycles too.

import IR

/// Promotes the promotable allocas of `function` to SSA values, and returns whether there were any.
func promoteMemory(_ function: inout Function, _ module: inout Module, _ cfgs: inout CFGCache) -> Bool {
    var promoter = MemoryPromoter(function: function, module: module, cfgs: &cfgs)
    guard !promoter.slots.isEmpty else { return false }
    promoter.run(&function, &module)
    return true
}

struct MemoryPromoter {
    /// The promotable allocas.
    var slots: [Inst] = []
    /// For each instruction index, the slot number of the alloca it is, or -1.
    var slotOf: [Int32]
    let cfg: ControlFlowGraph

    init(function: Function, module: Module, cfgs: inout CFGCache) {
        slotOf = Array(filling: -1, count: function.instructions.count)
        for block in function.blocks {
            for inst in block.instructions
            where function.instructions[inst.index].opcode == .alloca && Self.isCandidate(function[inst]) {
                slotOf[inst.index] = Int32(slots.count)
                slots.append(inst)
            }
        }
        // The dominator tree only when there is something to promote (clang's -O2 output has
        // no scalar allocas left).
        guard !slots.isEmpty else {
            cfg = ControlFlowGraph()
            return
        }
        cfg = cfgs.graph(of: function, dominators: true)
        var escapes = Array(filling: false, count: slots.count)
        for block in function.blocks {
            for inst in block.instructions {
                // Only the instructions that use a slot are looked at closely (copying an
                // instruction's data costs reference counting on each of its fields).
                for k in function.instructions[inst.index].operands.indices {
                    let v = function.instructions[inst.index].operands[k]
                    guard v.kind == .instruction && slotOf[v.index] >= 0 else { continue }
                    let s = Int(slotOf[v.index])
                    let d = function[inst]
                    if !Self.isPromotableUse(d, operand: k, slotType: function[slots[s]].auxiliaryType!, function, module) {
                        escapes[s] = true
                    }
                }
            }
        }
        var kept: [Inst] = []
        for (s, inst) in slots.enumerated() {
            if escapes[s] {
                slotOf[inst.index] = -1
            } else {
                slotOf[inst.index] = Int32(kept.count)
                kept.append(inst)
            }
        }
        slots = kept
    }

    /// An alloca of one scalar.
    static func isCandidate(_ d: InstructionData) -> Bool {
        guard d.opcode == .alloca, let t = d.auxiliaryType, t.isFirstClassScalar else { return false }
        return d.operands.isEmpty
    }

    /// True if operand `k` of `d` uses a slot of type `slotType` as a promotable load or store would.
    static func isPromotableUse(_ d: InstructionData, operand k: Int, slotType: IRType, _ f: Function,
                                _ module: Module) -> Bool {
        guard !d.flags.contains(.volatile) else { return false }
        switch d.opcode {
        case .load: return d.type == slotType
        case .store:
            return k == 1 && d.operands[0] != d.operands[1] && module.type(of: d.operands[0], in: f) == slotType
        default: return false
        }
    }

    mutating func run(_ function: inout Function, _ module: inout Module) {
        let types = slots.map { function.instructions[$0.index].auxiliaryType! }
        let phis = placePhis(&function, types)
        var editor = FunctionEditor(function)
        let undefs: [Value] = types.map { module.constant(.undef($0)) }
        rename(&function, &editor, phis: phis, undefs: undefs)
        for inst in slots { editor.remove(inst) }
        // Loads and stores in unreachable blocks: loads read undef, stores vanish.
        for b in function.blocks.indices where !cfg.isReachable(b) {
            for inst in function.blocks[b].instructions {
                let opcode = function.instructions[inst.index].opcode
                guard opcode == .load || opcode == .store else { continue }
                let d = function[inst]
                if d.opcode == .load, d.operands[0].kind == .instruction, slotOf[d.operands[0].index] >= 0 {
                    editor.replace(inst, with: undefs[Int(slotOf[d.operands[0].index])])
                } else if d.opcode == .store, d.operands[1].kind == .instruction, slotOf[d.operands[1].index] >= 0 {
                    editor.remove(inst)
                }
            }
        }
        editor.commit(to: &function)
    }

    /// Inserts an empty phi for each slot at the iterated dominance frontier of its stores; returns,
    /// for each block, its new phis with their slot numbers.
    func placePhis(_ function: inout Function, _ types: [IRType]) -> [[(phi: Inst, slot: Int)]] {
        let n = function.blocks.count
        var storesIn = Array(filling: [Int](), count: slots.count)
        for b in cfg.reversePostorder {
            for inst in function.blocks[b].instructions {
                guard function.instructions[inst.index].opcode == .store else { continue }
                let pointer = function.instructions[inst.index].operands[1]
                if pointer.kind == .instruction, slotOf[pointer.index] >= 0 {
                    let s = Int(slotOf[pointer.index])
                    if storesIn[s].last != b { storesIn[s].append(b) }
                }
            }
        }
        let frontiers = cfg.dominanceFrontiers()
        var phis = Array(filling: [(phi: Inst, slot: Int)](), count: n)
        // `hasPhi[b] == s + 1` and `queued[b] == s + 1` mark block b for slot s without clearing.
        var hasPhi = Array(filling: 0, count: n)
        var queued = Array(filling: 0, count: n)
        var work: [Int] = []
        for s in slots.indices {
            work = storesIn[s]
            for b in work { queued[b] = s + 1 }
            while let b = work.popLast() {
                for f in frontiers[b] where hasPhi[f] != s + 1 {
                    hasPhi[f] = s + 1
                    let phi = Inst(function.instructions.count)
                    function.instructions.append(InstructionData(.phi, type: types[s], operands: Operands()))
                    phis[f].append((phi, s))
                    if queued[f] != s + 1 {
                        queued[f] = s + 1
                        work.append(f)
                    }
                }
            }
        }
        for b in 0..<n where !phis[b].isEmpty {
            function.blocks[b].instructions.insert(contentsOf: phis[b].map(\.phi), at: 0)
        }
        return phis
    }

    /// Walks the dominator tree replacing loads by the current value of their slot and giving the
    /// new phis their incoming values.
    func rename(_ function: inout Function, _ editor: inout FunctionEditor, phis: [[(phi: Inst, slot: Int)]],
                undefs: [Value]) {
        editor.grow(to: function.instructions.count)
        let children = cfg.dominatorTreeChildren()
        var current: [Value?] = Array(filling: nil, count: slots.count)
        var undo: [(slot: Int, old: Value?)] = []
        // Stack entries: a block to enter, or (negative) the undo-log size to return to on leaving.
        var stack: [(block: Int, undoMark: Int)] = [(0, -1)]
        while let (b, mark) = stack.popLast() {
            if mark >= 0 {
                while undo.count > mark {
                    let (s, old) = undo.removeLast()
                    current[s] = old
                }
                continue
            }
            stack.append((b, undo.count))
            for (phi, s) in phis[b] {
                undo.append((s, current[s]))
                current[s] = .instruction(phi)
            }
            for inst in function.blocks[b].instructions {
                let opcode = function.instructions[inst.index].opcode
                guard opcode == .load || opcode == .store else { continue }
                let operands = function.instructions[inst.index].operands
                switch opcode {
                case .load where operands[0].kind == .instruction && slotOf[operands[0].index] >= 0:
                    let s = Int(slotOf[operands[0].index])
                    editor.replace(inst, with: current[s] ?? undefs[s])
                case .store where operands[1].kind == .instruction && slotOf[operands[1].index] >= 0:
                    let s = Int(slotOf[operands[1].index])
                    undo.append((s, current[s]))
                    current[s] = editor.resolve(operands[0])
                    editor.remove(inst)
                default:
                    break
                }
            }
            // One incoming entry per edge, as LLVM wants when a switch has several cases to a block.
            for target in function.instructions[function.terminator(of: b).index].operands where target.kind == .block {
                for (phi, s) in phis[target.index] {
                    function.instructions[phi.index].operands += [current[s] ?? undefs[s], .block(Block(b))]
                }
            }
            for child in children[b].reversed() { stack.append((child, -1)) }
        }
        // Unreachable predecessors of blocks with new phis contribute undef.
        for p in function.blocks.indices where !cfg.isReachable(p) {
            for target in function.instructions[function.terminator(of: p).index].operands where target.kind == .block {
                for (phi, s) in phis[target.index] {
                    function.instructions[phi.index].operands += [undefs[s], .block(Block(p))]
                }
            }
        }
    }
}
