// cse: common subexpression elimination by dominator-scoped value numbering.
//
// Walks the dominator tree keeping a table from "what an instruction computes" (opcode, type,
// flags, predicate, auxiliary type, indices and operands, with commutative operands in a fixed
// order) to the first instruction that computed it. A later instruction with the same key in a
// dominated block is replaced by that first one. Entries are undone when the walk leaves the
// block that added them, so only dominating computations are reused.
//
// Only pure scalar computations take part: integer and float arithmetic (a division that ran
// once without trapping will not trap the second time), comparisons, casts, select and
// getelementptr. Loads, calls, phis, allocas and freeze (two freezes of undef may differ) do not.

import IR

/// Replaces each pure computation of `function` that a dominating one already made, and
/// returns whether it replaced any.
///
/// The table is open addressing (linear probing) over instruction indices, hashed and compared
/// on the instructions themselves, so no key is built per instruction. Entries leave in the
/// reverse order they came in (the dominator-tree walk), which keeps every probe chain intact.
func eliminateCommonSubexpressions(_ function: inout Function, _ module: inout Module, _ cfgs: inout CFGCache) -> Bool {
    let cfg = cfgs.graph(of: function, dominators: true)
    let children = cfg.dominatorTreeChildren()
    var editor = FunctionEditor(function)
    var capacity = 16
    while capacity < 2 * function.instructions.count { capacity *= 2 }
    let mask = capacity - 1
    var table = [Int32](filling: -1, count: capacity)
    var added: [Int] = []  // slots filled, in order
    // (block, mark): an unlabeled pair, the type the block walks elsewhere use (see
    // ArrayFilling.swift in the IR module on one-off types).
    var stack: [(Int, Int)] = [(0, -1)]
    while let (b, mark) = stack.popLast() {
        if mark >= 0 {
            while added.count > mark { table[added.removeLast()] = -1 }
            continue
        }
        stack.append((b, added.count))
        for inst in function.blocks[b].instructions {
            editor.resolveOperands(of: inst, in: &function)
            guard ExpressionKey.isCandidate(function.instructions[inst.index].opcode) else { continue }
            // Through views: the instructions are looked at in place, not copied.
            let existing = function.withInstructionViews { instructions -> Int32 in
                let d = instructions[inst]
                guard ExpressionKey.isCandidate(d) else { return -1 }
                var slot = ExpressionKey.hash(d) & mask
                while table[slot] >= 0 {
                    if ExpressionKey.same(instructions[Int(table[slot])], d) { return table[slot] }
                    slot = (slot + 1) & mask
                }
                table[slot] = Int32(inst.index)
                added.append(slot)
                return -1
            }
            if existing >= 0 { editor.replace(inst, with: .instruction(Inst(Int(existing)))) }
        }
        for child in children[b].reversed() { stack.append((child, -1)) }
    }
    return editor.commit(to: &function)
}

/// What a pure instruction computes, for value numbering: opcode, type, flags, predicate,
/// auxiliary type and operands, with the two operands of a commutative operation in a fixed order.
enum ExpressionKey {
    /// True for the opcodes that may take part in CSE.
    static func isCandidate(_ opcode: Opcode) -> Bool {
        switch opcode.info.category {
        case .integerBinary, .floatBinary, .floatUnary, .compare, .cast: true
        default: opcode == .select || opcode == .getelementptr
        }
    }

    /// True if `d` takes part in CSE.
    @inline(__always) static func isCandidate(_ d: InstructionView) -> Bool {
        d.type.isFirstClassScalar && !d.opcode.info.hasSideEffects && isCandidate(d.opcode)
    }

    /// The operands of `d` in key order: the two of a commutative operation sorted.
    private static func ordered(_ d: InstructionView, _ k: Int) -> Value {
        if d.operands.count == 2 && d.opcode.info.isCommutative {
            let (x, y) = (d.operands[0], d.operands[1])
            let low = x.raw <= y.raw ? x : y, high = x.raw <= y.raw ? y : x
            return k == 0 ? low : high
        }
        return d.operands[k]
    }

    /// A hash of what `d` computes (equal for instructions that ``same(_:_:)`` calls equal).
    @inline(__always) static func hash(_ d: InstructionView) -> Int {
        var h = UInt64(d.opcode.rawValue) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ UInt64(d.predicate)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ UInt64(d.operands.count)) &* 0x94D0_49BB_1331_11EB
        for k in d.operands.indices {
            h = (h ^ UInt64(ordered(d, k).raw)) &* 0xBF58_476D_1CE4_E5B9
        }
        if case .int(let n) = d.type { h = (h ^ UInt64(n)) &* 0x94D0_49BB_1331_11EB }
        return Int(truncatingIfNeeded: h ^ (h >> 31))
    }

    /// True if `a` and `b` compute the same value.
    static func same(_ a: InstructionView, _ b: InstructionView) -> Bool {
        guard a.opcode == b.opcode, a.predicate == b.predicate, a.flags == b.flags,
              a.operands.count == b.operands.count, a.type == b.type, a.auxiliaryType == b.auxiliaryType
        else { return false }
        for k in a.operands.indices where ordered(a, k) != ordered(b, k) { return false }
        return true
    }
}
