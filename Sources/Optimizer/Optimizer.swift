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

/// How much to optimize.
public enum OptimizationLevel: Int, Sendable, CaseIterable, Comparable {
    /// No passes: the module runs as written.
    case O0 = 0
    /// The cheap passes that matter most for clang -O0 output.
    case O1 = 1
    /// Everything.
    case O2 = 2

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One optimization pass.
public enum Pass: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Control-flow simplification: constant branches, block merging, unreachable blocks.
    case cfgSimplification = "simplifycfg"
    /// Promotion of scalar allocas to SSA values with phis.
    case memoryPromotion = "mem2reg"
    /// Constant folding and propagation, and algebraic identities.
    case constantFolding = "constfold"
    /// Dominator-scoped common subexpression elimination.
    case commonSubexpressionElimination = "cse"
    /// Dead code elimination (mark and sweep).
    case deadCodeElimination = "dce"

    public var description: String { rawValue }

    /// Runs the pass on one function of `module`.
    func run(_ function: inout Function, _ module: inout Module) {
        switch self {
        case .cfgSimplification: simplifyControlFlow(&function, &module)
        case .memoryPromotion: promoteMemory(&function, &module)
        case .constantFolding: foldConstants(&function, &module)
        case .commonSubexpressionElimination: eliminateCommonSubexpressions(&function, &module)
        case .deadCodeElimination: eliminateDeadCode(&function, &module)
        }
    }
}

/// Runs a pipeline of passes over a module.
public struct Optimizer: Sendable {
    /// The passes, in the order they run (a pass may run more than once).
    public var pipeline: [Pass]

    /// The pipeline of `level`, without the passes in `disabled`.
    /// - Parameters:
    ///   - level: The optimization level.
    ///   - disabled: Passes to leave out wherever they occur.
    public init(level: OptimizationLevel, disabling disabled: Set<Pass> = []) {
        pipeline = Self.pipeline(for: level).filter { !disabled.contains($0) }
    }

    /// An optimizer running exactly `passes`, in order.
    public init(passes: [Pass]) { pipeline = passes }

    /// The passes of `level`.
    public static func pipeline(for level: OptimizationLevel) -> [Pass] {
        switch level {
        case .O0: []
        case .O1: [.cfgSimplification, .memoryPromotion, .constantFolding, .deadCodeElimination, .cfgSimplification]
        case .O2:
            [.cfgSimplification, .memoryPromotion, .constantFolding, .commonSubexpressionElimination,
             .cfgSimplification, .constantFolding, .deadCodeElimination, .cfgSimplification]
        }
    }

    /// Optimizes every function of `module`.
    /// - Parameters:
    ///   - module: A verified module; it stays verified.
    ///   - observer: Called after each pass with the pass, the module as the pass left it, and the
    ///     seconds the pass took (over all functions).
    public func run(on module: inout Module, observer: (_ pass: Pass, _ module: Module, _ seconds: Double) -> Void = { _, _, _ in }) {
        for pass in pipeline {
            let start = monotonicSeconds()
            module.transformDefinedFunctions { function, module in pass.run(&function, &module) }
            observer(pass, module, monotonicSeconds() - start)
        }
    }
}
