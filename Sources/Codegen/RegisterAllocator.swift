// Register allocation: liveness over the IR, then linear scan (Poletto and Sarkar) with move
// hints, over the general-purpose and xmm registers.
//
//   positions   each block gets a start position (its phis are defined there), then each
//               instruction i an even position p(i): its operands are read at p(i), its result
//               is written at p(i)+1, so a result may take the register of an operand that dies
//               at the same instruction; the block's end position follows its terminator (the
//               phi copies on its outgoing edges read their sources there)
//   liveness    live-in sets per block by backward data flow over bit sets
//   intervals   one range per value, from the first to the last position where it is live
//   linear scan by increasing start; a value live across a call only gets a callee-saved
//               register (rbx, r12-r15) or a stack slot (xmm registers are all caller-saved);
//               when no register is free, the interval with the lowest spill cost (uses
//               weighted by loop depth, per position covered) goes to a slot
//
// rax, rcx, rdx, r11 and xmm0, xmm1, xmm15 are never allocated: instruction lowering uses them as
// scratch (division, shifts by cl, call results, copies through memory, breaking cycles of
// parallel copies). rsp and rbp hold the frame.

import IR
import X86

/// Where a value lives while it is live.
enum Location: Equatable {
    /// No location: void, folded into its user, or never used.
    case none
    case gpr(GPR64)
    case xmm(XMM)
    /// A frame slot (spilled scalar) or area (aggregate) at rbp+offset; offsets are filled in by
    /// the frame layout after allocation.
    case slot(Int32)
    /// A static alloca: the value is the address rbp+offset itself.
    case frame(Int32)
}

/// The registers each class may allocate, callee-saved ones last so short values take the
/// caller-saved registers first.
enum AllocatableRegisters {
    static let callerSavedGPRs: [GPR64] = [.rsi, .rdi, .r8, .r9, .r10]
    static let calleeSavedGPRs: [GPR64] = [.rbx, .r12, .r13, .r14, .r15]
    // The two lists as literals, which need nothing computed at their first use (a test checks
    // them against what they stand for).
    /// `callerSavedGPRs + calleeSavedGPRs`.
    static let gprs: [GPR64] = [.rsi, .rdi, .r8, .r9, .r10, .rbx, .r12, .r13, .r14, .r15]
    /// xmm2 to xmm14 (xmm0, xmm1 and xmm15 are scratch registers, never allocated).
    static let xmms: [XMM] = [.xmm2, .xmm3, .xmm4, .xmm5, .xmm6, .xmm7, .xmm8, .xmm9, .xmm10, .xmm11, .xmm12, .xmm13,
                              .xmm14]
    /// Scratch registers of instruction lowering, never allocated.
    static let scratchGPRs: [GPR64] = [.rax, .rcx, .rdx, .r11]
    /// Registers a call may change: the caller-saved ones of the System V ABI.
    static let clobberedByCall: [GPR64] = [.rax, .rcx, .rdx, .rsi, .rdi, .r8, .r9, .r10, .r11]
}

/// The result of register allocation for one function.
struct RegisterAssignment {
    /// Location of each instruction's result, by instruction index.
    var instructions: [Location]
    /// Location of each parameter.
    var arguments: [Location]
    /// Location of each hoisted global address (see ``Selection/hoisted``).
    var hoisted: [Location] = []
    /// Global index → hoisted number.
    var hoistedIndex: [Int: Int] = [:]
    /// Live-range splitting around calls: for each call instruction (by index), the values in
    /// caller-saved registers that live across it; the compiler stores each to its home slot
    /// before the call and loads it back after.
    var savesAtCall: [Int: [Int]] = [:]
    /// The home slot of each value split around calls (by value id; offsets from the frame).
    var home: [Int: Int32] = [:]
    /// The callee-saved registers the function uses (saved in the prologue).
    var calleeSaved: [GPR64] = []
    /// Position of every instruction (for the checker and dumps).
    var position: [Int32] = []
    /// Intervals, by value id (instructions, then arguments): first and last live position.
    var intervals: [(start: Int32, end: Int32)] = []
    /// Values that got a slot because no register was free (for statistics).
    var spillCount = 0
    /// Liveness: the values live into each block (its phis excluded), as bit sets of
    /// `liveWords` words per block, by value id (instructions, arguments, then hoisted addresses).
    var liveIn: [UInt64] = []
    var liveWords = 0

    /// Calls `body` with the location of every value live into block `b` (its phis excluded).
    func forEachLiveIn(_ b: Int, _ body: (Location) -> Void) {
        let base = b * liveWords
        for w in 0..<liveWords {
            var bits = liveIn[base + w]
            while bits != 0 {
                let i = w * 64 + bits.trailingZeroBitCount
                bits &= bits - 1
                if i < instructions.count + arguments.count + hoisted.count { body(location(ofID: i)) }
            }
        }
    }
}

/// The register class of a value of type `t`.
enum ValueClass {
    case gpr, xmm, memory, none

    init(_ t: IRType) {
        switch t {
        case .int(let w) where w <= 64: self = .gpr
        case .ptr: self = .gpr
        case .float, .double: self = .xmm
        case .vector where t.isPacked: self = .xmm
        case .void, .label, .metadata: self = .none
        default: self = .memory
        }
    }
}

struct RegisterAllocator {
    let function: Function
    let module: Module
    let selection: Selection
    /// Use registers at all (false: every value in a slot, the baseline's code).
    let enabled: Bool
    let layout: DataLayout
    let callees: Callees

    /// Value id of an operand, or nil for constants, globals, blocks and functions.
    func id(_ v: Value) -> Int? {
        switch v.kind {
        case .instruction: v.index
        case .argument: function.instructions.count + v.index
        case .global: selection.hoisted[v.index].map { function.instructions.count + function.type.parameters.count + $0 }
        default: nil
        }
    }

    /// Weight of a use at loop depth 0, 1, 2, ...
    static let depthWeight: [Double] = [1, 10, 100, 1000, 10000]

    func allocate() -> RegisterAssignment {
        let instructionCount = function.instructions.count
        let parameterEnd = instructionCount + function.type.parameters.count
        let valueCount = parameterEnd + selection.hoistedGlobals.count
        var assignment = RegisterAssignment(
            instructions: Array(filling: .none, count: instructionCount),
            arguments: Array(filling: .none, count: function.type.parameters.count))
        // Classes.
        var classOf = [ValueClass](filling: .none, count: valueCount)
        for block in function.blocks {
            for inst in block.instructions {
                if selection.isFolded(inst.index) || selection.isFrameAddress[inst.index] { continue }
                classOf[inst.index] = ValueClass(function.instructions[inst.index].type)
            }
        }
        for (i, t) in function.type.parameters.enumerated() { classOf[instructionCount + i] = ValueClass(t) }
        for i in parameterEnd..<valueCount { classOf[i] = .gpr }

        // Positions.
        let blockCount = function.blocks.count
        var blockStart = [Int32](filling: 0, count: blockCount)
        var blockEnd = [Int32](filling: 0, count: blockCount)
        var position = [Int32](filling: 0, count: instructionCount)
        var p: Int32 = 2
        var calls: [Int32] = []
        var callInstructions: [Int] = []
        for (b, block) in function.blocks.enumerated() {
            blockStart[b] = p
            p += 2
            for inst in block.instructions {
                position[inst.index] = p
                if callees.isCall(function.instructions[inst.index].opcode, function.instructions[inst.index].operands.first) {
                    calls.append(p)
                    callInstructions.append(inst.index)
                }
                p += 2
            }
            blockEnd[b] = p
            p += 2
        }
        assignment.position = position

        // Liveness: live-in bit sets per block.
        let words = (valueCount + 63) / 64
        var liveIn = [UInt64](filling: 0, count: blockCount * words)
        var gen = [UInt64](filling: 0, count: blockCount * words)
        var kill = [UInt64](filling: 0, count: blockCount * words)
        // Phi sources per predecessor: the values each block's outgoing edges copy.
        var phiUses = [UInt64](filling: 0, count: blockCount * words)
        // The value ids each placed, non-phi instruction reads (uses(of:into:)), computed once:
        // instruction i's are useList[useStart[i]..<useEnd[i]].
        var useList: [Int] = []
        useList.reserveCapacity(2 * instructionCount)
        var useStart = [Int32](filling: 0, count: instructionCount), useEnd = [Int32](filling: 0, count: instructionCount)
        for block in function.blocks {
            for inst in block.instructions where function.instructions[inst.index].opcode != .phi {
                useStart[inst.index] = Int32(useList.count)
                uses(of: inst, into: &useList)
                useEnd[inst.index] = Int32(useList.count)
            }
        }
        let successors = selection.successors
        let classes = classOf
        func tracked(_ v: Value) -> Int? {
            guard let i = id(v), classes[i] != .none else { return nil }
            return i
        }
        // (Through buffer pointers: a write into a local array checks its uniqueness each time.)
        gen.withUnsafeMutableBufferPointer { gen in
            kill.withUnsafeMutableBufferPointer { kill in
                phiUses.withUnsafeMutableBufferPointer { phiUses in
                    for (b, block) in function.blocks.enumerated() {
                        let base = b * words
                        for inst in block.instructions {
                            if function.instructions[inst.index].opcode == .phi {
                                var k = 0
                                while k + 1 < function.instructions[inst.index].operands.count {
                                    let pred = function.instructions[inst.index].operands[k + 1]
                                    if let i = tracked(function.instructions[inst.index].operands[k]), pred.kind == .block, pred.index < blockCount {
                                        phiUses[pred.index * words + i / 64] |= 1 << UInt64(i % 64)
                                    }
                                    k += 2
                                }
                            } else {
                                for k in Int(useStart[inst.index])..<Int(useEnd[inst.index]) {
                                    let i = useList[k]
                                    guard classOf[i] != .none else { continue }
                                    if kill[base + i / 64] & (1 << UInt64(i % 64)) == 0 { gen[base + i / 64] |= 1 << UInt64(i % 64) }
                                }
                            }
                            if classOf[inst.index] != .none { kill[base + inst.index / 64] |= 1 << UInt64(inst.index % 64) }
                        }
                    }
                }
            }
        }
        var changed = true
        var out = [UInt64](filling: 0, count: words)
        while changed {
            changed = false
            for b in stride(from: blockCount - 1, through: 0, by: -1) {
                liveOut(b, successors, liveIn, phiUses, kill, words, into: &out)
                let base = b * words
                for w in 0..<words {
                    let n = gen[base + w] | (out[w] & ~kill[base + w])
                    if n != liveIn[base + w] { liveIn[base + w] = n; changed = true }
                }
            }
        }

        assignment.liveIn = liveIn
        assignment.liveWords = words

        // Live ranges: one range per block the value is live in (merged across adjacent blocks),
        // so that two values whose hulls overlap but which are never live at once (a loop's
        // cases, say) may share a register. Parameters and hoisted addresses live from position
        // 0 (the prologue) when the entry block needs them.
        var building = LiveRanges(count: valueCount)
        // Scratch written for every mark: plain memory, not arrays (whose writes here each
        // checked for uniqueness).
        let localLo = UnsafeMutableBufferPointer<Int32>.allocate(capacity: valueCount)
        let localHi = UnsafeMutableBufferPointer<Int32>.allocate(capacity: valueCount)
        localLo.initialize(repeating: .max)
        localHi.initialize(repeating: -1)
        defer {
            localLo.deallocate()
            localHi.deallocate()
        }
        var touched: [Int] = []
        // (value, low, high) marks of one block, folded into each value's local range below.
        var marks: [(Int, Int32, Int32)] = []
        marks.reserveCapacity(64)
        building.reserveCapacity(valueCount * 2)
        for (b, block) in function.blocks.enumerated() {
            liveOut(b, successors, liveIn, phiUses, kill, words, into: &out)
            marks.removeAll(keepingCapacity: true)
            for w in 0..<words {
                var bits = liveIn[b * words + w]
                while bits != 0 {
                    let i = w * 64 + bits.trailingZeroBitCount
                    // Parameters and hoisted addresses are defined before the entry block.
                    marks.append((i, b == 0 && i >= instructionCount ? 0 : blockStart[b], blockStart[b]))
                    bits &= bits - 1
                }
            }
            for inst in block.instructions {
                if function.instructions[inst.index].opcode != .phi {
                    let at = position[inst.index]
                    for k in Int(useStart[inst.index])..<Int(useEnd[inst.index]) where classOf[useList[k]] != .none {
                        marks.append((useList[k], at, at))
                    }
                }
                if classOf[inst.index] != .none {
                    let def = function.instructions[inst.index].opcode == .phi ? blockStart[b] : position[inst.index] + 1
                    marks.append((inst.index, def, def))
                }
            }
            // Live out: to the block's end; the range starts where it enters the block (live in)
            // or is defined in it, as marked above.
            for w in 0..<words {
                var bits = out[w]
                while bits != 0 {
                    let i = w * 64 + bits.trailingZeroBitCount
                    marks.append((i, blockEnd[b], blockEnd[b]))
                    bits &= bits - 1
                }
            }
            for (i, lo, hi) in marks {
                if localHi[i] < 0 && localLo[i] == .max { touched.append(i) }
                if lo < localLo[i] { localLo[i] = lo }
                if hi > localHi[i] { localHi[i] = hi }
            }
            for i in touched {
                if classOf[i] != .none { building.add(i, localLo[i], localHi[i]) }
                localLo[i] = .max
                localHi[i] = -1
            }
            touched.removeAll(keepingCapacity: true)
        }
        let ranges = building
        // Each value's hull, from its first range to its last (-1: never live).
        var hulls: [(start: Int32, end: Int32)] = []
        hulls.reserveCapacity(valueCount)
        var startOf = [Int32](filling: .max, count: valueCount), endOf = [Int32](filling: -1, count: valueCount)
        for i in 0..<valueCount {
            let h = ranges.hull(i) ?? (.max, -1)
            hulls.append(h)
            startOf[i] = h.0
            endOf[i] = h.1
        }
        let start = startOf, end = endOf
        assignment.intervals = hulls

        // Spill costs: uses weighted by loop depth (10 per level; a back edge to an earlier block
        // marks the blocks from its target to its source as one loop deeper), per position
        // covered. The cheapest interval is spilled.
        let depth = selection.loopDepth
        var weight = [Double](filling: 0, count: valueCount)
        weight.withUnsafeMutableBufferPointer { weight in
            for (b, block) in function.blocks.enumerated() {
                let w = Self.depthWeight[min(depth[b], Self.depthWeight.count - 1)]
                for inst in block.instructions {
                    if classOf[inst.index] != .none { weight[inst.index] += w }
                    if function.instructions[inst.index].opcode == .phi {
                        for v in function.instructions[inst.index].operands { if let i = tracked(v) { weight[i] += w } }
                    } else {
                        for k in Int(useStart[inst.index])..<Int(useEnd[inst.index]) { weight[useList[k]] += w }
                    }
                }
            }
        }
        let weights = weight
        let costs = (0..<valueCount).map { weight[$0] / Double(max(1, end[$0] - start[$0])) }

        // Linear scan.
        let order = Self.byStart(start, end, classOf)
        var locations = [Location](filling: .none, count: valueCount)
        // Splitting a value around its calls costs a store and a load per call crossed; it pays
        // when the value is used more often (both weighted by loop depth) than that.
        var callWeight: [Double] = []
        var callBlock = 0
        var callBlocks: [Int] = []
        for c in calls {
            // Calls are in position order, so their blocks are too.
            while callBlock + 1 < blockCount && blockStart[callBlock + 1] <= c { callBlock += 1 }
            callBlocks.append(callBlock)
            callWeight.append(Self.depthWeight[min(depth[callBlock], Self.depthWeight.count - 1)])
        }
        let callWeights = callWeight
        func splitPays(_ i: Int) -> Bool {
            guard i < parameterEnd else { return false }
            var w = 0.0
            for k in ranges.crossedCalls(i, calls) { w += callWeights[k] }
            return weights[i] > 2 * w
        }
        var split = [Bool](filling: false, count: valueCount)
        // Hints: a phi and its incoming values prefer one register; so do a two-address result
        // and its first operand.
        var hint = [Int32](filling: -1, count: valueCount)
        for block in function.blocks {
            for inst in block.instructions {
                guard classOf[inst.index] == .gpr || classOf[inst.index] == .xmm else { continue }
                if function.instructions[inst.index].opcode == .phi {
                    var k = 0
                    while k < function.instructions[inst.index].operands.count {
                        if let i = tracked(function.instructions[inst.index].operands[k]), hint[i] < 0 { hint[i] = Int32(inst.index) }
                        k += 2
                    }
                } else if let first = function.instructions[inst.index].operands.first, let i = tracked(first), hint[inst.index] < 0,
                          function.instructions[inst.index].opcode != .call, function.instructions[inst.index].opcode != .store
                {
                    hint[inst.index] = Int32(i)
                }
            }
        }
        // Fixed hints: a parameter prefers the register it arrives in, and a call argument the
        // register it is passed in, so that no copy is needed when they are free.
        var fixedHint = [Location](filling: .none, count: valueCount)
        if let incoming = try? CallingConvention.assign(function.type.parameters, function.parameterAttributes, layout: layout) {
            for (a, l) in incoming.locations.enumerated() {
                switch l {
                case .gpr(let n): fixedHint[instructionCount + a] = .gpr(CallingConvention.argumentGPRs[n])
                case .xmm(let n): fixedHint[instructionCount + a] = .xmm(XMM.all[n])
                default: break
                }
            }
        }
        for block in function.blocks {
            for inst in block.instructions {
                guard function.instructions[inst.index].opcode == .call, callees.isCall(function.instructions[inst.index].opcode, function.instructions[inst.index].operands.first), function.instructions[inst.index].operands.count > 1 else { continue }
                let operands = function.instructions[inst.index].operands
                var types: [IRType] = []
                for j in operands.indices.dropFirst() { types.append(module.type(of: operands[j], in: function)) }
                guard let assigned = try? CallingConvention.assign(types, function.instructions[inst.index].argumentAttributes, layout: layout) else { continue }
                // (Indices, not `dropFirst().enumerated()`: the iterator of an enumerated slice
                // is a generic type the runtime builds, demangling its parts, the first time a
                // process compiles a call: about 180k instructions.)
                for k in 0..<(operands.count - 1) {
                    let v = operands[k + 1]
                    guard let i = tracked(v), fixedHint[i] == .none else { continue }
                    switch assigned.locations[k] {
                    case .gpr(let n): fixedHint[i] = .gpr(CallingConvention.argumentGPRs[n])
                    case .xmm(let n): fixedHint[i] = .xmm(XMM.all[n])
                    default: break
                    }
                }
            }
        }
        // The intervals holding each register (gpr numbers 0-15, xmm numbers 16-31) that have
        // not ended yet: with holes, several at once, as long as no two are live together.
        var holders = [[Int]](filling: [], count: 32)
        // The earliest end among each register's holders: nothing expires before it.
        var earliestEnd = [Int32](filling: .max, count: 32)
        // The earliest of those: no register needs looking at before it.
        var soonest: Int32 = .max
        // The registers that may have holders (a bit per register number as in `holders`);
        // the others have none and an earliest end of .max.
        var occupied: UInt32 = 0
        var usedCalleeSaved: UInt16 = 0
        var spills = 0
        for i in order {
            // Expire the intervals that ended before this one starts.
            let now = start[i]
            if soonest < now {
                soonest = .max
                var bits = occupied
                while bits != 0 {
                    let r = bits.trailingZeroBitCount
                    bits &= bits - 1
                    if earliestEnd[r] < now {
                        // The holders still live, kept in place, and the earliest end among them:
                        // one pass (removeAll(where:) and reduce were two, through generic code).
                        var earliest = Int32.max
                        let kept = holders[r].withUnsafeMutableBufferPointer { h in
                            var kept = 0
                            for k in h.indices where end[h[k]] >= now {
                                h[kept] = h[k]
                                earliest = min(earliest, end[h[k]])
                                kept += 1
                            }
                            return kept
                        }
                        // (One by one: removeLast(_:) is a generic replaceSubrange, ~90 instructions.)
                        while holders[r].count > kept { holders[r].removeLast() }
                        earliestEnd[r] = earliest
                        if kept == 0 { occupied &= ~(1 << UInt32(r)) }
                    }
                    soonest = min(soonest, earliestEnd[r])
                }
            }
            guard enabled, classOf[i] == .gpr || classOf[i] == .xmm else {
                locations[i] = .slot(0)
                continue
            }
            let crossesCall = !ranges.crossedCalls(i, calls, first: true).isEmpty
            // The hinted register if it is free, else the first free one.
            var hinted: Location = .none
            var h = hint[i]
            var steps = 0
            while h >= 0 && steps < 4 {
                if case .none = locations[Int(h)] { h = hint[Int(h)]; steps += 1; continue }
                hinted = locations[Int(h)]
                break
            }
            if classOf[i] == .gpr {
                let candidates = crossesCall ? AllocatableRegisters.calleeSavedGPRs : AllocatableRegisters.gprs
                var chosen: GPR64?
                if case .gpr(let r) = fixedHint[i], candidates.contains(r), Self.isFree(holders[Int(r.number)], for: i, ranges) { chosen = r }
                if chosen == nil, case .gpr(let r) = hinted, candidates.contains(r), Self.isFree(holders[Int(r.number)], for: i, ranges) { chosen = r }
                if chosen == nil {
                    for r in candidates where Self.isFree(holders[Int(r.number)], for: i, ranges) { chosen = r; break }
                }
                if chosen == nil && crossesCall && splitPays(i) {
                    // No callee-saved register: a caller-saved one, saved around each call.
                    for r in AllocatableRegisters.callerSavedGPRs where Self.isFree(holders[Int(r.number)], for: i, ranges) {
                        chosen = r
                        split[i] = true
                        break
                    }
                }
                if chosen == nil {
                    // Spill the cheapest intervals that stand in the way of a candidate register,
                    // or this one.
                    if let r = Self.evict(for: i, among: candidates.map { Int($0.number) }, costs, ranges,
                                          &holders, &locations, &split) {
                        chosen = GPR64.all[r]
                    }
                    spills += 1
                }
                if chosen == nil { split[i] = false }
                if let r = chosen {
                    locations[i] = .gpr(r)
                    holders[Int(r.number)].append(i)
                    occupied |= 1 << UInt32(r.number)
                    earliestEnd[Int(r.number)] = min(earliestEnd[Int(r.number)], end[i])
                    soonest = min(soonest, end[i])
                    if AllocatableRegisters.calleeSavedGPRs.contains(r) { usedCalleeSaved |= 1 << UInt16(r.number) }
                } else {
                    locations[i] = .slot(0)
                }
            } else {
                // No xmm register survives a call: one that crosses calls is split around them,
                // or lives in a slot.
                if crossesCall {
                    guard splitPays(i) else { locations[i] = .slot(0); continue }
                    split[i] = true
                }
                // Float arithmetic is two-address (x = a; x op= b, and x = a; x *= b; x += c for
                // fmuladd): a result in the register of b (or c) would need a scratch and a copy
                // back, so it avoids the registers of those operands.
                var avoid: UInt16 = 0
                if i < instructionCount {
                    function.instructions.withUnsafeBufferPointer { instructions in
                        let d = InstructionView(instructions, i)  // (read in place, not copied)
                        let k = Selection.twoAddressFloatFirst(d, module)
                        guard k >= 0 else { return }
                        for j in (k + 1)..<d.operands.count where d.operands[j] != d.operands[k] {
                            let v = d.operands[j]
                            if let j = tracked(v), case .xmm(let x) = locations[j] { avoid |= 1 << UInt16(x.number) }
                        }
                    }
                }
                // A hinted register is still taken: the copy it saves (into a phi's register, say)
                // is worth the one the scratch costs.
                var chosen: XMM?
                if case .xmm(let x) = fixedHint[i], x.number >= 2, Self.isFree(holders[16 + Int(x.number)], for: i, ranges) { chosen = x }
                if chosen == nil, case .xmm(let x) = hinted, x.number >= 2, x.number <= 14, Self.isFree(holders[16 + Int(x.number)], for: i, ranges) { chosen = x }
                if chosen == nil, i < instructionCount,
                   let b = function.instructions.withUnsafeBufferPointer({ Selection.commutableSecondFactor(InstructionView($0, i), module) }),
                   let j = tracked(b), case .xmm(let x) = locations[j], x.number >= 2, x.number <= 14,
                   Self.isFree(holders[16 + Int(x.number)], for: i, ranges)
                {
                    // The first factor lives on (its register was not free): the second, which
                    // dies here, gives its register, and the product is computed as b * a.
                    chosen = x
                }
                if chosen == nil {
                    for x in AllocatableRegisters.xmms where avoid & (1 << UInt16(x.number)) == 0 && Self.isFree(holders[16 + Int(x.number)], for: i, ranges) {
                        chosen = x
                        break
                    }
                }
                if chosen == nil {
                    for x in AllocatableRegisters.xmms where Self.isFree(holders[16 + Int(x.number)], for: i, ranges) { chosen = x; break }
                }
                if chosen == nil {
                    if let r = Self.evict(for: i, among: AllocatableRegisters.xmms.map { 16 + Int($0.number) }, costs,
                                          ranges, &holders, &locations, &split) {
                        chosen = XMM.all[r - 16]
                    }
                    spills += 1
                }
                if let x = chosen {
                    locations[i] = .xmm(x)
                    holders[16 + Int(x.number)].append(i)
                    occupied |= 1 << UInt32(16 + Int(x.number))
                    earliestEnd[16 + Int(x.number)] = min(earliestEnd[16 + Int(x.number)], end[i])
                    soonest = min(soonest, end[i])
                } else {
                    locations[i] = .slot(0)
                    split[i] = false
                }
            }
        }
        for i in 0..<instructionCount {
            if selection.isFrameAddress[i] {
                assignment.instructions[i] = .frame(0)
            } else if classOf[i] != .none {
                // Defined but never used: a slot, written and never read.
                assignment.instructions[i] = end[i] >= 0 && locations[i] != .none ? locations[i] : .slot(0)
            }
        }
        for a in 0..<function.type.parameters.count {
            let i = instructionCount + a
            if classOf[i] != .none { assignment.arguments[a] = end[i] >= 0 ? locations[i] : .none }
        }
        // A hoisted address that did not get a register is rematerialized at each use instead
        // (a load from a slot would put a memory access in front of every address).
        assignment.hoisted = (parameterEnd..<valueCount).map { i in
            if end[i] >= 0, case .gpr = locations[i] { return locations[i] }
            return .none
        }
        assignment.hoistedIndex = selection.hoisted
        // Saves only where the value really lives across the call (an interval is a hull, which
        // may cover calls on paths where the value is not yet defined, or its own call).
        var liveAfter = [UInt64](filling: 0, count: words)
        // The split values, found once rather than by a scan of every value at every call.
        let splitValues = calls.isEmpty ? [] : (0..<parameterEnd).filter { split[$0] }
        for k in calls.indices where !splitValues.isEmpty {
            let b = callBlocks[k], p = calls[k]
            var candidates: [Int] = []
            for i in splitValues where start[i] < p && p < end[i] { candidates.append(i) }
            guard !candidates.isEmpty else { continue }
            liveOut(b, successors, liveIn, phiUses, kill, words, into: &liveAfter)
            var definedBefore = Array(liveIn[(b * words)..<(b * words + words)])
            for inst in function.blocks[b].instructions {
                let at = position[inst.index]
                if at < p, classOf[inst.index] != .none {
                    definedBefore[inst.index / 64] |= 1 << UInt64(inst.index % 64)
                }
                if at > p, function.instructions[inst.index].opcode != .phi {
                    for k in Int(useStart[inst.index])..<Int(useEnd[inst.index]) {
                        let u = useList[k]
                        liveAfter[u / 64] |= 1 << UInt64(u % 64)
                    }
                }
            }
            for i in candidates {
                let bit = UInt64(1) << UInt64(i % 64)
                let defined = definedBefore[i / 64] & bit != 0 || (i >= instructionCount && b == 0)
                guard defined, liveAfter[i / 64] & bit != 0 else { continue }
                switch locations[i] {
                case .gpr, .xmm:
                    assignment.home[i] = 0
                    assignment.savesAtCall[callInstructions[k], default: []].append(i)
                default:
                    break
                }
            }
        }
        assignment.calleeSaved = AllocatableRegisters.calleeSavedGPRs.filter { usedCalleeSaved & (1 << UInt16($0.number)) != 0 }
        assignment.spillCount = spills
        return assignment
    }

    /// Appends the value id of every operand `inst` reads at its position: its own operands, and
    /// those of the instructions folded into it (recursively).
    func uses(of inst: Inst, into list: inout [Int]) {
        for v in function.instructions[inst.index].operands {
            if v.kind == .instruction && selection.isFolded(v.index, into: inst.index) {
                uses(of: Inst(v.index), into: &list)
            } else if let i = id(v) {
                list.append(i)
            }
        }
    }

    /// True if none of the intervals in `holders` (those holding one register) is live together with `i`.
    static func isFree(_ holders: [Int], for i: Int, _ ranges: LiveRanges) -> Bool {
        for a in holders where ranges.intersect(a, i) { return false }
        return true
    }

    /// The values that get a location (a class, and live somewhere) by increasing start, then id:
    /// a counting sort over the start positions (a comparison sort was about a twentieth of the
    /// allocator).
    static func byStart(_ start: [Int32], _ end: [Int32], _ classOf: [ValueClass]) -> [Int] {
        var latest: Int32 = 0
        var n = 0
        for i in start.indices where classOf[i] != .none && end[i] >= 0 {
            latest = max(latest, start[i])
            n += 1
        }
        var next = [Int](filling: 0, count: Int(latest) + 2)
        for i in start.indices where classOf[i] != .none && end[i] >= 0 { next[Int(start[i]) + 1] += 1 }
        for k in 1..<next.count { next[k] += next[k - 1] }
        var order = [Int](filling: 0, count: n)
        for i in start.indices where classOf[i] != .none && end[i] >= 0 {
            order[next[Int(start[i])]] = i
            next[Int(start[i])] += 1
        }
        return order
    }

    /// Frees for `i` the register (slot number among `slots`) whose intervals live together with
    /// `i` cost least to spill, if that is less than `i`'s own cost: spills them and returns it.
    static func evict(for i: Int, among slots: [Int], _ costs: [Double], _ ranges: LiveRanges,
                      _ holders: inout [[Int]], _ locations: inout [Location], _ split: inout [Bool]) -> Int?
    {
        var best = -1
        var bestCost = costs[i]
        for r in slots {
            var total = 0.0
            for a in holders[r] where ranges.intersect(a, i) { total += costs[a] }
            if total < bestCost { best = r; bestCost = total }
        }
        guard best >= 0 else { return nil }
        var kept: [Int] = []
        for a in holders[best] {
            if ranges.intersect(a, i) {
                locations[a] = .slot(0)
                split[a] = false
            } else {
                kept.append(a)
            }
        }
        holders[best] = kept
        return best
    }

    /// Calls `body` with the value id of every operand `inst` reads at its position: its own
    /// operands, and those of the instructions folded into it (recursively).
    func forEachUse(_ inst: Inst, _ body: (Int) -> Void) {
        var list: [Int] = []
        uses(of: inst, into: &list)
        for i in list { body(i) }
    }

    /// The values live on exit from block `b`: live into a successor (minus its phis), plus
    /// the sources of the phi copies on `b`'s outgoing edges.
    private func liveOut(_ b: Int, _ successors: BlockLists, _ liveIn: [UInt64], _ phiUses: [UInt64], _ kill: [UInt64],
                         _ words: Int, into out: inout [UInt64])
    {
        for w in 0..<words { out[w] = phiUses[b * words + w] }
        // (By index into the flat lists: a slice per call showed in profiles.)
        for k in successors.start[b]..<successors.start[b + 1] {
            let s = successors.items[k]
            for w in 0..<words { out[w] |= liveIn[s * words + w] }
        }
        _ = kill
    }
}

/// The live ranges of every value: for value `i`, a list (linked through flat arrays, in
/// increasing position order) of the disjoint position ranges where it is live.
struct LiveRanges {
    private var lo: [Int32] = []
    private var hi: [Int32] = []
    private var next: [Int32] = []
    private var head: [Int32]
    private var tail: [Int32]

    /// No ranges for `count` values.
    init(count: Int) {
        head = Array(filling: -1, count: count)
        tail = head
    }

    /// Makes room for `n` ranges.
    mutating func reserveCapacity(_ n: Int) {
        lo.reserveCapacity(n)
        hi.reserveCapacity(n)
        next.reserveCapacity(n)
    }

    /// Adds [l, h] to value `i`'s list, after its last range (merged with it if they touch).
    mutating func add(_ i: Int, _ l: Int32, _ h: Int32) {
        let t = Int(tail[i])
        if t >= 0 && hi[t] + 2 >= l {
            if h > hi[t] { hi[t] = h }
            return
        }
        lo.append(l)
        hi.append(h)
        next.append(-1)
        let n = Int32(lo.count - 1)
        if t >= 0 { next[t] = n } else { head[i] = n }
        tail[i] = n
    }

    /// The first and last live position of value `i`, or nil if it is never live.
    func hull(_ i: Int) -> (Int32, Int32)? {
        head[i] < 0 ? nil : (lo[Int(head[i])], hi[Int(tail[i])])
    }

    /// True if values `i` and `j` are live at a common position.
    func intersect(_ i: Int, _ j: Int) -> Bool {
        var x = Int(head[i]), y = Int(head[j])
        while x >= 0 && y >= 0 {
            if hi[x] < lo[y] {
                x = Int(next[x])
            } else if hi[y] < lo[x] {
                y = Int(next[y])
            } else {
                return true
            }
        }
        return false
    }

    /// The calls (indices into `calls`, positions in increasing order) strictly inside one of
    /// value `i`'s ranges; only the first if `first`.
    func crossedCalls(_ i: Int, _ calls: [Int32], first: Bool = false) -> [Int] {
        var found: [Int] = []
        var r = Int(head[i])
        while r >= 0 {
            var a = 0, b = calls.count
            while a < b {
                let mid = (a + b) / 2
                if calls[mid] <= lo[r] { a = mid + 1 } else { b = mid }
            }
            while a < calls.count && calls[a] < hi[r] {
                found.append(a)
                if first { return found }
                a += 1
            }
            r = Int(next[r])
        }
        return found
    }
}
