@testable import JIT
import Testing
import X86

/// The linker on plain memory with made-up load addresses, so near and far cases are exact.
@Suite("Linker")
struct LinkerTests {
    /// Links `code` into a fresh buffer as if it were loaded at `loadAddress`.
    func link(_ code: MachineCode, at loadAddress: UInt, alwaysUseStubs: Bool = false) throws
        -> ([UInt8], Linker.Result)
    {
        var memory = [UInt8](repeating: 0, count: Linker.maximumSize(code) + 32)
        let result = try memory.withUnsafeMutableBytes { buffer in
            try Linker.link(code, into: buffer, loadAddress: loadAddress, alwaysUseStubs: alwaysUseStubs)
        }
        return (memory, result)
    }

    func rel32(_ bytes: [UInt8], at offset: Int) -> Int64 {
        Int64(bytes[offset..<offset + 4].reversed().reduce(Int32(0)) { $0 << 8 | Int32($1) })
    }

    func callCode(to targets: [UInt64]) throws -> MachineCode {
        var asm = Assembler()
        for target in targets { asm.call(absolute: target) }
        asm.ret()
        return try asm.finalize()
    }

    @Test("a near target gets a direct rel32 measured from the end of the field")
    func nearCall() throws {
        let base: UInt = 0x1000_0000
        let code = try callCode(to: [UInt64(base) + 0x100])
        let (bytes, result) = try link(code, at: base)
        #expect(result == Linker.Result(size: code.bytes.count, stubCount: 0))
        #expect(bytes[0] == 0xE8)
        #expect(rel32(bytes, at: 1) == 0x100 - 5)
        #expect(bytes[code.bytes.count] == 0xCC, "bytes after the code are int3")
    }

    @Test("a far target goes through a jmp [rip+0] stub holding the absolute address")
    func farCall() throws {
        let base: UInt = 0x7000_0000_0000
        let target: UInt64 = 0x1234_5678
        let code = try callCode(to: [target])
        let (bytes, result) = try link(code, at: base)
        let stub = Linker.stubAreaOffset(code)
        #expect(result == Linker.Result(size: stub + 16, stubCount: 1))
        #expect(Array(bytes[stub..<stub + 6]) == [0xFF, 0x25, 0x00, 0x00, 0x00, 0x00])
        let stored = bytes[stub + 6..<stub + 14].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(stored == target)
        #expect(rel32(bytes, at: 1) == Int64(stub - 5))
        #expect(Array(bytes[code.bytes.count..<stub]).allSatisfy { $0 == 0xCC })
    }

    @Test("reach is exactly the rel32 range: Int32.max is direct, one more needs a stub")
    func reachBoundary() throws {
        let base: UInt = 0x4000_0000_0000
        let fieldEnd = UInt64(base) + 5
        let (_, edge) = try link(try callCode(to: [fieldEnd + UInt64(Int32.max)]), at: base)
        #expect(edge.stubCount == 0)
        let (_, beyond) = try link(try callCode(to: [fieldEnd + UInt64(Int32.max) + 1]), at: base)
        #expect(beyond.stubCount == 1)
        let (_, below) = try link(try callCode(to: [fieldEnd - (UInt64(Int32.max) + 1)]), at: base)
        #expect(below.stubCount == 0)
        let (_, belowBeyond) = try link(try callCode(to: [fieldEnd - (UInt64(Int32.max) + 2)]), at: base)
        #expect(belowBeyond.stubCount == 1)
    }

    @Test("one stub per distinct target, shared by every call to it")
    func stubsAreShared() throws {
        let code = try callCode(to: [0x10, 0x20, 0x10, 0x10])
        let (bytes, result) = try link(code, at: 0x1000, alwaysUseStubs: true)
        #expect(result.stubCount == 2)
        let stub = Linker.stubAreaOffset(code)
        // Calls 0, 2 and 3 (at offsets 0, 10, 15) land on the first stub; call 1 on the second.
        #expect(rel32(bytes, at: 1) + 5 == Int64(stub))
        #expect(rel32(bytes, at: 6) + 10 == Int64(stub + 16))
        #expect(rel32(bytes, at: 11) + 15 == Int64(stub))
        #expect(rel32(bytes, at: 16) + 20 == Int64(stub))
    }

    @Test("absolute fixups get the load address added")
    func absoluteFixups() throws {
        var asm = Assembler()
        asm.ret()
        let data = asm.newLabel()
        try asm.bind(data)
        try asm.dq(data)
        let code = try asm.finalize()
        let (bytes, _) = try link(code, at: 0x5555_0000)
        let stored = bytes[1..<9].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(stored == 0x5555_0000 + 1)
    }

    @Test("relocations outside the code are rejected")
    func validation() throws {
        var asm = Assembler()
        asm.call(absolute: 0x1000)
        asm.db([0xC3, 0, 0])
        var code = try asm.finalize()
        try Linker.validate(code)
        code.absoluteFixups = [1]
        #expect(throws: JITError(.relocationOutsideCode(offset: 1))) { try Linker.validate(code) }
        code.absoluteFixups = [0]
        try Linker.validate(code)
        code.externalCalls[0].position = 5
        #expect(throws: JITError(.relocationOutsideCode(offset: 5))) { try Linker.validate(code) }
    }
}
