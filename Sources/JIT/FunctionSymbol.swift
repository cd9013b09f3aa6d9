import X86

/// A name for an entry point in code about to be loaded, for debuggers and profilers.
///
/// The function runs from its label to the next symbol's label, or to the end of the code (far-call
/// stubs are not part of any function).
///
/// ```swift
/// let code = try region.load(machineCode, symbols: [
///     FunctionSymbol("outer", at: outer),
///     FunctionSymbol("inner", at: inner),
/// ])
/// ```
public struct FunctionSymbol: Sendable, Equatable {
    /// How a debugger should unwind through the function: the call-frame information to emit.
    public enum Frame: Sendable, Equatable {
        /// Frame-pointer rules if the function starts with `push rbp; mov rbp, rsp`, otherwise
        /// none (the debugger falls back to its own prologue analysis).
        case automatic
        /// The function starts with `push rbp; mov rbp, rsp` and keeps `rbp` as the frame pointer
        /// until it returns; loading fails if the prologue is missing.
        case framePointer
        /// The function never moves `rsp`: the return address stays at `[rsp]` throughout.
        case noFrame
        /// Emit no call-frame information.
        case unknown
    }

    /// The symbol name, as shown in backtraces and profiles. Any text without NUL or newline.
    public var name: String
    /// The function's first instruction.
    public var label: Label
    /// How to unwind through it.
    public var frame: Frame

    /// Creates a function symbol.
    /// - Parameters:
    ///   - name: The name shown in backtraces and profiles.
    ///   - label: The function's first instruction, bound in the code being loaded.
    ///   - frame: How to unwind through the function.
    public init(_ name: String, at label: Label, frame: Frame = .automatic) {
        self.name = name
        self.label = label
        self.frame = frame
    }
}

/// A line of "source" for a machine-code address: what the line table given to
/// ``CodeRegion/load(_:symbols:lines:options:)`` maps code back to.
///
/// An entry covers the code from its offset up to the next entry's offset (or the end of the code).
public struct SourceLine: Sendable, Equatable {
    /// Offset of the first instruction of the line, from the start of the code.
    public var offset: Int
    /// The source file's path or name.
    public var file: String
    /// The 1-based line number.
    public var line: Int

    /// Creates a line table entry.
    /// - Parameters:
    ///   - offset: Offset of the first instruction of the line, from the start of the code.
    ///   - file: The source file's path or name.
    ///   - line: The 1-based line number.
    public init(offset: Int, file: String, line: Int) {
        self.offset = offset
        self.file = file
        self.line = line
    }
}

/// A named function in loaded code: where it starts and how long it is.
public struct LoadedSymbol: Sendable, Equatable {
    /// The symbol name.
    public var name: String
    /// Offset of the first byte from the start of the code.
    public var offset: Int
    /// Bytes up to the next symbol or the end of the code.
    public var size: Int

    /// Creates a loaded symbol description.
    /// - Parameters:
    ///   - name: The symbol name.
    ///   - offset: Offset of the first byte from the start of the code.
    ///   - size: Bytes in the function.
    public init(name: String, offset: Int, size: Int) {
        self.name = name
        self.offset = offset
        self.size = size
    }
}

/// A function symbol after validation: placed, sized, and with concrete unwind rules.
struct ResolvedSymbol: Sendable, Equatable {
    /// The unwind rules that will be emitted.
    enum Unwind: Sendable, Equatable {
        /// `push rbp` (1 byte) then a `mov rbp, rsp` of `movLength` bytes.
        case framePointer(movLength: Int)
        case noFrame
        case none
    }

    var name: String
    var offset: Int
    var size: Int
    var unwind: Unwind

    var loaded: LoadedSymbol { LoadedSymbol(name: name, offset: offset, size: size) }
}

extension ResolvedSymbol {
    /// Places `symbols` in `code`, sorted by offset, each sized to the next distinct offset.
    /// - Throws: ``JITError`` for a label outside the code, a bad name or a missing prologue.
    static func resolve(_ symbols: [FunctionSymbol], in code: MachineCode) throws(JITError) -> [ResolvedSymbol] {
        var placed: [(symbol: FunctionSymbol, offset: Int)] = []
        placed.reserveCapacity(symbols.count)
        for symbol in symbols {
            guard !symbol.name.isEmpty, !symbol.name.utf8.contains(where: { $0 == 0 || $0 == 0x0A }) else {
                throw JITError(.invalidSymbolName(symbol.name))
            }
            guard let offset = code.offset(of: symbol.label), offset < code.bytes.count else {
                throw JITError(.labelNotInCode(symbol.label))
            }
            placed.append((symbol, offset))
        }
        // Stable, so symbols at the same offset keep the caller's order.
        placed = placed.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            .map(\.element)
        var result: [ResolvedSymbol] = []
        result.reserveCapacity(placed.count)
        for (i, entry) in placed.enumerated() {
            let end = placed[(i + 1)...].first { $0.offset > entry.offset }?.offset ?? code.bytes.count
            let unwind = try unwindRules(entry.symbol, at: entry.offset, end: end, in: code.bytes)
            result.append(ResolvedSymbol(name: entry.symbol.name, offset: entry.offset, size: end - entry.offset,
                                         unwind: unwind))
        }
        return result
    }

    private static func unwindRules(_ symbol: FunctionSymbol, at offset: Int, end: Int, in bytes: [UInt8])
        throws(JITError) -> Unwind
    {
        switch symbol.frame {
        case .noFrame: return .noFrame
        case .unknown: return .none
        case .automatic:
            return prologueMovLength(bytes, offset, end).map { .framePointer(movLength: $0) } ?? .none
        case .framePointer:
            guard let length = prologueMovLength(bytes, offset, end) else {
                throw JITError(.missingPrologue(symbol: symbol.name))
            }
            return .framePointer(movLength: length)
        }
    }

    /// The length of `mov rbp, rsp` if the function starts with `push rbp` (`55`) followed by it in
    /// either encoding: `48 89 e5` (MOV r/m64, r64, what GNU as emits) or `48 8b ec` (MOV r64, r/m64).
    private static func prologueMovLength(_ bytes: [UInt8], _ offset: Int, _ end: Int) -> Int? {
        guard end - offset >= 4, bytes[offset] == 0x55 else { return nil }
        let mov = Array(bytes[(offset + 1)..<(offset + 4)])
        return mov == [0x48, 0x89, 0xE5] || mov == [0x48, 0x8B, 0xEC] ? 3 : nil
    }
}

extension SourceLine {
    /// Checks every entry: inside the code, a line of at least 1, a file name without NUL.
    /// - Throws: ``JITError/Kind/invalidSourceLine(offset:)`` for the first bad entry.
    static func validate(_ lines: [SourceLine], codeSize: Int) throws(JITError) {
        var checkedFile: String?  // entries mostly share one file: check each name once
        for entry in lines {
            guard entry.offset >= 0, entry.offset < codeSize, entry.line >= 1 else {
                throw JITError(.invalidSourceLine(offset: entry.offset))
            }
            if entry.file != checkedFile {
                guard !entry.file.isEmpty, !entry.file.utf8.contains(0) else {
                    throw JITError(.invalidSourceLine(offset: entry.offset))
                }
                checkedFile = entry.file
            }
        }
    }
}
