// Branches, switches and the phi copies on control-flow edges.

import IR
import X86

extension FunctionCompiler {
    /// The (phi, incoming value) pairs of the edge `from` → `to`.
    func phiMoves(from: Int, to: Int) -> [(Inst, Value)] {
        var moves: [(Inst, Value)] = []
        for inst in function.blocks[to].instructions {
            let d = function.instructions[inst.index]
            guard d.opcode == .phi else { break }
            var k = 0
            while k + 1 < d.operands.count {
                if d.operands[k + 1].kind == .block && d.operands[k + 1].index == from {
                    moves.append((inst, d.operands[k]))
                    break
                }
                k += 2
            }
        }
        return moves
    }

    /// Runs the phi copies of edge `from` → `target`, then jumps to it.
    mutating func emitEdge(from: Int, to target: Value) throws {
        guard target.kind == .block, target.index < function.blocks.count else { throw unsupported("branch to a non-block") }
        let moves = phiMoves(from: from, to: target.index)
        let readsPhi = moves.contains { m in
            m.1.kind == .instruction && moves.contains { $0.0.index == m.1.index }
        }
        if moves.count > 1 && readsPhi {
            // A parallel copy: every source is read before any phi is written.
            for (phi, v) in moves {
                try copyValue(v, function.instructions[phi.index].type, to: frame.phiTemporary[phi.index])
            }
            for (phi, _) in moves {
                let t = function.instructions[phi.index].type
                try copyValue(.instruction(phi), t, from: frame.phiTemporary[phi.index], to: frame.valueOffset[phi.index])
            }
        } else {
            for (phi, v) in moves {
                try copyValue(v, function.instructions[phi.index].type, to: frame.valueOffset[phi.index])
            }
        }
        try asm.jmp(blockLabels[target.index])
    }

    /// Copies a frame slot or area of type `t` to another.
    mutating func copyValue(_ v: Value, _ t: IRType, from source: Int32, to destination: Int32) throws {
        if t.isAggregate {
            try asm.lea(.rsi, Memory(.rbp, source))
            try asm.lea(.rdi, Memory(.rbp, destination))
            try copyBytes(layout.size(of: t))
        } else {
            try asm.mov(.rax, .qword(.rbp, source))
            try asm.mov(.qword(.rbp, destination), .rax)
        }
    }

    /// True if the edge `from` → `target` carries phi copies.
    func hasMoves(from: Int, to target: Value) -> Bool {
        target.kind == .block && target.index < function.blocks.count && !phiMoves(from: from, to: target.index).isEmpty
    }

    mutating func lowerBranch(_ d: InstructionData, block: Int) throws {
        if d.operands.count == 1 {
            try emitEdge(from: block, to: d.operands[0])
            return
        }
        try load(d.operands[0], .rax)
        try asm.test(.eax, 1)
        let then = d.operands[1]
        if hasMoves(from: block, to: then) {
            let stub = asm.newLabel()
            try asm.j(.ne, stub)
            try emitEdge(from: block, to: d.operands[2])
            try asm.bind(stub)
            try emitEdge(from: block, to: then)
        } else {
            guard then.kind == .block, then.index < function.blocks.count else { throw unsupported("branch to a non-block") }
            try asm.j(.ne, blockLabels[then.index])
            try emitEdge(from: block, to: d.operands[2])
        }
    }

    /// A switch as a chain of compares; each case with phi copies gets its own edge stub.
    mutating func lowerSwitch(_ d: InstructionData, block: Int) throws {
        let w = try width(typeOf(d.operands[0]))
        try load(d.operands[0], .rax)
        var stubs: [(Label, Value)] = []
        var k = 2
        while k + 1 < d.operands.count {
            guard d.operands[k].kind == .constant, case .int(_, let bits) = module.constants[d.operands[k].index] else {
                throw unsupported("switch case that is not an integer constant")
            }
            let value = bits & widthMask(w)
            if let imm = Int32(exactly: Int64(bitPattern: value)) {
                try asm.cmp(.rax, Int64(imm))
            } else {
                try loadImmediate(.rcx, value)
                try asm.cmp(.rax, .rcx)
            }
            let target = d.operands[k + 1]
            if hasMoves(from: block, to: target) {
                let stub = asm.newLabel()
                stubs.append((stub, target))
                try asm.j(.e, stub)
            } else {
                guard target.kind == .block, target.index < function.blocks.count else {
                    throw unsupported("branch to a non-block")
                }
                try asm.j(.e, blockLabels[target.index])
            }
            k += 2
        }
        try emitEdge(from: block, to: d.operands[1])
        for (stub, target) in stubs {
            try asm.bind(stub)
            try emitEdge(from: block, to: target)
        }
    }
}
