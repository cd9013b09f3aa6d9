// The JIT engine: compiles a whole module to native code, lays out its globals, resolves its
// external symbols, loads the code (W^X) and hands out typed entry points.
//
//   let engine = try Engine(module: module)
//   let fib = try engine.function("fib", as: (@convention(c) (Int32) -> Int32).self)
//   let status = try engine.runMain(arguments: ["prog"])

#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import IR
import JIT
import Optimizer
import X86

/// A module compiled to native code and loaded, ready to run.
///
/// The engine owns the code and the data of the module: pointers into them are valid while it
/// lives. It is not thread-safe to run `main` on two threads at once (``runMain(arguments:)``
/// keeps its `exit` return point in the module's data).
public final class Engine {
    /// The module that was compiled: after vector scalarization and the passes of the
    /// `optimization` it was given, with each function's blocks in the order of its machine code.
    public let module: Module
    private let data: DataMemory
    private let region: CodeRegion
    private let code: LoadedCode
    private var functionAddresses: [UInt64] = []
    private let enterAddress: UnsafeRawPointer

    /// Verifies `module` (unless it is already known to be well formed: `module.isVerified`),
    /// compiles it, lays out its data and loads its code.
    /// - Parameters:
    ///   - module: The module to compile.
    ///   - symbols: Where external functions and globals (`printf`, `stdout`) are looked up.
    ///   - timings: If given, receives the duration of each phase.
    ///   - debugging: Whether to register the code with gdb and list it in a perf map (each
    ///     function under its IR name; environment variables `SWIFTJIT_GDB=1` and
    ///     `SWIFTJIT_PERF_MAP=1` turn them on too).
    ///   - sourceFile: The `.ll` file the module was parsed from: gdb then shows, for each machine
    ///     instruction, the line of the IR instruction it came from.
    ///   - optimization: The pass pipeline run on the module before it is compiled (see the
    ///     Optimizer module): `.O2` by default; `.O0` compiles the module as it is.
    ///   - recordingInstructionAddresses: Whether to fill ``instructionAddresses`` (it costs a
    ///     label per IR instruction; gdb's line table records them anyway).
    ///   - checkingAllocations: Whether to check each function's register allocation
    ///     symbolically before emitting it: every operand must be read from a register or slot
    ///     that holds it on every path, with the phi copies, call clobbers and saves as emitted;
    ///     and every load folded into another instruction must be read later in its block with
    ///     no store or call in between. It costs more than compiling; the compiler's tests (and
    ///     `swiftjit run --check-codegen`) turn it on.
    /// - Throws: ``CodegenError`` for an invalid module, an unsupported construct, an unknown
    ///   external global or called function, a failure to map memory, or (when checking
    ///   allocations) an allocation or a fold that does not hold.
    public init(module: consuming Module, symbols: SymbolTable = SymbolTable(), timings: PhaseTimings? = nil,
                debugging: DebugOptions = DebugOptions(), sourceFile: String? = nil,
                optimization: OptimizationLevel = .O2, recordingInstructionAddresses: Bool = false,
                checkingAllocations: Bool = false)
        throws(CodegenError)
    {
        // A module that passed `verifyAndRemember()` and has not changed since is not checked again.
        if !module.isVerified {
            let verifyStart = PhaseTimings.now()
            do {
                try module.verify()
            } catch {
                throw CodegenError(.invalidModule(error.description))
            }
            timings?.record("verify", seconds: PhaseTimings.now() - verifyStart)
        }
        // (A module handed over with `consume` is then the only reference to its functions, so
        // that each one vector scalarization replaces is freed at once rather than kept by the caller.)
        var module = module
        let scalarizeStart = PhaseTimings.now()
        do {
            // (In place: the module is this engine's, dropped if this fails.)
            try module.scalarizeVectors(wholeVectorBytes: 8, keepWhole: FunctionCompiler.wholeInstructions,
                                        keepingOriginals: false)
        } catch {
            throw CodegenError(.unsupported(error.message))
        }
        timings?.record("scalarize vectors", seconds: PhaseTimings.now() - scalarizeStart)
        if optimization != .O0 {
            Optimizer(level: optimization).run(on: &module) { pass, _, seconds in
                timings?.record("opt: " + pass.rawValue, seconds: seconds)
            }
        }
        // Blocks in the order of the machine code (BlockLayout), here where the functions are the
        // engine's own and change in place: the code generator would lay out a copy of each.
        let layoutStart = PhaseTimings.now()
        for i in module.functions.indices where !module.functions[i].isDeclaration {
            BlockLayout.layOut(&module.functions[i])
        }
        timings?.record("block layout", seconds: PhaseTimings.now() - layoutStart)
        self.module = module
        var memory: DataMemory?
        let gdbEnabled = debugging.gdb || DebugOptions.fromEnvironment().gdb
        var compiler = ModuleCompiler(module: module, symbols: symbols, timings: timings)
        compiler.recordsInstructionLabels = recordingInstructionAddresses || gdbEnabled
        compiler.checksAllocations = checkingAllocations
        let compiled = try compiler.compile { w, r throws(CodegenError) in
            let m = try DataMemory(writableBytes: w, readOnlyBytes: r)
            memory = m
            return (UInt64(UInt(bitPattern: m.writable)), UInt64(UInt(bitPattern: m.readOnly)))
        }
        guard let memory else { throw CodegenError(.system("no data memory")) }
        data = memory
        let loadStart = PhaseTimings.now()
        var functionSymbols: [FunctionSymbol] = []
        var lines: [SourceLine] = []
        // The lines gdb shows: the .ll file's for parsed IR; for IR built in memory (or parsed
        // without positions), a printed copy of the module written next to the perf map.
        let lineFile: String?
        var lineOf: (Int, Inst) -> Int? = { f, inst in module.functions[f].instructions[inst.index].position?.line }
        if !gdbEnabled {
            lineFile = nil  // only gdb reads the line table
        } else if let sourceFile {
            lineFile = sourceFile
        } else {
            let (text, printedLines) = module.textWithInstructionLines()
            let path = "/tmp/swiftjit-\(getpid())-\(Engine.printedModules.next()).ll"
            lineFile = Engine.write(text, to: path) ? path : nil
            lineOf = { f, inst in printedLines[f][inst.index] }
        }
        for (i, label) in compiled.context.functionLabels.enumerated() {
            guard let label else { continue }
            functionSymbols.append(FunctionSymbol(module.functions[i].name, at: label))
            guard let lineFile else { continue }
            guard i < compiled.instructionLabels.count else { continue }
            for (inst, instLabel) in compiled.instructionLabels[i] {
                if let line = lineOf(i, inst), let offset = compiled.code.offset(of: instLabel) {
                    lines.append(SourceLine(offset: offset, file: lineFile, line: line))
                }
            }
        }
        // The runtime stubs after the functions get names of their own, so that debuggers and
        // profilers do not attribute them to the last function.
        functionSymbols.append(FunctionSymbol("swiftjit.enter", at: compiled.enterLabel, frame: .unknown))
        if let exitStub = compiled.context.exitStub {
            functionSymbols.append(FunctionSymbol("swiftjit.exit", at: exitStub, frame: .unknown))
        }
        lines.sort { $0.offset < $1.offset }
        do {
            region = try CodeRegion(reservationSize: max(1 << 20, compiled.code.bytes.count * 2 + (1 << 16)),
                                    debugging: debugging)
            code = try region.load(compiled.code, symbols: functionSymbols, lines: lines)
        } catch {
            throw CodegenError(.system("cannot load the code: \(error)"))
        }
        guard let enter = code.address(of: compiled.enterLabel) else { throw CodegenError(.system("no entry stub")) }
        enterAddress = enter
        var addresses = compiled.context.externalAddresses
        for (i, label) in compiled.context.functionLabels.enumerated() {
            if let label, let a = code.address(of: label) { addresses[i] = UInt64(UInt(bitPattern: a)) }
        }
        functionAddresses = addresses
        try writeData(compiled)
        timings?.record("load code (W^X) and write data", seconds: PhaseTimings.now() - loadStart)
        var ranges: [(name: String, address: UInt64)] = []
        for (i, label) in compiled.context.functionLabels.enumerated() {
            if let label, let a = code.address(of: label) { ranges.append((module.functions[i].name, UInt64(UInt(bitPattern: a)))) }
        }
        ranges.sort { $0.address < $1.address }
        for (i, labels) in compiled.instructionLabels.enumerated() {
            for (inst, label) in labels {
                if let a = code.address(of: label) {
                    instructionAddresses.append((i, inst, UInt64(UInt(bitPattern: a))))
                }
            }
        }
        let end = UInt64(UInt(bitPattern: code.baseAddress)) + UInt64(code.codeSize)
        functions = ranges.enumerated().map { k, r in
            (r.name, r.address, Int((k + 1 < ranges.count ? ranges[k + 1].address : end) - r.address))
        }
    }

    /// Numbers the printed copies of in-memory modules written for gdb.
    static let printedModules = Counter()

    /// Writes `text` to `path`; false if it cannot.
    static func write(_ text: String, to path: String) -> Bool {
        guard let f = fopen(path, "w") else { return false }
        defer { fclose(f) }
        return fputs(text, f) >= 0
    }

    /// Where each IR instruction's machine code starts: function index, instruction, address.
    /// Empty unless the engine was made with `recordingInstructionAddresses` or gdb debugging.
    public private(set) var instructionAddresses: [(function: Int, inst: Inst, address: UInt64)] = []

    /// The compiled functions in address order: name, entry address and size in bytes (up to the
    /// next function; the last one includes the engine's small runtime stubs).
    public private(set) var functions: [(name: String, address: UInt64, size: Int)] = []

    /// The machine code of the function at `address` with `size` bytes (see ``functions``).
    /// - Parameters:
    ///   - address: A function's entry address from ``functions``.
    ///   - size: Its size from ``functions``.
    /// - Returns: A copy of the bytes.
    public func machineCode(at address: UInt64, size: Int) -> [UInt8] {
        guard let p = UnsafeRawPointer(bitPattern: UInt(address)) else { return [] }
        return Array(UnsafeRawBufferPointer(start: p, count: size))
    }

    /// Writes the initializers of globals and the aggregate constants, then seals the constants.
    private func writeData(_ compiled: CompiledModule) throws(CodegenError) {
        let context = compiled.context
        let addresses = functionAddresses
        let functionAddress: (Int) -> UInt64? = { i in addresses[i] == 0 ? nil : addresses[i] }
        for i in compiled.placedGlobals {
            let g = module.globals[i]
            guard let initializer = g.initializer,
                  let p = UnsafeMutableRawPointer(bitPattern: UInt(context.globalAddresses[i])) else { continue }
            do {
                try context.writeConstant(initializer, g.valueType, to: p, functionAddress: functionAddress)
            } catch {
                throw CodegenError(error.kind, instruction: "initializer of @\(g.name)")
            }
        }
        for v in compiled.placedConstants {
            guard let a = context.constantAddresses[v.raw], let p = UnsafeMutableRawPointer(bitPattern: UInt(a)) else {
                continue
            }
            try context.writeConstant(v, module.constants[v.index].type, to: p, functionAddress: functionAddress)
        }
        try data.seal()
    }

    // MARK: - Entry points

    /// The native address of a function of the module (defined or external), or nil.
    /// - Parameter function: The function's name, without `@`.
    /// - Returns: The address C code or a typed cast can call.
    public func address(of function: String) -> UnsafeRawPointer? {
        guard let i = module.functionIndex(named: function), functionAddresses[i] != 0 else { return nil }
        return UnsafeRawPointer(bitPattern: UInt(functionAddresses[i]))
    }

    /// A defined function as a typed Swift function pointer.
    /// - Parameters:
    ///   - name: The function's name, without `@`.
    ///   - type: A `@convention(c)` function type matching the function's signature.
    /// - Returns: The callable function.
    /// - Throws: ``CodegenError`` if there is no such function or `F` is not pointer-sized.
    public func function<F>(_ name: String, as type: F.Type) throws(CodegenError) -> F {
        guard let i = module.functionIndex(named: name), !module.functions[i].isDeclaration,
              let a = address(of: name) else { throw CodegenError(.noSuchFunction(name)) }
        _ = i
        guard MemoryLayout<F>.size == MemoryLayout<UnsafeRawPointer>.size else {
            throw CodegenError(.system("\(type) is not a function pointer type"))
        }
        return unsafeBitCast(a, to: type)
    }

    private typealias Enter = @convention(c) (UnsafeRawPointer, Int32, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
        -> Int32

    /// Runs `main` as a C program would start: `argc`/`argv` in C memory, `main(i32, ptr)` or
    /// `main()`; a call to `exit` ends the run (not the process) with its status, as in the
    /// interpreter. C's `stdout` is flushed before returning.
    /// - Parameter arguments: `argv`, starting with the program name.
    /// - Returns: The status `main` returned or passed to `exit`.
    /// - Throws: ``CodegenError`` if the module defines no `main`.
    public func runMain(arguments: [String]) throws(CodegenError) -> Int32 {
        guard let main = address(of: "main"), let i = module.functionIndex(named: "main"),
              !module.functions[i].isDeclaration else { throw CodegenError(.noSuchFunction("main")) }
        let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: arguments.count + 1)
        for (k, a) in arguments.enumerated() { argv[k] = strdup(a) }
        argv[arguments.count] = nil
        defer {
            for k in 0..<arguments.count { free(argv[k]) }
            argv.deallocate()
            fflush(nil)
        }
        let enter = unsafeBitCast(enterAddress, to: Enter.self)
        let status = enter(main, Int32(arguments.count), argv)
        return module.functions[i].type.result == .void ? 0 : status
    }
}

/// A thread-safe counter.
final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int { value.withLock { v in v += 1; return v } }
}
