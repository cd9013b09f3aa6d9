#if canImport(Glibc)
import Glibc
#endif
import IR
import Interpreter
import Synchronization
import Testing

/// Serializes tests that redirect file descriptor 1 (tests run in parallel).
let stdoutLock = Mutex<Void>(())

/// Runs `body` with C's stdout (fd 1) redirected to a temporary file and returns what was written.
func capturingStdout<R>(_ body: () throws -> R) rethrows -> (output: String, result: R) {
    try stdoutLock.withLock { _ in
        fflush(nil)
        let file = tmpfile()!
        defer { fclose(file) }
        let fd = fileno(file)
        let saved = dup(1)
        dup2(fd, 1)
        let result: R
        do {
            result = try body()
        } catch {
            fflush(nil)
            dup2(saved, 1)
            close(saved)
            throw error
        }
        fflush(nil)
        dup2(saved, 1)
        close(saved)
        lseek(fd, 0, SEEK_SET)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return (String(decoding: bytes, as: UTF8.self), result)
    }
}

/// Builds a module with one function `f` of type `type`.
func module(_ type: FunctionType, _ body: (inout IRBuilder) throws(IRError) -> Void) throws -> Module {
    var m = Module()
    try m.define("f", type, body)
    return m
}

/// The expected error kind of running `f`.
func errorKind(_ m: Module, _ arguments: [RuntimeValue] = []) throws -> InterpreterError? {
    let i = try Interpreter(module: m)
    do {
        _ = try i.run(function: "f", arguments: arguments)
        return nil
    } catch {
        return error
    }
}

/// The C string at `address`.
func cString(_ value: RuntimeValue?) -> String? {
    guard case .pointer(let p)? = value, let c = UnsafePointer<CChar>(bitPattern: p) else { return nil }
    return String(cString: c)
}
