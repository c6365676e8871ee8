"""Hypotheticals and questions, answers to questions, clinicians doing their job, groups of patients,
subjectless notes, registers in capitals, payslip lines, forms flattened onto one line, thefts told in the
passive, and the lexicon of care, payroll and dentistry (each a general rule; minimal pairs)."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.mark.parametrize(
    "text",
    [
        # a hypothetical put as a question, naming the one asked
        "Til lønkontoret, Bo Hansen: Hvad gør vi, hvis en ansat bliver syg på ferien?",
        "Fråga till Eva Lind: Vad händer om en anställd blir sjukskriven under semestern?",
        # a hypothetical clause in a row that names its author
        '17;2026-01-02;Nina Berg;"Om en anställd blir sjuk på resan gäller reseförsäkringen."',
        '18;2026-01-03;Karl Dam;"Hvis en kollega bliver syg på rejsen, dækker rejseforsikringen."',
        # the answer to a question put to the reader is as conditional as the question
        "Notat – rådgiver Lars Holm\n- Er du medlem af en fagforening? Så kan du trække kontingentet fra.",
        "- Är du med i facket? Då kan du få rabatt på hemförsäkringen. /Pia Berg",
        # a clinician named by their title, doing their job; groups of patients
        "Fra mandag har overlæge Søren Vinther konsultation for patienter med astma og KOL.",
        "Från v. 12 tar distriktsläkare Amir Said emot patienter med diabetes och högt blodtryck.",
        "Din opgave, Jonas Ring, bliver at følge borgere i alkoholbehandling.",
        # the speaker of a talk ("ved ...")
        "Slægtsforskning: Hvad kan en DNA-test vise? Foredrag i biblioteket den 3. maj ved Inge Mose.",
        # a theft told in the passive: the person is its victim
        "Tom Skov har meldt indbrud i garagen til politiet; der blev stjålet to cykler.",
        "Eva Holm ringde i morse; hennes cykel blev stulen vid stationen.",
        # a form flattened onto one line with its question unanswered; its title names the category
        "Helbredsoplysninger, ansøger: Mads Krog. Har De diabetes? ☐ Ja ☐ Nej",
        # moving from a town at home is no origin
        "Nytt i lagret: Per Sarri som flyttade hit från Gällivare i våras.",
        "Velkommen til Rikke Holm, der kom fra Aalborg i august.",
        # a burglary at the person's: the person is its victim
        "Ida Sand har meldt indbrud i sit kolonihavehus ved søen til politiet.",
        # a provider named after "via" and a record's author are no subject
        "Fra januar får alle ansatte psykolog og fysioterapeut via Danica.",
        '{"author": "Magnus Berg", "text": "Kom ihåg att sjukanmäla dig före kl. 8."}',
        # a question in a JSON record, then its conditional answer
        '{"author": "Janni Holm", "text": "Er du medlem af en fagforening? Så kan du trække kontingentet fra."}',
        # a witness is no suspect; a weekday is no first name; a record from before 1900 is history
        "Du, Anne Kirk, indkaldes som vidne i straffesagen mod en 40-årig mand.",
        "Hi all, the union rep drop-in is on Thursday. Members or not, come along.",
        "Folkräkning 1880, Arvidsjaur: Lars Persson, 44, dog av lunginflammation.",
        # a member list of a club that is no party, union or church
        "Medlemsliste Hedensted Skytteforening 2026:\nNavn | Betalt\nOve Krogh | ja\nBirte Sand | nej",
        # a party's list with nobody on it
        "Medlemsliste Venstre Hedensted 2026:\nNavn | Betalt\n(ingen endnu)",
        # a contact ban granted to the person protects them; a numbered thing is no first name; "The" is no name
        "Lina Ek har fått ett kontaktförbud beviljat mot sin före detta pojkvän.",
        "The Green Party hustings for Ward 4 are in the library on 2 May.",
        # the same conditions as topics
        "Osteoporose rammer hver tredje kvinde over 50 år.",
        "Physiotherapy and painkillers are covered by the scheme for all staff.",
        # adopted from an institution at home, background from a town at home
        "Sara Holm er adopteret fra Aarhus Kommunes børnehjem.",
        "Kari Lund har bakgrunn fra Bergen.",
        # a question to an organisation, a hypothetical about the writer, a blank form on one line, an old register
        "Fråga till facket: Får chefen kräva att jag berättar om jag är gravid? /Anonym",
        "Equal opportunities form – Name: Kwame Mensah. Ethnic group: Prefer not to say.",
        "Slægtsbog, Ribe 1802: Christen Madsen, husmand, død af feber.",
        # a bank suspected, a payment remark
        "Banken mistænkes for at have overtrådt hvidvaskloven.",
        "Kundenotat: Jens Hansen har en betalingsanmærkning i RKI fra 2021.",
        # a sender heading a message; an instruction "in case of illness"
        "Menighedsrådet: Vi byder velkommen til Abdi Farah, som er ansat som ny kirketjener fra 1. april.",
        "Lægehuset Anne Dahl holder lukket 24.-26. december. Ved akut sygdom ring 1813.",
        # a thing that broke is nobody's health
        "Hyresgästen Nils Berg kommer inte in sedan dörren gick sönder.",
    ],
)
def test_nobody_is_revealed(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same shapes about a person stay
        ("Til lønkontoret, Bo Hansen: Jeg er blevet syg på ferien og har lægeerklæring. Hvad gør jeg?", ["health"]),
        ("Helbredsoplysninger, ansøger: Mads Krog. Har De diabetes? ☒ Ja", ["health"]),
        ("Overlæge Søren Vinther har konsultation. Patienten Ib Lund har KOL.", ["health"]),
        ("Tom Skov blev anholdt; der blev fundet stjålne cykler i hans garage.", ["criminal_records"]),
        # origin from abroad; a form flattened onto one line
        ("Nytt i lagret: Per Sarri som flyttade hit från Syrien i våras.", ["ethnic_origin"]),
        ("Borger Amina Warsame kom fra Somalia i 2019.", ["ethnic_origin"]),
        ("Skadeanmeldelse. Skadelidte: Bo Lund. Hændelse: faldt på trappen, brækket håndled.", ["health"]),
        # a burglar is no victim
        ("Ida Sand blev anholdt for indbrud i et kolonihavehus.", ["criminal_records"]),
        # notes opening with a participle; pain as the end of a compound; medicines; LSS words
        ("Larm från Berit Holm kl 03. Hittad på golvet, höftsmärta, ambulans beställd.", ["health"]),
        ("Pt. Bodil Krag, 78. AF kendt, AK-beh. Marevan. INR 2,6.", ["health"]),
        ("Beslut: Hugo Lind beviljas personlig assistans 60 tim/vecka. Hugo har cerebral pares.", ["health"]),
        ("I'm Sam and I joined the club after coming out last year.", ["sexual_orientation"]),
        ("My AncestryDNA results came back: 62% Scandinavian. – Greg Olsen", ["genetic"]),
        ("Anne Kirk blev sigtet i straffesagen, hvor hun først var indkaldt som vidne.", ["criminal_records"]),
        # the head of a member list of a party, union or church: its rows are members
        ("Kontingentliste Venstre Hedensted 2026:\nNavn | Betalt\nOve Krogh | ja", ["political_opinion"]),
        ("Medlemsförteckning IF Metall avd. 5:\nAnna Lind\nPer Ek", ["trade_union"]),
        # a greeting followed by the message on the same line; a contracted "I"; cautions; sobriety; new joints
        ("Hej Erik! Inför din operation av visdomstanden i narkos: ät inget efter midnatt.", ["health"]),
        ("Hi all, I've been selected as the Green Party candidate for Ward 4! – Ruth Kaye", ["political_opinion"]),
        ("Disclosure check for Owen Hart: spent caution for possession of cannabis (2018).", ["criminal_records"]),
        ("Jeg har nu været et år uden alkohol. Hilsen Bent Dal", ["health"]),
        ("Gitte er kommet hjem med en ny knæskal og arbejder hjemmefra.", ["health"]),
        # common conditions the lexicon lacked, per language
        ("Lise Holm har fået konstateret osteoporose.", ["health"]),
        ("Per Ek har fått diagnosen hypotyreos.", ["health"]),
        ("Mary Cole has been off work with sciatica since May.", ["health"]),
        ("Hej Jonas, jag har stukat foten och blir hemma. /Lina", ["health"]),
        # adoption and background from abroad; custody; a revival movement
        ("Per Ek är adopterad från Korea.", ["ethnic_origin"]),
        ("Kari Lund har bakgrunn fra Somalia.", ["ethnic_origin"]),
        ("Jens Holm sidder i arresten i Vejle.", ["criminal_records"]),
        ("Per Ek är laestadian och firar inte jul.", ["religion"]),
        # a capital-letter register whose surname is also a word; clinical and Norwegian words
        ("NAVN             BEMÆRKNING\nBERG SUSANNE     FLEKSJOB 20 T", ["health"]),
        ("Ssk-anteckning: Pat. Sten Ek, 67. Hb 98, trött. Järntabletter insatta.", ["health"]),
        ("Kjære Tone, NAV har innvilget deg en rullestol fordi du har muskelsvinn.", ["health"]),
        ("Quick update: Mike Dunn is back on Monday after his knee op.", ["health"]),
        # a title before a name after a letter's lead is the person's
        ("Brev til tillidsrepræsentanten Bent Ravn fra lageret.", ["trade_union"]),
        # banks and agencies
        ("Hvidvaskindberetning: Kunden Jens Hansen mistænkes for hvidvask af 400.000 kr.", ["criminal_records"]),
        ("Ansøger Dawit Tesfaye er forfulgt som pinsekristen.", ["religion"]),
        # party names in English, payslip deductions, Norwegian compounds, operations told plainly
        ("Note: Helen Ward sits on the city council for the Liberal Democrats.", ["political_opinion"]),
        ("Lönebesked – Said Ali: Bruttolön 28 400; Sjukavdrag 5 dagar -6 200; Nettolön 21 950", ["health"]),
        ("Vedtak: Arne Dahl får hjemmehjelp etter hjerneslaget i mai.", ["health"]),
        ("Hi Sam, Rob Lee won't make it tonight, he's just had his appendix out.", ["health"]),
        # a field heading the item with a short value is still a field, not a sender
        ("Fagforening: 3F\nNavn: Abdi Farah", ["trade_union"]),
        # a trailing question on the line does not blank the statement before it
        ("Hej Pia\nJeg skal opereres i knæet i januar. Kan vi tale om ferie?\nHilsen Rana", ["health"]),
        # subjectless notes lean on the line that names the patient
        ("Journal\nPt. Ida Berg, 64 år.\nKendt med hjerteflimmer og forhøjet kolesterol siden 2019.", ["health"]),
        ("Besøg hos Karl Ibsen.\nHar haft feber i tre dage og hoster meget om natten.", ["health"]),
        # registers in capitals
        ("NAVN                 NOTE\nKRISTENSEN PETER     DØMT FOR VOLD 2024", ["criminal_records"]),
        ("NAMN                 ANM\nLUNDGREN ANNA        DIABETIKER, INSULIN", ["health"]),
        # payslip lines with a dot leader, under the employee's name
        ("Lønseddel – Medarbejder: Ole Dam\nGrundløn ........ 30.000,00\nSygeløn 2 dage .. 1.900,00", ["health"]),
        ("Lönespecifikation\nAnställd: Ida Ek\nMånadslön 30 000\nSjuklön dag 2-4 2 900", ["health"]),
        # clinical shorthand and indirect wording
        ("Kontrol – Hans Bro: DM2, HbA1c 61, fortsætter metformin.", ["health"]),
        ("Lise er tilbage i næste uge med sin nye hofte.", ["health"]),
        ("Elevhälsan: Omar Ali har ofta magont och missar lektioner.", ["health"]),
        ("Tandlægen fandt parodontose hos Jens Berg.", ["health"]),
        ("Hej pappa! Jag ska opereras i kväll. /Vera", ["health"]),
        ("Sixten Karlén går på sjukgymnastik efter sin whiplashskada.", ["health"]),
        ("Hej Lena! Min mamma har fått beslut om daglig verksamhet från hösten. Hälsningar Petra", ["health"]),
    ],
)
def test_about_a_person(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


def test_a_payslip_without_sick_pay_reveals_nothing() -> None:
    sc = load_special_categories()
    assert sc.classify("Lønseddel – Medarbejder: Ole Dam\nGrundløn ........ 30.000,00\nFeriepenge ...... 900,00") == []
    assert sc.classify("Sjuklön betalas av arbetsgivaren dag 2–14; karensavdraget görs första dagen.") == []


def test_document_types_and_risk_use_the_same_evidence_on_the_new_batches() -> None:
    """Through the pipeline's hooks, on every document of blind15-17, blind20-23 and hold-outs v4-v5: the categories
    are exactly those of the evidence and of the risk reason, the flag is set iff a category is, a negative document
    gets no special-category reason, and a type that describes a person is given only when somebody is identified."""
    import json
    from pathlib import Path

    from pii_scanner.classify.content import build_hooks
    from pii_scanner.classify.doc_types import load_doc_types
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.core.model import FLAG_SPECIAL_CATEGORY, Extracted, Item, ItemResult, TextPart

    hooks = build_hooks(ScanConfig())
    personal_types = load_doc_types().about_a_person
    data = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
    checked = 0
    for name in (
        "categories_blind15.jsonl",
        "categories_blind16.jsonl",
        "categories_blind17.jsonl",
        "categories_blind20.jsonl",
        "categories_blind21.jsonl",
        "categories_blind22.jsonl",
        "categories_blind23.jsonl",
        "categories_blind25.jsonl",
        "categories_blind28.jsonl",
        "redteam/holdout4/categories.jsonl",
        "redteam/holdout5/categories.jsonl",
        "redteam/holdout6/categories.jsonl",
        "redteam/holdout7/categories.jsonl",
    ):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            result = ItemResult(item=Item(f"file:///{doc['id']}.txt", f"/{doc['id']}.txt"))
            for hook in hooks:
                hook(result, Extracted(mime="text/plain", parts=[TextPart(doc["text"])]))
            evidence = {e["category"] for e in result.category_evidence}
            reasons = [r for r in result.risk_reasons if r.startswith("special_category:")]
            assert set(result.categories) == evidence, doc["id"]
            assert (FLAG_SPECIAL_CATEGORY in result.flags) == bool(evidence), doc["id"]
            if evidence:
                assert reasons == ["special_category:" + ",".join(result.categories)], doc["id"]
            else:
                assert reasons == [], doc["id"]
                if result.doc_type in personal_types:  # identified by something else than a category
                    assert any(f.entity_type for f in result.findings), doc["id"]
            checked += 1
    assert checked >= 2270
