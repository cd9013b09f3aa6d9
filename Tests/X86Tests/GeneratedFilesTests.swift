import Foundation
import Testing

/// The typed API and the test enumerations are generated from Tables/x86-64.instructions; a stale
/// generated file means the table and the code disagree.
@Suite("Generated files")
struct GeneratedFilesTests {
    @Test("Utilities/generate.py --check reports nothing stale")
    func generatedFilesAreCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let (status, out, err) = try GNUAssembler.run("python3", [root.appendingPathComponent("Utilities/generate.py").path, "--check"])
        #expect(status == 0, "\(out)\(err)")
    }
}
