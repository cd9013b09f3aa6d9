// The verifier: checks that a module is well formed before anything executes or compiles it.
//
//   structure   every defined function has blocks; each block ends with its only terminator;
//               phis come first; every operand refers to something that exists
//   types       each opcode's typing rule (operands and result), calls against the callee type,
//               ret against the function's result, switch cases unique constants; vectors have
//               1 or more elements of a supported type, and are only moved and taken apart
//               (no elementwise arithmetic, comparisons or casts)
//   CFG         phi incoming blocks are exactly the block's predecessors; nothing branches to
//               the entry block
//   SSA         every use is dominated by its definition (uses in unreachable blocks are not
//               checked, as in LLVM)
//
// It reports every error it finds, each naming the function and instruction and, for parsed IR,
// the source position.

/// One problem found by the verifier.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The function it is in, if any.
    public var function: String?
    /// The instruction, as printed text, if the problem is in one.
    public var instruction: String?
    /// Where it is in the source text, for parsed IR.
    public var position: SourcePosition?

    /// `[file:]line:col: error: message (in @f: <inst>)`.
    /// - Parameter file: The file name to put before the position, if any.
    /// - Returns: `file:line:col: error: message (in @function: instruction)`.
    public func formatted(file: String? = nil) -> String {
        var s = ""
        if let position {
            s += (file.map { $0 + ":" } ?? "") + "\(position): "
        }
        s += "error: " + message
        if let function {
            s += " (in @\(function)" + (instruction.map { ": " + $0 } ?? "") + ")"
        }
        return s
    }

    /// The diagnostic as ``formatted(file:)`` prints it without a file name.
    public var description: String { formatted() }
}

/// The diagnostics of a module that failed verification.
public struct VerifierError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem found, in module order.
    public var diagnostics: [Diagnostic]
    /// Every diagnostic, one a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Module {
    /// Every problem in the module; empty if it is well formed.
    /// - Returns: The diagnostics, in module order.
    public func verificationDiagnostics() -> [Diagnostic] {
        var v = Verifier(module: self)
        v.run()
        return v.diagnostics
    }

    /// Checks the module.
    /// - Throws: ``VerifierError`` with every problem found.
    public func verify() throws(VerifierError) {
        if isVerified { return }
        let d = verificationDiagnostics()
        if !d.isEmpty { throw VerifierError(diagnostics: d) }
    }

    /// Every problem in the module, like ``verificationDiagnostics()``; when there is none, the
    /// module also remembers that it is well formed (``isVerified``), so that ``verify()`` and the
    /// JIT engine do not check it again until it changes.
    /// - Returns: The diagnostics, in module order.
    @discardableResult
    public mutating func verifyAndRemember() -> [Diagnostic] {
        if isVerified { return [] }
        let d = verificationDiagnostics()
        isVerified = d.isEmpty
        return d
    }
}

struct Verifier {
    let module: Module
    var diagnostics: [Diagnostic] = []

    init(module: Module) { self.module = module }

    mutating func run() {
        for g in module.globals {
            if let p = Module.vectorTypeProblem(g.valueType, inMemory: true) {
                diagnostics.append(Diagnostic(message: "@\(g.name): \(p)"))
            }
            if let i = g.initializer, let t = module.type(of: i), t != g.valueType {
                diagnostics.append(Diagnostic(message: "initializer of @\(g.name) has type \(t), expected \(g.valueType)"))
            }
        }
        for f in module.functions {
            if let problem = Module.vectorTypeProblem(.function(f.type)) {
                diagnostics.append(Diagnostic(message: problem, function: f.name, position: f.position))
            }
        }
        for f in module.functions where !f.isDeclaration {
            let fv = FunctionVerifier(module: module, function: f)
            fv.run()
            diagnostics += fv.diagnostics
        }
    }
}

/// Collects diagnostics; a reference, so that checks can report while reading the verifier.
final class DiagnosticSink {
    var items: [Diagnostic] = []
}

/// Checks one function. A class: the checks' message closures capture it by reference, where a
/// struct holding the module and the function would be copied into each of them.
final class FunctionVerifier {
    let module: Module
    let function: Function
    let sink = DiagnosticSink()
    var diagnostics: [Diagnostic] { sink.items }
    /// Where instructions are and the dominator tree, once known (``checkStructure()``,
    /// ``computeCFG()``). A value the checks read once each: every read of a class's stored
    /// array is checked for exclusive access.
    var facts = Facts()
    /// The distinct predecessors of each block, in block order (``computeCFG()``).
    var predecessors = BlockLists()

    /// The distinct predecessors of block `b`, in block order.
    func predecessors(of b: Int) -> ArraySlice<Int> { predecessors[b] }

    /// Placement and dominance facts of a function.
    struct Facts {
        /// The block each placed instruction is in (-1: not placed), and its position there.
        var blockOf: [Int32] = []
        var indexInBlock: [Int32] = []
        var reachable: [Bool] = []
        var idom: [Int] = []
        /// The reverse postorder index of each block.
        var order: [Int] = []

        /// Where instruction `i` is placed, or nil if no block lists it.
        func placement(_ i: Int) -> (block: Int, index: Int)? {
            i < blockOf.count && blockOf[i] >= 0 ? (Int(blockOf[i]), Int(indexInBlock[i])) : nil
        }

        /// True if block `a` dominates block `b` (both reachable).
        func dominates(_ a: Int, _ b: Int) -> Bool {
            var x = b
            while true {
                if x == a { return true }
                if x == 0 || idom[x] == -1 { return false }
                x = idom[x]
            }
        }
    }

    init(module: Module, function: Function) {
        self.module = module
        self.function = function
    }

    /// Where instruction `i` is placed, or nil if no block lists it.
    func placement(_ i: Int) -> (block: Int, index: Int)? { facts.placement(i) }

    func error(_ message: String, _ inst: Inst? = nil) {
        var text: String?
        var position = function.position
        if let inst {
            text = instructionText(inst)
            position = function.instructions[inst.index].position ?? position
        }
        sink.items.append(Diagnostic(message: message, function: function.name, instruction: text, position: position))
    }

    func instructionText(_ inst: Inst) -> String {
        var names = LocalNames(function: function)
        return ModulePrinter(module: module).instructionText(function, inst, &names)
    }

    func run() {
        guard checkStructure() else { return }
        computeCFG()
        // As in LLVM: nothing branches to the entry block (its phis would have no meaning, and
        // passes and the code generator rely on it running once, first).
        if !function.blocks.isEmpty, let p = predecessors(of: 0).first {
            error("the entry block has a predecessor (block #\(p)): no branch may go to the entry block",
                  function.blocks[p].instructions.last)
        }
        let facts = self.facts
        for block in function.blocks {
            for inst in block.instructions {
                checkOperandsExist(inst, facts)
            }
        }
        guard diagnostics.isEmpty else { return }
        // (Views: the checks read each instruction in place instead of a copy.)
        function.withInstructionViews { instructions in
            for (b, block) in function.blocks.enumerated() {
                for inst in block.instructions {
                    let d = instructions[inst]
                    checkTypes(inst, d, block: b)
                    if facts.reachable[b] { checkDominance(inst, d, block: b, facts) }
                }
            }
        }
    }

    // MARK: - Structure

    /// Blocks are non-empty, end with exactly one terminator, phis first, each instruction placed once.
    func checkStructure() -> Bool {
        let before = diagnostics.count
        var facts = Facts()
        facts.blockOf = Array(filling: -1, count: function.instructions.count)
        facts.indexInBlock = Array(filling: -1, count: function.instructions.count)
        defer { self.facts = facts }
        for (b, block) in function.blocks.enumerated() {
            var label: String { block.name.map { "%" + $0 } ?? "#\(b)" }
            guard let last = block.instructions.last else {
                error("block \(label) is empty: every block ends with a terminator")
                continue
            }
            for (k, inst) in block.instructions.enumerated() {
                guard inst.index >= 0, inst.index < function.instructions.count else {
                    error("block \(label) refers to instruction \(inst.index), which does not exist")
                    return false
                }
                if let other = facts.placement(inst.index) {
                    error("instruction is in blocks #\(other.block) and #\(b)", inst)
                }
                facts.blockOf[inst.index] = Int32(b)
                facts.indexInBlock[inst.index] = Int32(k)
                let op = function.instructions[inst.index].opcode
                if op.info.isTerminator && inst != last {
                    error("terminator in the middle of block \(label)", inst)
                }
                if op == .phi && k > 0 && function.instructions[block.instructions[k - 1].index].opcode != .phi {
                    error("phi after a non-phi instruction in block \(label)", inst)
                }
            }
            if !function.instructions[last.index].opcode.info.isTerminator {
                error("block \(label) does not end with a terminator", last)
            }
        }
        return diagnostics.count == before
    }

    func checkOperandsExist(_ inst: Inst, _ facts: Facts) {
        for v in function.instructions[inst.index].operands {
            let ok: Bool
            switch v.kind {
            case .instruction: ok = facts.placement(v.index) != nil && function.instructions[v.index].type != .void
            case .argument: ok = v.index < function.type.parameters.count
            case .constant: ok = v.index < module.constants.count
            case .global: ok = v.index < module.globals.count
            case .function: ok = v.index < module.functions.count
            case .block: ok = v.index < function.blocks.count
            }
            if !ok { error("operand \(v) does not exist or has no value", inst) }
        }
    }

    // MARK: - CFG and dominators

    /// Predecessors, reachability and immediate dominators (Cooper, Harvey and Kennedy, "A Simple,
    /// Fast Dominance Algorithm", over reverse postorder). Adjacency is flat (one array of edges
    /// and one of start offsets per direction), so the CFG costs a handful of allocations however
    /// many blocks there are.
    func computeCFG() {
        // (Only after checkStructure: every block has a terminator and every instruction exists.)
        let cfg = ControlFlowGraph(function)
        predecessors = cfg.predecessors
        facts.reachable = cfg.order.map { $0 >= 0 }
        facts.order = cfg.order
        facts.idom = cfg.immediateDominator
    }

    func checkDominance(_ inst: Inst, _ d: InstructionView, block b: Int, _ facts: Facts) {
        let reachable = facts.reachable
        for k in d.operands.indices where d.operands[k].kind == .instruction {
            let v = d.operands[k]
            guard let def = facts.placement(v.index) else { continue }
            if d.opcode == .phi {
                // The value must be available at the end of the incoming block.
                guard k + 1 < d.operands.count, d.operands[k + 1].kind == .block else { continue }
                let from = d.operands[k + 1].index
                if reachable[from] && !(def.block == from || (reachable[def.block] && facts.dominates(def.block, from))) {
                    error("phi operand \(k / 2) is not defined on every path into its incoming block", inst)
                }
                continue
            }
            let ok: Bool
            if def.block == b {
                ok = def.index < Int(facts.indexInBlock[inst.index])
            } else {
                ok = reachable[def.block] && facts.dominates(def.block, b)
            }
            if !ok { error("operand \(k) is used before it is defined (its definition does not dominate this use)", inst) }
        }
    }

    // MARK: - Types

    /// The type of `v` in the function (`Module.type(of:in:)`, reading the fields it needs: that
    /// method, called on the module and function this class holds, copied both first).
    func type(_ v: Value) -> IRType {
        switch v.kind {
        case .instruction: function.instructions[v.index].type
        case .argument: function.type.parameters[v.index]
        case .block: .label
        case .constant: module.constants[v.index].type
        case .global, .function: .ptr
        }
    }

    func expect(_ condition: Bool, _ message: @autoclosure () -> String, _ inst: Inst) {
        if !condition { error(message(), inst) }
    }

    func checkTypes(_ inst: Inst, _ d: InstructionView, block b: Int) {
        let ops = d.operands
        func count(_ n: Int) -> Bool { ops.count == n }
        // (Static: called on the module held by this class, the method copied the module first.)
        if let problem = Module.vectorTypeProblem(d.type)
            ?? d.auxiliaryType.flatMap({ Module.vectorTypeProblem($0, inMemory: d.opcode != .call) })
        {
            return error(problem, inst)
        }
        switch d.opcode.info.category {
        case .integerBinary, .floatBinary:
            guard count(2) else { return error("\(d.opcode) takes 2 operands", inst) }
            let isFloat = d.opcode.info.category == .floatBinary
            let e = d.type.vectorShape?.element ?? d.type
            expect(isFloat ? e.isFloatingPoint : e.isInteger,
                   "\(d.opcode) needs \(isFloat ? "floating-point" : "integer") operands, not \(d.type)", inst)
            expect(type(ops[0]) == d.type && type(ops[1]) == d.type,
                   "\(d.opcode) operands must both be \(d.type), not \(type(ops[0])) and \(type(ops[1]))", inst)
        case .floatUnary:
            expect(count(1) && (d.type.vectorShape?.element ?? d.type).isFloatingPoint && type(ops[0]) == d.type,
                   "fneg takes one floating-point operand", inst)
        case .compare:
            guard count(2) else { return error("\(d.opcode) takes 2 operands", inst) }
            let t = type(ops[0])
            let e = t.vectorShape?.element ?? t
            let ok = d.opcode == .icmp ? (e.isInteger || e == .ptr) : e.isFloatingPoint
            expect(ok, "\(d.opcode) cannot compare \(t)", inst)
            expect(type(ops[1]) == t, "\(d.opcode) operands differ in type: \(t) and \(type(ops[1]))", inst)
            let result: IRType = t.vectorShape.map { .vector(count: $0.count, element: .i1) } ?? .i1
            expect(d.type == result, "\(d.opcode) of \(t) produces \(result)", inst)
        case .cast:
            guard count(1) else { return error("\(d.opcode) takes 1 operand", inst) }
            let from = type(ops[0])
            if let (n, fe) = from.vectorShape, let (m, te) = d.type.vectorShape, n == m {
                checkCast(d.opcode, from: fe, to: te, inst)
            } else if from.isVector || d.type.isVector {
                // Only a bitcast may change the shape, keeping the size.
                expect(d.opcode == .bitcast && from.totalBitWidth != nil && from.totalBitWidth == d.type.totalBitWidth
                           && from != .ptr && d.type != .ptr,
                       "invalid \(d.opcode) from \(from) to \(d.type)", inst)
            } else {
                checkCast(d.opcode, from: from, to: d.type, inst)
            }
        case .memory:
            checkMemory(inst, d)
        case .terminator:
            checkTerminator(inst, d, block: b)
        case .other:
            checkOther(inst, d, block: b)
        }
    }

    func checkCast(_ op: Opcode, from: IRType, to: IRType, _ inst: Inst) {
        let ok: Bool
        switch op {
        case .trunc: ok = from.isInteger && to.isInteger && from.integerWidth! > to.integerWidth!
        case .zext, .sext: ok = from.isInteger && to.isInteger && from.integerWidth! < to.integerWidth!
        case .fptrunc: ok = from == .double && to == .float
        case .fpext: ok = from == .float && to == .double
        case .fptoui, .fptosi: ok = from.isFloatingPoint && to.isInteger
        case .uitofp, .sitofp: ok = from.isInteger && to.isFloatingPoint
        case .ptrtoint: ok = from == .ptr && to.isInteger
        case .inttoptr: ok = from.isInteger && to == .ptr
        default:
            // bitcast between types of the same size that are not pointers and integers.
            ok = from.bitWidth != nil && from.bitWidth == to.bitWidth && (from == .ptr) == (to == .ptr)
        }
        expect(ok, "invalid \(op) from \(from) to \(to)", inst)
    }

    func checkMemory(_ inst: Inst, _ d: InstructionView) {
        let ops = d.operands
        switch d.opcode {
        case .alloca:
            expect(d.type == .ptr && ops.count <= 1, "alloca returns ptr and takes at most a count", inst)
            if let n = ops.first { expect(type(n).isInteger, "alloca count must be an integer", inst) }
            expect(d.auxiliaryType.map { $0 != .void && $0 != .label } ?? false, "alloca needs an allocated type", inst)
        case .load:
            expect(ops.count == 1 && type(ops[0]) == .ptr, "load takes one ptr operand", inst)
            expect(d.type != .void && d.type != .label, "load of \(d.type)", inst)
        case .store:
            guard ops.count == 2 else { return error("store takes a value and a ptr", inst) }
            expect(type(ops[1]) == .ptr, "store address must be a ptr, not \(type(ops[1]))", inst)
            expect(type(ops[0]) != .void && type(ops[0]) != .label, "store of \(type(ops[0]))", inst)
        default:
            break
        }
    }

    func checkTerminator(_ inst: Inst, _ d: InstructionView, block b: Int) {
        let ops = d.operands
        switch d.opcode {
        case .br:
            if ops.count == 1 {
                expect(ops[0].kind == .block, "br takes a block", inst)
            } else {
                expect(ops.count == 3 && type(ops[0]) == .i1 && ops[1].kind == .block && ops[2].kind == .block,
                       "conditional br takes an i1 and two blocks", inst)
            }
        case .switch:
            guard ops.count >= 2, ops.count % 2 == 0 else { return error("switch takes a value, a default and pairs", inst) }
            let t = type(ops[0])
            expect(t.isInteger, "switch condition must be an integer, not \(t)", inst)
            expect(ops[1].kind == .block, "switch default must be a block", inst)
            var seen: Set<Value> = []
            var k = 2
            while k + 1 < ops.count {
                expect(ops[k].kind == .constant && type(ops[k]) == t, "switch case values must be \(t) constants", inst)
                expect(ops[k + 1].kind == .block, "switch case targets must be blocks", inst)
                if !seen.insert(ops[k]).inserted { error("duplicate switch case value", inst) }
                k += 2
            }
        case .ret:
            let expected = function.type.result
            if ops.isEmpty {
                expect(expected == .void, "ret void in a function returning \(expected)", inst)
            } else {
                expect(ops.count == 1 && type(ops[0]) == expected, "ret of \(type(ops[0])) in a function returning \(expected)", inst)
            }
        default:
            break
        }
    }

    func checkOther(_ inst: Inst, _ d: InstructionView, block b: Int) {
        let ops = d.operands
        switch d.opcode {
        case .select:
            guard ops.count == 3 else { return error("select takes 3 operands", inst) }
            let c = type(ops[0])
            expect(c == .i1 || (c.vectorShape.map { $0.element == .i1 && $0.count == d.type.vectorShape?.count } ?? false),
                   "select condition must be i1 or a vector of i1 as long as the operands", inst)
            expect(type(ops[1]) == d.type && type(ops[2]) == d.type, "select operands must be \(d.type)", inst)
        case .freeze:
            expect(ops.count == 1 && type(ops[0]) == d.type, "freeze takes one operand of its result type", inst)
        case .phi:
            guard ops.count % 2 == 0 else { return error("phi operands come in value, block pairs", inst) }
            // Pairwise, without tables: phis have a handful of incoming edges.
            let preds = predecessors(of: b)  // each predecessor once
            var distinct = 0
            var allPredecessors = true
            var k = 0
            while k + 1 < ops.count {
                expect(type(ops[k]) == d.type, "phi value of type \(type(ops[k])), expected \(d.type)", inst)
                if ops[k + 1].kind != .block {
                    error("phi incoming block operand is not a block", inst)
                    return
                }
                var j = 0
                while j < k && ops[j + 1] != ops[k + 1] { j += 2 }
                if j < k {
                    if ops[j] != ops[k] { error("phi has different values for the same incoming block", inst) }
                } else {
                    distinct += 1
                    if !preds.contains(ops[k + 1].index) { allPredecessors = false }
                }
                k += 2
            }
            if !allPredecessors || distinct != preds.count {
                var incoming: [Int] = []
                for j in stride(from: 1, to: ops.count, by: 2) where !incoming.contains(ops[j].index) {
                    incoming.append(ops[j].index)
                }
                error("phi incoming blocks \(incoming.sorted()) do not match the block's predecessors \(preds.sorted())", inst)
            }
        case .getelementptr:
            guard let first = ops.first else { return error("getelementptr needs a base pointer", inst) }
            expect(type(first) == .ptr && d.type == .ptr, "getelementptr works on ptr", inst)
            guard var t = d.auxiliaryType else { return error("getelementptr needs a source element type", inst) }
            for j in ops.indices.dropFirst() {
                let k = j - 1, index = ops[j]
                expect(type(index).isInteger, "getelementptr indices must be integers", inst)
                if k == 0 { continue }
                if case .array(_, let e) = t {
                    t = e
                } else if let (fields, _) = module.structFields(t) {
                    guard index.kind == .constant, case .int(_, let bits) = module.constants[index.index],
                          Int(bits) < fields.count
                    else { return error("struct field index must be a constant in range", inst) }
                    t = fields[Int(bits)]
                } else {
                    return error("getelementptr cannot index into \(t)", inst)
                }
            }
        case .extractvalue, .insertvalue:
            guard let agg = ops.first else { return error("\(d.opcode) needs an aggregate", inst) }
            var t = type(agg)
            for i in d.indices {
                if case .array(let n, let e) = t, i >= 0, i < n {
                    t = e
                } else if let (fields, _) = module.structFields(t), i >= 0, i < fields.count {
                    t = fields[i]
                } else {
                    return error("index \(i) is not valid for \(t)", inst)
                }
            }
            if d.opcode == .extractvalue {
                expect(d.type == t, "extractvalue yields \(t), not \(d.type)", inst)
            } else {
                expect(ops.count == 2 && type(ops[1]) == t && d.type == type(agg), "insertvalue of the wrong type", inst)
            }
        case .extractelement, .insertelement, .shufflevector:
            checkVectorElementAccess(inst, d)
        case .call:
            guard let callee = ops.first else { return error("call needs a callee", inst) }
            expect(type(callee) == .ptr, "call target must be a function or a ptr", inst)
            var fnType: FunctionType?
            if case .function(let t)? = d.auxiliaryType { fnType = t }
            if callee.kind == .function {
                let declared = module.functions[callee.index].type
                if let t = fnType, t != declared {
                    error("call type \(t) does not match @\(module.functions[callee.index].name)'s type \(declared)", inst)
                }
                fnType = fnType ?? declared
            }
            guard let t = fnType else { return error("indirect call needs a function type", inst) }
            let argumentCount = ops.count - 1
            expect(argumentCount == t.parameters.count || (t.isVariadic && argumentCount > t.parameters.count),
                   "call passes \(argumentCount) arguments to \(t)", inst)
            // (Indices, not `zip(ops.dropFirst(), ...).enumerated()`: that iterator is a generic
            // type the runtime builds from its mangled name in a fresh process, looking up each
            // conformance it needs by a scan of all of them, ~100k instructions a lookup.)
            for k in 0..<Swift.min(argumentCount, t.parameters.count) where type(ops[k + 1]) != t.parameters[k] {
                error("call argument \(k) has type \(type(ops[k + 1])), expected \(t.parameters[k])", inst)
            }
            expect(d.type == t.result, "call result is \(d.type), callee returns \(t.result)", inst)
        default:
            break
        }
    }
}

extension FunctionVerifier {
    /// `extractelement`, `insertelement` and `shufflevector`.
    func checkVectorElementAccess(_ inst: Inst, _ d: InstructionView) {
        let ops = d.operands
        guard ops.count == (d.opcode == .extractelement ? 2 : 3) else {
            return error("\(d.opcode) takes \(d.opcode == .extractelement ? 2 : 3) operands", inst)
        }
        guard case .vector(let count, let element) = type(ops[0]) else {
            return error("\(d.opcode) needs a vector operand, not \(type(ops[0]))", inst)
        }
        switch d.opcode {
        case .extractelement:
            expect(type(ops[1]).isInteger, "extractelement index must be an integer, not \(type(ops[1]))", inst)
            expect(d.type == element, "extractelement yields \(element), not \(d.type)", inst)
        case .insertelement:
            expect(type(ops[1]) == element, "insertelement of \(type(ops[1])) into a vector of \(element)", inst)
            expect(type(ops[2]).isInteger, "insertelement index must be an integer, not \(type(ops[2]))", inst)
            expect(d.type == type(ops[0]), "insertelement yields \(type(ops[0])), not \(d.type)", inst)
        default:
            expect(type(ops[1]) == type(ops[0]), "shufflevector operands differ in type: \(type(ops[0])) and "
                   + "\(type(ops[1]))", inst)
            guard case .vector(let length, .i32) = type(ops[2]) else {
                return error("shufflevector mask must be a vector of i32, not \(type(ops[2]))", inst)
            }
            if let problem = module.shuffleMaskProblem(ops[2], sourceLength: count) { error(problem, inst) }
            let expected = IRType.vector(count: length, element: element)
            expect(d.type == expected, "shufflevector yields \(expected), not \(d.type)", inst)
        }
    }
}

extension Module {
    /// Why `type` holds an unsupported vector (no elements, or elements other than `i1`, `i8`...`i64`,
    /// `float`, `double`, `ptr`; `i1` elements, which LLVM packs as bits, only in values, not in
    /// memory), or nil. Looks into arrays, literal structs and function types.
    /// - Parameter inMemory: `type` is laid out in memory (allocated, a global, an element).
    static func vectorTypeProblem(_ type: IRType, inMemory: Bool = false) -> String? {
        switch type {
        case .vector(let count, let element):
            if count < 1 { return "vector type \(type) has no elements" }
            if element == .i1 && inMemory { return "vectors of i1 (\(type)) are values only, not kept in memory" }
            if !element.isValidVectorElement && element != .i1 {
                return "vector element type \(element) is not supported (use i1, i8, i16, i32, i64, float, double or ptr)"
            }
            return nil
        case .array(_, let e): return vectorTypeProblem(e, inMemory: true)
        case .structure(let fields, _):
            // Loops, not closures: a closure would capture (copy) the module.
            for f in fields { if let p = vectorTypeProblem(f, inMemory: true) { return p } }
            return nil
        case .function(let f):
            if let p = vectorTypeProblem(f.result) { return p }
            for t in f.parameters { if let p = vectorTypeProblem(t) { return p } }
            return nil
        default: return nil
        }
    }

    /// Why `mask` is not a valid `shufflevector` mask for two sources of `sourceLength` elements,
    /// or nil. A mask is a constant: `zeroinitializer`, `poison`, `undef`, or a vector whose
    /// elements are `i32` constants below `2 * sourceLength` or `poison`/`undef`.
    func shuffleMaskProblem(_ mask: Value, sourceLength: Int) -> String? {
        guard mask.kind == .constant, mask.index < constants.count else {
            return "shufflevector mask must be a constant"
        }
        switch constants[mask.index] {
        case .zero, .poison, .undef:
            return nil
        case .aggregate(_, let elements):
            for (k, e) in elements.enumerated() {
                guard e.kind == .constant, e.index < constants.count else {
                    return "shufflevector mask element \(k) is not a constant"
                }
                switch constants[e.index] {
                case .poison, .undef: continue
                case .int(_, let bits) where bits < UInt64(2 * sourceLength): continue
                case .int(_, let bits):
                    return "shufflevector mask element \(k) is \(bits), out of range for two vectors of "
                        + "\(sourceLength) elements"
                default: return "shufflevector mask element \(k) is not an integer constant"
                }
            }
            return nil
        default:
            return "shufflevector mask must be a constant vector"
        }
    }
}

