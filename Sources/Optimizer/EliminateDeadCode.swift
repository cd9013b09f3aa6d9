// dce: removes instructions whose results nothing needs.
//
// Mark and sweep, so dead cycles of phis (which mem2reg leaves behind) go too: the roots are the
// instructions that must run for their effect (terminators, stores, calls, volatile loads, and
// divisions that might trap), and liveness flows from users to the instructions they use.
// Everything unmarked is removed. Linear in the size of the function.

import IR

/// Removes the instructions of `function` that have no effect and no live user.
/// - Returns: Whether any was removed.
func eliminateDeadCode(_ function: inout Function, _ module: inout Module) -> Bool {
    var live = Array(filling: false, count: function.instructions.count)
    var work: [Int] = []
    for block in function.blocks {
        for inst in block.instructions where mustKeep(inst, function, module) {
            live[inst.index] = true
            work.append(inst.index)
        }
    }
    while let i = work.popLast() {
        for v in function.instructions[i].operands where v.kind == .instruction && !live[v.index] {
            live[v.index] = true
            work.append(v.index)
        }
    }
    var editor = FunctionEditor(function)
    for block in function.blocks {
        for inst in block.instructions where !live[inst.index] { editor.remove(inst) }
    }
    return editor.commit(to: &function)
}

/// True if `inst` must run even when its result is unused.
func mustKeep(_ inst: Inst, _ function: Function, _ module: Module) -> Bool {
    let opcode = function.instructions[inst.index].opcode
    switch opcode {
    case .load:
        // A load whose result is unused does nothing, unless volatile.
        return function.instructions[inst.index].flags.contains(.volatile)
    case .sdiv, .udiv, .srem, .urem:
        // Division traps on a zero divisor; keep it unless the divisor is a known non-zero constant
        // (`sdiv INT_MIN, -1` is defined by the interpreter and never traps there).
        guard let divisor = integerConstant(function.instructions[inst.index].operands[1], module) else { return true }
        return divisor.bits == 0
    default:
        return opcode.info.hasSideEffects
    }
}
