#!/usr/bin/env bash
# Regenerate the C test corpus artifacts in Tests/Corpus from the .c sources.
#
# Toolchain: the `clang` on PATH, expected to be clang 21 (the Swift toolchain's
# /opt/swift/usr/bin/clang, "clang version 21.0.0", target x86_64-unknown-linux-gnu).
# A different major version prints different IR; the script warns but continues.
#
# For every Tests/Corpus/NAME.c it writes
#   NAME.O0.ll, NAME.O1.ll, NAME.O2.ll
#       clang -O<n> -S -emit-llvm -g0 -fno-vectorize -fno-slp-vectorize NAME.c -o NAME.O<n>.ll
#       (the order matters: an -O<n> after -fno-vectorize turns the vectorizers back on)
#       (clang's exact defaults otherwise: -O0 IR keeps `optnone`/`noinline`, value
#       names are discarded (%0, %1, ...), no -fno-discard-value-names, no target flags).
#       Run from inside Tests/Corpus with the bare file name, so `ModuleID` and
#       `source_filename` are just "NAME.c" and the files do not depend on the checkout path.
#   NAME.O2v.ll
#       clang -O2 -S -emit-llvm -g0 NAME.c: clang's default -O2, with the loop and SLP
#       vectorizers, written only when it has vector instructions (`<N x T>` values), so that
#       vectorized code is tested where clang makes it.
#   NAME.expected
#       the exact stdout of the native program built with `clang -O0 NAME.c -lm`,
#       followed by one last line `exit: N` with its exit status.
#       The program is also built with -O2 and with -fsanitize=undefined,address;
#       any difference in output (or a sanitizer report) means the program has UB
#       or is non-deterministic, and the script fails.
#
# Usage: Utilities/corpus/regenerate.sh [NAME ...]    (default: every .c file)
# Then:  Utilities/corpus/check.sh                    (llvm-as / lli validation)
#        python3 Utilities/corpus/census.py           (rewrites Tests/Corpus/CENSUS.md)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CORPUS="$ROOT/Tests/Corpus"
CLANG="${CLANG:-clang}"
IRFLAGS=(-S -emit-llvm -g0 -fno-vectorize -fno-slp-vectorize)
SAN="${CORPUS_SANITIZE:-1}"

if ! "$CLANG" --version | grep -q 'clang version 21\.'; then
    echo "warning: $CLANG is not clang 21: $("$CLANG" --version | head -1)" >&2
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

cd "$CORPUS"
if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in *.c; do names+=("${f%.c}"); done; fi

fail=0
for n in "${names[@]}"; do
    src="$n.c"
    [ -f "$src" ] || { echo "missing $src" >&2; fail=1; continue; }
    for o in 0 1 2; do
        # -O must come first: clang lets the last of -O<n> / -f[no-]vectorize decide.
        "$CLANG" -O$o "${IRFLAGS[@]}" "$src" -o "$n.O$o.ll"
    done
    "$CLANG" -O2 -S -emit-llvm -g0 "$src" -o "$TMP/$n.O2v.ll"
    if grep -qE '^  .*<[0-9]+ x ' "$TMP/$n.O2v.ll"; then cp "$TMP/$n.O2v.ll" "$n.O2v.ll"; else rm -f "$n.O2v.ll"; fi
    "$CLANG" -O0 "$src" -lm -o "$TMP/$n.O0"
    "$CLANG" -O2 "$src" -lm -o "$TMP/$n.O2"
    set +e
    (cd "$TMP" && "./$n.O0" > "$TMP/$n.out0"); rc0=$?
    (cd "$TMP" && "./$n.O2" > "$TMP/$n.out2"); rc2=$?
    set -e
    { cat "$TMP/$n.out0"; echo "exit: $rc0"; } > "$n.expected"
    { cat "$TMP/$n.out2"; echo "exit: $rc2"; } > "$TMP/$n.expected2"
    if ! cmp -s "$n.expected" "$TMP/$n.expected2"; then
        echo "FAIL $n: -O0 and -O2 native outputs differ (UB or non-determinism)" >&2
        diff "$n.expected" "$TMP/$n.expected2" | head -10 >&2 || true
        fail=1
    fi
    if [ "$SAN" = 1 ]; then
        "$CLANG" -O1 -fsanitize=undefined,address -fno-sanitize-recover=all "$src" -lm -o "$TMP/$n.san" 2>/dev/null
        set +e
        (cd "$TMP" && "./$n.san" > "$TMP/$n.outs" 2> "$TMP/$n.errs"); rcs=$?
        set -e
        { cat "$TMP/$n.outs"; echo "exit: $rcs"; } > "$TMP/$n.expecteds"
        if ! cmp -s "$n.expected" "$TMP/$n.expecteds" || [ -s "$TMP/$n.errs" ]; then
            echo "FAIL $n: sanitizer build differs or reported:" >&2
            head -5 "$TMP/$n.errs" >&2
            fail=1
        fi
    fi
    echo "ok $n (exit $rc0, $(wc -l < "$n.expected") lines)"
done
exit $fail
