// The System V x86-64 calling convention, for the types clang uses for C.
//
//   integer, ptr (any width ≤ 64)  → rdi rsi rdx rcx r8 r9, then an 8-byte stack word
//   float, double                  → xmm0-xmm7, then an 8-byte stack word
//   byval(T)                       → a copy of T on the stack (8-byte words, 16-aligned if T is)
//   result integer / fp            → rax / xmm0
//   result { ... } (first class)   → each scalar field in the next of rax, rdx / xmm0, xmm1
//
// Stack arguments start at [rsp] at the call, [rbp+16] in the callee. Narrow integers are passed
// in full registers: `signext` results and arguments are sign-extended, everything else is kept
// zero-extended (the frame's canonical form), which is what `zeroext` asks for.

import IR
import X86

/// Where one argument travels.
enum ArgumentLocation: Equatable {
    /// Carries no value (a metadata operand of an intrinsic).
    case none
    /// The integer argument register with this number in ``CallingConvention/argumentGPRs``.
    case gpr(Int)
    /// `xmm<n>`.
    case xmm(Int)
    /// An 8-byte stack word at this byte offset from the first stack argument.
    case stack(Int)
    /// A `byval` copy of `size` bytes at this byte offset.
    case byValue(offset: Int, size: Int)
}

/// The locations of a call's arguments.
struct ArgumentAssignment {
    var locations: [ArgumentLocation] = []
    /// Bytes of stack arguments, rounded up to 16.
    var stackSize = 0
    /// Bytes of stack arguments before rounding: where a variadic callee's overflow area starts.
    var stackUsed = 0
    /// Integer and vector registers used (`al` of a variadic call is `xmmCount`).
    var gprCount = 0
    var xmmCount = 0
}

/// One scalar piece of a result: its byte offset in the aggregate, its type, and its register.
struct ResultPiece {
    var offset: Int
    var type: IRType
    /// Integer pieces: 0 = rax, 1 = rdx. Floating-point pieces: 0 = xmm0, 1 = xmm1.
    var register: Int
}

/// The System V classification of arguments and results.
enum CallingConvention {
    static let argumentGPRs: [GPR64] = [.rdi, .rsi, .rdx, .rcx, .r8, .r9]
    static let resultGPRs: [GPR64] = [.rax, .rdx]

    /// Assigns each argument of `types` (with `attributes`) a register or stack location.
    /// - Throws: ``CodegenError`` for aggregates passed directly and for unsupported types.
    static func assign(_ types: [IRType], _ attributes: [ParameterAttributes], layout: DataLayout)
        throws(CodegenError) -> ArgumentAssignment
    {
        var a = ArgumentAssignment()
        var stack = 0
        for (i, t) in types.enumerated() {
            let attrs = i < attributes.count ? attributes[i] : ParameterAttributes()
            if let pointee = attrs.byValue {
                let size = layout.size(of: pointee)
                let align = max(8, min(16, max(attrs.alignment ?? 1, layout.alignment(of: pointee))))
                stack = (stack + align - 1) / align * align
                a.locations.append(.byValue(offset: stack, size: size))
                stack += (size + 7) / 8 * 8
                continue
            }
            switch t {
            case .int(let w) where w <= 64:
                if a.gprCount < 6 { a.locations.append(.gpr(a.gprCount)); a.gprCount += 1 }
                else { a.locations.append(.stack(stack)); stack += 8 }
            case .ptr:
                if a.gprCount < 6 { a.locations.append(.gpr(a.gprCount)); a.gprCount += 1 }
                else { a.locations.append(.stack(stack)); stack += 8 }
            case .vector where layout.size(of: t) <= 8:
                if a.xmmCount < 8 { a.locations.append(.xmm(a.xmmCount)); a.xmmCount += 1 }
                else { a.locations.append(.stack(stack)); stack += 8 }
            case .vector where t.isPacked && a.xmmCount < 8:
                // A 16-byte vector takes one whole xmm register (classes SSE and SSEUP).
                a.locations.append(.xmm(a.xmmCount))
                a.xmmCount += 1
            case .float, .double:
                if a.xmmCount < 8 { a.locations.append(.xmm(a.xmmCount)); a.xmmCount += 1 }
                else { a.locations.append(.stack(stack)); stack += 8 }
            case .metadata, .label:
                a.locations.append(.none)
            default:
                throw CodegenError(.unsupported("passing a value of type \(t) directly"))
            }
        }
        a.stackUsed = stack
        a.stackSize = (stack + 15) / 16 * 16
        return a
    }

    /// The registers of a first-class aggregate result: its scalars in order, integers in rax
    /// then rdx, floating point in xmm0 then xmm1 (LLVM's rule for returning `{ i64, double }`).
    /// - Throws: ``CodegenError`` if the result needs more than two registers of a class.
    static func resultPieces(_ type: IRType, module: Module, layout: DataLayout) throws(CodegenError) -> [ResultPiece] {
        var pieces: [ResultPiece] = []
        var gpr = 0, xmm = 0
        func walk(_ t: IRType, _ offset: Int) throws(CodegenError) {
            switch t {
            case .array(let n, let e):
                let s = layout.size(of: e)
                for k in 0..<max(0, n) { try walk(e, offset + k * s) }
            case .structure, .named:
                guard let l = layout.structLayout(t), let fields = module.structFields(t)?.fields else {
                    throw CodegenError(.unsupported("returning an opaque struct"))
                }
                for (k, f) in fields.enumerated() { try walk(f, offset + l.offsets[k]) }
            case .vector where layout.size(of: t) <= 8:
                pieces.append(ResultPiece(offset: offset, type: t, register: xmm))
                xmm += 1
            case .float, .double:
                pieces.append(ResultPiece(offset: offset, type: t, register: xmm))
                xmm += 1
            case .int(let w) where w <= 64:
                pieces.append(ResultPiece(offset: offset, type: t, register: gpr))
                gpr += 1
            case .ptr:
                pieces.append(ResultPiece(offset: offset, type: t, register: gpr))
                gpr += 1
            default:
                throw CodegenError(.unsupported("returning a value of type \(t)"))
            }
        }
        try walk(type, 0)
        guard gpr <= 2, xmm <= 2 else { throw CodegenError(.unsupported("returning \(type) in registers")) }
        return pieces
    }
}
