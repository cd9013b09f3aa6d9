import CorpusSupport
import Foundation
import Testing
@testable import IR

/// The parser's tests: the C corpus, error reports, individual constructs and fuzzing.
@Suite("IR parser")
struct ParserTests {}

/// The `.ll` files of the C corpus (`Tests/Corpus/*.ll`, clang 21 at -O0/-O1/-O2).
enum ParserCorpus {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus")

    /// File names, sorted, so each is one test argument.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".ll") }.sorted()
    }()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }
}

extension ParserTests {
    @Suite("IR parser: corpus")
    struct Corpus {
        @Test("the corpus is present")
        func corpusPresent() {
            #expect(ParserCorpus.files.count >= 100,
                    "expected the C corpus .ll files in \(ParserCorpus.directory.path)")
        }

        @Test("parse, print, parse, print is stable", arguments: ParserCorpus.files)
        func roundTrip(_ name: String) throws {
            let text = try ParserCorpus.text(name)
            let module: Module
            do {
                module = try IRParser.parse(text, file: name)
            } catch {
                Issue.record("\(error)")
                return
            }
            let printed = module.text
            let reprinted = try IRParser.parse(printed, file: name + " (printed)").text
            #expect(reprinted == printed)
        }

        @Test("llvm-as-19 accepts the printed module", arguments: ParserCorpus.files)
        func llvmAccepts(_ name: String) throws {
            let text = try ParserCorpus.text(name)
            guard let module = try? IRParser.parse(text, file: name) else { return }
            let diagnostics = try LLVMAssembler.check(module.text)
            #expect(diagnostics == nil, "\(diagnostics ?? "")")
        }

        @Test("the largest corpus file parses in milliseconds")
        func speed() throws {
            let sizes = try ParserCorpus.files.map { ($0, try ParserCorpus.text($0)) }
            guard let (name, text) = sizes.max(by: { $0.1.utf8.count < $1.1.utf8.count }) else { return }
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = try? IRParser.parse(text, file: name) }
            // Generous: debug builds on a loaded CI machine; release parses this in about a millisecond.
            #expect(elapsed < .milliseconds(500), "\(name) took \(elapsed)")
        }
    }
}

// MARK: - Errors

extension ParserTests {
    @Suite("IR parser: errors")
    struct Error {
        /// Input, then the expected `line:column: message` (message may be a prefix).
        static let cases: [(String, String)] = [
            ("define void @f() {\n  foo i32 1\n}", "2:3: unknown instruction 'foo'"),
            ("define <vscale x 4 x i32> @f()", "1:9: scalable vector types are not supported"),
            ("declare <2 x i24> @f()", "1:14: vector element type 'i24' is not supported"),
            ("declare <0 x float> @f()", "1:10: vector type must have at least one element"),
            ("declare <2 x [2 x i8]> @f()", "1:14: vector element type '[2 x i8]' is not supported"),
            ("@v = global <2 x float> <float 1.0>", "1:35: vector constant has 1 elements but its type"),
            ("@v = global <2 x i32> splat (i64 1)", "1:30: expected a value of type 'i32', found type 'i64'"),
            ("@v = global i32 splat (i32 1)", "1:17: 'splat' must have a vector type, not 'i32'"),
            ("define float @f(<2 x float> %v) {\n  %1 = extractelement <2 x float> %v, float 0.0\n  ret float %1\n}",
             "2:39: 'extractelement' index must be an integer, not 'float'"),
            ("define float @f(float %v) {\n  %1 = extractelement float %v, i32 0\n  ret float %1\n}",
             "2:23: 'extractelement' needs a vector operand, not 'float'"),
            ("define <2 x float> @f(<2 x float> %v) {\n  %1 = insertelement <2 x float> %v, double 0.0, i32 0\n"
                + "  ret <2 x float> %1\n}",
             "2:38: expected a value of type 'float', found type 'double'"),
            ("define <2 x float> @f(<2 x float> %v) {\n"
                + "  %1 = shufflevector <2 x float> %v, <2 x float> poison, <2 x i32> <i32 4, i32 0>\n"
                + "  ret <2 x float> %1\n}",
             "2:58: shufflevector mask element 0 is 4, out of range for two vectors of 2 elements"),
            ("define <2 x float> @f(<2 x float> %v, <2 x i32> %m) {\n"
                + "  %1 = shufflevector <2 x float> %v, <2 x float> poison, <2 x i32> %m\n"
                + "  ret <2 x float> %1\n}",
             "2:68: expected a constant of type '<2 x i32>'"),
            ("define <2 x i32> @f(<2 x i32> %v) {\n  %1 = fadd <2 x i32> %v, %v\n  ret <2 x i32> %1\n}",
             "2:13: 'fadd' needs floating-point operands, not '<2 x i32>'"),
            ("define <2 x i1> @f(<2 x float> %v, <4 x i32> %w) {\n  %1 = select <2 x i1> <i1 true, i1 false>, <4 x i32> %w, <4 x i32> %w\n  ret <2 x i1> %1\n}",
             "2:45: select condition '<2 x i1>' needs operands of 2 elements, not '<4 x i32>'"),
            ("define i32 @f(<2 x float> %v) {\n  %1 = bitcast <2 x float> %v to i32\n  ret i32 %1\n}",
             "2:16: invalid cast 'bitcast' from '<2 x float>' to 'i32'"),
            ("define i64 @f(<1 x ptr> %v) {\n  %1 = bitcast <1 x ptr> %v to i64\n  ret i64 %1\n}",
             "2:16: invalid cast 'bitcast' from '<1 x ptr>' to 'i64'"),
            ("define <2 x i32> @f(<2 x float> %v) {\n  %1 = zext <2 x float> %v to <2 x i32>\n  ret <2 x i32> %1\n}",
             "2:13: invalid cast 'zext' from '<2 x float>' to '<2 x i32>'"),
            ("declare x86_fp80 @f()", "1:9: floating-point type 'x86_fp80' is not supported"),
            ("declare i128 @f()", "1:9: integer types wider than 64 bits ('i128') are not supported"),
            ("declare i8* @f()", "1:11: typed pointers ('i8*') are not supported; use 'ptr'"),
            ("@g = global ptr addrspace(1) null", "1:17: address space 1 is not supported"),
            ("@g = thread_local global i32 0", "1:6: thread-local globals are not supported"),
            ("@a = alias i32, ptr @b", "1:6: global aliases are not supported"),
            ("define void @f() {\n  call void asm \"nop\", \"\"()\n  ret void\n}",
             "2:13: inline assembly is not supported"),
            ("define void @f() {\n  invoke void @f() to label %a unwind label %b\n}",
             "2:3: instruction 'invoke' is not supported (exception handling)"),
            ("define void @f(ptr %p) {\n  %1 = atomicrmw add ptr %p, i32 1 seq_cst\n  ret void\n}",
             "2:8: instruction 'atomicrmw' is not supported (atomics)"),
            ("define void @f(ptr %p) {\n  %1 = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst\n  ret void\n}",
             "2:8: instruction 'cmpxchg' is not supported (atomics)"),
            ("define i32 @f(ptr %p) {\n  %1 = load atomic i32, ptr %p seq_cst, align 4\n  ret i32 %1\n}",
             "2:13: atomic loads are not supported"),
            ("define i32 @f(ptr %ap) {\n  %1 = va_arg ptr %ap, i32\n  ret i32 %1\n}",
             "2:8: instruction 'va_arg' is not supported (the va_arg instruction "
                 + "(clang lowers va_arg itself on x86-64))"),
            ("define void @f(ptr %p) {\n  indirectbr ptr %p, []\n}", "2:3: instruction 'indirectbr' is not supported"),
            ("@p = global ptr blockaddress(@f, %bb)", "1:17: 'blockaddress' constants are not supported"),
            ("define i32 @f() {\n  ret i32 %x\n}", "2:11: use of undefined value '%x'"),
            ("@g = global ptr @h", "1:17: use of undefined value '@h'"),
            ("define i32 @f() {\n  %2 = add i32 1, 2\n  ret i32 %2\n}",
             "2:3: '%2' is numbered out of sequence, expected '%1'"),
            ("define i32 @f(i32 %0, i32 %2) {\n  ret i32 %0\n}",
             "1:27: '%2' is numbered out of sequence, expected '%1'"),
            ("define i64 @f() {\n  %1 = add i32 1, 2\n  %2 = add i64 %1, 1\n  ret i64 %2\n}",
             "3:16: expected a value of type 'i64', found type 'i32'"),
            ("define i64 @f() {\n  br label %b\nb:\n  %x = phi i64 [ %y, %b ]\n  %y = add i32 1, 2\n  br label %b\n}",
             "4:18: '%y' defined with type 'i32' but expected 'i64'"),
            ("define void @f() {\n  %x = add i32 1, 2\n  %x = add i32 1, 2\n  ret void\n}",
             "3:3: redefinition of '%x'"),
            ("define void @f() {\n  %1 = add i32 1, 2\n}", "3:1: the block does not end with a terminator instruction"),
            ("define void @f() {\n}", "2:1: function body requires at least one basic block"),
            ("@s = constant [2 x i8] c\"a", "1:24: expected a constant of type '[2 x i8]', found unterminated string"),
            ("@s = constant [3 x i8] c\"ab\"", "1:24: string has 2 bytes but its type '[3 x i8]' has 3"),
            ("@s = constant [2 x i8] c\"\\4\"", "1:26: invalid escape in string"),
            ("@f = global float 0.1", "1:19: floating-point constant is not exactly representable as float"),
            ("@g = global %struct.X zeroinitializer", "1:13: use of undefined type '%struct.X'"),
            ("define i32 @f() {\n  ret i64 0\n}",
             "2:7: returned type 'i64' does not match the function result type 'i32'"),
            ("%S = type { i32 }\n@p = global ptr getelementptr (%S, ptr null, i64 0, i32 1)",
             "2:53: invalid struct field index into '%S'"),
            ("@g = global i32 0\n@g = global i32 1", "2:1: redefinition of '@g'"),
            ("declare void @llvm.dbg.value(metadata, metadata, metadata)",
             "1:30: metadata parameters are not supported"),
            ("declare void @g(...)\ndefine void @f() {\n  call void (...) @g(metadata !1)\n  ret void\n}",
             "3:22: metadata arguments are not supported"),
            ("define void @f() {\n  call void (i32) @f(i32 1, i32 2)\n  ret void\n}",
             "2:8: call passes 2 arguments to a function of type 'void (i32)'"),
            ("declare void @f() bogus", "1:19: unknown function attribute 'bogus'"),
            ("define void @f() personality ptr @g {\n  ret void\n}",
             "1:18: personality functions (exception handling) are not supported"),
            ("define void @f() {\nb:\n  %0 = add i32 1, 2\n  br label %0\n}", "4:12: '%0' is not a basic block"),
            ("@g = global i64 18446744073709551616", "1:17: integer constant does not fit in 64 bits"),
            ("@g = global i32 1.5", "1:17: floating-point constant must have type float or double, not 'i32'"),
            ("define void @f() {\n  br label %nowhere\n}", "2:12: use of undefined value '%nowhere'"),
            ("define void @f(i32 %x) {\n  %1 = fadd i32 %x, %x\n  ret void\n}",
             "2:13: 'fadd' needs floating-point operands, not 'i32'"),
            ("define void @f(i32 %x) {\n  %1 = zext i32 %x to i8\n  ret void\n}",
             "2:13: invalid cast 'zext' from 'i32' to 'i8'"),
            ("define void @f() {\n  ret void\n", "3:1: expected an instruction, found end of file"),
            ("define void @f(i32 inreg %x) {\n  ret void\n}", "1:20: parameter attribute 'inreg' is not supported"),
            ("define x86_stdcallcc void @f() {\n  ret void\n}",
             "1:8: calling convention 'x86_stdcallcc' is not supported"),
            ("define void @f() {\n  %1 = add i32 1, 2 ; fine\n  %2 = icmp foo i32 %1, 0\n  ret void\n}",
             "3:13: unknown icmp predicate 'foo'"),
            ("define void @f(i32 %x) {\n  switch i32 %x, label %a [\n    i32 1, label %a\n    i32 1, label %a\n  ]\n"
                + "a:\n  ret void\n}",
             "4:9: duplicate switch case value"),
            ("@g = global [2 x i32] [i32 1]", "1:29: array constant has 1 elements but its type '[2 x i32]' has 2"),
            ("define void @f() {\n  call void @f() [ \"deopt\"() ]\n  ret void\n}",
             "2:18: operand bundles are not supported"),
            ("source_filename = \"x\"\n  ^", "2:3: expected a top-level entity, found invalid character '^'"),
        ]

        @Test("malformed and unsupported input is reported at its line and column",
              arguments: cases.indices)
        func reports(_ index: Int) {
            let (input, expected) = Self.cases[index]
            do {
                let module = try IRParser.parse(input, file: "t.ll")
                Issue.record("parsed, expected \(expected):\n\(module.text)")
            } catch {
                let got = "\(error.location.line):\(error.location.column): \(error.message)"
                #expect(got.hasPrefix(expected), "input:\n\(input)")
            }
        }

        @Test("an error prints as file:line:col: error:, the line and a caret")
        func description() {
            do {
                _ = try IRParser.parse("define i32 @f() {\n  ret i32 %x\n}", file: "a.ll")
                Issue.record("parsed")
            } catch {
                #expect(error.description == "a.ll:2:11: error: use of undefined value '%x'\n  ret i32 %x\n          ^")
                #expect(error.kind == .name)
            }
        }
    }
}

// MARK: - Constructs

extension ParserTests {
    @Suite("IR parser: constructs")
    struct Construct {
        /// Parses, checks that printing and reparsing is stable, and returns the module.
        func roundTrip(_ text: String) throws -> Module {
            let module = try IRParser.parse(text)
            let printed = module.text
            #expect(try IRParser.parse(printed).text == printed)
            return module
        }

        @Test("globals, struct types and constants")
        func globals() throws {
            let m = try roundTrip("""
                %struct.S = type { i32, double }
                %struct.P = type <{ i8, i32 }>
                %struct.O = type opaque
                @"\\01foo" = global i32 -7, align 4
                @s = private unnamed_addr constant [3 x i8] c"a\\0A\\00", align 1
                @t = internal global %struct.S { i32 1, double 1.500000e+00 }, align 8
                @p = global %struct.P <{ i8 1, i32 2 }>
                @f = dso_local global float 0x3FB99999A0000000
                @d = global double 0x3FF0000000000000
                @z = global [4 x i32] zeroinitializer
                @q = global ptr getelementptr inbounds ([3 x i8], ptr @s, i64 0, i64 1)
                @fp = global ptr @later
                @i = global i64 ptrtoint (ptr @s to i64)
                @e = external global i32
                @c = common global i32 0, align 4
                @b = global i1 true
                declare void @later()
                """)
            #expect(m.structNames == ["struct.S", "struct.P", "struct.O"])
            #expect(m.structs["struct.P"]?.isPacked == true && m.structs["struct.O"]?.fields == nil)
            #expect(m.globals.map(\.name).first == "\u{1}foo")
            func initializer(_ name: String) -> Constant? {
                m.globals.first { $0.name == name }?.initializer.map { m.constants[$0.index] }
            }
            #expect(initializer("\u{1}foo") == .int(.i32, bits: UInt64(UInt32(bitPattern: -7))))
            #expect(initializer("s") == .bytes([0x61, 0x0A, 0]))
            #expect(initializer("f") == .float(.float, bits: UInt64(Float(0.1).bitPattern)))
            #expect(initializer("d") == .float(.double, bits: 1.0.bitPattern))
            #expect(initializer("b") == .int(.i1, bits: 1))
            #expect(m.globals.first { $0.name == "fp" }?.initializer == m.symbol(named: "later"))
            #expect(m.globals.first { $0.name == "e" }?.initializer == nil)
            #expect(m.globals.first { $0.name == "c" }?.linkage == .common)
        }

        @Test("numbered and named values, forward references, implicit blocks")
        func numbering() throws {
            let m = try roundTrip("""
                define i32 @f(i32 %0, i32 noundef %n) {
                  br label %2

                2:
                  %3 = phi i32 [ 0, %1 ], [ %next, %"loop body" ]
                  %4 = icmp slt i32 %3, %n
                  br i1 %4, label %"loop body", label %done

                "loop body":
                  %next = add nsw i32 %3, 1
                  br label %2

                done:
                  ret i32 %3
                  %6 = add i32 1, 2
                  ret i32 %6
                }
                """.replacingOccurrences(of: "[ 0, %1 ]", with: "[ 0, %1 ]"))
            let f = m.functions[0]
            #expect(f.parameterNames == [nil, "n"])
            #expect(f.blocks.map(\.name) == [nil, nil, "loop body", "done", nil])
            #expect(f.parameterAttributes[1].noUndef)
            let phi = f.instructions[f.blocks[1].instructions[0].index]
            #expect(phi.opcode == .phi && phi.operands[1] == .block(Block(0)) && phi.operands[3] == .block(Block(2)))
        }

        @Test("calls: explicit function types, ABI attributes, tail kinds, intrinsics")
        func calls() throws {
            let m = try roundTrip("""
                %struct.B = type { [4 x i64] }
                declare i32 @printf(ptr noundef, ...)
                declare signext i8 @g(i8 zeroext, ptr byval(%struct.B) align 8)
                declare void @h(ptr sret(%struct.B) align 8)
                declare i32 @llvm.abs.i32(i32, i1 immarg)
                define void @f(ptr %p, ptr %fp) {
                  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) %p, i32 1) #3
                  %2 = call signext i8 @g(i8 zeroext 1, ptr byval(%struct.B) align 8 %p)
                  call void @h(ptr dead_on_unwind writable sret(%struct.B) align 8 %p)
                  %3 = notail call fastcc i32 %fp(i32 range(i32 0, 10) 4)
                  %4 = call i32 @llvm.abs.i32(i32 %3, i1 true)
                  ret void
                }
                """)
            let f = m.functions[4]
            let printf = f.instructions[0], g = f.instructions[1], h = f.instructions[2], indirect = f.instructions[3]
            #expect(printf.flags == .tail)
            #expect(printf.auxiliaryType == .function(FunctionType(.i32, [.ptr], variadic: true)))
            #expect(printf.argumentAttributes.count == 2 && printf.argumentAttributes[0].noUndef)
            #expect(g.resultAttributes.signExtend && g.argumentAttributes[0].zeroExtend)
            #expect(g.argumentAttributes[1].byValue == .named("struct.B") && g.argumentAttributes[1].alignment == 8)
            #expect(h.argumentAttributes[0].structReturn == .named("struct.B"))
            #expect(h.argumentAttributes[0].alignment == nil)
            #expect(indirect.flags == .noTail && indirect.operands[0] == .argument(1))
            #expect(m.functions[1].parameterAttributes[1].byValue == .named("struct.B"))
            #expect(m.functions[1].resultAttributes.signExtend)
        }

        @Test("a direct call to a variadic function without its type takes the declared type")
        func implicitVariadicCall() throws {
            let m = try roundTrip("""
                define void @f(ptr %p) {
                  %1 = call i32 @printf(ptr %p, i32 1)
                  ret void
                }
                declare i32 @printf(ptr, ...)
                """)
            let variadic = FunctionType(.i32, [.ptr], variadic: true)
            #expect(m.functions[0].instructions[0].auxiliaryType == .function(variadic))
        }

        @Test("flags, switch, aggregates, casts and metadata attachments")
        func instructions() throws {
            let m = try roundTrip("""
                define { i32, i32 } @f(i32 %x, double %d, ptr %p) {
                entry:
                  %a = add nuw nsw i32 %x, 1
                  %b = lshr exact i32 %a, 1
                  %c = or disjoint i32 %b, 4
                  %e = zext nneg i32 %c to i64
                  %t = trunc nuw nsw i64 %e to i16
                  %u = uitofp nneg i32 %c to double
                  %q = icmp samesign ult i32 %x, 10
                  %fc = fcmp fast uno double %d, %u
                  %fm = fmul nnan ninf nsz arcp contract afn reassoc double %d, %d
                  %ng = fneg double %fm
                  %v = load volatile i32, ptr %p, align 4, !tbaa !3
                  store volatile i32 %v, ptr %p, align 4, !tbaa !3, !nontemporal !4
                  %g = getelementptr inbounds nuw { i32, [2 x i8] }, ptr %p, i64 0, i32 1, i64 %e
                  %s = alloca i8, i64 %e, align 16
                  %fr = freeze i32 %x
                  %sel = select i1 %q, i32 %x, i32 %fr
                  %agg = insertvalue { i32, i32 } undef, i32 %sel, 0
                  %one = extractvalue { i32, i32 } %agg, 0
                  switch i32 %one, label %other [
                    i32 0, label %zero
                    i32 -1, label %other
                  ]
                zero:
                  ret { i32, i32 } %agg
                other:
                  unreachable
                }
                !3 = !{!"int", !5, i64 0}
                !4 = !{i32 1}
                """)
            let f = m.functions[0]
            func inst(_ name: String) -> InstructionData? { f.instructions.first { $0.name == name } }
            #expect(inst("a")?.flags == [.nuw, .nsw])
            #expect(inst("b")?.flags == .exact && inst("c")?.flags == .disjoint && inst("e")?.flags == .nneg)
            #expect(inst("t")?.flags == [.nuw, .nsw] && inst("u")?.flags == .nneg && inst("q")?.flags == .sameSign)
            #expect(inst("q")?.predicate == IntPredicate.ult.rawValue)
            #expect(inst("fc")?.predicate == FloatPredicate.uno.rawValue)
            #expect(inst("v")?.flags == .volatile && inst("v")?.alignment == 4)
            #expect(inst("g")?.flags == [.inbounds, .nuw] && inst("g")?.operands.count == 4)
            #expect(inst("s")?.auxiliaryType == .i8 && inst("s")?.operands.count == 1 && inst("s")?.alignment == 16)
            #expect(inst("one")?.indices == [0] && inst("one")?.type == .i32)
            let sw = f.instructions[f.blocks[0].instructions.last!.index]
            #expect(sw.opcode == .switch && sw.operands.count == 6)
        }

        @Test("header lines, attribute groups, comdats and metadata are read")
        func moduleLevel() throws {
            let m = try roundTrip("""
                ; ModuleID = 'x.c'
                source_filename = "x.c"
                target datalayout = "e-m:e-i64:64"
                target triple = "x86_64-unknown-linux-gnu"
                $f = comdat any
                define linkonce_odr dso_local i32 @f() local_unnamed_addr #0 comdat align 16 !dbg !7 {
                  ret i32 0
                }
                attributes #0 = { nounwind uwtable "frame-pointer"="all" memory(argmem: readwrite) }
                !llvm.module.flags = !{!0}
                !llvm.ident = !{!1}
                !0 = !{i32 1, !"wchar_size", i32 4}
                !1 = distinct !{!"clang version 21"}
                !7 = !DISubprogram(name: "f")
                """)
            #expect(m.sourceFilename == "x.c" && m.dataLayout == "e-m:e-i64:64")
            #expect(m.targetTriple == "x86_64-unknown-linux-gnu")
            #expect(m.functions[0].linkage == .linkonceODR && m.functions[0].isDSOLocal)
        }
    }
}

// MARK: - Lexer

extension ParserTests {
    @Suite("IR parser: lexer")
    struct Lexing {
        @Test("every keyword is found by its spelling, and nothing else is")
        func keywords() {
            for k in Keyword.allCases where k != .none {
                #expect(KeywordTable.shared.keyword(Array(k.rawValue.utf8)) == k, "\(k.rawValue)")
            }
            for word in ["", "i32", "adds", "ad", "llvm.memcpy", "ptr2", "Add", "x86_fp8", String(repeating: "a", count: 60),
                         "disable_sanitizer_instrumentatioN", "inaccessiblemem_or_argmemonl", "dereferenceable_or_nulls"] {
                #expect(KeywordTable.shared.keyword(Array(word.utf8)) == .none, "\(word)")
            }
        }

        @Test("opcodes and predicates are the keywords of their spellings")
        func spellings() {
            for op in Opcode.allCases { #expect(Keyword(rawValue: op.description)?.opcode == op, "\(op)") }
            for p in IntPredicate.allCases { #expect(Keyword(rawValue: p.description)?.intPredicate == p, "\(p)") }
            for p in FloatPredicate.allCases { #expect(Keyword(rawValue: p.description)?.floatPredicate == p, "\(p)") }
            let opcodes = Keyword.allCases.filter { $0.opcode != nil }.count
            #expect(opcodes == Opcode.allCases.count)
        }

        @Test("a run of name characters is a label before `:` (also across `-`), a word otherwise, which stops at `-`")
        func wordsAndLabels() {
            let text = "entry: for.body-1: a-b cc c\"x\" c: $v.2 add nsw x-"
            let tokens = Lexer.tokens(of: Array(text.utf8))
            let bytes = Array(text.utf8)
            let spelled = tokens.dropLast().map { t in
                "\(t.kind):" + String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self)
            }
            #expect(spelled == [
                "label:entry:", "label:for.body-1:", "word:a", "invalid:-", "word:b", "word:cc", "cString:c\"x\"",
                "label:c:", "comdatName:$v.2", "word:add", "word:nsw", "word:x", "invalid:-",
            ])
            #expect(tokens.filter { $0.kind == .word }.map(\.keyword) == [.none, .none, .cc, .add, .nsw, .x])
        }

        @Test("the lexer's line table gives each token's line; positions are line and column")
        func positions() throws {
            let text = """
                ; comment
                @s = constant [0 x i8] c""
                @t = constant [2 x i8] c"a\\0A"

                define i32 @f(i32 %x) {
                entry:
                  %y = add i32 %x, 1
                    %z = mul i32 %y, 2
                  ret i32 %z
                }
                """
            let lexed = Lexer.lex(Array(text.utf8))
            let tokens = lexed.tokens
            // Line 1 is the comment; the string on line 3 holds no newline, but `\0A` is text.
            #expect(lexed.lineStarts.count == 10)
            #expect(tokens.first.map { lexed.line(of: $0.start) } == 2 && tokens.last?.kind == .eof)
            #expect(tokens.filter { $0.kind == .cString }.map { lexed.line(of: $0.start) } == [2, 3])
            #expect(MemoryLayout<Token>.stride == 12)
            let m = try IRParser.parse(text)
            #expect(m.constants.contains { if case .bytes(let b) = $0 { b.isEmpty } else { false } })
            let f = m.functions[0]
            #expect(f.instructions.map { $0.position.map { "\($0.line):\($0.column)" } ?? "-" } == ["7:3", "8:5", "9:3"])
            #expect(f.instructions[0].opcode == .add && f.instructions[1].opcode == .mul)
        }

        @Test("the name table finds every inserted name by its bytes, and nothing else")
        func nameTable() {
            // 1,000 names (the table grows from 16 slots), each also present as a prefix of a
            // longer one, and lookups of names that differ in one byte or in length.
            var text: [UInt8] = []
            var spans: [(Int, Int)] = []
            for i in 0..<1000 {
                let name = Array("g\(i).x".utf8)
                spans.append((text.count, name.count))
                text += name + [0x20]
            }
            var table = NameTable()
            for (k, (start, length)) in spans.enumerated() { table.insert(text, start: start, length: length, value: Value(.global, k)) }
            for (k, (start, length)) in spans.enumerated() {
                #expect(table.find(text, start: start, length: length) == Value(.global, k))
                #expect(table.find(text, start: start, length: length - 1) == nil)  // "g7." and the like
                #expect(table.find(text, start: start, length: length + 1) == nil)  // with the space
            }
            let other = Array("g1000.x g12.y".utf8)
            #expect(table.find(other, start: 0, length: 7) == nil && table.find(other, start: 8, length: 5) == nil)
        }

        @Test("decimal float constants read without a String give Double(_:)'s value, bit for bit")
        func exactDecimals() {
            var rng = SplitMix64(state: 0x5EED_F10A7)
            var fast = 0
            func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) }) }
            var samples = ["0.000000e+00", "-0.000000e+00", "1.000000e-02", "-5.000000e-01", "1.5", "2.", "7.0e308",
                           "1.000000e+22", "1.000000e+23", "9007199254740993.0", "9007199254740992.0", "123456789012345678901.0",
                           "4.940656e-324", "1.797693e+308", "0.1e-400", "00000000000000000000001.5", "1.0e+", "3.25E2"]
            for _ in 0..<20_000 {
                // LLVM's form (d.dddddde±dd) and free forms: leading zeros, long fractions, wide exponents.
                let sign = ["", "-", "+"][Int.random(in: 0...2, using: &rng)]
                let whole = digits(Int.random(in: 1...(Bool.random(using: &rng) ? 1 : 12), using: &rng))
                let fraction = digits(Int.random(in: 0...(Bool.random(using: &rng) ? 6 : 20), using: &rng))
                let exponent = Bool.random(using: &rng) ? "" : "e" + ["", "-", "+"][Int.random(in: 0...2, using: &rng)]
                    + String(Int.random(in: 0...(Bool.random(using: &rng) ? 30 : 330), using: &rng))
                samples.append(sign + whole + "." + fraction + exponent)
            }
            for text in samples {
                let bytes = Array(text.utf8)
                guard let value = ModuleParser.exactDecimal(bytes[...]) else { continue }
                fast += 1
                let expected = Double(text)
                #expect(expected?.bitPattern == value.bitPattern, "\(text): \(value) against \(String(describing: expected))")
            }
            // Most of them take the fast path; the others fall back to Double(_:).
            #expect(fast > samples.count / 3)
            #expect(ModuleParser.exactDecimal(Array("1.000000e-02".utf8)[...]) == 0.01)
            #expect(ModuleParser.exactDecimal(Array("123456789012345678901.0".utf8)[...]) == nil)
            #expect(ModuleParser.exactDecimal(Array("1.0e+24".utf8)[...]) == nil)  // 10 * 10^23: no exact power
        }
    }
}

// MARK: - Fuzzing

/// A small seeded generator (SplitMix64), so every run mutates the same way.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension ParserTests {
    @Suite("IR parser: fuzzing")
    struct Fuzz {
        static let fragments: [[UInt8]] = [
            "%", "@", "!", "#", "$", "\"", "c\"", "\\", "(", ")", "[", "]", "{", "}", "<", ">", "*", ",", "=", ":",
            "...", "0", "-1", "99999999999999999999", "0x", "0xK", "1.5e", "i32", "i64", "i1", "ptr", "void", "label",
            "x", "to", "add", "call", "phi", "br", "ret", "switch", "getelementptr", "alloca", "load", "store",
            "define", "declare", "global", "constant", "type", "opaque", "%0", "%1", "%x", "@f", "!0", "#0",
            "undef", "zeroinitializer", "null", "true", "\n", " ", ";", "entry:", "1:", "<{", "}>", "[2 x i8]",
        ].map { Array($0.utf8) }

        /// One random edit of `bytes`: delete, duplicate, replace or insert a span, or truncate.
        static func mutate(_ bytes: inout [UInt8], _ rng: inout SplitMix64) {
            guard !bytes.isEmpty else { return }
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            let length = min(Int.random(in: 1...24, using: &rng), bytes.count - at)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: bytes.removeSubrange(at..<at + length)
            case 1: bytes.insert(contentsOf: bytes[at..<at + length], at: Int.random(in: 0...bytes.count, using: &rng))
            case 2: bytes[at] = UInt8.random(in: 0x20...0x7E, using: &rng)
            case 3: bytes.insert(contentsOf: fragments.randomElement(using: &rng)!, at: at)
            case 4: bytes.replaceSubrange(at..<at + length, with: fragments.randomElement(using: &rng)!)
            default: bytes.removeSubrange(at...)
            }
        }

        @Test("mutated corpus files parse or fail with an error, never trap")
        func mutations() throws {
            // Smaller files keep the test fast in debug builds; every file still contributes seeds.
            let texts = try ParserCorpus.files.map { Array(try ParserCorpus.text($0).utf8) }
                .sorted { $0.count < $1.count }
            let sample = texts.prefix(max(1, texts.count * 2 / 3))
            try #require(!sample.isEmpty)
            var rng = SplitMix64(state: 0x5EED)
            var parsed = 0, rejected = 0
            for round in 0..<2000 {
                var bytes = sample[round % sample.count]
                for _ in 0..<Int.random(in: 1...3, using: &rng) { Self.mutate(&bytes, &rng) }
                do {
                    let module = try IRParser.parse(bytes: bytes, file: "fuzz")
                    let printed = module.text
                    // What the parser accepts, the printer must print in a form the parser accepts.
                    do { _ = try IRParser.parse(printed, file: "fuzz (printed)") } catch {
                        Issue.record("round \(round): printed text does not parse: \(error)")
                    }
                    parsed += 1
                } catch {
                    #expect(error.location.line >= 1 && error.location.column >= 1)
                    rejected += 1
                }
            }
            #expect(parsed + rejected == 2000)
            #expect(parsed > 100, "too few mutations parse (\(parsed)) for the test to exercise the printer")
        }
    }
}
