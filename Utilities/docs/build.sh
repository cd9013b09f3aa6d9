#!/usr/bin/env bash
# Builds the DocC documentation of every library module and fails on any documentation warning
# (a broken ``symbol`` link, a parameter that is documented but does not exist, ...) or on any
# public symbol without a doc comment.
#
#   bash Utilities/docs/build.sh            # archives in .build/plugins/Swift-DocC/outputs/
#
# It runs `swift package generate-documentation` from the swift-docc-plugin package dependency,
# with docc's --warnings-as-errors, for all modules in one plugin invocation (one symbol-graph
# build), then checks docc's coverage report with coverage.py. After `swift build` or
# `swift test` it takes seconds: the symbol graphs come from the existing debug build.
#
# Synthesized symbols (ArgumentParser's and the standard library's default implementations) are
# left out: they are documented where they are declared, not here.
set -euo pipefail
cd "$(dirname "$0")/../.."

modules=(X86 JIT IR Interpreter Optimizer Codegen Driver)
targets=()
for m in "${modules[@]}"; do targets+=(--target "$m"); done

# --disable-sandbox: the plugin runs docc, which writes into .build; the sandbox is macOS-only
# anyway. Warnings are printed, and turned into a failing exit status, by docc itself.
swift package --disable-sandbox generate-documentation "${targets[@]}" \
    --warnings-as-errors \
    --experimental-skip-synthesized-symbols \
    --experimental-documentation-coverage --coverage-summary-level none

archives=()
for m in "${modules[@]}"; do archives+=(".build/plugins/Swift-DocC/outputs/$m.doccarchive"); done
python3 Utilities/docs/coverage.py "${archives[@]}"
