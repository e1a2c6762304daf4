#!/usr/bin/env python3
"""Large-but-legal seed files for the fuzz targets, written when a campaign
starts (build-aux/fuzz) rather than committed: each is as big as the
campaign's -max_len allows and sits at the schema's limits, so that work
that grows faster than the input (quadratic layout, parsing, saving)
shows up as a timeout.

usage: make-fuzz-seeds.py TARGET FOLDER
"""
import sys
from pathlib import Path

MAX_LEN = 262144
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
EXERCISES = ["bridge", "clamshell", "wall-squat", "cat-camel", "walking", "clinic-own"]


def plan(plan_id, notes, items_per_day, log_days, name="N" * 200):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<plan format="1" id="{plan_id}">',
           f"  <name>{name}</name>",
           f"  <patient>{'P' * 200}</patient>",
           f"  <notes>{notes}</notes>"]
    for day in WEEKDAYS:
        out.append(f'  <day name="{day}">')
        for i in range(items_per_day):
            out.append(f'    <item exercise="{EXERCISES[i % len(EXERCISES)]}" '
                       'sets="999" reps="999" hold="999" minutes="999"/>')
        out.append("  </day>")
    out.append("  <log>")
    for i in range(log_days):
        year, day = 2000 + i // 336, i % 336
        out.append(f'    <date day="{year:04d}-{day // 28 + 1:02d}-{day % 28 + 1:02d}" '
                   f'pain="{i % 11}"><done exercise="bridge"/></date>')
    out.append("  </log>")
    out.append("</plan>")
    return "\n".join(out) + "\n"


def words(n_chars):
    text = ("Stop if pain spreads down the leg &amp; tell your physio. " * (n_chars // 50 + 1))
    return text[:n_chars].rsplit(" ", 1)[0]


def plan_seeds():
    return {
        "large-notes.xml": plan("large-notes", words(100000), 20, 500),
        # One unbroken word: the worst case for line breaking.
        "long-word.xml": plan("long-word", "x" * 100000, 1, 1),
        "many-items.xml": plan("many-items", "", 250, 0),
        "long-log.xml": plan("long-log", "", 1, 2500),
    }


def progress_seed():
    # As many records, ratings and days as -max_len holds, each at the
    # schema's longest: merging compares every one with the plan's.
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<progress format="1" plan="large-progress">',
           '  <exported day="2026-12-02" version="0.1"/>',
           f"  <name>{'N' * 200}</name>", f"  <patient>{'P' * 200}</patient>",
           '  <day name="monday"><item exercise="bridge" sets="3" reps="10"/></day>',
           "  <records>"]
    for i in range(1400):
        year, day = 2000 + i // 336, i % 336
        out.append(f'    <record day="{year:04d}-{day // 28 + 1:02d}-{day % 28 + 1:02d}" '
                   f'exercise="{EXERCISES[i % len(EXERCISES)]}" sets="3" reps="10" '
                   f'pain="{i % 11}"/>')
    out.append("  </records>")
    out.append("  <psfs>")
    for a in range(1, 6):
        out.append(f'    <activity id="activity-{a}" added="2026-01-0{a}">{"A" * 200}</activity>')
    for i in range(900):
        out.append(f'    <rating day="{2001 + i // 336:04d}-{(i % 336) // 28 + 1:02d}-'
                   f'{i % 28 + 1:02d}" activity="activity-{i % 5 + 1}" score="{i % 11}"/>')
    out.append("  </psfs>")
    out.append("</progress>")
    return {"large-progress.xml": "\n".join(out) + "\n"}


def faq_seed():
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<faq version="1" reviewed="2026-12-02">']
    ref = ('<references><reference url="https://example.org/a">A source.</reference>'
           '</references>')
    size, topic = 0, 0
    while size < MAX_LEN - 4096:
        entries = []
        for e in range(20):
            entries.append(f'<entry id="t{topic}-e{e}"><question>Question {e}?</question>'
                           f'<answer><p>{words(400)}</p></answer>'
                           f'<see-also ref="t{topic}-e{(e + 1) % 20}"/>{ref}</entry>')
        block = f'<topic id="t{topic}"><title>Topic {topic}</title>{"".join(entries)}</topic>'
        out.append(block)
        size += len(block)
        topic += 1
    out.append("</faq>")
    return {"large-faq.xml": "\n".join(out) + "\n",
            "long-paragraph.xml": out[0] + '\n<faq version="1"><topic id="t"><title>T</title>'
            f'<entry id="e"><question>Q?</question><answer><p>{"w" * 200000}</p></answer>'
            f"{ref}</entry></topic></faq>\n"}


def model_seed():
    # Edit scripts (tests/fuzz/fuzz-model.c): op, weekday, then the operand.
    long_notes = bytes([2, 0]) + ("Notes\f\v\x01\ufffe line. " * 5000).encode() + b"\0"
    items = b"".join(bytes([3, d % 7, 3, 231, 0, 10, 0, 30, 0, 0, d % 9]) for d in range(200))
    log = b"".join(bytes([7, 0, 7, 208, d % 12, d % 28, d % 12]) for d in range(200))
    return {"long-notes.bin": long_notes, "many-items.bin": items + log}


def main():
    target, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    if target in ("plan", "print"):
        seeds = plan_seeds()
    elif target in ("content", "content-bundled"):
        seeds = faq_seed()
    elif target == "store":
        p = plan_seeds()
        seeds = {"store-large.bin": p["large-notes.xml"] + "\n--8<--\n" + p["many-items.xml"]
                 + "\n--8<--\n" + p["large-notes.xml"]}
    elif target == "model":
        seeds = model_seed()
    elif target == "progress":
        seeds = progress_seed()
    else:
        sys.exit(f"unknown target {target}")
    for name, text in seeds.items():
        data = text if isinstance(text, bytes) else text.encode()
        (folder / f"seed-{name}").write_bytes(data[:MAX_LEN])


main()
