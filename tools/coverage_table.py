#!/usr/bin/env python3
"""Print the requirement coverage table of a questionnaire as Markdown.

Usage: tools/coverage_table.py [questionnaire.json]   (default: questionnaires/infosakkollen.json)
       tools/coverage_table.py --set questionnaires/requirements/SET.json [QUESTIONNAIRE_ID]

One row per requirement, in the order of the questionnaire's "requirements" array: the id,
the title in the questionnaire's main language, and the ids of all questions that refer to
the requirement, in questionnaire order. A requirement that no question refers to gets
"— reason: ..." with the reason from REASONS below (or a placeholder that must be replaced).
The output is the table that goes between the coverage markers in docs/questionnaires.md.

With --set: the coverage of a requirement set (docs/requirement-set-format.md) by one questionnaire (default
infosakkollen): the id, the reference, the Swedish title and the questions that evidence the requirement, or
"— not covered:" with the reason from NOT_COVERED below. It goes between the markers
<!-- coverage:SET_ID:begin --> and <!-- coverage:SET_ID:end --> (for a questionnaire other than infosakkollen:
<!-- coverage:SET_ID@QUESTIONNAIRE_ID:begin --> and ...:end -->).
"""
import json
import os
import sys

# Why a requirement has no question (requirement id -> reason). Empty while all are covered.
REASONS = {}

# Why a requirement of a set is not covered by infosakkollen ((set id, requirement id) -> reason), e.g.
# ("cybersakerhetslagen", "registrering"): "no question asks whether ...".
NOT_COVERED = {}  # every requirement of the bundled sets has a question in infosakkollen 1.2


def set_table(path, questionnaire_id):
    with open(path, encoding="utf-8") as f:
        requirement_set = json.load(f)
    print("| requirement | reference | title | questions |")
    print("|---|---|---|---|")
    for r in requirement_set["requirements"]:
        ids = r["evidence"].get(questionnaire_id, [])
        if ids:
            cell = ", ".join(f"`{i}`" for i in ids)
        else:
            cell = "— not covered: " + NOT_COVERED.get((requirement_set["id"], r["id"]),
                                                      "TODO: give the reason no question covers it")
        reference = r["reference"] if isinstance(r["reference"], str) else r["reference"]["sv"]
        print(f"| {r['id']} | {reference} | {r['title']['sv']} | {cell} |")


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--set":
        set_table(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "infosakkollen")
        return
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
