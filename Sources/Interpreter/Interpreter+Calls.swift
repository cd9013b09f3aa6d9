// Calls: interpreted callees get a new frame on the explicit stack; native callees are called
// through a trampoline with their arguments classified per System V; C code calling an IR
// function comes back in through `enterFromNative`.
//
// Variadic interpreted functions: the caller lays the variadic arguments out exactly as a native
// caller's registers and stack would hold them (a 176-byte register save area: 6 GPRs then 8
// XMM slots of 16 bytes, and an overflow area), so the `va_arg` code clang inlines works.

#if canImport(Glibc)
import Glibc
#endif
import IR

extension Interpreter {
    /// Pushes a frame for function `f`: slots, constants, aggregate areas. Arguments are copied by
    /// the caller into `regs[0..<parameterCount]`.
    func enterFrame(_ f: Int, returnPC: Int32, resultSlot: Int32, pc: Int) throws(InterpreterError)
        -> UnsafeMutablePointer<UInt64>
    {
        let info = infos[f]
        let regs = regTop
        guard regs + Int(info.slotCount) < memory.registers + memory.registerCount else {
            throw fault(.stackOverflow, at: pc)
        }
        regTop = regs + Int(info.slotCount)
        if info.constantCount > 0 {
            (regs + Int(info.constantBase)).update(from: wide.baseAddress! + Int(info.constantStart),
                                                    count: Int(info.constantCount))
        }
        let base = allocaTop
        if info.aggregateAreaSize > 0 {
            let area = try allocateStack(Int(info.aggregateAreaSize), alignment: 16, pc: pc)
            let pairs = extra.baseAddress! + Int(info.aggregateSlots)
            for k in 0..<Int(info.aggregateSlotCount) {
                regs[Int(pairs[2 * k])] = UInt64(UInt(bitPattern: area + Int(pairs[2 * k + 1])))
            }
        }
        frames.append(Frame(function: Int32(f), regs: regs, allocaBase: base, returnPC: returnPC,
                            resultSlot: resultSlot))
        return regs
    }

    /// Calls `f` with argument bits (fixed, then variadic with `variadic` classes) and runs it to
    /// completion. Restores the stacks if it throws.
    func invoke(_ f: Int, _ arguments: [UInt64], variadic: [ValueClass]) throws(InterpreterError) -> UInt64 {
        let depth = frames.count
        let savedRegs = regTop
        let savedAlloca = allocaTop
        do {
            let regs = try enterFrame(f, returnPC: -1, resultSlot: -1, pc: -1)
            let n = Int(infos[f].parameterCount)
            for i in 0..<min(n, arguments.count) { regs[i] = arguments[i] }
            if infos[f].isVariadic {
                try setUpVariadic(Array(arguments.dropFirst(n)), variadic, pc: -1)
            }
            return try execute(baseDepth: depth)
        } catch {
            frames.removeSubrange(depth...)
            regTop = savedRegs
            allocaTop = savedAlloca
            throw error
        }
    }

    /// Lays out the variadic arguments of the top frame for `va_start`.
    func setUpVariadic(_ values: [UInt64], _ classes: [ValueClass], pc: Int) throws(InterpreterError) {
        let top = frames.count - 1
        let info = infos[Int(frames[top].function)]
        let save = try allocateStack(176, alignment: 16, pc: pc)
        var gp = Int(info.fixedGPRs), sse = Int(info.fixedSSEs)
        frames[top].vaGPOffset = Int32(min(gp, 6) * 8)
        frames[top].vaFPOffset = Int32(48 + min(sse, 8) * 16)
        var overflow: [UInt64] = []
        for (v, c) in zip(values, classes) {
            switch c.kind {
            case .integer:
                let x = c.signExtend ? UInt64(bitPattern: signExtend(v, from: Int(c.width))) : v
                if gp < 6 { save.storeBytes(of: x, toByteOffset: 8 * gp, as: UInt64.self); gp += 1 } else { overflow.append(x) }
            case .float, .double:
                if sse < 8 { save.storeBytes(of: v, toByteOffset: 48 + 16 * sse, as: UInt64.self); sse += 1 } else { overflow.append(v) }
            case .byValue, .aggregate:
                guard let p = UnsafeRawPointer(bitPattern: UInt(v)) else { continue }
                for k in 0..<(Int(c.size) + 7) / 8 {
                    var word: UInt64 = 0
                    withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(start: p + 8 * k, count: min(8, Int(c.size) - 8 * k))) }
                    overflow.append(word)
                }
            case .vector:
                throw fault(.unsupported("a vector passed as a variadic argument"), at: pc)
            case .none:
                break
            }
        }
        let area = try allocateStack(max(8, overflow.count * 8), alignment: 16, pc: pc)
        for (k, w) in overflow.enumerated() { area.storeBytes(of: w, toByteOffset: 8 * k, as: UInt64.self) }
        frames[top].vaSaveArea = UInt(bitPattern: save)
        frames[top].vaOverflowArea = UInt(bitPattern: area)
    }

    /// Executes a call op. Returns the callee's entry op if a frame was pushed (and updates
    /// `regs`), nil to continue with the next op.
    func call(_ op: Op, pc: Int, regs: inout UnsafeMutablePointer<UInt64>) throws(InterpreterError) -> Int? {
        let site = callSites[Int(op.imm)]
        switch site.kind {
        case .interpreted:
            return try callInterpreted(Int(site.target), site, op, pc: pc, regs: &regs)
        case .indirect:
            let address = regs[Int(site.target)]
            if let f = stubFunctions[UInt(address)] {
                return try callInterpreted(f, site, op, pc: pc, regs: &regs)
            }
            if address < 4096 { throw fault(.nullPointer, at: pc) }
            if let kind = nativeKinds[UInt(address)] {
                try callHandled(kind, site, regs, pc: pc)
            }
            try callNative(address, site, op, regs, pc: pc)
        case .native:
            try callNative(UInt64(site.target), site, op, regs, pc: pc)
        case .intrinsic:
            try callIntrinsic(Intrinsic(rawValue: site.target) ?? .noop, site, op, regs, pc: pc)
        case .exit, .abort:
            try callHandled(site.kind, site, regs, pc: pc)
        case .unknown:
            throw fault(.unknownSymbol(module.functions[Int(site.target)].name), at: pc)
        }
        return nil
    }

    /// `exit` and `abort`: end the program by throwing.
    func callHandled(_ kind: CallKind, _ site: CallSite, _ regs: UnsafeMutablePointer<UInt64>, pc: Int)
        throws(InterpreterError)
    {
        if kind == .exit {
            let slot = site.count > 0 ? extra[Int(site.arguments)] : -1
            let status = slot >= 0 ? Int32(truncatingIfNeeded: regs[Int(slot)]) : 0
            throw InterpreterError(.exited(status))
        }
        throw fault(.aborted, at: pc)
    }

    func callInterpreted(_ f: Int, _ site: CallSite, _ op: Op, pc: Int, regs: inout UnsafeMutablePointer<UInt64>)
        throws(InterpreterError) -> Int
    {
        let caller = regs
        let callee = try enterFrame(f, returnPC: Int32(pc + 1), resultSlot: op.dst, pc: pc)
        let arguments = extra.baseAddress! + Int(site.arguments)
        let n = min(Int(infos[f].parameterCount), Int(site.count))
        let parameterClasses = Int(infos[f].classStart)
        for i in 0..<n {
            let s = arguments[i]
            callee[i] = s >= 0 ? caller[Int(s)] : 0
            // A byval argument is the callee's own copy of the pointee.
            let c = classes[parameterClasses + i]
            if c.kind == .byValue {
                let copy = try allocateStack(Int(c.size), alignment: 16, pc: pc)
                copy.copyMemory(from: try pointer(callee[i], pc), byteCount: Int(c.size))
                callee[i] = UInt64(UInt(bitPattern: copy))
            }
        }
        if infos[f].isVariadic {
            var values: [UInt64] = []
            var kinds: [ValueClass] = []
            for i in n..<Int(site.count) {
                let s = arguments[i]
                values.append(s >= 0 ? caller[Int(s)] : 0)
                kinds.append(classes[Int(site.classStart) + i])
            }
            try setUpVariadic(values, kinds, pc: pc)
        }
        regs = callee
        return Int(infos[f].entry)
    }

    /// Calls a C function through a trampoline.
    func callNative(_ address: UInt64, _ site: CallSite, _ op: Op, _ regs: UnsafeMutablePointer<UInt64>, pc: Int)
        throws(InterpreterError)
    {
        if site.result.kind == .vector {
            throw fault(.unsupported("vector result of a call to a native (C) function"), at: pc)
        }
        let buffer = callBuffer
        var gp = 0, sse = 0, stack = 0
        let limit = NativeBridge.maximumStackWords
        func push(_ w: UInt64) throws(InterpreterError) {
            guard stack < limit else { throw fault(.unsupported("more than \(limit) stack argument words"), at: pc) }
            buffer[NativeBridge.stackWords + stack] = w
            stack += 1
        }
        let arguments = extra.baseAddress! + Int(site.arguments)
        for i in 0..<Int(site.count) {
            let s = arguments[i]
            guard s >= 0 else { continue }
            let v = regs[Int(s)]
            let c = classes[Int(site.classStart) + i]
            switch c.kind {
            case .integer:
                let x = c.signExtend ? UInt64(bitPattern: signExtend(v, from: Int(c.width))) : v
                if gp < 6 { buffer[NativeBridge.gprWords + gp] = x; gp += 1 } else { try push(x) }
            case .float, .double:
                if sse < 8 { buffer[NativeBridge.sseWords + sse] = v; sse += 1 } else { try push(v) }
            case .byValue, .aggregate:
                let p = try pointer(v, pc)
                let words = (Int(c.size) + 7) / 8
                if c.kind == .aggregate && c.size <= 16 {
                    // Split into eightbytes, each in the register class of its fields.
                    let needSSE = (c.sseEightbytes.0 ? 1 : 0) + (words > 1 && c.sseEightbytes.1 ? 1 : 0)
                    let needGP = words - needSSE
                    if gp + needGP <= 6 && sse + needSSE <= 8 {
                        for k in 0..<words {
                            let w = loadBytes(min(8, Int(c.size) - 8 * k), from: p + 8 * k)
                            if k == 0 ? c.sseEightbytes.0 : c.sseEightbytes.1 {
                                buffer[NativeBridge.sseWords + sse] = w; sse += 1
                            } else {
                                buffer[NativeBridge.gprWords + gp] = w; gp += 1
                            }
                        }
                        continue
                    }
                }
                for k in 0..<words { try push(loadBytes(min(8, Int(c.size) - 8 * k), from: p + 8 * k)) }
            case .vector:
                throw fault(.unsupported("vector argument \(i) of a call to a native (C) function"), at: pc)
            case .none:
                break
            }
        }
        buffer[0] = address
        buffer[NativeBridge.alWord] = UInt64(sse)
        let trampoline = try bridge.trampoline(stackWords: stack)
        let result = buffer + Self.callBufferWords - 4
        trampoline(UnsafeRawPointer(buffer), UnsafeMutableRawPointer(result))
        if let e = pendingError {
            pendingError = nil
            throw e
        }
        let dst = Int(op.dst)
        guard dst >= 0 else { return }
        let r = site.result
        switch r.kind {
        case .integer: regs[dst] = result[0] & widthMask(Int(r.width))
        case .float: regs[dst] = result[2] & 0xFFFF_FFFF
        case .double: regs[dst] = result[2]
        case .aggregate:
            guard r.size <= 16, let d = UnsafeMutableRawPointer(bitPattern: UInt(regs[dst])) else {
                throw fault(.unsupported("native result aggregate of \(r.size) bytes"), at: pc)
            }
            var nextGP = 0, nextSSE = 2
            for k in 0..<(Int(r.size) + 7) / 8 {
                let w: UInt64
                if k == 0 ? r.sseEightbytes.0 : r.sseEightbytes.1 { w = result[nextSSE]; nextSSE += 1 } else { w = result[nextGP]; nextGP += 1 }
                storeBytes(w, bytes: min(8, Int(r.size) - 8 * k), at: d + 8 * k)
            }
        case .none, .byValue, .vector:
            break
        }
    }

    // MARK: - C calling in

    /// Runs IR function `f` for a native caller: decodes its System V arguments from the saved
    /// registers and stack, and leaves the result in `result` (rax, rdx, xmm0, xmm1).
    func enterFromNative(_ f: Int, registers: UnsafeMutablePointer<UInt64>, stack: UnsafeMutablePointer<UInt64>,
                         result: UnsafeMutablePointer<UInt64>)
    {
        result.update(repeating: 0, count: 4)
        guard pendingError == nil, f < infos.count else { return }
        let info = infos[f]
        let function = module.functions[f]
        if info.isVariadic {
            pendingError = InterpreterError(.unsupported("native call of the variadic function @\(function.name)"),
                                            function: function.name)
            return
        }
        if info.result.kind == .vector {
            pendingError = InterpreterError(.unsupported("native call of @\(function.name), which returns a vector"),
                                            function: function.name)
            return
        }
        var gp = 0, sse = 0, word = 0
        var arguments: [UInt64] = []
        var structReturn: UInt64?
        for i in 0..<Int(info.parameterCount) {
            let c = classes[Int(info.classStart) + i]
            var v: UInt64 = 0
            switch c.kind {
            case .integer:
                if gp < 6 { v = registers[gp]; gp += 1 } else { v = stack[word]; word += 1 }
                v &= widthMask(Int(c.width))
            case .float, .double:
                if sse < 8 { v = registers[6 + sse]; sse += 1 } else { v = stack[word]; word += 1 }
                if c.kind == .float { v &= 0xFFFF_FFFF }
            case .byValue:
                v = UInt64(UInt(bitPattern: stack + word))
                word += (Int(c.size) + 7) / 8
            case .aggregate, .none:
                pendingError = InterpreterError(.unsupported("native call passing an aggregate to @\(function.name)"),
                                                function: function.name)
                return
            case .vector:
                pendingError = InterpreterError(.unsupported("native call passing a vector to @\(function.name)"),
                                                function: function.name)
                return
            }
            if function.parameterAttributes[i].structReturn != nil { structReturn = v }
            arguments.append(v)
        }
        do throws(InterpreterError) {
            let r = try invoke(f, arguments, variadic: [])
            switch info.result.kind {
            case .integer: result[0] = r
            case .float, .double: result[2] = r
            case .aggregate:
                guard info.result.size <= 16, let p = UnsafeRawPointer(bitPattern: UInt(r)) else {
                    throw InterpreterError(.unsupported("native call returning a large aggregate"), function: function.name)
                }
                var nextGP = 0, nextSSE = 2
                for k in 0..<(Int(info.result.size) + 7) / 8 {
                    let w = loadBytes(min(8, Int(info.result.size) - 8 * k), from: p + 8 * k)
                    if k == 0 ? info.result.sseEightbytes.0 : info.result.sseEightbytes.1 {
                        result[nextSSE] = w; nextSSE += 1
                    } else {
                        result[nextGP] = w; nextGP += 1
                    }
                }
            case .none, .byValue, .vector:
                if let structReturn { result[0] = structReturn }
            }
        } catch {
            pendingError = error
        }
    }
}
