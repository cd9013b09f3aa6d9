#!/usr/bin/env python3
"""Measures and reports the backend benchmark; run.sh builds everything first and then calls this.

Every run's standard output is compared with the native clang -O2 binary's output for the same
arguments; any difference (or a non-zero exit) is recorded, reported, and makes the script exit 1.
Wall time comes from time.perf_counter around the child, peak RSS from GNU time (see TIME).
"""
import argparse
import datetime
import json
import math
import statistics
import os
import platform
import re
import subprocess
import sys
import tempfile
import time

# name, full-size argument (about 0.2-1 s natively at -O2), trivial argument (run time ~ 0),
# quick argument (QUICK=1, for checking the script).
PROGRAMS = [
    ("fib", "40", "0", "27"),
    ("sieve", "150", "0", "3"),
    ("sort", "1500000", "0", "50000"),
    ("matmul", "1000", "0", "120"),
    ("nbody", "5000000", "0", "50000"),
    ("mandelbrot", "1600", "0", "150"),
    ("spectralnorm", "2400", "0", "150"),
    ("fannkuch", "10", "1", "8"),
    ("hashtable", "8000000", "0", "100000"),
    ("bytecode", "20000", "0", "200"),
]
INTERP_PROGRAM, INTERP_ARG = "fib", "32"   # the interpreter is slow: one small input only

RUNNERS = ["swiftjit", "lli", "clang -O2", "clang -O0", "clang backend"]


# Peak RSS comes from GNU time run as the child's parent. os.wait4's ru_maxrss cannot be used
# directly: a child spawned from Python starts with Python's memory map, and Linux keeps the
# high-water mark of the map a process had before exec in its ru_maxrss, so every child would
# report at least Python's own peak RSS (about 16 MiB here), which swamps a small JIT's figure.
TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_once(cmd, want_stderr=False):
    """Runs cmd; returns (seconds, peak RSS KiB, exit code, stdout text[, stderr text])."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, open(os.devnull, "wb") as null, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, null.fileno(), 0)]
        if want_stderr:
            actions.append((os.POSIX_SPAWN_DUP2, err.fileno(), 2))
        full = [TIME, "-f", "%M", "-o", rss_file.name] + cmd if TIME else cmd
        t0 = time.perf_counter()
        pid = os.posix_spawnp(full[0], full, os.environ, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        t1 = time.perf_counter()
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        err.seek(0)
        etext = err.read().decode("utf-8", "replace")
        rss = usage.ru_maxrss
        if TIME:
            lines = [l for l in rss_file.read().split("\n") if l.strip().isdigit()]
            rss = int(lines[-1]) if lines else rss
    result = (t1 - t0, rss, os.waitstatus_to_exitcode(status), text)
    return result + (etext,) if want_stderr else result


def parse_time_passes(text):
    """Phase times (ms) from `swiftjit run --time-passes`: {'parse': .., 'total': .., ...}."""
    phases = {}
    for m in re.finditer(r"^\s+([\d.]+)\s+[\d.]+%\s+(.+?)\s*$", text, re.M):
        phases[m.group(2)] = float(m.group(1))
    return phases


def load1():
    return os.getloadavg()[0]


def wait_for_low_load(limit, max_wait):
    start = time.time()
    while load1() >= limit and time.time() - start < max_wait:
        print(f"   load {load1():.2f} >= {limit}: waiting ({int(time.time() - start)} s so far)",
              file=sys.stderr)
        time.sleep(20)
    return load1()


def cpu_description():
    """The CPU's model name with its family and model numbers (the model name of a cloud CPU can
    be just "AMD EPYC", whatever its generation)."""
    fields = {}
    for line in open("/proc/cpuinfo"):
        if ":" in line:
            k, v = line.split(":", 1)
            fields.setdefault(k.strip(), v.strip())
        if not line.strip() and fields:
            break
    name = fields.get("model name", "?")
    if "cpu family" in fields and "model" in fields:
        name += f" (family {fields['cpu family']}, model {fields['model']})"
    return name


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def tool_version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except Exception:
        return "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--swiftjit", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--render-only", action="store_true",
                    help="re-render table.md, chart.svg and BENCHMARKS.md from out/results.json")
    a = ap.parse_args()
    if a.render_only:
        res = json.load(open(os.path.join(a.out, "results.json")))
        report(a, res["meta"], res["rows"], res["geomean"])
        return
    out, sj = a.out, a.swiftjit
    runs = int(os.environ.get("RUNS", "3"))
    compile_runs = int(os.environ.get("COMPILE_RUNS", "30"))
    quick = os.environ.get("QUICK") == "1"
    failures = []

    def cmd_for(runner, name, arg):
        ll = os.path.join(out, name + ".ll")
        return {
            "swiftjit": [sj, "run", ll, arg],
            "interpreter": [sj, "run", "--interpret", ll, arg],
            "lli": ["lli-19", ll, arg],
            "clang -O2": [os.path.join(out, name + ".O2"), arg],
            "clang -O0": [os.path.join(out, name + ".O0"), arg],
            "clang backend": [os.path.join(out, name + ".backend"), arg],
        }[runner]

    def checked(runner, name, arg, expected):
        t, rss, code, text = run_once(cmd_for(runner, name, arg))
        if code != 0 or text != expected:
            msg = f"{runner} {name} {arg}: exit {code}, output {text.strip()[:120]!r}, expected {expected.strip()[:120]!r}"
            if msg not in failures:
                failures.append(msg)
                print("MISMATCH: " + msg, file=sys.stderr)
            return None
        return t, rss

    # --- static facts: instruction counts, IR source ----------------------------------------
    info = {}
    for name, full, trivial, qarg in PROGRAMS:
        verify = open(os.path.join(out, name + ".verify")).read()
        m = re.search(r"(\d+) functions, (\d+) instructions", verify)
        info[name] = {
            "instructions": int(m.group(2)) if m else None,
            "functions": int(m.group(1)) if m else None,
            "ir": open(os.path.join(out, name + ".irsource")).read().strip(),
            "arg": qarg if quick else full,
            "trivial": trivial,
        }
        if not m:
            failures.append(f"swiftjit verify {name}: {verify.strip()[:200]}")

    time_passes = "--time-passes" in subprocess.run([sj, "run", "--help"], capture_output=True,
                                                    text=True).stdout

    load_limit = float(os.environ.get("LOAD_MAX", "1.0"))
    load_wait = float(os.environ.get("LOAD_WAIT", "600"))
    print(f"== waiting for load < {load_limit} (at most {load_wait:.0f} s)", file=sys.stderr)
    load_start = wait_for_low_load(load_limit, load_wait)
    print(f"== measuring (load {load_start:.2f})", file=sys.stderr)

    # --- expected outputs (native clang -O2) ------------------------------------------------
    expected = {}
    for name, *_ in PROGRAMS:
        for arg in (info[name]["arg"], info[name]["trivial"]):
            _, _, code, text = run_once(cmd_for("clang -O2", name, arg))
            if code != 0:
                sys.exit(f"error: native {name} {arg} exited {code}")
            expected[(name, arg)] = text
    _, _, _, expected_interp = run_once(cmd_for("clang -O2", INTERP_PROGRAM, INTERP_ARG))

    # --- compile time: trivial input minus an empty module, COMPILE_RUNS rounds --------------
    # Each round runs, for each tool, every program right after an empty module; a program's
    # compile time is the median over the rounds of (its trivial run - the empty run before it).
    # Paired and median: a 20 ms process varies by a millisecond or more with the machine's load,
    # as much as the difference measured, and the minima of two separate series do not cancel
    # that drift. swiftjit runs with --time-passes, so that the same runs give its in-process
    # totals (the figure compared with lli's) in the same rounds as lli's: a separate series,
    # minutes later, moved the ratio by 15% with the machine's load.
    empty_ll = os.path.join(out, "empty.ll")
    flag = ["--time-passes"] if time_passes else []
    base = {"swiftjit": [sj, "run"] + flag + [empty_ll], "lli": ["lli-19", empty_ll]}
    best_empty = {k: (math.inf, 0) for k in base}
    best_trivial = {(r, n): (math.inf, 0) for r in base for n, *_ in PROGRAMS}
    paired = {(r, n): [] for r in base for n, *_ in PROGRAMS}
    passes = {}
    paired_inproc = {n: [] for n, *_ in PROGRAMS}
    empty_totals = []
    for _ in range(compile_runs):
        for r, cmd in base.items():
            run_once(cmd)  # warm-up: the first run after the other tool's is slower
            for name, *_ in PROGRAMS:
                t, rss, code, _, etext = run_once(cmd, want_stderr=True)
                if code != 0:
                    continue
                best_empty[r] = (min(best_empty[r][0], t), max(best_empty[r][1], rss))
                arg = info[name]["trivial"]
                if r == "swiftjit":
                    pcmd = [sj, "run"] + flag + [os.path.join(out, name + ".ll"), arg]
                    pt, prss, pcode, ptext, petext = run_once(pcmd, want_stderr=True)
                    if pcode != 0 or ptext != expected[(name, arg)]:
                        checked(r, name, arg, expected[(name, arg)])  # records the mismatch
                        continue
                    res = (pt, prss)
                    ph, eph = parse_time_passes(petext), parse_time_passes(etext)
                    if "total" in ph and "total" in eph:
                        empty_totals.append(eph["total"] / 1e3)
                        paired_inproc[name].append(ph["total"] / 1e3 - eph["total"] / 1e3)
                        if name not in passes or ph["total"] < passes[name]["total"]:
                            passes[name] = ph
                else:
                    res = checked(r, name, arg, expected[(name, arg)])
                if res:
                    bt = best_trivial[(r, name)]
                    best_trivial[(r, name)] = (min(bt[0], res[0]), max(bt[1], res[1]))
                    paired[(r, name)].append(res[0] - t)
    empty_inproc = statistics.median(empty_totals) if empty_totals else None  # seconds

    # --- run time: best of RUNS, runners interleaved ----------------------------------------
    best = {}
    for i in range(runs):
        print(f"== run {i + 1}/{runs}", file=sys.stderr)
        for name, *_ in PROGRAMS:
            for r in RUNNERS:
                res = checked(r, name, info[name]["arg"], expected[(name, info[name]["arg"])])
                if res:
                    b = best.get((r, name), (math.inf, 0))
                    best[(r, name)] = (min(b[0], res[0]), max(b[1], res[1]))
    interp = checked("interpreter", INTERP_PROGRAM, INTERP_ARG, expected_interp)
    interp_jit = checked("swiftjit", INTERP_PROGRAM, INTERP_ARG, expected_interp)
    interp_native = checked("clang -O2", INTERP_PROGRAM, INTERP_ARG, expected_interp)
    load_end = load1()

    # --- results ----------------------------------------------------------------------------
    rows = []
    for name, *_ in PROGRAMS:
        n = info[name]["instructions"]
        row = {"name": name, "instructions": n, "ir": info[name]["ir"], "arg": info[name]["arg"]}
        for r in base:
            diffs = paired[(r, name)]
            c = max(statistics.median(diffs), 1e-6) if diffs else None
            row[r + " compile s"] = c
            row[r + " compile ns/instr"] = c * 1e9 / n if (c is not None and n) else None
            row[r + " trivial rss KiB"] = best_trivial[(r, name)][1] or None
        ph = passes.get(name)
        row["swiftjit passes"] = ph
        row["swiftjit inproc s"] = ph["total"] / 1e3 if ph else None
        row["swiftjit inproc parse s"] = ph.get("parse", 0) / 1e3 if ph else None
        row["swiftjit inproc ns/instr"] = ph["total"] * 1e6 / n if ph and n else None
        row["swiftjit inproc after-parse ns/instr"] = (ph["total"] - ph.get("parse", 0)) * 1e6 / n if ph and n else None
        for r in RUNNERS:
            t, rss = best.get((r, name), (None, None))
            row[r + " s"], row[r + " rss KiB"] = t, rss
        sjt, o2, be, lt = row["swiftjit s"], row["clang -O2 s"], row["clang backend s"], row["lli s"]
        row["sj/O2"] = sjt / o2 if sjt and o2 else None
        row["sj/backend"] = sjt / be if sjt and be else None
        row["sj/lli"] = sjt / lt if sjt and lt else None
        # swiftjit's compile time: its own --time-passes total (parse to loaded code) when the build
        # has it, since the difference of two ~10 ms process runs is mostly noise at this size;
        # otherwise the outside measurement.
        row["swiftjit outside s"] = row["swiftjit compile s"]
        row["outside lli/sj"] = (row["lli compile s"] / row["swiftjit outside s"]
                                 if row["lli compile s"] and row["swiftjit outside s"] else None)
        if paired_inproc[name]:
            # Minus the empty module's total, as lli's figure is its trivial run minus its empty
            # module: what compiling this program's code costs beyond compiling `return 0`.
            c = max(statistics.median(paired_inproc[name]), 1e-6)
            row["swiftjit compile s"] = c
            row["swiftjit compile ns/instr"] = c * 1e9 / n if n else None
        c_sj, c_lli = row["swiftjit compile s"], row["lli compile s"]
        row["inproc lli/sj"] = c_lli / row["swiftjit inproc s"] if c_lli and row["swiftjit inproc s"] else None
        row["compile lli/sj"] = c_lli / c_sj if c_sj and c_lli else None
        rs, rl = row["swiftjit rss KiB"], row["lli rss KiB"]
        row["rss sj/lli"] = rs / rl if rs and rl else None
        ts, tl = row["swiftjit trivial rss KiB"], row["lli trivial rss KiB"]
        row["trivial rss sj/lli"] = ts / tl if ts and tl else None
        rows.append(row)

    g = {k: geomean([r[k] for r in rows]) for k in [
        "instructions", "swiftjit compile s", "swiftjit compile ns/instr", "lli compile s",
        "lli compile ns/instr", "compile lli/sj", "inproc lli/sj", "swiftjit outside s", "outside lli/sj", "swiftjit inproc s", "swiftjit inproc parse s",
        "swiftjit inproc ns/instr", "swiftjit inproc after-parse ns/instr", "swiftjit s", "lli s", "clang -O2 s", "clang -O0 s",
        "clang backend s", "sj/O2", "sj/backend", "sj/lli", "swiftjit rss KiB", "lli rss KiB",
        "rss sj/lli", "swiftjit trivial rss KiB", "lli trivial rss KiB", "trivial rss sj/lli"]}
    g["O0/O2"] = geomean([r["clang -O0 s"] / r["clang -O2 s"] for r in rows
                          if r["clang -O0 s"] and r["clang -O2 s"]])
    g["backend/O2"] = geomean([r["clang backend s"] / r["clang -O2 s"] for r in rows
                               if r["clang backend s"] and r["clang -O2 s"]])
    g["lli/O2"] = geomean([r["lli s"] / r["clang -O2 s"] for r in rows if r["lli s"] and r["clang -O2 s"]])
    total_n = sum(r["instructions"] or 0 for r in rows)
    total_sj = sum(r["swiftjit compile s"] or 0 for r in rows)  # --time-passes totals when available
    total_lli = sum(r["lli compile s"] or 0 for r in rows)

    meta = {
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "load_start": load_start, "load_end": load_end, "runs": runs, "compile_runs": compile_runs,
        "quick": quick, "time_passes": time_passes,
        "cpu": cpu_description(),
        "ncpu": os.cpu_count(),
        "clang": tool_version(["clang-19", "--version"]),
        "lli": " ".join(tool_version(["lli-19", "--version"]).split()[:4]) if True else "",
        "swift": tool_version(["swift", "--version"]),
        "commit": subprocess.run(["git", "-C", a.root, "rev-parse", "--short", "HEAD"], capture_output=True,
                                 text=True).stdout.strip(),
        "dirty": bool(subprocess.run(["git", "-C", a.root, "status", "--porcelain", "Sources"],
                                     capture_output=True, text=True).stdout.strip()),
        "empty swiftjit s": best_empty["swiftjit"][0], "empty lli s": best_empty["lli"][0],
        "empty swiftjit inproc s": empty_inproc,
        "empty swiftjit rss KiB": best_empty["swiftjit"][1], "empty lli rss KiB": best_empty["lli"][1],
        "interp": {"program": INTERP_PROGRAM, "arg": INTERP_ARG,
                   "interpreter s": interp[0] if interp else None,
                   "swiftjit s": interp_jit[0] if interp_jit else None,
                   "clang -O2 s": interp_native[0] if interp_native else None},
        "total instructions": total_n, "total swiftjit compile s": total_sj, "total lli compile s": total_lli,
        "failures": failures,
    }
    json.dump({"meta": meta, "rows": rows, "geomean": g}, open(os.path.join(out, "results.json"), "w"),
              indent=1)

    report(a, meta, rows, g)


def report(a, meta, rows, g):
    out, quick, failures = a.out, meta["quick"], meta["failures"]
    md = render_markdown(meta, rows, g)
    open(os.path.join(out, "table.md"), "w").write(md.rstrip("\n") + "\n")
    write_svg(os.path.join(os.path.dirname(out), "chart.svg"), meta, rows, g)
    print(md)
    if os.environ.get("WRITE_MD", "1") == "1" and not quick:
        path = os.path.join(a.root, "BENCHMARKS.md")
        text = open(path).read()
        cut = text.find("\n## Backend\n")
        if cut >= 0:
            text = text[:cut + 1]
        open(path, "w").write(text.rstrip("\n") + "\n\n" + md.rstrip("\n") + "\n")
        print(f"== wrote the Backend section of {path}", file=sys.stderr)
    if failures:
        print(f"FAILED: {len(failures)} run(s) did not match the native output:", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        sys.exit(1)


def f_s(x, digits=3):
    return "—" if x is None else f"{x:.{digits}f}"


def f_us(x):
    return "—" if x is None else f"{x * 1e6:,.0f}"


def f_x(x, digits=2):
    return "—" if x is None else f"{x:.{digits}f}×"


def f_mib(kib):
    return "—" if kib is None else f"{kib / 1024:.1f}"


def verdict(ok):
    return "**met**" if ok else "**missed**"


def render_markdown(meta, rows, g):
    L = []
    w = L.append
    w("## Backend")
    w("")
    w("How fast `swiftjit run` compiles LLVM IR, and how fast the code it generates runs, against "
      "`lli-19` and clang-19 (issue 5's benchmark requirement). Programs: "
      "`Benchmarks/backend/programs/*.c`; script: `Benchmarks/backend/run.sh` (measurement and report: "
      "`Benchmarks/backend/bench.py`).")
    w("")
    w("```sh")
    w("bash Benchmarks/backend/run.sh          # from the repository root; RUNS=5 for best of 5")
    w("```")
    w("")
    w("The script installs `llvm-19` and `clang-19` if missing, builds swiftjit "
      "(`swift build -c release --static-swift-stdlib --product swiftjit`: the Swift runtime linked "
      "statically, as a command-line tool ships, which halves its start-up; also linked as a position-dependent "
      "executable, `-no-pie`, which takes another 1.2 ms off: see run.sh), and for each program makes the IR with "
      "`clang-19 -S -emit-llvm -O2` (clang's default pipeline, loop and SLP vectorizers included; falling back to the toolchain's "
      "clang 21 only if swiftjit cannot load clang-19's IR), native binaries with `clang-19 -O2` and "
      "`clang-19 -O0`, and a binary from clang's backend alone on the very same `.ll` "
      "(`clang-19 -O2 -Xclang -disable-llvm-optzns x.ll`: the fair reference for a backend, since "
      "the IR is already optimized by clang; swiftjit runs its own -O2 passes on it, which find little "
      "left to do). So all four runners get the loops clang vectorized (matmul's, nbody's, ...): "
      "swiftjit computes on 16-byte vectors whole with SSE2 and runs what SSE2 cannot do in one step "
      "element by element. Each runner's output is compared with the native -O2 "
      "output, and any difference fails the script. Run times are the best of "
      f"{meta['runs']} interleaved runs of the whole process (wall clock, so the JITs' times include "
      "their start-up, parsing and compiling, a few ms); peak RSS is the child's maximum resident set "
      "as GNU time reports it (time runs as the child's parent: the rusage of a child spawned "
      "directly from Python would include Python's own peak, about 16 MiB, which earlier runs of "
      "this benchmark did count).")
    w("")
    w("**Compile time** of lli (and, as a cross-check, of swiftjit) is measured from outside, in "
      f"{meta['compile_runs']} rounds that each run every program with a trivial input (argument "
      "`0`, `1` for fannkuch: main returns at once) right after an empty module "
      "(`int main(void) { return 0; }`): the median over the rounds of the program's run minus "
      "the empty run before it "
      "(paired, so that the machine's drift in load cancels; the minima of two separate series "
      "moved lli's figures by up to 2x between runs of this script). It covers parsing the text, verifying, compiling and loading (including allocating "
      "the module's globals), but not process start-up. Empty module (best run): swiftjit "
      f"{meta['empty swiftjit s'] * 1e3:.1f} ms, lli-19 {meta['empty lli s'] * 1e3:.1f} ms. "
      "IR instructions are those of the defined functions, as `swiftjit verify` counts them. "
      + ("" if meta["time_passes"] else "(`swiftjit run` had no `--time-passes` in this build.)"))
    w("")
    w(f"**Machine**: {meta['cpu']}, {meta['ncpu']} vCPUs, shared with other builds; 1-minute load "
      f"average {meta['load_start']:.2f} when measuring started and {meta['load_end']:.2f} when it "
      f"ended. **Tools**: {meta['clang']}; {meta['lli']}; {meta['swift']}. swiftjit at commit "
      f"`{meta['commit']}`{' (with uncommitted changes in Sources/)' if meta['dirty'] else ''}, "
      f"run of {meta['date']}{' (QUICK inputs: not representative)' if meta['quick'] else ''}.")
    w("")
    w("![run time relative to clang -O2, and compile time per IR instruction](Benchmarks/backend/chart.svg)")
    w("")
    w("### Compile time")
    w("")
    empty_in = meta.get("empty swiftjit inproc s")
    w("swiftjit: its own `--time-passes` total (parse, verify, vector scalarization, passes, data layout, "
      "block layout and instruction selection, register allocation, lowering and encoding, branch relaxation, loading code and data, and whatever ran between "
      "them, so that it is the pipeline's wall time) minus the same total for an empty module "
      "run just before it, median over the same rounds as lli's (each round runs both tools, so that "
      "the machine's load drifts alike for both)"
      + (f" ({empty_in * 1e6:,.0f} µs: the first use of each part of the compiler in a fresh process)"
         if empty_in else "")
      + ", so that both tools are charged the same way: what the program's code costs beyond an empty "
      "module's"
      + ("" if meta["time_passes"] else " (not in this build: measured from outside instead)")
      + "; lli: measured from outside (trivial run minus empty module). \"swiftjit in-process µs\" is "
      "the fastest run's total, before that subtraction. The last columns give swiftjit "
      "measured from outside the same way as lli (unreliable at this size: a sub-millisecond difference of two ~10 ms processes, so it is not used for the target), and the "
      "parse share of the `--time-passes` total.")
    w("")
    w("| program | IR from | IR instr | swiftjit µs | swiftjit ns/instr | lli µs | lli ns/instr | lli / swiftjit | swiftjit in-process µs (lli / that) | swiftjit outside µs (lli / that) | parse µs (ns/instr after parse) |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        w(f"| {r['name']} | {r['ir']} | {r['instructions'] or '—'} | "
          f"{f_us(r['swiftjit compile s'])} | {f_s(r['swiftjit compile ns/instr'], 0)} | "
          f"{f_us(r['lli compile s'])} | {f_s(r['lli compile ns/instr'], 0)} | {f_x(r['compile lli/sj'], 1)} | "
          f"{f_us(r['swiftjit inproc s'])} ({f_x(r.get('inproc lli/sj'), 1)}) | "
          f"{f_us(r['swiftjit outside s'])} ({f_x(r['outside lli/sj'], 1)}) | "
          f"{f_us(r['swiftjit inproc parse s'])} ({f_s(r['swiftjit inproc after-parse ns/instr'], 0)}) |")
    w(f"| **geometric mean** | | {g['instructions']:.0f} | {f_us(g['swiftjit compile s'])} | "
      f"{f_s(g['swiftjit compile ns/instr'], 0)} | {f_us(g['lli compile s'])} | "
      f"{f_s(g['lli compile ns/instr'], 0)} | **{f_x(g['compile lli/sj'], 1)}** | "
      f"{f_us(g['swiftjit inproc s'])} ({f_x(g.get('inproc lli/sj'), 1)}) | "
      f"{f_us(g['swiftjit outside s'])} ({f_x(g['outside lli/sj'], 1)}) | "
      f"{f_us(g['swiftjit inproc parse s'])} ({f_s(g['swiftjit inproc after-parse ns/instr'], 0)}) |")
    tn, ts, tl = meta["total instructions"], meta["total swiftjit compile s"], meta["total lli compile s"]
    if tn and ts and tl:
        w(f"| **all programs** | | {tn} | {f_us(ts)} | {ts * 1e9 / tn:.0f} | {f_us(tl)} | "
          f"{tl * 1e9 / tn:.0f} | {f_x(tl / ts, 1)} | | | |")
    w("")
    w("### Run time and memory")
    w("")
    w("Seconds, best of the runs; ratios are swiftjit's time over the other's (lower is better). "
      "RSS in MiB at the full input; \"RSS at trivial input\" is the JIT's own footprint (compiler, "
      "runtime, code) with the program's data left out.")
    w("")
    w("| program | input | swiftjit | lli | clang -O2 | clang -O0 | clang backend | swiftjit / -O2 | swiftjit / backend | swiftjit / lli | RSS swiftjit | RSS lli | RSS at trivial input swiftjit / lli |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        w(f"| {r['name']} | {r['arg']} | {f_s(r['swiftjit s'])} | {f_s(r['lli s'])} | {f_s(r['clang -O2 s'])} | "
          f"{f_s(r['clang -O0 s'])} | {f_s(r['clang backend s'])} | {f_x(r['sj/O2'])} | {f_x(r['sj/backend'])} | "
          f"{f_x(r['sj/lli'])} | {f_mib(r['swiftjit rss KiB'])} | {f_mib(r['lli rss KiB'])} | "
          f"{f_mib(r['swiftjit trivial rss KiB'])} / {f_mib(r['lli trivial rss KiB'])} |")
    w(f"| **geometric mean** | | {f_s(g['swiftjit s'])} | {f_s(g['lli s'])} | {f_s(g['clang -O2 s'])} | "
      f"{f_s(g['clang -O0 s'])} | {f_s(g['clang backend s'])} | **{f_x(g['sj/O2'])}** | "
      f"**{f_x(g['sj/backend'])}** | {f_x(g['sj/lli'])} | {f_mib(g['swiftjit rss KiB'])} | "
      f"{f_mib(g['lli rss KiB'])} | {f_mib(g['swiftjit trivial rss KiB'])} / {f_mib(g['lli trivial rss KiB'])} |")
    w("")
    w(f"For scale: clang -O0 / clang -O2 = {f_x(g['O0/O2'])}, clang backend-only / clang -O2 = "
      f"{f_x(g['backend/O2'])}, lli / clang -O2 = {f_x(g['lli/O2'])} (geometric means). "
      f"Interpreter: `swiftjit run --interpret` on {meta['interp']['program']} "
      f"{meta['interp']['arg']} took {f_s(meta['interp']['interpreter s'])} s against "
      f"{f_s(meta['interp']['swiftjit s'])} s compiled and {f_s(meta['interp']['clang -O2 s'])} s native.")
    w("")
    w("### Targets (issue 5)")
    w("")
    comp = g["compile lli/sj"]
    run = g["sj/O2"]
    mem = g["rss sj/lli"]
    mem_t = g["trivial rss sj/lli"]
    worst_mem = max((r["rss sj/lli"] for r in rows if r["rss sj/lli"]), default=None)
    w("| target | measured | |")
    w("|---|---|---|")
    w(f"| compile ≥ 50× faster than lli per IR instruction | {f_x(comp, 1)} (geometric mean; "
      f"{f_x(tl / ts, 1) if ts and tl else '—'} over all programs together) | "
      f"{verdict(comp is not None and comp >= 50)} |")
    w(f"| run time ≤ 1.10× clang -O2 (geometric mean) | {f_x(run, 3)} (against clang's backend alone: "
      f"{f_x(g['sj/backend'])}) | {verdict(run is not None and run <= 1.10)} |")
    w(f"| peak memory < ¼ of lli's | {f_x(mem)} of lli's at the full inputs (worst {f_x(worst_mem)}); "
      f"{f_x(mem_t)} at trivial inputs | {verdict(mem is not None and mem < 0.25)} |")
    w("")
    w("**Findings.** " + findings(meta, rows, g))
    w("")
    if meta["failures"]:
        w("**Failures** (runs whose output differed from native clang -O2, or that did not exit 0):")
        w("")
        for f in meta["failures"]:
            w(f"- `{f}`")
        w("")
    return "\n".join(L)


def findings(meta, rows, g):
    s = []
    run = g["sj/O2"]
    if run is not None:
        worst = max((r for r in rows if r["sj/O2"]), key=lambda r: r["sj/O2"])
        best = min((r for r in rows if r["sj/O2"]), key=lambda r: r["sj/O2"])
        s.append(f"The backend (linear-scan register allocation, folding instruction selection, -O2 "
                 f"passes, SSE2 for clang's 16-byte vectors) {'misses' if run > 1.10 else 'meets'} the run-time target: its code takes "
                 f"{run:.3f}× clang -O2's time (geometric mean; from {best['sj/O2']:.2f}× on "
                 f"{best['name']} to {worst['sj/O2']:.2f}× on {worst['name']}), about "
                 f"{g['sj/backend']:.2f}× clang's backend on the same IR, and "
                 f"{g['clang -O0 s'] and g['swiftjit s'] / g['clang -O0 s']:.2f}× clang -O0's time. The largest gap "
                 f"is {worst['name']}; against clang's backend alone on "
                 f"the same IR it is {worst['sj/backend']:.2f}×.")
    comp = g["compile lli/sj"]
    if comp is not None:
        s.append(f"Compiling is {comp:.0f}× faster than lli per IR instruction (geometric mean; "
                 f"{g['swiftjit compile ns/instr']:.0f} against {g['lli compile ns/instr']:.0f} ns "
                 f"per instruction), {'above' if comp >= 50 else 'below'} the 50× target.")
        if g["swiftjit inproc s"] and g["swiftjit inproc parse s"]:
            s.append(f"Parsing the IR text is {g['swiftjit inproc parse s'] / g['swiftjit inproc s'] * 100:.0f}% "
                     f"of swiftjit's total (geometric means); after parsing it spends "
                     f"{g['swiftjit inproc after-parse ns/instr']:.0f} ns per instruction. Before "
                     f"the empty module's total is taken off, the in-process totals are "
                     f"{g.get('inproc lli/sj') or 0:.1f}× faster than lli's (geometric mean): a fresh "
                     f"process pays about {(meta.get('empty swiftjit inproc s') or 0) * 1e6:.0f} µs the "
                     f"first time it uses each part of the compiler.")
    mem = g["rss sj/lli"]
    if mem is not None:
        s.append(f"Peak RSS is {mem:.2f}× lli's at the full inputs and {g['trivial rss sj/lli']:.2f}× at "
                 f"trivial inputs (swiftjit {g['swiftjit trivial rss KiB'] / 1024:.1f} MiB, lli "
                 f"{g['lli trivial rss KiB'] / 1024:.1f} MiB, geometric means); the programs' own data "
                 f"(up to 36 MiB for hashtable) is the same in both and pulls the full-input ratio towards 1.")
    s.append("The compile times measured from outside include loading the module's data: hashtable's "
             "36 MiB of zero-initialised globals cost lli about 20 ms of zero-filling, which inflates its "
             "per-instruction figure there; the geometric mean keeps that one program from dominating.")
    irs = sorted({r["ir"] for r in rows})
    s.append("swiftjit loaded clang-19's IR for every program." if irs == ["clang-19"] else
             "IR sources used: " + ", ".join(f"{r['name']}: {r['ir']}" for r in rows) + ".")
    if meta["failures"]:
        s.append(f"{len(meta['failures'])} run(s) failed or printed a different checksum: see below.")
    else:
        s.append("Every run printed the same checksum as the native -O2 binary.")
    return " ".join(s)


def write_svg(path, meta, rows, g):
    """Two panels, hand-written SVG: run time relative to clang -O2 (log scale) and compile ns/instr."""
    W, H = 980, 760
    left, right = 70, 20
    series = [("swiftjit", "#d62728"), ("lli", "#1f77b4"), ("clang -O0", "#ff7f0e"),
              ("clang backend", "#2ca02c")]
    names = [r["name"] for r in rows] + ["geomean"]

    def ratio(r, k):
        return r[k + " s"] / r["clang -O2 s"] if r.get(k + " s") and r.get("clang -O2 s") else None

    data1 = [[ratio(r, k) for k, _ in series] for r in rows]
    data1.append([geomean([d[i] for d in data1]) for i in range(len(series))])
    e = []
    esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def panel(top, height, title, data, cols, lo, hi, ticks, fmt, ref=None):
        plot_w = W - left - right
        e.append(f'<text x="{W / 2}" y="{top - 12}" text-anchor="middle" font-size="15" font-weight="bold">{esc(title)}</text>')
        y = lambda v: top + height - (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) * height
        for t in ticks:
            yy = y(t)
            e.append(f'<line x1="{left}" y1="{yy:.1f}" x2="{W - right}" y2="{yy:.1f}" stroke="#ddd"/>')
            e.append(f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end" font-size="11">{fmt(t)}</text>')
        gw = plot_w / len(names)
        bw = gw * 0.8 / len(cols)
        for gi, nm in enumerate(names):
            x0 = left + gi * gw + gw * 0.1
            for si, (label, color) in enumerate(cols):
                v = data[gi][si]
                if v is None:
                    continue
                vv = min(max(v, lo), hi)
                yy = y(vv)
                e.append(f'<rect x="{x0 + si * bw:.1f}" y="{yy:.1f}" width="{bw - 1:.1f}" height="{top + height - yy:.1f}" fill="{color}"><title>{esc(nm)} {esc(label)}: {v:.3g}</title></rect>')
            weight = "bold" if nm == "geomean" else "normal"
            e.append(f'<text x="{left + gi * gw + gw / 2:.1f}" y="{top + height + 16}" text-anchor="middle" font-size="12" font-weight="{weight}">{esc(nm)}</text>')
        e.append(f'<line x1="{left}" y1="{top + height}" x2="{W - right}" y2="{top + height}" stroke="#000"/>')
        if ref:
            yy = y(ref[0])
            e.append(f'<line x1="{left}" y1="{yy:.1f}" x2="{W - right}" y2="{yy:.1f}" stroke="#000" stroke-dasharray="5,4"/>')
            e.append(f'<text x="{left + 4}" y="{yy - 6:.1f}" font-size="11" stroke="#fff" stroke-width="3" paint-order="stroke">{esc(ref[1])}</text>')
        lx = left
        for label, color in cols:
            e.append(f'<rect x="{lx}" y="{top + height + 28}" width="12" height="12" fill="{color}"/>')
            e.append(f'<text x="{lx + 16}" y="{top + height + 38}" font-size="12">{esc(label)}</text>')
            lx += 24 + 7.5 * len(label) + 20

    vals1 = [v for d in data1 for v in d if v and v > 0]
    hi1 = next(t for t in [2, 5, 10, 20, 50, 100, 200, 500, 1000, 1e4] if t >= max(vals1 + [1.5]) * 1.05)
    ticks1 = [t for t in [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] if 0.5 <= t <= hi1]
    panel(40, 300, "Run time relative to clang -O2 (log scale, lower is better)", data1, series, 0.5,
          hi1, ticks1, lambda t: f"{t:g}×", ref=(1.10, "target 1.10×"))

    cols2 = [("swiftjit", "#d62728"), ("lli", "#1f77b4")]
    data2 = [[r["swiftjit compile ns/instr"], r["lli compile ns/instr"]] for r in rows]
    data2.append([geomean([d[0] for d in data2]), geomean([d[1] for d in data2])])
    vals2 = [v for d in data2 for v in d if v and v > 0]
    lo2 = 10 ** math.floor(math.log10(min(vals2 + [1e4]) * 0.9))
    hi2 = 10 ** math.ceil(math.log10(max(vals2 + [1000]) * 1.1))
    ticks2 = [10 ** k for k in range(int(math.log10(lo2)), int(math.log10(hi2)) + 1)]
    panel(450, 230, "Compile time per IR instruction, ns (log scale, lower is better)", data2, cols2,
          lo2, hi2, ticks2, lambda t: f"{t:,.0f}")

    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif">',
           f'<rect width="{W}" height="{H}" fill="#fff"/>'] + e + [
        f'<text x="{W - right}" y="{H - 8}" text-anchor="end" font-size="10" fill="#666">Benchmarks/backend/run.sh, {esc(meta["date"])}, load {meta["load_start"]:.2f}</text>',
        "</svg>"]
    open(path, "w").write("\n".join(svg) + "\n")


if __name__ == "__main__":
    main()
