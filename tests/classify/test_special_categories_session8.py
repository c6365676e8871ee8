"""Session-8 rules, each general and tested with other words than the set that showed its class: FAQs, a
union representative of somebody's, hearsay about an unnamed teller, exam cases and stage fiction, charities
and destinations named like a faith or a person, organisations opening a name, same-sex couples said to be
married and same-sex partners told by "sex with"/"in a relationship with", names the lists lack (capitals
with a double first name, a genitive before a family word, two capitalised words before "er"/"är"), a
three-word name after a greeting, and the lexicon of minorities, faiths, disabilities, devices and dissent."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def classify():  # type: ignore[no-untyped-def]
    sc = load_special_categories()
    return lambda text: sc.classify(text)


@pytest.mark.parametrize(
    "text",
    [
        # a FAQ's questions are anybody's: a head naming questions, or two question labels
        "Ofte stillede spørgsmål\nHvordan melder jeg mig ind i en fagforening?\nSvar: Via forbundets hjemmeside.",
        "FAQ – personale\nVem är mitt fackliga ombud?\nSvar: Se personalhandboken.",
        "Spørsmål: Hvem er min tillitsvalgt?\nSvar: Se intranett.\nSpørsmål: Hva gjør jeg om jeg blir syk?"
        "\nSvar: Ring.",
        "Frågor och svar: Vad gör jag om jag blir sjuk på resan?",
        # what the writer was told by somebody unnamed is about nobody identified
        "Til bestyrelsen: En kollega fortalte mig at han har afsonet en dom for vold. Hvad gør vi?",
        "Min granne berättade för mig att hon har suttit i fängelse. Får jag berätta det för föreningen?",
        # exam cases and hypotheticals
        "Opgave 3: Antag at en ansat fortæller, at han er muslim. Må lederen skrive det i journalen?",
        "Tentamen: Anta att en medarbetare berättar att hon är medlem i Vänsterpartiet. Vad gäller?",
        "Seminar task: Suppose an employee says she is a member of a trade union. May HR record it?",
        # fiction on stage
        "Recension: I pjäsen spelar Mikael Berg en man som döms för rån. Spelas till maj.",
        "Teateranmeldelse: I stykket spiller Helle Dam en kvinde, der sidder i fængsel for svindel.",
        # a charity named after a faith, and a trip's destination
        "Tak Bodil Krogh for dit bidrag til Muslim Aid. Pengene går til skoler i Bangladesh.",
        "Busresa till Maria Laach i juni, arrangerad av Svenska kyrkan i Lund. Anmälan senast 1 mars.",
        # an organisation opening a name is no person
        "Tolkbokning: somaliska, tisdag 09.00, Vårdcentralen Husie, läkarbesök.",
        "Referat, Sankt Hans Sogn: menighedsrådet vedtog budgettet.",
        # after blind25: a name after an organisation's head noun, a practice or a lab, readers with a condition
        "Pension Solbakken – husorden: Vi har bederum på 1. sal og vegansk morgenmad.",
        "Tandlægepraksis Holm: Nye åbningstider fra 1. april. Vi behandler også tandlægeskræk.",
        "Nyt fra IVF-labbet: Sara Lind er ansat som bioanalytiker.",
        "Nyhetsbrev fra Astmaforbundet: Tre råd til deg med astma. Forsidebilde: Kari Dahl på tur.",
        "A short guide to inherited heart conditions, by our nurse Julia Shaw.",
        "Inkassobolaget: Vid långvarig sjukdom kan du begära anstånd. Mejla oss på info@inkasso.se.",
        "Ansøger Ane Holt har boet i Nuuk i 12 år og taler dansk, engelsk og lidt kalaallisut.",
        # after blind26: an organisation with its town is no person; a question what one must do; a form's "none";
        # a tour leader and a chairing reverend are contacts; representatives of faiths are a topic
        "Moderaterna Växjö hyr salen den 9 maj. Bokning: kansliet.",
        "Fråga till personalavdelningen från Lisa Berg: Måste jag vara med i facket för att få a-kassa?",
        "Anmälan: Stina Falk, vegetarian. Inga allergier.",
        "Pilgrimsresa till Rom med Katolska kyrkan i Malmö, 8 dagar. Reseledare: Ove Berg.",
        "Dialogue evening: representatives of the mosque and the cathedral met the police. Chair: Rev. Anne Lowe.",
        # after blind27: driving others to the doctor is an errand; "ingen" after ";" is a none; a feast is no name
        "Besøgsven: Tove Krag tilbyder at køre ældre til lægen om torsdagen.",
        "Faderskab: Anders Holm har anerkendt faderskabet; ingen DNA-test nødvendig.",
        "Klubben: Tema i aften er Ramadan og Eid, vi serverer dadler. Ansvarlig: klubleder Sami Aziz.",
        # families: an association's own talk names its contact only
        "Humanisterna håller föredrag om livsåskådning på biblioteket. Kontakt: Eva Ek.",
        # two women married to men, two men who are brothers
        "Säljarna, Lena och Anders Ahlström, är gifta sedan 1990.",
        "Mads og Jonas Holm er brødre. Mads er gift med Sofie.",
    ],
)
def test_nobody_is_revealed(classify, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a FAQ's statement by a named person still counts
        ("Ofte stillede spørgsmål\nSvar: Tillidsrepræsentant Bent Ravn er medlem af 3F.", ["trade_union"]),
        # what a named person or the writer's relative told stays theirs
        ("Min søster fortalte mig at hun har siddet i fængsel.", ["criminal_records"]),
        ("Jonna Bech berättade för mig att hon har suttit i fängelse.", ["criminal_records"]),
        # a greeting with a three-word name makes "du" the addressee
        ("Kære Anne Marie Skov\nSom medlem af Frelsens Hær har du hjulpet os i mange år.", ["religion"]),
        # same-sex couples said to be married, in the sentence or the next
        ("Köparna, Erik och Johan Lind, var nöjda. De är gifta och har två barn.", ["sexual_orientation"]),
        ("Lejerne, Sofie og Maja Berg, er gift og flytter ind 1. maj.", ["sexual_orientation"]),
        # a partner of the same gender told by what they do together
        ("Blodgiver Lars Kvist oplyste at han har haft sex med en mand i april.", ["sexual_orientation"]),
        ("Donorn Anna Ek uppgav att hon lever i en relation med en kvinna.", ["sexual_orientation"]),
        ("Blood donor Tom Reed said he had sex with a man last month.", ["sexual_orientation"]),
        # names the lists lack: capitals with a double first name, a genitive, a subject before "er"
        ("STEM PÅ KARL-ERIK BUCH – KANDIDAT FOR SOCIALDEMOKRATIET I ODENSE", ["political_opinion"]),
        ("Notat fra forældremøde: Nukakas forældre fortalte, at familien er grønlændere fra Nuuk.", ["ethnic_origin"]),
        ("Opsummering, vikarbureau: Ivalu Petersen er grønlænder og søger job i Odense.", ["ethnic_origin"]),
        # minorities and peoples
        ("Elevens mamma berättade att Kalle Demeter och familjen är romer.", ["ethnic_origin"]),
        ("Ivan Lind tillhör resandefolket och talar romani.", ["ethnic_origin"]),
        # faiths
        # yezidi: a faith and a people (session 16: as every labelled set has it, yazidier, jezidier already so)
        ("Rania Haddad är yezidier och firar nyår i april.", ["religion", "ethnic_origin"]),
        ("Our colleague Omar Ali observes Friday prayers, so he leaves at 12:30.", ["religion"]),
        ("Jens Holt er kvæker og vil ikke aflægge ed.", ["religion"]),
        # disabilities and devices a person depends on
        ("Kunden Bente Lund har kun én arm og skal have en bil med automatgear.", ["health"]),
        ("Kunden Olle Berg är beroende av syrgas dygnet runt.", ["health"]),
        ("Tenant Mark Hill is on home oxygen and must be told of power cuts.", ["health"]),
        ("Borgeren Hans Krog bruger førerhund og skal have plads i taxaen.", ["health"]),
        # after blind25
        (
            "Behandlingsplan: Parret Sara og Nadia Holm starter insemination med donorsæd i maj.",
            ["health", "sexual_orientation"],
        ),
        ("Guest Ms. Ruth Adler asked for a room key instead of the card lock as she keeps Shabbat.", ["religion"]),
        ("Case note: tenant Liam Kerr is serving a sentence at HMP Leeds until 2027.", ["criminal_records"]),
        ("Indberetning: Jeg har set lagerchef Ole Brink tage imod bestikkelse fra en vognmand.", ["criminal_records"]),
        ("Anmälan: Kassören Eva Lind misstänks ha förskingrat föreningens pengar.", ["criminal_records"]),
        ("Concern raised: my colleague Tom Hart has a drinking problem and drives the van.", ["health"]),
        # gender identity is not sexual orientation (decided in session 9, docs/classification.md): no category
        ("Socialstyrelsen: beslut om ändrad könstillhörighet för Robin Ek har fattats.", []),
        ("Ticket 88: Jamie Cole is transitioning and wants the new name in payroll.", []),
        ("Hemtjänst: Brukaren Olle Berg har ett trycksår på korsbenet.", ["health"]),
        ("Remiss: Jonas Ek har låga spermievärden enligt senaste provet.", ["health"]),
        (
            "Indfødsret: Ansøgeren Piet Vries er ikke på lovforslaget, da han er idømt en bøde for spirituskørsel.",
            ["criminal_records"],
        ),
        (
            "Inkasso: Kravet mot Stian Moe gjelder erstatning etter dom for underslag i Bergen tingrett.",
            ["criminal_records"],
        ),
        ("Mødet: fru Aviaja Berthelsen taler bedst kalaallisut, så tolken skal tale grønlandsk.", ["ethnic_origin"]),
        # after blind26
        (
            "Buddy note: Ana Silva told me her parents emigrated from Porto and she grew up speaking Portuguese.",
            ["ethnic_origin"],
        ),
        ("Sign-up list: Peter Holm and partner (Johan Holm), no dietary needs.", ["sexual_orientation"]),
        # after blind27
        (
            "Vetting note: applicant Ryan Hale has a conviction for possession of cannabis from 2017.",
            ["criminal_records"],
        ),
        ("Udtalelse: Ansøgeren Jens Bruun har en dom for besiddelse af hash fra 2019.", ["criminal_records"]),
        ("Interview note: the candidate Ama Owusu said she is Ghanaian and speaks Twi.", ["ethnic_origin"]),
        # families of the v6 classes: other minorities' registers, other beliefs, other party roles, devices
        ("Anna Nutti står i Sametingets röstlängd och arbetar som renskötare.", ["ethnic_origin"]),
        ("Ola Hætta er oppført i samemanntallet.", ["ethnic_origin"]),
        ("Greta Lund är medlem i Humanisterna och vill ha en borgerlig begravning.", ["religion"]),
        ("Jonas Lie var listefører for SF i Aarhus.", ["political_opinion"]),
        ("Sara Berg är politisk sekreterare hos Vänsterpartiet.", ["political_opinion"]),
        ("Eleven Mads Krog har insulinpen med i tasken.", ["health"]),
        # dissent in asylum accounts
        ("Ansøgeren Ali Rezaei forklarede, at han var medlem af et oppositionsparti i Iran.", ["political_opinion"]),
        (
            "Sökanden Hawa Ali uppgav att hon är regimkritiker och har deltagit i demonstrationer.",
            ["political_opinion"],
        ),
    ],
)
def test_about_a_person(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected


def test_the_content_hook_reads_these_rules_as_the_classifier_alone() -> None:
    """The scan's path (one term scan shared with document types, the compiled word pass when built) sets the same
    categories as the classifier alone on every text above (the learned filter after it switched off: it may drop)."""
    from pii_scanner.classify.content import build_hooks
    from pii_scanner.core.config import DetectConfig, ScanConfig
    from pii_scanner.core.model import Extracted, Item, ItemResult, TextPart

    hooks = build_hooks(ScanConfig(detect=DetectConfig(category_model=False)))
    sc = load_special_categories()
    texts = list(_cases("test_nobody_is_revealed")) + [case[0] for case in _cases("test_about_a_person")]
    assert len(texts) >= 65
    for n, text in enumerate(texts):
        result = ItemResult(item=Item(f"file:///t{n}.txt", f"/t{n}.txt"))
        for hook in hooks:
            hook(result, Extracted(mime="text/plain", parts=[TextPart(text)]))
        assert list(result.categories) == sc.classify(text), text


def _cases(name: str) -> list:  # type: ignore[type-arg]
    marks = globals()[name].pytestmark
    return list(next(m for m in marks if m.name == "parametrize").args[1])
