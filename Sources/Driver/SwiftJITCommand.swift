import ArgumentParser
import JIT
import X86

/// The `swiftjit` command line: each subcommand is a type here, so tests can run them in-process.
public struct SwiftJITCommand: ParsableCommand {
    /// The command's name, help text and (for the root command) subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "swiftjit",
        abstract: "A Swift-native x86-64 JIT toolkit: assembler, runtime and compiler.",
        subcommands: [Demo.self, Asm.self, Disasm.self, Verify.self, Print.self, Run.self])

    /// Creates the command with its defaults; ArgumentParser's `parse(_:)` fills it from a command line.
    public init() {}

    /// Parses the process's command line and runs the subcommand, like ArgumentParser's `main()`,
    /// then exits. The difference: an `ExitCode` thrown by the subcommand (how `swiftjit run` ends
    /// with the program's status) exits at once, where `main()` first builds the command's usage
    /// text for a message it does not print (about 0.3 ms of every run).
    public static func runMain() -> Never {
        do {
            // `swiftjit run` with a plain command line skips ArgumentParser's start-up (see
            // RunCommandLine.swift).
            let arguments = CommandLine.arguments.dropFirst()
            if arguments.first == "run", let run = Run.plain(arguments.dropFirst()) {
                try run.run()
                exitProcess(0)
            }
            var command = try parseAsRoot()
            try command.run()
            exitProcess(0)
        } catch let code as ExitCode {
            exitProcess(code.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}

extension SwiftJITCommand {
    /// `swiftjit demo`: runs the seed article's three examples.
    public struct Demo: ParsableCommand {
        /// The command's name, help text and (for the root command) subcommands.
        public static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Run the seed article's examples: arith (40), factorial 5 (120), printf (Hello Haskell).")

        /// Creates the command with its defaults; ArgumentParser's `parse(_:)` fills it from a command line.
        public init() {}

        /// Runs the command.
        /// - Throws: `ExitCode(1)` after printing an error to standard error, or an error ArgumentParser reports.
        public func run() throws {
            let region = try CodeRegion()
            try SeedExamples.runAll(in: region) { print($0) }
        }
    }
}
