// The intrinsic table (Callees.swift): sorted for its binary search, and each known intrinsic
// found from a full `llvm.*` name with its type suffixes.

@testable import Codegen
import IR
import Testing

@Suite("Callees")
struct CalleesTests {
    @Test("the intrinsic table is in UTF-8 order without duplicates, so that binary search finds every entry")
    func sorted() {
        let names = Callees.intrinsics.map(\.name)
        for (a, b) in zip(names, names.dropFirst()) {
            #expect(a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) before \(b)")
        }
        for (name, kind) in Callees.intrinsics {
            #expect(Callees.intrinsic(Substring(name)) == kind, "\(name)")
        }
        #expect(Callees.intrinsic("memcpy.p0") == nil)
        #expect(Callees.intrinsic("") == nil)
        #expect(Callees.intrinsic("zzz") == nil)
    }

    @Test("calls resolve to the longest known base name of an llvm.* function")
    func kinds() throws {
        let module = try IRParser.parse("""
            declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
            declare void @llvm.memcpy.inline.p0.p0.i64(ptr, ptr, i64, i1)
            declare double @llvm.minnum.f64(double, double)
            declare float @llvm.floor.f32(float)
            declare void @llvm.lifetime.start.p0(i64, ptr)
            declare void @llvm.assume(i1)
            declare i32 @llvm.frobnicate.i32(i32)
            declare i32 @printf(ptr, ...)
            """, file: "t.ll")
        let callees = Callees(module: module)
        let byName = Dictionary(uniqueKeysWithValues: zip(module.functions.map(\.name), callees.kinds))
        #expect(byName["llvm.memcpy.p0.p0.i64"] == .inline("memcpy"))
        #expect(byName["llvm.memcpy.inline.p0.p0.i64"] == .inline("memcpy.inline"))
        #expect(byName["llvm.minnum.f64"] == .libm("fmin"))
        #expect(byName["llvm.floor.f32"] == .libm("floor"))
        #expect(byName["llvm.lifetime.start.p0"] == .ignored)
        #expect(byName["llvm.assume"] == .ignored)
        #expect(byName["llvm.frobnicate.i32"] == .unknown)
        #expect(byName["printf"] == .function)
    }
}
