import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import IR
import Optimizer

/// Reads and parses an IR file, printing the error and exiting with status 1 if it does not parse.
func loadModule(_ path: String) throws -> Module {
    // The file's bytes go to the parser as they are (a String made of them, which the parser
    // turned back into bytes, cost two copies and a UTF-8 check).
    let (bytes, name) = try readSourceBytes(path)
    do {
        return try IRParser.parse(bytes: bytes, file: name)
    } catch {
        printError(error.description)
        throw ExitCode(1)
    }
}

extension SwiftJITCommand {
    /// `swiftjit verify FILE.ll`: parses and verifies a module.
    public struct Verify: ParsableCommand {
        /// The command's name, help text and (for the root command) subcommands.
        public static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Parse and verify an LLVM IR module, reporting every error with its location.")

        /// The `.ll` file, or `-` for standard input.
        @Argument(help: "The .ll file, or - for standard input.")
        public var file: String = "-"

        /// Creates the command with its defaults; ArgumentParser's `parse(_:)` fills it from a command line.
        public init() {}

        /// Runs the command.
        /// - Throws: `ExitCode(1)` after printing an error to standard error, or an error ArgumentParser reports.
        public func run() throws {
            let module = try loadModule(file)
            let diagnostics = module.verificationDiagnostics()
            let name = file == "-" ? "<stdin>" : file
            for d in diagnostics {
                printError(d.formatted(file: name))
            }
            if !diagnostics.isEmpty { throw ExitCode(1) }
            let defined = module.functions.filter { !$0.isDeclaration }
            let instructions = defined.reduce(0) { n, f in n + f.blocks.reduce(0) { $0 + $1.instructions.count } }
            print("\(name): verified (\(defined.count) functions, \(instructions) instructions)")
        }
    }

    /// `swiftjit print FILE.ll`: parses a module and prints it back.
    public struct Print: ParsableCommand {
        /// The command's name, help text and (for the root command) subcommands.
        public static let configuration = CommandConfiguration(
            commandName: "print",
            abstract: "Parse an LLVM IR module and print it in LLVM syntax (attributes and metadata dropped).")

        /// The `.ll` file, or `-` for standard input.
        @Argument(help: "The .ll file, or - for standard input.")
        public var file: String = "-"

        /// `--verify`: verify the module before printing it (always done with -O1 and -O2).
        @Flag(help: "Verify the module before printing it (implied by -O1 and -O2).")
        public var verify = false

        /// `-O0`, `-O1`, `-O2`: the optimization level to print the module at (0: as parsed).
        @Option(name: .customShort("O", allowingJoined: true),
                help: "Optimize before printing: -O0 (default: as parsed), -O1 or -O2.")
        public var level = 0

        /// `--disable-pass NAME`: passes to leave out of the pipeline.
        @Option(name: .customLong("disable-pass"), help: "Leave out a pass (repeatable).")
        public var disabledPasses: [String] = []

        /// Creates the command with its defaults; ArgumentParser's `parse(_:)` fills it from a command line.
        public init() {}

        /// Checks the optimization level and the pass names.
        /// - Throws: `ValidationError` for an unknown level or pass.
        public func validate() throws {
            guard OptimizationLevel(rawValue: level) != nil else { throw ValidationError("-O takes 0, 1 or 2") }
            for name in disabledPasses where Pass(rawValue: name) == nil {
                throw ValidationError("unknown pass '\(name)'")
            }
        }

        /// Runs the command.
        /// - Throws: `ExitCode(1)` after printing an error to standard error, or an error ArgumentParser reports.
        public func run() throws {
            var module = try loadModule(file)
            if verify || level > 0 {
                let diagnostics = module.verificationDiagnostics()
                for d in diagnostics { printError(d.formatted(file: file == "-" ? "<stdin>" : file)) }
                if !diagnostics.isEmpty { throw ExitCode(1) }
            }
            let optimizer = Optimizer(level: OptimizationLevel(rawValue: level) ?? .O0,
                                      disabling: Set(disabledPasses.compactMap { Pass(rawValue: $0) }))
            optimizer.run(on: &module)
            print(module.text, terminator: "")
        }
    }
}
