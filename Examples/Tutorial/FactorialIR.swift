import Codegen
import IR

/// factorial(n) in SwiftJIT's IR, built with IRBuilder, compiled by Engine and called from Swift.
func factorialIR() throws {
    var module = Module()
    try module.define("factorial", FunctionType(.i64, [.i64])) { (b: inout IRBuilder) throws(IRError) in
        b.nameArgument(0, "n")
        let entry = b.entryBlock
        let loop = b.newBlock("loop"), done = b.newBlock("done")
        try b.br(loop)
        b.position(at: loop)
        // i and acc have one value per way into the loop block; phi picks by predecessor.
        let i = try b.phi(.i64, [(b.int(.i64, 1), entry)])
        let acc = try b.phi(.i64, [(b.int(.i64, 1), entry)])
        let product = try b.mul(acc, i)
        let next = try b.add(i, b.int(.i64, 1))
        try b.addIncoming(i, next, from: loop)
        try b.addIncoming(acc, product, from: loop)
        try b.condBr(b.icmp(.sle, next, b.argument(0)), loop, done)
        b.position(at: done)
        try b.ret(product)
    }
    print(module.text, terminator: "")

    let engine = try Engine(module: module)
    let factorial = try engine.function("factorial", as: (@convention(c) (Int64) -> Int64).self)
    print("factorial(20) =", factorial(20))
}
