import ArgumentParser
import IR
import Optimizer

/// The options that choose and observe the optimization pipeline, shared by `run` and `print`.
public struct OptimizationOptions: ParsableArguments {
    @Option(name: .customShort("O", allowingJoined: true),
            help: "Optimization level: -O0 (no passes), -O1 (cheap passes) or -O2 (all passes).")
    public var level = 2

    @Option(name: .customLong("disable-pass"),
            help: "Leave out a pass (repeatable): \(Pass.allCases.map(\.rawValue).joined(separator: ", ")).")
    public var disabledPasses: [String] = []

    @Option(name: .customLong("dump-after"),
            help: "Print the IR to standard error after this pass (repeatable), or after every pass with 'all'.")
    public var dumpAfter: [String] = []

    public init() {}

    public func validate() throws {
        guard OptimizationLevel(rawValue: level) != nil else { throw ValidationError("-O takes 0, 1 or 2") }
        for name in disabledPasses + dumpAfter where Pass(rawValue: name) == nil && !(name == "all" && dumpAfter.contains(name)) {
            throw ValidationError("unknown pass '\(name)': expected one of "
                                  + Pass.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// The optimizer these options describe.
    public var optimizer: Optimizer {
        Optimizer(level: OptimizationLevel(rawValue: level) ?? .O2,
                  disabling: Set(disabledPasses.compactMap { Pass(rawValue: $0) }))
    }

    /// Optimizes `module`, dumping it after the passes named by `--dump-after` and reporting each
    /// pass's time to `record` as `opt: NAME`. Debug builds verify the module after every pass.
    /// - Parameters:
    ///   - module: A verified module.
    ///   - record: Receives each pass's phase name and duration in seconds.
    public func optimize(_ module: inout Module, record: (String, Double) -> Void = { _, _ in }) {
        let dumpAll = dumpAfter.contains("all")
        optimizer.run(on: &module) { pass, module, seconds in
            record("opt: \(pass)", seconds)
            if dumpAll || dumpAfter.contains(pass.rawValue) {
                printError("; *** IR after \(pass) ***\n" + module.text)
            }
            #if DEBUG
            let diagnostics = module.verificationDiagnostics()
            precondition(diagnostics.isEmpty, "the module does not verify after \(pass):\n"
                         + diagnostics.map(\.description).joined(separator: "\n"))
            #endif
        }
    }
}
