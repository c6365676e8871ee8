"""Idioms, places, membership questions and empty check boxes that only look like a special category, and
same-gender spouses told by pronouns. Golden rows written with other texts and names than any evaluation set:
"sat sit fingeraftryk på" (left one's mark), a referee's "dømt offside", a penalty kick, aiming, felling a tree,
"syg i hovedet", "en bøn til", a museum or house named after a faith or a movement, "er du med i ...?", a line
of boxes none of which is ticked, a fundraiser named after a disease, working at a hospice, a conviction of the
1800s, a taste given for not eating pork, a clergy title in a greeting, a certificate handed in by its holder.
Also positives: sex with another man or woman, a donor named by role in a blood bank's note, forensic genetics."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def classify():  # type: ignore[no-untyped-def]
    sc = load_special_categories()
    return lambda text: sc.classify(text)


# Each of these failed before these rules.
NEW_RULES = [
    # "sætte sit fingeraftryk på": to leave one's mark
    ("Henrik Dahl har sat sit fingeraftryk på hele kampagnen.", []),
    ("Maja Ek satte verkligen sina fingeravtryck på den nya logotypen.", []),
    ("Ingrid Lie har satt sitt fingeravtrykk på hele prosjektet.", []),
    # sport, aiming, trees and tears
    ("Mads Krog blev dømt offside i første halvleg.", []),
    ("Oskar Lind dömdes för offside två gånger i går.", []),
    ("Jonas Berg slog straffen i nittionde minuten.", []),
    ("Lise Holm har sigtet efter en plads i finalen.", []),
    ("Erik Sund fällde två träd bakom garaget i helgen.", []),
    ("Anna Berg fällde en tår när hon fick blommorna.", []),
    # slang for crazy or obsessed
    ("Bo Lund er helt syg med den nye konsol.", []),
    ("Du er jo syg i hovedet, Kasper Holm!", []),
    ("Petra Ek är sjuk i huvudet som cyklar i snön.", []),
    # a request, a place, a question
    ("Hanne Vig har en bøn til alle: ryd op i køleskabet.", []),
    ("Camilla Friis var på Jødisk Museum med sin klasse.", []),
    ("Ole Berg cykler forbi Fagbevægelsens Hus hver morgen.", []),
    ("Peter: er du med i en fagforening?\nLise Krogh: nej, aldrig.", []),
    # a health form whose boxes are all left empty
    ("Helbredsattest\nNavn: Kurt Lynge\n[ ] Astma   [ ] Epilepsi   [ ] Hjertesygdom\nUnderskrift: K. Lynge", []),
    ("Hälsodeklaration\nNamn: Vera Holm\n[ ] Astma   [ ] Hjärtsjukdom\nUnderskrift: V. Holm", []),
    # a fundraiser, a workplace, history, a taste, a greeting to a priest
    ("Tak til Lene Dal for hendes indsats i kræftindsamlingen.", []),
    ("Stort tack till Jan Ek som sprang för Cancerfondens insamling.", []),
    ("Lone Bruun arbejder på hospice i Vejle og har aftenvagt.", []),
    ("Smeden Nils Persson dömdes 1843 för stöld av en häst.", []),
    ("Yasmin Rahimi spiser ikke svinekød, hun kan ikke lide smagen.", []),
    ("Hej præst Karen,\n\nKan vi låne salen til min fars fødselsdag?\n\nHilsen Per Vang", []),
    # a certificate handed in by its holder: a check, its content unknown
    ("Hermed fremsender jeg min straffeattest til stillingen, Kim Juul.", []),
    ("Jag bifogar mitt utdrag ur belastningsregistret, Maria Dahl.", []),
    # sex with another man or woman; a donor in a blood bank's note; forensic genetics
    ("Tappenotat\nDonor: Henning Roos\nDonor angiver sex med andre mænd i foråret.", ["sexual_orientation"]),
    ("Faderskabsundersøgelsen viser, at Mogens Brix er far til barnet.", ["genetic"]),
    # two of one gender married, told by pronouns
    ("Torben Vad var væk i maj, for han blev gift med ham på Bornholm.", ["sexual_orientation"]),
    ("Karin Lund har haft semester; hon gifte sig med henne i juni.", ["sexual_orientation"]),
]

# Unchanged: the literal word, a ticked box, a real conviction, a real membership.
KEEP = [
    ("Henrik Dahl satte sit fingeraftryk på scanneren ved døren.", ["biometric"]),
    ("Helbredsattest\nNavn: Kurt Lynge\n[x] Astma   [ ] Epilepsi\nUnderskrift: K. Lynge", ["health"]),
    ("Mads Krog blev dømt for vold i byretten.", ["criminal_records"]),
    ("Oskar Lind dömdes för misshandel i tingsrätten.", ["criminal_records"]),
    ("Lise Krogh er med i en fagforening.", ["trade_union"]),
    ("Bo Lund er syg med influenza.", ["health"]),
    ("Sognepræst Ane Holm holder fri i næste uge.", []),
    ("Samira Noor spiser ikke svinekød af religiøse grunde.", ["religion"]),
    ("Blodgivaren Lars Ek uppger sex med en annan man under våren.", ["sexual_orientation"]),
    ("Vedlagt straffeattesten for Jens Kok, der viser en dom for vold.", ["criminal_records"]),
]


@pytest.mark.parametrize(("text", "expected"), NEW_RULES + KEEP)
def test_idioms_places_and_questions(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected
