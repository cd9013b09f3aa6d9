import CorpusSupport
import Testing
@testable import IR

/// The small vectors of clang's x86-64 C ABI (`<2 x float>` for `struct { float a, b; }`): types,
/// constants, `extractelement`, `insertelement`, `shufflevector`, layout and verification.
@Suite("IR vectors")
struct VectorTests {
    static let v2f = IRType.vector(count: 2, element: .float)

    /// Text using every vector form the model accepts.
    static let text = """
        @v = global <2 x float> <float 1.250000e+00, float 2.500000e+00>, align 8
        @s = global { <2 x float>, float } { <2 x float> <float 1.000000e+00, float poison>, float 3.000000e+00 }
        @z = global <4 x i32> zeroinitializer

        define <2 x float> @swap(<2 x float> %v) {
          %s = shufflevector <2 x float> %v, <2 x float> poison, <2 x i32> <i32 1, i32 0>
          ret <2 x float> %s
        }

        define { <2 x float>, float } @scale(<2 x float> %v, float %k, i32 %i) {
          %a = extractelement <2 x float> %v, i64 0
          %b = extractelement <2 x float> %v, i32 %i
          %x = insertelement <2 x float> poison, float %a, i64 0
          %y = insertelement <2 x float> %x, float %b, i32 %i
          %w = shufflevector <2 x float> %x, <2 x float> %y, <4 x i32> <i32 3, i32 poison, i32 0, i32 2>
          %p = alloca { <2 x float>, float }, align 8
          store <2 x float> %y, ptr %p, align 8
          %l = load <2 x float>, ptr %p, align 8
          %c = call <2 x float> @swap(<2 x float> %l)
          %f = freeze <2 x float> %c
          %r = insertvalue { <2 x float>, float } poison, <2 x float> %f, 0
          %e = extractvalue { <2 x float>, float } %r, 0
          %q = select i1 true, <2 x float> %e, <2 x float> <float 0.000000e+00, float 1.000000e+00>
          %t = insertvalue { <2 x float>, float } %r, float %k, 1
          ret { <2 x float>, float } %t
        }

        define <2 x ptr> @pointers(ptr %p, i1 %c) {
        entry:
          br i1 %c, label %a, label %b

        a:
          br label %b

        b:
          %v = phi <2 x ptr> [ <ptr null, ptr @v>, %entry ], [ zeroinitializer, %a ]
          %w = insertelement <2 x ptr> %v, ptr %p, i64 1
          ret <2 x ptr> %w
        }
        """

    @Test("vector types, constants and the three instructions parse, verify, print and round-trip")
    func roundTrip() throws {
        let module = try IRParser.parse(Self.text, file: "vectors.ll")
        try module.verify()
        let printed = module.text
        #expect(try IRParser.parse(printed).text == printed)
        for line in [
            "@v = global <2 x float> <float 0x3FF4000000000000, float 0x4004000000000000>, align 8",
            "@s = global { <2 x float>, float } { <2 x float> <float 0x3FF0000000000000, float poison>, "
                + "float 0x4008000000000000 }",
            "@z = global <4 x i32> zeroinitializer",
            "define <2 x float> @swap(<2 x float> %v) {",
            "  %s = shufflevector <2 x float> %v, <2 x float> poison, <2 x i32> <i32 1, i32 0>",
            "  %b = extractelement <2 x float> %v, i32 %i",
            "  %y = insertelement <2 x float> %x, float %b, i32 %i",
            "  %w = shufflevector <2 x float> %x, <2 x float> %y, <4 x i32> <i32 3, i32 poison, i32 0, i32 2>",
            "  %l = load <2 x float>, ptr %p, align 8",
            "  %c = call <2 x float> @swap(<2 x float> %l)",
            "  %q = select i1 true, <2 x float> %e, <2 x float> <float 0x0000000000000000, float 0x3FF0000000000000>",
            "  %v = phi <2 x ptr> [ <ptr null, ptr @v>, %entry ], [ zeroinitializer, %a ]",
        ] {
            #expect(printed.contains(line + "\n"), "missing: \(line)")
        }
        let scale = try #require(module.functionIndex(named: "scale"))
        let types = module.functions[scale].instructions.map(\.type)
        #expect(types[1] == .float)
        #expect(types[4] == .vector(count: 4, element: .float))
    }

    @Test("llvm-as-19 accepts the printed vector syntax")
    func llvmAccepts() throws {
        let module = try IRParser.parse(Self.text, file: "vectors.ll")
        let diagnostics = try LLVMAssembler.check(module.text)
        #expect(diagnostics == nil, "\(diagnostics ?? "")")
    }

    @Test("data layout: size is the elements' size rounded to the alignment, a power of two")
    func layout() {
        let l = DataLayout(module: Module())
        #expect(l.size(of: Self.v2f) == 8 && l.alignment(of: Self.v2f) == 8 && l.storeSize(of: Self.v2f) == 8)
        let v3f = IRType.vector(count: 3, element: .float)
        #expect(l.storeSize(of: v3f) == 12 && l.size(of: v3f) == 16 && l.alignment(of: v3f) == 16)
        let v4i = IRType.vector(count: 4, element: .i32)
        #expect(l.size(of: v4i) == 16 && l.alignment(of: v4i) == 16)
        let v1b = IRType.vector(count: 1, element: .i8)
        #expect(l.size(of: v1b) == 1 && l.alignment(of: v1b) == 1)
        let mixed = IRType.structure(fields: [Self.v2f, .float], packed: false)
        #expect(l.structLayout(mixed) == DataLayout.StructLayout(offsets: [0, 8], size: 16, alignment: 8))
        #expect(l.offset(ofElement: 1, in: v4i)?.offset == 4)
        #expect(l.offset(ofElement: 4, in: v4i) == nil)
    }

    @Test("the opcode table knows the three vector instructions")
    func opcodes() {
        for (name, op) in [("extractelement", Opcode.extractelement), ("insertelement", .insertelement),
                           ("shufflevector", .shufflevector)] {
            #expect(Opcode(name: name) == op && op.description == name)
            #expect(op.info.category == .other && !op.info.hasSideEffects && !op.info.isTerminator)
        }
    }

    @Test("the builder makes vector constants and the three instructions")
    func builder() throws {
        var m = Module()
        try m.define("f", FunctionType(.float, [Self.v2f, .i32])) { b throws(IRError) in
            let c = try b.vector([b.float(1), b.float(2)])
            let s = try b.shuffleVector(b.argument(0), c, mask: [3, nil])
            let i = try b.insertElement(s, b.float(4), b.argument(1))
            try b.ret(try b.extractElement(i, b.int(.i64, 0)))
        }
        try m.verify()
        let text = m.text
        #expect(text.contains("%3 = shufflevector <2 x float> %0, <2 x float> <float 0x3FF0000000000000, "
                              + "float 0x4000000000000000>, <2 x i32> <i32 3, i32 poison>\n"))
        #expect(text.contains("%4 = insertelement <2 x float> %3, float 0x4010000000000000, i32 %1\n"))
        #expect(text.contains("%5 = extractelement <2 x float> %4, i64 0\n"))
        var bad = Module()
        #expect(throws: IRError.self) {
            try bad.define("g", FunctionType(.void, [Self.v2f])) { b throws(IRError) in
                _ = try b.shuffleVector(b.argument(0), b.argument(0), mask: [4])
            }
        }
        #expect(throws: IRError.self) {
            try bad.define("h", FunctionType(.void, [Self.v2f])) { b throws(IRError) in
                _ = try b.insertElement(b.argument(0), b.double(1), b.int(.i32, 0))
            }
        }
    }

    /// The verifier's messages for a function `f(<2 x float>, i32) -> <2 x float>` whose body is
    /// `body` followed by `ret <2 x float> %0`.
    func diagnostics(_ body: (inout Module) -> [InstructionData]) -> [String] {
        var m = Module()
        var f = Function(name: "f", type: FunctionType(Self.v2f, [Self.v2f, .i32]))
        f.instructions = body(&m) + [InstructionData(.ret, type: .void, operands: [.argument(0)])]
        f.blocks = [BlockData()]
        f.blocks[0].instructions = f.instructions.indices.map { Inst($0) }
        _ = try? m.addFunction(f)
        return m.verificationDiagnostics().map(\.message)
    }

    @Test("the verifier rejects bad masks, wrong element types and ill-typed vector arithmetic")
    func verifierRejects() {
        let v = Self.v2f
        let outOfRange = diagnostics { m in
            let mask = m.constant(.aggregate(.vector(count: 2, element: .i32), [m.int(.i32, 0), m.int(.i32, 4)]))
            return [InstructionData(.shufflevector, type: v, operands: [.argument(0), .argument(0), mask])]
        }
        #expect(outOfRange == ["shufflevector mask element 1 is 4, out of range for two vectors of 2 elements"])
        let notConstant = diagnostics { _ in
            [InstructionData(.shufflevector, type: v, operands: [.argument(0), .argument(0), .argument(0)])]
        }
        #expect(notConstant == ["shufflevector mask must be a vector of i32, not <2 x float>"])
        let wrongLength = diagnostics { m in
            let mask = m.constant(.zero(.vector(count: 4, element: .i32)))
            return [InstructionData(.shufflevector, type: v, operands: [.argument(0), .argument(0), mask])]
        }
        #expect(wrongLength == ["shufflevector yields <4 x float>, not <2 x float>"])
        let wrongElement = diagnostics { m in
            [InstructionData(.insertelement, type: v, operands: [.argument(0), m.double(1), .argument(1)])]
        }
        #expect(wrongElement == ["insertelement of double into a vector of float"])
        let wrongResult = diagnostics { m in
            [InstructionData(.extractelement, type: .double, operands: [.argument(0), m.int(.i64, 0)])]
        }
        #expect(wrongResult == ["extractelement yields float, not double"])
        let notVector = diagnostics { m in
            [InstructionData(.extractelement, type: .i32, operands: [.argument(1), m.int(.i64, 0)])]
        }
        #expect(notVector == ["extractelement needs a vector operand, not i32"])
        let floatIndex = diagnostics { m in
            [InstructionData(.extractelement, type: .float, operands: [.argument(0), m.float(0)])]
        }
        #expect(floatIndex == ["extractelement index must be an integer, not float"])
        // Elementwise operations check their element types and shapes.
        let arithmetic = diagnostics { _ in
            [InstructionData(.fadd, type: v, operands: [.argument(0), .argument(0)])]
        }
        #expect(arithmetic == [])
        let integerArithmetic = diagnostics { _ in
            [InstructionData(.add, type: v, operands: [.argument(0), .argument(0)])]
        }
        #expect(integerArithmetic == ["add needs integer operands, not <2 x float>"])
        let compare = diagnostics { _ in
            [InstructionData(.fcmp, type: .vector(count: 2, element: .i1), operands: [.argument(0), .argument(0)])]
        }
        #expect(compare == [])
        let scalarCompare = diagnostics { _ in
            [InstructionData(.fcmp, type: .i1, operands: [.argument(0), .argument(0)])]
        }
        #expect(scalarCompare == ["fcmp of <2 x float> produces <2 x i1>"])
        let cast = diagnostics { _ in
            [InstructionData(.bitcast, type: .i64, operands: [.argument(0)])]
        }
        #expect(cast == [])
        let narrowingCast = diagnostics { _ in
            [InstructionData(.bitcast, type: .i32, operands: [.argument(0)])]
        }
        #expect(narrowingCast == ["invalid bitcast from <2 x float> to i32"])
        let elementCast = diagnostics { _ in
            [InstructionData(.fptosi, type: .vector(count: 2, element: .i32), operands: [.argument(0)])]
        }
        #expect(elementCast == [])
        let lengthCast = diagnostics { _ in
            [InstructionData(.fptosi, type: .vector(count: 4, element: .i32), operands: [.argument(0)])]
        }
        #expect(lengthCast == ["invalid fptosi from <2 x float> to <4 x i32>"])
        let badElement = diagnostics { _ in
            [InstructionData(.alloca, type: .ptr, operands: [])].map { d in
                var d = d
                d.auxiliaryType = .vector(count: 2, element: .int(24))
                return d
            }
        }
        #expect(badElement == [
            "vector element type i24 is not supported (use i1, i8, i16, i32, i64, float, double or ptr)",
        ])
        // i1 vectors (comparison results) are values; LLVM packs them as bits in memory.
        let boolsInMemory = diagnostics { _ in
            [InstructionData(.alloca, type: .ptr, operands: [])].map { d in
                var d = d
                d.auxiliaryType = .array(count: 2, element: .vector(count: 8, element: .i1))
                return d
            }
        }
        #expect(boolsInMemory == ["vectors of i1 (<8 x i1>) are values only, not kept in memory"])
    }

    @Test("a function signature with an unsupported vector is reported")
    func badSignature() {
        var m = Module()
        _ = try? m.declare("g", FunctionType(.vector(count: 0, element: .float), []))
        #expect(m.verificationDiagnostics().map(\.message) == ["vector type <0 x float> has no elements"])
    }
}
