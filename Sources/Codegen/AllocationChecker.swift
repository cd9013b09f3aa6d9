// A symbolic checker for register allocation, in the manner of regalloc2's: it runs the function
// over abstract machine states, where each register and frame slot holds the name of an IR value
// (or nothing known), and checks that every operand is read from a location that holds that very
// value on every path.
//
//   entry        the ABI registers hold the parameters; the prologue's parallel copy (in the
//                order the compiler emits it) moves them to their locations
//   instruction  reads: each operand (and each operand of an instruction folded into it) must be
//                in its location; then a call forgets every caller-saved register, and the
//                result's location is set to the result
//   edge         the phi copies, in the order the compiler emits them (cycles through the
//                scratch register included), must leave each phi's incoming value in the phi's
//                location; then the location holds the phi
//   join         states meet by keeping the facts every predecessor agrees on
//
// The scratch registers (rax, rcx, rdx, r11, xmm0, xmm1, xmm15) may hold no value, since
// instruction lowering overwrites them freely. What it cannot see is the inside of an
// instruction's lowering; the differential tests cover that.
//
// It also checks folds: an emitted instruction may not read a value folded elsewhere (which has
// no value of its own), and folded loads are read at the root of their chain of folds, later in
// their block, with no store or call in between (``Selection/misplacedFoldedLoad(in:)``).

import IR
import X86

/// An allocation error: the value an operand should have, and what its location holds.
struct AllocationError: Error, CustomStringConvertible {
    var function: String
    var message: String
    var description: String { "\(function): \(message)" }
}

struct AllocationChecker {
    let function: Function
    let module: Module
    let layout: DataLayout
    let selection: Selection
    let assignment: RegisterAssignment
    let callees: Callees

    /// Abstract locations: 16 GPRs, 16 XMMs, then frame slots by offset.
    private enum Key: Hashable {
        case gpr(UInt8), xmm(UInt8), slot(Int32)
    }

    /// What a location holds: a value id (instructions, then parameters), or a constant copied
    /// into a phi on an edge (tagged by the phi).
    private typealias Fact = Int

    private func key(_ l: Location) -> Key? {
        switch l {
        case .gpr(let r): .gpr(r.number)
        case .xmm(let x): .xmm(x.number)
        case .slot(let o): .slot(o)
        case .none, .frame: nil
        }
    }

    private func id(_ v: Value) -> Int? {
        switch v.kind {
        case .instruction: v.index
        case .argument: function.instructions.count + v.index
        case .global: assignment.hoistedIndex[v.index].map { function.instructions.count + function.type.parameters.count + $0 }
        default: nil
        }
    }

    /// A fact meaning "the constant operand of the phi copy into phi `p`".
    private func constantFact(_ phi: Int) -> Fact { -2 - phi }

    /// Checks the whole function; throws the first inconsistency found.
    func check() throws(AllocationError) {
        func reserved(_ l: Location) -> Bool {
            switch l {
            case .gpr(let r): [0, 1, 2, 4, 5, 11].contains(r.number)
            case .xmm(let x): [0, 1, 15].contains(x.number)
            default: false
            }
        }
        if let message = selection.misplacedFoldedLoad(in: function) { throw fail(message) }
        for (i, l) in assignment.instructions.enumerated() where reserved(l) {
            throw fail("the result of %\(i) is in a scratch or frame register")
        }
        for (a, l) in assignment.arguments.enumerated() where reserved(l) {
            throw fail("parameter \(a) is in a scratch or frame register")
        }
        let blocks = function.blocks.count
        guard blocks > 0 else { return }
        var entryState: [[Key: Fact]?] = Array(filling: nil, count: blocks)
        entryState[0] = try prologueState()
        // Forward data flow to a fixed point (states only lose facts), then a checking pass.
        var worklist = [0]
        var inList = [Bool](filling: false, count: blocks)
        inList[0] = true
        var iterations = 0
        while let b = worklist.popLast() {
            inList[b] = false
            iterations += 1
            if iterations > 100 * blocks + 1000 { break }
            guard let state = entryState[b] else { continue }
            let exits = try run(block: b, from: state, checking: false)
            for (s, out) in exits {
                let merged: [Key: Fact]
                if let old = entryState[s] {
                    merged = old.filter { out[$0.key] == $0.value }
                    if merged.count == old.count { continue }
                } else {
                    merged = out
                }
                entryState[s] = merged
                if !inList[s] { inList[s] = true; worklist.append(s) }
            }
        }
        for b in 0..<blocks {
            if let state = entryState[b] { _ = try run(block: b, from: state, checking: true) }
        }
    }

    private func fail(_ message: String) -> AllocationError {
        AllocationError(function: function.name, message: message)
    }

    /// The state after the prologue: parameters in their ABI registers, then the parallel copy.
    private func prologueState() throws(AllocationError) -> [Key: Fact] {
        var state: [Key: Fact] = [:]
        let incoming: ArgumentAssignment
        do {
            incoming = try CallingConvention.assign(function.type.parameters, function.parameterAttributes, layout: layout)
        } catch {
            throw fail("parameters: \(error)")
        }
        let n = function.instructions.count
        for i in function.type.parameters.indices {
            switch incoming.locations[i] {
            case .gpr(let r): state[.gpr(CallingConvention.argumentGPRs[r].number)] = n + i
            case .xmm(let x): state[.xmm(UInt8(x))] = n + i
            default: break
            }
        }
        apply(ParallelMoves.parameters(function: function, assignment: assignment, incoming: incoming), to: &state)
        for i in function.type.parameters.indices {
            switch incoming.locations[i] {
            case .stack, .byValue: if let k = key(assignment.arguments[i]) { state[k] = n + i }
            default: break
            }
        }
        let p = function.type.parameters.count
        for (h, l) in assignment.hoisted.enumerated() {
            if let k = key(l) { state[k] = n + p + h }
        }
        for i in function.type.parameters.indices {
            if let k = key(assignment.arguments[i]), state[k] != n + i {
                throw fail("parameter \(i) is not in its location after the prologue")
            }
        }
        return state
    }

    /// Applies a sequence of copies the way the compiler emits them.
    private func apply(_ moves: ParallelMoves, to state: inout [Key: Fact], phis: [Int: Int] = [:]) {
        for m in moves.sequenced() {
            guard let d = key(m.destination) else { continue }
            if let s = m.source.flatMap(key) {
                state[d] = state[s]
            } else if let v = m.value, let i = id(v) {
                // A value without a location (unused or an address): it is what it is.
                state[d] = i
            } else {
                state[d] = phis[m.destination.hashKey] ?? -1
            }
        }
    }

    /// Runs block `b` from `state`; returns the state on each outgoing edge.
    private func run(block b: Int, from start: [Key: Fact], checking: Bool) throws(AllocationError) -> [(Int, [Key: Fact])] {
        var state = start
        let allocator = RegisterAllocator(function: function, module: module, selection: selection, enabled: true, layout: layout, callees: callees)
        var exits: [(Int, [Key: Fact])] = []
        for inst in function.blocks[b].instructions {
            let d = function.instructions[inst.index]
            if selection.isFolded(inst.index) || d.opcode == .phi { continue }
            if checking {
                var problem: String?
                allocator.forEachUse(inst) { i in
                    guard problem == nil else { return }
                    let n = function.instructions.count, p = function.type.parameters.count
                    // A value folded into another instruction (or unused) has no value of its
                    // own: only what it is folded into may read it, as part of its own code.
                    if i < n && selection.isFolded(i) {
                        let into = selection.foldedInto[i]
                        problem = "%\(inst.index) (\(d.opcode)) reads %\(i), "
                            + (into >= 0 ? "which is folded into %\(into)" : "which emits no code")
                        return
                    }
                    let v: Value = i < n ? .instruction(Inst(i)) : i < n + p ? .argument(i - n)
                        : .global(selection.hoistedGlobals[i - n - p])
                    guard let k = key(assignment.location(v)) else { return }
                    if state[k] != i {
                        problem = "%\(inst.index) (\(d.opcode)) reads \(v) from \(k), which holds \(state[k].map { "\($0)" } ?? "nothing known")"
                    }
                }
                if let problem { throw fail(problem) }
            }
            if callees.isCall(d.opcode, d.operands.first) {
                // Values split around the call must be in their registers to be saved.
                let saved = assignment.savesAtCall[inst.index] ?? []
                for i in saved {
                    guard let k = key(assignment.location(ofID: i)) else { continue }
                    if checking && state[k] != i {
                        let held = state[k].map { "\($0) (live \(assignment.intervals[$0]))" } ?? "nothing known"
                        throw fail("%\(inst.index) (call, at \(assignment.position[inst.index])) saves value \(i) "
                                   + "(live \(assignment.intervals[i])) from \(k), which holds \(held)")
                    }
                }
                for r in AllocatableRegisters.clobberedByCall { state[.gpr(r.number)] = nil }
                for x in 0..<16 { state[.xmm(UInt8(x))] = nil }
                for i in saved { if let k = key(assignment.location(ofID: i)) { state[k] = i } }
            }
            if let k = key(assignment.instructions[inst.index]) { state[k] = inst.index }
            if d.opcode.info.isTerminator {
                var successors: [Int] = []
                for v in d.operands where v.kind == .block && !successors.contains(v.index) { successors.append(v.index) }
                // Copies a loop's back edge runs before the branch run on the exit path too.
                // (The short-circuit jump of a branch on `and`/`or` leaves before them.)
                let hoisted = HoistedBackEdge(latch: b, function: function, assignment: assignment)
                for s in successors {
                    exits.append((s, try edge(from: b, to: s, state, checking: checking)))
                    if let hoisted, hoisted.exit == s {
                        var before = state
                        apply(hoisted.moves, to: &before)
                        exits.append((s, try edge(from: b, to: s, before, moves: hoisted.exitMoves, checking: checking)))
                    }
                }
            }
        }
        return exits
    }

    /// The state on edge `b` → `s` from `state` at the branch: the edge's phi copies (`moves`,
    /// or those of ``ParallelMoves/edge(from:to:function:assignment:)``), in the order the
    /// compiler emits them, must leave each phi's incoming value in its location.
    private func edge(from b: Int, to s: Int, _ state: [Key: Fact], moves: ParallelMoves? = nil, checking: Bool)
        throws(AllocationError) -> [Key: Fact]
    {
        var out = state
        let moves = moves ?? ParallelMoves.edge(from: b, to: s, function: function, assignment: assignment)
        var constantTags: [Int: Int] = [:]
        var expected: [(phi: Int, key: Key, fact: Fact)] = []
        for p in function.blocks[s].instructions {
            let pd = function.instructions[p.index]
            guard pd.opcode == .phi, !pd.type.isAggregate else { break }
            guard let k = key(assignment.instructions[p.index]) else { continue }
            guard let v = pd.incomingValue(from: b) else { continue }
            if let i = id(v) {
                expected.append((p.index, k, i))
            } else {
                constantTags[assignment.instructions[p.index].hashKey] = constantFact(p.index)
                expected.append((p.index, k, constantFact(p.index)))
            }
        }
        if checking {
            // Each copy's source must hold its value before the copies run.
            for m in moves.moves {
                guard let sk = m.source.flatMap(key), let v = m.value ?? sourceValue(of: m, b, s) else { continue }
                if let i = id(v), out[sk] != i {
                    throw fail("edge bb\(b) → bb\(s): the copy of \(v) reads \(sk), which holds \(out[sk].map { "\($0)" } ?? "nothing known")")
                }
            }
        }
        apply(moves, to: &out, phis: constantTags)
        for e in expected {
            if checking, out[e.key] != e.fact {
                throw fail("edge bb\(b) → bb\(s): phi %\(e.phi) does not receive its incoming value")
            }
            out[e.key] = e.phi
        }
        return out
    }

    /// The incoming value a phi copy carries (for messages and the source check).
    private func sourceValue(of m: ParallelMoves.Move, _ from: Int, _ to: Int) -> Value? {
        for p in function.blocks[to].instructions {
            let pd = function.instructions[p.index]
            guard pd.opcode == .phi else { break }
            guard assignment.instructions[p.index] == m.destination else { continue }
            return pd.incomingValue(from: from)
        }
        return nil
    }
}

extension Location {
    /// A number that identifies the location (for tables keyed by location).
    var hashKey: Int {
        switch self {
        case .none: 0
        case .gpr(let r): 1 + Int(r.number)
        case .xmm(let x): 17 + Int(x.number)
        case .slot(let o): 100 + Int(-o)
        case .frame(let o): -1 - Int(-o)
        }
    }
}

extension AllocationChecker {
    /// Allocates registers for every defined function of `module` as the compiler does and checks
    /// each allocation; `mutateSelection` may change the selection and `mutate` an assignment
    /// first (tests use them to plant errors).
    static func check(_ module: Module, mutate: (Function, inout RegisterAssignment) -> Void = { _, _ in },
                      mutateSelection: (Function, inout Selection) -> Void = { _, _ in }) throws -> Int
    {
        let layout = DataLayout(module: module)
        let callees = Callees(module: module)
        var checked = 0
        for f in module.functions where !f.isDeclaration {
            let f = FunctionCompiler.prepared(f)
            var selection = Selection(function: f, module: module, layout: layout)
            mutateSelection(f, &selection)
            var a = RegisterAllocator(function: f, module: module, selection: selection, enabled: true, layout: layout,
                                      callees: callees).allocate()
            _ = try Frame(function: f, module: module, layout: layout, assignment: &a)
            mutate(f, &a)
            try AllocationChecker(function: f, module: module, layout: layout, selection: selection, assignment: a,
                                  callees: callees).check()
            checked += 1
        }
        return checked
    }
}
