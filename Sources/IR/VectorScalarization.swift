// Vector scalarization: rewrites a function's elementwise vector code (what clang's loop and SLP
// vectorizers emit at -O2) into the same operations on each element, so that the interpreter and
// the code generator, which compute on scalars, run vectorized IR.
//
//   %v = load <2 x double>, ptr %p, align 8      %v.0 = load double, ptr %p, align 8
//   %w = fmul <2 x double> %v, %s          →     %a   = getelementptr i8, ptr %p, i64 8
//   store <2 x double> %w, ptr %q, align 8       %v.1 = load double, ptr %a, align 8
//                                                %w.0 = fmul double %v.0, %s.0   (and so on)
//
// Every vector value becomes one value per element ("lanes"); `extractelement`,
// `insertelement` and `shufflevector` with constant indices become pure renaming, dynamic indices
// a chain of `select`s. Vector phis become one phi per element; vector loads and stores one
// access per element at its byte offset; elementwise intrinsics (`llvm.fmuladd.v2f64`, `llvm.smax.v4i32`,
// ...) calls of the scalar intrinsic; `llvm.vector.reduce.*` a chain of scalar operations in
// element order (which is also the order an ordered floating-point reduction prescribes).
//
// A code generator with SIMD registers can keep some vector instructions whole (`keepWhole`):
// their vector operands are rebuilt whole where they were taken apart, and their results taken
// apart where rewritten instructions read them.
//
// A function is rewritten only if it computes on vectors or holds vectors of `i1` or vectors
// larger than the caller can hold whole; code that only moves vectors (clang's ABI lowering of
// `struct { float a, b; }` as `<2 x float>`) is left as it is. In a rewritten function, a vector that crosses the function's boundary (argument, result,
// argument or result of a call, member of a struct) is taken apart with `extractelement` where it
// enters and rebuilt with `insertelement` where it leaves.

extension Module {
    /// Rewrites elementwise vector operations into operations on their elements, in every function
    /// that has them (see the file comment). Functions without them are left exactly as they are,
    /// and a module that was verified stays marked as verified: the rewrite keeps it well formed.
    /// - Parameter wholeVectorBytes: Vectors of at most this many bytes that a function only
    ///   moves stay whole (the code generator holds vectors of up to 8 bytes; the interpreter
    ///   any); a function that holds a larger one is rewritten too.
    /// - Parameter keepWhole: For a function to rewrite, a flag per instruction (indexed like
    ///   `Function.instructions`): the vector instructions flagged stay whole (a code
    ///   generator's packed SIMD operations). Their vector operands are given whole (rebuilt
    ///   from elements with `insertelement` right after their definition when they were taken
    ///   apart), and their results are taken apart with `extractelement` right after them for
    ///   the uses that are rewritten. nil keeps none whole.
    /// - Throws: ``IRError`` naming the function and instruction when a vector construct cannot be
    ///   rewritten (a vector of pointers used as addresses, a bitcast of pointer lanes that changes
    ///   their number, a load or store of `i1` elements, an intrinsic that is not elementwise);
    ///   the module is then unchanged.
    public mutating func scalarizeVectors(wholeVectorBytes: Int = .max,
                                          keepWhole: ((Module, Function) -> [Bool])? = nil) throws(IRError) {
        try scalarizeVectors(wholeVectorBytes: wholeVectorBytes, keepWhole: keepWhole, keepingOriginals: true)
    }

    /// ``scalarizeVectors(wholeVectorBytes:keepWhole:)``; with `keepingOriginals` false, for a
    /// module that is dropped if this throws (a JIT engine's own): each function is rewritten
    /// where it is instead of in a copy that replaces it once all succeeded (the first new
    /// instruction copied the whole instruction array, and the original was freed afterwards),
    /// and a failure leaves the module unusable.
    package mutating func scalarizeVectors(wholeVectorBytes: Int, keepWhole: ((Module, Function) -> [Bool])?,
                                           keepingOriginals: Bool) throws(IRError) {
        let targets = functions.indices.filter { !functions[$0].isDeclaration && needsScalarization(functions[$0], wholeVectorBytes) }
        guard !targets.isEmpty else { return }
        // The module moves into each scalarizer and back (a copy would make the first constant
        // added copy the whole pool); the rewritten functions replace the originals only when
        // all succeeded, and on failure the constants added are dropped again.
        let verified = isVerified, constantCount = constants.count
        var rewritten: [Function] = []  // (of `targets`, in order)
        for i in targets {
            var scalarizer = VectorScalarizer(function: functions[i], module: Module())
            if !keepingOriginals {
                // The module's reference to the body goes (its name and type stay, which is all
                // the rewrite reads of it), so that the rewrite's is the only one.
                functions[i].instructions = []
                functions[i].blocks = []
            }
            swap(&scalarizer.module, &self)
            if let keepWhole { scalarizer.decideWhole(keepWhole(scalarizer.module, scalarizer.function)) }
            do {
                try scalarizer.run()
            } catch {
                swap(&scalarizer.module, &self)
                removeConstants(from: constantCount)
                isVerified = verified
                throw error
            }
            swap(&scalarizer.module, &self)
            rewritten.append(scalarizer.function)
        }
        for (k, i) in targets.enumerated() { functions[i] = rewritten[k] }
        isVerified = verified
    }

    /// True if `f` computes on vectors (elementwise operations, vector intrinsics), holds vectors
    /// of `i1` (comparison results) or vectors larger than `wholeBytes`; other vectors, which
    /// are only moved, taken apart and rebuilt, stay whole.
    func needsScalarization(_ f: Function, _ wholeBytes: Int) -> Bool {
        func isWhole(_ t: IRType) -> Bool {
            guard let (n, e) = t.vectorShape else { return true }
            return e != .i1 && n * VectorScalarizer.elementSize(e) <= wholeBytes
        }
        for i in f.instructions.indices {
            let op = f.instructions[i].opcode
            let computes = op.isElementwise || (op == .call && isIntrinsicCall(f.instructions[i]))
            if f.instructions[i].type.isVector && (computes || !isWhole(f.instructions[i].type)) { return true }
            // Other operations on vectors have vector results; these may not.
            guard op == .call || op == .store || op == .extractelement || op.info.category == .cast else { continue }
            for v in f.instructions[i].operands where v.kind != .function && v.kind != .block {
                let t = type(of: v, in: f)
                if t.isVector && (computes || !isWhole(t)) { return true }
            }
        }
        return false
    }

    func isIntrinsicCall(_ d: InstructionData) -> Bool {
        guard let callee = d.operands.first, callee.kind == .function else { return false }
        return functions[callee.index].name.hasPrefix("llvm.")
    }

}

extension Opcode {
    /// Operations that act on each element of a vector operand separately.
    var isElementwise: Bool {
        switch info.category {
        case .integerBinary, .floatBinary, .floatUnary, .compare, .cast: true
        default: self == .select || self == .freeze
        }
    }
}

/// Why a function could not be scalarized.
struct ScalarizationFailure: Error {
    var message: String
    var instruction: Inst
}

/// The rewrite of one function (see the file comment).
struct VectorScalarizer {
    var function: Function
    var module: Module
    /// The element values of each vector-typed instruction, by instruction index.
    var lanes = DenseMap<[Value]>()
    /// Scalar-typed instructions replaced by another value (`extractelement`, reductions).
    var replacement = DenseMap<Value>()
    /// Lane phis created for each vector phi, filled in once every block is done.
    var lanePhis = DenseMap<[Int]>()
    /// The block being rebuilt.
    var current: [Inst] = []
    /// Original instructions kept whole, by instruction index (empty: none).
    var keptWhole: [Bool] = []
    /// Whether each original instruction makes or reads a vector (``findVectorInstructions()``).
    var involved: [Bool] = []
    var foundVectorInstructions = false
    /// Vector values (instruction index, or -1-argument) that a whole instruction reads, and
    /// those that a rewritten one reads element by element.
    var needsWhole = DenseSet()
    var needsLanes = DenseSet()
    /// The whole form of each vector value that has one.
    var wholeValue = DenseMap<Value>()
    /// Phis of the block being rebuilt whose other form is due after the block's last phi.
    var pendingPhis: [Inst] = []

    init(function: Function, module: Module) {
        self.function = function
        self.module = module
    }

    /// Sets the entry of value key `key` (an instruction's index, or -1 - n for parameter n) in a
    /// table kept as two arrays, growing the array it falls in with `fill`.
    static func setDenseEntry<T>(_ instructions: inout [T], _ parameters: inout [T], _ key: Int, _ value: T, fill: T) {
        if key >= 0 {
            if key >= instructions.count {
                instructions.append(contentsOf: repeatElement(fill, count: key + 1 - instructions.count))
            }
            instructions[key] = value
        } else {
            let p = -1 - key
            if p >= parameters.count {
                parameters.append(contentsOf: repeatElement(fill, count: p + 1 - parameters.count))
            }
            parameters[p] = value
        }
    }

    /// A set of value keys (an instruction's index, or -1 - n for parameter n), as flags in two
    /// arrays (not a `DenseMap<Bool>`, whose `[Bool?]` is a one-off type: see ArrayFilling.swift).
    struct DenseSet {
        private var instructions: [Bool] = []
        private var parameters: [Bool] = []

        /// Adds `key`.
        mutating func insert(_ key: Int) {
            VectorScalarizer.setDenseEntry(&instructions, &parameters, key, true, fill: false)
        }

        /// True if `key` is in the set.
        func has(_ key: Int) -> Bool {
            if key >= 0 { return key < instructions.count && instructions[key] }
            let p = -1 - key
            return p < parameters.count && parameters[p]
        }
    }

    /// A map from value keys (an instruction's index, or -1 - n for parameter n) to `T`, in two
    /// arrays: these maps are read for nearly every operand, and hashing was a tenth of the pass.
    struct DenseMap<T> {
        private var instructions: [T?] = []
        private var parameters: [T?] = []
        /// True until a value is set (setting one back to nil does not make the map empty again;
        /// nothing here removes entries).
        private(set) var isEmpty = true

        subscript(key: Int) -> T? {
            get {
                if key >= 0 { return key < instructions.count ? instructions[key] : nil }
                let p = -1 - key
                return p < parameters.count ? parameters[p] : nil
            }
            set {
                if newValue != nil { isEmpty = false }
                VectorScalarizer.setDenseEntry(&instructions, &parameters, key, newValue, fill: nil)
            }
        }

        /// True if `key` has a value.
        func has(_ key: Int) -> Bool { self[key] != nil }

        /// The entries, parameters first, then instructions in index order: keys and values (two
        /// arrays, not pairs: see ArrayFilling.swift on one-off types).
        var entries: (keys: [Int], values: [T]) {
            var keys: [Int] = [], values: [T] = []
            for (p, v) in parameters.enumerated() {
                if let v {
                    keys.append(-1 - p)
                    values.append(v)
                }
            }
            for (i, v) in instructions.enumerated() {
                if let v {
                    keys.append(i)
                    values.append(v)
                }
            }
            return (keys, values)
        }
    }

    /// Keeps the instructions flagged in `keep` whole, and records which vector values are read
    /// whole and which element by element.
    mutating func decideWhole(_ keep: [Bool]) {
        findVectorInstructions()
        keptWhole = Array(filling: false, count: function.instructions.count)
        for i in keptWhole.indices where i < keep.count { keptWhole[i] = keep[i] }
        for block in function.blocks {
            for inst in block.instructions where involvesVectors(inst) {
                let d = function.instructions[inst.index]
                // A kept instruction reads whole; so does one that does not compute on vectors
                // (it is left as it is, with its vector operands rebuilt); the rest read elements.
                let computes = d.opcode.isElementwise || d.opcode == .phi || d.opcode == .load || d.opcode == .store
                    || d.opcode == .extractelement || d.opcode == .insertelement || d.opcode == .shufflevector
                    || (d.opcode == .call && module.isIntrinsicCall(d))
                let whole = keptWhole[inst.index] || !computes
                for v in d.operands where v.kind == .instruction || v.kind == .argument {
                    guard typeOf(v).isVector else { continue }
                    let key = v.kind == .instruction ? v.index : -1 - v.index
                    if whole { needsWhole.insert(key) } else { needsLanes.insert(key) }
                }
            }
        }
    }

    @inline(__always) func isKeptWhole(_ inst: Inst) -> Bool { inst.index < keptWhole.count && keptWhole[inst.index] }

    /// The whole form of a vector operand.
    @inline(__always) func wholeOf(_ v: Value) -> Value {
        switch v.kind {
        case .instruction: wholeValue[v.index] ?? v
        case .argument: wholeValue[-1 - v.index] ?? v
        default: v
        }
    }

    /// After the definition of vector value `inst`: its other form, if some use needs it.
    mutating func completeForms(_ inst: Inst) throws(ScalarizationFailure) {
        guard let (n, e) = function.instructions[inst.index].type.vectorShape else { return }
        if wholeValue[inst.index] != nil {
            if needsLanes.has(inst.index) && lanes[inst.index] == nil {
                lanes[inst.index] = try takeApart(.instruction(inst), n, e, at: inst)
            }
        } else if needsWhole.has(inst.index) && lanes[inst.index] != nil {
            wholeValue[inst.index] = try rebuild(.instruction(inst), at: inst)
        }
    }

    /// The bytes an element takes in memory.
    static func elementSize(_ e: IRType) -> Int {
        switch e {
        case .int(let n): (n + 7) / 8
        case .float: 4
        default: 8
        }
    }

    mutating func run() throws(IRError) {
        do {
            try rewrite()
        } catch {
            let d = function.instructions[error.instruction.index]
            let name = d.name.map { "%" + $0 } ?? "\(d.opcode)"
            let at = d.position.map { " at line \($0.line), column \($0.column)" } ?? ""
            throw IRError("in @\(function.name): cannot run vector code on scalars (\(name)\(at)): \(error.message)")
        }
    }

    // MARK: - Driving the rewrite

    mutating func rewrite() throws(ScalarizationFailure) {
        findVectorInstructions()
        let order = blockOrder()
        var newBlocks = Array(filling: [Inst](), count: function.blocks.count)
        // Lane phis first, so that uses met before their definition (loop back edges) find them.
        for b in order {
            for inst in function.blocks[b].instructions where function.instructions[inst.index].opcode == .phi {
                guard let (n, e) = function.instructions[inst.index].type.vectorShape else { continue }
                if isKeptWhole(inst) {
                    wholeValue[inst.index] = .instruction(inst)
                    continue
                }
                var ids: [Int] = []
                for _ in 0..<n {
                    var p = InstructionData(.phi, type: e, operands: Operands())
                    p.position = function.instructions[inst.index].position
                    function.instructions.append(p)
                    ids.append(function.instructions.count - 1)
                }
                lanePhis[inst.index] = ids
                lanes[inst.index] = ids.map { .instruction(Inst($0)) }
            }
        }
        for b in order {
            // A block in which nothing makes or reads a vector stays as it is (uses of replaced
            // results are mended below).
            if b != 0 && !function.blocks[b].instructions.contains(where: { involved[$0.index] }) {
                newBlocks[b] = function.blocks[b].instructions
                continue
            }
            current = []
            // (Room for the block as it was and some lanes: growing from empty was a tenth of the pass.)
            current.reserveCapacity(2 * function.blocks[b].instructions.count + 8)
            if b == 0 { try takeApartArguments() }
            pendingPhis = []
            for inst in function.blocks[b].instructions {
                let isPhi = function.instructions[inst.index].opcode == .phi
                if !isPhi { try flushPendingPhis() }
                try rewrite(inst)
                if isPhi { pendingPhis.append(inst) } else { try completeForms(inst) }
            }
            try flushPendingPhis()
            newBlocks[b] = current
        }
        // Fill the lane phis.
        let lanePhiEntries = lanePhis.entries
        for (n, phi) in lanePhiEntries.keys.enumerated() {
            let ids = lanePhiEntries.values[n]
            let ops = function.instructions[phi].operands
            let e = function.instructions[ids[0]].type
            var k = 0
            while k + 1 < ops.count {
                let incoming = try lanesOf(ops[k], count: ids.count, element: e, at: Inst(phi))
                for (j, id) in ids.enumerated() {
                    function.instructions[id].operands.append(incoming[j])
                    function.instructions[id].operands.append(ops[k + 1])
                }
                k += 2
            }
        }
        // Whole phis read the whole forms of their incoming values.
        let wholeEntries = wholeValue.entries
        for (n, key) in wholeEntries.keys.enumerated()
        where key >= 0 && wholeEntries.values[n] == .instruction(Inst(key))
            && function.instructions[key].opcode == .phi {
            var k = 0
            while k + 1 < function.instructions[key].operands.count {
                function.instructions[key].operands[k] = wholeOf(function.instructions[key].operands[k])
                k += 2
            }
        }
        for b in function.blocks.indices { function.blocks[b].instructions = newBlocks[b] }
        // Scalar results that were replaced: rewrite their uses.
        if !replacement.isEmpty {
            for b in function.blocks.indices {
                for inst in function.blocks[b].instructions {
                    for k in function.instructions[inst.index].operands.indices {
                        let v = function.instructions[inst.index].operands[k]
                        if v.kind == .instruction, replacement[v.index] != nil {
                            function.instructions[inst.index].operands[k] = resolve(v)
                        }
                    }
                }
            }
        }
    }

    /// The other forms of the block's phis, after its last phi.
    @inline(__always) mutating func flushPendingPhis() throws(ScalarizationFailure) {
        guard !pendingPhis.isEmpty else { return }
        let phis = pendingPhis
        pendingPhis = []
        for inst in phis { try completeForms(inst) }
    }

    /// Blocks in reverse postorder from the entry (definitions before their uses), then the
    /// unreachable ones.
    func blockOrder() -> [Int] {
        let n = function.blocks.count
        var seen = Array(filling: false, count: n)
        var post: [Int] = []
        // Each entry: a block and the next operand of its terminator to look at (an unlabeled
        // pair, the type the other block walks use: see ArrayFilling.swift on one-off types).
        var stack: [(Int, Int)] = [(0, 0)]
        seen[0] = true
        while let (block, next) = stack.last {
            let term = function.blocks[block].instructions.last.map { function.instructions[$0.index].operands } ?? []
            var k = next
            while k < term.count && !(term[k].kind == .block && !seen[term[k].index]) { k += 1 }
            if k < term.count {
                stack[stack.count - 1].1 = k + 1
                seen[term[k].index] = true
                stack.append((term[k].index, 0))
            } else {
                post.append(block)
                stack.removeLast()
            }
        }
        return post.reversed() + (0..<n).filter { !seen[$0] }
    }

    @inline(__always) func resolve(_ v: Value) -> Value {
        var v = v
        while v.kind == .instruction, let r = replacement[v.index] { v = r }
        return v
    }

    // MARK: - Emitting

    @discardableResult
    mutating func emit(_ d: InstructionData, at origin: Inst) -> Value {
        var d = d
        d.position = function.instructions[origin.index].position
        function.instructions.append(d)
        let inst = Inst(function.instructions.count - 1)
        current.append(inst)
        return .instruction(inst)
    }

    mutating func emit(_ op: Opcode, _ type: IRType, _ operands: Operands, at origin: Inst,
                       flags: InstructionFlags = [], predicate: UInt8 = 0) -> Value {
        var d = InstructionData(op, type: type, operands: operands)
        d.flags = flags
        d.predicate = predicate
        return emit(d, at: origin)
    }

    @inline(__always) func typeOf(_ v: Value) -> IRType {
        v.kind == .function ? .ptr : module.type(of: v, in: function)
    }

    /// The lanes of a vector operand.
    mutating func lanesOf(_ v: Value, count n: Int, element e: IRType, at origin: Inst) throws(ScalarizationFailure) -> [Value] {
        switch v.kind {
        case .instruction, .argument:
            let key = v.kind == .instruction ? v.index : -1 - v.index
            if let l = lanes[key] { return l }
            // Only in unreachable code: a use before any definition.
            return Array(filling: module.constant(.poison(e)), count: n)
        case .constant:
            switch module.constants[v.index] {
            case .aggregate(_, let elements) where elements.count == n: return elements
            case .zero: return Array(filling: zero(e), count: n)
            case .poison: return Array(filling: module.constant(.poison(e)), count: n)
            case .undef: return Array(filling: module.constant(.undef(e)), count: n)
            default: throw ScalarizationFailure(message: "vector constant \(module.constants[v.index])", instruction: origin)
            }
        default:
            throw ScalarizationFailure(message: "a \(v.kind) used as a vector", instruction: origin)
        }
    }

    mutating func zero(_ e: IRType) -> Value {
        switch e {
        case .float, .double: module.constant(.float(e, bits: 0))
        case .ptr: module.constant(.null)
        default: module.constant(.int(e, bits: 0))
        }
    }

    /// Vector arguments, taken apart at the start of the entry block.
    mutating func takeApartArguments() throws(ScalarizationFailure) {
        for (i, t) in function.type.parameters.enumerated() {
            guard let (n, e) = t.vectorShape else { continue }
            guard let first = function.blocks[0].instructions.first else { return }
            wholeValue[-1 - i] = .argument(i)
            // With instructions kept whole, only arguments something reads element by element.
            if keptWhole.isEmpty || needsLanes.has(-1 - i) {
                lanes[-1 - i] = try takeApart(.argument(i), n, e, at: first)
            }
        }
    }

    mutating func takeApart(_ v: Value, _ n: Int, _ e: IRType, at origin: Inst) throws(ScalarizationFailure) -> [Value] {
        return (0..<n).map { k in emit(.extractelement, e, Operands(v, module.int(.i32, Int64(k))), at: origin) }
    }

    /// A whole vector built from lanes, for a use outside the function (argument or result).
    mutating func rebuild(_ v: Value, at origin: Inst) throws(ScalarizationFailure) -> Value {
        let t = typeOf(v)
        guard let (n, e) = t.vectorShape else { return resolve(v) }
        if v.kind == .constant { return v }
        if v.kind == .instruction, let w = wholeValue[v.index] { return w }
        if v.kind == .argument, let w = wholeValue[-1 - v.index] { return w }
        let l = try lanesOf(v, count: n, element: e, at: origin)
        var whole = module.constant(.poison(t))
        for k in 0..<n { whole = emit(.insertelement, t, Operands(whole, l[k], module.int(.i32, Int64(k))), at: origin) }
        return whole
    }

    // MARK: - One instruction

    mutating func rewrite(_ inst: Inst) throws(ScalarizationFailure) {
        // Most instructions neither make nor read a vector: kept as they are (uses of replaced
        // results are mended at the end), without the copy and the case analysis below.
        if !involvesVectors(inst) {
            current.append(inst)
            return
        }
        let d = function.instructions[inst.index]
        let shape = d.type.vectorShape
        func fail(_ why: String) -> ScalarizationFailure { ScalarizationFailure(message: why, instruction: inst) }
        func scalar(_ v: Value) -> Value { resolve(v) }

        if isKeptWhole(inst) {
            if d.opcode != .phi {
                for k in d.operands.indices where typeOf(d.operands[k]).isVector {
                    function.instructions[inst.index].operands[k] = wholeOf(d.operands[k])
                }
            }
            current.append(inst)
            if shape != nil { wholeValue[inst.index] = .instruction(inst) }
            return
        }
        switch d.opcode {
        case .phi where shape != nil:
            for id in lanePhis[inst.index] ?? [] { current.append(Inst(id)) }
            return
        case _ where d.opcode.info.category == .integerBinary || d.opcode.info.category == .floatBinary:
            guard let (n, e) = shape else { break }
            let a = try operandLanes(d, 0, inst), b = try operandLanes(d, 1, inst)
            lanes[inst.index] = (0..<n).map { k in emit(d.opcode, e, Operands(a[k], b[k]), at: inst, flags: d.flags) }
            return
        case .fneg, .freeze:
            guard let (n, e) = shape else { break }
            let a = try operandLanes(d, 0, inst)
            lanes[inst.index] = (0..<n).map { k in emit(d.opcode, e, Operands(a[k]), at: inst, flags: d.flags) }
            return
        case .icmp, .fcmp:
            guard let (n, _) = shape else { break }
            let a = try operandLanes(d, 0, inst), b = try operandLanes(d, 1, inst)
            lanes[inst.index] = (0..<n).map { k in
                emit(d.opcode, .i1, Operands(a[k], b[k]), at: inst, flags: d.flags, predicate: d.predicate)
            }
            return
        case _ where d.opcode.info.category == .cast:
            let from = typeOf(d.operands[0])
            guard shape != nil || from.isVector else { break }
            guard let (n, e) = shape, let (m, _) = from.vectorShape, n == m else {
                // Only a bitcast changes the number of lanes.
                try regroup(inst, d, from: from)
                return
            }
            let a = try operandLanes(d, 0, inst)
            lanes[inst.index] = (0..<n).map { k in emit(d.opcode, e, Operands(a[k]), at: inst, flags: d.flags) }
            return
        case .select:
            guard let (n, e) = shape else { break }
            let c = typeOf(d.operands[0]).isVector
                ? try operandLanes(d, 0, inst) : Array(filling: scalar(d.operands[0]), count: n)
            let a = try operandLanes(d, 1, inst), b = try operandLanes(d, 2, inst)
            lanes[inst.index] = (0..<n).map { k in emit(.select, e, Operands(c[k], a[k], b[k]), at: inst) }
            return
        case .extractelement:
            let a = try operandLanes(d, 0, inst)
            replacement[inst.index] = pick(a, d.operands[1], element: d.type, at: inst)
            return
        case .insertelement:
            guard let (n, e) = shape else { break }
            var a = try operandLanes(d, 0, inst)
            let x = scalar(d.operands[1])
            if let k = constantIndex(d.operands[2]) {
                if k < n { a[k] = x } else { a = Array(filling: module.constant(.poison(e)), count: n) }
            } else {
                let idx = scalar(d.operands[2]), it = typeOf(idx)
                // Lanes an index this narrow cannot name keep their value.
                for k in 0..<min(n, Self.countable(by: it)) {
                    let c = emit(.icmp, .i1, Operands(idx, module.int(it, Int64(k))), at: inst, predicate: IntPredicate.eq.rawValue)
                    a[k] = emit(.select, typeOf(x), Operands(c, x, a[k]), at: inst)
                }
            }
            lanes[inst.index] = a
            return
        case .shufflevector:
            guard let (n, e) = shape else { break }
            let all = try operandLanes(d, 0, inst) + operandLanes(d, 1, inst)
            var out: [Value] = []
            for k in 0..<n {
                let m = maskElement(d.operands[2], k)
                out.append(m.map { $0 < all.count ? all[$0] : module.constant(.poison(e)) } ?? module.constant(.poison(e)))
            }
            lanes[inst.index] = out
            return
        case .load:
            guard let (n, e) = shape else { break }
            guard e.isValidVectorElement else { throw fail("a load of \(d.type) (packed bits)") }
            let size = Self.elementSize(e)
            let base = scalar(d.operands[0])
            lanes[inst.index] = (0..<n).map { k in
                var l = InstructionData(.load, type: e, operands: Operands(address(base, k * size, at: inst)))
                l.alignment = laneAlignment(d.alignment, k * size, size)
                l.flags = d.flags
                return emit(l, at: inst)
            }
            return
        case .store:
            guard let (n, e) = typeOf(d.operands[0]).vectorShape else { break }
            guard e.isValidVectorElement else { throw fail("a store of \(typeOf(d.operands[0])) (packed bits)") }
            let size = Self.elementSize(e)
            let v = try operandLanes(d, 0, inst)
            let base = scalar(d.operands[1])
            for k in 0..<n {
                var s = InstructionData(.store, type: .void, operands: Operands(v[k], address(base, k * size, at: inst)))
                s.alignment = laneAlignment(d.alignment, k * size, size)
                s.flags = d.flags
                emit(s, at: inst)
            }
            return
        case .call:
            if try rewriteIntrinsic(inst, d) { return }
        default:
            break
        }
        // Not a vector operation (insertvalue, extractvalue, ...): kept, with small vector operands
        // rebuilt before it and a small vector result taken apart after it.
        if d.opcode != .phi {
            for k in d.operands.indices where typeOf(d.operands[k]).isVector {
                function.instructions[inst.index].operands[k] = try rebuild(d.operands[k], at: inst)
            }
        }
        current.append(inst)
        if let (n, e) = shape {
            wholeValue[inst.index] = .instruction(inst)
            if keptWhole.isEmpty || needsLanes.has(inst.index) {
                lanes[inst.index] = try takeApart(.instruction(inst), n, e, at: inst)
            }
        }
    }

    /// The lanes of operand `k` of `d` (instruction `inst`), which must be a vector.
    mutating func operandLanes(_ d: InstructionData, _ k: Int, _ inst: Inst) throws(ScalarizationFailure) -> [Value] {
        let v = d.operands[k]
        guard let (n, e) = typeOf(v).vectorShape else {
            throw ScalarizationFailure(message: "operand \(k) is not a vector", instruction: inst)
        }
        return try lanesOf(v, count: n, element: e, at: inst)
    }

    /// True if the instruction's result or one of its operands is a vector.
    @inline(__always) func involvesVectors(_ inst: Inst) -> Bool { involved[inst.index] }

    /// Fills ``involved`` (once): whether each of the function's instructions makes or reads a
    /// vector. Read for every instruction twice (``decideWhole(_:)``, ``rewrite()``), and each
    /// instruction's type once here rather than at each use as an operand.
    mutating func findVectorInstructions() {
        guard !foundVectorInstructions else { return }
        foundVectorInstructions = true
        let n = function.instructions.count
        var vectorTyped = [Bool](filling: false, count: n)
        for i in 0..<n where function.instructions[i].type.isVector { vectorTyped[i] = true }
        var involved = vectorTyped
        for i in 0..<n where !involved[i] {
            let count = function.instructions[i].operands.count
            var k = 0
            while k < count {
                let v = function.instructions[i].operands[k]
                switch v.kind {
                case .block, .function, .global:
                    break
                case .instruction:
                    if v.index < n && vectorTyped[v.index] { involved[i] = true }
                default:
                    if typeOf(v).isVector { involved[i] = true }
                }
                if involved[i] { break }
                k += 1
            }
        }
        self.involved = involved
    }

    /// A bitcast that regroups bits into lanes of another width (`<4 x i32>` to `<2 x i64>`,
    /// `<8 x i1>` to `i8`, `i64` to `<2 x float>`), lane 0 in the low bits as in memory on a
    /// little-endian target: the source lanes as integers, split with `lshr`+`trunc` or joined
    /// with `zext`+`shl`+`or`, then given the target's element type.
    mutating func regroup(_ inst: Inst, _ d: InstructionData, from: IRType) throws(ScalarizationFailure) {
        let (m, fe) = from.vectorShape ?? (1, from)
        let (n, te) = d.type.vectorShape ?? (1, d.type)
        func fail(_ why: String) -> ScalarizationFailure {
            ScalarizationFailure(message: "a bitcast between \(from) and \(d.type) " + why, instruction: inst)
        }
        guard d.opcode == .bitcast, fe != .ptr, te != .ptr, let fw = fe.bitWidth, let tw = te.bitWidth,
              m * fw == n * tw else { throw fail("changes the number of lanes") }
        guard fw % tw == 0 || tw % fw == 0 else { throw fail("regroups lanes of incommensurable widths") }
        let source: [Value]
        if from.isVector {
            source = try lanesOf(d.operands[0], count: m, element: fe, at: inst)
        } else {
            source = [resolve(d.operands[0])]
        }
        let fi = IRType.int(fw), ti = IRType.int(tw)
        let ints = source.map { fe == fi ? $0 : emit(.bitcast, fi, Operands($0), at: inst) }
        var joined: [Value] = []
        joined.reserveCapacity(n)
        if fw >= tw {
            for a in ints {
                for j in 0..<(fw / tw) {
                    let shifted = j == 0 ? a : emit(.lshr, fi, Operands(a, module.int(fi, Int64(j * tw))), at: inst)
                    joined.append(fw == tw ? shifted : emit(.trunc, ti, Operands(shifted), at: inst))
                }
            }
        } else {
            let r = tw / fw
            for k in 0..<n {
                var lane = emit(.zext, ti, Operands(ints[k * r]), at: inst)
                for j in 1..<r {
                    let part = emit(.zext, ti, Operands(ints[k * r + j]), at: inst)
                    let shifted = emit(.shl, ti, Operands(part, module.int(ti, Int64(j * fw))), at: inst)
                    lane = emit(.or, ti, Operands(lane, shifted), at: inst)
                }
                joined.append(lane)
            }
        }
        let result = joined.map { te == ti ? $0 : emit(.bitcast, te, Operands($0), at: inst) }
        if d.type.isVector {
            lanes[inst.index] = result
        } else {
            replacement[inst.index] = result[0]
        }
    }

    /// The lane `index` selects: a constant index picks it, a dynamic one compares against each.
    mutating func pick(_ a: [Value], _ index: Value, element e: IRType, at inst: Inst) -> Value {
        if let k = constantIndex(index) { return k < a.count ? a[k] : module.constant(.poison(e)) }
        let idx = resolve(index), it = typeOf(idx)
        var result = a[0]
        for k in 1..<max(min(a.count, Self.countable(by: it)), 1) {
            let c = emit(.icmp, .i1, Operands(idx, module.int(it, Int64(k))), at: inst, predicate: IntPredicate.eq.rawValue)
            result = emit(.select, e, Operands(c, a[k], result), at: inst)
        }
        return result
    }

    /// How many lanes an index of type `t` can name (`i1`: 2).
    static func countable(by t: IRType) -> Int {
        guard let w = t.integerWidth, w < 31 else { return Int(Int32.max) }
        return 1 << w
    }

    @inline(__always) func constantIndex(_ v: Value) -> Int? {
        guard v.kind == .constant, case .int(_, let bits) = module.constants[v.index] else { return nil }
        return bits > UInt64(Int32.max) ? Int(Int32.max) : Int(bits)
    }

    func maskElement(_ mask: Value, _ k: Int) -> Int? {
        guard mask.kind == .constant else { return nil }
        switch module.constants[mask.index] {
        case .zero: return 0
        case .aggregate(_, let elements) where k < elements.count: return constantIndex(elements[k])
        default: return nil
        }
    }

    mutating func address(_ base: Value, _ offset: Int, at inst: Inst) -> Value {
        guard offset != 0 else { return base }
        var g = InstructionData(.getelementptr, type: .ptr, operands: Operands(base, module.int(.i64, Int64(offset))))
        g.auxiliaryType = .i8
        return emit(g, at: inst)
    }

    /// The alignment an element access at `offset` from an `align` access keeps.
    func laneAlignment(_ align: Int?, _ offset: Int, _ size: Int) -> Int? {
        guard let align else { return nil }
        var a = align
        while a > 1 && offset % a != 0 { a /= 2 }
        return a
    }

    // MARK: - Intrinsics

    /// True if `llvm.NAME.*` is computed element by element: the scalar intrinsic has the same
    /// name with the vector overload suffix (`.v2f64`) replaced by the element's (`.f64`). (A
    /// switch, not a `Set<String>`: see ArrayFilling.swift on one-off types.)
    static func isElementwiseIntrinsic(_ name: String) -> Bool {
        switch name {
        case "fmuladd", "fma", "fabs", "sqrt", "minnum", "maxnum", "minimum", "maximum", "copysign", "floor", "ceil",
             "trunc", "rint", "nearbyint", "round", "roundeven", "smax", "smin", "umax", "umin", "abs", "ctpop", "ctlz",
             "cttz", "bswap", "bitreverse", "fshl", "fshr", "sin", "cos", "exp", "exp2", "log", "log2", "log10", "pow":
            true
        default:
            false
        }
    }

    mutating func rewriteIntrinsic(_ inst: Inst, _ d: InstructionData) throws(ScalarizationFailure) -> Bool {
        guard let callee = d.operands.first, callee.kind == .function else { return false }
        let name = module.functions[callee.index].name
        guard name.hasPrefix("llvm.") else { return false }
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 3 else { return false }
        func fail(_ why: String) -> ScalarizationFailure { ScalarizationFailure(message: why, instruction: inst) }
        let args = d.operands.array(from: 1)

        if parts[1] == "vector", parts[2] == "reduce", parts.count >= 5 {
            let kind = parts[3]
            let vectorArg = args.last ?? callee
            guard let (n, e) = typeOf(vectorArg).vectorShape else { throw fail("\(name) of a non-vector") }
            let l = try lanesOf(vectorArg, count: n, element: e, at: inst)
            var acc: Value
            var rest = l[...]
            if kind == "fadd" || kind == "fmul" {
                guard args.count == 2 else { throw fail("\(name) takes a start value and a vector") }
                acc = resolve(args[0])
            } else {
                acc = l[0]
                rest = l.dropFirst()
            }
            for x in rest {
                switch kind {
                case "add": acc = emit(.add, e, Operands(acc, x), at: inst)
                case "mul": acc = emit(.mul, e, Operands(acc, x), at: inst)
                case "and": acc = emit(.and, e, Operands(acc, x), at: inst)
                case "or": acc = emit(.or, e, Operands(acc, x), at: inst)
                case "xor": acc = emit(.xor, e, Operands(acc, x), at: inst)
                case "fadd": acc = emit(.fadd, e, Operands(acc, x), at: inst)
                case "fmul": acc = emit(.fmul, e, Operands(acc, x), at: inst)
                case "smax", "smin", "umax", "umin":
                    let p: IntPredicate = kind == "smax" ? .sgt : kind == "smin" ? .slt : kind == "umax" ? .ugt : .ult
                    let c = emit(.icmp, .i1, Operands(acc, x), at: inst, predicate: p.rawValue)
                    acc = emit(.select, e, Operands(c, acc, x), at: inst)
                case "fmax", "fmin":
                    let f = try scalarIntrinsic((kind == "fmax" ? "llvm.maxnum." : "llvm.minnum.")
                                                    + scalarSuffix(parts[4]), e, [e, e], at: inst)
                    acc = call(f, e, [acc, x], at: inst)
                default:
                    throw fail("\(name)")
                }
            }
            replacement[inst.index] = acc
            return true
        }

        guard Self.isElementwiseIntrinsic(parts[1]) else {
            if d.type.isVector || args.contains(where: { typeOf($0).isVector }) {
                throw fail("\(name) on vectors")
            }
            return false
        }
        guard let (n, e) = d.type.vectorShape else {
            if args.contains(where: { typeOf($0).isVector }) { throw fail("\(name) with a vector operand") }
            return false
        }
        var argLanes: [[Value]?] = []
        var argTypes: [IRType] = []
        for a in args {
            if let (m, ae) = typeOf(a).vectorShape {
                guard m == n else { throw fail("\(name) mixes vector lengths") }
                argLanes.append(try lanesOf(a, count: m, element: ae, at: inst))
                argTypes.append(ae)
            } else {
                argLanes.append(nil)
                argTypes.append(typeOf(a))
            }
        }
        // llvm.NAME.v2f64 -> llvm.NAME.f64: every overload suffix naming a vector loses its `vN`.
        let scalarName = parts.enumerated().map { k, p in k >= 2 ? scalarSuffix(p) : p }.joined(separator: ".")
        let f = try scalarIntrinsic(scalarName, e, argTypes, at: inst)
        lanes[inst.index] = (0..<n).map { k in
            call(f, e, args.indices.map { j in argLanes[j]?[k] ?? resolve(args[j]) }, at: inst)
        }
        return true
    }

    /// An overload suffix for one element: `v2f64` -> `f64`, `v4i32` -> `i32`; others unchanged.
    func scalarSuffix(_ p: String) -> String {
        let b = Array(p.utf8)
        guard b.count > 2, b[0] == UInt8(ascii: "v"), b[1] >= 0x30, b[1] <= 0x39 else { return p }
        var k = 1
        while k < b.count && b[k] >= 0x30 && b[k] <= 0x39 { k += 1 }
        return String(decoding: b[k...], as: UTF8.self)
    }

    /// The declaration of scalar intrinsic `name`, added to the module if missing.
    mutating func scalarIntrinsic(_ name: String, _ result: IRType, _ parameters: [IRType],
                                  at inst: Inst) throws(ScalarizationFailure) -> Value {
        let type = FunctionType(result, parameters)
        if let i = module.functionIndex(named: name) {
            guard module.functions[i].type == type else {
                throw ScalarizationFailure(message: "@\(name) is declared as \(module.functions[i].type)", instruction: inst)
            }
            return Value(.function, i)
        }
        do {
            return try module.addFunction(Function(name: name, type: type))
        } catch {
            throw ScalarizationFailure(message: "@\(name): \(error.message)", instruction: inst)
        }
    }

    mutating func call(_ f: Value, _ result: IRType, _ arguments: [Value], at inst: Inst) -> Value {
        var c = InstructionData(.call, type: result, operands: [f] + arguments)
        c.auxiliaryType = .function(module.functions[f.index].type)
        c.flags = [.tail]
        return emit(c, at: inst)
    }
}
