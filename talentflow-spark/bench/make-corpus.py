#!/usr/bin/env python3
"""Writes the benchmark corpus of talentflow-spark's README: N JSON lines made from samples/, each article of
samples/ in turn with a number added to its text (so that every text is new to the store).

    python3 talentflow-spark/bench/make-corpus.py samples 10000 /tmp/bench10k/corpus.jsonl
"""
import html
import json
import os
import re
import sys

samples, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
base = []
with open(os.path.join(samples, "news.jsonl"), encoding="utf-8") as f:
    base += [json.loads(line) for line in f if line.strip()]
with open(os.path.join(samples, "baidu-lu-qi.txt"), encoding="utf-8") as f:
    base.append({"id": "baidu-lu-qi", "text": f.read()})
with open(os.path.join(samples, "alibaba-2023.html"), encoding="utf-8") as f:
    page = re.sub(r"(?s)<(script|style|nav|header|footer)[^>]*>.*?</\1>", "", f.read())
page = html.unescape(re.sub(r"\n\s*\n+", "\n", re.sub(r"<[^>]+>", "\n", page))).strip()
base.append({"id": "alibaba-2023", "published": "2023-09-10", "text": page})
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
with open(out, "w", encoding="utf-8") as f:
    for i in range(count):
        record = dict(base[i % len(base)])
        record["id"] = "%s-%05d" % (record["id"], i)
        record["text"] = record["text"] + "\n（%05d）" % i
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
