// What a call to each function of a module compiles to, worked out once per module: an
// intrinsic's base name (`memcpy` for `llvm.memcpy.p0.p0.i64`) is the longest dotted prefix
// of its name found in a table, a few hash lookups per declaration rather than string work at
// every call instruction in every phase.

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
    /// Whether a call to each function calls a C function (everything but the ignored and the
    /// inline intrinsics other than `mem*`).
    private let callsC: [Bool]

    init(module: Module) {
        kinds = module.functions.map { f in
            guard f.name.hasPrefix("llvm.") else { return .function }
            // The longest known base: `memcpy.inline` before `memcpy` for `llvm.memcpy.inline.p0...`.
            var base = f.name.dropFirst(5)
            while true {
                if let kind = Self.intrinsics[base] { return kind }
                guard let dot = base.lastIndex(of: ".") else { return .unknown }
                base = base[..<dot]
            }
        }
        callsC = kinds.map { kind in
            switch kind {
            case .ignored: false
            case .inline(let base): base.hasPrefix("mem")
            default: true
            }
        }
    }

    /// The intrinsics the compiler knows, by base name.
    private static let intrinsics: [Substring: Kind] = {
        var table: [Substring: Kind] = [:]
        for n in FunctionCompiler.ignoredIntrinsics { table[Substring(n)] = .ignored }
        for n in FunctionCompiler.libmIntrinsics.keys { table[Substring(n)] = .libm(n) }
        for n in FunctionCompiler.inlineIntrinsics { table[Substring(n)] = .inline(n) }
        return table
    }()

    /// True if the instruction may call a C function (so it clobbers the caller-saved registers).
    func isCall(_ d: InstructionData) -> Bool { isCall(d.opcode, d.operands.first) }

    /// True if an instruction with this opcode and first operand may call a C function.
    func isCall(_ opcode: Opcode, _ callee: Value?) -> Bool {
        switch opcode {
        case .call:
            guard let callee, callee.kind == .function, callee.index < kinds.count else { return true }
            return callsC[callee.index]
        case .frem:
            return true
        default:
            return false
        }
    }
}
