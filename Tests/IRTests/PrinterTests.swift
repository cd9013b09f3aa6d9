import Testing
@testable import IR

@Suite("IR printer")
struct PrinterTests {
    @Test("a hand-built module prints as LLVM text")
    func printsModule() throws {
        var m = Module()
        m.targetTriple = "x86_64-unknown-linux-gnu"
        let str = m.constant(.bytes(Array("%d\n".utf8) + [0]))
        let fmt = try m.addGlobal(GlobalVariable(name: ".str", valueType: .array(count: 4, element: .i8),
                                                 initializer: str, isConstant: true, linkage: .private, alignment: 1))
        var printf = Function(name: "printf", type: FunctionType(.i32, [.ptr], variadic: true))
        printf.parameterAttributes[0].noUndef = true
        let printfValue = try m.addFunction(printf)
        var main = Function(name: "main", type: FunctionType(.i32, []))
        main.blocks = [BlockData()]
        let forty = m.int(.i32, 40), two = m.int(.i32, 2)
        var add = InstructionData(.add, type: .i32, operands: [forty, two])
        add.flags = [.nsw]
        var call = InstructionData(.call, type: .i32, operands: [printfValue, fmt, .instruction(Inst(0))])
        call.auxiliaryType = .function(FunctionType(.i32, [.ptr], variadic: true))
        let ret = InstructionData(.ret, type: .void, operands: [m.int(.i32, 0)])
        main.instructions = [add, call, ret]
        main.blocks[0].instructions = [Inst(0), Inst(1), Inst(2)]
        try m.addFunction(main)
        #expect(m.text == """
            target triple = "x86_64-unknown-linux-gnu"

            @.str = private constant [4 x i8] c"%d\\0A\\00", align 1

            declare i32 @printf(ptr noundef, ...)

            define i32 @main() {
              %1 = add nsw i32 40, 2
              %2 = call i32 (ptr, ...) @printf(ptr @.str, i32 %1)
              ret i32 0
            }

            """)
    }
}

@Suite("Opcode table")
struct OpcodeTableTests {
    @Test("every opcode has a spelling that parses back, and one row of properties")
    func spellings() {
        #expect(Opcode.names.count == Opcode.allCases.count)
        for op in Opcode.allCases {
            #expect(Opcode(name: op.description) == op)
            _ = op.info
        }
        #expect(Opcode.br.info.isTerminator && !Opcode.add.info.isTerminator)
        #expect(Opcode.add.info.isCommutative && !Opcode.sub.info.isCommutative)
        #expect(IntPredicate.allCases.map(\.description).count == 10)
        #expect(FloatPredicate.uno.description == "uno")
    }
}
