"""Figures: every quantity stated in a document, normalised, with exact provenance.

`extract_figures(doc)` walks the paragraphs. In running text one master regex
finds the numerals (digits in the Dutch format, numbers in words, fractions,
vague quantity words); a small grammar around each numeral then decides what it
is: a quantity (money, percentage, fte, a measure, a duration, or a count of
the noun that follows), or something that only looks like one (a date, a year,
a reference to an article, table or Kamerstuk, a list or footnote marker, an
identifier, an age, a moment in time). Ranges and changes ("van 7 naar 14",
"tussen 20 en 30", "20 à 30", "oploopt tot 1,8 miljard") give `value_from`.
Table rows (role TABLE_ROW) are read cell by cell, numeric cells scaled by the
unit the table's caption or header states ("x € 1.000", "bedragen in
miljoenen"), unless the prose states one of its cells as a plain euro amount
(the caption's scale is then wrong). An amount in thousands with a K after a
currency sign ("€ 263K") is read, and a "ton" of money after a currency sign or
before "euro" ("€ 2 ton": 200,000 euro; "500 ton afval" stays a weight). What a
figure is: shared/corpus/GUIDELINES.md.

Decisions beyond the guidelines:

- *Units.* Measures carry the symbol a data portal expects (`canonical_unit`: kilo,
  kilogram → "kg"; kilometer → "km"; meter → "m"; vierkante meter → "m2"; liter →
  "l"; megawatt → "MW"; ton stays "ton"). Durations keep the Dutch unit ("jaar",
  "maanden"). A count's unit is the head noun the number counts, without the
  adjectives before it ("twee landelijke nascholingsdagen" → "nascholingsdagen",
  "4.000 extra (reguliere) claims" → "claims"): the labelled dev and tune sets
  drop the adjective in most cases. The noun may stand further off, past a bounded
  noun phrase (`_np_head`): adverbs and adjectives with a comma between them ("negen
  regionale, volledig ingerichte centra" → "centra", "vier landelijk werkende
  organisaties" → "organisaties") and a prepositional phrase that a participle
  closes ("de zes in de bijlage genoemde maatregelen" → "maatregelen"); a phrase
  that reaches no noun ("er zijn er twee op Schiphol.") gives none. Nouns joined
  by a slash stay joined ("drie scholen/instellingen" → "scholen/instellingen"), and
  units use the plain apostrophe ("regio’s" → "regio's"; `raw` keeps the text as
  written). A classifier noun keeps what it classifies
  ("twee soorten verpakkingen" → "soorten verpakkingen"). A bare number takes its
  noun from the sentence where the grammar gives one ("het aantal meldingen steeg
  tot 1.250", "De achterstanden zijn gedaald van 17.000 naar 14.000").
- *value_from only when stated.* "steeg met 8% tot 1.250" gives two rows, 8% and
  1.250, and no value_from: the earlier value (1.250 / 1,08 ≈ 1157) is not in the
  text, and a data portal is better served by an empty cell than by a computed
  number presented as a stated one.
- *Ordinals are not fractions.* "een derde van", "een vijfde deel", "daarvan is
  een derde." are fractions; "een derde land", "een tweede, onafhankelijke
  verbinding" are ordinals, and "een tweede" is never a fraction. Fractions are
  percentages rounded to two decimals ("twee derde" → 66.67); "2/3e" and "1/4 van"
  are fractions, other digit/digit pairs dates or identifiers.
- *Adjectival durations.* "een vierjarige vertraging", "een 3-jarig programma",
  "een zesmaandse opleiding" are durations; before a person, animal or
  anniversary ("een 18-jarige student", "het 25-jarig bestaan") or without a
  noun ("een 18-jarige") the adjective is an age, not a figure; so are years
  bounding people ("mensen van 21 jaar", "kinderen tot 12 jaar").
- *Footnotes.* A number after a cited site name or address ("| Rijksoverheid.nl
  5 …") and a number continuing the footnote numbering inside a footnote
  paragraph are markers. A marker set off by a space after the closing
  punctuation ("…»? 1") is kept in the sentence it annotates.
- *Item numbers.* After reference words that are also ordinary nouns ("deze
  maatregel", "stap") only a plain number is an item number; a number with
  thousands separators ("deze maatregel 3.000 tot 4.000 …") is a quantity.

- *Enumerations.* Numbers joined by "," / "en" / "of" share the unit and scale of the last
  ("5, 10 en 20 miljoen euro" → three amounts), and after a time-span preposition all of them
  place something in time ("over 5, 10, 20 jaar", "de komende vijf à tien jaar": no figures).
- *Copular counts.* "Het aantal advocaten was in 2023 5.971", "In 2022 was dit aantal 6.125":
  a bare number after a copula (and a moment) in a sentence about an "aantal" is a count; the
  year is its period.
- *Capitalised plurals.* Inside a sentence a capitalised plural after a number is what is counted
  ("waaronder 321 Ebusco’s", "12 Boeings"); after a line-initial or sentence-initial number the
  capital still marks a footnote or list item.
- *Run-together text.* Exports glue words at former line breaks. A numeral glued to a unit word
  is read with it ("12maanden", "21procentpunten", "83 miljoeneuro", "tien procentkorting",
  "bijna 1.500bewoners"); a numeral glued after a lowercase word only where a currency, percent,
  fte, scale or measure follows ("dat44%"). `raw` is the numeral and unit as they stand. Other
  glued words are not split ("nogenkele", "sinds 201430.396"), and digits glued to capitals
  stay identifiers or markers ("2024Z12345", "Staten-Generaal2"). A line-break hyphen left in
  "procentpun-ten" still gives a percentage in procentpunt.
- *Annual reports in flattened text.* A count in brackets after the thing counted ("bedreiging
  (285), weerspannigheid (183)", "dan in 2017 (642)") is a count, where it is listed or at least
  10 (a lone "(1)" is a marker); last year's figure in brackets ("(2017: 183)", "95,8% (2017:
  95,0)") takes the kind and unit of this year's. The scale a table or chart states ("(in
  miljarden euro)", "Miljoenen euro" as a header, "(x 100 miljoen euro)"), a row reference
  ("(= 1 t/m 5)") and a chart's axis (bare numbers falling by one step to the step: "12.000
  8.000 4.000") are no figures. The figure dash before a number is a minus ("‒ 0,5 procent").

Every row satisfies `paragraph.text[char_start:char_end] == raw`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.extract.numbers import (
    DIGITS_RX,
    VAGUE,
    denominator_value,
    parse_digits,
    parse_number,
)
from transforms.extract.deadlines import MONTHS as MONTH_NUMBERS
from transforms.extract.glue import FUNCTION_WORDS, may_be_glued, unglue_with_offsets
from transforms.extract.sentences import sentence_spans
from transforms.model import CAPTION, CELL_SEPARATOR, FOOTNOTE, TABLE_ROW, Document, Figure, Paragraph

# --- vocabulary ---------------------------------------------------------------

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_MONTHS_FULL = "(?:januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december)"
# words that make the number after them a reference, not a quantity
REFERENCE_WORDS = {
    "artikel", "artikelen", "art", "lid", "leden", "nr", "nrs", "nummer", "nummers", "no", "kamerstuk",
    "kamerstukken", "kst", "dossier", "dossiernummer", "tabel", "tabellen", "bijlage", "bijlagen", "figuur",
    "figuren", "grafiek", "paragraaf", "par", "§", "hoofdstuk", "hoofdstukken", "onderdeel", "onderdelen",
    "sub", "vraag", "vragen", "antwoord", "antwoorden", "blz", "bladzijde", "pagina", "pagina's", "p", "pp",
    "aanhangsel", "noot", "voetnoot", "issn", "isbn", "versie", "stap", "fase", "niveau", "schaal", "groep",
    "box", "ronde", "tranche", "batch", "zaak", "zaaknummer", "kenmerk", "motie", "amendement", "agendapunt",
    "punt", "categorie", "week", "kwartaal", "richtlijn", "verordening", "tk", "ek", "stb", "stcrt", "trb",
    "ecli", "handelingen", "vergaderjaar", "kamerbrief", "brief", "bijl", "fig", "tab", "hfd", "hst",
    "regel", "regels", "sectie", "titel", "afdeling", "boek", "deel", "model", "formulier", "stelling",
    "aanbeveling", "aanbevelingen", "conclusie", "maatregel", "variant", "scenario", "optie", "alinea",
    "rubriek", "tabblad", "kolom", "rij", "nota", "wijzigingsvoorstel", "document", "dictum",
    "code", "pijler", "spoor", "overweging", "bullet", "lijn", "bus", "tram", "route", "postbus",
    "kamer", "nota's", "cao", "editie", "jaargang", "nummer", "uitspraak", "rolnummer", "memo",
    "keuze", "actie", "actiepunt", "doel", "bouwsteen", "thema", "opgave", "prioriteit", "pilot",
}
# reference words that are also ordinary nouns ("deze maatregel", "een stap"): after them only a
# plain small number is an item number
COMMON_NOUN_REFERENCES = {
    "stap", "fase", "niveau", "schaal", "groep", "box", "ronde", "tranche", "punt", "categorie", "week",
    "kwartaal", "regel", "regels", "deel", "model", "maatregel", "variant", "scenario", "optie", "pijler",
    "spoor", "lijn", "bus", "tram", "route", "kamer", "cao", "code", "brief", "kamerbrief", "aanbeveling",
    "aanbevelingen", "conclusie", "overweging", "stelling", "keuze", "actie", "doel", "thema", "opgave",
    "prioriteit", "pilot",
}
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
APPROXIMATORS = re.compile(
    r"(?:\b(?:ruim|circa|ca\.|ongeveer|bijna|zo['’]n|rond|rondom|omstreeks|naar schatting|meer dan|minder dan"
    r"|ten minste|tenminste|minstens|minimaal|maximaal|ten hoogste|tenhoogste|hoogstens|hooguit|pakweg|nagenoeg|vrijwel|grofweg|krap|dik"
    r"|bijkans|plusminus|om en nabij|tegen de|tot wel|wel|slechts|maar liefst|iets meer dan"
    r"|iets minder dan|gemiddeld|zeker|±|\+/-|~)\s*)$",
    re.I,
)
_HEDGED = re.compile(r"^(?:gemiddeld|slechts|maar liefst|zeker|wel)\b", re.I)
# words that, directly before a numeral, make it a year/moment, not a quantity
MOMENT_PREPS = {"in", "per", "sinds", "vanaf", "tot", "voor", "vóór", "na", "begin", "eind", "medio", "najaar",
                "voorjaar", "zomer", "winter", "jaar", "jaren", "uiterlijk", "januari", "februari", "maart",
                "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
                "t/m", "halverwege", "over", "rond", "het", "van", "en", "om", "ultimo", "primo"}

# the word "euro" before a number on the next line is a footnote marker after an amount ("83 miljoen euro\n2 ten
# behoeve van"), not "euro 2"
CURRENCY_BEFORE = re.compile(r"(?:(€|EUR|euro(?=[ \t\u00a0]*\Z)|US\$|\$|£|USD|GBP)\s*([-−–]\s*)?)$")
CURRENCY_AFTER = {
    "euro": ("EUR", 1.0), "eur": ("EUR", 1.0), "euro's": ("EUR", 1.0), "€": ("EUR", 1.0),
    "eurocent": ("EUR", 0.01), "cent": ("EUR", 0.01), "dollar": ("USD", 1.0), "dollars": ("USD", 1.0),
    "usd": ("USD", 1.0), "us-dollar": ("USD", 1.0), "amerikaanse dollar": ("USD", 1.0), "gulden": ("NLG", 1.0),
    "pond": ("GBP", 1.0), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01), "britse pond": ("GBP", 1.0), "yen": ("JPY", 1.0), "yuan": ("CNY", 1.0),
}
_CUR_SIGN = {"€": "EUR", "eur": "EUR", "euro": "EUR", "us$": "USD", "$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP"}
SCALE_AFTER = {
    "miljoen": 1e6, "mln": 1e6, "mio": 1e6, "miljard": 1e9, "mld": 1e9, "mrd": 1e9, "biljoen": 1e12,
    "duizend": 1e3, "dzd": 1e3, "miljoenen": 1e6, "miljarden": 1e9,
}
MEASURE_UNITS = {
    "km", "kilometer", "kilometers", "m", "meter", "meters", "cm", "centimeter", "mm", "millimeter", "m2", "m²",
    "m3", "m³", "km2", "km²", "vierkante", "kubieke", "ha", "hectare", "hectares", "are", "kg", "kilo", "kilo's",
    "kilogram", "gram", "mg", "µg", "microgram", "ton", "tonnen", "kiloton", "megaton", "mton", "mt", "kt",
    "liter", "liters", "ml", "cl", "dl", "hl", "kwh", "mwh", "gwh", "twh", "kw", "mw", "gw", "tw", "pj", "ej", "gj",
    "tj", "db", "db(a)", "decibel", "°c", "graden", "graad", "km/u", "km/uur", "km/h", "knopen", "mijl", "mijlen", "zeemijl",
    "zeemijlen", "ppm", "ppb", "bq", "msv", "mol", "nox", "watt", "kilowatt", "megawatt", "gigawatt",
    "kilowattuur", "megawattuur", "terawattuur", "petajoule", "bar", "volt", "kv", "mbps", "gb", "tb", "mb",
    "voet", "inch", "nm", "kilogrammen", "milligram", "terawatt", "gigawattuur", "gigajoule", "terajoule",
    "becquerel", "kilovolt", "hectoliter", "milliliter", "centimeters", "millimeters", "pk", "paardenkracht",
    "kuub", "hectaren",
}
# the symbol a data portal expects for a measure unit (SI where there is one); keys are lower case
UNIT_SYMBOLS = {
    "km": "km", "kilometer": "km", "kilometers": "km", "m": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimeter": "cm", "centimeters": "cm", "mm": "mm", "millimeter": "mm", "millimeters": "mm",
    "nm": "nm", "m2": "m2", "m²": "m2", "vierkante meter": "m2", "vierkante meters": "m2",
    "km2": "km2", "km²": "km2", "vierkante kilometer": "km2", "vierkante kilometers": "km2",
    "m3": "m3", "m³": "m3", "kubieke meter": "m3", "kubieke meters": "m3", "kuub": "m3", "ha": "ha", "hectare": "ha", "hectaren": "ha",
    "hectares": "ha", "are": "a", "kg": "kg", "kilo": "kg", "kilo's": "kg", "kilo’s": "kg", "kilogram": "kg",
    "kilogrammen": "kg", "gram": "g", "g": "g", "mg": "mg", "milligram": "mg", "µg": "µg", "microgram": "µg",
    "ton": "ton", "tonnen": "ton", "kiloton": "kt", "kt": "kt", "megaton": "Mt", "mton": "Mt", "mt": "Mt",
    "liter": "l", "liters": "l", "l": "l", "ml": "ml", "milliliter": "ml", "cl": "cl", "dl": "dl", "hl": "hl",
    "hectoliter": "hl", "kwh": "kWh", "kilowattuur": "kWh", "mwh": "MWh", "megawattuur": "MWh", "gwh": "GWh",
    "gigawattuur": "GWh", "twh": "TWh", "terawattuur": "TWh", "watt": "W", "w": "W", "kw": "kW", "kilowatt": "kW",
    "mw": "MW", "megawatt": "MW", "gw": "GW", "gigawatt": "GW", "tw": "TW", "terawatt": "TW", "gj": "GJ",
    "gigajoule": "GJ", "tj": "TJ", "terajoule": "TJ", "pj": "PJ", "petajoule": "PJ", "ej": "EJ", "db": "dB",
    "db(a)": "dB(A)", "decibel": "dB", "°c": "°C", "graden": "°C", "graad": "°C", "km/u": "km/h", "km/uur": "km/h", "km/h": "km/h", "knopen": "kn", "ppm": "ppm",
    "ppb": "ppb", "bq": "Bq", "becquerel": "Bq", "msv": "mSv", "mol": "mol", "bar": "bar", "volt": "V",
    "kv": "kV", "kilovolt": "kV", "mbps": "Mbit/s", "gb": "GB", "tb": "TB", "mb": "MB", "zeemijl": "zeemijl",
    "zeemijlen": "zeemijl", "mijl": "mijl", "mijlen": "mijl", "pk": "pk", "paardenkracht": "pk",
}


_PER_HOUR = re.compile(r"[\s\u00a0]*(?:/|per[\s\u00a0]+)(?:uur|u)\b", re.I)


def canonical_unit(unit: str | None) -> str | None:
    """The portal symbol of a measure unit ("kilo" → "kg", "vierkante meter" → "m2"); other units unchanged."""
    if unit is None:
        return None
    key = re.sub(r"\s+", " ", unit.strip()).lower()
    return UNIT_SYMBOLS.get(key, unit)


def unit_text(unit: str | None) -> str | None:
    """A unit as published: typographic apostrophes made plain ("regio’s" → "regio's"). Only the
    unit string is normalised; `raw` and the offsets keep the text as written."""
    return unit.replace("’", "'").replace("‘", "'") if unit else unit


DURATION_UNITS = {
    "seconde": "seconden", "seconden": "seconden", "minuut": "minuten", "minuten": "minuten", "uur": "uur",
    "uren": "uur", "dag": "dagen", "dagen": "dagen", "werkdag": "werkdagen", "werkdagen": "werkdagen",
    "week": "weken", "weken": "weken", "maand": "maanden", "maanden": "maanden", "jaar": "jaar", "jaren": "jaar",
    "kwartaal": "kwartalen", "kwartalen": "kwartalen", "decennium": "decennia", "decennia": "decennia",
    "eeuw": "eeuwen", "eeuwen": "eeuwen", "etmaal": "etmalen", "etmalen": "etmalen", "schooljaar": "jaar",
    "schooljaren": "jaar", "levensjaren": "levensjaren", "manjaren": "manjaren", "werkweken": "werkweken",
    "kwartier": "kwartier",
}
FTE_RX = re.compile(r"^\s*(?:fte|vte|voltijdsequivalenten|voltijdbanen|voltijdsbanen|arbeidsjaren)(?:['’]?s|['’]en|en)?\b", re.I)
# "procentpun-ten": a line-break hyphen left in the word; "tien procentkorting": "procent" run
# together with the next word at a former line break (not "procentuele", "procentsgewijs")
# (a footnote marker may be glued to "procent": "(0,3 procent36)")
PERCENT_RX = re.compile(
    r"^\s*(?:(?P<pp>procent-?pun-?t(?:-?en)?|%[- ]?punt(?:en)?|pp\b|%-pt)"
    r"|(?P<pct>%|procent(?:\b|(?=[a-zà-ÿ]{3})(?!ue|s)|(?=\d{1,2}(?![\d,.]\d)))|percent\b|pct\.?))",
    re.I,
)
# function words, pronouns ("met de 100 miljoen extra echt alles oplossen") and verbs that are not the noun a
# number counts
STOP = set(
    """de het een en of van in op aan voor met door bij tot uit over naar om te is zijn was waren wordt worden werd
    werden heeft hebben had hadden kan kunnen zal zullen zou zouden moet moeten mag mogen wil willen gaat gaan
    dat die dit deze wat wie waar als dan ook nog al wel niet geen per keer maal ten ter tegen tussen onder
    boven na sinds vanaf via zonder binnen buiten elk elke ieder iedere alle beide meer minder er hier daar nu
    jl zo zoals dus maar want omdat terwijl hun haar zijn mijn ons onze uw jaarlijks totaal totale respectievelijk
    resp procent percent euro x à a tot en met t/m zowel waarvan waarbij waarin welke worden werd wat hiervan
    daarvan hiervoor daarvoor aldus circa ruim bijna ongeveer reeds inmiddels eerder later verder extra tevens
    ofwel dus namelijk nl mln mld miljoen miljard duizend honderd april mei juni juli maart augustus september
    oktober november december januari februari zich ik we wij u jij je hij zij ze men naast hoger lager omhoog
    omlaag terug geleden bovenop erbij eraf erop ervan erin daarbij tegenover vergeleken opzichte zoveel zo veel
    evenveel waarvan http https www heb hebt ben bent bis ter quater alleen iemand niemand enerzijds anderzijds
    tijdens volgens wegens ondanks middels toe mis gratis alles iets niets niks allemaal""".split()
) | set(
    # frequent infinitives and strong participles that are never a plural noun: "we gaan naar Fit for 55
    # kijken", "met meer dan 6 miljard gestegen"; "CO₂" whose subscript the PDF text moved ("als uitgangspunt
    # 2 hanteren"); what a bare amount costs or takes is money ("als u zegt dat we 43 miljoen afpakken van de politie",
    # "miljoenen kosten")
    """kijken komen staan zien doen maken houden krijgen zetten brengen zeggen geven nemen laten hanteren
    blijven vinden weten denken gestegen gebleven gekomen gegeven genomen gezien geweest gebleken gedaan gegaan
    gekregen geschreven gesproken gevonden gelopen gehouden gestopt
    uittrekken vrijmaken reserveren investeren uitgeven besteden opbrengen besparen bezuinigen ombuigen
    afpakken afnemen korten kosten opleveren""".split()
)
# verbs and adverbs that are never a noun and that, right after a number, end its phrase: "De premies zouden met
# 4,5 miljard dalen", "over de 100 miljard heen", "er maar 13 halen", "een paar keer besproken". The number
# counts nothing named (its noun is in the context), and a scaled amount is money.
PHRASE_ENDERS = set(
    """dalen overmaken indienen binnenkomen verspijkeren verbruiken halen leggen horen kloppen
    bedenken beperken terugkomen langskomen terugleggen interrumperen gekozen besproken voorbijgekomen hoefden
    veranderden ging even heen toen thuis samen plus versus tégen""".split()
)
# vague words that, without a noun, are sums of money ("kost miljoenen.", "gaat om vele miljarden")
VAGUE_SUMS = ("miljoenen", "miljarden")
# nouns that count kinds or groups of the noun after them ("twee soorten verpakkingen")
CLASSIFIERS = {"soorten", "typen", "types", "vormen", "categorieën", "varianten", "klassen", "sets", "series"}
ADJECTIVE_WORDS = {"extra", "nieuw", "meer", "minder", "ander", "groot", "klein", "ruim", "vol", "totaal", "echt", "gratis"}
SPAN_AFTER = re.compile(
    r"^\s*(?:geleden|later|eerder|terug|daarna|daarvoor|na\b|van tevoren|vooruit|oud|(?:en|of) (?:ouder|jonger)|ervoor|erna"
    r"|verder(?=\s*[.,;:!?]|\s*$|\s+(?:zijn|is|waren|was)\b)"  # "We zitten nu zes maanden verder."
    # before a point in time: "twee maanden vóór 1 juli", "drie weken voor de stemming"
    rf"|vóór\b|voor\s+(?:\d{{1,2}}\s+(?:{_MONTHS_FULL}|mei)\b|(?:de|het)\s+(?:deadline|stemming|stemmingen|verkiezingen|aanvang|start|ingang|inwerkingtreding|einde)\b))",
    re.I,
)
AGE_BEFORE = re.compile(r"\b(?:boven|onder|vanaf|tussen|jonger dan|ouder dan)[\s\u00a0]+(?:de[\s\u00a0]+)?(?:\S+[\s\u00a0]+(?:en|tot)[\s\u00a0]+)?$", re.I)
AGE_AFTER = re.compile(r"^\s*(?:jaar\s+)?(?:en|of)\s+(?:ouder|jonger)\b|^\s*jaar\s+oud\b|^[-\s]?jarig", re.I)
CHANGE_VERB = re.compile(
    r"\b(?:oplo\w*|loopt\s+op|liep\s+op|stijg\w*|steeg|gestegen|daal\w*|gedaald|groei\w*|gegroeid|verhoog\w*|verlaag\w*"
    r"|bijgesteld|bijgestuurd|toegenomen|neemt\s+toe|nam\s+toe|afgenomen|neemt\s+af|nam\s+af|verdubbel\w*|terug\s*\w*"
    r"|gaat|ging|verander\w*|gewijzigd|teruggebracht|verhoogd|verlaagd|aangepast|uitgebreid|uit\s+te\s+breiden|uitbreid\w*"
    r"|krimp\w*|gekrompen|toename|afname|stijging|daling|groei)\b",
    re.I,
)
QUANTITY_CUE = re.compile(
    r"\b(?:aantal|totaal|bedraagt|bedroeg|bedragen|teller|stand|omvang|telt|telde|tellen|getal|score|waarde)\b"
    r"|\b(?:zijn|waren|is|was|worden|werden|komen|kwamen)\s+er\b|\ber\s+(?:zijn|waren|is|was)\b",
    re.I,
)

# one written-out number word, as a flat run of morphemes (fast to scan; parse_number validates)
_MORPH = (
    "dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig"
    "|zeventig|tachtig|negentig|honderd|duizend|twaalf|zeven|negen|twee|drie|vier|vijf|acht|tien|een|één|eén"
    "|elf|zes|ën|en"
)
_WORDNUM = rf"(?!(?:en|ën)(?![\wë]))(?:{_MORPH})+"
_DENOM = rf"(?:kwart|half|halve|derden?|(?:{_MORPH})+(?:ste|de)n?|(?:miljoen|miljard)sten?)"
_FRACWORD = rf"(?:anderhalf|anderhalve|(?:{_MORPH})+(?:ën|en)hal(?:f|ve)|driekwart)"  # "tweeënhalf", "zestienenhalf"
_SCALEWORD = r"(?:miljoen|miljard|biljoen|duizend|honderd|mln\.?|mld\.?|mrd\.?)"
# a word numeral may be run into a capitalised word where a line break was lost ("de vierTurkse burgers")
_CAMEL_NEXT = r"(?=(?-i:[A-Z][a-zà-ÿ]{2}))"
_WORD_SEQ = (
    rf"(?:{_WORDNUM}|{_FRACWORD})(?:(?![\w'’-])|{_CAMEL_NEXT}|(?=-{_DENOM}(?![\w'’-])))"
    rf"(?:[ \u00a0]+(?:en[ \u00a0]+(?:een[ \u00a0]+)?)?(?:{_WORDNUM}|{_FRACWORD}|{_SCALEWORD}|{_DENOM})(?![\w'’-])|-{_DENOM}(?![\w'’-]))*"
)
# durations that place something in time rather than measure it; the numbers of an enumeration or
# range after the preposition share its reading: "over 5, 10, 20 jaar", "de komende vijf à tien jaar"
_SPAN_NUM = rf"(?:(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*|{_WORDNUM})"
SPAN_BEFORE = re.compile(
    r"(?:\b(?:afgelopen|komende|deze|laatste|eerste|volgende|voorgaande|daaropvolgende|binnen|na|elke|iedere|om de|over|sinds"
    r"|vanaf|uiterlijk|per|in de|tot)\s+(?:ruim |circa |bijna |ongeveer |zo['’]n |een |(?:minder|meer) dan )?"
    # (also numbers with their unit before the last: "over een jaar, twee jaar en drie jaar")
    rf"(?:{_SPAN_NUM}(?:[\s\u00a0]+(?:jaar|jaren|maanden|maand|weken|week|dagen|dag))?[\s\u00a0]*(?:,|en|of|à|a|tot|-|–)[\s\u00a0]*){{0,4}})$",
    re.I,
)
_SPEED_UNITS = frozenset(("seconden", "minuten", "kwartier"))
_RANGE_START = re.compile(rf"(?<![\w'’-])(?:\d+(?:[.,]\d+)*|{_WORDNUM})[\s\u00a0]+$", re.I)


def _span_before(before: str, after: str = "", unit: str = "") -> bool:
    """Whether the words before a duration place it in time ("binnen drie maanden", "tot 12 maanden na ...");
    "tot" after a numeral is the connector of a range ("zes tot twaalf maanden"), and "tot" without a point
    of reference after the duration is a bound ("wachttijden tot 70 weken"), not "until". "binnen" seconds
    or minutes is a limit on speed, measured as a norm is ("binnen tien seconden bij de begunstigde")."""
    m = SPAN_BEFORE.search(before)
    if m is None:
        return False
    if unit in _SPEED_UNITS and m.group(0)[:6].lower() == "binnen":
        return False
    if m.group(0)[:3].lower() == "tot":
        if _RANGE_START.search(before[: m.start()]):
            return False
        return bool(_REFERENCE_POINT.match(after))
    return True


_REFERENCE_POINT = re.compile(r"\s*(?:na|nadat|vóór|voor\s+(?:de|het)\s+(?:deadline|sluiting|aanvang|start|begin|einde|verkiezingen|stemming|stemmingen)|vanaf|na\s+afloop|geleden|later)\b", re.I)


_TAL = r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend)tal"
_ERLEI = r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|velerlei)(?:ërlei|erlei)"
_ADJ_DURATION = r"(?:jarig|maands|weeks|daags|urig)e?"
# "enkele/enige/vele tientallen" keep the lower bound of "tientallen"
_VAGUE_RX = (
    r"(?:(?:enkele|enige|vele|ettelijke)[\s\u00a0]+)?(?:tientallen|honderden|duizenden|tienduizenden|honderdduizenden|miljoenen|miljarden)"
    r"|enkele|een\s+paar"
    # "die paar honderd vluchtelingenkinderen": a few hundred after another determiner
    r"|(?:(?<=\bdie\s)|(?<=\bdeze\s)|(?<=\bde\s))paar(?=[\s\u00a0]+(?:honderd|duizend)\b)"
)
_FEW = ("enkele", "een paar", "paar")

# "een jaar lang", "een jaar extra", "een jaar de tijd": the article counts one of a duration that these make a
# length of time
_ONE_SPAN = r"jaar|maand|week|dag|etmaal|uur|kwartier|minuut|kwartaal|halfjaar|decennium|eeuw"
# "met een jaar verlengd": the article counts one of the span by which a moment or a term moves
_SHIFTED = (r"(?=(?:[ \t\u00a0]+\w+){0,2}?[ \t\u00a0]+(?:verlengd|verlengen|uitgesteld|"
            r"uitstellen|vertraagd|opgeschoven|verschoven|vervroegd|later|eerder)\b)")
# "een meter lager", "een centimeter per jaar": the article counts one of a measure that is compared or rated
_ONE_MEASURE = r"meter|centimeter|millimeter|kilometer|liter|ton|kilo|graad|hectare"
_COMPARED_OR_RATED = r"[ \t\u00a0]+(?:per|lager|hoger|dieper|meer|minder|verder|breder|langer)\b"
_ONE_MEASURE_AFTER = re.compile(_COMPARED_OR_RATED, re.I)
# "één op de vijf jongeren" (a share: 20 %), "een verhouding van 1 op 20" (a ratio)
_RATIO = re.compile(
    rf"(?<![\w'’.,-])(?P<part>\d{{1,3}}|{_WORDNUM})[ \t\u00a0]+op[ \t\u00a0]+(?P<de>(?:de|die)[ \t\u00a0]+)?"
    rf"(?P<whole>\d{{1,3}}(?:\.\d{{3}})*(?![.,]\d)|{_WORDNUM})(?![\w'’-])(?![.,]\d)",
    re.I,
)
# "met z'n zeventienen", "met ons vieren": how many people together, a collective numeral ("met z'n tweeën"
# is "together, as a pair", said of any two)
_COLLECTIVE = (r"(?:(?<=\bmet[ \t\u00a0]z'n[ \t\u00a0])|(?<=\bmet[ \t\u00a0]z’n[ \t\u00a0])|(?<=\bmet[ \t\u00a0]zijn[ \t\u00a0])"
               r"|(?<=\bmet[ \t\u00a0]ons[ \t\u00a0])|(?<=\bmet[ \t\u00a0]hun[ \t\u00a0])|(?<=\bmet[ \t\u00a0]jullie[ \t\u00a0]))"
               r"(?:drieën|vieren|vijven|zessen|zevenen|achten|negenen|(?:der|veer|vijf|zes|zeven|acht|negen)?tienen"
               r"|elven|twaalven|twintigen)")
_COLLECTIVE_STEM = {"vijv": "vijf", "zess": "zes", "elv": "elf", "twaalv": "twaalf"}
# Every word alternative of MASTER starts with one of these (dertien, veertien, vele, ..., "de helft", "het
# miljard", "enkele", "paar"). Most words start with none: testing the first letters once spares the regex
# engine trying each alternative at every word, which made this scan half of the figures' time.
_WORD_START = (
    r"der|vee|vel|vij|vie|zes|zev|ach|neg|twi|twe|twa|tac|hon|dui|dri|tie|een|één|eén|elf|elv|en\w|and"
    r"|het\s|dat\s|di[te]\s|de\s|ett|mil|paa"
)
_WORD_ALTERNATIVES = (
    rf"(?P<adjdur>(?:{_MORPH})+{_ADJ_DURATION})"
    # the alternatives that start with "een", tested for it once
    rf"|(?=een)(?:(?P<halfspan>een[ \t\u00a0]+(?:half(?:jaar|uur)|kwartier(?![\w'’-])))|(?P<eenlang>een[ \t\u00a0]+(?:{_ONE_SPAN})(?=[ \t\u00a0]+(?:lang|extra|de[ \t\u00a0]+tijd)\b)|(?<=\bmet[ \t\u00a0])een[ \t\u00a0]+(?:{_ONE_SPAN}){_SHIFTED})|(?P<eenton>een[ \t\u00a0]+ton(?![\w'’-]))|(?P<eenmaat>een[ \t\u00a0]+(?:{_ONE_MEASURE})(?={_COMPARED_OR_RATED}))|(?P<eenof>een[ \t\u00a0]+(?:{_ONE_SPAN}|{_ONE_MEASURE}|keer|man|stuk)[ \t\u00a0]+of[ \t\u00a0]+(?:{_WORDNUM}|\d{{1,3}})(?:[ \t\u00a0]*(?:,|à|tot)[ \t\u00a0]*(?:{_WORDNUM}|\d{{1,3}})(?![\w'’-])(?![ \t\u00a0]*(?:%|procent|euro|miljoen|miljard)))?)|(?P<eenvaag>een(?=[ \t\u00a0]+(?:{_ONE_SPAN}|{_ONE_MEASURE})(?![\w'’-]))))"
    rf"|(?P<tientje>tientje)|(?P<collective>{_COLLECTIVE})|(?P<maal>(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd|duizend)maal)|(?P<themilliard>(?:(?:het|dat|dit|die)[ \t\u00a0]+(?:ene[ \t\u00a0]+)?miljard|een[ \t\u00a0]+miljardje)(?![\w'’-]))|(?P<tal>{_TAL})|(?P<erlei>{_ERLEI})|(?P<helft>de\s+helft)|(?P<vague>{_VAGUE_RX})|(?P<words>{_WORD_SEQ})"
)
MASTER = re.compile(
    # a digit or a comma before the digit branches: the test of one character spares the five
    rf"(?=[\d,])(?P<digits>{DIGITS_RX})"
    # a number word starts a word: not after a letter or a hyphen, nor after an apostrophe inside a word
    # ("zo'n"), but after an opening quote ("'Een derde van de schoolbestuurders …'")
    rf"|\b(?=[etdvzanhpmETDVZANHPMéÉ])(?<![\w-])(?<!\w['’])(?={_WORD_START})(?:{_WORD_ALTERNATIVES}"
    rf")(?:(?![\w-])(?!['’]\w)|{_CAMEL_NEXT})",
    re.I,
)
_PAREN_ADJ = re.compile(r"[ \t\u00a0]*\(([a-zà-ÿ][\w'’-]*e)\)(?=[ \t\u00a0])")
_ELLIPSIS = re.compile(r"[^\W\d_][\w'’]*-[ \t\u00a0]+(?:en|of)[ \t\u00a0]+([^\W\d_][\w'’]*(?:-[\w'’]+)*)", re.U)
# a word, also an elliptical compound pair: "paspoort- en verblijfsstatushouders"
_NEXT_WORD = re.compile(
    r"^[ \t\u00a0]*\n?[ \t\u00a0]*([^\W\d_][\w'’/²³]*(?:-[\w'’]+)*(?:-[ \t\u00a0]+(?:en|of)[ \t\u00a0]+[^\W\d_][\w'’]*(?:-[\w'’]+)*)?)", re.U
)
_PREV_WORD = re.compile(r"([^\W\d_][\w'’/]*\.?|§)[\s\u00a0]*$", re.U)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a year before 1900 is read as one only without a unit, where a preposition of time or origin names it ("de Acte
# van Verlatinghe van 1581", "sinds 1848"), and not as the start of a change or range ("steeg van 1581 naar 1700")
_OLD_YEAR = re.compile(r"^1[0-8]\d\d$")
_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|van|sinds|vanaf|uit|anno|omstreeks)[\s\u00a0]+$", re.I)
# (but the amount of a quantity or change: "een stijging van 1200", "een tekort van 1500")
_AMOUNT_OF_BEFORE = re.compile(
    r"\b(?:bedrag|stijging|daling|toename|afname|groei|totaal|aantal|budget|saldo|tekort|omvang)[\s\u00a0]+van[\s\u00a0]+$", re.I)
_TO_NUMBER_AFTER = re.compile(r"[\s\u00a0]*(?:naar|tot|t/m|à|[-–])[\s\u00a0]*\d", re.I)
_REF_CHAIN = re.compile(
    r"(?:^|[\s(])(?P<kw>[^\W\d_][\w'’]*|§)\.?[\s\u00a0]*"
    r"(?:[\dIVXivx]+[a-z]?(?:\.\d+)*[\s\u00a0]*(?:,|en|of|t/m|tot en met|[-–/]|&)[\s\u00a0]*)*$",
    re.U,
)
_KST_AFTER = re.compile(r"^(?:[\s\u00a0]*[A-Z]{1,5}\b)?(?:[\s\u00a0]*[-–]?[\s\u00a0]*\d+)?[\s\u00a0]*,?[\s\u00a0]*(?:nr|nrs)\.?[\s\u00a0]*\d", re.I)
_PERIOD = re.compile(
    r"(?<![\w/.-])(?P<span>(?:van[\s\u00a0]+)?(?:19|20)\d\d[\s\u00a0]+(?:tot en met|t/m|tot)[\s\u00a0]+(?:19|20)\d\d)(?![\w-])|(?<![\w/.-])(?:(?P<prep>vanaf|sinds|tot en met|t/m|tot|na|vóór|voor|per|in|over|eind|begin|medio|ultimo|halverwege)[\s\u00a0]+)?"
    r"(?P<year>(?:19|20)\d\d(?:[\s\u00a0]*[-–/][\s\u00a0]*(?:(?:19|20)\d\d|\d\d))?)(?![\w-])"
    r"|(?P<rel>(?:vanaf[\s\u00a0]+)?(?:dit|volgend|vorig|komend|afgelopen)[\s\u00a0]+jaar)",
    re.I,
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:nl|com|org|eu|net)/\S*", re.I)
_AFTER_SITE = re.compile(
    r"(?:\b[\w-]+\.(?:nl|com|org|eu|net|be|de|int|gov|uk|info)\b/?|(?:https?://|www\.)\S+)[)\].,]?[\s\u00a0]+$", re.I
)
_PERIOD_NOT = re.compile(r"(?:ten opzichte van|t\.o\.v\.|vergeleken met|dan in|ten opzichte|opzichte van)[\s\u00a0]*$", re.I)


@dataclass
class _Cand:
    start: int  # raw span in the text
    end: int
    num_start: int  # the numeral itself
    num_end: int
    value: float | None
    kind: str | None = None
    unit: str | None = None
    approximate: bool = False
    value_from: float | None = None
    has_unit: bool = False  # an explicit unit, currency, percent or counted noun
    has_unit_strong: bool = False  # currency, percent, fte or a measure (not a counted noun)
    scaled: bool = False  # a scale word followed
    scale: float = 1.0
    is_word: bool = False
    is_year: bool = False
    cue: bool = False  # a quantity cue makes a bare number a figure
    drop: str | None = None  # why it is not a figure
    merged: bool = False
    money_by_default: bool = False  # a bare scaled amount ("450 miljoen wordt bezuinigd") read as euro
    prior_year: bool = False  # "(2017: 183)": last year's figure, in the kind and unit of this year's


# --- public -------------------------------------------------------------------


def extract_figures(doc: Document) -> list[Figure]:
    """All figures of a document, in reading order."""
    out: list[Figure] = []
    units = _table_units(doc.paragraphs)
    _unscale_contradicted(doc.paragraphs, units)
    glued = may_be_glued(doc)
    headers: dict[int, _TableState] = {}
    flattened: dict | None = None  # the unit a "Tabel n" caption in running text states for the cells after it
    for i, para in enumerate(doc.paragraphs):
        if not para.text:
            continue
        if para.role not in (TABLE_ROW, CAPTION, FOOTNOTE):
            flattened = _flattened_table_unit(para.text, flattened)
            if flattened is not None and not _TABLE_CAPTION.match(para.text):
                out.extend(_prose_unglued(i, para.text, False, glued, flattened))
                continue
        if para.role == TABLE_ROW:
            out.extend(_table_row(i, para, units.get(para.table), headers))
        elif para.role == CAPTION:
            continue
        elif (contents := _contents_within(para.text)) is not None:
            found = _prose_unglued(i, para.text, para.role == FOOTNOTE, glued)
            out.extend(f for f in found if not contents[0] <= f.char_start < contents[1])
        elif not _is_contents(para.text):
            out.extend(_prose_unglued(i, para.text, para.role == FOOTNOTE, glued))
    return out


# a table's caption at the start of a paragraph of running text: "Tabel 2.1.2 Ontwikkeling uitgaven (in miljoenen euro)"
_TABLE_CAPTION = re.compile(r"Tabel[ \t\u00a0]+\d+(?:\.\d+)*[a-z]?\b")
_COLUMN_SCALE = re.compile(r"\b(M(?:iljoenen|iljarden))[ \t\u00a0]+euro\b")
_BARE_CELL = re.compile(r"[-−–‒]?[ \t\u00a0]?\d{1,3}(?:\.\d{3})*(?:,\d+)?")


def _flattened_table_unit(text: str, current: dict | None) -> dict | None:
    """A table that the text layer flattened into paragraphs: its caption ("Tabel 2.1.2 … (in miljoenen euro)")
    gives the scale of the bare cells in the paragraphs after it, until running text resumes (a sentence with
    its full stop) or the next table. None outside such a table."""
    if _TABLE_CAPTION.match(text):
        if text.endswith(".") and len(text.split()) > 12:
            return None  # a sentence about a table ("Tabel 3 laat zien dat …"), no caption
        scale = _scale_of(text)
        if scale is None and (column := _COLUMN_SCALE.search(text)):  # a column headed "Miljoenen euro"
            scale = (1e6 if column.group(1) == "Miljoenen" else 1e9, True)
        if scale is None:
            return None
        return _scaled_unit(scale)
    if current is None or _SENTENCE_END.search(text) or text.endswith("."):
        return None
    return current


def _scale_bare_cells(text: str, cands: list[_Cand], unit: dict) -> None:
    """The bare numbers of a flattened table's cells that read as figures ("126.574") are amounts in the caption's
    unit. (A small bare cell, "‒ 20", stays unread, as in any running text: alone it says too little.)"""
    for c in cands:
        if c.cue and not (c.has_unit or c.drop or c.is_year or c.value is None) and _BARE_CELL.fullmatch(text, c.start, c.end):
            c.value = _exact(c.value * unit["scale"])
            c.kind, c.unit, c.has_unit = unit["kind"], unit["unit"], True


_CONTENTS_ENTRY = re.compile(r"(?<=[^\W\d] )(\d{1,3})(?= [A-Z])")


_CONTENTS_HEADING = re.compile(r"\bInhoud(?:sopgave|stafel)?[ \t\u00a0]+(?=[A-Z])")


def _contents_within(text: str) -> tuple[int, int] | None:
    """A table of contents run into a paragraph with other text (the pages before and after it, extracted as
    one block): "… Inhoudsopgave Toelichting 4 Leeswijzer 5 Vragenlijst 5 Inleidende vragen 6 … Wie doet wat 30 4 |
    …". From its heading, five or more short titles each followed by a page number that never goes down; the
    span of those entries, whose numbers are pages."""
    heading = _CONTENTS_HEADING.search(text) if "Inhoud" in text else None
    if heading is None:
        return None
    end, last_page, entries = heading.end(), 0, 0
    for m in _CONTENTS_ENTRY.finditer(text, heading.end()):
        page = int(m.group(1))
        title = text[end : m.start()]
        if page < last_page or len(title.split()) > 8 or re.search(r"[.?!;:]", title):
            break
        end, last_page, entries = m.end(), page, entries + 1
    return (heading.start(), end) if entries >= 5 else None


def _is_contents(text: str) -> bool:
    """A table of contents run into one paragraph ("Inleiding 4 DEEL A Kompas … 6 Wat is er nodig? 6
    Onze strategische doelstellingen 7 …"): five or more titles, each followed by a page number that
    never goes down. Its numbers are pages, not figures."""
    pages = [int(n) for n in _CONTENTS_ENTRY.findall(text)]
    if len(pages) < 5 or any(a > b for a, b in zip(pages, pages[1:])):
        return False
    # the titles are short and are no sentences (numbered questions run together are)
    titles = _CONTENTS_ENTRY.split(text)[::2]
    words = sum(len(t.split()) for t in titles) / len(titles)
    return words <= 8 and sum(t.rstrip().endswith(("?", ".")) for t in titles) * 4 < len(titles)


def figures_in_text(text: str) -> list[Figure]:
    """The figures of one piece of running text (paragraph 0); for tests and the recognizer specs."""
    return _prose_unglued(0, text, False)


# --- running text -------------------------------------------------------------


_LOOKALIKES = str.maketrans({"˚": "°", "º": "°"})
_LOOKALIKES_PRESENT = re.compile("[˚º]")


def _prose_unglued(index: int, text: str, footnote: bool, glued: bool = True, table_unit: dict | None = None) -> list[Figure]:
    """The figures of running text read with words run together at lost line breaks split apart
    ("zijntwee NVWA-dierenartsen", "vijfpaarden"); offsets, raw and sentence point into the original text."""
    # look-alike signs are read as the plain ones ("1,5˚C"), one character for one, so offsets hold
    plain = text.translate(_LOOKALIKES) if _LOOKALIKES_PRESENT.search(text) else text
    unglued, back = unglue_with_offsets(plain) if glued else (plain, None)
    if unglued is text:
        return _prose(index, text, 0, len(text), footnote, table_unit)
    origin = back.__getitem__ if back is not None else (lambda i: i)  # offset in `text` of each read character
    figures = _prose(index, unglued, 0, len(unglued), footnote, table_unit)
    for f in figures:
        start, end = origin(f.char_start), origin(f.char_end - 1) + 1
        at = unglued.rfind(f.sentence, 0, f.char_start + len(f.sentence))  # the sentence that holds the figure
        s0, s1 = origin(at), origin(at + len(f.sentence) - 1) + 1
        f.char_start, f.char_end, f.raw, f.sentence = start, end, text[start:end], text[s0:s1]
    return figures


def _prose(index: int, text: str, lo: int, hi: int, footnote: bool, table_unit: dict | None = None) -> list[Figure]:
    cands: list[_Cand] = []
    last_end = lo
    pos = lo
    while (m := MASTER.search(text, pos, hi)) is not None:
        pos = m.end()
        if m.start() < last_end:
            continue  # already part of the previous figure ("tientallen miljarden")
        ratio = _RATIO.match(text, m.start(), hi) if text.startswith(" op ", m.end()) else None
        if ratio:
            c = _ratio(text, ratio)
        elif m.lastgroup == "digits":
            c = _digits(text, m, lo, hi)
        elif m.lastgroup == "words":
            c = _words(text, m, lo, hi)
        elif m.lastgroup == "adjdur":
            num = re.match(rf"(.+?){_ADJ_DURATION}$", m.group(), re.I).group(1)
            c = _adjective_duration(text, m.start(), m.end(), parse_number(num), lo, hi)
            if c is not None:
                c.is_word = True
        elif m.lastgroup == "tal":
            c = _tal(text, m, hi)
        elif m.lastgroup == "erlei":
            word = m.group().lower()
            v = parse_number(re.sub(r"[ëe]rlei$", "", word))
            c = _Cand(m.start(), m.end(), m.start(), m.end(), v, is_word=True)
            if v is not None:
                c.kind, c.has_unit = "count", True
                c.unit = _subject_noun(text, lo, m.start())
        elif m.lastgroup == "halfspan":  # "een halfuur", "een halfjaar": half of the unit, as "een half uur" is
            c = _half_span(text, m, lo, hi)
        elif m.lastgroup in ("eenlang", "eenmaat"):  # "een jaar lang", "een meter lager": one of the unit
            unit = m.group().split()[-1].lower()
            kind, units = ("duration", DURATION_UNITS) if m.lastgroup == "eenlang" else ("measure", UNIT_SYMBOLS)
            value, unit = (0.5, "jaar") if unit == "halfjaar" else (1.0, unit)  # "een halfjaar de tijd"
            c = _Cand(m.start(), m.end(), m.start(), m.end(), value, kind=kind, unit=units.get(unit, unit), has_unit=True, is_word=True)
        elif m.lastgroup == "eenof":  # "een jaar of vijf", "een man of tien": about that many
            c = _about_n(text, m, lo)
        elif m.lastgroup == "eenvaag":  # "al bijna een jaar", "ruim een week": one of the unit, hedged
            c = _hedged_one(text, m, lo, hi)
        elif m.lastgroup == "eenton":  # "een ton kunnen betalen": 100,000 euro; "een ton per jaar": a weight
            c = None
            if _ton_of_money(text, m.end(), lo, hi):
                c = _Cand(m.start(), m.end(), m.start(), m.end(), 100_000.0, kind="money", unit="EUR", has_unit=True, is_word=True)
            elif _ONE_MEASURE_AFTER.match(text, m.end(), hi):
                c = _Cand(m.start(), m.end(), m.start(), m.end(), 1.0, kind="measure", unit="ton", has_unit=True, is_word=True)
        elif m.lastgroup == "maal":  # "tweemaal", "tot driemaal toe": how often; before a comparative a factor
            c = _Cand(m.start(), m.end(), m.start(), m.end(), parse_number(m.group()[:-4]), kind="count", unit="keer",
                      has_unit=True, is_word=True)
            if _FACTOR_AFTER.match(text, m.end(), hi):
                c.kind = "measure"
        elif m.lastgroup == "themilliard":  # "het miljard", "dat (ene) miljard", "een miljardje": the sum spoken of, a billion euro
            c = _Cand(m.start(), m.end(), m.start(), m.end(), 1e9, kind="money", unit="EUR", has_unit=True, is_word=True)
            _right(text, c, hi, noun_only=True)  # "dat miljard mensen": a count
        elif m.lastgroup == "collective":  # "met z'n zeventienen": seventeen people
            stem = re.sub(r"ën$|en$", "", m.group().lower())
            c = _Cand(m.start(), m.end(), m.start(), m.end(), parse_number(_COLLECTIVE_STEM.get(stem, stem)), kind="count",
                      unit="personen", has_unit=True, is_word=True)
        elif m.lastgroup == "tientje":  # a ten-euro note: "tientje hoger"
            c = _Cand(m.start(), m.end(), m.start(), m.end(), 10.0, kind="money", unit="EUR", has_unit=True, is_word=True)
        elif m.lastgroup == "helft":
            c = _Cand(m.start(), m.end(), m.start(), m.end(), 50.0, kind="percentage", unit="%", has_unit=True, is_word=True)
            # "de helft" is a share wherever it stands ("omdat de helft naar de Staat moet", "de cap, die op de
            # helft ligt"); the half of a period is "de eerste/tweede helft", which the pattern does not take
            share = _HALF_SHARE.search(text, max(lo, m.start() - 24), m.start())
            c.approximate = bool(share and share.group("hedge")) or bool(_HALF_HEDGE.search(text, max(lo, m.start() - 24), m.start()))
        else:
            c = _vague(text, m, hi)
        if c is None:
            continue
        last_end = c.end
        cands.append(c)
        if c.end < m.end():
            pos = c.end  # a shorter reading than the match ("drie" of "drie en vier kwartalen"): read on from there
    if not cands:
        return []
    if "/" in text[lo:hi] or "www" in text[lo:hi]:
        urls = [(u.start(), u.end()) for u in _URL.finditer(text, lo, hi)]
        if urls:
            for c in cands:
                if any(a <= c.num_start < b for a, b in urls):
                    c.drop = "inside a url"
    if footnote and cands[0].num_start - lo <= 2 and not cands[0].has_unit:
        cands[0].drop = "footnote number"
        _next_footnote_markers(text, cands, lo)
    _merge_ranges(text, cands)
    _chart_ticks(text, cands)
    _scaled_unit_in_context(text, cands)
    _prior_year_units(cands)
    _row_label_units(text, cands, lo)
    if table_unit is not None:
        _scale_bare_cells(text, cands, table_unit)
    spans = sentence_spans(text[lo:hi])
    out: list[Figure] = []
    periods_cache: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for c in cands:
        if c.drop or c.merged:
            continue
        if not c.has_unit:
            if not c.cue or c.is_year:
                continue
            if c.kind is None:
                c.kind = "count"
        if c.kind is None:
            continue
        s0, s1 = _sentence_of(spans, c.start - lo)
        s0 += lo
        s1 = _with_marker(text, s1 + lo, hi)
        sentence = text[s0:s1]
        key = (s0, s1)
        if key not in periods_cache:
            periods_cache[key] = _periods(text, s0, s1)
        if c.kind == "count" and c.unit is None:
            c.unit = _counted_subject(text[s0 : c.start])
        out.append(
            Figure(
                paragraph=index,
                sentence=sentence,
                char_start=c.start,
                char_end=c.end,
                raw=text[c.start : c.end],
                value=_exact(c.value),
                kind=c.kind,
                unit=unit_text(c.unit),
                value_from=_exact(c.value_from),
                approximate=c.approximate,
                period=_nearest_period(periods_cache[key], c),
            )
        )
    _changes(text, out, spans, lo)
    return out


_CLAUSE_END = re.compile(r"[.;:!?]")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


_TICK_GAP = re.compile(r"(?:\s+[^\W_])*\s*")


def _chart_ticks(text: str, cands: list[_Cand]) -> None:
    """A chart's axis flattened into text: a run of bare numbers falling by one step down to the step itself
    ("12.000 8.000 4.000", "30 20 10 0"). Ticks are no figures; a table row rarely falls so evenly to its step.
    The letters of a rotated axis title may stand between the ticks one by one ("80% e 70% g a 60%")."""
    run: list[_Cand] = []
    for c in [*cands, None]:
        if c is not None and run and c.end - c.start == 1 and c.kind != run[-1].kind:
            continue  # a lone digit among the ticks (a bar's label) neither ends nor joins the run
        if c is not None and not c.drop and c.value is not None and run and _TICK_GAP.fullmatch(text, run[-1].end, c.start) \
                and c.kind == run[-1].kind and c.value < run[-1].value \
                and (len(run) == 1 or run[-2].value - run[-1].value == run[-1].value - c.value):
            run.append(c)
            continue
        if len(run) >= 3 and run[-1].value in (0, run[-2].value - run[-1].value):
            for tick in run:
                tick.drop = "chart tick"
        run = [c] if c is not None and not c.drop and c.value is not None else []


def _prior_year_units(cands: list[_Cand]) -> None:
    """Last year's figure in brackets takes the kind and unit of the figure before it: "210 aangiften (2017: 183)"."""
    previous: _Cand | None = None
    for c in cands:
        if c.prior_year and previous is not None and previous.kind is not None:
            c.kind, c.unit, c.scale = previous.kind, previous.unit, previous.scale
        elif c.prior_year:
            c.kind = "count"
        if not c.drop and not c.prior_year:
            previous = c


# a row label stating that its numbers are shares: "Ophelderingspercentage", "(volumegroei, in procenten)", "(%)"
_LABEL_PERCENT = re.compile(r"percentage\b|\bin[\s\u00a0]+procenten\b|\([\s\u00a0]*%[\s\u00a0]*\)|\bin[\s\u00a0]*%", re.I)
_LETTERS = re.compile(r"[^\W\d_]{2}")
_SECOND_MEASURE = re.compile(r"\ben[\s\u00a0]+(?:het[\s\u00a0]+)?(?:aantal|percentage|bedrag)", re.I)
_CELL_END = re.compile(r"[ \t\u00a0]*(?:$|\n|[ \t\u00a0][-−–‒+(]?\d|[ \t\u00a0][A-Z]|[ \t\u00a0]*\|)")
_LABEL_CLAUSE_END = re.compile(r".*[.;:!?][\s\u00a0]", re.S)


def _row_label_units(text: str, cands: list[_Cand], lo: int) -> None:
    """A flattened table's row label states the unit of the bare numbers after it: "Ophelderingspercentage 49,6
    55,9 49,9", "Economische groei (volumegroei, in procenten) 2,5 2,7", "Waardebeslag (x € 1.000) 407.464". The
    label is the words since the figure before (within the clause); numbers that follow one another share it.
    (The label is read only when a bare number follows it: most labels are prose before a number with a unit.)"""
    label: str | None = None
    unit: dict | None = None
    previous_end = lo
    for c in cands:
        gap = text[previous_end : c.start]
        previous_end = c.end
        if _LETTERS.search(gap):
            label, unit = gap, None
        elif CELL_SEPARATOR in gap:
            label = None  # the next line of a flattened column is the next row (see parse.pdftext)
        if label is None or c.drop or c.value is None:
            continue
        if c.has_unit or c.is_word:
            label = None  # the row has ended: a number that states its own unit
            continue
        if c.is_year or not _CELL_END.match(text, c.end):
            continue  # (a number running on into prose is no cell: "een burstpercentage 5 van meer dan 12,5%")
        if unit is None:
            clause = _LABEL_CLAUSE_END.match(label)
            unit = _label_unit(label[clause.end() :] if clause else label)
            if unit is None:
                label = None
                continue
        if unit["kind"] == "percentage" and abs(c.value) > 100 or unit["unit"] == "rapportcijfer" and not (
                1 <= c.value <= 10 and _GRADE_VALUE.fullmatch(text, c.num_start, c.num_end)):
            label = None  # no share, no mark: the next block of columns
            continue
        c.value = _exact(c.value * unit["scale"])
        c.kind, c.unit, c.has_unit = unit["kind"], unit["unit"], True


def _label_unit(label: str) -> dict | None:
    if _SECOND_MEASURE.search(label):
        return None  # "Omzet (in miljoenen euro) en aantal agentschappen": which numbers are which is not said
    scale = _scale_of(label)
    if scale:
        return _scaled_unit(scale)
    if _LABEL_PERCENT.search(label):
        return {"scale": 1.0, "kind": "percentage", "unit": "%"}
    if _LABEL_GRADE.search(label):
        return {"scale": 1.0, "kind": "measure", "unit": "rapportcijfer"}
    return None


# a row label naming a mark out of ten: "Klanttevredenheid Suwidesk 7", "Rapportcijfer dienstverlening 7,2"
_LABEL_GRADE = re.compile(r"tevredenheid\b|\brapportcijfer\b|\bwaarderingscijfer\b", re.I)


def _scaled_unit_in_context(text: str, cands: list[_Cand]) -> None:
    """A bare scaled amount is money, unless it follows a scaled measure or count in the same or the next sentence
    with no money between and no verb of spending in its own clause: "Nederland gebruikt ongeveer 40 miljard kuub
    aan gas. 20 miljard daarvan halen wij uit onze eigen grond", "Van de 22 miljoen Syriërs wonen er nog maar 11
    miljoen thuis" (the unit left out after its first mention)."""
    named: _Cand | None = None
    for c in cands:
        if c.drop:
            continue
        if c.scaled and (c.kind == "measure" or c.kind == "count" and c.unit):
            named = c
        elif c.kind == "money" and not c.money_by_default:
            named = None  # money spoken of in between
        elif c.money_by_default and named is not None:
            clause_end = _CLAUSE_END.search(text, c.end)
            # (a count shares its noun only with no money spoken of since: "3 miljoen inwoners en de gemeenten
            # besteden 450 miljoen aan zorg")
            clause = text[c.start if named.kind == "measure" else named.end : clause_end.start() if clause_end else len(text)]
            if len(_SENTENCE_END.findall(text, named.end, c.start)) <= 1 and not _MONEY_VERB.search(clause):
                c.kind, c.unit, c.money_by_default = named.kind, named.unit, False


def _exact(value: float | None) -> float | None:
    """The value as written, without the binary rounding error of scaling: "8,2 miljard" is 8200000000.0, not
    8199999999.999999 (twelve significant digits are more than any Kamerstuk prints)."""
    return None if value is None else float(f"{value:.12g}")


_SPACED_MARKER = re.compile(r"[ \t\u00a0]+\d{1,2}(?=[ \t\u00a0]*(?:\n|$)|[ \t\u00a0]+[A-Z«“\"])")
_CITATION_END = re.compile(r"(?:[.)»”\"|]|\S\.(?:nl|com|org|eu|net|be|de|int|gov|uk|info)/?)[\s\u00a0]*$", re.I)


# "daarvan", "waarvan": the pronoun of a partitive, the whole a share is of
_PARTITIVE_PRONOUN = r"(?:hiervan|daarvan|ervan|waarvan)"
_PARTITIVE_RIGHT_BEFORE = re.compile(rf"\b{_PARTITIVE_PRONOUN}[\s\u00a0]+$", re.I)
_HALF_HEDGE = re.compile(r"\b(?:ongeveer|bijna|ruim|circa|zo['’]n|grofweg|meer\s+dan|minder\s+dan)[\s\u00a0]+$", re.I)
_HALF_SHARE = re.compile(r"\b(?:met|voor)[\s\u00a0]+(?:(?P<hedge>ongeveer|bijna|ruim|circa|zo'n|grofweg|meer\s+dan|minder\s+dan)[\s\u00a0]+)?$", re.I)


def _with_marker(text: str, end: int, hi: int) -> int:
    """A footnote marker set off by a space after the sentence's closing punctuation ("…»? 1")
    belongs to the sentence it annotates (in PDF text the superscript loses its gluing)."""
    if end <= 0 or text[end - 1] not in ".?!»”\")":
        return end
    m = _SPACED_MARKER.match(text, end, hi)
    return m.end() if m else end


def _next_footnote_markers(text: str, cands: list[_Cand], lo: int) -> None:
    """Footnotes run together in one paragraph ("4 Rapport | Rijksoverheid.nl 5 pyrotechnische
    stoffen …"): the numbers that continue the footnote numbering after the end of a citation or a
    sentence open the next footnotes; they are markers, not counts."""
    first = cands[0]
    if first.value is None or first.value != int(first.value):
        return
    expected = int(first.value) + 1
    for c in cands[1:]:
        if c.is_word or c.has_unit_strong or c.value != expected or text[c.num_start : c.num_end] != str(expected):
            continue
        if _CITATION_END.search(text[max(lo, c.start - 40) : c.start]):
            c.drop = "footnote number"
            expected += 1


_AANTAL_NOUN = re.compile(r"\baantal[\s\u00a0]+(?:([a-zà-ÿ][\w'’-]*e)[\s\u00a0]+)?([a-zà-ÿ][\w'’-]*|[A-Z]{2,}-[a-zà-ÿ][\w'’-]*)")
_SUBJECT_NOUN = re.compile(
    r"^(?:De|de)[\s\u00a0]+([a-zà-ÿ][\w'’-]*(?:en|s))[\s\u00a0]+(?:zijn|waren|stijgen|stegen|dalen|daalden|groeien|groeiden"
    r"|nemen|namen|lopen|liepen|gaan|gingen)\b"
)


def _counted_subject(before: str) -> str | None:
    """What a bare number counts, from its sentence: "het aantal meldingen steeg … tot 1.250",
    "De achterstanden zijn gedaald van 17.000 naar 14.000"."""
    m = _AANTAL_NOUN.search(before)
    if m and _is_noun(m.group(2)) and _countable(m.group(2), 2.0) and m.group(2).lower() not in ("van", "keer"):
        return m.group(2)
    m = _SUBJECT_NOUN.match(before.lstrip())
    if m and _is_noun(m.group(1)) and CHANGE_VERB.search(before):
        return m.group(1)
    return None


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    best = None
    for s, e in spans:
        if s <= pos:
            best = (s, e)
    return best or (spans[0] if spans else (0, 0))


_RANGE_UNIT_AFTER = re.compile(r"[ \t\u00a0]*(?:%|°\s?C\b|graden\b|procent\b|procentpunt|(?:miljoen|miljard|mln|mld)\b)", re.I)
_DASH_RANGE_START = re.compile(r"(?<![\w.,/-])\d{1,3}(?:,\d+)?[-–]$")


def _dash_range_end(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """The upper bound of a range written with a dash and a unit after it ("2,5–3 °C", "4–10%",
    "1,5–2 graden", "2-4 Mton", "100-250 meter"); not an identifier or a reference ("21 501-02",
    "artikel 4-10")."""
    return bool(_DASH_RANGE_START.search(text[max(lo, s - 8) : s])) and (
        bool(_RANGE_UNIT_AFTER.match(text, e, hi)) or _measure_unit_follows(text, e, hi)
    )


_PARTITIVE = re.compile(r"[ \t\u00a0]+van[ \t\u00a0]+(?:de|het|deze|die|alle|onze|hun|mijn|zijn|haar|uw)[ \t\u00a0]+(?:(?:\d[\d.]*|[a-zà-ÿ]+e|niet|nog)[ \t\u00a0]+){0,3}([a-zà-ÿ][\w'’-]*)(?![\w'’-])")


def _partitive(text: str, c: _Cand, hi: int, lo: int = 0) -> None:
    """ "in 135 van de winningen", "25 van de 35 gevolgde signalen": a count of the plural noun after "van de";
    "alle drie de moties", "alle vier de doelstellingen": a count of the noun after the article."""
    m = _PARTITIVE.match(text, c.end, hi)
    if m is None and _ALL_BEFORE.search(text, max(lo, c.start - 8), c.start):
        m = _ALL_THE_AFTER.match(text, c.end, hi)
    if m and _is_noun(m.group(1)) and _countable(m.group(1), 2.0) and m.group(1).lower() not in DURATION_UNITS:
        c.kind, c.unit, c.has_unit = "count", m.group(1), True


_ALL_BEFORE = re.compile(r"\balle[ \t\u00a0]+$", re.I)
_ALL_THE_AFTER = re.compile(r"[ \t\u00a0]+(?:de|het)[ \t\u00a0]+([a-zà-ÿ][\w'’-]*)(?![\w'’-])")


def _measure_unit_follows(text: str, e: int, hi: int) -> bool:
    """A unit of measure right after the numeral, as a word ("20 cm", "250 meter", "4 Mton")."""
    w = re.match(r"[ \t\u00a0]*([^\W\d_][\w²³/]*)", text[e : min(hi, e + 24)])
    return w is not None and w.group(1).lower() in MEASURE_UNITS


_TABLE_SCALE_BEFORE = re.compile(r"(?:\(|\bbedragen)[\s\u00a0]*[x×][\s\u00a0]*(?:€[\s\u00a0]*)?$", re.I)
_ROW_REFERENCE_BEFORE = re.compile(r"\(=[\s\u00a0]*(?:\d+[\s\u00a0]*(?:t/m|[-–+])[\s\u00a0]*)?$")
_SPACED_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([‒−])[ \u00a0]?$")


def _digits(text: str, m: re.Match, lo: int, hi: int) -> _Cand | None:
    s, e = m.start(), m.end()
    raw = m.group()
    before = text[max(lo, s - 2) : s]
    after = text[e : min(hi, e + 3)]
    # glued to a word: footnote marker ("Schiphol1", "APU.10"), identifier ("COVID-19", "2024Z12345")
    if before and (before[-1].isalpha() or before[-1] in "_@#"):
        if not _glued_after_word(text, s, e, lo, hi):
            return None
    if len(before) == 2 and before[-1] in ".,:/-–" and (before[0].isalnum()) and not _dash_range_end(text, s, e, lo, hi):
        return None
    if before and before[-1] in "?!»”\"')]" :
        return None  # a footnote marker glued to punctuation: "voorkomen»?1"
    if len(before) == 2 and before[-1] == "’" and before[0].isalpha():
        return None  # after a closing quote: "‘Verkenning … Schiphol’4 ontvangen" (not " ’24", a year)
    # "gemiddeld +20 cm": a signed change, where a unit follows; otherwise "+" and "/" join identifiers
    signed = before[-1:] == "+" and (len(before) == 1 or before[0] in " (\t\u00a0") and (
        _strong_unit_follows(text, e, hi) or _measure_unit_follows(text, e, hi)
    )
    if not signed and (before and before[-1] in "/+" or before.endswith("-") and len(before) == 1 and s - 2 >= lo and text[s - 2].isalnum()):
        return None
    if after[:1] == "/":
        return _digit_fraction(text, s, e, lo, hi)
    if (after[:1] == ":" and after[1:2].isdigit()) or (after[:1] in ".," and after[1:2].isdigit()):
        return None  # dates 17/5, times 14:00 / 14.00, section numbers 3.2, ip-like 192.168.1.2
    c = _Cand(s, e, s, e, parse_digits(raw, point_decimal=True))  # DIGITS_RX only lets "27.7" through before a unit
    if c.value is None:
        return None
    near = text[max(lo, s - 20) : s]
    if ("x" in near or "×" in near) and _TABLE_SCALE_BEFORE.search(text, max(lo, s - 20), s) \
            or "=" in near and _ROW_REFERENCE_BEFORE.search(text, max(lo, s - 16), s):
        return None  # a table's scale "(x 100 miljoen euro)", "(bedragen x € 1 miljoen)"; its rows "(= 1 t/m 5)"
    if before[-1:] in ("-", "−") and (s - 1 == lo or text[s - 2] in " (\t\n\u00a0"):
        c.start, c.value = s - 1, -c.value  # "-20%", "−1,5%"
    elif ("‒" in before or "−" in before) and (sign := _SPACED_MINUS_BEFORE.search(text, max(lo, s - 3), s)):
        c.start, c.value = sign.start(1), -c.value  # "‒ 0,5 procent": the figure dash of typeset tables and prose
    plain = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in plain and (e < hi and text[e : e + 1] in "-–" and text[e + 1 : e + 2].isdigit()):
        return None  # "21 501-02"
    if after[:1] == "-" and after[1:2].isalpha():
        ad = re.match(rf"-{_ADJ_DURATION}(?![\w-])", text[e : min(hi, e + 10)], re.I)
        if ad:
            return _adjective_duration(text, s, e + ad.end(), c.value, lo, hi)
        return None  # "18-jarige", "3-tal"
    if after[:1].isalpha() and not _glued_unit(text, s, e, hi) and not _TIMES_NOTATION.match(text, e, hi):
        return None  # ordinals and identifiers ("11e", "5G")
    if len(raw) >= 2 and raw[0] == "0" and raw[1].isdigit():
        return None  # "0921", phone numbers
    if re.fullmatch(r"\d{5,}", raw) and not _strong_unit_follows(text, e, hi) and not CURRENCY_BEFORE.search(text[max(lo, s - 6) : s]):
        return None  # ungrouped long digit strings are identifiers ("1519574")
    # list markers: "1. Tekst", "(1) tekst", "[2]", "2)" at the start of a line
    line_start = text.rfind("\n", lo, s) + 1
    line_start = max(line_start, lo)
    pre_line = text[line_start:s]
    if re.match(r"^[.)]\s", text[e : e + 2]) or text[e : e + 1] == ")" or text[e:e + 1] == "." and e + 1 >= hi:
        if not pre_line.strip() or pre_line.strip() in ("(", "["):
            return None
    prior = ":" in before and _PRIOR_YEAR_BEFORE.search(text, max(lo, s - 12), s) and _PRIOR_YEAR_AFTER.match(text, e, hi)
    if prior:
        return _prior_year_figure(c, prior)
    if re.search(r"[(\[]\s*$", text[max(lo, s - 2) : s]) and re.match(r"\s*[)\]]", text[e : e + 2]):
        if _bracketed_count(text, s, e, lo, hi, c.value):
            c.kind, c.has_unit = "count", True
            return c
        return None  # "(1)", "[9]"
    if text[e : e + 1] == "]" or re.match(r"\s\]", text[e : e + 2]):
        return None
    # the text before: reference words, a moment, a date
    pre = text[max(lo, s - 80) : s]
    if _is_reference(pre, text, e, hi, grouped=_GROUPED.fullmatch(raw) is not None):
        return None
    if _AFTER_SITE.search(pre):
        return None  # "… | Rijksoverheid.nl 5": a footnote marker after a cited site name or address
    if re.match(rf"[\s\u00a0]*(?:(?:{MONTHS})\b|{_MONTHS_FULL})", text[e : e + 14], re.I):
        return None  # "17 mei", "6 \nseptember", "1 septemberjongstleden"
    if _misspelt_date(text, e, hi):
        return None  # "21 febuari 2023"
    c.is_year = bool(_YEAR.match(raw))
    _right(text, c, hi)
    _left(text, c, lo)
    if not c.has_unit and not c.is_year:
        _partitive(text, c, hi, lo)
    if c.drop:
        return None
    if (not c.has_unit and _OLD_YEAR.match(raw) and _OLD_YEAR_BEFORE.search(pre) and not _AMOUNT_OF_BEFORE.search(pre)
            and not _TO_NUMBER_AFTER.match(text, e, hi)):
        c.is_year = True
    if c.is_year and _year_like_count(text, c, lo):
        c.is_year = False
    if c.is_year and not c.has_unit_strong:
        return None
    if c.is_year and c.kind in ("count", "duration") and not c.approximate:
        return None
    # a bare number after sentence-final punctuation is a footnote marker ("NOS? 1", "beschreven. 2")
    if not c.has_unit and re.search(r"\bpercentage[\s\u00a0]+(?:van[\s\u00a0]+)?$", text[max(lo, s - 20) : s], re.I):
        c.kind, c.unit, c.has_unit = "percentage", "%", True  # "een percentage van 30"
    if not c.has_unit and re.search(r"[.?!;:»”\"]\s*$", text[max(lo, s - 3) : s]) and not _HEDGE_ABBREVIATION.search(text[max(lo, s - 8) : s]):
        return None
    # time of day: "om 10 uur", "10 uur 's ochtends"; a person's age
    if _time_of_day(c, pre, text) or _age(c, pre, text) or _first_place(c, pre, text):
        return None
    return c


# Annual reports give last year's figure in brackets after this year's: "95,8% (2017: 95,0)", "(2017: 183)".
_PRIOR_YEAR_BEFORE = re.compile(r"\((?:19|20)\d\d[\s\u00a0]*:[\s\u00a0]*$")
_PRIOR_YEAR_AFTER = re.compile(r"[\s\u00a0]*(%|procent\b)?[\s\u00a0]*\)")


def _prior_year_figure(c: _Cand, after: re.Match) -> _Cand:
    """The number of "(2017: 183)": a percentage where it says so, otherwise it takes the kind and unit of the figure
    it is compared with (see _prior_year_units)."""
    c.has_unit = True
    if after.group(1):
        c.kind, c.unit, c.has_unit_strong = "percentage", "%", True
        c.end = after.end(1)
    else:
        c.prior_year = True
    return c


# A count in brackets after the thing counted, as annual reports list them: "bedreiging (285), weerspannigheid
# (183)", "regulier (4) en horizontale fraude (20)", "dan in 2017 (642)". Not a list marker ("zowel (1) de …"), an
# option or a clause ("optie (4)", "artikel 21 (2)"), a dossier number ("nr. 8 (36518)") or a year ("RIVM (2022)").
_COUNTED_IN_BRACKETS_BEFORE = re.compile(r"(?:(?<![\w.])[a-zà-ÿ][\w'’-]+|\bin[ \t\u00a0]+(?:19|20)\d\d)[ \t\u00a0]*\($")
_COUNTED_IN_BRACKETS_AFTER = re.compile(r"\)(?:[ \t\u00a0]*(?:[,.;:]|$)|[ \t\u00a0]+(?:en|of)\b)")
_PART_NOUNS = frozenset("merendeel meerderheid minderheid rest gros helft overgrote".split())
_BRACKETED_NUMBER = re.compile(r"[a-zà-ÿ][ \t\u00a0]*\(\d[\d.,]*\)")
_NUMBERED_THINGS = frozenset(
    """optie opties variant varianten scenario scenario's alternatief alternatieven stap stappen fase fasen fases lid
    leden artikel artikelen punt punten vraag vragen motie moties bijlage bijlagen tabel tabellen figuur figuren grafiek
    noot voetnoot bron bronnen categorie categorieën niveau niveaus type model modellen versie deel delen hoofdstuk
    paragraaf sub onderdeel onderdelen element elementen criterium criteria zie""".split()
)


def _bracketed_count(text: str, s: int, e: int, lo: int, hi: int, value: float) -> bool:
    before = _COUNTED_IN_BRACKETS_BEFORE.search(text, max(lo, s - 40), s)
    if not before or _YEAR.match(text[s:e]):
        return False
    if not _COUNTED_IN_BRACKETS_AFTER.match(text, e, hi):
        # the size of a part, whatever follows: "waarvan het merendeel (61) afkomstig was van bedrijven"
        return text.startswith(")", e) and before.group().rstrip(" \t\u00a0(").lower() in _PART_NOUNS
    word = before.group().rstrip(" \t\u00a0(").lower()
    if word in _NUMBERED_THINGS:
        return False
    # a small number alone is more often a marker pointing at a list or a figure ("komen … aan bod (1).")
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(lo, s - 200), s)), default=max(lo, s - 200))
    end = _CLAUSE_END.search(text, e, min(hi, e + 200))
    listed = len(_BRACKETED_NUMBER.findall(text, start, end.start() if end else min(hi, e + 200))) >= 2
    return listed or value >= 10


# an abbreviated hedge or bound before a number is no sentence end: "ca. 4.000 per dag", "max. 30"
_HEDGE_ABBREVIATION = re.compile(r"\b(?:ca|circa|ong|max|min|gem|resp)\.[\s\u00a0]*$", re.I)
# (also a thing by a name of capitals: "tijdens het BO MIRT van 2025 afspraken te maken")
_DEFINITE_OF = re.compile(r"\b(?:de|het|die|deze|dit|dat)[ \t\u00a0]+(?:[^\W\d_][\w-]*|(?-i:[A-Z][\w-]*(?:[ \t\u00a0]+[A-Z][\w-]*){1,2}))"
                          r"[ \t\u00a0]+van[ \t\u00a0]+$", re.I)
_COUNT_LEAD = re.compile(
    r"\b(?:om|van|ruim|circa|ca\.|ongeveer|bijna|dan|zijn|waren|er|alle|totaal|bedraagt|bedroeg|zeker|maar|slechts)[ \t\u00a0]+$"
    r"|\([ \t\u00a0]*$", re.I  # "de doelstelling (1900 verdachten)"
)


_SUBJECT_PRONOUN = re.compile(r"[ \t\u00a0]+(?:we|wij|ik|ze|zij|hij|u|jullie)\b", re.I)
_NOT_COUNTED_ADVERBS = frozenset("zelfs steeds telkens onlangs eens soms anders links rechts ooit nooit alweer ten".split())


_COMPARED_WITH = re.compile(r"\b(?:opzichte|t\.o\.v\.|vergeleken|vergelijking)[\s\u00a0]+(?:van|met)[\s\u00a0]+$", re.I)
_PART_OF_YEAR = re.compile(
    rf"\b(?:einde?|begin|start|midden|helft|loop|zomer|najaar|voorjaar|winter|kwartaal|(?:{MONTHS}))[\s\u00a0]+van[\s\u00a0]+$", re.I
)


def _year_like_count(text: str, c: _Cand, lo: int) -> bool:
    """A number that looks like a year but counts a plural noun after a word that introduces a quantity:
    "een populatie van 2000 BSN’s", "het gaat om 2000 dossiers"; not "in 2000 woningen gebouwd"."""
    unit = c.unit or ""
    plural = re.search(r"(?:['’]s|[^e]s|en)$", unit) is not None and unit.lower() not in _NOT_COUNTED_ADVERBS
    right_after = re.match(r"\d{4}[ \t\u00a0]+(\S+)", text[c.start : c.start + 40])  # the noun itself, no adjective
    if right_after and _SUBJECT_PRONOUN.match(text, c.start + right_after.end(), c.start + right_after.end() + 8):
        return False  # "In de zomer van 2025 sluiten we een pact": the verb of an inverted clause
    if _PART_OF_YEAR.search(text, max(lo, c.start - 30), c.start):
        return False  # "aan het einde van 2024 grotendeels", "in de loop van 2025": a moment
    if _COMPARED_WITH.search(text, max(lo, c.start - 30), c.start):
        return False  # "Ten opzichte van 2017 stegen de ontvangsten": the year compared with
    if _DEFINITE_OF.search(text, max(lo, c.start - 40), c.start):
        return False  # "in de evaluatie van 2016 verbeterpunten": a definite thing's year; "een populatie van 2000"
    return (c.kind == "count" and plural and right_after is not None and unit.startswith(right_after.group(1).rstrip(".,;:)"))
            and bool(_COUNT_LEAD.search(text[max(lo, c.start - 20) : c.start])))


# Text from PDF or Word exports runs words together at former line breaks ("12maanden", "dat44%",
# "25.000inwoners"). A numeral glued to a unit word is read with that unit; a numeral glued after a
# lowercase word only where a currency, percent, fte, scale or measure follows. Digits glued to
# capitals or other letters stay identifiers or footnote markers ("2024Z12345", "Schiphol1", "jaar5").
_GLUED_STRONG = re.compile(
    r"[ \u00a0]?(?:%|°\s?C\b|(?:procent|procentpunt(?:en)?|euro(?:['’]s)?|eur|miljoen|miljard|mln|mld|mrd|fte|vte)(?![\w]))", re.I
)
_GLUED_SCALE_EURO = re.compile(r"(?:miljoen|miljard|duizend)euro", re.I)
_NOT_GLUED_MEASURE = {"m", "are", "bar", "mol", "voet", "nm", "mb", "gb", "tb", "mt", "kt", "db", "ml", "cl", "dl", "hl", "ha"}


def _thousands_k(text: str, s: int, e: int, hi: int) -> bool:
    """An amount in thousands written with a K after it: "€ 263K", "€ 14.828K" (the finance department's
    shorthand; only after a currency sign, so "5K" alone stays an identifier)."""
    return text[e : e + 1] in ("K", "k") and not (e + 1 < hi and text[e + 1].isalnum()) \
        and bool(CURRENCY_BEFORE.search(text[max(0, s - 6) : s]))


_TON_AFTER = re.compile(r"[ \t\u00a0]+ton(?![\w'’-])")


def _ton_after_currency(text: str, s: int, e: int, hi: int) -> int:
    """The end of "ton" after an amount with a currency sign before it or "euro" after it, else 0: "€ 2 ton"
    and "3 ton euro" are 200,000 and 300,000 euro (a "ton" of money is a hundred thousand; without either,
    "500 ton" stays a weight)."""
    m = _TON_AFTER.match(text, e, hi)
    if not m:
        return 0
    money = CURRENCY_BEFORE.search(text[max(0, s - 6) : s]) or re.match(r"[ \t\u00a0]+euro\b", text[m.end() : hi], re.I)
    return m.end() if money else 0


def _glued_unit(text: str, s: int, e: int, hi: int) -> bool:
    """A unit word run together with the numeral before it: "29km", "12maanden", "21procentpunten",
    "83miljoeneuro", "100procent"; a lowercase plural noun after a number inside a sentence
    ("bijna 1.500bewoners")."""
    w = re.match(r"[^\W\d_]+[²³23]?", text[e : min(hi, e + 40)]).group()
    lw = w.lower()
    if _thousands_k(text, s, e, hi):
        return True
    if lw in _LATIN_ORDINALS:
        return False  # an article inserted between two: "artikel 161quinquies"
    if lw in MEASURE_UNITS or lw in SCALE_AFTER or lw in DURATION_UNITS or lw in ("mln", "mld", "mrd", "fte", "vte", "procent", "euro"):
        return True
    if PERCENT_RX.match(text[e : min(hi, e + 20)]) or FTE_RX.match(text, e, min(hi, e + 30)) or _GLUED_SCALE_EURO.fullmatch(lw):
        return True
    # a capitalised adjective and a plural noun after it ("had TikTok 160Nederlandstalige moderatoren"): a count;
    # a footnote or list number glued to a capitalised word has one or two digits at most
    adj = re.match(r"([A-Z][a-zà-ÿ]{3,}(?:e|se))[ \t\u00a0]+([a-zà-ÿ][\w'’-]*)", text[e : min(hi, e + 60)])
    if adj and e - s >= 3 and text[s - 1 : s] in (" ", "\u00a0") and _is_noun(adj.group(2)) and _countable(adj.group(2), 2.0):
        return True
    # an acronym compound in the plural ("alle 193VN-lidstaten"): the hyphen and the plural noun make it a
    # counted noun, not an identifier ("2024Z12345") or a marker glued to a name
    if re.match(r"[A-Z]{2,5}-[a-zà-ÿ]{3,}(?:en|s)\b", text[e : min(hi, e + 40)]) and text[s - 1 : s] in (" ", "\u00a0"):
        return True
    # a counted noun: lowercase, plural, not after a footnote or list number, not in a URL ("%20banden")
    if not w[:1].islower() or len(w) < 4 or lw.startswith("x") or text[s - 1 : s] not in (" ", "\u00a0") or _clause_initial(text, s):
        return False
    if re.match(r"\.[^\W\d_]", text[e + len(w) : e + len(w) + 2]):
        return False  # "2wetten.nl"
    value = parse_digits(text[s:e])
    return _is_noun(w) and _countable(w, value) and lw not in _NP_VERBS


_LATIN_ORDINALS = frozenset("bis ter quater quinquies sexies septies octies novies nonies decies".split())
# function words, and words that introduce a quantity, after which a glued numeral is a number
_GLUE_FUNCTION_WORDS = FUNCTION_WORDS | frozenset("totaal ruim circa bijna ongeveer waren had alle slechts per".split())


def _glued_after_word(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """ "dat44% van de mensen", "en28 procent": a numeral run together with the lowercase word before
    it, read only where a currency, percent, fte, scale word or measure follows."""
    m = re.search(r"(?<![\w-])[^\W\d_]+$", text[max(lo, s - 30) : s])
    if not m or len(m.group()) < 2 or not m.group().islower() or m.group() in MEASURE_UNITS:
        return False
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", text[s:e]):
        return False  # "km2 500": no space-grouped numbers
    if _GLUED_STRONG.match(text, e, min(hi, e + 20)):
        return True
    # after a function word a glued numeral is a quantity when a counted noun follows ("in totaal96
    # Nederlandstalige moderatoren", "de44 gemeenten"); after a content word it is a footnote marker
    if m.group().lower() in _GLUE_FUNCTION_WORDS:
        np = re.match(r"[ \t\u00a0]+(?:[A-Za-zà-ÿ][\w'’-]*e[ \t\u00a0]+)?([a-zà-ÿ][\w'’-]*)", text[e : min(hi, e + 60)])
        if np and _is_noun(np.group(1)) and _countable(np.group(1), 2.0):
            return True
    nw = re.match(r"[ \u00a0]?([^\W\d_]+)(?![\w])", text[e : min(hi, e + 20)])
    return nw is not None and nw.group(1).lower() in MEASURE_UNITS and nw.group(1).lower() not in _NOT_GLUED_MEASURE


_ADJ_DURATION_UNIT = {"jarig": "jaar", "maands": "maanden", "weeks": "weken", "daags": "dagen", "urig": "uur"}
# nouns for people, animals and anniversaries: "-jarige" before them gives an age, not a duration
_AGE_NOUNS = set(
    """kind kinderen kindje jongen jongens meisje meisjes jongere jongeren jongeman jongemannen man mannen vrouw
    vrouwen persoon personen mens mensen iemand baby baby's peuter peuters kleuter kleuters tiener tieners puber pubers
    student studenten scholier scholieren leerling leerlingen patiënt patiënten cliënt cliënten zoon zonen
    dochter dochters broer broers zus zussen zuster moeder moeders vader vaders ouder ouders dader daders
    verdachte verdachten slachtoffer slachtoffers werknemer werknemers bestuurder bestuurders burger burgers
    inwoner inwoners deelnemer deelnemers militair militairen soldaat soldaten agent agenten dame dames heer
    heren senior senioren oudere ouderen vluchteling vluchtelingen migrant migranten asielzoeker asielzoekers
    jeugdige jeugdigen minderjarige minderjarigen meid meiden docent docenten dier dieren paard paarden hond
    honden koe koeien boom bomen bestaan jubileum verjaardag huwelijk leeftijd leeftijdsgroep leeftijdsgroepen
    middengroep middengroepen cohort cohorten leeftijdscohort leeftijdscohorten generatie generaties gepensioneerde
    gepensioneerden werkende werkenden""".split()
)


def _adjective_duration(text: str, s: int, e: int, value: float | None, lo: int, hi: int) -> _Cand | None:
    """ "een vierjarige vertraging", "een 3-jarig programma", "een zesmaands contract": a duration.

    The adjective measures the noun after it. Before a person, an animal or an anniversary it is
    an age ("een 18-jarige student", "het 25-jarig bestaan"), and without a noun it names a person
    ("een 18-jarige"): neither is a figure.
    """
    if value is None or value <= 0:
        return None
    words = []
    p = e
    for _ in range(2):
        m = _NEXT_WORD.match(text[p : min(hi, p + 40)])
        if not m:
            break
        words.append(m.group(1))
        p += m.end()
    if not words:
        return None
    noun = words[1] if len(words) > 1 and _is_adjective(words[0], words[1]) else words[0]
    if not noun[:1].islower() or not _is_noun(noun) or noun.lower() in _AGE_NOUNS:
        return None
    if noun.lower().endswith(("ling", "lingen", "ist", "isten", "er", "ers")):
        return None  # "een 19-jarige scholier", "de tweejarige peuters": people
    suffix = re.search(_ADJ_DURATION + "$", text[s:e], re.I).group().lower().rstrip("e")
    c = _Cand(s, e, s, e, value, kind="duration", unit=_ADJ_DURATION_UNIT[suffix], has_unit=True)
    _left(text, c, lo)
    return c


_DIGIT_FRACTION = re.compile(r"/(\d{1,3})(?P<suf>ste|de|e)?(?![\w/]|[.,]\d)")


def _digit_fraction(text: str, s: int, e: int, lo: int, hi: int) -> _Cand | None:
    """ "2/3e van de woningen", "1/4 deel": a fraction written with a slash, as a percentage.

    A slash between digits is otherwise a date or an identifier ("17/5", "2023/24"); it is a
    fraction only when the numerator is the smaller and the denominator carries the ordinal
    ending ("2/3e", "3/4de") or "van"/"deel" follows.
    """
    m = _DIGIT_FRACTION.match(text, e, min(hi, e + 8))
    if not m or not text[s:e].isdigit():
        return None
    num, den = int(text[s:e]), int(m.group(1))
    if not 0 < num < den:
        return None
    if not m.group("suf") and not re.match(r"[\s\u00a0]+(?:van|deel|daarvan|hiervan)\b", text[m.end() : min(hi, m.end() + 12)], re.I):
        return None
    c = _Cand(s, m.end(), s, m.end(), _fraction_percent(num / den), kind="percentage", unit="%", has_unit=True, has_unit_strong=True)
    _left(text, c, lo)
    return c


def _strong_unit_follows(text: str, e: int, hi: int) -> bool:
    tail = text[e : min(hi, e + 20)]
    return bool(PERCENT_RX.match(tail) or re.match(r"[\s\u00a0]*(?:euro|eur\b|%|procent|miljoen|miljard|mln|mld|fte|vte|km|ton|kg|ha)", tail, re.I))


# reference words written short with a dot ("art. 5", "nr. 3", "blz. 12"); after any other word a dot ends
# the sentence, and the number after it opens the next one ("Graag opheldering op dit punt. 125 miljoen euro
# is bizar veel geld.")
_REF_ABBREVIATIONS = {"art", "nr", "nrs", "no", "kst", "par", "blz", "p", "pp", "bijl", "fig", "tab", "hfd", "hst",
                      "tk", "ek", "stb", "stcrt", "trb", "sub"}


# a transcript that spaces out the letters of "nr.": "de motie op stuk n r. 24"
_SPLIT_NR = re.compile(r"(?<![\w.])n[ \u00a0]r\.[\s\u00a0]*$", re.I)


def _is_reference(pre: str, text: str, e: int, hi: int, grouped: bool = False) -> bool:
    if _SPLIT_NR.search(pre):
        return True
    m = _REF_CHAIN.search(pre)
    if m and pre[m.end("kw") : m.end("kw") + 1] == "." and m.group("kw").lower() not in _REF_ABBREVIATIONS:
        m = None
    if m and m.group("kw").lower() in COMMON_NOUN_REFERENCES and (
            _NOUN_PHRASE_DONE.search(pre, 0, m.start("kw")) or m.group("kw").lower() == "week" and _WEEK_SPAN.search(pre, 0, m.start("kw"))):
        m = None  # "in deze ronde drie interrupties", "vorige week drie dagen": the noun is already pointed out, so the
        # number after it counts something else; "binnen één week 150 miljoen": a span, then a quantity; not "ronde 3"
    if m and PERCENT_RX.match(text[e : min(hi, e + 20)]):
        return False  # no item is numbered with a percent sign: "p 20%" is a share
    if _NAMED_AFTER.match(text, e, min(hi, e + 20)) and re.search(r"\bonder[ \t\u00a0]+$", pre, re.I):
        return True  # an item referred to: "de onder 2 genoemde voorwaarde"
    if m and m.group("kw").lower() == "doel" and _AIM_IDIOM.search(pre, 0, m.start("kw")):
        m = None  # "heeft tot doel 100 Europese steden te ondersteunen": the aim, no numbered goal
    if m and m.group("kw").lower().rstrip(".") in REFERENCE_WORDS:
        # "maatregel 3" names a measure; "deze maatregel 3.000 claims": a number with thousands
        # separators is never the number of an item, so after an ordinary noun it is a quantity
        return not (grouped and m.group("kw").lower() in COMMON_NOUN_REFERENCES)
    if _KST_AFTER.match(text[e : min(hi, e + 24)]):
        return True  # "34 919, nr. 91", "36 360 X, nr. 1"
    if _BRACKET_RANGE_AFTER.match(text, e, min(hi, e + 16)) and _ITEMS_BRACKET_BEFORE.search(pre):
        return True  # the items a plural noun names, numbered in brackets: "alle gelopen periodes (1 t/m 7)"
    # a plural noun labelling a range of items: "de elementen 4 t/m 8", "de punten 3 tot en met 5" (a quantity
    # puts the number before its noun)
    return bool(_RANGE_AFTER.match(text, e, min(hi, e + 16)) and _ITEMS_BEFORE.search(pre) or _ITEMS_RANGE_BEFORE.search(pre))


_AIM_IDIOM = re.compile(r"\b(?:tot|als|ten)[ \t\u00a0]+$", re.I)
_NAMED_AFTER = re.compile(r"[ \t\u00a0]+(?:genoemde|vermelde|bedoelde|beschreven|aangehaalde|opgenomen)\b", re.I)
_NOUN_PHRASE_DONE = re.compile(
    r"\b(?:deze|dit|die|dat|elke|iedere|ieder|elk|dezelfde|hetzelfde|volgende|vorige|komende|afgelopen|eerste|tweede|derde|laatste)"
    r"[ \t\u00a0]+$", re.I)
_WEEK_SPAN = re.compile(r"\b(?:per|een|één|binnen)[ \t\u00a0]+$", re.I)
_ITEMS = r"\b(?:de|deze|die|het)[ \t\u00a0]+[a-zà-ÿ]{3,}(?:en|s)[ \t\u00a0]+"  # "de elementen "
_RANGE_WORD = r"[ \t\u00a0]*(?:t/m|tot[ \t\u00a0]+en[ \t\u00a0]+met|[-–])[ \t\u00a0]*"
_ITEMS_BEFORE = re.compile(_ITEMS + "$", re.I)
_ITEMS_RANGE_BEFORE = re.compile(_ITEMS + r"\d{1,3}" + _RANGE_WORD + "$", re.I)
_RANGE_AFTER = re.compile(_RANGE_WORD + r"\d", re.I)
_ITEMS_BRACKET_BEFORE = re.compile(r"\b[a-zà-ÿ]{3,}(?:en|s)[ \t\u00a0]+\([ \t\u00a0]*$", re.I)
_BRACKET_RANGE_AFTER = re.compile(r"[ \t\u00a0]*(?:t/m|tot[ \t\u00a0]+en[ \t\u00a0]+met)[ \t\u00a0]*\d{1,2}[ \t\u00a0]*\)", re.I)


_ONE_NOUN_AFTER = re.compile(
    r"[ \t\u00a0]+(?!(?:van|op|of|en|keer|voor|na|tot|uit|maal|enkele|zo|heel|zeer|erg|concreet|enkel|lijn|richting)\b)([a-zà-ÿ][\w'’-]*)(?![\w'’-])"
)
_NOT_ONE_BEFORE = re.compile(r"\b(?:geen|niet|niet[ \t\u00a0]+in)[ \t\u00a0]+$", re.I)
_RATE_SPAN_BEFORE = re.compile(r"(?:€[ \t\u00a0]?\d[\d.,]*|\beuro)\b[^.;:!?€]*\bin[ \t\u00a0]+$", re.I)
_ONE_IDIOM_BEFORE = re.compile(r"\b(?:op|in|met|voor|tot|onder|als|nog|geen|niet)[ \t\u00a0]+$", re.I)


_PREFERENCE_AFTER = re.compile(r"[ \t\u00a0]+liever\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:een|één)[ \t\u00a0]+$", re.I)
_FACTOR_AFTER = re.compile(r"[ \t\u00a0]+(?:zo\b|zoveel\b|meer\b|minder\b|vaker\b|[a-zà-ÿ]{2,}er\b)", re.I)


def _stressed_one(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """"één" written with its accents before a unit, or before a noun where the clause counts it ("slechts één
    partij", "er is één bedrijf"), is the numeral; not in idioms ("in één keer", "op één lijn", "één van de",
    "niet één") and not where it singles out ("Noem mij één land", "Eén punt: …")."""
    if text[s:e].lower() not in ("één", "eén"):
        return False
    m = _ONE_NOUN_AFTER.match(text, e, hi)
    if (
        m is not None
        and m.group(1).lower() in _INTENSIFYING_ADJECTIVES
        and _COPULA_BEFORE.search(text[max(lo, s - 60) : s])
        and not _ANOTHER_NUMBER.search(text, m.end(), min(hi, m.end() + 60))
    ):
        return False  # "het is één grote wassen neus", "is …, maar nu al één groot drama": emphasis, nothing counted
    if m is not None and m.group(1).lower() in DURATION_UNITS and not _NOT_ONE_BEFORE.search(text[max(lo, s - 12) : s]) \
            and not _RATE_SPAN_BEFORE.search(text[max(lo, s - 40) : s]):
        # a span of time after a preposition is one all the same: "voor één minuut", "in één jaar", "nog één maand";
        # not what a sum is paid in ("€770 in één maand betalen": a rate) nor "niet in één dag" (not quickly)
        return True
    if m is None or not _is_noun(m.group(1)) or _ONE_IDIOM_BEFORE.search(text[max(lo, s - 12) : s]):
        return False
    # a count only where the clause counts it ("slechts één partij", "er heeft zich één opleiding gemeld");
    # a bare stressed "één" singles out or emphasises ("Noem mij één land", "Eén punt: …", "één charade")
    noun = m.group(1).lower()
    return (noun in DURATION_UNITS or noun in MEASURE_UNITS or noun.replace("’", "'") in CURRENCY_AFTER
            or bool(_ONE_COUNTED_BEFORE.search(text, max(lo, s - 60), s))
            or _COUNTED_AFTER_ONE.match(text, m.end(), hi) is not None)  # "is één pagina gewijd aan", "één teambureau per"


_ONE_COUNTED_BEFORE = re.compile(
    r"\b(?:slechts|ten[ \t\u00a0]+(?:minste|hoogste)|minimaal|minstens|precies|hooguit|hoogstens|maximaal|al|in[ \t\u00a0]+totaal|niet[ \t\u00a0]+meer[ \t\u00a0]+dan)[ \t\u00a0]+$"
    r"|\b(?:er|zich)\b(?:[ \t\u00a0]+[^\W\d_]+){0,4}[ \t\u00a0]+$", re.I)
_COUNTED_AFTER_ONE = re.compile(r"[ \t\u00a0]+(?:ge[a-zë]{2,}(?:d|t|en)|(?:[^\W\d_]+[ \t\u00a0]+)?per)\b", re.I)
_DECADES = frozenset("twintig dertig veertig vijftig zestig zeventig tachtig negentig".split())
_INTENSIFYING_ADJECTIVES = frozenset("groot grote enorm enorme lang lange".split())
_COPULA_BEFORE = re.compile(r"\b(?:is|was|wordt|werd|blijft|bleef|lijkt|leek|zijn|waren|worden|werden)\b[^.!?]*$", re.I)
_ANOTHER_NUMBER = re.compile(r"\d|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|meerdere|andere|kleine)\b", re.I)


# spoken money: "ton" (100,000 euro) in a clause about spending, not a weight ("twee ton CO2", "ton per jaar")
_MONEY_VERB_RX = (
    r"(?:(?:in)?gestoken|(?:in)?steken|steekt|stak|kost|kosten|kostte|betaald|betalen|betaalt|uitgegeven|uitgeven|"
    r"geïnvesteerd|investeren|investeert|subsidie|bijdrage|gekregen|opgehaald|bespaard|besparen|bezuinigd|bezuinigen|bezuinigt|uitgetrokken|uittrekken|vrijgemaakt|vrijmaken|gereserveerd|reserveren|euro|salaris|salarissen|verdiend|verdienen|verdient|verdiende|verdienden|"
    r"besteed|besteden|besteedt|begroting|budget)\b")
_MONEY_VERB = re.compile(r"\b" + _MONEY_VERB_RX, re.I)
_TON_OF_MONEY = re.compile(
    r"[ \t\u00a0]*(?:$|[.,;:!?)]|(?:in|aan|extra|voor|bij|mee|uit|per|ervoor|erin|subsidie)\b|"
    r"(?:[^\W\d_]+[ \t\u00a0]+){0,3}?" + _MONEY_VERB_RX + ")", re.I)  # "een ton kunt betalen"


def _ton_of_money(text: str, end: int, lo: int, hi: int) -> bool:
    """Whether the "ton" that ends at `end` is 100,000 euro: a verb of spending in its clause and no substance
    after it."""
    return _TON_OF_MONEY.match(text, end, hi) is not None and _MONEY_VERB.search(text, lo, hi) is not None


def _words(text: str, m: re.Match, lo: int, hi: int) -> _Cand | None:
    s, e = m.start(), m.end()
    raw = m.group()
    # trim a trailing "en" joiner the sequence may have eaten
    low = raw.lower()
    toks = low.split()
    if toks and toks[0] in ("een", "één", "eén") and len(toks) == 1 and not _stressed_one(text, s, e, lo, hi):
        return None  # the article; "één van de" is not a figure either
    v = parse_number(raw.replace("-", " ") if "-" in raw else raw)  # "twee-derde"
    if v is None:
        # the longest leading part that parses
        parts = list(re.finditer(r"\S+", raw))
        for k in range(len(parts) - 1, 0, -1):
            if parts[k - 1].group().lower() in ("en", "ën"):
                continue  # the joiner belongs to what follows: "drie" of "drie en vier"
            sub = raw[: parts[k - 1].end()]
            v = parse_number(sub)
            if v is not None:
                e = s + parts[k - 1].end()
                raw = sub
                toks = raw.lower().split()
                break
        if v is None:
            return None
    if toks[0] in ("een", "één", "eén") and len(toks) > 2 and toks[1] in ("tweede", "tweeden"):
        return None  # "nog een tweede miljard": an ordinal before the scale, not half a billion
    if toks[0] in ("een", "één", "eén") and len(toks) == 2 and denominator_value(toks[1]) and toks[1] not in ("half", "halve", "kwart"):
        # (a partitive before it, or "voor"/"met" a share of a whole, as for "de helft": "waarvan een derde
        # bestaat uit jongeren", "voor een derde overstroomd")
        if not _is_unit_fraction(toks[1], text, e, hi) and not _COORDINATED_FRACTIONS.search(text, max(lo, s - 30), min(hi, e + 30)) \
                and not (toks[1] != "tweede" and (_PARTITIVE_RIGHT_BEFORE.search(text, max(lo, s - 12), s)
                                                  or _HALF_SHARE.search(text, max(lo, s - 24), s) and not _noun_next(text, e, hi))):
            return None
    if raw[:1].isupper() and re.search(r"[^\s.!?:;«“\"'(•\-–]\s*$", text[max(lo, s - 4) : s]):
        return None  # "de Schijf van Vijf": a name, not a quantity
    c = _Cand(s, e, s, e, v, is_word=True)
    mm = re.search(r"\bmin[\s\u00a0]+$", text[max(lo, s - 6) : s])
    if mm:
        c.start, c.value = s - len(mm.group(0)), -v  # "min vijf procent"
    # a fraction of a whole ("twee derde van", "een kwart van", "driekwart"): a percentage;
    # "een half jaar" stays a duration
    nw = _NEXT_WORD.match(text[e : e + 30])
    if v < 1 and nw and nw.group(1).lower() in ("procent", "percent"):  # "een halve procent": 0.5%, not half of a whole
        c.end, c.value, c.kind, c.unit, c.has_unit, c.has_unit_strong = e + nw.end(1), v, "percentage", "%", True, True
        _left(text, c, lo)
        return c
    if v < 1 and toks[-1] in ("half", "halve") and nw and nw.group(1).lower() not in _FRACTION_NEXT and not (
            nw.group(1).lower() in DURATION_UNITS or nw.group(1).lower() in MEASURE_UNITS):
        return None  # "een half A4'tje", "een halve oplossing": half of one thing, no share
    if v < 1 and not (nw and (nw.group(1).lower() in DURATION_UNITS or nw.group(1).lower() in MEASURE_UNITS)):
        c.value, c.kind, c.unit, c.has_unit = _fraction_percent(v), "percentage", "%", True
        _left(text, c, lo)
        return c
    if v < 1 and not toks[-1] in ("half", "halve", "kwart") and len(toks) == 1:
        return None
    pre = text[max(lo, s - 80) : s]
    if _is_reference(pre, text, e, hi):
        return None
    if re.match(rf"[\s\u00a0]*(?:{MONTHS})\b", text[e : e + 12], re.I):
        return None
    if low in _DECADES and re.search(r"\bjaren[\s\u00a0]+$", text[max(lo, s - 8) : s], re.I):
        return None  # "in de jaren tachtig": a decade
    if low == "acht" and re.search(r"\bin[\s\u00a0]+$", text[max(lo, s - 4) : s]) and re.match(r"[\s\u00a0]+(?:te[\s\u00a0]+)?(?:ge)?n[oe]m", text[e : e + 12], re.I):
        return None  # "in acht nemen/genomen": to take into account
    if low == "twee" and _TWO_SIDES.match(text, e, min(hi, e + 45)):
        return None  # "van twee kanten komen", "er zitten twee kanten aan": an idiom
    if low in ("één", "eén", "twee") and _NUMBER_IDIOM.match(text, e, min(hi, e + 20)):
        return None
    if low in ("één", "eén") and _ONE_DOOR.match(text, e, min(hi, e + 10)) and re.search(r"\bdoor[\s\u00a0]+$", text[max(lo, s - 6) : s], re.I):
        return None  # "samen door één deur kunnen": to get along
    if low in ("één", "eén") and _ONE_THING.match(text, e, min(hi, e + 10)) and not re.search(r"\bdingen\b", text[max(lo, s - 60) : min(hi, e + 60)], re.I):
        return None  # "Eén ding is zeker": a way of speaking, unless things are being counted
    _right(text, c, hi)
    _left(text, c, lo)
    if c.unit == "ton" and _ton_of_money(text, c.end, lo, hi):
        c.kind, c.unit, c.value = "money", "EUR", c.value * 100_000  # "twee ton in gestoken": a ton is 100,000 euro
    if not c.has_unit and (v >= 2 or _ALL_BEFORE.search(text, max(lo, s - 8), s)):
        _partitive(text, c, hi, lo)  # "twee van de kerntaken"; "één van de" stays no figure
    if c.drop:
        return None
    if _time_of_day(c, pre, text) or _age(c, pre, text) or _first_place(c, pre, text):
        return None
    return c


def _ratio(text: str, m: re.Match) -> _Cand | None:
    """ "één op de vijf jongeren", "twee op de drie": a share, as a percentage; "een op twintig", "1 op
    53" (without "de"): the ratio 1 : N, as N. Not "één op één" (face to face), nor a part as large as
    its whole; a ratio needs a part of one."""
    part, whole = parse_number(m.group("part")), parse_number(m.group("whole"))
    if part is None or whole is None or not 0 < part < whole:
        return None
    nw = _NEXT_WORD.match(text[m.end() : m.end() + 30])
    if nw and nw.group(1).lower() in DURATION_UNITS:
        return None  # "één op de vijf jaar": how often, not a share
    c = _Cand(m.start(), m.end(), m.start(), m.end(), None, is_word=not m.group("part")[:1].isdigit(), has_unit=True)
    if m.group("de"):
        c.value, c.kind, c.unit = _fraction_percent(part / whole), "percentage", "%"
    elif part == 1:
        c.value, c.kind, c.unit = whole, "measure", "verhouding 1 op N"
    else:
        return None
    return c


def _time_of_day(c: _Cand, pre: str, text: str) -> bool:
    """ "om 10 uur", "gisteravond rond acht uur", "dertien minuten voor twaalf", "één seconde over twaalf": a time of day,
    not a duration."""
    if c.unit == "uur":
        return _AT_CLOCK.search(pre) is not None or _PART_OF_DAY_AFTER.match(text, c.end) is not None
    return c.unit in ("seconden", "minuten", "kwartier") and _PAST_OR_TO_THE_HOUR.match(text, c.end) is not None


def _first_place(c: _Cand, pre: str, text: str) -> bool:
    """ "De mens moet weer op 1 komen", "staat op nummer één": first place, a rank, not a count."""
    return c.value == 1 and bool(_AT_PLACE.search(pre)) and _TO_BE_PLACED.match(text, c.num_end) is not None


_AT_PLACE = re.compile(r"\bop[\s\u00a0]+(?:nummer[\s\u00a0]+|plek[\s\u00a0]+|plaats[\s\u00a0]+)?$", re.I)
_TO_BE_PLACED = re.compile(r"[\s\u00a0]+(?:te[\s\u00a0]+)?(?:komen|komt|kwam|kwamen|staan|staat|stond|stonden|zetten|zet|gezet|plaatsen|geplaatst)\b", re.I)


# "om 10 uur", "gisteravond rond acht uur", "vanochtend tegen negen uur"
def _age(c: _Cand, pre: str, text: str) -> bool:
    """ "mensen van 21 jaar", "kinderen tot 12 jaar", "jongeren tussen 18 en 25 jaar": how old people
    are, an age, not a duration (the first bound of a range of ages too: "jongeren van 18 tot 25 jaar")."""
    first_of_ages = not c.has_unit and _AGE_RANGE_AFTER.match(text, c.end) is not None
    if c.unit != "jaar" and not first_of_ages and (c.unit is not None or c.has_unit or c.value is None or c.value > 120
                                                   or not _AGE_THE_BEFORE.search(pre)):
        return False  # (a bare number bounded by "de" after a person noun is an age too: "kinderen tussen de 12 en 18")
    m = _AGE_BOUND_BEFORE.search(pre)
    return m is not None and any((w or "").lower() in _AGE_NOUNS for w in m.group(1, 2))


_AGE_RANGE_AFTER = re.compile(r"[\s\u00a0]*(?:tot(?:[\s\u00a0]+en[\s\u00a0]+met)?|t/m|en|à|-|–)[\s\u00a0]*\d{1,3}[\s\u00a0]+jaar\b", re.I)
_AGE_THE_BEFORE = re.compile(r"\b(?:tussen|onder|boven|van|tot)[\s\u00a0]+de[\s\u00a0]+(?:\d{1,3}[\s\u00a0]*(?:en|tot|à|-|–)[\s\u00a0]*)?$", re.I)
_AGE_BOUND_BEFORE = re.compile(
    r"\b([a-zà-ÿ']+)[\s\u00a0]+(?:([a-zà-ÿ]+)[\s\u00a0]+)?(?:van|tot|vanaf|onder|boven|tussen|tot[\s\u00a0]+en[\s\u00a0]+met|t/m|ouder[\s\u00a0]+dan|jonger[\s\u00a0]+dan)"
    r"[\s\u00a0]+(?:de[\s\u00a0]+)?(?:(?:ongeveer|circa|ruim|bijna)[\s\u00a0]+)?(?:\d{1,3}[\s\u00a0]*(?:en|tot|à|-|–)[\s\u00a0]*)?$",
    re.I,
)
_AT_CLOCK = re.compile(
    r"\b(?:om|(?:gister|van|morgen)?(?:avond|ochtend|morgen|middag|nacht)[\s\u00a0]+(?:rond|omstreeks|tegen|na|vóór|voor))[\s\u00a0]*$",
    re.I,
)
# "tot tien uur vanavond", "om acht uur 's ochtends": the hour of a named part of the day
_PART_OF_DAY_AFTER = re.compile(r"[\s\u00a0]+(?:vanavond|vanochtend|vanmorgen|vanmiddag|vannacht|gisteravond|morgenochtend|['’]s[\s\u00a0]+(?:avonds|ochtends|morgens|middags|nachts))\b", re.I)
_PAST_OR_TO_THE_HOUR = re.compile(
    r"[\s\u00a0]+(?:over|voor)[\s\u00a0]+(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|\d{1,2})\b(?![\s\u00a0]*(?:uur|procent|%))",
    re.I,
)
_ONE_THING = re.compile(r"[\s\u00a0]+ding\b", re.I)
_ONE_DOOR = re.compile(r"[\s\u00a0]+deur\b", re.I)
# idioms with a number in them: "niet over één nacht ijs gaan", "met twee maten meten"
_NUMBER_IDIOM = re.compile(r"[\s\u00a0]+(?:nacht[\s\u00a0]+ijs|maten[\s\u00a0]+(?:te[\s\u00a0]+)?meten)\b|(?<=\bmet[\s\u00a0]twee)[\s\u00a0]+maten\b", re.I)
_TWO_SIDES = re.compile(
    r"[\s\u00a0]+kanten[\s\u00a0]+(?:aan|komen|op)\b|[\s\u00a0]+(?:kanten|zijden)[\s\u00a0]+van[\s\u00a0]+(?:een[\s\u00a0]+en[\s\u00a0]+)?dezelfde[\s\u00a0]+(?:munt|medaille)\b",
    re.I,
)
_FRACTION_NEXT = {"van", "deel", "procent", "minder", "meer", "is", "was", "daarvan", "hiervan", "ervan"}


# two fractions coordinated, each the other's evidence: "of zij een tiende of een vijfde inzetten"
_COORDINATED_FRACTIONS = re.compile(
    rf"\b(?:een|één)[\s\u00a0]+(?!tweede\b){_DENOM}[\s\u00a0]+(?:of|en|à|tot)[\s\u00a0]+(?:een|één)[\s\u00a0]+(?!tweede\b){_DENOM}\b", re.I
)


def _noun_next(text: str, e: int, hi: int) -> bool:
    nw = _NEXT_WORD.match(text[e : min(hi, e + 30)])
    return nw is not None and _is_noun(nw.group(1))


def _is_unit_fraction(denominator: str, text: str, e: int, hi: int) -> bool:
    """ "een derde van de bevindingen", "een vijfde deel", "daarvan is een derde.": a fraction;
    "een derde land", "een tweede, onafhankelijke verbinding": an ordinal.

    "een tweede" is never a fraction (a half is "de helft" or "een half"). Otherwise the fraction
    needs "van"/"deel" (or a verb or comparative) after it, or stands as the object at the end of a
    clause; an adjective or noun after it, also after a comma, makes it an ordinal.
    """
    if denominator in ("tweede", "tweeden"):
        return False
    after = text[e : min(hi, e + 30)]
    nw = _NEXT_WORD.match(after)
    if nw:
        return nw.group(1).lower() in _FRACTION_NEXT
    return not after.strip() or re.match(r"[\s\u00a0]*[.;:!?)»”\"]", after) is not None


def _fraction_percent(v: float) -> float:
    """A fraction as a percentage, rounded like a published percentage: 2/3 → 66.67."""
    return round(v * 100, 2)


def _tal(text: str, m: re.Match, hi: int) -> _Cand | None:
    word = m.group().lower()
    v = parse_number(word[:-3])
    if v is None:
        return None
    c = _Cand(m.start(), m.end(), m.start(), m.end(), v, is_word=True, approximate=v >= 10)
    scale = _TALLY_SCALE.match(text, c.end, hi)
    if scale:  # "een tiental miljoenen euro": ten millions, read on as an amount
        c.scale = SCALE_AFTER[scale.group(1).lower()]
        c.value, c.end, c.scaled = v * c.scale, scale.end(), True
        _right(text, c, hi)
    else:
        _right(text, c, hi, noun_only=True)
    if not c.has_unit:
        c.kind, c.cue = "count", True
    return c


_TALLY_SCALE = re.compile(r"[\s\u00a0]+(miljoen|miljoenen|miljard|miljarden)\b", re.I)


_WORD_THEN_YEAR = re.compile(r"[\s\u00a0]*([a-z]{4,10})[\s\u00a0]+(?:19|20)\d\d(?!\d)", re.I)
_MONTH_NAMES = [name for name in MONTH_NUMBERS if len(name) > 3]  # "mei" is one letter off too many words


def _misspelt_date(text: str, e: int, hi: int) -> bool:
    """A day, a word one letter off a month's name, a year: a date with a typo ("21 febuari 2023")."""
    m = _WORD_THEN_YEAR.match(text, e, min(hi, e + 24))
    return m is not None and any(_one_edit(m.group(1).lower(), month) for month in _MONTH_NAMES)


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one letter left out, added or changed (or two letters swapped)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[i:] == long[i + 1 :]


def _half_span(text: str, m: re.Match, lo: int, hi: int) -> _Cand | None:
    """ "een halfuur", "een halfjaar", "een kwartier": a length of time, unless the words around place it in time ("binnen
    een halfjaar", "een halfjaar geleden"), as for any duration."""
    before, after = text[max(lo, m.start() - 40) : m.start()], text[m.end() : min(hi, m.end() + 30)]
    if _span_before(before, after) or SPAN_AFTER.match(after):
        return None
    if m.group().lower().endswith("kwartier"):  # "een kwartier" is read as the fifteen minutes it is ("ongeveer" hedging it)
        c = _Cand(m.start(), m.end(), m.start(), m.end(), 15.0, kind="duration", unit="minuten", has_unit=True, is_word=True)
        _left(text, c, lo)
        return None if c.drop else c
    unit = "uur" if m.group().lower().endswith("uur") else "jaar"
    return _Cand(m.start(), m.end(), m.start(), m.end(), 0.5, kind="duration", unit=unit, has_unit=True, is_word=True)


def _about_n(text: str, m: re.Match, lo: int) -> _Cand | None:
    """ "een jaar of vijf" (about five years), "een man of tien", "een stuk of drie": the number after
    "of", approximate, counting the noun between; "rond een uur of drie" is a time of day."""
    words = m.group().replace(",", " ").split()
    value = parse_number(words[-1])
    if value is None or value < 2:
        return None
    value_from = parse_number(words[3]) if len(words) > 4 else None  # "een keer of vier, vijf"
    if value_from is not None and not value_from < value:
        return None
    noun = words[1].lower()
    if noun == "uur" and _ABOUT_CLOCK.search(text, max(lo, m.start() - 12), m.start()):
        return None
    if SPAN_AFTER.match(text[m.end() : m.end() + 30]):
        return None  # "een jaar of tien geleden": a moment
    if noun in DURATION_UNITS and _span_before(text[max(lo, m.start() - 40) : m.start()], text[m.end() : m.end() + 30]):
        return None  # "over een jaar of tien tot vijftien", "binnen een week of twee": placed in time, as "over twee jaar"
    c = _Cand(m.start(), m.end(), m.start(), m.end(), value, approximate=True, has_unit=True, is_word=True, value_from=value_from)
    if noun in DURATION_UNITS:
        c.kind, c.unit = "duration", DURATION_UNITS[noun]
    elif noun in UNIT_SYMBOLS:
        c.kind, c.unit = "measure", UNIT_SYMBOLS[noun]
    else:
        c.kind, c.unit = "count", {"man": "personen", "keer": "keer"}.get(noun)
    return c


_ABOUT_CLOCK = re.compile(r"\b(?:om|rond|tegen|omstreeks|vanaf|tot)[\s\u00a0]+$", re.I)


def _hedged_one(text: str, m: re.Match, lo: int, hi: int) -> _Cand | None:
    """ "al bijna een jaar", "ruim een week": "een" counts one of a duration or measure when a word that
    hedges an amount stands before it; read as the numeral 1 would be (so "bijna een jaar geleden",
    a moment, is none). Without the hedge "een jaar" is an article and a noun."""
    c = _Cand(m.start(), m.end(), m.start(), m.end(), 1.0, is_word=True)
    _right(text, c, hi)
    _left(text, c, lo)
    if c.drop or not c.approximate or c.kind not in ("duration", "measure"):
        return None
    return c


def _quarters_after_hours(text: str, c: _Cand, hi: int) -> None:
    """ "vijf uur en een kwartier" is 5.25 hours, "twee uur en een half uur" 2.5: one duration, not two."""
    quarters = _QUARTERS_AFTER_HOURS.match(text, c.end, hi) if c.unit == "uur" and c.value is not None else None
    if quarters:
        words = quarters.group(1).lower()
        c.value += 0.5 if "half" in words else 0.75 if words.startswith("drie") else 0.25
        c.end = quarters.end()


_QUARTERS_AFTER_HOURS = re.compile(r"[\s\u00a0]+en[\s\u00a0]+((?:een|één|drie)[\s\u00a0]+kwartier|een[\s\u00a0]+half[\s\u00a0]*uur)\b", re.I)
_FEW_SCALE = re.compile(r"[\s\u00a0]+(honderd|duizend|miljoen|miljard)(?:[\s\u00a0]+(miljoen|miljard))?(?![\w'’-])", re.I)


_VAGUE_COUNTS = frozenset("tientallen honderden duizenden tienduizenden honderdduizenden".split())
_ROUNDED_TO = re.compile(r"\b(?:op|in)[\s\u00a0]+$", re.I)
_VAGUE_REPEATED = re.compile(r"[\s\u00a0]+en[\s\u00a0]+(?:tientallen|honderden|duizenden)\b", re.I)


# The scale a table or chart states its numbers in: "(in miljoenen euro)", "(volumegroei, in procenten)", a column
# header "Miljoenen euro" (capitalised inside a sentence, or alone). No amount.
_SCALE_STATEMENT_BEFORE = re.compile(r"\((?:[^()\n]*[\s\u00a0,;])?in[\s\u00a0]+$", re.I)
_IN_SCALE = re.compile(r"\bin[\s\u00a0]+$", re.I)
_EURO_AFTER = re.compile(r"[\s\u00a0]+euro\b(?!['’]s)", re.I)
_SCALE_HEADER = re.compile(r"(?:[ \t\u00a0]+(?:euro|personen))?[ \t\u00a0]*", re.I)


def _scale_statement(text: str, m: re.Match) -> bool:
    if _SCALE_STATEMENT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return True
    if _IN_SCALE.search(text, max(0, m.start() - 4), m.start()) and _EURO_AFTER.match(text, m.end()):
        return True  # "Tabel 2.2.1 toont het verschil in miljarden euro": the unit of the table's numbers
    if not m.group()[:1].isupper():
        return False
    before = text[max(0, m.start() - 8) : m.start()].rstrip()
    return (before != "" and (before[-1].isalnum() or before[-1] == ")")) or _SCALE_HEADER.fullmatch(text, m.end()) is not None


def _vague(text: str, m: re.Match, hi: int) -> _Cand | None:
    word = re.sub(r"\s+", " ", m.group().lower())
    if word in ("miljoenen", "miljarden", "duizenden", "honderden") and _scale_statement(text, m):
        return None
    v = VAGUE.get(word.split(" ")[-1]) if word not in _FEW else None
    c = _Cand(m.start(), m.end(), m.start(), m.end(), v, is_word=True, approximate=True)
    # "miljoenen euro's" is vague; "tientallen miljoenen" takes the scale
    if v is not None:
        sc = re.match(r"[\s\u00a0]+(miljoenen|miljarden|duizenden)\b", text[m.end() : m.end() + 14], re.I)
        if sc and word not in ("miljoenen", "miljarden"):
            c.value = v * SCALE_AFTER[sc.group(1).lower()]
            c.end = c.num_end = m.end() + sc.end()
            c.scaled = True
    few = _FEW_SCALE.match(text, m.end(), hi) if word in _FEW else None
    if few:  # "een paar honderd euro", "enkele duizenden": a few of the scale, at least two
        c.value = 2 * SCALE_AFTER.get(few.group(1).lower(), 100.0)  # (honderd is no scale word elsewhere)
        if few.group(2):  # "een paar honderd miljoen": a few hundred of the second scale
            c.value *= SCALE_AFTER[few.group(2).lower()]
        c.end = c.num_end = few.end()
        c.scaled = few.group(1).lower() in ("miljoen", "miljard") or few.group(2) is not None
        _right(text, c, hi)
        return c if c.has_unit or c.scaled else None
    _right(text, c, hi)
    if word in _FEW:
        c.value = None
        if c.kind != "count" or c.unit is None or not _countable(c.unit, 2.0):
            return None  # "om de enkele reden": "single", not "a few"
        if word == "enkele" and re.search(r"\bgeen[\s\u00a0]+$", text[max(0, m.start() - 6) : m.start()], re.I):
            return None  # "geen enkele reden": not a single one
    if c.scaled and not c.has_unit:
        c.kind, c.unit, c.has_unit = "money", "EUR", True
    if word.split(" ")[-1] in VAGUE_SUMS and not c.has_unit:
        # "die Iran miljarden opleverde", "kost miljoenen.", "gaat om vele miljarden": sums, currency unsaid
        c.kind, c.has_unit = "money", True
    if word in _VAGUE_COUNTS and not c.has_unit and not c.drop and not _VAGUE_REPEATED.match(text, m.end(), hi) \
            and not _ROUNDED_TO.search(text, max(0, m.start() - 20), m.start()):
        # the noun left out ("Duizenden die alle kanten op vluchten", "Het gaat niet over honderdduizenden");
        # not the words of a rounding or a table's unit ("afgerond op tientallen", "bedragen in duizenden")
        c.kind, c.has_unit = "count", True
    if not c.has_unit:
        return None
    return c


# --- the grammar around a numeral ---------------------------------------------


_TIMES_NOTATION = re.compile(r"x(?=[ \t\u00a0]?[a-zà-ÿ]{2})(?![ \t\u00a0]?\d)")


# (a compound of "meter" only with a word of distance: "de 250 meterzone", not "250 meterstanden")
_UNIT_COMPOUND = re.compile(r"((?:minuten|seconden|uren|dagen|weken|maanden|kilometer)(?=[a-zà-ÿ]{3,}$)|meter(?=(?:zone|grens|norm|lijn|strook|afstand)s?$))")
_OR_MORE = re.compile(r"[ \t\u00a0]+(?:of|en)[ \t\u00a0]+(?:meer|minder)(?=[ \t\u00a0]+[a-zà-ÿ])", re.I)


def _right(text: str, c: _Cand, hi: int, noun_only: bool = False) -> None:
    """Scale word, currency, percent, fte, measure, duration or counted noun after the numeral."""
    pos = c.end
    tail = text[pos : min(hi, pos + 60)]
    if not noun_only and not c.is_word and _TIMES_NOTATION.match(tail):
        # "12x overbelading", "4xdieren": how often something happened (not "8 x 150", a product)
        c.end = pos + 1
        c.kind, c.unit, c.has_unit = "count", "keer", True
        return
    if not noun_only:
        # ",-" of amounts
        m = re.match(r",[-–]{1,2}", tail)
        if m:
            c.end = pos = pos + m.end()
            tail = text[pos : min(hi, pos + 60)]
        # scale
        if not c.is_word and _thousands_k(text, c.start, pos, hi):
            c.scale, c.scaled, c.is_year = 1e3, True, False
            c.value = c.value * 1e3 if c.value is not None else None
            c.end = pos = pos + 1
            tail = text[pos : min(hi, pos + 60)]
        ton = 0 if c.is_word else _ton_after_currency(text, c.start, pos, hi)
        if ton:
            c.scale, c.scaled, c.is_year = 1e5, True, False
            c.value = c.value * 1e5 if c.value is not None else None
            c.end = pos = ton
            tail = text[pos : min(hi, pos + 60)]
        # "83 miljoeneuro": the currency run together with the scale word
        m = re.match(r"[\s\u00a0]*(miljoen|miljard|biljoen|duizend|mln|mio|mld|mrd|dzd)(\.)?(?:(?![\w])|(?=euro(?:['’]s)?\b)|(?=\d{1,2}(?!\d)))", tail, re.I)
        if m and (not c.is_word or m.group(1).lower() in ("mln", "mld", "mrd", "dzd") or tail[m.end() : m.end() + 4].lower() == "euro"):
            c.scale = SCALE_AFTER[m.group(1).lower()]
            c.value = c.value * c.scale if c.value is not None else None
            end = m.end() if m.group(2) and m.group(1).lower() in ("mln", "mld", "mrd", "mio", "dzd") else m.end(1)
            c.end = pos = pos + end
            c.scaled = True
            c.is_year = False
            tail = text[pos : min(hi, pos + 60)]
        elif c.is_word and re.search(r"\b(?:miljoen|miljard|biljoen|mln|mld)\.?$", text[c.start : c.end], re.I):
            c.scaled = True
            c.scale = 1e9 if re.search(r"(?:miljard|mld)\.?$", text[c.start : c.end], re.I) else 1e6
        # percent
        m = PERCENT_RX.match(tail)
        if m:
            c.end = pos + m.end()
            c.kind = "percentage"
            c.unit = "procentpunt" if m.group("pp") else "%"
            c.has_unit = c.has_unit_strong = True
            return
        # currency after
        m = re.match(r"[\s\u00a0]*(euro['’]s|eurocent|euro|eur|cent|dollars?|usd|us-dollar|amerikaanse dollar|gulden|britse pond|pond|pence|penny|yen|yuan)(?![\w])", tail, re.I)
        if m:
            cur, factor = CURRENCY_AFTER[m.group(1).lower().replace("’", "'")]
            if factor != 1.0 and CURRENCY_BEFORE.search(text[max(0, c.start - 6) : c.start]):
                factor = 1.0  # "€0,70 cent": the sign already says euro, the word repeats it
            if c.value is not None:
                c.value = float(f"{c.value * factor:.12g}")  # "70 cent" is 0.7, not 0.7000000000000001
            c.end = pos + m.end()
            c.kind, c.unit = "money", cur
            c.has_unit = c.has_unit_strong = True
            # "5 euro 50" / "3 euro en 50 cent"
            m2 = re.match(
                rf"[\s\u00a0]+(?:en[\s\u00a0]+)?(\d{{1,2}}|{_WORDNUM})(?:[\s\u00a0]+cent\b)?(?!\d|[,.]\d|[\w])",
                text[c.end : c.end + 40],
                re.I,
            )
            if m2 and factor == 1.0 and c.value is not None:
                cents = parse_number(m2.group(1))
                tail2 = text[c.end + m2.end() : c.end + m2.end() + 20]
                explicit = m2.group(0).rstrip().lower().endswith("cent")
                if cents is not None and cents < 100 and (explicit or not re.match(r"[\s\u00a0]+[^\W\d_]{3,}", tail2) or re.match(r"[\s\u00a0]*[.,;!?]", tail2)):
                    c.value += cents / 100
                    c.end += m2.end()
            return
        m = FTE_RX.match(tail)
        if m:
            c.end = pos + m.end()
            c.kind, c.unit = "fte", "fte"
            c.has_unit = c.has_unit_strong = True
            return
    if not noun_only and CURRENCY_BEFORE.search(text[max(0, c.start - 6) : c.start]):
        return  # "€ 0,15 statiegeld": an amount, not a count
    # measures, durations and counted nouns: the next noun after optional adjectives
    words = []
    p = pos
    more = _OR_MORE.match(text, pos, hi)
    if more:
        p = more.end()  # "zes of meer leningen": a bound, as "minstens zes leningen" is
        c.approximate = True
    for _ in range(4):
        seg = text[p : min(hi, p + 60)]
        pm = _PAREN_ADJ.match(seg)
        if pm:
            p += pm.end()  # "4.000 extra (reguliere) claims": an adjective in brackets qualifies the noun
            continue
        m = _NEXT_WORD.match(seg)
        if not m:
            break
        words.append((m.group(1), p + m.start(1), p + m.end(1)))
        p = p + m.end()
    if not words:
        # a unit sign glued or spaced: "29km" handled as word; "°C"
        m = re.match(r"[\s\u00a0]*(°C|m²|m³|km²)", tail)
        if m:
            c.end = pos + m.end()
            c.kind, c.unit, c.has_unit, c.has_unit_strong = "measure", m.group(1), True, True
        elif c.scaled and not noun_only:
            c.kind, c.unit, c.has_unit = "money", "EUR", True
        return
    w0, s0, e0 = words[0]
    l0 = w0.lower()
    if not noun_only:
        if l0 in MEASURE_UNITS or l0.rstrip(".") in MEASURE_UNITS:
            if l0 in ("vierkante", "kubieke"):
                if len(words) < 2:
                    return
                unit = f"{l0} {words[1][0]}"
                c.end = words[1][2]
            else:
                unit = w0.rstrip(".")
                c.end = s0 + len(unit)
                speed = _PER_HOUR.match(text, c.end, hi) if canonical_unit(unit) == "km" else None
                if speed:  # "130 kilometer per uur"
                    unit, c.end = "km/h", speed.end()
            c.kind, c.unit, c.has_unit, c.has_unit_strong = "measure", canonical_unit(unit), True, True
            return
        compound = _UNIT_COMPOUND.match(l0)
        if compound and not (_span_before(text[max(0, c.start - 40) : c.start]) or SPAN_AFTER.match(text[e0 : min(hi, e0 + 30)])):
            # "de 45 minutennorm", "een 30 kilometerzone": the number is of the unit that opens the compound
            c.end = e0
            unit = compound.group(1)
            if unit in DURATION_UNITS:
                c.kind, c.unit = "duration", DURATION_UNITS[unit]
            else:
                c.kind, c.unit, c.has_unit_strong = "measure", canonical_unit(unit), True
            c.has_unit = True
            return
        if l0 in DURATION_UNITS or (l0 == "jaar" or l0 == "jarige" or l0 == "jarigen"):
            if l0 in ("jarige", "jarigen"):
                c.drop = "age"
                return
            before = text[max(0, c.start - 40) : c.start]
            after = text[e0 : min(hi, e0 + 30)]
            if _span_before(before, after, DURATION_UNITS.get(l0, l0)) or SPAN_AFTER.match(after) or AGE_AFTER.match(text[pos : min(hi, pos + 30)]) or (
                l0 == "jaar" and AGE_BEFORE.search(before)
            ):
                c.drop = "time span"
                return
            c.end = e0
            c.kind, c.unit, c.has_unit = "duration", DURATION_UNITS.get(l0, l0), True
            if c.scaled and c.value and c.value >= 1e6:
                c.kind = "count"
            _quarters_after_hours(text, c, hi)
            return
    if l0 in PHRASE_ENDERS:
        if c.scaled and not noun_only:
            c.kind, c.unit, c.has_unit, c.money_by_default = "money", "EUR", True, True
        elif not text[c.start : pos].lower().endswith(VAGUE_SUMS):  # (those are read as sums in _vague)
            c.kind, c.unit, c.has_unit = "count", None, True
        c.end = pos
        return
    # counted noun: skip adjectives ("nieuwe", "extra"); take the noun
    k = 0
    while k < len(words) - 1 and _is_adjective(words[k][0], words[k + 1][0]):
        k += 1
    w, ws, we = words[k]
    lw = w.lower()
    if re.fullmatch(r"uur['’]s", lw):
        c.drop = "time of day"  # "tot 12 uur's nachts"
        return
    if lw in ("keer", "maal") and k + 1 < len(words):
        j = k + 1  # "drie keer fraudeleuze paspoorten": the noun after the adjectives
        while j < len(words) - 1 and _is_adjective(words[j][0], words[j + 1][0]):
            j += 1
        # the noun is what is counted only where the numeral could count it ("drie keer fraudeleuze
        # paspoorten"); before a singular it is how often ("twee keer geld eruit gehaald", "35 keer beantwoord")
        if _is_noun(words[j][0]) and _countable(words[j][0], c.value) and not _VERB_AFTER_KEER.match(words[j][0]):
            w, ws, we = words[j]
            lw = w.lower()
    if lw in ("keer", "maal"):
        if _PREFERENCE_AFTER.match(text, we, hi) or (
                text[c.start : c.end].lower() == "enkele" and _ARTICLE_BEFORE.search(text, max(0, c.start - 6), c.start)):
            c.drop = "a manner of speaking"  # "duizend keer liever", "een enkele keer" (now and then)
            return
        # "800 keer" counts occurrences; before a comparative it is a factor, a measure ("zeven keer hoger",
        # "twee keer zo vaak", "negen keer meer CO2")
        factor = _FACTOR_AFTER.match(text, we, hi) is not None
        c.kind, c.unit = ("measure" if factor else "count"), "keer"
        c.end = we
        c.has_unit = True
        return
    # an acronym followed by a noun: "400 BRZO installaties" → "BRZO-installaties"
    if w.isupper() and len(w) >= 2 and k + 1 < len(words) and words[k + 1][0].islower() and _is_noun(words[k + 1][0]):
        nxt_w, _, nxt_e = words[k + 1]
        gap = text[we : words[k + 1][1]]
        if re.fullmatch(r"[\s\u00a0]*-?[\s\u00a0]*\n?[\s\u00a0]*", gap):
            w, we = f"{w}-{nxt_w}", nxt_e
            lw = w.lower()
    line_start = c.start == 0 or text[: c.start].rstrip(" \t\u00a0").endswith("\n") or not text[: c.start].strip()
    if line_start and words[0][0][:1].isupper():
        return  # "1 Gezonde lunch …": a footnote or list line, not a count
    if (k == 0 or words[k - 1][0][:1].isupper()) and _capitalised_plural(w) and c.value != 1 and "\n" not in text[pos:ws] and not _clause_initial(text, c.start):
        # "waaronder 321 Ebusco’s", "12 Boeings": a plural name inside a sentence is what is counted
        c.end = we
        c.kind, c.unit, c.has_unit = "count", w, True
        return
    if _is_noun(w):
        # "vte'en", "fte's" after adjectives: fte
        if FTE_RX.match(w):
            c.end, c.kind, c.unit, c.has_unit, c.has_unit_strong = we, "fte", "fte", True, True
            return
        if lw in DURATION_UNITS and not noun_only:
            before = text[max(0, c.start - 40) : c.start]
            if _span_before(before, text[we : min(hi, we + 30)], DURATION_UNITS[lw]) or SPAN_AFTER.match(text[we : min(hi, we + 30)]):
                c.drop = "time span"
                return
            c.end, c.kind, c.unit, c.has_unit = we, "duration", DURATION_UNITS[lw], True
            _quarters_after_hours(text, c, hi)
            return
        if _countable(w, c.value) and not (k == 0 and _SUBJECT_AFTER.match(text, we, hi)):
            # (not a finite verb before its subject: "Onder opdrachtlijn 1 verstaan we …")
            unit = w.replace("\n", "")
            if lw in CLASSIFIERS and k + 1 < len(words) and re.fullmatch(r"[ \t\u00a0]+", text[we : words[k + 1][1]]):
                nw, _, ne = words[k + 1]
                if nw[:1].islower() and _is_noun(nw) and _countable(nw, 2.0):
                    unit, we = f"{unit} {nw}", ne  # "twee soorten verpakkingen": what the kinds are of
            c.end = we
            c.kind, c.unit, c.has_unit = "count", unit, True
            return
    head = _np_head(text, pos, hi, c.value)
    if head is not None:
        # "de zes in de bijlage genoemde maatregelen", "negen regionale, volledig ingerichte centra",
        # "drie scholen/instellingen": the head noun of a longer noun phrase
        c.end = head[2]
        c.kind, c.unit, c.has_unit = "count", head[0], True
        return
    if c.scaled and not noun_only:
        # "450 miljoen wordt bezuinigd", "500 miljoen aan bezuinigingen": an amount of money
        c.kind, c.unit, c.has_unit = "money", "EUR", True
        c.money_by_default = True


_SUBJECT_AFTER = re.compile(r"[ \t\u00a0]+(?:we|wij|ik|jij|hij|zij|ze|men)\b", re.I)


# --- the noun phrase after a numeral ---------------------------------------------

_NP_TOKEN = re.compile(
    r"[ \t\u00a0]*\n?[ \t\u00a0]*(?:(?P<comma>,)|(?P<year>(?:19|20)\d\d)(?![\w'’]|[.,]\d)"
    r"|(?P<word>[^\W\d_][\w'’]*(?:[-/][^\W\d_][\w'’]*)*)(?![\w'’-]|/\w))",
    re.U,
)
# prepositions that open a phrase between a numeral and its noun ("de zes in de bijlage genoemde
# maatregelen", "twaalf door de inspectie bezochte bedrijven"); not van/tot/naar/per, which join
# numbers ("van 7 naar 14", "twee van de vijf")
_NP_PREPS = {"in", "door", "op", "aan", "bij", "voor", "vóór", "met", "uit", "onder", "binnen", "buiten", "over",
             "via", "na", "sinds", "tijdens", "vanuit", "namens", "achter", "langs", "rond", "nabij", "volgens"}
# a participle, "gedurende" or a finite verb after "N keer" ends the phrase: "100 keer gedaan", "als je dat 100 keer doet"
_VERB_AFTER_KEER = re.compile(r"(?:ge[^\W\d_]{3,}|doe|doet|doen|deed|deden|gebeurt|gebeuren|is|zijn|was|waren)$", re.I)
_NP_DETS = {"de", "het", "een", "deze", "dit", "die", "dat", "onze", "ons", "uw", "hun", "haar", "zijn", "mijn",
            "alle", "elk", "elke", "ieder", "iedere", "beide"}
# adverbs before an adjective ("reeds bestaande", "niet nader genoemde") that are also function words
_NP_ADVERBS = {"nog", "niet", "al", "reeds", "eerder", "ook", "zo", "meer", "minder", "extra", "later", "verder",
               "inmiddels", "zeer", "even", "open", "daar", "hier", "er", "eerst", "nu", "thans", "recent"}
# plural verb forms that look like plural nouns; never the head of the phrase
_NP_VERBS = set(
    """blijven bleven lijken leken staan stonden liggen lagen komen kwamen krijgen kregen houden hielden geven
    gaven maken maakten blijken bleken vallen vielen zitten zaten werken werkten dienen dienden bestaan bestonden
    ontstaan ontstonden volgen volgden leiden leidden voldoen voldeden voeren voerden bieden boden tellen telden
    ontvangen kennen kenden zien zagen vinden vonden nemen namen brengen brachten""".split()
)
_STRONG_PARTICIPLE = re.compile(
    r"^(?:in|uit|op|af|aan|toe|vast|bij|mee|weg|over|door|terug|voor|na|om|samen|tegen|vrij|dicht|open|ver|be|ont|her)?"
    r"ge[^\W\d_]{2,}en$|^(?:be|ver|ont|her|er)[^\W\d_]{3,}en$"
)


def _np_tokens(text: str, pos: int, hi: int) -> list[tuple[str, str, int, int]]:
    """Up to ten tokens (comma, year, word) after a numeral, on at most two lines."""
    toks: list[tuple[str, str, int, int]] = []
    end = min(hi, pos + 120)
    while len(toks) < 10:
        m = _NP_TOKEN.match(text, pos, end)
        if not m:
            break
        kind = m.lastgroup
        toks.append((kind, m.group(kind), m.start(kind), m.end(kind)))
        pos = m.end()
    return toks


def _inflected(word: str) -> bool:
    """An attributive adjective or participle: "regionale", "genoemde", "werkende", "aangenomen"."""
    lw = word.lower()
    if not word[:1].islower() or lw in STOP or "/" in lw:
        return False
    if lw in ADJECTIVE_WORDS:
        return True
    if lw.endswith("e") and len(lw) > 3 and not lw.endswith(("ie", "ee")) and not (lw.endswith("je") and not lw.endswith("ije")):
        return True
    return _STRONG_PARTICIPLE.match(lw) is not None


_GOVERNING = re.compile(
    r"^(?:\w*ge\w{2,}(?:de|te|en)|(?:be|ver|ont|her|er)\w{2,}(?:de|te|en)|\w{3,}(?:ende|lijke|rijke|volle|loze|ige|bare|zame|ieve|ante|ente))$"
)


def _governing(word: str) -> bool:
    """An adjective that can close a prepositional phrase before a noun: a participle ("genoemde",
    "bezochte", "aangewezen", "werkende") or a derived adjective ("voor Nederland belangrijke",
    "in Nederland actieve"); not a plain adjective ("in de meeste grote steden")."""
    return _inflected(word) and _GOVERNING.match(word.lower()) is not None


def _adverb(word: str) -> bool:
    """An uninflected word before an adjective: "volledig (ingerichte)", "landelijk (werkende)"."""
    lw = word.lower()
    if not word[:1].islower() or "/" in lw or len(lw) < 3 or lw in _NP_VERBS:
        return False
    if lw in _NP_ADVERBS:
        return True
    if lw in STOP or lw in DURATION_UNITS or lw in MEASURE_UNITS or lw in ("keer", "maal"):
        return False
    return not _countable(lw, 2.0) or lw.endswith(("lijks", "ens"))


def _head_noun(word: str, value: float | None) -> bool:
    lw = word.lower()
    if lw in _NP_VERBS or not word[:1].islower() and _ACRONYM_NOUN.fullmatch(word) is None:
        return False
    parts = word.split("/")
    if len(parts) > 3:
        return False
    return all(_is_noun(p) and _countable(p, value) and p.lower() not in _NP_VERBS for p in parts)


def _np_head(text: str, pos: int, hi: int, value: float | None) -> tuple[str, int, int] | None:
    """The head noun of a noun phrase the numeral opens, past a bounded run of modifiers.

    Between the numeral and its noun may stand inflected adjectives and participles ("negen
    regionale, volledig ingerichte centra"), adverbs before them ("vier landelijk werkende
    organisaties") and one or two prepositional phrases that a participle closes ("de zes in de
    bijlage genoemde maatregelen", "twaalf door de inspectie bezochte bedrijven"); nouns may be
    joined by a slash ("drie scholen/instellingen"). The phrase stops at a verb, a conjunction that
    does not join two adjectives, and punctuation other than a comma between adjectives; a
    prepositional phrase that no adjective follows ("twee op Schiphol.") gives no noun.
    """
    toks = _np_tokens(text, pos, hi)
    n = len(toks)
    i = 0
    mods = pps = 0
    prev = None  # "adj" (inflected), "adv", "pp", "comma", "conj"
    while i < n:
        kind, w, _, e = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        nxt_word = nxt is not None and nxt[0] == "word"
        if kind != "word":
            if kind == "comma" and prev == "adj" and nxt_word and (
                _inflected(nxt[1]) or _adverb(nxt[1]) and i + 2 < n and toks[i + 2][0] == "word" and _inflected(toks[i + 2][1])
            ):
                prev = "comma"
                i += 1
                continue
            return None
        lw = w.lower()
        if prev in (None, "pp") and lw in _NP_PREPS and pps < 2:
            # the shortest reading of the phrase that an adjective (or adverb + adjective) follows
            for j in _pp_ends(toks, i + 1):
                if j < n and toks[j][0] == "word" and (
                    _governing(toks[j][1]) or _adverb(toks[j][1]) and j + 1 < n and toks[j + 1][0] == "word" and _governing(toks[j + 1][1])
                ):
                    break
            else:
                return None
            pps += 1
            prev = "pp"
            i = j
            continue
        if lw in ("en", "of") and prev == "adj" and nxt_word and _inflected(nxt[1]):
            prev = "conj"
            i += 1
            continue
        if prev in ("pp", "comma", "conj") or mods == 0 and "/" not in w:
            # after a phrase, a comma or a conjunction only an adjective (or adverb + adjective) may follow;
            # with no modifier at all the plain "numeral noun" grammar applies, except slash-joined nouns
            if _inflected(w) and nxt is not None:
                mods += 1
                prev = "adj"
                i += 1
                continue
            if _adverb(w) and _before_adjective(toks, i + 1):
                prev = "adv"
                i += 1
                continue
            if "/" in w and prev is None and _head_noun(w, value):
                return w, toks[i][2], e
            return None
        if prev == "adv":
            if _adverb(w) and _before_adjective(toks, i + 1):
                i += 1
                continue
            if not _inflected(w):
                return None
            mods += 1
            prev = "adj"
            i += 1
            continue
        # after an adjective: the head, or another modifier
        if _head_noun(w, value):
            return w, toks[i][2], e
        if _inflected(w) and nxt is not None:
            mods += 1
            prev = "adj"
            i += 1
            continue
        if _adverb(w) and _before_adjective(toks, i + 1):
            prev = "adv"
            i += 1
            continue
        return None
    return None


def _before_adjective(toks: list[tuple[str, str, int, int]], i: int) -> bool:
    """toks[i] is an inflected adjective, or one more adverb and then one ("niet nader genoemde")."""
    if i < len(toks) and toks[i][0] == "word":
        if _inflected(toks[i][1]):
            return True
        return _adverb(toks[i][1]) and i + 1 < len(toks) and toks[i + 1][0] == "word" and _inflected(toks[i + 1][1])
    return False


def _pp_ends(toks: list[tuple[str, str, int, int]], i: int) -> list[int]:
    """The possible ends (index of the token after it) of a prepositional phrase whose preposition
    stands before toks[i]: an optional determiner, up to two adjectives, and a noun, a name of up to
    three words or a year ("de bijlage", "2020", "de Inspectie SZW"); shortest first."""
    n = len(toks)
    if i < n and toks[i][0] == "word" and toks[i][1].lower() in _NP_DETS:
        i += 1
    ends: list[int] = []
    for k in range(3):  # adjectives before the object
        if k and not (
            toks[i + k - 1][0] == "word" and _inflected(toks[i + k - 1][1]) and toks[i + k - 1][1].lower() != "enkele"
        ):
            break
        j = i + k
        if j >= n:
            break
        kind, w, _, _ = toks[j]
        if kind == "year":
            ends.append(j + 1)
            continue
        if kind != "word" or w.lower() in STOP or "/" in w or parse_number(w) is not None or w.lower() in VAGUE:
            continue  # "twee op de drie ondervraagde burgers" is a proportion, not a phrase
        ends.append(j + 1)
        if w[:1].isupper():
            for m in range(j + 1, min(n, j + 3)):
                if toks[m][0] != "word" or not toks[m][1][:1].isupper():
                    break
                ends.append(m + 1)
    return ends


_SINGULAR_COUNT = {"man", "stuk", "keer", "maal", "paar", "persoon", "kop", "stuks", "ton"}


def _countable(noun: str, value: float | None) -> bool:
    """A noun a number counts: plural after numbers other than one ("14 ziekenhuizen", "9 zienswijzen")."""
    ln = noun.lower()
    if value is not None and value == 1 or ln in _SINGULAR_COUNT:
        return True
    return ln.endswith(("en", "s", "'s", "’s", "a", "i", "ën", "'en", "’en")) or "-" in ln and ln.rsplit("-", 1)[1].endswith(("en", "s"))


def _is_adjective(word: str, nxt: str) -> bool:
    lw = word.lower()
    if lw in ADJECTIVE_WORDS:
        return _is_noun(nxt) or nxt.startswith("(")
    if lw in STOP:
        return False
    if word[:1].isupper() and lw.endswith(("se", "sche")) and len(lw) > 4 and _capitalised_plural(nxt):
        return True  # a nationality before a people: "honderden Turkse Bulgaren", "300 Syrische Nederlanders"
    if word[:1].isupper() and lw in ("tweede", "eerste") and nxt.lower().startswith("kamer") and _capitalised_plural(nxt):
        return True  # "150 Tweede Kamerleden": the name of the Kamer inside the noun
    if word[:1].isupper() and not (lw.endswith("e") and nxt[:1].islower()):
        return False
    return lw.endswith("e") and len(lw) > 3 and _is_noun(nxt) and (nxt[:1].islower() or _ACRONYM_NOUN.fullmatch(nxt) is not None) and not lw.endswith(("ie", "ee")) and not (lw.endswith("je") and not lw.endswith("ije"))


def _is_noun(word: str) -> bool:
    pair = _ELLIPSIS.fullmatch(word)
    if pair:  # "paspoort- en verblijfsstatushouders": the pair is a noun when its last word is
        return _is_noun(pair.group(1))
    lw = word.lower().rstrip(".")
    if lw in STOP or lw in PHRASE_ENDERS or len(lw) < 2:
        return False
    if lw in ("jl", "j.l", "e.d", "o.a", "bijv", "etc", "ca", "nr"):
        return False
    if re.fullmatch(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*", word) is None:
        return False
    # verbs and participles the number is the subject or object of
    if lw.endswith(("lijk", "lijke", "ig", "ische", "isch")) and not lw.endswith(("igen",)):
        return False
    if _PARTICIPLE.match(lw):
        return False
    if word[:1].isupper():
        # Dutch nouns are lower case; a capitalised word after a number starts a footnote, a
        # list item or a name ("1 Gezonde lunch", "2 Paragraaf 23"). Acronym compounds count.
        return _ACRONYM_NOUN.fullmatch(word) is not None
    return True


# capitalised words ending like a plural that are no plural names
_CAPITALISED_NOT_PLURAL = {
    "zoals", "eens", "soms", "steeds", "tussen", "tegen", "boven", "binnen", "buiten", "sinds", "ondanks",
    "indien", "tijdens", "bovendien", "daarentegen", "nederlands", "engels", "duits", "frans", "spaans",
    "pools", "deens", "fries", "noors", "zweeds", "daarbinnen", "thans", "elders", "anders", "trouwens",
}


def _capitalised_plural(word: str) -> bool:
    """A capitalised plural name ("Ebusco’s", "Boeings", "Airbussen"): a name with a plural ending. Acronym
    plurals ("NGO's") are nouns already; adverbs that end the same way ("Vervolgens", "Zoals") are not."""
    if not word[:1].isupper() or not word[1:2].islower() or re.fullmatch(r"[^\W\d_][\w'’]*", word) is None:
        return False
    lw = word.lower()
    if re.search(r"[^\W\d_]{2}['’]s$", lw):
        return True
    if len(lw) < 5 or lw in STOP or lw in _CAPITALISED_NOT_PLURAL or lw.endswith(("ens", "lijks", "waarts", "gewijs")):
        return False
    return lw.endswith(("s", "en"))


def _clause_initial(text: str, pos: int) -> bool:
    """The numeral opens a sentence, a line, a bracket or a list item: a marker may stand there."""
    before = text[:pos].rstrip(" \t\u00a0")
    return not before or before[-1] in "\n.?!:;»”\"'(•·–-|[*"


_ACRONYM_NOUN = re.compile(r"[A-Z]{2,}(?:['’](?:s|ers?)|-[a-zà-ÿ][\w'’-]*)")
_PARTICIPLE = re.compile(
    r"^(?:(?:in|uit|op|af|aan|toe|vast|bij|mee|weg|over|door|terug|voor|na|om|samen|tegen|vrij|dicht|open|vrij|mis)ge\w{2,}(?:d|t|en|aan)"
    r"|ge\w{2,}[dt]|ge(?:g|st)aan|\w+eert)$"
)


_BARE_LEAD = re.compile(
    r"\b(?:tot|naar|van|met|op|is|was|zijn|waren|bedraagt|bedroeg|bedragen|totaal|er|ook|nog|al|dan|ligt|lag|staat|stond)[\s\u00a0]*$"
    # a copula and an adverb of time: "Het aantal 3D-loketten bedraagt nu 41"
    r"|\b(?:is|was|zijn|waren|bedraagt|bedroeg|bedragen|ligt|lag)[\s\u00a0]+(?:nu|inmiddels|thans|momenteel|toen|intussen)[\s\u00a0]+$"
    # a copula and then a moment: "Het aantal advocaten was in 2023 5.971"
    r"|\b(?:is|was|zijn|waren|bedraagt|bedroeg|bedragen|ligt|lag)[\s\u00a0]+(?:(?:in|per|op|eind|begin|medio|ultimo)[\s\u00a0]+)?"
    r"(?:19|20)\d\d[\s\u00a0]+$"
    # an inverted copula: "In 2022 was dit aantal 6.125", "was het aantal meldingen 40"
    r"|\b(?:is|was|bedraagt|bedroeg|lag|ligt)[\s\u00a0]+(?:het|dit|dat|het\s+totale)[\s\u00a0]+(?:aantal|totaal)"
    r"(?:[\s\u00a0]+[a-zà-ÿ][\w'’-]*)?[\s\u00a0]+$",
    re.I,
)


# quantitative "er" stands for the counted noun: "Soms waren het er twee of drie", "zijn het er hier maar
# vier", "U heeft er twee gebruikt en mevrouw Ouwehand al vijf" (a few words of the same clause between)
# ("in de jaren negentig" is a decade)
# (a hedge with an apostrophe between too: "waarvan er zo'n twintig nog in leven zijn")
_QUANTITATIVE_ER = re.compile(r"\ber(?:[ \t\u00a0]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,7}(?<!\bjaren)[ \t\u00a0]*$", re.I)


# a quantitative "er" beside the expletive one or after "het" ("Er zijn er maar 13", "waren het er 31.000"),
# not the expletive alone ("waren er al aanvragen van instellingen 3 bis")
_THERE_ARE = re.compile(r"\ber\b[^.;:]*\ber\b|\bhet[ \t\u00a0]+er\b", re.I)


_EURO_CLOSES = re.compile(r"(?:\d|miljoen|miljard|duizend|mln\.?|mld\.?)[ \t\u00a0]*euro\s*$", re.I)


def _left(text: str, c: _Cand, lo: int) -> None:
    """Currency sign and approximators before the numeral; cues for bare numbers."""
    pre = text[max(lo, c.start - 40) : c.start]
    m = CURRENCY_BEFORE.search(pre)
    # a sign before the number; the word "euro" only when it stands alone ("meuro 5" is no amount)
    # and the number is not already an amount ("euro 5 euro")
    # "83 miljoen euro 2 ten behoeve": a "euro" that closes an amount before does not open this one
    if m and (m.group(1).lower() != "euro" or (re.search(r"(?:^|\s)euro\s*$", pre, re.I) and c.kind != "money"
                                                and not _EURO_CLOSES.search(pre))):
        cur = _CUR_SIGN.get(m.group(1).lower(), "EUR")
        c.start = c.start - len(m.group(0))
        if m.group(2) and c.value is not None:
            c.value = -c.value
        if c.kind != "money" or c.unit is None:
            c.kind, c.unit = "money", cur
        c.has_unit = c.has_unit_strong = True
        c.is_year = False
        pre = text[max(lo, c.start - 40) : c.start]
    m = APPROXIMATORS.search(pre)
    if m:
        hedge = m.group(0).strip()
        if not _HEDGED.match(hedge):
            c.approximate = True
        elif hedge.lower() == "zeker":
            c.approximate = False  # "zeker 20": at least, stated as a fact
        c.cue = True
        if c.is_year and c.has_unit:
            c.is_year = False
    sent_pre = text[max(lo, c.start - 120) : c.start]
    cut = max(sent_pre.rfind(". "), sent_pre.rfind("? "), sent_pre.rfind("; "))
    if cut >= 0:
        sent_pre = sent_pre[cut + 2 :]
    if not c.is_word and _BARE_LEAD.search(pre) and (QUANTITY_CUE.search(sent_pre) or CHANGE_VERB.search(sent_pre)):
        c.cue = True  # "het aantal steeg van … tot 1.250", "het totaal bedraagt 300"
    if not c.is_word and not c.has_unit and not c.is_year and _GROUPED.fullmatch(text, c.num_start, c.num_end):
        # thousands dots are how quantities are written: a reference or identifier has been dropped by now
        # ("Ik dacht 65.000", "in Nederland 30.000", "17.000 of 18.000, mensen")
        c.cue = True
    if not c.is_word and not c.has_unit and not c.is_year and _QUANTITATIVE_ER.search(sent_pre) and _THERE_ARE.search(sent_pre):
        c.cue = True  # "Er zijn er maar 13 gehaald", "waren het er van de zomer 31.000": the second "er" counts
    if not c.has_unit and c.is_word:
        # "Daarvan zijn er ook twee op Schiphol": a bare word numeral after "er"
        c.cue = bool(_QUANTITATIVE_ER.search(sent_pre)) or bool(re.search(r"\b(?:aantal|totaal)\b[^.]*\b(?:is|was|bedraagt|bedroeg|op)\s*$", sent_pre, re.I))
    if not c.has_unit and not c.is_year and ((elided := _ELIDED_NOUN_BEFORE.search(pre))
                                             and not (c.value == 2 and elided.group().lower().startswith("alle"))
                                             or _PARTITIVE_PRONOUN_AFTER.match(text, c.end)
                                             or not c.is_word and (_PART_OF_WHOLE_AFTER.match(text, c.end)
                                                                   or _WHOLE_OF_PART_BEFORE.search(pre)
                                                                   or _SAMPLE_SIZE_BEFORE.search(pre) and c.value != 1)):
        # the noun left out, the numeral standing for it: "alle acht", "de andere zes", "de eerste 50",
        # "Zes daarvan" (not "alle twee", which is "both"); a part and its whole, "in 66 van de 137 (48%)";
        # a sample's size, "N=137" (not "n=1", the anecdote)
        c.cue = True
    m = _MINUS_BEFORE.search(pre) if not c.is_word and c.value is not None and c.value > 0 else None
    if m:
        c.start, c.value = c.start - len(m.group(1)), -c.value  # "op min 1% zaten": below zero
    m = _FACTOR_BEFORE.search(pre) if not c.has_unit_strong and c.value is not None and c.value > 1 else None
    if m:
        # "een factor 10 groter", "bijna een factor tien": a multiplier, as "tien keer zo groot" is
        c.start -= len(m.group(0))
        c.kind, c.unit, c.has_unit, c.is_year = "measure", "keer", True, False
    if not c.has_unit and not c.is_word and _is_grade(text, c, pre, sent_pre):
        c.kind, c.unit, c.has_unit, c.is_year = "measure", "rapportcijfer", True, False
    if c.is_year:
        c.cue = False


# a mark out of ten, as Dutch schools give them: "een rapportcijfer van 6,7", "gaf het kabinet een 3",
# "een schamele 3" after "rapportcijfer"
_GRADE_NOUN_BEFORE = re.compile(
    r"\b(?:rapport|waarderings|tevredenheids|gemiddeld(?:e)?[ \t\u00a0]+)cijfer(?:[ \t\u00a0]+(?:van|is|was|werd|wordt|bedraagt|bedroeg))?"
    r"[ \t\u00a0]*:?[ \t\u00a0]+(?:een[ \t\u00a0]+)?(?:[^\W\d_]+[ \t\u00a0]+)?$", re.I)
_GRADE_A_BEFORE = re.compile(r"\been[ \t\u00a0]+(?:(?:gemiddelde|schamele|magere|krappe|dikke|ruime|mooie|nette|hoge|lage|ruim|krap)[ \t\u00a0]+)?$", re.I)
_GRADE_CONTEXT = re.compile(r"\b(?:\w*cijfer|waardering|waardeerde|waarderen|beoordeeld|beoordeling|\w*tevredenheid|geeft|gaf|gaven|gegeven|gekregen|krijgt|kreeg|kregen|scoor\w*)\b", re.I)
_GRADE_VALUE = re.compile(r"(?:10|[1-9])(?:,\d)?")
_WORD_AFTER = re.compile(r"[ \t\u00a0]*[^\W\d_]")
_GRADE_VERB_AFTER = re.compile(r"[ \t\u00a0]+(?:als|heeft|hebben|had|gegeven|gekregen|gehaald|gescoord|voor|van|op)\b")


def _is_grade(text: str, c: _Cand, pre: str, sent_pre: str) -> bool:
    """A number from 1 to 10 (one decimal at most) given as a mark: after a word for the mark ("een rapportcijfer
    van 6,7"), or as "een 7" with nothing counted after it in a sentence that speaks of marks or of giving one."""
    if c.value is None or not 1 <= c.value <= 10 or not _GRADE_VALUE.fullmatch(text, c.num_start, c.num_end):
        return False
    if _GRADE_NOUN_BEFORE.search(pre):
        return True
    if not _GRADE_A_BEFORE.search(pre) or _WORD_AFTER.match(text, c.end, c.end + 3) and not _GRADE_VERB_AFTER.match(text, c.end, c.end + 14):
        return False  # "een 3 procent", "een 2 jaar": something counted follows
    sentence = sent_pre + text[c.end : c.end + 80]
    return _GRADE_CONTEXT.search(sentence) is not None


_FACTOR_BEFORE = re.compile(r"\bfactor[ \t\u00a0]+$", re.I)
_PART_OF_WHOLE_AFTER = re.compile(r"[ \t\u00a0]+van[ \t\u00a0]+(?:de|het|alle)[ \t\u00a0]+\d")
_WHOLE_OF_PART_BEFORE = re.compile(r"(?<![\d.,])\d[\d.]*[ \t\u00a0]+van[ \t\u00a0]+(?:de|het|alle)[ \t\u00a0]+$")
_SAMPLE_SIZE_BEFORE = re.compile(r"(?<![\w-])[Nn][ \t\u00a0]?=[ \t\u00a0]?$")
_PARTITIVE_PRONOUN_AFTER = re.compile(r"[ \t\u00a0]+(?:daarvan|hiervan|ervan)\b", re.I)  # not "waarvan", which opens a clause
_ELIDED_NOUN_BEFORE = re.compile(
    r"\b(?:alle|de[ \t\u00a0]+andere|de[ \t\u00a0]+eerste|de[ \t\u00a0]+laatste"
    # a partitive relative: "60 onderzoeken, waarvan 24 door het THTC"
    r"|waarvan(?:[ \t\u00a0]+(?:ruim|bijna|circa|ongeveer|zo['’]n|maar|slechts|nog))?)[ \t\u00a0]+$", re.I)
# a sign, not a subtraction ("de loonontwikkeling min 0,5%"): after a preposition or a copula
_MINUS_BEFORE = re.compile(r"\b(?:op|naar|van|tot|tussen|rond|is|was|zijn|waren|staat|stond|ligt|lag)[ \t\u00a0]+(min[ \t\u00a0]+)$", re.I)


# --- ranges, changes, periods -------------------------------------------------

# ("10 tot maximaal 15 procent": the range's upper bound stated as a ceiling)
_CONNECTOR = re.compile(
    r"^[\s\u00a0]*(?P<c>tot en met|t/m|tot|à|a|-|–|—|naar|en|of|,)(?:(?<=tot)[\s\u00a0]+(?:maximaal|hooguit|ten[\s\u00a0]+hoogste))?[\s\u00a0]*$",
    re.I,
)


# an explicit currency inside a figure: the signs and codes of CURRENCY_BEFORE and the words of CURRENCY_AFTER
_CURRENCY_WORD = re.compile(
    r"€|\$|£|\b(?:usd|gbp|" + "|".join(sorted((re.escape(w) for w in CURRENCY_AFTER if w.isascii()), key=len, reverse=True)) + r")\b",
    re.I,
)


def _merge_counting(text: str, cands: list[_Cand]) -> None:
    """Three or more whole numbers counted up in words ("twee, drie, vier keer", "drie, vier, vijf, zes of
    zeven stichtingen") give a range, not a row each: value the last, value_from the first. Digits in a list
    ("5, 6 en 7 klachten") are data, one row each."""
    run: list[_Cand] = []
    for c in cands + [None]:
        follows = (c is not None and run and not c.drop and c.is_word and c.value is not None and run[-1].value is not None
                   and c.value == run[-1].value + 1 and c.value == int(c.value) and _list_connector(text, run[-1], c) is not None)
        if follows:
            run.append(c)
            continue
        if len(run) >= 3:
            last = run[-1]
            last.value_from, last.start = run[0].value, run[0].start
            for earlier in run[:-1]:
                earlier.merged = True
        run = [c] if c is not None and not c.drop and c.is_word else []


_BETWEEN_THE = re.compile(r"\btussen[\s\u00a0]+de[\s\u00a0]+$", re.I)
_AND_THE = re.compile(r"^[\s\u00a0]*(?P<c>en)[\s\u00a0]+de[\s\u00a0]+$", re.I)


def _merge_ranges(text: str, cands: list[_Cand]) -> None:
    """'van 7 naar 14 x', 'tussen 20 en 30 x', '20 à 30 x', '20-30%': one row, value_from the first.

    In an enumeration ("31 en 61 minuten", "2 of 3 miljoen", "5, 10 en 20 miljoen euro") each number
    takes the unit and scale of the last; read right to left so the unit passes along the chain.
    """
    pairs = list(zip(cands, cands[1:]))
    series = _dash_series(text, pairs)
    for i, (a, b) in reversed(list(enumerate(pairs))):
        if a.drop or b.drop:
            continue
        conn = _list_connector(text, a, b) or ("-" if i in series else None)
        if conn is None:
            continue
        if not a.has_unit and b.has_unit and not a.is_year and a.value is not None and not a.scaled:
            a.kind, a.unit, a.has_unit, a.cue = b.kind, b.unit, True, True
            if b.scaled:
                a.value = float(f"{a.value * b.scale:.10g}")
                a.scaled, a.scale = True, b.scale
        elif (a.kind == "money" == b.kind and a.unit == b.unit and b.scaled and not a.scaled and a.value is not None
              and a.value < 1000):
            # "€ 2, € 4 en € 6 miljoen": the scale of the last is every amount's, currency sign or not
            a.value = float(f"{a.value * b.scale:.10g}")
            a.scaled, a.scale = True, b.scale
    _merge_counting(text, cands)
    for i, (a, b) in enumerate(pairs):
        if a.merged or a.drop or b.drop or i in series:
            continue
        between = text[a.end : b.start]
        pre = text[max(0, a.start - 30) : a.start]
        # ("tussen de 80.000 en de 100.000": spoken, with the article twice)
        m = _CONNECTOR.match(between) or (_AND_THE.match(between) if _BETWEEN_THE.search(pre) else None)
        if not m:
            continue
        conn = m.group("c").lower()
        if _list_connector(text, a, b) is not None:
            continue
        if conn in ("tot en met", "t/m") and (a.is_year or b.is_year):
            continue
        if conn == "—" and between[:1].isspace() and between[-1:].isspace():
            continue  # "zo'n 8,5% — één op de elf —": a dash between spaces sets off an aside
        if a.is_year and b.is_year:
            continue
        if conn == "naar" and not re.search(r"\bvan\s+(?:\S+\s+)?$", pre, re.I):
            continue
        if conn == "tot" and not (re.search(r"\bvan\s+(?:\S+\s+)?$", pre, re.I) or not a.has_unit
                                  or text[a.start : a.start + 6].lower() == "factor"):  # "een factor drie tot vijf"
            continue
        if a.kind == "money" == b.kind and a.unit != b.unit and not _CURRENCY_WORD.search(text[b.start : b.end]):
            b.unit = a.unit  # "USD 140-300 miljard": the currency before the range is the range's
        if a.has_unit and b.has_unit and (a.kind != b.kind or a.unit != b.unit):
            continue
        if b.value is None or a.value is None:
            continue
        va = a.value
        if not a.scaled and b.scaled and (not a.has_unit or a.kind == "money") and a.value <= b.value / b.scale:
            # "2 à 3 miljoen", "€ 2-3 miljoen": the scale of the second applies to the first
            va = float(f"{a.value * b.scale:.10g}")
        b.value_from = va
        b.start = min(b.start, a.start)
        b.approximate = b.approximate or a.approximate
        b.cue = True
        a.merged = True
        if not b.has_unit and a.has_unit:
            b.kind, b.unit, b.has_unit = a.kind, a.unit, True


_DASH = re.compile(r"[\s\u00a0]*[-–—][\s\u00a0]*")


def _dash_series(text: str, pairs: list[tuple[_Cand, _Cand]]) -> set[int]:
    """The pairs of a series of three or more amounts joined by dashes, a value for each year ("2022-2026, € 2 -
    € 4 - € 6 - € 8 miljoen"): an enumeration, not a range."""
    linked = [bool(_DASH.fullmatch(text, a.end, b.start)) and not (a.drop or b.drop) for a, b in pairs]
    return {i for i, on in enumerate(linked) if on and ((i > 0 and linked[i - 1]) or (i + 1 < len(linked) and linked[i + 1]))}


def _list_connector(text: str, a: _Cand, b: _Cand) -> str | None:
    """The connector of an enumeration between two numerals ("en", "of", ","), not of a range
    ("tussen 20 en 30")."""
    m = _CONNECTOR.match(text[a.end : b.start])
    if not m:
        return None
    conn = m.group("c").lower()
    if conn not in ("en", "of", ","):
        return None
    if conn == "en" and re.search(r"\btussen\s+(?:de\s+)?(?:\S+\s+)?$", text[max(0, a.start - 30) : a.start], re.I):
        return None
    return conn


def _changes(text: str, figures: list[Figure], spans: list[tuple[int, int]], lo: int) -> None:
    """'bijgesteld met 200 miljoen naar 438 miljoen', 'wat oploopt tot 1,8 miljard': value_from the earlier figure."""
    for i, f in enumerate(figures):
        if f.value_from is not None:
            continue
        pre = text[max(0, f.char_start - 25) : f.char_start]
        if not re.search(r"\b(?:naar|tot)\s+(?:ruim\s+|circa\s+|bijna\s+|zo['’]n\s+)?$", pre, re.I):
            continue
        if not CHANGE_VERB.search(f.sentence):
            continue
        for g in reversed(figures[:i]):
            if g.sentence != f.sentence or g.paragraph != f.paragraph:
                continue
            if g.kind != f.kind or g.unit != f.unit:
                continue
            gpre = text[max(0, g.char_start - 12) : g.char_start]
            if re.search(r"\bmet\s+$", gpre, re.I):
                continue  # the size of the change, not the earlier value
            if CHANGE_VERB.search(text[g.char_end : f.char_start]):
                f.value_from = g.value
            break


def _periods(text: str, s0: int, s1: int) -> list[tuple[int, str]]:
    out = []
    for m in _PERIOD.finditer(text, s0, s1):
        if m.group("span"):
            y = re.findall(r"(?:19|20)\d\d", m.group("span"))
            out.append((m.start(), f"{y[0]}-{y[1]}"))
            continue
        if m.group("rel"):
            out.append((m.start(), re.sub(r"\s+", " ", m.group("rel"))))
            continue
        year = m.group("year")
        prev = text[max(s0, m.start() - 25) : m.start()]
        if _PERIOD_NOT.search(prev):
            continue
        pm = _PREV_WORD.search(prev)
        prep = (m.group("prep") or "").lower()
        if not prep and pm and pm.group(1)[:1].isupper() and not pm.group(1).lower() in MOMENT_PREPS:
            continue  # "Rijksbegroting 2025", "Arbovisie 2040"
        if not prep and pm and pm.group(1).lower() in REFERENCE_WORDS:
            continue
        if re.match(r"[\s\u00a0]*(?:%|procent|euro|miljoen|miljard)", text[m.end() : m.end() + 10]):
            continue
        year = re.sub(r"\s+", "", year)
        if prep in ("vanaf", "sinds", "tot", "tot en met", "t/m", "na", "eind", "begin", "medio"):
            out.append((m.start(), f"{prep} {year}"))
        else:
            out.append((m.start("year"), year))
    return out


def _nearest_period(periods: list[tuple[int, str]], c: _Cand) -> str | None:
    if not periods:
        return None
    best = min(periods, key=lambda p: abs(p[0] - c.start))
    return best[1]


def _subject_noun(text: str, lo: int, pos: int) -> str | None:
    """'De verbeteringen zijn tweeërlei': the plural noun before the verb."""
    m = re.search(r"\b([a-zà-ÿ][\w-]*en)\b[^.]{0,20}\b(?:zijn|waren)\s+$", text[max(lo, pos - 60) : pos])
    return m.group(1) if m else None


# --- tables -------------------------------------------------------------------

_TABLE_SCALE = re.compile(
    r"(?:x|×|\*)\s*(?P<cur>€|eur(?:o)?)?\s*(?P<n>1[.\s]?000(?:[.\s]?000){0,2}|duizend|miljoen|miljard|mln\.?|mld\.?|1\s*mln\.?|1\s*mld\.?|1\s*miljoen|1\s*miljard)"
    r"|(?:bedragen\s+)?in\s+(?P<cur2>€|euro|eur)?\s*(?P<n2>duizenden|miljoenen|miljarden|mln\.?|mld\.?|dzd\.?)(?:\s+(?:€|euro))?"
    r"|(?P<cur3>bedragen|€|euro)\s+(?:x\s*)?(?P<n3>1\s*(?:mln|mld|miljoen|miljard))",
    re.I,
)
_TABLE_MONEY = re.compile(r"€|\beuro\b|\beur\b|\bbedrag(?:en)?\b|\bbudget\b|\buitgaven\b|\bontvangsten\b", re.I)
_TABLE_PCT = re.compile(r"\bin\s*%|\(\s*%\s*\)|\bpercentage\b|\bprocent\b|\bin procenten\b", re.I)
_TABLE_FTE = re.compile(r"\b(?:fte|vte)\b", re.I)
_NUM_CELL = re.compile(
    rf"^(?P<cur>€|EUR)?[\s\u00a0]*(?P<sign>[-−–+]?)[\s\u00a0]*(?P<num>{DIGITS_RX})[\s\u00a0]*(?P<pct>%)?$"
    rf"|^\((?P<neg>{DIGITS_RX})\)$"
)


def _scale_of(text: str) -> tuple[float, bool] | None:
    m = _TABLE_SCALE.search(text)
    if not m:
        return None
    n = (m.group("n") or m.group("n2") or m.group("n3") or "").lower().replace(" ", "").replace(".", "")
    if n.startswith(("1000000000", "miljard", "mld", "1mld", "1miljard", "miljarden")):
        f = 1e9
    elif n.startswith(("1000000", "miljoen", "mln", "1mln", "1miljoen", "miljoenen")):
        f = 1e6
    else:
        f = 1e3
    money = bool(m.group("cur") or m.group("cur2") or m.group("cur3") or _TABLE_MONEY.search(text))
    return f, money


def _scaled_unit(scale: tuple[float, bool]) -> dict:
    """The unit a stated scale gives: (1e6, True) from "in miljoenen euro" is millions of euro."""
    return {"scale": scale[0], "kind": "money" if scale[1] else "count", "unit": "EUR" if scale[1] else None}


def _unit_of(text: str) -> dict | None:
    if not text.strip():
        return None
    sc = _scale_of(text)
    if sc:
        return _scaled_unit(sc)
    if _TABLE_PCT.search(text):
        return {"scale": 1.0, "kind": "percentage", "unit": "%"}
    if _TABLE_FTE.search(text):
        return {"scale": 1.0, "kind": "fte", "unit": "fte"}
    if re.search(r"\(?\s*(?:in\s+)?(?:€|euro)\s*\)?", text, re.I) and _TABLE_MONEY.search(text):
        return {"scale": 1.0, "kind": "money", "unit": "EUR"}
    return None


def _table_units(paragraphs: list[Paragraph]) -> dict[int, dict]:
    units: dict[int, dict] = {}
    for p in paragraphs:
        if p.role == CAPTION and p.table is not None and p.table not in units:
            u = _unit_of(p.text)
            if u:
                units[p.table] = u
    return units


# a plain euro amount of a million or more, with no scale after it ("€ 20.511.892", not "€ 14.828K")
_EURO_AMOUNT = re.compile(
    r"€[ \t\u00a0]?(\d{1,3}(?:\.\d{3}){2,})(?![\d,.]\d|[ \t\u00a0]?(?:[kK]\b|mln|mld|miljoen|miljard|duizend|dzd))"
)
_MILLIONS_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)")


def _unscale_contradicted(paragraphs: list[Paragraph], units: dict[int, dict]) -> None:
    """A table whose stated scale the text contradicts is read as it stands: where a cell of a table "x
    € 1.000" is an amount the prose states in plain euro ("een bedrag van € 20.511.892 uitbetaald" beside
    "Totaal 20.511.892" under "Bedragen x € 1.000"), the caption's scale was left from another table and
    scaling would publish a value a thousand times too large."""
    scaled = {t for t, u in units.items() if u["scale"] > 1 and u["kind"] == "money"}
    if not scaled:
        return
    stated = {m.group(1) for p in paragraphs if p.role not in (TABLE_ROW, CAPTION) for m in _EURO_AMOUNT.finditer(p.text)}
    if not stated:
        return
    for p in paragraphs:
        if p.role == TABLE_ROW and p.table in scaled and stated.intersection(_MILLIONS_GROUPED.findall(p.text)):
            units[p.table] = {**units[p.table], "scale": 1.0}
            scaled.discard(p.table)


def _cells(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    while True:
        j = text.find(CELL_SEPARATOR, pos)
        if j < 0:
            out.append((pos, len(text)))
            return out
        out.append((pos, j))
        pos = j + len(CELL_SEPARATOR)


@dataclass
class _TableState:
    header: list[str]
    unit: dict | None = None  # a unit stated in a header row
    data_seen: bool = False


def _is_numeric_cell(raw: str) -> bool:
    return bool(raw) and _NUM_CELL.match(raw) is not None


def _table_row(index: int, para: Paragraph, unit: dict | None, tables: dict[int, _TableState]) -> list[Figure]:
    text = para.text
    cells = _cells(text)
    key = para.table if para.table is not None else -1
    state = tables.get(key)
    raws = [text[a:b].strip() for a, b in cells]
    numeric = [_is_numeric_cell(r) for r in raws]
    data_cols = numeric[1:] if len(numeric) > 1 else numeric
    header_like = not any(data_cols) or (
        (state is None or not state.data_seen) and all(_YEAR.match(r) or not n for r, n in zip(raws, numeric))
    )
    if header_like and (state is None or not state.data_seen):
        # a header row: the column texts give a unit and a year per column
        if state is None:
            state = tables[key] = _TableState(header=list(raws))
        else:
            width = max(len(state.header), len(raws))
            old = state.header + [""] * (width - len(state.header))
            new = raws + [""] * (width - len(raws))
            state.header = [f"{o} {n}".strip() for o, n in zip(old, new)]
        row_unit = _unit_of(text)
        if row_unit and state.unit is None:
            state.unit = row_unit
        return _cells_prose(index, text, cells, [False] * len(cells))
    if state is None:
        state = tables[key] = _TableState(header=[])
    state.data_seen = True
    table_unit = unit or state.unit
    # a row whose label names fte or a percentage ("FTE met vast / tijdelijk / extern 96,2 93,2") in a
    # table that states no such unit
    row_unit = _unit_of(raws[0]) if len(raws) > 1 else None
    if row_unit is not None and row_unit["kind"] not in ("fte", "percentage"):
        row_unit = None
    out: list[Figure] = []
    for k, (a, b) in enumerate(cells):
        if not numeric[k]:
            continue
        if k == 0 and len(cells) > 1:
            continue  # the row label column
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        raw = seg.strip()
        s = a + lead
        e = s + len(raw)
        m = _NUM_CELL.match(raw)
        if m.group("neg"):
            v = parse_digits(m.group("neg"))
            v = -v if v is not None else None
        else:
            v = parse_digits(m.group("num"))
            if v is not None and m.group("sign") in ("-", "−", "–"):
                v = -v
        if v is None:
            continue
        col_head = state.header[k] if k < len(state.header) else ""
        cu = _unit_of(col_head) or row_unit or table_unit
        if _YEAR.match(raw) and (not cu or "jaar" in col_head.lower()):
            continue
        kind, u, scale = "count", None, 1.0
        if cu:
            kind, u, scale = cu["kind"], cu["unit"], cu["scale"]
        if m.group("pct"):
            kind, u, scale = "percentage", "%", 1.0
        elif m.group("cur"):
            kind, u = "money", "EUR"
        elif kind == "count" and u is None:
            u = _column_noun(col_head)  # "Meldingen in 2021": the cells count meldingen
        period = None
        ym = re.search(r"(?<!\d)((?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?)(?!\d)", col_head)
        if ym:
            period = re.sub(r"\s+", "", ym.group(1))
        out.append(
            Figure(
                paragraph=index,
                sentence=text,
                char_start=s,
                char_end=e,
                raw=text[s:e],
                value=_exact(v * scale),
                kind=kind,
                unit=u,
                period=period,
            )
        )
    out.extend(_cells_prose(index, text, cells, numeric))
    return out


def _column_noun(head: str) -> str | None:
    """The plural noun a column header counts: "Meldingen in 2021" → "meldingen"."""
    for word in re.findall(r"[^\W\d_][\w'’-]*", head):
        lw = word.lower()
        if lw not in STOP and _is_noun(lw) and _countable(lw, 2.0):
            return unit_text(lw)
    return None


def _cells_prose(index: int, text: str, cells: list[tuple[int, int]], numeric: list[bool]) -> list[Figure]:
    out = []
    for (a, b), n in zip(cells, numeric):
        if n or not text[a:b].strip():
            continue
        for f in _prose(index, text, a, b, False):
            out.append(f)
    return out
