import ArgumentParser
import Foundation
import IR

/// Reads and parses an IR file, printing the error and exiting with status 1 if it does not parse.
func loadModule(_ path: String) throws -> Module {
    let (text, name) = try readSource(path)
    do {
        return try IRParser.parse(text, file: name)
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
            abstract: "Parse an LLVM IR module and print it in LLVM syntax (attributes and metadata dropped).")

        /// The `.ll` file, or `-` for standard input.
        @Argument(help: "The .ll file, or - for standard input.")
        public var file: String = "-"

        /// `--verify`: verify the module before printing it.
        @Flag(help: "Verify the module before printing it.")
        public var verify = false

        /// Creates the command with its defaults; ArgumentParser's `parse(_:)` fills it from a command line.
        public init() {}

        /// Runs the command.
        /// - Throws: `ExitCode(1)` after printing an error to standard error, or an error ArgumentParser reports.
        public func run() throws {
            let module = try loadModule(file)
            if verify {
                let diagnostics = module.verificationDiagnostics()
                for d in diagnostics { printError(d.formatted(file: file == "-" ? "<stdin>" : file)) }
                if !diagnostics.isEmpty { throw ExitCode(1) }
            }
            print(module.text, terminator: "")
        }
    }
}
