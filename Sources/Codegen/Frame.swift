// The stack frame of a compiled function, laid out after register allocation:
//
//   [rbp+16 ...]   stack arguments of the caller
//   [rbp+8]        return address
//   [rbp]          caller's rbp
//   [rbp-8 ...]    the callee-saved registers the function uses (pushed in the prologue)
//   [rbp-...]      va_list register save area (variadic functions: rdi..r9, then xmm0-7 at 16 bytes)
//                  one 8-byte slot per value that lives in memory (spilled by the allocator, or
//                  every value when allocation is off)
//                  (16 bytes for a packed vector)
//                  aggregate and small-vector values: an area of the type's size
//                  16 bytes through which packed vectors' elements are read and written
//                  one temporary per aggregate phi (parallel copies on edges)
//                  fixed areas of constant-size allocas in the entry block
//   [rsp]          16-byte aligned; dynamic allocas and outgoing stack arguments move rsp down
//
// Invariant: a register or slot holding an integer of width w < 64 holds the value zero-extended
// to 64 bits; a float slot's low 32 bits are the float (readers read 32 bits); pointers and
// doubles use all 64 bits.

import IR
import X86

/// Offsets (from rbp, negative) of everything a function keeps in its frame.
struct Frame {
    /// The fixed area of a static alloca, by instruction index; 0 for dynamic ones.
    var allocaOffset: [Int32]
    /// Temporary of each aggregate phi, by instruction index.
    var phiTemporary: [Int32]
    /// The 176-byte register save area of a variadic function, or 0.
    var saveArea: Int32 = 0
    /// 16 bytes for taking packed vectors apart and putting them together, or 0 if the function
    /// has none.
    var vectorScratch: Int32 = 0
    /// Bytes the prologue subtracts from rsp after pushing the callee-saved registers; the
    /// whole frame below rbp stays a multiple of 16.
    var size: Int32 = 0
    /// The callee-saved registers pushed after rbp, in push order.
    var calleeSaved: [GPR64] = []
    /// True if something moves rsp for good within the function body (a dynamic alloca or
    /// `llvm.stackrestore`), so the epilogue must reset it from rbp.
    var hasDynamicStack = false

    /// Lays out the frame of `function` and fills in the offsets of the slots and frame
    /// addresses in `assignment`.
    /// - Throws: ``CodegenError`` if an area is too large for a 32-bit displacement.
    init(function: Function, module: Module, layout: DataLayout, assignment: inout RegisterAssignment) throws(CodegenError) {
        allocaOffset = Array(filling: 0, count: function.instructions.count)
        phiTemporary = Array(filling: 0, count: function.instructions.count)
        calleeSaved = assignment.calleeSaved
        var used = 8 * calleeSaved.count
        func allocate(_ bytes: Int, _ alignment: Int) -> Int32 {
            used += max(bytes, 1)
            used = (used + alignment - 1) / alignment * alignment
            return Int32(-used)
        }
        if function.type.isVariadic { saveArea = allocate(176, 16) }
        let parameters = function.type.parameters
        for (i, l) in assignment.arguments.enumerated() where l == .slot(0) {
            assignment.arguments[i] = .slot(parameters[i].isPacked ? allocate(16, 16) : allocate(8, 8))
        }
        for (i, l) in assignment.hoisted.enumerated() where l == .slot(0) {
            assignment.hoisted[i] = .slot(allocate(8, 8))
        }
        for i in assignment.home.keys.sorted() {
            let n = function.instructions.count
            let packed = i < n ? function.instructions[i].type.isPacked : i - n < parameters.count && parameters[i - n].isPacked
            assignment.home[i] = packed ? allocate(16, 16) : allocate(8, 8)
        }
        if parameters.contains(where: \.isPacked) || function.instructions.contains(where: { $0.type.isPacked }) {
            vectorScratch = allocate(16, 16)
        }
        // (Views: each instruction read in place, not copied.)
        try function.withInstructionViews { (ins) throws(CodegenError) in
            for (b, block) in function.blocks.enumerated() {
                for inst in block.instructions {
                    // Most instructions need nothing here: the opcode first.
                    switch function.instructions[inst.index].opcode {
                    case .phi, .alloca, .call: break
                    default: if assignment.instructions[inst.index] != .slot(0) { continue }
                    }
                    let d = ins[inst]
                    if assignment.instructions[inst.index] == .slot(0) {
                        let bytes = d.type.isAggregate ? (layout.size(of: d.type) + 7) / 8 * 8 : d.type.isPacked ? 16 : 8
                        assignment.instructions[inst.index] = .slot(allocate(bytes, d.type.isAggregate || d.type.isPacked ? 16 : 8))
                    }
                    if d.opcode == .phi && d.type.isAggregate {
                        phiTemporary[inst.index] = allocate((layout.size(of: d.type) + 7) / 8 * 8, 16)
                    }
                    if d.opcode == .alloca, b != 0 || !(d.operands.isEmpty || FunctionCompiler.constantCount(d.operands, module) != nil)
                        || max(d.alignment ?? 1, layout.alignment(of: d.auxiliaryType ?? .i8)) > 16
                    {
                        hasDynamicStack = true
                    }
                    if d.opcode == .call, let callee = d.operands.first, callee.kind == .function,
                       module.functions[callee.index].name.hasPrefix("llvm.stackrestore")
                    {
                        hasDynamicStack = true
                    }
                    if d.opcode == .alloca, b == 0, d.operands.isEmpty || FunctionCompiler.constantCount(d.operands, module) != nil {
                        let t = d.auxiliaryType ?? .i8
                        let count = d.operands.isEmpty ? 1 : FunctionCompiler.constantCount(d.operands, module) ?? 1
                        let align = max(d.alignment ?? 1, layout.alignment(of: t))
                        if align <= 16 {
                            let offset = allocate(layout.size(of: t) * max(1, count), max(align, 8))
                            allocaOffset[inst.index] = offset
                            if assignment.instructions[inst.index] == .frame(0) { assignment.instructions[inst.index] = .frame(offset) }
                        }
                    }
                    if used > Int(Int32.max) / 2 {
                        throw CodegenError(.unsupported("a stack frame larger than 1 GiB"), function: function.name)
                    }
                }
            }
        }
        let total = (used + 15) / 16 * 16
        size = Int32(total - 8 * calleeSaved.count)
    }
}
