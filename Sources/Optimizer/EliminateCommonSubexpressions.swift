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

/// Replaces each pure computation of `function` that a dominating one already made.
func eliminateCommonSubexpressions(_ function: inout Function, _ module: inout Module) {
    let cfg = ControlFlowGraph(function)
    let children = cfg.dominatorTreeChildren()
    var editor = FunctionEditor(function)
    var table: [ExpressionKey: Value] = [:]
    var added: [ExpressionKey] = []
    var stack: [(block: Int, mark: Int)] = [(0, -1)]
    while let (b, mark) = stack.popLast() {
        if mark >= 0 {
            while added.count > mark { table[added.removeLast()] = nil }
            continue
        }
        stack.append((b, added.count))
        for inst in function.blocks[b].instructions {
            editor.resolveOperands(of: inst, in: &function)
            guard ExpressionKey.isCandidate(function.instructions[inst.index].opcode),
                  let key = ExpressionKey(function.instructions[inst.index]) else { continue }
            if let existing = table[key] {
                editor.replace(inst, with: existing)
            } else {
                table[key] = .instruction(inst)
                added.append(key)
            }
        }
        for child in children[b].reversed() { stack.append((child, -1)) }
    }
    editor.commit(to: &function)
}

/// What a pure instruction computes, for value numbering.
struct ExpressionKey: Hashable {
    var opcode: Opcode
    var predicate: UInt8
    var flags: InstructionFlags
    var type: IRType
    var auxiliaryType: IRType?
    var operands: [Value]

    /// True for the opcodes that may take part in CSE.
    static func isCandidate(_ opcode: Opcode) -> Bool {
        switch opcode.info.category {
        case .integerBinary, .floatBinary, .floatUnary, .compare, .cast: true
        default: opcode == .select || opcode == .getelementptr
        }
    }

    /// The key of `d`, or nil if it does not take part in CSE.
    init?(_ d: InstructionData) {
        guard d.type.isFirstClassScalar, !d.opcode.info.hasSideEffects, Self.isCandidate(d.opcode) else { return nil }
        opcode = d.opcode
        predicate = d.predicate
        flags = d.flags
        type = d.type
        auxiliaryType = d.auxiliaryType
        operands = d.operands
        if d.opcode.info.isCommutative && operands.count == 2 && operands[0].raw > operands[1].raw {
            operands.swapAt(0, 1)
        }
    }
}
