"""Commitments: sentences in which the government side says what it will do.

`extract_commitments(doc)` returns one `Commitment` per sentence in which the
government side (a minister, the cabinet, a ministry, "Defensie", one of its
services, "Nederland" as a state, or "ik"/"wij" writing for it) states what it
will do or achieve, or reports the progress of something it has undertaken
(shared/corpus/GUIDELINES.md). The decision is made with rules grounded in
Dutch grammar, in three steps.

1. Which text speaks for the government. Moties (documents and sentences with
   "verzoekt de regering", "constaterende dat", ...) are requests, never
   commitments. In Aanhangsel documents only the answers count: paragraphs
   with role QUESTION (or, where the parser gave no roles, the text after a
   "Vraag n" line up to the next "Antwoord n") are skipped, and so are the
   header lines before the first question. In Handelingen only blocks of a
   minister or staatssecretaris ("[Minister X:]") count. Footnotes, headings,
   captions and table rows are skipped.

2. Whether a sentence commits. A sentence is rejected when it is a question,
   starts with a condition ("Indien", "Mocht", "Als", "Zodra", "Wanneer"), is
   hypothetical ("zou/zouden"), reports what someone else said ("HV Borrell
   stelde voor dat ..."), or only cites an earlier promise ("is toegezegd").
   A clause with "zodra/wanneer/nadat/als" whose event is one of completion
   ("Wanneer dit onderzoek is afgerond, zal ik ...") is a moment, not a
   condition. A sentence whose subject (not the government) says or finds
   something in a "dat"-clause ("De evaluator merkt op dat ...") is someone
   else's words. The cues are read in the main clause: an embedded relative
   clause between commas ("Ik zal ook bij het vervolg van het experiment, dat
   gewijzigd zal worden naar aanleiding van ..., weer contact opnemen") is left
   out, so that a modal and its infinitive on either side of it are joined and
   the relative clause lends the main clause neither verbs nor subject; a
   name glossed in brackets ("EZK (Ministerie van ...) ontwikkelen") is read
   without the gloss. Otherwise it commits when it has a cue whose subject is
   the government:

   - promise: zal/zullen/ga/blijf + a verb of informing the Kamer ("Ik zal uw
     Kamer ... informeren", "Het kabinet zal in een separate brief ...
     ingaan"), "zeg ik toe", "kom ik op terug", "dat kan ik toezeggen" — in
     the main clause (not in "waarover ik ... zal informeren"); a passive of
     informing without agent whose recipient is the Kamer, future by
     "zal" or by a moment still to come ("Uw Kamer wordt hierover dit najaar
     geïnformeerd", "wordt de reactie zo spoedig mogelijk naar de Kamer
     gestuurd"; not "Met deze brief wordt u geïnformeerd", not "jaarlijks");
     the present tense of informing by ik/we with a moment to come ("Ik
     informeer de Kamer na de zomer"); "ik verwacht uw Kamer ... te
     informeren"; pledges ("Ik zal mij (blijven) inzetten", "zal ik ervoor
     zorgen"); a future passive of what a coming letter or report will
     address ("Daarbij zal ook worden ingegaan op ...", not "hieronder");
     "zal ik mij hard maken voor"; an assurance of restraint ("zal ik ...
     niets doen dat ...");
   - plan: zal/zullen + infinitive, gaan + infinitive, wil/willen + infinitive, "is
     voornemens / van plan", "heeft de intentie om", "zet zich in ... om te",
     blijven + an infinitive of acting or "in gesprek/contact" ("Nederland
     blijft ... toezien", "ik blijf met hen in contact"; not "blijft van
     belang", "blijven stijgen"), "laat ... kijken/onderzoeken", first-person
     "volg ... op", "neem ... over", "bekijk ik ... of" (a decision still to
     take), "verwacht ... te" + a verb of acting, "is (voor mij) reden /
     aanleiding om ... te", a present passive of a verb of making policy
     ("wordt ... uitgewerkt / meegenomen / opgesteld / ingevoerd"), "komt
     er", "krijgt prioriteit", "start" with a government subject; the present
     tense of ik/we with a moment still to come ("Na de zomer maken we de
     balans op"): the verb agrees with the pronoun (ik + stem, we + -en), is
     not a past form, an auxiliary or a verb of thinking, saying or
     perceiving, and the moment lies after the document's date; a present
     passive of any verb with a moment still to come ("De dienst wordt in
     2024 in gebruik genomen"; not a participle of expecting, not a routine,
     not with a modal); the participle put before the passive auxiliary
     ("Gestart wordt met ...", not "Verwacht wordt dat"); "komen te" + an
     infinitive of ceasing ("de verplichting komt te vervallen"; not "is komen
     te vervallen");
   - progress: "is bezig met", "ben ... aan het" + infinitive, "wordt gewerkt
     aan", "werkt aan", "verkent", "is gestart" (not when dated in an earlier
     year), "zijn voorbereidingen getroffen", "is een begin gemaakt", "is de
     basis gelegd", "is in voorbereiding", "is (volop) gaande", a
     present-tense policy verb with "momenteel/op dit moment/nu"; in an annual
     report (`is_annual_report`), where the year accounted for counts as the
     current one, the simple past of a start or of work ("startte het korps
     met", "trof voorbereidingen", "zette stappen", "werkte aan", "maakte
     een begin"), and what lies past that year is still to come; there the
     present passive of a rule ("wordt aangepast voor het conjuncturele
     effect") is no plan unless a moment to come, work under way ("wordt
     gestimuleerd") or a verb that looks ahead ("wordt afgerond") makes it
     one (a report is known by its title or name, or by how its first
     paragraphs name it: "Voor u ligt het … Jaarverslag"; a jaarplan is read
     the same way, a letter that offers one is not); there too the present
     tense of the author's activity is standing practice ("De AP biedt FG's
     diverse mogelijkheden") unless its verb tells of effort towards a change
     ("werkt eraan", "bouwt aan", "geeft vorm aan", "richt … in", "zet
     stappen", an om-clause of improving), a moment to come or now is named,
     or advice is adopted ("neemt de aanbeveling over"); a body that names
     itself by an acronym in its title or identifier ("Jaarplan BKWI 2022":
     "BKWI zal …") is the government side of its own document
     (`self_name`); "heeft … in gang gezet" (work set going); the present tense of an activity
     of a government actor ("De ILT voert nu testen uit", "zoekt mijn
     ministerie uit", "Ik voer gesprekken met", "ben ik met ... in gesprek",
     "staat in nauw contact met", "onderhoudt contact met", "UWV zet in op",
     "Nederland zet zich ... in voor", also when an om-clause follows the
     noun phrase); the present tense of a reflexive pledge ("Ik maak mij hard
     voor ...", "..., waar ik mij hard voor maak"); the present passive of
     preparing or of carrying out an undertaking ("wordt ... voorbereid",
     "wordt onderzoek uitgevoerd"; a plan when a moment to come is named);
     "er vinden gesprekken plaats",
     "Momenteel wordt besproken ..."; impersonal passives of activity
     ("wordt al geïnvesteerd in", "wordt geprobeerd", "wordt gekeken naar",
     also with a long middle field when the participle closes the clause:
     "wordt onder andere over ... gesproken"; not with a modal, not "in
     andere landen"); "er lopen momenteel
     gesprekken"; "heb ik X gevraagd ... te" (work set going). Periodic
     activity ("jaarlijks", "standaard") is a procedure, not progress;
   - target: "heeft als/tot doel" (not "met als doel" after a completed act:
     "heeft ... sancties ingesteld met als doel ..."; not the aim of a rule or instrument that is there:
     "Het voorstel/De maatregel heeft tot doel ..."), "doelstelling", "streefcijfer",
     "streefwaarde", "ambitie", "streeft naar", "willen ... houden".
   - progress, when no cue above holds: a main clause in the present tense
     whose subject is the government side and whose finite verb reports an
     act, whatever the verb ("Daarnaast ontwikkel ik samen met de sector
     ...", "Mijn ministerie ondersteunt gemeenten ...", "EZK en BZK
     ontwikkelen hiervoor ..."). The finite verb is found by position: right
     after a clause-initial subject, or right before the subject when a first
     constituent precedes (verb-second with inversion); it agrees with the
     subject (ik + stem, we/plural + -en, a singular noun phrase + -t) and is
     not a past form. Excluded are auxiliaries, modals and copulas, verbs of
     opinion, thinking, perceiving and feeling (vinden, achten, betreuren,
     delen, herkennen, zien), of saying and referring within the text
     (verwijzen, benadrukken, opmerken, "geef ... aan"), of state, measure and
     possession (kennen, beschikken, tellen), verbs whose complement is a
     clause ("Het kabinet onderkent dat ..."), and clauses with negation, a
     past or routine moment, a modal, "zou", or a pointer within the text.

   - decisions, running work, goals and clause structure: the perfect of
     "besluiten" with what is decided ("heeft het kabinet besloten dat ...",
     "heb ik besloten ... te", "is besloten om"; not "besloten niet", not a
     decision of others or dated earlier) is a plan; a bare noun of work as
     subject with a present tense of running or keeping to plan ("Deze
     gesprekken lopen nog", "De werkzaamheden liggen op schema") is progress,
     and so is a first-person verb-final clause with "nu/momenteel" ("die ik nu
     uitwerk"); a first-person possessive goal ("onze ambitie om ...") and
     "moet ... worden" with a predicate noun or adjective closing a main clause
     ("Nederlands moet weer de norm worden") are targets; a clause of time
     with "wanneer/zodra/nadat" before a main clause with "zal" is a moment,
     not a condition; a conjunct without a subject of its own ("Het kabinet
     verkent ... en zal de Kamer ... informeren") shares the first conjunct's
     subject; an aside ", zoals ..., " is left out like a relative clause.
     Rejected: what an acronym-named party says ("UNL geeft aan dat ..."), the
     consequence after "Dit betekent dat" and the norm after "het is van belang
     dat" (unless the government is the subject there), a frequency without a
     bounded stretch of time ("Ik heb regelmatig contact met ...": routine;
     "de afgelopen maanden regelmatig": an episode), a contact in the perfect
     ("in gesprek geweest"), a present passive on every occasion of an event
     ("Bij de eerste plaatsing wordt ... vastgesteld"), "daar waar" as a
     condition, a goal of a third party ("hun ambitie").
   - inversion, idioms of "gaan", causatives and processes: in verb-second inversion after a fronted prepositional
     phrase ("Samen met deze partijen wil ik ...", "Met de gemeenten zal het kabinet ...") the noun phrase
     inside the PP (also after a determiner: "met deze partijen") is no subject, for every cue and for the
     reported-speech rejection; coordinated infinitives under one modal make a plan when one conjunct acts
     ("wil ik doelen stellen en maatregelen afspreken"); "gaan" with a prepositional idiom instead of an
     infinitive is a plan ("ga ... in gesprek met", "aan de slag", "op werkbezoek", "ga ... de dialoog aan")
     or, with "door/verder met" (also verb-final: "waar ik ... mee doorga"), progress; causative "laten" +
     a verb of finding out with the government as causer ("laat ik onderzoeken", "laten het Ministerie van
     OCW en VWS ... onderzoeken"; progress with "nu/momenteel/op dit moment"; not in the perfect "heeft ...
     laten uitvoeren", not "te laten"); "verwacht ... te" and an intention ("is voornemens om u ... te
     informeren") with a verb of informing, also with its particle split off and "kunnen" between ("toe te
     kunnen sturen", "aan te bieden"), is a promise; a process of the government at a moment to come
     ("zal besluitvorming over X plaatsvinden", "Eind december vindt een eerste overleg plaats") is a plan
     (not a routine, not a process "in de Raad" or "door" others; with no moment to come "er vinden
     gesprekken plaats" stays progress); "ligt op koers/schema" with a government subject is progress.
     Rejected: a time limit counted from an event ("Binnen vier weken na ontvangst van het bezwaar wordt
     beoordeeld ...": a rule, no calendar moment; "na de zomer" stays a moment), light-verb idioms with
     "maken" ("melding/gebruik wordt gemaakt van"), a cue inside a sentence-initial clause opened by bare
     "waar", a decision narrated in a sequence of past events ("Vervolgens heeft de rijksoverheid besloten
     tot ..."), the goal of a collaboration with others ("De samenwerking met de Libische autoriteiten heeft
     tot doel ..."), what a named commission does ("De Commissie-Van der Meer II is ... bezig met"), the
     stance of following developments ("volgt de ontwikkelingen"). The start of a clause is found with the
     whole sentence in view (", zal ik ..." after a relative clause opens the main clause); a Kamer document
     as the head of a compound ("voortgangsrapportage") names the Kamer as recipient; "hetkabinet" and
     "deminister" are split.
   - documents, pending work, the law and text structure: a document on its way to the Kamer or at a moment
     to come ("Die reactie komt in oktober", "Dat onderzoek komt ook naar uw Kamer toe") is a promise or
     plan; work the speaker must still do ("Wij moeten de regeling nog uitwerken", "Dat moet ik even
     checken") is a plan; a participle of examining put first ("Bezien wordt of …") is progress; a policy
     passive may have a phrase of place or time after its participle ("wordt gerapporteerd per district").
     Rejected: "er komt" where nothing comes or something is only added ("komt er nog bij"), a question
     without its question mark ("Hoe zorgen we ervoor dat …"), a condition with its verb first ("Leidt …
     tot …, dan wordt …"), what the law prescribes ("Ingevolge artikel 3 van de Wob wordt …"), a future
     passive in a relative clause or a clause of time, a clause of extent ("voor zover"), a routine "op de
     gebruikelijke wijze", a year before the document's own ("in 2025" is ahead in a text of 2024), how a
     note orders itself ("De notitie sluiten we af met …"), the subject of a dependent question after the
     government ("Wij weten nog niet wat ERD-zelfbetalers gaan doen"), those a service serves
     (cliënten, klanten, burgers) as a subject.
   - words run together at lost line breaks (PDF text: "zaleen", "ophet",
     "teblijven", "wordtduidelijk", "gehandhaafdblijft", "informerenover")
     are split for matching where a closed-class word (auxiliary, modal,
     preposition, article, pronoun) is involved, keeping real words whole
     (omdat, vooral, meteen, overblijft, tegenover); two open-class words run
     together ("kabinetziet", "devoorjaarsnota") are left as they are.

   The subject: a first-person pronoun (ik, wij, we), or a government noun
   phrase (het kabinet, de minister, het ministerie, Defensie, de inspectie,
   Nederland, the services UWV, ILT, IND, COA, CBR, RDW, DUO, RVO, NCTV,
   Belastingdienst, Rijkswaterstaat, RIVM, NCSC, CIO-Rijk, ADSB (the state's
   export credit insurer), ...; a ministry by its acronym, EZK,
   BZK, JenV, VWS, OCW, ...; the embassy or "de (Nederlandse) post in X"), also
   coordinated ("het ministerie en de RVO"), next to the finite verb; a
   passive or "er" sentence without an agent, or with a government agent
   ("door de Staatssecretaris", "door mij"), counts for the government (the
   author of the document acts), unless "door <someone else>" names another
   agent. A noun phrase governed by a preposition ("Zoals aangegeven in mijn
   brief aan uw Kamer vinden ...") is never the subject. Subjects that are the
   Kamer, its members, the Rekenkamer, EU bodies (EDEO, de HV, de Europese
   Commissie), companies, employers or other third parties reject the cue, as
   does an active future sentence whose subject is unknown ("de prijs zal
   dalen"). Negation of the cue ("zal ... niet") rejects it.

3. The row: `actor` (the subject; "ik"/"wij" resolved to `Document.author`
   where the document names it, else found in the text "Antwoord van ..."),
   `cue` (the words that matched), `deadline` and `due_date` from
   `transforms.extract.deadlines` relative to the document's date
   (`publication_date`, else the latest "ontvangen/datum" date in the first
   paragraphs, else the second year of the vergaderjaar).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from transforms.extract.commitment_model import Context, features, load_model, promising
from transforms.extract.deadlines import MONTHS, find_deadline, resolve
from transforms.extract.glue import may_be_glued, unglue
from transforms.extract.sentences import ABBREVIATIONS, sentence_spans
from transforms.parse import SALUTATION
from transforms.model import (
    ANSWER,
    CAPTION,
    FOOTNOTE,
    HEADING,
    QUESTION,
    TABLE_ROW,
    Commitment,
    Document,
)

_SKIP_ROLES = {QUESTION, FOOTNOTE, HEADING, CAPTION, TABLE_ROW}

# --- actors -----------------------------------------------------------------

_GOV_NP = (
    r"(?:het\s+(?:huidige\s+|nieuwe\s+)?kabinet|dit\s+kabinet|de\s+regering|het\s+rijk|(?-i:Rijk)(?=\s+(?:en|,)\s)|de\s+rijksoverheid|"
    r"de\s+(?:minister|staatssecretaris|ministers|staatssecretarissen|bewindspersonen|bewindspersoon)"
    r"(?:\s+(?:van|voor)\s+(?-i:[A-Z])[\w]*(?:\s+(?:(?:en|van|voor)\s+)?(?-i:[A-Z])[\w]*)*)?|"  # ("van Binnenlandse Zaken en Koninkrijksrelaties")
    r"(?:het\s+)?ministerie(?:\s+van\s+(?-i:[A-Z])[\w]*(?:,?\s+(?:en\s+)?(?-i:[A-Z])[\w]*)*)?|mijn\s+ministerie|"
    r"(?:de\s+)?(?:nederlandse\s+)?(?:arbeids)?inspectie(?:\s+(?-i:[A-Z])[\w]*)*|de\s+ilt|de\s+nla|ilt|nla|"
    r"(?:de\s+)?belastingdienst|de\s+kmar|de\s+koninklijke\s+marechaussee|defensie|nederland|"
    r"rijkswaterstaat|de\s+rijksdienst\s+[\w ]+?|het\s+departement|mijn\s+departement|"
    r"de\s+dienst\s+toeslagen|(?:het\s+)?uwv|(?:de\s+)?ind|(?:het\s+)?cbr|(?:de\s+)?nvwa|het\s+om|de\s+politie|"
    r"(?:de\s+)?rdw|(?:het\s+)?coa|(?:de\s+)?duo|(?:de\s+)?svb|(?:het\s+)?cak|(?:de\s+)?nctv|(?:de\s+)?rvo|"
    r"(?:de\s+)?(?:kustwacht|douane)|(?:het\s+)?cjib|de\s+overheid|de\s+dienst\s+justitiële\s+inrichtingen|(?:de\s+)?dji|"
    r"(?:het\s+)?rivm|(?:het\s+)?ncsc|cio-rijk|(?:de\s+)?adsb|atradius\s+dutch\s+state\s+business|(?:de\s+)?igj|(?:de\s+)?aivd|(?:de\s+)?mivd|(?:het\s+)?nfi|(?:het\s+)?knmi|(?:het\s+)?cibg|logius|"
    r"(?:het\s+)?rijksvastgoedbedrijf|(?:het\s+)?wodc|(?:de\s+)?auditdienst\s+rijk|(?:de\s+)?(?-i:ADR)|"
    # the ministries together, and what they set up between them
    r"(?:de|alle|beide)\s+(?:departementen|ministeries)|(?:een|de)\s+interdepartementale\s+(?:werkgroep|projectgroep|stuurgroep)|"
    # the police as its annual report names itself (other bodies: see `self_name`)
    r"het\s+korps|de\s+korpsleiding|de\s+korpschef|"
    # a body that writes of itself by its own name, in its own document (see `self_name`)
    r"(?:(?:de|het)\s+)?(?-i:ZELFNAAM)|"
    # a fellow minister, as a minister speaks of one: "mijn collega van LNV", "mijn collega Hans Vijlbrief",
    # "mijn collega's", "de collega van EZK"
    r"mijn\s+collega(?:['’]s)?(?:\s+(?:van|voor)\s+(?-i:[A-Z])[\w]*(?:\s+(?:en|van|voor)\s+(?-i:[A-Z])[\w]*)*|(?:\s+(?-i:[A-Z])[\w-]*){1,2})?|"
    r"de\s+collega\s+(?:van|voor)\s+(?-i:[A-Z])[\w]*|"
    # a ministry by its acronym ("EZK en BZK ontwikkelen ..."): capitals only, so that no ordinary word matches
    r"(?-i:EZK|EZ|BZK|BZ|BHO|JenV|J&V|VenJ|VWS|OCW|SZW|IenW|I&W|IenM|LNV|KGG|VRO)|"
    # the country's representation abroad: "de (Nederlandse) ambassade (in Kyiv)", "de post in Nairobi"
    r"(?:de|onze|mijn)\s+(?:nederlandse\s+)?ambassade(?:\s+(?:in|te)\s+(?-i:[A-Z])[\w-]*)?|"
    r"(?:de\s+nederlandse|onze)\s+post(?:en)?(?:\s+(?:in|te)\s+(?-i:[A-Z])[\w-]*)?|de\s+post(?:en)?\s+(?:in|te)\s+(?-i:[A-Z])[\w-]*|"
    r"het\s+(?:nederlandse\s+)?consulaat(?:-generaal)?(?:\s+(?:in|te)\s+(?-i:[A-Z])[\w-]*)?|"
    r"de\s+(?:nederlandse\s+)?permanente\s+vertegenwoordiging)"
)
_FIRST_PERSON = r"(?:ik|wij|we)"
_GOV_SUBJ = re.compile(rf"(?<![\w-])(?:{_FIRST_PERSON}|{_GOV_NP})(?![\w-])", re.IGNORECASE)
_FIRST = re.compile(r"(?<![\w-])(?:ik|wij|we)(?![\w-])", re.IGNORECASE)
_NONGOV_NP = (
    r"(?:de\s+kamer|uw\s+kamer|de\s+tweede\s+kamer|de\s+eerste\s+kamer|de\s+leden|het\s+lid|kamerleden|de\s+indieners?|"
    # a member named in a debate: "De heer Veldman vraagt ...", "mevrouw Van der Graaf stelde ..."
    r"(?:de\s+heer|meneer|mevrouw|het\s+lid)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:van|der|den|de|ter|(?-i:[A-Z])[\w'’-]+))*|"
    r"de\s+(?:algemene\s+)?rekenkamer|de\s+raad\s+van\s+state|de\s+ombudsman|de\s+nationale\s+ombudsman|"
    r"(?:de\s+)?(?:europese\s+commissie|commissie|europese\s+raad)|"
    # a named (state, advisory) commission: "De Commissie-Van der Meer II", "de commissie Remkes"
    r"(?:de\s+)?(?:staats|advies|onderzoeks)?commissie[-\s](?-i:[A-Z])[\w.-]*(?:\s+(?:(?-i:[A-Z])[\w.-]*|van|der|den|de|ter|(?-i:I{1,3}|IV|V)))*|"
    r"de\s+eu|de\s+europese\s+unie|de\s+unie|edeo|de\s+hv|hv(?:\s+[A-Z]\w+)?|"
    r"de\s+hoge\s+vertegenwoordiger(?:\s+[A-Z]\w+)?|de\s+raad|de\s+navo|de\s+vn|de\s+lidstaten|andere\s+lidstaten|"
    r"gemeenten|de\s+gemeenten?|provincies|de\s+provincies?|werkgevers|werknemers|de\s+werkgever|aanbieders|"
    # those a service serves: "De cliënten zijn gestart met het terugbetalen"
    r"(?:de\s+)?(?:cliënten|klanten|burgers|inwoners|aanvragers|uitkeringsgerechtigden|werkzoekenden|ondernemers)|"
    r"(?:de\s+)?sociale\s+partners|bedrijven|het\s+bedrijfsleven|tennet|schiphol|de\s+sector|partijen|de\s+partijen|"
    r"(?:de\s+)?(?:[A-Z][\w-]*\s+)?(?:president|premier|regering\s+van\s+[A-Z]\w+)|azerbeidzjan|armenië|rusland|china|iran|"
    r"de\s+rechter|de\s+hoge\s+raad|het\s+hof|de\s+toezichthouder|toezichthouders|de\s+experts?|deskundigen|onderzoekers|"
    # the generic person ("als je nu berichten gaat verzenden")
    r"je|jij|men)"
)
_NONGOV_AFTER = re.compile(rf"^\s*(?:voorts\s+|ook\s+|daarna\s+|dan\s+)?{_NONGOV_NP}(?![\w-])", re.IGNORECASE)
_GOV_AFTER = re.compile(rf"^\s*(?:{_FIRST_PERSON}|{_GOV_NP})(?![\w-])", re.IGNORECASE)
_REPORTED = re.compile(
    # (also with the member named in apposition: "De ChristenUnie, mevrouw Bikker, vraagt de regering …")
    rf"^\s*(?P<pre>(?:\w+,?\s+){{0,3}}?){_NONGOV_NP},?\s+(?:\w+\s+){{0,2}}?"
    r"(?:stelde|stelt|gaf|geeft|meldde|meldt|zei|zegt|verwacht|verwachtte|schreef|schrijft|kondigde|kondigt|liet|laat\s+weten|"
    r"adviseert|adviseerde|vraagt|vroeg|verzoekt|heeft|hebben|wil|wilde|beraadt|deelde|deelt)\b"
    # (not where the first person follows the verb: then the phrase is a fronted object, "De heer Omtzigt wil ik
    # toezeggen dat ...")
    r"(?!\s+(?:ik|we|wij)\b)",
    re.IGNORECASE,
)



def _reported(s: str) -> bool:
    """A sentence that reports what a third party says or does ("De gemeenten stelden voor ...").
    A noun phrase governed by a preposition ("Samen met deze partijen wil ik ...", "Met de sector
    heeft het kabinet ...") is a fronted adverbial, not the subject: the subject follows the verb."""
    m = _REPORTED.match(s)
    return bool(m) and not _GOVERNED.search(m.group("pre"))


# --- rejections ---------------------------------------------------------------

# a main clause whose subject (a noun phrase, not the government) says or finds something, and whose
# "dat"-clause carries what is said: "De evaluator merkt hierbij op dat ...", "Het rapport concludeert dat ..."
_SAYS_THAT = re.compile(
    # the subject: a noun phrase with a determiner, or a name written as an acronym ("UNL geeft aan dat ...")
    r"^\W*(?:\d+\s+)?((?:de|het|een|deze|dit)\s+(?:[\w-]+\s+){0,3}?|(?-i:[A-Z]{2,}[\w&-]*)\s+(?:[\w-]+\s+){0,2}?|(?:ze|zij|hij)\s+)"
    r"(?:merkt|merken|stelt|stellen|concludeert|concluderen|constateert|constateren|schrijft|schrijven|signaleert|"
    r"signaleren|meldt|melden|adviseert|adviseren|beveelt|bevelen|wijst|wijzen|benadrukt|benadrukken|geeft|geven|"
    r"vindt|vinden|meent|menen|verwacht|verwachten)\b(?:\s+[\w-]+){0,4}?\s+(?:op|aan|vast|erop|aan\s+te\s+bevelen)?\s*dat\b",
    re.IGNORECASE,
)

# a consequence drawn from what precedes ("Dit betekent dat er een heffing zal komen"): the "dat"-clause
# states an effect, not an act, unless the government is its subject ("Dit betekent dat ik ... zal")
_ENTAILS = re.compile(
    r"^\W*(?:dit|dat|het|deze|die)\s+(?:[\w-]+\s+){0,2}?(?:betekent|betekenen|impliceert|impliceren|houdt\s+in|houden\s+in)"
    r"\s+(?:\w+\s+){0,2}?dat\b(.*)$|"
    # the same for what is judged desirable or needed ("Daarnaast is het van belang dat problemen ... worden
    # opgepakt"): the complement of an evaluative predicate states a norm, not an act
    r"^\W*(?:(?:\w+\s+){0,2}?(?:is|blijft)\s+het|het\s+(?:is|blijft))\s+(?:\w+\s+){0,2}?"
    r"(?:van\s+(?:groot\s+)?belang|belangrijk|wenselijk|noodzakelijk|nodig|essentieel|cruciaal|goed|zaak)\s+dat\b(.*)$|"
    # and for what a law or document lays down ("In de Wtp staat vastgelegd dat ... zal worden ..."): a rule
    r"^\W*in\s+(?:de|het|deze|dit)\s+(?:[\w-]+\s+){1,4}?(?:staat|is|wordt|zijn|worden)\s+(?:\w+\s+)?"
    r"(?:vastgelegd|beschreven|opgenomen|bepaald|geregeld|vermeld|neergelegd)\s+dat\b(.*)$",
    re.IGNORECASE,
)

_MOTION = re.compile(
    r"\b(?:verzoekt\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris|de\s+ministers)|"
    r"roept\s+(?:de\s+regering|het\s+kabinet)\b.*\bop\b|constaterende(?:,)?\s+dat|overwegende(?:,)?\s+dat|"
    r"spreekt\s+uit\s+dat|gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag|van\s+mening\s+dat\s+.*\bverzoekt|"
    # the Kamer's voice in a verslag or debate: "We willen de regering vragen naar haar visie"
    r"\bde\s+regering\s+(?:te\s+)?(?:vragen|verzoeken)\b|\b(?:motie|amendement)\s+(?:vraagt|verzoekt)\b|"
    # a motie's request reported: "In die motie wordt het kabinet gevraagd ...", "waarin de regering wordt verzocht"
    r"\bwordt\s+(?:het\s+kabinet|de\s+regering)\s+(?:gevraagd|verzocht)\b|\b(?:het\s+kabinet|de\s+regering)\s+wordt\s+(?:gevraagd|verzocht)\b|"
    # and with the motie opening the sentence: "Er wordt in de motie verzocht om dat geld te zoeken in …", "In de motie
    # wordt overigens ook gevraagd om …" (not "Ik doe wat in de motie wordt gevraagd")
    r"^\W*(?:er\s+)?(?:wordt|werd)\s+(?:er\s+)?in\s+(?:de|deze|die)\s+motie\s+(?:\w+\s+){0,2}?(?:gevraagd|verzocht)\b|"
    r"^\W*in\s+(?:de|deze|die)\s+motie\s+(?:wordt|werd)\s+(?:\w+\s+){0,3}?(?:gevraagd|verzocht)\b)",
    re.IGNORECASE,
)
# "waar nodig", "zo nodig", "indien nodig", "waar mogelijk": a scope or a hedge, see _HEDGE_START
_HEDGE = r"(?:waar|zo|indien)\s+(?:nodig|mogelijk)"
_CONDITION_START = re.compile(
    # "als" + a role or a part ("Als onderdeel hiervan", "Als gevolg van", "Als kabinet") is no condition
    # (also after a conjunction: "Dus als u zegt ...", "Maar als we kijken naar ...")
    r"^\W*(?:\d{1,2}\s+)?(?:(?:dus|maar|en|want)\s+)?(?:indien|mocht|mochten|als(?!\s+(?:onderdeel|gevolg|uitvloeisel|eerste|tweede|laatste|volgende|kabinet|minister|staatssecretaris|regering|overheid|rijksoverheid|rijk|ministerie|nederland)\b)|wanneer|zodra|op\s+het\s+moment\s+dat|tenzij|in\s+geval|ingeval|in\s+het\s+geval|stel\s+dat|mits|"
    rf"{_HEDGE}|eventueel|daar\s*waar|"
    r"voor\s+zover|voorzover|ook\s+als|zelfs\s+als)\b",
    re.IGNORECASE,
)
# "Waar nodig/mogelijk …": in an answer a routine's scope ("Waar nodig worden de voorstellen verbeterd"), in a
# document that sets out policy a hedge on a plan ("Waar mogelijk neemt het kabinet maatregelen aan de grens")
_HEDGE_START = re.compile(rf"^\W*{_HEDGE}(?:\s+en\s+(?:nodig|mogelijk))?\b", re.IGNORECASE)
# "Zodra/Wanneer het onderzoek is afgerond, ...": a moment that will come, not a condition
_TEMPORAL_START = re.compile(
    r"^\W*(?:(?:dus|maar|en|want)\s+)?(?:zodra|wanneer|nadat|als)\b[^,;?]{0,120}?\b(?:(?:is|zijn)\s+(?:\w+\s+)?(?:afgerond|gereed|klaar|bekend|"
    r"beschikbaar|verschenen|gepubliceerd|ontvangen|vastgesteld|opgeleverd|afgelopen)|(?:afgerond|gereed|klaar|bekend|"
    r"beschikbaar|binnen|verschenen|opgeleverd)\s+(?:is|zijn)|"
    # clarity reached is a moment too: "Als er helderheid is over de vervolgstappen, zal ik de Kamer … informeren"
    r"(?:er\s+)?(?:meer\s+)?(?:helderheid|duidelijkheid)\s+(?:is|bestaat))\b|"
    # "zodra" a result is there: "Zodra de onderzoeksresultaten er zijn, voeren we daar het gesprek over",
    # "Zodra er een analyse van het Planbureau ligt, bekijkt de staatssecretaris ..."
    r"^\W*(?:(?:dus|maar|en|want)\s+)?zodra\b[^,;?]{0,120}?\b(?:er\s+(?:is|zijn)|ligt|liggen)\b",
    re.IGNORECASE,
)
# "Wanneer/Zodra/Nadat de regels worden aangepast, zal ...": a clause of time (not "als", "indien", "mocht")
# before a main clause in the future tense names the moment of what will be done, not a condition
_WHEN_FUTURE = re.compile(r"^\W*(?:(?:dus|maar|en|want)\s+)?(?:wanneer|zodra|nadat|op\s+het\s+moment\s+dat)\b(?:(?!\b(?:zou|zouden|mocht|indien|als)\b)[^;?]){0,160}?\b(?:zal|zullen)\b", re.IGNORECASE)
# "als" before a noun and the main clause's verb with no comma or dash between is "as", not "if": "Als land willen
# we dat onderzoek stimuleren", "Als één overheid bestrijden we kinderarmoede" (a fronted condition ends at a comma)
# (a condition's subject is most often a pronoun or has an article: "als we … gaan", "als de resultaten …")
_AS_A_ROLE = re.compile(
    r"^\W*(?:(?:dus|maar|en|want)\s+)?als\s+(?!(?:we|wij|ik|u|je|jij|hij|zij|ze|het|de|dit|dat|deze|die|er|men|een|mij|ons|"
    r"iemand|iets|alles|niets|daar|hier|dan|nu|straks|morgen|ook)\b)(?:[^,;:—–-]|(?<=\w)-(?=\w))*$", re.IGNORECASE)
_ALS_DAN = re.compile(r"\bals\b[^.;]{3,120},\s*dan\b", re.IGNORECASE)
# a condition that is the Kamer's wish makes an offer, which the labellers count as a toezegging: "Als de heer
# Koerhuis daar prijs op stelt, wil ik dat doen", "Als mevrouw Kröger ... wil, dan zal ik die de Kamer doen toekomen"
_KAMER_WISH = re.compile(
    r"^\W*(?:(?:dus|maar|en)\s+)?(?:als|indien|mocht|mochten)\s+(?:u|uw\s+kamer|de\s+kamer|de\s+heer\s+[\w-]+(?:\s+[\w-]+)?|"
    r"mevrouw\s+[\w-]+(?:\s+[\w-]+)?|het\s+(?:de\s+heer|mevrouw)\s+[\w-]+)\s+(?:[^,;.]{0,80}?\s)?"
    r"(?:wil|wilt|willen|wenst|wensen|prijs\s+(?:op\s+)?(?:stelt|stellen)|behoefte\s+(?:aan\s+)?heeft|helpt)\b[^,;.]{0,40}[,;]",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(r"\b(?:zou|zouden|zoudt)\b", re.IGNORECASE)
_CITED = re.compile(
    r"\b(?:is|zijn|werd|werden|heb|heeft|hebben|had|hadden)\b[^.;]{0,80}?\btoegezegd\b|"
    r"\btoegezegd\b[^.;]{0,40}\b(?:is|heeft|werd)\b",
    re.IGNORECASE,
)
# a "dat" right after the verb and before an adverb is its demonstrative object, no subordinator (whose subject would
# follow): "Ik betrek dat ook bij de gesprekken", "Wij coördineren dat heel nauw met …"
_DEMONSTRATIVE_MIDDLE = r"(?:ook|heel|wel|nu|graag|zeker|natuurlijk|nog|echt|zo|even|toch|gewoon|verder|daarom|uiteraard|samen|zelf|direct|meteen|sowieso)\b"
_NEGATION = re.compile(r"\b(?:niet|geen|nooit|niets|niks)\b", re.IGNORECASE)
# a purpose clause, whose negation is its own: "Om geen tijd te verliezen start het kabinet een traject"
_PURPOSE_CLAUSE = re.compile(r"\bom\s+[^,.;:]{0,80}?\bte\s+[a-zë]+\b", re.IGNORECASE)


# where a clause of its own begins: after a semicolon, or "en"/"maar" before a new subject
# ("Op korte termijn gaat dat niet, maar we gaan een poging doen", "… dat er een verschil zou zijn en ik ga dat
# nu laten uitzoeken")
_CLAUSE_JOIN = re.compile(r";|,?\s(?:en|maar|want|dus)\s(?=(?:ik|we|wij|u|het\s+kabinet)\b)", re.IGNORECASE)


def _looking_back(s: str, pos: int, width: int) -> int:
    """The start of the `width` characters before `pos`, not reaching back past the clause `pos` stands in."""
    start = max(0, pos - width)
    joins = [j.end() for j in _CLAUSE_JOIN.finditer(s, start, pos)]
    return joins[-1] if joins else start


def _blank(m: re.Match) -> str:
    """The match as spaces: offsets stay as they were."""
    return " " * len(m.group(0))

# --- cues ---------------------------------------------------------------------

_NOT_VERB = (
    r"(?!(?:een|geen|en|hen|ten|reden|redenen|heden|beiden|anderen|velen|allen|sommigen|tien|zeven|negen|even|tegen|boven|beneden|binnen|buiten|alleen|meteen|tussen|open|"
    r"eigen|gezien|sinds|omdat|zoveel|samen|wegen|mensen|jaren|maanden|weken|dagen|kosten|middelen|gemeenten|regelingen|"
    r"maatregelen|partijen|afspraken|organisaties|ondernemers|voorstellen|plannen|gevolgen|problemen|uitkomsten|"
    r"resultaten|mogelijkheden|vragen|toezeggingen|moties|signalen|stappen|taken|regels|gegevens)\b)"
)
# an infinitive (or a plural noun: checked by position), also of the verbs in "-aan" ("stilstaan", "nagaan")
_INF = _NOT_VERB + r"(?:[a-zëïöüéè]+(?:en|ën)|[a-zëïöüéè]*(?:g|st|sl)aan)"
_INFORM = (
    r"(?:informeren|inlichten|berichten|rapporteren|toesturen|sturen|zenden|toezenden|verzenden|ingaan|"
    r"terugkomen|terugkoppelen|laten\s+weten|op\s+de\s+hoogte\s+(?:brengen|stellen|houden)|verslag\s+(?:doen|uitbrengen)|"
    r"aanbieden|voorleggen|informeren\s+over|infomeren|melden|schetsen|toelichten|uiteenzetten|"
    r"beantwoorden|reageren|toezeggen|een\s+(?:brief|reactie|kabinetsreactie|beleidsreactie)\s+sturen|(?:doen\s*)?toekomen|(?<=kamer\s)delen)"
)
# "te" + a verb of informing, also with its particle split off and "kunnen" between: "te informeren",
# "toe te (kunnen) sturen", "aan te bieden", "op de hoogte te brengen", "in te gaan op"
_INFORM_TE = (
    r"(?:(?:toe|na|door)\s+te\s+(?:kunnen\s+)?(?:sturen|zenden)|aan\s+te\s+(?:kunnen\s+)?bieden|voor\s+te\s+(?:kunnen\s+)?leggen|"
    r"terug\s+te\s+(?:kunnen\s+)?(?:koppelen|komen)|in\s+te\s+(?:kunnen\s+)?gaan|toe\s+te\s+(?:kunnen\s+)?lichten|"
    r"op\s+de\s+hoogte\s+te\s+(?:kunnen\s+)?(?:brengen|stellen|houden)|verslag\s+te\s+(?:kunnen\s+)?(?:doen|uitbrengen)|"
    r"te\s+(?:kunnen\s+)?" + _INFORM + r")"
)
_POLICY_PARTICIPLE = (
    r"(?:uitgewerkt|meegenomen|ontwikkeld|opgesteld|gemaakt|voorbereid|bezien|onderzocht|verkend|verstevigd|"
    r"versterkt|ingevoerd|aangepast|uitgebreid|geëvalueerd|opgepakt|uitgevoerd|gestart|opgezet|ingericht|"
    r"geïntensiveerd|uitgebouwd|doorontwikkeld|herzien|verbeterd|vereenvoudigd|gerealiseerd|geïmplementeerd|"
    r"ingediend|gepubliceerd|vastgesteld|gewijzigd|afgerond|opgericht|bekeken|nagegaan|uitgezocht|getoetst|"
    r"betrokken|geïnventariseerd|in kaart gebracht|voortgezet|gecontinueerd|verhoogd|verlaagd|uitgebreid)"
)
_POLICY_VERB_PRESENT = (
    r"(?:verkent|verkennen|onderzoekt|onderzoeken|bekijkt|bekijken|bezie|beziet|bezien|bestudeer|bestudeert|bestuderen|werkt|werken|"
    r"verstevigt|verstevigen|versterkt|versterken|intensiveert|intensiveren|ontwikkelt|ontwikkelen|"
    r"breidt|breiden|inventariseert|inventariseer|evalueert|evalueren|doe|doet|doen|zet|zetten|"
    r"investeert|investeren|ondersteunt|ondersteunen|steunt|steunen|stimuleert|stimuleren|volg|volgt|volgen|"
    r"neem|neemt|nemen|pak|pakt|pakken|bereid|bereidt|bereiden|voer|voert|voeren|stel|stelt|stellen)"
)
_INFORM_PART = (
    r"(?:geïnformeerd|geinformeerd|ingelicht|gerapporteerd|toegestuurd|gestuurd|toegezonden|gezonden|verzonden|"
    r"aangeboden|voorgelegd|teruggekoppeld|op\s+de\s+hoogte\s+(?:gebracht|gesteld|gehouden)|"
    # (shared with the Kamer: "… zal binnenkort met uw Kamer worden gedeeld")
    r"(?:(?<=kamer\s)|(?<=kamer\swordt\s)|(?<=kamer\sworden\s))gedeeld)"
)
# nouns of work that is carried out: the object of "voert ... uit", the subject of "loopt momenteel"
_UNDERTAKING = (
    r"(?:onderzoek|onderzoeken|vervolgonderzoek|testen|tests|proeven|proef|pilot|pilots|controles|inspecties|"
    r"gesprek|gesprekken|overleg|overleggen|verkenning|verkenningen|evaluatie|evaluaties|analyse|analyses|inventarisatie|"
    r"consultatie|consultaties|studie|studies|traject|trajecten|procedure|procedures|aanbesteding|programma|campagne|metingen|audit|audits)"
)
# nouns of a process of the government that takes place at a moment: the subject of "zal ... plaatsvinden",
# "vindt ... plaats" ("zal besluitvorming over de vergoedingen plaatsvinden", "Eind december vindt een eerste
# overleg plaats"), also as the head of a compound ("In de komende maand vindt er een driehoeksoverleg plaats",
# "vindt daar weer een bestuurlijke gespreksronde over plaats")
_PROCESS = (
    r"(?:[a-zë]+-?)??(?:besluitvorming|besluit|herijking|heroverweging|afweging|bijeenkomst|bijeenkomsten|werkbezoek|"
    r"ronde|rondes|gespreksronde|werksessie|werksessies|kick-off|" + _UNDERTAKING[3:]
)
# nouns of work that is built or carried out over time: the subject of "liggen op schema", "lopen nog"
_WORKS = (
    r"(?:werkzaamheden|werken|voorbereidingen|voorbereiding|bouw|aanleg|renovatie|verbouwing|uitvoering|"
    r"implementatie|invoering|uitrol|ontwikkeling|project|projecten|uitwerking|herziening|verkenningen?|besprekingen|onderhandelingen)"
)
# participles of expecting and judging: "wordt op dit moment verwacht" is a forecast, not work under way
_BELIEF_PARTICIPLE = r"(?:verwacht|gedacht|geschat|aangenomen|gezien|beschouwd|ervaren|gevonden|geacht|vermoed|gevreesd|gehoopt|erkend|herkend|begrepen|gewaardeerd)"
# participles of an outcome that comes about rather than an act ("wordt in 2030 gehaald / bereikt") and of
# saying within the text ("Gewezen wordt op ...", "Benadrukt wordt ...")
_OUTCOME_PARTICIPLE = r"(?:bereikt|gehaald|behaald|overschreden|onderschreden|overtroffen)"
_SAYING_PARTICIPLE = (
    r"(?:gewezen|verwezen|benadrukt|opgemerkt|gemeld|vermeld|gesteld|aangegeven|genoemd|geconstateerd|geconcludeerd|"
    r"toegelicht|beschreven|herhaald|onderstreept|aangetekend|gezegd|verondersteld|voorgesteld)"
)
_PARTICIPLE = r"(?:[a-zë]{0,6}(?:ge|ver|be|ont|her|er)[a-zëï]+(?:d|t|en))"
_HABITUAL = re.compile(
    r"\b(?:jaarlijks|altijd|steeds|doorgaans|in\s+de\s+regel|gebruikelijk|regelmatig|telkens|elk\s+jaar|ieder\s+jaar|"
    r"wekelijks|maandelijks|dagelijks|standaard|normaliter|veelal|vaak|bijvoorbeeld|voortdurend|continu|doorlopend|"
    r"in\s+(?:veel|de\s+meeste)\s+gevallen)\b",
    re.IGNORECASE,
)



def _habitual(s: str, marks: re.Pattern = _HABITUAL) -> bool:
    """Whether the sentence tells of a routine (`_HABITUAL`, or `_PERIODIC`); "bijvoorbeeld door ..." gives an
    example of the means ("De asielprocedures worden verkort, bijvoorbeeld door het verkorten van de
    beroepstermijn"), no routine."""
    for m in marks.finditer(s):
        if not (m.group(0).lower() == "bijvoorbeeld" and (_MEANS_EXAMPLE.match(s, m.end()) or _NOUN_EXAMPLE.search(s, 0, m.start()))):
            return True
    return False


_MONEY_USED = re.compile(r"(?:wordt|worden)\s+(?:\w+\s+){0,2}?(?:een\s+)?deel\s+gebruikt\s+(?:voor|om)\b", re.IGNORECASE)
_MEANS_EXAMPLE = re.compile(r"\s+(?:door|via|middels)\b", re.IGNORECASE)
_NOUN_EXAMPLE = re.compile(r"\b(?:waaronder|zoals)\s+$", re.IGNORECASE)  # "waaronder bijvoorbeeld datacenters"
_PERIODIC = re.compile(
    r"\b(?:jaarlijks|elk\s+jaar|ieder\s+jaar|wekelijks|maandelijks|dagelijks|standaard|normaliter|in\s+de\s+regel|in\s+de\s+praktijk|doorgaans|"
    r"gebruikelijke?|bijvoorbeeld|normaal\s+gesproken|eens\s+(?:per|in\s+de)\s+(?:\w+\s+)?(?:jaar|maand|maanden|week|weken)|"
    r"(?:elke|iedere)\s+(?:twee|drie|vier|vijf|zes|tien)\s+(?:jaar|maanden|weken)|(?:elke|iedere)\s+keer)\b",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(r"\b(?:regelmatig|geregeld|vaak|dikwijls|periodiek|frequent|voortdurend|doorlopend|continu|structureel)\b", re.IGNORECASE)
_RECENT_SPAN = re.compile(
    r"\b(?:de|het)\s+(?:afgelopen|laatste|voorbije)\s+(?:\w+\s+)?(?:tijd|dagen|weken|maanden|jaren|jaar|periode)\b|\bsinds\b|\brecent(?:elijk)?\b",
    re.IGNORECASE,
)
_LIGHT_IDIOM = re.compile(
    r"\b(?:melding|gebruik|misbruik|onderscheid|aanspraak|bezwaar|gewag|sprake|kenbaar|duidelijk)\s+"
    r"(?:(?:wordt|worden|werd|werden|is|zijn)\s+)?(?:[\w’'-]+\s+){0,3}?gemaakt\s*$",
    re.IGNORECASE,
)
_EVERY = re.compile(r"\b(?:elk|elke|ieder|iedere|per)\s+(?:jaar|voorjaar|najaar|kwartaal|maand|week|halfjaar|zomer|winter|keer)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:moet|moeten|dient|dienen|kan|kunnen|mag|mogen|hoeft|hoeven|zou|zouden)\b", re.IGNORECASE)

_CUES: list[tuple[frozenset[str], str, str, re.Pattern]] = []  # (trigger words, kind, subject rule, pattern)


def _cue(triggers: str, kind: str, rule: str, rx: str) -> None:
    """A cue; its pattern is only tried when one of the trigger words occurs in the sentence (for speed)."""
    _CUES.append((frozenset(triggers.split()), kind, rule, re.compile(rx, re.IGNORECASE)))


# promise: an undertaking towards the Kamer
_cue("blijf blijft blijven", "promise", "gov", rf"\b(?P<fin>blijf|blijft|blijven)\b[^.;,?]{{0,100}}?\b{_INFORM}(?=\s*[.,;]|\s*$|\s+(?:over|via|per|met|in)\b)")
_cue("zal zullen ga gaan gaat", "promise", "gov", rf"\b(?P<fin>zal|zullen|ga|gaan|gaat)\b(?:(?!\bdie\b|\bdat\b|[;?])[^.;]){{0,160}}?\b{_INFORM}\b")
_cue("zeg zeggen", "promise", "gov", r"\b(?:zeg|zeggen)\s+(?:ik|wij|we)\b[^.;]{0,120}\btoe\b")
_cue("zeg zeggen", "promise", "gov", r"\b(?:ik|wij|we)\s+(?:zeg|zeggen)\b[^.;]{0,120}\btoe\b")
_cue("toezeggen", "promise", "gov", r"\b(?:(?P<fin>kan|kunnen|wil|willen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?P<fin2>kan|kunnen|wil|willen))\b[^.;?]{0,60}\btoezeggen\b")
_cue("kom komen", "promise", "gov", r"\b(?:kom|komen)\s+(?:ik|wij|we)\b[^.;]{0,80}\bterug\b")
_cue("kom komen", "promise", "gov", r"\b(?:ik|wij|we)\s+(?:kom|komen)\b[^.;]{0,80}\bterug\b")
# leave asked to answer later is the answer offered: "Voorzitter, mag ik hier in mijn tweede termijn op terugkomen?"
# (the question `ruled_out` lets through)
_LEAVE_TO_RETURN = r"\b(?P<fin>mag)\s+(?:ik|wij|we)\s+(?:[\w’'-]+\s+){0,10}?(?:op\s+)?terugkomen\s*\?"
_cue("terugkomen", "promise", "gov", _LEAVE_TO_RETURN)
# (triggered by "terug", which it needs: the government's names are a long alternation)
_cue("terug", "promise", "gov", rf"\b(?P<fin>komt|komen)\s+{_GOV_NP}(?![\w-])[^.;]{{0,80}}\bterug\b(?!\s+(?:van|uit)\b)|(?<![\w-]){_GOV_NP}\s+(?P<fin2>komt|komen)\b[^.;]{{0,80}}\bterug\b(?!\s+(?:van|uit)\b)")
_cue("toezegging", "promise", "gov", r"\bdit\s+is\s+een\s+toezegging\b")
# the toezegging as a pseudo-cleft: "Wat ik toezeg, is dat ik de minister van BZK vraag om …", "Wat ik wel kan toezeggen, is dat …"
_cue("toezeg toezeggen", "promise", "gov",
     r"\bwat\s+(?:ik|wij|we)\s+(?:(?:u|wel|dus|nu|graag)\s+)*(?:(?P<fin>toezeg|toezeggen)|(?P<fin2>kan|kunnen|wil|willen)\s+(?:(?:u|wel|dus|graag)\s+)*toezeggen)"
     r"\s*,?\s+is\s+(?:dat|om)\b")
# the performative toezegging ("Die toezegging doe ik dus graag", "Ja, die toezegging kan ik doen") and the Kamer as the one that will receive
# ("De Kamer zal horen welke mijn inspanningen zullen zijn", "Uw Kamer zal voor de zomer een brief ontvangen")
_cue("toezegging", "promise", "gov",
     r"\b(?:de|die|deze|een|die\s+laatste)\s+toezegging\s+(?:(?P<fin>doe|geef)\s+ik\b|(?P<fin3>kan|wil)\s+ik\s+(?:(?:wel|graag|u|ook|best)\s+){0,2}(?:doen|geven)\b)|\bik\s+(?P<fin2>doe|geef)\s+(?:u\s+|de\s+kamer\s+)?(?:graag\s+)?(?:de|die|deze|een)\s+toezegging\b")
_cue("zal zullen", "promise", "kamer_receives",
     r"\b(?:de|uw)\s+kamer\s+(?P<fin>zal)\s+(?:[\w’'-]+\s+){0,8}?(?:vernemen|horen|ontvangen|krijgen|tegemoet\s+kunnen\s+zien)\b")
# target: a goal, norm or target value (not one owned by a third party: "hun/haar ambitie")
# "X heeft als doel": the goal is the predicate. In "heeft ... sancties ingesteld met als doel ..." the finite
# verb is the auxiliary of a completed act and "met als doel" a purpose adverbial: no target.
_cue("doel", "target", "goal", r"\b(?P<fin>heeft|hebben|heb)\b[^.;]{0,60}?\b(?<!\bmet\s)(?:als|tot)\s+doel\b")
_cue("doelstelling streefcijfer streefcijfers streefwaarde streefwaarden streefdoel ambitie", "target", "any", r"(?<!dan\s)(?<!\bhun\s)(?<!\bhaar\s)(?<!\bzijn\s)\b(?:de\s+|het\s+|een\s+|onze\s+|mijn\s+)?(?:doelstelling|streefcijfers?|streefwaarden?|streefdoel|ambitie)\b(?:\s+\w+){0,8}?\s+(?:is|zijn|blijft|luidt|ligt)\b"
     # not the perfect passive of reaching it, a result: "Deze doelstelling is met 712 interventies behaald"
     r"(?!(?:\s+(?!(?:dat|om|te|wordt|worden)\b)[\w-]+){0,8}?\s+(?:behaald|gehaald|gerealiseerd|bereikt|voldaan|overschreden)\b)")
_cue("doelstelling streefcijfer streefcijfers ambitie", "target", "any", r"\b(?:doelstelling|streefcijfers?|ambitie)\b[^.;]{0,40}\bis\s+(?:uitgewerkt|vastgelegd|vastgesteld|verhoogd|bepaald)\b")
# the government's own goal named as such, by a first-person possessive: "bijdragen aan onze ambitie om als
# Nederland in 2050 klimaatneutraal te zijn", "Mijn doel is ...": a target wherever it stands in the sentence
_cue("ambitie doel doelstelling streven", "target", "any",
     r"\b(?:onze|mijn|ons)\s+(?:[a-zë]+\s+)?(?:ambitie|doel|doelstelling|streven)\s+(?:om\s|is\s|(?=[^.;?]{0,120}?\bte\s+[a-zë]+\b))")
# a state that must come about, stated in a main clause: a modal of necessity and the copula "worden" with
# a predicate noun or adjective, closing the sentence ("Nederlands moet weer de norm worden"); not a
# passive ("moet worden voorkomen": a participle), not an obligation put on someone else
_cue("moet moeten", "target", "norm_state",
     r"^\W*(?:(?:de|het|dit|deze)\s+)?(?:[\w-]+\s+){0,2}?(?P<fin>moet|moeten)\s+(?:(?:weer|ook|nu|dan|dus|daarom|juist)\s+)*"
     r"(?P<pred>(?:(?:de|het|een)\s+)?(?:[a-zë-]+\s+){0,2}?)worden\s*[.!]?$")
# attention the government keeps for something: "Daarbij houden we ook oog voor ...", "Daarnaast hebben we
# speciale aandacht voor jongeren" (not "Dit heeft mijn aandacht": there the matter is the subject; not a
# minister's own "ik heb oog voor de zorgen", which is sympathy)
_cue("aandacht oog", "plan", "gov_np",
     r"\b(?P<fin>heeft|hebben|houdt|houden)\s+(?:(?:we|wij|het\s+kabinet|het\s+rijk)\s+)?"
     r"(?:(?:ook|daarbij|hierbij|nadrukkelijk|speciale|bijzondere|blijvende|extra|volop|veel|nog|steeds|de|voortdurend)\s+)*"
     r"(?:aandacht|oog)\s+voor\b")
# the government asks another party to act: "Het Rijk vraagt provincies stevig in te zetten op ...", "We
# verzoeken provincies ... te bevorderen", "Grootverbruikers vragen we ... te reduceren", "Het kabinet zal de
# Commissie vragen hoe ...", "wil de Commissie vragen om ..."; not "vraag me af", not a request to the Kamer
_ASKED = r"(?!(?:me|mij|ons|zich|u|uw|jullie|de\s+kamer|de\s+voorzitter|mevrouw|de\s+heer|het\s+lid)\b)"
_cue("vraag vraagt vragen verzoek verzoekt verzoeken", "plan", "gov_np",
     rf"(?<!\bhet\s)(?<!\been\s)(?<!\bdit\s)(?<!\bdat\s)(?<!\bde\s)(?<!\bdeze\s)(?<!\bdie\s)(?<!\bons\s)(?<!\bmijn\s)"
     rf"\b(?P<fin>vraag|vraagt|vragen|verzoek|verzoekt|verzoeken)\s+(?:(?:we|wij|ik|het\s+kabinet|het\s+rijk)\s+)?{_ASKED}"
     rf"(?:(?!(?:dat|die|of|hoe|wat|waar\w*|naar|over)\b)[\w’'%-]+,?\s+){{1,12}}?(?:om\s+(?:[\w’'%-]+\s+){{0,6}}?)?(?:[\w’'%-]+\s+){{0,3}}?te\s+[a-zë]+en\b")
_cue("vragen verzoeken", "plan", "gov",
     rf"\b(?P<fin>zal|zullen|wil|willen|ga|gaan|gaat)\s+(?:(?:ik|we|wij)\s+)?{_ASKED}(?:[\w’'-]+\s+){{1,6}}?(?:vragen|verzoeken)\s+(?:om|hoe|of|naar|te)\b")
_cue("streef streeft streven beoog beoogt beogen", "target", "gov", r"\b(?P<fin>streef|streeft|streven|beoog|beoogt|beogen)\b")
# a state the government wants for a year: "Nederland wil in 2050 volledig circulair zijn"
_cue("wil willen", "target", "gov", r"\b(?P<fin>wil|willen)\b[^.;,]{0,80}?\bin\s+20\d\d\b[^.;,]{0,60}?\b(?:zijn|worden)\s*[.;]?$")
_cue("wil willen", "target", "gov", r"\b(?P<fin>wil|willen)\b[^.;,]{0,80}?\b(?:toegankelijk|betaalbaar|beschikbaar|veilig|laag|hoog|op\s+peil|gezond|houdbaar)\s+(?:houden|maken|blijven)\b")
# progress: work started or under way
_cue("bezig", "progress", "any", r"\b(?P<fin>is|zijn|ben)\b[^.;]{0,60}?\bbezig\s+(?:met|om)\b")
# looking for a way is work under way: "Ik ben dus op zoek naar manieren om daaraan tegemoet te komen", "Daar ben ik
# oprecht naar op zoek"
_cue("zoek", "progress", "gov", r"\b(?P<fin>ben|zijn)\b(?:(?!\b(?:continu|steeds|altijd|voortdurend|telkens)\b)[^.;?]){0,40}?\bop\s+zoek\b(?!\s+(?:geweest|gegaan)\b)")
# keeping the Kamer informed, said in the present: "Wat straffen op maat betreft houden we uw Kamer op de hoogte via de
# voortgangsrapportages"
_cue("hoogte", "promise", "gov", r"\b(?:(?:ik|we|wij)\s+(?P<fin>houd|hou|houden)|(?P<fin2>houd|hou|houden)\s+(?:ik|we|wij))\s+"
     r"(?:u|uw\s+kamer|de\s+kamer|jullie)\s+(?:[^\s.;?]+\s+){0,4}?op\s+de\s+hoogte\b")
# the pronominal adverb split from its "mee" ("Nederland is daar zeer actief mee bezig"), and the verb at the
# end of a subordinate clause ("dat wij daar al volop mee bezig zijn", "dat we aan de slag zijn")
_cue("bezig", "progress", "any", r"\b(?P<fin>is|zijn|ben)\s+(?:daar|hier|er)\b[^.;,]{0,40}?\bmee\s+bezig\b|"
     r"^\W*(?:daar|hier)\s+(?P<fin2>is|zijn|ben)\b[^.;,]{0,60}?\bmee\s+bezig\b")
_cue("bezig aan", "progress", "gov", r"\b(?:bezig|aan\s+de\s+slag)\s+(?P<fin>ben|is|zijn)\b(?!\s+(?:geweest|gegaan)\b)")
# at work now: "Daar zijn we hard mee aan het werk", "we zijn nu volop bezig", "We zijn daarmee druk bezig"
_cue("werk bezig", "progress", "gov",
     r"\b(?P<fin>ben|zijn)\s+(?:ik|we|wij)\s+(?:[^\s.;?,]+\s+){0,6}?(?:aan\s+het\s+werk|bezig)\b(?!\s+(?:geweest|met\s+de\s+vraag)\b)|"
     r"\b(?:ik|we|wij)\s+(?P<fin2>ben|zijn)\s+(?:[^\s.;?,]+\s+){0,6}?(?:aan\s+het\s+werk|(?:volop|druk|hard|al|nu|daarmee|hiermee|ermee)\s+bezig)\b(?!\s+geweest\b)")
# going on with it: "Daar gaan we dit jaar ook mee door", "Dus daar ga ik mee door", "Daar blijven we mee doorgaan", also as a clause of its own
# after a colon ("Ik ben het ermee eens: daar gaan we mee door"); pressing on: "… en dat zet ik wel door"
_cue("door doorgaan", "progress", "gov",
     r"(?:^\W*(?:(?:dus|ja|nou|en|maar)\W+)?|[:;]\s*|\b(?:en|maar)\s+)(?:daar|hier)\s+(?P<fin>ga|gaan)\s+(?:ik|we|wij)\s+(?:[^\s.;?,]+\s+){0,4}?mee\s+(?:door|verder)\b|"
     # "we gaan daarmee verder", "gaan we hiermee door"
     r"\b(?:(?:ik|we|wij)\s+(?P<fin3>ga|gaan)|(?P<fin4>ga|gaan)\s+(?:ik|we|wij))\s+(?:(?:ook|dus|gewoon|zeker|echt|wel)\s+)?(?:daarmee|hiermee|ermee)\s+(?:door|verder)(?=\s*(?:[.;]|$))|"
     r"(?:^\W*|[:;]\s*|\b(?:en|maar)\s+)(?:dat|dit|die|het)\s+(?P<fin2>zet|zetten)\s+(?:ik|we|wij)\s+(?:(?:wel|ook|dus|gewoon|zeker|echt)\s+){0,2}door\b")
_cue("aan", "progress", "gov", r"\b(?P<fin>ben|is|zijn)\b[^.;]{0,80}?\baan\s+het\s+[a-zë]+en\b")
# (also with nothing after it, where the clause says on what or how hard: "Er wordt dag en nacht gewerkt", "Er wordt
# uitvoerig aan beleid gewerkt"; not a manner of working, "wordt zo veilig mogelijk gewerkt")
_cue("gewerkt", "progress", "gov_or_passive",
     r"\b(?P<fin>wordt|worden)\b(?:[^.;]{0,60}?\bgewerkt\s+aan\b|[^.;]{0,60}?\b(?:aan|hard|keihard|volop|nacht|uitvoerig)\b[^.;]{0,30}?\bgewerkt(?=\s*[.;!]?$))")
# (its object fronted, the passive impersonal, with no subject to weigh: "Aan die motie wordt gewerkt", "Aan die stap
# wordt vreselijk hard gewerkt")
_cue("gewerkt", "progress", "any",
     r"^\W*(?:(?:en|ook|maar|dus)\s+)?aan\s+(?:(?:die|deze|dat|dit|de|het)\s+)?(?:[\w’'-]+\s+){1,3}?(?P<fin>wordt|worden)\s+(?:[\w’'-]+\s+){0,3}?gewerkt\s*[.;]?$")
_cue("aan", "progress", "gov", r"\b(?P<fin>werk|werkt|werken)\b[^.;]{0,60}?\baan\b")
_cue("verkent verkennen onderzoekt onderzoeken inventariseert inventariseren evalueert evalueren bestudeert bestuderen", "progress", "gov_np", r"(?<!\bte\s)\b(?P<fin>verkent|verkennen|onderzoekt|onderzoeken|inventariseert|inventariseren|evalueert|evalueren|bestudeert|bestuderen)\b")
_cue("verken onderzoek inventariseer evalueer bekijk bezie", "progress", "gov", r"\b(?:ik\s+(?P<fin>verken|onderzoek|inventariseer|evalueer|bekijk|bezie)|(?P<fin2>verken|onderzoek|inventariseer|evalueer|bekijk|bezie)\s+ik)\b(?=\s+(?:momenteel|op\s+dit\s+moment|thans|nu)\b|(?![^.;]*\bof\b))"
     # not the debate's own look at a motie ("Met die positieve grondhouding bekijk ik ook zijn motie")
     r"(?![^.;]*\b(?:motie|moties|amendement|amendementen)\b)")
_cue("verken onderzoek bekijk bezie bekijken bezien onderzoeken", "plan", "gov", r"\b(?:(?:ik|we|wij)\s+(?P<fin>verken|onderzoek|bekijk|bezie|bekijken|bezien|onderzoeken)|(?P<fin2>verken|onderzoek|bekijk|bezie)\s+ik|(?P<fin3>bekijken|bezien|onderzoeken)\s+(?:we|wij))\b[^.;?]{0,80}?\bof\b")
_cue("gestart begonnen gezet gegaan opgestart", "progress", "any", r"\b(?P<fin>is|zijn)\b[^.;]{0,30}?\b(?:gestart|begonnen|in\s+gang\s+gezet|van\s+start\s+gegaan|opgestart)\b")
# the government side set work going: "In 2018 heeft BKWI al een aantal acties in gang gezet om …"
_cue("gezet", "progress", "gov", r"\b(?P<fin>heb|heeft|hebben)\b[^.;]{0,80}?\bin\s+gang\s+gezet\b")
# talks or work entered into and going on since: "Zoals aangekondigd ben ik inmiddels in gesprek gegaan met de stuurgroep"
# (not a talk that was: "is direct na haar aantreden in gesprek gegaan")
_cue("gegaan", "progress", "gov", r"\b(?P<fin>ben|bent|is|zijn)\b[^.;?]{0,30}?\b(?:inmiddels|intussen|ondertussen|al|reeds)\s+(?:[^\s.;?]+\s+){0,4}?"
     r"(?:in\s+gesprek|in\s+overleg|in\s+dialoog|aan\s+de\s+slag)\s+gegaan\b")
# an annual report tells of the year's work in the simple past: a start, preparations, first steps
# ("Medio 2017 startte het korps met …", "trof zij de eerste voorbereidingen", "zette het korps stappen om …",
# "Er zijn voorbereidingen getroffen om …", "is een begin gemaakt met …"); only there (see `_check`)
_ANNUAL_PAST = ("startte", "startten", "begon", "begonnen", "trof", "troffen", "zette", "zetten", "werkte", "werkten", "maakte", "maakten")
_cue("startte startten begon", "progress", "gov", r"\b(?P<fin>startte|startten|begon)\b[^.;]{0,60}?\b(?:met|aan)\b")
_cue("trof troffen", "progress", "gov", r"\b(?P<fin>trof|troffen)\b[^.;]{0,40}?\b(?:voorbereidingen|maatregelen\s+om)\b")
_cue("werkte werkten", "progress", "gov", r"\b(?P<fin>werkte|werkten)\b[^.;]{0,60}?\baan\b")
_cue("maakte maakten", "progress", "gov", r"\b(?P<fin>maakte|maakten)\b[^.;]{0,40}?\bbegin\b")
_cue("zette zetten", "progress", "gov", r"\b(?P<fin>zette|zetten)\b[^.;]{0,60}?\b(?:stappen|een\s+(?:eerste\s+)?stap)\b")
# the work itself began: "De werving begon in oktober 2017", "In 2017 startte de voorbereiding op de invoering"
_STARTED_WORK = r"(?:werving|invoering|voorbereiding(?:en)?|uitrol|implementatie|proef|pilot|aanbesteding|training(?:en)?|opleiding(?:en)?)"
_cue("startte startten begon begonnen", "progress", "any",
     rf"\b(?:de|het)\s+(?:[\w-]+\s+)?{_STARTED_WORK}\s+(?P<fin>startte|startten|begon|begonnen)\b|"
     rf"\b(?P<fin2>startte|startten|begon|begonnen)\s+(?:(?:in|per|medio)\s+(?:\w+\s+)?\d{{4}}\s+|ook\s+|toen\s+)?(?:de|het)\s+(?:[\w-]+\s+)?{_STARTED_WORK}\b")
_cue("getroffen gemaakt gelegd", "progress", "any", r"\b(?P<fin>is|zijn|werd|werden)\b[^.;]{0,40}?\b(?:voorbereidingen\s+getroffen|een\s+(?:eerste\s+)?begin\s+gemaakt|de\s+basis\s+gelegd)\b")
# a start the government has made: "Samen met de provincies hebben we al een goede start gemaakt"
_cue("gemaakt", "progress", "gov", r"\b(?P<fin>heb|hebben|heeft)\b[^.;?]{0,40}?\been\s+(?:(?:goede|eerste|vliegende)\s+)?(?:start|begin)\s+gemaakt\b")
# work that runs: "Dat onderzoek loopt op dit moment", "Er loopt een gesprek met de ouderenbonden", "Er lopen
# een aantal evaluaties" (not one that runs until a date, nor one someone else runs "van zo'n vier maanden")
_RUNNING_WORK = (r"(?:onderzoek|onderzoeken|gesprek|gesprekken|evaluatie|evaluaties|overleg|overleggen|project|projecten|pilot|pilots|"
                 r"traject|trajecten|gebiedsproces|verkenning|verkenningen|studie|studies|aanbesteding|uitvraag)"
                 # not the work of another body ("het onderzoek van de Inspectie", "door het OM")
                 r"(?!\s+(?:van|door)\s+(?:het|de)\s+(?!(?:kabinet|ministerie|rijk|minister|staatssecretaris)\b))")
_cue("loopt lopen", "progress", "any",
     rf"\b(?:dat|dit|het|die|deze|de|onze|mijn)\s+(?:[\w-]+\s+)?{_RUNNING_WORK}\s+(?:[\w-]+\s+){{0,3}}?(?P<fin>loopt|lopen)\b(?!\s+(?:tot|voorop|achter|uit|af|vast|weg|terug|mee|over)\b)|"
     rf"\b(?P<fin2>loopt|lopen)\s+(?:er\s+)?(?:(?:nu|momenteel|al|nog|inmiddels|ook|op\s+dit\s+moment)\s+)*"
     rf"(?:(?:een|diverse|verschillende|meerdere|enkele|een\s+aantal|twee|drie)\s+)?(?:(?!\d)[\w-]+\s+)?[\w-]*?{_RUNNING_WORK}\b(?!\s+van\s+(?:zo['’]n\s+)?\w+\s+(?:weken|maanden|jaar))|"
     # "Wij hebben een onderzoek lopen naar de tarieven"
     rf"\b(?:ik|we|wij)\s+(?P<fin3>heb|hebben)\s+(?:[\w-]+\s+){{0,2}}?{_RUNNING_WORK}\s+lopen\b")
_cue("voorbereiding uitvoering ontwikkeling gang gaande onderweg lopende wording maak", "progress", "any", r"\b(?P<fin>is|zijn)\s+(?:nog\s+|momenteel\s+|nu\s+|al\s+|inmiddels\s+|reeds\s+|op\s+dit\s+moment\s+|helemaal\s+|allemaal\s+|volop\s+|dus\s+(?:werk\s+)?)*(?:in\s+voorbereiding(?!\s+op\b)|in\s+uitvoering|in\s+wording|in\s+de\s+maak|in\s+ontwikkeling|in\s+(?:volle\s+)?gang|(?:volop\s+)?gaande|onderweg|lopende)\b")
# the work named between the verb and "gaande": "Er zijn gesprekken gaande over die balans", "is er een gesprek gaande om
# nader zicht te krijgen op …", "Bij VWS is dat onderzoek op dit moment gaande", "Er is een breder onderzoek aan de
# gang" (not "Er is een enorme loongroei gaande")
_cue("gaande gang", "progress", "any",
     rf"\b(?P<fin>is|zijn)\s+(?:(?!\d)[\w-]+\s+){{0,4}}?(?:[a-zë]+-?)?{_UNDERTAKING}\s+(?:(?!\d)[\w-]+\s+){{0,5}}?(?:gaande|aan\s+de\s+gang)\b")
# progress said to be made: "Er wordt goede voortgang geboekt", "Daar wordt goede voortgang op gemaakt", "boeken we voortgang"
_cue("voortgang", "progress", "any",
     r"\b(?P<fin>wordt|worden)\s+(?:er\s+)?(?:[\w-]+\s+){0,3}?voortgang\s+(?:op\s+|mee\s+)?(?:geboekt|gemaakt)\b|\b(?P<fin2>boek|boeken)\s+(?:ik|we|wij)\s+(?:[\w-]+\s+){0,3}?voortgang\b|"
     r"\b(?:ik|we|wij)\s+(?P<fin3>boek|boeken)\s+(?:[\w-]+\s+){0,3}?voortgang\b")
_cue("momenteel moment nu thans", "progress", "gov_or_passive", rf"\b(?P<fin>wordt|worden)\s+(?:\w+\s+){{0,8}}?(?:momenteel|op\s+dit\s+moment|nu|thans)\b(?:\s+\w+){{0,8}}?\s+{_POLICY_PARTICIPLE}\b")
_cue("momenteel moment thans", "progress", "gov_or_passive", rf"\b(?:momenteel|op\s+dit\s+moment|thans)\s+(?P<fin>wordt|worden)\s+(?:\w+\s+){{0,8}}?{_POLICY_PARTICIPLE}\b")
_cue("momenteel moment thans", "progress", "gov", rf"\b(?:momenteel|op\s+dit\s+moment|thans)\s+(?P<fin>{_POLICY_VERB_PRESENT})\s+(?:ik|wij|we)\b")
_cue("momenteel moment thans", "progress", "gov", rf"\b(?:ik|wij|we)\s+(?P<fin>{_POLICY_VERB_PRESENT})\s+(?:momenteel|op\s+dit\s+moment|thans)\b")
_cue("momenteel moment thans nu", "progress", "gov_np", rf"\b(?:momenteel|op\s+dit\s+moment|thans|nu)\s+(?P<fin>{_POLICY_VERB_PRESENT})\b(?=\s+{_GOV_NP}\b)|(?<=\s)(?P<fin2>{_POLICY_VERB_PRESENT})\s+(?:\w+\s+){{0,2}}?(?:momenteel|op\s+dit\s+moment|thans|nu)\b")
_cue("verstevigt versterkt intensiveert breidt ontwikkelt investeert", "progress", "gov_np", r"\b(?P<fin>verstevigt|versterkt|intensiveert|breidt|ontwikkelt|investeert)\b")
# plan: an intention or planned action
# a decision forced by circumstance is still a decision: "Daarom zie ik mij genoodzaakt om de eis … vast te leggen"
_cue("genoodzaakt", "plan", "gov", r"\b(?P<fin>zie|ziet|zien)\s+(?:(?:ik|we|wij|het\s+kabinet)\s+)?(?:\w+\s+){0,2}?(?:mij|me|ons|zich)\s+(?:\w+\s+)?genoodzaakt\s+(?:om\s+)?(?=[^.;?]{0,120}\bte\s+[a-zë]+en\b)")
_cue("voornemens voornemen intentie plan", "plan", "gov", r"\b(?P<fin>is|ben|zijn)\s+(?:\w+\s+){0,3}?(?:voornemens|van\s+plan)\b|\b(?P<fin2>heb|heeft|hebben)\s+(?:\w+\s+){0,3}?(?:het\s+voornemen|(?:de|alle|de\s+volle|de\s+stellige)\s+intentie|het\s+plan)\s+(?:om\s+|te\s+)|\b(?:mijn|ons|onze)\s+(?:voornemen|intentie)\s+(?:is\s+)?om\b")
_cue("zet zetten zette", "plan", "gov", r"\b(?P<fin>zet|zetten|zette)\s+(?:[^\s.;?]+\s+){0,5}?(?:me|mij|zich|ons)\b[^.;]{0,80}?\bin\b")
# "zet in op", "zet zich in voor": a course the government sets out on. Labellers read it as a plan nine times
# out of eleven across the sets (an undertaking, not a report of work done), so it is a plan here too
_cue("zet zetten", "plan", "gov_np", r"\b(?P<fin>zet|zetten)\s+(?:(?:me|mij|zich|ons)\s+)?(?:[^\s.;?]+\s+){0,14}?in\s*(?:voor|op)\b")
# the same verb at the end of a subordinate clause: "Dat is waar ik mij voor inzet", "waar wij ons hard voor inzetten"
_cue("inzet inzetten", "plan", "gov", r"\b(?:ik|we|wij)\s+(?:[^\s.;?]+\s+){0,3}?(?:me|mij|ons)\s+(?:[^\s.;?]+\s+){0,6}?(?P<fin>inzet|inzetten)\b")
_cue("spant spannen span", "plan", "gov", r"\b(?P<fin>span|spant|spannen)\s+(?:[^\s.;?]+\s+){0,3}?(?:me|mij|zich|ons)\b[^.;?]{0,60}?\bin\b")
_cue("blijf blijft blijven", "plan", "blijven", rf"\b(?P<fin>blijf|blijft|blijven)\b(?:\s+[\w’'-]+){{0,12}}?\s+(?:{_INF}|in\s+(?:gesprek|contact|overleg|dialoog)|betrokken|alert|waakzaam)\b")
# causative "laten" + a verb of finding out: the government sets work going ("laat ik onderzoeken of ...",
# "laten het Ministerie van OCW en VWS enkele scenario's onderzoeken"); the causer is the subject (before the
# verb, or right after it in inversion). With "nu/momenteel/op dit moment" the work is under way: progress.
_LATEN_VERB = (r"(?:kijken|onderzoeken|uitzoeken|nagaan|uitwerken|verkennen|bezien|analyseren|toetsen|evalueren|doorrekenen|"
               r"inventariseren|uitvoeren|opstellen|in\s+kaart\s+brengen|onderzoek\s+(?:[^\s.;?]+\s+){0,6}?doen)")
_NOW = r"(?:momenteel|op\s+dit\s*moment|thans|nu)"
# "Laat ik die vraag aan de inspectie zelf stellen", "Dus laat ik dat als huiswerk meenemen": the speaker's own
# act to come (not "Laat ik vooropstellen dat …", a speech act: see _plan_verb_ok)
_cue("laat", "plan", "hortative", rf"\b(?P<fin>laat)\s+ik\b(?:\s+[\w’'()-]+){{0,10}}?\s+(?<!\bhet\s)(?<!\bde\s)(?P<inf>{_INF})(?=\s*[.,;:]|\s*$|\s+en\b|(?<=\bzorgen)\s+dat\b)")
# (a demonstrative object right after the verb is no clause: "Ik laat dat even uitzoeken")
_cue("laat laten", "plan", "gov", rf"(?<!\bte\s)\b(?P<fin>laat|laten)\b(?:\s+(?:ik|we|wij))?(?:\s+(?:dat|die)(?=\s+(?:even|ook|nog|wel|nu|dan|graag|ambtelijk|nader|zo|eerst)?\s*{_LATEN_VERB}\b))?"
                                 rf"(?:(?!\b(?:dat|die|of)\b)[^.;?]){{0,120}}?\b{_LATEN_VERB}\b")
_cue("laat laten", "progress", "gov",
     rf"\b{_NOW}\s+(?P<fin>laat|laten)\b(?:(?!\b(?:dat|die|of)\b)[^.;?]){{0,120}}?\b{_LATEN_VERB}\b|"
     rf"(?<!\bte\s)\b(?P<fin2>laat|laten)\s+(?:[^\s.;?]+\s+){{0,6}}?{_NOW}\b(?:(?!\b(?:dat|die|of)\b)[^.;?]){{0,100}}?\b{_LATEN_VERB}\b")
_cue("volg volgen neem nemen voer voeren", "plan", "gov", r"\b(?:ik|wij|we)\s+(?P<fin>volg|volgen|neem|nemen|voer|voeren)\b[^.;,]{0,60}?\b(?:op|over|uit)(?=\s*(?:[.;,]|$|\s+en\b))")
_cue("zal zullen", "plan", "gov_or_passive", rf"\b(?P<fin>zal|zullen)\b(?:[^.;?]{{0,160}}?)\b{_INF}\b")
# the open question a verb of examining takes as its object: "De staatssecretaris gaat kijken of dit voldoende is"
_EXAMINED = r"(?:(?<=\bkijken)|(?<=\bbekijken)|(?<=\bonderzoeken)|(?<=\bnagaan)|(?<=\bbezien)|(?<=\bverkennen)|(?<=\buitzoeken))\s+(?:of|hoe|welke|wat|in\s+hoeverre|waar\w*)\b"
# a demonstrative as the object right after the finite verb and its subject ("We gaan die verder uitwerken",
# "Uiteraard willen we dat doen"), not a complementizer opening a clause with a subject of its own
_PRONOUN_OBJECT = r"\s+(?:(?:ik|we|wij)\s+)?(?:dat|die)(?=\s+(?!(?:ik|we|wij|u|hij|zij|ze|er|het|een)\s|de\s+(?!komende\s))\w)"
# adverbs that may stand between such an object and its infinitive ("willen we dat graag doen")
_OBJECT_ADVERB_WORDS = "ook|wel|graag|best|dan|natuurlijk|zeker|gewoon|heel|echt|nog|zo|snel|daarom|samen|verder|uiteraard"
_OBJECT_ADVERBS = rf"(?:\s+(?:{_OBJECT_ADVERB_WORDS}))*"
# (after "te", "gaan" is an infinitive, not the auxiliary of the future: "lijkt verder te gaan dan")
# (a demonstrative after a preposition, "naar dat voorstel kijken", is no complementizer)
_DEMONSTRATIVE_OK = r"(?<!\bnaar\s)(?<!\bop\s)(?<!\bover\s)(?<!\bmet\s)(?<!\bvan\s)(?<!\bin\s)(?<!\baan\s)(?<!\bbij\s)(?<!\bvoor\s)"
_cue("ga gaan gaat", "plan", "gov", rf"(?<!\bte\s)\b(?P<fin>ga|gaan|gaat)\b(?!\s+(?:ik\s+|we\s+|wij\s+)?(?:ervan|ervanuit|er\s+van|akkoord|mee\b|over\s+(?:de|het|een|dit|deze|die|dat|hun|zijn|haar)\b))(?:{_PRONOUN_OBJECT})?(?:\s+(?!(?:{_DEMONSTRATIVE_OK}(?:dat|die)|of|wat|waar\w*|om|te)\b)[\w’'-]+){{0,12}}?\s+(?!worden\b){_INF}(?=\s*[.,;:]|\s*$|\s+(?:en|om|zodat|door|met|in|op|voor|aan|naar|bij|tot|via|tegen)\b|(?<=\bzorgen)\s+dat\b|{_EXAMINED})")
# work the speaker must still do: "Wij moeten de regeling natuurlijk nog uitwerken", "Dat moet ik even checken"
# ("nog"/"even" mark it as pending; "We moeten sneller bouwen" is no undertaking of one's own)
_cue("moet moeten", "plan", "gov",
     r"\b(?:(?P<fin>moet|moeten)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?:[\w’'-]+\s+){0,2}?(?P<fin2>moet|moeten))\b"
     r"(?:\s+(?!(?:niet|geen|dat|die|als|of|wat|hoe)\b)[\w’'-]+){0,6}?\s+(?:nog|even)\b"
     # (not the text of a motie looked at in the debate: "Ik moet even goed naar de tekst kijken")
     # (nor a reference made in the sitting: "daar is een brief over gestuurd, dus daar moet ik dan even naar verwijzen")
     rf"(?:\s+(?!(?:niet|geen|tekst|motie|moties|amendement)\b)[\w’'-]+){{0,8}}?\s+(?!(?:afwachten|wachten|zien|constateren|vaststellen|erkennen|"
     rf"verwijzen|zeggen|herhalen|benadrukken|opmerken|toegeven|melden)\b){_INF}(?=\s*[.,;:]|\s*$)")
# a document on its way: "Die reactie komt in oktober", "Dat onderzoek komt ook naar uw Kamer toe", "dat komt
# eraan" (its subject a demonstrative or a document's noun, opening the clause)
_DOC_NOUN = (
    r"(?:brief|kamerbrief|reactie|kabinetsreactie|antwoord|antwoorden|onderzoek|rapport|evaluatie|besluit|voorstel|"
    r"wetsvoorstel|nota|notitie|plan|actieplan|visie|agenda|uitwerking|appreciatie|overzicht|analyse|rapportage|"
    r"voortgangsrapportage|voortgangsbrief|update|beleidsreactie|wetgeving|regeling|aanpak|strategie)"
)
# or receives from the speaker in the present: "U krijgt van mij ook een bredere brief over waterstof"
_cue("krijgt ontvangt", "promise", "kamer_receives",
     rf"(?:^\W*|\b(?:en|maar|dan)\s+)(?:u|de\s+kamer|uw\s+kamer)\s+(?P<fin>krijgt|ontvangt)\s+(?:\w+\s+){{0,3}}?van\s+(?:mij|ons|het\s+kabinet)\s+"
     rf"(?:\w+\s+){{0,3}}?(?:een|de|het|nog)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUN}\b")
_DOC_SUBJECT = (
    r"(?:^\W*(?:(?:en|maar|dus|nou|ja|nee|want)\W+)*|(?<=[;:]\s)|(?<=,\sen\s)|(?<=,\smaar\s)|(?<=,\sdus\s))"
    rf"(?:(?:die|dat|dit|deze|het|de|een|mijn|onze)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUN}|die|dat|dit|hij)"
)
_cue("komt komen", "promise", "any",
     rf"{_DOC_SUBJECT}\s+(?P<fin>komt|komen)\s+(?:[\w-]+\s+){{0,5}}?(?:naar\s+(?:de|uw)\s+kamer\b|eraan\b|er\s+(?:(?:nog|dus|inderdaad|wel|ook|zeker|snel|echt)\s+){{0,2}}aan\s*(?:[.;,]|$))")
_cue("komt komen", "plan", "event_future",
     rf"{_DOC_SUBJECT}\s+(?P<fin>komt|komen)\s+(?:(?:dus|ook|nog|sowieso|dan|wel|zeker)\s+)*"
     r"(?:in|voor|na|binnen|rond|begin|eind|medio|nog|deze|dit|volgende|volgend|komend|komende|later|op\s+korte)\b")
# the same after a fronted moment, the document the subject after its verb: "In het najaar volgt daarover een
# brief", "Eind dit jaar komt de visie van de staatssecretaris", "Najaar 2024 gaat de evaluatie naar de Kamer"
_cue("komt komen volgt volgen gaat gaan", "promise", "event_future",
     rf"^\W*(?:[\w’'-]+\s+){{1,5}}?(?:(?P<fin>komt|komen|volgt|volgen)\s+(?:(?:daarover|hierover|ook|nog|dan)\s+)*"
     rf"(?:de|het|een|mijn|onze)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUN}\b(?!\s+(?:over|op)\s*[.,;]|\s*[.,;]?\s*$)|"
     rf"(?P<fin2>gaat|gaan)\s+(?:(?:daarover|hierover|ook|nog|dan)\s+)*(?:de|het|een|mijn|onze)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUN}\s+naar\s+(?:de|uw)\s+kamer\b)")
# what comes to the Kamer or comes back in a letter: "Over stikstof komt nog heel uitgebreide informatie naar de Kamer",
# "Dat punt … komt dan terug in een brief bij het Belastingplan"
_cue("komt komen", "promise", "any",
     rf"\b(?P<fin>komt|komen)\s+(?:(?:nog|ook|dan|er)\s+)*(?:[\w-]+\s+){{0,3}}?(?:informatie|{_DOC_NOUN})\s+naar\s+(?:de|uw)\s+kamer\b|"
     r"\b(?P<fin2>komt|komen)\s+(?:(?:dan|ook|nog|zeker|wel)\s+)*terug\s+(?:in|bij)\s+(?:een|de|het)\s+(?:[\w-]+\s+)?"
     r"(?:brief|kamerbrief|rapportage|voortgangs\w+|nota|belastingplan|begroting\w*)\b")
# a document the Kamer may look forward to: "En een brief over het punttarief kunt u van mij tegemoetzien", "De
# Kamer kan de voortgangsrapportage in het najaar tegemoet zien"
_KAMER_MAY = r"(?:(?:u|uw\s+kamer|de\s+kamer)\s+(?P<fin>kunt|kan|mag)|(?P<fin2>kunt|kan|mag)\s+(?:u|uw\s+kamer|de\s+kamer))\b"
# (not another body's: "U kunt een reactie van de sector tegemoetzien")
_NOT_OTHERS = r"(?!\s+van\s+(?!mij\b|ons\b|het\s+kabinet\b|de\s+minister\b|de\s+staatssecretaris\b))"
_cue("tegemoet tegemoetzien", "promise", "kamer_receives",
     rf"\b{_DOC_NOUN}\b{_NOT_OTHERS}[^.;?]{{0,80}}?\b{_KAMER_MAY}(?:\s+[\w’'-]+){{0,6}}?\s+tegemoet\s*zien\b|"
     rf"\b{_KAMER_MAY.replace('fin', 'fin3')}(?:\s+[\w’'-]+){{0,4}}?\s+{_DOC_NOUN}\b{_NOT_OTHERS}(?:\s+[\w’'-]+){{0,8}}?\s+tegemoet\s*zien\b")
# light verbs of the government's acts: "Het kabinet komt nog dit jaar met een Actieagenda Auto", "We doen een
# onderzoek naar …" (not "komt overeen met", "komt met name")
_cue("kom komt komen", "plan", "gov",
     r"\b(?P<fin>kom|komt|komen)\b(?:\s+(?!(?:overeen|voort|neer|uit|te|er)\b)[\w’'()-]+|,\s[^,.;:]{1,40},){0,10}?\s+met\s+(?!name\b)(?:een|de|het|deze|dit|die|nieuwe?|concrete|verdere|nadere"
    # (a plural of proposals without an article: "Maar ik kom wel degelijk met voorstellen")
    r"|voorstellen|maatregelen|plannen|wetgeving)\b")
# the same verb-final: "dat ik voor de stemming over de wet met een kort briefje kom"
_cue("kom komen", "plan", "gov",
     r"\b(?:ik|wij|we)\s+(?:(?!(?:dat|die|of)\b)[\w’'()-]+\s+){0,10}?met\s+(?:een|de|het|deze|dit|nieuwe?)\s+(?:[\w’'()-]+\s+){0,3}?(?P<fin>kom|komen)\s*[.,;]")
# research commissioned is work under way: "Ik heb een onderzoek uitgezet naar ...", "is er namens het ministerie
# een onderzoek uitgezet", "Er zijn onderzoeken uitgezet naar de vraag hoe ..."
_cue("uitgezet", "progress", "gov_or_passive",
     r"\b(?P<fin>heb|hebben|is|zijn)\b(?:\s+(?!(?:niet|geen|dat|die)\b)[\w’'-]+){0,8}?\s+(?:onderzoek\w*|evaluaties?|verkenning\w*)\s+(?:[\w’'-]+\s+){0,3}?uitgezet\b")
# (the study first: "De onderzoeken en het addendum daarop zijn uitgezet")
_cue("uitgezet", "progress", "any",
     r"^\W*(?:het|de|dit|dat|deze|die)\s+(?:onderzoek\w*|evaluaties?|verkenning\w*)\b[^.;,?]{0,60}?\s(?P<fin>is|zijn)\s+(?:(?:al|inmiddels|ook)\s+)?uitgezet\s*[.;]?$")
# what was just raised, taken along: "Die nemen we ook mee in de bespreking", "Dank, dat betrekken we erbij", "Daar
# houden we dus rekening mee" (the anaphor first, the government after its verb)
_cue("neem nemen betrek betrekken houd houden", "plan", "gov",
     r"^\W*(?:(?:dank|ja|goed|oké|nou|en|dus)\W+)*(?:dat|daar|die|dit|deze)\s+(?P<fin>neem|nemen|betrek|betrekken|houd|houden)\s+(?:ik|we|wij)\b"
     r"(?:\s+(?!(?:niet|geen)\b)[\w’'-]+){0,8}?\s+(?:mee|erbij|bij|rekening\s+mee)\b")
_cue("doe doet doen", "plan", "gov",
     r"\b(?P<fin>doe|doet|doen)\b(?:\s+[\w’'()-]+){0,4}?\s+(?:een\s+)?(?:(?:nader|verder|extra)\s+)?(?:onderzoek|verkenning|voorstel|voorstellen|verbetervoorstellen)\b|"
     # the act just named, taken up by a pronoun: "Dat doen we door het Actieplan te versterken", "Dit doet het kabinet middels …"
     # (also with adverbs before the manner: "Dat doen we natuurlijk samen met medeoverheden", "Dit doen we onder andere
     # door …", "Dit doen we in nauw overleg met andere overheden", "Dit doen we in samenhang met de ruimtelijke keuzes")
     r"^\W*(?:dat|dit)\s+(?P<fin2>doen|doet)\s+(?:we|wij|ik|het\s+kabinet)\s+"
     r"(?:(?:ook|onder\s+meer|onder\s+andere|allereerst|eerst|natuurlijk|uiteraard|overigens)\s+)*"
     r"(?:door|met|middels|via|samen|in\s+(?:nauw\s+)?(?:overleg|samenhang|samenwerking))\b")
# a pseudo-cleft whose free relative names the government's doing and whose predicate is the act itself: "Wat
# wij doen, is hiervoor een pakket van 7 miljard uittrekken", "Wat we doen met grote steun van de Kamer is het
# aanpassen van onze wetgeving", "Wat ik wel kan waarmaken is het starten van die pilots" (the act is weighed in
# `_check`: not "Wat ik nu ga doen, is een beetje Tacitusachtig", not "Wat wij nu hadden te doen, is …")
_cue("wat", "plan", "cleft",
     rf"^\W*(?:(?:en|maar|dus|nou)\W+)?wat\s+(?P<subj>{_FIRST_PERSON}|het\s+kabinet|de\s+regering)\s+"
     r"(?:(?!(?:had|hadden|heb|hebben|heeft|deed|deden|was|waren|zou|zouden|moet|moeten|moest|moesten|kon|konden|wilde|wilden|te|niet|geen|nooit)\b)[\w’'-]+\s+){0,6}?"
     r"(?:(?P<fin>ga|gaan|zal|zullen)\s+(?:[\w’'-]+\s+){0,2}?doen|(?P<fin2>doe|doen)|(?P<fin3>kan|kunnen)\s+(?:waarmaken|toezeggen|beloven))"
     r"(?:\s+(?!is\b)[\w’'-]+){0,8}?\s*,?\s+is\b\s*,?\s*(?:is\b\s*,?\s*)?(?P<act>[^,.;:?!]+)")
# "gaan" with a prepositional idiom instead of an infinitive: a future act ("Ik ga komende tijd in gesprek met
# de sector", "gaan we aan de slag met", "ga ik de dialoog aan") or, with "door/verder met", the continuation
# of work under way ("ga ik onverminderd door met de ingezette maatregelen")
_GA_GAP = r"(?:\s+(?!(?:dat|die|of|wat|waar\w*|om|te|niet|geen|nooit)\b)[\w’'()-]+(?:,(?=\s+\w+\s+(?:en|of)\s))?){0,10}?"
_cue("ga gaan gaat", "plan", "gov",
     rf"(?<!\bte\s)\b(?P<fin>ga|gaan|gaat)\b{_GA_GAP}\s+(?:in\s+(?:gesprek|overleg|dialoog|contact|consultatie)|aan\s+de\s+slag|op\s+zoek|"
     rf"(?:de|het|een)\s+(?:[\w-]+\s+)?(?:dialoog|gesprek|gesprekken|overleg|samenwerking|verbinding)\s+aan|over\s+tot|op\s+(?:werk)?bezoek)\b")
_cue("ga gaan gaat", "progress", "gov", rf"(?<!\bte\s)\b(?P<fin>ga|gaan|gaat)\b{_GA_GAP}\s+(?:door|verder)\s+(?:met|op)\b")
# an offer of effort in the first person: "Ik kan ook zorgen dat we de conclusies zo snel mogelijk trekken", "Ik kan
# proberen dat de Kamer nog een oordeel krijgt" (negated, asked or hypothetical offers are weighed in _check)
_cue("proberen zorgen", "promise", "gov",
     r"\b(?:(?:ik|we|wij)\s+(?P<fin>kan|kunnen)|(?P<fin2>kan|kunnen)\s+(?:ik|we|wij))\s+(?:(?:ook|wel|u|dan|best|natuurlijk|daarbij|er)\s+){0,3}"
     r"(?:proberen|(?:voor\s+)?zorgen)\b(?=\s+(?:dat|om|te|voor)\b)")
# a hope to act by a moment still to come: "Ik hoop binnenkort tot een afronding hiervan te komen", "Dat hoop ik
# binnen enkele weken te kunnen doen" (not a hope about others: "Ik hoop dat mevrouw Faber ...")
_cue("hoop hopen", "plan", "gov_future",
     rf"\b(?:(?:ik|we|wij)\s+(?P<fin>hoop|hopen)|(?P<fin2>hoop|hopen)\s+(?:ik|we|wij))\b(?!\s+(?:dat|of)\b)[^.;?]{{0,80}}?\bte\s+(?:kunnen\s+)?{_INF}\b")
# the same with "wil", its verb of motion left out: "Daar wil ik graag in gesprek met het bestuur", "wil daar graag
# mee aan het werk"
_cue("gesprek overleg contact slag werk bezoek werkbezoek", "plan", "gov",
     rf"\b(?P<fin>wil|willen)\b{_GA_GAP}\s+(?:in\s+(?:gesprek|overleg|contact)|(?:mee\s+)?aan\s+(?:de\s+slag|het\s+werk)|op\s+(?:werk)?bezoek)\b"
     r"(?!\s+(?:gaan|blijven|treden|zijn|komen|te|om)\b)(?=\s*(?:[.,;:]|$)|\s+(?:met|over|om|bij|en|naar)\b)")
# the same in a verb-final clause of the author: "waar ik ... onverminderd mee doorga"
_cue("doorga doorgaan verderga verdergaan", "progress", "first_sub",
     r"\b(?P<subj>ik|we|wij)\s+(?:(?!(?:zal|zullen|wil|willen|zou|zouden|kan|kunnen|moet|moeten|niet|geen)\b)[\w’'()-]+\s+){0,16}?"
     r"(?P<fin>doorga|doorgaan|verderga|verdergaan)\b")
# a place after an infinitive that closes its clause: "Ik wil dat dan graag opnemen in die monitor"
_PLACE_AFTER = r"(?:\s+(?:in|op|aan|met|bij|naar)\s+(?:de|het|die|dat|deze|dit|een|mijn|onze)\s+[\w’'-]+)?"
# (a verb of saying or knowing is the clause's own verb: the cue neither takes it nor reaches past it to a noun
# in "-en", "Ik wil ook wijzen op alle andere elementen")
_WIL_SPEECH = (r"(?:benadrukken|opmerken|aangeven|zeggen|wijzen|onderstrepen|vooropstellen|herhalen|toelichten|melden|danken|"
               r"bedanken|verwijzen|weten|vragen|verzoeken|waarschuwen|betuigen|erkennen|onderschrijven|noemen|concluderen|voorspellen|geruststellen)\b|"
               r"(?:vaststellen|bestrijden)\s+dat\b")
# ("die" before a noun is its determiner, "Wij willen natuurlijk die klimaatambities invullen", not a relative
# pronoun; "stellen" is an act in "veilig stellen", "beschikbaar stellen")
_DETERMINER_DIE = (r"die(?=\s+(?!(?:de|het|een|ik|je|jij|we|wij|u|hij|zij|ze|men|er|dit|dat|die|deze|zo|nu|niet|wel|ook|al|nog|"
                   r"op|in|aan|met|voor|van|bij|naar|over|uit|door|onder|tot|is|zijn|was|heeft|hebben|kan|kunnen|wordt|worden|zal|zullen)\b)[a-zë]{3,}\s)")
_cue("wil willen", "plan", "gov", rf"\b(?P<fin>wil|willen)\b(?:{_PRONOUN_OBJECT}(?={_OBJECT_ADVERBS}\s+{_INF}{_PLACE_AFTER}\s*(?:[.,;:]|$)))?(?:\s+(?!(?:(?!{_DETERMINER_DIE})die|dat|of|wat|waar\w*)\b|{_WIL_SPEECH})[\w’'()-]+){{0,14}}?\s+(?!(?:graag|(?<!veilig\s)(?<!zeker\s)(?<!beschikbaar\s)stellen)\b|{_WIL_SPEECH})(?=(?-i:[a-zë])){_INF}\b")
_cue("wordt worden", "plan", "gov_or_passive", rf"\b(?P<fin>wordt|worden)\s+(?:(?!(?:is|zijn|was|waren|wordt|worden|heeft|hebben|had|dat|die)\b)[\w’'-]+\s+){{0,10}}?(?:ook\s+)?{_POLICY_PARTICIPLE}\b(?!\s+[a-zë]*ge[a-zë]+(?:d|t|n)\b)")
# a present passive with a moment still to come: "De dienst wordt in 2024 in gebruik genomen"
_cue("wordt worden", "plan", "passive_future",
     rf"\b(?P<fin>wordt|worden)\s+(?:(?!(?:is|zijn|was|waren|wordt|worden|heeft|hebben|had|dat|die|of|niet|geen)\b)[\w’'-]+\s+){{0,10}}?(?!{_BELIEF_PARTICIPLE}\b|{_OUTCOME_PARTICIPLE}\b|[a-zë]+end\b){_PARTICIPLE}\b")
# the present passive of preparing and of carrying out an undertaking is the passive of "bereidt ... voor",
# "voert ... onderzoek uit": work under way ("wordt de migratie ... voorbereid", "wordt onderzoek uitgevoerd")
_cue("voorbereid uitgevoerd", "progress", "passive_now",
     rf"\b(?P<fin>wordt|worden)\s+(?:er\s+)?(?:(?!(?:niet|geen|is|zijn|wordt|worden|dat|die)\b)[\w’'()-]+\s+){{0,10}}?voorbereid\b|"
     rf"\b(?P<fin2>wordt|worden)\s+(?:er\s+)?(?:(?!(?:niet|geen|is|zijn|wordt|worden|dat|die)\b)[\w’'()-]+\s+){{0,6}}?{_UNDERTAKING}\s+(?:[\w’'()-]+\s+){{0,4}}?uitgevoerd\b")
# the participle put first, before the passive auxiliary: "Gestart wordt met bewindvoerders ..."
_cue("wordt worden", "plan", "gov_or_passive",
     rf"^\W*(?!{_BELIEF_PARTICIPLE}\b|{_SAYING_PARTICIPLE}\b|[a-zë]+end\b){_PARTICIPLE}\s+(?P<fin>wordt|worden)\b(?!\s+(?:dat|of|hoe|wat|welke|er\s+(?:dat|of))\b)")
# "komen te" + infinitive of ceasing, a change to come: "de verplichting komt te vervallen"
_cue("komt komen", "plan", "komen_te", r"\b(?P<fin>komt|komen)\b(?:\s+(?!(?:niet|geen)\b)[\w’'-]+){0,8}?\s+te\s+(?:vervallen|verdwijnen)\b")
_cue("beschikbaar", "plan", "any", r"\b(?P<fin>komt|komen)\s+(?:(?!(?:niet|geen|er)\b)[\w’'-]+\s+){1,6}?beschikbaar\b")
# "er komt …": what will exist, or not ("Er komen geen nieuwe, nationale koppen op …"); not "er komt te staan",
# "Over Oekraïne komt er niet meer", what is added ("Dat komt er nog bij"),
# nor a discussion about it: "Dan komt er weer een discussie over")
# (nor another verb, its particle closing the clause: "Er komt veel nieuwe wetgeving op bedrijven af"; nor what
# another body makes: "Er komt een review van de Commissie"; nor what is on its way, "eraan komen", which is told
# of a document by the cues of documents: "Die brief komt er inderdaad aan", not "Dus die lijn komt er nog aan")
# (nor what comes without anyone's act: elections, "een moment dat …", "iets … bij elkaar")
_ER_KOMT_NOT = (r"(?!\s+(?:[\w’'-]+\s+){0,3}?(?:niet|niets|te)\b)(?![^.;,]{0,60}\s(?:aan|bij|over|af|uit|mee|langs|terug)\s*(?:[.;,]|$))"
                r"(?!\s+(?:[\w’'-]+\s+){0,3}?(?:verkiezingen|een\s+moment\s+(?:dat|waarop))\b)(?![^.;,]{0,60}\sbij\s+elkaar\b)"
                rf"(?!\s+(?:[\w’'-]+\s+){{1,3}}?van\s+{_NONGOV_NP}(?![\w-]))")
_cue("komt komen", "plan", "any", rf"\b(?:komt|komen)\s+er\b(?!\s*(?:op\s*neer|opneer|aan|bij|achter|mee|van|uit|voor)\b|[^.;]{{0,40}}\b(?:uit|voort|neer)\b){_ER_KOMT_NOT}|"
     rf"\ber\s+(?:komt|komen)\b(?![^.;]{{0,40}}\b(?:uit|voort|neer)\b|[^.;]{{0,60}}\bvoor\s*(?:(?:in|bij|op|onder|binnen)\b|[.,;]|$)){_ER_KOMT_NOT}")
_cue("prioriteit aandacht", "plan", "any", r"\b(?:krijgt|krijgen|heeft|hebben)\s+(?:de\s+)?(?:grote|hoge|hoogste|extra|topprioriteit|volle)?\s*(?:prioriteit|aandacht)\s+(?:van|bij)\s+(?:het\s+kabinet|mij|ons|de\s+regering)\b")
# a priority named without its owner, or the government's: "Het aanpakken van de personeelskrapte heeft grote
# prioriteit voor dit kabinet", "De aanpak van personeelstekorten heeft grote prioriteit." (not "voor gemeenten")
_cue("prioriteit", "plan", "any",
     r"\b(?P<fin>heeft|hebben|krijgt|krijgen)\s+(?:de\s+)?(?:grote|hoge|hoogste)\s+prioriteit(?:\s+(?:voor|van|bij)\s+(?:het|dit)\s+kabinet)?(?=\s*[.;]|\s*$|\s+en\s)")
_cue("prioriteit", "target", "any",
     r"^\W*(?:het|dit)\s+(?P<fin>is)\s+(?:een|de)\s+(?:grote\s+|hoge\s+|eerste\s+)?prioriteit\s+(?:van|voor)\s+(?:het|dit)\s+kabinet\s+(?:dat|om)\b")
# resources allocated: "Ook het OM krijgt structureel extra middelen", "Daarnaast krijgt ATR meer personeel en budget"
_cue("krijgt krijgen", "plan", "any",
     r"\b(?P<fin>krijgt|krijgen)\s+(?:[\w-]+\s+){0,5}?(?:structureel\s+|eenmalig\s+)?(?:extra|meer|additionele|aanvullende)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:middelen|geld|budget|financiering|capaciteit|personeel|fte|mensen)\b")
# steps taken: "In dit kader worden stappen gezet om …", "Er worden stappen gezet in de landbouwsector"
_cue("stappen", "progress", "gov_or_passive_nh", r"\b(?P<fin>wordt|worden)\s+(?:(?!niet\b|geen\b)[\w’'()-]+\s+){0,10}?stappen\s+gezet\b")
# the government's effort and where it is aimed: "De inzet voor de luchtvaart is gericht op …", "… is onze inzet."
_cue("inzet", "target", "any",
     r"^\W*(?:de|onze|mijn)\s+inzet(?:\s+(?:voor|op|van\s+(?:het|dit)\s+kabinet)\b[^.;]{0,60}?)?\s+(?P<fin>is|blijft)\s+gericht\s+op\b|"
     r"\b(?P<fin2>is|blijft)\s+(?:onze|mijn)\s+inzet\s*[.;]?$")
_cue("wetsvoorstel", "plan", "any", r"^\W*met\s+(?:het|dit)\s+wetsvoorstel\b[^.;]{0,120}\b(?:krijgt|krijgen|wordt|worden|komt|komen)\b")

# a passive of informing with the Kamer as recipient: "Uw Kamer wordt hierover dit najaar geïnformeerd"
_cue("wordt worden zal zullen", "promise", "passive_kamer", rf"\b(?P<fin>wordt|worden|zal|zullen)\b[^.;?]{{0,160}}?\b{_INFORM_PART}\b")
# first person, present tense of informing with a future moment: "Ik informeer de Kamer na de zomer"
_cue("informeer informeren stuur sturen zend zenden rapporteer rapporteren bericht berichten", "promise", "present_future",
     r"\b(?:(?:ik|we|wij)\s+(?P<fin>informeer|stuur|zend|rapporteer|bericht|informeren|sturen|zenden|rapporteren|berichten)|"
     r"(?P<fin2>informeer|stuur|zend|rapporteer|bericht)(?:\s+ik)?|(?P<fin3>informeren|sturen|zenden|rapporteren|berichten)\s+(?:we|wij))\b")
# a promise restated in the present tense, in the clause of the author's own earlier word: "Ik heb al aangegeven
# dat ik u daarover informeer", "namelijk dat ik een brief schrijf", "Zoals toegezegd ... stuur ik uw Kamer een brief"
_PRESENT_INFORM = r"(?:informeer|stuur|zend|schrijf|rapporteer|informeren|sturen|zenden|schrijven|rapporteren)"
_cue("toegezegd aangegeven gezegd beloofd", "promise", "gov",
     r"\b(?:toegezegd|aangegeven|gezegd|beloofd)\b[^.;?]{0,80}?\bdat\s+(?=[^.;?]*\b(?:u|uw\s+kamer|de\s+kamer|brief)\b)"
     rf"(?:ik|we|wij)\s+(?:[\w’'-]+\s+){{0,5}}?(?P<fin>{_PRESENT_INFORM})\b|"
     rf"^\W*zoals\s+(?:eerder\s+|reeds\s+|al\s+)?(?:toegezegd|aangekondigd|beloofd)\b[^.;?]{{0,120}}?\b(?P<fin2>{_PRESENT_INFORM})\s+(?:ik|we|wij)\s+(?:u|uw\s+kamer|de\s+kamer)\b")
# "ik verwacht uw Kamer dit najaar te informeren": the author's own expected act
_cue("verwacht verwachten", "promise", "gov", rf"\b(?P<fin>verwacht|verwachten)\b(?:(?!\bdat\b|\bdie\b)[^.;?]){{0,120}}?\b{_INFORM_TE}\b")
# an intention whose content is informing the Kamer: "Ik ben voornemens om u in april bij brief te informeren"
_cue("voornemens voornemen intentie plan", "promise", "intent_inform",
     rf"\b(?:(?P<fin>is|ben|zijn)\s+(?:\w+\s+){{0,3}}?(?:voornemens|van\s+plan)|(?P<fin2>heb|heeft|hebben)\s+(?:\w+\s+){{0,3}}?(?:het\s+voornemen|de\s+intentie|het\s+plan))\b"
     rf"(?:(?!\bdat\b|\bdie\b)[^.;?]){{0,120}}?\b{_INFORM_TE}\b")
# (also an act expected to be done by then, in the perfect infinitive: "Deze evaluaties verwacht ik rond de
# begrotingsbehandeling te hebben afgerond"; not "te hebben" alone: "voldoende capaciteit beschikbaar te hebben")
_cue("verwacht verwachten", "plan", "gov", rf"\b(?P<fin>verwacht|verwachten)\b(?:(?!\bdat\b|\bdie\b)[^.;?]){{0,100}}?\bte\s+"
     rf"(?:(?!(?:kunnen|worden|zijn|hebben|krijgen|ontvangen|zien|zullen|blijven|liggen|komen)\b){_INF}|hebben\s+{_PARTICIPLE})\b")
# a pledge: "Ik zal mij blijven inzetten voor ...", "Ik zal ervoor zorgen dat ..."
_cue("inzetten inspannen sterk zorgen", "promise", "gov",
     r"\b(?P<fin>zal|zullen)\s+(?:ik|we|wij)\s+(?:me|mij|ons)\b[^.;?]{0,80}?\b(?:inzetten|inspannen|sterk\s+maken)\b|"
     r"\b(?:ik|we|wij)\s+(?P<fin2>zal|zullen)\s+(?:me|mij|ons)\b[^.;?]{0,80}?\b(?:inzetten|inspannen|sterk\s+maken)\b|"
     r"\b(?P<fin3>zal|zullen)\s+(?:ik|we|wij)\b[^.;?]{0,40}?\bervoor\s+zorgen\b")
_cue("hard", "promise", "gov",
     r"\b(?P<fin>zal|zullen)\s+(?:ik|we|wij)\s+(?:me|mij|ons)\b[^.;?]{0,80}?\bhard\s+(?:voor\s+)?maken\b|"
     r"\b(?:ik|we|wij)\s+(?P<fin2>zal|zullen)\s+(?:me|mij|ons)\b[^.;?]{0,80}?\bhard\s+(?:voor\s+)?maken\b")
# a decision to stop doing something: "Ten eerste gaan we de boetes niet meer boven de inflatie indexeren", "Ik ga ook
# niet meer boveninflatoir indexeren" (the infinitive closing the clause: not "niet meer tijd … dan nodig is")
_cue("meer", "plan", "abstain",
     rf"\b(?:(?P<fin>ga|gaan|zal|zullen)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?P<fin2>ga|gaan|zal|zullen))\b(?:\s+(?!niet\b|geen\b)[\w’'-]+){{0,8}}?"
     rf"\s+niet\s+meer\s+(?:[\w’'-]+\s+){{0,6}}?{_INF}(?=\s*(?:[,.;:—–]|$)|\s+(?:omdat|want|maar|zodat|aangezien)\b)")
# an assurance of restraint: "Totdat ..., zal ik niets doen dat de hulp aan deze groep in de weg staat"
_cue("niets", "promise", "abstain",
     r"\b(?:(?P<fin>zal|zullen)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?P<fin2>zal|zullen))\b[^.;?]{0,250}?\bniets\s+(?:doen|ondernemen)\s+(?:dat|wat)\b")
# the present tense of a reflexive pledge: "Ik maak mij hard voor ...", "..., waar ik mij hard voor maak":
# engagement under way, also in a relative clause (the author states his own engagement)
_cue("hard sterk", "progress", "gov",
     r"\b(?P<fin>maak|maken)\s+(?:ik|we|wij)\s+(?:me|mij|ons)\b[^.;?]{0,60}?\b(?:hard|sterk)\s+voor\b|"
     r"\b(?:ik|we|wij)\s+(?P<fin2>maak|maken)\s+(?:me|mij|ons)\b[^.;?]{0,60}?\b(?:hard|sterk)\s+voor\b|"
     r"\b(?:ik|we|wij)\s+(?:me|mij|ons)\b[^.;?]{0,60}?\b(?:hard|sterk)\s+(?:voor\s+)?(?P<fin3>maak|maken)\b")
# present tense with a future moment: "Na de zomer maken we de balans op", "Het kabinet neemt dit najaar een besluit"
_cue("ik we wij", "plan", "present_future",
     r"(?:^|[,;:]\s*|\b(?:en|maar)\s+)(?:ik|we|wij)\s+(?P<fin>[a-zë]+)\b|(?<=\w)\s(?P<fin2>[a-zë]+)\s+(?:ik|we|wij)\b")
# a willing offer in the present: "Die motie neem ik graag mee in het gesprek", "Daar kijken wij heel graag
# naar", "Ik zet graag de mogelijkheden op een rij" (not an appreciation, a reference or an opinion); the word
# before an inverted "ik" must be the verb, not a conjunction or adverb
_NOT_A_VERB = frozenset("maar en dus want of dan toen nu ook wat dat die als zoals omdat hoe waar daar hier zo wel niet toch nog al "
                        "even zeker natuurlijk heel echt altijd eerst vervolgens daarom".split())
_cue("graag", "plan", "graag_offer",
     r"\b(?:ik|we|wij)\s+(?P<fin>[a-zë]+)\b(?:\s+[\w’'-]+){0,4}?\s+graag\b|"
     rf"\b(?!(?:{'|'.join(sorted(_NOT_A_VERB))}|waar\w+)\b)(?P<fin2>[a-zë]+)\s+(?:ik|we|wij)\b(?:\s+[\w’'-]+){{0,3}}?\s+graag\b")
# progress: an activity of a government actor in the present tense
_cue("voert voer voeren", "progress", "gov_np_nh", rf"\b(?P<fin>voert|voer|voeren)\b(?:\s+[\w’'()-]+){{0,8}}?\s+{_UNDERTAKING}\b")
_cue("zoekt zoek zoeken", "progress", "gov_np_nh", r"\b(?P<fin>zoekt|zoek|zoeken)\b(?:\s+[\w’'()-]+){0,12}?\s+(?:uit|naar|afstemming|contact|samenwerking|overleg|aansluiting)\b")
_cue("overlegt overleg overleggen spreekt spreek spreken praat praten", "progress", "gov_np_nh", r"\b(?P<fin>overlegt|overleg|overleggen|spreekt|spreek|spreken|praat|praten)\b(?:\s+[\w’'()-]+){0,6}?\s+met\b")
_cue("gesprek gesprekken overleg contact dialoog", "progress", "gov_np_nh",
     r"\b(?P<fin>is|ben|zijn|sta|staat|staan)\s+(?:(?!niet\b|geen\b)[^\s.;?]+\s+){0,12}?in\s+(?:[a-zë]+\s+){0,2}?(?:gesprek|overleg|contact|dialoog)\b(?!\s+(?:[\w’'-]+\s+){0,8}?(?:geweest|gestaan|gegaan|getreden)\b)|"
     r"\b(?P<fin2>heb|heeft|hebben|onderhoud|onderhoudt|onderhouden)\s+(?:(?!niet\b|geen\b)[^\s.;?]+\s+){0,8}?(?<!\bin\s)(?:contact|overleg|gesprekken)\s+(?:met|over)\b"
     # not a perfect, its participle closing the clause: "Ik heb de gesprekken met de boeren zelf bijgewoond"
     r"(?![^.;?,]{0,100}?\s(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)[a-zë]{0,5}ge[a-zëï]{2,}(?:d|t)(?:\s*(?:[.;,]|$)|\s+(?:en|maar)\b))")
# the verb at the end of a subordinate clause: "dat we met de ketenpartijen stevig in gesprek zijn"
_cue("gesprek overleg contact dialoog", "progress", "gov",
     r"\b(?:ik|we|wij)\s+(?:(?!niet\b|geen\b)[^\s.;?,]+\s+){0,8}?in\s+(?:[a-zë]+\s+)?(?:gesprek|overleg|contact|dialoog)\s+(?P<fin>ben|zijn)\b")
_cue("start starten begint beginnen", "plan", "gov_np", r"\b(?P<fin>start|starten|begint|beginnen)\b(?!\s+(?:met|in|op|per|vanaf)\b)")
_cue("gevraagd verzocht opdracht", "progress", "gov", r"\b(?P<fin>heb|hebben)\s+(?:ik|we|wij)\b[^.;?]{0,80}?\b(?:gevraagd|verzocht|opdracht\s+gegeven)\b|\b(?:ik|we|wij)\s+(?P<fin2>heb|hebben)\b[^.;?]{0,80}?\b(?:gevraagd|verzocht|opdracht\s+gegeven)\b")
# (a "die" that is a determiner may stand between: "Er wordt naar die voorbeelden gekeken")
_cue("gewerkt geïnvesteerd gekeken gezocht gesproken overlegd geprobeerd getracht nagedacht ingezet", "progress", "gov_or_passive_nh",
     rf"\b(?P<fin>wordt|worden)\s+(?:er\s+)?(?:(?!(?:niet|geen|is|zijn|wordt|worden|dat|(?!{_DETERMINER_DIE})die|of|waar\w*)\b)[\w’'()-]+\s+){{0,8}}?(?:(?<=\baan\s)gewerkt|gewerkt\s+(?:aan|om)|geïnvesteerd|gekeken|gezocht|gesproken|overlegd|geprobeerd|getracht|nagedacht|ingezet\s+op)\b")
# the same impersonal passive with a long middle field: the participle closes the clause (verb-final
# bracket), "wordt onder andere over voortzetting van ... en een pilot ... gesproken."
_cue("gekeken gezocht gesproken overlegd nagedacht geïnvesteerd", "progress", "gov_or_passive_nh",
     rf"\b(?P<fin>wordt|worden)\s+(?:er\s+)?(?:(?!(?:niet|geen|is|zijn|wordt|worden|dat|(?!{_DETERMINER_DIE})die|of|waar\w*)\b)[\w’'()-]+\s+){{2,30}}?"
     r"(?:gekeken|gezocht|gesproken|overlegd|nagedacht|geïnvesteerd)(?=\s*[.;:,]|\s*$)")
_cue("momenteel moment nu thans al reeds", "progress", "gov_or_passive_nh", rf"\b(?P<fin>wordt|worden)\s+(?:er\s+)?(?:momenteel|op\s+dit\s+moment|nu|thans|al|reeds)\s+(?!{_BELIEF_PARTICIPLE}\b){_PARTICIPLE}\b")
_cue("loopt lopen vindt vinden", "progress", "any_nh", rf"\b(?P<fin>loopt|lopen|vindt|vinden)\s+(?:er\s+)?(?:\w+\s+){{0,3}}?(?:momenteel|op\s+dit\s+moment|nu|thans)\b(?=(?:\s+[\w’'()-]+){{0,8}}?\s+{_UNDERTAKING}\b)")
# work under way reported of the work itself: a clause-initial subject that is a noun of work (a determiner
# and the noun, no actor named) and a present tense of running or of keeping to plan: "Deze gesprekken
# lopen nog", "De werkzaamheden liggen op schema", "Het onderzoek verloopt volgens planning"
_cue("loopt lopen ligt liggen verloopt verlopen vordert vorderen", "progress", "any_nh",
     rf"^\W*(?:(?:ook|daarnaast|verder)\s+)?(?:de|het|deze|dit|die|onze|mijn)\s+(?:[a-zë-]+\s+)?(?:{_UNDERTAKING}|{_WORKS})\s+"
     # a prepositional phrase of place or object ("aan de sluis"), not one that names the actor ("van", "door")
     r"(?:(?:aan|voor|in|bij|op|rond|naar)\s+(?:de|het|een)\s+[\w-]+\s+)?"
     r"(?P<fin>loopt|lopen|ligt|liggen|verloopt|verlopen|vordert|vorderen)\s+(?:[a-zë]+\s+){0,2}?"
     r"(?:nog|momenteel|op\s+dit\s+moment|nu|thans|op\s+schema|op\s+koers|volgens\s+(?:de\s+)?(?:planning|schema)|gestaag|voorspoedig|goed)\b")
# the author's own work under way in a subordinate clause: a first-person subject, "nu/momenteel" and the
# finite verb closing the clause (verb-final): "de criteria die ik nu uitwerk in de AMvB", "waar we
# momenteel aan werken". The present tense with "now" reports the act as going on.
_cue("nu momenteel thans moment", "progress", "first_sub",
     r"\b(?:die|dat|welke|waar(?:aan|mee|over|in|op|voor|naar)?)\s+(?P<subj>ik|we|wij)\s+(?:[a-zë]+\s+){0,2}?"
     r"(?:nu|momenteel|thans|op\s+dit\s+moment)\s+(?:(?:aan|mee|over|op|naar|voor)\s+)?(?P<fin>[a-zë]{3,})"
     r"(?=\s*[,.;:]|\s*$|\s+(?:in|op|met|voor|bij|samen|en|om|zodat|naar|over|aan|binnen)\b)")
# "Dat is (voor mij) reden om hier nader onderzoek naar te doen": a stated motive to act
_cue("reden aanleiding", "plan", "reason", r"\b(?P<fin>is|zijn|vormt|vormen|zie|ziet|zien|geeft|geven)\b(?:\s+[\w’'-]+){0,4}?\s+(?:reden|aanleiding)\s+(?:om|tot)\b")
# a decision about what is to come: the perfect of "besluiten" with a complement of what is decided (om/te +
# infinitive, or a "dat"-clause): "Inmiddels heeft het kabinet besloten dat de BDuR blijft voortbestaan",
# "heb ik besloten de kosten te dekken", "Ook is recent besloten om ... in te zetten". The decision is
# past, what it commits to lies ahead: a plan (not "besloten niet ...", not a decision of others)
_cue("besloten afgesproken overeengekomen", "plan", "decision",
     # (an aside between commas may stand before the participle: "UWV heeft, met inachtneming van uw verzoek, besloten …")
     r"\b(?P<fin>heb|heeft|hebben|is|zijn)\b(?:,[^,.;:?]{1,80},)?(?:\s+[\w’'-]+){0,8}?\s+(?:besloten|afgesproken|overeengekomen)\s+(?!niet\b)"
     r"(?:om\b|dat\b|tot\b|(?=(?:[\w’'-]+\s+){0,14}?te\s+[a-zë]+en\b))")
# "Hierin zullen de gevolgen een plek krijgen": a passive in other words
_cue("plek plaats", "plan", "any", r"\b(?P<fin>zal|zullen)\b[^.;?]{0,100}?\b(?:een|hun|zijn|haar)\s+(?:plek|plaats)\s+krijgen\b")

_cue("ingegaan toegelicht beschreven geschetst uiteengezet", "promise", "text_passive",
     r"\b(?P<fin>zal|zullen)\b[^.;?]{0,100}?\b(?:worden\s+(?:\w+\s+)?(?:ingegaan|toegelicht|beschreven|geschetst|uiteengezet)|"
     r"(?:ingegaan|toegelicht|beschreven|geschetst|uiteengezet)\s+worden)\b")
# "Er vinden gesprekken plaats met ...": work under way, also without "momenteel"
_cue("plaats", "progress", "event_now", rf"\b(?P<fin>vindt|vinden)\s+(?:er\s+)?(?:[^\s.;?]+\s+){{0,4}}?{_UNDERTAKING}\s+(?:[^\s.;?]+\s+){{0,12}}?plaats\b|"
     rf"\b{_UNDERTAKING}\s+(?P<fin2>vindt|vinden)\s+(?:[^\s.;?]+\s+){{0,8}}?plaats\b")
# a process of the government that will take place: "zal besluitvorming over X plaatsvinden", and the present
# tense with a moment still to come ("Eind december vindt een eerste overleg plaats"); not a routine
# what the speaker's "Dat" refers to happening at a moment to come: "Dat gebeurt per 1 november", "Dat gebeurt dus wel in
# december" (what happens as a rule, "Dat gebeurt via …", names no moment)
_cue("gebeurt gebeuren", "plan", "event_future", r"^\W*(?:(?:en|maar|ook)\s+)?(?:dat|dit)\s+(?P<fin>gebeurt|gebeuren)\b")
_cue("plaatsvinden plaatshebben plaats", "plan", "event_future",
     rf"\b(?P<fin>zal|zullen)\s+(?:er\s+)?(?:[^\s.;?]+\s+){{0,4}}?{_PROCESS}\b(?:\s+[^\s.;?]+){{0,12}}?\s+plaats(?:vinden|hebben)\b|"
     rf"\b{_PROCESS}\s+(?:[^\s.;?]+\s+){{0,8}}?(?P<fin2>zal|zullen)\s+(?:[^\s.;?]+\s+){{0,6}}?plaats(?:vinden|hebben)\b|"
     rf"\b(?P<fin3>vindt|vinden)\s+(?:er\s+)?(?:[^\s.;?]+\s+){{0,4}}?{_PROCESS}\s+(?:[^\s.;?]+\s+){{0,12}}?plaats\b|"
     rf"\b{_PROCESS}\s+(?P<fin4>vindt|vinden)\s+(?:[^\s.;?]+\s+){{0,8}}?plaats\b")
# an instrument of policy as the subject of "zal"/"zullen": what the government makes will happen to it at
# a moment to come ("Dan zal ook het nieuwe machtigingsbesluit gepubliceerd zijn", "Per 1 juli 2025 zal de
# aanwijzing ... plaatsvinden", "De regeling zal per 1 januari 2026 in werking treden"); not an effect it
# will have ("Het onderzoek zal uitwijzen of ...")
_INSTRUMENT = (
    r"[a-zë-]*(?:besluit|regeling|wet|wetsvoorstel|wetswijziging|aanwijzing|kader|maatregel|maatregelen|actieplan|"
    r"uitvoeringsplan|programma|strategie|evaluatie|nota|handreiking|richtlijn|leidraad|verordening|"
    r"subsidieregeling|beleidsregel|beleidsregels|amvb|ministeriële\s+regeling)"
)
_INSTRUMENT_EFFECT = r"(?!(?:[^.;?]*\b(?:uitwijzen|blijken|laten\s+zien|leiden|bijdragen|zorgen|helpen|betekenen|opleveren|kosten|vergen|vragen|hebben)\b))"
# a bill put out for consultation at a moment to come: "Dat wetsvoorstel gaat dit najaar in consultatie", "Ook zal in
# 2025 een wetsvoorstel in consultatie gaan"
_cue("gaat gaan zal zullen", "plan", "event_future",
     r"\b(?P<fin>gaat|gaan|zal|zullen)\b(?:\s+(?!(?:niet|geen)\b)[\w’'-]+){0,10}?\s+in\s+(?:internet)?consultatie\b")
# a deliverable ready at a moment to come: "De resultaten van dit onderzoek zullen in het najaar van 2025
# beschikbaar zijn", "We zullen klaar zijn in december" (not "er zal onvoldoende talent beschikbaar zijn")
_cue("zal zullen", "plan", "event_future",
     r"\b(?P<fin>zal|zullen)\b(?:\s+(?!(?:niet|geen|onvoldoende|weinig|minder|meer)\b)[\w’'-]+){0,10}?\s+(?:beschikbaar|gereed|klaar|afgerond)\s+(?:zijn|komen)\b")
_cue("zal zullen", "plan", "event_future",
     rf"^\W*(?:(?:dan|ook|daarnaast|tevens|vervolgens)\s+)?(?:de|het|deze|dit|een|het\s+nieuwe|de\s+nieuwe)\s+(?:[a-zë-]+\s+){{0,2}}?"
     rf"{_INSTRUMENT}\s+(?P<fin>zal|zullen)\b{_INSTRUMENT_EFFECT}|"
     rf"\b(?P<fin2>zal|zullen)\s+(?:ook\s+|dan\s+|tevens\s+)?(?:de|het|deze|dit)\s+(?:nieuwe\s+|definitieve\s+)?{_INSTRUMENT}\b{_INSTRUMENT_EFFECT}")
# a government subject on course or on schedule: "Daarmee ligt Nederland vooralsnog op koers om ...", "Wij liggen
# op schema"
_cue("ligt liggen lig", "progress", "gov_np",
     r"\b(?P<fin>ligt|liggen|lig)\b(?:\s+(?!(?:niet|geen)\b)[\w’'()-]+){0,5}?\s+op\s+(?:koers|schema)\b")
# "Momenteel wordt met partijen besproken hoe ...": a present passive with "now" before the finite verb
_cue("momenteel moment thans", "progress", "gov_or_passive_nh",
     rf"\b(?:momenteel|op\s+dit\s+moment|thans)\s+(?P<fin>wordt|worden)\s+(?:er\s+)?(?:(?!(?:niet|geen)\b)[^\s.;?]+\s+){{0,10}}?(?!{_BELIEF_PARTICIPLE}\b){_PARTICIPLE}\b")

# a wish of the government about a state of affairs: "Daarnaast wil ik dat vraag en aanbod beter op elkaar zijn
# afgestemd" (a target); with a passive of acting in the "dat"-clause it is a plan ("Ik wil dat de spoedeisende
# hulp op basis van een vast budget gefinancierd wordt")
# ("dat" as the object: "Ik wil dat graag doen", "Ik wil dat nu niet toezeggen")
_WIL_DAT = (rf"\b(?P<fin>wil|willen)\b(?:\s+(?:ik|we|wij|het\s+kabinet|de\s+regering|ook|graag|daarom|tevens|wel|juist)){{0,3}}\s+dat\b"
            rf"(?!\s+(?:[\w’'-]+\s+){{0,4}}?doen\b)(?!(?:\s+(?:{_OBJECT_ADVERB_WORDS}|nu|even|hier|eerst|niet))*\s+{_INF}"
            # (also with a place after the infinitive: "Ik wil dat dan graag opnemen in die monitor")
            rf"{_PLACE_AFTER}\s*(?:[.,;:]|$))")
_PASSIVE_ACT = rf"[^.;?]{{0,200}}?(?:\b{_PARTICIPLE}\s+(?:wordt|worden)\b|\b(?:wordt|worden)\s+(?:[\w’'-]+\s+){{0,8}}?{_PARTICIPLE}\b)"
_cue("wil willen", "target", "gov", _WIL_DAT + rf"(?!{_PASSIVE_ACT})")
_cue("wil willen", "plan", "gov", _WIL_DAT + rf"(?={_PASSIVE_ACT})")
# an attempt is an undertaking: "Als onderdeel hiervan probeer ik de bekostiging zo eenvoudig mogelijk te houden"
_ATTEMPT_VERB = r"(?:probeer|probeert|proberen|tracht|trachten)"
_cue("probeer probeert proberen tracht trachten", "plan", "gov",
     rf"\b(?P<fin>{_ATTEMPT_VERB})\b(?:(?!\b(?:dat|die|of)\b)[^.;?]){{0,120}}?\bte\s+{_INF}\b")
# "aan de slag zijn": work under way ("Daarnaast ben ik met het Zorginstituut aan de slag om ...")
_cue("aan", "progress", "gov", r"\b(?P<fin>ben|is|zijn)\b[^.;?]{0,80}?\baan\s+de\s+slag")
# the present tense of a government actor with a moment still to come: "In het voorjaar 2025 maakt het kabinet
# opnieuw de balans op" (the same as for ik/we above, for a named government subject)
_cue("kabinet regering minister staatssecretaris ministerie", "plan", "present_future_np",
     rf"(?<=\w)\s(?!(?:met|niet|dat|wat|het|uit|tot|echt|juist|eerst|vast|zelfs|slechts|want|best|meest|laatst|ge[a-zë]+)\s)(?P<fin>[a-zë]{{3,}}t)\s+{_GOV_NP}(?![\w-])|^\W*(?:(?:ook|daarnaast|verder|tevens)\s+)?{_GOV_NP}\s+(?P<fin2>[a-zë]+t)\b")
# a present passive with "now" and any participle of acting at the end of the clause: "Er worden op dit moment
# bijeenkomsten in het land georganiseerd"
_cue("momenteel moment thans", "progress", "gov_or_passive_nh",
     rf"\b(?P<fin>wordt|worden)\s+(?:er\s+)?(?:[\w()’'-]+\s+){{0,8}}?(?:momenteel|op\s+dit\s+moment|thans)\b(?:\s+[\w()’'-]+){{0,10}}?\s+"
     rf"(?!{_BELIEF_PARTICIPLE}\b|{_OUTCOME_PARTICIPLE}\b|{_SAYING_PARTICIPLE}\b){_PARTICIPLE}(?=\s*[.;,]|\s*$)")
# a present passive of weighing and examining with an open question as its object: deliberation under way
# ("wordt gewogen of de transitie haalbaar blijft", "wordt onderzocht hoe ...")
_cue("gewogen bekeken onderzocht nagegaan verkend bezien uitgezocht geanalyseerd", "progress", "gov_or_passive_nh",
     r"\b(?P<fin>wordt|worden)\s+(?:er\s+)?(?:(?!(?:niet|geen|dat|die)\b)[\w’'()-]+\s+){0,4}?"
     r"(?:gewogen|bekeken|onderzocht|nagegaan|verkend|bezien|uitgezocht|geanalyseerd)\s+(?:of|hoe|welke|wat|waar\w*|in\s+hoeverre)\b")
# the same with the participle put first: "Bezien wordt of deze verbeteringen rijksbreed kunnen worden doorgevoerd"
_cue("gewogen bekeken onderzocht nagegaan verkend bezien uitgezocht geanalyseerd", "progress", "gov_or_passive_nh",
     r"^\W*(?:gewogen|bekeken|onderzocht|nagegaan|verkend|bezien|uitgezocht|geanalyseerd)\s+(?P<fin>wordt|worden)\s+"
     r"(?:(?:nog|ook|momenteel|thans|nu)\s+)?(?:of|hoe|welke|wat|waar\w*|in\s+hoeverre)\b")
# striving to inform the Kamer is an undertaking towards it: "Ik streef ernaar de vragen zo spoedig mogelijk te
# beantwoorden"
_cue("streef streeft streven", "promise", "intent_inform", rf"\b(?P<fin>streef|streeft|streven)\b(?:(?!\bdat\b|\bdie\b)[^.;?]){{0,120}}?\b{_INFORM_TE}\b")
# the goal of a measure just named: "Het doel hiervan is om de weerbaarheid ... te verhogen"
_cue("doel", "target", "any", r"^\W*(?:(?:ook|daarbij|verder)\s+)?het\s+(?:uiteindelijke\s+)?doel\s+(?:hiervan|daarvan|hierbij|daarbij|ervan)\s+is\b")
# the goal itself as the subject of "is": "Het uiteindelijke doel is dat Nederland in 2050 klimaatneutraal is",
# "Doel hiervan is dat ...", "Het streven daarbij is om ...", "Het streven is zelfs 60%-reductie", "Het doel dat we
# hebben is 90%", "Het doel is nu om uiteindelijk …"; not the aim
# of someone else's instrument ("Het doel van de subsidie is ...")
_GOAL_ADJ = r"(?:uiteindelijke\s+|centrale\s+|belangrijkste\s+|primaire\s+)?"
_cue("doel streven doelstelling uitgangspunt", "target", "any",
     rf"^\W*(?:(?:ook|daarbij|verder|hierbij)\s+)?(?:het\s+|ons\s+|mijn\s+|onze\s+)?{_GOAL_ADJ}"
     r"(?:doel|streven|doelstelling|uitgangspunt)\s+(?:(?:hiervan|daarvan|hierbij|daarbij|ervan)\s+|dat\s+(?:we|wij|ik)\s+(?:hebben|heb|stellen|stel)\s+)?"
     r"(?P<fin>is|blijft)(?:\s+(?:zelfs|nu|dus|ook|wel))?\s+(?=dat|om|te|een|\d|[^.;:,]{0,100}?\bte\s+[a-zë]+en\b)")
# the same after a fronted phrase, subject and verb inverted: "Daarom is het primaire doel om regeldruk … te
# verminderen", "Net als bij nationale wetgeving is het doel de regeldrukkosten … te beperken"
_cue("doel streven doelstelling", "target", "any",
     rf"^\W*(?!volgens\b)[^,.;:?]{{0,60}}?\b(?P<fin>is|blijft)\s+(?:het|ons|onze|mijn)\s+{_GOAL_ADJ}"
     r"(?:doel|streven|doelstelling)\s+(?=dat\b|om\b|te\b|een\b|de\b|het\b|\d)")
# what the government proposes in a bill or intends: "Voorgesteld wordt om …", "Het voornemen is die termijnen
# … vast te stellen", "Het wetsvoorstel beoogt een adviescollege in te stellen"
_cue("voorgesteld", "plan", "any", r"^\W*(?P<fin>voorgesteld\s+wordt)\b")
_cue("voornemen", "plan", "any", r"^\W*(?:het|ons|mijn)\s+voornemen\s+(?P<fin>is)\s+(?=om\b|dat\b|\w+\s)")
# the schedule the speaker keeps: "De planning is nu om het wetsvoorstel dit najaar in consultatie te brengen"
_cue("planning", "plan", "any", r"^\W*(?:(?:en|maar|dus)\s+)?(?:de|onze|mijn)\s+planning\s+(?P<fin>is)\s+(?:(?:nu|dus|ook|wel)\s+)?(?=om\b|dat\b)")
_cue("wetsvoorstel", "plan", "any", r"^\W*(?:dit|het)\s+wetsvoorstel\s+(?P<fin>beoogt|strekt\s+ertoe)\b")
# aiming verbs: "We werken toe naar nieuwe drinkwaterbronnen", "we sturen aan op reductie", "we sturen op een
# lange levensduur", "We bewegen toe naar een grondwaterstand van ..."
_cue("werk werkt werken beweeg beweegt bewegen", "target", "gov", r"\b(?P<fin>werk|werkt|werken|beweeg|beweegt|bewegen)\s+(?:[\w’'-]+\s+){0,4}?toe\s+naar\b")
_cue("stuur stuurt sturen", "target", "gov", r"\b(?P<fin>stuur|stuurt|sturen)\s+(?:(?!(?:u|uw|de|het|een)\b)[\w’'-]+\s+){0,4}?(?:aan\s+)?op\s+(?!de\s+hoogte\b)")
# a state named for a year still to come, in the present tense: "In 2030 koopt de overheid veel meer
# circulair in", "In 2035 beschikt Nederland over ...", "In 2050 moet het verbranden ... verleden tijd zijn"
_cue("in vanaf tegen uiterlijk", "target", "future_year",
     r"^\W*(?:(?:en|ook)\s+)?(?:in|vanaf|tegen|uiterlijk\s+in)\s+(?P<year>20\d\d)\s+(?P<fin>is|zijn|heeft|hebben|wordt|worden|moet|moeten|[a-zëéï]{3,}(?:t|en))\b")

# the government's aim named as "het streven" or "onze/mijn inzet": "Daarbij is het streven om ...", "onze inzet
# is om al het nodige te doen"
_cue("streven inzet", "target", "any",
     r"\b(?:(?P<fin>is|blijft)\s+(?:het|ons|mijn)\s+streven\s+(?:om|dat|erop)\b|(?:het|ons|mijn)\s+streven\s+(?P<fin2>is|blijft)\s+(?:om|dat|erop)\b|"
     r"(?:onze|mijn)\s+inzet\s+(?P<fin3>is|blijft)\s+(?:om|dat|erop|gericht)\b)")
# the government's ambition named as its own: "Het is de ambitie van het kabinet om ...", "Dat is de ambitie
# van het kabinet", "We hebben een gigantische ambitie in het energieakkoord" (not a past "heeft ... neergelegd")
_cue("ambitie", "target", "any",
     r"\b(?P<fin>is|blijft)\s+(?:ook\s+)?de\s+(?:[a-zë-]+\s+)?ambitie\s+van\s+(?:het|dit)\s+kabinet\b")
_cue("ambitie", "target", "gov",
     r"\b(?P<fin>heb|hebben|heeft)\s+(?:[a-z]+\s+){0,2}?(?:een|de)\s+(?:[a-zë-]+\s+){0,2}?ambitie\b(?![^.;?]{0,60}\b[a-z]*(?:ge|be|ver|neer)[a-zë]+(?:d|t)\b\s*[.;]?$)")
# the government's effort or wish stated as a quantity, or as its aim without possessive: "De inzet van het
# kabinet is ten minste 40% CO2-reductie", "Inzet is om uiterlijk per 1 juli 2025 ... afgerond te hebben",
# "want Nederland wil minimaal 40%", "Wat Nederland wil, is meer dan 40%"
_AT_LEAST = r"(?:(?:ten\s+minste|tenminste|minimaal|minstens|meer\s+dan|ruim)\s+)"
_cue("inzet", "target", "any",
     r"(?:^\W*|:\s*)(?:de\s+)?inzet\s+(?:van\s+(?:het\s+kabinet|dit\s+kabinet|de\s+(?:nederlandse\s+)?regering|nederland)\s+)?"
     rf"(?P<fin>is|blijft)\s+(?:(?:dus|daarbij|hierbij)\s+)?(?:{_AT_LEAST}?(?=\d)|(?=om\b|dat\b|erop\b|gericht\b))")
# the same put after the verb: "Het is de inzet van het kabinet om …", "Hierbij is de inzet van Nederland en Europese
# partners in multilateraal verband dat …"
_cue("inzet", "target", "any",
     r"\b(?P<fin>is|blijft)\s+(?:ook\s+)?de\s+inzet\s+van\s+(?:het\s+kabinet|dit\s+kabinet|de\s+(?:nederlandse\s+)?regering|nederland)\b"
     r"(?:\s+[^.;,]{0,80}?)?\s+(?:om|dat)\b")
_cue("wil willen", "target", "gov", rf"\b(?P<fin>wil|willen)\s+(?:(?:ook|wel|echt|dus|nog\s+steeds)\s+)?{_AT_LEAST}(?=\d)")
_cue("wil willen", "target", "any",
     rf"^\W*wat\s+(?:nederland|het\s+kabinet|de\s+regering|wij|we|ik)\s+(?:wil|willen)\s*,\s*(?P<fin>is)\s+(?:{_AT_LEAST}?(?=\d)|(?=dat\b))")
# something of the government scheduled at a moment to come: "Een nieuw ambtsbericht is voorzien voor eind
# februari 2025", "De evaluatie staat gepland voor het najaar"
_cue("voorzien gepland ingepland", "plan", "scheduled",
     r"\b(?P<fin>is|zijn|staat|staan)\s+(?:(?!niet\b|geen\b)[\w’'-]+\s+){0,3}?(?:voorzien|gepland|ingepland)\s+(?:voor|in|op|rond|na)\b")
# holding on to a course: "Het kabinet houdt vast aan de uitvoering van de bestaande klimaatdoelen"
_cue("houdt houden", "plan", "gov_np", r"\b(?P<fin>houdt|houden)\s+(?:(?!niet\b|geen\b)[\w’'-]+\s+){0,3}?vast\s+aan\b")

# willingness and intention: "ik ben bereid om die op te pakken", "het is de bedoeling dat wij dat gesprek gaan voeren"
# (not a standing disposition: "Wij zijn altijd bereid om verantwoordelijkheid te nemen", "Wij zijn allemaal bereid om ...")
_cue("bereid", "plan", "gov", r"\b(?P<fin>ben|is|zijn)\s+(?:(?!niet\b|geen\b|altijd\b|allemaal\b)[\w’'-]+\s+){0,3}?bereid\s+(?:om\s+)?(?:[^.;?]{0,160}?)\bte\s+[a-zë]+en\b")
# willingness to what was just asked, named by a pronoun: "Maar daartoe ben ik zeker bereid", "Ja, daar ben ik toe bereid"
_cue("bereid", "plan", "gov",
     r"\b(?:daartoe|hiertoe|daar|hier)\s+(?P<fin>ben|zijn)\s+(?:ik|we|wij)\s+(?:(?:zeker|graag|wel|ook|best|zeer|natuurlijk|dus)\s+)*"
     r"(?:toe\s+)?bereid\b(?!\s+(?:om|te)\b)|"
     r"\b(?:ik|we|wij)\s+(?P<fin2>ben|zijn)\s+(?:(?:zeker|graag|wel|ook|best|zeer|natuurlijk|dus)\s+)*(?:daartoe|hiertoe)\s+bereid\b(?!\s+(?:om|te)\b)")
# (an intention the same: "Het is de intentie om ...", "dat het onze intentie is om dit onderzoek in september af te ronden",
# "Het is de intentie van het kabinet om boeren … verder te helpen")
_cue("bedoeling intentie", "plan", "any", rf"\b(?:het\s+(?P<fin>is)|(?P<fin2>is)\s+het)\s+(?:ook\s+)?(?:de\s+|mijn\s+|onze\s+)?(?:bedoeling|intentie)(?:\s+van\s+{_GOV_NP})?\s+(?:dat|om)\b|"
     r"\bhet\s+(?:ook\s+)?(?:de|mijn|onze)\s+(?:bedoeling|intentie)\s+(?P<fin3>is)\s+(?:dat|om)\b")
# monitoring is work going on by its nature, also in the active voice when it says how closely: "Wij volgen
# die discussie natuurlijk nauwgezet"
_cue("volg volgt volgen", "progress", "gov_nh",
     r"\b(?P<fin>volg|volgt|volgen)\s+(?:(?!niet\b|geen\b)[\w’'()-]+\s+){0,6}?(?:nauwgezet|nauwlettend|nauw|op\s+de\s+voet|scherp|kritisch|nadrukkelijk)\b")
# monitoring is work going on by its nature: "De ontwikkelingen worden in de gaten gehouden"
_cue("gaten gevolgd gemonitord bijgehouden", "progress", "gov_or_passive_nh",
     r"\b(?P<fin>wordt|worden)\s+(?:(?!niet\b|geen\b)[\w’'()-]+\s+){0,6}?(?:in\s+de\s+gaten\s+gehouden|nauwlettend\s+gevolgd|nauw\s+gevolgd|gemonitord|gemonitored)\b")
# a promise restated or confirmed in a debate: "De toezegging blijft staan", "ik heb al toegezegd om ..."
_cue("toezegging", "promise", "any", r"\b(?:de|die|deze|mijn|onze)\s+toezegging\s+(?P<fin>blijft\s+staan|staat|geldt|blijft)\b|"
     r"\b(?:die|deze|mijn|onze)\s+toezegging\s+(?P<fin2>herhaal)\s+ik\b")
# politely: "Die toezegging zou ik dus namens haar willen doen"
_cue("toezegging", "promise", "polite",
     r"\b(?:de|die|deze|een)\s+toezegging\s+(?P<fin>zou|wil)\s+ik\s+(?:[\w’'-]+\s+){0,4}?(?:willen\s+)?(?:doen|geven)\b")
# with whom and when between: "Ik heb de Kamer al vanmiddag toegezegd aan ... te zullen overbrengen"
_cue("toegezegd", "promise", "gov", r"\b(?:ik|wij|we)\s+(?P<fin>heb|hebben)\s+(?:(?!niet\b|geen\b|nooit\b)[\w’'-]+\s+){0,6}?toegezegd,?\s+(?:om\b|dat\b|te\b|(?=[^.;?]{0,80}\bte\s+[a-zë]+en\b))")
# legislation under way: "Overigens ligt deze wet inmiddels bij de Raad van State"
_cue("ligt liggen", "progress", "any",
     r"(?:\b(?:wet|wetsvoorstel|wetsvoorstellen|besluit|amvb|regeling|ontwerpbesluit)\s+(?P<fin>ligt|liggen)|"
     r"\b(?P<fin2>ligt|liggen)\s+(?:de|het|deze|dit|die)\s+(?:[\w-]+\s+)?(?:wet|wetsvoorstel|wetsvoorstellen|besluit|amvb|regeling|ontwerpbesluit))\s+"
     r"(?:nu\s+|inmiddels\s+|momenteel\s+|al\s+|op\s+dit\s+moment\s+)*(?:bij\s+de\s+raad\s+van\s+state|ter\s+advisering|ter\s+advies|in\s+(?:internet)?consultatie)\b")

# a polite promise in a debate: "Ik zou graag toezeggen ... om dat bij die aanpak nader te verhelderen"
_cue("toezeggen", "promise", "polite", r"\b(?:ik|wij|we)\s+(?P<fin>zou|zouden|wil|willen)\s+(?:graag|wel|best)\s+(?:[\w’'-]+\s+){0,2}?toezeggen\b")

# preparing for what is coming, reflexive: "Als rijksoverheid bereiden we ons voor op de gevolgen"
_cue("bereiden bereidt bereid", "progress", "gov_np_nh",
     r"\b(?P<fin>bereiden|bereidt|bereid)\s+(?:(?!niet\b|geen\b)[\w’'-]+\s+){0,6}?(?:ons|zich|me|mij)\s+(?:[\w’'-]+\s+){0,6}?voor\b")
# the Kamer will receive something from the government: "Daar krijgt u een brief over", "Dan krijgt u die informatie",
# "Voor het volgende commissiedebat MIRT ontvangt u een plan van aanpak"
# (and, the Kamer first, a document sent: "U krijgt een plan wat dit betreft toegestuurd")
_cue("krijgt ontvangt", "promise", "any",
     rf"\b(?P<fin>krijgt|ontvangt)\s+(?:u|uw\s+kamer|de\s+kamer)(?:\s*,\s*[^,.;:?]{{3,60}},)?\s+(?:[\w’'-]+\s+){{0,4}}?(?:een\s+)?(?:{_DOC_NOUN}|informatie)\b|"
     rf"(?:^\W*|[:;]\s*|\b(?:en|dan|dus)\s+)(?:u|uw\s+kamer|de\s+kamer)\s+(?P<fin2>krijgt)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC_NOUN}\b[^.;?]{{0,60}}?"
     r"\b(?:toegestuurd|toegezonden|opgestuurd|gestuurd)\b")
# the same with the Kamer first, for a moment to come: "U ontvangt dus binnenkort de resultaten van de pilot"
_cue("krijgt ontvangt", "promise", "scheduled",
     r"(?:^\W*|[:;]\s*)(?:u|uw\s+kamer|de\s+kamer)\s+(?P<fin>krijgt|ontvangt)\s+(?:dus\s+|ook\s+|nog\s+)*(?:[\w’'-]+\s+){0,8}?"
     r"(?:de|het|een|deze|die|mijn|onze)\b")
# coming back to a matter in a clause of its own: "Ik stel voor dat ik daar later schriftelijk op terugkom"
_cue("terugkom terugkomen", "promise", "gov",
     r"\b(?:dat|waarop|waarover)\s+(?:ik|we|wij)\s+(?:[\w’'-]+\s+){0,6}?(?P<fin>terugkom|terugkomen)\b")
# what the speaker proposes to do himself: "Ik stel voor dat ik dat even op schrift stel en aan de Kamer toestuur",
# "Dan stel ik voor dat we ook het Europese perspectief meenemen"
_cue("stel", "promise", "gov",
     r"\bstel\s+(?:ik\s+)?(?:(?:dus|dan|u|uw\s+kamer|graag)\s+)*voor\s+(?:om\s+)?dat\s+(?:ik|we|wij)\s+(?:[\w’'-]+\s+){0,14}?"
     r"(?P<fin>meenemen|meeneem|toestuur|toesturen|stuur|sturen|informeer|informeren)\s*[.;]?$")

_KIND_ORDER = {"promise": 0, "target": 1, "progress": 2, "plan": 3}

# trigger word -> the cues it can start, in the order of _CUES
_TRIGGER_INDEX: dict[str, list[int]] = {}
for _i, (_triggers, *_rest) in enumerate(_CUES):
    for _w in _triggers:
        _TRIGGER_INDEX.setdefault(_w, []).append(_i)


# --- documents -----------------------------------------------------------------

_VRAAG = re.compile(r"^\s*(?:\*\*)?vraag\s+\d+[a-z]?(?:\s*(?:,|en|t/m|-)\s*\d+)*\b", re.IGNORECASE)
_ANTWOORD = re.compile(r"^\s*(?:\*\*)?antwoord(?:en)?\s+(?:(?:op\s+)?(?:de\s+)?vra(?:ag|gen)\s+)?\d+[a-z]?(?:\s*(?:,|en|t/m|-)\s*\d+)*\b", re.IGNORECASE)
_GOV_SPEAKER = re.compile(r"^(?:de\s+)?(?:minister|staatssecretaris|minister-president)\b", re.IGNORECASE)
_ANSWER_BY = re.compile(r"Antwoord\s+van\s+(?:de\s+)?((?:minister|staatssecretaris)[^()]{0,80}?)\s*(?:\(|,|\n\n|$)", re.IGNORECASE)
_DATE_IN_TEXT = re.compile(r"(?:ontvangen|datum|d\.d\.|den haag,?|’s-gravenhage,?)\s*(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d\d)", re.IGNORECASE)


_PAST_MARK = re.compile(r"\s*(?:jl\.|j\.l\.|jongstleden|geleden)", re.IGNORECASE)


def is_motion(doc: Document) -> bool:
    kind = (doc.document_type or "").lower()
    title = (doc.title or "").lower()
    if "motie" in kind or title.startswith("motie"):
        return True
    # a debate quotes the moties its speakers submit ("[Mevrouw X (D66):] ... verzoekt de regering ..."): it is
    # no motie itself, and what its ministers say is read speaker by speaker
    if any(_SPEAKER_LINE.search(p.text) for p in doc.paragraphs[:40]):
        return False
    head = " ".join(p.text for p in doc.paragraphs[:40])
    return bool(re.search(r"verzoekt\s+de\s+regering", head, re.I) and re.search(r"gaat\s+over\s+tot\s+de\s+orde", head, re.I))


def is_policy_document(doc: Document) -> bool:
    """A document in which the government sets out its policy: a minister's letter, a note, a strategy, a
    budget; not answers to questions (Aanhangsel, Kamervragen) nor a debate (its speakers are told apart).

    There a present tense without a moment ("We begrenzen de koelwaterlozingen", "De voorwaarden worden
    aangescherpt") announces what the government will do, where in an answer to questions the same tense
    describes existing practice."""
    kind = (doc.document_type or "").lower()
    if "aanhangsel" in kind or "kamervragen" in kind or doc.document_id.startswith(("ah-", "kv-")):
        return False
    if any(w in kind for w in ("staatsblad", "staatscourant", "blad", "verdrag")):
        return False  # a law, regulation or treaty: its present tense is the rule itself
    return not any(p.role in (QUESTION, ANSWER) for p in doc.paragraphs)


_ANNUAL = re.compile(r"jaarverslag|jaarverantwoording|jaarrapport|slotwet|jaarplan", re.IGNORECASE)


# how an annual report names itself near its start, where its title is not known (text of a PDF): "Voor u ligt
# het eerste Financieel Jaarverslag Rijk", "In dit jaarverslag", a heading line "Jaarverslag en slotwet 2018"
_ANNUAL_SELF = re.compile(
    r"\bvoor\s+u\s+ligt\s+(?:\S+\s+){0,4}?(?:jaarverslag|jaarverantwoording|jaarrapport)|"
    r"(?:^|[.!?]\s+)(?:in\s+)?(?:dit|deze)\s+(?:\w+\s+){0,2}?(?:jaarverslag|jaarverantwoording|jaarrapport)\b|"
    r"^(?:financieel\s+)?(?:jaarverslag|jaarverantwoording)\b[^.!?]{0,80}$",
    re.IGNORECASE,
)


def is_annual_report(doc: Document) -> bool:
    """A document that accounts for a year (a jaarverslag, a jaarverantwoording, a slotwet), by its title or
    its name, or where neither says so by how its first paragraphs name it: it tells of the year's work in the
    simple past, and that year counts as the current one. A debate about an annual report is a debate: its
    ministers speak of what they do now and will do ("Dat nemen wij op in de brief")."""
    if not is_policy_document(doc) or any(SALUTATION.match(p.text.strip()) for p in doc.paragraphs[:12]):
        return False  # (a letter that offers a jaarplan or jaarverslag is no such report itself)
    if is_debate(doc):
        return False
    if _ANNUAL.search(f"{doc.title or ''} {doc.document_id}"):
        return True
    return not doc.title and any(_ANNUAL_SELF.search(p.text) for p in doc.paragraphs[:40])


def reference_date(doc: Document) -> date | None:
    if doc.publication_date:
        return doc.publication_date
    found = []
    for p in doc.paragraphs[:30]:
        for m in _DATE_IN_TEXT.finditer(p.text):
            try:
                found.append(date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))))
            except ValueError:
                pass
    if found:
        return max(found)
    if doc.vergaderjaar:
        years = re.findall(r"(?:19|20)\d\d", doc.vergaderjaar)
        if years:
            return date(int(years[-1]), 6, 30)
    return None


SELF = "ZELFNAAM"  # what `self_name` stands in for in the sentences read, so the noun phrases above take it
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")


# (a word that is no kind of document: "BKWI Jaarplan 2022" is the body's own)
_WORD_AFTER_NAME = re.compile(r"[ \t\u00a0-]+(?!(?:jaar)?(?:plan|verslag|rapport|rapportage|verantwoording|brief|notitie|memo|nota)\b)[^\W\d_]{2,}", re.I)


def self_name(doc: Document, context: Context | None = None) -> str | None:
    """The acronym by which the body that wrote a policy document names itself: one in its title (or its
    first line, where a text has no title) or in its identifier, that stands in its text at least three times
    ("Jaarplan BKWI 2022": "BKWI zal het centrale deel … ontwikkelen", "streeft BKWI ernaar …"). Such a body
    (an agency, a service) is the government side in its own plan or report, as "het korps" in the police's."""
    if not doc.paragraphs or not (context or model_context(doc)).policy:
        return None  # (not in a debate: its speakers are told apart by name)
    head = doc.title or doc.paragraphs[0].text
    if len(head) > 120:
        return None
    ids = set(re.split(r"[^a-z]+", doc.document_id.lower()))
    # an acronym in the title that a word follows names the subject matter ("AI Impact Assessment"), not a body
    topics = {m.group() for m in _ACRONYM.finditer(head) if _WORD_AFTER_NAME.match(head, m.end())}
    found = [a for a in _ACRONYM.findall(head) + [a.upper() for a in ids if 2 <= len(a) <= 6] if a not in topics]
    body = " ".join(p.text for p in doc.paragraphs[:400])
    for name in dict.fromkeys(found):
        if _GOV_SUBJ.fullmatch(name) or _NONGOV_ANY.fullmatch(name):
            continue  # already known (UWV, SZW), or someone else (EU)
        if len(re.findall(rf"(?<![\w-]){name}(?![\w-])", body)) >= 3:
            return name
    return None


# In an annual report a body accounts for its own year and names itself "zij" (an organisation is feminine in
# written Dutch): "In 2017 trof zij de eerste voorbereidingen", "Daarom werkt zij hard aan ...". A singular verb
# beside it tells this "zij" from the plural "they" ("troffen zij", "zij werken"), which stays someone else.
_BODY_SHE_WORDS = re.compile(r"\b(?:zij|ze)\b", re.IGNORECASE)
_SINGULAR_FINITE = (r"(?:is|was|heeft|had|wil|wilde|zal|zou|kan|kon|moet|moest|doet|deed|trof|nam|gaf|bood|besloot|sloot|"
                    r"liet|hield|bracht|ging|kwam|stond|zag|koos|hief|schreef|droeg|[a-zë]{1,}(?:t|te|de)(?<!dat)(?<!niet)(?<!met)(?<!wat)(?<!tot)(?<!want)(?<!echt))")
_BODY_SHE = re.compile(
    rf"(?P<verb>\b{_SINGULAR_FINITE}\s+)(?:zij|ze)\b|(?P<lead>^\W*|[,;:]\s+|\ben\s+|\bmaar\s+)(?:zij|ze)(?=\s+{_SINGULAR_FINITE}\b)",
    re.IGNORECASE,
)


def _body_she(s: str) -> str:
    """`s` with the body's singular "zij" as SELF (see `self_name`)."""
    return _BODY_SHE.sub(lambda m: (m.group("verb") or m.group("lead") or "") + SELF, s)


def author_of(doc: Document) -> str | None:
    if doc.author:
        return doc.author
    head = "\n".join(p.text for p in doc.paragraphs[:15])
    m = _ANSWER_BY.search(head)
    if m:
        return re.sub(r"\s+", " ", m.group(1)).strip()
    return None


def extract_commitments(doc: Document, use_model: bool = True) -> list[Commitment]:
    """The government's commitments in the document; `use_model=False` gives the rules' finds alone (what the
    model is trained beside)."""
    if is_motion(doc):
        return []
    ref = reference_date(doc)
    author = author_of(doc)
    out: list[Commitment] = []
    context = model_context(doc)
    model = load_model() if use_model else None
    glued = may_be_glued(doc)
    reads = model is not None and model.reads(context)
    annual = is_annual_report(doc)
    own = self_name(doc, context)
    own_rx = re.compile(rf"(?<![\w-]){own}(?![\w-])") if own else None
    previous_found = False  # whether the rules took the sentence before: commitments come in runs
    for index, start, sentence in government_sentences(doc):
        method = "rule"
        s = _norm(sentence, glued)
        if own_rx is not None and own in s:
            s = own_rx.sub(SELF, s)
        if annual and _BODY_SHE_WORDS.search(s):
            s = _body_she(s)
        follows_find, previous_found = previous_found, False
        if ruled_out(s, context.policy):
            continue
        found = _classify(s, sentence, ref, context.policy, annual)
        previous_found = found is not None
        # what the rules pass over, the learned model reads (see commitment_model.py); in a debate it also
        # has a say over what they took
        feats = features(sentence, context, follows_find) if reads and (found is None or context.spoken) and _model_may_take(s, sentence, context.spoken) else None
        if found is not None and feats is not None and model.vetoes(feats) and not explicit_toezegging(found[1]):
            continue
        if found is None:
            if feats is None or not model.accepts(feats, context.spoken):
                continue
            cue = _subject_and_verb(sentence) or model.cue(sentence, feats)
            found, method = (model.kind(feats), cue, _any_subject(sentence)), "model"
        kind, cue, actor = found
        # the body's name where the sentence read stood it in (see `self_name`, `_body_she`)
        cue, actor = (x.replace(SELF, own or "zij") if x else x for x in (cue, actor))
        # in a debate a minister's "ik zal" / "ik ga" answers a member of the Kamer: an undertaking towards
        # the Kamer (a toezegging), not a plan stated in general
        if context.spoken and kind == "plan" and _FIRST.fullmatch(actor or "") and (
                _SPOKEN_PROMISE.match(cue or "") or _WILLING.search(cue or "")):
            kind = "promise"
        # and the effort a minister says is being made ("Wij zetten ons er volop voor in", "zetten we ook in op")
        # is work under way
        if context.spoken and kind == "plan" and method == "rule" and _EFFORT_MADE.match(cue or ""):
            kind = "progress"
        deadline = find_deadline(sentence, context.spoken) or (find_deadline(unglue(sentence)) if glued else None)  # "ditvoorjaar"
        due = resolve(deadline, ref)
        if deadline is not None and (_PAST_MARK.match(sentence, deadline.end) or (due and ref and due < ref)):
            deadline, due = None, None  # a moment already past is no deadline ("op 1 juli jl.")
        out.append(
            Commitment(
                paragraph=index,
                sentence=sentence,
                char_start=start,
                char_end=start + len(sentence),
                kind=kind,
                actor=_resolve_actor(actor, author),
                cue=cue,
                deadline=deadline.text if deadline else None,
                due_date=due,
                method=method,
            )
        )
    return out


_TOEZEGGING = re.compile(r"\btoe(?:zeg\w*)?\b", re.IGNORECASE)


def explicit_toezegging(cue: str | None) -> bool:
    """Whether a rule's cue says "toezeggen" in so many words ("zeg ik … graag toe", "kan ik toezeggen"): a
    toezegging whatever the model makes of the rest of the sentence, so no veto drops it."""
    return cue is not None and _TOEZEGGING.search(cue) is not None


def is_debate(doc: Document) -> bool:
    """A debate's text, told by its speaker lines ("[Minister Jansen:]")."""
    return any(_SPEAKER_LINE.search(p.text) for p in doc.paragraphs)


def model_context(doc: Document) -> Context:
    """What the learned model is told about the document: its year and genre."""
    ref = reference_date(doc)
    spoken = is_debate(doc)
    return Context(
        reference_year=ref.year if ref else None,
        policy=not spoken and is_policy_document(doc),
        spoken=spoken,
        answers=any(p.role in (QUESTION, ANSWER) for p in doc.paragraphs) or any(_VRAAG.match(p.text) for p in doc.paragraphs[:60]),
    )


def government_sentences(doc: Document) -> Iterator[tuple[int, int, str]]:
    """(paragraph index, char start, sentence) of every sentence the government side speaks.

    Questions of members (Vraag n), other speakers in a debate, headings,
    footnotes and table rows are left out; an answer's "Antwoord n" label is
    stripped from its first sentence."""
    has_roles = any(p.role in (QUESTION, ANSWER) for p in doc.paragraphs)
    proposal = _proposal_sections(doc)
    looks_aanhangsel = not has_roles and any(_VRAAG.match(p.text) for p in doc.paragraphs[:60])
    mode = "header" if looks_aanhangsel else "answer"
    for index, para in enumerate(doc.paragraphs):
        text = para.text
        if not text or not text.strip():
            continue
        if not has_roles:
            if _VRAAG.match(text):
                mode = "question"
            elif _ANTWOORD.match(text):
                mode = "answer"
        if para.role in _SKIP_ROLES or para.section in proposal:
            continue
        for seg_start, seg_end, speaker in _segments(text):
            if speaker is not None:
                mode = "answer" if _GOV_SPEAKER.match(speaker) else "other"
            if mode != "answer":
                continue
            for start, end in sentence_spans(text[seg_start:seg_end]):
                start, end = start + seg_start, end + seg_start
                sentence = text[start:end]
                if not has_roles and (_VRAAG.match(sentence) or _ANTWOORD.match(sentence)):
                    sentence, start = _strip_label(sentence, start)
                    if not sentence:
                        continue
                yield index, start, sentence


# A BNC-fiche follows a fixed template: its first two sections give the data and the content of the European
# Commission's proposal, the Commission's plans; the government's position starts at "Nederlandse positie"
_FICHE_PROPOSAL = re.compile(r"^\W*(?:\d+\.?\s*)?(?:Algemene\s+gegevens|Essentie\s+voorstel)\b", re.IGNORECASE)
_FICHE_POSITION = re.compile(r"^\W*(?:\d+\.?\s*)?Nederlandse\s+positie\b", re.IGNORECASE)


def _proposal_sections(doc: Document) -> set[int]:
    """The sections of a BNC-fiche that describe the Commission's proposal (none in other documents)."""
    titles = [s.title or "" for s in doc.sections]
    if not any(_FICHE_POSITION.match(t) for t in titles):
        return set()
    return {i for i, t in enumerate(titles) if _FICHE_PROPOSAL.match(t)}


_LET_BE = frozenset("zitten rusten liggen staan gaan gebeuren".split())
# (not the plural "gaan": "We gaan dit nauwgezet volgen" states what the government intends, labellers read a plan;
# "ik ga", "ik zal" and "we zullen" pledge)
_SPOKEN_PROMISE = re.compile(r"(?:zal|zullen|ga|laat\s+ik)\b", re.IGNORECASE)
_WILLING = re.compile(r"\bgraag$", re.IGNORECASE)  # the cue of an offer: "neem ik graag"
_EFFORT_MADE = re.compile(r"\W*(?:(?:ik|we|wij|het\s+kabinet|nederland)\s+)?(?:zet|zetten|span|spannen)\b", re.IGNORECASE)
_SPEAKER_LINE = re.compile(r"^[ \t]*\[([^\]\n]{2,120}?)\s*:?\s*\][ \t]*:?", re.MULTILINE)


def _segments(text: str) -> list[tuple[int, int, str | None]]:
    """Parts of a paragraph between speaker lines ("[Minister Ollongren :]"), with the speaker that opens each."""
    if "[" not in text:
        return [(0, len(text), None)]
    marks = list(_SPEAKER_LINE.finditer(text))
    if not marks:
        return [(0, len(text), None)]
    out: list[tuple[int, int, str | None]] = []
    if marks[0].start() > 0:
        out.append((0, marks[0].start(), None))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append((m.end(), end, m.group(1).strip()))
    return out


def _strip_label(sentence: str, start: int) -> tuple[str, int]:
    m = (_VRAAG.match(sentence) or _ANTWOORD.match(sentence))
    rest = sentence[m.end():]
    lead = len(rest) - len(rest.lstrip())
    return rest.strip(), start + m.end() + lead


def _resolve_actor(actor: str | None, author: str | None) -> str | None:
    if actor is None:
        return author
    if actor.lower() in ("ik", "wij", "we"):
        return author or actor
    return actor


# --- sentences -----------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-zëïöüéè]+")
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(?=[a-zë])")


_ABBREV_DOTS = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,4}\.){2,}|(?<![\w.])(?:" + "|".join(
    sorted((re.escape(a) for a in ABBREVIATIONS if "/" not in a), key=len, reverse=True)) + r")\.(?=\s+[a-z0-9€(])", re.IGNORECASE)
_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")


# (also a bare page or footnote number left before a sentence that opens with a capital: "25 Nederland focust
# hierbij op ..."; a count opens with a lower-case noun, "25 gemeenten doen mee")
_LIST_MARK = re.compile(r"^(?:[-–−•·▪●◦*]|\d{1,2}[.):]|[a-z][.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|\d{1,3}(?=\s+[A-Z][a-z]))\s+(?=\S)")
# a run-in heading: a few words without a verb's ending punctuation, a dash or colon, then the sentence
# ("Regie inrichting van de ondergrond - Het ruimtelijk ordenen ...", "Centrale missie: In 2040 ...")
_RUN_IN_HEAD = re.compile(r"^[A-Z][^.!?:;,–—-]{2,80}?(?:\s[-–]|:)\s(?=[A-Z])")
_HEAD_IS_CLAUSE = re.compile(
    r"\b(?:ik|we|wij|komt|komen|gaat|gaan|wordt|worden|zal|zullen|heeft|hebben|kan|kunnen|moet|moeten|wil|willen)\b(?=[^:]*:\s$)",
    re.IGNORECASE)
_LIST_MARK_FIRST = frozenset("-–−•·▪●◦*(0123456789abcdefghijklmnopqrstuvwxyz")


def _norm(sentence: str, glued: bool = True) -> str:
    """The sentence as one line, without hyphenated line breaks and abbreviation dots (for matching only)."""
    s = _HYPHEN_BREAK.sub(r"\1", sentence.replace("\u00ad", ""))
    if "." in s[:-1]:
        s = _ABBREV_DOTS.sub(lambda m: m.group(0).replace(".", ""), s)
        s = _INNER_DOT.sub("", s)
    s = _SPACES.sub(" ", s).strip()
    if s[:1] in _LIST_MARK_FIRST:
        s = _LIST_MARK.sub("", s, count=1)  # "5. We voeren ...", "- In 2030 ...", "• ...": the item's sentence
    if " - " in s[:90] or " – " in s[:90] or ": " in s[:90]:
        # "Regie inrichting van de ondergrond - Het ruimtelijk ordenen ...", not a clause of its own before a colon
        # ("Daarnaast komt het kabinet met een campagne in 2025: Agressie tegen hulpverleners, …")
        head = _RUN_IN_HEAD.match(s)
        if head and not _HEAD_IS_CLAUSE.search(head.group(0)):
            s = s[head.end():]
    if "–" in s or "—" in s:
        s = _DASH_ASIDE.sub(" ", s)  # "Nederland blijft zich – ook als lid van de Raad – inzetten"
        # a question put aside after a dash is no question of the statement before it: "Dat betekent ook dat we
        # zekerheid willen geven over welke oplossingen duurzaam zijn — mag ik dat onderstrepen?"
        s = _DASH_QUESTION.sub(".", s)
    if "(" in s:
        s = _NAME_GLOSS.sub(r"\1", s)  # "EZK (Ministerie van Economische Zaken en Klimaat) ontwikkelen"
        s = _BRACKETED_PART.sub(r"\1\2", s)  # "(top)sport", "verordening(en)": one word
    return unglue(s) if glued else s  # words run together at lost line breaks: see glue.py




# a name's expansion in brackets right after an acronym ("de AIVD (Algemene Inlichtingen- en
# Veiligheidsdienst)", "CIO-Rijk (directie ...)"): an apposition that stands between subject and verb
_NAME_GLOSS = re.compile(r"(\b[A-Z][\w&-]*[A-Z][\w&-]*)\s\([^()]{2,80}\)")
_BRACKETED_PART = re.compile(r"(?<=\w)\((\w{1,12})\)|\((\w{1,12})\)(?=\w)")
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—.;?]{1,100}?\s[–—]\s")
_DASH_QUESTION = re.compile(r"(?<=[\w)])\s[–—]\s[^–—.;?!]{3,80}\?$")


def classify(
    sentence: str, ref: date | None = None, policy: bool = False, glued: bool = True, annual: bool = False
) -> tuple[str, str, str | None] | None:
    """(kind, cue, actor) when the sentence is a commitment of the government side, else None.

    `ref` is the document's date; it tells a future moment ("in het najaar") from a past one. In a
    `policy` document (see `is_policy_document`) a present tense that announces policy is a plan. `glued`
    says whether words may have run together (text converted from PDF), see `glue.may_be_glued`; `annual`
    whether the document accounts for a year (see `is_annual_report`)."""
    s = _norm(sentence, glued)
    return None if ruled_out(s, policy) else _classify(s, sentence, ref, policy, annual)


def _classify(s: str, sentence: str, ref: date | None, policy: bool, annual: bool = False) -> tuple[str, str, str | None] | None:
    """`classify` of the normalised sentence `s`, once `ruled_out` has passed it."""
    # the cues are read in the main clause, without an embedded relative clause between commas: in "Ik zal
    # ook bij het vervolg van het experiment, dat gewijzigd zal worden naar aanleiding van ..., weer contact
    # opnemen" the modal and its infinitive lie on either side of the embedded clause, and neither the
    # verbs nor the subject of the relative clause ("De commissie, die ik heb ingesteld, zal ...") belong
    # to the main clause
    # the same holds for a comparative aside between commas ("Ook heeft het ministerie, zoals aangegeven in
    # de beantwoording van eerdere vragen, de afgelopen maanden contact met ..."): it names no act of its own
    main = _ZOALS_ASIDE.sub(" ", _EMBEDDED_RELATIVE.sub(" ", s)) if ", " in s else s
    if annual and ref is not None:
        ref = date(ref.year, 1, 1)  # what lies past the year accounted for is still to come in an annual report
    best = _best_cue(main, ref, annual)
    if best is None:
        found = _activity(s, ref, policy)
        if found is None:
            if policy:
                goal = _GOAL_ITEM.match(main)
                item = _LIST_MARK.match(sentence.lstrip()) or _RUN_IN_HEAD.match(sentence.lstrip())
                verbless = not set(_WORD.findall(main.lower())) & (_AUX_FORMS | _PAST_AUX | _COPULAS)
                if goal and item and ref is not None and int(goal.group("year")) > ref.year and verbless:
                    return "target", _short(goal.group(0)), None
                informed = _POLICY_INFORM.search(main)
                if informed and not (_HABITUAL.search(s) or _NEGATION.search(informed.group(0)) or _HYPOTHETICAL.search(s)):
                    return "promise", _short(informed.group(0)), None
                passive = _policy_passive(main, ref)
                if passive is not None and annual and not _future_time(s, ref):
                    # an annual report's present passive describes how things are done ("De fouten worden
                    # opgeteld"), unless it is work under way ("Hierbij wordt zelfroosteren gestimuleerd")
                    if _ONGOING_WORK.search(passive):
                        return "progress", _short(passive), None
                elif passive is not None:
                    return "plan", _short(passive), None
                norm = _POLICY_MUST.match(main)
                if norm and not (_FORECAST.search(s) or _NEGATION.search(s) or _HYPOTHETICAL.search(s)):
                    return "target", _short(norm.group("cue")), None
                becomes = _POLICY_BECOMES.match(main)
                if becomes and not (_FORECAST.search(s) or _NEGATION.search(s) or _HYPOTHETICAL.search(s)):
                    return "target", _short(becomes.group("cue")), None
                granted = _POLICY_GRANT.match(main) if not annual else None
                if granted and not (_NEGATION.search(main) or _MODAL.search(main[:granted.start("cue")]) or _FUTURE_AUX.search(main[:granted.start("cue")])
                                    or _HYPOTHETICAL.search(s) or _past_time(s, ref)):
                    return "plan", _short(granted.group("cue")), None
                ahead = _year_ahead(main, ref) if annual else None
                if ahead is not None:
                    return "plan", _short(ahead), None
            return None
        cue, actor = found
        if annual and not (_NOW.search(s) or _future_time(s, ref) or _effort(s, cue, actor)):
            return None  # an annual report's present tense of standing practice: "De AP biedt FG's ..."
        # in a policy document a present tense without a moment of now announces a policy
        kind = "plan" if (policy and not _NOW.search(s)) or _TEMPORAL_START.match(s) else "progress"
        return _refined_kind(kind, s, cue, ref, policy, annual), _short(cue), actor
    _, kind, cue, actor = best
    if kind == "progress" and _TEMPORAL_START.match(s):
        kind = "plan"  # work set for a moment to come: "Zodra de resultaten er zijn, voeren we het gesprek"
    return _refined_kind(kind, s, cue, ref, policy, annual), _short(cue), actor if actor != "-" else None


def _refined_kind(kind: str, s: str, cue: str, ref: date | None, policy: bool, annual: bool) -> str:
    """The kind of a find once the sentence around its cue is read: what the act is, not only how it is said."""
    year = _YEAR_FIRST.match(cue)
    if kind == "target" and year and ref is not None and int(year.group("year")) - ref.year <= 3:
        return "plan"  # what is set for a year near at hand is planned ("In 2025 wordt de aanpak herijkt"), a far one a goal
    if kind == "progress" and policy and not annual and _MORE_EFFORT.search(cue) and _POLICY_MAKER.search(s) \
            and not _NOW.search(s):
        return "plan"  # in a text that sets out policy, more effort in the present tense is announced: a plan
    if kind == "plan" and _GOAL_SET.search(s):
        return "target"  # "Het kabinet stelt zich tot doel om …", "hanteren we … een doel van 55 procent recycling"
    if kind == "plan" and policy and _WANTED_STATE.search(cue):
        return "target"  # a state wanted is a goal: "Het kabinet wil de kwaliteit van werk verhogen"
    if kind == "plan" and (_LETTER_TO_COME.search(s) or _INFORMING.search(cue)):
        # a letter to come and informing are undertakings towards the Kamer: "Er komt een brief van de minister",
        # "Ik wil u daar aan het einde van het jaar over informeren", "Ik wil hier graag op terugkomen"
        return "promise"
    return kind


# more effort or means put in: "Het kabinet versterkt de digitale infrastructuur", "Nederland investeert in …",
# "intensiveert het kabinet de adaptatie-inspanningen", "wordt ingezet op meer water-efficiëntie", "wordt extra
# geïnvesteerd in" (not work that goes on as it did: "ontwikkelt", "werkt aan", "onderzoekt")
_MORE_EFFORT = re.compile(r"\b(?:versterkt|versterken|verstevigt|verstevigen|intensiveert|intensiveren|investeert|investeren|"
                          r"breidt|breiden|ingezet|geïnvesteerd|geïntensiveerd)\b", re.IGNORECASE)
# who sets policy, or a passive that leaves them unnamed (an agency's effort, "de inspectie verstevigt de contacten",
# is its work under way)
_POLICY_MAKER = re.compile(r"\b(?:het|dit)\s+kabinet\b|\b(?:nederland|het\s+rijk|de\s+regering|we|wij)\b|\b(?:wordt|worden)\b",
                           re.IGNORECASE)
# a goal the government sets itself or holds to
_GOAL_SET = re.compile(
    r"\b(?:stel|stelt|stellen)\s+(?:[\w’'-]+\s+){0,3}?(?:zich|ons|mij|me|zichzelf)\s+(?:[\w’'-]+\s+){0,3}?(?:(?:ten|tot)\s+doel|doelen)\b|"
    r"\b(?:hanteer|hanteert|hanteren)\b[^.;:]{0,80}?\b(?:een|het)\s+(?:[\w-]+\s+)?doel\s+van\b",
    re.IGNORECASE,
)
# the verbs of informing the Kamer, in a cue of another kind ("wil … informeren", "hoop … te informeren"); narrower
# than `_INFORM`, whose "toelichten", "schetsen" and "beantwoorden" after "wil"/"ga" are as often the debate's own
# speech (read with `_INFORM`, the kinds of three matched rows more are wrong)
_INFORMING = re.compile(
    r"\b(?:informeren|informeer|informeert|terugkomen|terugkom|terugkoppelen|rapporteren|rapporteer|rapporteert|reageren|reageer|reageert|"
    r"toekomen|ingaan)\b|"
    # (active only: in "Ministeries zullen … op de hoogte worden gesteld" the subject is who is informed)
    r"\bterug\s+te\s+komen\b|\bin\s+te\s+gaan\b|\bop\s+de\s+hoogte\s+(?:te\s+)?(?:brengen|stellen|houden)\b",
    re.IGNORECASE,
)
# "wil" with a verb that names a state to reach rather than an act: "Het kabinet wil de bestaanszekerheid van mensen
# vergroten", "We willen een vitale bodem bereiken" (not "wil met zorgverzekeraars afspreken", "willen verkennen")
_WANTED_STATE = re.compile(
    r"^(?:wil|willen)\b.*\b(?:verhogen|verlagen|vergroten|verkleinen|verminderen|verbeteren|versterken|terugdringen|terugbrengen|"
    r"reduceren|halveren|verdubbelen|verkorten|behouden|bereiken|voorkomen|beperken|herstellen|borgen|worden|zijn)$",
    re.IGNORECASE,
)
# a letter that comes or is sent: "Er komt volgende week al een brief", "De minister van OCW komt nog met een brief",
# "Die reactie komt in oktober", "Voor het einde van het jaar stuurt het kabinet een contourenbrief hierover aan de
# Kamer" (not a letter read now: "zoals ook in de brief staat")
_LETTER_NOUN = r"(?:[\w-]*brief|(?:kabinets|beleids)?reactie|notitie|update|voortgangsrapportage|appreciatie)"
_LETTER_TO_COME = re.compile(
    rf"\b(?:kom|komt|komen)\s+(?:(?!(?:dat|die|of|uit|terug)\b)[\w’'-]+\s+){{0,8}}?(?:met\s+)?(?:een|de|die|deze|het)\s+(?:[\w-]+\s+){{0,2}}?{_LETTER_NOUN}\b|"
    rf"\b(?:stuur|stuurt|sturen|zend|zendt|zenden)\b[^.;?]{{0,80}}?\b{_LETTER_NOUN}\b|"
    rf"\b(?:de|die|deze|een|mijn|onze)\s+(?:[\w-]+\s+)?{_LETTER_NOUN}\s+(?:komt|komen)\b|"
    # (or anything sent or offered to the Kamer: "stuurt het kabinet … een pakket … naar de Kamer", "We bieden dit
    # wetsvoorstel later dit jaar aan de Tweede Kamer aan")
    r"\b(?:stuur|stuurt|sturen|bied|biedt|bieden|leg|legt|leggen|zend|zendt|zenden|komt|komen|gaat|gaan)\b[^.;?]{0,120}?"
    r"\b(?:naar|aan)\s+(?:de|uw)\s+(?:tweede\s+)?kamer\b",
    re.IGNORECASE,
)
# a year named in an annual report's main clause: "Deze krijgen in 2018 vorm en inhoud", "De betreffende
# PD-functies wijst het korps in 2018 aan"
_YEAR_PHRASE = re.compile(r"\b(?:in|vanaf|per|medio|eind|begin|gedurende|tot\s+in)\s+(?P<year>20\d\d)\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
# a cue opened by the year it names: "In 2030 is …", "Ook in 2021 blijft …" (see `_refined_kind`)
_YEAR_FIRST = re.compile(r"\W*(?:ook\s+)?" + _YEAR_PHRASE.pattern, re.IGNORECASE)
# a weak past ("leidde", "stelde", "startten"), not a present participle or superlative ("betreffende", "laatste")
_PAST_TENSE_WORD = re.compile(r"\b[a-zë]+[^aeiou\s](?:de|te|den|ten)\b(?<!ende)(?<!enden)(?<!ste)(?<!sten)", re.IGNORECASE)
_STATE_NOW = re.compile(r"\b(?:nog|al|reeds|inmiddels|sinds)\b", re.IGNORECASE)


def _year_ahead(s: str, ref: date | None) -> str | None:
    """In an annual report (`ref` the first day of the year it was published in, the year after the one it accounts
    for): a main clause in the present tense that names that year or a later one sets work still to come."""
    if ref is None:
        return None
    for m in _YEAR_PHRASE.finditer(s):
        if int(m.group("year")) < ref.year:
            continue
        start = _clause_start(s, m.start())
        end = _ACT_CLAUSE_END.search(s, m.end())
        clause = s[start:end.start() if end else len(s)]
        words = set(_WORD.findall(clause.lower()))
        # a past or a perfect ("is in 2018 afgerond"), a subordinate clause, a state that holds now ("zijn in 2018 nog
        # in behandeling"), a negation or a possibility: no work set for the year
        if words & (_PAST_STRONG | _PAST_AUX | {"is", "zijn", "heeft", "hebben", "kan", "kunnen", "zou", "zouden", "mag", "mogen"}) \
                or _PAST_TENSE_WORD.search(clause) or _SUBORDINATE.search(s, start, m.start()) or _STATE_NOW.search(clause) \
                or _NEGATION.search(clause) or _HYPOTHETICAL.search(clause) or _FORECAST.search(s):
            continue
        return clause.strip()
    return None


# a condition put with the verb first, then "dan": "Leidt een schatting tot <35%, dan wordt de uitkering beëindigd"
_VERB_FIRST_CONDITION = re.compile(
    r"\W*(?:is|zijn|wordt|worden|heeft|hebben|blijkt|blijken|leidt|leiden|komt|komen|gaat|gaan|ontstaat|volgt|krijgt|"
    r"krijgen|vindt|vinden|wil|willen|kan|kunnen|moet|moeten|staat|staan|valt|vallen|neemt|nemen)\s+[^.;?]{3,200}?,\s*dan\s",
    re.IGNORECASE,
)
_UNMARKED_QUESTION = re.compile(r"\W*(?:hoe|waarom)\s+[a-zë]+\s+(?:ik|we|wij)\b", re.IGNORECASE)
# a member's question named without a verb, the answer not yet begun: "Dan de vraag van mevrouw Postma of ik kan
# toezeggen dat ik ga werken aan …", "Ten slotte de vraag van mevrouw X hoe het onderwerp geborgd wordt in de Wmo"
# (after a colon the answer follows: "Dan de vraag van de heer X: …")
_QUESTION_NAMED = re.compile(r"\W*(?:(?:dan|en|nu|ook|verder|daarnaast|tot\s+slot|ten\s+slotte|als\s+laatste)\W+)?de\s+vraag\s+van\s+"
                             r"(?:de\s+heer|mevrouw|het\s+lid)\s+(?:[\w'’-]+\s+){1,4}?(?:of|hoe|wat|waarom|wanneer|welke|waar\w*)\s[^:]*$",
                             re.IGNORECASE)
# a member's question reported, the member a pronoun or left out: "Verder wil hij weten wat ik ga doen om zorgfraude
# aan te pakken", "Zij vraagt of we daar voor de zomer op terugkomen", "Er wordt mij gevraagd of dat dan in Q3 is"
_QUESTION_REPORTED = re.compile(
    r"\W*(?:(?:verder|ook|daarnaast|dan|en|tot\s+slot|ten\s+slotte)\s+)?(?:(?:wil|wilde|vraagt|vroeg)\s+(?:hij|zij|ze)|(?:hij|zij|ze)\s+"
    r"(?:wil|wilde|vraagt|vroeg)|(?:er\s+wordt|wordt\s+er)\s+(?:(?:mij|ons|ook|nog|dan)\s+){0,2}gevraagd)\s+(?:\w+\s+){0,2}?"
    r"(?:weten|of|wat|hoe|waarom|wanneer|welke|waar\w*)\b[^;:]*$", re.IGNORECASE)
# a question quoted whole, its mark inside the quotes: "… waar denkt u dan aan?\""
_QUESTION_END = re.compile(r"\?\s*[\"”’'»)]*\s*$")
# a possibility not ruled out is no undertaking: "Ik wil niet uitsluiten dat er nu eerst wordt gekeken naar …",
# "Ik sluit niet uit dat …", "Het is niet uitgesloten dat …"
_NOT_RULED_OUT = re.compile(
    r"\W*(?:(?:maar|en|dus|ook)\s+)?(?:(?:ik|we|wij|het\s+kabinet)\s+(?:wil|willen|kan|kunnen)\s+(?:\w+\s+){0,2}?niet\s+uitsluiten|"
    r"(?:ik|we|wij|het\s+kabinet)\s+(?:sluit|sluiten)\s+(?:\w+\s+){0,2}?niet\s+uit|het\s+is\s+(?:\w+\s+)?niet\s+uitgesloten)\s*,?\s+dat\b[^;:]*$",
    re.IGNORECASE)
# nor is an undertaking refused: "Ik kan niet toezeggen dat de medeoverheden daarbij worden betrokken"
_REFUSED = re.compile(r"\W*(?:(?:nogmaals|maar|en|dus)\W+)?(?:(?:ik|we|wij)\s+(?:kan|kunnen|wil|willen)|(?:kan|kunnen|wil|willen)\s+(?:ik|we|wij))\s+"
                      r"(?:(?:echter|dus|nu|ook|helaas|u)\s+)*niet\s+toezeggen\s+dat\b[^;:]*$", re.IGNORECASE)
# "Soms ...": what happens now and then, a habit and no undertaking ("Soms komen we terug naar de Kamer dat ...")
_SOMETIMES = re.compile(r"\W*(?:(?:en|maar|dus)\s+)?soms\b", re.IGNORECASE)


# the adverbs that point back to a means or cause just named: what follows them is its effect
_EFFECT_ADVERB = r"(?:daarmee|hiermee|daardoor|hierdoor)"
_CAUSE_OR_PURPOSE_START = re.compile(r"\W*(?:doordat|zodat)\b", re.IGNORECASE)


_ASKS_LEAVE_TO_RETURN = re.compile(rf"\W*(?:(?:voorzitter|dan|en|maar|dus)\W+)*{_LEAVE_TO_RETURN}\s*$", re.IGNORECASE)


def ruled_out(s: str, policy: bool = False) -> bool:
    """Whether the (normalised) sentence can be no commitment whatever its verbs: too short, a question,
    a motie's request, a condition, someone else's words or a consequence of theirs. In a `policy`
    document "waar nodig" and "waar mogelijk" hedge a plan and make no condition."""
    # (also a question put without its question mark, the verb right after the question word: "Hoe zorgen we
    # ervoor dat die balans behouden blijft, zo vertaal ik maar even de vraag van …", and a condition put with
    # its verb first: "Leidt … tot …, dan wordt …")
    # (nor a cause put first, whose main clause tells its effect: "Doordat de borger meewerkt … wordt de verhuur
    # voortgezet"; nor a purpose clause standing alone: "Zodat we vandaag én morgen kunnen blijven rijden.")
    # (but asking leave to answer later offers the answer: "Voorzitter, mag ik hier in mijn tweede termijn op terugkomen?")
    if len(s) < 12 or (_QUESTION_END.search(s) and not _ASKS_LEAVE_TO_RETURN.match(s)) or _UNMARKED_QUESTION.match(s) or _VERB_FIRST_CONDITION.match(s) or _SOMETIMES.match(s) \
            or _CAUSE_OR_PURPOSE_START.match(s) or _QUESTION_NAMED.match(s) or _QUESTION_REPORTED.match(s) or _NOT_RULED_OUT.match(s) or _REFUSED.match(s):
        return True
    kamer_wish = _KAMER_WISH.match(s)
    condition = _CONDITION_START.match(s) and not (_TEMPORAL_START.match(s) or _WHEN_FUTURE.match(s) or (policy and _HEDGE_START.match(s))
                                                   or _AS_A_ROLE.match(s) or kamer_wish)
    if _MOTION.search(s) or condition or _reported(s):
        return True
    said = _SAYS_THAT.match(s)
    if said and not _GOV_SUBJ.search(said.group(1)):  # "De evaluator merkt op dat ...": someone else's words
        return True
    if " dan " in s and _ALS_DAN.search(s) and not kamer_wish:
        return True
    entails = _ENTAILS.match(s)
    return bool(entails and not _GOV_SUBJ.search(entails.group(1) or entails.group(2) or entails.group(3) or ""))


def model_may_read(sentence: str, glued: bool, spoken: bool = False) -> bool:
    """Whether the learned model may take a sentence the rules passed over: a `promising` one, not one
    `ruled_out`, and not this letter's own act ("Hierbij bied ik u … aan", "In deze brief ga ik in op …"),
    which is no undertaking."""
    s = _norm(sentence, glued)
    return not ruled_out(s) and _model_may_take(s, sentence, spoken)


def _model_may_take(s: str, sentence: str, spoken: bool = False) -> bool:
    """`model_may_read` of a sentence `ruled_out` has passed (`s` normalised)."""
    return promising(sentence, spoken) and not (_THIS_LETTER_ACT.search(s) or _points_within(s))


# a goal named without a verb, for a year to come, as missions and goals are listed (a list item or a
# labelled line) in a policy document:
# "Energietransitie: Nederland klimaatneutraal in 2050;", "Een volledig CO2-vrij elektriciteitssysteem in 2050;"
_GOAL_ITEM = re.compile(r"^\W*[^.;:!?]{3,160}?\s(?:in|voor|uiterlijk\s+in|vanaf)\s+(?P<year>20\d\d)\s*[;.]?$")
# with the auxiliaries (_AUX_FORMS), the finite verbs that show a goal line is a sentence after all
_PAST_AUX = frozenset("was waren werd werden had hadden".split())
_COPULAS = frozenset("ligt liggen geldt gelden".split())
# in a policy document the Kamer informed in the present tense or as expected is a promise: "Hierover wordt
# de Kamer door de Staatssecretaris geïnformeerd", "De verwachting is dat de Kamer rond de zomer ... kan
# worden geïnformeerd"
_POLICY_INFORM = re.compile(
    r"^\W*(?:(?:hierover|daarover|hierop|daarop|over\s+\w+(?:\s+\w+){0,3}?)\s+)?(?:wordt|zal)\s+(?:uw|de)\s+kamer\b[^.;?]{0,120}?"
    r"\b(?:geïnformeerd|ingelicht|op\s+de\s+hoogte\s+gesteld|bericht)\b|"
    r"^\W*de\s+verwachting\s+is\s+dat\s+(?:uw|de)\s+kamer\b[^.;?]{0,120}?\b(?:kan|zal)\s+worden\s+(?:geïnformeerd|ingelicht)\b",
    re.IGNORECASE,
)
# in a policy document what others are given is what the government grants: "Mbo’s, hogescholen en universiteiten
# krijgen daarnaast een zorgplicht voor sociale veiligheid", "Het Rijksvastgoedbedrijf krijgt de opdracht om …",
# "Ondernemers krijgen voldoende tijd om aan deze normen te voldoen" (not "krijgen te maken met", nor in a clause
# that opens on a subordinator)
_POLICY_GRANT = re.compile(
    r"^\W*(?!(?:als|om|dat|die|wanneer|indien|omdat|zodat|doordat|hoewel|waar\w*|wat|hoe|zij|ze|we|wij|ik)\b)[^;:?]{2,90}?\s"
    r"(?P<cue>(?:krijgt|krijgen)\s+(?:[\w’'-]+\s+){0,4}?(?:de\s+(?:opdracht|mogelijkheid|bevoegdheid|ruimte|taak)|een\s+(?:zorgplicht|taak|rol|opdracht)|"
    r"(?:meer|extra|voldoende)\s+(?!te\b)[\w’'-]+|ruimte))\b",
    re.IGNORECASE,
)
# in a policy document a state still to come, stated with "wordt" and closing the sentence: "Vertrouwen in
# medewerkers wordt het uitgangspunt", "Standaardiseren wordt de norm", "De toegang tot zorg wordt gelijkwaardiger"
_POLICY_BECOMES = re.compile(
    r"^\W*(?!(?:dit|dat|het|er|deze|die|hij|zij|ze|het\s+aantal)\b)[^,;:?]{3,80}?\s(?P<cue>(?:wordt|worden)\s+"
    r"(?:(?:de|het)\s+(?:nieuwe\s+)?(?:norm|uitgangspunt|standaard|regel|vertrekpunt)|(?:nog\s+|veel\s+)?[a-zë]{3,}(?<!der)(?<!ter)er))\s*[.;]?$",
    re.IGNORECASE,
)
# in a policy document a norm the government sets for a state to come: "Ondernemers moeten betere toegang tot
# financiering krijgen", "De omvang van migratie moet zo snel mogelijk drastisch beperkt worden"
_POLICY_MUST = re.compile(
    r"^\W*(?!(?:dit|dat|het|er|je|men|u|zij|ze|we|wij|ik|hij|die|deze)\b)[A-Za-zÀ-ÿ][^,;:?()]{2,100}?\s(?P<cue>(?:moet|moeten)\s+[^,;:?()]{0,120}?\s"
    r"(?:worden|zijn|krijgen|behoren|blijven|[a-zë]+(?:d|t|en)\s+worden))\s*[.;]?$",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:nu|momenteel|op\s+dit\s+moment|inmiddels|al|reeds|thans|op\s+het\s+moment|sinds)\b", re.IGNORECASE)
# a present passive closing its main clause: "De voorwaarden voor buitendijks bouwen worden aangescherpt",
# "Verzilting via de sluizen wordt verminderd", "wordt geen nieuwe landaanwinning toegestaan"
_POLICY_PASSIVE = re.compile(
    # ("zo snel als mogelijk" compares, "als" opens no clause there)
    # (nor "waar nodig", a hedge; a decimal comma is no clause boundary: "met € 9,5 miljard verhoogd")
    r"\b(?P<fin>wordt|worden)\b(?:(?!\b(?:die|dat|waar(?!\s+(?:nodig|mogelijk)\b)\w*|als(?!\s+(?:eerste|laatste|onderdeel|mogelijk))|indien|wanneer|omdat|zodat|doordat|terwijl)\b)[^,;:.?()]|(?<=\d)[,.](?=\d)|\([^()]{1,60}\)){0,140}?"
    r"\b(?P<part>(?:[a-zëï]+)?(?:ge|be|ver|ont|her|er)[a-zëï]{2,}(?:d|t)(?<!heid)|[a-zëï]+(?:eerd|iseerd)|[a-zëï]*(?:ge)[a-zëï]+en)"
    # the participle closes the clause, or what follows it is an extraposed phrase of degree, goal, means or
    # purpose: "De asielprocedures worden verkort tot het Europese minimum", "Het perceel wordt met € 9,5
    # miljard verhoogd voor de bouw van …", "De toelatingsprocedure wordt verscherpt door …", "… teruggedraaid om …"
    r"(?=\s*[.;:,]|\s*$|\s+en\s|\s+(?:tot|naar|met|door|voor|uit|via|per|in|op|aan|binnen|zodat|om\s+(?:[\w’'()-]+\s+){0,8}?te)\s)",
    re.IGNORECASE,
)
# participles of describing, naming and seeing: what a passive of these reports is no act of policy
# the participles of effort: in an annual report's present passive, work under way
_ONGOING_WORK = re.compile(
    r"\b(?:gewerkt|gestimuleerd|gefaciliteerd|ondersteund|ontwikkeld|versterkt|verbeterd|geïnvesteerd|ingezet|"
    r"uitgebreid|doorontwikkeld|voorbereid|uitgewerkt)$",
    re.IGNORECASE,
)
# the participles that look ahead by themselves: continuing, completing, bringing in
_GOING_ON = re.compile(r"\b(?:gecontinueerd|voortgezet|afgerond|ingevoerd|geïmplementeerd|opgeleverd|herzien)\b", re.IGNORECASE)
_DESCRIBING = frozenset("""
genoemd gebruikt bedoeld gedoeld beschouwd gezien verstaan aangeduid gedefinieerd omschreven beschreven vermeld geschat
berekend gemeten verwacht veroorzaakt bepaald beïnvloed gevormd bereikt getroffen geraakt gedragen gekenmerkt
verklaard geacht gewaardeerd ervaren geteeld gescheurd geproduceerd gebouwd gevraagd betaald geleverd bewoond
geïllustreerd gebonden erkend geconfronteerd opgezadeld teruggekoppeld
""".split())


# a time limit of a procedure: "De aanvraag wordt binnen acht weken afgehandeld"
_TIME_LIMIT = re.compile(r"\bbinnen\s+(?:\S+\s+)?(?:dagen|werkdagen|weken|maanden)\b", re.IGNORECASE)
# the subordinators of a clause whose verb is a present passive (see `_check`), not its first word: a sentence may
# open with a demonstrative "Dat"/"Die", and after a preposition "die"/"dat" is one too ("Om die reden"); "het is zo
# dat" frames what follows; "of" is left out (a coordinator), and "als" counts only before the subject of a
# condition ("als de basisbeurs weer wordt ingevoerd"), not as a preposition ("als onderdeel")
_SUBORDINATE_PASSIVE = re.compile(
    r"(?<=\w)(?<!\bom)(?<!\bin)(?<!\bmet)(?<!\bvoor)(?<!\bop)(?<!\bbij)(?<!\bvan)(?<!\bna)(?<!\bdoor)(?<!\buit)(?<!\bover)"
    r"(?<!\btot)(?<!\bonder)(?<!\bnaar)(?<!\baan)(?<!\bzo)[\s\u00a0]+(?:dat|die|omdat|zodat|doordat|terwijl|nadat|voordat|wanneer|zodra|indien|hoe|waar(?:in|over|mee|op|bij|voor|aan|door|naar)?"
    r"|als(?=\s+(?:de|het|er|we|wij|ik|u|dit|dat|deze|die|men|zij|ze|hij)\b))\b", re.IGNORECASE)
# the finite verbs that close a subordinate clause before the main clause's verb ("die tot … leidt wordt opgeheven")
_CLOSING_FINITE = (r"(?:wordt|worden|is|zijn|heeft|hebben|leidt|leiden|betreft|betreffen|geldt|gelden|kan|kunnen|moet|moeten|"
                   r"wil|willen|gaat|gaan|blijft|blijven|komt|komen|staat|staan|ligt|liggen|valt|vallen|krijgt|krijgen|voldoet|voldoen|"
                   r"bestaat|bestaan|werkt|werken|speelt|spelen|hoort|horen|past|passen)")
_CLOSING_VERB = re.compile(rf"\b{_CLOSING_FINITE}\b", re.IGNORECASE)


def _after_verb_cluster(s: str, start: int, pos: int) -> int:
    """Where the clause of the verb at `pos` starts, past a subordinate clause closed by its own verb before it
    ("Gegevens die beschikbaar worden gemaakt worden opgenomen")."""
    for m in _CLOSING_VERB.finditer(s, start, pos):
        start = m.end()
    return start


# ("als" opens a clause only before its subject, not as a role: "maatregelen als uitwerking van het addendum")
_SUBORDINATE = re.compile(r"\b(?:dat|als(?=\s+(?:de|het|er|we|wij|ik|u|dit|dat|deze|die|men|zij|ze|hij|een)\b)|indien|wanneer|omdat|zodat|doordat|terwijl|nadat|voordat|die|waar\w*|hoe|of|wat|welke|zodra|voor\s*zover)\b", re.IGNORECASE)


# a subordinate clause closed by its own verb (or a comma) right before the finite passive, which is then the main
# clause's: "Wet- en regelgeving die tot onnodige administratietijd leidt wordt opgeheven", "Omdat het een
# substantiële verlaging betreft wordt een wetgevingstermijn gehanteerd", "…, waaronder bijvoorbeeld datacenters, wordt beperkt"
_CLOSED_CLAUSE = re.compile(rf"(?<=\w),\s*$|\s{_CLOSING_FINITE}\s+$", re.IGNORECASE)


_COMMA_ASIDE = re.compile(r",\s[^,]{1,160},\s")
_FOR_EXAMPLE = re.compile(r"\bbijvoorbeeld\b", re.IGNORECASE)


_SHORTFALL = re.compile(r"\b(?:onvoldoende|te\s+weinig|nauwelijks|zelden|amper)\b", re.IGNORECASE)


def _policy_passive(s: str, ref: date | None) -> str | None:
    """In a policy document: a present passive of an act closing its main clause, the agent the government or none."""
    # a routine, a time gone by, a procedure's time limit, an effect ("Hierdoor wordt funderingsschade beperkt")
    # (in a policy document "bijvoorbeeld" gives an example of the policy, no routine: "Binnen de zorg wordt bijvoorbeeld
    # ingezet op AI"): it is blanked, keeping the offsets
    original, s = s, _FOR_EXAMPLE.sub(_blank, s)
    if "word" not in s or _habitual(s) or _habitual(s, _PERIODIC) or _past_time(s, ref) or _TIME_LIMIT.search(s):
        return None
    # ("Zo wordt/worden" opens an example of the policy just stated: "Zo worden middelen uit het Klimaatfonds ingezet
    # voor …"; "Zo" before anything else, "Zo kan …", "Zo ontstaat …", is the effect)
    # (and a cause with its effect: "Als gevolg van de krapte … wordt de uitvoering … bemoeilijkt", "Dit komt doordat …")
    if re.match(rf"^\W*(?:{_EFFECT_ADVERB}|als\s+gevolg\s+van|(?:dit|dat)\s+komt\s+(?:doordat|omdat)|"
                r"zo(?!\s+(?:wordt|worden)\b))\b", s, re.I) or _points_within(s) \
            or _OPENS_ON_THIS_TEXT.match(s):
        # (or a pointer within the text: "Hieronder worden de aangetroffen documenten weergegeven", or the letter's
        # own act: "Met deze brief wordt u geïnformeerd op welke wijze ...")
        return None
    for m in _POLICY_PASSIVE.finditer(s):
        # (money "used for" something is allocated: "Hiervan wordt een deel gebruikt voor versterking van ...")
        if m.group("part").lower() in _DESCRIBING and not (m.group("part").lower() == "gebruikt" and _MONEY_USED.match(s, m.start())):
            continue
        # the main clause only: not after a subordinator, a modal or "te" ("dat de vraag wordt beperkt",
        # "moesten worden geëvacueerd"); a negation, an agent of others and the rest: `_check`
        before = s[_clause_start(s, m.start()):m.start()]
        subordinators = len(_SUBORDINATE.findall(before))
        # (a relative clause closed by its own passive verb ("De middelen die beschikbaar worden gemaakt worden
        # opgenomen in …"), or an aside between commas after the subject ("Irreguliere migranten, waaronder migranten
        # die zich niet kunnen identificeren, worden … teruggestuurd") leaves the main clause)
        aside = re.search(r",\s[^,]*,\s*$", before)
        inner = re.search(r"\s(?:wordt|worden)\s", m.group(0)[len(m.group("fin")):])
        if inner and subordinators == 1:
            m = _POLICY_PASSIVE.match(s, m.start() + len(m.group("fin")) + inner.start() + 1) or m
        closed = (subordinators == 1 and (_CLOSED_CLAUSE.search(before) or inner)) or (aside and not _SUBORDINATE.search(before, 0, aside.start()))
        if (subordinators and not closed) or re.search(r"\b(?:te|moet\w*|kan|kunnen|mag|mogen|zou\w*|laten|moesten)\s+$", before, re.I):
            continue
        # a policy's refusal is a decision too: "Er worden geen concessies gedaan aan deze criteria", "Het bindend
        # studieadvies wordt niet versoepeld"
        # (not one argued against a point set off before it: "Echter in tegenstelling tot …, worden deze passages
        # niet geweigerd", nor one reasoned with "immers")
        refusal = bool(_NEGATION.search(m.group(0))) and "," not in s[:m.start()] and not re.search(r"\bimmers\b|^\W*zo\b", s, re.I)
        # a degree of shortfall states a problem, no policy: "De stem van woningzoekenden wordt onvoldoende gehoord"
        if _SHORTFALL.search(m.group(0)):
            continue
        if _check(s, m, "plan", "gov_or_passive", ref, refusal=refusal, policy_passive=True) is None:
            continue
        return original[m.start():m.end()]
    return None


_ZOALS_ASIDE = re.compile(r"(?<=\w),\s(?:zoals|conform)\s[^,.;:?()]{3,200}?,\s(?=[a-zë])")
# an embedded relative clause: after a comma, opened by a relative pronoun, closed by a comma after which
# the main clause goes on (lower case), with a verb-final cluster of its own
_EMBEDDED_RELATIVE = re.compile(
    r"(?<=\w),\s(?:dat|die|welke|waar(?:in|over|mee|bij|op|voor|aan|naar|door|uit|van))\s"
    # not a demonstrative opening a main clause ("Ja, dat gaan we doen, maar ..."): verb, then subject pronoun
    r"(?![\w-]+\s+(?:ik|we|wij|je|jij|u|hij|zij|ze|het|er)\b)"
    r"[^,.;:?()]{3,200}?,\s(?=[a-zë])"
)


def _best_cue(s: str, ref: date | None, annual: bool = False) -> tuple[int, str, str, str | None] | None:
    """The strongest cue that holds in the sentence (promise before target, progress and plan)."""
    best: tuple[int, str, str, str | None] | None = None
    words = set(_WORD.findall(s.lower()))
    candidates = sorted({i for w in words for i in _TRIGGER_INDEX.get(w, ())})
    for i in candidates:
        triggers, kind, rule, rx = _CUES[i]
        for m in rx.finditer(s):
            verdict = _check(s, m, kind, rule, ref, annual)
            if verdict is None:
                continue
            rank = _KIND_ORDER[kind]
            if best is None or rank < best[0]:
                best = (rank, kind, m.group(0), verdict)
            break
    return best


def _short(cue: str) -> str:
    words = cue.split()
    return cue if len(words) <= 8 else " ".join(words[:3] + ["…"] + words[-3:])


@lru_cache(maxsize=512)
def _mentions(s: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` stands in the sentence: a cheap test before a pattern that every cue asks for."""
    low = s.lower()
    return any(w in low for w in words)


# a clause complementing a noun of opinion, or a consequence under a hypothetical; the words it needs first
_NOUN_THAT_WORDS = ("verwijt", "indruk", "suggestie", "gedachte", "veronderstelling", "vermoeden", "gevoel", "vrees", "angst", "kritiek",
                    "beschuldiging", "gerucht", "zou")
_NOUN_THAT = re.compile(
    r"\b(?:verwijt|indruk|suggestie|gedachte|veronderstelling|vermoeden|gevoel|vrees|angst|kritiek|beschuldiging|gerucht)\s+dat\b|"
    r"\b(?:zou|zouden)\s+(?:[\w’'-]+\s+){0,2}?(?:betekenen|inhouden|impliceren|leiden\s+tot|kunnen)\s+dat\b",
    re.IGNORECASE,
)
# a pseudo-cleft names what is wanted in a free relative, then states it: "Wat Nederland wil, is meer dan 40%"
# ("Wat ik wil, is …", "Wat ik toezeg, is dat …": the clause names what the main clause's "is" then says)
_PSEUDO_CLEFT = re.compile(r"\W*wat\s+[^,;]{1,40}?\s(?:wil|willen|toezeg|toezeggen)\s*,?\s*is\b", re.IGNORECASE)
_RELATIVE_ADVERBS = "waarin|waarover|waarmee|waarbij|waarop|waarvoor|waaraan|waarnaar|waardoor"
_RELATIVE = re.compile(
    rf"^\s*(?:die|{_RELATIVE_ADVERBS}|welke|hetgeen|wat)\b|"
    r"^\s*(?:de\s+)?(?:wijze|manier|mate)\s+waarop\b",
    re.IGNORECASE,
)
# a procedure: what is done by a rule ("op grond van ..."), or on every occasion of an event, named by a
# sentence-initial "bij" + a noun of an event ("Bij de eerste plaatsing wordt een risicoprofiel vastgesteld")
_PROCEDURE = re.compile(
    r"\b(?:op\s+basis\s+van|op\s+grond\s+van|volgens\s+(?:de|het)|conform\s+(?:de|het)\s+(?:regeling|wet|besluit))\b|"
    r"^\W*bij\s+(?:(?:de|het|een|elke|iedere?)\s+)?(?:[a-zë]+\s+)?[a-zë]+(?:ing|atie|name|aanvraag|melding)\b",
    re.IGNORECASE,
)
# what the law prescribes, named first (see `_check`)
_BY_LAW = re.compile(
    r"\W*(?:ingevolge|krachtens|op\s+grond\s+van|volgens)\s+(?:de\s+|het\s+|vaste\s+)?"
    r"(?:artikel|art\.|wet\b|wetgeving|jurisprudentie|rechtspraak|regeling|besluit\b|[A-Z][\w-]*wet\b|(?-i:W[a-z]{1,3}\b))",
    re.IGNORECASE,
)
_IN_TEXT = re.compile(
    r"\b(?:hieronder|hierna|hieronder|hierbij|in\s+deze\s+(?:brief|beantwoording|antwoorden|reactie)|"
    r"in\s+(?:het\s+)?(?:vervolg|onderstaande)|allereerst|eerst|in\s+(?:het\s+)?antwoord\s+op\s+vraag|nu|thans|wat\s+dieper)\b",
    re.IGNORECASE,
)
# the Kamer as recipient, or a document sent to it, also as the head of a compound ("voortgangsrapportage",
# "verzamelbrief", "PmG-voortgangsrapportage")
_TO_KAMER = re.compile(r"\b(?:kamer|u|uw|reactie|kabinetsreactie|beleidsreactie)\b|(?<![a-z])[\w-]*(?:brief|brieven|rapportage|rapportages|nota|verslag)\b", re.IGNORECASE)
_REPORTED_ANY = re.compile(
    r"^\W*((?:[\w’'-]+\s+){1,4}?)(?:berichtte|berichtten|meldde|meldden|schreef|schreven|publiceerde|concludeerde|"
    r"concludeerden|verklaarde|stelde|stelden|zei|zeiden|liet\s+weten|gaf\s+aan|gaven\s+aan)\b",
    re.IGNORECASE,
)
_DISCOURSE = re.compile(
    # in a debate, the order of the answers ("Ik zal eerst de vragen even doen", "kom ik op de moties")
    r"\bvragen\s+(?:even\s+)?(?:doen|langslopen|langsgaan|aflopen)\b|\bkom\s+ik\s+(?:nu\s+)?(?:op|bij|toe\s+aan)\b|"
    r"\b(?:ingaan|toelichten|beschrijven|schetsen|uiteenzetten|benadrukken|opmerken|beantwoorden|noemen|herhalen|"
    r"samenvatten|ingegaan|toegelicht|beschreven|geschetst|uiteengezet|uitleggen|duiden|waarschuwen|"
    r"uit\s+te\s+leggen|toe\s+te\s+lichten|duidelijk\s+(?:te\s+)?maken|in\s+herinnering\s+(?:te\s+)?roepen|"
    r"samen\s+te\s+vatten|afpellen|af\s+te\s+pellen)\b",
    re.IGNORECASE,
)
# "laat ik …" for a move in the debate itself: rounding off, taking a question apart, summing up, putting it
# plainly, reassuring, owning a point ("Laat ik het even afpellen", "Laat ik die schrik wegnemen")
_HORTATIVE_MOVE = re.compile(
    r"\b(?:afronden|af\s+te\s+ronden|afpellen|af\s+te\s+pellen|samen\s+te\s+vatten|(?:te\s+)?preciseren|huiselijk|"
    r"(?:de\s+)?(?:schrik|zorg|zorgen|angst|onrust)\s+(?:[\w’'-]+\s+){0,3}?weg\s*(?:te\s+)?nemen|op\s+mezelf\s+betrekken|"
    r"in\s+eigen\s+boezem)\b",
    re.IGNORECASE,
)
# the speaker's moves in the argument itself, also when the Kamer is addressed: taking an example, picking up a
# paper, conceding a point, managing expectations ("Laat ik een voorbeeld nemen", "Dat wil ik u grif toegeven")
# the words one of _SPEECH_MOVE's patterns needs
_SPEECH_MOVE_WORDS = ("voorbeeld", "pakken", "verwachtingen", "gelijk", "toegeven", "werpen", "terugnemen", "blok", "mapje",
                      "kort", "herhaling", "beperken", "rondje", "doorheen", "vergelijking", "feit")
# finite verbs that with "graag" give an opinion, a reference or a wish, no offer ("verwijs ik graag door
# naar", "ben ik het graag eens", "zie ik graag", "sluit ik mij graag aan bij"), and modals handled elsewhere
_NOT_AN_OFFER = frozenset(
    """verwijs verwijzen licht lichten ben zijn is was waren heb hebben had denk denken vind vinden hoop hopen lees lezen
    zie zien hoor horen sluit sluiten onderschrijf onderschrijven deel delen steun steunen wil willen zal zullen kan
    kunnen moet moeten mag mogen wens wensen dank danken bedank bedanken geef geven herhaal herhalen benadruk
    benadrukken merk merken constateer constateren weet weten benoem benoemen vermeld vermelden noem noemen zeg zeggen
    meld melden wijs wijzen onderstreep onderstrepen stel stellen memoreer memoreren citeer citeren erken erkennen
    antwoord antwoorden""".split()
)
# (also with "betreft" first, the frame running up to the finite verb: "Wat betreft de Miljoenennota krijgt u …")
_TOPIC_FRAME = re.compile(r"\W*wat\s+(?:[^,.;:?]{0,80}?\b(?:betreft|aangaat)\s*,\s*|(?:betreft|aangaat)\s+[^,.;:?]{1,80}?\s*$)", re.IGNORECASE)
_IF_OR_WHEN = re.compile(r"\b(?:als|indien|mocht|mits|wanneer|zodra)\b", re.IGNORECASE)
_SPEECH_MOVE = re.compile(
    r"\b(?:(?:een|als)\s+voorbeeld\s+(?:nemen|noemen)|er\s*(?:\w+\s+)?bij\s+pakken|verwachtingen\s+(?:managen|temperen)|"
    r"gelijk\s+geven|toegeven|verre\s+van\s+(?:mij|ons)\s+werpen|mee\s+terugnemen|"
    # examples and comparisons the speaker gives now, and a fact he turns back to: "Ik geef u wat voorbeelden", "Ik
    # maak toch even de vergelijking", "Dan kom ik even terug op het feit dat …" (the present, not "zal … geven")
    r"geef\s+(?:[\w’'-]+\s+){0,3}?(?:een|wat|enkele|paar|twee|drie)\s+(?:\w+\s+)?voorbeelden?|maak\s+(?:[\w’'-]+\s+){0,3}?(?:de|die|een)\s+vergelijking|"
    r"terug\s+op\s+het\s+feit\s+dat|"
    # the answer's own course: "Dan ga ik naar het blokje …", "Ik zal het kort houden", "Ik val in herhaling"
    r"naar\s+(?:het|de)\s+(?:\w+\s+)?(?:blokje|blok|mapje)|het\s+(?:[\w’'-]+\s+){0,5}?kort\s+houden|in\s+herhaling|"
    r"(?:me|mij)\s+(?:\w+\s+){0,3}?beperken|rondje\s+(?:van\s+)?maken|rondje\s+van(?=\s*[.!])|(?:er|hier|daar)\s+(?:\w+\s+){0,4}?doorheen\s+(?:te\s+)?gaan)\b",
    re.IGNORECASE,
)
# the finite verbs of the cues above that only an annual report reads as progress
_SIMPLE_PAST_START = re.compile(rf"(?:{'|'.join(_ANNUAL_PAST)})\b", re.IGNORECASE)
_ON_RECORD = re.compile(r"\b(?:wil|willen)\b[^.;:?!]{0,60}?\bgezegd\s+hebben\b", re.IGNORECASE)
# remarks made in the text or debate itself: "Eerst maak ik een aantal inleidende opmerkingen", "Ik zou daar een
# paar kanttekeningen bij willen plaatsen"
# (not remarks others made, which the plan answers: "naar aanleiding van opmerkingen die hier gemaakt zijn", "al
# die reacties, adviezen, opmerkingen en toetsen verwerken")
_REMARKS = re.compile(r"(?<!\baanleiding\svan\s)(?<!\baanleiding\svan\sde\s)(?<!,\s)\b(?:opmerkingen|kanttekeningen?|in\s+herinnering)\b"
                      r"(?!\s+(?:en|die\s+(?:hier\s+)?(?:zijn|werden)\s+gemaakt)\b)", re.IGNORECASE)
# a remark made in the clause itself, also one ("die kanttekening maak ik wel")
# the argument's own moves: "Ik zou wel een duidelijk onderscheid willen maken met …", "een verschil willen maken
# tussen …", "Ik zou mevrouw Ploumen de suggestie willen doen …"
# an introduction given in the debate: "Ik zal heel kort een inleiding houden"
# dwelling on a point, countering an impression: "Maar ik wilde graag nog even stilstaan bij het plan dat ik zojuist
# heb uitgedeeld", "Dat beeld wil ik echt bestrijden"
_ARGUMENT_MOVE = re.compile(r"\b(?:onderscheid|verschil)\s+(?:\w+\s+){0,3}?maken\s+(?:met|tussen)\b|\bsuggestie\s+(?:\w+\s+){0,3}?doen\b|"
                            # a point named ("Een tweede punt dat ik nog graag even wil benoemen, is …"), an appeal to
                            # others ("zou echt een beroep aan de indieners willen doen")
                            r"\bpunt\s+(?:dat|die)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,5}?(?:benoemen|noemen|maken|opmerken|meegeven|aanstippen)\b|"
                            r"\bberoep\s+(?:\w+\s+){0,2}?(?:op|aan)\s+(?:de|het|u|uw|hen|mevrouw|de\s+heer|iedereen|alle)\b|"
                            r"\binleiding\s+(?:te\s+)?(?:houden|geven)\b|\bstil\s*(?:te\s+)?staan\s+bij\b|"
                            r"\b(?:beeld|indruk|suggestie|misverstand)\s+(?:\w+\s+){0,3}?(?:bestrijden|ontkrachten|rechtzetten|wegnemen|nuanceren|corrigeren)\b",
                            re.IGNORECASE)
_REMARK_MADE = re.compile(r"\b(?:opmerking|opmerkingen|kanttekening|kanttekeningen|aantekening)\b", re.IGNORECASE)
# verbs that under zal/ga/wil do not make a plan: speech acts of the text or debate, and predictions
_NO_PLAN_VERB = re.compile(
    r"^(?:zeggen|vragen|bedanken|danken|indienen|opmerken|verwijzen|wijzen|benadrukken|herhalen|toevoegen|suggereren|"
    r"aansluiten|beginnen|afsluiten|eindigen|laten|vertellen|hebben|noemen|uitnodigen|voorhouden|citeren|onderstrepen|"
    r"memoreren|aanhalen|horen|weten|rechtzetten|schorsen|zitten|merken|ondervinden|zien|krijgen|zijn|"
    r"worden|blijken|leiden|dalen|stijgen|toenemen|afnemen|veranderen|ontstaan|gebeuren|lukken|kosten|duren|"
    r"verwachten|denken|vinden|hopen|geloven|vrezen|menen|begrijpen|snappen|erkennen|constateren|vergen|betekenen|opleveren|inhouden|botsen|"
    r"ingaan|toelichten|schetsen|beantwoorden|reageren|proberen|kunnen|moeten|mogen|hoeven|ontraden|aanraden|meegeven|"
    r"missen|onderscheiden|feliciteren|tegenkomen|debatteren|discussiëren)$",
    re.IGNORECASE,
)
# ("om die reden" is an adverbial, no purpose clause: "Ik blijf om die reden ook het actieplan blokkeren")
_CLAUSE_END = re.compile(r"[,.;:?!()–—]|\som\s(?!(?:die|deze|die\s+en\s+andere|een\s+\w+|meerdere|twee|drie)\s+reden(?:en)?\b)|(?<!\bom)\s(?:dat|die|omdat|zodat|voordat|totdat|maar|want|terwijl|waarbij|waarmee|waarin|als|indien|zodra|nadat|waar|hoe|wanneer|welke|of)\s", re.IGNORECASE)
_STATE_ZIJN = re.compile(r"\b(?:gereed|klaar|afgerond|beschikbaar|operationeel|in\s+werking|ingevoerd|aangepast|op\s+orde)\s+(?:zijn|hebben)\b", re.I)


def _speech_verb_then_pp(window: str, s: str, end: int) -> bool:
    """The cue closes on a verb of speaking or thinking and a prepositional object follows it ("wil ik reageren
    op de opmerking van de heer De Hoop over …"): the verb is the clause's, however long the object."""
    last = re.search(r"(\w+\s+)?([a-zëïöüéè]+)\s*$", window.lower())
    if not last or (last.group(1) or "").strip() in ("het", "dit", "dat"):
        return False  # "het afsluiten van de arrangementen": a verb made a noun
    return bool(_SPEECH_VERB.match(last.group(2)) and _PP_AFTER.match(s, end))


_SPEECH_VERB = re.compile(
    r"^(?:reageren|ingaan|zeggen|opmerken|verwijzen|wijzen|benadrukken|herhalen|toevoegen|aansluiten|"
    r"vertellen|noemen|citeren|onderstrepen|memoreren|aanhalen|toelichten|schetsen|beantwoorden|onderscheiden)$"
)
_PP_AFTER = re.compile(r"\s+(?:op|over|aan|met|naar|van|tot|bij|in|voor)\s", re.IGNORECASE)


def _sentence_part_end(s: str, pos: int) -> int:
    """Where the part of the sentence that goes on at `pos` ends: at a colon, semicolon or full stop."""
    end = re.compile(r"[.;:?!]").search(s, pos)
    return end.start() if end else len(s)


def _last_verb(s: str, pos: int) -> tuple[str, str]:
    """The last infinitive-like word of the clause that starts at `pos`, and the clause text."""
    end = _CLAUSE_END.search(s, pos)
    clause = s[pos:end.start() if end else len(s)]
    words = re.findall(r"[a-zëïöüéè]+", clause.lower())
    for w in reversed(words):
        if (w.endswith("en") or w.endswith("ën")) and re.fullmatch(_INF, w):
            return w, clause
    return "", clause


_PARTICIPLE_WORDEN = re.compile(
    r"\b(?:ge|ver|be|ont|her|er|in|uit|op|aan|mee|toe|af|door|samen)[a-zë]+(?:d|t|en)\s+worden\b|"
    r"\bworden\s+(?:in|uit|op|aan|mee|toe|af|door|na|over|terug|vast|voor|bij|samen)?(?:ge|ver|be|ont|her)[a-zë]+(?:d|t|n)\b",
    re.IGNORECASE,
)


def _plan_verb_ok(s: str, fin_end: int) -> bool:
    verb, clause = _last_verb(s, fin_end)
    if not verb:
        return True
    # coordinated infinitives under one modal ("wil ik doelen stellen en maatregelen afspreken"): the cluster
    # makes a plan when one of its conjuncts does
    if " en " in clause:
        for part in re.split(r"\s+en\s+", clause)[:-1]:
            words = re.findall(r"[a-zëïöüéè]+", part.lower())
            inf = next((w for w in reversed(words) if (w.endswith("en") or w.endswith("ën")) and re.fullmatch(_INF, w)), "")
            if not inf or inf in ("worden", "zijn") or _NO_PLAN_VERB.match(inf):
                continue
            # a participle in "-en" ("genomen") counts only in a passive with "worden"
            if re.fullmatch(r"(?:op|in|uit|aan|af|mee|toe|door|na|over|terug|vast|voor|bij)?ge[a-zë]+en", inf) and "worden" not in words:
                continue
            return True
    if verb == "worden":
        return bool(_PARTICIPLE_WORDEN.search(clause))  # a future passive, not "zal ... worden" as copula
    # pointing a third party to something is an act: "Tijdens de werkoverleggen zal ik de IGJ hier ook op wijzen"
    # (not the sitting's "Ik wil wijzen op ...", "Ik wil de Kamer wijzen op ...")
    if verb == "wijzen" and re.search(r"\b(?:zal|zullen)\s*$", s[:fin_end], re.I) and _THIRD_PARTY_POINTED.search(clause):
        return True
    # the government tables a bill, not a motie: "Het kabinet zal dit najaar een nota van wijziging indienen"
    if verb == "indienen" and _BILL.search(clause):
        return True
    # a reply the government will give later, in writing or at a moment of the calendar, is a promise: "Op de aanbevelingen
    # van het IBO zal het kabinet dit najaar reageren", "zij zal daar in de beantwoording nader op ingaan" (not the
    # sitting's own "Ik zal in tweede termijn reageren")
    if verb in _REPLY_VERBS and re.search(r"\b(?:zal|zullen)\b", s[:fin_end], re.I) and _later_reply(s):
        return True
    if _NO_PLAN_VERB.match(verb):
        return bool(_STATE_ZIJN.search(clause)) or (verb == "krijgen" and bool(re.search(r"\b(?:plek|plaats)\s+krijgen\b", clause, re.I)))
    return True


_REPLY_VERBS = frozenset(("reageren", "ingaan", "beantwoorden", "toelichten"))
# a later text named with an article, not this one ("deze brief", "hieronder")
_LATER_TEXT = re.compile(r"\b(?:in|bij)\s+(?:de|een|het)\s+(?:\w+\s+)?(?:beantwoording|stand\s+van\s+(?:de\s+)?uitvoering|voortgangs\w+|rapportage|brief)\b", re.IGNORECASE)


def _later_reply(s: str) -> bool:
    """Whether a reply is set in writing or at a moment of the calendar, not later in the same sitting."""
    if _LATER_TEXT.search(s) or re.search(r"\bschriftelijk", s, re.I):
        return True
    d = find_deadline(s)
    return d is not None and d.kind not in ("today", "tomorrow", "votes", "weekday")


_BILL = re.compile(r"\b(?:wetsvoorstel(?:len)?|wet|wetten|nota\s+van\s+wijziging|(?:suppletoire\s+)?begroting|ontwerpbesluit|voorstel(?:len)?|plannen)\b",
                   re.IGNORECASE)
_THIRD_PARTY_POINTED = re.compile(
    r"\b(?:de|het|alle|deze)\s+(?!(?:kamer|heer|leden|indieners?)\b)[\w-]+\b[^.;]{0,40}?\b(?:er|hier|daar)?\s*op\s+wijzen\b", re.IGNORECASE)
_PLEDGE = re.compile(r"\b(?:inzetten|inspannen|(?:sterk|hard)\s+(?:voor\s+)?maken|ervoor\s+zorgen|niets\s+(?:doen|ondernemen)\s+(?:dat|wat))\b", re.IGNORECASE)
_FUTURE_AUX = re.compile(r"\b(?:zal|zullen|ga|gaat|gaan|wil|willen)\b", re.IGNORECASE)


# a verb-final cluster that closes a subordinate clause: "waarover ik ... zal informeren | wil ik ..."
_CLOSED = re.compile(
    r"\b(?:zal|zullen|wil|willen|kan|kunnen|moet|moeten|wordt|worden|is|zijn|heb|heeft|hebben|ga|gaat|gaan)\s+[\w-]+(?:en|d|t)\s*,?\s*$",
    re.IGNORECASE,
)


def _fin(m: re.Match) -> tuple[int, int]:
    for name in ("fin", "fin2", "fin3", "fin4"):
        if name in m.re.groupindex and m.group(name):
            return m.start(name), m.end(name)
    return m.start(), m.start()


_CONCESSIVE = re.compile(r"\s*(?:welke|wat|wie|hoe|waar|wanneer)\b[^,;.]*\book\b[^,;.]*,\s*", re.IGNORECASE)


# a word of assent before the sentence's first clause ("Ja, die toezegging kan ik doen"; after "Nee" the clause is
# mostly a refusal or an answer given there and then: "Nee, die ga ik echt nu geven")
_ANSWER_WORD = re.compile(r"\W*(?:ja|nou|goed|oké|zeker|prima|absoluut)\W*", re.IGNORECASE)
_TE_BEFORE = re.compile(r"\bte\s+$", re.IGNORECASE)
# the order of a debate's own business: "Ik kom terug op het amendement van de heer Klaver", "Ik ga verder met
# een volgende vraag"
_DEBATE_ORDER = re.compile(
    r"\bterug\s+op\s+(?:het|de|dat|die)\s+(?:amendement|motie|vraag|punt|opmerking)\b(?![^.;?]*\b(?:voor|na|in|bij)\s+(?:de|het)\s+(?:zomer|najaar|voorjaar|brief))|"
    r"\bverder\s+met\s+(?:een|de)\s+(?:volgende|andere)\s+vraag\b|"
    # a point returned to with its content: "Ik kom erop terug dat de beste mensen werken in de publieke dienstverlening"
    r"\b(?:erop|daarop|hierop)\s+terug\s*,?\s+dat\b|"
    # the answer's next topic taken up: "Daarna ga ik in op rentederivaten en vervolgens op consumptief krediet"
    r"^\W*(?:(?:ja|en|dan|daarna|vervolgens|eerst|nu)\W+)+ga\s+ik\s+(?:nu\s+|nog\s+|even\s+)*in\s+op\b(?![^.;?]*\b(?:brief|schriftelijk|termijn|later)\b)|"
    # back to a question or point of the debate: "Ik ga even terug naar de vraag over de controles"
    r"\b(?:ga|gaan)\s+(?:(?:ik|we|wij|nu|even|dan|nog)\s+){0,3}terug\s+naar\s+(?:de|het|die|dat|uw|zijn|haar)\s+(?:vraag|punt|motie|opmerking|amendement)\b|"
    # the next topic of the answer, now: "Ik ga verder met de eurozone", "Ik kom terug op het SGP en Frankrijk",
    # "Ik wil nog een paar zaken behandelen"
    # (also inverted and after "ja", "daarna", "voor nu": "Daarna ga ik verder met het volgende blokje", "Voor nu ga
    # ik even door met de rentederivaten", "Ja, ik ga verder met financiën.", "Ik ga door naar de hybride dreigingen")
    rf"^\W*(?:(?:ja|dan|daarna|vervolgens|voor\s+nu)\W+)?(?:(?:ik|we|wij)\s+(?:ga|gaan)|(?:ga|gaan)\s+(?:ik|we|wij))\s+(?:(?:nu|even|dan|snel)\s+)*"
    rf"(?:verder|door)\s+(?:met|naar)\s+(?:(?:de|het)\s+(?!(?:[\w-]+\s+)?(?:{_WORKS}|{_UNDERTAKING}|aanpak|maatregelen)\b)|[\w-]+\s*[.]?$)|"
    r"^\W*(?:dan\s+)?(?:ik|we|wij)\s+(?:kom|komen)\s+(?:nu\s+|nog\s+(?:één|een)\s+keer\s+)?terug\s+op\s+(?:de|het|die|dat|deze|dit)\s+"
    r"(?![^.;?]*\b(?:voor|na|in|bij|rond|later|straks|schriftelijk|termijn|brief)\b)[^.;?]{0,60}[.]?$|"
    r"\b(?:zaken|punten|vragen|onderwerpen|moties|amendementen)\s+(?:behandelen|bespreken|langslopen|aflopen)\s*[.]?$|"
    # the answer's next stop and its outline: "Dan gaan we naar de afdeling vermogen", "Dan zal ik spreken over
    # bescherming", "Ik kom nu te spreken over …", "Ik ga ze gewoon even opnoemen" (not talking with someone, "zal
    # ik met de minister spreken over", nor at a moment to come)
    r"^\W*(?:dan|nu|daarna|vervolgens)\W+(?:ga\s+ik|gaan\s+(?:we|wij))\s+(?:(?:nu|even|snel|dan)\s+)*naar\s+(?:de|het)\s|"
    r"\b(?:(?:zal|ga)\s+ik|ik\s+(?:zal|ga))\s+(?:(?!met\b)[\w’'-]+\s+){0,2}?(?:spreken|praten)\s+over\b"
    r"(?![^.;?]*\b(?:later|volgende|binnenkort|brief|morgen|week|maand|voor\s+de|na\s+de)\b)|"
    r"\bkom\s+(?:ik\s+)?(?:(?:nu|dan|straks)\s+)?te\s+spreken\s+over\b|"
    # saying something about a topic now ("Ik stel voor iets te zeggen over buitenlandse cellen"), not in a letter to come
    r"^(?![^.;?]*\b(?:later|volgende|binnenkort|brief|morgen|week|maand|voor\s+de|na\s+de|rapportage)\b)[^.;?]*?"
    r"\b(?:iets|wat|een\s+paar\s+woorden)\s+(?:(?:kort|even|nog)\s+)*(?:te\s+)?zeggen\s+over\b|"
    # the answer begun, with nothing to begin with: "Ik zal dan toch maar beginnen."
    r"^\W*(?:(?:ja|dan|nu|goed|oké)\W+)?(?:(?:ik|we|wij)\s+(?:zal|zullen|ga|gaan|wil|willen)|(?:zal|zullen|ga|gaan|wil|willen)\s+(?:ik|we|wij))\s+"
    r"(?:(?:dan|nu|toch|maar|even|gewoon|graag|meteen|direct)\s+)*(?:beginnen|starten)\s*[.!]?$|"
    # and what the answer will be about: "Wat betreft grondpacht wil ik het hebben over twee trajecten" (not with whom)
    r"\b(?:(?:wil|ga|zal)\s+ik|(?:willen|gaan|zullen)\s+(?:we|wij))\s+(?:(?!met\b)[\w’'-]+\s+){0,2}?het\s+(?:(?!met\b)[\w’'-]+\s+){0,2}?hebben\s+over\b|"
    r"\b(?:ga|gaan|zal|zullen)\s+(?:(?:ik|we|wij)\s+)?(?:ze|die|deze)\s+(?:(?:gewoon|even|nu|allemaal|snel|kort|zo|meteen|straks|één\s+voor\s+één)\s+)*"
    r"(?:opnoemen|noemen|langslopen|aflopen|doorlopen)\b|"
    # the speakers' turns shared out: "zullen de staatssecretaris en ik onze inbreng per regio opdelen"
    r"\b(?:onze|mijn)\s+(?:inbreng|beantwoording)\b[^.;?]{0,40}?\b(?:opdelen|verdelen|splitsen)\b|"
    r"^\W*(?:dan\s+)?(?:ik|we|wij)\s+(?:begin|beginnen)\s+(?:nu\s+)?met\s+(?:de|het)\s+(?:motie|moties|vraag|vragen|amendement|amendementen|eerste)\b|"
    # the appreciation of a motie: "Deze motie wil ik graag oordeel Kamer geven", "waar ik een oordeel over moet geven"
    r"\b(?:motie|moties|vraag|vragen|amendement|amendementen)\b[^.;?]*\bvoor\s+(?:zijn|haar|mijn|hun)\s+rekening\b|"
    # the questions put in the debate: "Allereerst zijn er vragen gesteld over de ambitie ..."
    r"\b(?:zijn|is|werden|werd)\s+(?:er\s+)?(?:\w+\s+){0,2}?vragen\s+gesteld\b|\bkijken\s+welke\s+vragen\b|"
    r"\b(?:ga|gaan)\s+(?:nu\s+)?door\s+met\s+(?:de|het)\s+(?:motie|moties|vraag|vragen|amendement)\b|\bmoties?\s+(?:\w+\s+)?aan\s*[.,]|"
    r"\bschorsen\b|\b(?:motie|haar|hem|deze|die)\s+(?:[\w’'-]+\s+){0,4}?aan\s+te\s+houden\b|\bvergeet\s+(?:ik|we)\s+(?:\w+\s+){0,2}?vraag\b|"
    # (also to a part of the answer: "Ik wil overgaan naar de categorie overig en daarna naar de appreciatie …")
    r"\b(?:overgaan|doorgaan)\s+(?:op|naar|tot)\s+(?:de\s+|het\s+)?(?:motie|moties|amendement|amendementen|vraag|vragen|volgende|"
    r"categorie|categorieën|blok|blokje|blokjes|onderwerp|onderwerpen|thema|appreciatie|beantwoording)\b|"
    r"\boordeel\s+(?:kamer|aan\s+de\s+kamer)\b|\b(?:ik|we|wij)\s+(?:[\w’'-]+\s+){0,3}?oordeel\b[^.;?]{0,40}\b(?:geven|vellen)\b",
    re.IGNORECASE,
)
# the words one of _DEBATE_ORDER's patterns needs
_DEBATE_ORDER_WORDS = ("terug", "verder", "behandelen", "bespreken", "langslopen", "aflopen", "begin", "oordeel", "rekening",
                       "vragen gesteld", "welke vragen", "door met", "motie", "schorsen", "vergeet", "aan te houden",
                       "overgaan", "doorgaan", " in op ", "door naar", " naar de ", " naar het ", "spreken over", "praten over",
                       "noemen", "doorlopen", "inbreng", "beantwoording", "hebben over", "zeggen over", "start")
# a coordinated main clause of its own: "Ik kom daar graag op terug en wil deze motie oordeel Kamer geven"
# (also a reason of its own after the appreciation: "Ik verzoek om deze motie aan te houden, omdat ik uw Kamer volgende week
# informeer over het onderzoek")
_COORDINATED_CLAUSE = re.compile(r"[,;]\s*(?:want|maar|en|dus|omdat|aangezien)\s|\s(?:want|maar)\s|\sen\s+(?=(?:wil|zal|ga|kom|ik|we|wij)\b)", re.IGNORECASE)


# words quoted after a colon, someone else's: "in der minne wordt gezegd: we nemen afscheid", "hij heeft gezegd: ik …"
_QUOTED_AFTER = re.compile(
    r"\b(?:(?:wordt|werd|worden|werden)\s+(?:\w+\s+){0,3}?gezegd|(?:die|ze|zij|hij|men|sommigen|mensen|europa|"
    # (the member addressed as the one speaking, "U kunt tegen mij zeggen:", not "Ik kan u zeggen:")
    r"(?:^|(?<=[,;]\s)|(?<=\bals\s)|(?<=\ben\s)|(?<=\bmaar\s))(?:u|je|jij))\s+(?:\w+\s+){0,3}?"
    r"(?:zegt|zeggen|zei|zeiden|denkt|denken|gezegd|aangeeft|aangegeven|vraagt|gevraagd|vroeg|vroegen|stelde|stelden)(?:\s+(?:wel|dan|ook|nu))?)\s*:|"
    # another body's words ("de Commissie zal zeggen: wij willen ..."), or words weighed, not said ("Het is
    # voorbarig om nu te zeggen: we gaan hiermee stoppen")
    rf"\b{_NONGOV_NP}\s+(?:\w+\s+){{0,3}}?(?:zegt|zeggen|zei|zeiden)\s*:|\bte\s+zeggen\s*:|"
    # anyone's words in a case put ("zal een werkgever niet zeggen: wij houden de vacature open"; not "nog een keer
    # zeggen:", "één ding zeggen:", the speaker's own)
    r"\b(?:een|zo['’]n)\s+(?!(?:keer|beetje|paar|aantal|ding|moment|woord|enkel|enkele)\b)[a-zë-]+\s+(?:\w+\s+){0,3}?(?:zegt|zeggen|zei|zeiden)\s*:|"
    # the speaker's own words of then: "hebben we toen gezegd: wij gaan kijken …"
    # (and a thought of then: "Ik dacht: ik bedien u")
    r"\b(?:toen|destijds|indertijd|eerder|vorig\s+jaar)\s+(?:\w+\s+){0,2}?(?:gezegd|gedacht|afgesproken)\s*:|"
    r"\b(?:ik|we|wij)\s+(?:\w+\s+){0,2}?(?:dacht|dachten)\s*:",
    re.IGNORECASE,
)
_CONCEDING_AL = re.compile(r"\bal\s+$", re.IGNORECASE)  # "al zal zij dit een warm hart toedragen": even though
# (not a debate before which, or on a date: "voorafgaand aan het debat van 7 november")
_THIS_DEBATE = re.compile(r"(?<!\bvoor\s)(?<!\bna\s)(?<!\bover\s)(?<!\bin\s)(?<!\btijdens\s)(?<!\bbij\s)(?<!\baan\s)"
                          r"\b(?:dit|dat|het)\s+debat\b(?!\s+(?:van|op)\s+\d)", re.IGNORECASE)
# talking in this sitting: "daar zullen we vandaag ongetwijfeld met elkaar over spreken" (not with others today:
# "We spreken vandaag met de sector")
_TALK_TODAY = re.compile(
    r"\b(?:we|wij)\b(?:(?!\bmet\s+(?!elkaar\b))[^.;:]){0,40}?\bvandaag\b(?:(?!\bmet\s+(?!elkaar\b))[^.;:]){0,40}?"
    r"\b(?:spreken|praten|debatteren|discussiëren)\b", re.IGNORECASE)
_NO_ADDRESSEE = re.compile(r"(?:\s+(?:ik|we|wij|zelf|nog|even|al|ook|wel|toen|daarom|dus|inmiddels|eerder|nu|net|gisteren|vandaag|daar|hier))*\s+", re.IGNORECASE)
_ATTEMPT = re.compile(rf"\b{_ATTEMPT_VERB}\b", re.IGNORECASE)
_SPEECH_ATTEMPT = re.compile(
    r"\b(?:uit\s+te\s+leggen|toe\s+te\s+lichten|duidelijk\s+te\s+maken|te\s+(?:zeggen|antwoorden|beantwoorden))\b", re.IGNORECASE)
_CALL_LET_US = re.compile(r"\b(?:(?:oproep|pleidooi)(?:\s+\w+){0,2}?|uitdagen|zou\s+(?:ik\s+)?zeggen|zou\s+zijn)\s*:\s*laten\s+we\b", re.IGNORECASE)
_THERE_WILL_BE_WHO = re.compile(
    r"\ber\s+(?:(?:zal|zullen)\s+(?:[\w’'-]+\s+){1,6}?|(?:[\w’'-]+\s+){1,6}?(?:zal|zullen)\s+)(?:zijn|blijven)\s*,?\s+(?:die|dat|waarbij|waarvoor|waarin|waar)\b",
    re.IGNORECASE)
_SITTING_ACT = re.compile(
    r"\bantwoord\s+(?:op\s+)?geven\b|\bvraag\b[^.;]{0,60}\badresseren\b|\bhoofdlijnen\s+geven\b|\btempo\s+aanpassen\b|"
    # (switching to the next block of the answer, not to a new system: "wil overstappen op het blok rentederivaten")
    r"\bvan\s+commentaar\s+onthouden\b|\bover(?:gaan|stappen)\s+op\s+(?:het|de|mijn)\s+(?:blok|blokje|onderwerp|thema|punt|volgende)\b",
    re.IGNORECASE)
_LATER_ANSWER = re.compile(r"\b(?:termijn|brief|schriftelijk\w*|later|volgende\s+week|na\s+(?:de|het))\b", re.IGNORECASE)
# a modal before the auxiliary of the future: "We moeten niet te veel dingen gaan verweven"
_GA_START = re.compile(r"(?:ga|gaan|gaat)\b", re.IGNORECASE)
_MODAL_OF_GA = re.compile(r"\b(?:moet|moeten|kan|kunnen|mag|mogen|hoeft|hoeven)\b", re.IGNORECASE)
# what the speaker assumes, does not expect or weighs, with the words it needs first
_ASSUMED_WORDS = ("neem", "nemen", "realiseer", "begrijp", "vermoed", "veronderstel", "verwacht", "denk", "geloof", "gelov", "wenselijk",
                  "verstandig", "denkbaar", "mogelijk", "zeg", "hoofd", "betwijfel", "toezegging", "beweer", "beweren", "belo", "garande", "pretende")
# verbs of claiming: negated, their "dat"-clause is what the speaker does not claim
_CLAIM_VERB = r"(?:zeg|zeggen|beweer|beweren|beloof|beloven|garandeer|garanderen|pretendeer|pretenderen)"
_ASSUMED = re.compile(
    r"\b(?:(?:ik|wij|we)\s+(?:neem|nemen)\s+(?:\w+\s+)?aan|(?:neem|nemen)\s+(?:ik|wij|we)\s+(?:\w+\s+)?aan|"
    r"(?:ik|wij|we)\s+(?:realiseer|realiseren)\s+(?:me|mij|ons)|(?:realiseer|realiseren)\s+(?:ik|wij|we)\s+(?:me|mij|ons)|"
    r"(?:ik|wij|we)\s+(?:vermoed|vermoeden|veronderstel|veronderstellen)|"
    # or understands: "Daarom begrijpt het kabinet dat de single volume cap de monitoring vereenvoudigt"
    r"(?:ik|wij|we|het\s+kabinet)\s+(?:begrijp|begrijpt|begrijpen)|(?:begrijp|begrijpt|begrijpen)\s+(?:ik|wij|we|het\s+kabinet)|"
    # or does not expect: "Ik verwacht niet dat er volgende week afspraken worden gemaakt"
    # (also "We geloven er niet in dat ...")
    r"(?:ik|wij|we)\s+(?:verwacht|verwachten|denk|denken|geloof|geloven)\s+(?:er\s+)?niet(?:\s+in)?|"
    # or promises not: "Maar ik ga u geen toezegging doen dat we dat gaan regelen"
    r"\bgeen\s+toezegging\s+(?:\w+\s+)?(?:doen|geven)|"
    # or doubts: "ik heb er een zwaar hoofd in dat we het probleem helemaal gaan oplossen"
    r"(?:ik|wij|we)\s+(?:heb|hebben)\s+er\s+(?:\w+\s+)?(?:een\s+)?(?:zwaar|hard)\s+hoofd\s+in|(?:ik|wij|we)\s+(?:betwijfel|betwijfelen)(?:\s+\w+)?|"
    # or does not claim: "Ik wil hier ook niet zeggen dat we het wel even gaan oplossen", "Ik zeg niet dat ..."
    rf"(?:niet|nooit)\s+(?:\w+\s+){{0,2}}?{_CLAIM_VERB}|(?:ik|wij|we)\s+{_CLAIM_VERB}\s+(?:\w+\s+)?(?:niet|nooit)|"
    rf"{_CLAIM_VERB}\s+(?:ik|wij|we)\s+(?:\w+\s+)?(?:niet|nooit)|"
    # or weighs a possible act: "Het is niet wenselijk dat we apart Nederlandse GvO's gaan maken"
    r"\bhet\s+is\s+(?:\w+\s+)?(?:wenselijk|onwenselijk|verstandig|onverstandig|denkbaar|ondenkbaar|mogelijk|onmogelijk))\s+(?:\w+\s+)?dat\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _assumed_ends(s: str) -> tuple[int, ...]:
    """Where each assumption or weighing of `s` ends (once per sentence: every cue asks)."""
    return tuple(m.end() for m in _ASSUMED.finditer(s)) if _mentions(s, _ASSUMED_WORDS) else ()


def _debate_order_near(s: str, m: re.Match) -> bool:
    """Whether the debate's order or a motie's appreciation stands in the clause of the cue at `m`, not in a
    coordinated clause beside it."""
    for order in _DEBATE_ORDER.finditer(s):
        lo, hi = (order.end(), m.start()) if order.end() <= m.start() else (m.end(), order.start())
        if lo >= hi or not _COORDINATED_CLAUSE.search(s, lo, hi):
            return True
    return False


_POLITE = re.compile(r"^(?:wil|willen)\b", re.IGNORECASE)
_PAST_MODAL = re.compile(
    r"\b(?:heb|hebt|heeft|hebben|had|hadden)\b[^.;?]{0,80}?\b(?:willen|proberen|kunnen|moeten|mogen)\s+(?:te\s+)?[a-zë]+en\b|"
    # the perfect of "gaan", or a past modal with it: "Ik ben ook maar eens gaan kijken", "Toen zijn we gaan zoeken",
    # "Ik wilde u net de blokjes gaan geven"
    r"\b(?:ben|bent|is|zijn|was|waren|wilde|wilden|moest|moesten|kon|konden)\s+(?:(?!(?:dat|om|te|of|die|wat|als)\b)[\w’'-]+\s+){0,6}?gaan\s+[a-zë]+en\b|"
    # an attempt under a past modal: "Daarbij moesten we aan alle kanten proberen om ook de woningmarkt overeind te houden"
    r"\b(?:moest|moesten|wilde|wilden|kon|konden|mocht|mochten)\s+(?:(?!(?:dat|om|te|of|die|wat|als)\b)[\w’'-]+\s+){0,6}?(?:proberen|trachten)\b",
    re.IGNORECASE,
)
_LATER_HERE = re.compile(
    r"\b(?:later|verderop|elders)\s+in\s+(?:deze|dit|de(?:ze)?)\s+(?:brief|antwoord|beantwoording|notitie|nota|paragraaf|hoofdstuk)\b|"
    r"\bin\s+de\s+volgende\s+(?:paragraaf|alinea|vraag)\b",
    re.IGNORECASE,
)


_TALKING_OF = re.compile(r"(?:heb|heeft|hebben)\s+(?:(?:we|wij|ik|u|je|ze|zij|dan|nu|hier|vandaag|wel|ook)\s+){0,3}het\s+(?:\w+\s+)?over\b",
                         re.IGNORECASE)
_EVERY_SUBJECT = re.compile(r"\b(?:elk|elke|ieder|iedere)\s+(?:[\w-]+\s+){1,2}?(?:wordt|worden)\b", re.IGNORECASE)
# a need that there will be: "dat er uitwerkingen nodig zullen zijn om …"
_NEEDED_WILL_BE = re.compile(r"\bnodig\s+(?:zal|zullen)\s+zijn\b|\b(?:zal|zullen)\s+(?:er\s+)?(?:[\w-]+\s+){0,4}?nodig\s+zijn\b", re.IGNORECASE)


# the subject of a sentence telling what a rule or instrument is for: its head a law, proposal, measure, power or system
_INSTRUMENT_SUBJECT = re.compile(
    r"\b(?!wetsvoorstel)[\w-]*(?:voorstel|maatregel|bevoegdheid|systeem|systemen|regeling|verordening|wet|bepaling|instrument|missie|cluster)"
    r"(?:en|s)?\b(?:\s+(?:van|voor|uit)\s+[^,;]{1,60}?)?\s*(?:,[^,]*,\s*)?(?:en\s+)?$", re.IGNORECASE)


def _embedded_question(s: str, clause_start: int, fin_start: int) -> bool:
    """Whether the clause of the finite verb at `fin_start` is an embedded question ("of het kabinet dat wil
    stimuleren", "De vraag is hoe we verdergaan"), or a question reported ("De vraag was wat ik ga doen aan …",
    "Zij vragen mij wat het kabinet gaat doen"): it asks, it does not commit."""
    return bool(re.match(r"\s*(?:of|hoe|in\s+hoeverre)\b", s[clause_start:], re.I)
                or re.search(r"\b(?:hoe|of)\s+(?:[\w’'-]+\s+){1,6}$", s[clause_start:fin_start], re.I)
                or re.search(r"\b(?:vraag|vragen|vroeg|vroegen)\b[^.;:]{0,30}\bwat\s+(?:[\w’'-]+\s+){1,6}$", s[:fin_start], re.I))


def _check(s: str, m: re.Match, kind: str, rule: str, ref: date | None = None, annual: bool = False,
           refusal: bool = False, policy_passive: bool = False) -> str | None:
    """The actor ("-" when implicit) if the cue at `m` holds, else None; a negated cue holds only as a `refusal`;
    `policy_passive` says the cue is a policy document's present passive (see `_policy_passive`)."""
    fin_start, fin_end = _fin(m)
    window = s[m.start():m.end()]
    if _mentions(s, _DEBATE_ORDER_WORDS) and _debate_order_near(s, m):  # the debate's order, its view of a motie
        return None
    # "het over … hebben" is talking about something ("In 2026 hebben we het over enkele tientallen miljoenen")
    if _TALKING_OF.match(s, fin_start):
        return None
    # a passive whose subject is "elk/ieder …" tells a rule of practice: "omdat elk overlijden wordt onderzocht"
    every = _EVERY_SUBJECT.search(s, max(0, fin_start - 40), fin_end)
    if every and every.end() == fin_end:
        return None
    # what the speaker assumes or realises others do: "Ik neem aan dat daarover in het overleg wordt gesproken"
    assumed = next((end for end in _assumed_ends(s) if end <= fin_start), None)
    if assumed is not None:
        coordinated = _COORDINATED_CLAUSE.search(s, assumed, fin_start)
        # (", en dat ..." coordinates a second clause under the same verb of assuming or understanding)
        if not coordinated or re.match(r"\s*(?:dat|of)\b", s[coordinated.end():]):
            return None
    # a concession ("al zal zij dit ook een warm hart toedragen") or words quoted after a colon ("maar dat in der
    # minne wordt gezegd: we nemen afscheid van elkaar")
    if _CONCEDING_AL.search(s, max(0, fin_start - 5), fin_start) or (":" in s and _QUOTED_AFTER.search(s, 0, fin_start)):
        return None
    # the debate itself as the object: "Ik wil dit debat gebruiken om ..." (not "voor het debat", "na dit debat")
    if kind == "plan" and "debat" in window and _THIS_DEBATE.search(window):
        return None
    if kind in ("plan", "promise") and "vandaag" in s and _TALK_TODAY.search(s, max(0, fin_start - 40)):
        return None
    # asking with no one asked ("Ik heb gevraagd om dat na te gaan", "We hebben zelf gevraagd om die commissaris"), or
    # asking a question ("Wij hebben SZW gevraagd hoe zij dit zien"), sets no work going; "Ik heb het RIVM gevraagd
    # om ... te bepalen" does
    if kind == "progress" and re.search(r"\b(?:gevraagd|verzocht)$", window, re.I) and (
            _NO_ADDRESSEE.fullmatch(s, fin_end, m.end() - len(window.split()[-1]))
            or re.match(r"\s+(?:hoe|wat|welke|waarom|wanneer)\b", s[m.end():], re.I)):
        return None
    # a group that there will be, told by what it does or undergoes, is a forecast: "Er zullen mensen blijven die de
    # regels overtreden", "dat er lidstaten zullen zijn die meer tijd willen" (not "Er zullen kleine leefafdelingen
    # zijn van zes tot acht cellen")
    if kind == "plan" and _THERE_WILL_BE_WHO.search(s):
        return None
    # an attempt to explain or to answer is the sitting's own speech ("Ik zal het nog een keer proberen duidelijk te
    # maken", "Ik probeer het uit te leggen"), unless the answer is for later ("in de tweede termijn")
    if kind in ("plan", "promise") and _ATTEMPT.search(window) and _SPEECH_ATTEMPT.search(s, fin_start) and not _LATER_ANSWER.search(s):
        return None
    # a call put as "laten we" after a plea or a would-say ("Mijn oproep zou zijn: laten we ...", "zou ik zeggen:
    # laten we even wachten", "Ik zou hem willen uitdagen: laten we ...") urges, it does not undertake
    call = _CALL_LET_US.search(s) if kind in ("plan", "promise") and "laten we" in s.lower() else None
    if call and call.start() < fin_start:
        return None
    # the manner of the answer given now: "Ik wil op twee niveaus antwoord geven", "Ik ga hierop het procedurele
    # antwoord geven", "Ik zal mijn tempo aanpassen" (not an answer for later: "in de tweede termijn", "per brief")
    if kind in ("plan", "promise") and _SITTING_ACT.search(s, fin_start, max(m.end(), fin_start + 80)) and not _LATER_ANSWER.search(s):
        return None
    if kind in ("plan", "promise"):
        past = _PAST_MODAL.search(s, 0, m.end())
        hypothetical = _HYPOTHETICAL.search(s, 0, fin_start) and not _POLITE.search(window)
        if past or hypothetical:  # (the clause is only sought where one of them stands in the sentence)
            start = _clause_start(s, fin_start)
            if past and _PAST_MODAL.search(s, start, m.end()):
                return None  # a modal as the infinitive of a perfect is past: "hebben we een uitzondering willen maken"
            if hypothetical and _HYPOTHETICAL.search(s, start, fin_start):
                return None  # "Dan zou de overheid eerst de mediaan moeten gaan vaststellen" (not "Ik zou … willen aanbieden")
    if _TE_BEFORE.search(s, max(0, fin_start - 4), fin_start):
        return None  # after "te" the verb is an infinitive, no finite act: "door samen te werken aan …"
    if kind == "promise" and _LATER_HERE.search(s):
        return None  # "Op de derde aanbeveling kom ik later in deze brief terug": the letter's own order
    if annual and kind == "plan" and rule == "gov_or_passive" and m.group("fin").lower() in ("wordt", "worden") \
            and not _future_time(s, ref) and not _GOING_ON.search(window):
        # an annual report's present passive describes how things are done ("wordt aangepast voor"), unless
        # what it does looks ahead by itself ("worden gecontinueerd", "wordt afgerond met aanbevelingen")
        return None
    if rule == "passive_now":  # with a moment still to come the same passive is a plan
        if _future_time(s, ref):
            return None
        rule = "gov_or_passive_nh"
    if rule.endswith("_nh"):  # an activity verb: what is done every year is a procedure, not progress
        periodic = _PERIODIC.search(s)
        if periodic and periodic.group(0).lower() == "bijvoorbeeld" and re.search(r"\b(?:ik|we|wij)\b", m.group(0), re.I):
            periodic = None  # the speaker's own activity, one example among others, is no procedure
        if periodic or (rule.startswith("gov_or_passive") and _MODAL.search(s[max(0, fin_start - 40):m.end()])):
            return None
        # a frequency ("Ik heb zeer regelmatig contact met DJI") makes a standing routine, unless it is bounded
        # to a stretch of time up to now, an episode under way ("heeft de afgelopen maanden regelmatig contact")
        if _FREQUENCY.search(s) and not _RECENT_SPAN.search(s):
            return None
        rule = rule[:-3]
    if rule == "passive_kamer":
        return _passive_kamer(s, m, fin_start, ref)
    if rule == "kamer_receives":  # the Kamer as the subject that will hear or receive: the government informs it
        neg = _ACT_NEGATION.search(window)
        # (in the present tense, what the Kamer gets every year is a practice: "De Kamer ontvangt jaarlijks een rapportage")
        practice = s[fin_start:fin_end].lower() != "zal" and _HABITUAL.search(s)
        return None if neg or practice or _HYPOTHETICAL.search(s) or _CONDITION_START.match(s) else "-"
    if rule == "event_now":  # "er vinden gesprekken plaats": under way, unless a moment still to come is named
        if _future_time(s, ref):
            return None
        if _PERIODIC.search(s) or (_FREQUENCY.search(s) and not _RECENT_SPAN.search(s)):
            return None
        rule = "any"
    if rule == "event_future":  # a process of the government at a moment to come, not a routine
        future = re.match(r"(?:zal|zullen)\b", s[fin_start:fin_end], re.I) or _future_time(s, ref)
        if not future or _HABITUAL.search(s) or _EVERY.search(s) or _NEGATION.search(window):
            return None
        # a process of others: "besluitvorming in de Raad", "overleg tussen de sociale partners", "door de Commissie"
        if re.search(rf"\b(?:van|door|in|binnen|tussen|bij)\s+{_NONGOV_NP}(?![\w-])", s, re.I) or _ELSEWHERE.search(s):
            return None
        rule = "any"
    if rule == "graag_offer":
        verb = s[fin_start:fin_end].lower()
        if verb in _NOT_AN_OFFER or verb in _NOT_A_VERB or re.search(r"\boordeel\b|\bzou(?:den)?\b|\bgraag\s+(?:wil|willen|zal|zullen)\b", s, re.I) or not re.fullmatch(r"[a-zë]{2,}", verb) \
                or _IF_OR_WHEN.search(s[:fin_start]):
            return None
        rule = "gov"
    if rule == "cleft":  # the act is the predicate after "is": an infinitive, not a noun or a clause with its own subject
        act = m.group("act")
        if _NEGATION.search(window) or not re.search(rf"\b{_INF}\b", act, re.I) \
                or re.search(r"\b(?:dat|omdat|die|of)\s+(?:ik|we|wij|u|zij|ze|het|de|er|hij)\b", act, re.I):
            return None
        return m.group("subj").lower()
    if rule == "hortative":  # "laat ik … meenemen": an act, not a speech act ("Laat ik vooropstellen dat …")
        inf = m.group("inf").lower()
        if _DISCOURSE.search(window) or _NO_PLAN_VERB.match(inf) or inf in _LET_BE or "oordeel" in window.lower() \
                or _HORTATIVE_MOVE.search(window):
            return None  # nor letting things be ("laat ik dit maar zitten", "het oordeel aan de Kamer laten")
        rule = "gov"
    if rule == "goal":  # "X heeft als doel": X is the government, or an instrument of its own, not a collaboration
        subj = s[_clause_start(s, fin_start):fin_start]
        # a definition ("TIBER staat voor ... en heeft als doel") or the aim of a text describes, it sets no goal
        if re.search(r"\bstaat\s+voor\b", s[:fin_start], re.I) or re.search(r"\b(?:tekst|document|artikel|rapport|richtlijn|amendement|motie)\s*$", subj.strip(), re.I):
            return None
        # nor does the aim of a rule or an instrument that is there ("Het voorstel heeft tot doel …", "De
        # aanvullende CFC-maatregel heeft tot doel …", "Deze systemen hebben tot doel …"): it tells what it is for
        if _INSTRUMENT_SUBJECT.search(subj):
            return None
        if re.search(r"\b(?:samenwerking|samenwerkingen|partnerschap|coalitie|alliantie|dialoog)\b", subj, re.I) or \
                re.search(rf"\b(?:met|van|tussen)\s+(?:{_NONGOV_NP}|de\s+[\w-]+\s+autoriteiten|[\w-]+\s+autoriteiten)\b", subj, re.I):
            return None
        rule = "any"
    # "heeft ... onderzoek laten uitvoeren": "laten" in the perfect (infinitive for participle) is a completed act
    if s[fin_start:fin_end].lower() == "laten" and re.search(r"\b(?:heb|hebt|heeft|hebben|had|hadden)\b", s[_clause_start(s, fin_start):fin_start], re.I):
        return None
    # the hortative "laten we" opens its clause ("Laten we daar even naar kijken", "…: laten we dan ook van twee
    # kanten kijken") and invites the hearers along: no undertaking of the government's own (the causative has
    # its subject after a fronted phrase: "Daarnaast laten we een kennisagenda opstellen")
    if s[fin_start:fin_end].lower() == "laten" and _WE_AFTER.match(s, fin_end) and _HORTATIVE_OPENING.fullmatch(s[_clause_start(s, fin_start):fin_start]):
        return None
    if rule == "intent_inform":  # an intention to inform: a promise when the Kamer is the recipient
        if not (_TO_KAMER.search(s) or re.search(r"\bvragen\b[^.;?]{0,60}?\bte\s+beantwoorden\b", s, re.I)) or _IN_TEXT.search(window):
            return None
        rule = "gov"
    first = None
    to_kamer = False  # whether the sentence itself need not name the Kamer for a promise
    if rule == "text_passive":  # "Daarbij zal ook worden ingegaan op ...": what a coming letter will address
        if _IN_TEXT.search(s) or _IN_LETTER.search(s) or _NEGATION.search(window):
            return None
        rule, to_kamer = "gov_or_passive", True
    if rule == "gov_future":
        if not _future_time(s, ref):
            return None
        rule = "gov"
    if rule == "present_future":
        if not _present_future(s, m, kind, fin_start, fin_end, ref):
            return None
        pron = re.search(r"\b(?:ik|we|wij)\b", window, re.I)
        first = pron.group(0).lower() if pron else "ik"  # a bare "informeer" is the form of "ik"
        rule = "gov"
    if rule == "present_future_np":
        verb = s[fin_start:fin_end].lower()
        if verb[:-1] in _NOT_PLAN_FINITE or verb in _NOT_PLAN_FINITE or not _present_future(s, m, kind, fin_start, fin_end, ref):
            return None
        rule = "gov_np"
    if rule == "reason":
        verb, clause = _last_verb(s, m.end())
        if not verb or _NO_PLAN_VERB.match(verb) or _NEGATION.search(window) or re.search(r"\baan\s+te\s+nemen\b", clause, re.I):
            return None
        if re.search(rf"\bvoor\s+{_NONGOV_NP}\b", window, re.I):
            return None
        rule = "any"
    if rule == "blijven":
        if not _blijven(s, fin_end):
            return None
        rule = "subject"
    if rule == "passive_future":  # the moment decides: a plan still to come, not a description
        if not _future_time(s, ref) or _HABITUAL.search(s) or _MODAL.search(s[_clause_start(s, fin_start):m.end()]):
            return None
        rule = "gov_or_passive"
    if rule == "future_year":  # the year must still be to come, the verb no past, the sentence no forecast
        if ref is None or int(m.group("year")) <= ref.year:
            return None  # without the document's date the year cannot be told from a past one
        if _FORECAST.search(s) or _HYPOTHETICAL.search(s) or _PAST_FINITE.match(m.group("fin")):
            return None
        if re.search(r"\b(?:geleden|al|reeds)\b", s[:m.start("fin")], re.I):
            return None
        return "-"
    if rule == "scheduled":  # planned for a moment still to come; not a routine
        if not _future_time(s, ref) or _HABITUAL.search(s) or _EVERY.search(s):
            return None
        rule = "any"
    if rule == "komen_te":  # "is komen te vervallen" is a change that has happened
        if re.search(r"\b(?:is|zijn|was|waren|werd|werden)\b", s[_clause_start(s, fin_start):fin_start], re.I):
            return None
        rule = "any"
    if rule == "norm_state":
        pred = m.group("pred").strip()
        if not pred or re.search(rf"\b{_PARTICIPLE}$", pred, re.I) or _NEGATION.search(window):
            return None
        subject = _subject(s, 0, fin_start, fin_end)
        return None if subject == "nongov" else (subject if subject not in (None, "unknown") else "-")
    if rule == "first_sub":
        verb, subj = m.group("fin"), m.group("subj").lower()
        if _embedded_question(s, _clause_start(s, fin_start), fin_start):  # "De vraag is of ik doorga met …"
            return None
        if not _finite_ok(verb, "ik" if subj == "ik" else "", subj != "ik") or verb.lower() in _NOT_PLAN_FINITE:
            return None
        if subj == "ik" and (verb.endswith("en") or verb.endswith("e")):
            return None
        if _ACT_NEGATION.search(window) or _HYPOTHETICAL.search(window) or _PERIODIC.search(s):
            return None
        return subj
    if rule == "decision":
        if _decided_before(s[:m.end()], ref):
            return None
        if s[fin_start:fin_end].lower() in ("is", "zijn"):  # "is besloten": an impersonal passive
            subject = _subject(s, _clause_start(s, fin_start), fin_start, fin_end)
            if subject == "nongov" or _agent_is_other(s[m.start():], m.end() - m.start() + 60):
                return None
            return subject if subject not in (None, "unknown") else "-"
        rule = "gov"
    # a cue inside a sentence-initial clause opened by bare "waar" ("Waar in de analyse melding wordt gemaakt van
    # kinderen, betreft dit ..."): a subordinate clause of place or case; the main clause follows its comma
    if re.match(r"\W*waar\s+(?!nodig\b|mogelijk\b)[^,;:]*$", s[:fin_start], re.I):
        return None
    # a light-verb idiom with "maken" ("melding wordt gemaakt van", "wordt gebruik gemaakt van") names no act
    if kind != "promise" and _LIGHT_IDIOM.search(s[max(0, m.start() - 40):m.end()]):
        return None
    abstain = rule == "abstain"
    if abstain:
        rule = "gov"
    polite = rule == "polite"  # "ik zou graag toezeggen": a courtesy, not a hypothetical
    if polite:
        rule = "gov"
    # hypothetical "zou ... kunnen", negated cue, cited promises
    if not polite and _HYPOTHETICAL.search(s[_looking_back(s, m.start(), 30):m.end()]):
        return None
    # a clause that complements a noun of opinion ("Het verwijt dat ik weg wil blijven ...") or a consequence
    # under a hypothetical ("dat zou betekenen dat we ... gaan innemen") states no undertaking
    if _mentions(s, _NOUN_THAT_WORDS) and _NOUN_THAT.search(s, 0, fin_start):
        return None
    # an indirect question standing alone ("Hoe we willen dat de advocatuur er over tien jaar uitziet."); not the
    # free relative of a pseudo-cleft ("Wat Nederland wil, is meer dan 40%")
    if re.match(rf"\W*(?:hoe|wat|welke|waarom)\s+(?:{_FIRST_PERSON}|{_GOV_NP})(?![\w-])", s, re.I) and not _PSEUDO_CLEFT.match(s):
        return None

    if kind in ("plan", "promise", "target") and not (abstain or refusal) and _NEGATION.search(_PURPOSE_CLAUSE.sub(_blank, s[:m.end()]), _looking_back(s, fin_start, 25)) \
            and "niet alleen" not in window:
        return None
    # a promise cited from elsewhere is no new one; the author's own "ik heb al toegezegd" restates it
    if _CITED.search(s) and kind == "promise" and not re.search(r"\b(?:zal|zullen)\b|\b(?:ik|wij|we)\s+(?:heb|hebben)\b[^.;?]{0,20}\btoegezegd\b", s, re.I):
        return None
    clause_start = _clause_start(s, fin_start)
    # a concessive clause before the main clause ("Welke rol er ook uitkomt, ik ben bereid ..."): the main
    # clause starts after its comma
    concessive = _CONCESSIVE.match(s, clause_start, fin_start)
    if concessive:
        clause_start = concessive.end()
    topic = _TOPIC_FRAME.match(s, clause_start, fin_start)
    if topic:  # "Wat de mestmarkt betreft, ben ik …": a frame naming the topic, no relative clause
        clause_start = topic.end()
    before = s[clause_start:fin_start]
    clause = s[clause_start:m.end()]
    # a relative clause ("waarover ik uw Kamer ... zal informeren", "die ik wil bieden") describes a noun
    # (not a demonstrative opening the sentence: "Die toezegging doe ik dus graag")
    if (_RELATIVE.match(clause) or re.search(r"\bwaar(?:over|in|mee|op|bij|voor|aan)\b", before, re.I)) and not (
            _CLOSED.search(before) or _PSEUDO_CLEFT.match(clause)
            or ((clause_start == 0 or s[:clause_start].rstrip().endswith((";", ":")) or _ANSWER_WORD.fullmatch(s[:clause_start]))
                and re.match(r"\W*(?:die|dat)\s+\w+\s", clause, re.I))):
        return None
    # a negated activity ("Het kabinet ontwikkelt geen nieuw beleid") reports no work under way
    if kind == "progress":
        end = _ACT_CLAUSE_END.search(s, m.end())
        neg = _NEGATION.search(s[clause_start:end.start() if end else len(s)])
        if neg and not re.match(r"niet\s+(?:alleen|enkel|slechts)\b", s[neg.start():], re.I):
            return None
    # a condition set between commas inside the main clause ("… en kan, als wij dit blijven doen, de toekomst met
    # vertrouwen tegemoet zien") is no undertaking of its own
    if re.match(r"\s*(?:als|indien|mits)\b", clause, re.I) and s[:clause_start].rstrip().endswith(",") and "," in s[fin_end:]:
        return None
    # and so is the cue of a condition before its consequence ("dat als wij deze verordening willen invoeren op …, wij
    # de kans lopen dat …"): the consequence follows the comma
    if re.match(rf"\s*(?:dat\s+)?(?:als|indien|wanneer|mits)\s+(?:{_FIRST_PERSON}|{_GOV_NP})(?![\w-])", clause, re.I) \
            and "," in s[fin_end:]:
        return None
    if _embedded_question(s, clause_start, fin_start):
        return None
    # a modal before "gaan" ("We moeten niet te veel dingen met elkaar gaan verweven"): an obligation or possibility
    if kind in ("plan", "promise") and _GA_START.match(window) and _MODAL_OF_GA.search(before):
        return None
    # a future passive inside a relative clause ("het aantal kinderen dat zal worden geboren") or a clause of time
    # ("op het moment dat deze wet zal worden aangenomen") describes a noun or a moment, it announces nothing
    if kind == "plan" and rule == "gov_or_passive" and (
            re.match(r"(?:zal|zullen)\s+worden\b", window, re.I)
            or re.match(r"worden\b", window, re.I) and re.search(r"\b(?:zal|zullen)\s+$", s[:fin_start], re.I)) and (
            re.search(r"\b(?:dat|die)\s+(?:(?:zal|zullen)\s+)?$", s[:fin_start], re.I)
            or re.search(r"\b(?:op\s+het\s+moment|wanneer|zodra|nadat)\s+(?:dat\s+)?(?:[\w-]+\s+){0,6}$", s[:fin_start], re.I)):
        return None
    # a present passive inside a subordinate clause ("de wetgeving die met dit voorstel wordt gewijzigd", "begrijpt
    # dat de drempel wordt verlaagd", "omdat met deze handeling wordt gewaarborgd") describes or reports; the main
    # clause, if it commits, has its own cue
    if kind == "plan" and rule == "gov_or_passive" and re.match(r"(?:wordt|worden)\b", window, re.I) \
            and _SUBORDINATE_PASSIVE.search(s, _after_verb_cluster(s, max(clause_start, s.rfind(",", 0, fin_start) + 1), fin_start), fin_start):
        return None
    # talk without a partner is talk going on, in the news or in a text ("Er wordt natuurlijk al jaren over
    # gesproken", "In de motie wordt gesproken over ..."); talks of the government have one ("Met het mkb wordt
    # breed over dit soort zaken gesproken")
    if rule in ("gov_or_passive", "passive_now") and _TALK_ABOUT.search(s) and re.match(r"(?:wordt|worden)\b", window, re.I) \
            and not re.search(r"\bmet\b", s, re.I):
        return None
    # a passive of what is done every time is a routine, not work under way: "Daarom wordt er altijd gekeken of ...",
    # "Er wordt steeds gekeken naar de individuele patiënt" (not "nog steeds": still)
    if rule in ("gov_or_passive", "passive_now") and re.match(r"(?:wordt|worden)\s+(?:er\s+)?(?:altijd|steeds|telkens)\b", window, re.I):
        return None
    # the effect of a means named before it ("Daarmee wordt het zelfbeschikkingsrecht versterkt", "Door deze melding
    # wordt UWV in de gelegenheid gebracht") says what something does, not what will be done; a moment to come keeps it
    if kind == "plan" and rule == "gov_or_passive" and re.match(r"(?:wordt|worden)\b", window, re.I) \
            and _BY_MEANS.match(s) and not _future_time(s, ref):
        return None
    # a need stated with the copula, the verb the cue found being its purpose clause's ("Er zal meer nodig zijn om
    # ervoor te zorgen dat …"): what it takes, no act (not what will be possible: "zal het mogelijk zijn om …")
    if kind == "plan" and re.match(r"(?:zal|zullen)\b[^.;?]*?\b(?:nodig|noodzakelijk)\s+(?:zijn|blijven)\s+om\b", window, re.I):
        return None
    # an obligation or possibility ("moet ... worden opgesteld", "kan worden ingezet") is no plan
    # (not one in an aside between commas: "Irreguliere migranten, waaronder migranten die zich niet kunnen identificeren, worden …")
    if kind == "plan" and rule == "gov_or_passive" and re.search(
            r"\b(?:moet|moeten|moest|moesten|dient|dienen|diende|dienden|kan|kunnen|kon|konden|mag|mogen|mocht|mochten|hoeft|hoeven)\b",
            _PURPOSE_CLAUSE.sub(_blank, _COMMA_ASIDE.sub(", ", clause)), re.I):  # (not one of a purpose clause: "Om … te kunnen sturen")
        return None
    # a procedure ("wordt vastgesteld op grond van ...") describes how things work, and so does what the law
    # prescribes, in any tense ("Ingevolge artikel 3 van de Wob wordt een verzoek ingewilligd …", "Op grond van de
    # Wet arbeid vreemdelingen zal een werkvergunning geweigerd worden …")
    if kind == "plan" and rule == "gov_or_passive" and (
            _PROCEDURE.search(s) and not re.match(r"\s*(?:zal|zullen)\b", window, re.I)
            or _BY_LAW.match(s) and re.search(r"\bworden\b|\bwordt\b", window, re.I)):
        return None
    # "ik zal hieronder toelichten": a pointer within the text, no undertaking towards the Kamer
    if kind == "promise" and re.match(r"(?:zal|zullen|ga|gaan|gaat|blijf|blijft|blijven)\b", window, re.I) and not _PLEDGE.search(window):
        if _IN_TEXT.search(window) or not (to_kamer or _TO_KAMER.search(s)):
            return None
    # (a reply in a later text is no pointer within this one: "zij zal daar in de beantwoording nader op ingaan")
    if kind == "plan" and (_DISCOURSE.search(window) and not _LATER_TEXT.search(s) or _REMARKS.search(s) or _ARGUMENT_MOVE.search(s)) and not _TO_KAMER.search(s):
        return None
    if kind in ("plan", "promise") and _mentions(s, _SPEECH_MOVE_WORDS) and _SPEECH_MOVE.search(s, fin_start, _sentence_part_end(s, fin_end)):
        return None
    if "gezegd" in s and _ON_RECORD.search(s):
        return None  # "Ik wil dat, als voorzitter van dit kabinet, hier gezegd hebben": what one wants on record
    # "Hieronder zal worden ingegaan op ...": a pointer within this text
    if kind in ("plan", "promise") and _DISCOURSE.search(s) and _points_within(s):
        return None
    # zal/ga/wil + a verb of speaking or a prediction ("zal ik daar iets over zeggen", "zal leiden tot")
    if kind == "plan" and re.match(r"(?:zal|zullen|ga|gaat|gaan|wil|willen)\b", window, re.I) and _speech_verb_then_pp(window, s, m.end()) \
            and not _LATER_TEXT.search(s):
        return None  # "wil ik reageren op de opmerking van …": the verb, then its object moved after it
    if kind == "plan" and re.match(r"(?:zal|zullen|ga|gaat|gaan|wil|willen)\b", window, re.I) and not _plan_verb_ok(s, fin_end):
        return None
    # (the cue's own infinitive, past a determiner "die" that ends the clause `_plan_verb_ok` reads: "Helaas wil ik
    # die motie echt ontraden")
    if kind == "plan" and re.match(r"(?:wil|willen)\b", window, re.I) and _NO_PLAN_VERB.match(window.split()[-1].lower()) \
            and re.search(rf"\b{_DETERMINER_DIE}", window, re.I):
        return None
    # progress of a verb in the present tense: not under "zal"/"wil" (that is a plan) nor after "te"
    if kind == "progress" and _FUTURE_AUX.search(before):
        return None
    # "X zijn gestart met": X is an agent and must be the government
    if kind == "progress" and rule == "any" and re.search(r"\b(?:gestart|begonnen)\s+met\b", window, re.I):
        rule = "gov"
    # "de infractieprocedure is al gestart door de Europese Commissie": started by someone else
    if kind == "progress" and re.search(r"\b(?:gestart|begonnen|opgestart)\b", window, re.I) and _agent_is_other(s[m.end():], 60):
        return None
    if kind == "progress" and re.search(r"\btoen\b", s, re.I):
        return None
    # the simple past of a start or of preparations is the year's progress only where a year is accounted for
    if kind == "progress" and not annual and _SIMPLE_PAST_START.match(s, fin_start):
        return None
    # a start dated in an earlier year ("zijn wij in mei 2023 gestart met ...") is a past event, not work under
    # way; in an annual report the year it accounts for is the current one
    if kind == "progress" and ref is not None and (_SIMPLE_PAST_START.match(s, fin_start) or re.search(r"\b(?:gestart|begonnen|start\s+gegaan|opgestart|gang\s+gezet)\b", window, re.I)):
        years = [int(y) for y in re.findall(r"(?<!sinds\s)\b(?:in|op|per|vanaf|medio|eind|begin)\s+(?:\w+\s+){0,2}?((?:19|20)\d\d)\b", s, re.I)]
        if years and max(years) < ref.year - annual and not re.search(r"\bsinds\b", s, re.I):
            return None
    reported = _REPORTED_ANY.match(s)
    if reported and not _GOV_SUBJ.search(reported.group(1)):
        return None
    subject = first or _subject(s, clause_start, fin_start, fin_end, strict=(rule == "gov_np"))
    passive = _is_passive(s[clause_start:m.end() + 40])
    # the subject of a policy's present passive undergoes the act, it does not act: "Ruimtelijke plannen en
    # instrumenten van de gemeenten en provincies worden hierop aangepast"
    if subject == "nongov" and not (policy_passive and passive):
        return None
    if passive and (_agent_is_other(s[m.start():], m.end() - m.start() + 60) or _ELSEWHERE.search(s)):
        return None
    if rule == "any":
        return subject if subject not in (None, "unknown") else _any_actor(s)
    if rule in ("gov_np", "subject"):
        return subject if subject not in (None, "unknown") else None
    if rule == "gov":
        if subject in (None, "unknown"):
            first = _FIRST.search(clause)
            return first.group(0).lower() if first else None
        return subject
    # gov_or_passive
    if subject not in (None, "unknown"):
        return subject
    if passive or re.search(r"\ber\b", clause, re.I):
        if _habitual(s) and kind != "progress":
            return None
        # what there will be by the estimates, or what will be needed, is a forecast, no act: "Op basis van de ramingen
        # zal er in het jaar 2030 een tekort zijn van ten minste 800 plaatsen", "dat er uitwerkingen nodig zullen zijn"
        if not passive and (_FORECAST.search(s) or _NEEDED_WILL_BE.search(s)):
            return None
        return "-"
    return None


_FUTURE_WORDS = re.compile(
    r"\b(?:binnenkort|straks|spoedig|zo\s+snel\s+mogelijk|op\s+korte\s+termijn|de\s+komende\s+(?:tijd|periode|weken|maanden|jaren)|"
    r"later\s+dit\s+jaar|op\s+een\s+later(?:e)?\s+(?:moment|tijdstip)|te\s+zijner\s+tijd|volgend\s+jaar|komend\s+jaar|het\s+komende\s+jaar|(?:in|naar|voor)\s+latere\s+jaren|(?:de|het)\s+eerstvolgende)\b",
    re.IGNORECASE,
)


# a forecast or scenario is no target: "In 2030 is naar verwachting ...", "In 2040 zijn er volgens de raming ..."
_FORECAST = re.compile(
    r"\b(?:verwacht\w*|verwachting|prognose\w*|raming\w*|scenario\w*|naar\s+schatting|waarschijnlijk|mogelijk(?:erwijs)?|"
    r"dreig\w*|volgens\s+(?:de|het)\s+(?:cpb|pbl|planbureau|model\w*|berekening\w*|ramingen))\b",
    re.IGNORECASE,
)
_PAST_FINITE = re.compile(r"(?:was|waren|werd|werden|had|hadden|[a-zë]+(?:te|ten|de|den))$", re.IGNORECASE)


# talk of a subject: "gesproken over ...", "er/daar wordt ... over gesproken"
_TALK_ABOUT = re.compile(r"\bgesproken\s+over\b|\b(?:er|daar|hier)\b[^,;.]{0,60}?\bover\s+gesproken\b", re.IGNORECASE)
_BY_MEANS = re.compile(
    rf"\W*(?:{_EFFECT_ADVERB}|door\s+(?!middel\b)(?:de|het|deze|dit|die|een|verdere)\b[^,;]{{0,120}}?\s(?=(?:wordt|worden)\b))",
    re.IGNORECASE)


def _future_time(s: str, ref: date | None) -> bool:
    """Whether the sentence names a moment still to come ("na de zomer", "dit najaar", "binnenkort")."""
    if _FUTURE_WORDS.search(s):
        return True
    d = find_deadline(s)
    if d is None or _PAST_MARK.match(s, d.end) or d.kind == "today":  # (today is no moment to come)
        return False
    if _SINCE_BEFORE.search(s, max(0, d.start - 8), d.start):
        return False  # "Sinds deze kabinetsperiode worden de ramingen gecertificeerd": a start gone by
    # a time limit counted from an event ("Binnen vier weken na ontvangst van het bezwaar wordt beoordeeld ...",
    # "binnen zes weken nadat de aanvraag is ingediend"): a rule of procedure, no calendar moment
    if _RELATIVE_LIMIT.match(s, d.end) and not _CALENDAR_EVENT.match(s, d.end):
        return False
    if ref is None:
        return True
    due = resolve(d, ref)
    return due is None or due >= ref


_SINCE_BEFORE = re.compile(r"\bsinds\s+$", re.IGNORECASE)
_RELATIVE_LIMIT = re.compile(r"\s*(?:na|nadat|vanaf|volgend\s+op|te\s+rekenen\s+vanaf)\b", re.IGNORECASE)
_CALENDAR_EVENT = re.compile(
    r"\s*na\s+(?:de|het)\s+(?:zomer|zomerreces|kerstreces|voorjaarsreces|herfstreces|reces|jaarwisseling|verkiezingen|"
    r"kerst|zomervakantie|kerstvakantie|herfstvakantie|meivakantie)\b",
    re.IGNORECASE,
)
# an act done by this very letter: "Hierbij bied ik u ... aan", "Hiermee informeer ik u", "In deze brief
# ga ik in op ..." (not "Hiermee borgen we de zoetwatervoorziening": there "hiermee" is a measure)
_THIS_TEXT = (
    r"met\s+(?:deze|dit)\s+(?:brief|antwoord|beantwoording|nota|notitie)|in\s+(?:deze|dit)\s+(?:brief|antwoord|beantwoording|notitie)|"
    # how the text itself is ordered: "De notitie sluiten we af met een beknopt overzicht"
    r"(?:de|deze)\s+(?:brief|notitie|nota)\s+(?:sluit|sluiten|open|openen|begin|beginnen)\s+(?:ik|we|wij)"
)
_THIS_LETTER_ACT = re.compile(
    r"\b(?:hierbij|hiermee)\s+(?:\w+\s+){0,3}?(?:ontvangt|ontvangen|informeer|informeren|bied|bieden|stuur|sturen|zend|"
    r"zenden|geef|geven|doe|doen|reageer|reageren|beantwoord|beantwoorden|voldoe|voldoen|kom|komen|ga|gaan|breng|brengen)\b|"
    rf"\b(?:{_THIS_TEXT})\b",
    re.IGNORECASE,
)
_OPENS_ON_THIS_TEXT = re.compile(rf"\W*(?:{_THIS_TEXT})\b", re.IGNORECASE)
_IN_LETTER = re.compile(rf"\b(?:hierbij|hiermee|{_THIS_TEXT})\b", re.IGNORECASE)
_KAMER = re.compile(r"\b(?:uw|de|tweede|eerste)\s+kamer\b|\bu\b|\bkamerleden\b", re.IGNORECASE)


# (or informing further, or by a letter: "Daarover wordt de Kamer nader geïnformeerd", "Uw Kamer wordt hierover per brief
# geïnformeerd door de minister van JenV")
_ASSURANCE = re.compile(r"\b(?:vanzelfsprekend|uiteraard|vanzelf|zeker|nader|per\s+brief)\b", re.IGNORECASE)


def _passive_kamer(s: str, m: re.Match, fin_start: int, ref: date | None) -> str | None:
    """A passive of informing ("Uw Kamer wordt ... geïnformeerd"): a promise when the Kamer receives and the
    moment is still to come ("zal", or a future moment with the present tense)."""
    window = m.group(0)
    if _HABITUAL.search(s) or _IN_LETTER.search(s) or _HYPOTHETICAL.search(s):
        return None
    if _NEGATION.search(window):
        return None
    if not _KAMER.search(s):
        return None
    clause_start = _clause_start(s, fin_start)
    clause = s[clause_start:m.end()]
    if _RELATIVE.match(clause) or re.match(r"\s*of\b", clause, re.I):
        return None
    if re.search(r"\b(?:moet|moeten|dient|dienen|kan|kunnen|mag|mogen)\b", clause, re.I):
        return None
    # the present tense makes a promise with a moment to come, or as an assurance ("wordt vanzelfsprekend
    # met uw Kamer gedeeld"); otherwise it describes a practice
    if not (re.match(r"(?:zal|zullen)\b", window, re.I) or _future_time(s, ref) or _ASSURANCE.search(window)):
        return None
    if _agent_is_other(s[m.start():], m.end() - m.start() + 60):
        return None
    return "-"


# words that stand in the finite slot next to ik/we but do not make a plan: conjunctions, auxiliaries,
# modals, verbs of thinking, perceiving and saying (the cues for zal/wil/ga/blijf are elsewhere)
_NOT_PLAN_FINITE = frozenset("""
dat of als die wat waar waarover waarin waarmee waarbij waarvoor waarop waaraan waarnaar hoe wanneer zodra
omdat zodat doordat nadat voordat terwijl toen nu dan en maar want ook wel niet dus daarom zoals tenzij indien
mits hoewel ofschoon opdat totdat sinds aangezien welke wie hetgeen zo
ben is zijn heb heeft hebben was waren had hadden word wordt worden werd werden zal zullen zou zouden kan kunnen
moet moeten mag mogen wil willen hoef hoeven ga gaan gaat blijf blijven kom komen laat laten
verwacht verwachten vind vinden denk denken hoop hopen meen menen geloof geloven acht achten weet weten
ken kennen zie zien hoor horen lees lezen merk merken herken herkennen begrijp begrijpen deel delen
erken erkennen constateer constateren zeg zeggen noem noemen antwoord antwoorden verwijs verwijzen wijs wijzen
vertel vertellen schets schetsen
benadruk benadrukken onderstreep onderstrepen betreur betreuren waardeer waarderen dank danken sta staan
kijk kijken ga ervan uit vrees vrezen twijfel twijfelen betwijfel betwijfelen schat schatten vertrouw vertrouwen voorspel voorspellen
""".split())


def _present_future(s: str, m: re.Match, kind: str, fin_start: int, fin_end: int, ref: date | None) -> bool:
    """A finite verb in the present tense next to ik/we, with a moment still to come in the sentence:
    "Na de zomer maken we de balans op", "Ik informeer de Kamer na de zomer"."""
    verb = s[fin_start:fin_end].lower()
    if verb in _NOT_PLAN_FINITE or len(verb) < 3 or verb in _PAST_STRONG:
        return False
    subj = re.search(r"\b(?:ik|we|wij)\b", m.group(0), re.I)
    if subj is not None:
        plural = subj.group(0).lower() != "ik"
        # agreement: ik + stem ("ik maak"), we + -en ("we maken"); a past form ("maakte", "maakten") is no plan
        if plural != verb.endswith("en"):
            return False
        if re.search(r"(?:[^aeiou]de|[^aeiou]te|(?:k|p|f|ch|s)ten|[^aeioudlnr]den|[aeiou]dden)$", verb):
            return False
    # (an auxiliary of the same clause, not one of a relative clause after it: "Het kabinet stuurt nog dit jaar
    # regelgeving naar de Tweede Kamer waarin is vastgelegd …")
    after = s[fin_end:fin_end + 60]
    cut = _CLAUSE_END.search(after)
    after = after[:cut.start()] if cut else after
    if re.search(r"\b(?:heb|heeft|hebben|ben|is|zijn|was|waren|had|hadden)\b", after, re.I) and kind == "plan":
        return False
    if _NEGATION.search(s[max(0, fin_start - 20):fin_end + 60]):
        return False
    if _IN_LETTER.search(s) or (kind == "promise" and not _TO_KAMER.search(s)):
        return False
    if _HABITUAL.search(s):
        return False
    return _future_time(s, ref)


_BLIJVEN_STATE = re.compile(r"\b(?:in\s+(?:gesprek|contact|overleg|dialoog)|betrokken|alert|waakzaam|aangesloten)\b", re.IGNORECASE)
_NOT_BLIJVEN_VERB = re.compile(r"^(?:bestaan|gelden|staan|liggen|hangen|functioneren|voortbestaan|achterblijven|open|even|tegen)$", re.IGNORECASE)


def _blijven(s: str, fin_end: int) -> bool:
    """"blijven" + an infinitive of acting, or "in gesprek/contact": a continuing commitment."""
    verb, clause = _last_verb(s, fin_end)
    if _BLIJVEN_STATE.search(clause):
        return not _NEGATION.search(clause)
    if not verb or _NO_PLAN_VERB.match(verb) or _NOT_BLIJVEN_VERB.match(verb):
        return False
    return not _NEGATION.search(clause)


def _decided_before(text: str, ref: date | None) -> bool:
    """Whether a decision is dated in an earlier time ("destijds", "in 2019"): a cited decision, not a plan."""
    # a decision in a narrated sequence of past events ("Vervolgens heeft de rijksoverheid besloten tot ...",
    # "Daarop is besloten ...") is told as history, not announced
    if re.search(r"\b(?:destijds|toen|indertijd|vorig(?:e)?\s+(?:jaar|kabinet)|vervolgens|daarop|nadien|aanvankelijk|"
                 r"oorspronkelijk|in\s+het\s+verleden|eerder\s+dit\s+jaar)\b", text, re.IGNORECASE):
        return True
    years = [int(y) for y in re.findall(r"\b(?:in|op)\s+(?:\d{1,2}\s+)?(?:[a-z]+\s+)?((?:19|20)\d\d)\b", text, re.IGNORECASE)]
    return bool(years and ref is not None and max(years) < ref.year)


def _any_actor(s: str) -> str:
    return _any_subject(s) or "-"


def _any_subject(s: str) -> str | None:
    """The government or first person a sentence names first (for a sentence the rules did not parse)."""
    g = _GOV_SUBJ.search(s)
    return g.group(0) if g else None


def _subject_and_verb(s: str) -> str | None:
    """The government or first person with the word beside it, as written: the finite verb in a main clause,
    which stands right after a subject that opens the sentence ("We starten", "Het kabinet verwelkomt") and
    right before an inverted one ("Daarnaast gaan we", "Dit doen we")."""
    g = _GOV_SUBJ.search(s)
    if g is None:
        return None
    if not s[: g.start()].strip(" -–•*\t\n"):
        after = _WORD_AFTER.match(s[g.end() :])
        return s[g.start() : g.end() + after.end()] if after else None
    before = _WORD_BEFORE.search(s[: g.start()])
    return s[before.start() : g.end()] if before else None


_CLAUSE_BREAK = re.compile(
    # (a bullet glued to the heading before it opens an item of its own: "Onderwijs80 • We versterken …", and so does a
    # running head glued to its page number: "Nationale Veiligheid102 Het kabinet richt zich …")
    r"(?:[;:•▪]|(?<=[a-z])\d{1,3}\s+(?=(?-i:[A-Z][a-z]))|,\s*(?=(?:en|maar|waarna|waarbij|waardoor|omdat|zodat|terwijl|dan|die|dat|wat|welke|waarover|"
    r"waarin|waarmee|zodra|nadat|voordat|als|indien|mede)\b)|"
    r",\s*(?=(?:zal|zullen|wil|willen|ga|gaat|gaan|wordt|worden|kan|kunnen|moet|moeten)\s+(?:ik|wij|we|het|de|er|dit|dat|deze)\b)|"
    # the main clause resumed after a relative clause: "De loonkosten voor werknemers die … verdienen, worden verlaagd"
    r",\s*(?=(?:wordt|worden)\s+(?:\w+\s+){0,2}?(?:ge|ver)\w+[dt]\s*[.;])|\b(?:en|maar)\s+(?=(?:ik|wij|we|het\s+kabinet)\b)|"
    r"(?<=\w)\s+(?=die\s+(?:ik|wij|we|u|het|de|er|zij|hij|ze)\b)|"
    # (not a "dat" right after the subject of a clause opened by "dat", which is its object: "dat ik dat ook zal doen")
    r"(?<=\w)(?<!\bdat\sik)(?<!\bdat\swe)(?<!\bdat\swij)\s+(?=(?:dat|of|waarin|waarover|waarmee|waarbij|waarop|waarvoor|waaraan|waarnaar)\s+(?!\w+\s*[,.;]))(?<!\bzo\s)(?<!\bdan\s))",
    re.IGNORECASE,
)


_WE_AFTER = re.compile(r"\s+(?:we|wij)\b", re.IGNORECASE)
_HORTATIVE_OPENING = re.compile(r"[\W_]*(?:(?:dus|maar|en|dan|nou|toch|goed|ja|nee)[\W_]+)*", re.IGNORECASE)


def _clause_start(s: str, pos: int) -> int:
    # the breaks are looked for in the whole sentence (their lookahead may need the words at and after `pos`:
    # ", zal ik ..." opens the main clause after a relative clause) and taken up to `pos`
    start = 0
    for m in _CLAUSE_BREAK.finditer(s):
        if m.end() > pos:
            break
        start = m.end()
    return start


_LEAD = re.compile(
    r"^\W*(?:(?:en|maar|want|ook|dus|dat|of|waarna|omdat|zodat|nadat|terwijl|daarom|tevens|voorts|bovendien)\s+)*$",
    re.IGNORECASE,
)
_GOV_ONE = rf"(?:{_FIRST_PERSON}|{_GOV_NP})"
# a government subject, also coordinated: "EZK en BZK", "het ministerie en de RVO", "de minister van X en ik"
_GOV_NP_END = re.compile(rf"(?<![\w-]){_GOV_ONE}(?:\s*,\s*{_GOV_ONE}|\s+(?:en|alsmede)\s+{_GOV_ONE})*\s*$", re.IGNORECASE)
_NONGOV_NP_END = re.compile(rf"(?<![\w-]){_NONGOV_NP}\s*$", re.IGNORECASE)
_COORD = re.compile(rf"(?<![\w-])(?P<gov>{_FIRST_PERSON}|{_GOV_NP})\s+(?:en|,)\s+(?:\w+\s+){{0,3}}?$", re.IGNORECASE)


# a preposition right before a noun phrase: the phrase is its object, not the subject of the clause
# ("door" is left out: the agent of a passive is weighed by _agent_is_other)
_GOVERNED = re.compile(
    r"(?<![\w-])(?:aan|in|van|met|voor|bij|naar|op|over|tot|uit|tegen|namens|volgens|vanuit|tussen|onder|zonder|"
    r"richting|jegens|via|binnen|buiten|na|sinds|vanaf|omtrent)\s+"
    # a determiner or quantifier the noun phrase pattern leaves out ("samen met deze partijen")
    r"(?:(?:deze|die|dit|dat|alle|andere|beide|onze|mijn|zijn|haar|hun|betrokken|diverse|verschillende|vele)\s+){0,2}$",
    re.IGNORECASE,
)


_CONJUNCT_GAP = re.compile(r"\w\s*,?\s+(?:en|maar)\s+$", re.IGNORECASE)
_CLAUSE_SUBJECT = re.compile(
    rf"^\W*(?:(?:ook|daarnaast|verder|tevens|bovendien|daarom|dus)\s+)?({_FIRST_PERSON}|{_GOV_NP})(?![\w-])\s+(?!(?:en|of|,)\b)[a-zë]+",
    re.IGNORECASE,
)


def _subject(s: str, clause_start: int, fin_start: int, fin_end: int, strict: bool = False) -> str | None:
    """The subject of the finite verb at fin_start: a government phrase, "nongov" or "unknown"."""
    # (a name in apposition closes the subject: "De staatssecretaris van Binnenlandse Zaken, Knops, zal …")
    apposition = _APPOSITION_END.search(s, 0, fin_start)
    if apposition:
        clause_start = _clause_start(s, apposition.start())
        before = s[clause_start:apposition.start()] + " "
    else:
        before = s[clause_start:fin_start]
    after = s[fin_end:fin_end + 80]
    # a finite verb right after "en"/"maar" opens a conjunct without a subject of its own: it shares the
    # subject of the first conjunct ("Het kabinet verkent ... en zal de Tweede Kamer ... informeren"), and
    # what follows the verb is its object, not an inverted subject
    if _CONJUNCT_GAP.search(s[:fin_start]):
        g = _CLAUSE_SUBJECT.match(s)
        if g:
            return g.group(1).strip()
    # subject-verb order: the clause opens with the subject
    g = _GOV_NP_END.search(before)
    if g and (_LEAD.match(before[:g.start()]) or _LEAD.match(before[:g.start()].rpartition(",")[2])):
        return g.group(0).strip()
    n = _NONGOV_NP_END.search(before)
    if n and _LEAD.match(before[:n.start()] if not _COORD.search(before[:n.start()]) else ""):
        coord = _COORD.search(before[:n.start()])
        if coord:
            return coord.group("gov")  # (the whole phrase: "Het kabinet", not "Het")
        return "nongov"
    if n:
        coord = _COORD.search(before[:n.start()])
        if coord and _LEAD.match(before[:coord.start()]):
            return coord.group("gov")
    # inversion: the subject follows the finite verb
    g = _GOV_AFTER.match(after)
    if g:
        return g.group(0).strip()
    if _NONGOV_AFTER.match(after):
        return "nongov"
    if strict:
        return "unknown"
    # a relative clause opened after a noun that is not the government, with no government subject of its own
    # before the verb: the verb is the relative clause's ("de nieuwe set regels die vanuit Europa gaan komen",
    # "bij de Dairy Campus geweest, waar ze heel erg bezig zijn")
    relative = _last_relative(s, fin_start)
    # (a cue without a finite verb, a goal named, is not the relative clause's: "Projecten die bijdragen aan onze ambitie
    # om …"; nor is a verb after the relative clause's own, or after a comma: "asielverzoeken die kansarm zijn zo snel
    # mogelijk worden afgewezen", "Alle suggesties die daarbij dienstig zijn, worden …")
    if relative is not None and fin_end > fin_start and not _closed(s[relative.end():fin_start]) \
            and not _GOV_SUBJ.search(s, relative.end(), fin_start) and not _GOV_NP_END.search(s[:relative.start()].rstrip(" ,") + " "):
        return "nongov"
    # verb-final (subordinate) clause: "waarna de inspectie ... zal komen". A noun phrase governed by a
    # preposition ("Zoals aangegeven in mijn brief aan uw Kamer vinden ...") is no subject.
    g = _GOV_SUBJ.search(before)
    if g and _OTHER_IN_SUBCLAUSE.search(before, g.end()) and not _is_passive(s[fin_start:fin_end]):
        return "nongov"  # "Wij weten nog niet wat ERD-zelfbetalers gaan doen": the verb is theirs
    nong = next((n for n in _NONGOV_ANY.finditer(before) if not _GOVERNED.search(before[:n.start()])), None)
    if g and nong:
        # its subject follows the last subordinator: in "Ik snap wat meneer Alkaya probeert te doen" it is the member
        last_sub = None
        for last_sub in _SUBORDINATOR.finditer(before):
            pass
        if last_sub is not None and _any_subject_in(before[last_sub.end():]):
            before = before[last_sub.end():]
            g = _GOV_SUBJ.search(before)
            nong = next((n for n in _NONGOV_ANY.finditer(before) if not _GOVERNED.search(before[:n.start()])), None)
    if g and not (nong and nong.start() < g.start()):
        return g.group(0).strip()
    if nong:
        return "nongov"
    return "unknown"




# a relative pronoun or adverb after a noun ("regels die", "de Campus, waar"); not a determiner ("ik die brief",
# "ook die mensen") nor a pronoun after a preposition ("met die partijen")
# (lower case: a capital "Die" opens a sentence run on from a heading, "… inclusief een volledig Die toezegging geldt")
_RELATIVE_WORD = re.compile(rf"\b(?:die|waar|{_RELATIVE_ADVERBS})\b")
_NOT_ANTECEDENT = frozenset(
    "ik we wij ze zij hij het dat dit er ook nog wel niet juist zeker graag even alle maar naar voor over door van met bij uit "
    "als want omdat zodat terwijl en of nu dan al toch dus wat hoe is zijn was waren zal zullen "
    # (after any preposition "die" is a determiner: "Aan die motie wordt gewerkt")
    "aan op in om tot onder tegen tussen binnen buiten zonder via rond".split())


def _closed(span: str) -> bool:
    """Whether a relative clause opened before `span` has ended in it: at a comma or after a finite verb of its own
    (not one of the verb's own cluster, right before it: "boeren die willen blijven boeren")."""
    return "," in span or any(w in _AUX_FORMS or w in _PAST_AUX for w in span.lower().split()[:-1])


def _last_relative(s: str, end: int) -> re.Match | None:
    """The last relative pronoun or adverb before `end` that follows a noun or a comma."""
    last = None
    for m in _RELATIVE_WORD.finditer(s, 0, end):
        before = s[:m.start()].rstrip()
        word = re.search(r"[\w-]+$", before)
        if before.endswith(",") or (word and len(word.group(0)) >= 3 and word.group(0).lower() not in _NOT_ANTECEDENT):
            last = m
    return last


_APPOSITION_END = re.compile(r",\s*(?:[A-Z][\w'’-]+\s*){1,3},\s*$")
# a dependent question or clause after the government subject, opened by a noun phrase that is not it
# (a "dat" right after the subject of a clause opened by "dat" is its object: "Ik denk dat ik dat sowieso zal doen")
_OTHER_IN_SUBCLAUSE = re.compile(
    rf"(?<!\bdat\sik\s)(?<!\bdat\swe\s)(?<!\bdat\swij\s)\b(?:wat|welke|hoe|waarom|wanneer|of|dat)\s+(?!(?:{_FIRST_PERSON}|{_GOV_NP}|het|er|dit|dat|die|zij|ze|hij|u)\b)"
    r"(?:de\s+|het\s+|een\s+|deze\s+|die\s+)?[\w-]{3,}\s*$",
    re.IGNORECASE,
)
_SUBORDINATOR = re.compile(r"\b(?:dat|wat|omdat|zodat|als|wanneer|of|nadat|voordat|terwijl|indien|doordat|zodra|totdat)\b", re.IGNORECASE)
_NONGOV_ANY = re.compile(rf"(?<![\w-]){_NONGOV_NP}(?![\w-])", re.IGNORECASE)


def _any_subject_in(text: str) -> bool:
    return bool(_GOV_SUBJ.search(text) or _NONGOV_ANY.search(text))


def _is_passive(text: str) -> bool:
    return bool(re.search(r"\b(?:wordt|worden|werd|werden)\b", text, re.I))


# a passive placed with other actors ("In andere landen wordt gekeken naar ...") is not the government's
_ELSEWHERE = re.compile(
    r"\b(?:in|bij|door)\s+(?:andere|verschillende|diverse|omringende|veel|de\s+meeste)\s+(?:europese\s+)?"
    r"(?:landen|lidstaten|gemeenten|provincies|sectoren|organisaties|instellingen|bedrijven)\b|\bin\s+het\s+buitenland\b",
    re.IGNORECASE,
)


_BODIES_IN_ING = frozenset("stichting vereniging regering instelling inrichting vertegenwoordiging directie leiding".split())
_MEANS_NOUNS = frozenset("""
implementatie introductie inzet aanpak beleid maatregel maatregelen investeringen middelen subsidie subsidies programma
""".split())


def _head_words(phrase: str) -> list[str]:
    """The first words of a noun phrase, lower case, up to its first preposition or punctuation (three at most)."""
    words = re.match(r"[\w\s-]*", phrase).group(0).lower().split()[:3]
    for i, w in enumerate(words):
        if w in ("van", "voor", "in", "op", "met", "aan", "tot", "en", "om", "die", "dat"):
            return words[:i]
    return words


def _agent_is_other(text: str, within: int) -> bool:
    """Whether a "door"-phrase that starts within the first `within` characters names an agent other than the
    government (the phrase is read whole, also where it runs past them)."""
    m = re.search(r"\bdoor\s+(?:de\s+|het\s+|een\s+)?([\w-]+)", text, re.IGNORECASE)
    if not m or m.start() >= within:
        return False
    agent = text[m.start():m.end() + 40]
    if re.match(r"door\s+(?:mij|ons)\b", agent, re.I):
        return False
    # a means clause: "door deze onder eenduidige regie van de bewindspersoon te brengen"
    if re.match(r"door\s+[^,.;:]{0,100}?\bte\s+[a-zë]+en\b", text[m.start():], re.I):
        return False
    # a deed named by a noun in "-ing" is the means ("door een aanscherping van het toezicht"), not who acts, and
    # so is a means named as such ("door de implementatie van …", "door gericht aanvullend beleid")
    if (re.fullmatch(r"[a-zë]{3,}ing", m.group(1), re.I) and m.group(1).lower() not in _BODIES_IN_ING) \
            or any(w in _MEANS_NOUNS for w in _head_words(text[m.start(1):])):
        return False
    if re.search(r"\b(?:vervangen|opgevolgd)\s+$", text[:m.start()], re.I):  # what takes the place, not who acts
        return False
    return not _GOV_SUBJ.search(agent[:40]) and not re.match(r"door\s+(?:middel|het|te|de\s+(?:inzet|aanpak))\b", agent, re.I)


# --- present-tense activity of a government subject ---------------------------------------
#
# "Daarnaast ontwikkel ik samen met de sector ...", "Mijn ministerie ondersteunt gemeenten ...",
# "EZK en BZK ontwikkelen hiervoor ...", "In dat kader onderhoudt de ambassade contact met ...": a main
# clause in the present tense whose subject is the government side reports work under way. The finite
# verb is found by position, not by a list of verbs: right after a clause-initial subject (subject-verb
# order), or right before the subject when a first constituent precedes (verb-second with inversion).
# It must agree with the subject (ik + stem, we/plural + -en, a singular noun phrase + -t) and not be a
# past form. What is excluded is a class of verbs that do not report doing something: auxiliaries,
# modals and copulas; verbs of opinion, thinking, perceiving and feeling; verbs of saying and of
# referring within the text; verbs of state, measure and possession; and verbs whose complement is a
# clause ("Ik constateer dat ...", "Het kabinet onderkent dat ..."). A negated clause ("niet", "geen"),
# a past or routine moment ("vorig jaar", "jaarlijks") or a hypothetical rejects it.

def _verb_forms(pairs: str) -> frozenset[str]:
    """'stem:infinitive ...' -> the present forms: stem, stem + t (a long a doubled: "besta" -> "bestaat"),
    infinitive."""
    out: set[str] = set()
    for pair in pairs.split():
        stem, _, inf = pair.partition(":")
        third = stem if stem.endswith("t") else stem + "at" if re.search(r"[^a]a$", stem) else stem + "t"
        out.update({stem, inf or stem, third})
    return frozenset(out)


# auxiliaries, modals, copulas and verbs with their own cues (zal, ga, wil, blijf, kom ... terug, laat, start)
_AUX_FORMS = frozenset("""
ben bent is zijn heb hebt heeft hebben word wordt worden zal zult zullen kan kunt kunnen mag mogen moet moeten
wil wilt willen hoef hoeft hoeven ga gaat gaan blijf blijft blijven kom komt komen laat laten doe doet doen
sta staat staan zie ziet zien sla slaat slaan
""".split())
_STATIVE_FORMS = _verb_forms("""
vind:vinden acht:achten meen:menen denk:denken begrijp:begrijpen snap:snappen betreur:betreuren deel:delen
herken:herkennen erken:erkennen onderken:onderkennen weet:weten ken:kennen lees:lezen hoor:horen merk:merken
constateer:constateren verwijs:verwijzen benadruk:benadrukken onderstreep:onderstrepen wijs:wijzen
herhaal:herhalen hoop:hopen vrees:vrezen twijfel:twijfelen betwijfel:betwijfelen verwacht:verwachten
geloof:geloven veronderstel:veronderstellen vertrouw:vertrouwen reken:rekenen hecht:hechten waardeer:waarderen
dank:danken verkeer:verkeren bedank:bedanken onderschrijf:onderschrijven verwelkom:verwelkomen veroordeel:veroordelen
respecteer:respecteren antwoord:antwoorden beantwoord:beantwoorden bevestig:bevestigen noem:noemen zeg:zeggen
meld:melden schrijf:schrijven citeer:citeren reageer:reageren vraag:vragen verzoek:verzoeken informeer:informeren
lig:liggen hang:hangen behoor:behoren betref:betreffen bedraag:bedragen kost:kosten duur:duren geld:gelden
kamp:kampen besta:bestaan val:vallen bevat:bevatten omvat:omvatten beschik:beschikken hanteer:hanteren heet:heten lijk:lijken
blijk:blijken toon:tonen vorm:vormen krijg:krijgen ontvang:ontvangen verneem:vernemen zit:zitten voel:voelen
besef:beseffen schat:schatten beschouw:beschouwen beoordeel:beoordelen concludeer:concluderen leid:leiden
voldoe:voldoen verschil:verschillen scoor:scoren tel:tellen herinner:herinneren wacht:wachten loop:lopen
begin:beginnen start:starten roep:roepen onderscheid:onderscheiden gebruik:gebruiken mis:missen
verstrek:verstrekken beheer:beheren verantwoord:verantwoorden interpreteer:interpreteren benoem:benoemen
stuur:sturen verstuur:versturen zend:zenden verzend:verzenden gun:gunnen wens:wensen leef:leven verdien:verdienen
ontraad:ontraden adviseer:adviseren toets:toetsen weeg:wegen juich:juichen aarzel:aarzelen voorspel:voorspellen
doel:doelen bedoel:bedoelen feliciteer:feliciteren betwist:betwisten luister:luisteren persisteer:persisteren refereer:refereren omarm:omarmen koester:koesteren
""")
# verbs that are an act with one complement and a stance, a perception or a speech act with another:
# the particle or object that closes the clause tells them apart ("stel ... vast" vs "stel ... beschikbaar")
_IDIOM_NOT_ACT = re.compile(
    r"^(?:stel\w*)\b.*\b(?:vast|dat|tevreden|prijs|standpunt)\b|"
    # proposing in so many words ("Ik stel voor dat …", "stel ik u voor om …"), not proposing measures ("Daarnaast stelt
    # het kabinet maatregelen voor om …")
    r"^(?:stel\w*)(?:\s+(?:ik|we|wij|u|het\s+kabinet|de\s+kamer|mevrouw\s+\S+|de\s+heer\s+\S+|dan|dus|daarom|nu|graag|ook|wel|hierbij|daarbij|echter))*"
    r"\s+voor(?=\s*$|\s+(?:om|dat|te)\b)|^(?:stel\w*)\s+(?:(?:ik|we|wij)\s+)?(?:me|mij|ons|zich)\b.*\bvoor\b|^(?:geef|geeft|geven)\b.*\b(?:aan|toe|mee|weer)$|^(?:licht|lichten)\b.*\btoe$|"
    # daring to say or doubt is a stance: "Dat durf ik te betwijfelen", "Ik durf de stelling aan dat …"
    r"^(?:durf|durft|durven)\b|"
    # a remark added in the sitting: "dat voeg ik er toch aan toe", "Ik voeg er graag nog aan toe dat …" (not "Ik voeg daar
    # twee andere partijen aan toe")
    r"^(?:voeg|voegt|voegen)\s+(?:(?:er|daar|hier|nog|toch|wel|graag|even|ook|dan)\s+)*aan\s+toe$|"
    r"^(?:neem|neemt|nemen)\b(?:.*\b(?:kennis|serieus|afstand)\b|.*\b(?:aan|waar)$)|^(?:houd|houdt|hou|houden)\b.*\b(?:rekening|toezicht)\b|"
    r"^(?:bied|biedt|bieden)\b.*\baan$|^(?:moedig|moedigt|moedigen)\b.*\baan\b|^(?:haal|haalt|halen)\b.*\baan$|^(?:raad|raadt|raden)\b.*\b(?:aan|af)\b|^(?:geef|geeft|geven)\b.*\bsuggestie\b|^(?:draag|draagt|dragen)\b.*\bverantwoordelijkheid\b|\b(?:graag|liever)\b|^(?:breng|brengt|brengen)\b.*\bherinnering\b|^(?:draag|draagt|dragen)\b.*\buit\b|"
    r"^(?:maak|maakt|maken)\b(?:.*\b(?:zorgen|plaats|afweging|gelegenheid|onderscheid)\b|.*\b(?:op|uit)$)|"
    # looking for what a member means, in the sitting: "Ik zoek even waar ze naartoe wil"
    r"^(?:zoek|zoekt)\s+(?:\w+\s+)?even\s+(?:waar|waarom|wat|hoe)\b|^(?:zoek|zoekt)\b.*\b(?:vragen|vraag|antwoord|papieren|mapje)\b|"
    # and the order of the answers: "Ik doe het nu even door elkaar heen", "Ik ga graag met uw Kamer in debat"
    r"^(?:doe|doet|doen)\b.*\bdoor\s+elkaar\b|\bin\s+debat\b|^(?:sluit|sluiten)\b.*\b(?:me|mij|ons|zich)\b.*\baan\b|^(?:sluit|sluiten)\b.*\buit\b|"
    r"^(?:spreek|spreekt|spreken)\b.*\b(?:uit|tegen)\b|^(?:praat|praten|spreek|spreekt|spreken)\s+(?:\w+\s+)?(?:nu|hier|vandaag)\b|"
    r"^(?:hanteer|hanteert|hanteren)\b.*\b(?:definitie|omschrijving|begrip|term|terminologie)\b|"  # a definition used in the text
    # a standing division of roles: "Daarnaast bepaalt het Rijk de kaders voor het algehele mobiliteitsbeleid"
    r"^(?:bepaal|bepaalt|bepalen)\s+(?:\w+\s+){0,2}?(?:de\s+)?(?:kaders?|spelregels|randvoorwaarden)\b|"
    # what "we" as a country produce or use is the economy, and a role filled is a state: "We produceren kwalitatief
    # goed voedsel", "Wij produceren op dit moment te weinig gas", "De politie speelt een belangrijke rol in …"
    r"^(?:produceer|produceert|produceren|importeer|importeert|importeren|exporteer|exporteert|exporteren|verbruik|verbruikt|"
    r"verbruiken|consumeer|consumeert|consumeren)\b|^(?:vervul|vervult|vervullen|speel|speelt|spelen)\b.*\brol\b|"
    # talking with no one to talk with is the debate's own ("Maar ik praat over de penitentiaire instellingen", "ik praat
    # alvast"), and so are defending a view and supporting a proposal wholeheartedly ("ik verdedig hier het kabinetsplan",
    # "Ik ondersteun deze zes lijnen van harte")
    r"^(?:praat|praten)\b(?!.*\bmet\b)|^(?:verdedig|verdedigt|verdedigen)\b(?!.*\bbelang)|"
    r"^(?:steun|steunt|steunen|ondersteun|ondersteunt|ondersteunen)\b.*\b(?:van\s+harte|volledig)\b|"
    r"\b(?:het|dit|dat)\s+debat\b|^(?:realiseer|realiseert|realiseren)\s+(?:\w+\s+)?(?:me|mij|ons|zich)\b|"
    r"^(?:rond|rondt|ronden)(?:\s+(?:ik|we|wij|nu|dan|hierbij|daarmee|hiermee|mijn\s+\w+|de\s+\w+\s+termijn))*\s+af$|^(?:vertel|vertelt|vertellen|schets|schetst|schetsen|gis|gist|gissen)\b|^(?:vat|vatten)\b.*\bsamen\b|"
    # the debate's own act: taking up the moties
    r"^(?:pak|pakt|pakken)\b.*\b(?:erbij|bij\s+elkaar)\b|^(?:pak|pakt|pakken)\s+er\b.*\bbij\b|"
    # and answering now: "Ten aanzien van Mercosur geef ik nog een wat uitgebreider antwoord"
    r"^(?:geef|geeft|geven)\b.*\b(?:antwoord|reactie|appreciaties?|indicatie)\b|"
    # the answer's own order and topics: "Voorzitter, in mijn reactie op de vragen houd ik de volgende volgorde aan", "Dan
    # bespreek ik georganiseerde criminaliteit, vervolgens …" (discussing it with someone is an act: "bespreek ik met …")
    r"^(?:hou|houd|houdt|houden)\b.*\bvolgorde\b|^(?:bespreek|bespreekt|bespreken)\b(?!.*\bmet\b)|"
    # and holding to a claim, explaining it, setting one thing beside another, taking a question along in a group:
    # "Dat hou ik hier staande", "Dat leg ik net uit", "dat zet ik er maar even naast", "Die pak ik in een vijfde
    # restgroep mee", "Die combineer ik dan weer met de motie …"
    r"^(?:check|checkt|checken)\b.*\beven\b|^(?:hou|houd|houdt|houden)\b.*\bstaande\b|^(?:leg|legt|leggen)\b.*\buit$|^(?:zet|zetten)\b.*\bnaast$|"
    r"^(?:pak|pakt|pakken)\b.*\b(?:\w*groep|blok\w*|mapje)\b.*\bmee$|^(?:combineer|combineert|combineren)\b.*\b(?:motie|moties|amendement)\b|^(?:volg|volgt|volgen)\b.*\bontwikkelingen\b|^(?:handel|handelt|handelen)\b|^(?:kijk|kijkt|kijken)\b.*\b(?:vraag|vragen|heer|mevrouw|interrupties?|even)\b|^(?:kijk|kijkt|kijken)\s(?!.*\b(?:of|hoe|welke|wat|naar(?:\s+(?!(?:u|jou|hem|haar|de\s+heer|mevrouw|de\s+toekomst)\b)|\s*$)))|"
    # (looking at it, the "naar" closing the clause, is examining it: "Natuurlijk kijken wij daar serieus naar"; a view
    # held is not: "We kijken er echt anders naar")
    r"^(?:kijk|kijkt|kijken)\b.*\b(?:anders|altijd|allemaal)\b.*\bnaar\s*$|"
    # looking forward to something, and underlining a point: "Ik kijk uit naar een verdere samenwerking", "Daar zet ik
    # een dikke streep onder"
    r"^(?:kijk|kijkt|kijken)\b.*\buit\s+naar\b|^(?:zet|zetten)\b.*\bstreep\b.*\bonder\b",
    re.IGNORECASE,
)
# verbs that in a debate give a stance or a speech act ("Ik luister naar de Kamer", "Ik respecteer dat") and in a
# policy document the government's way of working: "We luisteren naar omwonenden", "Daarvoor gebruiken we kennis uit
# binnen- en buitenland", "respecteert het kabinet de onafhankelijke wetenschappelijke adviezen"; a debate begins with
# its next answer ("Ik begin met de motie-Bromet"), a policy with its first act ("We starten met textiel")
_POLICY_ACTS = _verb_forms("luister:luisteren gebruik:gebruiken respecteer:respecteren hanteer:hanteren begin:beginnen start:starten")
# words that stand before a subject without being its finite verb: subordinators, relatives, conjunctions,
# prepositions, adverbs
_NOT_FINITE = frozenset("""
dat of als die wat waar hoe wanneer zodra omdat zodat doordat nadat voordat terwijl toen nu dan zoals indien mits
hoewel ofschoon opdat totdat sinds aangezien welke wie hetgeen tenzij hoezeer alsof waarover waarin waarmee waarbij waarvoor hoever hoeverre waarom hoelang
waarop waaraan waarnaar waardoor waaruit en maar want dus ook wel niet zelfs alleen enkel slechts eerst echt ooit
met uit tot naast omtrent sedert via door voor van aan op in bij naar over onder tegen tussen zonder namens
volgens dankzij vanuit richting binnen buiten behalve jegens per rond sinds vanaf zoals evenals alsook alsmede
straks zometeen daarna vervolgens nog al graag zelf even gewoon natuurlijk zeker inmiddels vandaag morgen hier daar
daarover daarbij daarmee daarin hierover hierbij hiermee eveneens tevens bovendien overigens echter toch
het een de deze dit er vaker meer minder heel zo allebei beiden allemaal zelf samen
""".split())
_PAST_STRONG = frozenset("""
sprak spraken nam namen gaf gaven kwam kwamen ging gingen zag zagen las lazen bleef bleven stond stonden hield
hielden liet lieten deed deden schreef schreven vond vonden bood boden trok trokken zond zonden zocht zochten
bracht brachten dacht dachten wist wisten was waren had hadden werd werden kon konden wilde wilden wou wouden moest moesten
mocht mochten zei zeiden vroeg vroegen sloot sloten besloot besloten ontving ontvingen zat zaten at vergat
schoot kocht vocht placht hief verzocht verzochten onderzocht onderzochten besprak bespraken ondernam ondernamen
voerde voerden stelde stelden verwees verwezen wees keek keken
kreeg kregen begreep begrepen begon begonnen trof troffen koos kozen hing hingen lag lagen droeg droegen
""".split())
_PLURAL_NP = re.compile(r"\b(?:ministers|staatssecretarissen|bewindspersonen|ministeries|we|wij|posten|departementen)$", re.IGNORECASE)
_PAST_TIME = re.compile(
    # ("eerder" before a participle that qualifies a noun names what came before the act: "Aanvullend op de eerder
    # in gang gezette stappen … bouwt het kabinet", "De eerder geplande activiteiten … pakken wij in 2021 weer op")
    r"\b(?:vorig(?:e)?\s+(?:jaar|week|maand|kabinet)|afgelopen|destijds|toen|indertijd|geleden|jl\.?|gisteren|"
    r"eerder(?!\s+(?:in\s+gang\s+)?[a-zë]*ge[a-zë]+(?:de|te|en)\s+(?!(?:met|dat|of|aan|over|op|in|door|om|bij|naar|van|voor|"
    r"ik|we|wij|het|de|dit|u|is|zijn|heb|heeft|hebben|ligt|liggen)\b)[a-zë])|"
    r"(?:in|op|per)\s+(?:\d{1,2}\s+)?(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+)?(?P<year>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)


def _past_time(s: str, ref: date | None) -> bool:
    """A time gone by; a year counts only before the document's own ("De inspectie publiceert in 2025" is ahead)."""
    return any(not m.group("year") or ref is None or int(m.group("year")) < ref.year for m in _PAST_TIME.finditer(s))
_ACT_CLAUSE_END = re.compile(rf"[,.;:?!()–—]|\s(?:om|dat(?!\s+{_DEMONSTRATIVE_MIDDLE})|of|die|hoe|waarom|wanneer|wat(?=\s+(?:ik|we|wij|er|u|zij|ze)\b)|omdat|zodat|maar|want|terwijl|waarbij|waarmee|waarin|als(?!\s+(?:eerste|tweede|laatste|geheel|zodanig|(?:het\s+)?(?:rijk|kabinet|overheid|minister|staatssecretaris|land|nederland))\b)|indien|zodra|nadat|en\s+(?=(?:ik|we|wij|het|de|dit|dat|er)\b))\s", re.IGNORECASE)
# verbs of causing, whose "dat"-clause is what the government brings about, not what it says or thinks
_CAUSE_THAT = _verb_forms(
    "zorg:zorgen stimuleer:stimuleren bevorder:bevorderen borg:borgen waarborg:waarborgen bewerkstellig:bewerkstelligen "
    # and verbs of examining, whose object is the open question: "Het kabinet bekijkt hoe …", "beziet of …"
    "bekijk:bekijken bezie:bezien onderzoek:onderzoeken verken:verkennen inventariseer:inventariseren kijk:kijken "
    # and of preventing and deciding: "voorkomen we dat …", "bepalen we wat daarvoor nodig is"
    "voorkom:voorkomen bepaal:bepalen"
)
_COMPLEMENT_CLAUSE = re.compile(
    r"^(?:\s*(?:(?:ik|we|wij|het|er|ook|wel|dan|dus|daarom|nu|echter|graag|hierbij|eveneens|tevens|bovendien|nogmaals|"
    rf"op\s+dit\s+moment|momenteel|daarbij|hier|evenwel|wederom|met\s+\w+(?:\s+\w+)?)\b))*\s*,?\s*(?:dat(?!\s+{_DEMONSTRATIVE_MIDDLE})|of|hoe|wat|welke|"
    # ("waar nodig" is an adverbial: "Hierbij stemt het kabinet waar relevant af met buurlanden")
    r"waar(?!\s+(?:nodig|mogelijk|relevant|gewenst|passend|noodzakelijk|opportuun)\b)\w*)\b",
    re.IGNORECASE,
)
_GOV_SUBJ_COORD = re.compile(rf"(?<![\w-]){_GOV_ONE}(?:\s*,\s*{_GOV_ONE}|\s+(?:en|alsmede)\s+{_GOV_ONE})*(?![\w-])", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-zëïöüéèá]+)\s+$")
# the portfolio after a minister's title, as _GOV_NP reads it, but its later words names ("Justitie en Veiligheid"),
# not acronyms: in "het ministerie van SZW, BKWI en UWV" the acronyms after the first are bodies of their own
_PORTFOLIO = re.compile(r"\s(?:van|voor)\s+(?-i:[A-Z])[\w-]*(?:\s+(?:(?:en|van|voor)\s+)?(?-i:[A-Z][a-zë])[\w-]*)*")
_GIVEN_THING = re.compile(r"\s+(?:de|het|een|meer|extra|voldoende|ruimte|tijd|houvast|zekerheid|duidelijkheid)\b", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\b(?:de|het|een|van|op|in|aan|met|voor|bij|naar|over|uit|onder|tussen|zonder|mijn|onze|uw|zijn|haar|hun)\s+$", re.IGNORECASE)
# a partner of the government in the subject: a noun phrase with a determiner or bodies named in the plural
_CO_SUBJECT = re.compile(
    r"\s+en\s+(?:(?:(?:de|het|andere|alle|onze|betrokken|diverse|verschillende)\s+){1,2}(?!(?:die|dat|wat)\b)[a-zëï-]+|"
    r"(?:gemeenten|provincies|waterschappen|medeoverheden|partners|sectorpartijen))(?=\s)", re.IGNORECASE)
# A first constituent that is a bare noun phrase is the subject, not a fronted adverbial: in "Dit
# artikel geeft de Minister de mogelijkheid ..." the minister is the object. Noun phrases of time
# ("Dit jaar", "De komende maanden") are adverbials and do invert.
_BARE_NP = re.compile(
    r"^\W*(?:de|het|dit|deze|dat|die|een|elk|elke|ieder|iedere|zo'n|geen)\s+(?:[a-zëïöüé-]+\s+){0,2}"
    r"(?!(?:jaar|jaren|week|weken|maand|maanden|dag|dagen|najaar|voorjaar|zomer|winter|moment|keer|kwartaal|periode|tijd)\b)[a-zëïöüé-]+\s*$",
    re.IGNORECASE,
)
# (not one led by a preposition, as "kijken we naar op welke manier …" defines what is looked at)
_OPEN_QUESTION = re.compile(r"(?<!\bop)(?<!\bin)(?<!\bmet)(?<!\bvan)(?<!\bdoor)\s(?:of|hoe|wat|welke|waar\w*|in\s+hoeverre)\s", re.IGNORECASE)
_ASIDE_AFTER_VERB = re.compile(r"\s*,\s*(?!(?:die|dat|wat|welke|omdat|als|zodat|zoals|maar|en|want|of|waar\w*|om|terwijl)\b)[^,.;:?!]{1,100}?,(?=\s)", re.IGNORECASE)
_WORD_AFTER = re.compile(r"^\s*(?:,[^,.;?]{1,80},\s*)?([A-Za-zëïöüéèá]+)\b")


def _finite_ok(verb: str, subj: str, plural: bool, acts: frozenset[str] = frozenset()) -> bool:
    """Whether `verb` can be the present-tense finite verb of `subj` (agreement, not a past form); a stative verb only
    where `acts` names it."""
    v = verb.lower()
    if not verb.islower() or len(v) < 3 or v in _NOT_FINITE or v in _AUX_FORMS or (v in _STATIVE_FORMS and v not in acts) or v in _PAST_STRONG:
        return False
    if re.search(r"[^aeiou](?:de|te)$", v):  # a weak past: "ontwikkelde", "werkte"
        return False
    if subj == "ik":
        return True
    if plural:
        # (a past plural: "maakten", "werkten", "bereidden")
        # (a present "richten", "verrichten": its stem ends in -cht, as the singular below)
        return (v.endswith("en") or v.endswith("aan")) and (not re.search(r"(?:[kpfs]|ch)ten$|[^aeiou]tten$|[^aeioudlnr]den$|[aeiou]dden$", v)
                                                           or v in ("richten", "verrichten", "stichten", "lichten", "dichten"))
    return v.endswith("t") and not v.endswith("cht") or v in ("richt", "verricht", "sticht", "licht", "dicht")


# verbs of a minister appraising a motie in the debate (with "motie" in the clause)
_SUBJECT_FIRST = re.compile(r"^\W*(?:(?:en|maar|want|dus|ja|nee|nou)\s+)?$", re.IGNORECASE)
_DEMONSTRATIVE_START = re.compile(r"\W*(?:die|dat)\b", re.IGNORECASE)
_DEMONSTRATIVE_OBJECT = re.compile(r"\W*(?:(?:en|maar|want|dus|ook|ja|nee|nou|juist|precies|ook\s+dat)\s+)*(?:die|dat)\s*", re.IGNORECASE)
_APPRAISING = re.compile(r"(?:(?:onder)?steun|omarm|ontraad|bekijk)(?:t|en)?|ontraden", re.IGNORECASE)
_ACT_NEGATION = re.compile(r"\b(?:niet(?!\s+(?:alleen|enkel|slechts)\b|temin|tegenstaande)|geen|nooit|niets|niks|nergens|niemand)", re.IGNORECASE)
# a routine, or a trend of society rather than an act ("dekken we steeds meer van onze bodem af")
_ACT_ROUTINE = re.compile(
    r"\b(?:regulier|reguliere|in\s+principe|gewoonlijk|vaak|dikwijls|bij\s+(?:elke|iedere)|telkens|altijd|steeds\s+(?:meer|vaker|minder|verder))\b",
    re.IGNORECASE,
)
def _points_within(s: str) -> bool:
    """Whether the sentence points within the text (`_TEXT_POINTER`), leaving out an opening "Zoals hierboven
    aangegeven", which refers back while the main clause still acts ("Zoals hierboven aangegeven werk ik dit uit
    in een preventiestrategie")."""
    return bool(_TEXT_POINTER.search(_AS_SAID.sub("", s, count=1)))


_AS_SAID = re.compile(
    r"^\W*zoals\s+[^,.;:]{0,60}?\b(?:aangegeven|gemeld|vermeld|beschreven|genoemd|toegelicht|aangekondigd)\b,?\s*", re.IGNORECASE)
_TEXT_POINTER = re.compile(
    r"\b(?:hieronder|hierna|hierboven|onderstaande?|bovenstaande?|in\s+(?:deze|dit|de\s+volgende)\s+"
    r"(?:brief|antwoord|antwoorden|beantwoording|paragraaf|alinea|onderdeel|hoofdstuk|notitie|bijlage))\b|"
    r"\bhet\s+volgende(?=\s*[.:]\s*$)",  # "Tot slot wordt u gewezen op het volgende."
    re.IGNORECASE,
)


# an annual report tells in the present tense of its author's standing practice ("De AP biedt FG's diverse
# mogelijkheden", "Het kabinet baseert zich op analyses"); work under way it tells with a verb of effort
# towards a change, as the participles of `_ONGOING_WORK` in its passive: "De politie werkt eraan om …",
# "Stapsgewijs bouwt de politie aan …", "richt de AP de nieuwe directie … in" (in its own report), "zet het korps stappen"
_EFFORT_FORMS = _verb_forms(
    "onderzoek:onderzoeken verken:verkennen ontwikkel:ontwikkelen doorontwikkel:doorontwikkelen "
    "investeer:investeren implementeer:implementeren verbeter:verbeteren versterk:versterken "
    "intensiveer:intensiveren stimuleer:stimuleren bouw:bouwen"
)
_NEEM_FORMS = _verb_forms("neem:nemen")  # taking on a task ("neemt … op zich"), adopting advice ("neemt … over")
# (verb forms, what completes them later in the clause): a separable particle or a fixed object
_EFFORT_PHRASES = (
    (_verb_forms("werk:werken"), r"\b(?:er|hier|daar)?aan\b|\buit\b"),
    (_verb_forms("maak:maken"), r"\bwerk\s+van\b|\been\s+(?:\w+\s+)?start\b"),
    (_verb_forms("geef:geven"), r"\b(?:uitvoering\s+aan|vorm)\b"),
    (_NEEM_FORMS, r"\bop\s+zich\b"),
    (_verb_forms("zet:zetten"), r"\b(?:neer|voort|door)\b|\bstappen\b|\bstap\b|\bin\s+op\b"),
    (_verb_forms("richt:richten bereid:bereiden breid:breiden pak:pakken voer:voeren"), r"\b(?:in|voor|uit|aan|op)(?=\s*(?:,|$))"),
    (_verb_forms("stel:stellen"), r"(?<!\bstaat\s)\bin(?=\s*(?:,|$))"),
    (_verb_forms("bekijk:bekijken"), r"\bof\b"),
)


_PURPOSE_VERB = re.compile(r"\bom\b[^.;]*\bte\s+(\w+)\b")
_ADVICE = re.compile(r"\b(?:aanbeveling|aanbevelingen|advies|adviezen|voorstel|voorstellen|suggestie|suggesties)\b", re.IGNORECASE)


def _effort(s: str, cue: str, actor: str) -> bool:
    """Whether the present-tense activity found by `_activity` (its `cue` in `s`) is a verb of effort."""
    words = cue.split()
    verb = (words[-1] if cue.lower().startswith(actor.lower()) else words[0]).lower()
    if verb in _EFFORT_FORMS:
        return True
    at = s.find(cue) + len(cue)
    end = re.search(r"[.;:!?]", s[at:])
    rest = s[at:at + end.start()] if end else s[at:]
    purpose = _PURPOSE_VERB.search(rest)
    if purpose and purpose.group(1).lower() in _EFFORT_FORMS:
        return True  # effort as its purpose: "Het korps benut de bevindingen om de inhoud … te verbeteren"
    if verb in _NEEM_FORMS and re.search(r"\bover\b", rest, re.IGNORECASE) and _ADVICE.search(s):
        return True  # advice adopted: "De aanbeveling van de rapporteurs … neemt het kabinet ook over"
    return any(verb in forms and re.search(done, rest, re.IGNORECASE) for forms, done in _EFFORT_PHRASES)


def _plural_object_first(before: str, verb: str) -> bool:
    """Whether the noun phrase `before` a singular finite verb is plural, so the object put first, not the subject."""
    head = before.split()[-1].lower() if before.split() else ""
    return verb.lower().endswith("t") and bool(re.fullmatch(r"[a-zëïöüé-]{3,}(?:en|s)", head)) \
        and re.match(r"\W*(?:deze|die|de)\b", before, re.I) is not None


# (and going somewhere: "Ik ga daar vannacht naartoe om een toespraak te houden")
_GAAN_PARTICLE = re.compile(r"(?:\s+(?!(?:niet|geen|nooit)\b)[\w’'-]+){0,8}?\s+(?:(?:tegen|mee\s+om|naartoe|heen)\s*(?:[.;,]|$|(?=om\b))|"
                            # (or the particle before a phrase moved past it: "gaat … tegen met een slim verbod", "We gaan
                            # bewust om met ruimte", "We gaan over op beleid")
                            r"(?:tegen|om|over|door)\s+(?=(?:met|op)\s))", re.IGNORECASE)
_STAAN_TOE = re.compile(r"(?:\s+[\w’'()-]+){1,14}?\s+toe\s*(?:[.;,]|$)", re.IGNORECASE)
_EFFECT_OPENING = re.compile(rf"\W*{_EFFECT_ADVERB}\s+(?!(?:ga|gaat|gaan|zal|zullen|wil|willen)\b)[a-zë]+\s+(?:ik|we|wij)\b", re.IGNORECASE)
_REASONED = re.compile(r"\b(?:daarom|aangezien|omdat|want)\b", re.IGNORECASE)


_LOOKING = re.compile(r"kijk|kijkt|kijken", re.IGNORECASE)
_LOOKED_AT = re.compile(r"\s*(?:(?!uit\b)\w+\s+){0,3}?naar\b", re.IGNORECASE)
_EXPLORED = re.compile(
    r"\b(?:mogelijk\w*|\w*opties?|manieren|oplossing(?:en)?|alternatieven|maatregelen|werkwijzen|instrumenten|verbeter\w*|"
    r"aanpassing(?:en)?|versnelling\w*|uitbreiding\w*)\b|\bnaar\s+(?:wat|welke|hoe)\b", re.IGNORECASE)


def _activity(s: str, ref: date | None, policy: bool = False) -> tuple[str, str] | None:
    """(cue, actor) when a main clause reports a present-tense activity of the government side; in a `policy`
    document also one it will not undertake ("We wijzigen de fiscale positie van de eigen woning niet")."""
    # outside a policy document the present tense after "Daarmee"/"Hiermee" says what something achieves ("Daarmee
    # sluiten we criminelen van verschillende kanten in"), not what is being done
    if not policy and _EFFECT_OPENING.match(s) and not re.search(r"\buitvoering\b", s, re.I):  # ("geef ik uitvoering aan": an act)
        return None
    # (a refusal argued in the sentence is the verdict on a case: "Daarom maken wij het document niet openbaar, aangezien …")
    refusal = policy and not _REASONED.search(s)
    if _mentions(s, _SPEECH_MOVE_WORDS) and _SPEECH_MOVE.search(s):
        return None  # the answer's own course: "Ik val in herhaling", "We maken er zo wel een rondje van"
    for g in _GOV_SUBJ_COORD.finditer(s):
        subj = g.group(0)
        low = subj.lower()
        # (several of them, not one portfolio: "de minister van Justitie en Veiligheid kijkt")
        coord = bool(re.search(r"\s(?:en|alsmede)\s|,", _PORTFOLIO.sub("", subj)))
        first = low if low in ("ik", "we", "wij") else None
        # a partner named after "en" shares the act and makes the verb plural: "ontwikkelen Rijk en gemeenten een
        # gezamenlijk instrument"
        partner = _CO_SUBJECT.match(s, g.end()) if first is None else None
        g_end = partner.end() if partner else g.end()
        plural = coord or bool(partner) or bool(_PLURAL_NP.search(low))
        clause_start = _clause_start(s, g.start())
        pre = s[clause_start:g.start()]
        if _SUBJECT_FIRST.match(pre):  # subject-verb order
            w = _WORD_AFTER.match(s[g_end:])
            if not w:
                continue
            verb, v_start, v_end = w.group(1), g_end + w.start(1), g_end + w.end(1)
        else:  # inversion: the finite verb right before the subject, after a first constituent
            w = _WORD_BEFORE.search(pre)
            if not w or not s[clause_start:clause_start + w.start()].strip(" ,"):
                continue
            verb, v_start, v_end = w.group(1), clause_start + w.start(1), clause_start + w.end(1)
            # (an article or preposition right before it makes the word a noun: "de mensen op de werkvloer ik vind",
            # "voor het gerief van mensen wij")
            if _NOUN_BEFORE.search(s, 0, v_start):
                continue
            # ("ik"/"we" is never an object: "Die twee dingen zet ik uit"; nor is a plural noun phrase before a
            # singular verb the subject: "Deze adviezen neemt het kabinet mee")
            if _BARE_NP.match(s[:v_start]) and first is None and not _plural_object_first(s[:v_start], verb):
                continue
            # (nor is a government named between a verb of giving and the thing given, after a subject that is a
            # pronoun: "Dit biedt de regering de mogelijkheid …")
            if first is None and re.fullmatch(r"\W*(?:dit|dat|deze|die)\s*", s[clause_start:v_start], re.I) \
                    and re.fullmatch(r"(?:geef|geeft|bied|biedt|verschaft|levert)", verb, re.I) and _GIVEN_THING.match(s, g_end):
                continue
            if first is None and re.fullmatch(r"\W*het\s*", s[clause_start:v_start], re.I):
                continue  # "Het biedt de inspectie de mogelijkheid …": "het" is the subject, the noun phrase its object
            # (a "dat"/"die" opening the clause before the verb is a demonstrative object, since a subordinate clause puts
            # its verb last: "Ook dat doe ik in overleg met de stakeholders", "Die gooien we weg")
            if (re.search(r"\b(?:die|dat|waar\w+|wat|welke|of)\s*$", s[clause_start:v_start], re.I) and not _DEMONSTRATIVE_OBJECT.fullmatch(s[clause_start:v_start])) \
                    or verb.lower().startswith("waar"):
                continue
            if re.match(r"\s*betreft\b", s[g_end:], re.I):  # "wat het kabinet betreft": no subject of the clause
                continue
        # "gaan" with the particle of a verb of its own closing the clause ("Verdere versnippering gaan we tegen", "gaan
        # wij daar zo flexibel mogelijk mee om") is that verb, no auxiliary
        # and "staan" with "toe" closing its clause is allowing: "We staan kustuitbreiding vooralsnog niet toe"
        # (an aside between commas right after the verb leaves the clause going on: "Het kabinet richt, onder sturing van
        # de (onder)Raad Asiel en Migratie, een interdepartementale taskforce op")
        after = max(v_end, g_end)
        aside = _ASIDE_AFTER_VERB.match(s, after)
        after = aside.end() if aside else after
        particle_verb = (verb.lower() in ("ga", "gaat", "gaan") and _GAAN_PARTICLE.match(s, after)
                         or verb.lower() in ("sta", "staat", "staan", "zie", "ziet", "zien") and _STAAN_TOE.match(s, after))
        if not (_finite_ok(verb, "ik" if first == "ik" else "", plural, _POLICY_ACTS if policy else frozenset()) or particle_verb):
            continue
        end = _ACT_CLAUSE_END.search(s, after)
        clause = s[clause_start:end.start() if end else len(s)]
        rest = s[after:end.start() if end else len(s)]
        causes = verb.lower() in _CAUSE_THAT
        if _COMPLEMENT_CLAUSE.match(s[after:]) and not causes:
            continue
        # the clause closes on "dat"/"of" with no object of its own: a verb of saying or thinking
        if end and re.match(r"\s(?:dat|of)\s", end.group(0)) and not causes and not re.search(r"\b(?:de|het|een|deze|dit|mijn|onze|zijn|haar|hun)\b", rest, re.I):
            continue
        whole = re.search(r"[,.;:?!]", s[after:])
        tail = s[after:after + (whole.start() if whole else len(s))]
        # (a verb of examining reads on to its open question: "Wij kijken als kabinet hoe we …")
        examined = causes and _OPEN_QUESTION.search(tail + " ")
        if (_IDIOM_NOT_ACT.search((verb + " " + rest).strip()) and not examined) or _IDIOM_NOT_ACT.search((verb + " " + tail).strip()):
            continue
        if re.match(r"\s*(?:me|mij|ons|zich)\s+(?:af|zorgen)\b", rest, re.I):
            continue
        # outside a policy document looking at something is weighing it in the argument ("Ik kijk naar alle belangen",
        # "We kijken naar landen"), unless what is looked at are options to find ("We kijken al naar werkwijzen …")
        # (a stranded "naar" closing the clause looks into the matter raised: "Natuurlijk kijken wij daar serieus naar")
        if not policy and _LOOKING.fullmatch(verb) and _LOOKED_AT.match(rest) and not _EXPLORED.search(rest) and not re.search(r"\bnaar\s*$", rest):
            continue
        # supporting or looking at a motie is its appreciation in the debate: "De strekking van de motie
        # ondersteun ik wel", "Met die positieve grondhouding bekijk ik ook zijn motie"
        if _APPRAISING.fullmatch(verb) and re.search(r"\b(?:motie|moties|amendement|amendementen)\b", clause, re.I):
            continue
        if _mentions(clause, _DEBATE_ORDER_WORDS) and _DEBATE_ORDER.search(clause):  # "Ik geef deze motie oordeel Kamer"
            continue
        if not rest.strip() and not causes:  # "..., werk ik." with nothing done
            continue
        # negation anywhere in the clause up to its punctuation (also past an aside in brackets)
        span = s[clause_start:after + (whole.start() if whole else len(s))]
        negation = _ACT_NEGATION.search(span)
        # (a refusal is an act left undone, not a reflexive state: "UWV houdt zich niet bezig met …"; an intention is
        # one: "Het kabinet neemt zich voor de armoedecijfers niet …")
        refused = refusal and negation and negation.group(0).lower() in ("niet", "geen") and not re.match(r"\s*(?:zich|ons|me|mij)\b(?!\s+voor\b)", rest, re.I)
        # (the modal of an open question examined is the question's: "We kijken, onder andere op basis van …, welke
        # instrumenten we hiervoor kunnen inzetten")
        question = _OPEN_QUESTION.search(clause, after - clause_start) if causes else None
        own = clause[:question.start()] if question else clause
        # (nor is a modal of a clause put first, before the comma and the verb: "Om te zorgen dat de politie
        # slagvaardig kan optreden, stelt het kabinet structureel middelen beschikbaar")
        fronted = own.rfind(",", 0, max(0, v_start - clause_start))
        own = own[fronted + 1:] if fronted >= 0 and v_start < g.start() else own
        if (negation and not refused) or _HYPOTHETICAL.search(own) or _MODAL.search(own):
            continue
        # (a sentence-initial "Die"/"Dat" is a demonstrative: "Die twee dingen zet ik ambtelijk uit")
        relative = _RELATIVE.match(clause) and not (clause_start == 0 and _DEMONSTRATIVE_START.match(clause))
        # (in a policy document "bijvoorbeeld" gives an example of the policy, no routine: "Het kabinet biedt
        # buitengrensstaten daarbij desgewenst ondersteuning, bijvoorbeeld bij grensversterking")
        if _PERIODIC.search(_FOR_EXAMPLE.sub(_blank, s) if policy else s) or _ACT_ROUTINE.search(s) or _past_time(s, ref) or _ELSEWHERE.search(s) or relative:
            continue
        if _points_within(s) or _THIS_LETTER_ACT.search(s) or (":" in s and _QUOTED_AFTER.search(s, 0, g.start())):
            continue
        if _DISCOURSE.search(tail) or _REMARK_MADE.search(clause):  # what is done is explaining or remarking
            continue
        return (s[min(g.start(), v_start):max(g_end, v_end)], first or subj)
    return None
