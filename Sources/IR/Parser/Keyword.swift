// The words of LLVM's text format that the parser looks for, classified once by the lexer: a word
// token carries its `Keyword` (`.none` for other words, such as `i32` or an intrinsic's name), so
// the parser compares small integers instead of making and comparing strings. The lexer finds a
// word in `KeywordTable.shared`, a hash table built once per process from the spellings here.

/// A word the parser knows, spelled as its raw value.
enum Keyword: String, CaseIterable, Sendable {
    /// Not a keyword.
    case none = ""

    case add, addrspace, addrspacecast, afn, alias, align, alignstack, alloca, allocalign, allockind
    case allocptr, allocsize, alwaysinline, and, arcp, argmemonly, ashr, asm, atomic, atomicrmw, attributes
    case available_externally, bfloat, bitcast, blockaddress, br, builtin, byref, byval, call, callbr
    case captures, catchpad, catchret, catchswitch, cc, ccc, cleanuppad, cleanupret, cmpxchg, code_model
    case cold, coldcc, comdat, common, constant, contract, convergent, datalayout, dead_on_unwind, declare
    case `default`, define, dereferenceable, dereferenceable_or_null, disable_sanitizer_instrumentation
    case disjoint, distinct, dllexport, dllimport, double, dso_local, dso_local_equivalent, dso_preemptable
    case elementtype, eq, exact, extern_weak, external, externally_initialized, extractelement, extractvalue
    case fadd, `false`, fast, fastcc, fcmp, fdiv, fence, float, fmul, fn_ret_thunk_extern, fneg, fp128
    case fpext, fptosi, fptoui, fptrunc, freeze, frem, fsub, gc, getelementptr, global, half, hidden, hot
    case icmp, ifunc, immarg, inaccessiblemem_or_argmemonly, inaccessiblememonly, inalloca, inbounds
    case indirectbr, initializes, inlinehint, inrange, inreg, insertelement, insertvalue, `internal`
    case inttoptr, invoke, jumptable, label, landingpad, linkonce, linkonce_odr, load, local_unnamed_addr
    case lshr, memory, metadata, minsize, module, mul, mustprogress, musttail, ne, nest, ninf, nnan, nneg
    case no_cfi, no_sanitize_address, no_sanitize_hwaddress, noalias, nobuiltin, nocallback, nocapture
    case nocf_check, noduplicate, nofpclass, nofree, noimplicitfloat, noinline, nomerge, nonlazybind
    case nonnull, noprofile, norecurse, noredzone, noreturn, nosanitize_bounds, nosanitize_coverage, nosync
    case notail, noundef, nounwind, nsw, nsz, null, null_pointer_is_valid, nusw, nuw, oeq, oge, ogt, ole
    case olt, one, opaque, optforfuzzing, optnone, optsize, or, ord, partition, personality, phi, poison
    case ppc_fp128, preallocated, prefix, `private`, prologue, protected, ptr, ptrauth, ptrtoint, range
    case readnone, readonly, reassoc, resume, ret, returned, returns_twice, safestack, samesign
    case sanitize_address, sanitize_address_dyninit, sanitize_hwaddress, sanitize_memory, sanitize_memtag
    case sanitize_thread, sdiv, section, select, sext, sge, sgt, shadowcallstack, shl, shufflevector
    case signext, sitofp, skipprofile, sle, slt, source_filename, speculatable, speculative_load_hardening
    case splat, srem, sret, ssp, sspreq, sspstrong, store, strictfp, sub, swiftasync, swifterror, swiftself
    case `switch`, tail, target, thread_local, to, token, triple, `true`, trunc, type, udiv, ueq, uge, ugt
    case uitofp, ule, ult, undef, une, unnamed_addr, uno, unreachable, urem, uselistorder, uselistorder_bb
    case uwtable, va_arg, void, volatile, vscale, vscale_range, `weak`, weak_odr, willreturn, writable
    case writeonly, x, x86_amx, x86_fp80, x86_mmx, xor, zeroext, zeroinitializer, zext
}

extension Keyword {
    /// The opcode spelled by this word.
    var opcode: Opcode? {
        switch self {
        case .add: .add
        case .sub: .sub
        case .mul: .mul
        case .sdiv: .sdiv
        case .udiv: .udiv
        case .srem: .srem
        case .urem: .urem
        case .shl: .shl
        case .lshr: .lshr
        case .ashr: .ashr
        case .and: .and
        case .or: .or
        case .xor: .xor
        case .fadd: .fadd
        case .fsub: .fsub
        case .fmul: .fmul
        case .fdiv: .fdiv
        case .frem: .frem
        case .fneg: .fneg
        case .icmp: .icmp
        case .fcmp: .fcmp
        case .trunc: .trunc
        case .zext: .zext
        case .sext: .sext
        case .fptrunc: .fptrunc
        case .fpext: .fpext
        case .fptoui: .fptoui
        case .fptosi: .fptosi
        case .uitofp: .uitofp
        case .sitofp: .sitofp
        case .ptrtoint: .ptrtoint
        case .inttoptr: .inttoptr
        case .bitcast: .bitcast
        case .select: .select
        case .phi: .phi
        case .freeze: .freeze
        case .alloca: .alloca
        case .load: .load
        case .getelementptr: .getelementptr
        case .extractvalue: .extractvalue
        case .insertvalue: .insertvalue
        case .call: .call
        case .extractelement: .extractelement
        case .insertelement: .insertelement
        case .shufflevector: .shufflevector
        case .store: .store
        case .br: .br
        case .switch: .switch
        case .ret: .ret
        case .unreachable: .unreachable
        default: nil
        }
    }

    /// The `icmp` predicate spelled by this word.
    var intPredicate: IntPredicate? {
        switch self {
        case .eq: .eq
        case .ne: .ne
        case .ugt: .ugt
        case .uge: .uge
        case .ult: .ult
        case .ule: .ule
        case .sgt: .sgt
        case .sge: .sge
        case .slt: .slt
        case .sle: .sle
        default: nil
        }
    }

    /// The `fcmp` predicate spelled by this word.
    var floatPredicate: FloatPredicate? {
        switch self {
        case .false: .false
        case .oeq: .oeq
        case .ogt: .ogt
        case .oge: .oge
        case .olt: .olt
        case .ole: .ole
        case .one: .one
        case .ord: .ord
        case .ueq: .ueq
        case .ugt: .ugt
        case .uge: .uge
        case .ult: .ult
        case .ule: .ule
        case .une: .une
        case .uno: .uno
        case .true: .true
        default: nil
        }
    }

    /// Fast-math flags: they only allow the optimizer to assume things, so they are dropped.
    var isFastMathFlag: Bool {
        switch self {
        case .nnan, .ninf, .nsz, .arcp, .contract, .afn, .reassoc, .fast: true
        default: false
        }
    }
}
