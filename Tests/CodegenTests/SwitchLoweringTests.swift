// Switches compile three ways (a chain of compares, a jump table, a balanced search tree); each
// must pick the same target as the interpreter for every case value, its neighbours and extremes.

import Codegen
import IR
import Interpreter
import Testing

@Suite("Switch lowering")
struct SwitchLoweringTests {
    /// A function `i64 @f(i64 %x)` that truncates x to `type`, switches on it and returns the
    /// number of the chosen case (0 for the default).
    static func function(_ name: String, _ type: IRType, _ values: [Int64]) -> String {
        let w = type.integerWidth!
        var text = "define i64 @\(name)(i64 %x) {\nentry:\n"
        text += w == 64 ? "  %v = add i64 %x, 0\n" : "  %v = trunc i64 %x to \(type)\n"
        text += "  switch \(type) %v, label %d [\n"
        for (k, v) in values.enumerated() { text += "    \(type) \(v), label %c\(k)\n" }
        text += "  ]\n"
        for k in values.indices { text += "c\(k):\n  br label %join\n" }
        text += "d:\n  br label %join\njoin:\n  %r = phi i64 [ 0, %d ]"
        for k in values.indices { text += ", [ \(k + 1), %c\(k) ]" }
        return text + "\n  ret i64 %r\n}\n"
    }

    static let shapes: [(IRType, [Int64])] = [
        (.i32, [1, 2, 3]),                                            // a chain
        (.i32, [10, 11, 12, 13, 14, 15, 17, 19]),                     // dense: a jump table
        (.i32, [-1000, -5, 0, 7, 100, 1000, 65536, 2_000_000_000, -2_000_000_000]),  // sparse: a tree
        (.i64, [Int64.min, -1, 0, 1, 1 << 40, Int64.max, 12345, -77]),
        (.i8, [-128, -1, 0, 1, 5, 50, 100, 127]),
        (.i16, [-32768, -300, -2, 3, 4000, 32767]),
    ]

    @Test("every case, neighbour and extreme picks the interpreter's target")
    func cases() throws {
        var text = ""
        for (k, (t, values)) in Self.shapes.enumerated() { text += Self.function("s\(k)", t, values) }
        let module = try IRParser.parse(text, file: "switch.ll")
        let engine = try Engine(module: module, optimization: .O0, checkingAllocations: true)
        let interpreter = try Interpreter(module: module)
        var failures = 0
        for (k, (_, values)) in Self.shapes.enumerated() {
            let f = try engine.function("s\(k)", as: (@convention(c) (Int64) -> Int64).self)
            var inputs: [Int64] = [0, 1, -1, Int64.max, Int64.min, 256, -129, 1 << 32]
            for v in values { inputs += [v, v &- 1, v &+ 1] }
            for x in inputs {
                let expected = try interpreter.run(function: "s\(k)", arguments: [.int(UInt64(bitPattern: x))])
                if expected != .int(UInt64(bitPattern: f(x))) {
                    failures += 1
                    if failures < 5 { Issue.record("s\(k)(\(x)): native \(f(x)), interpreter \(String(describing: expected))") }
                }
            }
        }
        #expect(failures == 0)
    }
    @Test("a dispatch loop's header (a loop header ending in a switch) starts a 64-byte line")
    func dispatchLoopAlignment() throws {
        // A tiny interpreter: code[pc] picks the case; case 0 adds, case 1 stops.
        let text = """
            define i64 @run(ptr %code) {
            entry:
              br label %dispatch
            dispatch:
              %pc = phi i64 [ 0, %entry ], [ %next, %add ], [ %next, %skip ]
              %acc = phi i64 [ 0, %entry ], [ %sum, %add ], [ %acc, %skip ]
              %p = getelementptr inbounds i32, ptr %code, i64 %pc
              %op = load i32, ptr %p
              %next = add i64 %pc, 1
              switch i32 %op, label %done [
                i32 0, label %add
                i32 1, label %skip
                i32 2, label %add
              ]
            add:
              %sum = add i64 %acc, %pc
              br label %dispatch
            skip:
              br label %dispatch
            done:
              ret i64 %acc
            }
            """
        let module = try IRParser.parse(text, file: "t.ll")
        let engine = try Engine(module: module, recordingInstructionAddresses: true, checkingAllocations: true)
        let f = module.functions.firstIndex { $0.name == "run" }!
        let header = module.functions[f].blocks[1].instructions[0]
        let address = try #require(engine.instructionAddresses.first { $0.function == f && $0.inst == header }?.address)
        #expect(address % 64 == 0, "the header at \(String(address, radix: 16))")
        let run = try engine.function("run", as: (@convention(c) (UnsafePointer<Int32>) -> Int64).self)
        let code: [Int32] = [0, 1, 2, 0, 1, 7]
        #expect(code.withUnsafeBufferPointer { run($0.baseAddress!) } == 0 + 2 + 3)
    }
}
