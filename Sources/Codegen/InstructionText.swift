// One instruction as printed text, for error messages. Only error paths call it.

import IR

/// The text of instruction `inst` of `function`, as the module printer prints it.
func instructionText(_ module: Module, _ function: Function, _ inst: Inst) -> String {
    var order: [Int] = []
    for block in function.blocks { order += block.instructions.map(\.index) }
    guard let position = order.firstIndex(of: inst.index) else { return "<instruction \(inst.index)>" }
    let lines = module.text(of: function).split(separator: "\n", omittingEmptySubsequences: false)
    var k = -1
    var i = 0
    while i < lines.count {
        let line = lines[i]
        if line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.hasPrefix("  ]") {
            k += 1
            if k == position {
                var text = String(line.dropFirst(2))
                var j = i + 1
                while j < lines.count, lines[j].hasPrefix("    ") || lines[j].hasPrefix("  ]") {
                    text += " " + lines[j].drop(while: { $0 == " " })
                    j += 1
                }
                return text
            }
        }
        i += 1
    }
    return "<instruction \(inst.index)>"
}
