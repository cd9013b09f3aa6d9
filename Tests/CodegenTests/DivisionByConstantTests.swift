// Unsigned division and remainder by constants compile to multiplications by reciprocals; they
// must give exactly what `div` gives, for divisors and dividends at every edge.

import Codegen
import IR
import RandomIR
import Testing

@Suite("Division by constants")
struct DivisionByConstantTests {
    static let divisors: [UInt64] = [
        2, 3, 5, 6, 7, 10, 11, 13, 16, 17, 25, 100, 641, 1000, 1_000_003, 1_000_000_007, 0x7FFF_FFFF, 0x8000_0000,
        0xFFFF_FFFE, 0xFFFF_FFFF, 0x1_0000_0001, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0001, 0xFFFF_FFFF_FFFF_FFFF,
    ]

    static func dividends(_ rng: inout SplitMix64) -> [UInt64] {
        var xs: [UInt64] = [0, 1, 2, 3, 7, 1000, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x1_0000_0000,
                            0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, .max, .max - 1]
        for _ in 0..<200 { xs.append(rng.next() >> UInt64(rng.below(64))) }
        return xs
    }

    @Test("udiv and urem by constants at 32 and 64 bits equal the arithmetic")
    func unsigned() throws {
        typealias F = @convention(c) (UInt64) -> UInt64
        var text = ""
        for (k, d) in Self.divisors.enumerated() {
            text += """
            define i64 @q64_\(k)(i64 %x) {
              %r = udiv i64 %x, \(Int64(bitPattern: d))
              ret i64 %r
            }
            define i64 @r64_\(k)(i64 %x) {
              %r = urem i64 %x, \(Int64(bitPattern: d))
              ret i64 %r
            }

            """
            if d <= 0xFFFF_FFFF {
                text += """
                define i64 @q32_\(k)(i64 %x) {
                  %t = trunc i64 %x to i32
                  %r = udiv i32 %t, \(Int32(truncatingIfNeeded: d))
                  %z = zext i32 %r to i64
                  ret i64 %z
                }
                define i64 @r32_\(k)(i64 %x) {
                  %t = trunc i64 %x to i32
                  %r = urem i32 %t, \(Int32(truncatingIfNeeded: d))
                  %z = zext i32 %r to i64
                  ret i64 %z
                }

                """
            }
        }
        let engine = try Engine(module: try IRParser.parse(text, file: "div.ll"), optimization: .O0)
        var rng = SplitMix64(seed: 99)
        let xs = Self.dividends(&rng)
        var failures = 0
        for (k, d) in Self.divisors.enumerated() {
            let q64 = try engine.function("q64_\(k)", as: F.self), r64 = try engine.function("r64_\(k)", as: F.self)
            for x in xs where q64(x) != x / d || r64(x) != x % d {
                failures += 1
                if failures < 5 { Issue.record("64-bit \(x) / \(d): got \(q64(x)) rem \(r64(x))") }
            }
            guard d <= 0xFFFF_FFFF else { continue }
            let q32 = try engine.function("q32_\(k)", as: F.self), r32 = try engine.function("r32_\(k)", as: F.self)
            for x in xs {
                let x32 = x & 0xFFFF_FFFF
                if q32(x) != x32 / d || r32(x) != x32 % d {
                    failures += 1
                    if failures < 5 { Issue.record("32-bit \(x32) / \(d): got \(q32(x)) rem \(r32(x))") }
                }
            }
        }
        #expect(failures == 0)
    }
}
