"""The Dutch number parser and the tokenising regexes the figure finder uses.

`parse_number(text)` turns one Dutch numeral into a float: digits in the Dutch
format ("1.234,5", "12.845,903", "1 234 567", "€ 24,-" without the sign),
digits with a scale word ("2,3 miljard", "12,8 mln.", "5 duizend"), numbers in
words ("veertien", "tweeëntwintig", "drieduizend vierhonderd", "twee derde",
"anderhalf", "de helft", "drie en een kwart", "een half miljoen"). It returns
None for anything that is not one numeral.

The regexes (`NUMERAL`, `SCALE`, ...) are shared with `transforms.extract.figures`.
"""

from __future__ import annotations

import re
from functools import lru_cache

# --- number words ----------------------------------------------------------

UNITS = {
    "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}
TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}
TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}
# scale words that stand as their own word after a numeral
SCALES = {
    "honderd": 100.0, "duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9,
    "mrd": 1e9, "biljoen": 1e12, "dozijn": 12.0, "dozijnen": 12.0, "gros": 144.0,
}
# fraction denominators: "derde" = 1/3 ...
_DENOM_SPECIAL = {"half": 2, "halve": 2, "kwart": 4, "derde": 3, "derden": 3}
# vague plural quantity words and the lower bound they imply
VAGUE = {
    "tientallen": 20.0, "honderden": 200.0, "duizenden": 2000.0, "tienduizenden": 20000.0,
    "honderdduizenden": 200000.0, "miljoenen": 2e6, "miljarden": 2e9,
}

_UNIT_RX = "één|eén|een|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TEEN_RX = "dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|tien|elf|twaalf"
_TENS_RX = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_BELOW100_RX = rf"(?:(?:{_UNIT_RX})[eë]?(?:ën|en)(?:{_TENS_RX})|{_TENS_RX}|{_TEEN_RX}|{_UNIT_RX})"
_HUNDREDS_RX = rf"(?:(?:{_BELOW100_RX})?honderd(?:en|ën)?(?:{_BELOW100_RX})?|{_BELOW100_RX})"
# one written-out cardinal word up to 999.999 ("tweehonderdvijfentwintigduizend")
CARDINAL_WORD_RX = rf"(?:(?:{_HUNDREDS_RX})?duizend(?:en|ën)?(?:{_HUNDREDS_RX})?|{_HUNDREDS_RX})"
_CARDINAL_WORD = re.compile(rf"(?:{CARDINAL_WORD_RX})", re.I)

# ordinal-style denominators ("vijfde", "achtste", "eenentwintigste", "honderdste")
_ORD_STEM = {
    "eer": 1, "twee": 2, "der": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
}
DENOMINATOR_RX = (
    rf"(?:kwart|half|halve|derden?|(?:{CARDINAL_WORD_RX}|miljoen|miljard|biljoen)(?:ste|de)n?"
    r"|vijventwintigsten?)"
)
_DENOMINATOR = re.compile(rf"^(?:{DENOMINATOR_RX})$", re.I)

# --- digits ------------------------------------------------------------------

_SPACES = " \u00a0\u202f\u2009"
# A Dutch digit numeral: thousands dots or (narrow) spaces, decimal comma.
DIGITS_RX = (
    # an English decimal point, only where a scale word, percent or currency follows: "27.7 miljoen"
    r"(?:\d{1,3}\.\d{1,2}(?=[\s\u00a0]*(?:miljoen|miljard|mln|mld|mrd|procent|%|euro)\b|%)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.234 / 12.845,903
    # 1 234 567 / 40 000,5 (not "Q2 2025", nor a chart's "12 100%": no share is grouped in thousands)
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?(?!\d)(?![.,]\d)(?![\u00a0\u202f\u2009 ]?%)"
    r"|\d+(?:,\d+)?"  # 1234 / 2,5
    r"|,\d+)"  # ,25
)
_DIGITS_FULL = re.compile(rf"^[-−–]?\s*{DIGITS_RX}$")

SCALE_RX = r"(?:miljoen|miljard|biljoen|duizend|honderd|mln\.?|mld\.?|mrd\.?|mio\.?)"


_POINT_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")  # never a thousands group: "27.7" is 27,7


def parse_digits(text: str, *, point_decimal: bool = False) -> float | None:
    """A Dutch digit numeral: "1.234,5" → 1234.5, "1 234" → 1234, "2,5" → 2.5, ",08" → 0.08.

    "2.37" is no number on its own (an article or section number); with
    `point_decimal` (the figure finder saw a unit after it: "27.7 miljoen") the
    point is a decimal point.
    """
    s = text.strip()
    neg = s[:1] in "-−–"
    if neg:
        s = s[1:].strip()
    if point_decimal and _POINT_DECIMAL.fullmatch(s):
        return -float(s) if neg else float(s)
    if not _DIGITS_FULL.match(s) or not s:
        return None
    s = s.replace(".", "")
    for sp in _SPACES:
        s = s.replace(sp, "")
    s = s.replace(",", ".")
    if s.startswith("."):
        s = "0" + s
    try:
        v = float(s)
    except ValueError:
        return None
    return -v if neg else v


@lru_cache(maxsize=4096)
def word_value(word: str) -> float | None:
    """One written-out cardinal word: "tweeëntwintig" → 22, "drieduizend" → 3000."""
    w = word.lower().replace("ë", "e").replace("é", "e")
    if not w:
        return None
    if "duizend" in w:
        left, _, right = w.rpartition("duizend")
        lv = word_value(left) if left else 1.0
        rv = _rest(right)
        if lv is None or rv is None:
            return None
        return lv * 1000 + rv
    if "honderd" in w:
        left, _, right = w.partition("honderd")
        lv = word_value(left) if left else 1.0
        rv = _rest(right)
        if lv is None or rv is None or lv >= 100:
            return None
        return lv * 100 + rv
    return _below100(w)


def _rest(right: str) -> float | None:
    if not right:
        return 0.0
    if right.startswith("en") and right[2:] and _below100(right[2:]) is not None:
        right = right[2:]
    v = word_value(right)
    if v is None or v >= 1000:
        return None
    return v


def _below100(w: str) -> float | None:
    for table in (UNITS, TEENS, TENS):
        if w in table:
            return float(table[w])
    m = re.fullmatch(r"(een|twee|drie|vier|vijf|zes|zeven|acht|negen)e?en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)", w)
    if m:
        return float(UNITS[m.group(1)] + TENS[m.group(2)])
    return None


@lru_cache(maxsize=1024)
def denominator_value(word: str) -> float | None:
    """ "derde" → 3, "achtste(n)" → 8, "kwart" → 4, "eenentwintigste" → 21."""
    w = word.lower().replace("ë", "e")
    if w in _DENOM_SPECIAL:
        return float(_DENOM_SPECIAL[w])
    if w.endswith("n"):
        w = w[:-1]
    if w == "vijventwintigste":  # common misspelling in the specs
        return 25.0
    for suffix in ("ste", "de"):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            if stem in ("miljoen", "miljard", "biljoen"):
                return SCALES[stem]
            v = word_value(stem)
            if v is None and stem in _ORD_STEM:
                v = float(_ORD_STEM[stem])
            if v is None and stem.endswith("t") and word_value(stem[:-1]) is not None:
                v = word_value(stem[:-1])  # "achtste" is acht+ste, "twintigste"
            if v is not None and v >= 2:
                return v
    return None


# --- whole numerals ---------------------------------------------------------

_TOKEN = re.compile(
    r"[-−–]?\s*\d[\d.,\u00a0\u202f ]*\d(?:\s*/\s*\d+)?|[-−–]?\s*\d(?:\s*/\s*\d+)?|,\d+|[^\W\d_]+(?:-[^\W\d_]+)*|[/-]",
    re.U,
)
_SUFFIX_SCALE = {"k": 1e3, "m": 1e6, "g": 1e9, "b": 1e9, "t": 1e12}
_SCI = re.compile(r"^\s*([-−–]?)\s*(\d+(?:,\d+)?)\s*(?:e([+-]?\d+)|\^\s*([+-]*)(\d+))\s*$", re.I)
_SUFFIXED = re.compile(r"^\s*([-−–]?)\s*(\d+(?:,\d+)?)\s*([kKmMgGbBtT])\s*$")
_FRACTION = re.compile(r"^\s*([-−–]?)\s*(?:(\d+)\s+)?(\d+)\s*/\s*(\d+)\s*$")


def parse_number(text: str) -> float | None:
    """Parse one Dutch numeral (digits or words, with scale words and fractions); None if it is none.

    >>> parse_number("1.234,5"), parse_number("2,3 miljard"), parse_number("twee derde")
    (1234.5, 2300000000.0, 0.6666666666666666)
    """
    if not text:
        return None
    s = text.strip().strip(".").strip()
    s = s.replace("\u00ad", "")
    if not s:
        return None
    v = parse_digits(s)
    if v is not None:
        return v
    low = s.lower()
    # strip a trailing ",-" / ",--" of amounts ("24,-")
    low = re.sub(r",[-–]+$", "", low)
    v = parse_digits(low)
    if v is not None:
        return v
    m = _SCI.match(low)
    if m:
        sign, mant, exp1, signs, exp2 = m.groups()
        base = float(mant.replace(",", "."))
        if exp1 is not None:
            val = base * 10 ** int(exp1)
        else:
            e = int(exp2) * (-1 if signs.count("-") % 2 else 1)
            val = base**e
        return -val if sign else val
    m = _SUFFIXED.match(low)
    if m:
        sign, mant, suf = m.groups()
        val = float(mant.replace(",", ".")) * _SUFFIX_SCALE[suf.lower()]
        return -val if sign else val
    m = _FRACTION.match(low)
    if m:
        sign, whole, num, den = m.groups()
        if int(den) == 0:
            return None
        val = (int(whole) if whole else 0) + int(num) / int(den)
        return -val if sign else val
    return _parse_words(low)


_RATIO = re.compile(r"^(.+?)\s+(?:op|van|uit)\s+(?:de\s+)?(.+)$")


def _parse_words(s: str) -> float | None:
    neg = False
    if s.startswith("min "):
        neg, s = True, s[4:]
    elif s[:1] in "-−":
        neg, s = True, s[1:].strip()
    if s in ("de helft", "helft"):
        return 0.5
    m = _RATIO.match(s)
    if m and " en " not in s:
        a, b = _words_value(m.group(1)), _words_value(m.group(2))
        if a is not None and b:
            return -(a / b) if neg else a / b
    v = _words_value(s)
    if v is None:
        return None
    return -v if neg else v


def _tokens(s: str) -> list[str]:
    s = re.sub(r"\s*([/-])\s*", r" \1 ", s)
    return [t for t in s.split() if t]


_SCALE_WORDS = {"honderd", "duizend", "miljoen", "miljard", "biljoen", "half", "halve", "kwart"}


def _joins_a_numeral(before: str, after: str, then: str | None) -> bool:
    """Whether "en" between two words makes one numeral: after a hundred or more ("honderd en twintig",
    "vierduizend en twee"), a unit before a ten written apart ("twee en twintig"), a fraction or a scale after
    ("drie en een kwart", "drieëntwintig en drie vijfde", "driehonderd en twee dozijn"); not two numbers ("drie
    en vier kwartalen")."""
    a, b = word_value(before), word_value(after)
    if a is None or b is None or before in SCALES or after in ("een", "één") or a >= 100:
        return True
    if then is not None and (then in SCALES or denominator_value(then) is not None):
        return True
    return a < 10 and b >= 20 and b % 10 == 0 and b < 100


def _words_value(s: str) -> float | None:
    """Sum of a sequence of number words, digits, scale words and fractions."""
    toks = _tokens(s)
    if not toks:
        return None
    # "een tien miljoen", "een vijf procent": "een" before a cardinal below a hundred is an article
    # ("about"), not a one to add; "een miljoen", "een honderd" keep it as the multiplier it is
    if len(toks) > 1 and toks[0] in ("een", "één") and toks[1] not in _SCALE_WORDS:
        value = word_value(toks[1])
        if value is not None and value < 100:
            toks = toks[1:]
    # "komma": "vijf komma vijf"
    if "komma" in toks:
        i = toks.index("komma")
        a = _words_value(" ".join(toks[:i]))
        dec = toks[i + 1 :]
        digits = []
        for t in dec:
            dv = word_value(t) if not t.isdigit() else float(t)
            if dv is None or dv >= 10:
                digits = []
                break
            digits.append(str(int(dv)))
        if a is None or not digits:
            return None
        return float(f"{int(a)}.{''.join(digits)}")
    total = 0.0  # completed groups (>= million)
    current = 0.0  # group under construction
    last = None  # value of the last simple numeral token (for fractions)
    last_was_scale = False
    seen = False
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in ("en", "ën") and 0 < i and nxt is not None and not _joins_a_numeral(toks[i - 1], nxt, toks[i + 2] if i + 2 < n else None):
            return None  # "drie en vier kwartalen": two numbers, not one
        if t in ("en", "ën", "/", "-"):
            i += 1
            continue
        if t in ("anderhalf", "anderhalve"):
            current += 1.5
            last, last_was_scale, seen = 1.5, False, True
            i += 1
            continue
        m = re.fullmatch(r"(.+?)(?:ën|en)(half|halve)", t)
        if m and word_value(m.group(1)) is not None:
            current += word_value(m.group(1)) + 0.5
            last, last_was_scale, seen = None, False, True
            i += 1
            continue
        if t in ("driekwart",):
            frac = 0.75
            if last_was_scale and current == 0 and total:
                # "vijf miljard en driekwart": a fraction of the last scale
                total += frac * _last_scale(toks, i)
            else:
                current += frac
            seen, last, last_was_scale = True, None, False
            i += 1
            continue
        if t in ("helft",):
            current += 0.5
            seen = True
            i += 1
            continue
        sv = SCALES.get(t.rstrip("."))
        if sv is not None and t not in ("honderd",) or t.rstrip(".") in ("honderd",) and seen and current:
            sv = SCALES[t.rstrip(".")]
            if not seen:
                # "honderd", "duizend" alone are numbers; "miljoen" alone is not
                if t in ("honderd", "duizend"):
                    current = sv
                    seen, last, last_was_scale = True, sv, True
                    i += 1
                    continue
                return None
            base = current if current else 1.0
            if sv >= 1e6:
                if current == 0 and total and last_was_scale:
                    total *= sv  # "honderdduizend miljoen"
                else:
                    total += base * sv
                current = 0.0
            elif sv == 12 or sv == 144:  # dozijn/gros multiply only the last numeral
                lv = last if last is not None else 1.0
                current = current - lv + lv * sv
            else:
                if current >= sv:
                    # "tweeduizend tweehonderd duizend"? treat as group multiplier
                    current = current * sv
                else:
                    current = base * sv
            last, last_was_scale, seen = None, True, True
            i += 1
            continue
        # a fraction: numerator followed by denominator
        dv = denominator_value(t) if seen or t in ("half", "halve", "kwart") else None
        if dv is not None and (last is not None or t in ("half", "halve", "kwart")):
            num = last if last is not None else 1.0
            if last is not None:
                current -= last
            frac = num / dv
            if nxt is not None and nxt.rstrip(".") in SCALES and SCALES[nxt.rstrip(".")] >= 1000:
                # "een half miljoen", "anderhalf miljoen"
                current += frac
                last, last_was_scale = None, False
                i += 1
                continue
            if current == 0 and total:
                total += frac * _last_scale(toks, i)  # "3 miljoen en een half"
            elif current == 0 and total == 0 and last is None and t in ("half", "halve", "kwart"):
                current = frac
            else:
                current += frac
            last, last_was_scale = frac, False
            i += 1
            continue
        if t.isdigit() or parse_digits(t) is not None:
            v = parse_digits(t)
        else:
            v = word_value(t)
        if v is None:
            return None
        current += v
        last, last_was_scale, seen = v, False, True
        i += 1
    if not seen:
        return None
    return total + current


def _last_scale(toks: list[str], i: int) -> float:
    for t in reversed(toks[:i]):
        sv = SCALES.get(t.rstrip("."))
        if sv is not None:
            return sv
    return 1.0
