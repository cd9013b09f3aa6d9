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
        /// An intrinsic computed by a libm function (its double version's name, e.g. `fmin` for
        /// `llvm.minnum.f64`; an `f` is added for float).
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
                if let kind = Self.intrinsic(base) { return kind }
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

    /// The intrinsics the compiler knows, by base name, in the order of their UTF-8 bytes (a
    /// test checks): looked up by binary search. A dictionary built at the first module with an
    /// intrinsic cost more than compiling the rest of a small module (hashing each name).
    static let intrinsics: [(name: String, kind: Kind)] = [
        ("abs", .inline("abs")), ("assume", .ignored), ("bswap", .inline("bswap")), ("ceil", .libm("ceil")),
        ("copysign", .libm("copysign")), ("cos", .libm("cos")), ("ctlz", .inline("ctlz")),
        ("ctpop", .inline("ctpop")), ("cttz", .inline("cttz")), ("dbg.assign", .ignored),
        ("dbg.declare", .ignored), ("dbg.label", .ignored), ("dbg.value", .ignored),
        ("debugtrap", .inline("debugtrap")), ("donothing", .ignored), ("exp", .libm("exp")),
        ("exp2", .libm("exp2")), ("expect", .inline("expect")), ("experimental.noalias.scope.decl", .ignored),
        ("fabs", .inline("fabs")), ("floor", .libm("floor")), ("fma", .libm("fma")),
        ("fmuladd", .inline("fmuladd")), ("fshl", .inline("fshl")), ("fshr", .inline("fshr")),
        ("invariant.end", .ignored), ("is.constant", .inline("is.constant")), ("lifetime.end", .ignored),
        ("lifetime.start", .ignored), ("load.relative", .inline("load.relative")), ("log", .libm("log")),
        ("log10", .libm("log10")), ("log2", .libm("log2")), ("maxnum", .libm("fmax")),
        ("memcpy", .inline("memcpy")), ("memcpy.inline", .inline("memcpy.inline")),
        ("memmove", .inline("memmove")), ("memset", .inline("memset")),
        ("memset.inline", .inline("memset.inline")), ("minnum", .libm("fmin")),
        ("nearbyint", .libm("nearbyint")), ("objectsize", .inline("objectsize")), ("pow", .libm("pow")),
        ("pseudoprobe", .ignored), ("rint", .libm("rint")), ("round", .libm("round")),
        ("roundeven", .libm("roundeven")), ("scmp", .inline("scmp")), ("sideeffect", .ignored),
        ("sin", .libm("sin")), ("smax", .inline("smax")), ("smin", .inline("smin")),
        ("sqrt", .inline("sqrt")), ("stackrestore", .inline("stackrestore")),
        ("stacksave", .inline("stacksave")), ("trap", .inline("trap")), ("trunc", .libm("trunc")),
        ("ubsantrap", .inline("ubsantrap")), ("ucmp", .inline("ucmp")), ("umax", .inline("umax")),
        ("umin", .inline("umin")), ("va_copy", .inline("va_copy")), ("va_end", .ignored),
        ("va_start", .inline("va_start")), ("var.annotation", .ignored),
    ]

    /// The intrinsic with base name `base`, if the compiler knows it.
    static func intrinsic(_ base: Substring) -> Kind? {
        var base = base
        // The bytes compared in place (through the UTF-8 views' generic iterators it cost more
        // than the search).
        return base.withUTF8 { key -> Kind? in
            var low = 0, high = intrinsics.count
            while low < high {
                let mid = (low + high) / 2
                var name = intrinsics[mid].name
                let order = name.withUTF8 { Self.compare(key, $0) }
                if order == 0 { return intrinsics[mid].kind }
                if order < 0 { high = mid } else { low = mid + 1 }
            }
            return nil
        }
    }

    /// The order of two byte strings: negative, zero or positive as `a` sorts before, with or after `b`.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        for k in 0..<min(a.count, b.count) where a[k] != b[k] { return Int(a[k]) - Int(b[k]) }
        return a.count - b.count
    }

    /// True if an instruction with this opcode and first operand may call a C function (so it
    /// clobbers the caller-saved registers).
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
