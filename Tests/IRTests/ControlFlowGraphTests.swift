import CorpusSupport
import Testing
@testable import IR

@Suite("Control-flow graph")
struct ControlFlowGraphTests {
    /// The successor lists of `cfg`, comparable.
    func lists(_ cfg: ControlFlowGraph) -> [[Int]] {
        (0..<max(cfg.successors.start.count - 1, 0)).map { Array(cfg.successors[$0]) }
    }

    /// `describes(_:)`, which the optimizer trusts to reuse a graph between passes, against a graph
    /// built anew: on every function of the corpus, and after random changes to its terminators'
    /// block operands (a target replaced, two swapped, a target repeated, a target past the last
    /// block, a block added or dropped), the old graph describes the changed function exactly when a new graph has the
    /// same blocks and successor lists — and then the same predecessors, order and dominators.
    @Test("a graph describes a function exactly when its edges are unchanged")
    func describesMatchesRebuilt() throws {
        var rng = SplitMix64(state: 0x5EED)  // (ParserTests.swift)
        var reused = 0, rebuilt = 0
        for name in corpusFiles {
            guard let text = readFile(corpusDirectory + "/" + name) else { continue }
            let module = try IRParser.parse(text, file: name)
            for function in module.functions where !function.blocks.isEmpty {
                let cfg = ControlFlowGraph(function)
                #expect(cfg.describes(function), "\(name) @\(function.name)")
                #expect(cfg.hasDominators)
                for _ in 0..<6 {
                    var f = function
                    let n = f.blocks.count
                    let b = Int(rng.next() % UInt64(n))
                    guard let last = f.blocks[b].instructions.last else { continue }
                    let ops = f.instructions[last.index].operands
                    let targets = ops.indices.filter { ops[$0].kind == .block }
                    // (Each change applies only where it can; otherwise the function is left as
                    // it was, which `describes` must accept.)
                    switch rng.next() % 6 {
                    case 0:  // retarget one edge
                        if !targets.isEmpty {
                            let k = targets[Int(rng.next() % UInt64(targets.count))]
                            f.instructions[last.index].operands[k] = .block(Block(Int(rng.next() % UInt64(n))))
                        }
                    case 1:  // swap two targets
                        if targets.count >= 2 { f.instructions[last.index].operands.swapAt(targets[0], targets[1]) }
                    case 2:  // both edges to one block
                        if targets.count >= 2 { f.instructions[last.index].operands[targets[1]] = ops[targets[0]] }
                    case 3:  // a block operand past the last block, which both ignore (edges unchanged)
                        f.instructions[last.index].operands.append(.block(Block(n + Int(rng.next() % 3))))
                    case 4:  // one more block
                        f.blocks.append(f.blocks[b])
                    default:  // one block fewer (the last)
                        if n > 1 { f.blocks.removeLast() }
                    }
                    let fresh = ControlFlowGraph(f)
                    let same = f.blocks.count == n && lists(fresh) == lists(cfg)
                    #expect(cfg.describes(f) == same, "\(name) @\(function.name)")
                    if same {
                        reused += 1
                        #expect(fresh.reversePostorder == cfg.reversePostorder)
                        #expect(fresh.order == cfg.order)
                        #expect(fresh.predecessors.items == cfg.predecessors.items
                                && fresh.predecessors.start == cfg.predecessors.start)
                        #expect(fresh.immediateDominator == cfg.immediateDominator)
                    } else {
                        rebuilt += 1
                    }
                }
            }
        }
        // Both answers occur (an unchanged edge list, a changed one).
        #expect(reused > 100 && rebuilt > 100, "reused \(reused), rebuilt \(rebuilt)")
    }

    @Test("dominators computed later equal those computed at once")
    func dominatorsOnDemand() throws {
        for name in corpusFiles.prefix(40) {
            guard let text = readFile(corpusDirectory + "/" + name) else { continue }
            let module = try IRParser.parse(text, file: name)
            for function in module.functions where function.blocks.count > 1 {
                var late = ControlFlowGraph(function, dominators: false)
                #expect(!late.hasDominators)
                late.computeDominatorsIfNeeded()
                #expect(late.immediateDominator == ControlFlowGraph(function).immediateDominator)
            }
        }
    }
}
