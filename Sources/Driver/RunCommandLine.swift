// The command line of `swiftjit run`, read without ArgumentParser when it is a plain one.
//
// ArgumentParser builds its model of the whole command tree by reflection before it looks at
// the first argument: 8.6M of the 12.4M instructions of a `swiftjit run` of an empty `main` in
// a fresh process (callgrind, release build linked statically), far more than compiling it.
// `swiftjit run` is the command run over and over, so its usual command lines are read here
// directly: the options below, each at most once and in the forms listed, before the file;
// then the file; then the program's arguments, when none of them begins with `-` (ArgumentParser
// still looks at those, although it passes them on: `--generate-completion-script` among them
// prints a script, and `---x` is an error). Anything else (`--help`, an unknown or repeated
// option, `--`, `-` for standard input, a value that is not a plain number or name, a program
// argument with a dash, a combination `validate()` rejects) is left to ArgumentParser, which then
// parses the whole line itself and reports what is wrong with the usual message. A test
// compares this reading with ArgumentParser's on a thousand random command lines, and checks
// that the reader sets every option the command has.

extension SwiftJITCommand.Run {
    /// The command for `arguments` (after `run`) when it is a plain command line that
    /// `validate()` accepts, else nil (ArgumentParser must read it).
    static func plain(_ arguments: ArraySlice<String>) -> Self? {
        var command = Self()
        var flags = Set<String>()
        var noVerify = false
        var repeatCount: Int?
        var level: Int?
        var disabledPasses: [String] = [], dumpAfter: [String] = []
        var rest = arguments
        // The name of a pass or a count: nothing ArgumentParser might read as an option.
        func plainValue(_ s: String) -> Bool {
            guard let first = s.utf8.first else { return false }
            return first != UInt8(ascii: "-") && !s.contains("=")
        }
        while let arg = rest.popFirst() {
            switch arg {
            case "--interpret", "--verify", "--no-verify", "--print-asm", "--time-passes", "--debug-lines", "--gdb",
                 "--perf-map", "--check-codegen":
                // (--verify and --no-verify are one flag: either, once.)
                guard flags.insert(arg == "--no-verify" ? "--verify" : arg).inserted else { return nil }
                if arg == "--no-verify" { noVerify = true }
            case "-O0", "-O1", "-O2":
                guard level == nil else { return nil }
                level = Int(arg.dropFirst(2))
            case "--repeat":
                guard repeatCount == nil, let value = rest.popFirst(), !value.isEmpty,
                      value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                      let n = Int(value) else { return nil }
                repeatCount = n
            case "--disable-pass", "--dump-after":
                guard let value = rest.popFirst(), plainValue(value) else { return nil }
                if arg == "--disable-pass" { disabledPasses.append(value) } else { dumpAfter.append(value) }
            default:
                guard let first = arg.utf8.first, first != UInt8(ascii: "-"),
                      !rest.contains(where: { $0.utf8.first == UInt8(ascii: "-") }) else { return nil }
                // The file, then the program's arguments as they are.
                command.interpret = flags.contains("--interpret")
                command.verify = !noVerify
                command.printAsm = flags.contains("--print-asm")
                command.timePasses = flags.contains("--time-passes")
                command.debugLines = flags.contains("--debug-lines")
                command.gdb = flags.contains("--gdb")
                command.perfMap = flags.contains("--perf-map")
                command.checkCodegen = flags.contains("--check-codegen")
                command.repeatCount = repeatCount ?? 1
                var optimization = OptimizationOptions()
                optimization.level = level ?? 2
                optimization.disabledPasses = disabledPasses
                optimization.dumpAfter = dumpAfter
                command.optimization = optimization
                command.file = arg
                command.arguments = Array(rest)
                do {
                    try command.optimization.validate()
                    try command.validate()
                } catch {
                    return nil
                }
                return command
            }
        }
        return nil  // no file
    }
}
