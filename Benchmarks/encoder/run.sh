#!/usr/bin/env bash
# Encoder benchmark: SwiftJIT against asmjit and xbyak on the same 16-instruction mix.
#
#   bash Benchmarks/encoder/run.sh            # from the repository root (or from anywhere)
#
# Installs libasmjit-dev and libxbyak-dev when they are missing, builds the three programs, runs
# each RUNS times (default 3, interleaved so that machine noise hits all three alike), and prints a
# Markdown table of the median of the per-process best times, plus SwiftJIT's ratio to each peer.
# Every program checks its own output (first block against GNU as, size, FNV-1a 64 hash) and this
# script checks that all hashes are the expected one; any failure exits non-zero.
#
# Environment:
#   RUNS=N              processes per encoder (default 3)
#   ENCODERS="..."      subset of "swiftjit asmjit xbyak" to build and run (default all three)
#   ALLOCS=1            also count heap allocations per iteration under valgrind (slow)
#   SWIFT=/path/swift   the swift driver (default: swift on PATH, else /opt/swift/usr/bin/swift)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
benchmarks="$(dirname "$here")"
out="$here/out"
runs="${RUNS:-3}"
encoders="${ENCODERS:-swiftjit asmjit xbyak}"
expected_hash=9b031e757c7f106d
mkdir -p "$out"

has() { [[ " $encoders " == *" $1 "* ]]; }
log() { echo "run.sh: $*" >&2; }

# MARK: - Dependencies

missing=()
for pkg in g++ libasmjit-dev libxbyak-dev; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [[ "${ALLOCS:-0}" == 1 ]] && ! command -v valgrind >/dev/null; then missing+=(valgrind); fi
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) == 0 ]] || sudo=sudo
    log "installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# MARK: - Build

cxx=(g++ -O2 -std=c++17 -Wall -Wextra)
if has asmjit; then
    log "building asmjit_bench"
    # Debian ships asmjit as a static library; its CMake config adds -DASMJIT_STATIC.
    "${cxx[@]}" -DASMJIT_STATIC -o "$out/asmjit_bench" "$here/asmjit_bench.cpp" -lasmjit -lpthread -lrt
fi
if has xbyak; then
    log "building xbyak_bench"
    "${cxx[@]}" -o "$out/xbyak_bench" "$here/xbyak_bench.cpp"
fi
if has swiftjit; then
    swift="${SWIFT:-$(command -v swift || echo /opt/swift/usr/bin/swift)}"
    log "building encoder-bench (swift build -c release)"
    # Benchmarks/.build is this package's own scratch path, apart from the main package's .build.
    "$swift" build -c release --package-path "$benchmarks" --product encoder-bench >&2
    cp "$("$swift" build -c release --package-path "$benchmarks" --show-bin-path)/encoder-bench" \
        "$out/encoder-bench"
fi

# MARK: - Run

declare -A program=([swiftjit]="$out/encoder-bench" [asmjit]="$out/asmjit_bench" [xbyak]="$out/xbyak_bench")
declare -A results
for ((run = 1; run <= runs; run++)); do
    for e in $encoders; do
        line="$("${program[$e]}")" || { log "$e failed"; exit 1; }
        log "$line"
        results[$e]+="$line"$'\n'
    done
done

# field LINE KEY: the value of KEY=... in a result line.
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
# median LINES: the line of the median process by best time (the lower middle for an even count).
median() {
    while read -r l; do echo "$(field "$l" best_ns) $l"; done <<<"$1" |
        sort -n -k1,1 | sed -n "$(((runs + 1) / 2))p" | cut -d' ' -f2-
}

echo
echo "Encoder mix, 1,000,000 instructions per iteration, best of 15 per process, median of $runs processes"
echo
echo "| encoder | Minstr/s | ns/instr | MiB/s | hash |"
echo "|---|---:|---:|---:|---|"
declare -A minstr
status=0
for e in $encoders; do
    line="$(median "${results[$e]%$'\n'}")"
    hash="$(field "$line" hash)"
    minstr[$e]="$(field "$line" minstr_s)"
    name="$(field "$line" encoder)"
    echo "| $name | ${minstr[$e]} | $(field "$line" ns_instr) | $(field "$line" mib_s) | \`$hash\` |"
    if [[ "$hash" != "$expected_hash" ]]; then
        log "$name: hash $hash is not the expected $expected_hash"
        status=1
    fi
done
echo
if has swiftjit; then
    for peer in asmjit xbyak; do
        has "$peer" || continue
        awk -v s="${minstr[swiftjit]}" -v p="${minstr[$peer]}" -v n="$peer" \
            'BEGIN { printf "SwiftJIT / %s: %.2fx instructions/s\n", n, s / p }'
    done
    if has asmjit; then
        awk -v s="${minstr[swiftjit]}" -v p="${minstr[asmjit]}" \
            'BEGIN { printf "target: SwiftJIT >= 1.25x asmjit: %s\n", (s >= 1.25 * p) ? "met" : "NOT met" }'
    fi
fi

# MARK: - Allocations (optional)

if [[ "${ALLOCS:-0}" == 1 ]]; then
    echo
    echo "Heap allocations per iteration (valgrind; (allocs with 3 timed iterations - with 1) / 2):"
    for e in $encoders; do
        count() {
            valgrind --tool=memcheck "${program[$e]}" --iterations "$1" 2>&1 >/dev/null |
                sed -n 's/.*total heap usage: \([0-9,]*\) allocs.*/\1/p' | tr -d ,
        }
        one="$(count 1)"
        three="$(count 3)"
        echo "  $e: $(((three - one) / 2)) allocations per 1,000,000 instructions (62,500 blocks, 125,000 labels)"
    done
fi
exit "$status"
