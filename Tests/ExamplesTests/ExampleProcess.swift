// Runs the examples' executables (built next to the test bundle by `swift build --build-tests`
// and `swift test`) as subprocesses, the way a user runs them.

import Foundation
import Testing

/// The result of running a program: exit status, standard output and standard error.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Standard output without the lines that report times (they differ on every run).
    var stdoutWithoutTimes: String {
        stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("time:") && !$0.hasPrefix("speed-up:") }
            .joined(separator: "\n")
    }
}

/// Locations and subprocesses for the examples' tests.
enum Examples {
    /// The package root (this file is Tests/ExamplesTests/ExampleProcess.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The directory holding the built executables and the test bundle.
    static let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()

    /// The built executable `name`.
    static func executable(_ name: String) throws -> URL {
        let url = binDirectory.appendingPathComponent(name)
        try #require(FileManager.default.isExecutableFile(atPath: url.path),
                     "\(name) is not built next to the test bundle (swift build --build-tests builds it)")
        return url
    }

    /// Runs `executable` with `arguments` in the package root; standard input is empty.
    /// `environment` is added to this process's environment.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws
        -> ProcessResult
    {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftjit-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Files rather than pipes: a full pipe would block a chatty child while we wait for it.
        let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus,
                             stdout: try String(contentsOf: outURL, encoding: .utf8),
                             stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// Runs the built example `name`.
    static func run(_ name: String, _ arguments: [String]) throws -> ProcessResult {
        try run(try executable(name), arguments)
    }
}
