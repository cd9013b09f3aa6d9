"""Doc comments for the generated assembler methods (used by generate.py).

Each generated method gets a summary of what the instruction does with its operands `a`, `b`, `c`
(the generated parameter names) and its Intel-syntax form, the encoding in SDM notation (the one
the encoder emits; where there are several, the choice GNU `as` makes, as
Sources/X86/Assembler+Integer.swift implements it), and what can make it throw.
"""

WIDTH = {".byte": 8, ".word": 16, ".dword": 32, ".qword": 64}
IMM_SUFFIX = {8: "ib", 16: "iw", 32: "id", 64: "id"}
IMMEDIATES = ("i8", "i16", "i32", "i32s")
MEMORY = ("m8", "m16", "m32", "m64", "m128", "addr")
# How the docs write each operand kind of the table.
DISPLAY = {"r8": "r8", "r16": "r16", "r32": "r32", "r64": "r64", "x": "xmm", "m8": "m8", "m16": "m16", "m32": "m32",
           "m64": "m64", "m128": "m128", "addr": "m", "i8": "imm8", "i16": "imm16", "i32": "imm32", "i32s": "imm32",
           "i64": "imm64", "u8": "imm8", "cl": "cl", "moffs": "moffs64"}
CONDITIONS = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"]

# The ModRM.reg digit of each enum member, as in Sources/X86/InstructionFamilies.swift.
DIGITS = {
    "add": 0, "or": 1, "adc": 2, "sbb": 3, "and": 4, "sub": 5, "xor": 6, "cmp": 7,
    "inc": 0, "dec": 1, "not": 2, "neg": 3, "mul": 4, "imul": 5, "div": 6, "idiv": 7,
    "rol": 0, "ror": 1, "rcl": 2, "rcr": 3, "shl": 4, "shr": 5, "sar": 7,
    "bt": 4, "bts": 5, "btr": 6, "btc": 7,
}
BIT_COUNT = {"bsf": "0F BC", "bsr": "0F BD", "tzcnt": "F3 0F BC", "lzcnt": "F3 0F BD", "popcnt": "F3 0F B8"}
CONDITION_TEXT = {
    "o": "overflow (OF = 1)", "no": "no overflow (OF = 0)", "b": "below, unsigned `<` (CF = 1)",
    "ae": "above or equal, unsigned `>=` (CF = 0)", "e": "equal (ZF = 1)", "ne": "not equal (ZF = 0)",
    "be": "below or equal, unsigned `<=` (CF = 1 or ZF = 1)", "a": "above, unsigned `>` (CF = 0 and ZF = 0)",
    "s": "sign (SF = 1)", "ns": "no sign (SF = 0)", "p": "parity even (PF = 1)", "np": "parity odd (PF = 0)",
    "l": "less, signed `<` (SF != OF)", "ge": "greater or equal, signed `>=` (SF = OF)",
    "le": "less or equal, signed `<=` (ZF = 1 or SF != OF)", "g": "greater, signed `>` (ZF = 0 and SF = OF)",
}

ACCUMULATOR = "`ax`, `dx:ax`, `edx:eax` or `rdx:rax`"
QUOTIENT = ": the quotient goes to the low half, the remainder to the high half"
SUMMARY = {
    "add": "Adds `b` to `a`", "or": "Sets `a` to `a | b`", "adc": "Adds `b` and the carry flag to `a`",
    "sbb": "Subtracts `b` and the carry flag from `a`", "and": "Sets `a` to `a & b`",
    "sub": "Subtracts `b` from `a`", "xor": "Sets `a` to `a ^ b`",
    "cmp": "Compares `a` with `b`: sets the flags as `a - b` does, and writes nothing",
    "mov": "Copies `b` to `a`", "test": "Sets the flags as `a & b` does, and writes nothing",
    "xchg": "Exchanges `a` and `b`", "lea": "Sets `a` to the address `b`, without reading memory",
    "movzx": "Copies `b` to `a`, zero-extending it", "movsx": "Copies `b` to `a`, sign-extending it",
    "movsxd": "Copies the 32-bit `b` to `a`, sign-extending it",
    "inc": "Adds 1 to `a`, leaving the carry flag unchanged",
    "dec": "Subtracts 1 from `a`, leaving the carry flag unchanged",
    "not": "Inverts every bit of `a`", "neg": "Negates `a` (two's complement)",
    "mul": "Multiplies the accumulator by `a`, unsigned, into " + ACCUMULATOR,
    "div": "Divides " + ACCUMULATOR + " by `a`, unsigned" + QUOTIENT,
    "idiv": "Divides " + ACCUMULATOR + " by `a`, signed" + QUOTIENT,
    "rol": "Rotates `a` left by `b` bits", "ror": "Rotates `a` right by `b` bits",
    "rcl": "Rotates `a` and the carry flag left by `b` bits",
    "rcr": "Rotates `a` and the carry flag right by `b` bits",
    "shl": "Shifts `a` left by `b` bits", "sal": "Shifts `a` left by `b` bits (the same instruction as `shl`)",
    "shr": "Shifts `a` right by `b` bits, filling with zeros",
    "sar": "Shifts `a` right by `b` bits, filling with copies of the sign bit",
    "shld": "Shifts `a` left by `c` bits, filling from the high bits of `b`",
    "shrd": "Shifts `a` right by `c` bits, filling from the low bits of `b`",
    "bt": "Copies bit `b` of `a` to the carry flag",
    "bts": "Copies bit `b` of `a` to the carry flag, then sets it",
    "btr": "Copies bit `b` of `a` to the carry flag, then clears it",
    "btc": "Copies bit `b` of `a` to the carry flag, then inverts it",
    "bsf": "Sets `a` to the index of the lowest set bit of `b` (when `b` is 0, ZF is set and `a` undefined)",
    "bsr": "Sets `a` to the index of the highest set bit of `b` (when `b` is 0, ZF is set and `a` undefined)",
    "tzcnt": "Sets `a` to the number of trailing zero bits of `b` (BMI1)",
    "lzcnt": "Sets `a` to the number of leading zero bits of `b` (LZCNT)",
    "popcnt": "Sets `a` to the number of set bits of `b` (POPCNT)",
    "bswap": "Reverses the order of the bytes of `a`",
    "push": "Pushes `a` onto the stack", "pop": "Pops the top of the stack into `a`",
    "nop": "Does nothing; the operand only sets the instruction's length (a multi-byte NOP)",
    "movss": "Copies the `float` `b` to `a` (between registers, only the low element)",
    "movsd": "Copies the `double` `b` to `a` (between registers, only the low element)",
    "movaps": "Copies 128 bits of `float`s; a memory operand must be 16-byte aligned",
    "movapd": "Copies 128 bits of `double`s; a memory operand must be 16-byte aligned",
    "movups": "Copies 128 bits of `float`s; a memory operand may be unaligned",
    "movupd": "Copies 128 bits of `double`s; a memory operand may be unaligned",
    "movdqa": "Copies 128 bits of integers; a memory operand must be 16-byte aligned",
    "movdqu": "Copies 128 bits of integers; a memory operand may be unaligned",
    "movd": "Copies 32 bits from `b` to `a`; an XMM destination's upper bits are zeroed",
    "movq": "Copies 64 bits from `b` to `a`; an XMM destination's upper bits are zeroed",
    "andnps": "Sets `a` to `~a & b`, on all 128 bits", "andnpd": "Sets `a` to `~a & b`, on all 128 bits",
    "ucomiss": "Compares the low `float`s of `a` and `b` into ZF, PF and CF (PF = 1: unordered), quietly for NaN",
    "ucomisd": "Compares the low `double`s of `a` and `b` into ZF, PF and CF (PF = 1: unordered), quietly for NaN",
    "comiss": "Compares the low `float`s of `a` and `b` into ZF, PF and CF (PF = 1: unordered), signaling for NaN",
    "comisd": "Compares the low `double`s of `a` and `b` into ZF, PF and CF (PF = 1: unordered), signaling for NaN",
    "cvtss2sd": "Converts the low `float` of `b` to a `double` in the low element of `a`",
    "cvtsd2ss": "Converts the low `double` of `b` to a `float` in the low element of `a`",
    "unpcklps": "Interleaves the two low `float`s of `a` and `b` into `a`",
    "unpcklpd": "Sets `a` to the low `double` of `a` followed by the low `double` of `b`",
    "unpckhps": "Interleaves the two high `float`s of `a` and `b` into `a`",
    "unpckhpd": "Sets `a` to the high `double` of `a` followed by the high `double` of `b`",
    "punpcklbw": "Interleaves the eight low bytes of `a` and `b` into `a`",
    "punpcklwd": "Interleaves the four low 16-bit integers of `a` and `b` into `a`",
    "punpckldq": "Interleaves the two low 32-bit integers of `a` and `b` into `a`",
    "punpckhdq": "Interleaves the two high 32-bit integers of `a` and `b` into `a`",
    "punpcklqdq": "Sets `a` to the low 64 bits of `a` followed by the low 64 bits of `b`",
    "punpckhqdq": "Sets `a` to the high 64 bits of `a` followed by the high 64 bits of `b`",
    "pmuludq": ("Multiplies the low unsigned 32-bit integer of each 64-bit element of `a` by that of `b`, "
                "into the 64-bit elements of `a`"),
    "pmullw": "Computes `a *= b` on each of the eight 16-bit integers, keeping the low 16 bits of each product",
    "pandn": "Sets `a` to `~a & b`, on all 128 bits",
    "cvtdq2pd": "Converts the two low signed 32-bit integers of `b` to the two `double`s of `a`",
    "cvtdq2ps": "Converts the four signed 32-bit integers of `b` to `float`s in `a`, rounding as MXCSR says",
    "cvttps2dq": "Converts the four `float`s of `b` to signed 32-bit integers in `a`, truncating toward zero",
    "cvttpd2dq": ("Converts the two `double`s of `b` to signed 32-bit integers in the low half of `a`, truncating "
                  "toward zero, and zeroes the high half"),
    "cvtps2pd": "Converts the two low `float`s of `b` to the two `double`s of `a`",
    "cvtpd2ps": ("Converts the two `double`s of `b` to `float`s in the low half of `a`, rounding as MXCSR says, "
                 "and zeroes the high half"),
    "movlhps": "Copies the low 64 bits of `b` to the high 64 bits of `a`",
    "movhlps": "Copies the high 64 bits of `b` to the low 64 bits of `a`",
    "shufps": ("Sets the two low `float`s of `a` to elements of `a` and the two high ones to elements of `b`, "
               "each chosen by two bits of `c` (from bit 0 up)"),
    "shufpd": ("Sets the low `double` of `a` to the element of `a` that bit 0 of `c` chooses, and the high one "
               "to the element of `b` that bit 1 chooses"),
    "pshufd": "Sets each 32-bit element of `a` to the element of `b` that two bits of `c` choose (from bit 0 up)",
    "pslldq": "Shifts all 128 bits of `a` left by `b` bytes, filling with zeros (a count above 15 gives zero)",
    "psrldq": "Shifts all 128 bits of `a` right by `b` bytes, filling with zeros (a count above 15 gives zero)",
    "cvtsi2ss": "Converts the signed integer `b` to a `float` in the low element of `a`",
    "cvtsi2sd": "Converts the signed integer `b` to a `double` in the low element of `a`",
    "cvttss2si": "Converts the low `float` of `b` to a signed integer in `a`, truncating toward zero",
    "cvttsd2si": "Converts the low `double` of `b` to a signed integer in `a`, truncating toward zero",
    "cvtss2si": "Converts the low `float` of `b` to a signed integer in `a`, rounding as MXCSR says (to nearest)",
    "cvtsd2si": "Converts the low `double` of `b` to a signed integer in `a`, rounding as MXCSR says (to nearest)",
    "roundss": "Rounds the low `float` of `b` to an integer value in `a`, in the rounding mode `c` selects",
    "roundsd": "Rounds the low `double` of `b` to an integer value in `a`, in the rounding mode `c` selects",
}
FIXED_SUMMARY = {
    "nop": "Does nothing (the one-byte NOP)", "cbw": "Sign-extends `al` into `ax`",
    "cwde": "Sign-extends `ax` into `eax`", "cdqe": "Sign-extends `eax` into `rax`",
    "cwd": "Sign-extends `ax` into `dx:ax`", "cdq": "Sign-extends `eax` into `edx:eax`",
    "cqo": "Sign-extends `rax` into `rdx:rax` (before a signed 64-bit `idiv`)",
    "leave": "Tears down a frame: `mov rsp, rbp`, then `pop rbp`", "int3": "Traps to the debugger (a breakpoint)",
    "ud2": "Raises an invalid-opcode exception (`SIGILL`)", "syscall": "Calls the kernel",
    "hlt": "Halts the processor (privileged: faults in user mode)", "pause": "Hints that this is a spin-wait loop",
    "cpuid": "Reads processor identification and features into `eax`, `ebx`, `ecx` and `edx`",
    "rdtsc": "Reads the time-stamp counter into `edx:eax`",
    "mfence": "Orders every earlier load and store before every later one",
    "lfence": "Orders earlier loads before later ones, and waits for earlier instructions to complete",
    "sfence": "Orders earlier stores before later ones", "clc": "Clears the carry flag",
    "stc": "Sets the carry flag", "cmc": "Inverts the carry flag",
}
# SSE arithmetic: the operation, and the elements by suffix.
SSE_OPERATION = {"add": "`a += b`", "sub": "`a -= b`", "mul": "`a *= b`", "div": "`a /= b`",
                 "min": "`a = min(a, b)`", "max": "`a = max(a, b)`", "sqrt": "`a = sqrt(b)`"}
SSE_ELEMENTS = {"ss": "on the low `float`", "sd": "on the low `double`", "ps": "on each of the four `float`s",
                "pd": "on each of the two `double`s"}
SSE_BITWISE = {"andps": "`a &= b`", "andpd": "`a &= b`", "orps": "`a |= b`", "orpd": "`a |= b`",
               "xorps": "`a ^= b`", "xorpd": "`a ^= b`", "pand": "`a &= b`", "por": "`a |= b`", "pxor": "`a ^= b`"}
# Packed integers: the elements by suffix.
LANES = {"b": "sixteen 8-bit", "w": "eight 16-bit", "d": "four 32-bit", "q": "two 64-bit"}
FAMILY_EXAMPLE = {"ALUOp": "add", "UnaryOp": "neg", "ShiftOp": "shl", "DoubleShiftOp": "shld", "BitTestOp": "bts",
                  "BitCountOp": "popcnt", "ExtendOp": "movzx", "Condition": "sete"}


def summary(mnemonic, kinds):
    """What the instruction does, as a sentence without its final period."""
    if mnemonic in SUMMARY:
        return SUMMARY[mnemonic]
    if mnemonic in SSE_BITWISE:
        return "Computes %s on all 128 bits" % SSE_BITWISE[mnemonic]
    if mnemonic[:4] in ("padd", "psub") and mnemonic[4:] in LANES:
        return "Computes `a %s= b` on each of the %s integers, wrapping" % (
            "+" if mnemonic[1] == "a" else "-", LANES[mnemonic[4:]])
    if mnemonic[:5] in ("pcmpe", "pcmpg") and mnemonic[-1] in LANES:
        return "Compares each of the %s integers of `a` with that of `b`: all ones where %s, else zero" % (
            LANES[mnemonic[-1]], "equal" if mnemonic[4] == "e" else "`a`'s is greater (signed)")
    if mnemonic[:3] == "psr" or mnemonic[:3] == "psl":
        lanes, width = LANES[mnemonic[-1]], {"w": 16, "d": 32, "q": 64}[mnemonic[-1]]
        count = "`b` bits" if kinds[1] == "u8" else "the count in the low 64 bits of `b`"
        if mnemonic[3] == "a":
            return ("Shifts each of the %s integers of `a` right by %s, filling with copies of the sign bit "
                    "(a count above %d fills the element with it)" % (lanes, count, width - 1))
        return "Shifts each of the %s integers of `a` %s by %s, filling with zeros (a count above %d gives zero)" % (
            lanes, "left" if mnemonic[2] == "l" else "right", count, width - 1)
    if mnemonic == "imul":
        if len(kinds) == 1:
            return "Multiplies the accumulator by `a`, signed, into " + ACCUMULATOR
        if len(kinds) == 3:
            return "Sets `a` to `b * c`, signed, keeping the low half"
        return "Multiplies `a` by `b`, signed, keeping the low half"
    if mnemonic == "movabs":
        if kinds == ("r64", "i64"):
            return "Loads the 64-bit immediate `b` into `a`"
        if kinds[0] == "moffs":
            return "Stores the accumulator `b` at the 64-bit absolute address `a`"
        return "Loads the accumulator `a` from the 64-bit absolute address `b`"
    if mnemonic[:-2] in SSE_OPERATION and mnemonic[-2:] in SSE_ELEMENTS:
        return "Computes %s %s" % (SSE_OPERATION[mnemonic[:-2]], SSE_ELEMENTS[mnemonic[-2:]])
    raise SystemExit("no summary for %s" % mnemonic)


def sized(w, byte_op, op, rest=""):
    """SDM notation of an opcode with byte and full-size forms: `00 /r`, `66 01 /r`, `REX.W 01 /r`."""
    text = byte_op if w == 8 else {16: "66 ", 32: "", 64: "REX.W "}[w] + op
    return text + (" " + rest if rest else "")


def hexb(n):
    return "%02X" % n


def sse_spec(spec, wide=False):
    """'f3 0f 58' -> 'F3 0F 58'; with `wide`, REX.W after the mandatory prefix."""
    parts = spec.upper().split()
    if wide:
        parts.insert(1 if parts[0] in ("66", "F2", "F3") else 0, "REX.W")
    return " ".join(parts)


def integer_encoding(family, kinds, member, w):
    """SDM notation for the general-purpose families, or None for another family."""
    imm = IMM_SUFFIX.get(w)
    first_reg = kinds[0].startswith("r")
    if family == "alu":
        d = DIGITS[member]
        if kinds[1] in IMMEDIATES:
            if w == 8:
                return "`80 /%d ib`%s" % (d, ", or `%s ib` for `al`" % hexb(d * 8 + 4) if first_reg else "")
            acc = ", else `%s` for the accumulator" % sized(w, "", hexb(d * 8 + 5), imm) if first_reg else ""
            return "`%s` when the immediate fits in a signed byte%s, else `%s`" % (
                sized(w, "", "83", "/%d ib" % d), acc, sized(w, "", "81", "/%d %s" % (d, imm)))
        load = first_reg and kinds[1].startswith("m")
        return "`%s`" % sized(w, hexb(d * 8 + 2 * load), hexb(d * 8 + 2 * load + 1), "/r")
    if family == "mov":
        if kinds[1] in IMMEDIATES + ("i64",):
            if not first_reg:
                return "`%s`" % sized(w, "C6", "C7", "/0 " + imm)
            if w == 64:
                return "`REX.W C7 /0 id` when the immediate fits in a signed dword, else `REX.W B8+rd io`"
            return "`%s`" % sized(w, "B0+rb", "B8+r" + {16: "w", 32: "d"}.get(w, ""), imm)
        load = first_reg and kinds[1].startswith("m")
        return "`%s`" % sized(w, "8A" if load else "88", "8B" if load else "89", "/r")
    if family == "movabs":
        if kinds == ("r64", "i64"):
            return "`REX.W B8+rd io`"
        store = kinds[0] == "moffs"
        return "`%s`" % sized(w, "A2" if store else "A0", "A3" if store else "A1", "moffs64")
    if family == "test":
        if kinds[1] in IMMEDIATES:
            acc = "`%s` for the accumulator, else " % sized(w, "A8", "A9", imm) if first_reg else ""
            return "%s`%s`" % (acc, sized(w, "F6", "F7", "/0 " + imm))
        return "`%s`" % sized(w, "84", "85", "/r")
    if family == "xchg":
        if first_reg and kinds[1].startswith("r") and w != 8:
            return ("`%s` when one operand is the accumulator (but `xchg eax, eax` is `87 C0`), else `%s`"
                    % (sized(w, "", "90+r" + ("w" if w == 16 else "d")), sized(w, "86", "87", "/r")))
        return "`%s`" % sized(w, "86", "87", "/r")
    if family == "lea":
        return "`%s`" % sized(w, "", "8D", "/r")
    if family == "extend":
        second = (0xBE if member == "movsx" else 0xB6) + (1 if kinds[1] in ("r16", "m16") else 0)
        return "`%s`" % sized(w, "", "0F " + hexb(second), "/r")
    if family == "movsxd":
        return "`REX.W 63 /r`"
    if family == "unary":
        d = DIGITS[member]
        return "`%s`" % (sized(w, "FE", "FF", "/%d" % d) if d < 2 else sized(w, "F6", "F7", "/%d" % d))
    if family == "imul":
        if len(kinds) == 1:
            return "`%s`" % sized(w, "F6", "F7", "/5")
        if kinds[-1] in IMMEDIATES:
            return "`%s` when the immediate fits in a signed byte, else `%s`" % (
                sized(w, "", "6B", "/r ib"), sized(w, "", "69", "/r " + imm))
        return "`%s`" % sized(w, "", "0F AF", "/r")
    if family == "shift":
        d = DIGITS[member]
        if kinds[1] == "cl":
            return "`%s`" % sized(w, "D2", "D3", "/%d" % d)
        return "`%s` when the count is 1, else `%s`" % (sized(w, "D0", "D1", "/%d" % d),
                                                        sized(w, "C0", "C1", "/%d ib" % d))
    if family == "dshift":
        base = 0xA4 if member == "shld" else 0xAC
        if kinds[2] == "cl":
            return "`%s`" % sized(w, "", "0F " + hexb(base + 1), "/r")
        return "`%s`" % sized(w, "", "0F " + hexb(base), "/r ib")
    if family == "bittest":
        d = DIGITS[member]
        if kinds[1] == "u8":
            return "`%s`" % sized(w, "", "0F BA", "/%d ib" % d)
        return "`%s`" % sized(w, "", "0F " + hexb(0xA3 + (d - 4) * 8), "/r")
    if family == "bitcount":
        return "`%s`" % sized(w, "", BIT_COUNT[member], "/r")
    return None


def other_encoding(family, params, kinds, member, w):
    """SDM notation for the remaining families."""
    if family == "bswap":
        return "`0F C8+rd`" if kinds[0] == "r32" else "`REX.W 0F C8+rd`"
    if family == "setcc":
        return "`0F %s /0`" % hexb(0x90 + CONDITIONS.index(member))
    if family == "cmovcc":
        return "`%s`" % sized(w, "", "0F " + hexb(0x40 + CONDITIONS.index(member)), "/r")
    if family in ("push", "pop"):
        if kinds[0] in IMMEDIATES:
            return "`6A ib` when the immediate fits in a signed byte, else `68 id`"
        o16 = "66 " if kinds[0] in ("r16", "m16") else ""
        if kinds[0].startswith("r"):
            return "`%s%s+r%s`" % (o16, "50" if family == "push" else "58", "w" if o16 else "d")
        return "`%s%s`" % (o16, "FF /6" if family == "push" else "8F /0")
    if family == "nopm":
        return "`%s`" % sized(w, "", "0F 1F", "/0")
    if family == "ssemove":
        load, store, _ = [p.strip() for p in " ".join(params).split("|")]
        return "`%s /r`" % sse_spec(load if kinds[0] == "x" else store)
    if family in ("sse", "sseimm"):
        spec = " ".join(params).split("|")[0].strip()
        return "`%s /r%s`" % (sse_spec(spec), " ib" if family == "sseimm" else "")
    if family == "sseshift":
        imm, *count = [p.strip() for p in " ".join(params).split("|")]
        if kinds[1] == "u8":
            spec, digit = imm.split(" /")
            return "`%s /%s ib`" % (sse_spec(spec), digit)
        return "`%s /r`" % sse_spec(count[0])
    if family == "movd":
        return "`66 0F %s /r`" % ("6E" if kinds[0] == "x" else "7E")
    if family == "movq":
        return {("x", "r64"): "`66 REX.W 0F 6E /r`", ("r64", "x"): "`66 REX.W 0F 7E /r`",
                ("x", "x"): "`F3 0F 7E /r`", ("x", "m64"): "`F3 0F 7E /r`", ("m64", "x"): "`66 0F D6 /r`"}[kinds]
    if family in ("cvtsi2f", "cvtf2si"):
        spec = " ".join(params).split("|")[0].strip()
        wide = kinds[1] in ("r64", "m64") if family == "cvtsi2f" else kinds[0] == "r64"
        return "`%s /r`" % sse_spec(spec, wide)
    raise SystemExit("no encoding for family %s" % family)


def throws(kinds):
    """The `- Throws:` paragraph for a form with these operand kinds."""
    reasons = []
    if any(k in IMMEDIATES for k in kinds):
        reasons.append("the immediate does not fit the operand size")
    if "r8" in kinds:
        reasons.append("`ah`, `ch`, `dh` or `bh` meets an operand that needs a REX prefix")
    if any(k in MEMORY for k in kinds):
        reasons.append("a `[rip + label]` address names another assembler's label")
    if "moffs" in kinds:
        reasons.append("the register is not the accumulator (`al`, `ax`, `eax` or `rax`)")
    if not reasons:
        return ["- Throws: Never for these operand types; the method throws because other forms can."]
    return wrap("- Throws: ``EncodingError`` if " + ", or if ".join(reasons) + ".", "  ")


def wrap(text, indent, width=100):
    """Splits `text` into lines of at most `width` characters (never inside a code span);
    continuation lines get `indent`."""
    words = []
    for word in text.split(" "):
        if words and words[-1].count("`") % 2:
            words[-1] += " " + word
        else:
            words.append(word)
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent + word
        else:
            line = word if not line else line + " " + word
    return lines + [line]


def intel_form(name, kinds):
    """`add r64, imm32`: the form in the SDM's operand notation."""
    return name + "".join((" " if i == 0 else ", ") + DISPLAY[k] for i, k in enumerate(kinds))


def method_doc(name, mnemonic, family, params, kinds, sizes, member, enum=None):
    """The `///` lines (without the slashes) of the generated method `name` for one form.

    `member` is the family member the method encodes (`add`, `e`, ...), or None for a family method
    whose member is its `enum` parameter.
    """
    w = next((WIDTH[s] for s in sizes if s in WIDTH), None)
    intel = intel_form(name, kinds)
    if enum is not None:
        head = "Emits `%s` for any ``%s``, as the member's own method (`%s`, ...) does." % (
            intel, enum, FAMILY_EXAMPLE[enum])
        return wrap(head, "") + ["", "Encoding: as ``%s`` describes for the member." % enum] + throws(kinds)
    if family == "setcc":
        text = "Sets the byte `a` to 1 if %s, else to 0" % CONDITION_TEXT[member]
    elif family == "cmovcc":
        text = "Copies `b` to `a` if %s" % CONDITION_TEXT[member]
    else:
        text = summary(mnemonic, kinds)
    code = integer_encoding(family, kinds, member, w) or other_encoding(family, params, kinds, member, w)
    return wrap("%s: `%s`." % (text, intel), "") + [""] + wrap("Encoding: %s." % code, "") + throws(kinds)


def fixed_doc(mnemonic, encoded):
    """The doc lines of an operand-less instruction given as its bytes."""
    return wrap("%s: `%s`." % (FIXED_SUMMARY[mnemonic], mnemonic), "") + ["", "Encoding: `%s`." % encoded]


def jcc_doc(cc):
    """The doc lines of `j<cc>(_:)`."""
    n = CONDITIONS.index(cc)
    return wrap("Jumps to `label` if %s: `j%s label`." % (CONDITION_TEXT[cc], cc), "") + [
        "", "Encoding: `7%X cb` or `0F 8%X cd`, whichever reaches (the assembler starts short and grows" % (n, n),
        "the branch if the target is out of reach).",
        "- Throws: ``EncodingError`` if `label` belongs to another assembler."]
