import Testing
@testable import IR

@Suite("Operands")
struct OperandsTests {
    /// A random value of any kind (the generator is ParserTests.swift's).
    static func randomValue(_ g: inout SplitMix64) -> Value {
        let kinds: [Value.Kind] = [.instruction, .argument, .constant, .global, .function, .block]
        return Value(kinds.randomElement(using: &g)!, Int.random(in: 0..<1000, using: &g))
    }

    /// Everything a reader can ask of `o` agrees with the array `model`.
    func expectSame(_ o: Operands, _ model: [Value], _ context: Comment) {
        #expect(o.count == model.count, context)
        #expect(o.isEmpty == model.isEmpty, context)
        #expect(Array(o) == model, context)
        #expect(o.array == model, context)
        #expect(o.first == model.first, context)
        #expect(o.last == model.last, context)
        for k in 0...model.count { #expect(o.array(from: k) == Array(model[k...]), context) }
        for (k, v) in model.enumerated() {
            #expect(o[k] == v, context)
            #expect(o.contains(v), context)
        }
        #expect(!o.contains(Value(.block, 5000)), context)
        // Kept inline up to four, in an array beyond: whichever way it was made.
        #expect((o.spill != nil) == (model.count > Operands.inlineCapacity), context)
        let rebuilt = Operands(model)
        #expect(o == rebuilt, context)
        #expect(o.hashValue == rebuilt.hashValue, context)
    }

    @Test("the fixed-count initializers and an array literal hold their values in order")
    func initializers() {
        let a = Value(.argument, 0), b = Value(.constant, 7), c = Value(.block, 2), d = Value(.instruction, 9)
        expectSame(Operands(), [], "none")
        expectSame(Operands(a), [a], "one")
        expectSame(Operands(a, b), [a, b], "two")
        expectSame(Operands(a, b, c), [a, b, c], "three")
        expectSame(Operands(a, b, c, d), [a, b, c, d], "four")
        expectSame([a, b, c, d, a], [a, b, c, d, a], "literal of five")
        expectSame(Operands([d, c, b, a, d, c]), [d, c, b, a, d, c], "array of six")
        expectSame(Operands((0..<7).map { Value(.constant, $0) }.lazy.filter { $0.index % 2 == 0 }),
                   [0, 2, 4, 6].map { Value(.constant, $0) }, "sequence")
        #expect(Operands(a, b) != Operands(b, a))
        #expect(Operands(a, b) != Operands(a, b, c))
    }

    /// A random integer in `0..<n`.
    func below(_ g: inout SplitMix64, _ n: Int) -> Int { Int.random(in: 0..<n, using: &g) }

    /// Random edits applied to an `Operands` and to an array side by side, across the change
    /// from inline to an array and back, compared after every edit.
    @Test("random edits agree with the same edits to an array", arguments: 0..<40)
    func randomEdits(seed: UInt64) {
        var g = SplitMix64(state: seed)
        var o = Operands()
        var model: [Value] = []
        for step in 0..<60 {
            let context: Comment = "seed \(seed), step \(step)"
            switch below(&g, 8) {
            case 0, 1:
                let v = Self.randomValue(&g)
                o.append(v)
                model.append(v)
            case 2 where !model.isEmpty:
                let k = below(&g, model.count), v = Self.randomValue(&g)
                o[k] = v
                model[k] = v
            case 3 where !model.isEmpty:
                let k = below(&g, model.count)
                #expect(o.remove(at: k) == model.remove(at: k), context)
            case 4:
                let k = below(&g, model.count + 1), v = Self.randomValue(&g)
                o.insert(v, at: k)
                model.insert(v, at: k)
            case 5:
                let low = below(&g, model.count + 1), high = low + below(&g, model.count - low + 1)
                let new = (0..<below(&g, 4)).map { _ in Self.randomValue(&g) }
                o.replaceSubrange(low..<high, with: new)
                model.replaceSubrange(low..<high, with: new)
            case 6:
                // A slice written with another slice of the same length.
                let low = below(&g, model.count + 1), high = low + below(&g, model.count - low + 1)
                let source = Operands((0..<(high - low + 1)).map { _ in Self.randomValue(&g) })
                o[low..<high] = source[1...]
                model[low..<high] = ArraySlice(source.array[1...])
            default:
                let n = below(&g, 9)
                model = (0..<n).map { _ in Self.randomValue(&g) }
                o = Operands(model)
            }
            expectSame(o, model, context)
        }
    }

    @Test("an instruction's operands survive copies and edits of the instruction")
    func inInstructions() throws {
        var m = Module()
        try m.define("f", FunctionType(.i64, Array(repeating: .i64, count: 5))) { (b: inout IRBuilder) throws(IRError) in
            let x = try b.add(b.argument(0), b.argument(1))
            let y = try b.call("f", [x, x, x, x, x])
            try b.ret(y)
        }
        var f = m.functions[0]
        let add = f.instructions[0], call = f.instructions[1]
        #expect(add.operands == [Value.argument(0), Value.argument(1)])
        #expect(call.operands.count == 6 && call.operands.spill != nil)
        // Changing the copy leaves the original as it was, inline or in an array.
        f.instructions[0].operands[1] = .argument(0)
        f.instructions[1].operands[5] = .argument(1)
        #expect(m.functions[0].instructions[0].operands[1] == .argument(1))
        #expect(m.functions[0].instructions[1].operands[5] == .instruction(Inst(0)))
        #expect(f.instructions[1].operands.array(from: 1).last == .argument(1))
    }
}
