// Loads two hand-assembled functions with GDB registration on, so that a debugger sees them:
//
//   phase 1: main → jit_outer → jit_inner → int3     (gdb stops: `bt`, `info symbol $pc`)
//   phase 2: the blob is released; an unnamed blob runs int3 with rdi = jit_inner's old address
//            (gdb stops again: `info symbol $rdi` must find nothing)
//
// Options: `--no-lines` (no line table), `--env-only` (debugging only as SWIFTJIT_GDB /
// SWIFTJIT_PERF_MAP say), `--spin N` (instead of the phases, run a named loop of N iterations with
// the perf map on, for `perf record`).
//
// Outside a debugger the int3s raise SIGTRAP, which a no-op handler absorbs, so the program also
// runs on its own. JITTests drive it under `gdb -batch`.

#if canImport(Glibc)
import Glibc
#endif
import JIT
import X86

/// Assembles `jit_outer` (calls `jit_inner`, adds 1) and `jit_inner` (stops at `int3`, returns 41),
/// both with the standard frame-pointer prologue, and a line table naming `demo.jit` lines.
func assembleFunctions() throws -> (code: MachineCode, symbols: [FunctionSymbol], lines: [SourceLine]) {
    var asm = Assembler()
    let outer = asm.newLabel()
    let inner = asm.newLabel()
    var marks: [(label: Label, line: Int)] = []
    func line(_ number: Int, _ asm: inout Assembler) -> Void {
        marks.append((asm.label(), number))
    }
    try asm.bind(outer)
    line(1, &asm)
    try asm.push(.rbp)
    try asm.mov(.rbp, .rsp)
    line(2, &asm)
    try asm.call(inner)
    line(3, &asm)
    try asm.add(.rax, 1)
    line(4, &asm)
    try asm.pop(.rbp)
    asm.ret()
    try asm.bind(inner)
    line(10, &asm)
    try asm.push(.rbp)
    try asm.mov(.rbp, .rsp)
    line(11, &asm)
    asm.int3()
    line(12, &asm)
    try asm.mov(.eax, 41)
    line(13, &asm)
    try asm.pop(.rbp)
    asm.ret()
    let code = try asm.finalize()
    let lines = marks.map { SourceLine(offset: code.offset(of: $0.label) ?? 0, file: "demo.jit", line: $0.line) }
    return (code, [FunctionSymbol("jit_outer", at: outer, frame: .framePointer),
                   FunctionSymbol("jit_inner", at: inner, frame: .framePointer)], lines)
}

/// An unnamed function that stops at `int3` and returns its argument.
func assembleProbe() throws -> MachineCode {
    var asm = Assembler()
    asm.int3()
    try asm.mov(.rax, .rdi)
    asm.ret()
    return try asm.finalize()
}

/// Writes a line straight to file descriptor 1, so it is out before the next stop even when
/// stdout is a pipe (print's buffer would hold it).
func say(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

/// `jit_spin`: counts `rdi` down to zero, then returns. Something for a profiler to sample.
func assembleSpin() throws -> (code: MachineCode, symbols: [FunctionSymbol]) {
    var asm = Assembler()
    let entry = asm.label()
    let loop = asm.newLabel()
    try asm.mov(.rax, .rdi)
    try asm.bind(loop)
    try asm.sub(.rax, 1)
    try asm.jne(loop)
    asm.ret()
    return (try asm.finalize(), [FunctionSymbol("jit_spin", at: entry, frame: .noFrame)])
}

/// The value after `flag` on the command line, if any.
func argument(after flag: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

signal(SIGTRAP) { _ in }

if let count = argument(after: "--spin").flatMap(UInt.init) {
    do {
        let region = try CodeRegion(debugging: DebugOptions(perfMap: true))
        let (code, symbols) = try assembleSpin()
        let spin = try region.load(code, symbols: symbols)
        let address = UInt(bitPattern: spin.address(ofSymbol: "jit_spin"))
        say("pid \(getpid())")
        say("jit_spin at 0x\(String(address, radix: 16)) size \(spin.symbols[0].size)")
        _ = try spin.function(as: (@convention(c) (UInt) -> UInt).self)(count)
        // Released explicitly: a noncopyable value may otherwise be destroyed right after its last
        // use, before the function pointer taken from it is called.
        try spin.release()
        exit(0)
    } catch {
        say("error: \(error)")
        exit(1)
    }
}

do {
    let envOnly = CommandLine.arguments.contains("--env-only")
    let region = try CodeRegion(debugging: envOnly ? DebugOptions() : DebugOptions(gdb: true))
    // `--no-lines` leaves out the line table, so only the symbol table and the CFI describe the code.
    let withLines = !CommandLine.arguments.contains("--no-lines")
    let (code, symbols, allLines) = try assembleFunctions()
    let lines = withLines ? allLines : []
    var innerAddress: UInt = 0
    do {
        let loaded = try region.load(code, symbols: symbols, lines: lines)
        innerAddress = UInt(bitPattern: loaded.address(ofSymbol: "jit_inner"))
        say("phase 1: jit_inner at 0x\(String(innerAddress, radix: 16))")
        let outer = try loaded.function(as: (@convention(c) () -> Int64).self)
        say("jit_outer returned \(outer())")
        try loaded.release()
    }
    // `loaded` is gone: its pages are released and GDB has been told.
    let probe = try region.load(assembleProbe())
    say("phase 2: released; probing 0x\(String(innerAddress, radix: 16))")
    let result = try probe.function(as: (@convention(c) (UInt) -> UInt).self)(innerAddress)
    say("probe returned 0x\(String(result, radix: 16))")
    try probe.release()
} catch {
    say("error: \(error)")
    exit(1)
}
