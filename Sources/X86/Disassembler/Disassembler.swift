// The disassembler: machine code -> `Instruction`s and objdump-compatible text.
//
//   bytes --Decoder (OpcodeMap tables)--> DecodedForm --ObjdumpFormatter--> DecodedInstruction
//
// It decodes exactly the instructions the encoder emits (Tables/x86-64.instructions, the branches
// of Assembler+Branches.swift and the padding NOPs), in every operand size, register and addressing
// mode, and prints them as `objdump -D -b binary -mi386:x86-64 -M intel` (binutils 2.40) does. Any
// other bytes are reported as unsupported, one byte long, so that decoding resynchronizes at the
// next byte (as objdump does for invalid bytes). For a valid x86 instruction outside the supported
// set that length (and the `(bad)` text) differ from objdump's; every instruction that *is*
// decoded has objdump's length and text. Decoding never reads past the buffer and never traps.

/// One decoded instruction, or an unsupported byte.
public struct DecodedInstruction: Hashable, Sendable {
    /// Whether the bytes decoded.
    public enum Status: Hashable, Sendable {
        /// A supported instruction: `instruction` is set and `length` is its true length.
        case decoded
        /// A valid x86-64 instruction outside the supported set whose length is known (from the
        /// opcode's shape); `length` is objdump's, the text is `(unsupported)`.
        case unsupported
        /// Bytes that are not a supported instruction and whose length is not known (invalid bytes,
        /// VEX/EVEX, SSE forms we do not decode, ...): reported as one byte, `(bad)`, so decoding
        /// resynchronizes at the next byte as objdump does for invalid bytes. Where objdump decodes
        /// a longer valid instruction here, the listings differ until they are back in step.
        case unknown
        /// The buffer ends inside the instruction: reported as one byte, `(bad)`.
        case truncated
    }

    /// Offset of the first byte in the buffer.
    public var offset: Int
    /// The number of bytes: the instruction's length (`decoded`, `unsupported`), else 1.
    public var length: Int
    /// The instruction in the shared model; nil when not decoded. Branch targets are
    /// ``Operand/target(_:)`` addresses (base address plus offset in the buffer). Re-encoding it
    /// with `Assembler.emit(_:)` gives the same bytes, except for the padding NOPs (whose redundant
    /// zero displacement and `data16`/`cs` prefixes the model cannot hold: re-emit those with
    /// `nop(length:)`) and branches (whose targets must first become labels).
    public var instruction: Instruction?
    /// The text objdump prints for it (`mov    rax,QWORD PTR [rbp-0x8]`), or `(unsupported)` or `(bad)`.
    public var text: String
    /// Whether it decoded.
    public var status: Status

    /// Creates a decoded instruction.
    /// - Parameters:
    ///   - offset: Where the instruction starts.
    ///   - length: Its length in bytes.
    ///   - instruction: The decoded instruction, if decoding succeeded.
    ///   - text: The objdump text.
    ///   - status: Whether decoding succeeded.
    public init(offset: Int, length: Int, instruction: Instruction?, text: String, status: Status) {
        self.offset = offset
        self.length = length
        self.instruction = instruction
        self.text = text
        self.status = status
    }
}

/// Decodes x86-64 machine code produced by the encoder and prints it as objdump does.
public struct Disassembler: Sendable {
    /// The address of the first byte of the buffers given to this disassembler.
    public var base: UInt64

    /// Creates a disassembler for code at address `base`.
    /// - Parameter base: The address of byte 0 (branch targets and rip-relative comments use it).
    public init(base: UInt64 = 0) {
        self.base = base
    }

    /// Decodes the instruction at `offset`.
    /// - Parameters:
    ///   - bytes: The code; nothing past its end is read.
    ///   - offset: Where the instruction starts, in `0..<bytes.count`.
    /// - Returns: The instruction, or an unsupported, unknown or truncated result (see
    ///   ``DecodedInstruction/Status``); an offset outside the buffer gives a `.truncated` result of
    ///   length 0.
    public func decode(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> DecodedInstruction {
        guard offset >= 0 && offset < bytes.count else {
            return DecodedInstruction(offset: offset, length: 0, instruction: nil, text: "(bad)", status: .truncated)
        }
        var decoder = Decoder(bytes: bytes, at: offset, base: base)
        do {
            let form = try decoder.decode()
            let next = base &+ UInt64(offset + form.length)
            return DecodedInstruction(offset: offset, length: form.length, instruction: form.instruction,
                                      text: ObjdumpFormatter.text(form, nextAddress: next), status: .decoded)
        } catch .truncated {
            return DecodedInstruction(offset: offset, length: 1, instruction: nil, text: "(bad)", status: .truncated)
        } catch {
            if let length = LengthDecoder.length(of: bytes, at: offset) {
                return DecodedInstruction(offset: offset, length: length, instruction: nil, text: "(unsupported)",
                                          status: .unsupported)
            }
            return DecodedInstruction(offset: offset, length: 1, instruction: nil, text: "(bad)", status: .unknown)
        }
    }

    /// Decodes a whole buffer, instruction after instruction.
    /// - Parameter bytes: The code.
    /// - Returns: The instructions in order; their lengths add up to `bytes.count`.
    public func decodeAll(_ bytes: [UInt8]) -> [DecodedInstruction] {
        bytes.withUnsafeBytes { buffer in
            var out: [DecodedInstruction] = []
            var offset = 0
            while offset < buffer.count {
                let d = decode(buffer, at: offset)
                out.append(d)
                offset += d.length
            }
            return out
        }
    }

    /// The disassembly in the line format of `objdump -D -b binary -mi386:x86-64 -M intel -z`
    /// (without the file and section headers). Without `-z` objdump replaces runs of zero bytes
    /// with `...`, which these lines do not do.
    /// - Parameter bytes: The code.
    /// - Returns: One line per instruction, plus continuation lines for instructions longer than
    ///   seven bytes.
    public func lines(for bytes: [UInt8]) -> [String] {
        let width = ObjdumpFormatter.addressWidth(end: base &+ UInt64(bytes.count))
        var out: [String] = []
        for d in decodeAll(bytes) {
            out += ObjdumpFormatter.lines(address: base &+ UInt64(d.offset), bytes: bytes[d.offset..<d.offset + d.length],
                                          text: d.text, addressWidth: width)
        }
        return out
    }
}
