#!/usr/bin/env bash
# Compiles primes.c (or the C file given) to LLVM IR with the Swift toolchain's clang and runs the
# IR with swiftjit: once plainly, once with --print-asm (the machine code of each function, in
# objdump's layout) and once with --time-passes (time per compiler phase, on standard error).
#
#   bash Examples/CThroughClang/run.sh                 # builds swiftjit (release) if needed
#   SWIFTJIT=.build/debug/swiftjit bash Examples/CThroughClang/run.sh
#   bash Examples/CThroughClang/run.sh other.c 42      # another C file and its arguments
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

source=${1:-$here/primes.c}
shift || true
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(1000000)

if [ -z "${SWIFTJIT:-}" ]; then
    swift build -c release --package-path "$root" --product swiftjit >&2
    SWIFTJIT="$(swift build -c release --package-path "$root" --show-bin-path)/swiftjit"
fi
command -v clang >/dev/null || { echo "error: clang is not on PATH (it comes with the Swift toolchain)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=$(basename "$source" .c)
ll="$work/$name.ll"

# -O1: clang's optimized IR, which swiftjit compiles as it is (it runs no IR passes itself).
echo "\$ clang -S -emit-llvm -O1 $name.c -o $name.ll"
clang -S -emit-llvm -O1 "$source" -o "$ll"
echo "($(grep -c '^define' "$ll") functions, $(wc -l < "$ll") lines of IR)"
echo
echo "\$ swiftjit run $name.ll ${args[*]}"
"$SWIFTJIT" run "$ll" "${args[@]}"
echo
echo "\$ swiftjit run --print-asm $name.ll 30 | head -12"
"$SWIFTJIT" run --print-asm "$ll" 30 > "$work/asm.txt"
head -12 "$work/asm.txt"
echo
echo "\$ swiftjit run --time-passes $name.ll 30 2>&1 >/dev/null"
"$SWIFTJIT" run --time-passes "$ll" 30 2>&1 >/dev/null
