// The register lists that are written out as literals (so that nothing is computed at their first
// use in a process) against what they stand for.

@testable import Codegen
import Testing
import X86

@Suite("Register lists")
struct RegisterListTests {
    @Test("GPR64.all and XMM.all list the sixteen registers in hardware order")
    func hardwareOrder() {
        #expect(GPR64.all.map(\.number) == (0..<16).map(UInt8.init))
        #expect(XMM.all.map(\.number) == (0..<16).map(UInt8.init))
    }

    @Test("the allocatable registers: caller-saved then callee-saved GPRs, xmm2 to xmm14")
    func allocatable() {
        let gprs = AllocatableRegisters.callerSavedGPRs + AllocatableRegisters.calleeSavedGPRs
        #expect(AllocatableRegisters.gprs == gprs)
        #expect(AllocatableRegisters.xmms == Array(XMM.all[2...14]))
        // None of them is a scratch register of the lowering.
        #expect(Set(AllocatableRegisters.gprs).isDisjoint(with: AllocatableRegisters.scratchGPRs))
        #expect(!AllocatableRegisters.xmms.contains(.xmm0) && !AllocatableRegisters.xmms.contains(.xmm1)
                && !AllocatableRegisters.xmms.contains(.xmm15))
    }
}
