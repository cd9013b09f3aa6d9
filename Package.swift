// swift-tools-version: 6.2
import PackageDescription

/// Settings shared by every target: Swift 6 language mode and warnings as errors.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "SwiftJIT",
    products: [
        .library(name: "X86", targets: ["X86"]),
        .library(name: "JIT", targets: ["JIT"]),
        .library(name: "IR", targets: ["IR"]),
        // The engine (`Engine`) that compiles IR modules; without this product no other package
        // could embed the compiler.
        .library(name: "Codegen", targets: ["Codegen"]),
        .executable(name: "swiftjit", targets: ["swiftjit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` (DocC); used by Utilities/docs/build.sh, not by the build.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Layer 1: typed x86-64 encoder with labels and relaxation. No dependencies.
        .target(name: "X86", swiftSettings: strict),
        // Layer 2: W^X executable memory, symbol resolution, typed entry points.
        .target(name: "JIT", dependencies: ["X86", "CJITDebug"], swiftSettings: strict),
        // The GDB JIT interface's C symbols (`__jit_debug_descriptor`, `__jit_debug_register_code`),
        // whose names and linkage GDB fixes.
        .target(name: "CJITDebug"),
        // Layer 3: the LLVM-compatible SSA IR: types, module, builder, printer, parser, verifier,
        // interpreter. Independent of the machine layers.
        .target(name: "IR", swiftSettings: strict),
        // Every CLI subcommand as a library, so tests can call it.
        .target(
            name: "Driver",
            dependencies: ["X86", "JIT", "IR", "Interpreter", "Codegen", "Optimizer",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),
        .target(name: "Interpreter", dependencies: ["IR", "X86", "JIT"], swiftSettings: strict),
        // SSA optimization passes over the IR (mem2reg, folding, CSE, DCE, CFG simplification).
        .target(name: "Optimizer", dependencies: ["IR"], swiftSettings: strict),
        // Layer 4: the baseline compiler from the IR to x86-64, and the JIT engine that runs modules.
        .target(name: "Codegen", dependencies: ["IR", "X86", "JIT", "Optimizer"], swiftSettings: strict),
        .executableTarget(name: "swiftjit", dependencies: ["Driver"], swiftSettings: strict),
        // Loads hand-assembled functions with debugger registration on; JITTests drive it under gdb.
        .executableTarget(name: "jit-debug-demo", dependencies: ["JIT", "X86"], swiftSettings: strict),
        // The tutorial's listings (docs/tutorial/README.md) and the worked examples
        // (Examples/*/README.md), each run by ExamplesTests.
        .executableTarget(name: "ReadmeExample", dependencies: ["IR", "Codegen"], path: "Examples/ReadmeExample",
                          swiftSettings: strict),
        .executableTarget(name: "Tutorial", dependencies: ["X86", "JIT", "IR", "Codegen"], path: "Examples/Tutorial",
                          exclude: ["README.md", "factorial.ll"], swiftSettings: strict),
        .executableTarget(name: "ExpressionCompiler", dependencies: ["IR", "Codegen"], path: "Examples/ExpressionCompiler",
                          exclude: ["README.md"], swiftSettings: strict),
        .executableTarget(name: "Brainfuck", dependencies: ["IR", "JIT", "Codegen"], path: "Examples/Brainfuck",
                          exclude: ["README.md", "Programs"], swiftSettings: strict),
        .testTarget(name: "X86Tests", dependencies: ["X86"], exclude: ["Inputs"], swiftSettings: strict),
        .testTarget(name: "IRTests", dependencies: ["IR", "CorpusSupport"], swiftSettings: strict),
        // Shared by the test targets that run the C corpus (one lock around stdout for the process)
        // and that check printed IR with llvm-as.
        .target(name: "CorpusSupport", path: "Tests/CorpusSupport", swiftSettings: strict),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "IR", "CorpusSupport"], swiftSettings: strict),
        // The seeded random IR function generator, shared by the differential tests.
        .target(name: "RandomIR", dependencies: ["IR"], path: "Tests/RandomIR", swiftSettings: strict),
        .testTarget(name: "CodegenTests",
                    dependencies: ["Codegen", "IR", "Interpreter", "Optimizer", "CorpusSupport", "RandomIR", "X86"],
                    swiftSettings: strict),
        .testTarget(name: "OptimizerTests",
                    dependencies: ["Optimizer", "IR", "Interpreter", "CorpusSupport", "RandomIR"], swiftSettings: strict),
        .testTarget(name: "JITTests", dependencies: ["JIT", "X86", "Driver"], swiftSettings: strict),
        .testTarget(name: "ExamplesTests", swiftSettings: strict),
    ]
)
