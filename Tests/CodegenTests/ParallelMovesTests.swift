// Parallel-copy sequencing against its definition: random sets of moves (register cycles, chains,
// constants, an indirect call's `r11 ← callee`) are sequenced, then run on a symbolic machine in
// which a constant bound for an xmm register clobbers r11, as it may when it is built there.

@testable import Codegen
import IR
import RandomIR
import Testing
import X86

@Suite("Parallel moves")
struct ParallelMovesTests {
    /// What each location holds: the name of an initial location or of a constant.
    typealias State = [String: String]

    static func key(_ l: Location) -> String { "\(l)" }

    /// Runs the sequenced moves.
    static func run(_ moves: [ParallelMoves.Move], on initial: State) -> State {
        var state = initial
        for m in moves {
            if let s = m.source {
                state[key(m.destination)] = state[key(s)] ?? "initial \(key(s))"
            } else {
                if case .xmm = m.destination { state[key(.gpr(.r11))] = "clobbered" }
                state[key(m.destination)] = "constant for \(key(m.destination))"
            }
        }
        return state
    }

    @Test("an xmm constant is built before r11 receives the callee")
    func calleeAfterConstants() {
        var moves = ParallelMoves()
        // xmm0 ← 1.5 must wait for xmm1 ← xmm0; r11 ← rdi must wait for the constant.
        moves.moves.append(.init(destination: .xmm(.xmm0), source: nil, value: nil, type: .double))
        moves.add(.xmm(.xmm1), from: .xmm(.xmm0), type: .double)
        moves.add(.gpr(.r11), from: .gpr(.rdi), type: .ptr)
        let sequence = moves.sequenced()
        let state = Self.run(sequence, on: [:])
        #expect(state[Self.key(.gpr(.r11))] == "initial \(Self.key(.gpr(.rdi)))")
        #expect(state[Self.key(.xmm(.xmm1))] == "initial \(Self.key(.xmm(.xmm0)))")
        #expect(state[Self.key(.xmm(.xmm0))] == "constant for \(Self.key(.xmm(.xmm0)))")
    }

    /// Up to `n` distinct elements of `xs`, in random order.
    static func some<T>(of xs: [T], atMost n: Int, _ rng: inout SplitMix64) -> [T] {
        var pool = xs
        var chosen: [T] = []
        for _ in 0..<rng.below(n + 1) { chosen.append(pool.remove(at: rng.below(pool.count))) }
        return chosen
    }

    /// Adds moves into up to `atMost` distinct locations of `pool`: from a constant one time in
    /// `constantOneIn`, otherwise from a random location of the pool; records what each
    /// destination must hold afterwards.
    static func addRandomMoves(_ pool: [Location], atMost: Int, constantOneIn: Int, type: IRType,
                               _ moves: inout ParallelMoves, _ expected: inout [(Location, String)],
                               _ rng: inout SplitMix64) {
        for d in some(of: pool, atMost: atMost, &rng) {
            if rng.below(constantOneIn) == 0 {
                moves.moves.append(.init(destination: d, source: nil, value: nil, type: type))
                expected.append((d, "constant for \(key(d))"))
            } else {
                let s = rng.pick(pool)
                moves.add(d, from: s, type: type)
                expected.append((d, s == d ? "unchanged" : "initial \(key(s))"))
            }
        }
    }

    @Test("random parallel copies with cycles, constants and a callee in r11 keep their meaning")
    func random() {
        var rng = SplitMix64(seed: 0x5eed_0f_9a11)
        let gprs: [GPR64] = [.rdi, .rsi, .rdx, .rcx, .r8, .r9, .rbx, .r12]
        let xmms: [XMM] = Array(XMM.all[0..<9])
        for _ in 0..<3000 {
            var moves = ParallelMoves()
            var expected: [(Location, String)] = []
            // Each destination once, sources anywhere in the pool (so cycles and chains occur).
            Self.addRandomMoves(gprs.map { .gpr($0) }, atMost: 5, constantOneIn: 4, type: .i64, &moves, &expected, &rng)
            Self.addRandomMoves(xmms.map { .xmm($0) }, atMost: 6, constantOneIn: 3, type: .double, &moves, &expected, &rng)
            if rng.below(2) == 0 {
                let s = Location.gpr(rng.pick(gprs))
                moves.add(.gpr(.r11), from: s, type: .ptr)
                expected.append((.gpr(.r11), "initial \(Self.key(s))"))
            }
            let sequence = moves.sequenced()
            let state = Self.run(sequence, on: [:])
            for (d, want) in expected {
                let got = state[Self.key(d)] ?? "unchanged"
                #expect(got == want, "\(d): \(got), expected \(want), from \(moves.moves) sequenced as \(sequence)")
                if got != want { return }
            }
            // Only the scratch registers and the destinations are written.
            let written = Set(sequence.map { Self.key($0.destination) })
            let allowed = Set(expected.map { Self.key($0.0) } + [Self.key(.gpr(.rax)), Self.key(.xmm(.xmm15)), Self.key(.gpr(.r11))])
            #expect(written.isSubset(of: allowed))
        }
    }
}
