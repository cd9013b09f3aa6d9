// Selects turned into branches (SelectBranching.swift): the rewrite keeps every random function's
// meaning, and the profitability test picks the loops LLVM's cmov conversion picks.

@testable import Codegen
import IR
import Interpreter
import RandomIR
import Testing

@Suite("Select branching")
struct SelectBranchingTests {
    /// `module` with every select the rewrite accepts turned into a branch, and how many.
    static func allBranched(_ module: Module) -> (Module, Int) {
        var m = module
        var count = 0
        for i in m.functions.indices where !m.functions[i].isDeclaration {
            let before = m.functions[i].blocks.count
            m.functions[i] = SelectBranching.branched(m.functions[i], policy: .all)
            count += (m.functions[i].blocks.count - before) / 2
        }
        return (m, count)
    }

    @Test("every select rewritten as a branch: verified, and compiled equal to the interpreter", arguments: 0..<12)
    func random(_ seed: Int) throws {
        let (module, names) = try randomModule(seed: UInt64(seed) &* 0x2545_F491_4F6C_DD1D &+ 3, functions: 40)
        let (branched, count) = Self.allBranched(module)
        #expect(count > 0, "seed \(seed): no select rewritten")
        try branched.verify()
        let interpreter = try Interpreter(module: module)
        let engine = try Engine(module: branched, optimization: .O0, checkingAllocations: true)
        #expect(try RandomDifferentialTests.mismatches(engine, interpreter, names, compiled: branched,
                                                       context: "branched seed \(seed)") == 0)
        // And the rewritten module on the interpreter, against the original.
        let branchedInterpreter = try Interpreter(module: branched)
        for name in names {
            for (a, b, x, y) in randomFunctionInputs.prefix(8) {
                let args: [RuntimeValue] = [.int(UInt64(bitPattern: a)), .int(UInt64(bitPattern: b)), .double(x), .double(y)]
                #expect(try branchedInterpreter.run(function: name, arguments: args)
                    == interpreter.run(function: name, arguments: args), "seed \(seed) @\(name)")
            }
        }
    }

    /// The machine code of `name` in `text` compiled at -O2, up to its first ret.
    static func code(_ text: String, _ name: String) throws -> (Engine, String) {
        let engine = try Engine(module: try IRParser.parse(text, file: "t.ll"), checkingAllocations: true)
        let lines = engine.disassembly(of: name).split(separator: "\n")
        return (engine, lines.prefix { !$0.contains("\tret") }.joined(separator: "\n"))
    }

    @Test("an index chosen by a loaded compare and read again next iteration is a branch")
    func maxIndex() throws {
        // `if (a[i] > a[best]) best = i`: as a cmov, every iteration waits for a[best]'s load.
        let (engine, code) = try Self.code("""
            define i64 @argmax(ptr %a, i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 1, %entry ], [ %next, %loop ]
              %best = phi i64 [ 0, %entry ], [ %sel, %loop ]
              %p = getelementptr inbounds i32, ptr %a, i64 %i
              %x = load i32, ptr %p
              %q = getelementptr inbounds i32, ptr %a, i64 %best
              %y = load i32, ptr %q
              %c = icmp sgt i32 %x, %y
              %sel = select i1 %c, i64 %i, i64 %best
              %next = add nuw i64 %i, 1
              %done = icmp eq i64 %next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %sel
            }
            """, "argmax")
        #expect(!code.contains("cmov"), "\(code)")
        let f = try engine.function("argmax", as: (@convention(c) (UnsafePointer<Int32>, Int64) -> Int64).self)
        let values: [Int32] = [3, -1, 8, 8, 2, 9, 9, -7, 0, 9]
        for n in 2...values.count {
            let expected = values[..<n].indices.max { values[$0] < values[$1] || (values[$0] == values[$1] && $0 > $1) }!
            #expect(values.withUnsafeBufferPointer { f($0.baseAddress!, Int64(n)) } == Int64(expected), "n = \(n)")
        }
    }

    @Test("a select used only as one load's address stays a cmov")
    func loadAddressOnly() throws {
        // What LLVM leaves alone too (`llc -O2` on this function keeps the cmov): a search that
        // picks where to read next by what it just read, which no predictor learns.
        let (engine, code) = try Self.code("""
            define i64 @pick(ptr %a, i64 %n, i32 %key) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              %s = phi i64 [ 0, %entry ], [ %sum, %loop ]
              %p = getelementptr inbounds i32, ptr %a, i64 %i
              %v = load i32, ptr %p
              %lt = icmp slt i32 %v, %key
              %j = xor i64 %i, 1
              %idx = select i1 %lt, i64 %i, i64 %j
              %q = getelementptr inbounds i32, ptr %a, i64 %idx
              %w = load i32, ptr %q
              %wx = sext i32 %w to i64
              %sum = add i64 %s, %wx
              %next = add nuw i64 %i, 1
              %done = icmp eq i64 %next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %sum
            }
            """, "pick")
        #expect(code.contains("cmov"), "\(code)")
        let f = try engine.function("pick", as: (@convention(c) (UnsafePointer<Int32>, Int64, Int32) -> Int64).self)
        let values: [Int32] = [1, 3, 3, 5, 8, 13, 21, 34]
        for key: Int32 in [0, 4, 20, 40] {
            let expected = values.indices.reduce(Int64(0)) { s, i in s + Int64(values[values[i] < key ? i : i ^ 1]) }
            #expect(values.withUnsafeBufferPointer { f($0.baseAddress!, Int64(values.count), key) } == expected, "key \(key)")
        }
    }

    @Test("a select whose condition is as cheap as its values stays a cmov")
    func cheapCondition() throws {
        let (_, code) = try Self.code("""
            define i64 @clamp(i64 %n, i64 %k) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              %s = phi i64 [ 0, %entry ], [ %sum, %loop ]
              %c = icmp ult i64 %i, %k
              %m = select i1 %c, i64 %i, i64 %k
              %sum = add i64 %s, %m
              %next = add nuw i64 %i, 1
              %done = icmp eq i64 %next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %sum
            }
            """, "clamp")
        #expect(code.contains("cmov"), "\(code)")
    }
}
