import Foundation
import JIT
import Testing
import X86

/// The ELF object given to GDB, read back with binutils: section layout, symbols, CFI (compared
/// byte for byte with GNU as) and the line table. CI installs binutils.
@Suite("GDB debug object (readelf, GNU as)")
struct DebugObjectTests {
    private static let textAddress: UInt64 = 0x7F12_3456_0000

    /// `outer` (prologue, call inner, epilogue), `inner` (prologue, nop, epilogue), `leaf` (ret).
    private func threeFunctions() throws -> (MachineCode, [FunctionSymbol], [Label]) {
        var asm = Assembler()
        let outer = asm.newLabel()
        let inner = asm.newLabel()
        let leaf = asm.newLabel()
        try asm.bind(outer)
        try asm.push(.rbp)
        try asm.mov(.rbp, .rsp)
        try asm.call(inner)
        try asm.pop(.rbp)
        asm.ret()
        try asm.bind(inner)
        try asm.push(.rbp)
        try asm.mov(.rbp, .rsp)
        asm.nop()
        try asm.pop(.rbp)
        asm.ret()
        try asm.bind(leaf)
        asm.ret()
        let symbols = [FunctionSymbol("outer", at: outer), FunctionSymbol("inner", at: inner, frame: .framePointer),
                       FunctionSymbol("leaf", at: leaf, frame: .noFrame)]
        return (try asm.finalize(), symbols, [outer, inner, leaf])
    }

    /// Writes `image` to a temporary file and runs readelf with `options` on it.
    private func readelf(_ image: [UInt8], _ options: [String]) throws -> String {
        let tool = try requireTool("readelf", package: "binutils")
        let path = temporaryPath(".o")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(image).write(to: URL(fileURLWithPath: path))
        let output = try runTool(tool, options + [path])
        #expect(output.status == 0)
        #expect(!output.stderr.contains("Warning") && !output.stderr.contains("Error"), "\(output.stderr)")
        return output.stdout
    }

    @Test(".text sits at the load address, allocated and executable; one global FUNC per symbol")
    func sectionsAndSymbols() throws {
        let (code, symbols, _) = try threeFunctions()
        let image = try DebugObject._image(for: code, symbols: symbols, textAddress: Self.textAddress)
        let headers = try readelf(image, ["-h", "-S", "-W"])
        #expect(headers.contains("REL (Relocatable file)"))
        #expect(headers.contains("Advanced Micro Devices X86-64"))
        let text = try #require(headers.split(separator: "\n").first { $0.contains(" .text ") })
        #expect(text.contains("PROGBITS        00007f1234560000"), "\(text)")
        #expect(text.hasSuffix(" AX  0   0 16"), "\(text)")
        #expect(headers.contains(".debug_frame"))
        #expect(!headers.contains(".debug_line"), "no line table was given")

        let table = try readelf(image, ["-s", "-W"])
        // Value (section-relative in a relocatable object), size, type, binding, section 1, name.
        for expected in ["0000000000000000    11 FUNC    GLOBAL DEFAULT    1 outer",
                         "000000000000000b     7 FUNC    GLOBAL DEFAULT    1 inner",
                         "0000000000000012     1 FUNC    GLOBAL DEFAULT    1 leaf"] {
            #expect(table.contains(expected), "\(expected) in:\n\(table)")
        }
    }

    @Test(".debug_frame is what GNU as emits for the same .cfi directives")
    func callFrameInformationMatchesGNUAs() throws {
        let (code, symbols, _) = try threeFunctions()
        let image = try DebugObject._image(for: code, symbols: Array(symbols.prefix(1)), textAddress: 0)
        let ours = try readelf(image, ["--debug-dump=frames"])
        let source = """
            .cfi_sections .debug_frame
            .text
            outer:
            .cfi_startproc
            push %rbp
            .cfi_def_cfa_offset 16
            .cfi_offset %rbp, -16
            mov %rsp, %rbp
            .cfi_def_cfa_register %rbp
            .byte 0xe8, 0, 0, 0, 0
            pop %rbp
            ret
            .skip 8, 0x90
            .cfi_endproc

            """
        let assembler = try requireTool("as", package: "binutils")
        let sourcePath = temporaryPath(".s")
        let objectPath = temporaryPath(".o")
        defer {
            try? FileManager.default.removeItem(atPath: sourcePath)
            try? FileManager.default.removeItem(atPath: objectPath)
        }
        try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
        let assembled = try runTool(assembler, ["--64", "-o", objectPath, sourcePath])
        try #require(assembled.status == 0, "\(assembled.stderr)")
        let gnu = try readelf(Array(try Data(contentsOf: URL(fileURLWithPath: objectPath))), ["--debug-dump=frames"])
        // Compare everything after the file name line: CIE and FDE headers and every instruction.
        func body(_ dump: String) -> [Substring] {
            dump.split(separator: "\n").filter { !$0.contains("Contents of") && !$0.hasSuffix(":") }
        }
        #expect(body(ours) == body(gnu), "ours:\n\(ours)\nGNU as:\n\(gnu)")
        #expect(ours.contains("DW_CFA_def_cfa: r7 (rsp) ofs 8"))
        #expect(ours.contains("DW_CFA_def_cfa_register: r6 (rbp)"))
    }

    @Test("each FDE covers its function at its absolute address; leaf functions keep the CIE rules")
    func frameDescriptionEntries() throws {
        let (code, symbols, _) = try threeFunctions()
        let image = try DebugObject._image(for: code, symbols: symbols, textAddress: Self.textAddress)
        let frames = try readelf(image, ["--debug-dump=frames"])
        #expect(frames.contains("pc=00007f1234560000..00007f123456000b"), "\(frames)")
        #expect(frames.contains("pc=00007f123456000b..00007f1234560012"), "\(frames)")
        #expect(frames.contains("pc=00007f1234560012..00007f1234560013"), "\(frames)")
        #expect(frames.components(separatedBy: "DW_CFA_def_cfa_register: r6 (rbp)").count == 3)
    }

    @Test("the line table maps each offset to its file and line")
    func lineTable() throws {
        let (code, symbols, labels) = try threeFunctions()
        let lines = [SourceLine(offset: 0, file: "f.ir", line: 3), SourceLine(offset: 4, file: "f.ir", line: 4),
                     SourceLine(offset: 11, file: "g.ir", line: 20), SourceLine(offset: 18, file: "f.ir", line: 2)]
        _ = labels
        let image = try DebugObject._image(for: code, symbols: symbols, lines: lines, textAddress: Self.textAddress)
        let decoded = try readelf(image, ["--debug-dump=decodedline", "-W"])
        for (file, line, address) in [("f.ir", 3, "0x7f1234560000"), ("f.ir", 4, "0x7f1234560004"),
                                      ("g.ir", 20, "0x7f123456000b"), ("f.ir", 2, "0x7f1234560012")] {
            let row = decoded.split(separator: "\n").first { $0.hasPrefix(file) && $0.contains(address) }
            #expect(row?.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first == "\(line)",
                    "\(file):\(line) at \(address) in:\n\(decoded)")
        }
        let info = try readelf(image, ["--debug-dump=info"])
        #expect(info.contains("DW_TAG_subprogram"))
        #expect(info.contains(": inner"))
    }

    @Test("bad symbols and lines are rejected before anything is loaded")
    func rejectsBadInput() throws {
        let (code, symbols, labels) = try threeFunctions()
        let region = try makeRegion()
        let before = region.statistics
        #expect(throws: JITError(.invalidSymbolName(""))) {
            _ = try region.load(code, symbols: [FunctionSymbol("", at: labels[0])])
        }
        #expect(throws: JITError(.invalidSymbolName("a\nb"))) {
            _ = try region.load(code, symbols: [FunctionSymbol("a\nb", at: labels[0])])
        }
        #expect(throws: JITError(.missingPrologue(symbol: "leaf"))) {
            _ = try region.load(code, symbols: [FunctionSymbol("leaf", at: labels[2], frame: .framePointer)])
        }
        var other = Assembler()
        let unbound = (0..<4).map { _ in other.newLabel() }[3]  // id 3: past the code's three labels
        #expect(throws: JITError(.labelNotInCode(unbound))) {
            _ = try region.load(code, symbols: [FunctionSymbol("x", at: unbound)])
        }
        #expect(throws: JITError(.invalidSourceLine(offset: 19))) {
            _ = try region.load(code, symbols: symbols, lines: [SourceLine(offset: 19, file: "f", line: 1)])
        }
        #expect(throws: JITError(.invalidSourceLine(offset: 0))) {
            _ = try region.load(code, symbols: symbols, lines: [SourceLine(offset: 0, file: "f", line: 0)])
        }
        #expect(region.statistics.highWaterMark == before.highWaterMark, "nothing was ever allocated")
    }
}
