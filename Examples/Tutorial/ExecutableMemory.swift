import Foundation
import JIT
import X86

/// Where loaded code lives: pages that can be read and executed, but not written.
func executableMemory() throws {
    var asm = Assembler()
    try asm.mov(.eax, 42)
    asm.ret()
    let region = try CodeRegion()
    let code = try region.load(try asm.finalize())
    print("\(code.size) bytes of code in \(code.mappedSize) bytes of pages")
    print("permissions:", permissions(of: code.baseAddress))
    print("it returns", try code.function(as: (@convention(c) () -> Int32).self)())
}

/// The permissions of the mapping holding `address`, as /proc/self/maps shows them ("r-xp").
func permissions(of address: UnsafeRawPointer) -> String {
    let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
    for line in maps.split(separator: "\n") {
        let fields = line.split(separator: " ")
        let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
        if bounds.count == 2, (bounds[0]..<bounds[1]).contains(UInt(bitPattern: address)) {
            return String(fields[1])
        }
    }
    return "not mapped"
}
