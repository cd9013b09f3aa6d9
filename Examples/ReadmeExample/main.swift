import Codegen
import IR

var module = Module()
try module.declare("sqrt", FunctionType(.double, [.double]))   // libm's, found with dlsym
try module.define("hypot", FunctionType(.double, [.double, .double])) { (b: inout IRBuilder) throws(IRError) in
    b.nameArgument(0, "x")
    b.nameArgument(1, "y")
    let x = b.argument(0), y = b.argument(1)
    let sumOfSquares = try b.fadd(b.fmul(x, x), b.fmul(y, y))
    try b.ret(b.call("sqrt", [sumOfSquares]))
}
print(module.text, terminator: "")                     // LLVM's text format

let engine = try Engine(module: module)                // verify, compile to x86-64, load (W^X)
let hypot = try engine.function("hypot", as: (@convention(c) (Double, Double) -> Double).self)
print("hypot(3, 4) =", hypot(3, 4))                    // valid while `engine` lives
