import JIT
import Testing
import X86

/// Calling generated code through `@convention(c)` types, System V AMD64 ABI: integer arguments in
/// rdi, rsi, rdx, rcx, r8, r9 then the stack; doubles in xmm0-7; results in rax or xmm0.
@Suite("Typed calls into generated code")
struct TypedCallTests {
    let region: CodeRegion

    init() throws {
        region = try makeRegion()
    }

    @Test("Int64 arguments and result", arguments: [(Int64(2), Int64(3)), (-7, 4), (.max, 1), (.min, -1)])
    func int64Add(a: Int64, b: Int64) throws {
        let code = try region.load(try assemble(Bytes.movRaxRdi + Bytes.addRaxRsi + [Bytes.ret]))
        let add = try code.function(as: (@convention(c) (Int64, Int64) -> Int64).self)
        #expect(add(a, b) == a &+ b)
    }

    @Test("UInt64 arguments and result use all 64 bits", arguments: [(UInt64.max, UInt64(2)), (1 << 63, 1 << 62)])
    func uint64Add(a: UInt64, b: UInt64) throws {
        let code = try region.load(try assemble(Bytes.movRaxRdi + Bytes.addRaxRsi + [Bytes.ret]))
        let add = try code.function(as: (@convention(c) (UInt64, UInt64) -> UInt64).self)
        #expect(add(a, b) == a &+ b)
    }

    @Test("Int32 arguments and result in the low halves of rdi, rsi and rax",
          arguments: [(Int32(-5), Int32(3)), (.max, 1), (100, -200)])
    func int32Add(a: Int32, b: Int32) throws {
        let code = try region.load(try assemble(Bytes.movEaxEdi + Bytes.addEaxEsi + [Bytes.ret]))
        let add = try code.function(as: (@convention(c) (Int32, Int32) -> Int32).self)
        #expect(add(a, b) == a &+ b)
    }

    @Test("a pointer argument: generated code writes through it")
    func pointerArgument() throws {
        let code = try region.load(try assemble(Bytes.movMemRdiRsi + [Bytes.ret]))
        let store = try code.function(as: (@convention(c) (UnsafeMutablePointer<Int64>, Int64) -> Void).self)
        var cell: Int64 = 0
        store(&cell, -0x1234_5678_9abc)
        #expect(cell == -0x1234_5678_9abc)
    }

    @Test("Double arguments in xmm0/xmm1 and result in xmm0")
    func doubles() throws {
        let code = try region.load(try assemble(Bytes.addsd + [Bytes.ret] + Bytes.mulsd + [Bytes.ret]))
        typealias Binary = @convention(c) (Double, Double) -> Double
        let add = try code.function(as: Binary.self)
        #expect(add(1.5, 2.25) == 3.75)
        // mulsd starts after addsd (4 bytes) and ret (1 byte); reach it through a label.
        var asm = Assembler()
        asm.db(Bytes.addsd + [Bytes.ret])
        let multiply = asm.label()
        asm.db(Bytes.mulsd + [Bytes.ret])
        let both = try region.load(try asm.finalize())
        let mul = try both.function(at: multiply, as: Binary.self)
        #expect(mul(-3, 0.5) == -1.5)
        #expect(both.address(of: multiply) == both.baseAddress + 5)
    }

    @Test("more than six integer arguments: the 7th and 8th are on the stack")
    func stackArguments() throws {
        // rax = arg7 ([rsp+8]) + arg8 ([rsp+16]) + arg6 (r9)
        let code = try region.load(try assemble(Bytes.movRaxStack8 + Bytes.addRaxStack16 + Bytes.addRaxR9 + [Bytes.ret]))
        let f = try code.function(
            as: (@convention(c) (Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64) -> Int64).self)
        #expect(f(1, 2, 3, 4, 5, 600, 7000, 80000) == 87600)
    }

    @Test("a label's absolute address, stored by an absolute fixup, is read back by the code")
    func absoluteFixup() throws {
        var asm = Assembler()
        let entry = asm.label()
        asm.db(Bytes.movRaxRip1 + [Bytes.ret])  // mov rax, [rip+1]: the quad right after ret
        try asm.dq(entry)
        let code = try region.load(try asm.finalize())
        let f = try code.function(as: (@convention(c) () -> UInt).self)
        #expect(f() == UInt(bitPattern: code.baseAddress))
    }

    @Test("the size check rejects types that are not thin function pointers")
    func rejectsThickFunctionTypes() throws {
        let code = try region.load(try assemble([Bytes.ret]))
        #expect(throws: JITError(.notAFunctionPointer(typeName: "(Int64) -> Int64", size: 16))) {
            _ = try code.function(as: ((Int64) -> Int64).self)
        }
    }

    @Test("labels that are unbound, foreign or past the code are rejected")
    func rejectsBadLabels() throws {
        var asm = Assembler()
        asm.ret()
        let unbound = asm.newLabel()
        let end = asm.label()
        let code = try region.load(try asm.finalize())
        var other = Assembler()
        for _ in 0..<10 { _ = other.newLabel() }
        let foreign = other.newLabel()
        for label in [unbound, foreign] {
            #expect(code.address(of: label) == nil)
            #expect(throws: JITError(.labelNotInCode(label))) { _ = try code.function(at: label, as: UnaryInt64.self) }
        }
        // The end label has an address (one past the code) but is not an entry point.
        #expect(code.address(of: end) == code.baseAddress + 1)
        #expect(throws: JITError(.labelNotInCode(end))) { _ = try code.function(at: end, as: UnaryInt64.self) }
    }
}
