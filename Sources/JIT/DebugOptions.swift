#if canImport(Glibc)
import Glibc
#endif

/// Which debugger and profiler integrations a ``CodeRegion`` turns on for the code it loads.
///
/// Both are off by default. Each can also be turned on for every region in the process with an
/// environment variable, read when a region is created:
///
/// | variable | effect |
/// |---|---|
/// | `SWIFTJIT_GDB=1` | register named code with the GDB JIT interface |
/// | `SWIFTJIT_PERF_MAP=1` | append named code to `/tmp/perf-<pid>.map` |
///
/// Only blobs loaded with at least one ``FunctionSymbol`` are registered: a debugger or profiler
/// has nothing to show for code without names.
public struct DebugOptions: Sendable, Equatable {
    /// Register each named blob with GDB's JIT interface (an in-memory ELF object with symbols,
    /// call-frame information and optional line numbers), and unregister it when it is released.
    public var gdb: Bool
    /// Append one `START SIZE name` line per named function to `/tmp/perf-<pid>.map`, which
    /// `perf report` reads to name samples in JIT code.
    public var perfMap: Bool

    /// Creates debugging options.
    /// - Parameters:
    ///   - gdb: Register named code with the GDB JIT interface.
    ///   - perfMap: Append named functions to the perf map file.
    public init(gdb: Bool = false, perfMap: Bool = false) {
        self.gdb = gdb
        self.perfMap = perfMap
    }

    /// The switches set in the environment: `SWIFTJIT_GDB=1` and `SWIFTJIT_PERF_MAP=1`. Any other
    /// value, or none, leaves a switch off.
    /// - Returns: The options the environment asks for.
    public static func fromEnvironment() -> DebugOptions {
        DebugOptions(gdb: isSet("SWIFTJIT_GDB"), perfMap: isSet("SWIFTJIT_PERF_MAP"))
    }

    /// Every integration turned on in either `self` or `other`.
    /// - Parameter other: More options.
    /// - Returns: The union of the two.
    public func union(_ other: DebugOptions) -> DebugOptions {
        DebugOptions(gdb: gdb || other.gdb, perfMap: perfMap || other.perfMap)
    }

    /// Whether any integration is on.
    public var isEnabled: Bool { gdb || perfMap }

    private static func isSet(_ name: String) -> Bool {
        guard let value = getenv(name) else { return false }
        return String(cString: value) == "1"
    }
}
