"""Session-14 rules and golden rows, from hold-out v11's error classes, written with other texts and names than any
evaluation set (each rule probed both ways in Danish and Swedish): a form's question answered by a ticked box on the
next line is its person's statement (a ticked "Nej" says nothing); offences named by their kind ("færdselsdom",
"trafikbrott"); a clean extract in other words ("Inga uppgifter finns registrerade"); an iris scanned in either word
order and paying by palm or face; a paternity result (the kinship found and its probability); asylum granted for
political activity; a speech titled to a named relative ("Tal till farfar Stig") whose "du" is that person; historic
and small parties; a candidacy for an association's office is no politics; "not ill" alone names no condition;
definite and plural forms of one-word conditions ("halsflussen", "febern"); an event named after a cause
("Cancerloppet"); a form's title with a subtitle ("Helbredserklæring, rejseforsikring"); a parish ("pastorat") is no
pastor."""

from __future__ import annotations

import pytest

from pii_scanner.classify.content import build_hooks
from pii_scanner.classify.special_categories import load_special_categories
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Extracted, Item, ItemResult, TextPart


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


# Each pair was probed both ways; the positives of each family failed before this session's rules, and the
# negatives are the look-alikes the new rules must leave alone.
ROWS = [
    # --- criminal: a form question answered by a ticked box on the next line; offences named by their kind
    (
        "Ansættelsesskema – Dorte Vindahl, lager\nEr du tidligere straffet?\n[X] Ja\nDato: 03.03.2026",
        ["criminal_records"],
    ),
    ("Ansættelsesskema – Dorte Vindahl, lager\nEr du tidligere straffet?\n[ ] Ja  [X] Nej", []),
    ("Ansøgning – Kasper Riis\nHar du en plettet straffeattest?\n☒ Ja ☐ Nej", ["criminal_records"]),
    ("Ansøgning – Kasper Riis\nHar du en plettet straffeattest?\n☐ Ja ☒ Nej", []),
    (
        "Frivilligskema – Henny Brix\nEr du dømt for vold inden for de sidste 5 år?\nJa [X]   Nej [ ]",
        ["criminal_records"],
    ),
    ("Frivilligskema – Henny Brix\nEr du dømt for vold inden for de sidste 5 år?\nJa [ ]   Nej [X]", []),
    (
        "Personalkort – Lovisa Dahlgren, lager\nÄr du tidigare dömd för brott?\n[X] Ja\nDatum: 2026-03-03",
        ["criminal_records"],
    ),
    ("Personalkort – Lovisa Dahlgren, lager\nÄr du tidigare dömd för brott?\n[ ] Ja  [X] Nej", []),
    ("Ansökan – Ebbe Sjöholm\nFinns du i belastningsregistret?\n☒ Ja ☐ Nej", ["criminal_records"]),
    ("Ansökan – Ebbe Sjöholm\nFinns du i belastningsregistret?\n☐ Ja ☒ Nej", []),
    ("Poul Dyhr har en færdselsdom fra 2022.", ["criminal_records"]),
    ("Vagn Toft fik en narkodom i 2019 og er nu ude.", ["criminal_records"]),
    ("Jeg fik en færdselsdom sidste år.", ["criminal_records"]),
    ("Kursus i færdselsret for alle nye chauffører: hvad giver en færdselsdom?", []),
    ("Ingrid Vallin har ett trafikbrott från 2021.", ["criminal_records"]),
    ("Tobias Ek dömdes för grov vårdslöshet i trafik.", ["criminal_records"]),
    ("Jag har ett gammalt trafikbrott i registret.", ["criminal_records"]),
    ("Statistik: antalet trafikbrott ökade med 4 procent i länet.", []),
    ("Föreläsning om våldsbrott och hatbrott för alla poliser på torsdag.", []),
    ("Hanna Berglund dömdes för ett våldsbrott 2018.", ["criminal_records"]),
    # --- criminal: a register as the subject is the institution; a clean extract in other words
    ("Notat\nSkrevet af: Lone Dahl\n\nStrafferegistret føres af Rigspolitiet.", []),
    ("Anteckning\nSkriven av: Ola Berg\n\nBelastningsregistret sköts av Polisen.", []),
    ("Intervju – kandidat 3, Mira Sand\nUtdraget ur belastningsregistret var utan anmärkning.", []),
    ("Straffeattest – Mogens Lyng\nIntet registreret.", []),
    ("Straffeattest – Mogens Lyng\nIngen registreringer.", []),
    ("Straffeattest – Mogens Lyng\nDom for vold 2021.", ["criminal_records"]),
    ("Utdrag ur belastningsregistret – Ove Lindh\nInga uppgifter finns registrerade.", []),
    ("Utdrag ur belastningsregistret – Ove Lindh\nInget registrerat.", []),
    ("Utdrag ur belastningsregistret – Ove Lindh\nSnatteri, strafföreläggande 2022.", ["criminal_records"]),
    ("Belastningsregistret för Ove Lindh: inga träffar.", []),
    # --- biometric: an iris scanned, paying by palm or face
    ("Jeg har fået min iris scannet til adgangen til serverrummet.", ["biometric"]),
    ("Frederik Ahl fik sin iris registreret ved den nye dør.", ["biometric"]),
    ("Iris scannede alle fakturaerne ind i går.", []),
    ("Vores datter Ella betaler med håndfladen i skolens kantine.", ["biometric"]),
    ("Eleverne kan betale med et armbånd eller et kort i kantinen.", []),
    ("Jag fick min iris skannad vid passerkontrollen i morse.", ["biometric"]),
    ("Nils Öberg har fått sin iris registrerad för inpassering.", ["biometric"]),
    ("Iris skannade in kvittona åt Nils i går.", []),
    ("Vår dotter Saga betalar med handflatan i skolans kafé.", ["biometric"]),
    ("Vår dotter Saga betalar med sitt kort i skolans kafé.", []),
    ("Elias Strand är registrerad för ansiktsbetalning i matsalen.", ["biometric"]),
    # --- genetic: a paternity result (a kinship found and its probability)
    ("Analysen viser med 99,8 % sandsynlighed, at Bent Kragh er far til Mie Holst.", ["genetic"]),
    ("DNA-undersøgelsen viser, at Bent Kragh ikke er far til drengen.", ["genetic"]),
    ("Bent Kragh er far til tre børn og bor i Vejle.", []),
    ("Vi ansøger om stedbarnsadoption af Lea, som Bent Kragh er biologisk far til.", []),
    ("Der er stor sandsynlighed for regn, når Bent Kragh holder havefest.", []),
    ("Analysen visar att Leif Rönn med 99,9 procents sannolikhet är far till Alva.", ["genetic"]),
    ("Leif Rönn är far till två barn och bor i Gävle.", []),
    ("Med stor sannolikhet kommer Leif Rönn till festen.", []),
    ("Faderskapsanalysen för Leif Rönn är klar.", ["genetic"]),
    # --- political: asylum for political activity; a candidacy list; a speech to a grandparent
    ("Dawit Tesfay fik asyl, fordi han var aktiv i oppositionen i Eritrea.", ["political_opinion"]),
    ("Amina Yusuf fik asyl, fordi hun var aktiv i studenterbevægelsen.", ["political_opinion"]),
    ("Amina Yusuf fik opholdstilladelse, fordi hun har arbejde som sygeplejerske.", []),
    ("Amina Yusuf fik asyl og har nu fået job som buschauffør.", []),
    ("Farhad Karimi fick asyl eftersom han var aktiv i demokratirörelsen.", ["political_opinion"]),
    ("Farhad Karimi fick asyl på grund av sitt politiska engagemang.", ["political_opinion"]),
    ("Farhad Karimi fick arbetstillstånd eftersom han är svetsare.", []),
    ("Tale til min morfar Egon\nDu stod på Retsforbundets liste til byrådet i 1973. Skål!", ["political_opinion"]),
    ("Tale til min morfar Egon\nDu har altid elsket dine roser. Skål!", []),
    ("Tal till mormor Britt på 90-årsdagen\nDu var med i Folkpartiet i fyrtio år. Skål!", ["political_opinion"]),
    ("Tal till mormor Britt på 90-årsdagen\nDu har alltid bakat de bästa bullarna. Skål!", []),
    ("Rasmus Holt stod på Venstresocialisternes liste til folketingsvalget.", ["political_opinion"]),
    # --- political: a candidacy for an association's office is no politics
    ("Else Dam fortalte, at hun stiller op til formandsposten i grundejerforeningen.", []),
    ("Else Dam fortalte, at hun stiller op til byrådet for Enhedslisten.", ["political_opinion"]),
    ("Kurt Sand stillede op som kasserer i badmintonklubben.", []),
    ("Kurt Sand stillede op for Socialdemokratiet ved kommunalvalget.", ["political_opinion"]),
    ("Lone Friis er kandidat til bestyrelsen i boligforeningen.", []),
    ("Lone Friis er kandidat til byrådet i Horsens.", ["political_opinion"]),
    ("Maj Lindqvist berättade att hon kandiderar till ordförandeposten i bostadsrättsföreningen.", []),
    ("Maj Lindqvist berättade att hon kandiderar för Vänsterpartiet i kommunvalet.", ["political_opinion"]),
    ("Göran Höök kandiderar till styrelsen i tennisklubben.", []),
    ("Göran Höök kandiderar till riksdagen för Liberalerna.", ["political_opinion"]),
    ("Ylva Sundin ställer upp som ordförande i föräldrarådet.", []),
    # --- health: "not ill" with a reason; inflected words; events named after a cause; a form's title
    ("Jeg er ikke syg – jeg holder ferie til mandag.", []),
    ("Jeg er syg og bliver hjemme i dag.", ["health"]),
    ("Jeg er ikke syg længere efter lungebetændelsen.", ["health"]),
    ("Jeg har ikke diabetes, men min far har.", ["health"]),
    ("Jag är inte sjuk – jag är på semester hela veckan.", []),
    ("Jag är sjuk och stannar hemma i dag.", ["health"]),
    ("Jag har inte astma, men jag har pollenallergi.", ["health"]),
    ("Nora Lind er hjemme med feberen og hosten.", ["health"]),
    ("@Tove Berg stanna hemma tills halsflussen gått över", ["health"]),
    ("Jonas Kim har kämpat med migränen hela veckan.", ["health"]),
    ("Sygdomsforløbet for Hans Brun har været langt.", ["health"]),
    ("Cancerloppet i Lund: Stina Holm sprang 20 varv för Cancerfonden.", []),
    ("Kræftløbet i Odense: Pia Holm løb 10 km for Kræftens Bekæmpelse.", []),
    ("Stina Holm har cancer och går på cellgifter.", ["health"]),
    ("Helbredserklæring, rejseforsikring\nNavn: Rune Bak\nHar du været indlagt?\n[ ] Ja  [X] Nej", []),
    ("Helbredserklæring, rejseforsikring\nNavn: Rune Bak\nHar du været indlagt?\n[X] Ja  [ ] Nej", ["health"]),
    ("Hälsodeklaration, reseförsäkring\nNamn: Rut Boman\nHar du vårdats på sjukhus?\n[ ] Ja  [X] Nej", []),
    # --- religion: a priest's signature names a parish, no belief
    ("Vi ses til konfirmandundervisningen.\n\nVenlig hilsen\nAnders Krogh\nSognepræst, Vejle pastorat", []),
    ("Tack för i dag.\n\nHälsningar\nLena Ahl\nKyrkoherde, Ljusdals pastorat", []),
]

# A second probe round of the same families: inflected conditions in both languages next to the same words about
# nobody, "not ill" with and without a reason, more association offices, and answers below questions whose boxes
# stand after their words.
ROWS2 = [
    # inflected conditions (da)
    ("Mona Krag ligger hjemme med influenzaen.", ["health"]),
    ("Hos Ib Vad er psoriasisen blusset op igen.", ["health"]),
    ("Jeg har haft migrænen hele weekenden.", ["health"]),
    ("Eksemen på Karla Moes hænder er værre.", ["health"]),
    ("Kighosten har ramt vores søn Theo.", ["health"]),
    ("Jeg er træt af hovedpinen.", ["health"]),
    ("Tinnitussen plager Lars Bech om natten.", ["health"]),
    ("Skoldkopperne har ramt Ida Lunds datter.", ["health"]),
    ("Jeg har fået styr på refluksen.", ["health"]),
    ("Fibromyalgien gør, at Sanne Vig arbejder på nedsat tid.", ["health"]),
    # inflected conditions (sv)
    ("Jag har haft influensan hela veckan.", ["health"]),
    ("Psoriasisen har blossat upp igen hos Lena Åberg.", ["health"]),
    ("Migränen håller Olle Frisk hemma i dag.", ["health"]),
    ("Eksemet på Saga Lunds händer är värre.", ["health"]),
    ("Kikhostan har drabbat vår dotter Elsa.", ["health"]),
    ("Tinnitusen stör Kent Björk på nätterna.", ["health"]),
    ("Jag har fått bukt med refluxen.", ["health"]),
    ("Vattkopporna har nått Ida Holms son.", ["health"]),
    ("Ischiasen gör att Per Wall inte kan sitta länge.", ["health"]),
    ("Fibromyalgin gör att Stina Ek jobbar deltid.", ["health"]),
    # look-alikes: the same words about nobody, or not a condition
    ("Influenzaen rammer hvert år mange ældre, skriver Sundhedsstyrelsen.", []),
    ("Influensan sprids snabbt i länet enligt Folkhälsomyndigheten.", []),
    ("Vi blindede forsøget, så ingen vidste hvem der fik hvad.", []),
    ("Stressen i lageret er høj i december, siger ledelsen.", []),
    ("Jalousien i stuen er gået i stykker, skriver Kim Holm.", []),
    ("Lampen i stuen er blind, skriver Kim Holm.", []),
    # not ill (da/sv/nb), with a reason and without
    ("Jeg er ikke syg, jeg er bare på kursus i morgen.", []),
    ("Erik Bang er ikke syg – han er på orlov.", []),
    ("Erik Bang er syg med feber.", ["health"]),
    ("Jag är inte sjuk, jag vabbar i dag.", []),
    ("Nils Ek är inte sjuk utan är på kurs.", []),
    ("Nils Ek är sjuk med feber.", ["health"]),
    ("Jeg er ikke syk, jeg har avspasering.", []),
    ("Jeg har ikke epilepsi.", ["health"]),
    ("Jag har inte diabetes.", ["health"]),
    # association offices (more)
    ("Bjarne Holt stiller op som formand for haveforeningen.", []),
    ("Bjarne Holt stiller op for Venstre ved byrådsvalget.", ["political_opinion"]),
    ("Pia Lund genopstiller til bestyrelsen i andelsboligforeningen.", []),
    ("Pia Lund er opstillet for Konservative i Gentofte.", ["political_opinion"]),
    ("Sara Viklund kandiderade till styrelsen i Brf Eken.", []),
    ("Sara Viklund kandiderade för Moderaterna i valet.", ["political_opinion"]),
    ("Ali Noor är nominerad till ordförande i fotbollsklubben.", []),
    ("Ali Noor är nominerad till riksdagslistan för Centerpartiet.", ["political_opinion"]),
    # forms answered on the next line (religion, union, health)
    ("Anmälan – Omar Said\nÄr du med i facket?\n☒ Ja ☐ Nej", ["trade_union"]),
    ("Anmälan – Omar Said\nÄr du med i facket?\n☐ Ja ☒ Nej", []),
    ("Anmälan – Omar Said\nHar du någon allergi?\nJa ☒  Nej ☐", ["health"]),
    ("Anmälan – Omar Said\nHar du någon allergi?\nJa ☐  Nej ☒", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + ROWS2)
def test_session14_rules(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


def _one(sc, text: str, category: str):  # type: ignore[no-untyped-def]
    found = [e for e in sc.evidence(text) if e.category == category]
    assert found, text
    return found[0]


def test_answer_below_anchors_on_the_forms_person(sc) -> None:  # type: ignore[no-untyped-def]
    text = "Ansættelsesskema – Dorte Vindahl, lager\nEr du tidligere straffet?\n[X] Ja\nDato: 03.03.2026"
    ev = _one(sc, text, "criminal_records")
    assert text[ev.sentence[0] : ev.sentence[1]].startswith("Er du tidligere straffet?")
    assert ev.anchor_span is not None and text[ev.anchor_span[0] : ev.anchor_span[1]] == "Dorte Vindahl"
    assert ev.via in ("adjacent", "record") and ev.anchor_masked == "D. V."  # the head line right above, or the form


def test_speech_du_is_the_named_relative(sc) -> None:  # type: ignore[no-untyped-def]
    text = "Tal till mormor Britt på 90-årsdagen\nDu var med i Folkpartiet i fyrtio år. Skål!"
    ev = _one(sc, text, "political_opinion")
    assert ev.anchor_span is not None and text[ev.anchor_span[0] : ev.anchor_span[1]] == "Britt"
    assert text[ev.sentence[0] : ev.sentence[1]].startswith("Du var med i Folkpartiet")


def test_paternity_evidence_names_the_tested_person(sc) -> None:  # type: ignore[no-untyped-def]
    text = "Svar på sag 7\nAnalysen viser med 99,8 % sandsynlighed, at Bent Kragh er far til Mie Holst."
    ev = _one(sc, text, "genetic")
    assert ev.anchor_span is not None and text[ev.anchor_span[0] : ev.anchor_span[1]] == "Bent Kragh"
    assert set(ev.terms) == {"far til", "sandsynlighed"} and ev.confidence >= 0.5


def test_inflected_form_reports_the_lexicon_entry(sc) -> None:  # type: ignore[no-untyped-def]
    ev = _one(sc, "@Tove Berg stanna hemma tills halsflussen gått över", "health")
    assert ev.terms == ("halsfluss",)  # the entry, never the text's word
    assert sc.classify("Stina Berg forsker i halsflussbakterier.") == []  # a compound, no inflected form


def test_risk_and_document_type_read_the_same_evidence() -> None:
    hooks = build_hooks(ScanConfig())

    def run(text: str) -> ItemResult:
        result = ItemResult(item=Item("file:///x.txt", "/x.txt", name="x.txt"))
        for hook in hooks:
            hook(result, Extracted(mime="text/plain", parts=[TextPart(text)]))
        return result

    yes = run("Utdrag ur belastningsregistret – Ove Lindh\nSnatteri, strafföreläggande 2022.")
    clean = run("Utdrag ur belastningsregistret – Ove Lindh\nInga uppgifter finns registrerade.")
    assert yes.categories == ["criminal_records"] and clean.categories == []
    assert {e["category"] for e in yes.category_evidence} == {"criminal_records"}
    assert yes.doc_type == "criminal_record_certificate"
    assert any("special_category:criminal_records" in r for r in yes.risk_reasons)
    assert not any(r.startswith("special_category") for r in clean.risk_reasons)
