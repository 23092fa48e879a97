"""Sentence splitting for Dutch civil-service prose, as character spans.

First version (owned by the commitments work, which will refine it). The
interface is fixed: `sentence_spans(text)` returns (start, end) offsets into
`text`, so callers keep exact provenance.
"""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "o.a", "t.a.v", "m.b.t", "bijv", "ca", "nr", "nrs", "mln", "mld", "mrd", "jl", "z.s.m", "d.w.z",
    "e.d", "etc", "i.p.v", "i.v.m", "m.u.v", "n.a.v", "o.b.v", "t.o.v", "t.b.v", "v.w.b", "vs", "zgn",
    "resp", "incl", "excl", "art", "blz", "p", "pag", "dhr", "mevr", "mr", "dr", "drs", "ir", "prof",
    "ing", "bv", "nl", "max", "min", "gem", "e.a", "a.s", "o.m", "c.s", "m.n", "t/m", "vgl", "zie",
}
_END = re.compile(r"[.!?]+[»”\"')\]]*(?=\s+|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        before = text[start:m.start()]
        word = re.search(r"(\S+)$", before)
        token = word.group(1).lower() if word else ""
        if m.group().startswith(".") and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        rest = text[end:].lstrip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "«“\"'(•-–"):
            continue
        spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
