// Native code that connects the interpreter with C, generated with the project's assembler and
// loaded with its JIT runtime.
//
// Trampolines (interpreter → C), one per number of stack argument words, cached:
//
//   buffer (8-byte words): [0] target  [1...6] rdi rsi rdx rcx r8 r9  [7...14] xmm0-7 (low 64 bits)
//                          [15] al (vector registers used)  [16...] stack arguments, in order
//   result (8-byte words): [0] rax  [1] rdx  [2] xmm0  [3] xmm1
//
// Stubs (C → interpreter), one per defined function, so that an IR function's address is a real
// code pointer C can call (a qsort comparator): each saves the argument registers, then calls
// `Interpreter.nativeEntry(context, function, registers, stackArguments, result)` and returns
// what it left in the result words.

#if canImport(Glibc)
import Glibc
#endif
import JIT
import X86

/// `void trampoline(const uint64_t *buffer, uint64_t *result)`.
typealias Trampoline = @convention(c) (UnsafeRawPointer?, UnsafeMutableRawPointer?) -> Void

/// `void entry(void *context, int64_t function, uint64_t *registers, uint64_t *stack, uint64_t *result)`.
typealias NativeEntry = @convention(c) (
    UnsafeMutableRawPointer?, Int64, UnsafeMutablePointer<UInt64>?, UnsafeMutablePointer<UInt64>?,
    UnsafeMutablePointer<UInt64>?
) -> Void

/// Keeps loaded code alive (a class, so it can sit in a dictionary).
final class CodeHolder {
    let code: LoadedCode
    init(_ code: consuming LoadedCode) { self.code = code }
}

/// Generates and owns the interpreter's native code.
final class NativeBridge {
    /// Word offsets in the trampoline buffer.
    static let gprWords = 1, sseWords = 7, alWord = 15, stackWords = 16
    /// The most stack argument words a call may pass.
    static let maximumStackWords = 512

    private let region: CodeRegion
    private var stubs: CodeHolder?
    private var trampolines: [Int: (CodeHolder, Trampoline)] = [:]

    /// - Throws: ``InterpreterError`` if the code region cannot be reserved.
    init() throws(InterpreterError) {
        do {
            region = try CodeRegion(reservationSize: 64 << 20, placement: .anywhere)
        } catch {
            throw InterpreterError(.system("cannot reserve native code: \(error)"))
        }
    }

    private static let argumentGPRs: [GPR64] = [.rdi, .rsi, .rdx, .rcx, .r8, .r9]

    /// The trampoline that passes `count` words on the stack.
    /// - Throws: ``InterpreterError`` if assembling or loading fails.
    func trampoline(stackWords count: Int) throws(InterpreterError) -> Trampoline {
        if let t = trampolines[count] { return t.1 }
        var asm = Assembler()
        do {
            try asm.push(.rbp)
            try asm.mov(.rbp, .rsp)
            try asm.push(.rbx)
            try asm.push(.r12)
            try asm.mov(.rbx, .rdi)
            try asm.mov(.r12, .rsi)
            let frame = (count * 8 + 15) / 16 * 16
            if frame > 0 { try asm.sub(.rsp, Int64(frame)) }
            for i in 0..<count {
                try asm.mov(.rax, .qword(.rbx, Int32(8 * (Self.stackWords + i))))
                try asm.mov(.qword(.rsp, Int32(8 * i)), .rax)
            }
            for (i, r) in Self.argumentGPRs.enumerated() {
                try asm.mov(r, .qword(.rbx, Int32(8 * (Self.gprWords + i))))
            }
            for i in 0..<8 {
                try asm.movq(XMM.all[i], .qword(.rbx, Int32(8 * (Self.sseWords + i))))
            }
            try asm.mov(.rax, .qword(.rbx, Int32(8 * Self.alWord)))
            try asm.mov(.r11, .qword(.rbx))
            try asm.call(.r11)
            try asm.mov(.qword(.r12), .rax)
            try asm.mov(.qword(.r12, 8), .rdx)
            try asm.movq(.qword(.r12, 16), .xmm0)
            try asm.movq(.qword(.r12, 24), .xmm1)
            try asm.lea(.rsp, Memory(.rbp, -16))
            try asm.pop(.r12)
            try asm.pop(.rbx)
            try asm.pop(.rbp)
            asm.ret()
        } catch {
            throw InterpreterError(.system("cannot assemble a call trampoline: \(error)"))
        }
        let holder = try load(asm)
        let function: Trampoline
        do {
            function = try holder.code.function(as: Trampoline.self)
        } catch {
            throw InterpreterError(.system("\(error)"))
        }
        trampolines[count] = (holder, function)
        return function
    }

    /// Generates one native entry stub per function index in `functions`.
    /// - Parameters:
    ///   - functions: Module function indices.
    ///   - context: Passed to `entry` unchanged.
    ///   - entry: The Swift function the stubs call.
    /// - Returns: The stub address of each function, in the order given.
    /// - Throws: ``InterpreterError`` if assembling or loading fails.
    func makeStubs(for functions: [Int], context: UnsafeMutableRawPointer, entry: NativeEntry)
        throws(InterpreterError) -> [UInt]
    {
        guard !functions.isEmpty else { return [] }
        var asm = Assembler(capacity: functions.count * 128)
        var labels: [Label] = []
        let entryAddress = Int64(Int(bitPattern: unsafeBitCast(entry, to: UnsafeRawPointer.self)))
        let contextAddress = Int64(Int(bitPattern: context))
        do {
            for f in functions {
                try asm.align(16)
                labels.append(asm.label())
                // Entry rsp is 8 mod 16; after push rbp it is 0, and 160 keeps it so for the call.
                try asm.push(.rbp)
                try asm.mov(.rbp, .rsp)
                try asm.sub(.rsp, 160)
                for (i, r) in Self.argumentGPRs.enumerated() { try asm.mov(.qword(.rsp, Int32(8 * i)), r) }
                for i in 0..<8 { try asm.movq(.qword(.rsp, Int32(48 + 8 * i)), XMM.all[i]) }
                try asm.movabs(.rdi, contextAddress)
                try asm.mov(.rsi, Int64(f))
                try asm.mov(.rdx, .rsp)
                try asm.lea(.rcx, Memory(.rbp, 16))
                try asm.lea(.r8, Memory(.rsp, 112))
                try asm.movabs(.rax, entryAddress)
                try asm.call(.rax)
                try asm.mov(.rax, .qword(.rsp, 112))
                try asm.mov(.rdx, .qword(.rsp, 120))
                try asm.movq(.xmm0, .qword(.rsp, 128))
                try asm.movq(.xmm1, .qword(.rsp, 136))
                asm.leave()
                asm.ret()
            }
        } catch {
            throw InterpreterError(.system("cannot assemble native entry stubs: \(error)"))
        }
        let holder = try load(asm)
        stubs = holder
        return labels.map { UInt(bitPattern: holder.code.address(of: $0)) }
    }

    private func load(_ asm: consuming Assembler) throws(InterpreterError) -> CodeHolder {
        do {
            let code = try asm.finalize()
            return CodeHolder(try region.load(code))
        } catch let e as JITError {
            throw InterpreterError(.system("cannot load native code: \(e)"))
        } catch {
            throw InterpreterError(.system("cannot assemble native code: \(error)"))
        }
    }
}
