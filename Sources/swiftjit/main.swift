print("swiftjit")
