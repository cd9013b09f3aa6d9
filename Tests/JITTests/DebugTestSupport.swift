import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The output of a finished child process.
struct ToolOutput {
    var status: Int32
    var stdout: String
    var stderr: String
    var pid: Int32
}

/// The absolute path of `tool` on PATH (or at a standard location), or nil.
func toolPath(_ tool: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    return directories.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// `tool` on PATH, or a failed requirement telling CI what to install.
func requireTool(_ tool: String, package: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws -> String
{
    try #require(toolPath(tool) != nil, "\(tool) is not installed: apt-get install \(package)",
                 sourceLocation: sourceLocation)
    return toolPath(tool)!
}

/// Runs `executable` to completion, collecting stdout and stderr.
///
/// Uses `posix_spawn` with an empty signal mask rather than Foundation's `Process`: test code runs
/// on Dispatch worker threads, which block most signals, and a child inherits its spawning thread's
/// mask. gdb with SIGCHLD blocked never notices its inferior stopping and waits forever.
func runTool(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ToolOutput {
    var env = ProcessInfo.processInfo.environment
    // The children decide their own switches; an inherited one would change what they register.
    env["SWIFTJIT_GDB"] = nil
    env["SWIFTJIT_PERF_MAP"] = nil
    env.merge(environment) { $1 }
    // stdout goes to a pipe; stderr to a file, so a chatty child (gdb's complaints about Swift's
    // DWARF) can never block while we read stdout.
    let errPath = temporaryPath(".stderr")
    defer { unlink(errPath) }
    var pipeFDs: [Int32] = [0, 0]
    try #require(pipe(&pipeFDs) == 0, "pipe failed")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addclose(&actions, pipeFDs[0])
    posix_spawn_file_actions_addclose(&actions, pipeFDs[1])
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    close(pipeFDs[1])
    defer { close(pipeFDs[0]) }
    try #require(spawned == 0, "posix_spawn \(executable) failed: \(String(cString: strerror(spawned)))")
    var outData = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(pipeFDs[0], $0.baseAddress, $0.count) }
        if count > 0 {
            outData += chunk[0..<count]
        } else if count == 0 || errno != EINTR {
            break
        }
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS; a signal death reports 128 + the signal, as shells do.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let errData = FileManager.default.contents(atPath: errPath) ?? Data()
    return ToolOutput(status: exitStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), pid: pid)
}

/// The `jit-debug-demo` executable built next to the test bundle.
func demoExecutable(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
    let url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("jit-debug-demo")
    try #require(FileManager.default.isExecutableFile(atPath: url.path),
                 "build the jit-debug-demo executable first (swift build --build-tests builds it)",
                 sourceLocation: sourceLocation)
    return url.path
}

/// A fresh temporary file path with the given suffix.
func temporaryPath(_ suffix: String) -> String {
    NSTemporaryDirectory() + "swiftjit-\(UUID().uuidString)\(suffix)"
}
