// encoder-bench: how fast the SwiftJIT assembler encodes the shared encoder mix.
//
// The mix (BENCHMARKS.md, "Encoder") is a block of 16 instructions, 75 bytes, with a backward
// `jne` to a label bound at the block's start and a forward `jmp` to a label bound at its end. One
// iteration encodes 62,500 blocks (1,000,000 instructions, 4,687,500 bytes) and then calls `link()`,
// which resolves the labels (relaxation); both are timed. Resetting the assembler and hashing the
// output are not. The result is the best of 15 timed iterations after one untimed warm-up, printed
// in the same `key=value` form as the asmjit and xbyak programs beside `Benchmarks/encoder/run.sh`.
//
// Every iteration's output is checked: the first 75 bytes against GNU `as`, the size, and (for the
// full-size run) the FNV-1a 64 hash of the whole output. Any difference exits with status 1.
//
// Usage: encoder-bench [--iterations N] [--blocks N]
// (smaller counts are for profilers; the hash is only checked at the standard 62,500 blocks)

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import X86

// MARK: - The mix

let standardBlocks = 62_500
let instructionsPerBlock = 16
/// One block as GNU `as` 2.40 assembles it.
let expectedBlock: [UInt8] = bytes(
    "4c89c04989d948c7c188a9cbed4c01c84929ca4c0fafd84983c4644981ed000001004d69f7393000004a8d94867856"
        + "3412488b7d404d89bc24001000004c39c875beeb0749c7c2feffffff")
/// FNV-1a 64 of the 4,687,500 bytes of one standard iteration: `expectedBlock` 62,500 times.
/// (encoder-mix.md gives 0da8872e48a99c1b, which no FNV variant of its own block bytes produces;
/// this is what those bytes hash to, and what asmjit and xbyak produce too.)
let expectedHash: UInt64 = 0x9b03_1e75_7c7f_106d

/// Encodes `blocks` blocks of the mix and links: the timed work of one iteration.
@inline(never)
func encodeMix(_ asm: inout Assembler, blocks: Int) throws(EncodingError) {
    for _ in 0..<blocks {
        let top = asm.newLabel()
        let fwd = asm.newLabel()
        try asm.bind(top)
        try asm.mov(.rax, .r8)
        try asm.mov(.r9, .rbx)
        try asm.mov(.rcx, -0x1234_5678)
        try asm.add(.rax, .r9)
        try asm.sub(.r10, .rcx)
        try asm.imul(.r11, .rax)
        try asm.add(.r12, 100)
        try asm.sub(.r13, 0x10000)
        try asm.imul(.r14, .r15, 12345)
        try asm.lea(.rdx, Memory(.rsi, .r8, .x4, 0x1234_5678))
        try asm.mov(.rdi, .qword(.rbp, 0x40))
        try asm.mov(.qword(.r12, 0x1000), .r15)
        try asm.cmp(.rax, .r9)
        try asm.jne(top)
        try asm.jmp(fwd)
        try asm.mov(.r10, -2)
        try asm.bind(fwd)
    }
    try asm.link()
}

// MARK: - Helpers

func bytes(_ hex: String) -> [UInt8] {
    let digits = Array(hex.utf8).map { UInt8(($0 <= 0x39) ? $0 - 0x30 : $0 - 0x61 + 10) }
    return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
}

func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var s: [UInt8] = []
    for b in bytes { s += [digits[Int(b >> 4)], digits[Int(b & 15)]] }
    return String(decoding: s, as: UTF8.self)
}

func hex64(_ v: UInt64) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
}

/// FNV-1a, 64 bits.
func fnv1a64(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    return h
}

/// Nanoseconds of `CLOCK_MONOTONIC`.
func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// `x` with `digits` digits after the point (no Foundation in this program).
func fixed(_ x: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let n = Int((x * scale).rounded())
    let frac = String(n % Int(scale))
    return digits == 0 ? "\(n)" : "\(n / Int(scale))." + String(repeating: "0", count: digits - frac.count) + frac
}

func fail(_ message: String) -> Never {
    // write(2) rather than fputs(stderr): Swift 6 rejects the global `stderr` as shared mutable state.
    let text = Array("encoder-bench: \(message)\n".utf8)
    _ = text.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(1)
}

func option(_ name: String, default value: Int) -> Int {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name) else { return value }
    guard i + 1 < args.count, let n = Int(args[i + 1]), n > 0 else { fail("\(name) needs a positive number") }
    return n
}

// MARK: - Main

let iterations = option("--iterations", default: 15)
let blocks = option("--blocks", default: standardBlocks)
let expectedSize = blocks * expectedBlock.count

// 8 MiB: more than one iteration needs, so the code buffer never grows. The untimed warm-up
// iteration touches its pages.
var asm = Assembler(capacity: 8 << 20)
let bufferStart = asm.withUnsafeBytes { $0.baseAddress }
var bufferMoves = 0
var best = UInt64.max
var hash: UInt64 = 0

for iteration in 0...iterations {  // iteration 0 is the warm-up
    asm.reset()
    let start = now()
    do {
        try encodeMix(&asm, blocks: blocks)
    } catch {
        fail("encoding failed: \(error)")
    }
    let elapsed = now() - start
    if iteration > 0 { best = min(best, elapsed) }

    hash = asm.withUnsafeBytes { out in
        guard out.count == expectedSize else { fail("output is \(out.count) bytes, expected \(expectedSize)") }
        guard out.prefix(expectedBlock.count).elementsEqual(expectedBlock) else {
            fail("first block differs from GNU as:\n  got      \(hex(out.prefix(expectedBlock.count)))\n"
                + "  expected \(hex(expectedBlock))")
        }
        if out.baseAddress != bufferStart { bufferMoves += 1 }
        return fnv1a64(out)
    }
    if blocks == standardBlocks, hash != expectedHash {
        fail("output hash \(hex64(hash)) differs from the expected \(hex64(expectedHash))")
    }
}

let instructions = blocks * instructionsPerBlock
let seconds = Double(best) / 1e9
print(
    "encoder=SwiftJIT iterations=\(iterations) instructions=\(instructions) bytes=\(expectedSize)"
        + " best_ns=\(best) minstr_s=\(fixed(Double(instructions) / seconds / 1e6, 2))"
        + " ns_instr=\(fixed(Double(best) / Double(instructions), 2))"
        + " mib_s=\(fixed(Double(expectedSize) / seconds / 1_048_576, 1)) hash=\(hex64(hash))"
        + " buffer_moves=\(bufferMoves)")
