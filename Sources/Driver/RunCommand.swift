import ArgumentParser
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
                With --interpret, the module runs on the reference interpreter. (The compiler that \
                runs it as machine code is being built; until then --interpret is required.)
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

        public func validate() throws {
            guard interpret else {
                throw ValidationError("compiling to machine code is not available yet: use --interpret")
            }
        }

        public func run() throws {
            let module = try loadModule(file)
            let diagnostics = module.verificationDiagnostics()
            if verify && !diagnostics.isEmpty {
                for d in diagnostics { printError(d.formatted(file: file)) }
                throw ExitCode(1)
            }
            let status: Int32
            do {
                let interpreter = try Interpreter(module: module)
                status = try interpreter.runMain(arguments: [file] + arguments)
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
