// The optimizer: SSA passes over a verified module, chosen by optimization level.
//
//   -O0   nothing
//   -O1   simplifycfg → mem2reg → constfold → dce → simplifycfg
//   -O2   simplifycfg → mem2reg → constfold → cse → simplifycfg → constfold → dce → simplifycfg
//
// Every pass takes a verified module to a verified module with the same behaviour under the
// reference interpreter, and runs in time about linear in the size of each function: the JIT's
// edge is compile speed, so a pass must pay for itself. Each pass runs over every function before
// the next starts, so an observer can time it and dump the module after it.

import IR

/// How much to optimize: the pipeline that ``Optimizer/init(level:disabling:)`` runs.
///
/// The levels are ordered, so `level >= .O1` asks whether any pass runs. The raw values are the
/// numbers of the command line's `-O0`, `-O1` and `-O2`. ``Optimizer/pipeline(for:)`` lists the
/// passes of each level.
public enum OptimizationLevel: Int, Sendable, CaseIterable, Comparable {
    /// No passes: the module runs as written.
    case O0 = 0
    /// The cheap passes that matter most for clang -O0 output: `simplifycfg`, `mem2reg`,
    /// `constfold`, `dce`, `simplifycfg`.
    case O1 = 1
    /// Every pass: ``O1``'s, with `cse` and a second round of `simplifycfg` and `constfold`
    /// before `dce`.
    case O2 = 2

    /// True if `a` optimizes less than `b`.
    /// - Parameters:
    ///   - a: A level.
    ///   - b: Another level.
    /// - Returns: Whether `a`'s raw value is smaller than `b`'s.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One optimization pass.
///
/// Each pass takes a verified module to a verified module that behaves the same under the
/// reference interpreter, and runs in time about linear in the size of each function. The raw
/// value, which ``description`` also returns, is the pass's short name, as in LLVM: the name that
/// `swiftjit run --disable-pass` and `--dump-after` take. The module's overview describes what
/// each pass does and what it leaves alone.
public enum Pass: String, Sendable, CaseIterable, CustomStringConvertible {
    /// `simplifycfg`: control-flow simplification: branches on constants become jumps, a block
    /// is merged into its only predecessor, blocks that only jump are skipped, and unreachable
    /// blocks are deleted.
    case cfgSimplification = "simplifycfg"
    /// `mem2reg`: promotion of scalar allocas that are only loaded and stored to SSA values,
    /// with phis where paths join.
    case memoryPromotion = "mem2reg"
    /// `constfold`: constant folding and propagation, and algebraic identities that need no new
    /// instruction (`x + 0`, `x * 1`, `x - x`, ...). Nothing that would trap at run time is folded.
    case constantFolding = "constfold"
    /// `cse`: common subexpression elimination: a pure computation that a dominating
    /// instruction already made is replaced by that instruction's result.
    case commonSubexpressionElimination = "cse"
    /// `dce`: dead code elimination, by mark and sweep: instructions without an effect whose
    /// results nothing needs are removed, dead cycles of phis included.
    case deadCodeElimination = "dce"

    /// The pass's short name, its raw value: `simplifycfg`, `mem2reg`, `constfold`, `cse` or `dce`.
    public var description: String { rawValue }

    /// Runs the pass on one function of `module`, and returns whether it changed the function.
    /// `cfg` holds the function's CFG between passes (see ``CFGCache``).
    func run(_ function: inout Function, _ module: inout Module, _ cfg: inout CFGCache) -> Bool {
        switch self {
        case .cfgSimplification: simplifyControlFlow(&function, &module, &cfg)
        case .memoryPromotion: promoteMemory(&function, &module, &cfg)
        case .constantFolding: foldConstants(&function, &module, &cfg)
        case .commonSubexpressionElimination: eliminateCommonSubexpressions(&function, &module, &cfg)
        case .deadCodeElimination: eliminateDeadCode(&function, &module)
        }
    }
}

/// A function's CFG, kept from one pass to the next: most passes change no edge, and building
/// the graph (with its dominators) again for each was about a fortieth of a compile. Nothing is
/// trusted from what a pass reports: each request checks the kept graph against the function's
/// terminators (``ControlFlowGraph/describes(_:)``, which allocates nothing) and builds a new
/// one if an edge or a block changed.
struct CFGCache {
    private var kept: ControlFlowGraph?

    /// No graph kept yet.
    init() {}

    /// The CFG of `function` as it is now, with its dominator tree if `dominators`.
    mutating func graph(of function: Function, dominators: Bool) -> ControlFlowGraph {
        if var cfg = kept, cfg.describes(function) {
            if dominators && !cfg.hasDominators {
                kept = nil  // (so that the dominators are written into an unshared array)
                cfg.computeDominatorsIfNeeded()
                kept = cfg
            }
            return cfg
        }
        let cfg = ControlFlowGraph(function, dominators: dominators)
        kept = cfg
        return cfg
    }
}

/// Runs a pipeline of passes over a module.
///
/// An optimizer is a list of passes, ``pipeline``, usually the one of an ``OptimizationLevel``.
/// ``run(on:observer:)`` runs each pass over every defined function of a module before the next
/// pass starts, so an observer can time each pass and look at the module after it:
///
/// ```swift
/// var module = try IRParser.parse(text)
/// try module.verify()
/// Optimizer(level: .O2, disabling: [.commonSubexpressionElimination]).run(on: &module)
/// ```
///
/// The type has the module's name, so `Optimizer.Optimizer` means a member of this type; where
/// the module must be named, use a module selector: `Optimizer::Optimizer`.
public struct Optimizer: Sendable {
    /// The passes, in the order they run (a pass may run more than once).
    public var pipeline: [Pass]

    /// An optimizer running the pipeline of `level`, without the passes in `disabled`.
    /// - Parameters:
    ///   - level: The optimization level; ``pipeline(for:)`` gives its passes.
    ///   - disabled: Passes to leave out wherever they occur in the pipeline (a pass that runs
    ///     twice is left out twice). The others keep their order.
    public init(level: OptimizationLevel, disabling disabled: Set<Pass> = []) {
        pipeline = Self.pipeline(for: level).filter { !disabled.contains($0) }
    }

    /// An optimizer running exactly `passes`, in order.
    ///
    /// Any order is allowed: each pass works on whatever module it is given. Passes depend on
    /// each other for effect, though: ``Pass/deadCodeElimination`` removes what the passes before
    /// it made dead, and ``Pass/memoryPromotion`` is what gives the others SSA values to work on
    /// in clang -O0 output.
    /// - Parameter passes: The passes to run, in order; a pass may occur more than once.
    public init(passes: [Pass]) { pipeline = passes }

    /// The passes of `level`, in the order they run.
    ///
    /// | level | pipeline |
    /// |---|---|
    /// | ``OptimizationLevel/O0`` | none |
    /// | ``OptimizationLevel/O1`` | simplifycfg, mem2reg, constfold, dce, simplifycfg |
    /// | ``OptimizationLevel/O2`` | simplifycfg, mem2reg, constfold, cse, simplifycfg, constfold, dce, simplifycfg |
    ///
    /// - Parameter level: An optimization level.
    /// - Returns: The passes that ``init(level:disabling:)`` runs for `level` when none is disabled.
    public static func pipeline(for level: OptimizationLevel) -> [Pass] {
        switch level {
        case .O0: []
        case .O1: [.cfgSimplification, .memoryPromotion, .constantFolding, .deadCodeElimination, .cfgSimplification]
        case .O2:
            [.cfgSimplification, .memoryPromotion, .constantFolding, .commonSubexpressionElimination,
             .cfgSimplification, .constantFolding, .deadCodeElimination, .cfgSimplification]
        }
    }

    /// Optimizes every function of `module` by running the passes of ``pipeline`` in turn.
    ///
    /// Each pass runs over every function with a body before the next pass starts; declarations
    /// and globals are left as they are. The module must verify (`Module.verify()`): the
    /// passes rely on SSA form, dominance and well-formed phis, and do not check them.
    /// - Parameters:
    ///   - module: A verified module, optimized in place; it stays verified.
    ///   - observer: Called after each pass with the pass, the module as the pass left it, and the
    ///     seconds the pass took over all functions (the observer's own time not included). By
    ///     default, nothing.
    public func run(on module: inout Module, observer: (_ pass: Pass, _ module: Module, _ seconds: Double) -> Void = { _, _, _ in }) {
        // Passes take well-formed modules to well-formed ones, so a verified module stays verified.
        let verified = module.isVerified
        // A pass that already ran on a function which no pass has changed since would find what
        // it found then: nothing more (on clang -O2 output, the second constfold and the last two
        // simplifycfg usually). Each pass reports whether it changed the function; a count of
        // the changes to each function, and its value when each pass last ran there, tell. (A
        // hash of the function after each pass told before, at a tenth of the passes' time.) A
        // change a pass failed to report could only cost an optimization, never correctness.
        var version = [Int](filling: 0, count: module.functions.count)
        var after: [Pass: [Int]] = [:]
        var cfgs = [CFGCache](filling: CFGCache(), count: module.functions.count)
        for pass in pipeline {
            let start = monotonicSeconds()
            var last = after[pass] ?? [Int](filling: -1, count: module.functions.count)
            // A function this pass would skip is not even moved out of the module (which copied a
            // placeholder function in its place).
            let skipped = { (index: Int) in index < last.count && index < version.count && last[index] == version[index] }
            module.transformDefinedFunctions(where: { !skipped($0) }) { index, function, module in
                // (A pass may add declarations, so the module may have grown.)
                while version.count <= index { version.append(0) }
                while last.count <= index { last.append(-1) }
                while cfgs.count <= index { cfgs.append(CFGCache()) }
                if pass.run(&function, &module, &cfgs[index]) { version[index] += 1 }
                last[index] = version[index]
            }
            after[pass] = last
            module.isVerified = verified
            observer(pass, module, monotonicSeconds() - start)
        }
    }
}
