import ArgumentParser
import Codegen
import Foundation
import IR
import Interpreter
import JIT

extension SwiftJITCommand {
    /// `swiftjit run`: runs a module's `main` like `lli` does.
    public struct Run: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Run an LLVM IR module's main(argc, argv) and exit with its return value.",
            discussion: """
                The module is compiled to x86-64 machine code and run in-process, like lli. With \
                --interpret it runs on the reference interpreter instead. Program output is \
                flushed as a native run would flush it.
                """)

        @Flag(help: "Run on the reference interpreter.")
        public var interpret = false

        @Flag(inversion: .prefixedNo, help: "Verify the module before running it.")
        public var verify = true

        @Argument(help: "The .ll file.")
        public var file: String

        @Argument(parsing: .captureForPassthrough, help: "Arguments passed to main.")
        public var arguments: [String] = []

        public init() {}

        public func run() throws {
            let module = try loadModule(file)
            let diagnostics = module.verificationDiagnostics()
            if verify && !diagnostics.isEmpty {
                for d in diagnostics { printError(d.formatted(file: file)) }
                throw ExitCode(1)
            }
            let status: Int32
            do {
                if interpret {
                    status = try Interpreter(module: module).runMain(arguments: [file] + arguments)
                } else {
                    status = try Engine(module: module).runMain(arguments: [file] + arguments)
                }
            } catch {
                fflush(nil)
                printError("\(file): error: \(error)")
                throw ExitCode(1)
            }
            fflush(nil)
            throw ExitCode(status)
        }
    }
}
