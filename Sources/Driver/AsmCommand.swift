import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import JIT
import X86

extension SwiftJITCommand {
    /// `swiftjit asm`: assembles Intel-syntax text.
    public struct Asm: ParsableCommand {
        /// The command's name, help text and (for the root command) subcommands.
        public static let configuration = CommandConfiguration(
            commandName: "asm",
            abstract: "Assemble Intel-syntax (GNU as .intel_syntax noprefix) text.",
            discussion: """
                Prints the bytes of each statement as lowercase hex, one line per statement. Errors are \
                reported as FILE:LINE:COLUMN: error: MESSAGE with the source line and a caret, and the \
                exit status is 1.
                """)

        /// The assembly file, or `-` for standard input.
        @Argument(help: "The assembly file, or - for standard input.")
        public var file: String = "-"

        /// `-o`: a file to write the raw bytes to, instead of printing hex.
        @Option(name: .short, help: "Write the raw bytes to this file instead of printing hex.")
        public var output: String?

        /// `--listing`: print the offset, bytes and source text of each statement.
        @Flag(help: "Print offset, bytes and source text for each statement.")
        public var listing = false

        /// `--keep-going`: assemble each line on its own, printing `error: ...` for a line that fails.
        @Flag(help: "Assemble each line on its own and print 'error: ...' in place of a line that fails.")
        public var keepGoing = false

        /// `--run`: run the code as a function returning `rax` and print the result.
        @Flag(name: .customLong("run"), help: "Run the code as a function returning rax and print the result.")
        public var execute = false

        /// Creates the command with its defaults; ArgumentParser's `parse(_:)` fills it from a command line.
        public init() {}

        /// Rejects flag combinations that make no sense together.
        /// - Throws: A `ValidationError` naming the conflicting flags.
        public func validate() throws {
            if keepGoing && (execute || listing || output != nil) {
                throw ValidationError("--keep-going cannot be combined with --run, --listing or -o")
            }
        }

        /// Runs the command.
        /// - Throws: `ExitCode(1)` after printing an error to standard error, or an error ArgumentParser reports.
        public func run() throws {
            let (source, name) = try readSource(file)
            if keepGoing {
                var failed = false
                for result in TextAssembler.assembleEachLine(source, file: name) {
                    switch result {
                    case .bytes(let bytes): print(hexString(bytes))
                    case .empty: print("")
                    case .error(let error):
                        failed = true
                        print("error: \(error.message)")
                    }
                }
                if failed { throw ExitCode(1) }
                return
            }
            let assembled: TextAssembler.Output
            do {
                assembled = try TextAssembler.assemble(source, file: name)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            if let output {
                try writeBytes(assembled.code.bytes, to: output)
            } else if listing {
                for line in assembled.listing {
                    let offset = String(line.offset, radix: 16)
                    print("\(String(repeating: " ", count: max(0, 6 - offset.count)))\(offset):  "
                          + hexString(line.bytes).paddedRight(to: 30)
                          + "  " + line.text.trimmed)
                }
            } else {
                for line in assembled.listing where !line.bytes.isEmpty {
                    print(hexString(line.bytes))
                }
            }
            if execute {
                try runCode(assembled.code)
            }
        }

        /// Loads `code` into executable memory and calls it as `() -> Int64`.
        func runCode(_ code: MachineCode) throws {
            guard !code.bytes.isEmpty else {
                printError("error: nothing to run")
                throw ExitCode(1)
            }
            let region = try CodeRegion(reservationSize: 64 << 20)
            let loaded = try region.load(code)
            let function = try loaded.function(as: (@convention(c) () -> Int64).self)
            let result = function()
            fflush(nil)
            print("rax = \(result) (0x\(String(UInt64(bitPattern: result), radix: 16)))")
        }
    }
}

/// Reads a file, or standard input for `-`; returns the text and the name for error messages.
func readSource(_ path: String) throws -> (String, String) {
    let (bytes, name) = try readSourceBytes(path)
    return (String(decoding: bytes, as: UTF8.self), name)
}

/// The bytes of `path` (standard input for `-`) and the name to use in messages.
/// - Throws: `ExitCode(1)` after printing the error.
func readSourceBytes(_ path: String) throws -> ([UInt8], String) {
    guard let bytes = readBytes(path) else {
        printError("error: cannot read '\(path)': \(String(cString: strerror(errno)))")
        throw ExitCode(1)
    }
    return (bytes, path == "-" ? "<stdin>" : path)
}

/// Lowercase hex bytes separated by spaces.
func hexString(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 3)
    for (i, b) in bytes.enumerated() {
        if i > 0 { out.append(32) }
        out.append(digits[Int(b >> 4)])
        out.append(digits[Int(b & 15)])
    }
    return String(decoding: out, as: UTF8.self)
}

