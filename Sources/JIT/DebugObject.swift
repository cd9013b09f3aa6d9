// The in-memory ELF object that describes one loaded blob to GDB.
//
//   ELF header (ET_REL, EM_X86_64)
//   .text          SHT_PROGBITS, ALLOC|EXECINSTR, sh_addr = load address, a copy of the loaded bytes
//   .symtab        one global STT_FUNC per symbol, st_value relative to .text (ET_REL rule)
//   .strtab
//   .debug_frame   CIE + one FDE per function with unwind rules (absolute addresses)
//   .debug_info, .debug_abbrev, .debug_line   only with a line table
//   .shstrtab
//   section header table
//
// GDB opens the object with BFD and adds it like a shared library, passing each ALLOC+LOAD
// section's sh_addr as its address ("we assume that these virtual addresses are absolute", gdb/jit.c).
// Because the sections already carry their final addresses, GDB's layout of relocatable objects
// (which it does only when every section address is zero) is skipped, and no relocations are needed.
// This is also what LLVM's MCJIT registers: a relocatable object with patched section addresses.

import X86

/// Builds the ELF image registered with the GDB JIT interface.
package enum DebugObject {
    /// What the object describes.
    struct Contents {
        /// The blob's bytes at their load address.
        var text: UnsafeRawBufferPointer
        /// The load address: `.text`'s sh_addr.
        var textAddress: UInt64
        /// Bytes of code (the rest of `text` is far-call stubs), the extent of the line table.
        var codeSize: Int
        var symbols: [ResolvedSymbol]
        var lines: [SourceLine]
    }

    private struct Section {
        var name: String
        var type: UInt32
        var flags: UInt64 = 0
        var address: UInt64 = 0
        var data: [UInt8]
        var link: UInt32 = 0
        var info: UInt32 = 0
        var alignment: UInt64 = 1
        var entrySize: UInt64 = 0
    }

    private enum SectionType {
        static let progbits: UInt32 = 1
        static let symtab: UInt32 = 2
        static let strtab: UInt32 = 3
    }

    private static let allocExecute: UInt64 = 0x2 | 0x4  // SHF_ALLOC | SHF_EXECINSTR
    private static let headerSize = 64
    private static let sectionHeaderSize = 64
    /// `.text` is always section 1; ``textRange(ofImage:)`` relies on it.
    private static let textSectionIndex = 1

    /// The ELF image for `contents`.
    static func make(_ contents: Contents) -> [UInt8] {
        let (symtab, strtab) = symbolTable(contents.symbols)
        var sections = [
            Section(name: "", type: 0, data: []),
            Section(name: ".text", type: SectionType.progbits, flags: allocExecute, address: contents.textAddress,
                    data: Array(contents.text), alignment: 16),
            Section(name: ".symtab", type: SectionType.symtab, data: symtab, link: 3, info: 1, alignment: 8,
                    entrySize: 24),
            Section(name: ".strtab", type: SectionType.strtab, data: strtab),
            Section(name: ".debug_frame", type: SectionType.progbits,
                    data: DWARF.debugFrame(contents.symbols, textAddress: contents.textAddress), alignment: 8),
        ]
        if let line = DWARF.lineSections(contents.lines, symbols: contents.symbols,
                                         textAddress: contents.textAddress, codeSize: contents.codeSize) {
            sections.append(Section(name: ".debug_info", type: SectionType.progbits, data: line.info))
            sections.append(Section(name: ".debug_abbrev", type: SectionType.progbits, data: line.abbrev))
            sections.append(Section(name: ".debug_line", type: SectionType.progbits, data: line.line))
        }
        var names = ByteWriter()
        var nameOffsets: [UInt32] = []
        for section in sections {
            nameOffsets.append(UInt32(names.count))
            names.cString(section.name)
        }
        nameOffsets.append(UInt32(names.count))
        names.cString(".shstrtab")
        sections.append(Section(name: ".shstrtab", type: SectionType.strtab, data: names.bytes))
        return layout(sections, nameOffsets: nameOffsets)
    }

    /// `.symtab` (a null symbol, then one global function per symbol) and its string table.
    private static func symbolTable(_ symbols: [ResolvedSymbol]) -> (symtab: [UInt8], strtab: [UInt8]) {
        var strings = ByteWriter()
        strings.u8(0)
        var table = ByteWriter()
        table.append([UInt8](repeating: 0, count: 24))
        for symbol in symbols {
            table.u32(UInt32(strings.count))  // st_name
            strings.cString(symbol.name)
            table.u8(0x12)  // st_info: STB_GLOBAL << 4 | STT_FUNC
            table.u8(0)  // st_other: STV_DEFAULT
            table.u16(UInt16(textSectionIndex))  // st_shndx
            table.u64(UInt64(symbol.offset))  // st_value: section-relative in a relocatable object
            table.u64(UInt64(symbol.size))  // st_size
        }
        return (table.bytes, strings.bytes)
    }

    /// Writes the header, the section contents in order, then the section header table.
    private static func layout(_ sections: [Section], nameOffsets: [UInt32]) -> [UInt8] {
        var w = ByteWriter()
        w.append([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0])  // magic, ELFCLASS64, ELFDATA2LSB, EV_CURRENT, SYSV
        w.append([UInt8](repeating: 0, count: 8))
        w.u16(1)  // e_type: ET_REL
        w.u16(62)  // e_machine: EM_X86_64
        w.u32(1)  // e_version
        w.u64(0)  // e_entry
        w.u64(0)  // e_phoff
        let shoffField = w.count
        w.u64(0)  // e_shoff, patched below
        w.u32(0)  // e_flags
        w.u16(UInt16(headerSize))
        w.u16(0)  // e_phentsize
        w.u16(0)  // e_phnum
        w.u16(UInt16(sectionHeaderSize))
        w.u16(UInt16(sections.count))
        w.u16(UInt16(sections.count - 1))  // e_shstrndx: .shstrtab is last
        var offsets: [Int] = []
        for section in sections {
            w.align(max(1, Int(section.alignment)))
            offsets.append(w.count)
            w.append(section.data)
        }
        w.align(8)
        let shoff = UInt64(w.count)
        w.bytes.withUnsafeMutableBytes {
            $0.storeBytes(of: shoff.littleEndian, toByteOffset: shoffField, as: UInt64.self)
        }
        for (i, section) in sections.enumerated() {
            let isNull = i == 0
            w.u32(nameOffsets[i])
            w.u32(section.type)
            w.u64(section.flags)
            w.u64(section.address)
            w.u64(isNull ? 0 : UInt64(offsets[i]))
            w.u64(UInt64(section.data.count))
            w.u32(section.link)
            w.u32(section.info)
            w.u64(isNull ? 0 : section.alignment)
            w.u64(section.entrySize)
        }
        return w.bytes
    }

    /// The address range of `.text` in an image made by ``make(_:)``: what a registered entry
    /// describes, read back from the bytes GDB sees.
    static func textRange(ofImage image: UnsafeRawBufferPointer) -> Range<UInt> {
        let shoff = Int(image.loadUnaligned(fromByteOffset: 0x28, as: UInt64.self))
        let header = shoff + textSectionIndex * sectionHeaderSize
        let address = UInt(image.loadUnaligned(fromByteOffset: header + 16, as: UInt64.self))
        let size = UInt(image.loadUnaligned(fromByteOffset: header + 32, as: UInt64.self))
        return address..<(address + size)
    }
}

extension DebugObject {
    /// The ELF image GDB would receive for `code` loaded at `textAddress`, for tests that inspect
    /// it with readelf. Relocations are not applied; the symbols, CFI and line table are exact.
    /// - Throws: ``JITError`` for the same bad symbols or lines that loading rejects.
    package static func _image(for code: MachineCode, symbols: [FunctionSymbol], lines: [SourceLine] = [],
                               textAddress: UInt64) throws(JITError) -> [UInt8] {
        let resolved = try ResolvedSymbol.resolve(symbols, in: code)
        try SourceLine.validate(lines, codeSize: code.bytes.count)
        return code.bytes.withUnsafeBytes { text in
            make(Contents(text: text, textAddress: textAddress, codeSize: code.bytes.count, symbols: resolved,
                          lines: lines))
        }
    }
}
