import ArgumentParser
import IR
import Optimizer

/// The options that choose and observe the optimization pipeline: `-O`, `--disable-pass` and
/// `--dump-after`, the "Optimization" group of `swiftjit run`.
///
/// A command includes them with `@OptionGroup`, and after parsing gets the `Optimizer` they
/// describe from ``optimizer``, or runs it with ``optimize(_:record:)``.
public struct OptimizationOptions: ParsableArguments {
    /// `-O0`, `-O1` or `-O2`: the optimization level, as `OptimizationLevel`'s raw value; 2 by
    /// default.
    @Option(name: .customShort("O", allowingJoined: true),
            help: "Optimization level: -O0 (no passes), -O1 (cheap passes) or -O2 (all passes).")
    public var level = 2

    /// `--disable-pass NAME` (repeatable): the short names of passes to leave out of the pipeline,
    /// such as `cse`.
    @Option(name: .customLong("disable-pass"),
            help: "Leave out a pass (repeatable): \(Pass.allCases.map(\.rawValue).joined(separator: ", ")).")
    public var disabledPasses: [String] = []

    /// `--dump-after NAME` (repeatable): the short names of the passes after which
    /// ``optimize(_:record:)`` prints the module to standard error; `all` prints it after every pass.
    @Option(name: .customLong("dump-after"),
            help: "Print the IR to standard error after this pass (repeatable), or after every pass with 'all'.")
    public var dumpAfter: [String] = []

    /// Creates the options with their defaults (`-O2`, no pass disabled, no dumps); ArgumentParser
    /// fills them from a command line.
    public init() {}

    /// Checks the optimization level and the pass names.
    /// - Throws: `ValidationError` for a level other than 0, 1 or 2, or for a pass name that is
    ///   not one of `Pass`'s short names (`--dump-after` also takes `all`).
    public func validate() throws {
        guard OptimizationLevel(rawValue: level) != nil else { throw ValidationError("-O takes 0, 1 or 2") }
        for name in disabledPasses + dumpAfter where Pass(rawValue: name) == nil && !(name == "all" && dumpAfter.contains(name)) {
            throw ValidationError("unknown pass '\(name)': expected one of "
                                  + Pass.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// The optimizer these options describe: the pipeline of ``level`` without the passes in
    /// ``disabledPasses``. An invalid level, which ``validate()`` rejects, counts as 2, and unknown
    /// pass names are ignored.
    public var optimizer: Optimizer {
        Optimizer(level: OptimizationLevel(rawValue: level) ?? .O2,
                  disabling: Set(disabledPasses.compactMap { Pass(rawValue: $0) }))
    }

    /// Optimizes `module`, dumping it after the passes named by `--dump-after` and reporting each
    /// pass's time to `record` as `opt: NAME`. Debug builds verify the module after every pass.
    /// - Parameters:
    ///   - module: A verified module, optimized in place.
    ///   - record: Receives each pass's phase name (`opt: cse`, ...) and duration in seconds, in
    ///     the order the passes run. By default, nothing.
    public func optimize(_ module: inout Module, record: (String, Double) -> Void = { _, _ in }) {
        let dumpAll = dumpAfter.contains("all")
        optimizer.run(on: &module) { pass, module, seconds in
            record("opt: " + pass.rawValue, seconds)
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
