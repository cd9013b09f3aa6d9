// The text assembler: Intel-syntax source in, machine code (and a listing) out.
//
//   source ──LineParser──► [Statement] ──names → Labels──► Assembler.emit / directives ──link──► MachineCode
//
// Every instruction goes through `Assembler.emit(_:)`, hence through the same typed methods as
// Swift callers use: there is one encoder. Encoding and link errors are reported at the line and
// column of the statement (or label reference) that caused them.
//
// Numeric branch targets (`jmp 0x1c`, as objdump prints them) are offsets from the start of the
// code. They are bound to the statement that starts at that offset in the final layout; since
// relaxation can move statements, the assembly is repeated until the binding is stable (once for
// code without numeric targets, twice at most in practice).

/// Assembles GNU `as` Intel-syntax text (`.intel_syntax noprefix` dialect).
public enum TextAssembler {
    /// One statement of a listing: where it starts, its bytes and its source line.
    public struct ListingLine: Sendable, Equatable {
        /// Offset of the statement's first byte.
        public var offset: Int
        /// The bytes it produced (empty for labels and zero-size directives).
        public var bytes: [UInt8]
        /// 1-based line number in the source.
        public var line: Int
        /// The source line.
        public var text: String
    }

    /// The result of assembling a text.
    public struct Output: Sendable {
        /// The code, with label offsets by id and external references.
        public var code: MachineCode
        /// One entry per source line that has a statement or label.
        public var listing: [ListingLine]
        /// The offset of each label by name.
        public var labels: [String: Int]
    }

    /// Assembles `source`.
    /// - Parameters:
    ///   - source: The assembly text.
    ///   - file: The file name used in error locations.
    /// - Returns: The code, a listing and the label offsets.
    /// - Throws: ``AssemblyError`` for the first error, with its location.
    public static func assemble(_ source: String, file: String = "<stdin>") throws(AssemblyError) -> Output {
        let statements = try parse(source, file: file)
        return try assemble(statements)
    }

    /// The result of assembling one line by itself (`swiftjit asm --keep-going`).
    public enum LineResult: Sendable {
        /// The line produced these bytes.
        case bytes([UInt8])
        /// The line has no statement (blank, comment, label only).
        case empty
        /// The line is in error.
        case error(AssemblyError)
    }

    /// Assembles each line of `source` independently, so that one bad line does not stop the others.
    /// Labels are local to their line, so a line that refers to a label on another line is an error.
    /// - Parameters:
    ///   - source: The assembly text.
    ///   - file: The file name used in error locations.
    /// - Returns: One result per line of `source`.
    public static func assembleEachLine(_ source: String, file: String = "<stdin>") -> [LineResult] {
        var results: [LineResult] = []
        var offset = 0
        for (n, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            defer { offset += line.utf8.count + 1 }
            if n > 0 && line.isEmpty && offset >= source.utf8.count { break }
            var parser = LineParser(line, file: file, lineNumber: n + 1, lineOffset: offset)
            do throws(AssemblyError) {
                let statement = try parser.statement()
                if statement.kind == nil {
                    results.append(.empty)
                    continue
                }
                results.append(.bytes(try assemble([statement]).code.bytes))
            } catch {
                results.append(.error(error))
            }
        }
        return results
    }

    // MARK: - Parsing

    static func parse(_ source: String, file: String) throws(AssemblyError) -> [Statement] {
        var statements: [Statement] = []
        var offset = 0
        for (n, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var parser = LineParser(line, file: file, lineNumber: n + 1, lineOffset: offset)
            offset += line.utf8.count + 1
            let statement = try parser.statement()
            if statement.kind != nil || !statement.labels.isEmpty {
                statements.append(statement)
            }
        }
        return statements
    }

    // MARK: - Assembly

    /// The state of one assembly attempt.
    struct Context: ~Copyable {
        var asm = Assembler()
        var labels: [String: Label] = [:]
        /// Where each label name is first referenced, for "never bound" errors.
        var references: [String: SourceLocation] = [:]
        /// Label of each numeric target value.
        var targetLabels: [Int64: Label] = [:]
        /// Where each numeric target value is first used.
        var targetReferences: [Int64: (SourceLocation, String)] = [:]

        mutating func label(_ name: String) -> Label {
            if let l = labels[name] { return l }
            let l = asm.newLabel()
            labels[name] = l
            return l
        }
    }

    static func assemble(_ statements: [Statement]) throws(AssemblyError) -> Output {
        // Which statement each numeric branch target binds to; nil until first known.
        var binding: [Int64: Int] = [:]
        for attempt in 0..<8 {
            var ctx = Context()
            let starts = statements.map { _ in ctx.asm.newLabel() }
            let end = ctx.asm.newLabel()
            var pending = Set(numericTargets(statements))
            for (k, s) in statements.enumerated() {
                do throws(EncodingError) {
                    try ctx.asm.bind(starts[k])
                    for t in pending where binding[t] == k || (attempt == 0 && binding[t] == nil && Int64(ctx.asm.offset) == t) {
                        binding[t] = k
                        try ctx.asm.bind(ctx.targetLabel(t))
                        pending.remove(t)
                    }
                } catch {
                    preconditionFailure("fresh labels bind once: \(error)")
                }
                try emit(s, into: &ctx)
            }
            do throws(EncodingError) {
                try ctx.asm.bind(end)
                for t in pending where binding[t] == statements.count || (attempt == 0 && Int64(ctx.asm.offset) == t) {
                    binding[t] = statements.count
                    try ctx.asm.bind(ctx.targetLabel(t))
                    pending.remove(t)
                }
            } catch {
                preconditionFailure("fresh labels bind once: \(error)")
            }
            if let t = pending.first, let (location, line) = ctx.targetReferences[t] {
                throw AssemblyError("branch target 0x\(String(t, radix: 16)) is not the start of an instruction",
                                    at: location, sourceLine: line)
            }
            let code = try link(&ctx, statements)
            // Final offsets of the statements; check that every numeric target landed where it says.
            let offsets = (starts + [end]).map { code.offset(of: $0) ?? 0 }
            var stable = true
            for (t, k) in binding where Int64(offsets[k]) != t {
                stable = false
                guard let k2 = offsets.firstIndex(of: Int(t)) else {
                    let (location, line) = ctx.targetReferences[t]!
                    throw AssemblyError("branch target 0x\(String(t, radix: 16)) is not the start of an instruction",
                                        at: location, sourceLine: line)
                }
                binding[t] = k2
            }
            if stable {
                return makeOutput(code, statements, offsets, ctx.labels)
            }
        }
        let s = statements.first!
        throw AssemblyError("numeric branch targets do not settle on instruction boundaries", at: s.location,
                            sourceLine: s.sourceLine)
    }

    static func numericTargets(_ statements: [Statement]) -> [Int64] {
        statements.flatMap { s -> [Int64] in
            guard case .instruction(_, let ops) = s.kind else { return [] }
            return ops.compactMap { if case .operand(.target(let t)) = $0 { t } else { nil } }
        }
    }

    static func makeOutput(_ code: MachineCode, _ statements: [Statement], _ offsets: [Int],
                           _ labels: [String: Label]) -> Output
    {
        var listing: [ListingLine] = []
        for (k, s) in statements.enumerated() {
            let start = offsets[k], end = max(start, offsets[k + 1])
            listing.append(ListingLine(offset: start, bytes: Array(code.bytes[start..<end]), line: s.location.line,
                                       text: s.sourceLine))
        }
        var names: [String: Int] = [:]
        for (name, label) in labels {
            if let o = code.offset(of: label) { names[name] = o }
        }
        return Output(code: code, listing: listing, labels: names)
    }

    /// Links, turning label errors into errors at the statement that refers to the label.
    static func link(_ ctx: inout Context, _ statements: [Statement]) throws(AssemblyError) -> MachineCode {
        do throws(EncodingError) {
            try ctx.asm.link()
        } catch {
            var label: Label?
            switch error.kind {
            case .labelNotBound(let l), .branchOutOfRange(let l, _): label = l
            default: break
            }
            if let label, let name = ctx.labels.first(where: { $0.value == label })?.key,
               let location = ctx.references[name]
            {
                let line = statements.first { $0.location.line == location.line }?.sourceLine ?? ""
                let message: String
                if case .labelNotBound = error.kind {
                    message = "label '\(name)' is not defined"
                } else {
                    message = "\(error.description.replacingLabel(label, with: name))"
                }
                throw AssemblyError(message, at: location, sourceLine: line)
            }
            let s = statements.first!
            throw AssemblyError(error.description, at: s.location, sourceLine: s.sourceLine)
        }
        var code: MachineCode?
        ctx.asm.withUnsafeBytes { bytes in
            code = MachineCode(bytes: Array(bytes), labelOffsets: ctx.asm.labelOffsets, externalCalls: ctx.asm.externals,
                               absoluteFixups: ctx.asm.fixups.filter { $0.kind == .abs64 }.map { Int($0.position) })
        }
        return code!
    }

    /// Emits one statement: defines its labels, then encodes its instruction or directive.
    static func emit(_ s: Statement, into ctx: inout Context) throws(AssemblyError) {
        for (name, location) in s.labels {
            let l = ctx.label(name)
            do throws(EncodingError) {
                try ctx.asm.bind(l)
            } catch {
                throw AssemblyError("label '\(name)' is already defined", at: location, sourceLine: s.sourceLine)
            }
        }
        guard let kind = s.kind else { return }
        do throws(EncodingError) {
            switch kind {
            case .instruction(let mnemonic, let parsed):
                var operands: [Operand] = []
                for (k, p) in parsed.enumerated() {
                    operands.append(resolve(p, at: s.operandLocations[k], &ctx, s.sourceLine))
                }
                try ctx.asm.emit(Instruction(mnemonic, operands))
            case .directive(let name, let args):
                try directive(name, args, s, &ctx)
            }
        } catch {
            throw AssemblyError(error.description, at: s.location, sourceLine: s.sourceLine)
        }
    }

    static func resolve(_ p: ParsedOperand, at location: SourceLocation, _ ctx: inout Context,
                        _ line: String) -> Operand
    {
        switch p {
        case .operand(.target(let t)):
            if ctx.targetReferences[t] == nil { ctx.targetReferences[t] = (location, line) }
            return .label(ctx.targetLabel(t))
        case .operand(let o):
            return o
        case .symbol(let name):
            if ctx.references[name] == nil { ctx.references[name] = location }
            return .label(ctx.label(name))
        case .ripSymbol(let name, let disp, let size):
            if ctx.references[name] == nil { ctx.references[name] = location }
            let l = ctx.label(name)
            return .memory(Memory(rip: l, Int32(truncatingIfNeeded: disp)), size: size)
        }
    }
}

extension TextAssembler.Context {
    mutating func targetLabel(_ t: Int64) -> Label {
        if let l = targetLabels[t] { return l }
        let l = asm.newLabel()
        targetLabels[t] = l
        return l
    }
}

extension String {
    /// The message with a label's internal name (`.L3`) replaced by its source name.
    func replacingLabel(_ label: Label, with name: String) -> String {
        split(separator: label.description, omittingEmptySubsequences: false).joined(separator: name)
    }
}
