// A read-only view of one instruction of a function, for the verifier's and the code
// generator's helpers.
//
// `InstructionData` is a struct with reference-counted parts (the operand array, composite
// types, the box of rare fields). Handed to a function that is not inlined, an element of
// `Function.instructions` is copied first: each part retained, and released again afterwards,
// about 180 machine instructions a time; the checks and the instruction selection did that for
// every instruction, several times over. A view is a pointer to the instruction in the array's
// storage, made inside `withUnsafeBufferPointer` (or ``Function/withInstructionViews(_:)``), and
// reads each field in place. (A view that also held the array, so as to be valid anywhere,
// saved a quarter as much in the verifier: its own retain, release and bounds checks ate the rest.)

/// An instruction read in place (see the file comment). Valid only inside the
/// `withUnsafeBufferPointer` call that gave its storage, while nothing changes the array.
@usableFromInline package struct InstructionView {
    @usableFromInline let element: UnsafePointer<InstructionData>

    /// The view of `instructions[index]`.
    @inlinable @inline(__always) package init(_ instructions: UnsafeBufferPointer<InstructionData>, _ index: Int) {
        precondition(index >= 0 && index < instructions.count, "instruction index out of range")
        element = instructions.baseAddress! + index
    }

    @inlinable package var opcode: Opcode { @inline(__always) get { element.pointee.opcode } }
    @inlinable package var predicate: UInt8 { @inline(__always) get { element.pointee.predicate } }
    @inlinable package var flags: InstructionFlags { @inline(__always) get { element.pointee.flags } }
    @inlinable package var alignment: Int? { @inline(__always) get { element.pointee.alignment } }
    @inlinable package var operands: Operands { _read { yield element.pointee.operands } }
    @inlinable package var type: IRType { _read { yield element.pointee.type } }
    @inlinable package var auxiliaryType: IRType? { _read { yield element.pointee.auxiliaryType } }
    @inlinable package var indices: [Int] { element.pointee.indices }
    @inlinable package var argumentAttributes: [ParameterAttributes] { element.pointee.argumentAttributes }

    /// ``InstructionData/incomingValue(from:)``.
    @inlinable package func incomingValue(from predecessor: Int) -> Value? {
        InstructionData.incomingValue(in: element.pointee.operands, from: predecessor)
    }
}

/// The instructions of a function as views, inside ``Function/withInstructionViews(_:)``.
@usableFromInline package struct InstructionViews {
    @usableFromInline let buffer: UnsafeBufferPointer<InstructionData>

    @inlinable init(_ buffer: UnsafeBufferPointer<InstructionData>) { self.buffer = buffer }

    /// The view of instruction `inst`.
    @inlinable package subscript(_ inst: Inst) -> InstructionView { InstructionView(buffer, inst.index) }
    /// The view of the instruction at index `i`.
    @inlinable package subscript(_ i: Int) -> InstructionView { InstructionView(buffer, i) }
}

extension Function {
    /// Calls `body` with views of the function's instructions, valid during the call.
    @inlinable package func withInstructionViews<R, E: Error>(_ body: (InstructionViews) throws(E) -> R) throws(E) -> R {
        try instructions.withUnsafeBufferPointer { (buffer) throws(E) -> R in try body(InstructionViews(buffer)) }
    }
}
