#!/usr/bin/env python3
"""Generates the typed assembler API and the encoder test enumerations from Tables/x86-64.instructions.

    python3 Utilities/generate.py          # writes the generated files (only when their content changes)
    python3 Utilities/generate.py --check  # exits 1 if a generated file is stale (CI)

Outputs:
    Sources/X86/Generated/Assembler+Instructions.swift   one public method per mnemonic and operand form, with
                                                         doc comments from Utilities/instruction_docs.py
    Tests/X86Tests/Generated/GeneratedCases.swift        for every such method, operand combinations and
                                                         the Intel-syntax line GNU `as` must encode the same

Each family below lists its operand forms. A form is (operand kinds, Swift body). In bodies, `{a}`, `{b}`,
`{c}` name the operands, `{op}` the family parameter, `{S}` the size of the first sized operand,
`{N:a}` a register's number, `{F:a}` the REX flags of a byte register (0 otherwise), `{T}` the
instruction's text for error messages.
"""
import os
import re
import sys

from instruction_docs import fixed_doc, jcc_doc, method_doc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "Tables", "x86-64.instructions")
API_OUT = os.path.join(ROOT, "Sources", "X86", "Generated", "Assembler+Instructions.swift")
DISPATCH_OUT = os.path.join(ROOT, "Sources", "X86", "Generated", "Assembler+Dispatch.swift")
CASES_OUT = os.path.join(ROOT, "Tests", "X86Tests", "Generated", "GeneratedCases.swift")

# kind: (Swift type, argument label, size, category, test pool)
KINDS = {
    "r8": ("GPR8", "_", ".byte", "reg", "Pools.r8"),
    "r16": ("GPR16", "_", ".word", "reg", "Pools.r16"),
    "r32": ("GPR32", "_", ".dword", "reg", "Pools.r32"),
    "r64": ("GPR64", "_", ".qword", "reg", "Pools.r64"),
    "x": ("XMM", "_", None, "reg", "Pools.xmm"),
    "m8": ("Mem8", "_", ".byte", "mem", "Pools.m8"),
    "m16": ("Mem16", "_", ".word", "mem", "Pools.m16"),
    "m32": ("Mem32", "_", ".dword", "mem", "Pools.m32"),
    "m64": ("Mem64", "_", ".qword", "mem", "Pools.m64"),
    "m128": ("Mem128", "_", ".xmmword", "mem", "Pools.m128"),
    "addr": ("Memory", "_", None, "addr", "Pools.addresses"),
    "i8": ("Int64", "_", None, "imm", "Pools.imm8"),
    "i16": ("Int64", "_", None, "imm", "Pools.imm16"),
    "i32": ("Int64", "_", None, "imm", "Pools.imm32"),
    "i32s": ("Int64", "_", None, "imm", "Pools.imm32s"),
    "i64": ("Int64", "_", None, "imm", "Pools.imm64"),
    "u8": ("UInt8", "_", None, "imm", "Pools.u8"),
    "cl": ("CountRegister", "_", None, "cl", "Pools.cl"),
    "moffs": ("UInt64", "address", None, "moffs", "Pools.moffs"),
}
WIDTHS = [8, 16, 32, 64]
IMM = {8: "i8", 16: "i16", 32: "i32", 64: "i32s"}
MOVIMM = {8: "i8", 16: "i16", 32: "i32", 64: "i64"}


def opcode(spec):
    """'f3 0f 58' -> Swift Opcode expression (leading 66/f2/f3 is a mandatory prefix; 'w' adds REX.W)."""
    parts = spec.split()
    w = "w" in parts
    parts = [p for p in parts if p != "w"]
    prefix = None
    if parts[0] in ("66", "f2", "f3") and len(parts) > 1:
        prefix, parts = parts[0], parts[1:]
    expr = "Opcode(" + ", ".join("0x" + p.upper() for p in parts) + ")"
    if prefix:
        expr += ".prefixed(0x%s)" % prefix.upper()
    if w:
        expr += ".w"
    return expr


def family_forms(family, params):
    """Returns [(kinds, body)] for a family."""
    f = []
    if family == "alu":
        for w in WIDTHS:
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r), "try rr(.byteOrFull({op}.rawValue << 3, {S}), reg: {N:b}, rm: {N:a}, flags: {F:a} | {F:b}, {T})"),
                  ((r, m), "try rm(.byteOrFull({op}.rawValue << 3 | 2, {S}), reg: {N:a}, mem: {b}.address, flags: {F:a}, {T})"),
                  ((m, r), "try rm(.byteOrFull({op}.rawValue << 3, {S}), reg: {N:b}, mem: {a}.address, flags: {F:b}, {T})"),
                  ((r, IMM[w]), "try aluRI({op}, {S}, {N:a}, {F:a}, {b}, {T})"),
                  ((m, IMM[w]), "try aluMI({op}, {S}, {a}.address, {b}, {T})")]
    elif family == "mov":
        for w in WIDTHS:
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r), "try rr(.byteOrFull(0x88, {S}), reg: {N:b}, rm: {N:a}, flags: {F:a} | {F:b}, {T})"),
                  ((r, m), "try rm(.byteOrFull(0x8A, {S}), reg: {N:a}, mem: {b}.address, flags: {F:a}, {T})"),
                  ((m, r), "try rm(.byteOrFull(0x88, {S}), reg: {N:b}, mem: {a}.address, flags: {F:b}, {T})"),
                  ((r, MOVIMM[w]), "try movRI({S}, {N:a}, {F:a}, {b}, {T})"),
                  ((m, IMM[w]), "try movMI({S}, {a}.address, {b}, {T})")]
    elif family == "movabs":
        f.append((("r64", "i64"), "try movabsRI({N:a}, {b}, {T})"))
        for w in WIDTHS:
            r = "r%d" % w
            f += [((r, "moffs"), "try movabsMoffs(store: false, {S}, {N:a}, {F:a}, {b}, {T})"),
                  (("moffs", r), "try movabsMoffs(store: true, {S}, {N:b}, {F:b}, {a}, {T})")]
    elif family == "test":
        for w in WIDTHS:
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r), "try rr(.byteOrFull(0x84, {S}), reg: {N:b}, rm: {N:a}, flags: {F:a} | {F:b}, {T})"),
                  ((m, r), "try rm(.byteOrFull(0x84, {S}), reg: {N:b}, mem: {a}.address, flags: {F:b}, {T})"),
                  ((r, m), "try rm(.byteOrFull(0x84, {S}), reg: {N:a}, mem: {b}.address, flags: {F:a}, {T})"),
                  ((r, IMM[w]), "try testRI({S}, {N:a}, {F:a}, {b}, {T})"),
                  ((m, IMM[w]), "try testMI({S}, {a}.address, {b}, {T})")]
    elif family == "xchg":
        for w in WIDTHS:
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r), "try xchgRR({S}, {N:a}, {F:a}, {N:b}, {F:b}, {T})"),
                  ((r, m), "try rm(.byteOrFull(0x86, {S}), reg: {N:a}, mem: {b}.address, flags: {F:a}, {T})"),
                  ((m, r), "try rm(.byteOrFull(0x86, {S}), reg: {N:b}, mem: {a}.address, flags: {F:b}, {T})")]
    elif family == "lea":
        for w in (16, 32, 64):
            f.append((("r%d" % w, "addr"), "try rm(Opcode(0x8D).sized({S}), reg: {N:a}, mem: {b}, {T})"))
    elif family == "extend":
        for src, delta in (("8", ""), ("16", " &+ 1")):
            for w in ((16, 32, 64) if src == "8" else (32, 64)):
                r = "r%d" % w
                f += [((r, "r" + src), "try rr(Opcode(0x0F, {op}.rawValue%s).sized({S}), reg: {N:a}, rm: {N:b}, flags: {F:b}, {T})" % delta),
                      ((r, "m" + src), "try rm(Opcode(0x0F, {op}.rawValue%s).sized({S}), reg: {N:a}, mem: {b}.address, {T})" % delta)]
    elif family == "movsxd":
        f += [(("r64", "r32"), "try rr(Opcode(0x63).w, reg: {N:a}, rm: {N:b}, {T})"),
              (("r64", "m32"), "try rm(Opcode(0x63).w, reg: {N:a}, mem: {b}.address, {T})")]
    elif family == "unary":
        for w in WIDTHS:
            f += [(("r%d" % w,), "try rr(.byteOrFull({op}.opcode, {S}), reg: {op}.rawValue, rm: {N:a}, flags: {F:a}, {T})"),
                  (("m%d" % w,), "try rm(.byteOrFull({op}.opcode, {S}), reg: {op}.rawValue, mem: {a}.address, {T})")]
    elif family == "imul":
        for w in WIDTHS:
            f += [(("r%d" % w,), "try unary(.imul, {a})"), (("m%d" % w,), "try unary(.imul, {a})")]
        for w in (16, 32, 64):
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r), "try rr(Opcode(0x0F, 0xAF).sized({S}), reg: {N:a}, rm: {N:b}, {T})"),
                  ((r, m), "try rm(Opcode(0x0F, 0xAF).sized({S}), reg: {N:a}, mem: {b}.address, {T})"),
                  ((r, r, IMM[w]), "try imulRRI({S}, {N:a}, {N:b}, {c}, {T})"),
                  ((r, m, IMM[w]), "try imulRMI({S}, {N:a}, {b}.address, {c}, {T})"),
                  ((r, IMM[w]), "try imulRRI({S}, {N:a}, {N:a}, {b}, {T})")]
    elif family == "shift":
        for w in WIDTHS:
            r, m = "r%d" % w, "m%d" % w
            f += [((r, "u8"), "try shiftRI({op}, {S}, {N:a}, {F:a}, {b}, {T})"),
                  ((m, "u8"), "try shiftMI({op}, {S}, {a}.address, {b}, {T})"),
                  ((r, "cl"), "try rr(.byteOrFull(0xD2, {S}), reg: {op}.rawValue, rm: {N:a}, flags: {F:a}, {T})"),
                  ((m, "cl"), "try rm(.byteOrFull(0xD2, {S}), reg: {op}.rawValue, mem: {a}.address, {T})")]
    elif family == "dshift":
        for w in (16, 32, 64):
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r, "u8"), "try rr(Opcode(0x0F, {op}.rawValue).sized({S}), reg: {N:b}, rm: {N:a}, {T})\nimm(Int64({c}), size: 1)"),
                  ((m, r, "u8"), "try rm(Opcode(0x0F, {op}.rawValue).sized({S}), reg: {N:b}, mem: {a}.address, immediateSize: 1, {T})\nimm(Int64({c}), size: 1)"),
                  ((r, r, "cl"), "try rr(Opcode(0x0F, {op}.rawValue &+ 1).sized({S}), reg: {N:b}, rm: {N:a}, {T})"),
                  ((m, r, "cl"), "try rm(Opcode(0x0F, {op}.rawValue &+ 1).sized({S}), reg: {N:b}, mem: {a}.address, {T})")]
    elif family == "bittest":
        for w in (16, 32, 64):
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r), "try rr(Opcode(0x0F, {op}.registerOpcode).sized({S}), reg: {N:b}, rm: {N:a}, {T})"),
                  ((m, r), "try rm(Opcode(0x0F, {op}.registerOpcode).sized({S}), reg: {N:b}, mem: {a}.address, {T})"),
                  ((r, "u8"), "try rr(Opcode(0x0F, 0xBA).sized({S}), reg: {op}.rawValue, rm: {N:a}, {T})\nimm(Int64({b}), size: 1)"),
                  ((m, "u8"), "try rm(Opcode(0x0F, 0xBA).sized({S}), reg: {op}.rawValue, mem: {a}.address, immediateSize: 1, {T})\nimm(Int64({b}), size: 1)")]
    elif family == "bitcount":
        for w in (16, 32, 64):
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r), "try rr({op}.opcode.sized({S}), reg: {N:a}, rm: {N:b}, {T})"),
                  ((r, m), "try rm({op}.opcode.sized({S}), reg: {N:a}, mem: {b}.address, {T})")]
    elif family == "bswap":
        f += [(("r32",), "try encoded(emitO(Opcode(0x0F, 0xC8), register: {N:a}), {T})"),
              (("r64",), "try encoded(emitO(Opcode(0x0F, 0xC8).w, register: {N:a}), {T})")]
    elif family == "setcc":
        f += [(("r8",), "try rr(Opcode(0x0F, 0x90 | {op}.rawValue), reg: 0, rm: {N:a}, flags: {F:a}, {T})"),
              (("m8",), "try rm(Opcode(0x0F, 0x90 | {op}.rawValue), reg: 0, mem: {a}.address, {T})")]
    elif family == "cmovcc":
        for w in (16, 32, 64):
            r, m = "r%d" % w, "m%d" % w
            f += [((r, r), "try rr(Opcode(0x0F, 0x40 | {op}.rawValue).sized({S}), reg: {N:a}, rm: {N:b}, {T})"),
                  ((r, m), "try rm(Opcode(0x0F, 0x40 | {op}.rawValue).sized({S}), reg: {N:a}, mem: {b}.address, {T})")]
    elif family == "push":
        f += [(("r64",), "try encoded(emitO(Opcode(0x50), register: {N:a}), {T})"),
              (("r16",), "try encoded(emitO(Opcode(0x50).o16, register: {N:a}), {T})"),
              (("m64",), "try rm(Opcode(0xFF), reg: 6, mem: {a}.address, {T})"),
              (("m16",), "try rm(Opcode(0xFF).o16, reg: 6, mem: {a}.address, {T})"),
              (("i32s",), "try pushI({a}, {T})")]
    elif family == "pop":
        f += [(("r64",), "try encoded(emitO(Opcode(0x58), register: {N:a}), {T})"),
              (("r16",), "try encoded(emitO(Opcode(0x58).o16, register: {N:a}), {T})"),
              (("m64",), "try rm(Opcode(0x8F), reg: 0, mem: {a}.address, {T})"),
              (("m16",), "try rm(Opcode(0x8F).o16, reg: 0, mem: {a}.address, {T})")]
    elif family == "nopm":
        for w in (16, 32, 64):
            f += [(("r%d" % w,), "try rr(Opcode(0x0F, 0x1F).sized({S}), reg: 0, rm: {N:a}, {T})"),
                  (("m%d" % w,), "try rm(Opcode(0x0F, 0x1F).sized({S}), reg: 0, mem: {a}.address, {T})")]
    elif family == "ssemove":
        load, store, mk = [p.strip() for p in " ".join(params).split("|")]
        f += [(("x", "x"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode(load)),
              (("x", mk), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode(load)),
              ((mk, "x"), "try rm(%s, reg: {N:b}, mem: {a}.address, {T})" % opcode(store))]
    elif family == "sse":
        # Without a memory size, only the register form (movlhps: its memory form is another instruction).
        spec, *mk = [p.strip() for p in " ".join(params).split("|")]
        f.append((("x", "x"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode(spec)))
        if mk:
            f.append((("x", mk[0]), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode(spec)))
    elif family == "sseimm":
        spec, mk = [p.strip() for p in " ".join(params).split("|")]
        f += [(("x", "x", "u8"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})\nimm(Int64({c}), size: 1)" % opcode(spec)),
              (("x", mk, "u8"), "try rm(%s, reg: {N:a}, mem: {b}.address, immediateSize: 1, {T})\nimm(Int64({c}), size: 1)" % opcode(spec))]
    elif family == "sseshift":
        # `66 0f 73 /6 | 66 0f f3 | m128`: the imm8 form (ModRM.reg = digit), then optionally the
        # count-in-xmm forms.
        imm, *count = [p.strip() for p in " ".join(params).split("|")]
        spec, digit = imm.split(" /")
        if count:
            f += [(("x", "x"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode(count[0])),
                  (("x", count[1]), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode(count[0]))]
        f.append((("x", "u8"), "try rr(%s, reg: %d, rm: {N:a}, {T})\nimm(Int64({b}), size: 1)" % (opcode(spec), int(digit))))
    elif family == "movd":
        f += [(("x", "r32"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode("66 0f 6e")),
              (("x", "m32"), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode("66 0f 6e")),
              (("r32", "x"), "try rr(%s, reg: {N:b}, rm: {N:a}, {T})" % opcode("66 0f 7e")),
              (("m32", "x"), "try rm(%s, reg: {N:b}, mem: {a}.address, {T})" % opcode("66 0f 7e"))]
    elif family == "movq":
        f += [(("x", "r64"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode("66 0f 6e w")),
              (("r64", "x"), "try rr(%s, reg: {N:b}, rm: {N:a}, {T})" % opcode("66 0f 7e w")),
              (("x", "x"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode("f3 0f 7e")),
              (("x", "m64"), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode("f3 0f 7e")),
              (("m64", "x"), "try rm(%s, reg: {N:b}, mem: {a}.address, {T})" % opcode("66 0f d6"))]
    elif family == "cvtsi2f":
        spec = " ".join(params)
        f += [(("x", "r32"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode(spec)),
              (("x", "r64"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode(spec + " w")),
              (("x", "m32"), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode(spec)),
              (("x", "m64"), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode(spec + " w"))]
    elif family == "cvtf2si":
        spec, mk = [p.strip() for p in " ".join(params).split("|")]
        f += [(("r32", "x"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode(spec)),
              (("r64", "x"), "try rr(%s, reg: {N:a}, rm: {N:b}, {T})" % opcode(spec + " w")),
              (("r32", mk), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode(spec)),
              (("r64", mk), "try rm(%s, reg: {N:a}, mem: {b}.address, {T})" % opcode(spec + " w"))]
    else:
        raise SystemExit("unknown family %s" % family)
    return f


# Families whose member is chosen by an enum parameter: (enum type, public family method name).
PARAM_FAMILIES = {
    "alu": ("ALUOp", "alu"), "unary": ("UnaryOp", "unary"), "shift": ("ShiftOp", "shift"),
    "dshift": ("DoubleShiftOp", "doubleShift"), "bittest": ("BitTestOp", "bitTest"),
    "bitcount": ("BitCountOp", "bitCount"), "extend": ("ExtendOp", "extend"),
    "setcc": ("Condition", "set"), "cmovcc": ("Condition", "cmov"),
}
CONDITIONS = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"]
NAMES = "abc"


def render(body, kinds, op, head):
    sizes = [KINDS[k][2] for k in kinds if KINDS[k][2]]
    names = dict(zip(NAMES, kinds))

    def sub(m):
        tag = m.group(1)
        if tag == "op":
            return op
        if tag == "S":
            return sizes[0]
        if tag == "T":
            return text_expr(kinds, head)
        if tag.startswith("N:"):
            return "%s.number" % tag[2:]
        if tag.startswith("F:"):
            v = tag[2:]
            return "byteFlags(%s)" % v if names[v] == "r8" else "0"
        return tag
    out = re.sub(r"\{([a-zA-Z]+(?::[a-z])?)\}", sub, body)
    out = out.replace("flags: 0 | 0", "flags: 0").replace(", flags: 0,", ",")
    out = out.replace("flags: byteFlags(a) | 0", "flags: byteFlags(a)").replace("flags: 0 | byteFlags(b)", "flags: byteFlags(b)")
    return out


def operand_text(kind, var):
    if kind == "moffs":
        return "[0x\\(String(%s, radix: 16))]" % var
    return "\\(%s)" % var


def text_expr(kinds, head):
    ops = ", ".join(operand_text(k, v) for k, v in zip(kinds, NAMES))
    return "\"%s%s\"" % (head, (" " + ops) if ops else "")


def params_decl(kinds):
    out = []
    for k, v in zip(kinds, NAMES):
        typ, label = KINDS[k][0], KINDS[k][1]
        out.append("%s %s: %s" % (label, v, typ) if label != "_" else "_ %s: %s" % (v, typ))
    return ", ".join(out)


def args(kinds):
    return ", ".join(("address: %s" % v) if KINDS[k][1] == "address" else v for k, v in zip(kinds, NAMES))


def intel_form(mnemonic, kinds):
    return mnemonic + (" " + ", ".join(kinds) if kinds else "")


def parse_table():
    rows = []
    with open(TABLE) as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                parts = line.split()
                rows.append((parts[0], parts[1], parts[2:]))
    return rows


REG_CASE = {"r8": "gpr8", "r16": "gpr16", "r32": "gpr32", "r64": "gpr64", "x": "xmm"}
MEM_SIZE = {"m8": "byte", "m16": "word", "m32": "dword", "m64": "qword", "m128": "xmmword"}
MEM_TYPE = {"m8": "Mem8", "m16": "Mem16", "m32": "Mem32", "m64": "Mem64", "m128": "Mem128"}


def dispatch_form(name, kinds, siblings):
    """Swift `if case` chain matching `ops` against one form, calling the typed method."""
    conds, args_out, checks = [], [], []
    for i, (k, v) in enumerate(zip(kinds, NAMES)):
        if k in REG_CASE:
            conds.append("case .%s(let %s) = ops[%d]" % (REG_CASE[k], v, i))
            args_out.append(v)
        elif k in MEM_SIZE:
            # An unsized memory operand is accepted when no sibling form differs only in this
            # operand's size (the size is then implied, as GNU as infers it).
            def shape(kind):
                return "imm" if kind in ("i8", "i16", "i32", "i32s", "i64") else kind
            alone = sum(1 for other in siblings if len(other) == len(kinds) and other[i] in MEM_SIZE
                        and all(shape(o) == shape(kk) for j, (o, kk) in enumerate(zip(other, kinds)) if j != i)) == 1
            size_ok = "(%s_s == .%s%s)" % (v, MEM_SIZE[k], " || %s_s == nil" % v if alone else "")
            conds += ["case .memory(let %s_m, let %s_s) = ops[%d]" % (v, v, i), size_ok]
            args_out.append("%s(%s_m)" % (MEM_TYPE[k], v))
        elif k == "addr":
            conds.append("case .memory(let %s, _) = ops[%d]" % (v, i))
            args_out.append(v)
        elif k in ("i8", "i16", "i32", "i32s", "i64"):
            conds.append("case .immediate(let %s) = ops[%d]" % (v, i))
            args_out.append(v)
        elif k == "u8":
            conds.append("case .immediate(let %s_i) = ops[%d]" % (v, i))
            checks.append("let %s = try Self.unsigned8(%s_i, instruction)" % (v, v))
            args_out.append(v)
        elif k == "cl":
            conds += ["case .gpr8(let %s_r) = ops[%d]" % (v, i), "%s_r == .cl" % v]
            args_out.append(".cl")
        elif k == "moffs":
            conds.append("let %s = Self.moffs(ops[%d])" % (v, i))
            args_out.append("address: %s" % v)
        else:
            raise SystemExit("no dispatch for kind " + k)
    # Operand-less methods (the `fixed` family) cannot fail and do not throw.
    call = ("try %s(%s)" if kinds else "%s(%s)") % (name, ", ".join(args_out))
    body = "".join("%s; " % c for c in checks) + call + "; return"
    if not conds:
        return "if ops.isEmpty { %s }" % body
    return "if ops.count == %d, %s { %s }" % (len(kinds), ", ".join(conds), body)


def generate_dispatch(rows):
    by_name = {}
    order = []
    for mnemonic, family, params in rows:
        if family == "jcc":
            continue
        if family == "fixed":
            entries = [(mnemonic, ())]
        else:
            forms = [k for k, _ in family_forms(family, params)]
            if family in PARAM_FAMILIES and PARAM_FAMILIES[family][0] == "Condition":
                entries = [(PARAM_FAMILIES[family][1] + cc, tuple(k)) for cc in CONDITIONS for k in forms]
            else:
                entries = [(mnemonic, tuple(k)) for k in forms]
        for name, kinds in entries:
            if name not in by_name:
                by_name[name] = []
                order.append(name)
            by_name[name].append(kinds)
    out = [HEADER, "extension Assembler {",
           "    /// Encodes `instruction` with the typed method for its mnemonic and operand kinds (the",
           "    /// first matching form of Tables/x86-64.instructions); branches, calls, `loop`, `jrcxz`, `ret`",
           "    /// and condition aliases (`jz`, `setnae`, `cmovpe`) go through the hand-written control-transfer encoder.",
           "    /// - Throws: ``EncodingError`` for an unknown mnemonic, operands no form takes, or what the",
           "    ///   typed method itself rejects.",
           "    public mutating func emit(_ instruction: Instruction) throws(EncodingError) {",
           "        let ops = instruction.operands",
           "        switch instruction.mnemonic {"]
    for name in order:
        out.append('        case "%s":' % name)
        seen = set()
        for kinds in by_name[name]:
            if kinds in seen:
                continue
            seen.add(kinds)
            out.append("            " + dispatch_form(name, kinds, by_name[name]))
    out += ["        default:",
            "            if try emitControlTransfer(instruction) { return }",
            "            throw EncodingError(.invalidOperands(\"unknown mnemonic '\\(instruction.mnemonic)'\"),",
            "                                instruction: instruction.description)",
            "        }",
            "        throw EncodingError(.invalidOperands(\"no form of '\\(instruction.mnemonic)' takes these operands\"),",
            "                            instruction: instruction.description)",
            "    }",
            "}", ""]
    return "\n".join(out)


def generate():
    rows = parse_table()
    api = [HEADER, "extension Assembler {"]
    cases = [HEADER, "import X86", "", "extension EncoderCases {",
             "    /// Every generated assembler method, with operand combinations from `Pools`.",
             "    static let generated: [(String, @Sendable (inout CaseEmitter) -> Void)] = ["]
    case_funcs = []
    done_families = set()
    for mnemonic, family, params in rows:
        if family == "fixed":
            bs = [int(p, 16) for p in params]
            value = sum(b << (8 * i) for i, b in enumerate(bs))
            api += doc(fixed_doc(mnemonic, " ".join("%02X" % b for b in bs))) + [
                    "    @inlinable public mutating func %s() { fixed(0x%X, %d) }" % (mnemonic, value, len(bs)), ""]
            case_funcs.append((mnemonic + "_", ["        e.emit(\"%s\") { (x: inout Assembler) in x.%s() }" % (mnemonic, mnemonic)]))
            continue
        if family == "jcc":
            for cc in CONDITIONS:
                api += doc(jcc_doc(cc)) + [
                        "    @inlinable public mutating func j%s(_ label: Label) throws(EncodingError) { try j(.%s, label) }" % (cc, cc), ""]
            continue
        forms = family_forms(family, params)
        if family in PARAM_FAMILIES:
            enum, fname = PARAM_FAMILIES[family]
            pname = "cc" if enum == "Condition" else "op"
            if family not in done_families:
                done_families.add(family)
                for kinds, body in forms:
                    head = fname + "\\(cc)" if enum == "Condition" else "\\(op)"
                    b = render(body, kinds, pname, head)
                    api += doc(method_doc(fname + " " + pname, mnemonic, family, params, kinds, sizes_of(kinds), None,
                                          enum=enum)) + [
                            "    @inlinable public mutating func %s(_ %s: %s, %s) throws(EncodingError) {" % (fname, pname, enum, params_decl(kinds))]
                    api += ["        " + line for line in b.split("\n")] + ["    }", ""]
            members = ([(fname + cc, "." + cc) for cc in CONDITIONS] if enum == "Condition"
                       else [(mnemonic, params[0])])
            for name, member in members:
                lines = []
                for kinds, _ in forms:
                    api += doc(method_doc(name, mnemonic, family, params, kinds, sizes_of(kinds), member[1:])) + [
                            "    @inlinable public mutating func %s(%s) throws(EncodingError) { try %s(%s, %s) }"
                            % (name, params_decl(kinds), fname, member, args(kinds)), ""]
                    lines.append(case_line(name, kinds))
                case_funcs.append((name + "_" + family, lines))
            continue
        lines = []
        for kinds, body in forms:
            b = render(body, kinds, "", mnemonic)
            api += doc(method_doc(mnemonic, mnemonic, family, params, kinds, sizes_of(kinds), mnemonic)) + [
                    "    @inlinable public mutating func %s(%s) throws(EncodingError) {" % (mnemonic, params_decl(kinds))]
            api += ["        " + line for line in b.split("\n")] + ["    }", ""]
            lines.append(case_line(mnemonic, kinds))
        case_funcs.append((mnemonic + "_" + family, lines))
    api[-1:] = ["}", ""]
    for name, lines in case_funcs:
        cases.append("        (\"%s\", %s)," % (name, "cases_" + re.sub(r"\W", "_", name)))
    cases += ["    ]", ""]
    for name, lines in case_funcs:
        cases += ["    static func cases_%s(_ e: inout CaseEmitter) {" % re.sub(r"\W", "_", name)] + lines + ["    }", ""]
    cases[-1:] = ["}", ""]
    return "\n".join(api), "\n".join(cases)


def doc(lines):
    """`///` lines at method indentation."""
    return ["    ///" + (" " + line if line else "") for line in lines]


def sizes_of(kinds):
    return [KINDS[k][2] for k in kinds if KINDS[k][2]]


def case_line(name, kinds):
    pools = [KINDS[k][4] for k in kinds]
    text = "\"%s\"" % name if not kinds else '"%s %s"' % (name, ", ".join(operand_text(k, v) for k, v in zip(kinds, NAMES)))
    if len(kinds) == 1:
        return "        for a in %s { e.emit(%s) { (x: inout Assembler) throws(EncodingError) in try x.%s(%s) } }" % (pools[0], text, name, args(kinds))
    if len(kinds) == 2:
        return "        for (a, b) in combine(%s, %s) { e.emit(%s) { (x: inout Assembler) throws(EncodingError) in try x.%s(%s) } }" % (pools[0], pools[1], text, name, args(kinds))
    return ("        for (a, b, c) in combine(%s, %s, %s) { e.emit(%s) { (x: inout Assembler) throws(EncodingError) in try x.%s(%s) } }"
            % (pools[0], pools[1], pools[2], text, name, args(kinds)))


HEADER = """// Generated by Utilities/generate.py from Tables/x86-64.instructions. Do not edit."""


def write(path, content, check):
    old = open(path).read() if os.path.exists(path) else None
    if old == content:
        return True
    if check:
        print("stale: %s (run python3 Utilities/generate.py)" % os.path.relpath(path, ROOT))
        return False
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(content)
    print("wrote %s" % os.path.relpath(path, ROOT))
    return True


if __name__ == "__main__":
    check = "--check" in sys.argv
    api, cases = generate()
    dispatch = generate_dispatch(parse_table())
    ok = write(API_OUT, api, check) & write(CASES_OUT, cases, check) & write(DISPATCH_OUT, dispatch, check)
    sys.exit(0 if ok else 1)
