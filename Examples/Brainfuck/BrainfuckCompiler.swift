// Translates a program to SwiftJIT's IR with the builder and compiles it with the engine:
//
//   declare void @bf_put(ptr, i32)
//   declare i32 @bf_get(ptr)
//   define void @run(ptr %tape, ptr %io)
//
// The cell pointer is an SSA value: `>` is a getelementptr, and each loop header has a phi that
// merges the pointer coming from before the loop with the one coming back from its end:
//
//   header:  %p = phi ptr [ %before, %pred ], [ %after, %latch ]
//            %c = load i8, ptr %p ; br (%c != 0), %body, %exit
//
// `.` and `,` call back into Swift (``BrainfuckIO``) through symbols registered in the table.
// Like most Brainfuck compilers, the code does not check the tape's bounds.

import Codegen
import IR
import JIT

/// A program compiled to machine code.
struct CompiledBrainfuck {
    /// The engine owning the code; `entry` is valid while it lives.
    let engine: Engine
    let entry: @convention(c) (UnsafeMutablePointer<UInt8>, UnsafeMutableRawPointer) -> Void

    /// Builds the IR of `program` and compiles it.
    init(_ program: BrainfuckProgram) throws {
        var symbols = SymbolTable()
        try symbols.register("bf_put", function: BrainfuckIO.put)
        try symbols.register("bf_get", function: BrainfuckIO.get)
        engine = try Engine(module: try Self.module(for: program), symbols: symbols)
        entry = try engine.function("run", as: (@convention(c) (UnsafeMutablePointer<UInt8>, UnsafeMutableRawPointer)
            -> Void).self)
    }

    /// Runs the program on a zeroed tape of `tapeSize` cells.
    func run(io: BrainfuckIO, tapeSize: Int) {
        let tape = UnsafeMutablePointer<UInt8>.allocate(capacity: tapeSize)
        tape.initialize(repeating: 0, count: tapeSize)
        defer { tape.deallocate() }
        withExtendedLifetime(io) { entry(tape, Unmanaged.passUnretained(io).toOpaque()) }
    }

    /// The module defining `void @run(ptr %tape, ptr %io)`.
    static func module(for program: BrainfuckProgram) throws(IRError) -> Module {
        var module = Module()
        try module.declare("bf_put", FunctionType(.void, [.ptr, .i32]))
        try module.declare("bf_get", FunctionType(.i32, [.ptr]))
        try module.define("run", FunctionType(.void, [.ptr, .ptr])) { (b: inout IRBuilder) throws(IRError) in
            b.nameArgument(0, "tape")
            b.nameArgument(1, "io")
            var pointer = b.argument(0)
            // For each open loop: its header's phi, the header and the exit block.
            var loops: [(phi: Value, header: Block, exit: Block)] = []
            for operation in program.operations {
                switch operation {
                case .add(let n):
                    let value = try b.load(.i8, from: pointer)
                    try b.store(b.add(value, b.int(.i8, Int64(n))), to: pointer)
                case .move(let n):
                    pointer = try b.getElementPointer(.i8, pointer, [b.int(.i64, Int64(n))])
                case .clear:
                    try b.store(b.int(.i8, 0), to: pointer)
                case .output:
                    let value = try b.cast(.zext, try b.load(.i8, from: pointer), to: .i32)
                    _ = try b.call("bf_put", [b.argument(1), value])
                case .input:
                    let value = try b.call("bf_get", [b.argument(1)])
                    try b.store(b.cast(.trunc, value, to: .i8), to: pointer)
                case .loopStart:
                    let before = b.insertionBlock
                    let header = b.newBlock(), body = b.newBlock(), exit = b.newBlock()
                    try b.br(header)
                    b.position(at: header)
                    let phi = try b.phi(.ptr, [(pointer, before)])
                    let cell = try b.load(.i8, from: phi)
                    try b.condBr(b.icmp(.ne, cell, b.int(.i8, 0)), body, exit)
                    b.position(at: body)
                    pointer = phi
                    loops.append((phi, header, exit))
                case .loopEnd:
                    let loop = loops.removeLast()
                    try b.br(loop.header)
                    try b.addIncoming(loop.phi, pointer, from: b.insertionBlock)
                    b.position(at: loop.exit)
                    pointer = loop.phi
                }
            }
            try b.ret()
        }
        return module
    }
}
