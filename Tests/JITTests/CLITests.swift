import Foundation
import Testing

/// Runs the built `swiftjit` executable with `arguments` and `input` on standard input.
func runSwiftJIT(_ arguments: [String], input: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("swiftjit")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
        throw CLIError(message: "swiftjit is not built next to the test bundle")
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftjit-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let inURL = dir.appendingPathComponent("in"), outURL = dir.appendingPathComponent("out"),
        errURL = dir.appendingPathComponent("err")
    try input.write(to: inURL, atomically: true, encoding: .utf8)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
            try String(contentsOf: errURL, encoding: .utf8))
}

struct CLIError: Error { var message: String }

@Suite("swiftjit asm and disasm")
struct CLITests {
    @Test("asm prints one hex line per statement; --listing adds offsets and text")
    func asmHex() throws {
        let r = try runSwiftJIT(["asm"], input: "mov rax, 18\nadd rax, 4\n\nret\n")
        #expect(r.status == 0)
        #expect(r.stdout == "48 c7 c0 12 00 00 00\n48 83 c0 04\nc3\n")
        let l = try runSwiftJIT(["asm", "--listing"], input: "x: nop\njmp x\n")
        #expect(l.stdout == "     0:  90                              x: nop\n     1:  eb fd                           jmp x\n")
    }

    @Test("asm --run executes the code and prints rax")
    func asmRun() throws {
        let r = try runSwiftJIT(["asm", "--run"], input: "mov eax, 40\nadd eax, 2\nret\n")
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("rax = 42 (0x2a)\n"))
    }

    @Test("asm errors give file:line:col, the line and a caret, and exit 1")
    func asmError() throws {
        let r = try runSwiftJIT(["asm"], input: "nop\nlea rax, [rbx+rcx*3]\n")
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "<stdin>:2:15: error: invalid scale 3: expected 1, 2, 4 or 8\nlea rax, [rbx+rcx*3]\n              ^\n")
    }

    @Test("asm --keep-going prints an error in place of each bad line")
    func keepGoing() throws {
        let r = try runSwiftJIT(["asm", "--keep-going"], input: "ret\nmov ah, sil\nbogus\nnop\n")
        #expect(r.status == 1)
        #expect(r.stdout == """
            c3
            error: mov ah, sil: ah, ch, dh and bh cannot be used in an instruction that needs a REX prefix
            error: bogus: unknown mnemonic 'bogus'
            90

            """)
    }

    @Test("disasm output is identical to objdump's for the same bytes")
    func disasmMatchesObjdump() throws {
        let source = "top: add rax, 5\nmov ecx, DWORD PTR [rip+top]\nmovabs rax, 0x123456789abcdef\njne top\n"
            + ".p2align 5\ncvttsd2si r9, QWORD PTR [rsp+r12*8-0x80]\nret\n"
        let asm = try runSwiftJIT(["asm"], input: source)
        let ours = try runSwiftJIT(["disasm"], input: asm.stdout)
        #expect(ours.status == 0)
        let bytes = asm.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { UInt8($0, radix: 16)! }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("disasm-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["objdump", "-D", "-z", "-b", "binary", "-mi386:x86-64", "-M", "intel", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let objdump = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let theirs = objdump.split(separator: "\n").drop { !$0.hasPrefix("   0:") }.joined(separator: "\n") + "\n"
        #expect(ours.stdout == theirs)
    }

    @Test("bad flags are reported with a non-zero exit")
    func badFlags() throws {
        let r = try runSwiftJIT(["disasm", "--base", "zz"], input: "90")
        #expect(r.status != 0)
        #expect(r.stderr.contains("invalid --base 'zz'"))
    }
}

@Suite("swiftjit verify, print and run")
struct IRCLITests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    @Test("run --interpret behaves like the native program: output and exit status")
    func runInterpret() throws {
        let file = Self.corpus.appendingPathComponent("exit_code.O1.ll").path
        let expected = try String(contentsOf: Self.corpus.appendingPathComponent("exit_code.expected"), encoding: .utf8)
        let r = try runSwiftJIT(["run", "--interpret", file])
        #expect(r.stdout + "exit: \(r.status)\n" == expected)
    }

    @Test("run compiles to machine code and behaves like the native program", arguments: ["exit_code", "crc32", "varargs_user", "struct_mixed", "exit_call"])
    func runCompiled(_ program: String) throws {
        let expected = try String(contentsOf: Self.corpus.appendingPathComponent("\(program).expected"), encoding: .utf8)
        for level in ["O0", "O2"] {
            let r = try runSwiftJIT(["run", Self.corpus.appendingPathComponent("\(program).\(level).ll").path])
            #expect(r.stdout + "exit: \(r.status)\n" == expected, "\(program).\(level)")
        }
    }

    @Test("run --print-asm lists every function's machine code; --time-passes prints the phases")
    func printAsmAndTimePasses() throws {
        let text = """
            define i32 @twice(i32 %x) {
              %y = add i32 %x, %x
              ret i32 %y
            }
            define i32 @main() {
              %r = call i32 @twice(i32 21)
              ret i32 %r
            }
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("asm-\(UUID().uuidString).ll")
        defer { try? FileManager.default.removeItem(at: file) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let r = try runSwiftJIT(["run", "--print-asm", "--time-passes", file.path])
        #expect(r.status == 42)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix(" <twice>:") } && lines.contains { $0.hasSuffix(" <main>:") })
        #expect(r.stdout.contains("push   rbp") && r.stdout.contains("ret"))
        // The rows in pipeline order (issue 5 names parse, verify, the passes, instruction
        // selection, register allocation, encoding and the total).
        let rows = ["parse", "verify", "opt: simplifycfg", "block layout and instruction selection",
                    "register allocation", "lowering and encoding", "branch relaxation", "load code", "total"]
        var from = r.stderr.startIndex
        for phase in rows {
            guard let found = r.stderr.range(of: phase, range: from..<r.stderr.endIndex) else {
                Issue.record("missing phase \(phase), or out of order")
                continue
            }
            from = found.upperBound
        }
        #expect(r.stderr.contains("IR instructions"))
        #expect(!r.stderr.contains("code generation checks"))
        // --check-codegen runs the engine's checks of each function's allocation and folds,
        // timed in a row of their own.
        let checked = try runSwiftJIT(["run", "--check-codegen", "--time-passes", file.path])
        #expect(checked.status == 42)
        #expect(checked.stderr.contains("code generation checks"), "\(checked.stderr)")
        // --debug-lines puts each IR instruction, as a comment, before its machine code.
        let d = try runSwiftJIT(["run", "-O0", "--print-asm", "--debug-lines", file.path])
        #expect(d.status == 42)
        let twice = d.stdout.split(separator: "\n").map(String.init)
        let add = try #require(twice.firstIndex { $0.contains("; %y = add i32 %x, %x") })
        #expect(twice[add + 1].contains("\t"), "no machine code after the IR line: \(twice[add + 1])")
        #expect(twice.contains { $0.contains("; %r = call i32 @twice(i32 21)") })
    }

    @Test("run passes its arguments to main")
    func runArguments() throws {
        let text = """
            declare i32 @puts(ptr)
            define i32 @main(i32 %argc, ptr %argv) {
              %p = getelementptr ptr, ptr %argv, i64 2
              %s = load ptr, ptr %p
              %r = call i32 @puts(ptr %s)
              ret i32 %argc
            }
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("args-\(UUID().uuidString).ll")
        defer { try? FileManager.default.removeItem(at: file) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let r = try runSwiftJIT(["run", "--interpret", file.path, "first", "second"])
        #expect(r.stdout == "second\n")
        #expect(r.status == 3)
    }

    @Test("a file is read as bytes: a byte that is not UTF-8 is one byte of a string, and columns count bytes")
    func rawBytes() throws {
        func file(_ bytes: [UInt8]) throws -> URL {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("raw-\(UUID().uuidString).ll")
            try Data(bytes).write(to: url)
            return url
        }
        // As LLVM reads it: c"\FF\00" written with a raw 0xFF byte is two bytes.
        let program = try file(Array("@s = private constant [2 x i8] c\"".utf8) + [0xFF]
            + Array("\\00\"\ndefine i32 @main() {\n  %b = load i8, ptr @s\n  %r = zext i8 %b to i32\n  ret i32 %r\n}\n".utf8))
        defer { try? FileManager.default.removeItem(at: program) }
        #expect(try runSwiftJIT(["run", program.path]).status == 255)
        #expect(try runSwiftJIT(["run", "--interpret", program.path]).status == 255)
        #expect(try runSwiftJIT(["print", program.path]).stdout.contains("c\"\\FF\\00\""))
        // The error's column is the byte's: `bogus` starts at byte 22 of the line.
        let bad = try file(Array("@\"".utf8) + [0xFF, 0xFE] + Array("\" = global i32 0 bogus\n".utf8))
        defer { try? FileManager.default.removeItem(at: bad) }
        let r = try runSwiftJIT(["verify", bad.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix(bad.path + ":1:22: error:"))
    }

    @Test("verify reports file:line:col errors and exits 1; print round-trips")
    func verifyAndPrint() throws {
        let bad = "define i32 @f(i32 %a) {\n  %x = add i32 %y, 1\n  %y = add i32 %a, 1\n  ret i32 %x\n}\n"
        let r = try runSwiftJIT(["verify", "-"], input: bad)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("<stdin>:2:3: error: operand 0 is used before it is defined"))
        let syntax = try runSwiftJIT(["verify", "-"], input: "define i32 @f() {\n  ret i32 %nope\n}\n")
        #expect(syntax.status == 1)
        #expect(syntax.stderr.hasPrefix("<stdin>:2:11: error:"))
        let file = Self.corpus.appendingPathComponent("crc32.O2.ll").path
        let printed = try runSwiftJIT(["print", file])
        #expect(printed.status == 0)
        let reprinted = try runSwiftJIT(["print", "-"], input: printed.stdout)
        #expect(reprinted.stdout == printed.stdout)
        #expect(try runSwiftJIT(["verify", file]).status == 0)
    }
}
