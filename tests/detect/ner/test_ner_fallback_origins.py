"""Golden table: given names and surnames of the origins common in Denmark and Sweden that the lists lacked
(Tamil and Sinhalese, Somali, Greenlandic, Bosnian and Albanian, Thai, Filipino, Vietnamese, Chinese, Japanese,
Eritrean, Kurdish, Afghan and Iranian, Pakistani and Bangladeshi, old Danish and Swedish names), found with no cue;
names that are everyday words stay words. Written with other names and texts than the evaluation sets."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.golden_names import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tamil: the surname is often the father's given name
        ("Mødet blev ledet af Keerthana Balasingham i går.", ["Keerthana Balasingham"]),
        ("Priset gick till Kajeepan Sellathurai från Järfälla.", ["Kajeepan Sellathurai"]),
        # Somali, Eritrean, Greenlandic
        ("Sagen blev overtaget af Sahro Bulhan i marts.", ["Sahro Bulhan"]),
        ("Beslutet fattades av Merhawi Tesfamichael i fjol.", ["Merhawi Tesfamichael"]),
        ("Udstillingen er kurateret af Ulloriaq Motzfeldt fra Sisimiut.", ["Ulloriaq Motzfeldt"]),
        # Bosnian with and without diacritics, Albanian
        ("Kontrakten blev underskrevet af Nermina Hodžić og Edin Mujkic.", ["Nermina Hodžić", "Edin Mujkic"]),
        ("Laget leds av Qendrim Kryeziu sedan i våras.", ["Qendrim Kryeziu"]),
        # Thai, Filipino, Chinese, Japanese
        ("Restauranten drives af Kanokwan Saetang og Rodel Macaraeg.", ["Kanokwan Saetang", "Rodel Macaraeg"]),
        ("Föreläsningen hölls av Haoran Xiong och Daisuke Takahashi.", ["Haoran Xiong", "Daisuke Takahashi"]),
        # Kurdish, Afghan, Bangladeshi
        ("Bogen er skrevet af Rebwar Barzani og Fereshta Stanikzai.", ["Rebwar Barzani", "Fereshta Stanikzai"]),
        ("Butiken ägs av Mizanur Talukder sedan 2019.", ["Mizanur Talukder"]),
        # old Danish and South Jutland names, Swedish noble surnames
        ("Gården blev overtaget af Asmus Thygesen og Momme Brodersen.", ["Asmus Thygesen", "Momme Brodersen"]),
        ("Utställningen invigdes av Svante Cederström i går.", ["Svante Cederström"]),
        # a given name that is also a word counts next to a surname, not alone
        ("Ulykken skete, da Aske Thorup kørte hjem.", ["Aske Thorup"]),
        ("Han fejede aske op fra gulvet. Aske fra bålet fløj rundt.", []),
        ("Vi satte anker i havnen. Anker Jørgensen var statsminister.", ["Anker Jørgensen"]),
        # everyday words that name lists of other countries hold stay words
        ("Visar du vägen? Dela gärna med dig. Skifte af boet.", []),
        ("Gul var bilen. Slot og kirke ligger ved åen.", []),
    ],
)
def test_names_of_origins_common_here(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
