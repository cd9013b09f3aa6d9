// Packed vectors (16-byte vectors held whole in xmm registers, FunctionCompiler+Packed.swift)
// checked against the interpreter, which runs the same IR element by element: every packed
// arithmetic operation on every element type, insertelement and extractelement at every index,
// shuffles (the ones done whole and the ones left to elements), bitcasts, vector arguments and
// results, and packed values live across calls, through phis that swap and under register
// pressure. Inputs are random (fixed seed); outputs are compared bit for bit.

import Codegen
import IR
import Interpreter
import Optimizer
import RandomIR
import Testing

@Suite("Packed vectors")
struct PackedVectorTests {
    struct VectorType {
        var element: String
        var count: Int
        var isFloat: Bool { element == "float" || element == "double" }
        var name: String { "<\(count) x \(element)>" }
        var mangled: String { "v\(count)\(element == "double" ? "f64" : element == "float" ? "f32" : element)" }
        var elementBytes: Int { 16 / count }
    }

    static let types = [
        VectorType(element: "double", count: 2), VectorType(element: "float", count: 4),
        VectorType(element: "i64", count: 2), VectorType(element: "i32", count: 4),
        VectorType(element: "i16", count: 8), VectorType(element: "i8", count: 16),
    ]

    /// Shuffle masks over two operands of `n` elements: whole ones (one source; low half from one
    /// operand and high half from the other) and ones only elements can do.
    static func masks(_ n: Int) -> [[Int?]] {
        switch n {
        case 2: [[1, 0], [0, 0], [1, 1], [0, 3], [2, 1], [3, 2], [nil, 1], [0, 2], [3, nil]]
        case 4: [[3, 2, 1, 0], [0, 0, 0, 0], [1, 1, 5, 5], [4, 5, 2, 3], [0, 1, 4, 5], [7, 6, 5, 4],
                 [0, 4, 1, 5], [nil, 2, 6, nil], [2, 3, 2, 3]]
        default: [Array(0..<n).reversed(), Array(repeating: 0, count: n), (0..<n).map { $0 % 2 == 0 ? $0 : n + $0 }]
        }
    }

    /// One function per case: `void @NAME(ptr %out, ptr %a, ptr %b)` reads two vectors (or
    /// elements) at %a and %b and writes 16 bytes at %out.
    static func module() -> (text: String, names: [String], undefinedBytes: [String: [Int]]) {
        var text = """
            declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>)
            declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>)
            define i64 @opaque(i64 %x) {
              %y = xor i64 %x, 1
              ret i64 %y
            }

            """
        var names: [String] = []
        var undefinedBytes: [String: [Int]] = [:]
        func add(_ name: String, _ body: String) {
            names.append(name)
            text += "define void @\(name)(ptr %out, ptr %a, ptr %b) {\n\(body)}\n"
        }
        for t in types {
            let v = t.name, e = t.element, m = t.mangled
            let load = "  %x = load \(v), ptr %a, align 1\n  %y = load \(v), ptr %b, align 1\n"
            let ops = t.isFloat ? ["fadd", "fsub", "fmul", "fdiv"] : ["add", "sub", "and", "or", "xor", "mul"]
            if t.isFloat {
                add("fneg_\(m)", load + "  %r = fneg \(v) %x\n  %s = fmul \(v) %r, %y\n  store \(v) %s, ptr %out, align 1\n  ret void\n")
            }
            for op in ops {
                // The operation, then a mix with code done on elements (mul, frem) and packed again.
                let mix = t.isFloat ? "  %m = frem \(v) %r, %y\n" : "  %m = mul \(v) %r, %y\n"
                let again = t.isFloat ? "fadd" : "add"
                add("\(op)_\(m)", load + "  %r = \(op) \(v) %x, %y\n" + mix
                    + "  %s = \(again) \(v) %m, %x\n  store \(v) %s, ptr %out, align 1\n  ret void\n")
                // The same operation with a constant operand and with both operands equal.
                let c = "<" + (0..<t.count).map { k in "\(e) " + (t.isFloat ? "\(Double(k) - 1.5)" : "\(k * 37 - 50)") }
                    .joined(separator: ", ") + ">"
                add("\(op)_const_\(m)", load + "  %r = \(op) \(v) %x, \(c)\n  %s = \(op) \(v) %r, %r\n"
                    + "  store \(v) %s, ptr %out, align 1\n  ret void\n")
            }
            if t.isFloat {
                add("fmuladd_\(m)", load + "  %r = call \(v) @llvm.fmuladd.\(m)(\(v) %x, \(v) %y, \(v) %x)\n"
                    + "  store \(v) %r, ptr %out, align 1\n  ret void\n")
            }
            for k in 0..<t.count {
                add("insert\(k)_\(m)", load + "  %s = load \(e), ptr %b, align 1\n  %r = insertelement \(v) %x, \(e) %s, i32 \(k)\n"
                    + "  store \(v) %r, ptr %out, align 1\n  ret void\n")
                add("extract\(k)_\(m)", load + "  %r = \(t.isFloat ? "fadd" : "add") \(v) %x, %y\n"
                    + "  %s = extractelement \(v) %r, i64 \(k)\n  store \(e) %s, ptr %out, align 1\n  ret void\n")
            }
            for (j, mask) in masks(t.count).enumerated() {
                let ms = "<" + mask.map { "i32 " + ($0.map(String.init) ?? "poison") }.joined(separator: ", ") + ">"
                // Lanes the mask leaves undefined hold any bits.
                undefinedBytes["shuffle\(j)_\(m)"] = mask.indices.filter { mask[$0] == nil }
                    .flatMap { k in (k * t.elementBytes)..<((k + 1) * t.elementBytes) }
                add("shuffle\(j)_\(m)", load + "  %r = shufflevector \(v) %x, \(v) %y, \(t.count) x i32> \(ms)\n"
                    .replacingOccurrences(of: ", \(t.count) x i32> ", with: ", <\(t.count) x i32> ")
                    + "  store \(v) %r, ptr %out, align 1\n  ret void\n")
            }
            // A splat of a loaded scalar, as clang writes it.
            add("splat_\(m)", load + "  %s = load \(e), ptr %b, align 1\n  %i = insertelement \(v) poison, \(e) %s, i64 0\n"
                + "  %r = shufflevector \(v) %i, \(v) poison, <\(t.count) x i32> zeroinitializer\n"
                + "  %q = \(t.isFloat ? "fadd" : "add") \(v) %r, %x\n  store \(v) %q, ptr %out, align 1\n  ret void\n")
            // Bitcasts that keep the number of lanes (those that regroup them: `regroupingBitcasts`).
            let same = ["double": "<2 x i64>", "i64": "<2 x double>", "float": "<4 x i32>", "i32": "<4 x float>"]
            if let u = same[e] {
                let op = u.contains("i") ? "add" : "fadd", one = u.contains("i") ? "1" : "1.0"
                let c = "<" + Array(repeating: u.contains("i64") ? "i64 \(one)" : u.contains("i32") ? "i32 \(one)"
                                        : u.contains("double") ? "double \(one)" : "float \(one)", count: t.count)
                    .joined(separator: ", ") + ">"
                add("bitcast_\(m)", load + "  %c = bitcast \(v) %x to \(u)\n  %d = \(op) \(u) %c, \(c)\n"
                    + "  %r = bitcast \(u) %d to \(v)\n  store \(v) %r, ptr %out, align 1\n  ret void\n")
            }
            // Across a call (no xmm register survives it), in a loop whose phis swap two vectors.
            add("swap_\(m)", load + """
                  br label %loop
                loop:
                  %i = phi i64 [ 0, %0 ], [ %j, %loop ]
                  %p = phi \(v) [ %x, %0 ], [ %q, %loop ]
                  %q = phi \(v) [ %y, %0 ], [ %p2, %loop ]
                  %p2 = \(t.isFloat ? "fadd" : "xor") \(v) %p, %q
                  %k = call i64 @opaque(i64 %i)
                  %j = add i64 %i, 1
                  %done = icmp eq i64 %j, 5
                  br i1 %done, label %exit, label %loop
                exit:
                  %r = \(t.isFloat ? "fsub" : "sub") \(v) %p2, %q
                  store \(v) %r, ptr %out, align 1
                  ret void

                """)
        }
        // Small vectors widened to packed ones (clang's counting loops: load <4 x i8>, zext, add).
        for (from, to) in [("<4 x i8>", "<4 x i32>"), ("<8 x i8>", "<8 x i16>"), ("<4 x i16>", "<4 x i32>"),
                           ("<2 x i32>", "<2 x i64>")] {
            add("widen_\(from.filter(\.isNumber))_\(to.filter(\.isNumber))", """
                  %s = load \(from), ptr %b, align 1
                  %x = load \(to), ptr %a, align 1
                  %w = zext \(from) %s to \(to)
                  %r = add \(to) %w, %x
                  store \(to) %r, ptr %out, align 1
                  ret void

                """)
        }
        // Vector arguments and results in xmm registers.
        text += """
            define <2 x double> @twice(<2 x double> %v, <4 x i32> %w) {
              %r = fadd <2 x double> %v, %v
              ret <2 x double> %r
            }

            """
        add("arguments", """
              %x = load <2 x double>, ptr %a, align 1
              %w = load <4 x i32>, ptr %b, align 1
              %r = call <2 x double> @twice(<2 x double> %x, <4 x i32> %w)
              store <2 x double> %r, ptr %out, align 1
              ret void

            """)
        // More live vectors than xmm registers: some live in 16-byte slots.
        var body = ""
        for k in 0..<20 { body += "  %x\(k) = load <4 x i32>, ptr %a, align 1\n  %y\(k) = add <4 x i32> %x\(k), <i32 \(k), i32 1, i32 2, i32 3>\n" }
        body += "  %c = call i64 @opaque(i64 0)\n"
        var acc = "%y0"
        for k in 1..<20 {
            body += "  %s\(k) = \(k % 2 == 0 ? "add" : "xor") <4 x i32> \(acc), %y\(k)\n"
            acc = "%s\(k)"
        }
        add("pressure", body + "  store <4 x i32> \(acc), ptr %out, align 1\n  ret void\n")
        return (text, names, undefinedBytes)
    }

    /// 16 bytes of input: integers of every size, and for float functions finite values of
    /// both signs (with zeros, so that some divisions give infinities and NaNs).
    static func input(_ r: inout SplitMix64, float: String?) -> [UInt8] {
        var bytes: [UInt8] = []
        switch float {
        case "double":
            for _ in 0..<2 {
                let d = Double(Int64(bitPattern: r.next()) % 2000) / 16
                withUnsafeBytes(of: d) { bytes += $0 }
            }
        case "float":
            for _ in 0..<4 {
                let f = Float(Int64(bitPattern: r.next()) % 2000) / 16
                withUnsafeBytes(of: f) { bytes += $0 }
            }
        default:
            for _ in 0..<2 { withUnsafeBytes(of: r.next()) { bytes += $0 } }
        }
        return bytes
    }

    @Test("packed code gives the interpreter's results bit for bit", arguments: [OptimizationLevel.O0, .O2])
    func differential(_ level: OptimizationLevel) throws {
        let (text, names, undefinedBytes) = Self.module()
        let engine = try Engine(module: try IRParser.parse(text, file: "packed.ll"), optimization: level, checkingAllocations: true)
        let interpreter = try Interpreter(module: try IRParser.parse(text, file: "packed.ll"))
        typealias Entry = @convention(c) (UnsafeMutableRawPointer, UnsafeRawPointer, UnsafeRawPointer) -> Void
        var random = SplitMix64(seed: 0x5eed)
        var checked = 0
        for name in names {
            let f = try engine.function(name, as: Entry.self)
            let float = name.hasSuffix("f64") || name == "arguments" ? "double" : name.hasSuffix("f32") ? "float" : nil
            for _ in 0..<12 {
                let a = Self.input(&random, float: float), b = Self.input(&random, float: float)
                var compiled = [UInt8](repeating: 0xaa, count: 16), interpreted = compiled
                compiled.withUnsafeMutableBytes { o in a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in
                    f(o.baseAddress!, pa.baseAddress!, pb.baseAddress!)
                } } }
                try interpreted.withUnsafeMutableBytes { o in try a.withUnsafeBytes { pa in try b.withUnsafeBytes { pb in
                    _ = try interpreter.run(function: name, arguments: [
                        .pointer(UInt(bitPattern: o.baseAddress)), .pointer(UInt(bitPattern: pa.baseAddress)),
                        .pointer(UInt(bitPattern: pb.baseAddress)),
                    ])
                } } }
                for k in undefinedBytes[name] ?? [] { compiled[k] = 0; interpreted[k] = 0 }
                #expect(compiled == interpreted, "\(name) a=\(a) b=\(b)")
                checked += 1
            }
        }
        #expect(checked == names.count * 12 && names.count > 190)
    }

    @Test("a bitcast that regroups packed elements keeps the bits")
    func regroupingBitcast() throws {
        let engine = try Engine(module: try IRParser.parse("""
            define void @f(ptr %out, ptr %a) {
              %x = load <4 x i32>, ptr %a, align 4
              %c = bitcast <4 x i32> %x to <2 x i64>
              %d = add <2 x i64> %c, <i64 1, i64 -1>
              %r = bitcast <2 x i64> %d to <16 x i8>
              %s = add <16 x i8> %r, splat (i8 1)
              store <16 x i8> %s, ptr %out, align 1
              ret void
            }
            """, file: "b.ll"))
        let f = try engine.function("f", as: (@convention(c) (UnsafeMutableRawPointer, UnsafeRawPointer) -> Void).self)
        let a: [UInt32] = [0xffff_ffff, 7, 0, 0x8000_0000]
        var out = [UInt8](repeating: 0, count: 16)
        out.withUnsafeMutableBytes { o in a.withUnsafeBytes { f(o.baseAddress!, $0.baseAddress!) } }
        // i64 lanes 0x7_ffffffff + 1 = 0x8_00000000 and 0x80000000_00000000 - 1, then +1 per byte.
        var expected: [UInt8] = []
        for lane: UInt64 in [0x8_0000_0000, 0x7fff_ffff_ffff_ffff] {
            for k in 0..<8 { expected.append(UInt8(truncatingIfNeeded: lane >> (8 * UInt64(k))) &+ 1) }
        }
        #expect(out == expected)
    }

    /// A type a regrouping bitcast converts between: `lanes` elements of `bits` each (lanes 0:
    /// a scalar), integer unless `float`.
    struct BitsType {
        var lanes: Int, bits: Int, float = false
        var element: String { float ? (bits == 64 ? "double" : "float") : "i\(bits)" }
        var name: String { lanes == 0 ? element : "<\(lanes) x \(element)>" }
        var count: Int { max(lanes, 1) }
    }

    /// The unsigned lanes of little-endian `bytes`, `bits` wide each (1, 8, 16, 32 or 64).
    static func lanes(_ bytes: [UInt8], bits: Int) -> [UInt64] {
        (0..<(bytes.count * 8 / bits)).map { k in
            (0..<bits).reduce(UInt64(0)) { acc, i in
                let bit = k * bits + i
                return acc | UInt64((bytes[bit / 8] >> UInt8(bit % 8)) & 1) << UInt64(i)
            }
        }
    }

    static func bytes(_ lanes: [UInt64], bits: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: lanes.count * bits / 8)
        for (k, lane) in lanes.enumerated() {
            for i in 0..<bits where lane >> UInt64(i) & 1 == 1 { out[(k * bits + i) / 8] |= 1 << UInt8((k * bits + i) % 8) }
        }
        return out
    }

    /// Every regrouping between types of one size, on values that element code computes (`udiv`
    /// has no SSE form) and on values packed code computes (`add`), against the bytes' meaning:
    /// `udiv` on the first type's lanes, the bits reinterpreted through a second type (float
    /// ones included: lanes are only moved), `add` on a third type's lanes. The interpreter
    /// runs the same rewrite, so the expected bytes come from this model, not from it.
    @Test("bitcasts that regroup lanes keep the bits, from element and from packed code",
          arguments: [OptimizationLevel.O0, .O2])
    func regroupingBitcasts(_ level: OptimizationLevel) throws {
        let families: [[BitsType]] = [
            [BitsType(lanes: 2, bits: 64), BitsType(lanes: 4, bits: 32), BitsType(lanes: 8, bits: 16),
             BitsType(lanes: 16, bits: 8), BitsType(lanes: 2, bits: 64, float: true),
             BitsType(lanes: 4, bits: 32, float: true)],
            [BitsType(lanes: 2, bits: 32), BitsType(lanes: 4, bits: 16), BitsType(lanes: 8, bits: 8),
             BitsType(lanes: 0, bits: 64), BitsType(lanes: 1, bits: 64), BitsType(lanes: 2, bits: 32, float: true),
             BitsType(lanes: 0, bits: 64, float: true)],
        ]
        struct Case { var name: String, size: Int, first: BitsType, last: BitsType, divides: Bool }
        var text = "", cases: [Case] = []
        for family in families {
            let ints = family.filter { !$0.float }
            for a in ints where a.lanes > 0 {
                for b in family where b.name != a.name {
                    for c in ints where c.name != b.name && (c.count != b.count || c.count != a.count) {
                        for divides in [true, false] {
                            let name = "rg\(cases.count)", size = a.count * a.bits / 8
                            let one = "splat (\(a.element) 1)"
                            let addend = c.lanes == 0 ? "5" : "<" + (0..<c.count).map { "\(c.element) \($0 * 3 + 1)" }
                                .joined(separator: ", ") + ">"
                            text += """
                                define void @\(name)(ptr %out, ptr %a, ptr %b) {
                                  %x = load \(a.name), ptr %a, align 1
                                  %y = load \(a.name), ptr %b, align 1
                                  %d = or \(a.name) %y, \(one)
                                  %q = \(divides ? "udiv" : "add") \(a.name) %x, %d
                                  %t = bitcast \(a.name) %q to \(b.name)
                                  %u = bitcast \(b.name) %t to \(c.name)
                                  %s = add \(c.name) %u, \(addend)
                                  store \(c.name) %s, ptr %out, align 1
                                  ret void
                                }

                                """
                            cases.append(Case(name: name, size: size, first: a, last: c, divides: divides))
                        }
                    }
                }
            }
        }
        let engine = try Engine(module: try IRParser.parse(text, file: "regroup.ll"), optimization: level, checkingAllocations: true)
        let interpreter = try Interpreter(module: try IRParser.parse(text, file: "regroup.ll"))
        typealias Entry = @convention(c) (UnsafeMutableRawPointer, UnsafeRawPointer, UnsafeRawPointer) -> Void
        var random = SplitMix64(seed: 0xb175)
        for c in cases {
            let f = try engine.function(c.name, as: Entry.self)
            for _ in 0..<4 {
                let a = (0..<c.size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                // Small divisors in some lanes, so that quotients are not all 0 or 1.
                let b = (0..<c.size).map { k in UInt8(truncatingIfNeeded: k % 3 == 0 ? random.next() : random.next() % 7) }
                let mask = c.first.bits == 64 ? UInt64.max : (1 << UInt64(c.first.bits)) - 1
                let x = Self.lanes(a, bits: c.first.bits), d = Self.lanes(b, bits: c.first.bits).map { $0 | 1 }
                let q = zip(x, d).map { c.divides ? $0 / $1 : ($0 &+ $1) & mask }
                let lastMask = c.last.bits == 64 ? UInt64.max : (1 << UInt64(c.last.bits)) - 1
                let u = Self.lanes(Self.bytes(q, bits: c.first.bits), bits: c.last.bits)
                let s = u.enumerated().map { k, v in (v &+ (c.last.lanes == 0 ? 5 : UInt64(k * 3 + 1))) & lastMask }
                let expected = Self.bytes(s, bits: c.last.bits)
                var compiled = [UInt8](repeating: 0xaa, count: c.size), interpreted = compiled
                compiled.withUnsafeMutableBytes { o in a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in
                    f(o.baseAddress!, pa.baseAddress!, pb.baseAddress!)
                } } }
                try interpreted.withUnsafeMutableBytes { o in try a.withUnsafeBytes { pa in try b.withUnsafeBytes { pb in
                    _ = try interpreter.run(function: c.name, arguments: [
                        .pointer(UInt(bitPattern: o.baseAddress)), .pointer(UInt(bitPattern: pa.baseAddress)),
                        .pointer(UInt(bitPattern: pb.baseAddress)),
                    ])
                } } }
                #expect(compiled == expected, "\(c.name) compiled a=\(a) b=\(b)")
                #expect(interpreted == expected, "\(c.name) interpreted a=\(a) b=\(b)")
            }
        }
        #expect(cases.count > 150)
    }

    @Test("a mask of compared lanes as an integer, and an integer as a mask")
    func maskBitcasts() throws {
        let text = """
            define i8 @signs(ptr %a) {
              %v = load <8 x i8>, ptr %a, align 1
              %m = icmp slt <8 x i8> %v, zeroinitializer
              %r = bitcast <8 x i1> %m to i8
              ret i8 %r
            }
            define i32 @select(i8 %bits, ptr %a) {
              %m = bitcast i8 %bits to <8 x i1>
              %v = load <8 x i32>, ptr %a, align 4
              %s = select <8 x i1> %m, <8 x i32> %v, <8 x i32> zeroinitializer
              %r = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %s)
              ret i32 %r
            }
            declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>)
            """
        let engine = try Engine(module: try IRParser.parse(text, file: "mask.ll"))
        let interpreter = try Interpreter(module: try IRParser.parse(text, file: "mask.ll"))
        let signs = try engine.function("signs", as: (@convention(c) (UnsafeRawPointer) -> UInt8).self)
        let select = try engine.function("select", as: (@convention(c) (UInt8, UnsafeRawPointer) -> Int32).self)
        var random = SplitMix64(seed: 0x3a5c)
        for _ in 0..<64 {
            let bytes = (0..<8).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let expectedSigns = bytes.enumerated().reduce(UInt8(0)) { $0 | ($1.element >> 7) << UInt8($1.offset) }
            #expect(bytes.withUnsafeBytes { signs($0.baseAddress!) } == expectedSigns)
            let interpreted = try bytes.withUnsafeBytes {
                try interpreter.run(function: "signs", arguments: [.pointer(UInt(bitPattern: $0.baseAddress))])
            }
            #expect(interpreted == .int(UInt64(expectedSigns)))
            let words = (0..<8).map { _ in Int32(truncatingIfNeeded: random.next() % 1000) }
            let bits = UInt8(truncatingIfNeeded: random.next())
            let expectedSum = (0..<8).reduce(Int32(0)) { bits >> UInt8($1) & 1 == 1 ? $0 + words[$1] : $0 }
            #expect(words.withUnsafeBytes { select(bits, $0.baseAddress!) } == expectedSum)
        }
    }

    @Test("a packed variadic argument arrives whole in the register save area")
    func variadic() throws {
        let engine = try Engine(module: try IRParser.parse("""
            declare void @llvm.va_start.p0(ptr)
            define double @high(i32 %n, ...) {
              %ap = alloca [24 x i8], align 16
              call void @llvm.va_start.p0(ptr %ap)
              %fpo.p = getelementptr i8, ptr %ap, i64 4
              %fpo = load i32, ptr %fpo.p
              %rsa.p = getelementptr i8, ptr %ap, i64 16
              %rsa = load ptr, ptr %rsa.p
              %o = zext i32 %fpo to i64
              %p = getelementptr i8, ptr %rsa, i64 %o
              %v = load <2 x double>, ptr %p, align 16
              %h = extractelement <2 x double> %v, i32 1
              ret double %h
            }
            define double @call(double %a, double %b) {
              %v0 = insertelement <2 x double> poison, double %a, i32 0
              %v = insertelement <2 x double> %v0, double %b, i32 1
              %r = call double (i32, ...) @high(i32 0, <2 x double> %v)
              ret double %r
            }
            """, file: "va.ll"))
        #expect(try engine.function("call", as: (@convention(c) (Double, Double) -> Double).self)(1, 2) == 2)
    }

    @Test("clang's vectorized loop runs on packed instructions, not on elements")
    func packedListing() throws {
        let m = try IRParser.parse("""
            declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>)
            define void @axpy(ptr %y, ptr %x, double %a, i64 %n) {
            entry:
              %s = insertelement <2 x double> poison, double %a, i64 0
              %splat = shufflevector <2 x double> %s, <2 x double> poison, <2 x i32> zeroinitializer
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %i2, %loop ]
              %px = getelementptr inbounds double, ptr %x, i64 %i
              %py = getelementptr inbounds double, ptr %y, i64 %i
              %vx = load <2 x double>, ptr %px, align 8
              %vy = load <2 x double>, ptr %py, align 8
              %r = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %splat, <2 x double> %vx, <2 x double> %vy)
              store <2 x double> %r, ptr %py, align 8
              %i2 = add i64 %i, 2
              %done = icmp uge i64 %i2, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret void
            }
            """, file: "axpy.ll")
        let engine = try Engine(module: m)
        var y: [Double] = [1, 2, 3, 4], x: [Double] = [10, 20, 30, 40]
        try engine.function("axpy", as: (@convention(c) (UnsafeMutablePointer<Double>, UnsafePointer<Double>, Double, Int64) -> Void).self)(&y, &x, 0.5, 4)
        #expect(y == [6, 12, 18, 24])
        let code = engine.disassembly(of: "axpy")
        for instruction in ["movups ", "mulpd  ", "addpd  ", "pshufd "] {
            #expect(code.contains(instruction), "\(instruction) in \(code)")
        }
        #expect(!code.contains("mulsd") && !code.contains("addsd"), "\(code)")
        // The splat lives on through the loop and each loaded x dies at the multiply: x * splat
        // in x's register, as clang computes it, with no copy of the splat per iteration.
        // (The parameter's copy out of xmm0, a scratch register, comes before the splat.)
        let afterSplat = code.split(separator: "pshufd", maxSplits: 1).last ?? ""
        #expect(!afterSplat.contains("movaps"), "\(code)")
    }
}
