// The command: arguments, compiling, the two evaluation loops and the report.

import Codegen
import Foundation
import IR

/// A usage error.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

/// One run of the example: parse, compile, evaluate with both, compare, report.
struct Benchmark {
    var source = "sin(x) * y + 3"
    var pointCount = 1_000_000
    var assignments: [String: Double]?

    /// Reads `[--points N] [--at x=1,y=2] [EXPRESSION]`.
    init(arguments: [String]) throws(UsageError) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--points":
                guard let n = rest.popFirst().flatMap({ Int($0) }), n > 0 else {
                    throw UsageError(description: "error: --points needs a positive count")
                }
                pointCount = n
            case "--at":
                var values: [String: Double] = [:]
                for pair in (rest.popFirst() ?? "").split(separator: ",") {
                    let parts = pair.split(separator: "=")
                    guard parts.count == 2, let v = Double(parts[1]) else {
                        throw UsageError(description: "error: --at needs name=value,name=value")
                    }
                    values[String(parts[0])] = v
                }
                assignments = values
            default:
                source = argument
            }
        }
    }

    /// Runs and prints; returns the exit status (1 if the two evaluations disagree).
    func run() throws -> Int32 {
        let parsed = try ExpressionParser.parse(source)
        let compileStart = now()
        let engine = try Engine(module: try parsed.module())
        // The function pointer is valid while `engine` lives: keep it alive until the last call.
        let compiled = try engine.function("f", as: (@convention(c) (UnsafePointer<Double>) -> Double).self)
        let compileSeconds = now() - compileStart
        defer { withExtendedLifetime(engine) {} }

        if let assignments {
            var values: [Double] = []
            for name in parsed.variables {
                guard let v = assignments[name] else { throw UsageError(description: "error: --at gives no value for '\(name)'") }
                values.append(v)
            }
            let interpreted = values.withUnsafeBufferPointer { parsed.root.evaluate($0.baseAddress!) }
            let jitted = values.withUnsafeBufferPointer { compiled($0.baseAddress!) }
            print("interpreter: \(interpreted)")
            print("compiled:    \(jitted)")
            return Self.same(interpreted, jitted) ? 0 : 1
        }

        print("expression: \(source)")
        print("variables:  \(parsed.variables.isEmpty ? "(none)" : parsed.variables.joined(separator: " "))")
        print("IR:")
        print(engine.module.text, terminator: "")

        let count = pointCount, variableCount = max(parsed.variables.count, 1)
        let vars = UnsafeMutablePointer<Double>.allocate(capacity: variableCount)
        defer { vars.deallocate() }
        var interpreted = [Double](repeating: 0, count: count)
        var jitted = [Double](repeating: 0, count: count)
        let root = parsed.root

        // Each loop runs three times (alternating); the best time counts, the last results are compared.
        var interpreterSeconds = Double.infinity, jitSeconds = Double.infinity
        for _ in 0..<3 {
            let interpreterStart = now()
            for k in 0..<count {
                for i in 0..<variableCount { vars[i] = Self.input(i, k) }
                interpreted[k] = root.evaluate(vars)
            }
            interpreterSeconds = min(interpreterSeconds, now() - interpreterStart)
            let jitStart = now()
            for k in 0..<count {
                for i in 0..<variableCount { vars[i] = Self.input(i, k) }
                jitted[k] = compiled(vars)
            }
            jitSeconds = min(jitSeconds, now() - jitStart)
        }

        var mismatches = 0, nans = 0, sum = 0.0
        for k in 0..<count {
            let a = interpreted[k], b = jitted[k]
            if !Self.same(a, b) {
                if mismatches < 5 { print("MISMATCH at point \(k): interpreter \(a), compiled \(b)") }
                mismatches += 1
            }
            if a.isNaN { nans += 1 } else { sum += a }
        }
        print("points:     \(count)")
        if mismatches == 0 {
            let nanNote = nans > 0 ? " (\(nans) NaN)" : ""
            print("results:    identical bit for bit on all \(count) points\(nanNote); sum \(sum)")
        } else {
            print("results:    \(mismatches) of \(count) points differ")
        }
        print("time:       compile     \(String(format: "%9.2f ms", compileSeconds * 1e3))")
        print("time:       interpreter \(Self.format(interpreterSeconds, count))  (best of 3)")
        print("time:       compiled    \(Self.format(jitSeconds, count))  (best of 3)")
        print("speed-up:   \(String(format: "%.1f", interpreterSeconds / jitSeconds))x")
        return mismatches == 0 ? 0 : 1
    }

    /// Variable `i` at point `k`: values in [0.25, 10.25), different for each variable and point.
    static func input(_ i: Int, _ k: Int) -> Double {
        let step: Int = (k &* (2 &* i &+ 1) &+ 7 &* i) % 10_000
        return 0.25 + Double(step) * 0.001
    }

    /// Equal bit for bit, or both NaN.
    static func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

    static func format(_ seconds: Double, _ count: Int) -> String {
        String(format: "%9.2f ms %8.1f ns/point", seconds * 1e3, seconds * 1e9 / Double(count))
    }

    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
