// The syntax tree of an arithmetic expression over doubles: what the parser produces, the
// tree-walking interpreter evaluates and the IR compiler translates.

/// A function the expressions may call; each is the C library (libm) function of that name.
enum MathFunction: String, CaseIterable {
    case sin, cos, exp, log, sqrt, pow

    /// How many arguments the function takes.
    var arity: Int { self == .pow ? 2 : 1 }
}

/// A binary arithmetic operator.
enum BinaryOperator: Character {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
}

/// An expression over doubles.
indirect enum Expression: Equatable {
    /// A literal such as `3` or `2.5e-3`.
    case number(Double)
    /// The variable with this index in ``ParsedExpression/variables``.
    case variable(Int)
    /// `-operand`.
    case negate(Expression)
    /// `left op right`.
    case binary(BinaryOperator, Expression, Expression)
    /// `function(arguments...)`.
    case call(MathFunction, [Expression])
}

/// A parsed expression and the names of the variables it uses, in alphabetical order: variable
/// `i` is read from `vars[i]` by the compiled function.
struct ParsedExpression {
    var root: Expression
    var variables: [String]
}
