"""Golden table: session 21's name rules for news and business text - a town, a role or a verb opening a run before
a name is no part of it; a surname's genitive before a noun names a shop; a place or practice named "the house"
or "the clinic", an observatory or an institute named after someone; an author's genitive opening a sentence; the
part an actor plays; initials given in brackets; an initial with no full stop before an arrow; a surname holding
a particle named again; an Arabic article joined by a hyphen; two siblings after a plural of kinship; initials
before a surname that is a first name too; a place named by given names alone; a lower-case chat line headed by
a first name found capitalised. Written with other names and texts than the evaluation sets; the rows after each
"not" comment guard against false hits."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town opening a run before a first name and a surname
        ("Tidligere rådmand i Vejle Karen Dahl er gået på pension.", ["Karen Dahl"]),
        ("Ordföranden i Luleå Anders Lund avgår efter tio år.", ["Anders Lund"]),
        # ... not a first name opening it
        ("Jørgen Vejle Madsen er ny formand.", ["Jørgen Vejle Madsen"]),
        # a role or a verb in the past tense opening the sentence
        ("Recensenten Ola Pettersson gav fyra plus.", ["Ola Pettersson"]),
        ("Ringde Anna Nowak på Polbud om offerten.", ["Anna Nowak"]),
        ("Mødte Jens Holm i kantinen i går.", ["Jens Holm"]),
        ("Kontakt vicevært Jamal på kontoret.", ["Jamal"]),
        # ... not inside a sentence
        ("Vi mødte Jens Holm i går.", ["Jens Holm"]),
        # a surname's genitive before a noun: a shop or a firm
        ("Vi handler hos Nielsens Blomster i Ry.", []),
        ("Vi köper plantor från Lindqvists Handelsträdgård.", []),
        # ... not the person herself
        ("Vi handler hos Nielsens Blomster, siger Anne Nielsen.", ["Anne Nielsen"]),
        # a place or practice named "the house" or "the clinic", an institute or an observatory named after someone
        ("Hej det er Mette fra Sundhedshuset. Du har tid i morgen.", ["Mette"]),
        ("Niels Bohr-Instituttet holder åbent hus.", []),
        ("Ole Rømer-Observatoriet har åbent i aften.", []),
        # an author's genitive opening a sentence, before a work
        ("Söderbergs roman filmas igen i höst.", ["Söderbergs"]),
        # ... not a definite noun's
        ("Kirkens salme synges til sidst.", []),
        # the part an actor plays
        ("Bodil Udsen spiller Fie i den nye opsætning.", ["Bodil Udsen"]),
        ("Lena Endre spelar Maria och Ole Lund regisserar.", ["Lena Endre", "Ole Lund"]),
        # ... not a game played
        ("Jens spiller fodbold med Ole.", ["Jens", "Ole"]),
        # initials given in brackets after a name stand for it, also when they spell a name
        ("Närvarande: Emma Kling (EK), Bo Lund (BL)\nSekreterare: EK", ["Emma Kling", "Bo Lund"]),
        # ... not a name in brackets that does not match
        ("Deltagere: Mette Holm (formand), Ali Nur\nReferent: Ali", ["Mette Holm", "Ali Nur", "Ali"]),
        # an initial with no full stop before an arrow
        ("Ida → Sune K\nSune K → Ida", ["Ida", "Sune K", "Sune K", "Ida"]),
        # a surname holding a particle named again on its own, initials before it too
        (
            "Biskoppen indsatte Anna-Marie de Neergaard Holm. de Neergaard Holm kommer fra Ribe.",
            ["Anna-Marie de Neergaard Holm", "de Neergaard Holm"],
        ),
        (
            "Ordförande var Greta Lind af Klercker. Lind af Klercker tackade.\nJusterare: G. Lind af Klercker",
            ["Greta Lind af Klercker", "Lind af Klercker", "G. Lind af Klercker"],
        ),
        # an Arabic article joined to the surname by a hyphen
        ("Lærlingen Samira al-Hassan fik sit svendebrev.", ["Samira al-Hassan"]),
        # two siblings after a plural of kinship
        ("Brødrene Mads og Jonas Holm vandt finalen.", ["Mads", "Jonas Holm"]),
        ("Systrarna Ida och Maja Berg vann klassen.", ["Ida", "Maja Berg"]),
        # ... not the firm
        ("Bröderna Nilsson AB har öppet på lördag.", []),
        # initials before a surname that is a first name too, the full name found
        ("Kontrakt med Aisha Hodan Warsame.\nUnderskrevet: A. H. Warsame", ["Aisha Hodan Warsame", "A. H. Warsame"]),
        # a place named by given names alone
        ("Mässan hålls i Gustaf Adolf. Gustaf Adolf församling bjuder på kaffe.", []),
        # ... not a person with a surname
        ("Gustaf Adolf Berg kom till mässan i församlingen.", ["Gustaf Adolf Berg"]),
        # a chat line headed by a first name in lower case that was found capitalised
        ("@Mette Lund kan du tage vagten?\nmette: ja det kan jeg\nstatus: ok", ["Mette Lund", "mette"]),
        # "søs" (sis) greeted in lower case is a kinship word; capitalised before a surname a name
        ("hej søs kan du hente mig kl 16? jeg er i Aarhus", []),
        ("Søs Egelund kommer i morgen.", ["Søs Egelund"]),
        # ... not a field of a manual whose author has that first name (no "@": no chat)
        ("Line Holm skrev manualen.\nline: str\nlines: list\nline: int", ["Line Holm"]),
        # a forum's heading and a firm's abbreviation are no names
        ("Forum: Haveejere\nJens skrev: hej alle", ["Jens"]),
        ("Kunde: Brdr. Holm A/S, att. Lise Dam", ["Lise Dam"]),
    ],
)
def test_session21_news_and_business_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
