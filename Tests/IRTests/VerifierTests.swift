import Testing
@testable import IR

@Suite("IR verifier")
struct VerifierTests {
    @Test("a well-formed module verifies")
    func valid() throws {
        try BuilderTests.factorialModule().verify()
    }

    @Test("a module remembers that it verified until it changes")
    func remembersVerification() throws {
        var m = try BuilderTests.factorialModule()
        #expect(!m.isVerified)
        #expect(m.verifyAndRemember().isEmpty)
        #expect(m.isVerified)
        _ = m.int(.i32, 12345)  // a new constant in the pool cannot break the module
        #expect(m.isVerified)
        // Breaking a function through `functions` forgets it, and the next check finds the error.
        let f = m.functions.firstIndex { !$0.isDeclaration }!
        m.functions[f].blocks[0].instructions.removeLast()
        #expect(!m.isVerified)
        #expect(!m.verifyAndRemember().isEmpty)
        #expect(!m.isVerified)
        #expect(throws: VerifierError.self) { try m.verify() }
        // So do new globals and struct bodies.
        var g = try BuilderTests.factorialModule()
        g.verifyAndRemember()
        g.defineStruct("pair", StructBody(fields: [.i32, .i32]))
        #expect(!g.isVerified)
        g.verifyAndRemember()
        g.globals.append(GlobalVariable(name: "x", valueType: .i32, initializer: nil, isConstant: false))
        #expect(!g.isVerified)
    }

    /// A module with one function `f(i32) -> i32` whose body is `insts` in one block (or `blocks`).
    func module(_ blocks: [[InstructionData]], _ edit: (inout Module) -> Void = { _ in }) -> Module {
        var m = Module()
        var f = Function(name: "f", type: FunctionType(.i32, [.i32]))
        for insts in blocks {
            var b = BlockData()
            for d in insts {
                f.instructions.append(d)
                b.instructions.append(Inst(f.instructions.count - 1))
            }
            f.blocks.append(b)
        }
        _ = try? m.addFunction(f)
        edit(&m)
        return m
    }

    @Test("malformed instructions from the API are reported, and printed in the report, without a trap")
    func malformedInstructions() {
        let cases: [(String, [[InstructionData]])] = [
            ("br with no operand", [[InstructionData(.br, type: .void, operands: [])]]),
            ("br with two blocks and no condition",
             [[InstructionData(.br, type: .void, operands: [.block(Block(1)), .block(Block(1))])],
              [InstructionData(.ret, type: .void, operands: [.argument(0)])]]),
            ("add with one operand", [[InstructionData(.add, type: .i32, operands: [.argument(0)]),
                                       InstructionData(.ret, type: .void, operands: [.argument(0)])]]),
            ("operands that refer to nothing",
             [[InstructionData(.add, type: .i32, operands: [.argument(7), .instruction(Inst(99))]),
               InstructionData(.call, type: .i32, operands: [Value(.function, 5), Value(.constant, 1234), .global(3)]),
               InstructionData(.ret, type: .void, operands: [.argument(0)])]]),
            ("select with two operands", [[InstructionData(.select, type: .i32, operands: [.argument(0), .argument(0)]),
                                           InstructionData(.ret, type: .void, operands: [.argument(0)])]]),
        ]
        for (what, blocks) in cases {
            let d = module(blocks).verificationDiagnostics()
            #expect(!d.isEmpty, "\(what)")
            #expect(d.allSatisfy { $0.instruction.map { !$0.isEmpty } ?? true }, "\(what): \(d)")
        }
    }

    @Test("reports every error, naming function and instruction")
    func errors() {
        var m = Module()
        let one = m.int(.i32, 1), wide = m.int(.i64, 1)
        var f = Function(name: "f", type: FunctionType(.i32, [.i32]))
        f.instructions = [
            InstructionData(.add, type: .i32, operands: [.argument(0), wide]),  // operand type mismatch
            InstructionData(.add, type: .i32, operands: [.instruction(Inst(2)), one]),  // use before def
            InstructionData(.mul, type: .i32, operands: [.argument(0), one]),
            InstructionData(.ret, type: .void, operands: [wide]),  // wrong return type
        ]
        f.blocks = [BlockData()]
        f.blocks[0].instructions = [Inst(0), Inst(1), Inst(2), Inst(3)]
        _ = try? m.addFunction(f)
        let d = m.verificationDiagnostics()
        #expect(d.count == 3, "\(d)")
        #expect(d.map(\.message) == [
            "add operands must both be i32, not i32 and i64",
            "operand 0 is used before it is defined (its definition does not dominate this use)",
            "ret of i64 in a function returning i32",
        ])
        #expect(d[0].function == "f")
        #expect(d[0].instruction == "%2 = add i32 %0, 1")
    }

    @Test("structure: empty blocks, missing and misplaced terminators, phis not first")
    func structure() {
        let ret = InstructionData(.ret, type: .void, operands: [.argument(0)])
        let m1 = module([[], [ret]])
        #expect(m1.verificationDiagnostics().map(\.message).contains("block #0 is empty: every block ends with a terminator"))
        let m2 = module([[InstructionData(.add, type: .i32, operands: [.argument(0), .argument(0)])]])
        #expect(m2.verificationDiagnostics().first?.message == "block #0 does not end with a terminator")
        let m3 = module([[ret, ret]])
        #expect(m3.verificationDiagnostics().first?.message == "terminator in the middle of block #0")
    }

    @Test("phi incoming blocks must match predecessors; values must dominate the incoming edge")
    func phis() throws {
        var m = Module()
        try m.define("g", FunctionType(.i32, [.i1])) { (b: inout IRBuilder) throws(IRError) in
            let a = b.newBlock("a"), join = b.newBlock("join")
            try b.condBr(b.argument(0), a, join)
            b.position(at: a)
            let x = try b.add(b.int(.i32, 1), b.int(.i32, 2))
            try b.br(join)
            b.position(at: join)
            // Wrong: x does not dominate the edge from the entry block, and `a` is missing.
            let p = try b.phi(.i32, [(x, b.entryBlock)])
            try b.ret(p)
        }
        let messages = m.verificationDiagnostics().map(\.message)
        #expect(messages.contains("phi incoming blocks [0] do not match the block's predecessors [0, 1]"))
        #expect(messages.contains("phi operand 0 is not defined on every path into its incoming block"))
    }

    @Test("no branch may go to the entry block")
    func entryHasNoPredecessors() throws {
        let loop = InstructionData(.br, type: .void, operands: [.block(Block(0))])
        #expect(module([[loop]]).verificationDiagnostics().first?.message
            == "the entry block has a predecessor (block #0): no branch may go to the entry block")
        let m = try IRParser.parse("define void @f() {\nentry:\n  br label %b\nb:\n  br label %entry\n}\n")
        #expect(m.verificationDiagnostics().map(\.message)
            == ["the entry block has a predecessor (block #1): no branch may go to the entry block"])
    }

    @Test("calls are checked against the callee's type")
    func calls() throws {
        var m = Module()
        try m.declare("h", FunctionType(.void, [.i64]))
        try m.define("f", FunctionType(.void, [])) { (b: inout IRBuilder) throws(IRError) in
            try b.append(InstructionData(.call, type: .void, operands: [b.module.symbol(named: "h")!, b.int(.i32, 1)]))
            try b.ret()
        }
        #expect(m.verificationDiagnostics().map(\.message) == ["call argument 0 has type i32, expected i64"])
    }
}

@Suite("IR verifier on parsed text")
struct ParsedVerifierTests {
    @Test("diagnostics carry the instruction's line and column")
    func positions() throws {
        let text = """
            define i32 @f(i32 %a) {
              %x = add i32 %y, 1
              %y = add i32 %a, 1
              ret i32 %x
            }
            """
        let module = try IRParser.parse(text, file: "bad.ll")
        let d = module.verificationDiagnostics()
        #expect(d.map { $0.formatted(file: "bad.ll") } == [
            "bad.ll:2:3: error: operand 0 is used before it is defined (its definition does not dominate this use) (in @f: %x = add i32 %y, 1)",
        ])
    }

    @Test("every corpus module verifies", arguments: ParserCorpus.files)
    func corpusVerifies(_ name: String) throws {
        let text = try ParserCorpus.text(name)
        let module = try IRParser.parse(text, file: name)
        #expect(module.verificationDiagnostics().isEmpty, "\(module.verificationDiagnostics().prefix(5))")
    }
}
