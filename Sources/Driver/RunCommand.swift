import ArgumentParser
import Codegen
#if canImport(Glibc)
import Glibc
#endif
import IR
import Interpreter
import JIT
import Optimizer
import X86

extension SwiftJITCommand {
    /// `swiftjit run`: runs a module's `main` like `lli` does.
    public struct Run: ParsableCommand {
        /// The command's name, help text and (for the root command) subcommands.
        public static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run an LLVM IR module's main(argc, argv) and exit with its return value.",
            discussion: """
                The module is compiled to x86-64 machine code and run in-process, like lli. With \
                --interpret it runs on the reference interpreter instead. Program output is \
                flushed as a native run would flush it.
                """)

        /// `--repeat N`: compile N times in this process; `--time-passes` reports the fastest.
        @Option(name: .customLong("repeat"),
                help: "Compile N times in this process; --time-passes reports the fastest (steady-state compile cost).")
        public var repeatCount = 1

        /// `--interpret`: run on the reference interpreter instead of compiling.
        @Flag(help: "Run on the reference interpreter.")
        public var interpret = false

        /// `--verify` (the default) or `--no-verify`: verify the module before running it.
        @Flag(inversion: .prefixedNo, help: "Verify the module before running it.")
        public var verify = true

        /// `--print-asm`: print the generated machine code, function by function, in objdump's layout.
        @Flag(help: "Print the generated machine code, function by function, in objdump's layout.")
        public var printAsm = false

        /// The optimization level, disabled passes and IR dumps.
        @OptionGroup(title: "Optimization")
        public var optimization: OptimizationOptions

        /// `--time-passes`: print the time each phase took (each optimizer pass too) to standard error.
        @Flag(help: "Print the time spent in each phase (parse, verify, each pass, code generation, ...) to standard error.")
        public var timePasses = false

        /// `--debug-lines`: with `--print-asm`, show each IR instruction before its machine code.
        @Flag(help: "With --print-asm, show before its machine code each IR instruction it came from.")
        public var debugLines = false

        /// `--gdb`: register the code with GDB's JIT interface.
        @Flag(help: "Register the code with gdb's JIT interface: bt names the functions and their .ll lines.")
        public var gdb = false

        /// `--check-codegen`: check each function's register allocation and folded loads
        /// symbolically before running it (see `Engine`'s `checkingAllocations`).
        @Flag(help: "Check each function's register allocation and folded loads symbolically before running it (slower: for testing the compiler).")
        public var checkCodegen = false

        /// `--perf-map`: list the generated functions in `/tmp/perf-PID.map` for `perf report`.
        @Flag(help: "List the generated functions in /tmp/perf-PID.map for perf report.")
        public var perfMap = false

        /// The `.ll` file.
        @Argument(help: "The .ll file.")
        public var file: String

        /// The arguments passed to `main` after the program name.
        @Argument(parsing: .captureForPassthrough, help: "Arguments passed to main.")
        public var arguments: [String] = []

        /// Creates the command with its defaults; ArgumentParser's `parse(_:)` fills it from a command line.
        public init() {}

        /// Rejects flag combinations that make no sense together.
        /// - Throws: A `ValidationError` naming the conflicting flags.
        public func validate() throws {
            if interpret && (printAsm || gdb || perfMap || checkCodegen) {
                throw ValidationError("--print-asm, --gdb, --perf-map and --check-codegen need the compiler: drop --interpret")
            }
            if debugLines && !printAsm { throw ValidationError("--debug-lines goes with --print-asm") }
            if repeatCount < 1 { throw ValidationError("--repeat takes a count of 1 or more") }
        }

        /// Runs the module's `main` and exits with its return value.
        /// - Throws: `ExitCode` with `main`'s status, or `ExitCode(1)` after printing an error to standard error.
        public func run() throws {
            var timings = PhaseTimings()
            var module = Module()
            var instructions = 0
            var engine: Engine?
            var best: PhaseTimings?
            HeapTuning.keepFreedMemory()
            do {
                // With --repeat N, the whole pipeline runs N times and the fastest run's phases are
                // reported: the steady-state cost of compiling in a process that has done it before.
                for _ in 0..<(interpret ? 1 : repeatCount) {
                    // The previous round's engine and module are freed here, outside the timed
                    // phases (freeing the module inside `parse` cost a tenth of a compile).
                    engine = nil
                    module = Module()
                    timings = PhaseTimings()
                    let parseStart = PhaseTimings.now()
                    module = try loadModule(file)
                    timings.record("parse", seconds: PhaseTimings.now() - parseStart)
                    let verifyStart = PhaseTimings.now()
                    let diagnostics = module.verifyAndRemember()
                    timings.record("verify", seconds: PhaseTimings.now() - verifyStart)
                    if verify && !diagnostics.isEmpty {
                        for d in diagnostics { printError(d.formatted(file: file)) }
                        throw ExitCode(1)
                    }
                    instructions = module.functions.reduce(0) { n, f in
                        n + f.blocks.reduce(0) { $0 + $1.instructions.count }
                    }
                    // The passes expect a well-formed module: without --verify, an ill-formed one runs unoptimized.
                    if diagnostics.isEmpty {
                        optimization.optimize(&module) { timings.record($0, seconds: $1) }
                    }
                    if interpret { break }
                    // Handed over: the engine's copy is then the functions' only owner.
                    var compiled = Module()
                    swap(&compiled, &module)
                    engine = try Engine(module: consume compiled, timings: timings,
                                        debugging: DebugOptions(gdb: gdb, perfMap: perfMap),
                                        sourceFile: file == "-" ? nil : file, optimization: .O0,
                                        recordingInstructionAddresses: debugLines, checkingAllocations: checkCodegen)
                    // Whatever ran between the timed phases, so that the total is the pipeline's
                    // wall time.
                    let unaccounted = PhaseTimings.now() - parseStart - Self.total(timings)
                    if unaccounted > 0 { timings.record("other (between phases)", seconds: unaccounted) }
                    if best.map({ Self.total($0) > Self.total(timings) }) ?? true { best = timings }
                }
            } catch {
                throw failure(error)
            }
            let status: Int32
            do {
                if interpret {
                    let interpreter = try timings.measure("interpreter setup") { () throws(InterpreterError) in
                        try Interpreter(module: module)
                    }
                    if timePasses { printError(timings.table(title: "swiftjit run --interpret: \(file)")) }
                    status = try interpreter.runMain(arguments: [file] + arguments)
                } else if let engine {
                    if printAsm { printMachineCode(engine) }
                    if timePasses, let best {
                        let compile = Self.total(best) - (best.phases.first { $0.name == "parse" }?.seconds ?? 0)
                        let perInstruction = instructions > 0 ? compile * 1e9 / Double(instructions) : 0
                        let title = "swiftjit run: \(file)" + (repeatCount > 1 ? " (fastest of \(repeatCount) compiles)" : "")
                        printError(best.table(title: title) + "\n"
                                   + "\(instructions) IR instructions, "
                                   + oneDecimal(perInstruction) + " ns per instruction to compile (after parsing)")
                    }
                    fflush(nil)
                    status = try engine.runMain(arguments: [file] + arguments)
                } else {
                    throw ExitCode(1)
                }
            } catch {
                throw failure(error)
            }
            fflush(nil)
            throw ExitCode(status)
        }

        /// Prints `error` as `FILE: error: ...` (after flushing the program's output) and returns
        /// the exit code to throw; an `ExitCode` passes through unchanged.
        func failure(_ error: any Error) -> any Error {
            if error is ExitCode { return error }
            fflush(nil)
            // CodegenError's description already starts with "error: "; the interpreter's does not.
            let message = "\(error)"
            printError("\(file): " + (message.hasPrefix("error: ") ? message : "error: " + message))
            return ExitCode(1)
        }

        /// The sum of the recorded phases.
        static func total(_ t: PhaseTimings) -> Double { t.phases.reduce(0) { $0 + $1.seconds } }

        /// Prints each function's machine code as objdump does, under a `<name>:` header; with
        /// `--debug-lines`, each IR instruction as a `;` comment before its code.
        func printMachineCode(_ engine: Engine) {
            var irAt: [UInt64: [String]] = [:]
            if debugLines {
                for (f, inst, address) in engine.instructionAddresses {
                    let function = engine.module.functions[f]
                    var text = engine.module.text(of: inst, in: function)
                    if let p = function.instructions[inst.index].position { text += "    ; line \(p.line)" }
                    irAt[address, default: []].append(text)
                }
            }
            for f in engine.functions {
                print("\n" + String(f.address, radix: 16).leftPadded(to: 16) + " <\(f.name)>:")
                let decoded = Disassembler(base: f.address).decodeAll(engine.machineCode(at: f.address, size: f.size))
                let lines = Disassembler(base: f.address).lines(for: engine.machineCode(at: f.address, size: f.size))
                // `lines` has one line per instruction plus continuation lines for long ones.
                var k = 0
                for instruction in decoded {
                    for ir in irAt[f.address + UInt64(instruction.offset)] ?? [] { print("                ; " + ir) }
                    print(lines[k])
                    k += 1
                    while k < lines.count && !lines[k].contains(":\t") { print(lines[k]); k += 1 }
                    _ = instruction
                }
                while k < lines.count { print(lines[k]); k += 1 }
            }
        }
    }
}

extension String {
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
