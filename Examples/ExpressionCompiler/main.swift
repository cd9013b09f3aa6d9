// ExpressionCompiler: parses an arithmetic expression, compiles it to machine code through
// SwiftJIT's IR and engine, evaluates it over many points with both the compiled code and a
// tree-walking interpreter, checks that they agree bit for bit, and prints the speed-up.
//
//   swift run -c release ExpressionCompiler                       # sin(x) * y + 3, 1,000,000 points
//   swift run ExpressionCompiler --points 1000 'pow(x, 2) - log(y) / z'
//   swift run ExpressionCompiler --at x=2,y=3 'sin(x) * y + 3'    # one value

import Foundation

do {
    exit(try Benchmark(arguments: Array(CommandLine.arguments.dropFirst())).run())
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
