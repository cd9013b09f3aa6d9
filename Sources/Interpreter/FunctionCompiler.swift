// Lowers each IR function to `Op`s (see CompiledCode.swift): numbers the slots, folds constant
// GEP indices into offsets, turns phis into copies on the edges that enter their block, and
// describes every call site once, so that execution never looks anything up by name.

import IR

extension IRType {
    /// True for values held as bytes in memory, their slot holding the address: aggregates and vectors.
    var isHeldInMemory: Bool { isAggregate || isVector }
}

/// Compiles the functions of a module into shared op and data pools.
struct ModuleCompiler {
    let module: Module
    let layout: DataLayout
    var ops: [Op] = []
    /// For each op: (function index, instruction index), for error messages.
    var origins: [(Int32, Int32)] = []
    var extra: [Int32] = []
    var wide: [UInt64] = []
    var edges: [Edge] = []
    var callSites: [CallSite] = []
    var classes: [ValueClass] = []
    var names: [String] = []
    var infos: [FunctionInfo]

    init(module: Module, layout: DataLayout) {
        self.module = module
        self.layout = layout
        infos = Array(repeating: FunctionInfo(), count: module.functions.count)
    }

    /// The interpreter-side class of a value of `type` with attributes `attributes`.
    func valueClass(_ type: IRType, _ attributes: ParameterAttributes = ParameterAttributes()) -> ValueClass {
        if let t = attributes.byValue { return ValueClass(kind: .byValue, size: Int32(layout.size(of: t))) }
        switch type {
        case .int(let w): return ValueClass(kind: .integer, width: Int32(w), signExtend: attributes.signExtend)
        case .ptr: return ValueClass(kind: .integer, width: 64)
        case .float: return ValueClass(kind: .float, width: 32)
        case .double: return ValueClass(kind: .double, width: 64)
        case .void: return ValueClass(kind: .none)
        case .vector: return ValueClass(kind: .vector, size: Int32(layout.size(of: type)))
        default:
            var c = ValueClass(kind: .aggregate, size: Int32(layout.size(of: type)))
            c.sseEightbytes = (isSSE(type, from: 0, to: 8), isSSE(type, from: 8, to: 16))
            return c
        }
    }

    /// Whether every scalar of `type` overlapping bytes `from..<to` is floating point (SysV SSE class).
    func isSSE(_ type: IRType, from: Int, to: Int, base: Int = 0) -> Bool {
        var sawAny = false
        var allFloat = true
        func walk(_ t: IRType, _ offset: Int) {
            switch t {
            case .array(let n, let e):
                let s = layout.size(of: e)
                for i in 0..<max(0, n) { walk(e, offset + i * s) }
            case .vector:
                // LLVM passes a vector member of a struct in a vector register, like SSE data.
                if offset < to && offset + layout.storeSize(of: t) > from { sawAny = true }
            case .structure, .named:
                guard let l = layout.structLayout(t), let fields = module.structFields(t)?.fields else { return }
                for (i, f) in fields.enumerated() where i < l.offsets.count { walk(f, offset + l.offsets[i]) }
            default:
                let size = layout.storeSize(of: t)
                if offset < to && offset + size > from {
                    sawAny = true
                    if !t.isFloatingPoint { allFloat = false }
                }
            }
        }
        walk(type, base)
        return sawAny && allFloat
    }

    // MARK: - Functions

    /// Compiles every defined function.
    /// - Parameter constantValue: The slot value of a module-level constant, global or function.
    mutating func compileAll(constantValue: (Value, IRType) throws(InterpreterError) -> UInt64) throws(InterpreterError) {
        for (i, f) in module.functions.enumerated() where !f.isDeclaration {
            var fc = FunctionCompiler(index: i, function: f)
            try fc.compile(into: &self, constantValue: constantValue)
        }
        for (i, f) in module.functions.enumerated() {
            infos[i].classStart = Int32(classes.count)
            for (p, t) in f.type.parameters.enumerated() {
                classes.append(valueClass(t, f.parameterAttributes[p]))
            }
            infos[i].result = valueClass(f.type.result)
            infos[i].isVariadic = f.type.isVariadic
            infos[i].parameterCount = Int32(f.type.parameters.count)
            var gp: Int32 = 0, sse: Int32 = 0
            for (p, t) in f.type.parameters.enumerated() where f.parameterAttributes[p].byValue == nil {
                if t.isFloatingPoint || t.isVector { sse += 1 } else if t.isInteger || t == .ptr { gp += 1 }
            }
            infos[i].fixedGPRs = gp
            infos[i].fixedSSEs = sse
        }
    }
}

/// Compiles one function.
struct FunctionCompiler {
    let index: Int
    let function: Function
    var slotOf: [Int32]
    var constantSlots: [UInt32: Int32] = [:]
    var constantValues: [UInt64] = []
    var nextSlot: Int32
    var constantBase: Int32 = 0
    var aggregateSlots: [(Int32, Int32)] = []
    var aggregateArea: Int32 = 0
    var blockPC: [Int32]
    /// Edges whose target op and phi copies are filled in once every block is placed.
    var pendingEdges: [(edge: Int, from: Int, to: Int)] = []

    init(index: Int, function: Function) {
        self.index = index
        self.function = function
        slotOf = Array(repeating: -1, count: function.instructions.count)
        nextSlot = Int32(function.type.parameters.count)
        blockPC = Array(repeating: 0, count: function.blocks.count)
    }

    func error(_ kind: InterpreterError.Kind, _ inst: Inst?, _ m: ModuleCompiler) -> InterpreterError {
        InterpreterError(kind, function: function.name,
                         instruction: inst.map { m.module.text(of: $0, in: function, singleLine: true) } ?? "")
    }

    mutating func compile(into m: inout ModuleCompiler,
                          constantValue: (Value, IRType) throws(InterpreterError) -> UInt64) throws(InterpreterError)
    {
        // Slots of parameters come first, then every value-producing instruction.
        for block in function.blocks {
            for inst in block.instructions where function.instructions[inst.index].type != .void {
                let t = function.instructions[inst.index].type
                slotOf[inst.index] = nextSlot
                if t.isHeldInMemory {
                    let a = Int32(max(8, m.layout.alignment(of: t)))
                    aggregateArea = (aggregateArea + a - 1) / a * a
                    aggregateSlots.append((nextSlot, aggregateArea))
                    aggregateArea += Int32(m.layout.size(of: t))
                }
                nextSlot += 1
            }
        }
        constantBase = nextSlot
        let entry = Int32(m.ops.count)
        for (b, block) in function.blocks.enumerated() {
            blockPC[b] = Int32(m.ops.count)
            for inst in block.instructions {
                let d = function.instructions[inst.index]
                if d.opcode == .phi { continue }
                let before = m.ops.count
                try compileInstruction(inst, d, block: b, &m, constantValue)
                for _ in before..<m.ops.count { m.origins.append((Int32(index), Int32(inst.index))) }
            }
        }
        for p in pendingEdges { try resolveEdge(p.edge, from: p.from, to: p.to, &m, constantValue) }
        var info = m.infos[index]
        info.entry = entry
        info.constantBase = constantBase
        info.constantStart = Int32(m.wide.count)
        info.constantCount = Int32(constantValues.count)
        m.wide += constantValues
        info.slotCount = nextSlot
        info.aggregateSlots = Int32(m.extra.count)
        info.aggregateSlotCount = Int32(aggregateSlots.count)
        for (s, o) in aggregateSlots { m.extra += [s, o] }
        info.aggregateAreaSize = aggregateArea
        m.infos[index] = info
    }

    /// The slot holding `value`.
    mutating func slot(_ value: Value, _ type: IRType? = nil, _ m: ModuleCompiler, _ inst: Inst,
                       _ constantValue: (Value, IRType) throws(InterpreterError) -> UInt64) throws(InterpreterError) -> Int32
    {
        switch value.kind {
        case .instruction:
            let s = value.index < slotOf.count ? slotOf[value.index] : -1
            guard s >= 0 else { throw error(.unsupported("use of a value without a result"), inst, m) }
            return s
        case .argument:
            return Int32(value.index)
        case .constant, .global, .function:
            if let s = constantSlots[value.raw] { return s }
            let t = type ?? m.module.type(of: value) ?? .ptr
            let v = try constantValue(value, t)
            let s = nextSlot
            nextSlot += 1
            constantSlots[value.raw] = s
            constantValues.append(v)
            return s
        case .block:
            throw error(.unsupported("a block used as a value"), inst, m)
        }
    }

    func typeOf(_ v: Value, _ m: ModuleCompiler) -> IRType { m.module.type(of: v, in: function) }

    /// An integer width the 64-bit slots can hold.
    func intWidth(_ t: IRType, _ inst: Inst, _ m: ModuleCompiler) throws(InterpreterError) -> UInt8 {
        switch t {
        case .int(let w) where w >= 1 && w <= 64: return UInt8(w)
        case .ptr: return 64
        default: throw error(.unsupported("values of type \(t)"), inst, m)
        }
    }

    mutating func newEdge(from: Int, to: Value, _ m: inout ModuleCompiler, _ inst: Inst) throws(InterpreterError) -> Int32 {
        guard to.kind == .block, to.index < function.blocks.count else {
            throw error(.unsupported("branch to a non-block"), inst, m)
        }
        m.edges.append(Edge(target: 0, moves: 0, count: 0))
        pendingEdges.append((m.edges.count - 1, from, to.index))
        return Int32(m.edges.count - 1)
    }

    mutating func resolveEdge(_ e: Int, from: Int, to: Int, _ m: inout ModuleCompiler,
                              _ constantValue: (Value, IRType) throws(InterpreterError) -> UInt64) throws(InterpreterError)
    {
        var moves: [Int32] = []
        for inst in function.blocks[to].instructions {
            let d = function.instructions[inst.index]
            guard d.opcode == .phi else { break }
            if let v = d.incomingValue(from: from) {
                let src = try slot(v, d.type, m, inst, constantValue)
                let size = d.type.isHeldInMemory ? Int32(m.layout.size(of: d.type)) : 0
                moves += [slotOf[inst.index], src, size]
            }
        }
        m.edges[e] = Edge(target: blockPC[to], moves: Int32(m.extra.count), count: Int32(moves.count / 3))
        m.extra += moves
    }
}
