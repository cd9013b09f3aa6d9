// Branch relaxation: the slow path of `link()`, taken only when some short branch does not reach.
//
// Code is first laid out with every label branch in its shortest form. The items whose size can
// change are short forward/backward branches (rel8 → rel32: `jmp` grows by 3 bytes, `jcc` by 4) and
// alignment padding (recomputed from the new position of its start). Starting from all-short, we
// repeatedly grow every short branch whose target is out of rel8 reach in the current layout and
// recompute paddings, until nothing changes. Branches only ever grow, so this terminates, and it
// reaches the same least fixed point as GNU `as`'s relaxation. Then the buffer is rebuilt once.

extension Assembler {
    /// One variable-size item, in layout order.
    private struct Item {
        /// Fixup index for a branch, or align index.
        var index: Int
        var isAlign: Bool
        /// Old offset of the first byte after the item (bytes at or after it move by the growth before them).
        var end: Int
        /// Growth relative to the provisional layout.
        var growth: Int
    }

    mutating func relax() throws(EncodingError) {
        var items: [Item] = []
        items.reserveCapacity(fixups.count + aligns.count)
        var fi = 0
        var ai = 0
        // Merge branch fixups and aligns by position (both lists are in emission order).
        while fi < fixups.count || ai < aligns.count {
            let takeAlign: Bool
            if fi == fixups.count {
                takeAlign = true
            } else if ai == aligns.count {
                takeAlign = false
            } else {
                takeAlign = Int(aligns[ai].position) < Int(fixups[fi].position)
            }
            if takeAlign {
                let a = aligns[ai]
                items.append(Item(index: ai, isAlign: true, end: Int(a.position + a.padding), growth: 0))
                ai += 1
            } else {
                let f = fixups[fi]
                if f.kind == .jmpShort || f.kind == .jccShort {
                    items.append(Item(index: fi, isAlign: false, end: Int(f.position) + 1, growth: 0))
                }
                fi += 1
            }
        }

        // Iterate to the fixed point.
        var changed = true
        while changed {
            changed = false
            var shift = 0
            for k in items.indices {
                let item = items[k]
                if item.isAlign {
                    let a = aligns[item.index]
                    let start = Int(a.position) + shift
                    let alignment = Int(a.alignment)
                    let padding = (alignment - start % alignment) % alignment
                    let growth = padding - Int(a.padding)
                    if growth != item.growth {
                        items[k].growth = growth
                        changed = true
                    }
                } else if item.growth == 0 {
                    let f = fixups[item.index]
                    let target = newOffset(ofLabel: f.label, items: items) + Int(f.addend)
                    let end = item.end + shift
                    let d = target - end
                    if d < -128 || d > 127 {
                        items[k].growth = f.kind == .jmpShort ? 3 : 4
                        changed = true
                    }
                }
                shift += items[k].growth
            }
        }
        rebuild(items: items.map { ($0.index, $0.isAlign, $0.end, $0.growth) })
    }

    /// The offset `label` moves to, given the growth of every item.
    private func newOffset(ofLabel id: UInt32, items: [Item]) -> Int {
        let old = Int(labelOffsets[Int(id)])
        let serial = labelSerials[Int(id)]
        var shift = 0
        for item in items {
            if item.end > old { break }
            if item.end == old && item.isAlign && aligns[item.index].padding == 0
                && aligns[item.index].bindSerial > serial {
                // The label was bound before a zero-length alignment at the same offset: it stays before it.
                break
            }
            shift += item.growth
        }
        return old + shift
    }

    /// Rewrites the buffer for the final layout and moves labels and fixups accordingly.
    private mutating func rebuild(items: [(index: Int, isAlign: Bool, end: Int, growth: Int)]) {
        let total = items.reduce(0) { $0 + $1.growth }
        var out = CodeBuffer(capacity: buffer.count + total + 64)
        let old = buffer.base
        var copied = 0  // old offset copied so far
        // Map of old offset -> shift, as a sorted list of (end, cumulative shift after it).
        var shiftPoints: [(end: Int, shift: Int, alignSerial: Int32?)] = []
        var shift = 0
        for item in items {
            if item.isAlign {
                let a = aligns[item.index]
                let start = Int(a.position)
                out.reserve(start - copied + 16)
                (out.base + out.count).update(from: old + copied, count: start - copied)
                out.count += start - copied
                let padding = Int(a.padding) + item.growth
                out.writePadding(padding, fill: a.fill)
                let serial: Int32? = a.padding == 0 ? a.bindSerial : nil
                aligns[item.index].position = Int32(start + shift)
                aligns[item.index].padding = Int32(padding)
                copied = start + Int(a.padding)
                shift += item.growth
                shiftPoints.append((copied, shift, serial))
            } else {
                let f = fixups[item.index]
                let opcodeAt = Int(f.position) - 1
                // Copy up to the branch opcode, then write the branch in its final form.
                out.reserve(opcodeAt - copied + 16)
                (out.base + out.count).update(from: old + copied, count: opcodeAt - copied)
                out.count += opcodeAt - copied
                let opcode = old[opcodeAt]
                if item.growth == 0 {
                    out.put(opcode)
                    fixups[item.index].position = Int32(out.count)
                    out.put(0)
                } else if f.kind == .jmpShort {
                    out.put(0xE9)
                    fixups[item.index].position = Int32(out.count)
                    fixups[item.index].kind = .rel32
                    out.put(0, bytes: 4)
                } else {
                    out.put(0x0F)
                    out.put(0x80 | (opcode & 0x0F))
                    fixups[item.index].position = Int32(out.count)
                    fixups[item.index].kind = .rel32
                    out.put(0, bytes: 4)
                }
                copied = opcodeAt + 2
                shift += item.growth
                shiftPoints.append((copied, shift, nil))
            }
        }
        out.reserve(buffer.count - copied + 16)
        (out.base + out.count).update(from: old + copied, count: buffer.count - copied)
        out.count += buffer.count - copied

        // Move everything else that refers to old offsets.
        func moved(_ offset: Int, serial: Int32 = -1) -> Int {
            var s = 0
            for p in shiftPoints {
                if p.end > offset { break }
                if p.end == offset, let alignSerial = p.alignSerial, alignSerial > serial { break }
                s = p.shift
            }
            return offset + s
        }
        let relaxed = Set(items.filter { !$0.isAlign }.map(\.index))
        for i in fixups.indices where !relaxed.contains(i) {
            fixups[i].position = Int32(moved(Int(fixups[i].position)))
        }
        for i in labelOffsets.indices where labelOffsets[i] >= 0 {
            labelOffsets[i] = Int32(moved(Int(labelOffsets[i]), serial: labelSerials[i]))
        }
        for i in externals.indices {
            externals[i].position = moved(externals[i].position)
        }
        lastRelaxable = Int32(out.count)
        swap(&buffer, &out)
    }
}
