// Runs the listings of the tutorial (docs/tutorial/README.md): all of them in order, or the ones
// named on the command line (`swift run Tutorial arith printf`).

let listings: [(name: String, run: () throws -> Void)] = [
    ("registers", registers),
    ("arith", arith),
    ("memory", executableMemory),
    ("factorial", factorial),
    ("relaxation", relaxation),
    ("printf", callPrintf),
    ("ir", factorialIR),
    ("text", factorialText),
]

let names = CommandLine.arguments.dropFirst()
for listing in listings where names.isEmpty || names.contains(listing.name) {
    if names.count != 1 { print("== \(listing.name)") }
    try listing.run()
}
