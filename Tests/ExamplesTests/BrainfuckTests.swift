// Examples/Brainfuck: each program's output, written by both the interpreter and the compiled
// code (the example exits with 1 and prints DIFFERENT if they disagree).

import Foundation
import Testing

@Suite("Example: Brainfuck")
struct BrainfuckTests {
    @Test("each program prints the expected output with both engines", arguments: [
        ("hello.b", "Hello, World!\n"),
        ("ascii.b", ##" !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~"## + "\n"),
        ("reverse.b", "desserts\n"),
        ("rot13.b", "Uryyb, Jbeyq! Jul qvq gur puvpxra pebff gur ebnq?\nThe chicken was already rot13-encoded.\n"),
    ])
    func program(file: String, expected: String) throws {
        let r = try Examples.run("Brainfuck", ["Examples/Brainfuck/Programs/\(file)"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdoutWithoutTimes.split(separator: "\n", maxSplits: 1)
        try #require(lines.count == 2)
        #expect(lines[0].hasPrefix("== \(file): "))
        #expect(lines[1] == "\(expected)outputs:     identical (\(expected.utf8.count) bytes)\n")
    }

    @Test("without arguments it runs every program in Programs/")
    func allPrograms() throws {
        let r = try Examples.run("Brainfuck", [])
        #expect(r.status == 0, "\(r.stderr)")
        let headers = r.stdout.split(separator: "\n").filter { $0.hasPrefix("== ") }.map { $0.prefix { $0 != ":" } }
        #expect(headers == ["== ascii.b", "== hello.b", "== reverse.b", "== rot13.b"])
    }

    @Test("an unmatched bracket is reported with its line and column")
    func unmatched() throws {
        let file = Examples.root.appendingPathComponent(".build/unmatched-\(UInt32.random(in: 0...UInt32.max)).b")
        try "+[>+\n<-".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try Examples.run("Brainfuck", [file.path])
        #expect(r.status == 1)
        #expect(r.stderr == "\(file.path):1:2: error: '[' without a matching ']'\n")
    }
}
