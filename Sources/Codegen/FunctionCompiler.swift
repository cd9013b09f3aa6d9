// The instruction selector: one IR function to x86-64 through the project's assembler.
//
//   IR function ──Selection──► folded compares and addresses
//               ──RegisterAllocator──► a register or frame slot per value
//               ──Frame──► slot offsets, callee-saved registers
//               ──lower each instruction──► Assembler
//
// Each instruction reads its operands where the allocator put them (a register, a frame slot as
// a memory operand, or an immediate), computes into its result's register (or a scratch register
// when the result lives in memory, then stores it), using rax, rcx, rdx, r11, xmm0 and xmm1 as
// scratch. Phis get their values on the edges that enter their block as parallel copies
// (ParallelMoves.swift); conditional branches get a small stub per edge with copies, so a copy
// never runs on the other edge. With allocation off (`registerAllocation: false`) every value
// lives in a slot: the baseline code, kept as a reference for tests.

import IR
import X86

/// The inputs of emission for one function: the function (its blocks laid out), its module, the
/// selection, the register assignment and the frame. A class, so that `FunctionCompiler` stays
/// small: calling one of its non-mutating methods from a mutating one copies the whole struct.
final class FunctionPlan {
    let context: ModuleContext
    /// The context's module and layout, held here too: read through the context (a class), each
    /// use copied the module.
    let module: Module
    let layout: DataLayout
    let function: Function
    let frame: Frame
    let selection: Selection
    let assignment: RegisterAssignment
    /// The phi copies of each control-flow edge, by source block (branch lowering asks about an
    /// edge several times: whether it has copies, whether a jump may go past its target, which
    /// copies to emit): block b's edges are `edges[edgeStart[b]..<edgeStart[b + 1]]` (one array,
    /// not one per block, each a heap allocation).
    let edges: [EdgeCopies]
    let edgeStart: [Int32]

    /// The phi copies of the edge from one block to `to`.
    struct EdgeCopies {
        var to: Int
        /// The copies into the non-aggregate phis (register and slot moves).
        var moves: ParallelMoves
        /// Whether an aggregate phi of `to` takes a value from this edge (copied through memory).
        var hasAggregates: Bool
    }

    init(context: ModuleContext, function: Function, frame: Frame, selection: Selection, assignment: RegisterAssignment) {
        self.context = context
        module = context.module
        layout = context.layout
        self.function = function
        self.frame = frame
        self.selection = selection
        self.assignment = assignment
        var edges: [EdgeCopies] = []
        edges.reserveCapacity(2 * function.blocks.count)  // (at most two successors but for a switch)
        var edgeStart = [Int32](filling: 0, count: function.blocks.count + 1)
        for b in 0..<function.blocks.count {
            edgeStart[b] = Int32(edges.count)
            for s in selection.successors[b] {
                var aggregates = false, phis = false
                for inst in function.blocks[s].instructions {
                    guard function.instructions[inst.index].opcode == .phi else { break }
                    phis = true
                    if function.instructions[inst.index].type.isAggregate,
                       InstructionData.incomingValue(in: function.instructions[inst.index].operands, from: b) != nil { aggregates = true }
                }
                // (Most edges lead to blocks without phis: no copies to work out.)
                let moves = phis ? ParallelMoves.edge(from: b, to: s, function: function, assignment: assignment) : ParallelMoves()
                edges.append(EdgeCopies(to: s, moves: moves, hasAggregates: aggregates))
            }
        }
        edgeStart[function.blocks.count] = Int32(edges.count)
        self.edges = edges
        self.edgeStart = edgeStart
    }

    /// The copies of the edge `from` → `to`, or nil if there is no such edge.
    func copies(from b: Int, to s: Int) -> EdgeCopies? {
        guard b >= 0, b + 1 < edgeStart.count else { return nil }
        for k in Int(edgeStart[b])..<Int(edgeStart[b + 1]) where edges[k].to == s { return edges[k] }
        return nil
    }
}

/// Compiles one function into the module's assembler.
struct FunctionCompiler: ~Copyable {
    var asm: Assembler
    /// What selection and allocation decided, read-only while the code is emitted.
    let plan: FunctionPlan
    var context: ModuleContext { _read { yield plan.context } }
    var function: Function { _read { yield plan.function } }
    var frame: Frame { _read { yield plan.frame } }
    var selection: Selection { _read { yield plan.selection } }
    /// Where each value lives (slot offsets filled in by the frame).
    var assignment: RegisterAssignment { _read { yield plan.assignment } }
    var blockLabels: [Label] = []
    /// The block being compiled (a branch to the next one falls through).
    var currentBlock = 0
    /// Jump tables of switches, emitted after the function's code.
    var jumpTables: [(Label, [Label])] = []
    /// Edges with phi copies reached by a conditional jump, emitted after the blocks: the stub's
    /// label, the block the edge leaves and the one it enters (`.block`), a pair of entries each
    /// (not an array of triples: see ArrayFilling.swift on one-off types).
    var deferredStubs: [Label] = []
    var deferredEdges: [Value] = []
    /// Set while emitting code that must leave the flags alone: a zero is loaded with `mov`,
    /// not `xor`.
    var keepsFlags = false
    /// Set while the exit edge of a latch whose back edge's copies ran before its branch is
    /// emitted (``HoistedBackEdge``).
    var hoisted: HoistedBackEdge?
    /// The instruction being compiled, for error messages.
    var current: Inst?
    /// Where each IR instruction's machine code starts: for debuggers' line tables and
    /// `--print-asm --debug-lines`.
    var instructionLabels: [(inst: Inst, label: Label)] = []
    /// Whether to fill ``instructionLabels``.
    var recordsInstructionLabels = false
    /// The instructions of the function as given: those after them are the code generator's own
    /// (the branches of ``SelectBranching``), which no IR line or address list names.
    let sourceInstructionCount: Int

    // Read in place (a getter would hand out a copy of the module, retaining each of its arrays,
    // at every `module.constants[...]`).
    var module: Module { _read { yield plan.module } }
    var layout: DataLayout { _read { yield plan.layout } }

    /// Lays out `function`'s blocks, selects instructions and allocates registers.
    init(asm: consuming Assembler, context: ModuleContext, function: Function, registerAllocation: Bool = true,
         timings: PhaseTimings? = nil) throws(CodegenError)
    {
        self.asm = asm
        let start = PhaseTimings.now()
        sourceInstructionCount = function.instructions.count
        let function = registerAllocation ? Self.prepared(function) : BlockLayout.laidOut(function)
        let selection = Selection(function: function, module: context.module, layout: context.layout,
                                  folding: registerAllocation, globalAddresses: context.globalAddresses)
        let allocationStart = PhaseTimings.now()
        timings?.add(Self.selectionPhase, seconds: allocationStart - start)
        var a = RegisterAllocator(function: function, module: context.module, selection: selection,
                                  enabled: registerAllocation, layout: context.layout, callees: context.callees).allocate()
        let frame = try Frame(function: function, module: context.module, layout: context.layout, assignment: &a)
        plan = FunctionPlan(context: context, function: function, frame: frame, selection: selection, assignment: a)
        timings?.add(Self.allocationPhase, seconds: PhaseTimings.now() - allocationStart)
    }

    /// The `--time-passes` rows of this initializer:
    /// block layout (with the branches made of selects and the sunk updates) and the selection of
    /// patterns (folded operands, addressing modes, fused compares); then the register
    /// allocation and the frame layout. Lowering and encoding, `compile(entry:)`, are what the
    /// module compiler's row adds.
    static let selectionPhase = "block layout and instruction selection"
    static let allocationPhase = "register allocation"
    /// The `--time-passes` row of the checks of ``checkAllocation()``, when the engine runs them.
    static let checkPhase = "code generation checks"

    /// `function` as the allocator and the emitter see it: blocks laid out (``BlockLayout``),
    /// selects in loops that wait for loads made branches (``SelectBranching``), loop-carried
    /// updates sunk (``Sinking``).
    static func prepared(_ function: Function) -> Function {
        Sinking.sunk(SelectBranching.branched(BlockLayout.laidOut(function)))
    }

    /// Checks the register allocation symbolically (``AllocationChecker``).
    /// - Throws: ``CodegenError`` with kind `.allocation` for the first inconsistency.
    func checkAllocation() throws(CodegenError) {
        do {
            try AllocationChecker(function: function, module: module, layout: layout, selection: selection,
                                  assignment: assignment, callees: context.callees).check()
        } catch {
            throw CodegenError(.allocation(error.message), function: function.name)
        }
    }

    /// The assembler, given back once the function is compiled.
    consuming func finish() -> Assembler { asm }

    /// The count of an `alloca` with a constant count operand (`operands`: the alloca's).
    static func constantCount(_ operands: Operands, _ module: Module) -> Int? {
        guard let n = operands.first, n.kind == .constant, case .int(_, let bits) = module.constants[n.index],
              bits < 1 << 30 else { return nil }
        return Int(bits)
    }

    /// An error about the current instruction.
    func failure(_ kind: CodegenError.Kind) -> CodegenError {
        var text = ""
        if let current { text = module.text(of: current, in: function, singleLine: true) }
        return CodegenError(kind, function: function.name, instruction: text)
    }

    func unsupported(_ what: String) -> CodegenError { failure(.unsupported(what)) }

    // MARK: - Driver

    /// Emits the function at `entry`.
    /// - Throws: ``CodegenError`` for constructs the compiler does not support.
    mutating func compile(entry: Label) throws(CodegenError) {
        do {
            blockLabels = function.blocks.map { _ in asm.newLabel() }
            try asm.align(16)
            try asm.bind(entry)
            try emitPrologue()
            // Loop headers (targets of an edge from a later block) start on 16 bytes, as LLVM
            // places them: a loop body's position against fetch and decode boundaries can
            // otherwise cost a quarter of its speed.
            var isLoopHeader = [Bool](filling: false, count: function.blocks.count)
            for b in 0..<function.blocks.count {
                for s in selection.successors[b] where s <= b && s > 0 { isLoopHeader[s] = true }
            }
            for (b, block) in function.blocks.enumerated() {
                currentBlock = b
                if isLoopHeader[b] {
                    // A dispatch loop (its header ends in a switch: an interpreter's `switch
                    // (code[pc++])`) on a cache line of its own, so that loading the opcode,
                    // checking it and the indirect jump do not straddle two: clang's own
                    // bytecode benchmark takes 0.52 to 0.78 s as its function moves by 16-byte
                    // steps, and ours took 0.74 s at 32 mod 64 and 0.58 s at 0 (native 0.57).
                    let last = function.blocks[b].instructions.last.map { function.instructions[$0.index].opcode }
                    try asm.align(last == .switch ? 64 : 16)
                }
                try asm.bind(blockLabels[b])
                // (Views: the lowering reads each instruction in place, not a copy of it. Taken
                // through the plan rather than `function`, whose accessor is an access to this
                // struct, which the lowering's mutating methods would then overlap.)
                try plan.function.withInstructionViews { (ins) throws in
                    for inst in block.instructions {
                        current = inst
                        if recordsInstructionLabels && inst.index < sourceInstructionCount {
                            instructionLabels.append((inst, asm.label()))
                        }
                        if selection.isFolded(inst.index) { continue }
                        if let saved = assignment.savesAtCall[inst.index] {
                            // Values split around this call: to their home slots and back.
                            for i in saved { try saveOrRestore(i, save: true) }
                            try lower(inst, ins[inst], block: b)
                            for i in saved { try saveOrRestore(i, save: false) }
                            continue
                        }
                        try lower(inst, ins[inst], block: b)
                    }
                }
            }
            try emitDeferredEdges()
            try emitJumpTables()
        } catch let e as CodegenError {
            throw e.function.isEmpty ? failure(e.kind) : e
        } catch {
            throw failure(.encoding("\(error)"))
        }
    }

    /// Lowers one instruction: the dispatch on the opcode.
    mutating func lower(_ inst: Inst, _ d: InstructionView, block: Int) throws {
        if d.type.isPacked || d.opcode == .extractelement || d.opcode == .store, try lowerPacked(inst, d) { return }
        switch d.opcode {
        case .add, .sub, .mul, .sdiv, .udiv, .srem, .urem, .shl, .lshr, .ashr, .and, .or, .xor:
            try lowerIntegerBinary(inst, d)
        case .fadd, .fsub, .fmul, .fdiv, .frem, .fneg:
            try lowerFloatArithmetic(inst, d)
        case .icmp:
            try lowerICmp(inst, d)
        case .fcmp:
            try lowerFCmp(inst, d)
        case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr,
             .bitcast:
            try lowerCast(inst, d)
        case .select:
            try lowerSelect(inst, d)
        case .freeze:
            try copy(d.operands[0], to: inst)
        case .phi:
            break
        case .alloca:
            try lowerAlloca(inst, d)
        case .load:
            try lowerLoad(inst, d)
        case .store:
            try lowerStore(d)
        case .getelementptr:
            try lowerGEP(inst, d)
        case .extractvalue:
            try lowerExtractValue(inst, d)
        case .insertvalue:
            try lowerInsertValue(inst, d)
        case .call:
            try lowerCall(inst, d)
        case .br:
            try lowerBranch(d, block: block)
        case .switch:
            try lowerSwitch(d, block: block)
        case .ret:
            try lowerReturn(d)
        case .unreachable:
            asm.ud2()
        case .extractelement:
            try lowerExtractElement(inst, d)
        case .insertelement:
            try lowerInsertElement(inst, d)
        case .shufflevector:
            try lowerShuffleVector(inst, d)
        @unknown default:
            throw unsupported("the \(d.opcode) instruction")
        }
    }

    // MARK: - Prologue and epilogue

    mutating func emitPrologue() throws {
        try asm.push(.rbp)
        try asm.mov(.rbp, .rsp)
        for r in frame.calleeSaved { try asm.push(r) }
        if frame.size > 0 { try asm.sub(.rsp, Int64(frame.size)) }
        let params = function.type.parameters
        let incoming = try CallingConvention.assign(params, function.parameterAttributes, layout: layout)
        if function.type.isVariadic {
            // The register save area va_arg reads: rdi..r9 at 0..40, xmm0-7 at 48..160.
            for (i, r) in CallingConvention.argumentGPRs.enumerated() {
                try asm.mov(.qword(.rbp, frame.saveArea + Int32(8 * i)), r)
            }
            // All 16 bytes: a 16-byte vector argument fills its register.
            for i in 0..<8 { try asm.movups(.xmmword(.rbp, frame.saveArea + Int32(48 + 16 * i)), XMM.all[i]) }
        }
        // Register arguments: brought to canonical form in place, then copied in parallel to
        // where the allocator put them; stack and byval arguments after that.
        for (i, t) in params.enumerated() where assignment.arguments[i] != .none {
            if case .gpr(let n) = incoming.locations[i] { try normalize(CallingConvention.argumentGPRs[n], t) }
        }
        let moves = ParallelMoves.parameters(function: function, assignment: assignment, incoming: incoming)
        try emit(moves)
        // Global addresses used in loops, into their registers (or slots) once.
        for (k, g) in selection.hoistedGlobals.enumerated() {
            let l = assignment.hoisted[k]
            guard l != .none else { continue }
            try loadImmediate(.rax, context.globalAddresses[g])
            try place(.rax, .ptr, in: l)
        }
        for (i, t) in params.enumerated() {
            let destination = assignment.arguments[i]
            guard destination != .none else { continue }
            switch incoming.locations[i] {
            case .stack(let offset):
                if ValueClass(t) == .xmm, case .xmm(let x) = destination {
                    try loadXMM(x, t, from: Memory(.rbp, Int32(16 + offset)))
                } else {
                    try asm.mov(.rax, .qword(.rbp, Int32(16 + offset)))
                    try normalize(.rax, t)
                    try place(.rax, t, in: destination)
                }
            case .byValue(let offset, _):
                try asm.lea(.rax, Memory(.rbp, Int32(16 + offset)))
                try place(.rax, t, in: destination)
            default:
                break
            }
        }
    }

    /// Stores a value split around a call to its home slot (`save`), or loads it back.
    mutating func saveOrRestore(_ i: Int, save: Bool) throws {
        guard let home = assignment.home[i] else { return }
        let m = Memory(.rbp, home)
        switch assignment.location(ofID: i) {
        case .gpr(let r): if save { try asm.mov(.qword(m), r) } else { try asm.mov(r, .qword(m)) }
        case .xmm(let x):
            let t = typeOf(valueID: i)
            if save { try storeXMM(x, t, to: m) } else { try loadXMM(x, t, from: m) }
        default: break
        }
    }

    /// Restores the callee-saved registers and the caller's frame, and returns.
    mutating func emitEpilogue() throws {
        if frame.calleeSaved.isEmpty {
            asm.leave()
        } else {
            // rsp is already just below the saved registers unless the frame or a dynamic alloca
            // moved it.
            if frame.size > 0 || frame.hasDynamicStack {
                try asm.lea(.rsp, Memory(.rbp, Int32(-8 * frame.calleeSaved.count)))
            }
            for r in frame.calleeSaved.reversed() { try asm.pop(r) }
            try asm.pop(.rbp)
        }
        asm.ret()
    }

    mutating func lowerReturn(_ d: InstructionView) throws {
        if let v = d.operands.first {
            let t = typeOf(v)
            switch t {
            case .float, .double:
                try loadXMM(v, .xmm0, t)
            case .vector where t.isPacked:
                try loadXMM(v, .xmm0, t)
            case .vector:
                try load(v, .rax)
                try asm.movq(.xmm0, .rax)
            case .int, .ptr:
                try load(v, .rax)
                if function.resultAttributes.signExtend, let w = t.integerWidth { try signExtend(.rax, w) }
            default:
                guard t.isAggregate else { throw unsupported("returning \(t)") }
                try aggregateAddress(v, .r11)
                for piece in try CallingConvention.resultPieces(t, module: module, layout: layout) {
                    if piece.type.isFloatingPoint || piece.type.isVector {
                        try loadXMM(XMM.all[piece.register], piece.type == .float ? .float : .double,
                                    from: Memory(.r11, Int32(piece.offset)))
                    } else {
                        let r = CallingConvention.resultGPRs[piece.register]
                        try loadScalar(piece.type, from: Memory(.r11, Int32(piece.offset)), into: r)
                    }
                }
            }
        } else if let sret = function.parameterAttributes.firstIndex(where: { $0.structReturn != nil }) {
            // The System V ABI returns the sret pointer in rax.
            try load(.argument(sret), .rax)
        }
        try emitEpilogue()
    }

    // MARK: - Locations

    /// The type of an operand.
    func typeOf(_ v: Value) -> IRType { module.type(of: v, in: function) }

    /// The type of the value with id `i` (instructions, then parameters, then hoisted globals).
    func typeOf(valueID i: Int) -> IRType {
        if i < function.instructions.count { return function.instructions[i].type }
        let p = i - function.instructions.count
        return p < function.type.parameters.count ? function.type.parameters[p] : .ptr
    }

    /// Where an instruction result or parameter lives; `.none` for everything else.
    func location(_ v: Value) -> Location { assignment.location(v) }

    /// The register holding `v`, if it is in one.
    func register(_ v: Value) -> GPR64? {
        if case .gpr(let r) = location(v) { return r }
        return nil
    }

    /// The xmm register holding `v`, if it is in one.
    func xmmRegister(_ v: Value) -> XMM? {
        if case .xmm(let x) = location(v) { return x }
        return nil
    }

    /// The slot or area of an instruction result or parameter that lives in memory.
    func slot(_ v: Value) throws -> Int32 {
        if case .slot(let o) = location(v) { return o }
        throw unsupported("a value without a frame slot")
    }

    /// True if values of type `t` are read from memory with a 32-bit load (narrow integers
    /// are zero-extended in their slot; a float has only its low 32 bits defined).
    static func isNarrow(_ t: IRType) -> Bool {
        switch t {
        case .int(let w): w <= 32
        case .float: true
        default: false
        }
    }

    /// Loads the bits of a scalar operand into `r`, in canonical (zero-extended) form.
    mutating func load(_ v: Value, _ r: GPR64) throws {
        switch location(v) {
        case .gpr(let s):
            if s != r { try asm.mov(r, s) }
            return
        case .xmm(let x):
            let t = typeOf(v)
            guard !t.isVector else { throw unsupported("a \(t) value in a general-purpose register") }
            if t == .float { try asm.movd(r.dword, x) } else { try asm.movq(r, x) }
            return
        case .slot(let o):
            let t = typeOf(v)
            if Self.isNarrow(t) { try asm.mov(r.dword, .dword(.rbp, o)) }
            else if t.isPacked { throw unsupported("a \(t) value in a general-purpose register") }
            else { try asm.mov(r, .qword(.rbp, o)) }
            return
        case .frame(let o):
            try asm.lea(r, Memory(.rbp, o))
            return
        case .none:
            break
        }
        switch v.kind {
        case .instruction, .argument:
            // Never used (no location): any bits will do.
            return
        case .function where !module.functions[v.index].isDeclaration:
            guard let label = context.functionLabels[v.index] else { throw unsupported("function without code") }
            try asm.lea(r, Memory(rip: label))
        case .constant:
            if context.referencesDefinedFunction(v) {
                throw unsupported("the address of a function inside a constant expression")
            }
            try loadImmediate(r, try context.constantBits(v, functionAddress: { _ in nil }))
        case .global, .function:
            try loadImmediate(r, try context.constantBits(v, functionAddress: { _ in nil }))
        case .block:
            throw unsupported("a block used as a value")
        }
    }

    /// The register holding `v`, loading it into `scratch` if it is not in one.
    mutating func gpr(_ v: Value, _ scratch: GPR64) throws -> GPR64 {
        if let r = register(v) { return r }
        try load(v, scratch)
        return scratch
    }

    /// The bits of a constant operand, if it is one (and not a function address).
    ///
    /// Inlined, so that the common answer for an instruction's or a parameter's value costs no
    /// call: a call of a non-mutating method from a mutating one copies the compiler (memcpy).
    @inline(__always) func constantValue(_ v: Value) -> UInt64? {
        guard v.kind == .constant || v.kind == .global || v.kind == .function else { return nil }
        return constantOperandBits(v)
    }

    /// ``constantValue(_:)`` for constants, globals and functions (a defined function's address
    /// is not known yet).
    func constantOperandBits(_ v: Value) -> UInt64? {
        guard !context.referencesDefinedFunction(v) else { return nil }
        return try? context.constantBits(v, functionAddress: { _ in nil })
    }

    /// The constant `v` as an immediate of an instruction at `width` bits (32-bit instructions
    /// for widths up to 32), if it fits.
    func immediate(_ v: Value, width: Int) -> Int32? {
        guard let bits = constantValue(v) else { return nil }
        if width <= 32 { return Int32(truncatingIfNeeded: bits) }
        return Int32(exactly: Int64(bitPattern: bits))
    }

    /// A source operand of an integer instruction: a register, a frame slot, or an immediate.
    enum Source {
        case register(GPR64)
        case memory(Memory)
        case immediate(Int32)
    }

    /// `v` as a source operand at `width` bits, loading it into `scratch` when it is neither in a
    /// register, nor in a slot, nor an immediate that fits.
    mutating func source(_ v: Value, width: Int, scratch: GPR64, allowImmediate: Bool = true) throws -> Source {
        switch location(v) {
        case .gpr(let r): return .register(r)
        case .slot(let o) where ValueClass(typeOf(v)) == .gpr: return .memory(Memory(.rbp, o))
        default: break
        }
        if allowImmediate, let i = immediate(v, width: width) { return .immediate(i) }
        try load(v, scratch)
        return .register(scratch)
    }

    /// True if `v` is a load that Selection folded into `inst` (its memory operand). (Inlined:
    /// see ``constantValue(_:)``.)
    /// Throws unless folded instruction `i` is computed as part of the instruction being
    /// lowered (``Selection/isComputed(_:partOf:)``): its memory is about to be read here.
    func checkFoldedHere(_ i: Int) throws {
        guard let root = current, selection.isComputed(i, partOf: root.index) else {
            throw failure(.allocation("%\(i) is read as part of %\(current.map { "\($0.index)" } ?? "?"), "
                                      + "but folded elsewhere"))
        }
    }

    @inline(__always) func isFoldedLoad(_ v: Value, into inst: Inst) -> Bool {
        v.kind == .instruction && selection.foldedInto[v.index] == Int32(inst.index)
            && function.instructions[v.index].opcode == .load
    }

    /// The registers that the code of folded instruction `v` reads (those of its operands, and
    /// of the instructions folded into it).
    func registersRead(byFolded v: Value) -> [GPR64] {
        var registers: [GPR64] = []
        for o in function.instructions[v.index].operands {
            if o.kind == .instruction, selection.isFolded(o.index) {
                registers += registersRead(byFolded: o)
            } else if let r = register(o) {
                registers.append(r)
            }
        }
        return registers
    }

    /// Loads `v` into `r` (all of it, canonical).
    mutating func move(_ r: GPR64, _ s: Source, wide: Bool) throws {
        switch s {
        case .register(let x): if x != r { try asm.mov(r, x) }
        case .memory(let m): if wide { try asm.mov(r, .qword(m)) } else { try asm.mov(r.dword, .dword(m)) }
        case .immediate(let i):
            if i == 0 { try asm.xor(r.dword, r.dword) }
            else if wide { try asm.mov(r, Int64(i)) }
            else { try asm.mov(r.dword, Int64(UInt32(bitPattern: i))) }
        }
    }

    /// `op d, s` at 64 bits (`wide`) or 32 bits.
    mutating func alu(_ op: ALUOp, _ d: GPR64, _ s: Source, wide: Bool) throws {
        switch s {
        case .register(let x): if wide { try asm.alu(op, d, x) } else { try asm.alu(op, d.dword, x.dword) }
        case .memory(let m): if wide { try asm.alu(op, d, .qword(m)) } else { try asm.alu(op, d.dword, .dword(m)) }
        case .immediate(let i): if wide { try asm.alu(op, d, Int64(i)) } else { try asm.alu(op, d.dword, Int64(i)) }
        }
    }

    /// The register to compute `inst`'s result in: its own, unless it lives in memory or its
    /// register holds one of `avoiding` (read after the result is first written); then `scratch`.
    func resultRegister(_ inst: Inst, scratch: GPR64 = .rax, avoiding a: Value? = nil, _ b: Value? = nil) -> GPR64 {
        guard case .gpr(let r) = assignment.instructions[inst.index] else { return scratch }
        // (One or two values, not an array: an array literal here was a heap allocation for
        // every two-address instruction lowered.)
        if let a, register(a) == r { return scratch }
        if let b, register(b) == r { return scratch }
        return r
    }

    /// ``resultRegister(_:scratch:avoiding:_:)`` for any number of values to avoid.
    func resultRegister(_ inst: Inst, scratch: GPR64, avoidingAll values: [Value]) -> GPR64 {
        guard case .gpr(let r) = assignment.instructions[inst.index] else { return scratch }
        for v in values where register(v) == r { return scratch }
        return r
    }

    /// Puts the result computed in `r` where `inst` lives.
    mutating func define(_ inst: Inst, _ r: GPR64) throws {
        try place(r, function.instructions[inst.index].type, in: assignment.instructions[inst.index])
    }

    /// Puts the bits of a value of type `t` in `r` into `location`.
    mutating func place(_ r: GPR64, _ t: IRType, in location: Location) throws {
        switch location {
        case .gpr(let d): if d != r { try asm.mov(d, r) }
        case .xmm(let x):
            guard !t.isVector else { throw unsupported("a \(t) value in a general-purpose register") }
            if t == .float { try asm.movd(x, r.dword) } else { try asm.movq(x, r) }
        case .slot(let o): try asm.mov(.qword(.rbp, o), r)
        case .none, .frame: break
        }
    }

    /// `mov r, imm` with the shortest encoding.
    mutating func loadImmediate(_ r: GPR64, _ bits: UInt64) throws {
        if bits == 0 && !keepsFlags {
            try asm.xor(r.dword, r.dword)
        } else if bits <= UInt64(UInt32.max) {
            try asm.mov(r.dword, Int64(bits))
        } else {
            try asm.mov(r, Int64(bitPattern: bits))
        }
    }

    // MARK: - Floating point operands

    /// Loads a value of type `t` held in an xmm register from memory: a float, a double, a
    /// packed vector (16 bytes) or a small vector (8 bytes, passed in xmm registers).
    mutating func loadXMM(_ x: XMM, _ t: IRType, from m: Memory) throws {
        switch t {
        case .float: try asm.movss(x, .dword(m))
        case .vector where t.isPacked: try asm.movups(x, .xmmword(m))
        default: try asm.movsd(x, .qword(m))
        }
    }

    /// Stores a value of type `t` held in an xmm register to memory (see ``loadXMM(_:_:from:)``).
    mutating func storeXMM(_ x: XMM, _ t: IRType, to m: Memory) throws {
        switch t {
        case .float: try asm.movss(.dword(m), x)
        case .vector where t.isPacked: try asm.movups(.xmmword(m), x)
        default: try asm.movsd(.qword(m), x)
        }
    }

    /// Loads a float, double or packed vector operand into `x`.
    mutating func loadXMM(_ v: Value, _ x: XMM, _ t: IRType) throws {
        switch location(v) {
        case .xmm(let y):
            if y != x { try asm.movaps(x, y) }
        case .slot(let o):
            try loadXMM(x, t, from: Memory(.rbp, o))
        case .gpr(let r):
            guard !t.isVector else { throw unsupported("a \(t) value in a general-purpose register") }
            if t == .float { try asm.movd(x, r.dword) } else { try asm.movq(x, r) }
        default:
            if t.isPacked {
                try loadPackedConstant(v, x)
            } else if let bits = constantValue(v), bits == 0 {
                try asm.xorps(x, x)
            } else if let a = floatConstantAddress(v), t == .float || t == .double {
                // From the read-only data: no detour through a general register.
                try loadXMM(x, t, from: Memory(absolute: a))
            } else {
                try load(v, .r11)
                try asm.movq(x, .r11)
            }
        }
    }

    /// Where the float or double constant `v` sits in the read-only data, when a 32-bit absolute
    /// address reaches it (the data is in the low 2 GiB).
    func floatConstantAddress(_ v: Value) -> Int32? {
        guard v.kind == .constant, case .float = module.constants[v.index], let a = context.constantAddresses[v.raw]
        else { return nil }
        return Int32(exactly: a)
    }

    /// The xmm register holding `v`, loading it into `scratch` if it is not in one.
    mutating func xmm(_ v: Value, _ scratch: XMM, _ t: IRType) throws -> XMM {
        if let x = xmmRegister(v) { return x }
        try loadXMM(v, scratch, t)
        return scratch
    }

    /// The xmm register to compute `inst`'s result in (see ``resultRegister(_:scratch:avoiding:_:)``).
    func resultXMM(_ inst: Inst, scratch: XMM = .xmm0, avoiding a: Value? = nil, _ b: Value? = nil) -> XMM {
        guard case .xmm(let x) = assignment.instructions[inst.index] else { return scratch }
        if let a, xmmRegister(a) == x { return scratch }
        if let b, xmmRegister(b) == x { return scratch }
        return x
    }

    /// Puts the float or double result computed in `x` where `inst` lives.
    mutating func defineXMM(_ inst: Inst, _ x: XMM) throws {
        let t = function.instructions[inst.index].type
        switch assignment.instructions[inst.index] {
        case .xmm(let d): if d != x { try asm.movaps(d, x) }
        case .slot(let o): try storeXMM(x, t, to: Memory(.rbp, o))
        case .gpr(let r):
            guard !t.isVector else { throw unsupported("a \(t) value in a general-purpose register") }
            if t == .float { try asm.movd(r.dword, x) } else { try asm.movq(r, x) }
        case .none, .frame: break
        }
    }

    // MARK: - Aggregates

    /// The address of an aggregate operand's bytes, into `r`.
    mutating func aggregateAddress(_ v: Value, _ r: GPR64) throws {
        switch v.kind {
        case .instruction, .argument:
            try asm.lea(r, Memory(.rbp, try slot(v)))
        case .constant:
            guard let a = context.constantAddresses[v.raw] else { throw unsupported("aggregate constant operand") }
            try loadImmediate(r, a)
        default:
            throw unsupported("aggregate operand")
        }
    }

    /// Copies `v` into the location of `inst` (same type).
    mutating func copy(_ v: Value, to inst: Inst) throws {
        let t = function.instructions[inst.index].type
        if t.isAggregate {
            try aggregateAddress(v, .rdx)
            try asm.lea(.r11, Memory(.rbp, try slot(.instruction(inst))))
            try copyBytes(layout.size(of: t))
        } else if ValueClass(t) == .xmm {
            let x = resultXMM(inst)
            try loadXMM(v, x, t)
            try defineXMM(inst, x)
        } else {
            let r = resultRegister(inst)
            try load(v, r)
            try define(inst, r)
        }
    }

    /// Copies `size` bytes from [rdx] to [r11] (clobbers rax, rcx, rdx, r11): unrolled for small
    /// sizes, a loop of 8-byte moves otherwise. No call, so no allocated register changes.
    mutating func copyBytes(_ size: Int) throws {
        var o = 0
        if size > 64 {
            let loop = asm.newLabel()
            try loadImmediate(.rcx, UInt64(size / 8))
            try asm.bind(loop)
            try asm.mov(.rax, .qword(.rdx))
            try asm.mov(.qword(.r11), .rax)
            try asm.add(.rdx, 8)
            try asm.add(.r11, 8)
            try asm.dec(.rcx)
            try asm.j(.ne, loop)
            o = 0
            let rest = size % 8
            var k = 0
            while k < rest {
                try asm.mov(.al, .byte(.rdx, Int32(k)))
                try asm.mov(.byte(.r11, Int32(k)), .al)
                k += 1
            }
            return
        }
        while o < size {
            let n = size - o >= 8 ? 8 : size - o >= 4 ? 4 : size - o >= 2 ? 2 : 1
            let m = Int32(o)
            switch n {
            case 8: try asm.mov(.rax, .qword(.rdx, m)); try asm.mov(.qword(.r11, m), .rax)
            case 4: try asm.mov(.eax, .dword(.rdx, m)); try asm.mov(.dword(.r11, m), .eax)
            case 2: try asm.mov(.ax, .word(.rdx, m)); try asm.mov(.word(.r11, m), .ax)
            default: try asm.mov(.al, .byte(.rdx, m)); try asm.mov(.byte(.r11, m), .al)
            }
            o += n
        }
    }

    /// Calls a C library function with the arguments already in registers (rsp is 16-aligned).
    mutating func callRuntime(_ name: String) throws {
        asm.call(absolute: try context.runtimeAddress(name))
    }

    // MARK: - Widths

    /// The width in bits of an integer or pointer type held in a slot.
    func width(_ t: IRType) throws -> Int {
        switch t {
        case .int(let w) where w >= 1 && w <= 64: return w
        case .ptr: return 64
        default: throw unsupported("values of type \(t)")
        }
    }

    /// Zero-extends `r` from `width` bits to 64 (the canonical slot form).
    mutating func zeroExtend(_ r: GPR64, _ width: Int) throws {
        switch width {
        case 64: break
        case 32: try asm.mov(r.dword, r.dword)
        case 16: try asm.movzx(r.dword, r.word)
        case 8: try asm.movzx(r.dword, r.byte)
        case 1: try asm.and(r.dword, 1)
        default:
            try asm.shl(r, UInt8(64 - width))
            try asm.shr(r, UInt8(64 - width))
        }
    }

    /// Sign-extends `r` from `width` bits to 64.
    mutating func signExtend(_ r: GPR64, _ width: Int) throws {
        try signExtend(r, from: r, width)
    }

    /// `r` = the low `width` bits of `source`, sign-extended to 64 bits (one `movsx` when the
    /// width has one).
    mutating func signExtend(_ r: GPR64, from source: GPR64, _ width: Int) throws {
        switch width {
        case 64: if r != source { try asm.mov(r, source) }
        case 32: try asm.movsxd(r, source.dword)
        case 16: try asm.movsx(r, source.word)
        case 8: try asm.movsx(r, source.byte)
        default:
            if r != source { try asm.mov(r, source) }
            try asm.shl(r, UInt8(64 - width))
            try asm.sar(r, UInt8(64 - width))
        }
    }

    /// Brings a value of type `t` in `r` to the canonical slot form.
    mutating func normalize(_ r: GPR64, _ t: IRType) throws {
        switch t {
        case .int(let w): try zeroExtend(r, w)
        case .float: try asm.mov(r.dword, r.dword)
        default: break
        }
    }
}
