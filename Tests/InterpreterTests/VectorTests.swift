import IR
import Interpreter
import Testing

/// The bytes of `values` as laid out in memory (a `<N x float>`).
func floatBytes(_ values: [Float]) -> [UInt8] {
    values.flatMap { v in withUnsafeBytes(of: v.bitPattern.littleEndian) { Array($0) } }
}

@Suite("Vectors")
struct VectorInterpreterTests {
    static let text = """
        @g = global <2 x float> <float 1.250000e+00, float 2.500000e+00>

        define <2 x float> @swap(<2 x float> %v) {
          %s = shufflevector <2 x float> %v, <2 x float> poison, <2 x i32> <i32 1, i32 0>
          ret <2 x float> %s
        }

        define float @get(<2 x float> %v, i32 %i) {
          %e = extractelement <2 x float> %v, i32 %i
          ret float %e
        }

        define <2 x float> @set(<2 x float> %v, float %x, i64 %i) {
          %r = insertelement <2 x float> %v, float %x, i64 %i
          ret <2 x float> %r
        }

        define <4 x i32> @mix(<2 x i32> %a, <2 x i32> %b) {
          %r = shufflevector <2 x i32> %a, <2 x i32> %b, <4 x i32> <i32 3, i32 0, i32 poison, i32 2>
          ret <4 x i32> %r
        }

        define { <2 x float>, float } @scale(<2 x float> %v, float %c, float %k) {
          %a = extractelement <2 x float> %v, i64 0
          %ak = fmul float %a, %k
          %x = insertelement <2 x float> poison, float %ak, i64 0
          %b = extractelement <2 x float> %v, i64 1
          %bk = fmul float %b, %k
          %y = insertelement <2 x float> %x, float %bk, i64 1
          %ck = fmul float %c, %k
          %s = insertvalue { <2 x float>, float } poison, <2 x float> %y, 0
          %t = insertvalue { <2 x float>, float } %s, float %ck, 1
          ret { <2 x float>, float } %t
        }

        ; Interpreted calls and returns of vectors, a vector phi, memory and a global constant.
        define float @f(i32 %n) {
        entry:
          %g = load <2 x float>, ptr @g, align 8
          br label %loop

        loop:
          %v = phi <2 x float> [ %g, %entry ], [ %w, %loop ]
          %i = phi i32 [ 0, %entry ], [ %j, %loop ]
          %w = call <2 x float> @swap(<2 x float> %v)
          %j = add i32 %i, 1
          %done = icmp eq i32 %j, %n
          br i1 %done, label %exit, label %loop

        exit:
          %p = alloca <2 x float>, align 8
          store <2 x float> %w, ptr %p, align 8
          %l = load <2 x float>, ptr %p, align 8
          %r = call { <2 x float>, float } @scale(<2 x float> %l, float 3.000000e+00, float 2.000000e+00)
          %rv = extractvalue { <2 x float>, float } %r, 0
          %a = extractelement <2 x float> %rv, i64 0
          %b = call float @get(<2 x float> %rv, i32 1)
          %c = extractvalue { <2 x float>, float } %r, 1
          %ab = fmul float %a, 1.000000e+02
          %abc = fadd float %ab, %b
          %s = fmul float %abc, 1.000000e+02
          %t = fadd float %s, %c
          ret float %t
        }
        """

    func interpreter() throws -> Interpreter {
        let module = try IRParser.parse(Self.text, file: "vectors.ll")
        try module.verify()
        return try Interpreter(module: module)
    }

    @Test("shufflevector, extractelement and insertelement on arguments, results as bytes")
    func elements() throws {
        let i = try interpreter()
        let v = RuntimeValue.aggregate(floatBytes([1.25, 2.5]))
        #expect(try i.run(function: "swap", arguments: [v]) == .aggregate(floatBytes([2.5, 1.25])))
        #expect(try i.run(function: "get", arguments: [v, .int(0)]) == .float(1.25))
        #expect(try i.run(function: "get", arguments: [v, .int(1)]) == .float(2.5))
        // An index out of range is poison: any value, but no trap and no read past the vector.
        _ = try i.run(function: "get", arguments: [v, .int(7)])
        #expect(try i.run(function: "set", arguments: [v, .float(9), .int(1)]) == .aggregate(floatBytes([1.25, 9])))
        #expect(try i.run(function: "set", arguments: [v, .float(9), .int(2)]) != nil)
        let a = RuntimeValue.aggregate([1, 0, 0, 0, 2, 0, 0, 0])
        let b = RuntimeValue.aggregate([3, 0, 0, 0, 4, 0, 0, 0])
        guard case .aggregate(let bytes)? = try i.run(function: "mix", arguments: [a, b]) else {
            Issue.record("mix did not return bytes")
            return
        }
        #expect(bytes.count == 16)
        #expect(Array(bytes[0..<8]) == [4, 0, 0, 0, 1, 0, 0, 0] && Array(bytes[12..<16]) == [3, 0, 0, 0])
    }

    @Test("vectors through interpreted calls, returns, phis, memory and a struct result")
    func calls() throws {
        let i = try interpreter()
        // Odd n: swapped once in total; scale by 2: (5, 2.5) and 6: 500 + 2.5 = 502.5, * 100 + 6.
        #expect(try i.run(function: "f", arguments: [.int(3)]) == .float(50256))
        // Even n: back to (1.25, 2.5): (2.5, 5): 250 + 5 = 255, * 100 + 6.
        #expect(try i.run(function: "f", arguments: [.int(4)]) == .float(25506))
        let r = try i.run(function: "scale", arguments: [.aggregate(floatBytes([1, 2])), .float(3), .float(0.5)])
        #expect(r == .aggregate(floatBytes([0.5, 1, 1.5, 0])))
    }

    @Test("the IR builder's vector instructions run")
    func builder() throws {
        var m = Module()
        try m.define("f", FunctionType(.i64, [.i64, .i64])) { b throws(IRError) in
            let c = try b.vector([b.int(.i64, 10), b.int(.i64, 20)])
            let x = try b.insertElement(c, b.argument(0), b.int(.i32, 1))
            let s = try b.shuffleVector(x, c, mask: [1, 2])
            let e = try b.extractElement(s, b.argument(1))
            try b.ret(e)
        }
        try m.verify()
        let i = try Interpreter(module: m)
        #expect(try i.run(function: "f", arguments: [.int(7), .int(0)]) == .int(7))
        #expect(try i.run(function: "f", arguments: [.int(7), .int(1)]) == .int(10))
    }

    @Test("vectors do not cross into C: native calls and vector intrinsics are reported")
    func native() throws {
        let call = try IRParser.parse("""
            declare i64 @labs(<2 x float>)

            define i64 @f() {
              %r = call i64 @labs(<2 x float> <float 1.000000e+00, float 2.000000e+00>)
              ret i64 %r
            }
            """)
        let e = try #require(try errorKind(call))
        #expect(e.kind == .unsupported("vector argument 0 of a call to a native (C) function"))
        // An elementwise intrinsic runs as the scalar one on each element; others are reported.
        let unknown = try IRParser.parse("""
            declare <2 x float> @llvm.frobnicate.v2f32(<2 x float>)

            define <2 x float> @f(<2 x float> %v) {
              %r = call <2 x float> @llvm.frobnicate.v2f32(<2 x float> %v)
              ret <2 x float> %r
            }
            """)
        do {
            _ = try Interpreter(module: unknown)
            Issue.record("an unknown vector intrinsic was accepted")
        } catch {
            #expect(error.kind == .unsupported("in @f: cannot run vector code on scalars (%r at line 4, column 3): "
                                                   + "llvm.frobnicate.v2f32 on vectors"))
        }
    }
}
