#if canImport(Glibc)
import Glibc
#endif
import CorpusSupport
import IR
import Interpreter
import Testing


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
