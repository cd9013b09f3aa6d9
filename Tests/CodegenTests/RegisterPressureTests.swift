// Random functions made to stress register allocation (RandomIR/PressureProgram.swift): many
// values live at once in both register classes, calls with stack arguments inside loops, rotating
// phis, phi copies on critical edges, a switch. Compiled code must compute what the interpreter
// computes, every allocation must pass the checker, and spilling must actually happen.

@testable import Codegen
import CorpusSupport
import IR
import Interpreter
import RandomIR
import Testing

@Suite("Codegen register pressure")
struct RegisterPressureTests {
    static let modules = 24
    static let functionsPerModule = 10

    static func seed(_ k: Int) -> UInt64 { UInt64(k) &* 0xD1B5_4A32_D192_ED03 &+ 11 }

    @Test("pressure functions compile to what the interpreter computes; their allocations check out",
          arguments: 0..<modules)
    func differential(_ k: Int) throws {
        let (module, names) = try pressureModule(seed: Self.seed(k), functions: Self.functionsPerModule)
        // The functions and the three helpers.
        #expect(try AllocationChecker.check(module) == names.count + 3)
        let engine = try Engine(module: module, checkingAllocations: true)
        let interpreter = try Interpreter(module: module)
        #expect(try RandomDifferentialTests.mismatches(engine, interpreter, names, compiled: module,
                                                       context: "pressure seed \(k)") == 0)
    }

    /// Values sent to a slot while every register of their class was taken, by class: at some
    /// position of the value's interval, all 13 xmm registers (or all 10 general registers, or all
    /// 5 callee-saved ones) held other values.
    static func pressureSpills(_ f: Function, _ a: RegisterAssignment) -> (gpr: Int, xmm: Int) {
        let locations = a.instructions + a.arguments
        let types = f.instructions.map(\.type) + f.type.parameters
        var starts = Set<Int32>()
        for (i, (s, e)) in a.intervals.enumerated() where e >= 0 && locations[i] != .none { starts.insert(s) }
        let positions = starts.sorted()
        // How many values are in registers at each of those positions (differences, then sums).
        var gprs = [Int](repeating: 0, count: positions.count + 1)
        var calleeSaved = gprs, xmms = gprs
        for (i, (s, e)) in a.intervals.enumerated() where e >= 0 {
            let lo = positions.partitionIndex { $0 >= s }, hi = positions.partitionIndex { $0 > e }
            switch locations[i] {
            case .gpr(let r):
                gprs[lo] += 1
                gprs[hi] -= 1
                if AllocatableRegisters.calleeSavedGPRs.contains(r) {
                    calleeSaved[lo] += 1
                    calleeSaved[hi] -= 1
                }
            case .xmm:
                xmms[lo] += 1
                xmms[hi] -= 1
            default: break
            }
        }
        for k in positions.indices.dropFirst() {
            gprs[k] += gprs[k - 1]
            calleeSaved[k] += calleeSaved[k - 1]
            xmms[k] += xmms[k - 1]
        }
        var result = (gpr: 0, xmm: 0)
        for (i, (s, e)) in a.intervals.enumerated() where e >= 0 {
            guard case .slot = locations[i] else { continue }
            let cls = ValueClass(types[i])
            var k = positions.partitionIndex { $0 >= s }
            var full = false
            while k < positions.count && positions[k] <= e && !full {
                full = cls == .xmm ? xmms[k] >= AllocatableRegisters.xmms.count
                    : cls == .gpr && (gprs[k] >= AllocatableRegisters.gprs.count
                                      || calleeSaved[k] >= AllocatableRegisters.calleeSavedGPRs.count)
                k += 1
            }
            if full {
                if cls == .xmm { result.xmm += 1 } else { result.gpr += 1 }
            }
        }
        return result
    }

    @Test("spilling happens in most pressure functions, in both register classes")
    func spilling() throws {
        var functions = 0, spilled = 0, gprSpilled = 0, xmmSpilled = 0, spills = 0
        for k in 0..<Self.modules {
            let (module, names) = try pressureModule(seed: Self.seed(k), functions: Self.functionsPerModule)
            let layout = DataLayout(module: module)
            let callees = Callees(module: module)
            for name in names {
                let f = module.functions[module.functionIndex(named: name)!]
                let selection = Selection(function: f, module: module, layout: layout)
                let a = RegisterAllocator(function: f, module: module, selection: selection, enabled: true,
                                          layout: layout, callees: callees).allocate()
                let (gpr, xmm) = Self.pressureSpills(f, a)
                functions += 1
                spills += a.spillCount
                if a.spillCount > 0 { spilled += 1 }
                if gpr > 0 { gprSpilled += 1 }
                if xmm > 0 { xmmSpilled += 1 }
            }
        }
        printToStandardError("register pressure: \(functions) functions, \(spilled) with spillCount > 0 (\(spills) spills), "
                             + "\(gprSpilled) with a general register spilled under pressure, \(xmmSpilled) with an xmm one")
        // 3000 functions (300 modules) all spill, in both classes; demand most of them.
        #expect(spilled * 10 >= functions * 9)
        #expect(gprSpilled * 4 >= functions * 3)
        #expect(xmmSpilled * 4 >= functions * 3)
    }
}

@Suite("Codegen register pressure reproducers")
struct RegisterPressureReproducers {
    typealias Entry = @convention(c) (Double, Double) -> Int64

    /// Reduced from a pressure function (module seed 10, @f5, input (0, 0, 0, 0)). `%s` gets the
    /// register of `%b`, which dies there, so `lowerFloatArithmetic` commutes the fadd into
    /// `addsd b, a`; with two NaN operands SSE returns the first operand's, so the native result
    /// has %b's NaN (positive quiet NaN) where the interpreter computes `a + b` and returns %a's
    /// (0/0: the negative default NaN). LLVM leaves the propagated NaN unspecified, but the
    /// interpreter is the reference.
    static let commutedNaN = """
        define i64 @f(double %x, double %y) {
          %a = fdiv double %x, %x
          %b = fadd double %y, 0x7FF8000000000000
          %s = fadd double %a, %b
          %r = bitcast double %s to i64
          %t = bitcast double %a to i64
          %u = xor i64 %r, %t
          ret i64 %u
        }
        """

    @Test("a commuted fadd of two NaNs returns the interpreter's NaN")
    func commutedFaddOfNaNs() throws {
        let module = try IRParser.parse(Self.commutedNaN, file: "nan.ll")
        let engine = try Engine(module: module, checkingAllocations: true)
        let interpreter = try Interpreter(module: module)
        let native = try engine.function("f", as: Entry.self)(0, 1)
        let expected = try interpreter.run(function: "f", arguments: [.double(0), .double(1)])
        #expect(expected == .int(UInt64(bitPattern: native)))
    }
}

extension Array {
    /// The first index whose element satisfies `p` (which must hold for a suffix of the array).
    fileprivate func partitionIndex(where p: (Element) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if p(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
