// The CFG the optimizer keeps from one pass to the next (Sources/Optimizer/Optimizer.swift).

import IR
@testable import Optimizer
import Testing

@Suite("CFG kept between passes")
struct CFGCacheTests {
    @Test("the kept graph comes back while the edges stay, gains its dominators when asked, and is rebuilt when an edge changes")
    func keptGraph() throws {
        let module = try IRParser.parse("""
            define i32 @f(i1 %c) {
            entry:
              br i1 %c, label %a, label %b
            a:
              br label %b
            b:
              %r = phi i32 [ 1, %entry ], [ 2, %a ]
              ret i32 %r
            }
            """)
        var f = module.functions[0]
        var cache = CFGCache()
        let plain = cache.graph(of: f, dominators: false)
        #expect(!plain.hasDominators)
        #expect(Array(plain.successors[0]) == [1, 2])
        // Asked with dominators, the kept graph gets them (and keeps them for later requests).
        let dominated = cache.graph(of: f, dominators: true)
        #expect(dominated.hasDominators)
        #expect(dominated.immediateDominator == ControlFlowGraph(f).immediateDominator)
        #expect(dominated.reversePostorder == plain.reversePostorder)
        #expect(cache.graph(of: f, dominators: false).hasDominators)
        // The graph handed out before is a value: unchanged.
        #expect(!plain.hasDominators)
        // An edge changes (entry now goes to b only): a new graph, with a unreachable.
        let entryTerminator = f.blocks[0].instructions.last!
        f.instructions[entryTerminator.index] = InstructionData(.br, type: .void, operands: [.block(Block(2))])
        let rebuilt = cache.graph(of: f, dominators: true)
        #expect(Array(rebuilt.successors[0]) == [2])
        #expect(!rebuilt.isReachable(1))
        #expect(rebuilt.immediateDominator == ControlFlowGraph(f).immediateDominator)
        // A block more (its terminator names no new edge): a new graph too.
        f.blocks.append(f.blocks[1])
        #expect(cache.graph(of: f, dominators: false).order.count == 4)
    }
}
