// Vectorized IR (what clang's loop and SLP vectorizers emit) runs through `Module.scalarizeVectors()`
// in both the code generator and the interpreter: each construct is checked against values worked
// out by hand, compiled at -O0 and -O2 and interpreted. The corpus's `NAME.O2v.ll` files check
// whole vectorized programs against the native ones.

import Codegen
import IR
import Interpreter
import Optimizer
import Testing

@Suite("Vector code")
struct VectorCodeTests {
    static let source = """
        declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
        declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
        declare double @llvm.vector.reduce.fadd.v2f64(double, <2 x double>)
        declare <4 x i32> @llvm.abs.v4i32(<4 x i32>, i1)
        declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>)
        declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>)

        ; Lanes built, mixed and picked with constant and dynamic indices.
        define i32 @lanes(i32 %a, i32 %b, i64 %i) {
          %v0 = insertelement <4 x i32> zeroinitializer, i32 %a, i64 0
          %v1 = insertelement <4 x i32> %v0, i32 %b, i32 1
          %v2 = insertelement <4 x i32> %v1, i32 7, i64 %i
          %v3 = add <4 x i32> %v2, splat (i32 10)
          %v4 = mul <4 x i32> %v3, <i32 1, i32 2, i32 3, i32 4>
          %v5 = shufflevector <4 x i32> %v4, <4 x i32> %v3, <4 x i32> <i32 3, i32 6, i32 1, i32 poison>
          %e = extractelement <4 x i32> %v5, i64 %i
          %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v4)
          %s = add i32 %r, %e
          ret i32 %s
        }

        ; A vector phi through a loop, loads, a compare and a select on vectors, an ordered reduction.
        define double @dot(ptr %x, ptr %y, i64 %n) {
        entry:
          br label %loop
        loop:
          %i = phi i64 [ 0, %entry ], [ %i2, %loop ]
          %acc = phi <2 x double> [ zeroinitializer, %entry ], [ %acc2, %loop ]
          %px = getelementptr double, ptr %x, i64 %i
          %py = getelementptr double, ptr %y, i64 %i
          %vx = load <2 x double>, ptr %px, align 8
          %vy = load <2 x double>, ptr %py, align 8
          %p = fmul <2 x double> %vx, %vy
          %neg = fcmp olt <2 x double> %p, zeroinitializer
          %c = select <2 x i1> %neg, <2 x double> zeroinitializer, <2 x double> %p
          %acc2 = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %c, <2 x double> splat (double 2.0), <2 x double> %acc)
          %i2 = add i64 %i, 2
          %done = icmp uge i64 %i2, %n
          br i1 %done, label %exit, label %loop
        exit:
          %r = call double @llvm.vector.reduce.fadd.v2f64(double -0.0, <2 x double> %acc2)
          ret double %r
        }

        ; An i1 index names lanes 0 and 1 only.
        define i32 @narrow(i1 %b) {
          %e = extractelement <4 x i32> <i32 10, i32 11, i32 12, i32 13>, i1 %b
          %v = insertelement <4 x i32> zeroinitializer, i32 5, i1 %b
          %s = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v)
          %w = extractelement <4 x i32> %v, i32 2
          %r = add i32 %e, %s
          %r2 = add i32 %r, %w
          ret i32 %r2
        }

        ; Casts, elementwise intrinsics with a scalar operand, a store and an unsigned reduction.
        define i32 @convert(ptr %dst, ptr %src) {
          %b = load <4 x i8>, ptr %src, align 1
          %w = sext <4 x i8> %b to <4 x i32>
          %a = call <4 x i32> @llvm.abs.v4i32(<4 x i32> %w, i1 false)
          %m = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %w, <4 x i32> splat (i32 -2))
          store <4 x i32> %m, ptr %dst, align 4
          %u = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %a)
          ret i32 %u
        }
        """

    /// (i, lanes(1, 2, i)) for i in 0...2, worked out lane by lane; for i = 1: v2 = [1, 7, 0, 0],
    /// v3 = [11, 17, 10, 10], v4 = [11, 34, 30, 40] (sum 115), v5 = [40, 10, 34, poison], e = 10.
    static let lanesCases: [(Int64, Int32)] = [(0, 151), (1, 125), (2, 150)]

    @Test("vector code compiled at -O0 and -O2 gives the values worked out by hand",
          arguments: [OptimizationLevel.O0, .O2])
    func compiled(_ level: OptimizationLevel) throws {
        let engine = try Engine(module: try IRParser.parse(Self.source, file: "v.ll"), optimization: level, checkingAllocations: true)
        typealias Lanes = @convention(c) (Int32, Int32, Int64) -> Int32
        let lanes = try engine.function("lanes", as: Lanes.self)
        for (i, expected) in Self.lanesCases { #expect(lanes(1, 2, i) == expected, "i = \(i)") }

        let narrow = try engine.function("narrow", as: (@convention(c) (Bool) -> Int32).self)
        #expect(narrow(false) == 15 && narrow(true) == 16)

        typealias Dot = @convention(c) (UnsafePointer<Double>, UnsafePointer<Double>, Int64) -> Double
        let x: [Double] = [1, 2, 3, 4], y: [Double] = [5, -6, 7, 8]
        // Products 5, -12, 21, 32; the negative one clamped to 0; doubled: 2 * 58.
        #expect(try engine.function("dot", as: Dot.self)(x, y, 4) == 116)

        typealias Convert = @convention(c) (UnsafeMutablePointer<Int32>, UnsafePointer<Int8>) -> Int32
        var out: [Int32] = [0, 0, 0, 0]
        let bytes: [Int8] = [-5, 3, -1, 100]
        #expect(try engine.function("convert", as: Convert.self)(&out, bytes) == 100)
        #expect(out == [-2, 3, -1, 100])
    }

    @Test("the interpreter runs the same vector code to the same values")
    func interpreted() throws {
        let interpreter = try Interpreter(module: try IRParser.parse(Self.source, file: "v.ll"))
        for (i, expected) in Self.lanesCases {
            let r = try interpreter.run(function: "lanes", arguments: [.int(1), .int(2), .int(UInt64(i))])
            #expect(r == .int(UInt64(UInt32(bitPattern: expected))), "i = \(i)")
        }
        #expect(try interpreter.run(function: "narrow", arguments: [.int(0)]) == .int(15))
        #expect(try interpreter.run(function: "narrow", arguments: [.int(1)]) == .int(16))
        let x: [Double] = [1, 2, 3, 4], y: [Double] = [5, -6, 7, 8]
        try x.withUnsafeBufferPointer { xp in
            try y.withUnsafeBufferPointer { yp in
                let r = try interpreter.run(function: "dot", arguments: [
                    .pointer(UInt(bitPattern: xp.baseAddress)), .pointer(UInt(bitPattern: yp.baseAddress)), .int(4),
                ])
                #expect(r == .double(116))
            }
        }
        var out: [Int32] = [0, 0, 0, 0]
        let bytes: [Int8] = [-5, 3, -1, 100]
        try out.withUnsafeMutableBufferPointer { op in
            try bytes.withUnsafeBufferPointer { bp in
                let r = try interpreter.run(function: "convert", arguments: [
                    .pointer(UInt(bitPattern: op.baseAddress)), .pointer(UInt(bitPattern: bp.baseAddress)),
                ])
                #expect(r == .int(100))
            }
        }
        #expect(out == [-2, 3, -1, 100])
    }

    @Test("the rewrite keeps a verified module verified and leaves vector-free functions alone")
    func rewrite() throws {
        var m = try IRParser.parse(Self.source + """

            define i32 @plain(i32 %x) {
              %y = add i32 %x, 1
              ret i32 %y
            }
            """, file: "v.ll")
        #expect(m.verifyAndRemember().isEmpty)
        let plain = try #require(m.functionIndex(named: "plain"))
        let before = m.functions[plain].instructions.count
        try m.scalarizeVectors()
        #expect(m.isVerified)
        try m.verify()
        #expect(m.functions[plain].instructions.count == before)
        // No vector-typed instruction is left in the rewritten functions.
        for name in ["lanes", "narrow", "dot", "convert"] {
            let f = m.functions[try #require(m.functionIndex(named: name))]
            let vectors = f.blocks.flatMap(\.instructions).filter { f.instructions[$0.index].type.isVector }
            #expect(vectors.isEmpty, "\(name)")
        }
    }

    @Test("vector code that cannot be run on scalars is reported, not run")
    func unsupported() throws {
        let packedBits = try IRParser.parse("""
            define i1 @f(ptr %p, i32 %a) {
              %v = load <8 x i1>, ptr %p, align 1
              %w = xor <8 x i1> %v, splat (i1 true)
              %e = extractelement <8 x i1> %w, i32 %a
              ret i1 %e
            }
            """, file: "r.ll")
        #expect(throws: CodegenError.self) { _ = try Engine(module: packedBits) }
        do {
            _ = try Engine(module: packedBits)
        } catch {
            #expect(error.description.contains("in @f: cannot run vector code on scalars (%v at line 2, column 3): "
                                                   + "a load of <8 x i1> (packed bits)"),
                    "\(error)")
        }
        #expect(throws: InterpreterError.self) { _ = try Interpreter(module: packedBits) }
    }
}
