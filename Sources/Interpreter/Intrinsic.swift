// The `llvm.*` intrinsics clang emits for C, recognised by name once when a call is compiled.

/// An intrinsic function the interpreter implements.
enum Intrinsic: Int64, CaseIterable {
    case memcpy, memmove, memset, noop, smax, smin, umax, umin, abs, fmuladd, fma, fabs, sqrt, ctpop, ctlz, cttz
    case bswap, bitreverse, fshl, fshr, stacksave, stackrestore, vaStart, vaEnd, vaCopy
    case floor, ceil, trunc, round, rint, nearbyint, roundeven, copysign, minnum, maxnum, minimum, maximum
    case pow, exp, exp2, log, log2, log10, sin, cos
    case saddOverflow, uaddOverflow, ssubOverflow, usubOverflow, smulOverflow, umulOverflow
    case expect, trap, objectsize, isConstant, scmp, ucmp, loadRelative

    /// Base names after `llvm.`, longest first where one is a prefix of another.
    static let names: [(String, Intrinsic)] = [
        ("memcpy.inline", .memcpy), ("memcpy", .memcpy), ("memmove", .memmove), ("memset.inline", .memset),
        ("memset", .memset), ("lifetime.start", .noop), ("lifetime.end", .noop),
        ("experimental.noalias.scope.decl", .noop), ("assume", .noop), ("dbg.declare", .noop),
        ("dbg.value", .noop), ("dbg.label", .noop), ("dbg.assign", .noop), ("var.annotation", .noop),
        ("donothing", .noop), ("invariant.end", .noop), ("sideeffect", .noop), ("pseudoprobe", .noop),
        ("smax", .smax), ("smin", .smin), ("umax", .umax), ("umin", .umin), ("abs", .abs),
        ("fmuladd", .fmuladd), ("fma", .fma), ("fabs", .fabs), ("sqrt", .sqrt), ("ctpop", .ctpop), ("ctlz", .ctlz),
        ("cttz", .cttz), ("bswap", .bswap), ("bitreverse", .bitreverse), ("fshl", .fshl), ("fshr", .fshr),
        ("stacksave", .stacksave), ("stackrestore", .stackrestore), ("va_start", .vaStart), ("va_end", .vaEnd),
        ("va_copy", .vaCopy), ("floor", .floor), ("ceil", .ceil), ("trunc", .trunc), ("roundeven", .roundeven),
        ("round", .round), ("rint", .rint), ("nearbyint", .nearbyint), ("copysign", .copysign),
        ("minnum", .minnum), ("maxnum", .maxnum), ("minimum", .minimum), ("maximum", .maximum), ("pow", .pow),
        ("exp2", .exp2), ("exp", .exp), ("log2", .log2), ("log10", .log10), ("log", .log), ("sin", .sin),
        ("cos", .cos), ("sadd.with.overflow", .saddOverflow), ("uadd.with.overflow", .uaddOverflow),
        ("ssub.with.overflow", .ssubOverflow), ("usub.with.overflow", .usubOverflow),
        ("smul.with.overflow", .smulOverflow), ("umul.with.overflow", .umulOverflow), ("expect", .expect),
        ("trap", .trap), ("debugtrap", .trap), ("ubsantrap", .trap), ("objectsize", .objectsize),
        ("is.constant", .isConstant), ("scmp", .scmp), ("ucmp", .ucmp), ("load.relative", .loadRelative),
    ]

    /// The intrinsic called `name` (`llvm.memcpy.p0.p0.i64`), or nil.
    init?(name: String) {
        guard name.hasPrefix("llvm.") else { return nil }
        let base = name.dropFirst(5)
        for (n, i) in Intrinsic.names where base == n || base.hasPrefix(n + ".") {
            self = i
            return
        }
        return nil
    }
}
