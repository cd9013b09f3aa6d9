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

        // Iterate to the fixed point, in the manner of GNU as's `relax_segment`: items are visited in
        // address order; `stretch` is how much the items visited so far in this pass grew compared with
        // the previous pass. A backward target's address is already up to date. A forward target's is
        // its previous-pass address plus `stretch`, except across an alignment directive (another
        // "region" in gas's terms), where the padding is assumed to absorb the stretch; the next pass
        // corrects that if it was wrong. Following the same rule makes us pick the same branch sizes.
        let ends = items.map(\.end)
        var alignsBefore = [0]  // alignsBefore[i] = number of aligns among items[0..<i]
        for item in items { alignsBefore.append(alignsBefore.last! + (item.isAlign ? 1 : 0)) }
        // For each branch, how many items precede its target label (fixed: depends on old offsets only).
        let targetIndex: [Int] = items.map { item in
            item.isAlign ? 0 : itemsBefore(label: fixups[item.index].label, ends: ends, items: items)
        }
        var changed = true
        while changed {
            changed = false
            var previous = [0]  // prefix sums of the previous pass's growth
            for item in items { previous.append(previous.last! + item.growth) }
            var current = [0]  // prefix sums of this pass's growth, for items visited so far
            current.reserveCapacity(items.count + 1)
            for k in items.indices {
                let item = items[k]
                let shift = current[k]
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
                    let old = Int(labelOffsets[Int(f.label)])
                    let t = targetIndex[k]
                    let end = item.end + shift
                    var target: Int
                    if t <= k {
                        target = old + current[t]
                    } else {
                        let stretch = shift - previous[k]
                        target = old + previous[t]
                        if stretch < 0 || alignsBefore[t] == alignsBefore[k + 1] {
                            target += stretch
                        } else if target + Int(f.addend) < end - 1 {
                            // gas: without the stretch this forward branch would look backward;
                            // decide nothing this pass.
                            current.append(shift + items[k].growth)
                            continue
                        }
                    }
                    target += Int(f.addend)
                    let d = target - end
                    if d < -128 || d > 127 {
                        items[k].growth = f.kind == .jmpShort ? 3 : 4
                        changed = true
                    }
                }
                current.append(shift + items[k].growth)
            }
        }
        let growth = items.reduce(0) { $0 + $1.growth }
        guard buffer.count + growth <= Self.maximumCodeSize else {
            throw EncodingError(.codeTooLarge, instruction: "link")
        }
        rebuild(items: items)
    }

    /// How many items lie before `label` in the layout (items are sorted by `ends`).
    private func itemsBefore(label id: UInt32, ends: [Int], items: [Item]) -> Int {
        let old = Int(labelOffsets[Int(id)])
        let serial = labelSerials[Int(id)]
        // First item whose end is >= old.
        var lo = 0, hi = ends.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] < old { lo = mid + 1 } else { hi = mid }
        }
        // Items ending exactly at the label precede it, except a zero-length alignment emitted after
        // the label was bound.
        while lo < ends.count && ends[lo] == old {
            let item = items[lo]
            if item.isAlign && aligns[item.index].padding == 0 && aligns[item.index].bindSerial > serial { break }
            lo += 1
        }
        return lo
    }

    /// Rewrites the buffer for the final layout and moves labels and fixups accordingly.
    private mutating func rebuild(items: [Item]) {
        let total = items.reduce(0) { $0 + $1.growth }
        var out = CodeBuffer(capacity: buffer.count + total + 64)
        let old = buffer.base
        var copied = 0  // old offset copied so far
        // Map of old offset -> shift, as a sorted list of points: the end, the cumulative shift
        // after it, and for a zero-length alignment its bind serial (else `Int32.min`). (Three
        // arrays of types the assembler uses anyway, not an array of triples, whose type's
        // run-time metadata would be instantiated at its first use in a process.)
        var pointEnds: [Int] = [], pointShifts: [Int] = [], pointSerials: [Int32] = []
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
                let serial = a.padding == 0 ? a.bindSerial : Int32.min
                aligns[item.index].position = Int32(truncatingIfNeeded: start + shift)
                aligns[item.index].padding = Int32(truncatingIfNeeded: padding)
                copied = start + Int(a.padding)
                shift += item.growth
                pointEnds.append(copied)
                pointShifts.append(shift)
                pointSerials.append(serial)
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
                    fixups[item.index].position = Int32(truncatingIfNeeded: out.count)
                    out.put(0)
                } else if f.kind == .jmpShort {
                    out.put(0xE9)
                    fixups[item.index].position = Int32(truncatingIfNeeded: out.count)
                    fixups[item.index].kind = .rel32
                    out.put(0, bytes: 4)
                } else {
                    out.put(0x0F)
                    out.put(0x80 | (opcode & 0x0F))
                    fixups[item.index].position = Int32(truncatingIfNeeded: out.count)
                    fixups[item.index].kind = .rel32
                    out.put(0, bytes: 4)
                }
                copied = opcodeAt + 2
                shift += item.growth
                pointEnds.append(copied)
                pointShifts.append(shift)
                pointSerials.append(.min)
            }
        }
        out.reserve(buffer.count - copied + 16)
        (out.base + out.count).update(from: old + copied, count: buffer.count - copied)
        out.count += buffer.count - copied

        // Move everything else that refers to old offsets. The points are sorted by end, so a
        // binary search finds the last point at or before an offset (O(log n) per item).
        func moved(_ offset: Int, serial: Int32) -> Int {
            var lo = 0, hi = pointEnds.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if pointEnds[mid] <= offset { lo = mid + 1 } else { hi = mid }
            }
            // Points ending exactly at `offset` apply, except a zero-length alignment that came
            // after a label bound here (ties only matter for labels: code always follows its align).
            // (`Int32.min`, no alignment, is below every serial.)
            while lo > 0, pointEnds[lo - 1] == offset, pointSerials[lo - 1] > serial {
                lo -= 1
            }
            return offset + (lo == 0 ? 0 : pointShifts[lo - 1])
        }
        // (A flag per fixup: a Set of them cost more than the rest of the rebuild's bookkeeping.)
        var relaxed = [Bool](repeating: false, count: fixups.count)
        for item in items where !item.isAlign { relaxed[item.index] = true }
        for i in fixups.indices where !relaxed[i] {
            // A fixup field is part of an instruction or datum emitted after any alignment at its offset.
            fixups[i].position = Int32(truncatingIfNeeded: moved(Int(fixups[i].position), serial: .max))
        }
        for i in labelOffsets.indices where labelOffsets[i] >= 0 {
            labelOffsets[i] = Int32(truncatingIfNeeded: moved(Int(labelOffsets[i]), serial: labelSerials[i]))
        }
        for i in externals.indices {
            externals[i].position = moved(externals[i].position, serial: .max)
        }
        lastRelaxable = Int32(truncatingIfNeeded: out.count)
        swap(&buffer, &out)
    }
}
