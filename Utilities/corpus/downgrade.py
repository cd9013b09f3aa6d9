#!/usr/bin/env python3
"""Rewrite clang-21 LLVM IR text so that an older llvm-as / lli accepts it.

Only used by Utilities/corpus/check.sh to validate the corpus with the LLVM tools that
Debian ships (llvm-as 14 at /usr/bin/llvm-as; llvm-19 from apt). The corpus .ll files
themselves are never rewritten.

Each rule is tagged with the LLVM major version that introduced the syntax; for
`--target N`, every rule whose version is > N is applied. The rewrites only drop
optimization hints (flags, attributes) or spell them the old way, so they do not change
what a program computes.

usage: downgrade.py --target N [--rules r1,r2 | --skip r1,r2] [--report] IN.ll > OUT.ll
  --report  print to stderr "rule count" for each rule that matched
  --list    print the rule table and exit
"""
import argparse
import re
import sys

# Old spellings of memory(...) effects (LLVM 16 replaced readnone/readonly/argmemonly...).
MEMORY_OLD = {
    "none": "readnone",
    "read": "readonly",
    "write": "writeonly",
    "argmem: readwrite": "argmemonly",
    "argmem: read": "argmemonly readonly",
    "argmem: write": "argmemonly writeonly",
    "inaccessiblemem: readwrite": "inaccessiblememonly",
    "argmem: readwrite, inaccessiblemem: readwrite": "inaccessiblemem_or_argmemonly",
}


def memory_old(m):
    return " " + MEMORY_OLD.get(m.group(1), "")


def expand_splat(text):
    """`splat (T V)` -> `<T V, T V, ...>`, the length taken from a `<N x T>` type on the same line."""
    out = []
    for line in text.split("\n"):
        if "splat (" in line:
            def rep(m, line=line):
                ty, val = m.group(1), m.group(2)
                v = re.search(r"<(\d+) x %s>" % re.escape(ty), line)
                if not v:
                    return m.group(0)
                return "<" + ", ".join(["%s %s" % (ty, val)] * int(v.group(1))) + ">"
            line = re.sub(r"\bsplat \((\S+) ([^()]+)\)", rep, line)
        out.append(line)
    return "\n".join(out)


def expand_cmp3(text):
    """Replace `declare RT @llvm.[su]cmp.A.B(T, T)` with an equivalent internal function."""
    decl = re.compile(r"^declare .*?(i\d+) @llvm\.([su])cmp\.(i\d+)\.(i\d+)\((i\d+)[^,]*, (i\d+)[^)]*\)( #\d+)?$", re.M)

    def define(m):
        rt, su, a, b, t = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        name = "@corpus.%scmp.%s.%s" % (su, a, b)
        return ("define internal %s %s(%s %%a, %s %%b) {\n"
                "  %%lt = icmp %slt %s %%a, %%b\n  %%gt = icmp %sgt %s %%a, %%b\n"
                "  %%l = zext i1 %%lt to %s\n  %%g = zext i1 %%gt to %s\n"
                "  %%r = sub %s %%g, %%l\n  ret %s %%r\n}") % (rt, name, t, t, su, t, su, t, rt, rt, rt, rt)

    if not decl.search(text):
        return text
    text = decl.sub(define, text)
    return re.sub(r"@llvm\.([su])cmp\.(i\d+)\.(i\d+)\b", r"@corpus.\1cmp.\2.\3", text)


def strip_errnomem(m):
    parts = [p.strip() for p in m.group(1).split(",")]
    parts = [p for p in parts if not p.startswith("errnomem:")]
    return "memory(%s)" % ", ".join(parts) if parts else ""


# (name, introduced-in LLVM major, regex, replacement, description)
RULES = [
    ("captures-none", 21, r"\bcaptures\(none\)", "nocapture",
     "captures(none) parameter attribute (was nocapture)"),
    ("captures-other", 21, r"\s*\bcaptures\((?!none\))[^)]*\)", "",
     "captures(address_is_null, ret: address, provenance) etc."),
    ("errnomem", 21, r"\bmemory\(([^)]*errnomem[^)]*)\)", strip_errnomem,
     "errnomem: location in memory(...)"),
    ("icmp-samesign", 20, r"\bicmp samesign\b", "icmp",
     "icmp samesign flag"),
    ("gep-nuw", 20, r"\bgetelementptr (inbounds )?nuw\b", r"getelementptr \1",
     "getelementptr nuw / inbounds nuw flags"),
    ("gep-nusw", 20, r"\bgetelementptr nusw( nuw)?\b", "getelementptr",
     "getelementptr nusw flag"),
    ("scmp-ucmp", 19, None, expand_cmp3,
     "llvm.scmp / llvm.ucmp three-way compare intrinsics (replaced by a helper function)"),
    ("trunc-flags", 19, r"\btrunc (nuw nsw|nuw|nsw)\b", "trunc",
     "trunc nuw / nsw flags"),
    ("range-attr", 19, r"\s*\brange\([^()]*\)", "",
     "range(i32 a, b) parameter/return attribute"),
    ("initializes", 19, r"\s*\binitializes\(\([^)]*\)(, \([^)]*\))*\)", "",
     "initializes((lo, hi)) parameter attribute"),
    ("splat", 19, None, expand_splat,
     "splat (T V) vector constant"),
    ("va-intrinsics", 18, r"@llvm\.va_(start|end|copy)\.p0\b", r"@llvm.va_\1",
     "llvm.va_start/va_end/va_copy overloaded on the pointer type (.p0 suffix)"),
    ("stacksave-p0", 18, r"@llvm\.stack(save|restore)\.p0\b", r"@llvm.stack\1",
     "llvm.stacksave/stackrestore overloaded on the pointer type (.p0 suffix)"),
    ("nneg", 18, r"\bzext nneg\b", "zext",
     "zext nneg flag (also uitofp nneg)"),
    ("uitofp-nneg", 18, r"\buitofp nneg\b", "uitofp",
     "uitofp nneg flag"),
    ("or-disjoint", 18, r"\bor disjoint\b", "or",
     "or disjoint flag"),
    ("dead-on-unwind", 18, r"\s*\bdead_on_unwind\b", "",
     "dead_on_unwind parameter attribute (sret)"),
    ("writable", 18, r"\s*\bwritable\b", "",
     "writable parameter attribute (sret)"),
    ("memory-attr", 16, r"\s*\bmemory\(([^)]*)\)", memory_old,
     "memory(...) function attribute (was readnone/readonly/argmemonly...)"),
    ("modflag-min", 15, r"^(!\d+ = !\{)i32 8, ", r"\1i32 7, ",
     "module flag behaviour 8 (Min), e.g. !{i32 8, !\"PIC Level\", i32 2}"),
    ("allockind", 15, r"\s*\ballockind\(\"[^\"]*\"\)", "",
     "allockind(\"alloc,zeroed\") function attribute"),
    ("allocptr", 15, r"\s*\ballocptr\b", "",
     "allocptr parameter attribute"),
]


def apply(text, target, only=None, skip=(), counts=None):
    for name, ver, pat, rep, _ in RULES:
        if ver <= target or name in skip or (only is not None and name not in only):
            continue
        if pat is None:
            new = rep(text)
            n = int(new != text)
            text = new
        else:
            text, n = re.subn(pat, rep, text, flags=re.M)
        if counts is not None and n:
            counts[name] = counts.get(name, 0) + n
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", type=int, default=14)
    ap.add_argument("--rules", default=None)
    ap.add_argument("--skip", default="")
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("input", nargs="?")
    a = ap.parse_args()
    if a.list:
        for name, ver, _, _, desc in RULES:
            print("%-15s LLVM %2d  %s" % (name, ver, desc))
        return
    text = open(a.input).read()
    counts = {}
    only = set(a.rules.split(",")) if a.rules else None
    skip = set(s for s in a.skip.split(",") if s)
    sys.stdout.write(apply(text, a.target, only, skip, counts))
    if a.report:
        for k, v in counts.items():
            sys.stderr.write("%s %d\n" % (k, v))


if __name__ == "__main__":
    main()
