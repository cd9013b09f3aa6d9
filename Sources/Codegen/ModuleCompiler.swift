// The compile pipeline for a whole module, in order:
//
//   verify → lay out data (globals, aggregate constants) → resolve externals
//          → compile every defined function into one Assembler (+ the run-main and exit stubs)
//          → finalize to MachineCode
//
// The engine then loads the code and writes the data (initializers may hold code addresses).

import IR
import JIT
import X86

/// The output of compiling a module: code, labels and where the data goes.
struct CompiledModule {
    var code: MachineCode
    var context: ModuleContext
    /// The globals with an initializer and the constants placed in the data blocks, whose
    /// addresses `context` holds.
    var placedGlobals: [Int]
    var placedConstants: [Value]
    var writableSize: Int
    var readOnlySize: Int
    var enterLabel: Label
    /// For each function (by index), where each of its IR instructions' code starts (empty when
    /// the compiler was not asked to record them).
    var instructionLabels: [[(inst: Inst, label: Label)]]
    /// Offset of the engine's saved stack pointer word in the writable block (the exit stub uses it).
    static let savedStackOffset = 0
}

/// Compiles a verified module to machine code.
struct ModuleCompiler {
    let module: Module
    let symbols: SymbolTable
    /// Where phase durations go, if anywhere.
    var timings: PhaseTimings?
    /// Allocate registers (false: every value in a frame slot, the baseline code).
    var registerAllocation = true
    /// Whether to record where each IR instruction's code starts (``CompiledModule/instructionLabels``):
    /// a label per instruction, which only `--print-asm` and gdb's line table need.
    var recordsInstructionLabels = false
    /// Whether to check every function's register allocation (``AllocationChecker``).
    var checksAllocations = false

    /// Runs the pipeline up to machine code. `dataBase` gives the addresses of the two data
    /// blocks once their sizes are known.
    func compile(dataBase: (_ writable: Int, _ readOnly: Int) throws(CodegenError) -> (UInt64, UInt64))
        throws(CodegenError) -> CompiledModule
    {
        let layoutStart = PhaseTimings.now()
        let layout = DataLayout(module: module)
        let context = ModuleContext(module: module, layout: layout, callees: Callees(module: module), symbols: symbols)

        // Data: globals, then aggregate constants used as operands.
        var writable = BumpLayout(), readOnly = BumpLayout()
        _ = writable.place(8, alignment: 8)
        // Offsets in the read-only block for constant globals, else in the writable one.
        var placedGlobals: [Int] = [], globalOffsets: [Int] = []
        for (i, g) in module.globals.enumerated() where g.initializer != nil {
            let align = max(g.alignment ?? 1, layout.alignment(of: g.valueType))
            let size = layout.size(of: g.valueType)
            placedGlobals.append(i)
            globalOffsets.append(
                g.isConstant ? readOnly.place(size, alignment: align) : writable.place(size, alignment: align))
        }
        var placedConstants: [Value] = [], constantOffsets: [Int] = []  // (in the read-only block)
        var seen = [Bool](filling: false, count: module.constants.count)  // by constant index
        for f in module.functions {
            for i in f.instructions.indices {  // (not `for d in`: that copies every instruction)
                for v in f.instructions[i].operands where v.kind == .constant && !seen[v.index] {
                    seen[v.index] = true  // each constant examined once
                    let t = module.constants[v.index].type
                    if t.isAggregate || t.isPacked {
                        placedConstants.append(v)
                        constantOffsets.append(readOnly.place(layout.size(of: t), alignment: 16))
                    } else if case .float(_, let bits) = module.constants[v.index], bits != 0 {
                        // A float or double the code can read as a memory operand (see
                        // FunctionCompiler.floatConstantAddress), instead of building it in a register.
                        placedConstants.append(v)
                        constantOffsets.append(readOnly.place(8, alignment: 8))
                    }
                }
            }
        }
        let (writableBase, readOnlyBase) = try dataBase(writable.size, readOnly.size)
        context.globalAddresses = Array(filling: 0, count: module.globals.count)
        for (k, i) in placedGlobals.enumerated() {
            let base = module.globals[i].isConstant ? readOnlyBase : writableBase
            context.globalAddresses[i] = base + UInt64(globalOffsets[k])
        }
        for (i, g) in module.globals.enumerated() where g.initializer == nil {
            guard let a = symbols.address(of: g.name) else { throw CodegenError(.unknownSymbol(g.name)) }
            context.globalAddresses[i] = UInt64(UInt(bitPattern: a))
        }
        for (k, v) in placedConstants.enumerated() {
            context.constantAddresses[v.raw] = readOnlyBase + UInt64(constantOffsets[k])
        }
        timings?.record("data layout", seconds: PhaseTimings.now() - layoutStart)

        // Externals: resolved now; an unresolved one is an error only where it is called.
        context.externalAddresses = module.functions.map { f in
            guard f.isDeclaration, !f.name.hasPrefix("llvm."), let a = symbols.address(of: f.name) else { return 0 }
            return UInt64(UInt(bitPattern: a))
        }

        // Code.
        let loweringStart = PhaseTimings.now()
        var asm = Assembler(capacity: 1 << 16)
        context.functionLabels = module.functions.map { f in f.isDeclaration ? nil : asm.newLabel() }
        let exitStub = asm.newLabel()
        context.exitStub = exitStub
        // (Only when asked for: building the list of lists, even of empty lists, instantiated the
        // metadata of its tuple type at run time, about 15k instructions in a fresh process.)
        var instructionLabels: [[(inst: Inst, label: Label)]] =
            recordsInstructionLabels ? Array(filling: [], count: module.functions.count) : []
        for (i, f) in module.functions.enumerated() where !f.isDeclaration {
            var fc = try FunctionCompiler(asm: asm, context: context, function: f,
                                          registerAllocation: registerAllocation, timings: timings)
            if checksAllocations && registerAllocation {
                let checkStart = PhaseTimings.now()
                try fc.checkAllocation()
                timings?.add(FunctionCompiler.checkPhase, seconds: PhaseTimings.now() - checkStart)
            }
            fc.recordsInstructionLabels = recordsInstructionLabels
            try fc.compile(entry: context.functionLabels[i]!)
            if recordsInstructionLabels { instructionLabels[i] = fc.instructionLabels }
            asm = fc.finish()
        }
        let enter: Label
        do {
            enter = try RuntimeStubs.emit(into: &asm, exitStub: exitStub,
                                          savedStack: writableBase + UInt64(CompiledModule.savedStackOffset),
                                          exit: (try? context.runtimeAddress("exit")) ?? 0)
        } catch {
            throw CodegenError(.encoding("runtime stubs: \(error)"))
        }
        let linkStart = PhaseTimings.now()
        // (The per-function phases were added up by each FunctionCompiler.init.)
        let perFunction = timings?.phases.reduce(0.0) { total, phase in
            phase.name == FunctionCompiler.selectionPhase || phase.name == FunctionCompiler.allocationPhase
                || phase.name == FunctionCompiler.checkPhase ? total + phase.seconds : total
        } ?? 0
        timings?.record("lowering and encoding", seconds: linkStart - loweringStart - perFunction)
        let code: MachineCode
        do {
            code = try asm.finalize()
        } catch {
            throw CodegenError(.encoding("\(error)"))
        }
        timings?.record("branch relaxation and label resolution", seconds: PhaseTimings.now() - linkStart)
        return CompiledModule(code: code, context: context,
                              placedGlobals: placedGlobals, placedConstants: placedConstants,
                              writableSize: writable.size, readOnlySize: readOnly.size, enterLabel: enter,
                              instructionLabels: instructionLabels)
    }
}

/// The two stubs that let `exit` end a run instead of the process.
///
///   enter(main, argc, argv): saves the callee-saved registers and rsp (in the engine's saved
///                            stack word, keeping the previous value for nested runs), calls main
///   exit stub(status):       with a run active, restores that rsp and returns `status` from
///                            enter; otherwise tail-calls the C library's exit
enum RuntimeStubs {
    static func emit(into asm: inout Assembler, exitStub: Label, savedStack: UInt64, exit: UInt64) throws -> Label {
        let enter = asm.newLabel(), resume = asm.newLabel(), realExit = asm.newLabel()
        try asm.align(16)
        try asm.bind(enter)
        try asm.push(.rbp)
        try asm.mov(.rbp, .rsp)
        for r in [GPR64.rbx, .r12, .r13, .r14, .r15] { try asm.push(r) }
        try asm.mov(.r12, Int64(bitPattern: savedStack))
        try asm.push(.qword(.r12))
        try asm.mov(.qword(.r12), .rsp)
        try asm.mov(.r11, .rdi)
        try asm.mov(.edi, .esi)
        try asm.mov(.rsi, .rdx)
        try asm.call(.r11)
        try asm.bind(resume)
        try asm.mov(.r12, Int64(bitPattern: savedStack))
        try asm.pop(.rcx)
        try asm.mov(.qword(.r12), .rcx)
        for r in [GPR64.r15, .r14, .r13, .r12, .rbx] { try asm.pop(r) }
        try asm.pop(.rbp)
        asm.ret()

        try asm.align(16)
        try asm.bind(exitStub)
        try asm.mov(.rax, Int64(bitPattern: savedStack))
        try asm.mov(.rcx, .qword(.rax))
        try asm.test(.rcx, .rcx)
        try asm.j(.e, realExit)
        try asm.mov(.rsp, .rcx)
        try asm.mov(.eax, .edi)
        try asm.jmp(resume)
        try asm.bind(realExit)
        if exit != 0 { asm.jmp(absolute: exit) } else { asm.ud2() }
        return enter
    }
}
