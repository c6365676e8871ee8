"""Hand-written Norwegian, Finnish and mixed-language documents for identifiers.jsonl.

Slots: «fnr»/«fnr:space» a labelled fødselsnummer, «dnr» a D-number, «hetu» a henkilötunnus; «kontono»
(Norwegian account, 11 digits, mod 11) and «orgno» (Norwegian organisasjonsnummer, 9 digits, mod 11) are
hard negatives drawn by this set's own generators in render.py. Each tuple: (lang, family, text).
"""

from __future__ import annotations

DOCS: list[tuple[str, str, str]] = [
    (
        "no",
        "mail-employer",
        """Hei Kari,

Velkommen til oss! For å legge deg inn i lønnssystemet trenger vi fødselsnummer (11 siffer) og
kontonummer. Send det gjerne via Altinn-meldingen, ikke på e-post.

Hilsen Ingrid, personal""",
    ),
    (
        "no",
        "mail-employer",
        """Hei Ingrid, jeg hadde allerede skrevet det: fødselsnummer «fnr», kontonummer «kontono».
Mvh Kari Solberg""",
    ),
    (
        "no",
        "sms",
        """Hei mamma, kan du sende meg personnummeret til Emil? Skal bestille pass. - «fnr» her er det. Husk timen på torsdag.""",
    ),
    (
        "no",
        "letter-nav",
        """NAV Arbeid og ytelser

Vedtak om dagpenger
Navn: Ola Haugen
Fødselsnummer: «fnr:space»
Saksnummer: «num:8»

Du har rett til dagpenger fra 03.11.2025. Beløpet blir utbetalt til konto «kontono».
Organisasjonsnummer NAV: «orgno»""",
    ),
    (
        "no",
        "mail-doctor",
        """Hei,
Jeg er polsk sesongarbeider og har D-nummer «dnr». Kan jeg få time hos fastlegen for ryggen?
Mvh Tomasz Nowak, tlf «telno:intl»""",
    ),
    (
        "no",
        "spreadsheet",
        """Navn;Fødselsnr;Stilling;Kontonr
Sigrid Bakke;«fnr»;Sykepleier;«kontono»
Jonas Lie;«fnr»;Hjelpepleier;«kontono»
Aleksander Ruud;«dnr»;Vikar;«kontono»
""",
    ),
    (
        "no",
        "invoice",
        """FAKTURA nr «num:6»
Leverandør: Rørlegger Hansen AS, org.nr «orgno» MVA
Kunde: Tone Aas, kundenr «num:11»
Betales til kontonummer «kontono», KID «ocr:11»
Forfall: 15.12.2025""",
    ),
    (
        "no",
        "mail-school",
        """Hei foresatte,
Til skoleturen trenger vi navn og telefonnummer til en foresatt - ikke fødselsnummer. Vipps til «num:6».
Hilsen kontaktlærer Marte""",
    ),
    (
        "no",
        "note",
        """Henvendelse 14.11: Bjørn Nilsen (fnr «fnr») ringte om søknad om startlån, saksnr «num:4»/«num:5».
Ba om ny kopi av vedtaket. Tlf «telno».""",
    ),
    (
        "no",
        "minutes",
        """Referat styremøte Sameiet Fjordgløtt 10.11.2025
Sak 3: Ny eier av seksjon 12, Hanne Brekke, er registrert. Matrikkel gnr. 38 bnr. 112 snr. 12.
Sak 4: Sameiets konto «kontono» – saldo «amount» kr. Org.nr. «orgno».""",
    ),
    (
        "fi",
        "mail-employer",
        """Hei Mikko,

tervetuloa taloon! Palkanlaskentaa varten tarvitsemme henkilötunnuksesi ja tilinumerosi. Älä lähetä niitä
sähköpostilla vaan käytä HR-portaalia.

Terveisin, Satu / HR""",
    ),
    (
        "fi",
        "mail-employer",
        """Moi Satu, lähetin jo: henkilötunnukseni on «hetu» ja tili FI«num:2» «num:4» «num:4» «num:4» «num:2».
T. Mikko Virtanen""",
    ),
    ("fi", "sms", """Hei, varaan sulle ajan hammaslääkäriin. Mikä sun hetu oli? - «hetu» 👍"""),
    (
        "fi",
        "letter-kela",
        """Kela
Päätös asumistuesta

Hakija: Aino Korhonen
Henkilötunnus: «hetu»
Päätöksen numero: «num:10»

Asumistuki «amount» euroa kuukaudessa ajalla 1.12.2025–30.11.2026. Y-tunnus «num:7»-«num:1».""",
    ),
    (
        "fi",
        "spreadsheet",
        """Nimi\tHenkilötunnus\tOsasto
Jussi Mäkinen\t«hetu»\tVarasto
Laura Nieminen\t«hetu»\tMyynti
Pekka Heikkinen\t«hetu»\tIT
""",
    ),
    (
        "fi",
        "invoice",
        """LASKU «num:6»
Asiakas: Leena Laine, asiakasnro «num:8»
Viitenumero: «ocr:12»
Y-tunnus: «num:7»-«num:1»
Eräpäivä 15.12.2025""",
    ),
    (
        "sv",
        "fi-swedish",
        """Hej,

Jag bor i Vasa och min personbeteckning är «hetu». Kan ni skicka fakturan till min nya adress,
Storalånggatan 12, 65100 Vasa?

Med vänlig hälsning
Johanna Björkqvist""",
    ),
    (
        "sv",
        "fi-swedish",
        """Patient: Mats Sjöholm, personbeteckning «hetu», hemkommun Jakobstad. Remiss till fysioterapi.
Kontakt: «telfi»""",
    ),
    (
        "da",
        "mixed-nordic",
        """Hej Pernille

Vi har nu tre nye konsulenter fra Oslo og Stockholm i projektet. Til adgangskort og løn:

Ole Martin Dahl, norsk fødselsnummer «fnr»
Frida Lindkvist, svensk personnummer «pnr:long_dash»
Tobias Krogh, dansk CPR «cpr»

/Morten""",
    ),
    (
        "sv",
        "mixed-nordic",
        """Hej!

Till resebokningen för konferensen i Helsingfors behöver jag passuppgifter, inte personnummer. Men
hotellet frågade efter finsk personbeteckning för Aleksi, så här är den: «hetu». Och Lisa har
norskt fødselsnummer «fnr» om de vill ha det.

/Anneli""",
    ),
    (
        "da",
        "mixed-csv",
        """Navn;Nummer;E-mail;By
Sanne Holm;«cpr»;sanne.holm@gmail.com;Aalborg
Jonas Wik;«pnr:short_dash»;jonas.wik@telia.se;Göteborg
Anders Borg;«cpr»;anders.borg@mail.dk;Odense
Maja Ström;«pnr:short_dash»;maja@bredband.se;Linköping
""",
    ),
    (
        "sv",
        "mixed-csv",
        """namn\tid\tort\tepost
Klara Nyberg\t«pnr:short»\tSundsvall\tklara@nyberg.se
Mette Due\t«cpr:plain»\tRanders\tmette.due@outlook.dk
Erik Sand\t«pnr:short»\tVäxjö\terik.sand@spray.se
""",
    ),
    (
        "da",
        "trap-labels",
        """Fra: Bogholderiet
Emne: Betalinger uge 47

Kreditor                        Bilagsnr.     Beløb
Danfoss A/S (P-nr. «pnum»)       «num:6»       «amount»
Vognmand Holst, CVR «cvr»       «num:6»       «amount»
Kunde «datelike» - retur        «num:6»       «amount»

Husk: P-nummeret er produktionsenhedens nummer, ikke et CPR-nummer.""",
    ),
    (
        "da",
        "trap-phone",
        """Hej Jens - Mobil «teldk:plain», Jens Overgaard «cpr:dash». Reference: Mette Lund «cpr:dash». Sag: Ali Demir «cpr:dash».""",
    ),
    (
        "da",
        "trap-phone",
        """Medarbejdere på projektet: «cpr:dash» «cpr:dash» (begge i Team Syd). Tlf. 0045 «teldk:plain».""",
    ),
    (
        "sv",
        "trap-phone",
        """Ring mig på «telse:plain» eller mejla. Mitt pnr: «pnr:short_dash», min frus «pnr:short_dash». Kundnr «luhn10».""",
    ),
    ("fi", "trap-fi", """Hei, henkilötunnukseni on «hetu». Puhelin «telfi». Laskun viite «ocr:10»."""),
    (
        "sv",
        "trap-plus",
        """Pensionär född 1925: Greta Lund, «pnr:short_dash@old». Hennes dotter Ann Lund: «pnr:short_dash». Ärende «num:8».""",
    ),
    (
        "da",
        "trap-table",
        """Løbenr.     Dato        Beløb      Medarbejder
«datelike»  01-11-2025  1.200,00   «num:4»
«datelike»  02-11-2025    450,50   «num:4»
«datelike»  03-11-2025  3.910,00   «num:4»
«datelike»  04-11-2025     89,00   «num:4»
Godkendt af: Lene Fog, cpr «cpr» (attestant)""",
    ),
    (
        "sv",
        "trap-table",
        """Order      Datum       Summa    Säljare
«luhn10»   2025-11-01  1 200    «num:3»
«luhn10»   2025-11-02    450    «num:3»
«luhn10»   2025-11-03  3 910    «num:3»
Attesterad av Per Strand, pnr «pnr:short_dash»""",
    ),
    (
        "da",
        "trap-masked",
        """Fejl i brevskabelonen: feltet viser "CPR-nr.: 000000-0000" for alle kunder, og vejledningen skriver "CPR-nr.: DDMMÅÅ-1234". Rigtig borger i samme mail: Lise Dahl, «cpr».""",
    ),
    (
        "sv",
        "trap-masked",
        """I exemplet skriver vi personnumret som ÅÅMMDD-XXXX eller 19ÅÅMMDD-XXXX. Testpersonen i manualen har 191212121212. Riktig kund i samma ärende: «pnr:long_dash».""",
    ),
    (
        "da",
        "trap-filename",
        """Vedhæftede filer:
  lønseddel_«cpr:plain»_okt.pdf
  kontrakt_«num:6».docx
  scan_«date:compact»_«num:4».pdf""",
    ),
    ("sv", "trap-filename", """Bilagor: intyg_«pnr:long».pdf, faktura_«num:7».pdf, IMG_«date:compact»_«num:6».jpg"""),
    (
        "da",
        "trap-linebreak",
        """Ansøger: Pia Bonde, CPR-nr.
«cpr:dash», Vestergade 2, 9000 Aalborg. Ægtefælle: Kim Bonde,
cpr-nr. «cpr:plain» (oplyst telefonisk).""",
    ),
    (
        "sv",
        "trap-linebreak",
        """Sökande: Ali Rezai
Personnummer:
«pnr:long_dash»
Medsökande: Nasrin Rezai («pnr:long_dash»)""",
    ),
]
