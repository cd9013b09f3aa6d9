// Batched edits of one function. The IR keeps no use lists, so passes do not replace uses one at
// a time: they record "this instruction's value is now that value" and "this instruction is gone"
// in arrays indexed by instruction, and `commit` rewrites every operand and block once, in time
// linear in the function's size.

#if canImport(Glibc)
import Glibc
#endif
import IR

/// Pending replacements and removals for one function.
struct FunctionEditor {
    /// For each instruction index, the value that now stands for its result, if any.
    private var replacement: [Value?]
    /// For each instruction index, true if it is to be taken out of its block.
    private(set) var removed: [Bool]
    /// True once anything has been recorded.
    private(set) var hasEdits = false

    /// An editor with nothing recorded, for `function` (instructions added later are covered).
    init(_ function: Function) {
        replacement = Array(filling: nil, count: function.instructions.count)
        removed = Array(filling: false, count: function.instructions.count)
    }

    /// Makes room for instructions appended to the function after the editor was made.
    mutating func grow(to count: Int) {
        if replacement.count < count {
            replacement += Array(filling: nil, count: count - replacement.count)
            removed += Array(filling: false, count: count - removed.count)
        }
    }

    /// Records that every use of `inst` now uses `value`, and removes `inst`.
    mutating func replace(_ inst: Inst, with value: Value) {
        precondition(value != .instruction(inst), "an instruction cannot replace itself")
        replacement[inst.index] = value
        removed[inst.index] = true
        hasEdits = true
    }

    /// Records that `inst` is to be removed (its result, if any, must be unused by then).
    mutating func remove(_ inst: Inst) {
        removed[inst.index] = true
        hasEdits = true
    }

    /// `value` after following replacements (with path compression).
    mutating func resolve(_ value: Value) -> Value {
        guard value.kind == .instruction, var next = replacement[value.index] else { return value }
        while next.kind == .instruction, let further = replacement[next.index] { next = further }
        replacement[value.index] = next
        return next
    }

    /// Rewrites `inst`'s operands through the replacements now, so a pass can look at final operands.
    mutating func resolveOperands(of inst: Inst, in function: inout Function) {
        // In place: the operands are read where they are and written only when replaced (taking
        // a copy of the array retained it for every instruction of every pass).
        let count = function.instructions[inst.index].operands.count
        for k in 0..<count {
            let v = function.instructions[inst.index].operands[k]
            if v.kind == .instruction && replacement[v.index] != nil {
                function.instructions[inst.index].operands[k] = resolve(v)
            }
        }
    }

    /// Applies every recorded edit to `function`: operands are rewritten and removed instructions
    /// leave their blocks (their slots stay, with no operands).
    /// - Returns: Whether there was anything to apply.
    @discardableResult
    mutating func commit(to function: inout Function) -> Bool {
        guard hasEdits else { return false }
        for b in function.blocks.indices {
            // Compacted in place (a new array for every block was an allocation each).
            let count = function.blocks[b].instructions.count
            var kept = 0
            for k in 0..<count {
                let inst = function.blocks[b].instructions[k]
                if removed[inst.index] {
                    function.instructions[inst.index].operands = []
                } else {
                    resolveOperands(of: inst, in: &function)
                    if kept != k { function.blocks[b].instructions[kept] = inst }
                    kept += 1
                }
            }
            while function.blocks[b].instructions.count > kept { function.blocks[b].instructions.removeLast() }
        }
        hasEdits = false
        for i in removed.indices { removed[i] = false }
        return true
    }
}

extension Function {
    /// The number of instructions placed in blocks.
    var placedInstructionCount: Int { blocks.reduce(0) { $0 + $1.instructions.count } }

    /// The terminator of block `b`.
    func terminator(of b: Int) -> Inst { blocks[b].instructions[blocks[b].instructions.count - 1] }
}

extension Module {
    /// What stands in a function's place while a pass has it (made once, not per function and pass).
    private static let placeholder = Function(name: "", type: FunctionType(.void, []))

    /// Runs `body` on each function with a body, moved out of the module while it runs so edits do
    /// not copy its arrays.
    mutating func transformDefinedFunctions(_ body: (inout Function, inout Module) -> Void) {
        transformDefinedFunctions { _, function, module in body(&function, &module) }
    }

    /// The same, with each function's index in `functions`, for the functions whose index
    /// `include` accepts (a function left out is not moved at all).
    mutating func transformDefinedFunctions(where include: (Int) -> Bool = { _ in true },
                                            _ body: (Int, inout Function, inout Module) -> Void) {
        for i in functions.indices where !functions[i].isDeclaration && include(i) {
            var function = Self.placeholder
            swap(&function, &functions[i])
            body(i, &function, &self)
            swap(&function, &functions[i])
        }
    }
}

/// Monotonic time in seconds, for pass timings.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
