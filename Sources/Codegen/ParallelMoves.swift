// Parallel copies: a set of moves that must behave as if every source were read before any
// destination is written. Phi copies on an edge, call arguments and incoming parameters are all
// parallel copies between registers and frame slots.
//
// Sequentialization: repeatedly emit a move whose destination no other pending move still reads;
// when only cycles remain (a swap of two registers, say), save one source in a scratch register
// (rax, or xmm15 for xmm values), let its readers read the scratch, and go on. Slot-to-slot moves
// go through r11. Moves whose source is a constant or an address read no location, except that
// a constant bound for an xmm register may be built in r11 (a float's bits, a packed constant's
// address): such a move counts as reading r11, so an indirect call's `r11 ← callee` is emitted
// after it.

import IR
import X86

/// A set of moves to perform in parallel.
struct ParallelMoves {
    struct Move {
        var destination: Location
        /// A register or slot the move reads, or nil when `value` is a constant or address.
        var source: Location?
        /// The operand, when the source is not a location.
        var value: Value?
        var type: IRType

        /// Whether performing the move reads `location`.
        func reads(_ location: Location) -> Bool {
            if let source { return source == location }
            if case .xmm = destination { return location == .gpr(.r11) }
            return false
        }
    }

    var moves: [Move] = []

    /// Adds `destination ← source`.
    mutating func add(_ destination: Location, from source: Location, type: IRType) {
        if destination != source { moves.append(Move(destination: destination, source: source, value: nil, type: type)) }
    }

    var isEmpty: Bool { moves.isEmpty }

    /// The moves in an order that gives the parallel semantics, with cycles broken through a
    /// scratch register (rax, or xmm15 for xmm values).
    func sequenced() -> [Move] {
        // Usually no move writes what another reads: the moves in their own order, which is what
        // the loop below would make of them (without the two arrays it allocates).
        if !moves.indices.contains(where: { k in
            moves.indices.contains { j in j != k && moves[j].reads(moves[k].destination) }
        }) {
            return moves
        }
        var pending = moves
        var result: [Move] = []
        result.reserveCapacity(pending.count + 1)
        while !pending.isEmpty {
            var progressed = false
            var k = 0
            while k < pending.count {
                let d = pending[k].destination
                let blocked = pending.indices.contains { j in j != k && pending[j].reads(d) }
                if blocked {
                    k += 1
                    continue
                }
                result.append(pending[k])
                pending.remove(at: k)
                progressed = true
            }
            if progressed { continue }
            // Only cycles: park the first such move's source in a scratch register. (A move from
            // a constant is blocked only by a reader of its destination, so one with a source is
            // among the blocked moves.)
            let first = pending.firstIndex { $0.source != nil }!
            let saved = pending[first].source!
            let scratch: Location = ValueClass(pending[first].type) == .xmm ? .xmm(.xmm15) : .gpr(.rax)
            result.append(Move(destination: scratch, source: saved, value: nil, type: pending[first].type))
            for j in pending.indices where pending[j].source == saved { pending[j].source = scratch }
        }
        return result
    }
}

extension ParallelMoves {
    /// Adds `destination ← v`, reading `v` from its location in `assignment` if it has one.
    mutating func add(_ destination: Location, _ v: Value, _ type: IRType, _ assignment: RegisterAssignment) {
        let l = assignment.location(v)
        switch l {
        case .gpr, .xmm, .slot:
            add(destination, from: l, type: type)
        default:
            moves.append(Move(destination: destination, source: nil, value: v, type: type))
        }
    }

    /// The copies into the (non-aggregate) phis of block `to` on the edge from block `from`.
    static func edge(from: Int, to: Int, function: Function, assignment: RegisterAssignment) -> ParallelMoves {
        var moves = ParallelMoves()
        // (Field by field: a copy of each phi, retaining its operands and type, showed in profiles.)
        for inst in function.blocks[to].instructions {
            guard function.instructions[inst.index].opcode == .phi else { break }
            let type = function.instructions[inst.index].type
            guard !type.isAggregate else { continue }
            if let v = InstructionData.incomingValue(in: function.instructions[inst.index].operands, from: from) {
                moves.add(assignment.instructions[inst.index], v, type, assignment)
            }
        }
        return moves
    }

    /// The copies of the register parameters from their ABI registers to their locations.
    static func parameters(function: Function, assignment: RegisterAssignment, incoming: ArgumentAssignment) -> ParallelMoves {
        var moves = ParallelMoves()
        for (i, t) in function.type.parameters.enumerated() where assignment.arguments[i] != .none {
            switch incoming.locations[i] {
            case .gpr(let n): moves.add(assignment.arguments[i], from: .gpr(CallingConvention.argumentGPRs[n]), type: t)
            case .xmm(let n): moves.add(assignment.arguments[i], from: .xmm(XMM.all[n]), type: t)
            default: break
            }
        }
        return moves
    }
}

/// The copies of a loop's back edge run before the conditional branch that ends the loop's
/// latch, so that the branch is one conditional jump back to the loop and the copies of the
/// exit edge fall through towards the exit. Each iteration then takes one jump instead of a
/// jump over the copies and a jump back; the exit path runs the back edge's copies once, for
/// nothing, and then its own.
///
/// It applies to `br i1 %c, label %x, label %y` ending block `latch` when one target is at or
/// before the latch in layout order (the loop's header) and the other after it, neither has
/// aggregate phis, the back edge has copies, each of them writes a register (a general-purpose
/// one, or an xmm register from a location: no constant is built through r11), and no register
/// they write holds a value live into the exit. A copy of the exit edge whose source they
/// overwrite reads the value where they copied it (the loop's `%b = phi [%b2, %loop]` and the
/// exit's `%r = phi [%b2, %loop]`: `%r` takes `%b2` from `%b`'s register), and so does an exit
/// phi that shares its register with its incoming value (which needed no copy before); if they
/// copied it nowhere, nothing is hoisted. The compiler emits the copies between the compare and the jump
/// with moves that leave the flags alone; the allocation checker replays them on the exit path.
struct HoistedBackEdge {
    /// The back edge's target (the loop's header) and its copies.
    var loop: Int
    var moves: ParallelMoves
    /// The exit edge's target and its copies, to run after ``moves``.
    var exit: Int
    var exitMoves: ParallelMoves

    init?(latch b: Int, function: borrowing Function, assignment: borrowing RegisterAssignment) {
        guard let last = function.blocks[b].instructions.last,
              function.instructions[last.index].opcode == .br else { return nil }
        let operands = function.instructions[last.index].operands
        let n = function.blocks.count
        guard operands.count == 3, operands[1].kind == .block, operands[2].kind == .block,
              operands[1].index < n, operands[2].index < n else { return nil }
        let (x, y) = (operands[1].index, operands[2].index)
        if x <= b && y > b { (loop, exit) = (x, y) } else if y <= b && x > b { (loop, exit) = (y, x) } else { return nil }
        func hasAggregatePhi(_ block: Int) -> Bool {
            for inst in function.blocks[block].instructions {
                guard function.instructions[inst.index].opcode == .phi else { return false }
                if function.instructions[inst.index].type.isAggregate { return true }
            }
            return false
        }
        guard !hasAggregatePhi(loop), !hasAggregatePhi(exit) else { return nil }
        moves = ParallelMoves.edge(from: b, to: loop, function: function, assignment: assignment)
        guard !moves.isEmpty else { return nil }
        // Each register written, and where its old value went (`.none`: nowhere). (Two arrays,
        // not pairs: see ArrayFilling.swift on one-off types.)
        var written: [Location] = [], copies: [Location] = []
        for m in moves.moves {
            switch m.destination {
            case .gpr: break
            case .xmm where m.source != nil: break
            default: return nil
            }
            written.append(m.destination)
            copies.append(moves.moves.first { $0.source == m.destination }?.destination ?? .none)
        }
        var clash = false
        assignment.forEachLiveIn(exit) { l in if written.contains(l) { clash = true } }
        guard !clash else { return nil }
        exitMoves = ParallelMoves.edge(from: b, to: exit, function: function, assignment: assignment)
        for k in exitMoves.moves.indices {
            guard let source = exitMoves.moves[k].source, let w = written.firstIndex(of: source) else { continue }
            guard copies[w] != .none else { return nil }
            exitMoves.moves[k].source = copies[w]
        }
        // A copy renamed to read its own destination has nothing left to do.
        exitMoves.moves.removeAll { $0.source == $0.destination }
        // An exit phi whose incoming value is already in the phi's own register has no copy on
        // the exit edge; if the back edge's copies overwrite that register, it takes the value
        // from where they put it.
        for inst in function.blocks[exit].instructions {
            guard function.instructions[inst.index].opcode == .phi else { break }
            guard let v = InstructionData.incomingValue(in: function.instructions[inst.index].operands, from: b) else { continue }
            let location = assignment.instructions[inst.index]
            guard assignment.location(v) == location, let w = written.firstIndex(of: location) else { continue }
            guard copies[w] != .none else { return nil }
            exitMoves.add(location, from: copies[w], type: function.instructions[inst.index].type)
        }
    }
}

extension RegisterAssignment {
    /// Where the value with id `i` (instructions, then parameters, then hoisted globals) lives.
    func location(ofID i: Int) -> Location {
        if i < instructions.count { return instructions[i] }
        if i < instructions.count + arguments.count { return arguments[i - instructions.count] }
        return hoisted[i - instructions.count - arguments.count]
    }

    /// Where an instruction result or parameter lives; `.none` for everything else.
    func location(_ v: Value) -> Location {
        switch v.kind {
        case .instruction: instructions[v.index]
        case .argument: arguments[v.index]
        case .global: hoistedIndex[v.index].map { hoisted[$0] } ?? .none
        default: .none
        }
    }
}

extension FunctionCompiler {
    /// Emits the moves in an order that gives the parallel semantics.
    mutating func emit(_ parallel: ParallelMoves) throws {
        for m in parallel.sequenced() { try emitMove(m) }
    }

    /// Emits one move (the destination is a register or slot).
    mutating func emitMove(_ m: ParallelMoves.Move) throws {
        let t = m.type
        guard let source = m.source else {
            // A constant or an address.
            guard let v = m.value else { return }
            switch m.destination {
            case .gpr(let r): try load(v, r)
            case .xmm(let x): try loadXMM(v, x, t)
            case .slot(let o) where t.isPacked:
                // xmm0 is never allocated, and these moves (phi copies) do not set argument registers.
                try loadXMM(v, .xmm0, t)
                try storeXMM(.xmm0, t, to: Memory(.rbp, o))
            case .slot(let o):
                try load(v, .r11)
                try asm.mov(.qword(.rbp, o), .r11)
            case .none, .frame: break
            }
            return
        }
        let narrow = Self.isNarrow(t)
        switch (m.destination, source) {
        case (.gpr(let d), .gpr(let s)): try asm.mov(d, s)
        case (.gpr(let d), .xmm(let s)): if t == .float { try asm.movd(d.dword, s) } else { try asm.movq(d, s) }
        case (.gpr(let d), .slot(let o)): if narrow { try asm.mov(d.dword, .dword(.rbp, o)) } else { try asm.mov(d, .qword(.rbp, o)) }
        case (.xmm(let d), .xmm(let s)): try asm.movaps(d, s)
        case (.xmm(let d), .gpr(let s)): if t == .float { try asm.movd(d, s.dword) } else { try asm.movq(d, s) }
        case (.xmm(let d), .slot(let o)): try loadXMM(d, t, from: Memory(.rbp, o))
        case (.slot(let o), .gpr(let s)): try asm.mov(.qword(.rbp, o), s)
        case (.slot(let o), .xmm(let s)): try storeXMM(s, t, to: Memory(.rbp, o))
        case (.slot(let o), .slot(let p)):
            for k in stride(from: 0, to: t.isPacked ? 16 : 8, by: 8) {
                try asm.mov(.r11, .qword(.rbp, p + Int32(k)))
                try asm.mov(.qword(.rbp, o + Int32(k)), .r11)
            }
        default:
            break
        }
    }
}
