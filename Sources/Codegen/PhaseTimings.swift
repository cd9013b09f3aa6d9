#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time spent in each phase of loading a module, for `swiftjit run --time-passes`.
public final class PhaseTimings {
    /// The phases in the order they ran, with their durations in seconds.
    public private(set) var phases: [(name: String, seconds: Double)] = []

    /// Creates an empty record.
    public init() {}

    /// Runs `body` and records its duration under `name`.
    /// - Parameters:
    ///   - name: The phase's name, as the table prints it.
    ///   - body: The work to time.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws; the duration is recorded either way.
    public func measure<R, E: Error>(_ name: String, _ body: () throws(E) -> R) throws(E) -> R {
        let start = Self.now()
        defer { phases.append((name, Self.now() - start)) }
        return try body()
    }

    /// Records a duration measured elsewhere.
    /// - Parameters:
    ///   - name: The phase's name, as the table prints it.
    ///   - seconds: Its duration.
    public func record(_ name: String, seconds: Double) {
        phases.append((name, seconds))
    }

    /// Adds a duration to the phase `name`, recording it if it is new (for phases that run once
    /// per function).
    public func add(_ name: String, seconds: Double) {
        // (From the end: the phases added per function are the last ones recorded.)
        if let i = phases.lastIndex(where: { $0.name == name }) { phases[i].seconds += seconds }
        else { phases.append((name, seconds)) }
    }

    /// Monotonic time in seconds.
    /// - Returns: Seconds from an arbitrary fixed point (`CLOCK_MONOTONIC`); only differences mean anything.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `x` with `decimals` digits after the point (no Foundation in this module).
    static func fixed(_ x: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let n = Int((abs(x) * scale).rounded())
        let whole = n / Int(scale), fraction = String(n % Int(scale))
        return (x < 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// The table `--time-passes` prints: one line per phase, then the total.
    /// - Parameter title: The line above the column headings.
    /// - Returns: The table, without a final newline: time in milliseconds and share of the total.
    public func table(title: String) -> String {
        let total = phases.reduce(0) { $0 + $1.seconds }
        var lines = ["===" + String(repeating: "-", count: 60) + "===", title, "",
                     "      time (ms)    share  phase"]
        func row(_ name: String, _ s: Double) -> String {
            let ms = Self.fixed(s * 1000, decimals: 3).padding(12)
            let share = (Self.fixed(total > 0 ? s / total * 100 : 0, decimals: 1) + "%").padding(8)
            return "\(ms)  \(share)  \(name)"
        }
        for p in phases { lines.append(row(p.name, p.seconds)) }
        lines.append(row("total", total))
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Right-aligned in `width` columns.
    func padding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
