#!/usr/bin/env bash
# Csmith differential testing of swiftjit: random C programs from Csmith, compiled by clang to
# LLVM IR, run by swiftjit (the compiler on -O0 IR, on -O2 IR and on -O2 IR with clang's vectorizers;
# the reference interpreter on -O0 IR)
# and compared with the program compiled natively by clang. See README.md next to this script.
#
#   Utilities/csmith/run.sh                      # the fixed seeds in Utilities/csmith/seeds.txt (CI)
#   Utilities/csmith/run.sh --random 200 --budget 1200 --jobs 2 --keep /tmp/csmith-failures
#
# Exit status: 0 when no seed is MISMATCH, CRASH or ERROR; 1 otherwise; 2 on a usage or setup error.
set -u -o pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

# Tunables (environment).
: "${CLANG:=clang}"
: "${CSMITH:=csmith}"
: "${CSMITH_OPTS:=--no-packed-struct}"
: "${NATIVE_TIMEOUT:=5}"
: "${JIT_TIMEOUT:=20}"
: "${INTERP_TIMEOUT:=30}"

usage() {
    cat <<'EOF'
usage: Utilities/csmith/run.sh [--seeds FILE | --random N | --seed S...] [options]

Seeds (default: --seeds Utilities/csmith/seeds.txt):
  --seeds FILE      one seed per line; '#' starts a comment
  --random N        N random seeds (printed, so a run can be reproduced with --seed)
  --seed S          one seed; may be repeated

Options:
  --keep DIR        save the files of every MISMATCH/CRASH/ERROR seed to DIR/SEED/
                    (default: a temporary directory, printed at the end)
  --jobs N          run N seeds in parallel (default 1)
  --budget SECS     start no new seed after SECS seconds; the rest are reported as SKIPPED
  --no-interpret    skip the reference interpreter
  --swiftjit PATH   use this swiftjit instead of building one (also: SWIFTJIT=PATH)
  -h, --help        this text

Environment: CLANG (clang), CSMITH (csmith), CSMITH_OPTS (--no-packed-struct),
NATIVE_TIMEOUT (5), JIT_TIMEOUT (20), INTERP_TIMEOUT (30), CSMITH_INC (found via dpkg).
EOF
}

# ---------------------------------------------------------------------------------------------
# One seed: `run.sh __one SEED WORKDIR`. Writes WORKDIR/SEED/status, one line:
#   SEED STATUS native=... O0=... O0n=... O2=... O2v=... interp=... times...
# The per-variant verdicts are OK, MISMATCH, CRASH, ERROR, UNSUPPORTED, TIMEOUT or SKIP.
# ---------------------------------------------------------------------------------------------
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Classifies one swiftjit run against the native reference.
# $1 = prefix of the run's files (.out .err .rc), $2 = timeout used.
classify() {
    local p=$1 rc
    rc=$(cat "$p.rc")
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo TIMEOUT; return; fi
    if [ "$rc" -ge 128 ]; then echo CRASH; return; fi
    if grep -q 'error:' "$p.err"; then
        # An error that names a construct swiftjit does not implement (or a symbol it cannot
        # resolve, or IR text its parser does not accept) is UNSUPPORTED; any other error
        # (division by zero, null pointer, unreachable, ... in a UB-free Csmith program) is a bug.
        if grep -Eq '(:[0-9]+:[0-9]+: error: |error: .*(unsupported|unknown symbol|not supported))' "$p.err"; then
            echo UNSUPPORTED
        else
            echo ERROR
        fi
        return
    fi
    if [ "$rc" = "$(cat native.rc)" ] && cmp -s "$p.out" native.out; then echo OK; else echo MISMATCH; fi
}

run_one() {
    local seed=$1 work=$2
    local dir="$work/$seed"
    mkdir -p "$dir" && cd "$dir" || exit 2
    finish() { echo "$seed $*" > status; exit 0; }

    if [ -n "${DEADLINE:-}" ] && [ "$(date +%s)" -ge "$DEADLINE" ]; then finish SKIPPED budget; fi

    # shellcheck disable=SC2086
    if ! "$CSMITH" --seed "$seed" $CSMITH_OPTS > x.c 2> csmith.err; then finish SKIPPED csmith-failed; fi
    if ! "$CLANG" -O1 -w -I"$CSMITH_INC" x.c -o x.native 2> clang.err; then finish SKIPPED clang-failed; fi
    local t0 t1 tn
    t0=$(now)
    # (Subshells with stderr redirected keep bash's "Segmentation fault" notices out of the log.)
    (timeout "$NATIVE_TIMEOUT" ./x.native > native.out 2> native.err; echo $? > native.rc) 2> /dev/null
    t1=$(now); tn=$(elapsed "$t0" "$t1")
    local nrc; nrc=$(cat native.rc)
    # A Csmith program that does not terminate natively (Csmith occasionally generates one; at
    # -O1 clang may turn its endless recursion into a stack overflow) gives no reference output.
    if [ "$nrc" = 124 ]; then finish TIMEOUT "native=TIMEOUT native_time=${tn}s"; fi
    if [ "$nrc" -ge 128 ]; then finish SKIPPED "native=CRASH($nrc) native_time=${tn}s"; fi
    if ! "$CLANG" -S -emit-llvm -O0 -w -I"$CSMITH_INC" x.c -o x.O0.ll 2>> clang.err ||
       ! "$CLANG" -S -emit-llvm -O2 -fno-vectorize -fno-slp-vectorize -w -I"$CSMITH_INC" x.c -o x.O2.ll 2>> clang.err ||
       ! "$CLANG" -S -emit-llvm -O2 -w -I"$CSMITH_INC" x.c -o x.O2v.ll 2>> clang.err; then
        finish SKIPPED clang-failed
    fi

    # O0n: the -O0 IR compiled without swiftjit's passes, dead code and all, as `swiftjit run
    # -O0` compiles it (the code generator on unoptimized input).
    local variants=(O0 O0n O2 O2v) v verdicts="" times="native=${tn}s" worst=OK
    [ "${NO_INTERPRET:-0}" = 1 ] || variants+=(interp)
    for v in "${variants[@]}"; do
        local to=$JIT_TIMEOUT args=(run --check-codegen x.$v.ll)
        if [ "$v" = O0n ]; then args=(run -O0 --check-codegen x.O0.ll); fi
        if [ "$v" = interp ]; then to=$INTERP_TIMEOUT; args=(run --interpret x.O0.ll); fi
        t0=$(now)
        (timeout -k 2 "$to" "$SWIFTJIT" "${args[@]}" > "$v.out" 2> "$v.err"; echo $? > "$v.rc") 2> /dev/null
        t1=$(now)
        local verdict
        verdict=$(classify "$v" "$to")
        echo "$verdict" > "$v.verdict"
        verdicts+=" $v=$verdict"
        times+=" $v=$(elapsed "$t0" "$t1")s"
        worst=$(worse "$worst" "$verdict")
    done
    finish "$worst$verdicts $times"
}

# Severity order: CRASH > MISMATCH > ERROR > UNSUPPORTED > TIMEOUT > OK.
rank() { case $1 in CRASH) echo 5;; MISMATCH) echo 4;; ERROR) echo 3;; UNSUPPORTED) echo 2;; TIMEOUT) echo 1;; *) echo 0;; esac; }
worse() { if [ "$(rank "$1")" -ge "$(rank "$2")" ]; then echo "$1"; else echo "$2"; fi; }

if [ "${1:-}" = __one ]; then
    run_one "$2" "$3"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# Driver.
# ---------------------------------------------------------------------------------------------
SEEDS_FILE="" RANDOM_N="" KEEP="" JOBS=1 BUDGET="" NO_INTERPRET=0 EXPLICIT_SEEDS=()
: "${SWIFTJIT:=}"
while [ $# -gt 0 ]; do
    case $1 in
        --seeds) SEEDS_FILE=$2; shift 2;;
        --random) RANDOM_N=$2; shift 2;;
        --seed) EXPLICIT_SEEDS+=("$2"); shift 2;;
        --keep) KEEP=$2; shift 2;;
        --jobs) JOBS=$2; shift 2;;
        --budget) BUDGET=$2; shift 2;;
        --no-interpret) NO_INTERPRET=1; shift;;
        --swiftjit) SWIFTJIT=$2; shift 2;;
        -h|--help) usage; exit 0;;
        *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2;;
    esac
done

# Seeds.
SEEDS=()
if [ ${#EXPLICIT_SEEDS[@]} -gt 0 ]; then
    SEEDS=("${EXPLICIT_SEEDS[@]}")
elif [ -n "$RANDOM_N" ]; then
    for _ in $(seq "$RANDOM_N"); do SEEDS+=("$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')"); done
    echo "random seeds: ${SEEDS[*]}"
else
    [ -n "$SEEDS_FILE" ] || SEEDS_FILE="$SCRIPT_DIR/seeds.txt"
    while read -r line; do
        line=${line%%#*}; line=${line//[[:space:]]/}
        [ -n "$line" ] && SEEDS+=("$line")
    done < "$SEEDS_FILE"
fi
[ ${#SEEDS[@]} -gt 0 ] || { echo "run.sh: no seeds" >&2; exit 2; }

# Csmith and its runtime headers.
if ! command -v "$CSMITH" > /dev/null || { [ -z "${CSMITH_INC:-}" ] && ! dpkg -L libcsmith-dev > /dev/null 2>&1; }; then
    echo "installing csmith ..."
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 csmith libcsmith-dev > /dev/null ||
        { echo "run.sh: cannot install csmith" >&2; exit 2; }
fi
if [ -z "${CSMITH_INC:-}" ]; then
    h=$( { dpkg -L libcsmith-dev csmith 2>/dev/null; ls /usr/include/csmith*/csmith.h /usr/local/include/csmith*/csmith.h 2>/dev/null; } | grep '/csmith\.h$' | head -1)
    [ -n "$h" ] || { echo "run.sh: csmith.h not found (set CSMITH_INC)" >&2; exit 2; }
    CSMITH_INC=$(dirname "$h")
fi
command -v "$CLANG" > /dev/null || { echo "run.sh: $CLANG not found" >&2; exit 2; }

# swiftjit.
if [ -z "$SWIFTJIT" ]; then
    echo "building swiftjit (swift build --product swiftjit --scratch-path .build-csmith) ..."
    (cd "$REPO_ROOT" && swift build --product swiftjit --scratch-path .build-csmith > /dev/null) ||
        (cd "$REPO_ROOT" && swift build --product swiftjit --scratch-path .build-csmith 2>&1 | tail -30; exit 1) ||
        { echo "run.sh: building swiftjit failed" >&2; exit 2; }
    SWIFTJIT="$(cd "$REPO_ROOT" && swift build --product swiftjit --scratch-path .build-csmith --show-bin-path)/swiftjit"
fi
[ -x "$SWIFTJIT" ] || { echo "run.sh: $SWIFTJIT is not executable" >&2; exit 2; }
SWIFTJIT=$(cd "$(dirname "$SWIFTJIT")" && pwd)/$(basename "$SWIFTJIT")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/swiftjit-csmith.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DEADLINE=""
[ -z "$BUDGET" ] || DEADLINE=$(( $(date +%s) + BUDGET ))
export CLANG CSMITH CSMITH_OPTS CSMITH_INC NATIVE_TIMEOUT JIT_TIMEOUT INTERP_TIMEOUT SWIFTJIT NO_INTERPRET DEADLINE

echo "csmith $(cd "$WORK" && $CSMITH --version | head -1 | awk '{print $2}') ($CSMITH_OPTS), $($CLANG --version | head -1)"
echo "swiftjit: $SWIFTJIT"
echo "${#SEEDS[@]} seeds, $JOBS job(s); timeouts: native ${NATIVE_TIMEOUT}s, jit ${JIT_TIMEOUT}s, interpreter ${INTERP_TIMEOUT}s"
echo

START=$(date +%s)
printf '%s\n' "${SEEDS[@]}" |
    xargs -P "$JOBS" -I{} bash -c '"$0" __one "$1" "$2"; cat "$2/$1/status"' "$SCRIPT_DIR/run.sh" {} "$WORK"

# Summary.
declare -A COUNT=()
FAILED=()
for s in "${SEEDS[@]}"; do
    st=$(awk '{print $2}' "$WORK/$s/status" 2>/dev/null || echo MISSING)
    COUNT[$st]=$(( ${COUNT[$st]:-0} + 1 ))
    case $st in CRASH|MISMATCH|ERROR|MISSING) FAILED+=("$s");; esac
done
echo
echo "== summary ($(( $(date +%s) - START ))s) =="
for st in OK MISMATCH CRASH ERROR UNSUPPORTED TIMEOUT SKIPPED MISSING; do
    [ -z "${COUNT[$st]:-}" ] || printf '  %-12s %d\n' "$st" "${COUNT[$st]}"
done

# Distinct unsupported constructs (function and instruction details stripped).
if compgen -G "$WORK/*/*.err" > /dev/null; then
    msgs=$(grep -h 'error:' "$WORK"/*/O0.err "$WORK"/*/O0n.err "$WORK"/*/O2.err "$WORK"/*/O2v.err "$WORK"/*/interp.err 2>/dev/null |
        sed -E 's/^.*error: //; s/ \(in @[^)]*(\)|$).*//' | sort | uniq -c | sort -rn)
    if [ -n "$msgs" ]; then
        echo
        echo "== swiftjit errors (runs, message) =="
        echo "$msgs" | head -40
    fi
fi

list() { awk "$1" "$WORK"/*/status 2>/dev/null | tr '\n' ' '; }
NATIVE_TIMEOUTS=$(list '$2 == "TIMEOUT" && $3 == "native=TIMEOUT" {print $1}')
JIT_TIMEOUTS=$(list '$2 == "TIMEOUT" && $3 != "native=TIMEOUT" {print $1}')
UNSUPPORTED=$(list '$2 == "UNSUPPORTED" {print $1}')
SKIPPED=$(list '$2 == "SKIPPED" {print $1 "(" $3 ")"}')
[ -z "$NATIVE_TIMEOUTS" ] || { echo; echo "native run timed out, seed skipped (not a failure): $NATIVE_TIMEOUTS"; }
[ -z "$JIT_TIMEOUTS" ] || { echo; echo "swiftjit timed out (not a failure): $JIT_TIMEOUTS"; }
[ -z "$UNSUPPORTED" ] || { echo; echo "unsupported (not a failure): $UNSUPPORTED"; }
[ -z "$SKIPPED" ] || { echo; echo "skipped: $SKIPPED"; }

if [ ${#FAILED[@]} -gt 0 ]; then
    [ -n "$KEEP" ] || KEEP=$(mktemp -d "${TMPDIR:-/tmp}/swiftjit-csmith-failures.XXXXXX")
    mkdir -p "$KEEP"
    for s in "${FAILED[@]}"; do
        rm -rf "${KEEP:?}/$s"
        cp -r "$WORK/$s" "$KEEP/$s"
        rm -f "$KEEP/$s/x.native"
    done
    echo
    echo "FAILED seeds: ${FAILED[*]}"
    echo "files kept in $KEEP/SEED/ (x.c, x.O0.ll, x.O2.ll, x.O2v.ll, native.*, O0.*, O0n.*, O2.*, O2v.*, interp.*)"
    exit 1
fi
exit 0
