import ArgumentParser
import Codegen
import Foundation
import IR
import Interpreter
import JIT
import X86

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

        @Flag(help: "Print the generated machine code, function by function, in objdump's layout.")
        public var printAsm = false

        @Flag(help: "Print the time spent in each phase (parse, verify, code generation, ...) to standard error.")
        public var timePasses = false

        @Argument(help: "The .ll file.")
        public var file: String

        @Argument(parsing: .captureForPassthrough, help: "Arguments passed to main.")
        public var arguments: [String] = []

        public init() {}

        public func validate() throws {
            if interpret && printAsm { throw ValidationError("--print-asm needs the compiler: drop --interpret") }
        }

        public func run() throws {
            let timings = PhaseTimings()
            let parseStart = PhaseTimings.now()
            let module = try loadModule(file)
            timings.record("parse", seconds: PhaseTimings.now() - parseStart)
            let diagnostics = module.verificationDiagnostics()
            if verify && !diagnostics.isEmpty {
                for d in diagnostics { printError(d.formatted(file: file)) }
                throw ExitCode(1)
            }
            let status: Int32
            do {
                if interpret {
                    let interpreter = try timings.measure("interpreter setup") { () throws(InterpreterError) in
                        try Interpreter(module: module)
                    }
                    if timePasses { printError(timings.table(title: "swiftjit run --interpret: \(file)")) }
                    status = try interpreter.runMain(arguments: [file] + arguments)
                } else {
                    let engine = try Engine(module: module, timings: timings)
                    if printAsm { printMachineCode(engine) }
                    if timePasses {
                        let instructions = module.functions.reduce(0) { n, f in
                            n + f.blocks.reduce(0) { $0 + $1.instructions.count }
                        }
                        let compile = timings.phases.filter { $0.name != "parse" }.reduce(0) { $0 + $1.seconds }
                        let perInstruction = instructions > 0 ? compile * 1e9 / Double(instructions) : 0
                        printError(timings.table(title: "swiftjit run: \(file)") + "\n"
                                   + "\(instructions) IR instructions, "
                                   + String(format: "%.1f", perInstruction) + " ns per instruction to compile (after parsing)")
                    }
                    fflush(nil)
                    status = try engine.runMain(arguments: [file] + arguments)
                }
            } catch {
                fflush(nil)
                printError("\(file): error: \(error)")
                throw ExitCode(1)
            }
            fflush(nil)
            throw ExitCode(status)
        }

        /// Prints each function's machine code as objdump does, under a `<name>:` header.
        func printMachineCode(_ engine: Engine) {
            for f in engine.functions {
                print("\n" + String(f.address, radix: 16).leftPadded(to: 16) + " <\(f.name)>:")
                for line in Disassembler(base: f.address).lines(for: engine.machineCode(at: f.address, size: f.size)) {
                    print(line)
                }
            }
        }
    }
}

extension String {
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
