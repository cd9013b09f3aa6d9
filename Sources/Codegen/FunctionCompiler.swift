// The baseline instruction selector: one IR function to x86-64 through the project's assembler.
//
//   IR function ──Frame──► a slot per value ──lower each instruction──► Assembler
//
// Every value lives in its frame slot (see Frame.swift). An instruction loads its operands into
// fixed scratch registers (rax, rcx, rdx, rsi, rdi, r11 / xmm0, xmm1), computes, and stores its
// result. Phis get their values on the edges that enter their block: each edge runs its own
// copies (conditional branches get a small stub per edge, so a copy never runs on the other
// edge), first into per-phi temporaries when a phi reads another phi of the same block, so swaps
// and cycles come out right. This is deliberately simple; register allocation and instruction
// folding replace the load/compute/store pattern later, behind the same per-opcode entry points.

import IR
import X86

/// Compiles one function into the module's assembler.
struct FunctionCompiler: ~Copyable {
    var asm: Assembler
    let context: ModuleContext
    let function: Function
    let frame: Frame
    var blockLabels: [Label] = []
    /// The instruction being compiled, for error messages.
    var current: Inst?
    /// Where each IR instruction's machine code starts: for debuggers' line tables and
    /// `--print-asm --debug-lines`.
    var instructionLabels: [(inst: Inst, label: Label)] = []

    var module: Module { context.module }
    var layout: DataLayout { context.layout }

    init(asm: consuming Assembler, context: ModuleContext, function: Function) throws(CodegenError) {
        self.asm = asm
        self.context = context
        self.function = function
        frame = try Frame(function: function, module: context.module, layout: context.layout)
    }

    /// The assembler, given back once the function is compiled.
    consuming func finish() -> Assembler { asm }

    /// The count of an `alloca` with a constant count operand.
    static func constantCount(_ d: InstructionData, _ module: Module) -> Int? {
        guard let n = d.operands.first, n.kind == .constant, case .int(_, let bits) = module.constants[n.index],
              bits < 1 << 30 else { return nil }
        return Int(bits)
    }

    /// An error about the current instruction.
    func failure(_ kind: CodegenError.Kind) -> CodegenError {
        var text = ""
        if let current { text = module.text(of: current, in: function, singleLine: true) }
        return CodegenError(kind, function: function.name, instruction: text)
    }

    func unsupported(_ what: String) -> CodegenError { failure(.unsupported(what)) }

    // MARK: - Driver

    /// Emits the function at `entry`.
    /// - Throws: ``CodegenError`` for constructs the compiler does not support.
    mutating func compile(entry: Label) throws(CodegenError) {
        do {
            blockLabels = function.blocks.map { _ in asm.newLabel() }
            try asm.align(16)
            try asm.bind(entry)
            try emitPrologue()
            for (b, block) in function.blocks.enumerated() {
                try asm.bind(blockLabels[b])
                for inst in block.instructions {
                    current = inst
                    instructionLabels.append((inst, asm.label()))
                    try lower(inst, function.instructions[inst.index], block: b)
                }
            }
        } catch let e as CodegenError {
            throw e.function.isEmpty ? failure(e.kind) : e
        } catch {
            throw failure(.encoding("\(error)"))
        }
    }

    /// Lowers one instruction: the dispatch on the opcode.
    mutating func lower(_ inst: Inst, _ d: InstructionData, block: Int) throws {
        switch d.opcode {
        case .add, .sub, .mul, .sdiv, .udiv, .srem, .urem, .shl, .lshr, .ashr, .and, .or, .xor:
            try lowerIntegerBinary(inst, d)
        case .fadd, .fsub, .fmul, .fdiv, .frem, .fneg:
            try lowerFloatArithmetic(inst, d)
        case .icmp:
            try lowerICmp(inst, d)
        case .fcmp:
            try lowerFCmp(inst, d)
        case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr,
             .bitcast:
            try lowerCast(inst, d)
        case .select:
            try lowerSelect(inst, d)
        case .freeze:
            try copyValue(d.operands[0], d.type, to: frame.valueOffset[inst.index])
        case .phi:
            break
        case .alloca:
            try lowerAlloca(inst, d)
        case .load:
            try lowerLoad(inst, d)
        case .store:
            try lowerStore(d)
        case .getelementptr:
            try lowerGEP(inst, d)
        case .extractvalue:
            try lowerExtractValue(inst, d)
        case .insertvalue:
            try lowerInsertValue(inst, d)
        case .call:
            try lowerCall(inst, d)
        case .br:
            try lowerBranch(d, block: block)
        case .switch:
            try lowerSwitch(d, block: block)
        case .ret:
            try lowerReturn(d)
        case .unreachable:
            asm.ud2()
        case .extractelement:
            try lowerExtractElement(inst, d)
        case .insertelement:
            try lowerInsertElement(inst, d)
        case .shufflevector:
            try lowerShuffleVector(inst, d)
        @unknown default:
            throw unsupported("the \(d.opcode) instruction")
        }
    }

    // MARK: - Prologue and epilogue

    mutating func emitPrologue() throws {
        try asm.push(.rbp)
        try asm.mov(.rbp, .rsp)
        if frame.size > 0 { try asm.sub(.rsp, Int64(frame.size)) }
        let params = function.type.parameters
        let assignment = try CallingConvention.assign(params, function.parameterAttributes, layout: layout)
        if function.type.isVariadic {
            // The register save area va_arg reads: rdi..r9 at 0..40, xmm0-7 at 48..160.
            for (i, r) in CallingConvention.argumentGPRs.enumerated() {
                try asm.mov(.qword(.rbp, frame.saveArea + Int32(8 * i)), r)
            }
            for i in 0..<8 { try asm.movq(.qword(.rbp, frame.saveArea + Int32(48 + 16 * i)), XMM.all[i]) }
        }
        for (i, t) in params.enumerated() {
            let slot = frame.argumentOffset[i]
            switch assignment.locations[i] {
            case .gpr(let n):
                let r = CallingConvention.argumentGPRs[n]
                try normalize(r, t)
                try asm.mov(.qword(.rbp, slot), r)
            case .xmm(let n):
                if t == .float { try asm.movd(.eax, XMM.all[n]) } else { try asm.movq(.rax, XMM.all[n]) }
                try asm.mov(.qword(.rbp, slot), .rax)
            case .stack(let offset):
                try asm.mov(.rax, .qword(.rbp, Int32(16 + offset)))
                try normalize(.rax, t)
                try asm.mov(.qword(.rbp, slot), .rax)
            case .byValue(let offset, _):
                try asm.lea(.rax, Memory(.rbp, Int32(16 + offset)))
                try asm.mov(.qword(.rbp, slot), .rax)
            case .none:
                break
            }
        }
    }

    mutating func lowerReturn(_ d: InstructionData) throws {
        if let v = d.operands.first {
            let t = typeOf(v)
            switch t {
            case .float:
                try loadXMM(v, .xmm0, t)
            case .double, .vector:
                try loadXMM(v, .xmm0, t)
            case .int, .ptr:
                try load(v, .rax)
                if function.resultAttributes.signExtend, let w = t.integerWidth { try signExtend(.rax, w) }
            default:
                guard t.isAggregate else { throw unsupported("returning \(t)") }
                try aggregateAddress(v, .rsi)
                for piece in try CallingConvention.resultPieces(t, module: module, layout: layout) {
                    if piece.type.isFloatingPoint || piece.type.isVector {
                        let x = XMM.all[piece.register]
                        if piece.type == .float { try asm.movss(x, .dword(.rsi, Int32(piece.offset))) }
                        else { try asm.movsd(x, .qword(.rsi, Int32(piece.offset))) }
                    } else {
                        let r = CallingConvention.resultGPRs[piece.register]
                        try loadScalar(piece.type, from: Memory(.rsi, Int32(piece.offset)), into: r)
                    }
                }
            }
        } else if let sret = function.parameterAttributes.firstIndex(where: { $0.structReturn != nil }) {
            // The System V ABI returns the sret pointer in rax.
            try asm.mov(.rax, .qword(.rbp, frame.argumentOffset[sret]))
        }
        asm.leave()
        asm.ret()
    }

    // MARK: - Operands

    /// The type of an operand.
    func typeOf(_ v: Value) -> IRType { module.type(of: v, in: function) }

    /// The slot of an instruction result or parameter.
    func slot(_ v: Value) throws -> Int32 {
        switch v.kind {
        case .instruction:
            let o = frame.valueOffset[v.index]
            guard o != 0 else { throw unsupported("use of a value without a result") }
            return o
        case .argument: return frame.argumentOffset[v.index]
        default: throw unsupported("a non-local value where a slot is needed")
        }
    }

    /// Loads the 64-bit slot contents (or the bits of a constant) of a scalar operand into `r`.
    mutating func load(_ v: Value, _ r: GPR64) throws {
        switch v.kind {
        case .instruction, .argument:
            try asm.mov(r, .qword(.rbp, try slot(v)))
        case .function where !module.functions[v.index].isDeclaration:
            guard let label = context.functionLabels[v.index] else { throw unsupported("function without code") }
            try asm.lea(r, Memory(rip: label))
        case .constant:
            if Self.referencesDefinedFunction(v, module) {
                throw unsupported("the address of a function inside a constant expression")
            }
            try loadImmediate(r, try context.constantBits(v, functionAddress: { _ in nil }))
        case .global, .function:
            try loadImmediate(r, try context.constantBits(v, functionAddress: { _ in nil }))
        case .block:
            throw unsupported("a block used as a value")
        }
    }

    /// True if the constant `v` is, or is computed from, the address of a defined function.
    static func referencesDefinedFunction(_ v: Value, _ module: Module) -> Bool {
        if v.kind == .function { return !module.functions[v.index].isDeclaration }
        if v.kind == .constant, case .expression(let e) = module.constants[v.index] {
            for o in e.operands where referencesDefinedFunction(o, module) { return true }
        }
        return false
    }

    /// `mov r, imm` with the shortest encoding.
    mutating func loadImmediate(_ r: GPR64, _ bits: UInt64) throws {
        if bits == 0 {
            try asm.xor(r.dword, r.dword)
        } else if bits <= UInt64(UInt32.max) {
            try asm.mov(r.dword, Int64(bits))
        } else {
            try asm.mov(r, Int64(bitPattern: bits))
        }
    }

    /// Loads a float or double operand into `x`.
    mutating func loadXMM(_ v: Value, _ x: XMM, _ t: IRType) throws {
        if v.kind == .instruction || v.kind == .argument {
            if t == .float { try asm.movss(x, .dword(.rbp, try slot(v))) } else { try asm.movsd(x, .qword(.rbp, try slot(v))) }
        } else {
            try load(v, .r11)
            try asm.movq(x, .r11)
        }
    }

    /// Stores `x` (a float or double) into the slot at `offset`, zero-extending a float's bits.
    mutating func storeXMM(_ x: XMM, _ t: IRType, to offset: Int32) throws {
        if t == .float { try asm.movd(.eax, x) } else { try asm.movq(.rax, x) }
        try asm.mov(.qword(.rbp, offset), .rax)
    }

    /// Stores `r` into the result slot of `inst`.
    mutating func storeResult(_ inst: Inst, _ r: GPR64) throws {
        try asm.mov(.qword(.rbp, frame.valueOffset[inst.index]), r)
    }

    /// The address of an aggregate operand's bytes, into `r`.
    mutating func aggregateAddress(_ v: Value, _ r: GPR64) throws {
        switch v.kind {
        case .instruction:
            try asm.lea(r, Memory(.rbp, try slot(v)))
        case .constant:
            guard let a = context.constantAddresses[v.raw] else { throw unsupported("aggregate constant operand") }
            try loadImmediate(r, a)
        default:
            throw unsupported("aggregate parameters")
        }
    }

    /// Copies the value `v` of type `t` into the slot or area at `offset`.
    mutating func copyValue(_ v: Value, _ t: IRType, to offset: Int32) throws {
        if t.isAggregate {
            try aggregateAddress(v, .rsi)
            try asm.lea(.rdi, Memory(.rbp, offset))
            try copyBytes(layout.size(of: t))
        } else {
            try load(v, .rax)
            try asm.mov(.qword(.rbp, offset), .rax)
        }
    }

    /// Copies `size` bytes from [rsi] to [rdi] (clobbers rax, rcx, rdx, rsi, rdi).
    mutating func copyBytes(_ size: Int) throws {
        if size > 256 {
            try loadImmediate(.rdx, UInt64(size))
            try callRuntime("memcpy")
            return
        }
        var o = 0
        while o < size {
            let n = size - o >= 8 ? 8 : size - o >= 4 ? 4 : size - o >= 2 ? 2 : 1
            let m = Int32(o)
            switch n {
            case 8: try asm.mov(.rax, .qword(.rsi, m)); try asm.mov(.qword(.rdi, m), .rax)
            case 4: try asm.mov(.eax, .dword(.rsi, m)); try asm.mov(.dword(.rdi, m), .eax)
            case 2: try asm.mov(.ax, .word(.rsi, m)); try asm.mov(.word(.rdi, m), .ax)
            default: try asm.mov(.al, .byte(.rsi, m)); try asm.mov(.byte(.rdi, m), .al)
            }
            o += n
        }
    }

    /// Calls a C library function with the arguments already in registers (rsp is 16-aligned).
    mutating func callRuntime(_ name: String) throws {
        asm.call(absolute: try context.runtimeAddress(name))
    }

    // MARK: - Widths

    /// The width in bits of an integer or pointer type held in a slot.
    func width(_ t: IRType) throws -> Int {
        switch t {
        case .int(let w) where w >= 1 && w <= 64: return w
        case .ptr: return 64
        default: throw unsupported("values of type \(t)")
        }
    }

    /// Zero-extends `r` from `width` bits to 64 (the canonical slot form).
    mutating func zeroExtend(_ r: GPR64, _ width: Int) throws {
        switch width {
        case 64: break
        case 32: try asm.mov(r.dword, r.dword)
        case 16: try asm.movzx(r.dword, r.word)
        case 8: try asm.movzx(r.dword, r.byte)
        case 1: try asm.and(r.dword, 1)
        default:
            try asm.shl(r, UInt8(64 - width))
            try asm.shr(r, UInt8(64 - width))
        }
    }

    /// Sign-extends `r` from `width` bits to 64.
    mutating func signExtend(_ r: GPR64, _ width: Int) throws {
        switch width {
        case 64: break
        case 32: try asm.movsxd(r, r.dword)
        case 16: try asm.movsx(r, r.word)
        case 8: try asm.movsx(r, r.byte)
        default:
            try asm.shl(r, UInt8(64 - width))
            try asm.sar(r, UInt8(64 - width))
        }
    }

    /// Brings a value of type `t` in `r` to the canonical slot form.
    mutating func normalize(_ r: GPR64, _ t: IRType) throws {
        switch t {
        case .int(let w): try zeroExtend(r, w)
        case .float: try asm.mov(r.dword, r.dword)
        default: break
        }
    }
}
