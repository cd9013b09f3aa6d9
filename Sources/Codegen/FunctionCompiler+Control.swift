// Branches, switches and the phi copies on control-flow edges. A compare folded into its branch
// becomes `cmp` + `jcc` (`ucomis` + one or two `jcc` for floating point, with NaN handled per
// predicate); a branch to the next block in layout order falls through.

import IR
import X86

/// When a conditional branch is taken, in terms of the flags.
enum BranchCondition {
    /// Taken if the condition holds.
    case single(Condition)
    /// Taken if either holds (`fcmp une`: not equal, or unordered).
    case either(Condition, Condition)
    /// Taken if both hold (`fcmp oeq`: equal, and ordered).
    case both(Condition, Condition)
    case always
    case never
}

extension FunctionCompiler {
    /// The (phi, incoming value) pairs of the edge `from` → `to`.
    func phiMoves(from: Int, to: Int) -> [(Inst, Value)] {
        var moves: [(Inst, Value)] = []
        for inst in function.blocks[to].instructions {
            let d = function.instructions[inst.index]
            guard d.opcode == .phi else { break }
            if let v = d.incomingValue(from: from) { moves.append((inst, v)) }
        }
        return moves
    }

    /// Runs the phi copies of edge `from` → `target`, then jumps to it (or falls through when it
    /// is the next block and `mayFallThrough`).
    mutating func emitEdge(from: Int, to target: Value, mayFallThrough: Bool = true, depth: Int = 0) throws {
        guard target.kind == .block, target.index < function.blocks.count else { throw unsupported("branch to a non-block") }
        if depth == 0, let h = hoisted, from == currentBlock {
            // A latch whose back edge's copies ran before its branch (see emitConditionalBranch).
            if target.index == h.exit { try emit(h.exitMoves) }
        } else if let edge = plan.copies(from: from, to: target.index), edge.hasAggregates || !edge.moves.isEmpty {
            // Aggregate phis live in frame areas: copied through per-phi temporaries first.
            let aggregates = edge.hasAggregates
                ? phiMoves(from: from, to: target.index).filter { function.instructions[$0.0.index].type.isAggregate } : []
            for (phi, v) in aggregates {
                let t = function.instructions[phi.index].type
                try aggregateAddress(v, .rdx)
                try asm.lea(.r11, Memory(.rbp, frame.phiTemporary[phi.index]))
                try copyBytes(layout.size(of: t))
            }
            try emit(edge.moves)
            for (phi, _) in aggregates {
                let t = function.instructions[phi.index].type
                try asm.lea(.rdx, Memory(.rbp, frame.phiTemporary[phi.index]))
                try asm.lea(.r11, Memory(.rbp, try slot(.instruction(phi))))
                try copyBytes(layout.size(of: t))
            }
        }
        if depth < 4, !(mayFallThrough && target.index == currentBlock + 1), let next = forwardingTarget(of: target.index) {
            // The target only jumps on: run its edge's copies here and jump straight through
            // (the copies read values live at its end, so they are live here, in the same places).
            // Not when it is laid out next: falling into it runs the same copies, and its own
            // jump may fall through in turn.
            return try emitEdge(from: target.index, to: next, mayFallThrough: mayFallThrough, depth: depth + 1)
        }
        if mayFallThrough && target.index == currentBlock + 1 { return }
        try asm.jmp(blockLabels[target.index])
    }

    /// If block `b` does nothing but jump on (phis, then an unconditional branch): the branch's
    /// target, and whether that onward edge carries copies. Nil when it is not such a block, or
    /// when it has phis and copies on the way out (the phis' values must leave as they are).
    /// (A loop's latch that only merges the values of the cases of a switch, then jumps back to
    /// the header, is one.)
    func onwardEdge(of b: Int) -> (target: Value, copies: Bool)? {
        let instructions = function.blocks[b].instructions
        guard let last = instructions.last, b != 0 else { return nil }
        guard function.instructions[last.index].opcode == .br else { return nil }
        let operands = function.instructions[last.index].operands
        guard operands.count == 1, operands[0].kind == .block,
              operands[0].index < function.blocks.count, operands[0].index != b else { return nil }
        for inst in instructions.dropLast() where function.instructions[inst.index].opcode != .phi { return nil }
        let copies = hasMoves(from: b, to: operands[0])
        if copies && instructions.count > 1 { return nil }
        return (operands[0], copies)
    }

    /// The target of block `b` when an edge into `b` may run `b`'s copies and jump straight
    /// there (see ``onwardEdge(of:)``).
    func forwardingTarget(of b: Int) -> Value? { onwardEdge(of: b)?.target }

    /// The label a jump on the edge `block` → `target`, which carries no copies, may go to:
    /// past blocks that only jump on without copies.
    func jumpLabel(from block: Int, to target: Value) throws -> Label {
        var t = target
        var depth = 0
        while depth < 4, t.kind == .block, t.index < function.blocks.count, let onward = onwardEdge(of: t.index), !onward.copies {
            t = onward.target
            depth += 1
        }
        return try label(of: t)
    }

    /// True if the edge `from` → `target` carries phi copies that do something (a phi whose
    /// incoming value is already in the phi's register needs none).
    func hasMoves(from: Int, to target: Value) -> Bool {
        guard target.kind == .block, let edge = plan.copies(from: from, to: target.index) else { return false }
        return edge.hasAggregates || !edge.moves.isEmpty
    }

    /// The label of a block operand.
    func label(of target: Value) throws -> Label {
        guard target.kind == .block, target.index < function.blocks.count else { throw unsupported("branch to a non-block") }
        return blockLabels[target.index]
    }

    /// ``Selection/shortCircuit(_:_:)`` of instruction `i`.
    func shortCircuit(_ i: Int) -> (isOr: Bool, first: Value, second: Value)? {
        function.withInstructionViews { Selection.shortCircuit($0[i], module) }
    }

    /// ``HoistedBackEdge`` of block `b`, if its back edge's copies may run before its branch.
    func hoistedBackEdge(_ b: Int) -> HoistedBackEdge? { HoistedBackEdge(latch: b, function: function, assignment: assignment) }

    mutating func lowerBranch(_ d: InstructionView, block: Int) throws {
        if d.operands.count == 1 {
            try emitEdge(from: block, to: d.operands[0])
            return
        }
        let condition: BranchCondition
        let c = d.operands[0]
        if c.kind == .instruction, selection.isFolded(c.index),
           let (isOr, x, y) = shortCircuit(c.index)
        {
            // Short-circuit: `or` jumps to the true block when the first compare holds, `and` to
            // the false block when it does not; the second compare decides the rest.
            let first = try emitCompare(Inst(x.index))
            let decided = isOr ? d.operands[1] : d.operands[2]
            let target = hasMoves(from: block, to: decided) ? deferredEdge(from: block, to: decided) : try jumpLabel(from: block, to: decided)
            try jump(when: first, holds: isOr, to: target)
            condition = try emitCompare(Inst(y.index))
        } else if c.kind == .instruction, selection.isFolded(c.index) {
            condition = try emitCompare(Inst(c.index))
        } else if let bits = constantValue(c) {
            condition = bits & 1 != 0 ? .always : .never
        } else {
            switch location(c) {
            case .gpr(let r): try asm.test(r.dword, r.dword)
            case .slot(let o): try asm.cmp(.byte(.rbp, o), 0)
            default:
                try load(c, .rax)
                try asm.test(.eax, .eax)
            }
            condition = .single(.ne)
        }
        try emitConditionalBranch(condition, then: d.operands[1], else: d.operands[2], block: block)
    }

    /// Jumps to `target` when `condition` holds (`holds` true) or when it does not (false), and
    /// falls through otherwise.
    mutating func jump(when condition: BranchCondition, holds: Bool, to target: Label) throws {
        switch (condition, holds) {
        case (.always, true), (.never, false): try asm.jmp(target)
        case (.always, false), (.never, true): break
        case (.single(let cc), _): try asm.j(holds ? cc : cc.negated, target)
        case (.either(let a, let b), true), (.both(let a, let b), false):
            // a or b / not (a and b) = not a or not b.
            let (x, y) = holds ? (a, b) : (a.negated, b.negated)
            try asm.j(x, target)
            try asm.j(y, target)
        case (.both(let a, let b), true), (.either(let a, let b), false):
            // a and b / not (a or b) = not a and not b.
            let (x, y) = holds ? (a, b) : (a.negated, b.negated)
            let skip = asm.newLabel()
            try asm.j(x.negated, skip)
            try asm.j(y, target)
            try asm.bind(skip)
        }
    }

    /// Jumps to `then` when `condition` holds, to `otherwise` if not; the edge of the block laid
    /// out next falls through when it carries no copies.
    mutating func emitConditionalBranch(_ condition: BranchCondition, then: Value, else otherwise: Value, block: Int) throws {
        switch condition {
        case .always: return try emitEdge(from: block, to: then)
        case .never: return try emitEdge(from: block, to: otherwise)
        default: break
        }
        if let h = hoistedBackEdge(block) {
            // The back edge's copies, then one jump back to the loop; the exit's copies follow.
            keepsFlags = true
            try emit(h.moves)
            keepsFlags = false
            try jump(when: condition, holds: h.loop == then.index, to: try jumpLabel(from: block, to: .block(Block(h.loop))))
            hoisted = h
            defer { hoisted = nil }
            return try emitEdge(from: block, to: .block(Block(h.exit)))
        }
        let thenMoves = hasMoves(from: block, to: then), elseMoves = hasMoves(from: block, to: otherwise)
        if case .single(let cc) = condition, !thenMoves, then.index == block + 1 {
            // Invert, so that the next block follows without a jump.
            try asm.j(cc.negated, elseMoves ? deferredEdge(from: block, to: otherwise) : try jumpLabel(from: block, to: otherwise))
            return
        }
        if case .single(let cc) = condition, thenMoves, !elseMoves {
            // The edge with copies inline (a loop's exit, often), a jump for the other: no jump
            // over a stub on the hot path.
            try asm.j(cc.negated, try jumpLabel(from: block, to: otherwise))
            try emitEdge(from: block, to: then)
            return
        }
        if case .single(let cc) = condition, !thenMoves, !elseMoves, otherwise.index <= block,
           then.index > block || then.index < otherwise.index
        {
            // A loop latch: the conditional jump goes back to the loop (the nearer backward
            // target when both are), the exit jumps once.
            try asm.j(cc.negated, try jumpLabel(from: block, to: otherwise))
            try emitEdge(from: block, to: then)
            return
        }
        let thenTarget = thenMoves ? deferredEdge(from: block, to: then) : try jumpLabel(from: block, to: then)
        switch condition {
        case .single(let cc):
            try asm.j(cc, thenTarget)
        case .either(let a, let b):
            try asm.j(a, thenTarget)
            try asm.j(b, thenTarget)
        case .both(let a, let b):
            let no = asm.newLabel()
            try asm.j(a.negated, no)
            try asm.j(b, thenTarget)
            try asm.bind(no)
        case .always, .never:
            break
        }
        try emitEdge(from: block, to: otherwise)
    }

    /// A label for the edge `from` → `to` whose phi copies are emitted out of line, after the
    /// function's blocks.
    mutating func deferredEdge(from: Int, to: Value) -> Label {
        let stub = asm.newLabel()
        deferredStubs.append(stub)
        deferredEdges.append(.block(Block(from)))
        deferredEdges.append(to)
        return stub
    }

    /// Emits the out-of-line edges: copies, then a jump to the target block.
    mutating func emitDeferredEdges() throws {
        var k = 0
        while k < deferredStubs.count {
            try asm.bind(deferredStubs[k])
            try emitEdge(from: deferredEdges[2 * k].index, to: deferredEdges[2 * k + 1], mayFallThrough: false)
            k += 1
        }
        deferredStubs = []
        deferredEdges = []
    }

    /// A switch: a jump table when the cases are dense, a balanced binary search when they are
    /// many and sparse, otherwise a chain of compares; each case with phi copies gets its own
    /// edge stub.
    mutating func lowerSwitch(_ d: InstructionView, block: Int) throws {
        let w = try width(typeOf(d.operands[0]))
        let r = try gpr(d.operands[0], .rax)
        var cases: [(value: UInt64, target: Value)] = []
        var k = 2
        while k + 1 < d.operands.count {
            guard d.operands[k].kind == .constant, case .int(_, let bits) = module.constants[d.operands[k].index] else {
                throw unsupported("switch case that is not an integer constant")
            }
            cases.append((bits & widthMask(w), d.operands[k + 1]))
            k += 2
        }
        func target(_ t: Value, _ me: inout Self) throws -> Label {
            me.hasMoves(from: block, to: t) ? me.deferredEdge(from: block, to: t) : try me.jumpLabel(from: block, to: t)
        }
        if try emitJumpTable(r, width: w, cases: cases, default: d.operands[1], block: block, target: { t, me in try target(t, &me) }) {
            // Done: the table's entries and the default edge are emitted.
        } else if cases.count > 4 {
            // Sparse: a balanced binary search over the sorted values (unsigned order, which is
            // the order of the canonical zero-extended values).
            var sorted: [(value: UInt64, target: Label)] = []
            for (value, t) in cases { sorted.append((value, try target(t, &self))) }
            sorted.sort { $0.value < $1.value }
            let fallback = try target(d.operands[1], &self)
            try emitSearchTree(r, width: w, sorted[...], default: fallback)
        } else {
            for (value, t) in cases {
                try compareCase(r, width: w, value)
                try asm.j(.e, try target(t, &self))
            }
            try emitEdge(from: block, to: d.operands[1])
        }
    }

    /// `cmp r, value` at the switch's width (32 bits for widths up to 32).
    mutating func compareCase(_ r: GPR64, width: Int, _ value: UInt64) throws {
        if width <= 32 {
            try asm.cmp(r.dword, Int64(Int32(truncatingIfNeeded: value)))
        } else if let imm = Int32(exactly: Int64(bitPattern: value)) {
            try asm.cmp(r, Int64(imm))
        } else {
            try loadImmediate(.rcx, value)
            try asm.cmp(r, .rcx)
        }
    }

    /// Binary search: compare with the middle case, jump to it if equal, to the upper half if
    /// above, fall into the lower half; three cases or fewer are compared in turn.
    mutating func emitSearchTree(_ r: GPR64, width: Int, _ cases: ArraySlice<(value: UInt64, target: Label)>,
                                 default fallback: Label) throws
    {
        if cases.count <= 3 {
            for c in cases {
                try compareCase(r, width: width, c.value)
                try asm.j(.e, c.target)
            }
            try asm.jmp(fallback)
            return
        }
        let mid = cases.startIndex + cases.count / 2
        let upper = asm.newLabel()
        try compareCase(r, width: width, cases[mid].value)
        try asm.j(.e, cases[mid].target)
        try asm.j(.a, upper)
        try emitSearchTree(r, width: width, cases[..<mid], default: fallback)
        try asm.bind(upper)
        try emitSearchTree(r, width: width, cases[(mid + 1)...], default: fallback)
    }

    /// A jump table for a switch of at least 4 cases that fill at least 40% of their range:
    /// `sub` the smallest case, one unsigned compare against the range for the default, then an
    /// indirect jump through a table of absolute addresses placed after the function's code.
    /// Returns false (emitting nothing) when the cases are too sparse.
    mutating func emitJumpTable(_ r: GPR64, width: Int, cases: [(value: UInt64, target: Value)], default fallback: Value,
                                block: Int, target: (Value, inout Self) throws -> Label) throws -> Bool
    {
        guard cases.count >= 4 else { return false }
        let signedValues = cases.map { signExtended($0.value, from: width) }
        guard let lo = signedValues.min(), let hi = signedValues.max() else { return false }
        let (range, overflow) = hi.subtractingReportingOverflow(lo)
        guard !overflow, range < 4096, Int64(cases.count) * 10 >= (range + 1) * 4, Int32(exactly: lo) != nil else { return false }
        // rcx = sign-extended value - lo; unsigned above range → default.
        try signExtend(.rcx, from: r, width)
        if lo != 0 { try asm.sub(.rcx, lo) }
        try asm.cmp(.rcx, range)
        let defaultLabel = try target(fallback, &self)
        try asm.j(.a, defaultLabel)
        var entries = [Label](filling: defaultLabel, count: Int(range) + 1)
        for (k, c) in cases.enumerated().reversed() {
            entries[Int(signedValues[k] - lo)] = try target(c.target, &self)
        }
        let table = asm.newLabel()
        try asm.lea(.rdx, Memory(rip: table))
        try asm.jmp(.qword(Memory(.rdx, IndexRegister.rcx, .x8)))
        jumpTables.append((table, entries))
        return true
    }

    /// Emits the jump tables of the function (after its code): the loader fills in absolute
    /// addresses.
    mutating func emitJumpTables() throws {
        guard !jumpTables.isEmpty else { return }
        try asm.alignData(8)
        for (table, entries) in jumpTables {
            try asm.bind(table)
            for e in entries { try asm.dq(e) }
        }
        jumpTables = []
    }
}
