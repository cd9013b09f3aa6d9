#!/usr/bin/env bash
# Compile cost in instructions executed, for profiling work on the compiler: callgrind counts the
# instructions `swiftjit run` executes, which do not depend on what else the machine is doing
# (wall time on a shared 2-core machine moves by tens of percent between runs).
#
#   bash Benchmarks/backend/instructions.sh [swiftjit binary]   # from the repository root
#
# For each program, on clang-19's -O2 IR: "warm" is the instructions of one compile in a process
# that already compiled it (--repeat 6 minus --repeat 1, divided by 5), "beyond empty" is a
# fresh process's count minus an empty module's. Both include parsing, verifying, the -O2 passes,
# code generation and loading, not running the program (trivial inputs). Needs valgrind
# (installed if missing) and clang-19 (as run.sh installs it). The binary defaults to the
# benchmark's release build (built by run.sh). valgrind 3.19 cannot read the DWARF 5 debug
# information of Swift 6 binaries, so a copy stripped of it is measured.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/out"
BIN="${1:-$ROOT/.build-static/release/swiftjit}"
[ -x "$BIN" ] || { echo "error: $BIN not built (run Benchmarks/backend/run.sh, or pass a swiftjit binary)" >&2; exit 1; }
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
mkdir -p "$OUT"
STRIPPED="$OUT/swiftjit-stripped"
objcopy --strip-debug "$BIN" "$STRIPPED"
[ -f "$OUT/empty.ll" ] || { printf 'int main(void) { return 0; }\n' > "$OUT/empty.c"; clang-19 -S -emit-llvm -O2 -o "$OUT/empty.ll" "$OUT/empty.c"; }

count() {  # instructions of `swiftjit run ARGS...`
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$STRIPPED" run "$@" 2>&1 >/dev/null \
        | awk '/Collected/ { gsub(",", "", $4); print $4 }'
}

empty1=$(count --repeat 1 "$OUT/empty.ll")
empty6=$(count --repeat 6 "$OUT/empty.ll")
printf '%-13s %6s %12s %10s %14s %10s\n' program instr warm per-instr beyond-empty per-instr
printf '%-13s %6s %12d %10s %14s %10s\n' empty - $(( (empty6 - empty1) / 5 )) - - -
for src in "$HERE"/programs/*.c; do
    name="$(basename "$src" .c)"
    [ -f "$OUT/$name.ll" ] || clang-19 -S -emit-llvm -O2 -o "$OUT/$name.ll" "$src"
    arg=0; [ "$name" = fannkuch ] && arg=1
    n=$("$STRIPPED" verify "$OUT/$name.ll" | sed -n 's/.* \([0-9]*\) instructions.*/\1/p')
    one=$(count --repeat 1 "$OUT/$name.ll" $arg)
    six=$(count --repeat 6 "$OUT/$name.ll" $arg)
    warm=$(( (six - one) / 5 )); beyond=$(( one - empty1 ))
    printf '%-13s %6d %12d %10d %14d %10d\n' "$name" "$n" "$warm" $(( warm / n )) "$beyond" $(( beyond / n ))
done

# The fixed cost of a function, which the programs above (most of them a single function once
# clang has inlined) hardly show: a module of 50 functions of two instructions each, called in a
# chain from main; the last figure of its line is its cost beyond an empty module (whose main it
# also has) per function.
FUNCS="$OUT/functions50.ll"
{
    for i in $(seq 0 49); do printf 'define internal i32 @f%d(i32 %%0) {\n  %%2 = add i32 %%0, %d\n  ret i32 %%2\n}\n\n' "$i" "$i"; done
    printf 'define i32 @main() {\n'
    prev=0
    for i in $(seq 0 49); do printf '  %%v%d = call i32 @f%d(i32 %s)\n' "$i" "$i" "$prev"; prev="%v$i"; done
    printf '  ret i32 0\n}\n'
} > "$FUNCS"
n=$("$STRIPPED" verify "$FUNCS" | sed -n 's/.* \([0-9]*\) instructions.*/\1/p')
one=$(count --repeat 1 "$FUNCS")
six=$(count --repeat 6 "$FUNCS")
warm=$(( (six - one) / 5 )); beyond=$(( one - empty1 ))
printf '%-13s %6d %12d %10d %14d %10d   (%d per function beyond empty)\n' "50 functions" "$n" "$warm" $(( warm / n )) \
    "$beyond" $(( beyond / n )) $(( beyond / 50 ))
