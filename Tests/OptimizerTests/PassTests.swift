// Each pass on small hand-written functions: what the printed output must and must not contain,
// and that the interpreter computes the same before and after.

import IR
import Interpreter
import Optimizer
import Testing

/// Occurrences of `word` in `text`.
func occurrences(_ word: String, in text: String) -> Int {
    var count = 0
    var rest = Substring(text)
    while let r = rest.firstRange(of: word) {
        count += 1
        rest = rest[r.upperBound...]
    }
    return count
}

/// The result of calling `name` with integer `arguments` on the interpreter.
func interpret(_ module: Module, _ name: String, _ arguments: [UInt64] = []) throws -> RuntimeValue? {
    try Interpreter(module: module).run(function: name, arguments: arguments.map { .int($0) })
}

@Suite("mem2reg")
struct PromoteMemoryTests {
    static let loop = """
        define i32 @sum(i32 %n) {
        entry:
          %n.addr = alloca i32, align 4
          %s = alloca i32, align 4
          %i = alloca i32, align 4
          store i32 %n, ptr %n.addr, align 4
          store i32 0, ptr %s, align 4
          store i32 0, ptr %i, align 4
          br label %cond
        cond:
          %0 = load i32, ptr %i, align 4
          %1 = load i32, ptr %n.addr, align 4
          %cmp = icmp slt i32 %0, %1
          br i1 %cmp, label %body, label %end
        body:
          %2 = load i32, ptr %i, align 4
          %3 = load i32, ptr %s, align 4
          %add = add nsw i32 %3, %2
          store i32 %add, ptr %s, align 4
          %4 = load i32, ptr %i, align 4
          %inc = add nsw i32 %4, 1
          store i32 %inc, ptr %i, align 4
          br label %cond
        end:
          %5 = load i32, ptr %s, align 4
          ret i32 %5
        }

        """

    @Test("a verified module stays verified through the pipeline; an unverified one stays unverified")
    func keepsVerification() throws {
        var m = try IRParser.parse(Self.loop)
        Optimizer(level: .O2).run(on: &m)
        #expect(!m.isVerified)
        m = try IRParser.parse(Self.loop)
        #expect(m.verifyAndRemember().isEmpty)
        Optimizer(level: .O2).run(on: &m)
        #expect(m.isVerified)
        #expect(m.verificationDiagnostics().isEmpty)
    }

    @Test("promotes clang -O0 locals of a loop to two phis")
    func loop() throws {
        let text = optimized(Self.loop, [.memoryPromotion, .deadCodeElimination])
        for word in ["alloca", "load", "store"] { #expect(occurrences(word, in: text) == 0, "\(word) left:\n\(text)") }
        #expect(occurrences(" = phi i32", in: text) == 2, "\(text)")
        let before = try #require(parse(Self.loop)), after = try #require(parse(text))
        for n: UInt64 in [0, 1, 10, 100] {
            #expect(try interpret(before, "sum", [n]) == interpret(after, "sum", [n]))
        }
        #expect(try interpret(after, "sum", [10]) == .int(45))
    }

    @Test("leaves volatile, escaping, aggregate and mistyped slots alone")
    func notPromoted() {
        let text = optimized("""
            declare void @use(ptr)
            define i32 @f(i32 %x) {
              %v = alloca i32
              %e = alloca i32
              %a = alloca [2 x i32]
              %t = alloca i32
              %p = alloca i32
              store volatile i32 %x, ptr %v
              store i32 %x, ptr %e
              call void @use(ptr %e)
              store i32 %x, ptr %a
              store i32 %x, ptr %t
              %b = load i8, ptr %t
              store ptr %p, ptr %p
              %1 = load volatile i32, ptr %v
              ret i32 %1
            }

            """, [.memoryPromotion])
        #expect(occurrences("alloca", in: text) == 5, "\(text)")
    }

    @Test("a load before any store reads undef; slots in unreachable blocks go too")
    func undefinedRead() {
        let text = optimized("""
            define i32 @f(i1 %c) {
            entry:
              %x = alloca i32
              br i1 %c, label %set, label %join
            set:
              store i32 7, ptr %x
              br label %join
            dead:
              store i32 9, ptr %x
              %d = load i32, ptr %x
              br label %join
            join:
              %v = load i32, ptr %x
              ret i32 %v
            }

            """, [.memoryPromotion, .deadCodeElimination])
        #expect(text.contains("phi i32 [ undef, %entry ], [ 7, %set ], [ undef, %dead ]")
                || text.contains("phi i32 [ 7, %set ], [ undef, %entry ], [ undef, %dead ]"), "\(text)")
        #expect(occurrences("alloca", in: text) == 0 && occurrences("store", in: text) == 0, "\(text)")
    }
}

@Suite("dce")
struct DeadCodeTests {
    @Test("removes unused pure instructions and dead phi cycles, keeps effects")
    func dce() {
        let text = optimized("""
            declare i32 @g()
            define void @f(ptr %p, i32 %n) {
            entry:
              %dead = add i32 %n, 1
              %call = call i32 @g()
              %q = udiv i32 %n, %n
              %r = udiv i32 %n, 3
              %l = load i32, ptr %p
              %vl = load volatile i32, ptr %p
              store i32 %n, ptr %p
              br label %loop
            loop:
              %cycle = phi i32 [ 0, %entry ], [ %next, %loop ]
              %next = add i32 %cycle, 1
              %c = icmp eq i32 %n, 0
              br i1 %c, label %loop, label %exit
            exit:
              ret void
            }

            """, [.deadCodeElimination])
        for gone in ["%dead", "%r =", "%l =", "%cycle", "%next"] { #expect(!text.contains(gone), "\(gone) stays:\n\(text)") }
        for kept in ["call i32 @g", "udiv i32 %n, %n", "load volatile", "store i32 %n", "icmp eq"] {
            #expect(text.contains(kept), "\(kept) removed:\n\(text)")
        }
    }
}

@Suite("cse")
struct CommonSubexpressionTests {
    @Test("removes a duplicate only where the first computation dominates it")
    func dominated() throws {
        let source = """
            define i32 @f(i32 %a, i32 %b, i1 %c) {
            entry:
              %x = add i32 %a, %b
              br i1 %c, label %l, label %r
            l:
              %y = add i32 %b, %a
              %m = mul i32 %a, %b
              br label %j
            r:
              %n = mul i32 %a, %b
              %k = icmp slt i32 %a, %b
              %k2 = icmp sgt i32 %a, %b
              br label %j
            j:
              %p = phi i32 [ %y, %l ], [ %n, %r ]
              %q = mul i32 %a, %b
              %s1 = sub i32 %p, %q
              %s2 = sub i32 %q, %p
              %t = add i32 %s1, %x
              %u = add i32 %t, %s2
              ret i32 %u
            }

            """
        let text = optimized(source, [.commonSubexpressionElimination])
        #expect(occurrences(" = add i32", in: text) == 3, "\(text)")
        #expect(occurrences(" = mul i32", in: text) == 3, "\(text)")
        #expect(occurrences(" = sub i32", in: text) == 2, "\(text)")
        #expect(occurrences(" = icmp", in: text) == 2, "\(text)")
        #expect(text.contains("phi i32 [ %x, %l ]"), "\(text)")
        let before = try #require(parse(source)), after = try #require(parse(text))
        for (a, b, c): (UInt64, UInt64, UInt64) in [(3, 4, 1), (3, 4, 0), (100, 7, 1)] {
            #expect(try interpret(before, "f", [a, b, c]) == interpret(after, "f", [a, b, c]))
        }
    }
}

@Suite("simplifycfg")
struct SimplifyControlFlowTests {
    @Test("folds a constant branch, drops the dead block, merges the chain into one block")
    func chain() {
        let text = optimized("""
            define i32 @g(i32 %a) {
            entry:
              br i1 true, label %a1, label %dead
            dead:
              br label %join
            a1:
              br label %fwd
            fwd:
              br label %join
            join:
              %p = phi i32 [ 1, %dead ], [ %a, %fwd ]
              ret i32 %p
            }

            """, [.cfgSimplification])
        #expect(text.contains("define i32 @g(i32 %a) {\nentry:\n  ret i32 %a\n}"), "\(text)")
    }

    @Test("a switch on a constant jumps to its case; phis of dropped targets lose the edge")
    func constantSwitch() throws {
        let source = """
            define i32 @s() {
            entry:
              switch i32 2, label %d [ i32 1, label %one
                                       i32 2, label %two ]
            one:
              br label %d
            two:
              br label %out
            d:
              %p = phi i32 [ 10, %entry ], [ 11, %one ]
              br label %out
            out:
              %q = phi i32 [ %p, %d ], [ 22, %two ]
              ret i32 %q
            }

            """
        let text = optimized(source, [.cfgSimplification, .constantFolding])
        #expect(text.contains("ret i32 22"), "\(text)")
        #expect(occurrences("br ", in: text) == 0 && occurrences("switch", in: text) == 0, "\(text)")
    }

    @Test("a forwarding block stays when its phi values conflict, goes when they do not")
    func forwarding() {
        let text = optimized("""
            define i32 @f(i1 %c, i1 %d) {
            entry:
              br i1 %c, label %fwd, label %join
            fwd:
              br label %join
            join:
              %p = phi i32 [ 1, %fwd ], [ 2, %entry ]
              br i1 %d, label %fwd2, label %other
            other:
              br label %end
            fwd2:
              br label %end
            end:
              %q = phi i32 [ %p, %fwd2 ], [ 5, %other ]
              ret i32 %q
            }

            """, [.cfgSimplification])
        #expect(text.contains("fwd:"), "\(text)")
        // Both of join's successors forward to end, and one of them is skipped.
        #expect(occurrences("br label %end", in: text) == 1, "\(text)")
        #expect(text.contains("phi i32 [ 1, %fwd ], [ 2, %entry ]"), "\(text)")
    }
}

@Suite("pipeline")
struct PipelineTests {
    @Test("levels, disabled passes and the observer")
    func pipeline() throws {
        #expect(Optimizer(level: .O0).pipeline.isEmpty)
        #expect(Optimizer(level: .O1).pipeline.contains(.memoryPromotion))
        #expect(!Optimizer(level: .O2, disabling: [.cfgSimplification]).pipeline.contains(.cfgSimplification))
        var module = try #require(parse(PromoteMemoryTests.loop))
        var seen: [Pass] = []
        Optimizer(level: .O2).run(on: &module) { pass, module, seconds in
            seen.append(pass)
            #expect(seconds >= 0)
            #expect(module.verificationDiagnostics().isEmpty)
        }
        #expect(seen == Optimizer.pipeline(for: .O2))
        #expect(Set(Pass.allCases.map(\.rawValue)) == ["simplifycfg", "mem2reg", "constfold", "cse", "dce"])
    }

    @Test("a pass runs again on a function another pass changed since its last run, and not otherwise")
    func rerunsAfterChanges() {
        // cse makes %b into %a, so that the second constfold finds %a - %a = 0; the first
        // constfold alone cannot. Two constfolds in a row leave what one leaves.
        let text = """
            define i32 @f(i32 %x) {
              %a = add i32 %x, 1
              %b = add i32 %x, 1
              %c = sub i32 %a, %b
              ret i32 %c
            }
            """
        #expect(optimized(text, [.constantFolding, .commonSubexpressionElimination, .constantFolding]).contains("ret i32 0"))
        #expect(!optimized(text, [.constantFolding, .commonSubexpressionElimination]).contains("ret i32 0"))
        #expect(optimized(text, [.constantFolding, .constantFolding]) == optimized(text, [.constantFolding]))
        var seen: [Pass] = []
        if var module = parse(text) {
            Optimizer(passes: [.constantFolding, .constantFolding, .deadCodeElimination]).run(on: &module) { pass, _, _ in seen.append(pass) }
        }
        #expect(seen == [.constantFolding, .constantFolding, .deadCodeElimination], "the observer sees every pass, run or skipped")
    }
}

@Suite("switch edges")
struct SwitchEdgeTests {
    static let source = """
        define i32 @f(i32 %x) {
        entry:
          %v = alloca i32
          store i32 1, ptr %v
          switch i32 %x, label %other [ i32 0, label %fwd
                                        i32 1, label %fwd
                                        i32 2, label %three ]
        fwd:
          br label %join
        three:
          store i32 3, ptr %v
          br label %join
        other:
          store i32 4, ptr %v
          switch i32 1, label %join [ i32 1, label %join
                                      i32 2, label %join ]
        join:
          %r = load i32, ptr %v
          ret i32 %r
        }

        """

    @Test("phis keep one entry per edge through every pass")
    func edges() throws {
        guard var module = parse(Self.source) else { return }
        let before = module
        optimizeVerifying(&module, Optimizer(level: .O2), context: "switch")
        let text = module.text
        // `fwd` is skipped: entry's two cases now go straight to join, each with its entry.
        #expect(occurrences("[ 1, %entry ], [ 1, %entry ]", in: text) == 1, "\(text)")
        for x: UInt64 in [0, 1, 2, 3, 99] {
            #expect(try interpret(before, "f", [x]) == interpret(module, "f", [x]))
        }
    }
}
