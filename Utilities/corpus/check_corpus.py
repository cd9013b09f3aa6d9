#!/usr/bin/env python3
"""Validate Tests/Corpus/*.ll with the LLVM tools on this machine (driven by check.sh).

For every LLVM version found (llvm-as-NN / lli-NN on PATH, plus the unversioned
llvm-as / lli, whose version is read from --version):

 1. raw:        llvm-as accepts the clang-21 .ll file as it is?  (first error reported)
 2. downgraded: llvm-as accepts it after downgrade.py --target NN?  (must: else FAIL)
 3. rejected constructs: for each downgrade rule that fired, llvm-as is run on the file
    with every rule but that one applied; if it then rejects, the construct is one this
    llvm-as cannot parse or verify (reported with the error).
 4. lli:        the downgraded file run with lli gives exactly NAME.expected
    (stdout + "exit: N"); mismatches are reported (and counted as failures).

Tools older than LLVM 15 get -opaque-pointers (clang 21 prints only `ptr`).
Exit status 1 if step 2 or 4 failed for any file, else 0.
"""
import argparse
import concurrent.futures as cf
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import downgrade  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(ROOT, "Tests", "Corpus")


def tool_version(path):
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=20).stdout
    except OSError:
        return None
    m = re.search(r"LLVM version (\d+)\.(\d+)\.(\d+)", out)
    return (int(m.group(1)), m.group(0)) if m else None


def find_toolsets(explicit):
    """[(major, version string, llvm-as path, lli path or None)]"""
    cands = []
    if explicit:
        for spec in explicit:
            as_, _, lli = spec.partition(":")
            cands.append((as_, lli or None))
    else:
        seen = set()
        for d in os.environ.get("PATH", "").split(os.pathsep):
            for p in sorted(glob.glob(os.path.join(d, "llvm-as*"))):
                m = re.fullmatch(r"llvm-as(-\d+)?", os.path.basename(p))
                if not m:
                    continue
                real = os.path.realpath(p)
                if real in seen:
                    continue
                seen.add(real)
                lli = os.path.join(d, "lli" + (m.group(1) or ""))
                cands.append((p, lli if os.path.exists(lli) else None))
    sets = []
    for as_, lli in cands:
        v = tool_version(as_)
        if v:
            sets.append((v[0], v[1], as_, lli))
    sets.sort(key=lambda s: -s[0])
    return sets


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def first_error(stderr):
    lines = [l for l in stderr.splitlines() if l.strip()]
    for i, l in enumerate(lines):
        if "error" in l or "does not verify" in l:
            msg = re.sub(r"^\S*llvm-as\S*: ", "", l)
            msg = re.sub(r"^\S+\.ll:\d+:\d+: ", "", msg)
            ctx = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if "does not verify" in l and i + 1 < len(lines):
                msg = lines[i + 1].strip()
                ctx = lines[i + 2].strip() if i + 2 < len(lines) else ""
            return msg, ctx
    return (lines[0] if lines else "unknown error"), ""


def assemble(as_, major, path):
    cmd = [as_] + (["-opaque-pointers"] if major < 15 else []) + [path, "-o", os.devnull]
    r = run(cmd, timeout=60)
    return r.returncode == 0, r.stderr


def check_file(ts, ll, tmp, do_lli):
    major, _, as_, lli = ts
    name = os.path.basename(ll)
    res = {"name": name, "raw_ok": None, "raw_err": None, "down_ok": None, "down_err": None,
           "rejects": {}, "subsumed": set(), "lli": None, "lli_diff": None, "fired": {}}
    ok, err = assemble(as_, major, ll)
    res["raw_ok"] = ok
    if not ok:
        res["raw_err"] = first_error(err)
    text = open(ll).read()
    fired = {}
    down = downgrade.apply(text, major, counts=fired)
    res["fired"] = fired
    dpath = os.path.join(tmp, "%d.%s" % (major, name))
    with open(dpath, "w") as f:
        f.write(down)
    ok, err = assemble(as_, major, dpath)
    res["down_ok"] = ok
    if not ok:
        res["down_err"] = first_error(err)
        return res
    if not res["raw_ok"]:
        for rule in fired:
            p = os.path.join(tmp, "%d.%s.%s.ll" % (major, rule, name))
            with open(p, "w") as f:
                f.write(downgrade.apply(text, major, skip={rule}))
            ok, err = assemble(as_, major, p)
            if not ok:
                res["rejects"][rule] = first_error(err)
            else:
                still = {}
                downgrade.apply(open(p).read(), major, only={rule}, counts=still)
                if not still:
                    res["subsumed"].add(rule)
            os.unlink(p)
    if do_lli and lli:
        base = name.split(".")[0]
        exp_path = os.path.join(CORPUS, base + ".expected")
        expected = open(exp_path).read()
        cmd = [lli] + (["-opaque-pointers"] if major < 15 else []) + [dpath]
        try:
            r = subprocess.run(cmd, capture_output=True, timeout=60, cwd=tmp)
            got = r.stdout.decode("utf-8", "replace") + "exit: %d\n" % r.returncode
            if r.returncode < 0:
                got = r.stdout.decode("utf-8", "replace") + "signal: %d\n" % -r.returncode
        except subprocess.TimeoutExpired:
            got = "timeout\n"
            r = None
        res["lli"] = got == expected
        if got != expected:
            import difflib
            d = list(difflib.unified_diff(expected.splitlines(), got.splitlines(), "expected", "lli", n=0, lineterm=""))
            errtxt = r.stderr.decode("utf-8", "replace").strip().splitlines()[:3] if r else []
            res["lli_diff"] = d[2:8] + ["stderr: " + e for e in errtxt]
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", action="append",
                    help="LLVM_AS[:LLI] to use (repeatable); default: every llvm-as[-NN] on PATH")
    ap.add_argument("--no-lli", action="store_true")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", action="store_true", help="list every file's raw first error")
    ap.add_argument("names", nargs="*", help="corpus program names (default: all)")
    a = ap.parse_args()

    files = sorted(glob.glob(os.path.join(CORPUS, "*.ll")))
    if a.names:
        files = [f for f in files if os.path.basename(f).split(".")[0] in a.names]
    toolsets = find_toolsets(a.tool)
    if not toolsets:
        print("no llvm-as found on PATH")
        return 1
    failed = 0
    tmp = tempfile.mkdtemp(prefix="corpus-check-")
    try:
        for ts in toolsets:
            major, vstr, as_, lli = ts
            print("== %s (%s), lli: %s" % (as_, vstr, lli or "none"))
            with cf.ThreadPoolExecutor(a.j) as ex:
                results = list(ex.map(lambda f: check_file(ts, f, tmp, not a.no_lli), files))
            raw_ok = sum(r["raw_ok"] for r in results)
            print("  raw clang-21 IR accepted: %d/%d files" % (raw_ok, len(results)))
            errs = {}
            for r in results:
                if not r["raw_ok"]:
                    errs.setdefault(r["raw_err"][0], []).append(r["name"])
                    if a.v:
                        print("    %s: %s | %s" % (r["name"], *r["raw_err"]))
            for msg, names in sorted(errs.items(), key=lambda kv: -len(kv[1])):
                print("    first error in %d files: %s (e.g. %s)" % (len(names), msg, names[0]))
            down_ok = sum(bool(r["down_ok"]) for r in results)
            print("  after downgrade.py --target %d: %d/%d accepted" % (major, down_ok, len(results)))
            for r in results:
                if not r["down_ok"]:
                    failed += 1
                    print("    FAIL %s: %s | %s" % (r["name"], *r["down_err"]))
            rejects = {}
            fired_files = {}
            subsumed = set()
            for r in results:
                subsumed |= r["subsumed"]
                for rule in r["fired"]:
                    fired_files[rule] = fired_files.get(rule, 0) + 1
                for rule, e in r["rejects"].items():
                    rejects.setdefault(rule, [e, 0])[1] += 1
            if fired_files:
                print("  constructs newer than LLVM %d found in the corpus (rule: files; rejected?):" % major)
                desc = {n: d for n, _, _, _, d in downgrade.RULES}
                for n, v, _, _, d in downgrade.RULES:
                    if n not in fired_files:
                        continue
                    if n in rejects:
                        e, c = rejects[n]
                        verdict = "REJECTED (%s; %s)" % (e[0], e[1][:70])
                    elif n in subsumed:
                        verdict = "(rewritten away by another rule, not tested alone)"
                    else:
                        verdict = "accepted by llvm-as without rewriting"
                    print("    %-15s %3d files  %s: %s" % (n, fired_files[n], desc[n], verdict))
            if not a.no_lli and lli:
                ran = [r for r in results if r["lli"] is not None]
                good = sum(r["lli"] for r in ran)
                print("  lli output == .expected: %d/%d" % (good, len(ran)))
                for r in ran:
                    if not r["lli"]:
                        failed += 1
                        print("    MISMATCH %s" % r["name"])
                        for l in r["lli_diff"]:
                            print("      " + l)
            print()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("summary: %d files x %d toolsets checked, %d failures" % (len(files), len(toolsets), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
