// Random functions compiled by the engine and run by the interpreter must agree on every input.

import Codegen
import IR
import Interpreter
import RandomIR
import Testing

@Suite("Codegen random differential")
struct RandomDifferentialTests {
    typealias Entry = @convention(c) (Int64, Int64, Double, Double) -> Int64

    static let modules = 40
    static let functionsPerModule = 50

    @Test("compiled code equals the interpreter", arguments: 0..<modules)
    func random(_ seed: Int) throws {
        let (module, names) = try randomModule(seed: UInt64(seed) &* 0x9E37_79B9 &+ 17, functions: Self.functionsPerModule)
        let engine = try Engine(module: module, optimization: .O0, checkingAllocations: true)
        let interpreter = try Interpreter(module: module)
        #expect(try Self.mismatches(engine, interpreter, names, compiled: module, context: "seed \(seed)") == 0)
    }

    /// Runs every function of `names` on every input, compiled by `engine` and on `interpreter`;
    /// records the first few differences (with the compiled function's text) and returns their number.
    static func mismatches(_ engine: Engine, _ interpreter: Interpreter, _ names: [String], compiled module: Module,
                           context: String) throws -> Int {
        var failures = 0
        for name in names {
            let f = try engine.function(name, as: Entry.self)
            for (a, b, x, y) in randomFunctionInputs {
                let native = f(a, b, x, y)
                let expected = try interpreter.run(function: name, arguments: [
                    .int(UInt64(bitPattern: a)), .int(UInt64(bitPattern: b)), .double(x), .double(y),
                ])
                if expected != .int(UInt64(bitPattern: native)) {
                    failures += 1
                    if failures <= 3 {
                        Issue.record("\(context) @\(name)(\(a), \(b), \(x), \(y)): native \(native), interpreter \(String(describing: expected))\n\(module.text(of: module.functions[module.functionIndex(named: name)!]))")
                    }
                }
            }
        }
        return failures
    }
}
