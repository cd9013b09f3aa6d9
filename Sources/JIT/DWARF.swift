// DWARF sections for one loaded blob: call-frame information (.debug_frame), and, when the caller
// supplies a line table, a compile unit (.debug_info, .debug_abbrev) whose line program
// (.debug_line) maps code addresses to (file, line).
//
// Addresses are absolute: the blob is already at its final address when the object is built, so
// nothing needs relocating, and GDB uses them as they are (the ELF `.text` section's sh_addr is the
// load address, so its section offset is zero).

/// Builders for the DWARF sections of a JIT debug object.
enum DWARF {
    // MARK: - Call frame information

    /// DWARF register numbers for x86-64 (System V psABI, figure 3.36).
    private enum Register {
        static let rbp: UInt8 = 6
        static let rsp: UInt8 = 7
        static let returnAddress: UInt8 = 16
    }

    private enum CFA {
        static let advanceLoc: UInt8 = 0x40  // high 2 bits 01, delta in the low 6
        static let offset: UInt8 = 0x80  // high 2 bits 10, register in the low 6, ULEB factored offset
        static let defCFA: UInt8 = 0x0C
        static let defCFARegister: UInt8 = 0x0D
        static let defCFAOffset: UInt8 = 0x0E
        static let nop: UInt8 = 0x00
    }

    /// The code alignment factor (1: x86 instructions are byte-aligned) and the data alignment
    /// factor (-8: every saved slot is a multiple of 8 below the CFA).
    private static let dataAlignment: Int64 = -8

    /// A `.debug_frame` section: one CIE describing the state at a call (CFA = rsp + 8, return
    /// address at CFA - 8), then one FDE per symbol that has unwind rules.
    ///
    /// Byte for byte what GNU as emits for `.cfi_sections .debug_frame` with
    /// `.cfi_def_cfa_offset 16; .cfi_offset %rbp, -16; .cfi_def_cfa_register %rbp` after
    /// `push rbp` and `mov rbp, rsp` (checked with `readelf --debug-dump=frames`):
    ///
    /// ```
    /// CIE: 0c 07 08     DW_CFA_def_cfa: r7 (rsp) ofs 8
    ///      90 01        DW_CFA_offset: r16 (rip) at cfa-8
    /// FDE: 41           DW_CFA_advance_loc: 1         (after push rbp)
    ///      0e 10        DW_CFA_def_cfa_offset: 16
    ///      86 02        DW_CFA_offset: r6 (rbp) at cfa-16
    ///      43           DW_CFA_advance_loc: 3         (after mov rbp, rsp)
    ///      0d 06        DW_CFA_def_cfa_register: r6 (rbp)
    /// ```
    ///
    /// The frame-pointer rules hold from the end of the prologue to the function's end, so they are
    /// wrong only at a `ret` after `pop rbp` (or `leave`), where a debugger stopping exactly there
    /// would unwind one frame badly.
    static func debugFrame(_ symbols: [ResolvedSymbol], textAddress: UInt64) -> [UInt8] {
        var w = ByteWriter()
        // CIE, 32-bit DWARF: length, CIE_id 0xffffffff, version 1, augmentation "", code alignment,
        // data alignment, return address register (a ubyte in version 1), initial instructions.
        w.u32(0)
        w.u32(0xFFFF_FFFF)
        w.u8(1)
        w.u8(0)
        w.uleb(1)
        w.sleb(dataAlignment)
        w.u8(Register.returnAddress)
        w.append([CFA.defCFA, Register.rsp, 8])
        w.append([CFA.offset | Register.returnAddress, 1])
        w.align(8, fill: CFA.nop)
        w.patch32(at: 0, UInt32(w.count - 4))
        for symbol in symbols {
            let instructions: [UInt8]
            switch symbol.unwind {
            case .none: continue
            case .noFrame: instructions = []
            case .framePointer(let movLength):
                instructions = [CFA.advanceLoc | 1, CFA.defCFAOffset, 16, CFA.offset | Register.rbp, 2,
                                CFA.advanceLoc | UInt8(movLength), CFA.defCFARegister, Register.rbp]
            }
            // FDE: length, CIE pointer (offset of the CIE in .debug_frame), initial location,
            // address range, instructions, padded to the address size.
            let start = w.count
            w.u32(0)
            w.u32(0)
            w.u64(textAddress + UInt64(symbol.offset))
            w.u64(UInt64(symbol.size))
            w.append(instructions)
            w.align(8, fill: CFA.nop)
            w.patch32(at: start, UInt32(w.count - start - 4))
        }
        return w.bytes
    }

    // MARK: - Line numbers

    /// The three sections that give GDB a line table: a DWARF 4 compile unit covering the code, one
    /// subprogram per symbol, and the line program.
    struct LineSections {
        var info: [UInt8]
        var abbrev: [UInt8]
        var line: [UInt8]
    }

    private enum Tag {
        static let compileUnit: UInt64 = 0x11
        static let subprogram: UInt64 = 0x2E
    }

    private enum Attribute {
        static let name: UInt64 = 0x03
        static let stmtList: UInt64 = 0x10
        static let lowPC: UInt64 = 0x11
        static let highPC: UInt64 = 0x12
        static let language: UInt64 = 0x13
        static let producer: UInt64 = 0x25
        static let external: UInt64 = 0x3F
    }

    private enum Form {
        static let addr: UInt64 = 0x01
        static let data2: UInt64 = 0x05
        static let data8: UInt64 = 0x07
        static let string: UInt64 = 0x08
        static let secOffset: UInt64 = 0x17
        static let flagPresent: UInt64 = 0x19
    }

    /// `DW_LANG_Mips_Assembler`: what GNU as records; the "source" is whatever the caller says.
    private static let languageAssembler: UInt16 = 0x8001

    /// The line sections for `lines` (sorted here by offset), or nil if there are none.
    static func lineSections(_ lines: [SourceLine], symbols: [ResolvedSymbol], textAddress: UInt64,
                             codeSize: Int) -> LineSections? {
        guard !lines.isEmpty else { return nil }
        let sorted = lines.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            .map(\.element)
        var files: [String] = []
        for line in sorted where !files.contains(line.file) { files.append(line.file) }
        return LineSections(info: debugInfo(files[0], symbols: symbols, textAddress: textAddress, codeSize: codeSize),
                            abbrev: debugAbbrev(),
                            line: debugLine(sorted, files: files, textAddress: textAddress, codeSize: codeSize))
    }

    private static func debugAbbrev() -> [UInt8] {
        var w = ByteWriter()
        // 1: the compile unit, with children.
        w.uleb(1)
        w.uleb(Tag.compileUnit)
        w.u8(1)
        for (attribute, form) in [(Attribute.producer, Form.string), (Attribute.language, Form.data2),
                                  (Attribute.name, Form.string), (Attribute.lowPC, Form.addr),
                                  (Attribute.highPC, Form.data8), (Attribute.stmtList, Form.secOffset)] {
            w.uleb(attribute)
            w.uleb(form)
        }
        w.append([0, 0])
        // 2: a subprogram, no children. DWARF 4 allows high_pc as a constant: the size.
        w.uleb(2)
        w.uleb(Tag.subprogram)
        w.u8(0)
        for (attribute, form) in [(Attribute.name, Form.string), (Attribute.lowPC, Form.addr),
                                  (Attribute.highPC, Form.data8), (Attribute.external, Form.flagPresent)] {
            w.uleb(attribute)
            w.uleb(form)
        }
        w.append([0, 0])
        w.u8(0)
        return w.bytes
    }

    private static func debugInfo(_ unitName: String, symbols: [ResolvedSymbol], textAddress: UInt64,
                                  codeSize: Int) -> [UInt8] {
        var w = ByteWriter()
        // Unit header (DWARF 4): unit_length, version, debug_abbrev_offset, address_size.
        w.u32(0)
        w.u16(4)
        w.u32(0)
        w.u8(8)
        w.uleb(1)
        w.cString("SwiftJIT")
        w.u16(languageAssembler)
        w.cString(unitName)
        w.u64(textAddress)
        w.u64(UInt64(codeSize))
        w.u32(0)  // DW_AT_stmt_list: the line program at offset 0 of .debug_line
        for symbol in symbols {
            w.uleb(2)
            w.cString(symbol.name)
            w.u64(textAddress + UInt64(symbol.offset))
            w.u64(UInt64(symbol.size))
        }
        w.u8(0)  // end of the compile unit's children
        w.patch32(at: 0, UInt32(w.count - 4))
        return w.bytes
    }

    private enum LineOp {
        static let copy: UInt8 = 0x01
        static let advancePC: UInt8 = 0x02
        static let advanceLine: UInt8 = 0x03
        static let setFile: UInt8 = 0x04
        static let extended: UInt8 = 0x00
        static let endSequence: UInt8 = 0x01
        static let setAddress: UInt8 = 0x02
    }

    /// A DWARF 4 line program using only standard opcodes (no special opcodes: the tables are small
    /// and this keeps the encoder obviously right).
    private static func debugLine(_ lines: [SourceLine], files: [String], textAddress: UInt64,
                                  codeSize: Int) -> [UInt8] {
        var w = ByteWriter()
        w.u32(0)  // unit_length
        w.u16(4)  // version
        let headerLengthField = w.count
        w.u32(0)  // header_length
        w.u8(1)  // minimum_instruction_length
        w.u8(1)  // maximum_operations_per_instruction
        w.u8(1)  // default_is_stmt
        w.u8(UInt8(bitPattern: -5))  // line_base
        w.u8(14)  // line_range
        w.u8(13)  // opcode_base
        w.append([0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1])  // standard_opcode_lengths
        w.u8(0)  // include_directories: none
        for file in files {
            w.cString(file)
            w.append([0, 0, 0])  // directory index, modification time, length
        }
        w.u8(0)
        w.patch32(at: headerLengthField, UInt32(w.count - headerLengthField - 4))

        w.append([LineOp.extended, 9, LineOp.setAddress])
        w.u64(textAddress + UInt64(lines[0].offset))
        var file = 1
        var line: Int64 = 1
        var offset = lines[0].offset
        for entry in lines {
            let index = (files.firstIndex(of: entry.file) ?? 0) + 1
            if index != file {
                w.u8(LineOp.setFile)
                w.uleb(UInt64(index))
                file = index
            }
            if Int64(entry.line) != line {
                w.u8(LineOp.advanceLine)
                w.sleb(Int64(entry.line) - line)
                line = Int64(entry.line)
            }
            if entry.offset != offset {
                w.u8(LineOp.advancePC)
                w.uleb(UInt64(entry.offset - offset))
                offset = entry.offset
            }
            w.u8(LineOp.copy)
        }
        if codeSize > offset {
            w.u8(LineOp.advancePC)
            w.uleb(UInt64(codeSize - offset))
        }
        w.append([LineOp.extended, 1, LineOp.endSequence])
        w.patch32(at: 0, UInt32(w.count - 4))
        return w.bytes
    }
}
