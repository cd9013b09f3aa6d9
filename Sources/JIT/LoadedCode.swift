import X86

/// Loaded, executable code: the unique owner of its pages in a ``CodeRegion``.
///
/// Dropping the value (or calling ``release()``) makes the pages inaccessible and returns them to
/// the region. Function pointers and addresses obtained from it are valid only while it lives:
/// calling one afterwards faults, or runs whatever code reuses the pages.
public struct LoadedCode: ~Copyable {
    private let region: CodeRegion
    private let span: PageSpan
    private let labelOffsets: [Int32]
    private let gdbRegistration: GDBJITInterface.Registration?
    private var isReleased = false

    /// The address of the first byte of code (offset 0).
    public let baseAddress: UnsafeRawPointer
    /// Bytes of code plus any far-call stubs placed after it.
    public let size: Int
    /// Bytes of code, as assembled.
    public let codeSize: Int
    /// Number of far-call stubs placed after the code (one per distinct far target).
    public let stubCount: Int
    /// The named functions given when loading, sorted by offset, each sized to the next symbol or
    /// the end of the code.
    public let symbols: [LoadedSymbol]

    init(region: CodeRegion, span: PageSpan, baseAddress: UnsafeRawPointer, size: Int, codeSize: Int,
         stubCount: Int, labelOffsets: [Int32], symbols: [LoadedSymbol] = [],
         gdbRegistration: GDBJITInterface.Registration? = nil) {
        self.symbols = symbols
        self.gdbRegistration = gdbRegistration
        self.region = region
        self.span = span
        self.baseAddress = baseAddress
        self.size = size
        self.codeSize = codeSize
        self.stubCount = stubCount
        self.labelOffsets = labelOffsets
    }

    deinit {
        guard !isReleased else { return }
        unregister()
        // A deinit cannot throw; a failing mprotect leaves the span leaked but never reused.
        try? region.release(span)
    }

    /// Bytes of whole pages this code occupies.
    public var mappedSize: Int { span.count * region.pageSize }

    /// The loaded bytes (code and stubs), readable while the code lives.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: baseAddress, count: size) }

    /// The run-time address of a label bound in the loaded code.
    /// - Parameter label: A label of the assembler that produced the code.
    /// - Returns: The address, or nil if the label was not bound or lies past the end of the code.
    public func address(of label: Label) -> UnsafeRawPointer? {
        guard let offset = offset(of: label) else { return nil }
        return baseAddress + offset
    }

    /// The function at `label`, as a value of the `@convention(c)` function type `F`.
    ///
    /// `F` must be a `@convention(c)` function type whose signature matches the code under the
    /// System V AMD64 ABI; the size check below rejects thick Swift closures but cannot check the
    /// signature. The result is valid only while this `LoadedCode` lives.
    /// - Parameters:
    ///   - label: The entry point.
    ///   - type: The function type, e.g. `(@convention(c) (Int64) -> Int64).self`.
    /// - Returns: A callable function pointer.
    /// - Throws: ``JITError`` if the label is not inside the code or `F` is not pointer-sized.
    public func function<F>(at label: Label, as type: F.Type) throws(JITError) -> F {
        guard let offset = offset(of: label), offset < codeSize else { throw JITError(.labelNotInCode(label)) }
        return try Self.cast(baseAddress + offset, to: type)
    }

    /// The function at offset 0 (the usual entry point), as a value of the `@convention(c)` type `F`.
    /// See ``function(at:as:)`` for the rules on `F` and lifetime.
    /// - Parameter type: The function type.
    /// - Returns: A callable function pointer.
    /// - Throws: ``JITError`` if `F` is not pointer-sized.
    public func function<F>(as type: F.Type) throws(JITError) -> F {
        try Self.cast(baseAddress, to: type)
    }

    /// Releases the pages now, reporting a failure that dropping the value would ignore.
    /// - Throws: ``JITError`` if `mprotect` or `madvise` fails; the pages are then not reused.
    public consuming func release() throws(JITError) {
        isReleased = true
        unregister()
        try region.release(span)
    }

    /// Withdraws the code from GDB before its pages go away, so the debugger never shows symbols
    /// for addresses that may soon hold other code. (The perf map cannot withdraw lines.)
    private func unregister() {
        if let gdbRegistration { GDBJITInterface.shared.unregister(gdbRegistration) }
    }

    /// The address of the first function named `name`, if the code was loaded with such a symbol.
    /// - Parameter name: A symbol name given to ``CodeRegion/load(_:symbols:lines:options:)``.
    /// - Returns: The function's address, valid while this value lives, or nil.
    public func address(ofSymbol name: String) -> UnsafeRawPointer? {
        symbols.first { $0.name == name }.map { baseAddress + $0.offset }
    }

    private func offset(of label: Label) -> Int? {
        let index = Int(label.id)
        guard index < labelOffsets.count, labelOffsets[index] >= 0, Int(labelOffsets[index]) <= codeSize else {
            return nil
        }
        return Int(labelOffsets[index])
    }

    private static func cast<F>(_ address: UnsafeRawPointer, to type: F.Type) throws(JITError) -> F {
        // A @convention(c) function value is a bare code pointer; anything else (a Swift closure is
        // two words) would make unsafeBitCast trap or produce garbage.
        guard MemoryLayout<F>.size == MemoryLayout<UnsafeRawPointer>.size else {
            throw JITError(.notAFunctionPointer(typeName: String(describing: type), size: MemoryLayout<F>.size))
        }
        return unsafeBitCast(address, to: type)
    }
}
