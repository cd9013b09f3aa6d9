import X86

/// Operand values the generated encoder cases draw from: every register, every addressing-mode
/// special case, and immediates at and just past each range boundary (the ones past it must be
/// rejected by us and by GNU `as` alike).
enum Pools {
    static let r8 = GPR8.all
    static let r16 = GPR16.all
    static let r32 = GPR32.all
    static let r64 = GPR64.all
    static let xmm = XMM.all
    static let cl = [CountRegister.cl]

    /// Addresses covering each ModRM/SIB rule: no displacement, disp8, disp32 (both signs and the
    /// boundaries), rsp/r12 bases (SIB required), rbp/r13 bases (displacement required), every scale,
    /// index without base, absolute, and rip-relative.
    static let addresses: [Memory] = [
        Memory(.rax), Memory(.rcx, 0x10), Memory(.rdx, -0x80), Memory(.rbx, 0x7F), Memory(.rbx, 0x80),
        Memory(.rsi, -0x81), Memory(.rdi, 0x12345678), Memory(.r8, Int32.min), Memory(.r9, Int32.max),
        Memory(.rsp), Memory(.rsp, 8), Memory(.rsp, 0x1000), Memory(.r12), Memory(.r12, -8),
        Memory(.rbp), Memory(.rbp, -8), Memory(.rbp, 0x100), Memory(.r13), Memory(.r13, 0x12345678),
        Memory(.r10), Memory(.r11, -1), Memory(.r14, 1), Memory(.r15, -0x1000),
        Memory(.rax, .rcx), Memory(.rsi, .rdi, .x2), Memory(.rdi, .r8, .x4, 0x40), Memory(.r15, .r14, .x8, -0x1000),
        Memory(.rsp, .rbp, .x4, 1), Memory(.rbp, .rax), Memory(.r13, .r13, .x8), Memory(.r12, .r12, .x2, 0x7FFFFFFF),
        Memory(.rbx, .r9, .x1, -0x80), Memory(.rsp, .r15, .x8, 0x81),
        Memory(index: .rax, .x2), Memory(index: .r9, .x8, 0x1234), Memory(index: .rbp, .x1, -0x10),
        Memory(absolute: 0x1234), Memory(absolute: 0), Memory(absolute: -8),
        Memory(rip: 0x10), Memory(rip: -4), Memory(rip: 0),
    ]
    static let m8 = addresses.map(Mem8.init)
    static let m16 = addresses.map(Mem16.init)
    static let m32 = addresses.map(Mem32.init)
    static let m64 = addresses.map(Mem64.init)
    static let m128 = addresses.map(Mem128.init)

    static let imm8: [Int64] = [0, 1, -1, 5, 0x7F, -0x80, 0x80, 0xFF, 0x55, 256, -129]
    static let imm16: [Int64] = [0, 1, -1, 0x7F, -0x80, 0x80, -0x81, 0x7FFF, -0x8000, 0xFFFF, 0x1234, 0xFF80, 0x10000]
    static let imm32: [Int64] = [0, 1, -1, 0x7F, -0x80, 0x80, -0x81, 0x7FFF_FFFF, -0x8000_0000, 0xFFFF_FFFF,
                                 0x1234_5678, 0xFFFF_FF80, 0x1_0000_0000]
    /// Sign-extended imm32 of 64-bit operations: 0x80000000 and up do not fit.
    static let imm32s: [Int64] = [0, 1, -1, 0x7F, -0x80, 0x80, -0x81, 0x7FFF_FFFF, -0x8000_0000, 0x1234_5678,
                                  -0x1234_5678, 0x8000_0000, 0xFFFF_FFFF]
    static let imm64: [Int64] = [0, 1, -1, 0x7F, 0x80, 0x7FFF_FFFF, -0x8000_0000, 0x8000_0000, 0xFFFF_FFFF,
                                 0x1_0000_0000, 0x1234_5678_9ABC_DEF0, Int64.min, Int64.max, -0x8000_0001]
    static let u8: [UInt8] = [0, 1, 2, 7, 31, 63, 0x80, 0xFF]
    static let moffs: [UInt64] = [0, 0x1234, 0xFFFF_FFFF, 0x1234_5678_9ABC_DEF0]
}

/// Pairs drawn from two pools: every pair when there are few, otherwise a covering set in which
/// every element of each pool appears with several partners, plus deterministic pseudo-random pairs.
func combine<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] {
    if a.count * b.count <= 700 {
        return a.flatMap { x in b.map { (x, $0) } }
    }
    var out: [(A, B)] = []
    let n = max(a.count, b.count)
    for i in 0..<n * 3 {
        out.append((a[i % a.count], b[(i * 7 + i / n) % b.count]))
    }
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(a.count * 1000 + b.count)
    for _ in 0..<64 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        out.append((a[Int(seed >> 33) % a.count], b[Int(seed >> 13) % b.count]))
    }
    return out
}

/// Triples from three pools, on the same principle as `combine(_:_:)`.
func combine<A, B, C>(_ a: [A], _ b: [B], _ c: [C]) -> [(A, B, C)] {
    var out: [(A, B, C)] = []
    let n = max(a.count, b.count, c.count)
    for i in 0..<n * 3 {
        out.append((a[i % a.count], b[(i * 5 + 1) % b.count], c[(i * 3 + i / n) % c.count]))
    }
    var seed: UInt64 = 0xD1B5_4A32_D192_ED03 ^ UInt64(a.count * 10000 + b.count * 100 + c.count)
    for _ in 0..<64 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        out.append((a[Int(seed >> 33) % a.count], b[Int(seed >> 23) % b.count], c[Int(seed >> 13) % c.count]))
    }
    return out
}

/// Emits test cases into one assembler, remembering where each instruction's bytes are, or the
/// error it threw.
struct CaseEmitter: ~Copyable {
    var asm = Assembler(capacity: 1 << 20)
    var accepted: [(text: String, start: Int, end: Int)] = []
    var rejected: [(text: String, error: EncodingError)] = []

    mutating func emit(_ text: String, _ body: (inout Assembler) throws(EncodingError) -> Void) {
        let start = asm.offset
        do {
            try body(&asm)
            accepted.append((text, start, asm.offset))
        } catch {
            precondition(asm.offset == start, "\(text): bytes written before throwing")
            rejected.append((text, error))
        }
    }
}

/// Namespace for the generated case lists.
enum EncoderCases {}
