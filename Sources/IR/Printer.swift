// The printer: a module in LLVM's text syntax, accepted by `llvm-as` and by our parser, and
// stable under parse → print → parse → print.
//
// Unnamed values are numbered as LLVM numbers them: in each function, the unnamed parameters, then
// for each block its label (if unnamed) followed by its unnamed instruction results. Floating-point
// constants are printed in LLVM's exact hexadecimal form (`0x3FF0000000000000`), so no value is
// rounded by printing. Attributes and hints that do not change meaning (other than `noundef` and
// the wrap/exact flags) are dropped, so the output is accepted by LLVM 19's llvm-as.

extension Module {
    /// The module as LLVM IR text.
    public var text: String {
        var p = ModulePrinter(module: self)
        return p.print()
    }

    /// The module as LLVM IR text, and for each function (by index) the 1-based line of each
    /// instruction in that text, keyed by instruction index: what a debugger's line table needs when
    /// the IR was built in memory rather than parsed from a file.
    /// - Returns: The text, and per function a map from instruction index to line.
    public func textWithInstructionLines() -> (text: String, lines: [[Int: Int]]) {
        var p = ModulePrinter(module: self)
        p.recordLines = true
        let text = p.print()
        return (text, p.instructionLines)
    }

    /// One instruction of `function` as LLVM IR text, with the function's numbering of unnamed values.
    /// - Parameters:
    ///   - inst: The instruction.
    ///   - function: The function that holds it.
    ///   - singleLine: Join a multi-line instruction (`switch`) into one line, for messages.
    /// - Returns: The instruction's text (several lines for a `switch`, unless `singleLine`).
    public func text(of inst: Inst, in function: Function, singleLine: Bool = false) -> String {
        var names = LocalNames(function: function)
        let text = ModulePrinter(module: self).instructionText(function, inst, &names)
        guard singleLine else { return text }
        return text.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: " ")
    }

    /// One function as LLVM IR text.
    /// - Parameter function: A function of this module.
    /// - Returns: Its `define` or `declare` text.
    public func text(of function: Function) -> String {
        var p = ModulePrinter(module: self)
        p.printFunction(function)
        return p.out
    }
}

struct ModulePrinter {
    let module: Module
    var out = ""
    /// With `recordLines`, the line of each instruction, per function index.
    var recordLines = false
    var instructionLines: [[Int: Int]] = []
    private var linesCounted = 1
    private var scanned = 0

    /// The 1-based line the next character of `out` is on (counting incrementally).
    mutating func currentLine() -> Int {
        for c in out.utf8.dropFirst(scanned) where c == 0x0A { linesCounted += 1 }
        scanned = out.utf8.count
        return linesCounted
    }

    init(module: Module) { self.module = module }

    mutating func print() -> String {
        if let s = module.sourceFilename { out += "source_filename = \(Self.quoted(Array(s.utf8)))\n" }
        if let s = module.dataLayout { out += "target datalayout = \(Self.quoted(Array(s.utf8)))\n" }
        if let s = module.targetTriple { out += "target triple = \(Self.quoted(Array(s.utf8)))\n" }
        if !out.isEmpty { out += "\n" }
        for name in module.structNames {
            guard let body = module.structs[name] else { continue }
            out += "%\(quotedName(name)) = type "
            if let fields = body.fields {
                out += IRType.structure(fields: fields, packed: body.isPacked).description
            } else {
                out += "opaque"
            }
            out += "\n"
        }
        if !module.structNames.isEmpty { out += "\n" }
        for g in module.globals { printGlobal(g) }
        if !module.globals.isEmpty { out += "\n" }
        for (i, f) in module.functions.enumerated() {
            if i > 0 { out += "\n" }
            if recordLines { instructionLines.append([:]) }
            printFunction(f)
        }
        return out
    }

    static func quoted(_ bytes: [UInt8]) -> String {
        var s = "\""
        for c in bytes {
            if c == 0x22 || c == 0x5C || c < 0x20 || c >= 0x7F {
                s += "\\" + String(c, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                s.append(Character(UnicodeScalar(c)))
            }
        }
        return s + "\""
    }

    mutating func printGlobal(_ g: GlobalVariable) {
        out += "@\(quotedName(g.name)) = "
        if g.initializer == nil && g.linkage == .external {
            out += "external "
        } else if g.linkage != .external {
            out += g.linkage.rawValue + " "
        }
        if g.isDSOLocal { out += "dso_local " }
        if let u = g.unnamedAddress { out += u + " " }
        out += g.isConstant ? "constant " : "global "
        out += g.valueType.description
        if let initializer = g.initializer {
            out += " " + constantText(initializer)
        }
        if let a = g.alignment { out += ", align \(a)" }
        out += "\n"
    }

    // MARK: - Functions

    mutating func printFunction(_ f: Function) {
        var names = LocalNames(function: f)
        out += f.isDeclaration ? "declare " : "define "
        if f.linkage != .external { out += f.linkage.rawValue + " " }
        if f.isDSOLocal { out += "dso_local " }
        out += attributesText(f.resultAttributes)
        out += "\(f.type.result) @\(quotedName(f.name))("
        var params: [String] = []
        for (i, t) in f.type.parameters.enumerated() {
            var p = t.description + " " + attributesText(f.parameterAttributes[i])
            if !f.isDeclaration { p += names.argument(i) } else { p = String(p.dropLast(p.hasSuffix(" ") ? 1 : 0)) }
            params.append(p)
        }
        if f.type.isVariadic { params.append("...") }
        out += params.joined(separator: ", ") + ")"
        if f.isDeclaration {
            out += "\n"
            return
        }
        out += " {\n"
        for (b, block) in f.blocks.enumerated() {
            if b > 0 { out += "\n" }
            if b > 0 || block.name != nil {
                out += names.blockLabel(b) + ":\n"
            }
            for inst in block.instructions {
                if recordLines { instructionLines[instructionLines.count - 1][inst.index] = currentLine() }
                out += "  " + instructionText(f, inst, &names) + "\n"
            }
        }
        out += "}\n"
    }

    func attributesText(_ a: ParameterAttributes) -> String {
        var s = ""
        if a.signExtend { s += "signext " }
        if a.zeroExtend { s += "zeroext " }
        if a.noUndef { s += "noundef " }
        if let t = a.byValue { s += "byval(\(t)) " }
        if let t = a.structReturn { s += "sret(\(t)) " }
        if let n = a.alignment { s += "align \(n) " }
        return s
    }

    // MARK: - Operands

    /// A constant, global or function value, without its type.
    func constantText(_ v: Value) -> String {
        // (Out-of-range references are printed, not trapped on: the verifier prints the
        // instructions it rejects, which may come from the builder API unchecked.)
        switch v.kind {
        case .global:
            return v.index < module.globals.count ? "@" + quotedName(module.globals[v.index].name) : "<bad global \(v.index)>"
        case .function:
            return v.index < module.functions.count
                ? "@" + quotedName(module.functions[v.index].name) : "<bad function \(v.index)>"
        case .constant:
            guard v.index < module.constants.count else { return "<bad constant \(v.index)>" }
        default: return "<local>"
        }
        switch module.constants[v.index] {
        case .int(let t, let bits):
            let width = t.integerWidth ?? 64
            if width == 1 { return bits & 1 == 1 ? "true" : "false" }
            let shift = UInt64(64 - width)
            return String(Int64(bitPattern: bits << shift) >> Int64(shift))
        case .float(let t, let bits):
            let double = t == .float ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))) : Double(bitPattern: bits)
            return "0x" + String(double.bitPattern, radix: 16, uppercase: true).leftPadded(to: 16)
        case .null: return "null"
        case .undef: return "undef"
        case .poison: return "poison"
        case .zero: return "zeroinitializer"
        case .bytes(let b): return "c" + Self.quoted(b)
        case .aggregate(let t, let elements):
            let inner = elements.map { typedConstant($0) }.joined(separator: ", ")
            switch t {
            case .array: return "[" + inner + "]"
            case .vector: return "<" + inner + ">"
            default:
                let packed = module.structFields(t)?.packed ?? false
                return packed ? "<{ " + inner + " }>" : "{ " + inner + " }"
            }
        case .expression(let e):
            var s = e.opcode.description + " "
            if e.opcode == .getelementptr {
                if e.flags.contains(.inbounds) { s += "inbounds " }
                if e.flags.contains(.nuw) { s += "nuw " }
                s += "(" + (e.sourceElementType?.description ?? "i8") + ", "
                s += e.operands.map { typedConstant($0) }.joined(separator: ", ") + ")"
            } else if e.opcode.info.category == .integerBinary {
                // `sub nuw (i64 a, i64 b)`: clang's relative lookup tables.
                if e.flags.contains(.nuw) { s += "nuw " }
                if e.flags.contains(.nsw) { s += "nsw " }
                s += "(" + e.operands.map { typedConstant($0) }.joined(separator: ", ") + ")"
            } else {
                s += "(" + typedConstant(e.operands[0]) + " to \(e.type))"
            }
            return s
        }
    }

    func typedConstant(_ v: Value) -> String {
        "\((v.kind != .constant || v.index < module.constants.count ? module.type(of: v) : nil) ?? .void) " + constantText(v)
    }

    func valueText(_ v: Value, _ names: inout LocalNames) -> String {
        switch v.kind {
        case .instruction: return names.instruction(v.index)
        case .argument: return names.argument(v.index)
        case .block: return names.blockLabel(v.index)
        default: return constantText(v)
        }
    }

    func typed(_ f: Function, _ v: Value, _ names: inout LocalNames) -> String {
        "\(Self.checkedType(of: v, in: f, module) ?? .void) " + valueText(v, &names)
    }

    /// The type of `v` in `f`, or nil if `v` refers to nothing that exists.
    static func checkedType(of v: Value, in f: Function, _ module: Module) -> IRType? {
        switch v.kind {
        case .instruction: v.index < f.instructions.count ? f.instructions[v.index].type : nil
        case .argument: v.index < f.type.parameters.count ? f.type.parameters[v.index] : nil
        case .block: .label
        case .constant: v.index < module.constants.count ? module.constants[v.index].type : nil
        case .global: v.index < module.globals.count ? .ptr : nil
        case .function: v.index < module.functions.count ? .ptr : nil
        }
    }

    /// The fewest operands each opcode's text reads (fewer: the instruction is printed plainly).
    static func leastOperands(_ opcode: Opcode) -> Int {
        switch opcode {
        case .ret, .unreachable, .phi, .alloca: 0
        case .fneg, .freeze, .load, .extractvalue, .call, .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi,
             .uitofp, .sitofp, .ptrtoint, .inttoptr, .bitcast, .getelementptr, .br: 1
        case .select: 3
        default: 2
        }
    }

    // MARK: - Instructions

    func instructionText(_ f: Function, _ inst: Inst, _ names: inout LocalNames) -> String {
        let d = f.instructions[inst.index]
        let ops = d.operands
        var s = d.type == .void ? "" : names.instruction(inst.index) + " = "
        func flagsText(_ allowed: InstructionFlags) -> String {
            var t = ""
            let f = d.flags.intersection(allowed)
            if f.contains(.nuw) { t += "nuw " }
            if f.contains(.nsw) { t += "nsw " }
            if f.contains(.exact) { t += "exact " }
            if f.contains(.disjoint) { t += "disjoint " }
            if f.contains(.nneg) { t += "nneg " }
            if f.contains(.sameSign) { t += "samesign " }
            return t
        }
        guard ops.count >= Self.leastOperands(d.opcode), d.opcode != .br || ops.count == 1 || ops.count == 3 else {
            // Malformed (built through the API, rejected by the verifier, which prints it).
            return s + "\(d.opcode) " + ops.map { typed(f, $0, &names) }.joined(separator: ", ")
        }
        switch d.opcode {
        case .add, .sub, .mul, .shl, .sdiv, .udiv, .srem, .urem, .lshr, .ashr, .and, .or, .xor, .fadd, .fsub, .fmul,
             .fdiv, .frem:
            s += "\(d.opcode) " + flagsText([.nsw, .nuw, .exact, .disjoint])
            s += typed(f, ops[0], &names) + ", " + valueText(ops[1], &names)
        case .fneg, .freeze:
            s += "\(d.opcode) " + typed(f, ops[0], &names)
        case .icmp:
            // `samesign` is an optimization hint that LLVM 19's llvm-as does not know yet: dropped.
            s += "icmp \(IntPredicate(rawValue: d.predicate) ?? .eq) "
            s += typed(f, ops[0], &names) + ", " + valueText(ops[1], &names)
        case .fcmp:
            s += "fcmp \(FloatPredicate(rawValue: d.predicate) ?? .false) "
            s += typed(f, ops[0], &names) + ", " + valueText(ops[1], &names)
        case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr, .bitcast:
            s += "\(d.opcode) " + flagsText([.nneg, .nsw, .nuw]) + typed(f, ops[0], &names) + " to \(d.type)"
        case .select, .extractelement, .insertelement, .shufflevector:
            s += "\(d.opcode) " + ops.map { typed(f, $0, &names) }.joined(separator: ", ")
        case .phi:
            s += "phi \(d.type) "
            var pairs: [String] = []
            var k = 0
            while k + 1 < ops.count {
                pairs.append("[ " + valueText(ops[k], &names) + ", %" + valueText(ops[k + 1], &names) + " ]")
                k += 2
            }
            s += pairs.joined(separator: ", ")
        case .alloca:
            s += "alloca \(d.auxiliaryType ?? .i8)"
            if let n = ops.first { s += ", " + typed(f, n, &names) }
            if let a = d.alignment { s += ", align \(a)" }
        case .load:
            s += "load " + (d.flags.contains(.volatile) ? "volatile " : "") + "\(d.type), " + typed(f, ops[0], &names)
            if let a = d.alignment { s += ", align \(a)" }
        case .store:
            s += "store " + (d.flags.contains(.volatile) ? "volatile " : "") + typed(f, ops[0], &names) + ", "
                + typed(f, ops[1], &names)
            if let a = d.alignment { s += ", align \(a)" }
        case .getelementptr:
            s += "getelementptr " + (d.flags.contains(.inbounds) ? "inbounds " : "")
                + (d.flags.contains(.nuw) ? "nuw " : "") + "\(d.auxiliaryType ?? .i8), "
            s += ops.map { typed(f, $0, &names) }.joined(separator: ", ")
        case .extractvalue:
            s += "extractvalue " + typed(f, ops[0], &names) + ", " + d.indices.map(String.init).joined(separator: ", ")
        case .insertvalue:
            s += "insertvalue " + typed(f, ops[0], &names) + ", " + typed(f, ops[1], &names) + ", "
                + d.indices.map(String.init).joined(separator: ", ")
        case .call:
            if d.flags.contains(.tail) { s += "tail " }
            if d.flags.contains(.mustTail) { s += "musttail " }
            if d.flags.contains(.noTail) { s += "notail " }
            s += "call " + attributesText(d.resultAttributes)
            let fnType: FunctionType
            if case .function(let t)? = d.auxiliaryType {
                fnType = t
            } else {
                fnType = FunctionType(d.type, ops.array(from: 1).map { Self.checkedType(of: $0, in: f, module) ?? .void })
            }
            s += fnType.isVariadic ? fnType.description : fnType.result.description
            s += " " + valueText(ops[0], &names) + "("
            var args: [String] = []
            for j in ops.indices.dropFirst() {
                let k = j - 1, a = ops[j]
                let attrs = k < d.argumentAttributes.count ? attributesText(d.argumentAttributes[k]) : ""
                args.append("\(Self.checkedType(of: a, in: f, module) ?? .void) " + attrs + valueText(a, &names))
            }
            s += args.joined(separator: ", ") + ")"
        case .br:
            if ops.count == 1 {
                s += "br label %" + valueText(ops[0], &names)
            } else {
                s += "br " + typed(f, ops[0], &names) + ", label %" + valueText(ops[1], &names) + ", label %"
                    + valueText(ops[2], &names)
            }
        case .switch:
            s += "switch " + typed(f, ops[0], &names) + ", label %" + valueText(ops[1], &names) + " ["
            var k = 2
            while k + 1 < ops.count {
                s += "\n    " + typed(f, ops[k], &names) + ", label %" + valueText(ops[k + 1], &names)
                k += 2
            }
            s += "\n  ]"
        case .ret:
            s += ops.isEmpty ? "ret void" : "ret " + typed(f, ops[0], &names)
        case .unreachable:
            s += "unreachable"
        }
        return s
    }
}

/// Names of a function's local values: given names, or LLVM's sequential numbers.
struct LocalNames {
    var arguments: [String]
    var blocks: [String]
    var instructions: [String: String] = [:]
    var instructionNames: [Int: String] = [:]

    init(function f: Function) {
        var next = 0
        arguments = f.parameterNames.map { name in
            if let name { return "%" + quotedName(name) }
            defer { next += 1 }
            return "%\(next)"
        }
        blocks = []
        for block in f.blocks {
            if let name = block.name {
                blocks.append(quotedName(name))
            } else {
                blocks.append("\(next)")
                next += 1
            }
            for inst in block.instructions where f.instructions[inst.index].type != .void {
                if let name = f.instructions[inst.index].name {
                    instructionNames[inst.index] = "%" + quotedName(name)
                } else {
                    instructionNames[inst.index] = "%\(next)"
                    next += 1
                }
            }
        }
    }

    func argument(_ i: Int) -> String { i < arguments.count ? arguments[i] : "%<bad argument \(i)>" }
    /// A block's label, without `%` (the printer adds it where the syntax needs it).
    func blockLabel(_ i: Int) -> String { i < blocks.count ? blocks[i] : "<bad block \(i)>" }
    func instruction(_ i: Int) -> String { instructionNames[i] ?? "%<unplaced \(i)>" }
}
