// The `llvm.*` intrinsics: memory, bit manipulation, min/max, overflow arithmetic, math and
// varargs. Widths come from the call's argument and result types.

#if canImport(Glibc)
import Glibc
#endif
import IR

extension Interpreter {
    func callIntrinsic(_ id: Intrinsic, _ site: CallSite, _ op: Op, _ regs: UnsafeMutablePointer<UInt64>, pc: Int)
        throws(InterpreterError)
    {
        let arguments = extra.baseAddress! + Int(site.arguments)
        func arg(_ i: Int) -> UInt64 {
            guard i < Int(site.count), arguments[i] >= 0 else { return 0 }
            return regs[Int(arguments[i])]
        }
        let dst = Int(op.dst)
        let r = site.result
        let w = Int(r.kind == .integer ? r.width : (site.count > 0 ? classes[Int(site.classStart)].width : 64))
        let isFloat = r.kind == .float || (r.kind != .double && site.count > 0 && classes[Int(site.classStart)].kind == .float)
        func set(_ v: UInt64) { if dst >= 0 { regs[dst] = v } }
        func real(_ i: Int) -> Double {
            isFloat ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: arg(i)))) : Double(bitPattern: arg(i))
        }
        func setReal(_ d: Double) { set(isFloat ? UInt64(Float(d).bitPattern) : d.bitPattern) }
        func float(_ i: Int) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: arg(i))) }
        switch id {
        case .memcpy, .memmove:
            let n = Int(bitPattern: UInt(arg(2)))
            if n > 0 { memmove(try pointer(arg(0), pc), try pointer(arg(1), pc), n) }
        case .memset:
            let n = Int(bitPattern: UInt(arg(2)))
            if n > 0 { memset(try pointer(arg(0), pc), Int32(arg(1) & 0xFF), n) }
        case .noop, .vaEnd:
            break
        case .smax, .smin:
            let a = signExtend(arg(0), from: w), b = signExtend(arg(1), from: w)
            set(UInt64(bitPattern: id == .smax ? max(a, b) : min(a, b)) & widthMask(w))
        case .umax: set(max(arg(0), arg(1)))
        case .umin: set(min(arg(0), arg(1)))
        case .abs:
            let a = signExtend(arg(0), from: w)
            set(UInt64(bitPattern: a < 0 ? 0 &- a : a) & widthMask(w))
        case .ctpop: set(UInt64(arg(0).nonzeroBitCount))
        case .ctlz: set(UInt64(arg(0).leadingZeroBitCount - (64 - w)))
        case .cttz: set(arg(0) == 0 ? UInt64(w) : UInt64(arg(0).trailingZeroBitCount))
        case .bswap: set(arg(0).byteSwapped >> UInt64(64 - w))
        case .bitreverse:
            var v = arg(0), out: UInt64 = 0
            for _ in 0..<64 { out = out << 1 | (v & 1); v >>= 1 }
            set(out >> UInt64(64 - w))
        case .fshl, .fshr:
            let a = arg(0), b = arg(1), s = arg(2) % UInt64(w)
            if s == 0 {
                set(id == .fshl ? a : b)
            } else if id == .fshl {
                set(((a << s) | (b >> (UInt64(w) - s))) & widthMask(w))
            } else {
                set(((a << (UInt64(w) - s)) | (b >> s)) & widthMask(w))
            }
        case .stacksave:
            set(UInt64(UInt(bitPattern: allocaTop)))
        case .stackrestore:
            let base = UInt(bitPattern: frames[frames.count - 1].allocaBase)
            let p = UInt(arg(0))
            if p >= base && p <= UInt(bitPattern: allocaTop), let q = UnsafeMutableRawPointer(bitPattern: p) { allocaTop = q }
        case .vaStart:
            let frame = frames[frames.count - 1]
            guard frame.vaSaveArea != 0 else { throw fault(.unsupported("va_start outside a variadic call"), at: pc) }
            let p = try pointer(arg(0), pc)
            p.storeBytes(of: UInt32(frame.vaGPOffset), toByteOffset: 0, as: UInt32.self)
            p.storeBytes(of: UInt32(frame.vaFPOffset), toByteOffset: 4, as: UInt32.self)
            p.storeBytes(of: UInt64(frame.vaOverflowArea), toByteOffset: 8, as: UInt64.self)
            p.storeBytes(of: UInt64(frame.vaSaveArea), toByteOffset: 16, as: UInt64.self)
        case .vaCopy:
            memmove(try pointer(arg(0), pc), try pointer(arg(1), pc), 24)
        case .fmuladd:
            if isFloat { set(UInt64((float(0) * float(1) + float(2)).bitPattern)) } else { setReal(real(0) * real(1) + real(2)) }
        case .fma:
            if isFloat { set(UInt64(fmaf(float(0), float(1), float(2)).bitPattern)) } else { setReal(Glibc.fma(real(0), real(1), real(2))) }
        case .fabs: setReal(Swift.abs(real(0)))
        case .sqrt:
            if isFloat { set(UInt64(float(0).squareRoot().bitPattern)) } else { setReal(real(0).squareRoot()) }
        case .floor: setReal(real(0).rounded(.down))
        case .ceil: setReal(real(0).rounded(.up))
        case .trunc: setReal(real(0).rounded(.towardZero))
        case .round: setReal(real(0).rounded(.toNearestOrAwayFromZero))
        case .rint, .nearbyint, .roundeven: setReal(real(0).rounded(.toNearestOrEven))
        case .copysign: setReal(Double(signOf: real(1), magnitudeOf: real(0)))
        case .minnum: setReal(Double.minimum(real(0), real(1)))
        case .maxnum: setReal(Double.maximum(real(0), real(1)))
        case .minimum, .maximum:
            let a = real(0), b = real(1)
            if a.isNaN || b.isNaN { setReal(.nan) } else { setReal(id == .minimum ? Double.minimum(a, b) : Double.maximum(a, b)) }
        case .pow: if isFloat { set(UInt64(powf(float(0), float(1)).bitPattern)) } else { setReal(Glibc.pow(real(0), real(1))) }
        case .exp: if isFloat { set(UInt64(expf(float(0)).bitPattern)) } else { setReal(Glibc.exp(real(0))) }
        case .exp2: if isFloat { set(UInt64(exp2f(float(0)).bitPattern)) } else { setReal(Glibc.exp2(real(0))) }
        case .log: if isFloat { set(UInt64(logf(float(0)).bitPattern)) } else { setReal(Glibc.log(real(0))) }
        case .log2: if isFloat { set(UInt64(log2f(float(0)).bitPattern)) } else { setReal(Glibc.log2(real(0))) }
        case .log10: if isFloat { set(UInt64(log10f(float(0)).bitPattern)) } else { setReal(Glibc.log10(real(0))) }
        case .sin: if isFloat { set(UInt64(sinf(float(0)).bitPattern)) } else { setReal(Glibc.sin(real(0))) }
        case .cos: if isFloat { set(UInt64(cosf(float(0)).bitPattern)) } else { setReal(Glibc.cos(real(0))) }
        case .saddOverflow, .uaddOverflow, .ssubOverflow, .usubOverflow, .smulOverflow, .umulOverflow:
            try overflowArithmetic(id, arg(0), arg(1), width: Int(classes[Int(site.classStart)].width), dst: dst,
                                   regs, pc: pc)
        case .expect: set(arg(0))
        case .trap: throw fault(.aborted, at: pc)
        case .objectsize: set(arg(1) & 1 != 0 ? 0 : widthMask(w))
        case .isConstant: set(0)
        case .scmp, .ucmp:
            let aw = Int(classes[Int(site.classStart)].width)
            let order = id == .scmp ? compare(signExtend(arg(0), from: aw), signExtend(arg(1), from: aw))
                : compare(arg(0), arg(1))
            set(UInt64(bitPattern: Int64(order)) & widthMask(w))
        case .loadRelative:
            // `ptr + sext(load i32 (ptr + offset))`: relative lookup tables.
            let base = arg(0)
            let p = try pointer(base &+ arg(1), pc)
            set(base &+ UInt64(bitPattern: Int64(p.loadUnaligned(as: Int32.self))))
        }
    }

    func compare<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : a == b ? 0 : 1 }

    /// `llvm.*.with.overflow.iN`: writes `{ iN result, i1 overflow }` into the result's bytes.
    func overflowArithmetic(_ id: Intrinsic, _ a: UInt64, _ b: UInt64, width w: Int, dst: Int,
                            _ regs: UnsafeMutablePointer<UInt64>, pc: Int) throws(InterpreterError)
    {
        // Shifting the operands to the top bits makes 64-bit overflow detection exact for w bits.
        let shift = UInt64(64 - w)
        let value: UInt64
        let overflow: Bool
        switch id {
        case .saddOverflow, .ssubOverflow, .smulOverflow:
            let x = Int64(bitPattern: a << shift)
            let y = Int64(bitPattern: b << shift)
            let r: (partialValue: Int64, overflow: Bool)
            if id == .saddOverflow { r = x.addingReportingOverflow(y) }
            else if id == .ssubOverflow { r = x.subtractingReportingOverflow(y) }
            else { r = x.multipliedReportingOverflow(by: signExtend(b, from: w)) }
            value = UInt64(bitPattern: r.partialValue) >> shift
            overflow = r.overflow
        default:
            let x = a << shift
            let r: (partialValue: UInt64, overflow: Bool)
            if id == .uaddOverflow { r = x.addingReportingOverflow(b << shift) }
            else if id == .usubOverflow { r = x.subtractingReportingOverflow(b << shift) }
            else { r = x.multipliedReportingOverflow(by: b) }
            value = r.partialValue >> shift
            overflow = r.overflow
        }
        guard dst >= 0, let p = UnsafeMutableRawPointer(bitPattern: UInt(regs[dst])) else { return }
        let bytes = (w + 7) / 8
        storeBytes(value, bytes: bytes, at: p)
        p.storeBytes(of: UInt8(overflow ? 1 : 0), toByteOffset: bytes, as: UInt8.self)
    }
}
