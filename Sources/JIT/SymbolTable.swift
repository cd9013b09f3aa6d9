#if canImport(Glibc)
import Glibc
#endif

/// Resolves symbol names to addresses that generated code can call: first symbols registered here,
/// then the dynamic loader's global scope.
///
/// ```swift
/// var symbols = SymbolTable()
/// let twice: @convention(c) (Int64) -> Int64 = { $0 * 2 }
/// try symbols.register("twice", function: twice)
/// asm.call(try symbols.resolve("twice"))
/// asm.call(try symbols.resolve("strlen"))
/// ```
public struct SymbolTable {
    private var registered: [String: UnsafeRawPointer] = [:]
    /// Whether lookups fall back to `dlsym` for names that are not registered.
    public var usesDynamicLoader: Bool

    /// Creates an empty table.
    /// - Parameter usesDynamicLoader: Fall back to `dlsym(RTLD_DEFAULT, name)` for unregistered names.
    public init(usesDynamicLoader: Bool = true) {
        self.usesDynamicLoader = usesDynamicLoader
    }

    /// Registers (or replaces) a symbol.
    /// - Parameters:
    ///   - name: The symbol name.
    ///   - address: The address to call, e.g. a `@convention(c)` function cast with `unsafeBitCast`.
    public mutating func register(_ name: String, address: UnsafeRawPointer) {
        registered[name] = address
    }

    /// Registers a `@convention(c)` function under `name`.
    /// - Parameters:
    ///   - name: The symbol name.
    ///   - function: A `@convention(c)` function value; Swift closures without captures convert to one.
    /// - Throws: ``JITError/Kind/notAFunctionPointer(typeName:size:)`` if `F` is not pointer-sized.
    public mutating func register<F>(_ name: String, function: F) throws(JITError) {
        guard MemoryLayout<F>.size == MemoryLayout<UnsafeRawPointer>.size else {
            throw JITError(.notAFunctionPointer(typeName: String(describing: F.self), size: MemoryLayout<F>.size))
        }
        register(name, address: unsafeBitCast(function, to: UnsafeRawPointer.self))
    }

    /// The address of `name`: a registered symbol, else (if allowed) what `dlsym` finds.
    /// - Parameter name: The symbol name.
    /// - Returns: The address, or nil if the name is unknown.
    public func address(of name: String) -> UnsafeRawPointer? {
        if let address = registered[name] { return address }
        // A name with an embedded NUL would be silently truncated by the C string conversion.
        guard usesDynamicLoader, !name.utf8.contains(0) else { return nil }
        // A nil handle is RTLD_DEFAULT (glibc defines it as `(void *) 0`; Swift does not import the
        // macro): search the global scope in load order, as the static linker would have.
        return dlsym(nil, name).map { UnsafeRawPointer($0) }
    }

    /// The address of `name`, or an error naming it.
    /// - Parameter name: The symbol name.
    /// - Returns: The address.
    /// - Throws: ``JITError/Kind/unknownSymbol(_:)`` if the name is unknown.
    public func resolve(_ name: String) throws(JITError) -> UnsafeRawPointer {
        guard let address = address(of: name) else { throw JITError(.unknownSymbol(name)) }
        return address
    }
}
