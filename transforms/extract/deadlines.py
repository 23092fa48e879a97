"""Deadlines in commitment sentences: the moment as written, and a due date.

`find_deadline(sentence)` returns the first time expression that can act as a
deadline ("voor de zomer", "eind 2023", "in het voorjaar", "voor 1 december
2023", "in de volgende voortgangsrapportage", "zo spoedig mogelijk") as a
`Deadline` with its text and offsets in the sentence. `resolve(text, ref)`
turns the written moment into a date, relative to the document's date `ref`.

Conventions for `due_date` (the last day on which the moment is still met):

| written | due_date |
| --- | --- |
| "voor 1 december 2023", "uiterlijk 1 december", "ruim voor het sluiten van de regeling (1 december 2023)" | that day (the year of the document when none is given; the next year when that day has already passed) |
| "eind 2023", "eind dit jaar", "voor het einde van het jaar", "in 2023", "in het jaar 2023", "voor 2024" | 2023-12-31 (for "voor 2024": the day before, 2023-12-31; but "voor 2024" written in 2023 or 2024 is the year a plan is for, 2024-12-31; "vóór 2024", stressed, is always before) |
| "in 2023 en 2024", "voor 2030 en 2050"; "voor 2025" after a target or a sum ("de doelstelling van 14% voor 2020", "4,5 miljoen voor 2025", "Voor 2030 streven we …") | the end of the last year named: the years it is for |
| "eind maart", "in maart 2024", "voor/vóór maart", "in mei en juni" | the last day of that (the later) month ("voor maart": the last day of February) |
| "tot en met 2030", "tot 2030", "tot en met juli", "tot juli 2023" | 2030-12-31; the last day of July; "tot juli": the last day of June |
| "begin 2025" | 2025-03-31 (the end of the first quarter) |
| "begin maart" | the 10th of that month |
| "medio 2024", "halverwege 2024", "de eerste helft (het eerste halfjaar) van 2024" | 2024-06-30 |
| "de tweede helft (het tweede halfjaar, half jaar) van 2024" | 2024-12-31 |
| "Q3 2024", "het derde kwartaal van 2024"; "dit kwartaal", "komend kwartaal" | the last day of that quarter (of the document's date, or the one after it) |
| "begin vierde kwartaal" | the last day of the quarter's first month |
| "in 2024-2025", "in de periode van 2022 tot en met 2024", "(2023-2025)" | the end of the last year: the span the work runs through (not a name: "de Veiligheidsagenda 2023-2026") |
| "voor de zomer", "voor het zomerreces", "rond het zomerreces" | the first Friday of July: the start of the summer recess of the Tweede Kamer, as a convention |
| "in het voorjaar", "dit voorjaar", "voorjaar 2024", "het voorjaar van volgend jaar" | 06-20 (the end of spring) |
| "(in) de zomer", "deze zomer", "rond de zomer" | 09-22 (the end of summer) |
| "in het najaar", "dit najaar", "najaar 2024" | 12-20 (the end of autumn, before the Christmas recess) |
| "deze winter", "winter 2024" | 03-20 (of 2025 for "winter 2024") |
| "na de zomer", "kort na de zomer", "na het zomerreces" | 09-01: the first day after the summer (seven of the ten labelled due dates) |
| "voor het kerstreces", "voor de kerst", "voor het einde van het kalenderjaar" | 12-20, 12-24, 12-31 |
| "voor het voorjaarsreces / meireces / herfstreces" | about the day that recess starts: 02-14, 04-24, 10-14 |
| "na het voorjaarsreces / meireces / herfstreces / kerstreces" | the end of the month in which it ends: 03-31, 05-31, 10-31, 01-31 |
| "voor/op Prinsjesdag", "bij de begroting" | the third Tuesday of September |
| "voor de begrotingsbehandeling"; "bij de begroting" once the budget has been presented | 11-30: the end of the Kamer's budget debates |
| "volgend jaar", "komend jaar" | 12-31 of the next year |
| "binnen zes weken", "over drie maanden", "binnen tien werkdagen", "het komende jaar", "de komende week", "de komende maand" | the document's date plus that span; "binnen enkele werkdagen" is five working days |
| "deze week", "volgende week", "komende week", "deze maand", "volgende maand" | the Sunday of that week; the last day of that month |
| "vanaf juni", "met ingang van juli 2025", "rond 1 juni" | the first of that month; that day |
| "per direct"; in a debate: "in (de) tweede termijn", "(nog) in dit debat", "zo meteen", "vandaag", "vanavond", "in de schorsing", "zo in mijn antwoord", "in het blokje …"; when spoken, "straks", "in mijn/deze termijn", "voor/na de lunch" and coming back to a point "zo", "dadelijk", "later" or "aan het einde" ("Daar kom ik zo op terug") | the day itself |
| "voor de stemming(en)" | the next Tuesday after the document's date: the Tweede Kamer votes on Tuesdays |
| "morgen"; "(uiterlijk) vrijdag", "vrijdag en zaterdag" | the next day; the next such weekday after the document's date (the later one) |
| "zo spoedig mogelijk", "z.s.m.", "op korte termijn", "binnenkort", "binnen enkele weken", "in de volgende voortgangsrapportage", "in de komende periode", "in/bij de Voorjaarsnota" (without a year: the coming one) | none: the deadline is kept as text only |

A moment in a clause of what has been done (a perfect tense, its participle
after the moment) gives way to a moment in a later clause: "Het traject is in
2020 van start gegaan en loopt door in 2021" is due at the end of 2021.

A season or month without a year ("in het najaar", "voor de zomer") refers to
the next such moment on or after the document's date ("dit voorjaar" in a
letter of November: the coming spring); "dit jaar" is the
document's year. Without a reference date only expressions that name their
year get a due date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_YEAR = r"(?:19|20)\d\d"
WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6}
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NUMWORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
}
_ORDINAL_Q = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4}
_YEARREF = rf"(?:{_YEAR}|dit jaar|het jaar|dit kalenderjaar|het kalenderjaar|volgend jaar|komend jaar|het komende jaar|het volgende jaar|deze kabinetsperiode)"
_VOOR = r"(?:voor|vóór|uiterlijk|uiterlijk voor|uiterlijk op|ruim voor|nog voor|tegen)"

# Order matters: the more specific patterns first.
_PATTERNS = [
    # a moment named by its event, with the date glossed in brackets: "ruim voor het sluiten van de
    # openstellingsperiode (1 december 2023)"
    ("date_gloss", rf"\b{_VOOR}\s+(?:het|de)\s+[^.;:()]{{3,100}}?\((\d{{1,2}})\s+({_MONTH})\s+({_YEAR})\)"),
    # a moment named by an event on a date: "voor het commissiedebat van 2 juli", "voor de Raad van 15 december"
    ("date_event", rf"\b{_VOOR}\s+(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?(?:debat|[\w-]+debat|overleg|[\w-]+overleg|raad|[\w-]+raad|top|"
                   rf"bijeenkomst|vergadering|[\w-]+vergadering)\s+(?:van|op)\s+(\d{{1,2}})\s+({_MONTH})(?:\s*({_YEAR}))?\b"),
    ("date", rf"\b(?:{_VOOR}|op|per|vanaf|met ingang van|in de week van|rond|omstreeks)\s+(?:de\s+)?(\d{{1,2}})\s+({_MONTH})(?:\s*({_YEAR}))?\b"),
    ("quarter", rf"\b(?:in\s+|voor\s+|vóór\s+|uiterlijk\s+|eind\s+|(begin)\s+)?(?:het\s+)?(?:q([1-4])|([1-4])e\s+kwartaal|(eerste|tweede|derde|vierde|laatste)\s+kwartaal)(?:\s+(?:van\s+)?({_YEAR}|dit jaar|volgend jaar))?\b"),
    # the quarter of the document's date or the one after it: "Daarom stel ik dit kwartaal nog een regeling vast"
    # (not what something is for: "de planning voor het komende kwartaal")
    ("rel_quarter", r"(?<!\bvoor\s)(?<!\bvoor\shet\s)\b(?:in\s+|nog\s+)?(?:het\s+)?(dit|deze|komend|komende|volgend|volgende)\s+kwartaal\b"),
    ("end_month", rf"\b(?:{_VOOR}\s+)?(?:eind|einde|eind van|aan het eind van|aan het einde van)\s+({_MONTH})(?:\s*({_YEAR}))?\b"),
    ("begin_month", rf"\b(?:begin|half|medio|midden)\s+({_MONTH})(?:\s*({_YEAR}))?\b"),
    ("end_year", rf"\b(?:{_VOOR}\s+)?(?:(?:het\s+)?eind(?:e)?(?:\s+van)?|aan het eind(?:e)? van|voor het eind(?:e)? van|ultimo)\s+({_YEARREF})"),
    ("begin_year", rf"\b(?:begin|aan het begin van|in het begin van|begin van)\s+({_YEAR}|volgend jaar|komend jaar)\b"),
    ("mid_year", rf"\b(?:medio|halverwege|midden)\s+({_YEAR}|dit jaar|volgend jaar)\b"),
    ("half_year", rf"\b(?:in\s+|voor\s+|vóór\s+|uiterlijk\s+(?:in\s+)?)?(?:de\s+|het\s+)?(eerste|tweede)\s+(?:helft|jaarhelft|halfjaar|half\s+jaar)\s+(?:van\s+)?({_YEAR}|dit jaar|volgend jaar|komend jaar)\b"),
    ("summer_before", rf"\b(?:{_VOOR}\s+(?:de\s+)?(?:het\s+)?(?:zomer(?:reces)?|zomerperiode)|rond\s+het\s+zomerreces)(?:\s+(?:van\s+)?({_YEAR}))?"),
    ("summer_after", rf"\b(?:na|direct na|kort na|meteen na|vlak na)\s+(?:de\s+|het\s+)?(?:zomer(?:reces)?|zomerperiode)(?:\s+(?:van\s+)?({_YEAR}))?"),
    ("recess", r"\b(voor|vóór|uiterlijk voor|nog voor|ruim voor|na|direct na|kort na|meteen na)\s+(?:het\s+)?(voorjaarsreces|krokusreces|meireces|herfstreces|kerstreces)\b"),
    ("christmas", r"\b(?:voor|vóór|uiterlijk voor)\s+(?:het\s+|de\s+)?(kerstreces|kerst)\b"),
    ("prinsjesdag", r"\b(?:voor|vóór|op|met|bij|rond|richting)\s+(?:prinsjesdag|de (?:ontwerp)?begroting(?:sbehandeling|sdebat)?|de miljoenennota)\b"),
    ("season", rf"\b(?:in\s+het\s+|in\s+de\s+|dit\s+|deze\s+|komend\s+|komende\s+|volgend\s+|volgende\s+|het\s+komende\s+|in\s+het\s+komende\s+|rond\s+(?:het\s+|de\s+)?|{_VOOR}\s+(?:het\s+|de\s+)?einde?\s+van\s+(?:het\s+|de\s+)?)?(voorjaar|najaar|zomer|winter)(?:\s*(?:van\s+)?({_YEAR}|dit jaar|volgend jaar|komend jaar))?\b"),
    ("month", rf"\b(?:in|voor|vóór|uiterlijk|uiterlijk in|in de loop van|nog in|per|vanaf|met ingang van|rond|omstreeks)\s+({_MONTH})(?:\s*({_YEAR}))?(?:\s+(?:en|of|t/m|tot en met)\s+({_MONTH})(?:\s*({_YEAR}))?)?\b"),
    # until a moment: "tot en met 2030", "tot juli 2023" (not a range of amounts: "van 500 tot 2000")
    ("until", rf"(?<![\d%]\s)\b(tot en met|t/m|tot)\s+(?:({_MONTH})(?:\s*({_YEAR}))?|({_YEAR}))\b"),
    # a span of years the work runs through: "In 2024-2025 worden stresstesten uitgevoerd", "in de periode van 2022 tot
    # en met 2024", "Hier worden pilots voor gestart (2023-2025)"; not a plan or agreement named by its years
    # ("de Veiligheidsagenda 2023-2026"), a season, school or parliamentary year ("seizoen 2024-2025"), nor what
    # something is for ("de plannen voor de periode 2024-2027")
    ("year_range", rf"(?:\b(?:in|tijdens|gedurende)\s+(?:de\s+)?(?:periode\s+)?(?:van\s+)?|(?<!\bvoor\sde\s)\bperiode\s+(?:van\s+)?|(?<=\())"
                   rf"({_YEAR})[\s\u00a0]*(?:[–-]|tot\s+en\s+met|t/m)[\s\u00a0]*({_YEAR})\b"),
    ("year", rf"\b(?:in|voor|vóór|uiterlijk in|uiterlijk|in de loop van|nog in|per|vanaf|met ingang van|in het (?:kalender)?jaar)\s+({_YEAR})\b(?![\s\u00a0]*(?:[–-]|tot|t/m))"),
    # the same day in a debate, the next day, a day of the coming week
    ("today", r"\b(?:in\s+(?:de\s+)?tweede\s+termijn|zo\s+meteen|zometeen|zo\s+dadelijk|vandaag|vanavond|vanmiddag|"
              r"(?:in|tijdens)\s+de\s+schorsing|(?:zo|straks)\s+(?:\w+\s+)?in\s+(?:mijn|de)\s+(?:verhaal|antwoord|beantwoording|betoog)|"
              r"in\s+het\s+blokje|(?:nog\s+)?in\s+dit\s+debat|per\s+direct)\b"),
    # the Tweede Kamer votes on Tuesdays: "voor de stemmingen" is the next Tuesday
    ("votes", r"\b(?:voor|vóór|uiterlijk voor|ruim voor|nog voor)\s+de\s+stemming(?:en)?\b"),
    ("tomorrow", r"(?<!\bvan\s)(?<!\bde\s)\b(?:uiterlijk\s+)?morgen\b(?!\s*(?:de|het|is|zijn)\b)"),
    ("weekday", rf"\b(?:uiterlijk\s+|op\s+|aanstaande\s+|komende\s+)?({_WEEKDAY})(?:\s+(?:en|of|of\s+uiterlijk)\s+({_WEEKDAY}))?\b"),
    ("rel_year", r"\b(?:in\s+|nog\s+|ergens\s+)?(?:dit jaar|volgend jaar|komend jaar|het komende jaar|in de loop van (?:dit|volgend|komend) jaar)\b"),
    ("period", r"\b(?:nog\s+)?(deze|volgende|komende|de komende|de volgende)\s+(week|maand)\b"),
    ("within", r"\b(?:binnen|over)\s+(?:(\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(dag|dagen|werkdag|werkdagen|week|weken|maand|maanden|jaar)|"
               r"(enkele|een\s+paar)\s+(werkdagen))\b"),
    ("vague", r"\b(?:zo spoedig mogelijk|z\.s\.m\.|zo snel mogelijk|zo spoedig|spoedig|op korte termijn|binnen afzienbare tijd|binnen (?:enkele|een paar) (?:dagen|weken|maanden)|binnenkort|op afzienbare termijn|de komende (?:weken|maanden|periode|jaren)|in de komende (?:weken|maanden|periode|jaren)|in de loop van (?:dit|het) (?:voorjaar|najaar)|(?:in|met|bij) de (?:volgende|eerstvolgende|komende) (?:voortgangs(?:rapportage|brief|rapportages)|voortgangsbrief|brief|rapportage|kamerbrief|verzamelbrief|monitor|jaarrapportage|halfjaarrapportage|stand van zaken[- ]brief)|voor het einde van (?:deze|dit) kabinetsperiode|deze kabinetsperiode|(?:in|bij|met) de (?:voorjaarsnota|najaarsnota|(?:eerste|tweede) suppletoire begroting)(?![\s\u00a0]*(?:19|20)\d\d))\b"),
]
_COMPILED = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _PATTERNS]

# A pattern can only match where one of its words occurs (in the lower-cased sentence): a cheap test that
# skips most of the searches (find_deadline runs on every commitment sentence).
_MONTH_WORDS = tuple(MONTHS)
_NEEDS = {
    "date": _MONTH_WORDS,
    "date_gloss": _MONTH_WORDS,
    "date_event": _MONTH_WORDS,
    "quarter": ("kwartaal", "q1", "q2", "q3", "q4"),
    "rel_quarter": ("kwartaal",),
    "year_range": ("19", "20"),
    "end_month": ("eind",),
    "begin_month": ("begin", "half", "medio", "midden"),
    "end_year": ("eind", "ultimo"),
    "begin_year": ("begin",),
    "mid_year": ("medio", "halverwege", "midden"),
    "half_year": ("helft", "halfjaar", "half jaar"),
    "summer_before": ("zomer",),
    "summer_after": ("zomer",),
    "recess": ("reces",),
    "christmas": ("kerst",),
    "prinsjesdag": ("prinsjesdag", "begroting", "miljoenennota"),
    "season": ("voorjaar", "najaar", "zomer", "winter"),
    "month": _MONTH_WORDS,
    "until": ("tot", "t/m"),
    "year": ("19", "20"),
    "rel_year": ("jaar",),
    "today": ("termijn", "meteen", "zometeen", "dadelijk", "vandaag", "vanavond", "vanmiddag", "schorsing", "verhaal",
              "antwoord", "beantwoording", "betoog", "blokje", "debat", "direct"),
    "votes": ("stemming",),
    "tomorrow": ("morgen",),
    "weekday": tuple(WEEKDAYS),
    "period": ("week", "maand"),
    "within": ("binnen", "over"),
    "vague": ("spoedig", "z.s.m", "snel", "termijn", "afzienbare", "enkele", "paar", "binnenkort", "komende", "loop van", "volgende",
              "kabinetsperiode", "voorjaarsnota", "najaarsnota", "suppletoire"),
}
_NEEDS_RX = {name: re.compile("|".join(re.escape(w) for w in words)) for name, words in _NEEDS.items()}


@dataclass
class Deadline:
    text: str  # as written in the sentence
    start: int
    end: int
    kind: str  # which pattern matched
    groups: tuple
    alternative: Deadline | None = None  # "eind maart/begin april": the later moment it may also be


def find_deadline(sentence: str, spoken: bool = False) -> Deadline | None:
    """The first deadline expression in the sentence (leftmost; the most specific at a tie).

    A vague moment ("op korte termijn") gives way to a datable one later in the
    sentence ("op korte termijn, in ieder geval ruim voor 1 december 2023"):
    the date is the commitment's real deadline. Said in a debate (`spoken`), a
    bare "straks" is later in the same sitting ("Ik kom straks nog terug op …").
    """
    first = _first_deadline(sentence)
    if first is not None and first.kind != "vague":
        # a moment in a clause of what has been done gives way to one in a later clause: "In 2018 is BKWI gestart
        # met …, en dit wordt in 2019 voortgezet", "Het traject is in 2020 van start gegaan en loopt door in 2021"
        end = _past_clause_end(sentence, first)
        later = _first_deadline(sentence[end:]) if end is not None else None
        if later is not None and later.kind != "vague":
            return Deadline(later.text, later.start + end, later.end + end, later.kind, later.groups, later.alternative)
    if first is None and spoken:
        later = _STRAKS.search(sentence) or _LATER_IN_SITTING.search(sentence)
        if later:
            return Deadline(_clean(later.group(1) or later.group(0)), later.start(), later.end(), "today", ())
    return first


_CLAUSE_BREAK = re.compile(r"[,;:]\s*|\s+(?:en|maar|terwijl)\s+", re.IGNORECASE)
_PERFECT_AUX = re.compile(r"\b(?:is|zijn|ben|heeft|hebben|heb)\b", re.IGNORECASE)
# a participle after the moment, no "te", "om" or "dat" before it (in "Ik heb toegezegd u voor de zomer te
# informeren" the moment belongs to the act to come)
_PARTICIPLE_AFTER = re.compile(r"^(?:(?!\b(?:te|om|dat)\b)[^,;:])*?\b[a-zë]*ge[a-zë]+(?:d|t|en|aan)\b", re.IGNORECASE)


def _past_clause_end(sentence: str, moment: Deadline) -> int | None:
    """Where the clause around the moment ends, when that clause tells what has been done (a perfect tense with its
    participle after the moment); else None."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, moment.start)), default=0)
    after = _CLAUSE_BREAK.search(sentence, moment.end)
    end = after.start() if after else len(sentence)
    if not (_PERFECT_AUX.search(sentence, start, end) and _PARTICIPLE_AFTER.match(sentence[moment.end:end])):
        return None
    return end


_STRAKS = re.compile(r"\b(straks)\b", re.IGNORECASE)
# coming back to a point later in the sitting: "Daar kom ik zo op terug", "Ik kom dadelijk terug op
# Oekraïne", "daar kom ik later uitgebreid op terug", "Aan het einde kom ik er nog op terug", "voor de lunchpauze", "in mijn tweede termijn"
_LATER_IN_SITTING = re.compile(
    r"\b(zo|dadelijk|later|aan[ \t\u00a0]+het[ \t\u00a0]+einde?(?![ \t\u00a0]+van\b))\b(?=(?:[ \t\u00a0]+[^\W\d_]+){0,4}?[ \t\u00a0]+(?:op[ \t\u00a0]+)?terug\b)"
    r"|\b(?:voor|na)\s+de\s+lunch(?:pauze)?\b|\b(?:in|aan\s+het\s+begin\s+van)\s+(?:mijn|deze|de|de\s+volgende)\s+(?:tweede\s+)?termijn\b",
    re.IGNORECASE,
)


def _first_deadline(sentence: str) -> Deadline | None:
    found: list[Deadline] = []
    lower = sentence.lower()
    for name, rx in _COMPILED:
        if not _NEEDS_RX[name].search(lower):
            continue
        for m in rx.finditer(sentence):
            if name == "season" and not _season_ok(m):
                continue
            found.append(Deadline(_clean(m.group(0)), m.start(), m.end(), name, m.groups()))
            break
    datable = [d for d in found if d.kind != "vague"]
    candidates = datable or found
    if not candidates:
        return None
    first = min(candidates, key=lambda d: d.start)
    if first.kind == "year" and first.text.lower().startswith(("voor ", "vóór ")) and _FOR_THE_YEAR.search(sentence, 0, first.start) \
            or first.kind == "year" and _FOR_THE_YEAR_AFTER.match(sentence, first.end):
        first = Deadline(first.text, first.start, first.end, "year_for", first.groups)
    # a second moment given as the alternative or the end of the first: "eind maart/begin april",
    # "in 2025 en 2026", "in het voorjaar of uiterlijk voor de zomer"
    joint = _ALTERNATIVE.match(sentence, first.end)
    if joint and first.kind != "vague":
        later = _first_deadline(sentence[joint.end():])
        bare = re.match(rf"({_YEAR})\b", sentence[joint.end():]) if first.kind in ("year", "year_for") else None
        if later is None and bare:  # "in 2023 en 2024", "voor 2030 en 2050": the years named together, to the last
            later = Deadline(bare.group(), 0, bare.end(), "year_for", bare.groups())
        if later is not None and later.start == 0 and later.kind != "vague":
            end = joint.end() + later.end
            return Deadline(_clean(sentence[first.start:end]), first.start, end, first.kind, first.groups, later)
    return first


# "voor 2025" is the year a target or a sum is for, not the moment before it: "de doelstelling van 14% voor
# 2020", "4,5 miljoen voor 2025", "extra geld voor 2023", "Voor 2030 streven we naar …"
_FOR_THE_YEAR = re.compile(
    r"\b(?:doel\w*|ambitie\w*|streef\w*|reservering\w*|geld|budget\w*|middelen|euro|miljoen|miljard|procent)(?:\s+\S+){0,1}\s+$|%\s+$",
    re.IGNORECASE)
_FOR_THE_YEAR_AFTER = re.compile(r"\s+(?:streven|streeft|streef)\b", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\s*(?:/|\bof\b|\ben\b|[–-])\s*(?:uiterlijk\s+)?", re.IGNORECASE)


def _season_ok(m: re.Match) -> bool:
    # a bare "zomer" in a noun compound or as subject is no moment ("de zomer was heet")
    text = m.group(0).lower()
    return any(text.startswith(p) for p in ("in ", "dit ", "deze ", "komend", "volgend", "het komende", "rond ", "voor ", "vóór ", "uiterlijk")) or bool(m.group(2))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def resolve(deadline: Deadline | None, ref: date | None) -> date | None:
    """The due date of a deadline, relative to the document's date (see the module docstring)."""
    if deadline is None:
        return None
    try:
        due = _resolve(deadline, ref)
    except (ValueError, OverflowError):
        return None
    later = resolve(deadline.alternative, ref) if deadline.alternative else None
    return max(due, later) if due and later else due


def _year_of(token: str | None, ref: date | None) -> int | None:
    if token is None:
        return None
    t = token.lower()
    if re.fullmatch(_YEAR, t):
        return int(t)
    if ref is None:
        return None
    if "volgend" in t or "komend" in t or "komende" in t:
        return ref.year + 1
    if "kabinetsperiode" in t:
        return None
    return ref.year  # dit jaar, het jaar, het kalenderjaar


def _next_on_or_after(month: int, day: int, ref: date | None, year: int | None) -> date | None:
    if year is not None:
        return date(year, month, day)
    if ref is None:
        return None
    d = date(ref.year, month, day)
    return d if d >= ref else date(ref.year + 1, month, day)


def _first_friday_of_july(year: int) -> date:
    d = date(year, 7, 1)
    return d + timedelta(days=(4 - d.weekday()) % 7)


def _prinsjesdag(year: int) -> date:
    d = date(year, 9, 1)
    first_tuesday = d + timedelta(days=(1 - d.weekday()) % 7)
    return first_tuesday + timedelta(days=14)


def _last_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_after(day: date, n: int) -> tuple[int, int]:
    """(year, month) n months after the month of `day`."""
    m = day.month - 1 + n
    return day.year + m // 12, m % 12 + 1


def _add_months(day: date, n: int) -> date:
    y, m = _month_after(day, n)
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


# the last day of each season: its astronomical end (autumn: before the Christmas recess). Labellers split
# between these and the meteorological ends (31 May, 31 August, 30 November); these fit a few more labels.
_SEASON_END = {"voorjaar": (6, 20), "zomer": (9, 22), "najaar": (12, 20), "winter": (3, 20)}
# the Tweede Kamer's recesses: about the day each starts, and the end of the month in which each ends
_RECESS_BEFORE = {"voorjaarsreces": (2, 14), "krokusreces": (2, 14), "meireces": (4, 24), "herfstreces": (10, 14), "kerstreces": (12, 20)}
_RECESS_AFTER = {"voorjaarsreces": (3, 31), "krokusreces": (3, 31), "meireces": (5, 31), "herfstreces": (10, 31), "kerstreces": (1, 31)}


_BUDGET_DEBATES_END = (11, 30)


def _add_working_days(ref: date, n: int) -> date:
    """The n-th working day (Monday to Friday) after `ref`."""
    day = ref
    while n > 0:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day


def _next_weekday(ref: date, weekday: int) -> date:
    """The first such weekday after the document's date (Monday is 0)."""
    return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def _resolve(d: Deadline, ref: date | None) -> date | None:
    g = d.groups
    low = d.text.lower()
    if d.kind in ("date", "date_gloss", "date_event"):
        day, month, year = int(g[0]), MONTHS[g[1].lower()], g[2]
        return _next_on_or_after(month, day, ref, int(year) if year else None)
    if d.kind == "quarter":
        begin, g = g[0], g[1:]
        q = int(g[0] or g[1] or _ORDINAL_Q.get((g[2] or "").lower(), 0))
        year = _year_of(g[3], ref) if g[3] else None
        if year is None:
            if ref is None:
                return None
            year = ref.year
            if _last_of_month(year, q * 3) < ref:
                year += 1
        return _last_of_month(year, q * 3 - 2 if begin else q * 3)  # "begin vierde kwartaal": its first month
    if d.kind == "rel_quarter":
        if ref is None:
            return None
        this_quarter_end = (ref.month - 1) // 3 * 3 + 3
        y, m = _month_after(date(ref.year, this_quarter_end, 1), 0 if g[0].lower() in ("dit", "deze") else 3)
        return _last_of_month(y, m)
    if d.kind == "year_range":
        first, last = int(g[0]), int(g[1])
        return date(last, 12, 31) if first < last <= first + 30 else None
    if d.kind == "end_month":
        month = MONTHS[g[0].lower()]
        if g[1]:
            return _last_of_month(int(g[1]), month)
        last = _next_on_or_after(month, calendar.monthrange(2001, month)[1], ref, None)
        return _last_of_month(last.year, month) if last else None
    if d.kind == "begin_month":
        month = MONTHS[g[0].lower()]
        day = 10 if low.startswith("begin") else 20 if low.startswith("half") or low.startswith("medio") or low.startswith("midden") else 10
        if low.startswith(("half", "medio", "midden")):
            day = 15
        return _next_on_or_after(month, day, ref, int(g[1]) if g[1] else None)
    if d.kind == "end_year":
        year = _year_of(g[0], ref)
        return date(year, 12, 31) if year else None
    if d.kind == "begin_year":
        year = _year_of(g[0], ref)
        return date(year, 3, 31) if year else None
    if d.kind == "mid_year":
        year = _year_of(g[0], ref)
        return date(year, 6, 30) if year else None
    if d.kind == "half_year":
        year = _year_of(g[1], ref)
        return (date(year, 6, 30) if g[0].lower() == "eerste" else date(year, 12, 31)) if year else None
    if d.kind == "summer_before":
        if g[0]:
            return _first_friday_of_july(int(g[0]))
        if ref is None:
            return None
        day = _first_friday_of_july(ref.year)
        return day if day >= ref else _first_friday_of_july(ref.year + 1)
    if d.kind == "summer_after":
        return _next_on_or_after(9, 1, ref, int(g[0]) if g[0] else None)
    if d.kind == "recess":
        month, day = (_RECESS_AFTER if g[0].lower().endswith("na") else _RECESS_BEFORE)[g[1].lower()]
        return _next_on_or_after(month, day, ref, None)
    if d.kind == "christmas":
        return _next_on_or_after(12, 20 if "reces" in low else 24, ref, None)
    if d.kind == "prinsjesdag":
        if ref is None:
            return None
        day = _prinsjesdag(ref.year)
        budget_debates = date(ref.year, *_BUDGET_DEBATES_END)
        # the budget debates, or "de begroting" once it has been presented: the Kamer debates it until about the
        # end of November
        if "behandeling" in low or "debat" in low or (day < ref <= budget_debates and "begroting" in low
                                                       and "ontwerp" not in low):
            return budget_debates if ref <= budget_debates else date(ref.year + 1, *_BUDGET_DEBATES_END)
        return day if day >= ref else _prinsjesdag(ref.year + 1)
    if d.kind == "season":
        season = g[0].lower()
        month, day = _SEASON_END[season]
        if g[1]:
            year = _year_of(g[1], ref)  # winter 2024 runs into March 2025
            return date(year + 1 if season == "winter" else year, month, day) if year else None
        return _next_on_or_after(month, day, ref, None)
    if d.kind == "month":
        # "in mei en juni": the later of two months
        month, year_token = (MONTHS[g[2].lower()], g[3] or g[1]) if g[2] else (MONTHS[g[0].lower()], g[1])
        before = low.startswith(("voor ", "vóór "))
        if year_token:
            year = int(year_token)
        elif ref is None:
            return None
        else:
            year = ref.year if _last_of_month(ref.year, month) >= ref else ref.year + 1
        if before:
            return date(year, month, 1) - timedelta(days=1)
        if low.startswith(("vanaf", "met ingang")):  # a start, as for a year
            return date(year, month, 1)
        return _last_of_month(year, month)
    if d.kind == "year_for":
        return date(int(g[0]), 12, 31)
    if d.kind == "year":
        year = int(g[0])
        if low.startswith(("vanaf", "per ", "met ingang")):
            return date(year, 1, 1)
        # "voor 2019" written in 2018 is the year the plan is for ("Voor 2019 ondernemen we de volgende acties"):
        # the months before it would be "dit jaar" or "voor het einde van het jaar"; stressed, "vóór", it is before
        if low.startswith("vóór ") or (low.startswith("voor ") and not (ref is not None and year <= ref.year + 1)):
            return date(year - 1, 12, 31)
        return date(year, 12, 31)
    if d.kind in ("today", "tomorrow", "weekday", "votes"):
        if ref is None:
            return None
        if d.kind == "votes":
            return _next_weekday(ref, WEEKDAYS["dinsdag"])
        if d.kind == "today":
            return ref
        if d.kind == "tomorrow":
            return ref + timedelta(days=1)
        return _next_weekday(ref, WEEKDAYS[(g[1] or g[0]).lower()])
    if d.kind == "rel_year":
        if ref is None:
            return None
        if "het komende jaar" in low:  # the coming twelve months
            return _add_months(ref, 12)
        return date(ref.year + (1 if ("volgend" in low or "komend" in low) else 0), 12, 31)
    if d.kind == "until":
        if g[3]:
            return date(int(g[3]), 12, 31)  # "tot (en met) 2030": through that year
        month = MONTHS[g[1].lower()]
        if g[2]:
            year = int(g[2])
        elif ref is None:
            return None
        else:
            year = ref.year if _last_of_month(ref.year, month) >= ref else ref.year + 1
        # "tot en met juli": through July; "tot juli": until July begins
        return _last_of_month(year, month) if g[0].lower() != "tot" else date(year, month, 1) - timedelta(days=1)
    if d.kind == "period":
        if ref is None:
            return None
        this = g[0].lower() == "deze"
        if g[0].lower() == "de komende":  # "de komende week/maand": the span from the document's date, as "binnen een week"
            return ref + timedelta(weeks=1) if g[1].lower() == "week" else _add_months(ref, 1)
        if g[1].lower() == "week":  # to the Sunday of this or next week
            sunday = ref + timedelta(days=6 - ref.weekday())
            return sunday if this else sunday + timedelta(weeks=1)
        return _last_of_month(ref.year, ref.month) if this else _last_of_month(*_month_after(ref, 1))
    if d.kind == "within":
        if ref is None:
            return None
        if g[2]:  # "binnen enkele werkdagen": a working week
            return _add_working_days(ref, 5)
        n = int(g[0]) if g[0].isdigit() else _NUMWORDS[g[0].lower()]
        unit = g[1].lower()
        if unit.startswith("werkdag"):
            return _add_working_days(ref, n)
        if unit.startswith("dag"):
            return ref + timedelta(days=n)
        if unit.startswith("we"):
            return ref + timedelta(weeks=n)
        if unit.startswith("maand"):
            return _add_months(ref, n)
        return date(ref.year + n, ref.month, min(ref.day, 28 if ref.month == 2 else ref.day))
    return None  # vague: kept as text only
