// Examples/ExpressionCompiler: parsing, errors with columns, and agreement of the compiled code
// with the tree-walking interpreter. Point counts are small: the speed-up is measured by the
// example itself in a release build (BENCHMARKS.md), never here.

import Testing

@Suite("Example: ExpressionCompiler")
struct ExpressionCompilerTests {
    @Test("the default expression: the IR, and identical results on every point")
    func defaultExpression() throws {
        let r = try Examples.run("ExpressionCompiler", ["--points", "20000"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutWithoutTimes.hasPrefix("""
            expression: sin(x) * y + 3
            variables:  x y
            IR:
            declare double @sin(double)

            define double @f(ptr %vars) {
              %1 = load double, ptr %vars, align 8
              %2 = getelementptr inbounds double, ptr %vars, i64 1
              %3 = load double, ptr %2, align 8
              %4 = call double @sin(double %1)
              %5 = fmul double %4, %3
              %6 = fadd double %5, 0x4008000000000000
              ret double %6
            }
            points:     20000
            results:    identical bit for bit on all 20000 points;
            """))
        #expect(r.stdout.contains("speed-up:"))
    }

    @Test("every operator and function agrees bit for bit with the interpreter", arguments: [
        "-x + y * z - x / y",
        "-(x - -y) * -z",
        "sin(x) + cos(y) * exp(z / 4) - log(x) + sqrt(y)",
        "pow(x, y / 3) - pow(2, -z) + sqrt(x * x + y * y)",
        "((x))",
        "1e3 * 2.5e-3 + .5",
        "log(x - 5) + sqrt(y - 5) / (z - z)",  // NaN and infinities: both must give the same
    ])
    func agreement(expression: String) throws {
        let r = try Examples.run("ExpressionCompiler", ["--points", "5000", expression])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("results:    identical bit for bit on all 5000 points"))
    }

    @Test("--at evaluates one point with both", arguments: [
        ("2 * x + y", "x=1.5,y=4", "7.0"),
        ("pow(x, y) + -x", "x=2,y=3", "6.0"),
        ("sqrt(x) / 4 - 1", "x=64", "1.0"),
        ("42", "", "42.0"),
    ])
    func oneValue(expression: String, at: String, expected: String) throws {
        let r = try Examples.run("ExpressionCompiler", ["--at", at, expression])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "interpreter: \(expected)\ncompiled:    \(expected)\n")
    }

    @Test("syntax errors give the column, the expression and a caret", arguments: [
        ("sin(x) * (y + 3", "error: column 16: expected ')' to close the '(' at column 10, found the end\n  sin(x) * (y + 3\n                 ^\n"),
        ("2 +* x", "error: column 4: expected an expression, found '*'\n  2 +* x\n     ^\n"),
        ("tan(x)", "error: column 1: unknown function 'tan' (known: sin cos exp log sqrt pow)\n  tan(x)\n  ^\n"),
        ("1 + pow(x)", "error: column 5: pow takes 2 arguments, not 1\n  1 + pow(x)\n      ^\n"),
        ("x y", "error: column 3: unexpected 'y' after the expression\n  x y\n    ^\n"),
        ("sqrt + 1", "error: column 1: sqrt is a function: write sqrt(...)\n  sqrt + 1\n  ^\n"),
        ("3 # 4", "error: column 3: unexpected '#' after the expression\n  3 # 4\n    ^\n"),
        ("", "error: column 1: expected an expression, found the end\n  \n  ^\n"),
    ])
    func syntaxError(expression: String, message: String) throws {
        let r = try Examples.run("ExpressionCompiler", [expression])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == message)
    }
}
