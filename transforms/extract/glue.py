"""Words run together where a text extraction lost a line break.

Text taken from PDF or Word exports (the Kamervragen CSV, some Aanhangsel
conversions) often joins the last word of a line to the first of the next:
"Mijn ministerie is ingesprek met", "De Tweede Kamer wordt hierovergeïnformeerd",
"de aanvraagproceduregestart". A reader sees two words; a rule that looks for
"in gesprek" or "geïnformeerd" sees none.

`unglue(text)` splits such tokens for *matching only*; the published text and
its offsets are never changed. A token is split when it is not a Dutch word and
a function or number word and a known word make it up ("in gesprek", "zijn
twee", "hierover geïnformeerd"), and a number is split from a known word run into it ("1.626.464oproepen",
outside URLs). What is a word comes from the Dutch frequency
list that ships with pyspellchecker (343,000 words from subtitles, read from the
installed package, never downloaded): a token the list knows ("ingezet",
"tegenover") stays whole. Two content words are never split apart, because an
unknown compound ("relatieziekenhuizen", "douanesysteem") would be broken into
words that mean something else; so "belangrijkdoel" stays as it is. The one
exception is a past participle ("aanvraagproceduregestart", "Kamergestuurd"):
it closes the clause, so a line ends on the word before it as often as anywhere. Of the ways
to split a token the likeliest wins (highest product of the two words'
frequencies).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from transforms.model import Document

MIN_COUNT = 50  # occurrences in the frequency list for a part to count as a word
MIN_LENGTH = 5  # shorter tokens are left alone ("deze", "mijn")

# closed-class words that run into their neighbour most often; they may be as short as two letters
FUNCTION_WORDS = frozenset(
    """de het een en in op aan van met voor door bij uit over naar om tot te als dan dat die dit deze er
    ik we wij u zij hij ze mijn ons onze uw zijn is ben was zal zullen wordt worden heeft heb hebben kan
    kunnen moet moeten wil willen ga gaat gaan niet geen ook nog al wel zo nu maar of hier daar hierover
    daarover hiervan daarvan hiermee daarmee waar""".split()
)

# number words: "vijfpaarden", "zijntwee", "dezedrie"
NUMBER_WORDS = frozenset(
    """twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien
    achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend
    miljoen miljard tientallen honderden duizenden tienduizenden miljoenen miljarden""".split()
)
_CLOSED = FUNCTION_WORDS | NUMBER_WORDS
# function words that are also endings of Dutch words (plurals, comparatives): never split off the end of a
# content word ("vuurwerkrampen"), only of another function word ("vande")
_SUFFIX_LIKE = frozenset({"en", "er", "de", "te"})

_TOKEN = re.compile(r"[A-Za-zÀ-ÿ]{%d,}" % MIN_LENGTH)
# a past participle, its separable particle included ("gestart", "aangescherpt", "doorgevoerd"; strong ones by
# name): the word a clause of Dutch ends on, so the word most often run into from the line before
_PARTICIPLE = re.compile(
    r"(?:aan|af|bij|door|in|mee|na|om|op|over|samen|terug|toe|uit|vast|voor|voort|weg)?ge(?:[a-zà-ÿ]{3,}[dt]|"
    r"(?:nom|gev|sprok|houd|vond|schrev|kreg|zi|da|blev|wez|troff|slot|brok|drag)en)"
)
# nouns and adjectives that look like one
_NOT_PARTICIPLE = frozenset("gebied gewicht gezicht gevecht gedicht geluid gemiddeld gezond gewoont gebit gedeelt".split())
# a lowercase word run into a capitalised one ("streeftNederland", "deNAVO", "vanVWS"); names that change
# case inside ("TikTok", "iPhone") start with a capital or a single letter
_CAMEL = re.compile(r"\b([a-zà-ÿ]{2,})(?=[A-Z])")
# an acronym run into the word after it ("door VWSondersteund")
_ACRONYM_WORD = re.compile(r"\b([A-Z]{2,6})([a-zà-ÿ]{4,})\b")
# a number run into the word after it ("(1.626.464oproepen)", "1137inspecties"), or a function word into the
# number after it ("tussen de75–85")
# (not inside a URL: "%20cijfers", "2wetten.nl")
_NUMBER_WORD = re.compile(r"(?<![%\w/=#.,-])(?:\d{1,3}(?:\.\d{3})+|\d+)([a-zà-ÿ]{4,})\b(?![./?=#%-])")
_WORD_NUMBER = re.compile(r"\b(?:de|het|een|van|tot|op|in|met|voor|naar|om|dan|ruim|circa|bijna)(?=\d)", re.I)
# the two characters each of the four patterns above needs side by side: a cheap scan that spares most
# paragraphs the slower one (a few in a hundred have any of them); each starts with the rarer of its
# characters (a capital, a digit), which the regex engine skips to, and looks back for the other
_NEEDS = {_CAMEL: re.compile(r"[A-Z](?<=[a-zà-ÿ][A-Z])"), _ACRONYM_WORD: re.compile(r"[A-Z]{2}[a-zà-ÿ]"),
          _NUMBER_WORD: re.compile(r"\d[a-zà-ÿ]"), _WORD_NUMBER: re.compile(r"\d(?<=[A-Za-z]\d)")}


def _may_match(pattern: re.Pattern, text: str) -> bool:
    return _NEEDS[pattern].search(text) is not None


def _finds(pattern: re.Pattern, text: str) -> Iterable[re.Match]:
    return pattern.finditer(text) if _may_match(pattern, text) else ()


@lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    data = (resources.files("spellchecker") / "resources" / "nl.json.gz").read_bytes()
    return json.loads(gzip.decompress(data))


def _count(word: str) -> int:
    return _counts().get(word, 0)


def _part_ok(word: str) -> bool:
    if word in FUNCTION_WORDS:
        return True
    return len(word) >= 3 and _count(word) >= MIN_COUNT


@lru_cache(maxsize=65536)
def split_token(token: str) -> str:
    """The token, or its two words joined by a space where it is a function or number word run together
    with a known word ("zijn twee", "vijf paarden"); unknown compounds of two nouns stay whole."""
    low = token.lower()
    if _count(low) or len(low) < MIN_LENGTH or not token[1:].islower():  # "TikTok", "NAVO": names, kept
        return token
    if low.endswith(("en", "ën")) and low[:-2] in NUMBER_WORDS:  # "met z'n zeventienen": a numeral, not "zeven tienen"
        return token
    best: tuple[float, int] | None = None
    for i in range(2, len(low) - 1):
        a, b = low[:i], low[i:]
        if not (_part_ok(a) and _part_ok(b)) or (a not in _CLOSED and b not in _CLOSED):
            continue
        if b in _SUFFIX_LIKE and a not in FUNCTION_WORDS:  # "vuurwerkrampen" is a plural, not "vuurwerkramp en"
            continue
        score = math.log(_count(a) + 1) + math.log(_count(b) + 1)
        if best is None or score > best[0]:
            best = (score, i)
    i = best[1] if best is not None else _participle_split(low)
    if i is None:
        return token
    return f"{token[:i]} {token[i:]}"


def _participle_split(low: str) -> int | None:
    """A word and the past participle it ran into ("aanvraagprocedure gestart", "Kamer gestuurd"): the one pair of
    content words split, because a participle closes the clause and so ends a line as often as anything does.
    The first part is a known word, or a compound long enough to be one ("machtigingsbesluit")."""
    for i in range(4, len(low) - 5):
        a, b = low[:i], low[i:]
        if _PARTICIPLE.fullmatch(b) and b not in _NOT_PARTICIPLE and _count(b) >= MIN_COUNT \
                and (_count(a) >= MIN_COUNT or len(a) >= 8):
            return i  # where the longest participle starts: "verbeteringen doorgevoerd", not "verbeteringendoor gevoerd"
    return None


def unglue(text: str) -> str:
    """The text with words run together at lost line breaks split apart (for matching, not for publishing)."""
    if _may_match(_CAMEL, text):
        text = _CAMEL.sub(r"\1 ", text)
    if _may_match(_NUMBER_WORD, text):
        text = _NUMBER_WORD.sub(lambda m: f"{m.group(0)[: m.start(1) - m.start()]} {m.group(1)}"
                                if _count(m.group(1).lower()) >= MIN_COUNT else m.group(0), text)
    if _may_match(_WORD_NUMBER, text):
        text = _WORD_NUMBER.sub(lambda m: f"{m.group(0)} ", text)
    if _may_match(_ACRONYM_WORD, text):
        text = _ACRONYM_WORD.sub(lambda m: f"{m.group(1)} {m.group(2)}" if _count(m.group(2)) >= MIN_COUNT else m.group(0), text)
    # the common case: every long word is a word, or a compound that stays whole
    splits = {word: split for word in _unknown_tokens(text) if (split := split_token(word)) != word}
    if not splits:
        return text
    return _TOKEN.sub(lambda m: splits.get(m.group(0), m.group(0)), text)


def _unknown_tokens(text: str) -> set[str]:
    """The long words of `text` the Dutch word list does not know: the only ones that can be two words."""
    counts = _counts()
    return {w for w in _TOKEN.findall(text) if w.lower() not in counts}


def unglue_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """`unglue(text)` and, for every character of the result (and its end), the offset in `text` it came
    from: an extractor can read the unglued text and still report exact offsets into the original."""
    cuts: set[int] = set()
    for m in _finds(_CAMEL, text):
        cuts.add(m.end(1))
    for m in _finds(_ACRONYM_WORD, text):
        if _count(m.group(2)) >= MIN_COUNT:
            cuts.add(m.end(1))
    for m in _finds(_NUMBER_WORD, text):
        if _count(m.group(1).lower()) >= MIN_COUNT:
            cuts.add(m.start(1))
    for m in _finds(_WORD_NUMBER, text):
        cuts.add(m.end())
    # most unknown words are compounds that stay whole: look for the others only
    splits = {word: split for word in _unknown_tokens(text) if (split := split_token(word)) != word}
    for m in _TOKEN.finditer(text) if splits else ():
        if (split := splits.get(m.group(0))) is not None:
            cuts.add(m.start() + split.index(" "))
    if not cuts:
        return text, range(len(text) + 1)
    # (built a run at a time, not a character at a time: a long paragraph has few cuts)
    out: list[str] = []
    back: list[int] = []
    previous = 0
    for cut in sorted(cuts):
        out += (text[previous:cut], " ")
        back += range(previous, cut)
        back.append(cut)  # the inserted space stands for the start of the second word
        previous = cut
    out.append(text[previous:])
    back += range(previous, len(text) + 1)
    return "".join(out), back


def may_be_glued(doc: Document) -> bool:
    """Whether the document's text can have words run together: text converted from PDF or DOCX can,
    official XML (each word its own, the spaces in the markup) cannot, so it is read as it is."""
    return doc.source_format != "xml"
