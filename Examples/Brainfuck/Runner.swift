// The command: which programs, running them both ways, and the report.

import Foundation

/// Runs each program with both engines and reports.
struct Runner {
    /// The programs that ship with the example, next to this source file.
    static let programDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Programs")
    static let tapeSize = 30_000

    var files: [URL] = []
    var repeatCount = 1

    /// Reads `[--repeat N] [FILE.b ...]`.
    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--repeat" {
                guard let n = rest.popFirst().flatMap({ Int($0) }), n > 0 else {
                    throw BrainfuckError(message: "--repeat needs a positive count")
                }
                repeatCount = n
            } else {
                files.append(URL(fileURLWithPath: argument))
            }
        }
        if files.isEmpty {
            files = try FileManager.default.contentsOfDirectory(at: Self.programDirectory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "b" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
    }

    /// Runs every program; the status is 1 if the two engines disagree on any.
    func run() throws -> Int32 {
        var status: Int32 = 0
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            let program: BrainfuckProgram
            do {
                program = try BrainfuckProgram(source)
            } catch {
                var located = error
                located.file = file.relativePath
                throw located
            }
            let inputFile = file.deletingPathExtension().appendingPathExtension("in")
            let oneInput = (try? Data(contentsOf: inputFile)).map { [UInt8]($0) } ?? []
            let input = Array([[UInt8]](repeating: oneInput, count: repeatCount).joined())

            let interpreterIO = BrainfuckIO(input: input)
            let interpreterStart = now()
            do {
                try BrainfuckInterpreter.run(program, io: interpreterIO, tapeSize: Self.tapeSize)
            } catch {
                var located = error
                located.file = file.relativePath
                throw located
            }
            let interpreterSeconds = now() - interpreterStart

            let compileStart = now()
            let compiled = try CompiledBrainfuck(program)
            let compileSeconds = now() - compileStart
            let compiledIO = BrainfuckIO(input: input)
            let runStart = now()
            compiled.run(io: compiledIO, tapeSize: Self.tapeSize)
            let runSeconds = now() - runStart

            print("== \(file.lastPathComponent): \(program.commandCount) commands, \(program.operations.count) operations, "
                  + "\(input.count) bytes of input")
            let output = interpreterIO.output
            if output.count <= 2000 {
                print(String(decoding: output, as: UTF8.self), terminator: output.last == 10 ? "" : "\n")
            } else {
                print("(\(output.count) bytes of output)")
            }
            if compiledIO.output == output {
                print("outputs:     identical (\(output.count) bytes)")
            } else {
                print("outputs:     DIFFERENT: the compiled program wrote \(compiledIO.output.count) bytes:")
                print(String(decoding: compiledIO.output, as: UTF8.self))
                status = 1
            }
            print(String(format: "time:        interpreter %.2f ms, compiled %.2f ms (+ %.2f ms to compile): %.1fx",
                         interpreterSeconds * 1e3, runSeconds * 1e3, compileSeconds * 1e3,
                         interpreterSeconds / runSeconds))
        }
        return status
    }

    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
