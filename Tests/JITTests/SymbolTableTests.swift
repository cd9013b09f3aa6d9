import JIT
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("SymbolTable")
struct SymbolTableTests {
    @Test("registered symbols win over the dynamic loader")
    func registeredFirst() throws {
        var symbols = SymbolTable()
        let fake: @convention(c) (Int) -> Int = { $0 + 1 }
        try symbols.register("labs", function: fake)
        let address = try symbols.resolve("labs")
        #expect(address == unsafeBitCast(fake, to: UnsafeRawPointer.self))
        #expect(address != dlsym(nil, "labs").map { UnsafeRawPointer($0) })
    }

    @Test("unregistered names come from dlsym, unless the loader is turned off")
    func dynamicLoaderFallback() throws {
        let expected = dlsym(dlopen(nil, RTLD_NOW), "strlen").map { UnsafeRawPointer($0) }
        #expect(expected != nil)
        #expect(SymbolTable().address(of: "strlen") == expected)
        #expect(SymbolTable(usesDynamicLoader: false).address(of: "strlen") == nil)
    }

    @Test("unknown names throw unknownSymbol with the name")
    func unknown() throws {
        let name = "no_such_symbol_swiftjit_42"
        let error = #expect(throws: JITError.self) { _ = try SymbolTable().resolve(name) }
        #expect(error?.kind == .unknownSymbol(name))
        #expect(error?.description.contains(name) == true)
        #expect(SymbolTable().address(of: "strlen\0junk") == nil, "an embedded NUL must not truncate the name")
    }

    @Test("registering a thick Swift closure is rejected")
    func thickClosure() throws {
        var symbols = SymbolTable()
        let offset = 3
        let closure: (Int) -> Int = { $0 + offset }
        #expect(throws: JITError(.notAFunctionPointer(typeName: "(Int) -> Int", size: 16))) {
            try symbols.register("f", function: closure)
        }
        #expect(symbols.address(of: "f") == nil)
    }
}
