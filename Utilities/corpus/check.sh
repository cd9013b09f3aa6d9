#!/usr/bin/env bash
# Check the C test corpus (Tests/Corpus) against real LLVM tools.
#
# For every llvm-as on PATH (llvm-as, llvm-as-NN; Debian 12 ships LLVM 14 as /usr/bin/llvm-as,
# `apt-get install llvm-19` adds llvm-as-19 / lli-19), this
#   1. reports whether each clang-21 .ll is accepted as it is, and the first error if not;
#   2. rewrites the constructs newer than that LLVM (Utilities/corpus/downgrade.py: it only
#      drops or re-spells flags and attributes) and requires llvm-as to accept the result;
#   3. lists which of those constructs that llvm-as actually rejects;
#   4. runs each (downgraded) .ll with the matching lli and compares stdout + exit status
#      with NAME.expected.
# Exit status 1 if a downgraded file is rejected or an lli run does not match.
#
# Usage: Utilities/corpus/check.sh [--tool LLVM_AS[:LLI]]... [--no-lli] [-v] [NAME ...]
set -euo pipefail
exec python3 "$(dirname "$0")/check_corpus.py" "$@"
