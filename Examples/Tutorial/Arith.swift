import JIT
import X86

/// The article's first function: ((18 + 4) - 2) * 2, returned in rax.
func arith() throws {
    var asm = Assembler()
    try asm.mov(.rax, 18)
    try asm.add(.rax, 4)
    try asm.sub(.rax, 2)
    try asm.imul(.rax, 2)
    asm.ret()
    let machineCode = try asm.finalize()
    print(machineCode.bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " "))

    let region = try CodeRegion()
    let code = try region.load(machineCode)
    let function = try code.function(as: (@convention(c) () -> Int64).self)
    print("arith() =", function())
}
