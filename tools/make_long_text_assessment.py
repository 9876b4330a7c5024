#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes an assessment of the example organisation with a very long text in every kind of text field.

For the long-text benchmark (bench/report_bench.sh with this file; docs/performance.md): the organisation's
name, the notes, a participant's name and role, an action's owner and note, and a question's comment, evidence
and dissenting views each get SIZE characters (default 1 MiB) of one unbroken word, as a hostile or broken file
could have them. The file stays under the loaders' 10 MiB limit.

Usage: tools/make_long_text_assessment.py OUT.isk [--size 1048576]
"""
import argparse
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--size", type=int, default=1024 * 1024)
    args = parser.parse_args()
    with open(os.path.join(ROOT, "questionnaires", "examples", "exempelkommun.isk"), encoding="utf-8") as f:
        assessment = json.load(f)
    long = "x" * args.size
    assessment["organisation"]["name"] = long
    assessment["notes"] = long
    assessment["participants"][0] = {"name": long, "role": long}
    first = next(iter(assessment["answers"]))
    assessment["answers"][first].update({"comment": long, "evidence": long, "views": long, "disputed": True})
    action = next(iter(assessment.get("actions", {})), None)
    if action:
        assessment["actions"][action].update({"owner": long, "note": long})
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(assessment, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
