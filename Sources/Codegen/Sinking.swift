// Sinking of loop-carried updates to the end of their block, before register allocation:
//
//   %sp1 = add nsw i32 %sp, 1             %i = sext i32 %sp to i64
//   %i   = sext i32 %sp to i64       →    store i64 %v, ptr (stack + %i)
//   store i64 %v, ptr (stack + %i)        %sp1 = add nsw i32 %sp, 1
//   br label %next                        br label %next
//
// An interpreter's `stack[sp++] = v` computes sp + 1 first and still reads sp after. Left in
// place, sp + 1 needs a register of its own while sp lives on, and a copy into sp's register on
// the way back to the loop header; after the move, sp dies where sp + 1 is made, which takes its
// register (`add r9d, 1`) and no copy is left. Moved: a computation without effects that only
// phis of other blocks read, each of whose operands the block reads again later (so that no
// operand lives longer for it).

import IR

enum Sinking {
    /// `function` with such updates moved to just before their block's terminator (in their
    /// order), or `function` itself when there are none.
    static func sunk(_ function: Function) -> Function {
        let n = function.instructions.count
        // Uses by phis and by everything else (read in place: copying each instruction would
        // retain its operands).
        var phiUses = [Int32](filling: 0, count: n)
        var otherUses = [Int32](filling: 0, count: n)
        var anyPhi = false
        function.instructions.withUnsafeBufferPointer { instructions in
            for block in function.blocks {
                for inst in block.instructions {
                    let isPhi = instructions[inst.index].opcode == .phi
                    anyPhi = anyPhi || isPhi
                    for v in instructions[inst.index].operands where v.kind == .instruction && v.index < n {
                        if isPhi { phiUses[v.index] += 1 } else { otherUses[v.index] += 1 }
                    }
                }
            }
        }
        guard anyPhi else { return function }
        var result = function
        var changed = false
        for b in function.blocks.indices {
            let list = function.blocks[b].instructions
            guard list.count > 2 else { continue }
            // Most blocks have nothing to move: look before making any list.
            var first = -1
            for k in 0..<(list.count - 1)
            where otherUses[list[k].index] == 0 && phiUses[list[k].index] > 0 && Self.sinks(list[k], at: k, in: list, function) {
                first = k
                break
            }
            guard first >= 0 else { continue }
            var moved: [Inst] = [list[first]]
            var kept = Array(list[..<first])
            for k in (first + 1)..<list.count {
                let inst = list[k]
                if k < list.count - 1, otherUses[inst.index] == 0, phiUses[inst.index] > 0,
                   Self.sinks(inst, at: k, in: list, function)
                {
                    moved.append(inst)
                } else {
                    kept.append(inst)
                }
            }
            guard let terminator = kept.popLast() else { continue }
            result.blocks[b].instructions = kept + moved + [terminator]
            changed = true
        }
        return changed ? result : function
    }

    /// True if instruction `inst` at position `k` of its block's `list` is an update to move.
    /// (Called for instructions that only phis read.)
    private static func sinks(_ inst: Inst, at k: Int, in list: [Inst], _ function: Function) -> Bool {
        let d = function.instructions[inst.index]
        let info = d.opcode.info
        guard d.opcode != .phi, d.opcode != .alloca, !info.hasSideEffects, !info.mayTrap, !info.isTerminator,
              d.type.isInteger || d.type == .ptr else { return false }
        // (A phi of this same block may read it: on the back edge, after the terminator.)
        var operandsReadLater = false
        for v in d.operands where v.kind == .instruction || v.kind == .argument {
            operandsReadLater = false
            for later in list[(k + 1)...] {
                let l = function.instructions[later.index]
                if l.opcode != .phi && l.operands.contains(v) { operandsReadLater = true; break }
            }
            if !operandsReadLater { return false }
        }
        return operandsReadLater
    }
}
