// An address folded into the loads and stores that use it is computed again at each of them. When
// its index is `add x, C` over a load that the add reads from memory itself, folding the add into
// the address would read that memory again at each use, after stores that may have changed it:
// the compiler must keep such an add out of the address (a Csmith program, seed 2307195793, found
// the 64-bit form, then refused as unsupported; the 32-bit form, behind a sext, was miscompiled).

import Codegen
import IR
import Interpreter
import Optimizer
import Testing

@Suite("Folded addresses")
struct FoldedAddressTests {
    /// `@NAME()`: loads index i from `@NAME.idx` (an iN, 0), makes `i + 1` (sign-extended when
    /// N is 32) the index into `@NAME.arr`, stores 5 into `@NAME.idx`, then writes through the
    /// address: `arr[i + 1] += 7` (`multiUse`: the address read and written), or `= 7`.
    /// Returns `arr[1] + 100 * arr[6]`: 7 when the address used the index loaded first.
    static func function(_ name: String, bits: Int, multiUse: Bool) -> String {
        let t = "i\(bits)"
        var text = """
            @\(name).idx = global \(t) 0
            @\(name).arr = global [8 x i32] zeroinitializer

            define i32 @\(name)() {
              %i = load \(t), ptr @\(name).idx
              %j = add nsw \(t) %i, 1

            """
        let index = bits == 64 ? "%j" : "%k"
        if bits != 64 { text += "  %k = sext \(t) %j to i64\n" }
        text += "  %p = getelementptr inbounds [8 x i32], ptr @\(name).arr, i64 0, i64 \(index)\n"
        if multiUse {
            text += """
                  %a = load i32, ptr %p
                  store \(t) 5, ptr @\(name).idx
                  %b = add i32 %a, 7
                  store i32 %b, ptr %p

                """
        } else {
            text += """
                  store \(t) 5, ptr @\(name).idx
                  store i32 7, ptr %p

                """
        }
        text += """
              %q1 = getelementptr inbounds [8 x i32], ptr @\(name).arr, i64 0, i64 1
              %r1 = load i32, ptr %q1
              %q6 = getelementptr inbounds [8 x i32], ptr @\(name).arr, i64 0, i64 6
              %r6 = load i32, ptr %q6
              %s = mul i32 %r6, 100
              %r = add i32 %r1, %s
              ret i32 %r
            }

            """
        return text
    }

    static let variants: [(name: String, bits: Int, multiUse: Bool)] = [
        ("m32", 32, true), ("m64", 64, true), ("s32", 32, false), ("s64", 64, false),
    ]

    @Test("an index add over a load it reads from memory stays out of the address",
          arguments: [OptimizationLevel.O0, .O2])
    func indexReadBeforeStore(level: OptimizationLevel) throws {
        for (name, bits, multiUse) in Self.variants {
            // (A module for each, so that one variant's failure to compile hides no other's, and
            // fresh globals for each run.)
            let text = Self.function(name, bits: bits, multiUse: multiUse)
            let interpreter = try Interpreter(module: try IRParser.parse(text, file: "folded.ll"))
            #expect(try interpreter.run(function: name, arguments: []) == .int(7))
            let engine = try Engine(module: try IRParser.parse(text, file: "folded.ll"), optimization: level,
                                    checkingAllocations: true)
            let f = try engine.function(name, as: (@convention(c) () -> Int32).self)
            #expect(f() == 7, "\(name) at -O\(level.rawValue)")
        }
    }
}
