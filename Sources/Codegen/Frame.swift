// The stack frame of a compiled function. The baseline compiler keeps every SSA value in memory:
//
//   [rbp+16 ...]   stack arguments of the caller
//   [rbp+8]        return address
//   [rbp]          caller's rbp
//   [rbp-...]      va_list register save area (variadic functions: rdi..r9, then xmm0-7 at 16 bytes)
//                  one 8-byte slot per parameter and per scalar instruction result
//                  aggregate results: an area of the type's size (the value's bytes)
//                  one temporary per phi (parallel copies on edges)
//                  fixed areas of constant-size allocas in the entry block
//   [rsp]          16-byte aligned; dynamic allocas and outgoing stack arguments move rsp down
//
// Invariant: a slot of an integer of width w < 64 holds the value zero-extended to 64 bits; a
// float slot holds its bits zero-extended; pointers and doubles hold all 64 bits.

import IR

/// Offsets (from rbp, negative) of everything a function keeps in its frame.
struct Frame {
    /// Slot or area of each instruction's result, by instruction index; 0 for none.
    var valueOffset: [Int32]
    /// Slot of each parameter.
    var argumentOffset: [Int32]
    /// The fixed area of a static alloca, by instruction index; 0 for dynamic ones.
    var allocaOffset: [Int32]
    /// Temporary of each phi, by instruction index.
    var phiTemporary: [Int32]
    /// The 176-byte register save area of a variadic function, or 0.
    var saveArea: Int32 = 0
    /// Bytes below rbp, a multiple of 16.
    var size: Int32 = 0

    /// Lays out the frame of `function`.
    /// - Throws: ``CodegenError`` if an area is too large for a 32-bit displacement.
    init(function: Function, module: Module, layout: DataLayout) throws(CodegenError) {
        valueOffset = Array(repeating: 0, count: function.instructions.count)
        allocaOffset = Array(repeating: 0, count: function.instructions.count)
        phiTemporary = Array(repeating: 0, count: function.instructions.count)
        argumentOffset = []
        var used = 0
        func allocate(_ bytes: Int, _ alignment: Int) -> Int32 {
            used += max(bytes, 1)
            used = (used + alignment - 1) / alignment * alignment
            return Int32(-used)
        }
        if function.type.isVariadic { saveArea = allocate(176, 16) }
        for _ in function.type.parameters { argumentOffset.append(allocate(8, 8)) }
        for (b, block) in function.blocks.enumerated() {
            for inst in block.instructions {
                let d = function.instructions[inst.index]
                if d.type != .void {
                    if d.type.isAggregate {
                        valueOffset[inst.index] = allocate((layout.size(of: d.type) + 7) / 8 * 8, 16)
                    } else {
                        valueOffset[inst.index] = allocate(8, 8)
                    }
                }
                if d.opcode == .phi {
                    phiTemporary[inst.index] = d.type.isAggregate
                        ? allocate((layout.size(of: d.type) + 7) / 8 * 8, 16) : allocate(8, 8)
                }
                if d.opcode == .alloca, b == 0, d.operands.isEmpty || FunctionCompiler.constantCount(d, module) != nil {
                    let t = d.auxiliaryType ?? .i8
                    let count = d.operands.isEmpty ? 1 : FunctionCompiler.constantCount(d, module) ?? 1
                    let align = max(d.alignment ?? 1, layout.alignment(of: t))
                    if align <= 16 {
                        allocaOffset[inst.index] = allocate(layout.size(of: t) * max(1, count), max(align, 8))
                    }
                }
                if used > Int(Int32.max) / 2 {
                    throw CodegenError(.unsupported("a stack frame larger than 1 GiB"), function: function.name)
                }
            }
        }
        size = Int32((used + 15) / 16 * 16)
    }
}
