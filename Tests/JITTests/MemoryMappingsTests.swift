import JIT
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("MemoryMappings")
struct MemoryMappingsTests {
    @Test("parses paths with spaces, anonymous mappings, and skips malformed lines")
    func parse() {
        let text = """
            55d0c0a00000-55d0c0a21000 r-xp 00001000 fe:00 1234                       /opt/my app/bin
            7f0000000000-7f0000001000 rw-p 00000000 00:00 0 
            7f0000001000-7f0000002000 ---p 00000000 00:00 0
            garbage
            7ffd00000000-7ffd00021000 rwxp 00000000 00:00 0                          [stack]
            """
        let maps = MemoryMappings(parsing: Substring(text))
        #expect(maps.mappings.count == 4)
        #expect(maps.mappings[0] == .init(start: 0x55d0_c0a0_0000, end: 0x55d0_c0a2_1000, permissions: "r-xp",
                                          path: "/opt/my app/bin"))
        #expect(maps.mappings[0].isExecutable && !maps.mappings[0].isWritable && maps.mappings[0].isReadable)
        #expect(maps.mappings[1].path.isEmpty && maps.mappings[1].isWritable)
        #expect(maps.mappings[2].permissions == "---p" && !maps.mappings[2].isReadable)
        #expect(maps.writableAndExecutable.map(\.path) == ["[stack]"])
    }

    @Test("the live process: libc's code is r-x, a heap allocation is rw-, and nothing is W+X")
    func current() throws {
        let maps = try MemoryMappings.current()
        let labs = try libcAddress("labs")
        #expect(maps.mapping(containing: labs)?.isExecutable == true)
        #expect(maps.mapping(containing: labs)?.path.contains("libc") == true)
        let heap = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)
        defer { heap.deallocate() }
        let now = try MemoryMappings.current()
        #expect(now.mapping(containing: heap)?.permissions == "rw-p")
        #expect(now.writableAndExecutable.isEmpty)
    }
}
