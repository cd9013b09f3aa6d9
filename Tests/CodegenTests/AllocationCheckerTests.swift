// The symbolic register-allocation checker over the corpus and random functions, and proof that
// it notices planted allocation errors.

@testable import Codegen
import CorpusSupport
import IR
import RandomIR
import Testing

@Suite("Register allocation checker")
struct AllocationCheckerTests {
    @Test("every corpus function's allocation checks out")
    func corpus() throws {
        var functions = 0
        for name in corpusFiles {
            let path = corpusDirectory + "/" + name
            let module = try IRParser.parse(readFile(path) ?? "", file: path)
            do {
                functions += try AllocationChecker.check(module)
            } catch {
                Issue.record("\(path): \(error)")
            }
        }
        #expect(functions > 300)
    }

    @Test("random functions' allocations check out", arguments: 0..<10)
    func random(_ seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 0x51ED_270B &+ 3)
        var module = Module()
        for k in 0..<50 {
            var builder = RandomFunctionBuilder(rng: SplitMix64(seed: rng.next()))
            try builder.define("f\(k)", in: &module)
        }
        #expect(try AllocationChecker.check(module) == 50)
    }

    /// Gives value `victim` the register of another value live at the same time.
    static func plantConflict(_ f: Function, _ a: inout RegisterAssignment) -> Bool {
        let n = a.instructions.count
        for i in 0..<n {
            guard case .gpr(let r) = a.instructions[i] else { continue }
            for j in 0..<n where j != i {
                guard case .gpr(let s) = a.instructions[j], s != r else { continue }
                let (si, ei) = a.intervals[i], (sj, ej) = a.intervals[j]
                // j is defined while i is live and i is read after that.
                if si < sj && sj < ei && ej > sj {
                    a.instructions[j] = .gpr(r)
                    return true
                }
            }
        }
        return false
    }

    @Test("a value put in a register that holds another live value is caught")
    func plantedInterference() throws {
        let path = corpusDirectory + "/sort_algos.O2.ll"
        let module = try IRParser.parse(readFile(path) ?? "", file: path)
        var planted = false
        #expect(throws: AllocationError.self) {
            _ = try AllocationChecker.check(module) { f, a in
                if !planted { planted = Self.plantConflict(f, &a) }
            }
        }
        #expect(planted)
    }

    @Test("a value live across a call in a caller-saved register is caught")
    func plantedCallClobber() throws {
        let text = """
        declare i32 @g(i32)
        define i32 @f(i32 %a, i32 %b) {
          %x = add i32 %a, %b
          %y = call i32 @g(i32 %a)
          %z = add i32 %x, %y
          ret i32 %z
        }
        """
        let module = try IRParser.parse(text, file: "call.ll")
        #expect(try AllocationChecker.check(module) == 1)
        #expect(throws: AllocationError.self) {
            _ = try AllocationChecker.check(module) { _, a in a.instructions[0] = .gpr(.rsi) }
        }
    }

    @Test("a double split around a call is saved and restored; without the saves it is caught")
    func splitAroundCall() throws {
        let text = """
        declare double @sqrt(double)
        define double @f(double %a, double %b) {
          %x = fadd double %a, %b
          %y = call double @sqrt(double %a)
          %z = fadd double %x, %y
          %w = fmul double %z, %x
          ret double %w
        }
        """
        let module = try IRParser.parse(text, file: "split.ll")
        var splits = 0
        #expect(try AllocationChecker.check(module) { _, a in splits = a.savesAtCall.count } == 1)
        #expect(splits == 1)
        let engine = try Engine(module: module, optimization: .O0)
        let f = try engine.function("f", as: (@convention(c) (Double, Double) -> Double).self)
        let x = 4.0 + 5.0
        #expect(f(4, 5) == (x + 2.0) * x)
        #expect(throws: AllocationError.self) {
            _ = try AllocationChecker.check(module) { _, a in a.savesAtCall = [:] }
        }
    }

    @Test("a phi swap sequenced wrongly would be caught: phis exchanging values stay right")
    func phiSwap() throws {
        let text = """
        define i64 @f(i64 %n) {
        entry:
          br label %loop
        loop:
          %a = phi i64 [ 1, %entry ], [ %b, %loop ]
          %b = phi i64 [ 2, %entry ], [ %a, %loop ]
          %i = phi i64 [ 0, %entry ], [ %j, %loop ]
          %j = add i64 %i, 1
          %c = icmp ult i64 %j, %n
          br i1 %c, label %loop, label %done
        done:
          %r = sub i64 %a, %b
          ret i64 %r
        }
        """
        let module = try IRParser.parse(text, file: "swap.ll")
        #expect(try AllocationChecker.check(module) == 1)
        // Both phis in one register: the swap cannot be right.
        #expect(throws: AllocationError.self) {
            _ = try AllocationChecker.check(module) { f, a in
                let phis = f.instructions.indices.filter { f.instructions[$0].opcode == .phi }
                a.instructions[phis[1]] = a.instructions[phis[0]]
            }
        }
    }
    @Test("a load folded past a store, or into an earlier instruction, is caught")
    func plantedLoadFold() throws {
        let text = """
        define i32 @f(ptr %p, ptr %q) {
          %x = load i32, ptr %p
          store i32 5, ptr %p
          %y = add i32 %x, 1
          store i32 %y, ptr %q
          %z = load i32, ptr %q
          %w = add i32 %z, %y
          ret i32 %w
        }
        """
        let module = try IRParser.parse(text, file: "fold.ll")
        #expect(try AllocationChecker.check(module) == 1)
        func index(_ name: String, _ f: Function) -> Int {
            f.instructions.indices.first { f.instructions[$0].name == name }!
        }
        // %x read at %y, after the store that changed it.
        #expect(Self.error(module) { f, s in s.foldedInto[index("x", f)] = Int32(index("y", f)) }
            == "f: load %0 is folded into %2, past a store or call")
        // %z read at %y, before the store that writes it.
        #expect(Self.error(module) { f, s in s.foldedInto[index("z", f)] = Int32(index("y", f)) }
            == "f: load %4 is folded into %2, which comes before it")
        // %z read at %w, with nothing in between: the selection's own fold, which checks out.
        var foldedByItself = false
        #expect(try AllocationChecker.check(module, mutateSelection: { f, s in
            foldedByItself = s.foldedInto[index("z", f)] == Int32(index("w", f))
        }) == 1)
        #expect(foldedByItself)
        // %x folded into %y, and %y into %w: then %x is read at %w, past both stores.
        #expect(Self.error(module) { f, s in
            s.foldedInto[index("x", f)] = Int32(index("y", f))
            s.foldedInto[index("y", f)] = Int32(index("w", f))
        } == "f: load %0 is folded into %5, past a store or call")
    }

    @Test("a fold into code that emits nothing, or read by another instruction, is caught")
    func plantedFoldIntoUnused() throws {
        let text = """
        define double @f(ptr %p, double %x, double %y, i1 %c) {
        entry:
          %l = load double, ptr %p
          %u = fadd double %x, %l
          %v = fadd double %y, %l
          br i1 %c, label %then, label %done
        then:
          %m = load double, ptr %p
          br label %done
        done:
          %r = phi double [ %v, %entry ], [ %m, %then ]
          ret double %r
        }
        """
        let module = try IRParser.parse(text, file: "unused.ll")
        #expect(try AllocationChecker.check(module) == 1)
        func index(_ name: String, _ f: Function) -> Int {
            f.instructions.indices.first { f.instructions[$0].name == name }!
        }
        var unused = false
        _ = try AllocationChecker.check(module, mutateSelection: { f, s in
            unused = s.foldedInto[index("u", f)] == Selection.unused
        })
        #expect(unused, "the selection no longer marks %u unused: the test needs a new shape")
        // %l folded into the unused %u: read nowhere, while %v needs it.
        #expect(Self.error(module) { f, s in s.foldedInto[index("l", f)] = Int32(index("u", f)) }
            == "f: load %0 is folded into %1, which emits no code")
        // %l folded into %v, and %v into the unused %u.
        #expect(Self.error(module) { f, s in
            s.foldedInto[index("l", f)] = Int32(index("v", f))
            s.foldedInto[index("v", f)] = Int32(index("u", f))
        } == "f: load %0 is folded into %1, which emits no code")
        // %m folded into the branch of another block.
        #expect(Self.error(module) { f, s in s.foldedInto[index("m", f)] = Int32(f.blocks[0].instructions.last!.index) }
            == "f: load %4 is folded into %3, outside its block")
        // A fold that never ends.
        #expect(Self.error(module) { f, s in
            s.foldedInto[index("l", f)] = Int32(index("v", f))
            s.foldedInto[index("v", f)] = Int32(index("l", f))
        } == "f: the folds from %0 form a cycle")
        // An emitted instruction reading a value folded into another one: %v's add reads %l,
        // folded into %u (which the selection did not mark unused here).
        #expect(Self.error(module) { f, s in
            s.foldedInto[index("u", f)] = -1
            s.foldedInto[index("l", f)] = Int32(index("u", f))
        } == "f: %2 (fadd) reads %0, which is folded into %1")
    }

    @Test("a folded value is computed as part of the root of its chain of folds only")
    func computedAsPartOf() throws {
        // The selection folds %i into %j (an add reading memory), and %p into every user (a
        // load and a store); %j stays out of the address since 7946bcb.
        let module = try IRParser.parse(FoldedAddressTests.function("m64", bits: 64, multiUse: true), file: "m64.ll")
        _ = try AllocationChecker.check(module, mutateSelection: { f, s in
            func index(_ name: String) -> Int { f.instructions.indices.first { f.instructions[$0].name == name }! }
            let (i, j, p, a) = (index("i"), index("j"), index("p"), index("a"))
            #expect(s.foldedInto[i] == Int32(j) && s.foldedInto[j] == -1 && s.foldedInto[p] == Selection.intoEveryUser)
            #expect(s.isComputed(i, partOf: j))
            #expect(!s.isComputed(i, partOf: a))
            #expect(s.isComputed(p, partOf: a), "an address folded into every user is part of each")
            #expect(s.isComputed(j, partOf: j) && !s.isComputed(j, partOf: a), "not folded: its own root")
            // %j folded into the address as well: %i then becomes part of each of its users.
            s.foldedInto[j] = Int32(p)
            #expect(s.isComputed(i, partOf: a))
            // A cycle is no chain.
            s.foldedInto[j] = Int32(i)
            #expect(!s.isComputed(i, partOf: j))
            s.foldedInto[j] = -1
        })
    }

    @Test("the selection of an index add over a folded load made before 7946bcb is caught")
    func indexAddOverFoldedLoad() throws {
        // `%j = add %i, 1` reads the load %i from memory; folding %j into the address %p, which
        // every load and store using it computes again, re-reads %i after the store to it.
        let module = try IRParser.parse(FoldedAddressTests.function("m64", bits: 64, multiUse: true), file: "m64.ll")
        var folded = false
        #expect(try AllocationChecker.check(module, mutateSelection: { f, s in
            let i = f.instructions.indices.first { f.instructions[$0].name == "i" }!
            let p = f.instructions.indices.first { f.instructions[$0].name == "p" }!
            folded = s.foldedInto[i] >= 0 && s.foldedInto[p] == Selection.intoEveryUser
        }) == 1)
        #expect(folded, "the shape no longer arises: the test needs a new one")
        let message = Self.error(module) { f, s in
            let j = f.instructions.indices.first { f.instructions[$0].name == "j" }!
            s.foldedInto[j] = Selection.intoEveryUser
        }
        #expect(message?.hasSuffix("past a store or call") == true, "\(message ?? "no error")")
    }

    /// The checker's message for `module` with its selection changed by `plant`, nil if it passes.
    static func error(_ module: Module, plant: (Function, inout Selection) -> Void) -> String? {
        do {
            _ = try AllocationChecker.check(module, mutateSelection: plant)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
