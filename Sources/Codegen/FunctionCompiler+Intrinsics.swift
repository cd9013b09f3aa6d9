// The `llvm.*` intrinsics clang emits for C: inline code for bit manipulation, min/max, varargs
// and the stack; calls to the C library for memory functions and libm.

import IR
import X86

extension FunctionCompiler {
    mutating func lowerIntrinsic(_ name: String, _ inst: Inst, _ d: InstructionView) throws {
        let args = d.operands.array(from: 1)
        let kind = context.callees.kinds[d.operands[0].index]
        if kind == .ignored { return }
        if case .libm(let function) = kind {
            guard d.type.isFloatingPoint else { throw unsupported("intrinsic \(name)") }
            let c = function + (d.type == .float ? "f" : "")
            try emitCall(.absolute(try context.runtimeAddress(c)), args, attributes: [], variadic: false,
                         result: d.type, into: inst)
            return
        }
        guard case .inline(let base) = kind else { throw unsupported("intrinsic \(name)") }
        func operand(_ i: Int) throws -> Value {
            guard i < args.count else { throw unsupported("intrinsic \(name) without operand \(i)") }
            return args[i]
        }
        switch base {
        case "memcpy", "memmove", "memset", "memcpy.inline", "memset.inline":
            let c = base.hasPrefix("memcpy") ? "memcpy" : base.hasPrefix("memset") ? "memset" : "memmove"
            try emitCall(.absolute(try context.runtimeAddress(c)), Array(args.prefix(3)), attributes: [],
                         variadic: false, result: .void, into: nil)
        case "expect":
            try copy(try operand(0), to: inst)
        case "smax", "smin", "umax", "umin":
            let w = try width(d.type)
            try load(try operand(0), .rax)
            try load(try operand(1), .rcx)
            let signed = base.hasPrefix("s")
            if signed {
                try signExtend(.rax, w)
                try signExtend(.rcx, w)
            }
            try asm.cmp(.rax, .rcx)
            let takeB: Condition = switch base {
            case "smax": .l
            case "smin": .g
            case "umax": .b
            default: .a
            }
            try asm.cmov(takeB, .rax, .rcx)
            try zeroExtend(.rax, w)
            try define(inst, .rax)
        case "abs":
            let w = try width(d.type)
            try load(try operand(0), .rax)
            try signExtend(.rax, w)
            try asm.mov(.rcx, .rax)
            try asm.neg(.rax)
            try asm.cmov(.s, .rax, .rcx)
            try zeroExtend(.rax, w)
            try define(inst, .rax)
        case "ctpop":
            try load(try operand(0), .rax)
            try asm.popcnt(.rax, .rax)
            try define(inst, .rax)
        case "ctlz":
            // bsr leaves ZF set for 0; then the result is w - 1 - (-1) = w.
            let w = try width(d.type)
            try load(try operand(0), .rax)
            try asm.mov(.rdx, -1)
            try asm.bsr(.rcx, .rax)
            try asm.cmov(.e, .rcx, .rdx)
            try asm.mov(.eax, Int64(w - 1))
            try asm.sub(.rax, .rcx)
            try define(inst, .rax)
        case "cttz":
            let w = try width(d.type)
            try load(try operand(0), .rax)
            try asm.mov(.edx, Int64(w))
            try asm.bsf(.rax, .rax)
            try asm.cmov(.e, .rax, .rdx)
            try define(inst, .rax)
        case "bswap":
            let w = try width(d.type)
            guard w % 8 == 0 else { throw unsupported("bswap of i\(w)") }
            try load(try operand(0), .rax)
            try asm.bswap(.rax)
            if w < 64 { try asm.shr(.rax, UInt8(64 - w)) }
            try define(inst, .rax)
        case "fshl", "fshr":
            try lowerFunnelShift(left: base == "fshl", args, d.type, inst)
        case "scmp", "ucmp":
            let w = try width(typeOf(try operand(0)))
            try load(try operand(0), .rax)
            try load(try operand(1), .rcx)
            if base == "scmp" {
                try signExtend(.rax, w)
                try signExtend(.rcx, w)
            }
            try asm.cmp(.rax, .rcx)
            try asm.set(base == "scmp" ? .g : .a, .al)
            try asm.set(base == "scmp" ? .l : .b, .cl)
            try asm.sub(.al, .cl)
            try asm.movsx(.rax, .al)
            try zeroExtend(.rax, try width(d.type))
            try define(inst, .rax)
        case "fmuladd":
            // Two roundings, as clang's code for C does without FMA contraction in hardware.
            let t = d.type
            guard t.isFloatingPoint else { throw unsupported("fmuladd of \(t)") }
            let a = try operand(0), b = try operand(1), c = try operand(2)
            // b is read right after x gets a, so b may share x's register when it is a.
            let x = resultXMM(inst, avoiding: c, b == a ? nil : b)
            try loadXMM(a, x, t)
            switch try floatSource(b, t, scratch: .xmm1) {
            case .register(let y): if t == .float { try asm.mulss(x, y) } else { try asm.mulsd(x, y) }
            case .memory(let m): if t == .float { try asm.mulss(x, .dword(m)) } else { try asm.mulsd(x, .qword(m)) }
            }
            switch try floatSource(c, t, scratch: .xmm1) {
            case .register(let y): if t == .float { try asm.addss(x, y) } else { try asm.addsd(x, y) }
            case .memory(let m): if t == .float { try asm.addss(x, .dword(m)) } else { try asm.addsd(x, .qword(m)) }
            }
            try defineXMM(inst, x)
        case "fabs":
            try load(try operand(0), .rax)
            if d.type == .float {
                try asm.and(.eax, 0x7FFF_FFFF)
            } else {
                try asm.shl(.rax, 1)
                try asm.shr(.rax, 1)
            }
            try place(.rax, d.type, in: assignment.instructions[inst.index])
        case "sqrt":
            // sqrtsd/sqrtss write only the low lane, so they wait for the destination's last
            // writer: copy the operand over first, which makes the operation depend on it alone.
            let x = resultXMM(inst)
            try loadXMM(try operand(0), x, d.type)
            if d.type == .float { try asm.sqrtss(x, x) } else { try asm.sqrtsd(x, x) }
            try defineXMM(inst, x)
        case "stacksave":
            try asm.mov(.rax, .rsp)
            try define(inst, .rax)
        case "stackrestore":
            try load(try operand(0), .rax)
            try asm.mov(.rsp, .rax)
        case "va_start":
            try lowerVAStart(try operand(0))
        case "va_copy":
            try load(try operand(0), .r11)
            try load(try operand(1), .rdx)
            try copyBytes(24)
        case "load.relative":
            // ptr + sext(load i32 (ptr + offset)): relative lookup tables.
            try load(try operand(0), .rax)
            try load(try operand(1), .rcx)
            try asm.movsxd(.rdx, .dword(Memory(.rax, IndexRegister.rcx)))
            try asm.add(.rax, .rdx)
            try define(inst, .rax)
        case "objectsize":
            // Unknown size: -1, or 0 when the `min` flag (operand 1) is set.
            try load(try operand(1), .rax)
            try asm.and(.eax, 1)
            try asm.sub(.rax, 1)
            try zeroExtend(.rax, try width(d.type))
            try define(inst, .rax)
        case "is.constant":
            try asm.xor(.eax, .eax)
            try define(inst, .rax)
        default:
            asm.ud2()
        }
    }

    /// `fshl(a, b, s)` = the high half of (a:b) << (s mod w); `fshr` the low half of (a:b) >> (s mod w).
    mutating func lowerFunnelShift(left: Bool, _ args: [Value], _ t: IRType, _ inst: Inst) throws {
        let w = try width(t)
        guard args.count == 3, [8, 16, 32, 64].contains(w) else { throw unsupported("funnel shift of \(t)") }
        try load(args[0], .rax)
        try load(args[1], .rdx)
        try load(args[2], .rcx)
        try asm.and(.ecx, Int64(w - 1))
        if w == 64 {
            if left {
                try asm.shld(.rax, .rdx, .cl)
            } else {
                try asm.shrd(.rdx, .rax, .cl)
                try asm.mov(.rax, .rdx)
            }
        } else {
            // (a << w | b) fits in 64 bits.
            try asm.shl(.rax, UInt8(w))
            try asm.or(.rax, .rdx)
            if left {
                try asm.shl(.rax, .cl)
                try asm.shr(.rax, UInt8(w))
            } else {
                try asm.shr(.rax, .cl)
            }
            try zeroExtend(.rax, w)
        }
        try define(inst, .rax)
    }

    /// Fills a `va_list` for this variadic function: offsets past the fixed register arguments,
    /// the overflow area after the fixed stack arguments, and the prologue's register save area.
    mutating func lowerVAStart(_ list: Value) throws {
        guard function.type.isVariadic else { throw unsupported("va_start in a function that is not variadic") }
        let a = try CallingConvention.assign(function.type.parameters, function.parameterAttributes, layout: layout)
        try load(list, .rdx)
        try asm.mov(.dword(.rdx), Int64(8 * a.gprCount))
        try asm.mov(.dword(.rdx, 4), Int64(48 + 16 * a.xmmCount))
        try asm.lea(.rax, Memory(.rbp, Int32(16 + a.stackUsed)))
        try asm.mov(.qword(.rdx, 8), .rax)
        try asm.lea(.rax, Memory(.rbp, frame.saveArea))
        try asm.mov(.qword(.rdx, 16), .rax)
    }
}
