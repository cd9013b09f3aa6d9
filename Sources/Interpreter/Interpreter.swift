// The reference interpreter: executes IR with LLVM's semantics, as the oracle the compiler is
// checked against.
//
//   Module ──init──► globals in real memory (data layout, initializers, relocations)
//                    native entry stubs for defined functions (their addresses escape to C)
//                    ModuleCompiler: functions → flat Ops over numbered frame slots
//          ──run───► execute(): one loop over an explicit frame stack (deep recursion does not
//                    grow the host stack); C functions are called through trampolines
//
// Semantics: integers wrap at their width; flags (nsw, nuw, exact, inbounds) are ignored, so
// poison is never produced and never traps. Shifts by the width or more give 0; `sdiv INT_MIN, -1`
// gives INT_MIN and `srem` gives 0; division by zero, `unreachable`, null accesses and unknown
// callees throw ``InterpreterError``. Out-of-range float to int conversions saturate. Memory is
// real: loads and stores go through the program's pointers, so C functions see the same bytes.
//
// Invariants: a frame's slots live in `memory.registers` between its `regs` and the next frame's;
// the alloca stack is popped to `Frame.allocaBase` on return; `pendingError` is set only while a
// native callback unwinds and is thrown as soon as the native call returns.

#if canImport(Glibc)
import Glibc
#endif
import IR
import JIT

/// Executes the functions of an IR module.
///
/// ```swift
/// let interpreter = try Interpreter(module: module)
/// let r = try interpreter.run(function: "fib", arguments: [.int(25)])   // .int(75025)
/// let status = try interpreter.runMain(arguments: ["prog"])
/// ```
///
/// An interpreter is not thread-safe: run one function at a time on it.
public final class Interpreter {
    let module: Module
    let layout: DataLayout
    let symbols: SymbolTable
    let memory: RuntimeMemory
    let bridge: NativeBridge
    var ops = UnsafeMutableBufferPointer<Op>(start: nil, count: 0)
    var extra = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    var wide = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    var edges = UnsafeMutableBufferPointer<Edge>(start: nil, count: 0)
    var infos: [FunctionInfo] = []
    var callSites: [CallSite] = []
    var classes: [ValueClass] = []
    var origins: [(Int32, Int32)] = []
    var globalAddresses: [UInt] = []
    var functionAddresses: [UInt] = []
    /// Native entry stub address → function index.
    var stubFunctions: [UInt: Int] = [:]
    /// Addresses of C functions the interpreter handles itself (`exit`, `abort`).
    var nativeKinds: [UInt: CallKind] = [:]
    var aggregateConstants: [UInt32: UInt] = [:]
    var frames: [Frame] = []
    var regTop: UnsafeMutablePointer<UInt64>
    var allocaTop: UnsafeMutableRawPointer
    var pendingError: InterpreterError?
    /// Trampoline argument buffer, then 4 result words.
    let callBuffer: UnsafeMutablePointer<UInt64>
    static let callBufferWords = NativeBridge.stackWords + NativeBridge.maximumStackWords + 4
    var phiScratch: UnsafeMutablePointer<UInt64>

    /// Loads a module: lays out its globals in real memory and prepares its functions.
    /// - Parameters:
    ///   - module: The module to run.
    ///   - symbols: Where external functions and globals are looked up.
    /// - Throws: ``InterpreterError`` for an unknown external global, an unsupported construct or
    ///   a failure to set up memory or native code.
    public init(module: Module, symbols: SymbolTable = SymbolTable()) throws(InterpreterError) {
        var module = module
        do {
            try module.scalarizeVectors()
        } catch {
            throw InterpreterError(.unsupported(error.message), function: "", instruction: "")
        }
        self.module = module
        self.symbols = symbols
        layout = DataLayout(module: module)
        memory = try RuntimeMemory()
        bridge = try NativeBridge()
        regTop = memory.registers
        allocaTop = memory.stack
        callBuffer = .allocate(capacity: Self.callBufferWords)
        callBuffer.initialize(repeating: 0, count: Self.callBufferWords)
        phiScratch = .allocate(capacity: 1)
        try setUp()
    }

    deinit {
        ops.deallocate()
        extra.deallocate()
        wide.deallocate()
        edges.deallocate()
        callBuffer.deallocate()
        phiScratch.deallocate()
    }

    private func setUp() throws(InterpreterError) {
        // Addresses first (globals may point at functions and at each other), then contents.
        globalAddresses = Array(repeating: 0, count: module.globals.count)
        for (i, g) in module.globals.enumerated() {
            if g.initializer == nil {
                guard let a = symbols.address(of: g.name) else {
                    throw InterpreterError(.unknownSymbol(g.name), function: "", instruction: "@\(g.name)")
                }
                globalAddresses[i] = UInt(bitPattern: a)
            } else {
                let p = try memory.allocate(size: layout.size(of: g.valueType),
                                            alignment: max(g.alignment ?? 1, layout.alignment(of: g.valueType)))
                globalAddresses[i] = UInt(bitPattern: p)
            }
        }
        functionAddresses = Array(repeating: 0, count: module.functions.count)
        let defined = module.functions.indices.filter { !module.functions[$0].isDeclaration }
        let stubs = try bridge.makeStubs(for: defined, context: Unmanaged.passUnretained(self).toOpaque(),
                                         entry: interpreterNativeEntry)
        for (f, address) in zip(defined, stubs) {
            functionAddresses[f] = address
            stubFunctions[address] = f
        }
        for (i, f) in module.functions.enumerated() where f.isDeclaration && !f.name.hasPrefix("llvm.") {
            guard let a = symbols.address(of: f.name) else { continue }
            functionAddresses[i] = UInt(bitPattern: a)
            if let kind = Self.handledFunctions[f.name] { nativeKinds[UInt(bitPattern: a)] = kind }
        }
        for (i, g) in module.globals.enumerated() {
            guard let initializer = g.initializer, let p = UnsafeMutableRawPointer(bitPattern: globalAddresses[i])
            else { continue }
            try writeConstant(initializer, g.valueType, to: p)
        }
        try compile()
    }

    /// C functions that must not run natively: they would end the host process.
    static let handledFunctions: [String: CallKind] = [
        "exit": .exit, "_exit": .exit, "_Exit": .exit, "quick_exit": .exit, "abort": .abort,
    ]

    private func compile() throws(InterpreterError) {
        var compiler = ModuleCompiler(module: module, layout: layout)
        try compiler.compileAll { v, t throws(InterpreterError) in try self.constantSlotValue(v, t) }
        for i in compiler.callSites.indices where compiler.callSites[i].kind == .native {
            let f = Int(compiler.callSites[i].target)
            if let kind = Self.handledFunctions[module.functions[f].name] {
                compiler.callSites[i].kind = kind
            } else if functionAddresses[f] != 0 {
                compiler.callSites[i].target = Int64(functionAddresses[f])
            } else {
                compiler.callSites[i].kind = .unknown
            }
        }
        ops = Self.copy(compiler.ops)
        extra = Self.copy(compiler.extra)
        wide = Self.copy(compiler.wide)
        edges = Self.copy(compiler.edges)
        infos = compiler.infos
        callSites = compiler.callSites
        classes = compiler.classes
        origins = compiler.origins
        let maxMoves = compiler.edges.map { Int($0.count) }.max() ?? 0
        phiScratch.deallocate()
        phiScratch = .allocate(capacity: max(1, maxMoves))
    }

    private static func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
        let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = b.initialize(from: array)
        return b
    }

    // MARK: - Running

    /// Runs a defined function.
    /// - Parameters:
    ///   - name: The function's name, without `@`.
    ///   - arguments: One value per parameter (integers as bits; aggregates as bytes), then, for a
    ///     variadic function, the variadic arguments (`.int`, `.pointer` or `.double`).
    /// - Returns: The result, or nil for `void`.
    /// - Throws: ``InterpreterError`` for a run-time error, including ``InterpreterError/Kind/exited(_:)``
    ///   when the program calls `exit`.
    public func run(function name: String, arguments: [RuntimeValue]) throws(InterpreterError) -> RuntimeValue? {
        guard let f = module.functionIndex(named: name), !module.functions[f].isDeclaration else {
            throw InterpreterError(.noSuchFunction(name))
        }
        let type = module.functions[f].type
        guard arguments.count == type.parameters.count || (type.isVariadic && arguments.count > type.parameters.count)
        else {
            throw InterpreterError(.badArguments("@\(name) takes \(type.parameters.count) arguments, got \(arguments.count)"),
                                   function: name)
        }
        let mark = allocaTop
        defer { allocaTop = mark }
        var bits: [UInt64] = []
        var varClasses: [ValueClass] = []
        for (i, a) in arguments.enumerated() {
            let t = i < type.parameters.count ? type.parameters[i] : nil
            switch a {
            case .aggregate(let bytes):
                let p = try allocateStack(bytes.count, alignment: 16, pc: -1)
                bytes.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
                bits.append(UInt64(UInt(bitPattern: p)))
            case .int(let v):
                bits.append(v & widthMask(t?.integerWidth ?? 64))
            default:
                bits.append(a.bits)
            }
            if t == nil {
                switch a {
                case .double: varClasses.append(ValueClass(kind: .double))
                case .float: varClasses.append(ValueClass(kind: .float))
                default: varClasses.append(ValueClass(kind: .integer))
                }
            }
        }
        let result = try invoke(f, bits, variadic: varClasses)
        return runtimeValue(result, type.result)
    }

    /// Runs `main` as a C program would start: builds `argc`/`argv` in real memory, calls
    /// `main(i32, ptr)` or `main()`, and flushes C's `stdout` before returning.
    /// - Parameter arguments: `argv`, starting with the program name.
    /// - Returns: The status `main` returned or passed to `exit`.
    /// - Throws: ``InterpreterError`` for a run-time error other than `exit`.
    public func runMain(arguments: [String]) throws(InterpreterError) -> Int32 {
        defer { fflush(nil) }
        guard let f = module.functionIndex(named: "main"), !module.functions[f].isDeclaration else {
            throw InterpreterError(.noSuchFunction("main"))
        }
        var strings: [UnsafeMutableRawPointer] = []
        for a in arguments {
            let bytes = Array(a.utf8) + [0]
            let p = try memory.allocate(size: bytes.count, alignment: 1)
            bytes.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
            strings.append(p)
        }
        let argv = try memory.allocate(size: 8 * (strings.count + 1), alignment: 8)
        for (i, s) in strings.enumerated() {
            argv.storeBytes(of: UInt64(UInt(bitPattern: s)), toByteOffset: 8 * i, as: UInt64.self)
        }
        let type = module.functions[f].type
        var args: [RuntimeValue] = []
        if type.parameters.count >= 1 { args.append(.int(UInt64(arguments.count))) }
        if type.parameters.count >= 2 { args.append(.pointer(UInt(bitPattern: argv))) }
        while args.count < type.parameters.count { args.append(.int(0)) }
        do {
            let r = try run(function: "main", arguments: args)
            if case .int(let v)? = r { return Int32(truncatingIfNeeded: v) }
            return 0
        } catch {
            if case .exited(let status) = error.kind { return status }
            throw error
        }
    }

    /// The run-time value of raw slot bits of `type`.
    func runtimeValue(_ bits: UInt64, _ type: IRType) -> RuntimeValue? {
        switch type {
        case .void: return nil
        case .int(let w): return .int(bits & widthMask(w))
        case .float: return .float(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
        case .double: return .double(Double(bitPattern: bits))
        case .ptr: return .pointer(UInt(bits))
        default:
            let size = layout.size(of: type)
            guard let p = UnsafeRawPointer(bitPattern: UInt(bits)) else { return .aggregate([]) }
            return .aggregate(Array(UnsafeRawBufferPointer(start: p, count: size)))
        }
    }
}

/// The function native entry stubs call: runs an IR function for C code.
private func interpreterNativeEntry(_ context: UnsafeMutableRawPointer?, _ function: Int64,
                                    _ registers: UnsafeMutablePointer<UInt64>?,
                                    _ stack: UnsafeMutablePointer<UInt64>?, _ result: UnsafeMutablePointer<UInt64>?)
{
    guard let context, let registers, let stack, let result else { return }
    let interpreter = Unmanaged<Interpreter>.fromOpaque(context).takeUnretainedValue()
    interpreter.enterFromNative(Int(function), registers: registers, stack: stack, result: result)
}
