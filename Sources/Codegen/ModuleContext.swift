// What the function compiler needs to know about the rest of the module: where globals and
// constants live, the label of each defined function, the address of each external one, and
// how to evaluate constant expressions.

import IR
import JIT
import X86

/// The C library functions that one module's code calls (memcpy for llvm.memcpy, floor for
/// llvm.floor, ...), looked up when the first call needs one rather than all for every module.
final class RuntimeAddresses {
    var addresses: [String: UInt64] = [:]
}

/// Addresses and labels shared by the functions of one module. A class: the function compiler
/// reads it for every constant it loads, and a struct reached through its plan was copied
/// (retaining each array) at each of those reads.
final class ModuleContext {
    let module: Module
    let layout: DataLayout
    /// What a call to each function compiles to.
    let callees: Callees
    /// Where external functions are looked up (the C library functions the generated code
    /// calls for intrinsics and `frem` too, when an instruction needs one).
    let symbols: SymbolTable
    /// The runtime functions looked up so far.
    let runtime = RuntimeAddresses()
    /// Address of each global (defined ones in the engine's data blocks, external ones from the
    /// symbol table).
    var globalAddresses: [UInt64] = []
    /// Label of each defined function, by function index.
    var functionLabels: [Label?] = []
    /// Address of each declared, non-intrinsic function; 0 if it could not be resolved.
    var externalAddresses: [UInt64] = []
    /// Address of the bytes of each aggregate constant used as an operand, by `Value.raw`.
    var constantAddresses: [UInt32: UInt64] = [:]
    /// The engine's replacement for `exit` (returns from ``Engine/runMain(arguments:)``).
    var exitStub: Label?

    init(module: Module, layout: DataLayout, callees: Callees, symbols: SymbolTable) {
        self.module = module
        self.layout = layout
        self.callees = callees
        self.symbols = symbols
    }

    /// True if `v` is a defined function or a constant expression computed from one's address
    /// (known only once the code is loaded).
    func referencesDefinedFunction(_ v: Value) -> Bool {
        if v.kind == .function { return !module.functions[v.index].isDeclaration }
        if v.kind == .constant, case .expression(let e) = module.constants[v.index] {
            for o in e.operands where referencesDefinedFunction(o) { return true }
        }
        return false
    }

    /// The address of a C library function used by generated code.
    func runtimeAddress(_ name: String) throws(CodegenError) -> UInt64 {
        if let a = runtime.addresses[name] { return a }
        guard let a = symbols.address(of: name) else { throw CodegenError(.unknownSymbol(name)) }
        runtime.addresses[name] = UInt64(UInt(bitPattern: a))
        return UInt64(UInt(bitPattern: a))
    }

    /// The bits of a scalar constant operand, the address of a global or external function, or
    /// the address of an aggregate constant's bytes.
    /// - Parameter functionAddress: The address of a defined function, when known (after loading).
    /// - Throws: ``CodegenError`` for constant expressions it cannot fold.
    func constantBits(_ v: Value, functionAddress: (Int) -> UInt64?) throws(CodegenError) -> UInt64 {
        switch v.kind {
        case .global: return globalAddresses[v.index]
        case .function:
            if module.functions[v.index].isDeclaration {
                let a = externalAddresses[v.index]
                guard a != 0 else { throw CodegenError(.unknownSymbol(module.functions[v.index].name)) }
                return a
            }
            guard let a = functionAddress(v.index) else {
                throw CodegenError(.unsupported("the address of @\(module.functions[v.index].name) in a constant expression"))
            }
            return a
        case .constant: break
        default: throw CodegenError(.unsupported("a local value in a constant"))
        }
        switch module.constants[v.index] {
        case .int(_, let bits), .float(_, let bits): return bits
        case .null, .undef, .poison, .zero:
            if module.constants[v.index].type.isAggregate, let a = constantAddresses[v.raw] { return a }
            return 0
        case .aggregate(let t, let elements) where t.isVector && layout.size(of: t) <= 8:
            // A small vector is held as its bits, element k at bits k * elementBits.
            let bits = layout.size(of: t.vectorShape!.element) * 8
            var packed: UInt64 = 0
            for (k, e) in elements.enumerated() {
                packed |= (try constantBits(e, functionAddress: functionAddress) & widthMask(bits)) << UInt64(k * bits)
            }
            return packed
        case .aggregate, .bytes:
            guard let a = constantAddresses[v.raw] else { throw CodegenError(.unsupported("aggregate constant operand")) }
            return a
        case .expression(let e): return try evaluate(e, functionAddress: functionAddress)
        }
    }

    /// Folds a constant expression (`getelementptr`, casts, integer arithmetic) to its bits.
    func evaluate(_ e: ConstantExpression, functionAddress: (Int) -> UInt64?) throws(CodegenError) -> UInt64 {
        try layout.evaluate(e, in: module, operand: { (v: Value) throws(CodegenError) -> UInt64 in
            try constantBits(v, functionAddress: functionAddress)
        }, unsupported: { CodegenError(.unsupported($0)) })
    }

    /// Writes constant `v` of type `type` into zero-filled memory at `p`.
    func writeConstant(_ v: Value, _ type: IRType, to p: UnsafeMutableRawPointer,
                       functionAddress: (Int) -> UInt64?) throws(CodegenError)
    {
        guard v.kind == .constant else {
            p.storeBytes(of: try constantBits(v, functionAddress: functionAddress), as: UInt64.self)
            return
        }
        switch module.constants[v.index] {
        case .int(let t, let bits): storeBytes(bits, count: layout.storeSize(of: t), at: p)
        case .float(let t, let bits): storeBytes(bits, count: t == .float ? 4 : 8, at: p)
        case .null, .undef, .poison, .zero: break
        case .bytes(let b):
            for (i, byte) in b.enumerated() { p.storeBytes(of: byte, toByteOffset: i, as: UInt8.self) }
        case .aggregate(let t, let elements):
            for (i, e) in elements.enumerated() {
                guard let (o, et) = layout.offset(ofElement: i, in: t) else {
                    throw CodegenError(.unsupported("constant element \(i) of \(t)"))
                }
                try writeConstant(e, et, to: p + o, functionAddress: functionAddress)
            }
        case .expression(let e):
            storeBytes(try evaluate(e, functionAddress: functionAddress), count: layout.storeSize(of: e.type), at: p)
        }
    }
}

/// Stores the low `count` bytes of `bits` at `p`, little-endian.
func storeBytes(_ bits: UInt64, count: Int, at p: UnsafeMutableRawPointer) {
    for i in 0..<min(count, 8) { p.storeBytes(of: UInt8(truncatingIfNeeded: bits >> UInt64(8 * i)), toByteOffset: i, as: UInt8.self) }
}

/// All ones in the low `width` bits.
func widthMask(_ width: Int) -> UInt64 { width >= 64 ? .max : (1 << UInt64(width)) - 1 }

/// `bits` sign-extended from `width` bits.
func signExtended(_ bits: UInt64, from width: Int) -> Int64 {
    guard width < 64 else { return Int64(bitPattern: bits) }
    let shift = UInt64(64 - width)
    return Int64(bitPattern: bits << shift) >> Int64(shift)
}
