"""Hand-written v19 documents built around probe styles: the number before its label, the label on a previous line
or page, English keys, URL query strings, quotes and brackets, glued to letters by extraction, a table whose header
is far above the row."""

BANK = r"""
=== probe da
⟦cpr⟧ er mit cpr-nummer, skriv det venligst ikke i emnefeltet næste gang.
Mvh ⟨dan⟩

=== probe sv
⟦pnr:ld⟧ (personnummer) ska stå på alla bilagor, annars kan vi inte koppla dem till ärendet.
Dnr ⟨n4⟩-⟨n4⟩ · ⟨svn⟩, registrator

=== probe da
Afsnit 4 – Oplysninger om ansøger
CPR-nummer (10 cifre)

















⟦cpr:n⟧
Side 2 af 4                                   Blanket AS-12 · version 2025

=== probe sv
PERSONUPPGIFTER
Personnummer:
                                                                  Sida 1 (3)
-------------------------------------------------------------------------------
                                                                  Sida 2 (3)
⟦pnr:ld⟧
Namn: ⟨svn⟩, ⟨svstreet⟩

=== probe en
customer.name=⟨dan⟩
customer.national_id=⟦cpr:n⟧
customer.national_id_country=DK
customer.phone=⟨dkph⟩
customer.id=⟨cprlike⟩

=== probe en
https://selvbetjening.example.dk/opslag?type=borger&id=⟦cpr:n⟧&lang=da
https://selvbetjening.example.dk/opslag?type=firma&id=⟨cvr⟩&lang=da
https://intra.example.se/hr/person?ssn=⟦pnr:l⟧&tab=lon
(copied from the browser history of the shared laptop)

=== probe da
Borgeren oplyste "⟦cpr⟧" som sit cpr-nummer, men e-Boks fandt ham ikke. Prøvede også [⟦cpr:n⟧].
Vi har bedt ham kontakte Borgerservice. Sagsnr. «⟨cprlike⟩».

=== probe sv
Kunden skrev ‘⟦pnr⟧’ i fältet för mobilnummer och ‘⟨seph⟩’ i fältet för personnummer; vi har bytt plats på dem.
Kundnr {⟨luhn10⟩}

=== probe da
NavnPersonnummerAnsat
⟨dan⟩⟦cpr:n⟧Ja
⟨dan⟩⟦cpr:n⟧Nej
⟨dan⟩⟦cpr:n⟧Ja
(teksten er kopieret fra en PDF hvor kolonnerne ikke kom med mellemrum)

=== probe sv
NamnPersonnrAvdelning
⟨svn⟩⟦pnr:ld⟧Lager
⟨svn⟩⟦pnr:ld⟧Ekonomi
⟨svn⟩⟦pnr:ld⟧Lager

=== probe da
DELTAGERLISTE – Førstehjælpskursus ⟨date⟩
Nr.   Navn                         Cpr-nr.        Underskrift
1     ⟨dan⟩                ⟦cpr⟧
2     ⟨dan⟩                ⟦cpr⟧
3     ⟨dan⟩                ⟦cpr⟧
4     ⟨dan⟩                ⟦cpr⟧
5     ⟨dan⟩                ⟦cpr⟧
6     ⟨dan⟩                ⟦cpr⟧
7     ⟨dan⟩                ⟦cpr⟧
8     ⟨dan⟩                ⟦cpr⟧
9     ⟨dan⟩                ⟦cpr⟧
10    ⟨dan⟩                ⟦cpr⟧
11    ⟨dan⟩                ⟦cpr⟧
12    ⟨dan⟩                ⟦cpr⟧
13    ⟨dan⟩                ⟦cpr⟧
14    ⟨dan⟩                ⟦cpr⟧
15    ⟨dan⟩                ⟦cpr⟧
16    ⟨dan⟩                ⟦cpr⟧
17    ⟨dan⟩                ⟦cpr⟧
18    ⟨dan⟩                ⟦cpr⟧
19    ⟨dan⟩                ⟦cpr⟧
20    ⟨dan⟩                ⟦cpr⟧
Underviser: ⟨dan⟩, Dansk Førstehjælpsråd instruktørnr. ⟨n5⟩

=== probe sv
Närvarolista SFI, grupp C
Pnr              Namn
⟦pnr⟧      ⟨svn⟩
⟦pnr:co⟧      ⟨enn⟩
⟦pnr:co⟧      ⟨pln⟩
⟦pnr⟧      ⟨enn⟩
⟦pnr:co⟧      ⟨enn⟩
⟦pnr⟧      ⟨svn⟩
⟦pnr⟧      ⟨enn⟩
⟦pnr:co⟧      ⟨pln⟩
⟦pnr⟧      ⟨enn⟩
⟦pnr⟧      ⟨svn⟩
⟦pnr⟧      ⟨enn⟩
⟦pnr:co⟧      ⟨enn⟩
⟦pnr⟧      ⟨svn⟩
⟦pnr⟧      ⟨enn⟩
⟦pnr⟧      ⟨pln⟩
⟦pnr⟧      ⟨enn⟩
Lärare: ⟨svn⟩ · Sal ⟨n3⟩

=== probe da
Hej ⟨dan⟩
Her er oplysningerne til lejekontrakten:
Lejer 1
⟨dan⟩
⟦cpr:spd⟧
Lejer 2
⟨dan⟩
⟦cpr:spd⟧
Depositum ⟨amount⟩ kr. indbetales på ⟨regkto⟩.

=== probe sv
Löneart;Belopp;Antal;Anställd
1100;⟨amount⟩;1;⟦pnr:s⟧
1310;⟨amount⟩;8;⟦pnr:s⟧
1310;⟨amount⟩;4;⟦pnr:s⟧
2200;-⟨amount⟩;1;⟦pnr:s⟧
Körning ⟨stamp12⟩ (löpnr ⟨luhn10⟩)

=== probe da
Kære ⟨dan⟩
Jeg vedhæfter min lønseddel. Hvis du skal bruge mit cpr står det øverst (⟦cpr:sl⟧), og min arbejdsgivers SE-nr er
⟨cvr⟩. Kontoen er ⟨regkto⟩.
/⟨dan⟩

=== probe sv
Kundkort skapat: ⟨svn⟩ [pnr:⟦pnr:l⟧] [kundnr:⟨luhn12⟩] [tel:⟨seph⟩]

=== probe da
Jeg har prøvet at ringe fra ⟨dkph⟩ - mit cpr nr er ⟦cpr:n⟧ - og jeg har fået at vide at sagen er lukket.
Nu skriver jeg så her. Vh ⟨dan⟩

=== probe sv
Personnumret ⟦pnr:l⟧ stämmer inte med namnet ⟨svn⟩ i folkbokföringen (kontrollerat ⟨date⟩).
Kontrollera personnumret och skicka in blanketten igen.

=== probe da
Skema fortsat fra forrige side (kolonner: Navn | Cpr | Klasse | Kontaktforælder | Telefon)
⟨dan⟩ | ⟦cpr:kid⟧ | 4.B | ⟨dan⟩ | ⟨dkph⟩
⟨dan⟩ | ⟦cpr:kid⟧ | 4.B | ⟨dan⟩ | ⟨dkph⟩
⟨dan⟩ | ⟦cpr:kid⟧ | 4.B | ⟨dan⟩ | ⟨dkph⟩
⟨dan⟩ | ⟦cpr:kid⟧ | 4.B | ⟨dan⟩ | ⟨dkph⟩
⟨dan⟩ | ⟦cpr:kid⟧ | 4.B | ⟨dan⟩ | ⟨dkph⟩

=== probe en
{
  "records": [
    {"key": "CPR", "value": "⟦cpr⟧"},
    {"key": "PNR", "value": "⟦pnr:ld⟧"},
    {"key": "HETU", "value": "⟦hetu⟧"},
    {"key": "FNR", "value": "⟦fnr⟧"},
    {"key": "CVR", "value": "⟨cvr⟩"}
  ]
}

=== probe no
Ansattliste fortsetter (side 2)
⟨non⟩ ; ⟦fnr⟧ ; lager
⟨non⟩ ; ⟦fnr:d⟧ ; lager
⟨non⟩ ; ⟦fnr⟧ ; sjåfør
⟨non⟩ ; ⟦fnr:d⟧ ; sjåfør
Kolonner: navn ; fødselsnummer/D-nummer ; avdeling

=== probe fi
Työntekijät (jatkuu)
⟨fin⟩ · ⟦hetu⟧ · varasto
⟨fin⟩ · ⟦hetu:y2k⟧ · varasto
⟨fin⟩ · ⟦hetu:new⟧ · toimisto
⟨fin⟩ · ⟦hetu:c18⟧ · (arkisto, kuollut)
Sarakkeet: nimi · henkilötunnus · osasto
"""
