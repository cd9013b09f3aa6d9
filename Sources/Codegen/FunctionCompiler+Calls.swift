// Calls with the System V ABI (see ABI.swift): stack arguments are written below rsp first, then
// the register arguments are set as one parallel copy (an argument may sit in another argument's
// register). Values live across a call are in callee-saved registers or slots (the allocator
// sees to it), so the call may change every caller-saved register.

import IR
import X86

/// What a call jumps to.
enum CallTarget {
    /// A function compiled in this module (or an engine stub).
    case label(Label)
    /// A C function.
    case absolute(UInt64)
    /// A function pointer operand.
    case indirect(Value)
}

extension FunctionCompiler {
    /// True for the C functions that end the process; calls go to the engine's stub, which
    /// returns from `runMain` like the interpreter does. (A switch, not a `Set<String>`: see
    /// ArrayFilling.swift on one-off types.)
    static func isExitFunction(_ name: String) -> Bool {
        switch name {
        case "exit", "_exit", "_Exit", "quick_exit": true
        default: false
        }
    }

    /// The types of `values`.
    func types(of values: [Value]) -> [IRType] {
        var result: [IRType] = []
        result.reserveCapacity(values.count)
        for v in values { result.append(module.type(of: v, in: function)) }
        return result
    }

    mutating func lowerCall(_ inst: Inst, _ d: InstructionView) throws {
        guard let callee = d.operands.first else { throw unsupported("call without callee") }
        let target: CallTarget
        if callee.kind == .function {
            // (Fields, not the whole callee: copying a Function retains every array it has.)
            let isDeclaration = module.functions[callee.index].isDeclaration
            if isDeclaration && context.callees.kinds[callee.index] != .function {
                try lowerIntrinsic(module.functions[callee.index].name, inst, d)
                return
            }
            if !isDeclaration, let label = context.functionLabels[callee.index] {
                target = .label(label)
            } else if Self.isExitFunction(module.functions[callee.index].name), let stub = context.exitStub {
                target = .label(stub)
            } else {
                let a = context.externalAddresses[callee.index]
                guard a != 0 else { throw failure(.unknownSymbol(module.functions[callee.index].name)) }
                target = .absolute(a)
            }
        } else {
            target = .indirect(callee)
        }
        // (After the intrinsics, which read their operands in place.)
        let arguments = d.operands.array(from: 1)
        let type: FunctionType
        if case .function(let t)? = d.auxiliaryType {
            type = t
        } else if callee.kind == .function {
            type = module.functions[callee.index].type
        } else {
            type = FunctionType(d.type, types(of: arguments))
        }
        try emitCall(target, arguments, attributes: d.argumentAttributes, variadic: type.isVariadic,
                     result: d.type, into: inst)
    }

    /// Emits a call: arguments, `al` for variadic callees, the call, and the result into the
    /// location of `inst` (nil: no result).
    mutating func emitCall(_ target: CallTarget, _ arguments: [Value], attributes: [ParameterAttributes],
                           variadic: Bool, result: IRType, into inst: Inst?) throws
    {
        let types = types(of: arguments)
        let assignment: ArgumentAssignment
        do {
            assignment = try CallingConvention.assign(types, attributes, layout: layout)
        } catch {
            throw failure(error.kind)
        }
        func attribute(_ i: Int) -> ParameterAttributes { i < attributes.count ? attributes[i] : ParameterAttributes() }
        if assignment.stackSize > 0 { try asm.sub(.rsp, Int64(assignment.stackSize)) }
        for (i, v) in arguments.enumerated() {
            switch assignment.locations[i] {
            case .stack(let offset):
                try load(v, .rax)
                if attribute(i).signExtend, let w = types[i].integerWidth { try signExtend(.rax, w) }
                try asm.mov(.qword(.rsp, Int32(offset)), .rax)
            case .byValue(let offset, let size):
                try load(v, .rdx)
                try asm.lea(.r11, Memory(.rsp, Int32(offset)))
                try copyBytes(size)
            default:
                break
            }
        }
        var moves = ParallelMoves()
        var extend: [(GPR64, Int)] = []
        for (i, v) in arguments.enumerated() {
            switch assignment.locations[i] {
            case .gpr(let n):
                let r = CallingConvention.argumentGPRs[n]
                moves.add(.gpr(r), v, types[i], self.assignment)
                if attribute(i).signExtend, let w = types[i].integerWidth, w < 64 { extend.append((r, w)) }
            case .xmm(let n):
                moves.add(.xmm(XMM.all[n]), v, ValueClass(types[i]) == .xmm ? types[i] : .double, self.assignment)
            default:
                break
            }
        }
        if case .indirect(let callee) = target { moves.add(.gpr(.r11), callee, .ptr, self.assignment) }
        try emit(moves)
        for (r, w) in extend { try signExtend(r, w) }
        if variadic { try asm.mov(.eax, Int64(assignment.xmmCount)) }
        switch target {
        case .label(let label): try asm.call(label)
        case .absolute(let address): asm.call(absolute: address)
        case .indirect: try asm.call(.r11)
        }
        if assignment.stackSize > 0 { try asm.add(.rsp, Int64(assignment.stackSize)) }
        if let inst { try defineCallResult(result, inst) }
    }

    /// Moves the result registers of a call to the result's location or area.
    mutating func defineCallResult(_ t: IRType, _ inst: Inst) throws {
        switch t {
        case .void:
            return
        case .int, .ptr:
            try normalize(.rax, t)
            try define(inst, .rax)
        case .float, .double:
            try defineXMM(inst, .xmm0)
        case .vector where t.isPacked:
            try defineXMM(inst, .xmm0)
        case .vector:
            try asm.movq(.rax, .xmm0)
            try asm.mov(.qword(.rbp, try slot(.instruction(inst))), .rax)
        default:
            guard t.isAggregate else { throw unsupported("call result of type \(t)") }
            let area = try slot(.instruction(inst))
            for piece in try CallingConvention.resultPieces(t, module: module, layout: layout) {
                let address = Memory(.rbp, area + Int32(piece.offset))
                if piece.type == .float {
                    try asm.movss(.dword(address), XMM.all[piece.register])
                } else if piece.type == .double || piece.type.isVector {
                    try asm.movsd(.qword(address), XMM.all[piece.register])
                } else {
                    try storeScalar(piece.type, CallingConvention.resultGPRs[piece.register], to: address)
                }
            }
        }
    }
}
