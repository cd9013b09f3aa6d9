// The execution loop: one `switch` per op over the current frame's slots. Calls to interpreted
// functions push a frame and continue in the same loop, so recursion in the program costs no
// host stack; only native callbacks (C calling an IR function) nest `execute`.

#if canImport(Glibc)
import Glibc
#endif
import IR

extension Interpreter {
    /// An error at op `pc`, naming its function and instruction.
    func fault(_ kind: InterpreterError.Kind, at pc: Int) -> InterpreterError {
        guard pc >= 0, pc < origins.count else { return InterpreterError(kind) }
        let (f, i) = origins[pc]
        let function = module.functions[Int(f)]
        return InterpreterError(kind, function: function.name, instruction: module.text(of: Inst(Int(i)), in: function, singleLine: true))
    }

    /// Checks that `address` may be dereferenced (not null or in the first page).
    @inline(__always)
    func pointer(_ address: UInt64, _ pc: Int) throws(InterpreterError) -> UnsafeMutableRawPointer {
        guard address >= 4096, let p = UnsafeMutableRawPointer(bitPattern: UInt(address)) else {
            throw fault(.nullPointer, at: pc)
        }
        return p
    }

    /// Bumps the alloca stack.
    func allocateStack(_ size: Int, alignment: Int, pc: Int) throws(InterpreterError) -> UnsafeMutableRawPointer {
        let a = UInt(max(alignment, 1))
        let start = (UInt(bitPattern: allocaTop) + a - 1) / a * a
        let end = start + UInt(max(size, 0))
        guard size >= 0, end <= UInt(bitPattern: memory.stack) + UInt(memory.stackSize) else {
            throw fault(.stackOverflow, at: pc)
        }
        allocaTop = UnsafeMutableRawPointer(bitPattern: end)!
        return UnsafeMutableRawPointer(bitPattern: start)!
    }

    /// Follows edge `e`: makes its phi copies (all reads before any write) and returns the target.
    @inline(__always)
    func take(_ e: Int32, _ regs: UnsafeMutablePointer<UInt64>) -> Int {
        let edge = edges[Int(e)]
        let n = Int(edge.count)
        if n == 0 { return Int(edge.target) }
        let moves = extra.baseAddress! + Int(edge.moves)
        var hasAggregate = false
        for k in 0..<n {
            phiScratch[k] = regs[Int(moves[3 * k + 1])]
            if moves[3 * k + 2] != 0 { hasAggregate = true }
        }
        if !hasAggregate {
            for k in 0..<n { regs[Int(moves[3 * k])] = phiScratch[k] }
            return Int(edge.target)
        }
        // Aggregate phis own their bytes: copy the incoming bytes through scratch stack memory.
        var scratch = allocaTop
        var sources: [UnsafeMutableRawPointer] = []
        for k in 0..<n where moves[3 * k + 2] != 0 {
            let size = Int(moves[3 * k + 2])
            if let src = UnsafeRawPointer(bitPattern: UInt(phiScratch[k])) { scratch.copyMemory(from: src, byteCount: size) }
            sources.append(scratch)
            scratch += (size + 15) & ~15
        }
        var s = 0
        for k in 0..<n {
            let dst = Int(moves[3 * k])
            if moves[3 * k + 2] != 0 {
                if let d = UnsafeMutableRawPointer(bitPattern: UInt(regs[dst])) {
                    d.copyMemory(from: sources[s], byteCount: Int(moves[3 * k + 2]))
                }
                s += 1
            } else {
                regs[dst] = phiScratch[k]
            }
        }
        return Int(edge.target)
    }

    /// Runs from the top frame until the frame stack is back to `baseDepth` frames; returns the
    /// value of the last `ret` (for aggregates, the address of its bytes, valid until the next call).
    func execute(baseDepth: Int) throws(InterpreterError) -> UInt64 {
        let ops = self.ops.baseAddress!
        var regs = frames[frames.count - 1].regs
        var pc = Int(infos[Int(frames[frames.count - 1].function)].entry)
        while true {
            let op = ops[pc]
            let dst = Int(op.dst)
            switch op.code {
            case .add: regs[dst] = (regs[Int(op.a)] &+ regs[Int(op.b)]) & widthMask(Int(op.width))
            case .sub: regs[dst] = (regs[Int(op.a)] &- regs[Int(op.b)]) & widthMask(Int(op.width))
            case .mul: regs[dst] = (regs[Int(op.a)] &* regs[Int(op.b)]) & widthMask(Int(op.width))
            case .and: regs[dst] = regs[Int(op.a)] & regs[Int(op.b)]
            case .or: regs[dst] = regs[Int(op.a)] | regs[Int(op.b)]
            case .xor: regs[dst] = regs[Int(op.a)] ^ regs[Int(op.b)]
            case .shl:
                let s = regs[Int(op.b)]
                regs[dst] = s >= UInt64(op.width) ? 0 : (regs[Int(op.a)] &<< s) & widthMask(Int(op.width))
            case .lshr:
                let s = regs[Int(op.b)]
                regs[dst] = s >= UInt64(op.width) ? 0 : regs[Int(op.a)] &>> s
            case .ashr:
                let s = regs[Int(op.b)]
                let w = Int(op.width)
                regs[dst] = s >= UInt64(w) ? 0
                    : UInt64(bitPattern: signExtend(regs[Int(op.a)], from: w) &>> Int64(s)) & widthMask(w)
            case .udiv, .urem:
                let b = regs[Int(op.b)]
                if b == 0 { throw fault(.divisionByZero, at: pc) }
                let a = regs[Int(op.a)]
                regs[dst] = op.code == .udiv ? a / b : a % b
            case .sdiv, .srem:
                let w = Int(op.width)
                let b = signExtend(regs[Int(op.b)], from: w)
                if b == 0 { throw fault(.divisionByZero, at: pc) }
                let a = signExtend(regs[Int(op.a)], from: w)
                let r = op.code == .sdiv ? a.dividedReportingOverflow(by: b).partialValue
                    : a.remainderReportingOverflow(dividingBy: b).partialValue
                regs[dst] = UInt64(bitPattern: r) & widthMask(w)
            case .fadd, .fsub, .fmul, .fdiv, .frem, .fneg:
                regs[dst] = floatArithmetic(op, regs)
            case .icmp:
                regs[dst] = compareIntegers(op, regs) ? 1 : 0
            case .fcmp:
                regs[dst] = compareFloats(op, regs) ? 1 : 0
            case .trunc: regs[dst] = regs[Int(op.a)] & widthMask(Int(op.width))
            case .sext:
                regs[dst] = UInt64(bitPattern: signExtend(regs[Int(op.a)], from: Int(op.aux))) & widthMask(Int(op.width))
            case .copy: regs[dst] = regs[Int(op.a)]
            case .fptrunc:
                regs[dst] = UInt64(Float(Double(bitPattern: regs[Int(op.a)])).bitPattern)
            case .fpext:
                regs[dst] = Double(Float(bitPattern: UInt32(truncatingIfNeeded: regs[Int(op.a)]))).bitPattern
            case .fptoui, .fptosi, .uitofp, .sitofp:
                regs[dst] = convert(op, regs[Int(op.a)])
            case .select:
                regs[dst] = regs[Int(op.a)] & 1 != 0 ? regs[Int(op.b)] : regs[Int(op.c)]
            case .alloca:
                var count: Int64 = 1
                if op.a >= 0 { count = signExtend(regs[Int(op.a)], from: Int(op.width)) }
                let (size, overflow) = op.imm.multipliedReportingOverflow(by: count)
                if overflow || size < 0 || size > Int64(memory.stackSize) { throw fault(.stackOverflow, at: pc) }
                let p = try allocateStack(Int(size), alignment: Int(op.aux), pc: pc)
                regs[dst] = UInt64(UInt(bitPattern: p))
            case .load:
                let p = try pointer(regs[Int(op.a)], pc)
                regs[dst] = loadBytes(Int(op.aux), from: p) & widthMask(Int(op.width))
            case .store:
                let p = try pointer(regs[Int(op.b)], pc)
                storeBytes(regs[Int(op.a)], bytes: Int(op.aux), at: p)
            case .loadAggregate:
                let p = try pointer(regs[Int(op.a)], pc)
                UnsafeMutableRawPointer(bitPattern: UInt(regs[dst]))!.copyMemory(from: p, byteCount: Int(op.imm))
            case .storeAggregate:
                let p = try pointer(regs[Int(op.b)], pc)
                if let src = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.a)])) {
                    p.copyMemory(from: src, byteCount: Int(op.imm))
                }
            case .gep:
                var address = regs[Int(op.a)] &+ UInt64(bitPattern: op.imm)
                if op.c > 0 {
                    let indices = extra.baseAddress! + Int(op.b)
                    for k in 0..<Int(op.c) {
                        let i = signExtend(regs[Int(indices[3 * k])], from: Int(indices[3 * k + 1]))
                        address &+= UInt64(bitPattern: i &* Int64(indices[3 * k + 2]))
                    }
                }
                regs[dst] = address
            case .extractValue:
                let p = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.a)]))! + Int(op.imm)
                regs[dst] = loadBytes(Int(op.aux), from: p) & widthMask(Int(op.width))
            case .extractAggregate:
                let p = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.a)]))! + Int(op.imm)
                UnsafeMutableRawPointer(bitPattern: UInt(regs[dst]))!.copyMemory(from: p, byteCount: Int(op.c))
            case .insertValue, .insertAggregate:
                let target = UnsafeMutableRawPointer(bitPattern: UInt(regs[dst]))!
                let source = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.a)]))!
                if source != UnsafeRawPointer(target) { target.copyMemory(from: source, byteCount: Int(op.c)) }
                if op.code == .insertValue {
                    storeBytes(regs[Int(op.b)], bytes: Int(op.aux), at: target + Int(op.imm))
                } else if let element = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.b)])) {
                    (target + Int(op.imm)).copyMemory(from: element, byteCount: Int(op.aux))
                }
            case .extractElement:
                // An index out of range gives poison in LLVM: here 0, without reading past the vector.
                let i = regs[Int(op.b)]
                let p = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.a)]))!
                regs[dst] = i < UInt64(op.imm)
                    ? loadBytes(Int(op.aux), from: p + Int(i) * Int(op.aux)) & widthMask(Int(op.width)) : 0
            case .insertElement:
                let target = UnsafeMutableRawPointer(bitPattern: UInt(regs[dst]))!
                let source = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.a)]))!
                if source != UnsafeRawPointer(target) {
                    target.copyMemory(from: source, byteCount: Int(op.imm) * Int(op.aux))
                }
                let i = regs[Int(op.c)]
                if i < UInt64(op.imm) {
                    storeBytes(regs[Int(op.b)], bytes: Int(op.aux), at: target + Int(i) * Int(op.aux))
                }
            case .shuffleVector:
                shuffle(op, regs)
            case .call:
                if let next = try call(op, pc: pc, regs: &regs) {
                    pc = next
                    continue
                }
            case .br:
                pc = take(op.a, regs)
                continue
            case .condBr:
                pc = take(regs[Int(op.a)] & 1 != 0 ? op.b : op.c, regs)
                continue
            case .switch:
                let v = regs[Int(op.a)]
                let values = wide.baseAddress! + Int(op.c)
                let targets = extra.baseAddress! + Int(op.b)
                var edge = targets[0]
                for k in 0..<Int(op.imm) where values[k] == v {
                    edge = targets[k + 1]
                    break
                }
                pc = take(edge, regs)
                continue
            case .ret, .retAggregate, .retVoid:
                let value = op.code == .retVoid ? 0 : regs[Int(op.a)]
                let frame = frames.removeLast()
                regTop = frame.regs
                allocaTop = frame.allocaBase
                if frames.count == baseDepth { return value }
                regs = frames[frames.count - 1].regs
                pc = Int(frame.returnPC)
                let slot = Int(frame.resultSlot)
                if slot >= 0 {
                    if op.code == .retAggregate {
                        if let d = UnsafeMutableRawPointer(bitPattern: UInt(regs[slot])),
                           let s = UnsafeRawPointer(bitPattern: UInt(value))
                        {
                            d.copyMemory(from: s, byteCount: Int(op.imm))
                        }
                    } else {
                        regs[slot] = value
                    }
                }
                continue
            case .unreachable:
                throw fault(.unreachable, at: pc)
            }
            pc += 1
        }
    }

    /// `shufflevector`: gathers the result's elements into scratch first, so the result may
    /// share bytes with a source.
    func shuffle(_ op: Op, _ regs: UnsafeMutablePointer<UInt64>) {
        let length = Int(op.imm & 0xFFFF_FFFF), count = Int(op.imm >> 32), size = Int(op.aux)
        let a = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.a)]))!
        let b = UnsafeRawPointer(bitPattern: UInt(regs[Int(op.b)]))!
        let target = UnsafeMutableRawPointer(bitPattern: UInt(regs[Int(op.dst)]))!
        let mask = extra.baseAddress! + Int(op.c)
        withUnsafeTemporaryAllocation(byteCount: max(1, length * size), alignment: 8) { scratch in
            let out = scratch.baseAddress!
            for k in 0..<length {
                let m = Int(mask[k])
                if m < 0 {
                    (out + k * size).initializeMemory(as: UInt8.self, repeating: 0, count: size)
                } else {
                    let source = m < count ? a + m * size : b + (m - count) * size
                    (out + k * size).copyMemory(from: source, byteCount: size)
                }
            }
            target.copyMemory(from: UnsafeRawPointer(out), byteCount: length * size)
        }
    }

    @inline(__always)
    func floatArithmetic(_ op: Op, _ regs: UnsafeMutablePointer<UInt64>) -> UInt64 {
        let x = regs[Int(op.a)]
        let y = op.b >= 0 ? regs[Int(op.b)] : 0
        if op.width == 32 {
            let a = Float(bitPattern: UInt32(truncatingIfNeeded: x))
            let b = Float(bitPattern: UInt32(truncatingIfNeeded: y))
            let r: Float
            switch op.code {
            case .fadd: r = a + b
            case .fsub: r = a - b
            case .fmul: r = a * b
            case .fdiv: r = a / b
            case .frem: r = fmodf(a, b)
            default: r = -a
            }
            return UInt64(r.bitPattern)
        }
        let a = Double(bitPattern: x)
        let b = Double(bitPattern: y)
        let r: Double
        switch op.code {
        case .fadd: r = a + b
        case .fsub: r = a - b
        case .fmul: r = a * b
        case .fdiv: r = a / b
        case .frem: r = fmod(a, b)
        default: r = -a
        }
        return r.bitPattern
    }

    @inline(__always)
    func compareIntegers(_ op: Op, _ regs: UnsafeMutablePointer<UInt64>) -> Bool {
        let a = regs[Int(op.a)]
        let b = regs[Int(op.b)]
        let w = Int(op.width)
        return (IntPredicate(rawValue: UInt8(truncatingIfNeeded: op.aux)) ?? .eq).holds(a, b, width: w)
    }

    @inline(__always)
    func compareFloats(_ op: Op, _ regs: UnsafeMutablePointer<UInt64>) -> Bool {
        let a: Double, b: Double
        if op.width == 32 {
            // Widening is exact, so comparing as Double gives the Float answer.
            a = Double(Float(bitPattern: UInt32(truncatingIfNeeded: regs[Int(op.a)])))
            b = Double(Float(bitPattern: UInt32(truncatingIfNeeded: regs[Int(op.b)])))
        } else {
            a = Double(bitPattern: regs[Int(op.a)])
            b = Double(bitPattern: regs[Int(op.b)])
        }
        return (FloatPredicate(rawValue: UInt8(truncatingIfNeeded: op.aux)) ?? .false).holds(a, b)
    }

    /// Float ↔ integer conversions. Out-of-range float to int is poison in LLVM: saturate.
    func convert(_ op: Op, _ x: UInt64) -> UInt64 {
        switch op.code {
        case .fptosi, .fptoui:
            let d = op.aux == 32 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: x))) : Double(bitPattern: x)
            let w = Int(op.width)
            let bits: UInt64
            if d.isNaN {
                bits = 0
            } else if op.code == .fptoui && d >= 0 {
                bits = d >= 18446744073709551616.0 ? .max : UInt64(d)
            } else if d >= 9223372036854775808.0 {
                bits = UInt64(Int64.max)
            } else if d < -9223372036854775808.0 {
                bits = UInt64(bitPattern: Int64.min)
            } else {
                bits = UInt64(bitPattern: Int64(d))
            }
            return bits & widthMask(w)
        case .sitofp:
            let v = signExtend(x, from: Int(op.aux))
            return op.width == 32 ? UInt64(Float(v).bitPattern) : Double(v).bitPattern
        default:
            let v = x & widthMask(Int(op.aux))
            return op.width == 32 ? UInt64(Float(v).bitPattern) : Double(v).bitPattern
        }
    }
}
