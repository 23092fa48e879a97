"""Sentence splitting for Dutch civil-service prose, as character spans.

`sentence_spans(text)` returns (start, end) offsets into `text`, trimmed of
surrounding white space, so callers keep exact provenance
(`text[start:end]` is the sentence). Both extractors use it.

A rule splitter rather than pysbd: pysbd's Dutch rules handle the common
abbreviations but not the ones of the civil service (t.a.v., m.b.t., z.s.m.,
jl.), it is about two orders of magnitude slower (the benchmark runs over
hundreds of annual reports), and its character offsets have to be recovered
afterwards. The rules:

- a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or
  brackets after it, and a glued footnote marker such as ``gewerkt.7``) when
  white space and a plausible sentence start follow: a capital, a digit, an
  opening quote or bracket, a bullet;
- not after an abbreviation (o.a., t.a.v., bijv., nr., mln., ...), an initial
  (``J.P. Dijk``) or a single letter (but the pronoun, "Dat weet u. De …", and a capital named as a value,
  "een C of een D. Deze …"); an abbreviation that can close a
  sentence (jl., etc., e.d., e.a., c.s.) ends one when a capital follows;
- not inside «guillemets» or parentheses that close shortly after;
- numbers with dots and commas never end a sentence (no space follows);
- a full stop glued to the next sentence where a line break was lost in the
  text extraction ("in de procedure.Daarbij geldt", "(OM).Daarbij",
  "11 september jl.Deze"): a lower-case word, a closing bracket or quote
  before the dot and a capitalised word after it (capital + lower case, so
  no initials or acronyms), not after an abbreviation and not inside a web
  or e-mail address;
- line structure: a blank line, a line that starts a list item (``1.``,
  ``a)``, ``•``, ``-``), and a short line without closing punctuation
  followed by a line with a capital (a heading) all end a sentence.
"""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "o.a", "t.a.v", "m.b.t", "bijv", "bv", "ca", "circa", "nr", "nrs", "mln", "mld", "mrd", "jl", "z.s.m",
    "d.w.z", "e.d", "etc", "i.p.v", "i.v.m", "m.u.v", "n.a.v", "o.b.v", "t.o.v", "t.b.v", "v.w.b", "vs",
    "zgn", "resp", "incl", "excl", "art", "artt", "blz", "p", "pp", "pag", "dhr", "mevr", "mw", "mr", "dr",
    "drs", "ir", "ing", "prof", "nl", "max", "min", "gem", "e.a", "a.s", "o.m", "c.s", "m.n", "t/m", "vgl",
    "zie", "i.h.k.v", "i.o.m", "m.i.v", "m.b.v", "o.l.v", "t.z.t", "z.o.z", "a.u.b", "d.d", "jr", "sr",
    "red", "fig", "tab", "hfst", "par", "kol", "stb", "stcrt", "kst",
    "e.v", "enz", "evt", "m.a.w", "o.i.d", "bijl", "afb", "okt", "nov", "dec", "jan", "feb", "aug", "sept",
    "sep", "ong", "tel", "vz", "bijz", "ivm", "ihkv", "oa", "st",
}
# Abbreviations that may close a sentence: they end one when a capital follows.
CLOSING_ABBREVIATIONS = {"jl", "etc", "e.d", "e.a", "c.s", "enz", "e.v", "o.i.d", "a.s"}

# (each pattern that scans a whole text starts with one character class, which the regex engine skips to;
# what must come before it is looked back for)
_END = re.compile(r"[.!?…](?:(?<=…)|(?<=[.!?])[.!?]*)[»”\"’')\]]*(?:\d{1,2}(?=\s)|\[\s*\d{1,3}\s*\])?(?=\s|$)")
_LAST_WORD = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_NEXT = re.compile(r"\s*(\S)")
_STARTER = "«“\"'‘’(•-–—[*"
# a sentence end glued to the next sentence: "procedure.Daarbij", "(OM).Daarbij", "jl.Deze"
_GLUED_END = re.compile(r"[.!?](?<=[a-zëïöüéè)»”’][.!?])(?=[A-Z][a-zëïöüéè])")
_LIST_LINE = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[•●▪◦\-–—*]|\(\d{1,2}\)|\([a-z]\))[ \t]")
_BLANK = re.compile(r"\n[ \t\u00a0]*\n")
_LINE = re.compile(r"[^\n]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` as (start, end) offsets, in order."""
    if not text:
        return []
    breaks = _punctuation_breaks(text)
    if "\n" in text:
        breaks |= _line_breaks(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for end in sorted(breaks):
        if end <= start:
            continue
        span = _trim(text, start, end)
        if span[1] > span[0]:
            spans.append(span)
        start = end
    span = _trim(text, start, len(text))
    if span[1] > span[0]:
        spans.append(span)
    return spans


def _punctuation_breaks(text: str) -> set[int]:
    out: set[int] = set()
    opened = _open_quotes(text)
    for m in _END.finditer(text):
        pos = m.start()
        if opened and _inside_quote(opened, pos):
            continue
        end = m.end()
        nxt = _NEXT.match(text, end)
        if nxt is None:
            out.add(end)
            continue
        first = nxt.group(1)
        punct = m.group()
        if punct[0] == ".":
            word = _LAST_WORD.search(text, max(0, pos - 40), pos)
            token = word.group(1).lower().lstrip("(«“\"'‘[") if word else ""
            if token in CLOSING_ABBREVIATIONS:
                if not first.isupper():
                    continue
            elif token in ABBREVIATIONS or _INITIALS.fullmatch(token) or (
                    len(token) == 1 and token.isalpha() and word.group(1) != "u"
                    and not (word.group(1).isupper() and _letter_named(text, word.start(), end))):
                continue  # (the pronoun "u" ends many a spoken sentence: "Dat weet u. De opleiding …")
            elif token.isdigit() and len(token) <= 3 and _starts_line(text, word.start()):
                continue  # a list marker "1." at the start of a line
        if first.isupper() or first.isdigit() or first in _STARTER:
            out.add(end)
    if "." in text or "?" in text or "!" in text:
        out |= _glued_breaks(text, opened)
    return out


# a capital letter named as a value ("krijgen een C of een D. Deze uitleg …", "van niveau A. Die vormen …"): after
# a lower-case word that is no title before a name ("de heer J. Dijk"), and before a word that opens sentences
_BEFORE_NAME = frozenset("heer mevrouw minister staatssecretaris collega voorzitter burgemeester premier commissaris "
                         "professor president koning koningin prins prinses en".split())
_SENTENCE_OPENER = re.compile(r"\s+(?:De|Het|Een|Dit|Dat|Die|Deze|Er|Ik|We|Wij|Bij|In|Op|Zo|Daar|Dan|Ook|Maar|Voor|Om|Als)\b")
_WORD_BEFORE = re.compile(r"([a-zà-ÿ]+)\s+$")


def _letter_named(text: str, letter: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, letter - 30), letter)
    return bool(before and before.group(1) not in _BEFORE_NAME and _SENTENCE_OPENER.match(text, end))


def _glued_breaks(text: str, opened: list[tuple[int, int]]) -> set[int]:
    """Sentence ends glued to the next sentence ("procedure.Daarbij"), where a line break was lost."""
    out: set[int] = set()
    for m in _GLUED_END.finditer(text):
        pos = m.start()
        if opened and _inside_quote(opened, pos):
            continue
        word = _LAST_WORD.search(text, max(0, pos - 60), pos)
        token = (word.group(1) if word else "").lower().lstrip("(«“\"'‘[").rstrip(")»”’")
        if token in CLOSING_ABBREVIATIONS:
            out.add(m.end())
            continue
        # an address ("www.Overheid.nl", "https://…/Rapport.Pdf") or an abbreviation ("o.a.De", "bijv.Het")
        if "/" in token or "@" in token or "." in token or token.startswith("www") or token in ABBREVIATIONS:
            continue
        out.add(m.end())
    return out


def _starts_line(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _open_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of «...» and (...) that close within 300 characters."""
    if "«" not in text and "(" not in text:
        return []
    spans = []
    for opener, closer in (("«", "»"), ("(", ")")):
        i = text.find(opener)
        while i != -1:
            j = text.find(closer, i + 1, i + 300)
            if j != -1:
                spans.append((i, j))
            i = text.find(opener, i + 1)
    return spans


def _inside_quote(spans: list[tuple[int, int]], pos: int) -> bool:
    for a, b in spans:
        if a < pos < b - 1:  # punctuation right before the closer still ends the quote
            return True
    return False


def _line_breaks(text: str) -> set[int]:
    out: set[int] = set()
    for m in _BLANK.finditer(text):
        out.add(m.start())
    for m in _LIST_LINE.finditer(text):
        out.add(m.start())
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    if len(lines) < 2:
        return out
    longest = max(b - a for a, b in lines)
    for (a, b), (c, _d) in zip(lines, lines[1:]):
        line = text[a:b].rstrip()
        if not line or line[-1] in ".!?:;,»”\"')-–(":
            continue
        length = len(line.strip())
        nxt = text[c:_d].lstrip()
        if not nxt:
            continue
        if length <= 70 and length < 0.7 * max(longest, 80) and (nxt[0].isupper() or nxt[0] in "«“\"'"):
            out.add(a + len(line))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
