#!/usr/bin/env python3
"""Census of the LLVM IR constructs that clang 21 emits for the C corpus.

Reads Tests/Corpus/*.O{0,1,2}.ll and writes Tests/Corpus/CENSUS.md: instruction opcodes,
instruction flags, intrinsics, calling conventions, parameter/return/function attributes,
types, constants, global/linkage keywords, metadata kinds and module-level records, each
with its number of occurrences per optimization level and the number of files it appears in.
Rows whose count is zero everywhere are kept for constructs a parser author may expect
(ptradd, nusw, exact, fast-math flags, ...): they document what clang does *not* emit here.

usage: python3 Utilities/corpus/census.py [--stdout]
"""
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(ROOT, "Tests", "Corpus")
LEVELS = ["O0", "O1", "O2"]

OPCODES = """ret br switch indirectbr invoke callbr resume unreachable fneg add fadd sub fsub mul fmul
udiv sdiv fdiv urem srem frem shl lshr ashr and or xor extractelement insertelement shufflevector
extractvalue insertvalue alloca load store fence cmpxchg atomicrmw getelementptr trunc zext sext
fptrunc fpext fptoui fptosi uitofp sitofp ptrtoint inttoptr bitcast addrspacecast icmp fcmp phi
select freeze call va_arg landingpad catchpad cleanuppad ptrtoaddr""".split()

# (label, regex) counted over instruction lines
INSTR_FLAGS = [
    ("add/sub/mul/shl nsw", r"= (?:add|sub|mul|shl) (?:nuw )?nsw "),
    ("add/sub/mul/shl nuw", r"= (?:add|sub|mul|shl) nuw "),
    ("add/sub/mul/shl nuw nsw", r"= (?:add|sub|mul|shl) nuw nsw "),
    ("udiv/sdiv/lshr/ashr exact", r"= (?:udiv|sdiv|lshr|ashr) exact "),
    ("or disjoint", r"= or disjoint "),
    ("zext nneg", r"= zext nneg "),
    ("uitofp nneg", r"= uitofp nneg "),
    ("trunc nuw", r"= trunc nuw (?!nsw)"),
    ("trunc nsw", r"= trunc nsw "),
    ("trunc nuw nsw", r"= trunc nuw nsw "),
    ("icmp samesign", r"= icmp samesign "),
    ("getelementptr (no flags)", r"= getelementptr (?!inbounds|nuw|nusw)"),
    ("getelementptr inbounds (alone)", r"= getelementptr inbounds (?!nuw)"),
    ("getelementptr inbounds nuw", r"= getelementptr inbounds nuw "),
    ("getelementptr nuw", r"= getelementptr nuw "),
    ("getelementptr nusw", r"= getelementptr nusw "),
    ("getelementptr inrange", r"getelementptr[^,]*inrange"),
    ("load volatile", r"= load volatile "),
    ("store volatile", r"^\s*store volatile "),
    ("load/store atomic", r"(?:= load atomic |^\s*store atomic )"),
    ("fast-math flags (fast/nnan/ninf/nsz/arcp/contract/afn/reassoc)",
     r"= (?:fadd|fsub|fmul|fdiv|frem|fneg|fcmp|call|select|phi) (?:fast|nnan|ninf|nsz|arcp|contract|afn|reassoc)\b"),
    ("tail call", r"(?:= |^\s*)tail call "),
    ("musttail call", r"(?:= |^\s*)musttail call "),
    ("notail call", r"(?:= |^\s*)notail call "),
    ("call fastcc", r"call fastcc "),
    ("call of a variadic (explicit fn type `(ptr, ...)`)", r"call [^@%]*\([^)]*\.\.\.\) "),
    ("indirect call (call through %reg)", r"call [^@]*? %[-\w.]+\("),
    ("alloca with dynamic size (VLA)", r"= alloca [^,]+, (?:i32|i64) %"),
    ("alloca with constant count", r"= alloca [^,]+, (?:i32|i64) \d"),
    ("switch", r"^\s*switch "),
    ("select with vector condition", r"= select <"),
    ("phi of ptr", r"= phi ptr "),
    ("br (conditional)", r"^\s*br i1 "),
    ("br (unconditional)", r"^\s*br label "),
    ("`align N` on load/store", r"(?:= load|^\s*store) .*, align \d+"),
    ("call with `#N` attribute group on the call", r"call .*\) #\d+"),
]

ATTR_WORDS = """noundef nonnull dereferenceable dereferenceable_or_null align sret byval inalloca preallocated
signext zeroext inreg noalias nocapture captures readonly readnone writeonly returned nofpclass range
initializes dead_on_unwind writable allocptr allocalign immarg noext swiftself nest""".split()

FN_ATTR_WORDS = """alwaysinline noinline optnone nounwind willreturn mustprogress nofree nosync norecurse
nocallback nocf_check memory uwtable cold hot noreturn returns_twice speculatable convergent
allocsize allockind inlinehint minsize optsize ssp sspstrong sspreq argmemonly readnone readonly
writeonly inaccessiblememonly local_unnamed_addr unnamed_addr""".split()

GLOBAL_WORDS = ["private", "internal", "external", "dso_local", "unnamed_addr", "local_unnamed_addr",
                "constant", "global", "common", "weak", "linkonce_odr", "comdat", "section", "thread_local",
                "hidden", "protected", "externally_initialized", "align"]

CONSTANT_PATTERNS = [
    ("zeroinitializer", r"\bzeroinitializer\b"),
    ("poison", r"\bpoison\b"),
    ("undef", r"\bundef\b"),
    ("null", r"\bnull\b"),
    ("true/false", r"\b(?:true|false)\b"),
    ("c\"...\" string constant", r'\bc"'),
    ("hex double 0x<16 hex> (exact FP constants, e.g. float-valued doubles)", r"\b0x[0-9A-F]{16}\b"),
    ("decimal FP constant (1.500000e+00)", r"\b-?\d\.\d{6}e[+-]\d\d\b"),
    ("splat (T V) vector constant", r"\bsplat \("),
    ("<N x T> vector literal <T a, T b>", r"<(?:i\d+|double|float|ptr) -?[\w.+]+, "),
    ("constant expression getelementptr (...)", r"getelementptr (?:inbounds )?(?:nuw )?\("),
    ("constant expression ptrtoint/inttoptr/bitcast (...)", r"\b(?:ptrtoint|inttoptr|bitcast) \("),
    ("constant expression trunc/sub/add (...) (relative lookup tables)", r"\b(?:trunc|sub|add) \(i\d+ "),
    ("blockaddress", r"\bblockaddress\b"),
    ("packed struct <{ ... }>", r"<\{"),
    ("literal struct type { ... } in a value", r"(?:= |, |\()\{ (?:i\d+|double|float|ptr|\[)"),
]

TYPE_PATTERNS = [
    ("i1", r"\bi1\b"), ("i8", r"\bi8\b"), ("i16", r"\bi16\b"), ("i32", r"\bi32\b"), ("i64", r"\bi64\b"),
    ("i128", r"\bi128\b"), ("other iN (i2..i63, not 8/16/32)", r"\bi(?!1\b|8\b|16\b|32\b|64\b|128\b)\d+\b"),
    ("half", r"\bhalf\b"), ("float", r"\bfloat\b"), ("double", r"\bdouble\b"), ("x86_fp80", r"\bx86_fp80\b"),
    ("ptr", r"\bptr\b"), ("typed pointer (i8*, %T*)", r"(?:\bi\d+|%[\w.]+)\*"),
    ("array [N x T]", r"\[\d+ x "), ("vector <N x T>", r"<\d+ x "),
    ("named struct %struct.X / %union.X", r"%(?:struct|union)\.[\w.]+"),
    ("function type in call (ret (args, ...))", r"call \S+ \([^)]*\)"),
    ("void", r"\bvoid\b"), ("label", r"\blabel\b"), ("metadata", r"\bmetadata\b"),
]


def read_corpus():
    files = {}
    for p in sorted(glob.glob(os.path.join(CORPUS, "*.ll"))):
        m = re.fullmatch(r"(.+)\.(O[012])\.ll", os.path.basename(p))
        if m:
            files[(m.group(1), m.group(2))] = open(p).read()
    return files


class Counter:
    """count[key][level] = occurrences, files[key] = set of file names"""

    def __init__(self):
        self.count = collections.defaultdict(lambda: collections.Counter())
        self.files = collections.defaultdict(set)

    def add(self, key, level, fname, n=1):
        if n:
            self.count[key][level] += n
            self.files[key].add(fname)

    def touch(self, key):
        self.count[key]

    def rows(self, keys=None, sort=True):
        keys = list(self.count) if keys is None else keys
        if sort:
            keys = sorted(keys, key=lambda k: (-sum(self.count[k].values()), k))
        out = []
        for k in keys:
            c = self.count[k]
            out.append((k, c["O0"], c["O1"], c["O2"], sum(c.values()), len(self.files[k])))
        return out


def instruction_lines(text):
    in_fn = False
    for line in text.splitlines():
        if line.startswith("define "):
            in_fn = True
            continue
        if in_fn and line.startswith("}"):
            in_fn = False
            continue
        if in_fn and line.startswith("  ") and not line.strip().startswith(";"):
            if line.startswith("    ") or line.strip() == "]":
                continue  # switch case lines and the closing bracket: counted separately
            yield line


def opcode_of(line):
    s = line.strip()
    m = re.match(r"(?:%[-\w.]+|%\d+) = (.*)", s)
    body = m.group(1) if m else s
    body = re.sub(r"^(?:tail |musttail |notail )", "", body)
    w = body.split(" ", 1)[0]
    return w


def census(files):
    ops, flags, intr_decl, intr_calls = Counter(), Counter(), Counter(), Counter()
    pattrs, fattrs, strattrs, gwords = Counter(), Counter(), Counter(), Counter()
    consts, types, mdkinds, misc, callconv = Counter(), Counter(), Counter(), Counter(), Counter()
    libc, extglob = Counter(), Counter()
    for op in OPCODES:
        ops.touch(op)
    for label, _ in INSTR_FLAGS:
        flags.touch(label)
    for (name, lvl), text in files.items():
        fname = "%s.%s.ll" % (name, lvl)
        lines = list(instruction_lines(text))
        for l in lines:
            op = opcode_of(l)
            if op in OPCODES:
                ops.add(op, lvl, fname)
            else:
                ops.add("?" + op, lvl, fname)
            for md in re.findall(r", !([a-z][\w.]*) !", l):
                mdkinds.add("!" + md + " (instruction attachment)", lvl, fname)
            for m in re.finditer(r"call [^@]*@(llvm\.[\w.]+)\(", l):
                intr_calls.add(m.group(1), lvl, fname)
            for m in re.finditer(r"call [^@]*@((?!llvm\.)[\w.]+)\(", l):
                if m.group(1) in set(re.findall(r"^declare .*?@([\w.]+)\(", text, re.M)):
                    libc.add(m.group(1), lvl, fname)
        body = "\n".join(lines)
        misc.add("switch case entries (`    i32 N, label %B` lines)", lvl, fname,
                 len(re.findall(r"^    i\d+ -?\d+, label %", text, re.M)))
        declared = set(re.findall(r"^declare .*?@([\w.]+)\(", text, re.M))
        defined = set(re.findall(r"^define .*?@([\w.]+)\(", text, re.M))
        for d in defined:
            if re.search(r"\.cold\.\d+$", d):
                misc.add("outlined cold function (`@f.cold.N`, hot/cold splitting)", lvl, fname)
        for label, pat in INSTR_FLAGS:
            flags.add(label, lvl, fname, len(re.findall(pat, body, re.M)))
        for m in re.finditer(r"^declare .*?@(llvm\.[\w.]+)\(", text, re.M):
            intr_decl.add(m.group(1), lvl, fname)
        # parameter / return attributes on define/declare/call lines
        sig_lines = [l for l in text.splitlines() if l.startswith(("define ", "declare "))]
        call_lines = [l for l in lines if " call " in l or l.strip().startswith("call ")]
        for l in sig_lines + call_lines:
            for w in ATTR_WORDS:
                for m in re.finditer(r"\b%s\b(\([^()]*(?:\([^()]*\)[^()]*)*\))?" % w, l):
                    arg = m.group(1) or ""
                    key = w
                    if w in ("captures", "range", "initializes", "nofpclass"):
                        key = w + arg if w in ("captures", "nofpclass") else w + "(...)"
                    elif w in ("dereferenceable", "align", "dereferenceable_or_null"):
                        key = w + ("(N)" if arg else (" N" if w == "align" else ""))
                    elif w in ("sret", "byval"):
                        key = w + "(T)"
                    pattrs.add(key, lvl, fname)
        for l in sig_lines:
            for cc in ("fastcc", "coldcc", "ccc", "x86_vectorcallcc", "preserve_mostcc"):
                if re.search(r"\b%s\b" % cc, l):
                    callconv.add(cc + " (" + l.split(" ", 1)[0] + ")", lvl, fname)
            for kw in ("local_unnamed_addr", "unnamed_addr", "dso_local", "internal", "private"):
                if re.search(r"\b%s\b" % kw, l.split("(")[0] + " " + l.rsplit(")", 1)[-1]):
                    misc.add(l.split(" ", 1)[0] + " " + kw, lvl, fname)
        # attribute groups
        for m in re.finditer(r"^attributes #\d+ = \{ (.*) \}$", text, re.M):
            body_ = m.group(1)
            for ak in re.findall(r'allockind\("[^"]*"\)', body_):
                fattrs.add(ak, lvl, fname)
            body_ = re.sub(r'allockind\("[^"]*"\)', "", body_)
            for s in re.findall(r'"([^"]+)"(?:="[^"]*")?', body_):
                strattrs.add('"%s"' % s, lvl, fname)
            rest = re.sub(r'"[^"]*"(?:="[^"]*")?', "", body_)
            for a in re.findall(r"[a-z_]+(?:\([^)]*\))?", rest):
                fattrs.add(a, lvl, fname)
        # globals
        for l in text.splitlines():
            if l.startswith("@"):
                rhs = re.sub(r'c"[^"]*"', "", l.split("=", 1)[1])
                for w in GLOBAL_WORDS:
                    if re.search(r"\b%s\b" % w, rhs):
                        gwords.add(w, lvl, fname)
        for m in re.finditer(r"^@([\w.]+) = external ", text, re.M):
            extglob.add("@" + m.group(1), lvl, fname)
        for label, pat in CONSTANT_PATTERNS:
            consts.add(label, lvl, fname, len(re.findall(pat, text)))
        for label, pat in TYPE_PATTERNS:
            types.add(label, lvl, fname, len(re.findall(pat, body + "\n" + "\n".join(sig_lines))))
        for m in re.finditer(r"^(!llvm\.[\w.]+) = ", text, re.M):
            mdkinds.add(m.group(1) + " (named metadata)", lvl, fname)
        mdkinds.add("numbered metadata nodes `!N = ...`", lvl, fname, len(re.findall(r"^!\d+ = ", text, re.M)))
        mdkinds.add("`distinct !{...}` nodes", lvl, fname, len(re.findall(r"^!\d+ = distinct !\{", text, re.M)))
        for pat, label in [(r'!"llvm\.loop\.mustprogress"', '!"llvm.loop.mustprogress"'),
                           (r'!"llvm\.loop\.unroll\.disable"', '!"llvm.loop.unroll.disable"'),
                           (r'!"llvm\.loop\.[\w.]+"', 'any !"llvm.loop.*" property'),
                           (r'!"(?:omnipotent char|Simple C/C\+\+ TBAA|any pointer|p1 \w+|int|long long|double)"', "TBAA type-name strings"),
                           (r"^!\d+ = distinct !\{", "distinct !{...} (loop ids)"),
                           (r'!"(?:wchar_size|PIC Level|PIE Level|uwtable|frame-pointer)"', "module flag entries"),
                           (r"^; Function Attrs: ", "`; Function Attrs:` comments"),
                           (r"^%[\w.]+ = type ", "named type definitions"),
                           (r"^%[\w.]+ = type opaque", "opaque named types"),
                           (r"^declare ", "declare"), (r"^define ", "define"),
                           (r"^define [^(]*\.\.\.\)", "define of a variadic function"),
                           (r"^\d+:\s", "numbered block labels `N:`"),
                           (r"^[A-Za-z_.][\w.]*:", "named block labels"),
                           (r"\bptradd\b", "ptradd")]:
            misc.add(label, lvl, fname, len(re.findall(pat, text, re.M)))
    return dict(ops=ops, flags=flags, intr_decl=intr_decl, intr_calls=intr_calls, pattrs=pattrs,
                fattrs=fattrs, strattrs=strattrs, gwords=gwords, consts=consts, types=types,
                mdkinds=mdkinds, extglob=extglob, misc=misc, callconv=callconv, libc=libc)


def table(title, rows, note=None, first="construct"):
    out = ["## " + title, ""]
    if note:
        out += [note, ""]
    out.append("| %s | O0 | O1 | O2 | total | files |" % first)
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for k, a, b, c, t, f in rows:
        out.append("| `%s` | %d | %d | %d | %d | %d |" % (k.replace("|", "\\|"), a, b, c, t, f))
    out.append("")
    return out


def main():
    files = read_corpus()
    progs = sorted(set(n for n, _ in files))
    r = census(files)
    md = ["# LLVM IR census of the C corpus", "",
          "Generated by `python3 Utilities/corpus/census.py` from the %d files `Tests/Corpus/*.O{0,1,2}.ll`"
          " (%d programs, clang 21, `-S -emit-llvm -g0 -fno-vectorize -fno-slp-vectorize`)." % (len(files), len(progs)),
          "Counts are occurrences; *files* is the number of .ll files a construct appears in.",
          "Rows with 0 everywhere are constructs a parser author might expect that clang 21 did not emit here.", ""]
    md += table("Instruction opcodes", r["ops"].rows(), "Opcode of every instruction line (`tail call` counted as `call`).", "opcode")
    md += table("Instruction flags and forms", r["flags"].rows([l for l, _ in INSTR_FLAGS], sort=False))
    md += table("Intrinsics declared", r["intr_decl"].rows(), "Each `declare ... @llvm.*` (one per file that uses it).", "intrinsic")
    md += table("Intrinsic call sites", r["intr_calls"].rows(), None, "intrinsic")
    md += table("Calling conventions on define/declare", r["callconv"].rows())
    md += table("Parameter / return attributes (on define, declare and call lines)", r["pattrs"].rows(), None, "attribute")
    md += table("Function attributes in `attributes #N = { ... }` groups", r["fattrs"].rows(), None, "attribute")
    md += table("String attributes in attribute groups", r["strattrs"].rows(), None, "attribute")
    md += table("Global variable keywords (`@g = ...` lines)", r["gwords"].rows(), None, "keyword")
    md += table("Function linkage / address keywords", r["misc"].rows([k for k in r["misc"].count if k.startswith(("define ", "declare ")) and k.split(" ", 1)[1] in ("local_unnamed_addr", "unnamed_addr", "dso_local", "internal", "private")]))
    md += table("Constants", r["consts"].rows([l for l, _ in CONSTANT_PATTERNS], sort=False))
    md += table("Types (in instructions and signatures)", r["types"].rows([l for l, _ in TYPE_PATTERNS], sort=False), None, "type")
    md += table("Metadata", r["mdkinds"].rows(), None, "metadata")
    md += table("Module structure and other syntax", r["misc"].rows([k for k in r["misc"].count if not k.startswith(("define ", "declare "))]))
    md += table("External globals referenced (`@g = external ...`)", r["extglob"].rows(), "glibc's extern-inline `putchar` becomes `putc(c, stdout)` at -O1/-O2.", "global")
    md += table("Called external (declared, non-intrinsic) functions", r["libc"].rows(), None, "callee")
    text = "\n".join(md)
    if "--stdout" in sys.argv:
        print(text)
    else:
        with open(os.path.join(CORPUS, "CENSUS.md"), "w") as f:
            f.write(text)
        print("wrote Tests/Corpus/CENSUS.md (%d files, %d programs)" % (len(files), len(progs)))


if __name__ == "__main__":
    main()
