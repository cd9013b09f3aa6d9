// Brainfuck: runs Brainfuck programs twice, with a straightforward interpreter and compiled to
// machine code through SwiftJIT's IR, checks that both write the same bytes, and prints the
// output, both times and their ratio.
//
//   swift run Brainfuck                                    # every program in Programs/
//   swift run Brainfuck Examples/Brainfuck/Programs/hello.b
//   swift run -c release Brainfuck --repeat 200 Examples/Brainfuck/Programs/rot13.b
//
// A program `name.b` reads `name.in` (next to it) if that file exists; `--repeat N` feeds it the
// input N times over, which makes a longer run to time.

import Foundation

do {
    exit(try Runner(arguments: Array(CommandLine.arguments.dropFirst())).run())
} catch let error as BrainfuckError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
