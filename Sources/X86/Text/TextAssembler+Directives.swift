// Directives: data (.byte .word .long .quad .ascii .asciz), alignment (.align .balign .p2align)
// and the few mode directives that are no-ops for a 64-bit Intel-syntax text section.

extension TextAssembler {
    static func directive(_ name: String, _ args: [DirectiveArgument], _ s: Statement,
                          _ ctx: inout Context) throws(EncodingError)
    {
        let text = s.sourceLine.trimmingSpaces
        func fail(_ message: String) -> EncodingError { EncodingError(.invalidOperands(message), instruction: text) }
        func numbers(_ range: ClosedRange<Int64>) throws(EncodingError) -> [Int64] {
            var out: [Int64] = []
            for a in args {
                guard case .number(let v) = a else { throw fail("expected numbers") }
                guard range.contains(v) else {
                    throw EncodingError(.immediateOutOfRange(value: v, range: range), instruction: text)
                }
                out.append(v)
            }
            return out
        }
        switch name {
        case ".byte":
            for v in try numbers(-0x80...0xFF) { ctx.asm.db(UInt8(truncatingIfNeeded: v)) }
        case ".word", ".short", ".value":
            for v in try numbers(-0x8000...0xFFFF) { ctx.asm.dw(UInt16(truncatingIfNeeded: v)) }
        case ".long", ".int":
            for v in try numbers(Int64(Int32.min)...Int64(UInt32.max)) { ctx.asm.dd(UInt32(truncatingIfNeeded: v)) }
        case ".quad":
            for a in args {
                switch a {
                case .number(let v): ctx.asm.dq(UInt64(bitPattern: v))
                case .symbol(let name): try ctx.asm.dq(ctx.label(name))
                case .string: throw fail("expected numbers or labels")
                }
            }
        case ".ascii", ".asciz", ".string":
            for a in args {
                guard case .string(var bytes) = a else { throw fail("expected strings") }
                if name != ".ascii" { bytes.append(0) }
                ctx.asm.db(bytes)
            }
        case ".align", ".balign", ".p2align":
            guard let first = args.first, case .number(let n) = first else { throw fail("expected an alignment") }
            guard args.count <= 2 else { throw fail("the maximum-skip argument is not supported") }
            let alignment: Int
            if name == ".p2align" {
                guard (0...12).contains(n) else { throw fail("expected a power of two exponent in 0...12") }
                alignment = 1 << Int(n)
            } else {
                guard n >= 1, n <= 4096, n & (n - 1) == 0 else {
                    throw EncodingError(.invalidAlignment(Int(truncatingIfNeeded: n)), instruction: text)
                }
                alignment = Int(n)
            }
            if args.count == 2 {
                guard case .number(let fill) = args[1], (-0x80...0xFF).contains(fill) else {
                    throw fail("expected a fill byte")
                }
                try ctx.asm.alignData(alignment, fill: UInt8(truncatingIfNeeded: fill))
            } else {
                try ctx.asm.align(alignment)
            }
        case ".intel_syntax":
            guard args.isEmpty || args == [.symbol("noprefix")] else {
                throw fail("only '.intel_syntax noprefix' is supported: registers are written without '%'")
            }
        case ".text", ".code64":
            guard args.isEmpty else { throw fail("\(name) takes no arguments") }
        default:
            throw fail("unsupported directive '\(name)'")
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return String(s)
    }
}
