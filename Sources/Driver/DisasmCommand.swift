import ArgumentParser
import X86

extension SwiftJITCommand {
    /// `swiftjit disasm`: prints machine code the way `objdump -d -M intel` does.
    public struct Disasm: ParsableCommand {
        /// The command's name, help text and (for the root command) subcommands.
        public static let configuration = CommandConfiguration(
            commandName: "disasm",
            abstract: "Disassemble x86-64 machine code into objdump-style Intel syntax.",
            discussion: """
                The input is hex text (bytes as pairs of hex digits, separated or not, such as the \
                output of 'swiftjit asm') or, with --raw or when it is not hex text, raw bytes. Lines \
                have objdump's layout, so the output can be diffed with \
                'objdump -D -b binary -mi386:x86-64 -M intel'.
                """)

        /// The input file (hex text or raw bytes), or `-` for standard input.
        @Argument(help: "The input file, or - for standard input.")
        public var file: String = "-"

        /// `--raw`: treat the input as raw bytes even if it looks like hex text.
        @Flag(help: "Treat the input as raw bytes even if it looks like hex text.")
        public var raw = false

        /// `--base`: the address of the first byte, decimal or `0x`-prefixed hex.
        @Option(help: "The address of the first byte (decimal or 0x-prefixed hex).")
        public var base: String = "0"

        /// Creates the command with its defaults; ArgumentParser's `parse(_:)` fills it from a command line.
        public init() {}

        /// Runs the command.
        /// - Throws: `ExitCode(1)` after printing an error to standard error, or an error ArgumentParser reports.
        public func run() throws {
            guard let baseAddress = parseAddress(base) else {
                throw ValidationError("invalid --base '\(base)': expected a decimal or 0x-prefixed hex address")
            }
            guard let data = readBytes(file) else {
                printError("error: cannot read '\(file)'")
                throw ExitCode(1)
            }
            let bytes: [UInt8]
            if !raw, let decoded = hexBytes(String(decoding: data, as: UTF8.self)) {
                bytes = decoded
            } else {
                bytes = Array(data)
            }
            for line in Disassembler(base: baseAddress).lines(for: bytes) {
                print(line)
            }
        }
    }
}

/// `0x1000` or `4096`.
func parseAddress(_ text: String) -> UInt64? {
    text.hasPrefix("0x") || text.hasPrefix("0X") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
}

/// The bytes of hex text (pairs of hex digits, optionally separated by whitespace or commas, with
/// optional `0x` prefixes), or nil if the text is anything else.
func hexBytes(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," || $0 == "\r" }) {
        var t = Substring(token)
        if t.hasPrefix("0x") || t.hasPrefix("0X") { t = t.dropFirst(2) }
        guard !t.isEmpty, t.count % 2 == 0 else { return nil }
        var i = t.startIndex
        while i < t.endIndex {
            let j = t.index(i, offsetBy: 2)
            guard let b = UInt8(t[i..<j], radix: 16) else { return nil }
            bytes.append(b)
            i = j
        }
    }
    return bytes.isEmpty ? nil : bytes
}
