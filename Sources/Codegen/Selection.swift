// Instruction-selection decisions taken before register allocation, so that liveness sees them:
//
//   %c = icmp slt i32 %a, %b          ; folded into the br: `cmp a, b; jl then`
//   br i1 %c, label %then, label %else
//
//   %p = getelementptr i32, ptr %base, i64 %i   ; folded into the load: `mov eax, [base + i*4]`
//   %x = load i32, ptr %p
//
// A folded instruction emits no code of its own and gets no location; its operands are read at
// its user's position instead (Liveness treats them as operands of the user). Static allocas in
// the entry block get no register either: their value is the address rbp+offset, which loads and
// stores use directly as a memory operand.

import IR
import X86

/// Which instructions are folded into their user, and how often each value is used.
struct Selection {
    /// For each instruction index, the index of the instruction it is folded into, -1 if none,
    /// or ``intoEveryUser`` for an address computed again in each load and store that uses it.
    var foldedInto: [Int32]
    /// `foldedInto` of a `getelementptr` whose users (all loads and stores of its block) each
    /// take its address as a memory operand: no register holds the address itself.
    static let intoEveryUser: Int32 = -2
    /// `foldedInto` of a computation without effects whose result nothing uses (the vector
    /// scalarizer, which runs after dead code elimination, leaves lanes it took apart and did not
    /// need): no code at all.
    static let unused: Int32 = -3

    /// True if instruction `i` is folded into its user or users (and emits no code of its own).
    func isFolded(_ i: Int) -> Bool { foldedInto[i] != -1 }

    /// True if instruction `i` is computed as part of instruction `user`.
    func isFolded(_ i: Int, into user: Int) -> Bool {
        foldedInto[i] == Int32(user) || foldedInto[i] == Self.intoEveryUser
    }
    /// Uses of each instruction's result (phi operands included).
    var useCount: [Int32]
    /// Static allocas of the entry block, addressed relative to rbp (by instruction index).
    var isFrameAddress: [Bool]
    /// Globals whose address is used inside a loop: loaded once in the prologue and then kept
    /// like a parameter (in a register if the allocator finds one), instead of a 10-byte
    /// `movabs` at every use. Global index → hoisted number.
    var hoisted: [Int: Int] = [:]
    /// The global index of each hoisted number.
    var hoistedGlobals: [Int] = []
    /// The successor blocks of each block, and each block's estimated loop depth (computed once
    /// here for the allocator and the emitter).
    let successors: BlockLists
    let loopDepth: [Int]

    /// - Parameter folding: Fold compares and addresses into their users (off: the baseline).
    /// - Parameter globalAddresses: Where the module's globals are, when known: a global whose
    ///   address fits a sign-extended 32-bit displacement is used as one, not hoisted.
    init(function: Function, module: Module, layout: DataLayout, folding: Bool = true, globalAddresses: [UInt64] = []) {
        let n = function.instructions.count
        successors = BlockLists.successors(of: function)
        loopDepth = Self.loopDepths(successors, count: function.blocks.count)
        foldedInto = Array(filling: -1, count: n)
        useCount = Array(filling: 0, count: n)
        isFrameAddress = Array(filling: false, count: n)
        for block in function.blocks {
            for inst in block.instructions {
                for v in function.instructions[inst.index].operands where v.kind == .instruction {
                    useCount[v.index] += 1
                }
            }
        }
        if let entry = function.blocks.first {
            // (The opcode first: a copy of every instruction of the block showed in profiles.)
            for inst in entry.instructions where function.instructions[inst.index].opcode == .alloca {
                let d = function.instructions[inst.index]
                guard d.operands.isEmpty || FunctionCompiler.constantCount(d.operands, module) != nil else { continue }
                let t = d.auxiliaryType ?? .i8
                if max(d.alignment ?? 1, layout.alignment(of: t)) <= 16 { isFrameAddress[inst.index] = true }
            }
        }
        guard folding else { return }
        function.withInstructionViews { ins in
            fold(function, ins, module: module, layout: layout, globalAddresses: globalAddresses)
        }
    }

    /// The folding decisions (after the use counts and frame addresses), reading each
    /// instruction in place through `ins`.
    private mutating func fold(_ function: Function, _ ins: InstructionViews, module: Module, layout: DataLayout,
                               globalAddresses: [UInt64]) {
        // Unused computations first (last to first, so that a chain of them goes), so that their
        // operands' counts no longer include them.
        for block in function.blocks.reversed() {
            for inst in block.instructions.reversed() where useCount[inst.index] == 0 {
                // The opcode first (stores, branches and calls have no uses either).
                let opcode = function.instructions[inst.index].opcode
                let info = opcode.info
                guard !info.hasSideEffects, !info.mayTrap, opcode != .phi, opcode != .alloca,
                      function.instructions[inst.index].type != .void else { continue }
                foldedInto[inst.index] = Self.unused
                for v in function.instructions[inst.index].operands where v.kind == .instruction { useCount[v.index] -= 1 }
            }
        }
        let depth = loopDepth
        for (b, block) in function.blocks.enumerated() where depth[b] > 0 {
            for inst in block.instructions {
                for v in function.instructions[inst.index].operands
                where v.kind == .global && hoisted[v.index] == nil
                    && !(v.index < globalAddresses.count && globalAddresses[v.index] < 1 << 31)
                {
                    hoisted[v.index] = hoistedGlobals.count
                    hoistedGlobals.append(v.index)
                }
            }
        }
        for block in function.blocks {
            let instructions = block.instructions
            // (Never into code that nothing needs, which emits nothing: what is folded into it
            // would be computed nowhere, for its other users.)
            for (k, inst) in instructions.enumerated() where foldedInto[inst.index] != Self.unused {
                // The opcode first: copying every instruction (retaining its operands) showed in profiles.
                switch function.instructions[inst.index].opcode {
                case .br, .select, .ashr, .load, .store: break
                default: continue
                }
                let d = ins[inst.index]
                switch d.opcode {
                case .br where d.operands.count == 3:
                    // A compare in the same block that only the branch reads: its operands stay
                    // live until the branch, which compares.
                    let c = d.operands[0]
                    if c.kind == .instruction, useCount[c.index] == 1, Self.blockContains(instructions, c.index, before: k),
                       Self.isFusibleCompare(ins[c.index], function, module)
                    {
                        foldedInto[c.index] = Int32(inst.index)
                    } else if c.kind == .instruction, useCount[c.index] == 1, Self.blockContains(instructions, c.index, before: k) {
                        // `and`/`or` of two compares that only it reads: two conditional jumps
                        // (the second compare only when the first does not decide).
                        if let (_, first, second) = Self.shortCircuit(ins[c.index], module),
                           case let operands = [first, second],
                           operands.allSatisfy({ x in
                               x.kind == .instruction && useCount[x.index] == 1 && foldedInto[x.index] == -1
                                   && Self.blockContains(instructions, x.index, before: k)
                                   && Self.isFusibleCompare(ins[x.index], function, module)
                           }), operands[0] != operands[1]
                        {
                            foldedInto[c.index] = Int32(inst.index)
                            for x in operands { foldedInto[x.index] = Int32(c.index) }
                        }
                    }
                case .select:
                    let c = d.operands[0]
                    if c.kind == .instruction, useCount[c.index] == 1, Self.blockContains(instructions, c.index, before: k),
                       function.instructions[c.index].opcode == .icmp,
                       Self.isFusibleCompare(ins[c.index], function, module),
                       d.type != .i1, d.type.isInteger || d.type == .ptr
                    {
                        foldedInto[c.index] = Int32(inst.index)
                    }
                case .ashr:
                    // shl + ashr by the same constant: a sign extension (movsx/movsxd).
                    let x = d.operands[0]
                    if x.kind == .instruction, useCount[x.index] == 1, d.type == .i64,
                       let shl = ins[x.index] as InstructionView?, shl.opcode == .shl,
                       shl.operands[1] == d.operands[1], d.operands[1].kind == .constant,
                       case .int(_, let amount) = module.constants[d.operands[1].index], [32, 48, 56].contains(amount),
                       Self.blockContains(instructions, x.index, before: k)
                    {
                        foldedInto[x.index] = Int32(inst.index)
                    }
                case .load, .store:
                    let p = d.operands[d.opcode == .load ? 0 : 1]
                    if p.kind == .instruction, useCount[p.index] == 1, !(d.opcode == .store && d.operands[0] == p),
                       let gep = ins[p.index] as InstructionView?, gep.opcode == .getelementptr,
                       Self.blockContains(instructions, p.index, before: k),
                       AddressPattern.of(gep, function: function, module: module, layout: layout) != nil
                    {
                        foldedInto[p.index] = Int32(inst.index)
                        AddressPattern.foldIndex(of: p.index, function: function, module: module, layout: layout,
                                                 useCount: useCount, foldedInto: &foldedInto)
                    }
                default:
                    break
                }
            }
            // A float or double load that only one arithmetic instruction of its block reads,
            // as its second operand (or fmuladd's second or third), with no store or call in
            // between: the arithmetic reads memory itself (`mulsd x, [b + j*8]`).
            for (k, inst) in instructions.enumerated() where foldedInto[inst.index] != Self.unused {
                switch function.instructions[inst.index].opcode {
                case .fadd, .fsub, .fmul, .fdiv, .call: break
                default: continue
                }
                let first = Self.twoAddressFloatFirst(ins[inst.index], module)
                guard first >= 0 else { continue }
                for j in (first + 1)..<ins[inst.index].operands.count {
                    let v = ins[inst.index].operands[j]
                    guard v.kind == .instruction && useCount[v.index] == 1 && foldedInto[v.index] == -1 else { continue }
                    let load = ins[v.index]
                    guard load.opcode == .load, load.type == .double || load.type == .float,
                          !load.flags.contains(.volatile) else { continue }
                    // The load must come earlier in this block, with nothing that writes memory between.
                    if Self.noWritesBetween(v.index, and: k, in: instructions, function) {
                        foldedInto[v.index] = Int32(inst.index)
                    }
                }
            }
            // Read-modify-write: `store (op (load p), x), p` with op add, sub, and, or or xor on
            // 32 or 64 bits, the load and the op read once, nothing writing memory between the
            // load and the store: one `op [p], x` (an interpreter's stack[sp - 1] += stack[sp]).
            for (k, inst) in instructions.enumerated() where function.instructions[inst.index].opcode == .store {
                let store = ins[inst.index]
                guard store.opcode == .store, !store.flags.contains(.volatile),
                      let (op, load) = Self.readModifyWrite(store, function, useCount: useCount, foldedInto: foldedInto),
                      Self.noWritesBetween(load, and: k, in: instructions, function)
                else { continue }
                foldedInto[op] = Int32(inst.index)
                foldedInto[load] = Int32(op)
            }
            // An i32 or i64 load that only one add, sub, and, or, xor or mul of its block reads,
            // with no store or call in between: the arithmetic reads memory itself
            // (`add rax, [rbx + rcx*8]`).
            for (k, inst) in instructions.enumerated() where foldedInto[inst.index] == -1 {
                switch function.instructions[inst.index].opcode {
                case .add, .sub, .and, .or, .xor, .mul: break
                default: continue
                }
                let d = ins[inst.index]
                guard d.type == .i64 || d.type == .i32, d.operands.count == 2 else { continue }
                for j in (d.opcode == .sub ? 1 : 0)..<2 {
                    let v = d.operands[j]
                    guard v.kind == .instruction && useCount[v.index] == 1 && foldedInto[v.index] == -1 else { continue }
                    let load = ins[v.index]
                    guard load.opcode == .load, load.type == d.type, !load.flags.contains(.volatile),
                          d.operands[0] != d.operands[1] else { continue }
                    if Self.noWritesBetween(v.index, and: k, in: instructions, function) {
                        foldedInto[v.index] = Int32(inst.index)
                        break
                    }
                }
            }
            // An address that several loads and stores of its block use (c[j] read, then
            // written): each takes it as its own memory operand, as the hardware computes it
            // anyway, rather than a lea into a register that stays live between them. Not when
            // each use would sign-extend a 32-bit index again (more than two of them).
            for (k, inst) in instructions.enumerated() where useCount[inst.index] > 1 && foldedInto[inst.index] == -1
                && function.instructions[inst.index].opcode == .getelementptr
            {
                let gep = ins[inst.index]
                guard
                      let pattern = AddressPattern.of(gep, function: function, module: module, layout: layout),
                      pattern.index == nil || pattern.indexWidth == 64 || useCount[inst.index] <= 2 else { continue }
                let addressUses = Self.addressUses(of: inst, after: k, instructions, function, module, layout,
                                                   displacement: pattern.displacement, useCount, foldedInto)
                if addressUses == useCount[inst.index] {
                    foldedInto[inst.index] = Self.intoEveryUser
                    AddressPattern.foldIndex(of: inst.index, function: function, module: module, layout: layout,
                                             useCount: useCount, foldedInto: &foldedInto)
                }
            }
            // An index `add x, C` / `or disjoint x, C` (64 bits) that only folded addresses of this
            // block use, as the only variable term (clang's loops unrolled by two index b[j | 1] and
            // c[j | 1]): each address reads x and adds C * stride to its displacement.
            for inst in instructions where useCount[inst.index] > 1 && foldedInto[inst.index] == -1 {
                switch function.instructions[inst.index].opcode {
                case .add, .or: break
                default: continue
                }
                let d = ins[inst.index]
                guard d.type == .i64, let c = AddressPattern.constantOffset(d, module),
                      !AddressPattern.readsFoldedLoad(inst.index, d, foldedInto) else { continue }
                let v = Value.instruction(inst)
                var uses: Int32 = 0
                for user in instructions where function.instructions[user.index].operands.contains(v) {
                    guard foldedInto[user.index] != -1,
                          let terms = GEPTerms.of(ins[user.index], function: function, module: module,
                                                  layout: layout),
                          terms.variable.count == 1, terms.variable[0].index == v, terms.base != v,
                          Scale(factor: terms.variable[0].stride) != nil,
                          terms.displacement(adding: c) != nil
                    else { uses = -1; break }
                    uses += 1
                }
                if uses == useCount[inst.index] { foldedInto[inst.index] = Self.intoEveryUser }
            }
            // A load of i8, i16 or i32 that only a sext of its block reads, with nothing that
            // writes memory between: one `movsx`/`movsxd` from memory (C's `(long)a[i]`, a
            // `char` widened to int).
            // The same when the sext is an address's index (`code[pc]` indexing `vars[...]`): the
            // address's `movsxd rcx, dword [...]` reads the index from memory itself.
            for (k, inst) in instructions.enumerated() where function.instructions[inst.index].opcode == .sext {
                let v = function.instructions[inst.index].operands[0]
                guard v.kind == .instruction, useCount[v.index] == 1, foldedInto[v.index] == -1 else { continue }
                let load = ins[v.index]
                guard load.opcode == .load, !load.flags.contains(.volatile),
                      Self.foldsSignExtension(from: load.type, to: function.instructions[inst.index].type)
                else { continue }
                // Where the load would happen: at the sext, or at the load or store whose
                // address takes the sext as index.
                var at = k
                let gep = Int(foldedInto[inst.index])
                if gep >= 0 {
                    let user = Int(foldedInto[gep])
                    guard function.instructions[gep].opcode == .getelementptr, user >= 0,
                          let position = instructions.firstIndex(where: { $0.index == user }) else { continue }
                    at = position
                } else if foldedInto[inst.index] != -1 {
                    continue
                }
                guard Self.noWritesBetween(v.index, and: at, in: instructions, function) else { continue }
                foldedInto[v.index] = Int32(inst.index)
            }
            // A splat of a float or double: `shufflevector (insertelement poison, x, 0), poison,
            // zeroinitializer` where only the shuffle reads the insert: one pshufd from x.
            for (k, inst) in instructions.enumerated()
            where foldedInto[inst.index] == -1 && function.instructions[inst.index].opcode == .shufflevector {
                let d = ins[inst.index]
                let v = d.operands[0]
                guard v.kind == .instruction, useCount[v.index] == 1, foldedInto[v.index] == -1,
                      Self.blockContains(instructions, v.index, before: k) else { continue }
                let insert = ins[v.index]
                guard insert.opcode == .insertelement, insert.type == d.type, let (n, e) = d.type.vectorShape,
                      e == .double || e == .float, insert.operands[0].kind == .constant,
                      FunctionCompiler.isUndefined(module.constants[insert.operands[0].index]),
                      FunctionCompiler.constantIndex(insert.operands[2], module) == 0,
                      let mask = FunctionCompiler.shuffleMask(d, module, count: n),
                      mask.allSatisfy({ $0 == nil || $0 == 0 }) else { continue }
                foldedInto[v.index] = Int32(inst.index)
            }
        }
    }

    /// True if a sext from `from` to `to` is one `movsx`/`movsxd` that can read memory.
    static func foldsSignExtension(from: IRType, to: IRType) -> Bool {
        switch (from.integerWidth, to.integerWidth) {
        case (32, 64), (16, 64), (8, 64), (16, 32), (8, 32): true
        default: false
        }
    }

    /// How many of the uses of getelementptr `inst` (at position `k` of `instructions`, its block)
    /// later in the block take it as an address: loads from it, stores to it, and constant offsets
    /// from it (`getelementptr i8, ptr %p, i64 16`, the second half of an unrolled or vectorized
    /// loop's access) that only loads and stores of the block use, whose addresses become this
    /// one's with more displacement. `displacement` is this address's own.
    static func addressUses(of inst: Inst, after k: Int, _ instructions: [Inst], _ function: Function,
                            _ module: Module, _ layout: DataLayout, displacement: Int32,
                            _ useCount: [Int32], _ foldedInto: [Int32]) -> Int32 {
        function.withInstructionViews { (ins) -> Int32 in
            var count: Int32 = 0
            let v = Value.instruction(inst)
            for (j, later) in instructions[(k + 1)...].enumerated() {
                let d = ins[later.index]
                switch d.opcode {
                case .load where d.operands[0] == v: count += 1
                case .store where d.operands[1] == v && d.operands[0] != v: count += 1
                case .getelementptr where d.operands[0] == v:
                    // Bounded so that the sum, and an index constant folded in later, fit 32 bits.
                    guard displacement.magnitude < 1 << 29,
                          let terms = GEPTerms.of(d, function: function, module: module, layout: layout),
                          terms.variable.isEmpty, terms.offset.magnitude < 1 << 29 else { continue }
                    if foldedInto[later.index] >= 0 {
                        count += 1
                    } else if foldedInto[later.index] == -1, useCount[later.index] > 1,
                              addressUses(of: later, after: k + 1 + j, instructions, function, module, layout,
                                          displacement: Int32.max, useCount, foldedInto) == useCount[later.index]
                    {
                        // Itself folded into every user (next in the loop over the block), with no
                        // constant offsets of its own (`displacement: .max` refuses them).
                        count += 1
                    }
                default: break
                }
            }
            return count
        }
    }

    /// An estimate of each block's loop depth: an edge back to an earlier block in layout order
    /// makes every block from its target to its source one loop deeper (exact for the nested,
    /// laid-out-in-order loops clang produces; conservative otherwise).
    static func loopDepths(_ successors: BlockLists, count: Int) -> [Int] {
        var depth = [Int](filling: 0, count: count)
        for b in 0..<count {
            for s in successors[b] where s <= b {
                for x in s...b { depth[x] += 1 }
            }
        }
        return depth
    }

    /// For a two-address float computation, the index of the operand copied into the result's
    /// register; the operands after it are read after that (fadd/fsub/fmul/fdiv: a, then b;
    /// `llvm.fmuladd`: a, then b and c). -1 for other instructions. (An index: returning the
    /// operand and a slice of the rest through `withUnsafeBufferPointer` instantiated the
    /// metadata of that optional tuple type at its first use: see ArrayFilling.swift.)
    static func twoAddressFloatFirst(_ d: InstructionView, _ module: Module) -> Int {
        switch d.opcode {
        case .fadd, .fsub, .fmul, .fdiv:
            return d.operands.count == 2 ? 0 : -1
        case .call where d.operands.count == 4 && d.operands[0].kind == .function
            && module.functions[d.operands[0].index].name.hasPrefix("llvm.fmuladd."):
            return 1
        default:
            return -1
        }
    }

    /// For a packed float multiply or add (`fmul`, `fadd`, or the product of `llvm.fmuladd`):
    /// its second factor, which may take the result's register in place of the first (`mulpd b,
    /// a` for a * b) when the first lives on and the second dies there, saving the copy of the
    /// first (a loop's splat). With two NaN operands the result is then the second's NaN, not
    /// the first's: LLVM leaves that choice open, and clang's own code makes it (matmul's
    /// `mulpd row, splat`). Nil for other instructions, and when the second operand is also
    /// read later (fmuladd's addend).
    static func commutableSecondFactor(_ d: InstructionView, _ module: Module) -> Value? {
        guard d.type.isPacked else { return nil }
        switch d.opcode {
        case .fadd, .fmul:
            return d.operands.count == 2 && d.operands[0] != d.operands[1] ? d.operands[1] : nil
        case .call where d.operands.count == 4 && d.operands[0].kind == .function
            && module.functions[d.operands[0].index].name.hasPrefix("llvm.fmuladd."):
            let b = d.operands[2]
            return b != d.operands[1] && b != d.operands[3] ? b : nil
        default:
            return nil
        }
    }

    /// For a store of `op (load p), x` to p: the op's and the load's instruction indices, when
    /// the op is an add, sub, and, or or xor of i32 or i64 that only the store reads, and the load
    /// only the op.
    static func readModifyWrite(_ store: InstructionView, _ function: Function, useCount: [Int32],
                                foldedInto: [Int32]) -> (op: Int, load: Int)? {
        let v = store.operands[0], p = store.operands[1]
        guard v.kind == .instruction, useCount[v.index] == 1, foldedInto[v.index] == -1 else { return nil }
        let op = function.instructions[v.index]
        guard [.add, .sub, .and, .or, .xor].contains(op.opcode), op.type == .i64 || op.type == .i32,
              op.operands.count == 2, op.operands[0] != op.operands[1] else { return nil }
        for j in 0..<(op.opcode == .sub ? 1 : 2) {
            let x = op.operands[j]
            guard x.kind == .instruction && useCount[x.index] == 1 && foldedInto[x.index] == -1 else { continue }
            let load = function.instructions[x.index]
            if load.opcode == .load, load.operands[0] == p, load.type == op.type, !load.flags.contains(.volatile) {
                return (v.index, x.index)
            }
        }
        return nil
    }

    /// True if instruction `i` is computed as part of the code of instruction `root`: its chain
    /// of folds ends at `root`, or at an address folded into every user (computed by each
    /// user, `root` among them). The lowering checks it where it reads a folded load's memory,
    /// so that a selection error is an error rather than a read in the wrong place.
    func isComputed(_ i: Int, partOf root: Int) -> Bool {
        guard i >= 0, i < foldedInto.count, case .at(let end) = endOfFolds(from: i) else { return false }
        return foldedInto[end] == Self.intoEveryUser || (foldedInto[end] == -1 && end == root)
    }

    /// Where a chain of folds ends (``endOfFolds(from:)``).
    enum FoldChainEnd {
        /// At this instruction, folded into none: a root, an address folded into every user, or
        /// unused code.
        case at(Int)
        /// At a link from instruction `from` to `to`, which is no instruction of the function.
        case outside(from: Int, to: Int32)
        /// Nowhere: the chain comes back on itself.
        case cycle
    }

    /// The end of the chain of folds from instruction `start` (an index of the function).
    func endOfFolds(from start: Int) -> FoldChainEnd {
        var i = start, links = 0
        while foldedInto[i] >= 0 {
            guard Int(foldedInto[i]) < foldedInto.count else { return .outside(from: i, to: foldedInto[i]) }
            i = Int(foldedInto[i])
            links += 1
            guard links <= foldedInto.count else { return .cycle }
        }
        return .at(i)
    }

    /// The first folded load that would read memory somewhere other than its own place, as a
    /// message; nil if there is none.
    ///
    /// A load folded into another instruction is read where the root of its chain of folds is
    /// emitted: the first instruction up the chain that is not folded itself, or, through an
    /// address folded into every user, each root of each user. Each of those roots must come
    /// later in the load's block with no store or call in between, or the load would read
    /// memory a store changed (or not yet written); and the chain may not end at code nothing
    /// needs (``unused``), which emits nothing. The folds check this as they fold; this check
    /// covers the decisions together, after all of them, including folds made later that move
    /// a load's consumer again (an index `add` over a folded load taken into an address, fixed
    /// in 7946bcb) and folds into unused code (fixed with this check). ``AllocationChecker``
    /// runs it.
    func misplacedFoldedLoad(in function: Function) -> String? {
        let n = function.instructions.count
        var blockOf = [Int32](filling: -1, count: n), positionOf = [Int32](filling: 0, count: n)
        // Stores and calls before each position of its block (`writesBefore[blockBase[b] + k]`,
        // k up to the block's length).
        var blockBase = [Int](filling: 0, count: function.blocks.count)
        var writesBefore: [Int32] = []
        writesBefore.reserveCapacity(n + function.blocks.count)
        for (b, block) in function.blocks.enumerated() {
            blockBase[b] = writesBefore.count
            var writes: Int32 = 0
            for (k, inst) in block.instructions.enumerated() {
                blockOf[inst.index] = Int32(b)
                positionOf[inst.index] = Int32(k)
                writesBefore.append(writes)
                let op = function.instructions[inst.index].opcode
                if op == .store || op == .call { writes += 1 }
            }
            writesBefore.append(writes)
        }
        // The users of each instruction placed in a block, for addresses folded into every user:
        // users[userStart[i]..<userStart[i + 1]].
        var userStart = [Int](filling: 0, count: n + 1)
        for block in function.blocks {
            for inst in block.instructions {
                for v in function.instructions[inst.index].operands where v.kind == .instruction && v.index < n {
                    userStart[v.index + 1] += 1
                }
            }
        }
        for i in 0..<n { userStart[i + 1] += userStart[i] }
        var users = [Int](filling: 0, count: userStart[n])
        var filled = userStart
        for block in function.blocks {
            for inst in block.instructions {
                for v in function.instructions[inst.index].operands where v.kind == .instruction && v.index < n {
                    users[filled[v.index]] = inst.index
                    filled[v.index] += 1
                }
            }
        }
        // The instructions whose chains of folds the current load is read through: the load,
        // then the users of each address folded into every user met on the way (each such
        // address expanded once per load).
        var pending: [Int] = []
        var expandedFor = [Int](filling: -1, count: n)
        for block in function.blocks {
            for inst in block.instructions where function.instructions[inst.index].opcode == .load {
                let load = inst.index
                guard foldedInto[load] != -1, foldedInto[load] != Self.unused else { continue }
                pending.removeAll(keepingCapacity: true)
                pending.append(load)
                while let start = pending.popLast() {
                    let i: Int
                    switch endOfFolds(from: start) {
                    case .at(let end): i = end
                    case .outside(let from, let to): return "%\(from) is folded into %\(to), which does not exist"
                    case .cycle: return "the folds from %\(start) form a cycle"
                    }
                    switch foldedInto[i] {
                    case -1:
                        // A root: the load is read here.
                        let b = Int(blockOf[i])
                        guard b >= 0, blockOf[load] == blockOf[i] else {
                            return "load %\(load) is folded into %\(i), outside its block"
                        }
                        let from = Int(positionOf[load]), to = Int(positionOf[i])
                        guard from < to else { return "load %\(load) is folded into %\(i), which comes before it" }
                        guard writesBefore[blockBase[b] + to] == writesBefore[blockBase[b] + from + 1] else {
                            return "load %\(load) is folded into %\(i), past a store or call"
                        }
                    case Self.intoEveryUser:
                        guard expandedFor[i] != load else { continue }
                        expandedFor[i] = load
                        for k in userStart[i]..<userStart[i + 1] { pending.append(users[k]) }
                    case Self.unused:
                        // A user of an address folded into every user may be code that nothing
                        // needs, which computes no address; the chain from the load itself may
                        // not end there: the load would be read nowhere, and it has a user that
                        // needs it (with none, it would be unused itself).
                        if start == load { return "load %\(load) is folded into %\(i), which emits no code" }
                    default:
                        return "%\(i) is folded into \(foldedInto[i]), which is no instruction"
                    }
                }
            }
        }
        return nil
    }

    /// True if instruction `first` comes earlier in `instructions` than position `k`, with no
    /// store or call (nothing that may write memory) from it up to `k`.
    static func noWritesBetween(_ first: Int, and k: Int, in instructions: [Inst], _ function: Function) -> Bool {
        var j = k - 1
        while j >= 0 && instructions[j].index != first {
            let op = function.instructions[instructions[j].index].opcode
            if op == .store || op == .call { return false }
            j -= 1
        }
        return j >= 0
    }

    /// `d` as a short-circuit condition: `and i1 a, b` and `select i1 a, i1 b, i1 false` are
    /// a && b; `or i1 a, b` and `select i1 a, i1 true, i1 b` are a || b. Nil for anything else.
    static func shortCircuit(_ d: InstructionView, _ module: Module) -> (isOr: Bool, first: Value, second: Value)? {
        guard d.type == .i1 else { return nil }
        func isBool(_ v: Value, _ b: UInt64) -> Bool {
            v.kind == .constant && module.constants[v.index] == .int(.i1, bits: b)
        }
        switch d.opcode {
        case .and where d.operands.count == 2: return (false, d.operands[0], d.operands[1])
        case .or where d.operands.count == 2: return (true, d.operands[0], d.operands[1])
        case .select where d.operands.count == 3:
            if isBool(d.operands[2], 0) { return (false, d.operands[0], d.operands[1]) }
            if isBool(d.operands[1], 1) { return (true, d.operands[0], d.operands[2]) }
            return nil
        default: return nil
        }
    }

    /// True if the instruction `index` comes before position `k` of `instructions`.
    static func blockContains(_ instructions: [Inst], _ index: Int, before k: Int) -> Bool {
        var j = k - 1
        while j >= 0 {
            if instructions[j].index == index { return true }
            j -= 1
        }
        return false
    }

    /// An icmp of integers or pointers up to 64 bits, or an fcmp of float or double.
    static func isFusibleCompare(_ d: InstructionView, _ function: Function, _ module: Module) -> Bool {
        guard let a = d.operands.first else { return false }
        let t = module.type(of: a, in: function)
        switch d.opcode {
        case .icmp: return t == .ptr || (t.integerWidth.map { $0 <= 64 } ?? false)
        case .fcmp: return t == .float || t == .double
        default: return false
        }
    }
}

/// A getelementptr as a constant byte offset plus variable indices, each times its stride:
/// `base + offset + Σ index_k * stride_k` (indices sign-extended from their width).
struct GEPTerms {
    var base: Value
    var offset: Int64 = 0
    var variable = GEPVariableTerms()

    /// The displacement when a constant `c` folded into the (single) variable index adds
    /// `c * stride` to the offset, or nil if it does not fit 32 bits (or `c` is implausibly large).
    func displacement(adding c: Int64) -> Int32? {
        guard c.magnitude < 1 << 24, let v = variable.first else { return nil }
        return Int32(exactly: offset &+ c &* Int64(v.stride))
    }

    /// Decomposes `d`; nil for what the compiler does not support (a variable struct index,
    /// an index wider than 64 bits, an element type that is not an array or struct).
    static func of(_ d: InstructionView, function: Function, module: Module, layout: DataLayout) -> GEPTerms? {
        guard d.opcode == .getelementptr, d.type == .ptr, let base = d.operands.first else { return nil }
        var terms = GEPTerms(base: base)
        var t = d.auxiliaryType ?? .i8
        for j in d.operands.indices.dropFirst() {
            let k = j - 1, index = d.operands[j]
            guard let w = module.type(of: index, in: function).integerWidth, w <= 64 else { return nil }
            var constant: Int64?
            if index.kind == .constant {
                switch module.constants[index.index] {
                case .int(_, let bits): constant = signExtended(bits, from: w)
                case .zero, .undef, .poison: constant = 0
                default: return nil
                }
            }
            let stride: Int
            if k == 0 {
                stride = layout.size(of: t)
            } else if case .array(_, let e) = t {
                stride = layout.size(of: e)
                t = e
            } else if module.structFields(t) != nil {
                guard let c = constant, let (o, e) = layout.offset(ofElement: Int(c), in: t) else { return nil }
                terms.offset &+= Int64(o)
                t = e
                continue
            } else {
                return nil
            }
            if let c = constant {
                terms.offset &+= c &* Int64(stride)
            } else {
                terms.variable.append((index, w, stride))
            }
        }
        return terms
    }
}

/// The variable terms of a getelementptr, in order: each index value, its width in bits and its
/// stride. The first is kept inline and the others in arrays: nearly every getelementptr has at
/// most one variable index, so decomposing one allocates nothing (and no array of a one-off
/// tuple type is made: see ArrayFilling.swift).
struct GEPVariableTerms {
    typealias Term = (index: Value, width: Int, stride: Int)
    private(set) var count = 0
    private var head: Term = (.argument(0), 0, 0)
    private var tailIndices: [Value] = []
    private var tailSizes: [Int] = []  // (width, stride) of each term after the first

    var isEmpty: Bool { count == 0 }
    var first: Term? { count > 0 ? head : nil }

    subscript(k: Int) -> Term {
        k == 0 ? head : (tailIndices[k - 1], tailSizes[2 * k - 2], tailSizes[2 * k - 1])
    }

    mutating func append(_ term: Term) {
        if count == 0 {
            head = term
        } else {
            tailIndices.append(term.index)
            tailSizes.append(term.width)
            tailSizes.append(term.stride)
        }
        count += 1
    }
}

/// A getelementptr that reduces to `base + index * scale + displacement` with scale 1, 2, 4 or 8
/// and at most one variable index: an x86 addressing mode.
struct AddressPattern {
    var base: Value
    var index: Value?
    var indexWidth = 64
    var scale = Scale.x1
    var displacement: Int32 = 0

    /// - Parameter folded: With the selection's `foldedInto` and the getelementptr's own index, an
    ///   index `sext (add nsw x, C)` (or `sext x`) folded into it is read as `x` (sign-extended at
    ///   the use) with `C * stride` added to the displacement.
    static func of(_ d: InstructionView, function: Function, module: Module, layout: DataLayout,
                   folded: (foldedInto: [Int32], gep: Int)? = nil) -> AddressPattern? {
        function.withInstructionViews { (ins) -> AddressPattern? in
            guard let terms = GEPTerms.of(d, function: function, module: module, layout: layout),
                  terms.variable.count <= 1 else { return nil }
            var offset = terms.offset
            var p = AddressPattern(base: terms.base)
            if let v = terms.variable.first {
                guard let scale = Scale(factor: v.stride) else { return nil }
                p.index = v.index
                p.indexWidth = v.width
                p.scale = scale
                if let (foldedInto, gep) = folded, v.index.kind == .instruction,
                   foldedInto[v.index.index] == Int32(gep) || foldedInto[v.index.index] == Selection.intoEveryUser
                {
                    let first = ins[v.index.index]
                    var inner = first.operands[0]
                    if first.opcode == .sext {
                        p.indexWidth = module.type(of: inner, in: function).integerWidth ?? 64
                    } else if let c = Self.constantOffset(first, module) {
                        // add x, C or or disjoint x, C at 64 bits: x, C * stride further.
                        offset &+= c &* Int64(v.stride)
                    }
                    if first.opcode == .sext, inner.kind == .instruction, foldedInto[inner.index] == Int32(v.index.index),
                       let c = Self.constantOffset(ins[inner.index], module)
                    {
                        offset &+= c &* Int64(v.stride)
                        inner = function.instructions[inner.index].operands[0]
                    }
                    p.index = inner
                }
            }
            guard let disp = Int32(exactly: offset) else { return nil }
            p.displacement = disp
            // A constant offset from a getelementptr folded into every user: that one's address with
            // this displacement added.
            if p.index == nil, let (foldedInto, _) = folded, p.base.kind == .instruction,
               foldedInto[p.base.index] == Selection.intoEveryUser,
               var inner = AddressPattern.of(ins[p.base.index], function: function, module: module,
                                             layout: layout, folded: (foldedInto, p.base.index)),
               let sum = Int32(exactly: Int64(inner.displacement) + Int64(disp))
            {
                inner.displacement = sum
                return inner
            }
            return p
        }
    }

    /// Folds into getelementptr `gep` (itself folded into its users) the `sext` of its variable
    /// index and an `add nsw` of a constant under it, when nothing else uses them: the address
    /// then sign-extends `x` and adds `C * stride` as displacement, as `nsw` allows.
    static func foldIndex(of gep: Int, function: Function, module: Module, layout: DataLayout,
                          useCount: [Int32], foldedInto: inout [Int32]) {
        function.withInstructionViews { (ins) -> Void in
            guard let terms = GEPTerms.of(ins[gep], function: function, module: module, layout: layout),
                  terms.variable.count == 1, Scale(factor: terms.variable[0].stride) != nil else { return }
            func fits(_ c: Int64) -> Bool { terms.displacement(adding: c) != nil }
            let v = terms.variable[0].index
            guard v.kind == .instruction, useCount[v.index] == 1, foldedInto[v.index] == -1 else { return }
            let first = ins[v.index]
            if first.type == .i64, let c = constantOffset(first, module) {
                // add x, C or or disjoint x, C at 64 bits (exact in address arithmetic).
                if fits(c), !readsFoldedLoad(v.index, first, foldedInto) { foldedInto[v.index] = Int32(gep) }
                return
            }
            guard first.opcode == .sext, first.type == .i64, let inner = first.operands.first,
                  module.type(of: inner, in: function).integerWidth == 32 else { return }
            foldedInto[v.index] = Int32(gep)
            guard inner.kind == .instruction, useCount[inner.index] == 1, foldedInto[inner.index] == -1 else { return }
            let add = ins[inner.index]
            // At 32 bits only when the add cannot wrap (nsw): sext(x + C) = sext(x) + C.
            guard add.opcode == .add && add.flags.contains(.nsw) || add.opcode == .or && add.flags.contains(.disjoint),
                  let c = constantOffset(add, module), fits(c), !readsFoldedLoad(inner.index, add, foldedInto)
            else { return }
            foldedInto[inner.index] = Int32(v.index)
        }
    }

    /// True if instruction `inst` (`d`) reads a load folded into it (its memory operand). Such an
    /// add must not fold into an address: the address would read memory again at each of its
    /// uses, which may come after a store to that memory (the fold of the load only checked for
    /// writes up to the add itself).
    static func readsFoldedLoad(_ inst: Int, _ d: InstructionView, _ foldedInto: [Int32]) -> Bool {
        d.operands.contains { $0.kind == .instruction && foldedInto[$0.index] == Int32(inst) }
    }

    /// C for `add x, C` (any flags) or `or disjoint x, C`, sign-extended from the type's width.
    static func constantOffset(_ d: InstructionView, _ module: Module) -> Int64? {
        guard d.opcode == .add || (d.opcode == .or && d.flags.contains(.disjoint)), d.operands.count == 2,
              d.operands[1].kind == .constant, case .int(_, let bits) = module.constants[d.operands[1].index],
              let w = d.type.integerWidth else { return nil }
        return signExtended(bits, from: w)
    }
}
