// constfold: constant folding and propagation, with the algebraic identities that need no new
// instructions (instsimplify).
//
// Blocks are visited in reverse postorder, so an instruction's operands have been folded before
// it (except around loop back edges, hence a second round when the first changed something). An
// instruction is replaced by a constant or by one of its operands; nothing new is inserted.
//
// The answers are the reference interpreter's (Sources/Interpreter): integer arithmetic wraps at
// the type's width, shifts by the width or more give 0, float arithmetic is IEEE as Swift
// computes it. Nothing that would trap or is undefined at run time is folded: division by zero,
// `sdiv`/`srem` of INT_MIN by -1, and float-to-integer conversions of values out of range stay.

import IR

/// Folds the instructions of `function` whose result is known at compile time, and returns
/// whether it folded any.
func foldConstants(_ function: inout Function, _ module: inout Module, _ cfgs: inout CFGCache) -> Bool {
    let cfg = cfgs.graph(of: function, dominators: false)
    var editor = FunctionEditor(function)
    for _ in 0..<3 {
        var changed = false
        for b in cfg.reversePostorder {
            for inst in function.blocks[b].instructions where !editor.removed[inst.index] {
                editor.resolveOperands(of: inst, in: &function)
                guard isFoldable(function.instructions[inst.index].opcode) else { continue }
                if let value = simplify(inst, &module, function) {
                    editor.replace(inst, with: value)
                    changed = true
                }
            }
        }
        if !changed { break }
    }
    return editor.commit(to: &function)
}

/// True for the opcodes `simplify` knows (no memory, calls, terminators or aggregates).
func isFoldable(_ opcode: Opcode) -> Bool {
    switch opcode.info.category {
    case .integerBinary, .floatBinary, .floatUnary, .compare, .cast: true
    default: opcode == .select || opcode == .phi || opcode == .freeze || opcode == .getelementptr
    }
}

/// The value instruction `inst` of `function` always equals, if it is a constant or an existing
/// value. (It reads the instruction's fields where they are: an `InstructionData` taken out of
/// the array, even to pass to an inlined function, is a copy, with its operand array, types and
/// extras retained and then released; this ran for every instruction the pass looks at.)
func simplify(_ inst: Inst, _ module: inout Module, _ function: Function) -> Value? {
    let i = inst.index
    let opcode = function.instructions[i].opcode
    let category = opcode.info.category
    // Elementwise vector operations are left alone (the code generator and the interpreter run
    // them after `Module.scalarizeVectors()`, whose scalar results this pass then folds).
    if category != .other, function.instructions[i].type.isVector
        || function.instructions[i].operands.first.map({ module.type(of: $0, in: function).isVector }) == true
    {
        return nil
    }
    switch category {
    case .integerBinary:
        return simplifyIntegerBinary(FoldInput(function, i), &module)
    case .floatBinary, .floatUnary:
        return foldFloatArithmetic(FoldInput(function, i), &module)
    case .compare:
        return opcode == .icmp ? simplifyIntegerCompare(FoldInput(function, i), &module, function)
            : foldFloatCompare(FoldInput(function, i), &module)
    case .cast:
        return foldCast(FoldInput(function, i), &module, function)
    default:
        break
    }
    let operands = function.instructions[i].operands
    switch opcode {
    case .select:
        if operands[1] == operands[2] { return operands[1] }
        guard let c = integerConstant(operands[0], module) else { return nil }
        return c.bits & 1 != 0 ? operands[1] : operands[2]
    case .phi:
        // All incoming values the same (ignoring the phi itself): that value.
        var only: Value?
        var k = 0
        while k < operands.count {
            let v = operands[k]
            k += 2
            if v == .instruction(inst) { continue }
            if only == nil { only = v } else if only != v { return nil }
        }
        // An instruction that reaches the phi on every edge dominates every reachable predecessor,
        // and so the phi's block.
        return only
    case .freeze:
        guard let c = operands.first, c.kind == .constant else { return nil }
        switch module.constants[c.index] {
        case .int, .float, .null, .zero: return c
        default: return nil
        }
    case .getelementptr:
        // `getelementptr T, ptr %p, 0, 0...` is `%p`.
        for j in operands.indices.dropFirst() {
            guard let c = integerConstant(operands[j], module), c.bits == 0 else { return nil }
        }
        return operands[0]
    default:
        return nil
    }
}

/// What the folding helpers read of an arithmetic, comparison or cast instruction.
struct FoldInput {
    var opcode: Opcode
    var predicate: UInt8
    var type: IRType
    /// The first operand, and the second (the first again for one-operand instructions).
    var x: Value, y: Value

    /// The fields of instruction `i` of `function`, read in place.
    @inline(__always) init(_ function: Function, _ i: Int) {
        opcode = function.instructions[i].opcode
        predicate = function.instructions[i].predicate
        type = function.instructions[i].type
        let n = function.instructions[i].operands.count
        x = function.instructions[i].operands[0]
        y = n > 1 ? function.instructions[i].operands[1] : x
    }
}

// MARK: - Constants

/// The bits and width of an integer constant (`iN` of at most 64 bits, or its zeroinitializer).
@inline(__always) func integerConstant(_ v: Value, _ module: Module) -> (bits: UInt64, width: Int)? {
    guard v.kind == .constant else { return nil }
    switch module.constants[v.index] {
    case .int(let t, let bits):
        guard let w = t.integerWidth, w <= 64 else { return nil }
        return (bits, w)
    case .zero(let t):
        guard let w = t.integerWidth, w <= 64 else { return nil }
        return (0, w)
    default:
        return nil
    }
}

/// The bits of a `float` (low 32) or `double` constant, and its type.
@inline(__always) func floatBits(_ v: Value, _ module: Module) -> (bits: UInt64, type: IRType)? {
    guard v.kind == .constant else { return nil }
    switch module.constants[v.index] {
    case .float(let t, let bits) where t == .float || t == .double: return (bits, t)
    case .zero(let t) where t.isFloatingPoint: return (0, t)
    default: return nil
    }
}

/// The value of a `float` or `double` constant, widened to `Double` (exact, NaNs aside), and its type.
func floatConstant(_ v: Value, _ module: Module) -> (value: Double, type: IRType)? {
    guard let (bits, t) = floatBits(v, module) else { return nil }
    return (t == .float ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))) : Double(bitPattern: bits), t)
}

/// The low `width` bits set.
func mask(_ width: Int) -> UInt64 { width >= 64 ? .max : (1 << UInt64(width)) &- 1 }

/// `bits` sign-extended from `width` bits.
func signExtend(_ bits: UInt64, from width: Int) -> Int64 {
    let shift = UInt64(64 - min(max(width, 1), 64))
    return Int64(bitPattern: bits << shift) >> Int64(shift)
}

// MARK: - Integers

func simplifyIntegerBinary(_ d: FoldInput, _ module: inout Module) -> Value? {
    guard let w = d.type.integerWidth, w <= 64 else { return nil }
    let x = d.x, y = d.y
    let a = integerConstant(x, module), b = integerConstant(y, module)
    if let a, let b {
        guard let bits = foldIntegerBinary(d.opcode, a.bits, b.bits, width: w) else { return nil }
        return module.int(d.type, Int64(bitPattern: bits))
    }
    // (The zero constant only when an answer is zero: looking it up in the pool for every
    // instruction was most of this function's cost.)
    func zero() -> Value { module.int(d.type, 0) }
    if x == y {
        switch d.opcode {
        case .sub, .xor: return zero()
        case .and, .or: return x
        default: break
        }
    }
    // Identities with a constant on the right (and on the left for commutative opcodes).
    if let b, let id = identity(d.opcode, b.bits, width: w) { return id == .operand ? x : zero() }
    if let a, d.opcode.info.isCommutative, let id = identity(d.opcode, a.bits, width: w) {
        return id == .operand ? y : zero()
    }
    if let a, a.bits == 0, [.shl, .lshr, .ashr, .udiv, .sdiv, .urem, .srem].contains(d.opcode) {
        // 0 shifted is 0; 0 divided by a non-zero constant is 0 (a zero divisor is left to trap).
        if d.opcode.info.mayTrap && (b == nil || b!.bits == 0) { return nil }
        return zero()
    }
    return nil
}

/// What `x op c` is whatever `x` is: `x` itself, zero, or (nil) neither.
enum Identity { case operand, zero }

func identity(_ op: Opcode, _ c: UInt64, width: Int) -> Identity? {
    let ones = mask(width)
    switch op {
    case .add, .sub, .or, .xor, .shl, .lshr, .ashr: return c == 0 ? .operand : nil
    case .mul: return c == 1 ? .operand : (c == 0 ? .zero : nil)
    case .and: return c == ones ? .operand : (c == 0 ? .zero : nil)
    case .udiv, .sdiv: return c == 1 ? .operand : nil
    case .urem: return c == 1 ? .zero : nil
    default: return nil
    }
}

/// `a op b` on `width`-bit integers as the interpreter computes it; nil for division by zero and
/// for signed division overflow, which are left to run.
func foldIntegerBinary(_ op: Opcode, _ a: UInt64, _ b: UInt64, width w: Int) -> UInt64? {
    let m = mask(w)
    switch op {
    case .add: return (a &+ b) & m
    case .sub: return (a &- b) & m
    case .mul: return (a &* b) & m
    case .and: return a & b
    case .or: return a | b
    case .xor: return a ^ b
    case .shl: return b >= UInt64(w) ? 0 : (a &<< b) & m
    case .lshr: return b >= UInt64(w) ? 0 : a &>> b
    case .ashr: return b >= UInt64(w) ? 0 : UInt64(bitPattern: signExtend(a, from: w) &>> Int64(b)) & m
    case .udiv: return b == 0 ? nil : a / b
    case .urem: return b == 0 ? nil : a % b
    case .sdiv, .srem:
        let sa = signExtend(a, from: w), sb = signExtend(b, from: w)
        if sb == 0 || (sb == -1 && sa == signExtend(1 << UInt64(w - 1), from: w)) { return nil }
        return UInt64(bitPattern: op == .sdiv ? sa / sb : sa % sb) & m
    default: return nil
    }
}

func simplifyIntegerCompare(_ d: FoldInput, _ module: inout Module, _ function: Function) -> Value? {
    guard let p = IntPredicate(rawValue: d.predicate) else { return nil }
    let x = d.x, y = d.y
    // `icmp ne (zext i1 %c), 0` is `%c`: C's truth test of a comparison (clang -O0 makes many).
    if p == .ne, integerConstant(y, module)?.bits == 0, let c = castOperand(x, .zext, function),
       module.type(of: c, in: function) == .i1 {
        return c
    }
    if x == y {
        switch p {
        case .eq, .uge, .ule, .sge, .sle: return module.int(.i1, 1)
        case .ne, .ugt, .ult, .sgt, .slt: return module.int(.i1, 0)
        }
    }
    guard let a = integerConstant(x, module), let b = integerConstant(y, module) else { return nil }
    return module.int(.i1, p.holds(a.bits, b.bits, width: a.width) ? 1 : 0)
}

// MARK: - Floating point

func foldFloatArithmetic(_ d: FoldInput, _ module: inout Module) -> Value? {
    // Computed on the operands' own bits in their own type, as the interpreter does, so NaN
    // payloads come out the same.
    guard let (x, t) = floatBits(d.x, module) else { return nil }
    let y = d.opcode == .fneg ? 0 : floatBits(d.y, module)?.bits
    guard let y else { return nil }
    if t == .float {
        let r = floatArithmetic(d.opcode, Float(bitPattern: UInt32(truncatingIfNeeded: x)),
                                Float(bitPattern: UInt32(truncatingIfNeeded: y)))
        return module.float(r)
    }
    return module.double(floatArithmetic(d.opcode, Double(bitPattern: x), Double(bitPattern: y)))
}

/// `a op b` (`-a` for `fneg`) in the precision of `F`. `truncatingRemainder` is C's `fmod`.
func floatArithmetic<F: BinaryFloatingPoint>(_ op: Opcode, _ a: F, _ b: F) -> F {
    switch op {
    case .fadd: a + b
    case .fsub: a - b
    case .fmul: a * b
    case .fdiv: a / b
    case .frem: a.truncatingRemainder(dividingBy: b)
    default: -a
    }
}

func foldFloatCompare(_ d: FoldInput, _ module: inout Module) -> Value? {
    guard let p = FloatPredicate(rawValue: d.predicate) else { return nil }
    if p == .false { return module.int(.i1, 0) }
    if p == .true { return module.int(.i1, 1) }
    guard let (a, _) = floatConstant(d.x, module), let (b, _) = floatConstant(d.y, module) else {
        return nil
    }
    return module.int(.i1, p.holds(a, b) ? 1 : 0)
}

// MARK: - Casts

/// The operand of `value` if it is the result of a `cast` instruction.
func castOperand(_ value: Value, _ cast: Opcode, _ function: Function) -> Value? {
    guard value.kind == .instruction, function.instructions[value.index].opcode == cast else { return nil }
    return function.instructions[value.index].operands[0]
}

func foldCast(_ d: FoldInput, _ module: inout Module, _ function: Function) -> Value? {
    let x = d.x
    let from = module.type(of: x, in: function)
    if from == d.type && (d.opcode == .bitcast) { return x }
    // `trunc (zext|sext T %v to U) to T` is `%v` (C's bool stored as i8 and read back).
    if d.opcode == .trunc, let v = castOperand(x, .zext, function) ?? castOperand(x, .sext, function),
       module.type(of: v, in: function) == d.type {
        return v
    }
    if let a = integerConstant(x, module) {
        switch d.opcode {
        case .trunc, .zext:
            guard d.type.integerWidth.map({ $0 <= 64 }) == true else { return nil }
            return module.int(d.type, Int64(bitPattern: a.bits))
        case .sext:
            guard d.type.integerWidth.map({ $0 <= 64 }) == true else { return nil }
            return module.int(d.type, signExtend(a.bits, from: a.width))
        case .sitofp:
            let v = signExtend(a.bits, from: a.width)
            return d.type == .float ? module.float(Float(v)) : module.double(Double(v))
        case .uitofp:
            return d.type == .float ? module.float(Float(a.bits)) : module.double(Double(a.bits))
        case .bitcast where d.type == .double && a.width == 64:
            return module.double(Double(bitPattern: a.bits))
        case .bitcast where d.type == .float && a.width == 32:
            return module.float(Float(bitPattern: UInt32(a.bits)))
        default:
            return nil
        }
    }
    guard let (bits, t) = floatBits(x, module), let (v, _) = floatConstant(x, module) else { return nil }
    switch d.opcode {
    case .fptrunc: return module.float(Float(Double(bitPattern: bits)))
    case .fpext: return module.double(Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))
    case .bitcast where d.type == .i64 && t == .double: return module.int(.i64, Int64(bitPattern: bits))
    case .bitcast where d.type == .i32 && t == .float: return module.int(.i32, Int64(bits))
    case .fptosi, .fptoui:
        // Only values that fit: out-of-range conversions are poison, and targets disagree on them.
        guard let w = d.type.integerWidth, w <= 64, v.isFinite else { return nil }
        let t = v.rounded(.towardZero)
        let signed = d.opcode == .fptosi
        let low = signed ? -Double(sign: .plus, exponent: w - 1, significand: 1) : 0
        let high = signed ? Double(sign: .plus, exponent: w - 1, significand: 1)
            : Double(sign: .plus, exponent: w, significand: 1)
        guard t >= low && t < high else { return nil }
        let bits = signed ? UInt64(bitPattern: Int64(t)) : UInt64(t)
        return module.int(d.type, Int64(bitPattern: bits))
    default:
        return nil
    }
}
