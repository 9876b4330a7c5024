#!/usr/bin/env python3
"""Print the requirement coverage table of a questionnaire as Markdown.

Usage: tools/coverage_table.py [questionnaire.json]   (default: questionnaires/infosakkollen.json)

One row per requirement, in the order of the questionnaire's "requirements" array: the id,
the title in the questionnaire's main language, and the ids of all questions that refer to
the requirement, in questionnaire order. A requirement that no question refers to gets
"— reason: ..." with the reason from REASONS below (or a placeholder that must be replaced).
The output is the table that goes between the coverage markers in docs/questionnaires.md.
"""
import json
import os
import sys

# Why a requirement has no question (requirement id -> reason). Empty while all are covered.
REASONS = {}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "questionnaires", "infosakkollen.json")
    with open(path, encoding="utf-8") as f:
        q = json.load(f)
    lang = q["languages"][0]
    refs = {r["id"]: [] for r in q.get("requirements", [])}
    for area in q["areas"]:
        for question in area["questions"]:
            for rid in question.get("requirements", []):
                refs.setdefault(rid, []).append(question["id"])
    print("| requirement | title | questions |")
    print("|---|---|---|")
    for r in q.get("requirements", []):
        ids = refs[r["id"]]
        if ids:
            cell = ", ".join(f"`{i}`" for i in ids)
        else:
            cell = "— reason: " + REASONS.get(r["id"], "TODO: no question refers to this requirement")
        print(f"| {r['id']} | {r['title'][lang]} | {cell} |")


if __name__ == "__main__":
    main()
