#!/usr/bin/env bash
# Backend benchmark: swiftjit's code generator against lli-19 and clang-19 (-O2, -O0, and clang's
# backend alone on the same IR) on the compute programs in Benchmarks/backend/programs.
#
#   bash Benchmarks/backend/run.sh            # from the repository root (or anywhere)
#
# Environment:
#   RUNS=N            timed runs per (program, runner); the best is kept (default 3)
#   COMPILE_RUNS=N    rounds of the trivial-input compile measurement (default 30)
#   QUICK=1           small inputs, for checking the script itself (numbers meaningless)
#   LOAD_MAX=X        wait until the 1-minute load average is below X before measuring (default 1.0)
#   LOAD_WAIT=S       wait at most S seconds for that (default 600), then measure anyway
#   WRITE_MD=0        do not rewrite the "Backend" section of BENCHMARKS.md
#   SWIFTJIT_SCRATCH  SwiftPM scratch path for the release build (default .build-static)
#
# It fails if a tool is missing, a program does not build, or any run's output differs from the
# native clang -O2 output.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/out"
cd "$ROOT"
mkdir -p "$OUT"

# --- tools -----------------------------------------------------------------------------------
if ! command -v clang-19 >/dev/null || ! command -v lli-19 >/dev/null; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq llvm-19 clang-19 >/dev/null
fi
command -v /usr/bin/time >/dev/null || true

# --- swiftjit, release -----------------------------------------------------------------------
# With the Swift runtime linked statically (--static-swift-stdlib), as a command-line tool would
# ship: the process starts in about 5 ms instead of 9 (no dynamic symbol resolution of
# libswiftCore and Foundation), which is part of every run time measured here. Its own scratch
# path, so that it does not fight with the default release build.
# -disable-concrete-type-metadata-mangled-name-accessors: code that needs the metadata of a
# generic type (Array<InstructionData>, Dictionary<String, Int>, ...) calls an accessor function
# instead of handing a mangled type name to the runtime, which demangles it at the first use of
# every such site: a first compile in a fresh process takes about 10% less, and start-up about
# 0.4 ms less, for a slightly larger binary.
# -no-pie: linked at a fixed address, so the loader has no relative relocations to apply (40,000
# in a PIE build, one in every few words of the binary's metadata and witness tables: writing
# them copied about 180 pages at every start). Start-up 1.2 ms shorter (page faults of an empty
# run 424 -> 242). The pages of data that compiling a program touches beyond an empty module are
# then faulted in during the timed compile instead of by the loader beforehand: about 9% more on
# the compile figure per IR instruction, for a whole run 0.6-0.9 ms faster (BENCHMARKS.md,
# "Start-up"). The driver runs whatever code its input says, so a randomised base address of
# the driver itself protects nothing; a program that embeds the library is linked its own way.
SCRATCH="${SWIFTJIT_SCRATCH:-.build-static}"
BUILD=(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH"
       -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
       -Xswiftc -Xclang-linker -Xswiftc -no-pie)
echo "== building swiftjit (release, static Swift runtime, scratch path $SCRATCH)" >&2
"${BUILD[@]}" --product swiftjit >&2
SWIFTJIT="$("${BUILD[@]}" --show-bin-path)/swiftjit"
[ -x "$SWIFTJIT" ] || { echo "error: $SWIFTJIT not built" >&2; exit 1; }

# --- IR and native binaries ------------------------------------------------------------------
# clang's default -O2 pipeline, vectorizers included: the IR the native -O2 binary is built from.
IRFLAGS=(-S -emit-llvm -O2)
TOOLCHAIN_CLANG="$(dirname "$(command -v swift)")/clang"
printf 'int main(void) { return 0; }\n' > "$OUT/empty.c"
clang-19 "${IRFLAGS[@]}" -o "$OUT/empty.ll" "$OUT/empty.c"

for src in "$HERE"/programs/*.c; do
    name="$(basename "$src" .c)"
    echo "== $name: IR and native builds" >&2
    clang-19 "${IRFLAGS[@]}" -o "$OUT/$name.ll" "$src"
    echo clang-19 > "$OUT/$name.irsource"
    if ! "$SWIFTJIT" verify "$OUT/$name.ll" > "$OUT/$name.verify" 2>&1; then
        echo "warning: swiftjit cannot load clang-19's IR for $name; using $TOOLCHAIN_CLANG" >&2
        sed 's/^/    /' "$OUT/$name.verify" >&2
        "$TOOLCHAIN_CLANG" "${IRFLAGS[@]}" -o "$OUT/$name.ll" "$src"
        echo clang-21 > "$OUT/$name.irsource"
        "$SWIFTJIT" verify "$OUT/$name.ll" > "$OUT/$name.verify" 2>&1 || true
    fi
    clang-19 -O2 -o "$OUT/$name.O2" "$src" -lm
    clang-19 -O0 -o "$OUT/$name.O0" "$src" -lm
    # clang's backend alone (no IR passes) on exactly the IR swiftjit gets.
    clang-19 -O2 -Xclang -disable-llvm-optzns -o "$OUT/$name.backend" "$OUT/$name.ll" -lm
done

# --- measure and report ----------------------------------------------------------------------
exec python3 "$HERE/bench.py" --swiftjit "$SWIFTJIT" --out "$OUT" --root "$ROOT"
