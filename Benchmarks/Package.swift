// swift-tools-version: 6.2
// Benchmarks live in their own package so that their dependencies and build products stay out of
// the main build. Build with `swift build -c release --package-path Benchmarks`.
import PackageDescription

/// The same settings as the main package: Swift 6 language mode and warnings as errors.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "SwiftJITBenchmarks",
    dependencies: [
        // `name:` pins the package's name, so that the product reference below does not depend on
        // the name of the directory the repository was cloned into.
        .package(name: "SwiftJIT", path: ".."),
    ],
    targets: [
        // The encoder throughput benchmark (see BENCHMARKS.md and Benchmarks/encoder/run.sh).
        .executableTarget(
            name: "encoder-bench",
            dependencies: [.product(name: "X86", package: "SwiftJIT")],
            swiftSettings: strict),
    ]
)
