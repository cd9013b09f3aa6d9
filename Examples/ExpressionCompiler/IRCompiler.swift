// Translates the tree to SwiftJIT's IR with the builder:
//
//   double f(double *vars)      ; variable i is vars[i], loaded once at the entry
//
// Every node becomes one instruction (fadd, fmul, fneg, a call to libm, ...); numbers become
// constants. The engine then compiles the module to x86-64 and resolves sin, pow, ... with dlsym.

import IR

extension ParsedExpression {
    /// A module defining `double @f(ptr %vars)` that computes the expression.
    /// - Throws: ``IRError`` (only if the builder is misused: a bug here, not in the input).
    func module() throws(IRError) -> Module {
        var module = Module()
        var used: Set<MathFunction> = []
        root.collectFunctions(into: &used)
        for f in MathFunction.allCases where used.contains(f) {
            try module.declare(f.rawValue, FunctionType(.double, Array(repeating: .double, count: f.arity)))
        }
        let variableCount = variables.count
        let root = root
        try module.define("f", FunctionType(.double, [.ptr])) { (b: inout IRBuilder) throws(IRError) in
            b.nameArgument(0, "vars")
            var loaded: [Value] = []
            for i in 0..<variableCount {
                let address = i == 0 ? b.argument(0)
                    : try b.getElementPointer(.double, b.argument(0), [b.int(.i64, Int64(i))])
                loaded.append(try b.load(.double, from: address, alignment: 8))
            }
            try b.ret(try root.emit(&b, variables: loaded))
        }
        return module
    }
}

extension Expression {
    /// Appends the instructions computing this node; returns its value.
    func emit(_ b: inout IRBuilder, variables: [Value]) throws(IRError) -> Value {
        switch self {
        case .number(let v):
            return b.double(v)
        case .variable(let i):
            return variables[i]
        case .negate(let a):
            return try b.fneg(a.emit(&b, variables: variables))
        case .binary(let op, let lhs, let rhs):
            let x = try lhs.emit(&b, variables: variables), y = try rhs.emit(&b, variables: variables)
            switch op {
            case .add: return try b.fadd(x, y)
            case .subtract: return try b.fsub(x, y)
            case .multiply: return try b.fmul(x, y)
            case .divide: return try b.fdiv(x, y)
            }
        case .call(let f, let args):
            var values: [Value] = []
            for a in args { values.append(try a.emit(&b, variables: variables)) }
            return try b.call(f.rawValue, values)
        }
    }

    func collectFunctions(into set: inout Set<MathFunction>) {
        switch self {
        case .number, .variable: break
        case .negate(let a): a.collectFunctions(into: &set)
        case .binary(_, let a, let b):
            a.collectFunctions(into: &set)
            b.collectFunctions(into: &set)
        case .call(let f, let args):
            set.insert(f)
            for a in args { a.collectFunctions(into: &set) }
        }
    }
}
