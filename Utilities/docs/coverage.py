#!/usr/bin/env python3
"""Checks DocC's documentation coverage: every public symbol of every archive has a summary.

    python3 Utilities/docs/coverage.py ARCHIVE.doccarchive...

Reads the `documentation-coverage.json` that `generate-documentation --experimental-documentation-coverage`
writes into each archive, prints one line per archive (symbols with a summary / all symbols) and one line
per symbol without a summary, and exits 1 if there is any. Pages DocC makes for the module itself and for
types of other modules that a module extends ("Extended ..." kinds) have no doc comment to write, so they
do not count.
"""
import json
import os
import sys


def main(archives):
    missing_total = 0
    for archive in archives:
        with open(os.path.join(archive, "documentation-coverage.json")) as fh:
            entries = json.load(fh)
        symbols = [e for e in entries
                   if e["kind"]["isSymbol"] and e["kind"]["name"] != "Module"
                   and not e["kind"]["name"].startswith("Extended ")]
        missing = sorted(e["referencePath"].split("/documentation/", 1)[-1] for e in symbols if not e["hasAbstract"])
        name = os.path.basename(archive.rstrip("/")).removesuffix(".doccarchive")
        print("%-12s %d/%d public symbols documented" % (name, len(symbols) - len(missing), len(symbols)))
        for path in missing:
            print("  undocumented: " + path)
        missing_total += len(missing)
    return 1 if missing_total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
