"""Session-15 rules and golden rows, from hold-out v12's error classes, written with other texts and names than any
evaluation set (each rule probed both ways in Danish and Swedish before the v12 document was checked): the dead are
no data subjects (a death told of a named person, or of "han"/"hun"/"hon" right after the name, silences what the
item says of that person; a living relative in the same sentence still counts); fiction and media genres ("romanen
om", "Tv-tips fredag:", "Historiepodden:") are hard context; staff of a union, party or church in their job
("pressechef i 3F") and a clergy title in a signature are a job; a lay judge is no suspect; an unknown perpetrator
described ("Gerningsmanden er ca. 180 cm") is nobody; animals named by a compound ("Varmblodsvalack Nero") or in a
breeder's item ("Kuldet", "Uppfödare") are no person; a name followed by a trade word and a legal form ("Brødrene
Holst Tømrer ApS") is a firm; a union's unemployment fund ("Unionens a-kassa") is no membership of the union; a
language spoken "a little" and a CV's list of languages are skills; "business partner" is no relation; a greeting
after a sender's label ("1177: Hej Agneta ...") names the addressee; words: a prescription for the addressee ("Din
recept på ..."), halal and kosher meals as one word, NIPT and trisomy, a palm registered, "kvinde der søger kvinde",
grandparents named by their kinship word ("Mormor har fået ..."), a bandage ("har forbinding på"); the addressee and a
named partner of the same gender ("Kære Mikkel! ... du og Jonas var kærester", "Lena, du och din flickvän Moa")."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


# Each pair was probed both ways; the negatives failed (or the positives were missed) before this session's rules.
ROWS = [
    # --- the dead are no data subjects; a living relative or the writer still counts
    ("Mindeord\nGrethe Holm døde stille, 88 år. Hun var i mange år medlem af Venstre og sang i kirkekoret.", []),
    ("Minnesord\nSven Ek har somnat in, 90 år. Han var aktiv i Centerpartiet hela livet och led av diabetes.", []),
    ("Dödsannons\nVår käre pappa Gösta Ek har stilla somnat efter en tids sjukdom. Han var medlem i Pingstkyrkan.", []),
    ("Dødsannonce\nVores kære mor Inge Lund er sovet stille ind. Hun var medlem af Indre Mission.", []),
    ("Historiepodden: Christian 4. led af nyresten. Han døde 1648 på Rosenborg.", []),
    ("Grethe Holm fylder 80 år. Hun har i mange år været medlem af Venstre.", ["political_opinion"]),
    ("Sven Ek fyller 90 år. Han har varit aktiv i Centerpartiet hela livet.", ["political_opinion"]),
    ("Min far døde i marts. Jeg har været sygemeldt med stress siden.", ["health"]),
    ("Pappa dog i våras. Jag är sjukskriven för depression sedan dess.", ["health"]),
    (
        "Vi har fået besked fra Ulla Sønderby om, at hendes mand er død, og at hun selv er blevet indlagt med et"
        " nervøst sammenbrud.",
        ["health"],
    ),
    (
        "Vi har fått besked från Eva Lund om att hennes man har dött och att hon själv är inlagd för depression.",
        ["health"],
    ),
    ("Min pappa Lennart Berg dog inte – han lever, men har prostatacancer.", ["health"]),
    # --- fiction and media genres
    (
        'Læseklubben: Vi læste "Stille vand" – romanen om Karen, der bliver alkoholiker og dømmes for bedrageri.',
        [],
    ),
    ('Bokcirkeln: Vi läste "Tyst vatten", en roman om Karin som blir alkoholist och döms för bedrägeri.', []),
    ('Tv-tips fredag: "Mørkets time" – Jonas Krag opdager, at hans bror er dømt for drab. Kl. 20 på TV2.', []),
    ('Tv-tips: I "Mörkrets timme" upptäcker Jonas Krantz att hans bror är dömd för mord. Klockan 20 i SVT1.', []),
    ("Lone Krag fortalte i læseklubben, at hun selv er dømt for bedrageri i 2019.", ["criminal_records"]),
    ("Bokcirkeln: Karin Berg berättade att hon själv är alkoholist sedan tio år.", ["health"]),
    # --- a job in a union, party or church; a clergy title in a signature
    ("Pia Holm, pressechef i 3F, siger at lønnen skal op.", []),
    ("Anna Berg, kommunikationschef på Kommunal, säger att lönerna måste upp.", []),
    ("Pia Holm, tillidsrepræsentant i 3F, siger at lønnen skal op.", ["trade_union"]),
    ("Anna Berg, medlem i Kommunal, säger att lönerna måste upp.", ["trade_union"]),
    ("Tak for støtten.\nVenlig hilsen, Peter Dahl, sognepræst, Folkekirken Vejle", []),
    ("Tack för gåvan.\nHälsningar, Hans Lidén, kyrkoherde, Svenska kyrkan Uppsala", []),
    ("Peter Dahl er medlem af Pinsekirken i Vejle.", ["religion"]),
    # --- a lay judge; an unknown perpetrator described
    ("Jannik Lauridsen er indkaldt som domsmand til retsmøde den 3. juni.", []),
    ("Eva Strand är kallad som nämndeman till huvudförhandling den 3 juni.", []),
    ("Jannik Lauridsen er indkaldt som tiltalt til retsmøde den 3. juni.", ["criminal_records"]),
    ("Ole Berg blev overfaldet ved stationen. Gerningsmanden er ca. 180 cm høj.", []),
    ("Per Ek rånades vid stationen. Gärningsmannen är cirka 180 cm lång.", []),
    ("Ole Berg er sigtet for overfaldet ved stationen.", ["criminal_records"]),
    # --- animals: a breeder's item, a compound naming the animal
    ("Opdrætter Helle Mikkelsen: Kuldet er født 4. maj. Begge forældre er DNA-testet fri for arvelig nyresygdom.", []),
    (
        "Uppfödare Maria Ek: Kullen föddes 4 maj. Båda föräldrarna är DNA-testade fria från ärftlig njursjukdom.",
        [],
    ),
    ("Säljes: Varmblodsvalack Nero, 7 år, DNA-verifierad härstamning. Ring Emelie.", []),
    ("Sælges: Vallak Nero, 7 år, DNA-testet afstamning. Ring Emilie.", []),
    ("Helle Mikkelsen har fået taget en DNA-test, der viser arvelig nyresygdom.", ["health", "genetic"]),
    # --- a union's unemployment fund is no membership of the union
    ("Til HR: Oscar Juhl har meldt sig ud af Ase a-kasse og ind i Det Faglige Hus' a-kasse.", []),
    ("Till lön: Per Ek har gått ur Unionens a-kassa och in i Akademikernas a-kassa.", []),
    ("Til HR: Oscar Juhl har meldt sig ud af HK og ind i Det Faglige Hus.", ["trade_union"]),
    ("Till lön: Per Ek har gått med i Unionen.", ["trade_union"]),
    # --- languages as skills; a mother tongue still counts
    ("CV – Ahmad Rahimi\nSprog: dansk, engelsk, dari", []),
    ("CV – Ahmad Rahimi\nModersmål: dari", ["ethnic_origin"]),
    ("Jeg har boet to år i Nuuk og taler lidt kalaallisut.", []),
    ("Jag har bott i Kiruna och talar lite samiska.", []),
    ("Jeg er grønlænder og taler kalaallisut med min mor.", ["ethnic_origin"]),
    ("Jag är same och talar samiska hemma.", ["ethnic_origin"]),
    # --- partners in business are no relation
    ("Meet Daniel Ortega, who met his business partner Lukas in the choir.", []),
    ("Meet Daniel Ortega, who met his partner Lukas in the choir.", ["sexual_orientation"]),
    # --- a prescription for the addressee, after a pharmacy's label
    ("Apotek Vest: Hej Lone Berg. Din recept på Eltroxin er klar til afhentning.", ["health"]),
    ("Apoteket Kronan: Hej Maria Ek! Ditt recept på Sertralin finns att hämta.", ["health"]),
    ("Apotek Vest: Hej Lone Berg. Din bestilling af shampoo er klar til afhentning.", []),
    ("Apoteket Kronan: Hej Maria Ek! Din beställning av solkräm finns att hämta.", []),
    ("Matbloggen: Här är mitt recept på kanelbullar, Maria Ek tipsade om kardemumman.", []),
    ("1177: Hej Anna Berg! Du har fått ett nytt provsvar: ditt HbA1c är 71 mmol/mol.", ["health"]),
    # --- a possessive before a capitalised term is no name part ("Dit HbA1c er 71"); a name after it still is
    ("Hej Jens Hansen. Dit HbA1c er 71 mmol/mol, og din diabetessygeplejerske ringer dig op.", ["health"]),
    ("1177: Hej Anna Berg! Ditt HbA1c är 64 mmol/mol.", ["health"]),
    ("Min Sclerose Forening holdt julefrokost i går.", []),
    ("Mitt Diabetes Förbund hade årsmöte i går.", []),
    # --- grandparents by their kinship word
    ("Sms til Emma\nMormor har fået konstateret KOL og skal have ilt derhjemme. Ring til hende. /Mor", ["health"]),
    ("Sms till Elin\nFarfar har fått diagnosen diabetes och måste ta insulin. Ring honom. /Mamma", ["health"]),
    ("Sms til Emma\nMormor har fået ny sofa og skal have besøg på søndag. Ring til hende. /Mor", []),
    # --- halal and kosher meals in one word; ordered for others they are the kitchen's errand
    ("Deltagere: Jens Ravn, Amira Said. Amira Said ønsker halalmad til frokost.", ["religion"]),
    ("Deltagare: Per Ek, Omar Ali. Omar Ali vill ha halalmat till lunch.", ["religion"]),
    ("Deltagere: Jens Ravn, Amira Said. Amira Said ønsker vegetarmad til frokost.", []),
    ("Lena Pettersson har beställt halalmat till konferensen eftersom flera deltagare önskat det.", []),
    # --- prenatal genetic tests, a palm registered, a same-gender contact ad
    ("Vores NIPT-test viste trisomi 21 hos barnet, og jeg er i uge 12.", ["health", "genetic"]),
    ("Vårt NIPT-test visade trisomi 21 hos barnet, jag är i vecka 12.", ["health", "genetic"]),
    ("Velkommen, Dorthe Hvass! Din håndflade er nu registreret i palmescanneren ved indgangen.", ["biometric"]),
    ("Velkommen, Dorthe Hvass! Dit adgangskort er nu registreret ved indgangen.", []),
    ("Profil: Jeg hedder Signe, 34 år. Kvinde der søger kvinde – gerne en, der elsker ture.", ["sexual_orientation"]),
    ("Profil: Jag heter Emma, 31 år. Kvinna som söker kvinna att dela vardagen med.", ["sexual_orientation"]),
    ("Profil: Jeg hedder Signe, 34 år. Søger en vandreven – gerne en, der elsker ture.", []),
    # --- the addressee and a partner of the same gender: "du og Jonas var kærester", "din flickvän Moa"
    ("Kære Anders! Da du fortalte mig, at du og Peter var kærester, blev jeg glad.", ["sexual_orientation"]),
    ("Kære Anders! Da du fortalte mig, at du og Sofie var kærester, blev jeg glad.", []),
    ("Hej Karin! Jag visste direkt att du och Lisa var ett par.", ["sexual_orientation"]),
    ("Hej Karin! Jag visste direkt att du och Johan var ett par.", []),
    ("Tal till Sofia\nSofia, du och din flickvän Maja har varit tillsammans i tio år.", ["sexual_orientation"]),
    ("Tal till Sofia\nSofia, du och din pojkvän Erik har varit tillsammans i tio år.", []),
    ("Kære Mette\nTillykke til dig og din kone Hanne med huset.", ["sexual_orientation"]),
    ("Kære Mette\nTillykke til dig og din mand Henrik med huset.", []),
    ("Kære Mette og Jens\nTillykke til jer med huset. Du og Jens har fortjent det.", []),
    # --- the English writer with more verbs after "I" ("I wanted to know"), also past a policy word
    ("As a member of Unionen I wanted to know whether the new bonus scheme was negotiated.", ["trade_union"]),
    ("Our Q&A: members of Unionen can ask whether the new bonus scheme was negotiated.", []),
    ("Som medlem af HK vil jeg gerne vide, om den nye bonusordning blev forhandlet.", ["trade_union"]),
    ("Som medlem i Unionen undrar jag om den nya bonusordningen förhandlades.", ["trade_union"]),
    # --- a bandage
    ("Henriette Skov kan ikke logge på. Hun har forbinding på højre hånd i to uger.", ["health"]),
    ("Lisa Ek kan inte logga in. Hon har förband på högra handen i två veckor.", ["health"]),
    ("Henriette Skov kan ikke logge på. Hun har fået ny bærbar i to uger.", []),
    # --- a firm named after a person, with a trade word before its legal form
    ("Arbejdstilsynet har givet Brødrene Holst Tømrer ApS en bøde på 80.000 kr. for manglende sikring.", []),
    ("Arbetsmiljöverket gav Eva Lund Bygg AB en sanktionsavgift på 80 000 kronor.", []),
    ("Kurt Holst fik en bøde på 3.000 kr. for spirituskørsel.", ["criminal_records"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_session15_rules(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


def test_living_relative_keeps_evidence_in_a_death_sentence(sc) -> None:  # type: ignore[no-untyped-def]
    text = "Min farmor Ruth Holm døde af Huntingtons sygdom, og min far er testet positiv for genet."
    assert "genetic" in sc.classify(text)
