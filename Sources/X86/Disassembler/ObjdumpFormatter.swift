// Text in the form `objdump -d -M intel` (GNU binutils 2.40) prints, so that our disassembly can be
// diffed with objdump's:
//
//    5e:\t48 b8 89 67 45 23 01 \tmovabs rax,0x123456789
//    65:\t00 00 00 
//
// objdump's conventions, reproduced here: operands separated by `,` with no space; the mnemonic
// (with any prefix names before it) padded to six columns and a space; immediates in hex, masked to
// the operand size (`add eax,0xffffffff`, `add rax,0xffffffffffffffff`) except the implicit shift
// count `1`; displacements signed (`[rbp-0x8]`), except rip-relative ones, printed as unsigned 64-bit
// values and followed by the target address as a comment; `ds:0x...` for absolute addresses; seven
// bytes per line, longer instructions continuing on lines of their own.

/// Prints decoded instructions as `objdump -M intel` does.
public enum ObjdumpFormatter {
    /// The number of instruction bytes objdump shows per line on x86.
    public static let bytesPerLine = 7

    /// The text of a decoded form (mnemonic and operands), `nextAddress` being the address of the
    /// following instruction (for rip-relative comments).
    static func text(_ form: DecodedForm, nextAddress: UInt64) -> String {
        var head = ""
        for name in form.prefixNames { head += name + " " }
        head += form.instruction.mnemonic
        let operands = form.instruction.operands
        guard !operands.isEmpty else { return head }
        while head.count < 6 { head += " " }
        var comment = ""
        var parts: [String] = []
        for (i, operand) in operands.enumerated() {
            if form.codes.indices.contains(i), form.codes[i] == .one {
                parts.append("1")
                continue
            }
            if case .memory(let m, _) = operand, m.isRIPRelative {
                comment = "        # " + hex(nextAddress &+ UInt64(bitPattern: Int64(m.disp)))
            }
            parts.append(self.operand(operand, explicitDisplacement: form.hasDisplacement))
        }
        return head + " " + parts.joined(separator: ",") + comment
    }

    /// One operand in objdump's Intel syntax.
    /// - Parameters:
    ///   - operand: The operand.
    ///   - explicitDisplacement: Whether a memory operand's encoding has displacement bytes (objdump
    ///     prints `+0x0` for a zero disp8/disp32, nothing when there is none).
    /// - Returns: The text, e.g. `QWORD PTR [rbp-0x8]`.
    public static func operand(_ operand: Operand, explicitDisplacement: Bool = true) -> String {
        switch operand {
        case .gpr8, .gpr16, .gpr32, .gpr64, .xmm, .label:
            return operand.description
        case .memory(let m, let size):
            return (size.map { $0.pointerKeyword + " PTR " } ?? "") + address(m, explicitDisplacement: explicitDisplacement)
        case .absoluteAddress(let a, let size):
            return (size.map { $0.pointerKeyword + " PTR " } ?? "") + "ds:" + hex(a)
        case .immediate(let v), .target(let v):
            return hex(UInt64(bitPattern: v))
        }
    }

    /// An effective address: `[base+index*scale+disp]`, `[rip+0x...]` or `ds:0x...`.
    static func address(_ m: Memory, explicitDisplacement: Bool) -> String {
        if m.isRIPRelative {
            return "[rip+" + hex(UInt64(bitPattern: Int64(m.disp))) + "]"
        }
        guard m.base < 16 || m.index < 16 else { return "ds:" + hex(UInt64(bitPattern: Int64(m.disp))) }
        var s = "["
        if m.base < 16 { s += gpr64Names[Int(m.base)] }
        if m.index < 16 {
            s += (m.base < 16 ? "+" : "") + gpr64Names[Int(m.index)] + "*\(m.scale.factor)"
        }
        // Without a base there is always a disp32; with one, a disp8/disp32 is printed even when zero.
        if m.base >= 16 || explicitDisplacement || m.disp != 0 {
            s += (m.disp < 0 ? "-" : "+") + hex(UInt64(m.disp.magnitude))
        }
        return s + "]"
    }

    static func hex(_ v: UInt64) -> String { "0x" + String(v, radix: 16) }

    /// The lines objdump prints for one instruction: address, up to seven bytes and the text, then
    /// the remaining bytes seven per line.
    /// - Parameters:
    ///   - address: The instruction's address.
    ///   - bytes: Its bytes.
    ///   - text: Its text (``DecodedInstruction/text``).
    ///   - addressWidth: The width of the address column (see ``addressWidth(end:)``).
    /// - Returns: One line per seven bytes, without newlines.
    public static func lines(address: UInt64, bytes: ArraySlice<UInt8>, text: String, addressWidth: Int) -> [String] {
        var out: [String] = []
        var at = bytes.startIndex
        var lineAddress = address
        repeat {
            let chunk = bytes[at..<min(at + bytesPerLine, bytes.endIndex)]
            var hexBytes = ""
            for b in chunk { hexBytes += (b < 16 ? "0" : "") + String(b, radix: 16) + " " }
            var line = addressColumn(lineAddress, width: addressWidth) + ":\t" + hexBytes
            if at == bytes.startIndex {
                while line.count < addressWidth + 2 + 3 * bytesPerLine { line += " " }
                line += "\t" + text
            }
            out.append(line)
            at = chunk.endIndex
            lineAddress &+= UInt64(chunk.count)
        } while at < bytes.endIndex
        return out
    }

    /// The width objdump gives the address column for a section ending at `end`: the 16 hex digits
    /// of `end` less its leading zeros, rounded so that a multiple of four digits is dropped (4 for
    /// sections below 0x1000, 8 below 0x1_0000_0000, ...).
    /// - Parameter end: The address just past the section.
    /// - Returns: The number of hex digits.
    public static func addressWidth(end: UInt64) -> Int {
        let digits = String(end, radix: 16)
        let zeros = 16 - digits.count
        let skip = zeros == 0 ? 0 : (zeros - 1) & ~3
        return 16 - skip
    }

    /// An address right-aligned in `width` columns, as objdump pads it (spaces, not zeros).
    static func addressColumn(_ address: UInt64, width: Int) -> String {
        let digits = String(address, radix: 16)
        return String(repeating: " ", count: max(0, width - digits.count)) + digits
    }
}
