// The hand-written part of `Assembler.emit(_:)`: control transfer (whose operands are labels,
// registers or memory rather than table forms), condition-code aliases, and the operand
// conversions the generated dispatcher uses.

extension Assembler {
    /// Condition-code suffixes GNU `as` accepts besides the sixteen canonical ones.
    static let conditionAliases: [String: Condition] = [
        "z": .e, "nz": .ne, "c": .b, "nae": .b, "nc": .ae, "nb": .ae, "na": .be, "nbe": .a,
        "pe": .p, "po": .np, "nge": .l, "nl": .ge, "ng": .le, "nle": .g,
    ]

    /// The condition named by `suffix` (`e`, `ne`, `z`, `nae`, ...), if any.
    /// - Parameter suffix: A condition suffix as it follows `j`, `set` or `cmov`.
    /// - Returns: The condition, or nil if the suffix names none.
    public static func condition(named suffix: String) -> Condition? {
        if let c = Condition.allCases.first(where: { $0.description == suffix }) { return c }
        return conditionAliases[suffix]
    }

    /// A shift count, bit index or rounding mode: an immediate that must fit in 0...255.
    static func unsigned8(_ value: Int64, _ instruction: Instruction) throws(EncodingError) -> UInt8 {
        guard let v = UInt8(exactly: value) else {
            throw EncodingError(.immediateOutOfRange(value: value, range: 0...255), instruction: instruction.description)
        }
        return v
    }

    /// The 64-bit address of a `movabs` moffs operand: an absolute address, or a memory operand
    /// with neither registers nor a label.
    static func moffs(_ operand: Operand) -> UInt64? {
        switch operand {
        case .absoluteAddress(let a, _):
            return a
        case .memory(let m, _) where m.base == Memory.noRegister && m.index == Memory.noRegister:
            return UInt64(bitPattern: Int64(m.disp))
        default:
            return nil
        }
    }

    /// Encodes jmp, call, jcc, loop, jrcxz and ret, and mnemonics spelled with a condition alias
    /// (`jz`, `setnae`, `cmovpe`, ...). Returns false if `instruction` is none of these.
    mutating func emitControlTransfer(_ instruction: Instruction) throws(EncodingError) -> Bool {
        let ops = instruction.operands
        let m = instruction.mnemonic
        func invalid() -> EncodingError {
            EncodingError(.invalidOperands("no form of '\(m)' takes these operands"), instruction: instruction.description)
        }
        switch m {
        case "jmp", "call":
            guard ops.count == 1 else { throw invalid() }
            switch ops[0] {
            case .label(let l): try m == "jmp" ? jmp(l) : call(l)
            case .gpr64(let r): try m == "jmp" ? jmp(r) : call(r)
            case .memory(let a, let size) where size == nil || size == .qword:
                try m == "jmp" ? jmp(Mem64(a)) : call(Mem64(a))
            default: throw invalid()
            }
            return true
        case "loop", "loope", "loopz", "loopne", "loopnz", "jrcxz":
            guard ops.count == 1, case .label(let l) = ops[0] else { throw invalid() }
            switch m {
            case "loop": try loop(l)
            case "loope", "loopz": try loope(l)
            case "loopne", "loopnz": try loopne(l)
            default: try jrcxz(l)
            }
            return true
        case "ret":
            if ops.isEmpty {
                ret()
                return true
            }
            guard ops.count == 1, case .immediate(let v) = ops[0] else { throw invalid() }
            guard let n = UInt16(exactly: v) else {
                throw EncodingError(.immediateOutOfRange(value: v, range: 0...0xFFFF), instruction: instruction.description)
            }
            ret(n)
            return true
        default:
            break
        }
        if m.hasPrefix("j"), let cc = Self.condition(named: String(m.dropFirst())) {
            guard ops.count == 1, case .label(let l) = ops[0] else { throw invalid() }
            try j(cc, l)
            return true
        }
        // setcc/cmovcc spelled with an alias: rewrite to the canonical name and dispatch again.
        for prefix in ["set", "cmov"] where m.hasPrefix(prefix) {
            let suffix = String(m.dropFirst(prefix.count))
            if Self.conditionAliases[suffix] != nil, let cc = Self.condition(named: suffix) {
                try emit(Instruction(prefix + cc.description, ops))
                return true
            }
        }
        return false
    }
}
