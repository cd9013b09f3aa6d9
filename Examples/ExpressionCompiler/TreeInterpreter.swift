// The reference: evaluates the tree directly, node by node. Calls go to the same libm functions
// the compiled code calls, so both give bit-identical results.

import Foundation

extension Expression {
    /// The value of the expression with variable `i` equal to `variables[i]`.
    func evaluate(_ variables: UnsafePointer<Double>) -> Double {
        switch self {
        case .number(let v):
            return v
        case .variable(let i):
            return variables[i]
        case .negate(let a):
            return -a.evaluate(variables)
        case .binary(let op, let a, let b):
            let x = a.evaluate(variables), y = b.evaluate(variables)
            switch op {
            case .add: return x + y
            case .subtract: return x - y
            case .multiply: return x * y
            case .divide: return x / y
            }
        case .call(let f, let args):
            let x = args[0].evaluate(variables)
            switch f {
            case .sin: return sin(x)
            case .cos: return cos(x)
            case .exp: return exp(x)
            case .log: return log(x)
            case .sqrt: return sqrt(x)
            case .pow: return pow(x, args[1].evaluate(variables))
            }
        }
    }
}
