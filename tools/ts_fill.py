#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills unfinished messages of translations/infosakkollen_<lang>.ts from a JSON table.

Usage: tools/ts_fill.py TABLE.json        (fills sv, nb and en)
       tools/ts_fill.py --list            (prints the unfinished source texts of each file)
       tools/ts_fill.py --carry [REV...]  (fills from finished messages with the same source text and
                                           comment in any context, of the files as they are and as they
                                           were at each git revision REV: for code moved to another class)

TABLE.json maps an English source text to {"sv": ..., "nb": ...} (plural messages: a list of two
forms per language). English gets the source text itself, or {"en": [...]} for plural forms.
Run `cmake --build build --target update_translations` first, so new strings are in the files.
"""
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MESSAGE = re.compile(r'<message( numerus="yes")?>.*?</message>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', re.S)


def esc(text):
    return html.escape(text, quote=False).replace('"', '&quot;').replace("'", '&apos;')


def fill(lang, table, list_only):
    path = ROOT / 'translations' / f'infosakkollen_{lang}.ts'
    text = path.read_text(encoding='utf-8')
    missing = []

    def replace(match):
        block = match.group(0)
        if not UNFINISHED.search(block):
            return block
        source = html.unescape(SOURCE.search(block).group(1))
        plural = bool(match.group(1))
        comment = COMMENT.search(block)
        entry = table.get((source, html.unescape(comment.group(1))), {}) if comment else {}
        entry = entry or table.get(source, {})
        value = entry.get(lang, source if lang == 'en' and not plural else None)
        if value is None:
            missing.append(source)
            return block
        if plural:
            forms = value if isinstance(value, list) else [value, value]
            body = ''.join(f'\n            <numerusform>{esc(f)}</numerusform>' for f in forms)
            new = f'<translation>{body}\n        </translation>'
        else:
            new = f'<translation>{esc(value)}</translation>'
        return UNFINISHED.sub(lambda _: new, block, count=1)

    text = MESSAGE.sub(replace, text)
    if list_only:
        for source in missing:
            print(f'{lang}: {source!r}')
        return len(missing)
    path.write_text(text, encoding='utf-8')
    for source in missing:
        print(f'{lang}: not in table: {source!r}', file=sys.stderr)
    return len(missing)


FINISHED = re.compile(r'<translation>(.*?)</translation>', re.S)
COMMENT = re.compile(r'<comment>(.*?)</comment>', re.S)
FORM = re.compile(r'<numerusform>(.*?)</numerusform>', re.S)


def carried_table(revisions):
    """A table of every finished translation, keyed by source text (and comment, when there is one)."""
    import subprocess
    table = {}
    for lang in ('sv', 'nb', 'en'):
        relative = f'translations/infosakkollen_{lang}.ts'
        texts = [(ROOT / relative).read_text(encoding='utf-8')]
        for rev in revisions:
            texts.append(subprocess.run(['git', '-C', str(ROOT), 'show', f'{rev}:{relative}'], check=True,
                                        capture_output=True, text=True).stdout)
        for text in texts:
            for match in MESSAGE.finditer(text):
                block = match.group(0)
                found = FINISHED.search(block)
                if not found or UNFINISHED.search(block):
                    continue
                source = html.unescape(SOURCE.search(block).group(1))
                if match.group(1):
                    value = [html.unescape(f) for f in FORM.findall(found.group(1))]
                else:
                    value = html.unescape(found.group(1))
                comment = COMMENT.search(block)
                key = source if not comment else (source, html.unescape(comment.group(1)))
                table.setdefault(key, {}).setdefault(lang, value)
    return table


def main():
    list_only = sys.argv[1:] == ['--list']
    if sys.argv[1:2] == ['--carry']:
        table = carried_table(sys.argv[2:])
    else:
        table = {} if list_only else json.loads(pathlib.Path(sys.argv[1]).read_text(encoding='utf-8'))
    missing = sum(fill(lang, table, list_only) for lang in ('sv', 'nb', 'en'))
    return 1 if missing and not list_only else 0


if __name__ == '__main__':
    sys.exit(main())
