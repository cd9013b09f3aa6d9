// What a call to each function of a module compiles to, worked out once per module: looking up
// an intrinsic's base name (`memcpy` for `llvm.memcpy.p0.p0.i64`) compares strings, which is too
// slow to do at every call instruction in every phase.

import IR

/// The kind of each function of a module as a call target, by function index.
struct Callees {
    enum Kind: Equatable {
        /// A defined or external function: a real call.
        case function
        /// An intrinsic that compiles to nothing (`llvm.lifetime.start`, `llvm.dbg.value`, ...).
        case ignored
        /// An intrinsic computed by a libm function (the base name, e.g. `floor`).
        case libm(String)
        /// An intrinsic compiled inline (the base name, e.g. `smax`); `mem*` ones call the C library.
        case inline(String)
        /// An `llvm.*` function the compiler does not know.
        case unknown
    }

    let kinds: [Kind]

    init(module: Module) {
        kinds = module.functions.map { f in
            guard f.name.hasPrefix("llvm.") else { return .function }
            if FunctionCompiler.baseName(f.name, in: FunctionCompiler.ignoredIntrinsics) != nil { return .ignored }
            if let base = FunctionCompiler.baseName(f.name, in: FunctionCompiler.libmIntrinsics.keys) { return .libm(base) }
            if let base = FunctionCompiler.baseName(f.name, in: FunctionCompiler.inlineIntrinsics) { return .inline(base) }
            return .unknown
        }
    }

    /// True if the instruction may call a C function (so it clobbers the caller-saved registers).
    func isCall(_ d: InstructionData) -> Bool { isCall(d.opcode, d.operands.first) }

    /// True if an instruction with this opcode and first operand may call a C function.
    func isCall(_ opcode: Opcode, _ callee: Value?) -> Bool {
        switch opcode {
        case .call:
            guard let callee, callee.kind == .function, callee.index < kinds.count else { return true }
            switch kinds[callee.index] {
            case .ignored: return false
            case .inline(let base): return base.hasPrefix("mem")
            default: return true
            }
        case .frem:
            return true
        default:
            return false
        }
    }
}
