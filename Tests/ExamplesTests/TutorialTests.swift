// Keeps docs/tutorial/README.md and the embedding example of README.md honest. They mark code
// blocks with where they come from, in an HTML comment on the line before the block:
//
//   <!-- listing: Examples/Tutorial/Arith.swift -->     the block is this file, byte for byte
//   <!-- output: Tutorial arith -->                     the block is what this command prints
//
// A command's first word is an executable built with the package (`Tutorial`, `swiftjit`), run
// in the package root. In the tutorial every swift, llvm and text block must carry a mark, so none
// goes unchecked. After changing a listing, `UPDATE_TUTORIAL=1 swift test --filter TutorialTests`
// rewrites the blocks from the files and the programs; review that diff like code.

import Foundation
import Testing

/// One marked code block of the tutorial.
struct MarkedBlock: CustomTestStringConvertible, Sendable {
    enum Source: Sendable { case listing(path: String), output(command: [String]) }
    /// The document, relative to the package root.
    var document: String
    var source: Source
    /// The line of the opening fence (1-based) and the lines between the fences.
    var fenceLine: Int
    var content: String

    var testDescription: String {
        switch source {
        case .listing(let path): "\(document): listing \(path)"
        case .output(let command): "\(document): output of \(command.joined(separator: " "))"
        }
    }
}

/// The tutorial's blocks, and the file with the blocks replaced.
enum Tutorial {
    static let tutorial = "docs/tutorial/README.md"
    static let documents = [tutorial, "README.md"]

    static func url(_ document: String) -> URL { Examples.root.appendingPathComponent(document) }

    /// The marked blocks of `text`, and the fences of unmarked swift/llvm/text blocks.
    static func blocks(of text: String, in document: String) -> (marked: [MarkedBlock], unmarked: [Int]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var marked: [MarkedBlock] = [], unmarked: [Int] = []
        var pending: MarkedBlock.Source?
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("<!-- listing: ") && line.hasSuffix(" -->") {
                pending = .listing(path: String(line.dropFirst(14).dropLast(4)))
            } else if line.hasPrefix("<!-- output: ") && line.hasSuffix(" -->") {
                pending = .output(command: line.dropFirst(13).dropLast(4).split(separator: " ").map(String.init))
            } else if line.hasPrefix("```") && line.count > 3 {
                let fence = i
                var body: [String] = []
                i += 1
                while i < lines.count && lines[i] != "```" {
                    body.append(lines[i])
                    i += 1
                }
                let content = body.isEmpty ? "" : body.joined(separator: "\n") + "\n"
                if let source = pending {
                    marked.append(MarkedBlock(document: document, source: source, fenceLine: fence + 1, content: content))
                } else if ["```swift", "```llvm", "```text"].contains(line) {
                    unmarked.append(fence + 1)
                }
                pending = nil
            } else if !line.isEmpty {
                pending = nil
            }
            i += 1
        }
        return (marked, unmarked)
    }

    /// What a block should contain: the file, or the command's standard output.
    static func expected(_ block: MarkedBlock) throws -> String {
        switch block.source {
        case .listing(let path):
            return try String(contentsOf: Examples.root.appendingPathComponent(path), encoding: .utf8)
        case .output(let command):
            let r = try Examples.run(try Examples.executable(command[0]), Array(command.dropFirst()))
            try #require(r.status == 0, "\(command.joined(separator: " ")) failed: \(r.stderr)")
            return r.stdout
        }
    }

    static let markedBlocks: [MarkedBlock] = documents.flatMap { document in
        guard let text = try? String(contentsOf: url(document), encoding: .utf8) else { return [MarkedBlock]() }
        return blocks(of: text, in: document).marked
    }
}

@Suite("Tutorial (docs/tutorial/README.md) and the README's example", .serialized)
struct TutorialTests {
    @Test("every swift, llvm and text block of the tutorial is marked as a listing or an output")
    func everyBlockIsChecked() throws {
        let text = try String(contentsOf: Tutorial.url(Tutorial.tutorial), encoding: .utf8)
        let (marked, unmarked) = Tutorial.blocks(of: text, in: Tutorial.tutorial)
        #expect(unmarked.isEmpty, "unmarked code blocks at lines \(unmarked)")
        #expect(marked.count >= 16)
        #expect(Tutorial.markedBlocks.filter { $0.document == "README.md" }.count == 2)
    }

    @Test("each block is its file or its command's output, byte for byte", arguments: Tutorial.markedBlocks)
    func block(_ block: MarkedBlock) throws {
        let expected = try Tutorial.expected(block)
        #expect(block.content == expected,
                "\(block.document):\(block.fenceLine) is stale; run UPDATE_TUTORIAL=1 swift test --filter TutorialTests")
    }

    @Test("every listing file in Examples/Tutorial appears in the tutorial or the README")
    func everyListingIsShown() throws {
        let shown = Set(Tutorial.markedBlocks.compactMap { b -> String? in
            if case .listing(let path) = b.source { return path } else { return nil }
        })
        let files = try FileManager.default.contentsOfDirectory(atPath: Examples.root.appendingPathComponent("Examples/Tutorial").path)
            .filter { ($0.hasSuffix(".swift") && $0 != "main.swift") || $0.hasSuffix(".ll") }
        for f in files { #expect(shown.contains("Examples/Tutorial/\(f)"), "\(f) is not shown in the tutorial") }
    }

    @Test("UPDATE_TUTORIAL=1 rewrites the blocks", .enabled(if: ProcessInfo.processInfo.environment["UPDATE_TUTORIAL"] == "1"))
    func update() throws {
        for document in Tutorial.documents {
            let text = try String(contentsOf: Tutorial.url(document), encoding: .utf8)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // From the last block back, so earlier line numbers stay valid.
            for block in Tutorial.blocks(of: text, in: document).marked.reversed() {
                let old = block.content.isEmpty ? 0
                    : block.content.split(separator: "\n", omittingEmptySubsequences: false).count - 1
                let new = try Tutorial.expected(block).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                lines.replaceSubrange(block.fenceLine..<(block.fenceLine + old), with: new.map(String.init))
            }
            try lines.joined(separator: "\n").write(to: Tutorial.url(document), atomically: true, encoding: .utf8)
        }
    }
}
