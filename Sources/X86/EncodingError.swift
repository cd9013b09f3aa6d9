/// An instruction or directive that cannot be encoded, with the instruction named.
///
/// The assembler throws this instead of emitting wrong bytes: when it is thrown, nothing of the
/// failing instruction has been written.
public struct EncodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// An immediate does not fit the operand: `value` is not in `range`.
        case immediateOutOfRange(value: Int64, range: ClosedRange<Int64>)
        /// `ah`, `ch`, `dh` or `bh` in an instruction that needs a REX prefix.
        case highByteRegisterWithREX
        /// A branch or rip-relative reference to a label that was never bound.
        case labelNotBound(Label)
        /// `bind` on a label that is already bound.
        case labelAlreadyBound(Label)
        /// A label that this assembler did not create.
        case unknownLabel(Label)
        /// A branch that only has a rel8 form (`loop`, `jrcxz`) whose target is `distance` bytes away.
        case branchOutOfRange(Label, distance: Int)
        /// A rel32 displacement (label or external target) that does not fit in 32 bits.
        case displacementOutOfRange(distance: Int64)
        /// An alignment that is not a power of two between 1 and 4096.
        case invalidAlignment(Int)
        /// An operand combination the instruction does not have.
        case invalidOperands(String)
        /// The code would exceed the 2 GiB that rel32 displacements can span.
        case codeTooLarge
    }

    /// What went wrong.
    public let kind: Kind
    /// The instruction or directive, in Intel syntax (e.g. `mov ah, sil`).
    public let instruction: String

    /// An error of `kind` in `instruction`.
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - instruction: The instruction or directive, in Intel syntax.
    public init(_ kind: Kind, instruction: String) {
        self.kind = kind
        self.instruction = instruction
    }

    /// The message, `<instruction>: <what went wrong>`.
    public var description: String {
        let what: String
        switch kind {
        case .immediateOutOfRange(let value, let range):
            what = "immediate \(value) is out of range \(range.lowerBound)...\(range.upperBound)"
        case .highByteRegisterWithREX:
            what = "ah, ch, dh and bh cannot be used in an instruction that needs a REX prefix"
        case .labelNotBound(let label):
            what = "label \(label) is never bound"
        case .labelAlreadyBound(let label):
            what = "label \(label) is already bound"
        case .unknownLabel(let label):
            what = "label \(label) does not belong to this assembler"
        case .branchOutOfRange(let label, let distance):
            what = "target \(label) is \(distance) bytes away; this branch only reaches -128...127"
        case .displacementOutOfRange(let distance):
            what = "displacement \(distance) does not fit in 32 bits"
        case .invalidAlignment(let n):
            what = "alignment \(n) is not a power of two in 1...4096"
        case .invalidOperands(let detail):
            what = detail
        case .codeTooLarge:
            what = "code exceeds 2 GiB"
        }
        return "\(instruction): \(what)"
    }
}
