// The interpreter's executable form of a module: every function lowered to a flat array of
// fixed-size `Op`s whose operands are frame slot numbers, so that executing an instruction is an
// array index and a switch, never a dictionary lookup or an enum with payload.
//
//   IR function ──FunctionCompiler──► FunctionInfo + ops[entry...] + extra/wide pools
//
//   frame slots:  [ parameters | instruction results | constants (copied from a template) ]
//
// Every value fits in one 64-bit slot: integers zero-extended and masked to their width, `float`
// as its bits in the low half, `double` as its bits, pointers as addresses, and aggregates and
// vectors as the address of their bytes (laid out as in memory) in the frame's aggregate area.

/// What an `Op` does. Integer widths, predicates and byte counts are in the op's fields.
enum Code: UInt8 {
    // Integer arithmetic on `width`-bit values in slots a and b.
    case add, sub, mul, udiv, sdiv, urem, srem, shl, lshr, ashr, and, or, xor
    // Floating point: `width` is 32 or 64.
    case fadd, fsub, fmul, fdiv, frem, fneg
    // Comparisons: `aux` is the predicate, `width` the operand width.
    case icmp, fcmp
    // Casts: `width` is the result width, `aux` the operand width.
    case trunc, sext, fptrunc, fpext, fptoui, fptosi, uitofp, sitofp, copy
    // Other value-producing instructions.
    case select, alloca, load, loadAggregate, store, storeAggregate, gep
    case extractValue, extractAggregate, insertValue, insertAggregate
    // Vector elements: `aux` is the element size in bytes, `width` the element's integer width
    // (64 for others), `imm` the element count; for shuffles `imm` is the result length plus the
    // source length << 32, and `extra[c...]` the mask (-1: poison).
    case extractElement, insertElement, shuffleVector
    case call
    // Terminators.
    case br, condBr, `switch`, ret, retAggregate, retVoid, unreachable
}

/// One executable instruction: 32 bytes, trivially copyable.
struct Op {
    var code: Code
    /// Bit width of the result or operands, depending on `code`.
    var width: UInt8 = 64
    /// Predicate, operand width or byte count, depending on `code`.
    var aux: UInt16 = 0
    /// The result slot, or -1.
    var dst: Int32 = -1
    var a: Int32 = -1
    var b: Int32 = -1
    var c: Int32 = -1
    /// A constant: offset, size, call site index, count.
    var imm: Int64 = 0

    init(_ code: Code) { self.code = code }
}

/// A control-flow edge: where to continue and which phi copies to make on the way.
struct Edge {
    /// The op index of the target block's first non-phi instruction.
    var target: Int32
    /// `extra[moves ..< moves + 3 * count]` holds (destination slot, source slot, aggregate size)
    /// triples; the copies are made simultaneously.
    var moves: Int32
    var count: Int32
}

/// How an argument or result crosses the native System V boundary.
struct ValueClass: Equatable {
    /// `vector`: a vector value, which the native boundary does not pass (interpreted calls do).
    enum Kind: UInt8 { case none, integer, float, double, byValue, aggregate, vector }
    var kind: Kind
    /// Integer width in bits.
    var width: Int32 = 64
    /// Sign-extend a narrow integer argument (`signext`).
    var signExtend = false
    /// Bytes of a `byval` argument or an aggregate.
    var size: Int32 = 0
    /// For aggregates of at most 16 bytes: whether each eightbyte is passed in SSE registers.
    var sseEightbytes: (Bool, Bool) = (false, false)

    static func == (l: ValueClass, r: ValueClass) -> Bool {
        l.kind == r.kind && l.width == r.width && l.signExtend == r.signExtend && l.size == r.size
            && l.sseEightbytes == r.sseEightbytes
    }
}

/// What a call site calls.
enum CallKind: UInt8 {
    /// A function defined in the module (`target` is its index).
    case interpreted
    /// A native function at address `target`.
    case native
    /// An `llvm.*` intrinsic (`target` is an ``Intrinsic`` raw value).
    case intrinsic
    /// A function pointer in slot `target`.
    case indirect
    /// A declaration the symbol table does not know (`target` indexes `unknownNames`).
    case unknown
    /// `exit` and friends: ends the program.
    case exit
    /// `abort`.
    case abort
}

/// A call instruction's static description.
struct CallSite {
    var kind: CallKind
    var target: Int64
    /// `extra[arguments ..< arguments + count]` are the argument slots.
    var arguments: Int32
    var count: Int32
    /// Number of fixed parameters of the called function type.
    var fixedCount: Int32
    /// Classes of the arguments (`classes[classStart + i]`) and of the result.
    var classStart: Int32
    var result: ValueClass
}

/// Per-function data the call sequence needs.
struct FunctionInfo {
    /// Op index of the entry block.
    var entry: Int32 = 0
    var slotCount: Int32 = 0
    var parameterCount: Int32 = 0
    /// Constants occupy slots `constantBase ..< constantBase + constantCount`, copied from
    /// `wide[constantStart...]` on entry.
    var constantBase: Int32 = 0
    var constantStart: Int32 = 0
    var constantCount: Int32 = 0
    /// `extra[aggregateSlots ..< + 2 * aggregateSlotCount]`: (slot, offset) pairs of the
    /// aggregate-valued results, whose bytes live `offset` bytes into the frame's aggregate area.
    var aggregateSlots: Int32 = 0
    var aggregateSlotCount: Int32 = 0
    var aggregateAreaSize: Int32 = 0
    var isVariadic = false
    /// Registers taken by the fixed parameters, where `va_start` finds the variadic ones.
    var fixedGPRs: Int32 = 0
    var fixedSSEs: Int32 = 0
    /// Classes of the parameters for native entry (`classes[classStart + i]`) and of the result.
    var classStart: Int32 = 0
    var result = ValueClass(kind: .none)
}

/// One activation of an interpreted function.
struct Frame {
    var function: Int32
    var regs: UnsafeMutablePointer<UInt64>
    /// The alloca stack top at entry, restored on return.
    var allocaBase: UnsafeMutableRawPointer
    /// Where the caller continues, and the caller slot that receives the result (-1: none).
    var returnPC: Int32
    var resultSlot: Int32
    /// The register save area and overflow area of the variadic arguments (0 when not variadic).
    var vaSaveArea: UInt = 0
    var vaOverflowArea: UInt = 0
    var vaGPOffset: Int32 = 0
    var vaFPOffset: Int32 = 0
}
