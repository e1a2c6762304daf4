#!/usr/bin/env python3
"""Write a content library N times the size of the bundled one, for benchmarks.

    make-library.py N OUTDIR

Copies the questions, conditions, stories, exercises and plan templates N-1
times into OUTDIR (the bundled files are the first copy), giving every id
defined in them, and every reference to one, a suffix per copy, so that the
copies load side by side. Anatomy parts and body-map regions are tied to the
SVG pictures and are not copied; references to them are left as they are.
"""
import os
import re
import sys

COPIED = ["faq.xml", "conditions.xml", "exercises.xml"]
ATTRIBUTE = re.compile(r'\b(id|ref|exercise)="([a-z0-9-]+)"')


def main():
    copies, out = int(sys.argv[1]), sys.argv[2]
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    sources = {}
    for name in COPIED:
        with open(os.path.join(top, "data", "content", name), encoding="utf-8") as f:
            sources[name] = f.read()

    defined = set()
    for text in sources.values():
        defined.update(m.group(2) for m in ATTRIBUTE.finditer(text) if m.group(1) == "id")

    os.makedirs(out, exist_ok=True)
    for copy in range(1, copies):
        def rename(match):
            kind, value = match.groups()
            if value in defined:
                value = "%s-c%d" % (value, copy)
            return '%s="%s"' % (kind, value)

        for name, text in sources.items():
            path = os.path.join(out, "%s-%03d.xml" % (name[:-4], copy))
            with open(path, "w", encoding="utf-8") as f:
                f.write(ATTRIBUTE.sub(rename, text))


if __name__ == "__main__":
    main()
