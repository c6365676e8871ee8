"""Hand-written documents, final batch: more sectors and forms (one each)."""

DOCS: list[tuple[str, str, str]] = [
    (
        "sv",
        "pharmacy",
        """Dosrullelista - Apotek Kronan, leverans v.50
«seold.plain@1924-04-02»  Hilding Ros     Waran 2,5 mg
«se.plain@1938-06-19»  Elna Björk      Metformin 500 mg
«seold.plain@1926-10-10»  Ester Falk      Alvedon 665 mg
Boende: Solrosens äldreboende, avd 2""",
    ),
    (
        "da",
        "vet",
        """Dyrlægens regning nr. «n6»
Ejer: Preben Aagaard (CPR «cpr»)  Besætningsnr. (CHR) «n6»
Ydelse: drægtighedsscanning, 14 køer, øremærker DK 04«n5» - DK 04«n5»""",
    ),
    (
        "sv",
        "vet",
        """Veterinärintyg för export av hund till Norge. Ägare: Kent Olofsson «se.longdash». Chip 752098«n9». Rabiesvaccin 2026-10-02, batch «n8».""",
    ),
    (
        "da",
        "shipping",
        """Tolddeklaration (import) - privat modtager
Modtager: Yasmin Aziz, CPR «cpr» (anvendt som importør-ID)
Forsendelse: «n11»DK, vægt 2,4 kg, værdi 1.840 kr
Speditør: Kattegat Logistik A/S, CVR «cvr»""",
    ),
    (
        "sv",
        "shipping",
        """Tulldeklaration - privatperson
Mottagare: Leon Strid, personnummer «se.long»
Försändelse UU«n9»CN, värde 2 100 kr
Ombud: Öresund Logistik AB, EORI SE«org»""",
    ),
    (
        "da",
        "pension",
        """Ægtefællepension - meddelelse om dødsfald
Afdød: Arne Rix, «cpr@1941-11-08»
Efterlevende: Jytte Rix, «cpr@1944-02-14»
Pensionskassens sagsnr. «d10x»""",
    ),
    (
        "sv",
        "building",
        """Överklagande av bygglov, dnr BN 2026-«n4»
Klagande: Tage och Irma Ljunggren, «seold@1926-05-05» och «se@1930-08-08»
Fastighet: Bjärred 9:112
Vi anser att tillbyggnaden skymmer utsikten mot sundet.""",
    ),
    (
        "da",
        "sports",
        """Idrætsforeningen: børneattest indhentet for trænere
Træner              CPR           Attest-id
Rune Vestergaard    «cpr»   «d10»
Malou Sand          «cpr»   «d10»
Svend Hjort         «cpr»   «d10»""",
    ),
    (
        "sv",
        "sports",
        """Belastningsregisterutdrag för ledare - Tyresö HK
Ledare: Sebastian Öhman, «se» - utdrag uppvisat 2026-09-01
Ledare: Linnéa Falk, «se» - utdrag uppvisat 2026-09-03
Ärendenr RPS «n8»""",
    ),
    (
        "da",
        "dental",
        """Tandreguleringsbehandling - bevilling
Barn: Ella Mørch, «cpr7@2014-09-09»
Forældre: Kim Mørch, «cpr»
Kommunal tandpleje, klinik Øst, sagsnr. «d10x»""",
    ),
    (
        "sv",
        "payroll",
        """Kontrolluppgift KU10, inkomstår 2026
Mottagare: «se.long» Dragan Ilić
Kontant bruttolön: 412 300
Avdragen skatt: 98 110
Utbetalare: Nordvik Bemanning AB «org»""",
    ),
    (
        "da",
        "payroll",
        """eIndkomst - rettelse, periode 202611
Indberetter: «cvr»
Linje 1: CPR «cpr.plain»  felt 13: 31.415  felt 14: 2.513
Linje 2: CPR «cpr7.plain»  felt 13: 12.000  felt 14: 960""",
    ),
    (
        "fi",
        "fi-health",
        """Lähete fysioterapiaan
Potilas: Marja Leinonen, hetu «fi@1962-08-17»
Lähettäjä: lääkäri Pekka Ranta, Hervannan terveysasema
Diagnoosi M54.5""",
    ),
    (
        "fi",
        "fi-school",
        """Hakemus esiopetukseen: lapsi Venla Koski, henkilötunnus «fi.alt@2021-02-02». Huoltaja: Sami Koski, «fi».""",
    ),
    (
        "no",
        "no-health",
        """Henvisning til fysioterapeut
Pasient: Nora Bakke, fødselsnummer «no»
Fastlege: Lars Vik, HPR-nr «n7»
Diagnose L86""",
    ),
    (
        "no",
        "no-bank",
        """Kontoutskrift november - konto «n4».«n2».«n5»
Kunde: Ola Nordby (fnr «no.space»)
05.11 Vipps fra 9«n7» 300,00
25.11 Lønn Equinor Drift 41 220,00""",
    ),
    (
        "da",
        "email",
        """Emne: Ny adresse
Hej, jeg er flyttet til Vestergade 4, 1. sal, 8000 Aarhus C. Mit cpr er «cpr», så I kan finde mig. Mit medlemsnummer hos jer er «d10» tror jeg.
Hilsen Knud Rye""",
    ),
    (
        "sv",
        "email",
        """Ämne: Ny adress
Hej! Jag har flyttat till Nygatan 4, 903 26 Umeå. Mitt personnummer är «se.longdash», mitt medlemsnummer «l10».
/Jessica Vall""",
    ),
    (
        "da",
        "letter",
        """Anmodning om indsigt (GDPR art. 15)
Jeg, Henriette Bro, CPR «cpr», anmoder om kopi af alle oplysninger I behandler om mig og min søn, «cpr7@2016-12-12».
Venlig hilsen, Henriette Bro""",
    ),
    (
        "sv",
        "letter",
        """Begäran om registerutdrag (art. 15 GDPR)
Jag, Oskar Rehn, «se», begär utdrag över de personuppgifter ni behandlar om mig. Mitt kundnummer är «l10d».
Oskar Rehn""",
    ),
    (
        "da",
        "hospital",
        """Henvisning til røntgen
Pt. «cpr» (Bente Krag), egen læge ydernr «n6»
Klinisk problemstilling: vedvarende hoste, ryger 20 pakkeår
Prioritet: pakkeforløb""",
    ),
    (
        "sv",
        "hospital",
        """Vårdbegäran röntgen
Pat «se.long» (Bror Edin)
Frågeställning: fraktur handled hö? Fall på is 2026-11-29.
Remittent: akutmottagningen, HSA «n10»""",
    ),
    (
        "da",
        "negatives",
        """P-nummer-oversigt for koncernen
P-nr      Adresse                 CVR
«pnr»  Havnegade 4, Nyborg      «cvr»
«pnr»  Industrivej 22, Ikast    «cvr»
«pnr»  Søndergade 9, Ribe       «cvr»""",
    ),
    (
        "sv",
        "negatives",
        """Koncernens bolag
Bolag                       Org.nr        Momsreg.nr
Solbacka Fastigheter AB     «org»   SE«n10»01
Solbacka Förvaltning AB     «org»   SE«n10»01
Solbacka Holding AB         «org»   SE«n10»01""",
    ),
    (
        "da",
        "negatives",
        """Vognmandens køreliste 01.12: tur 0112261042 Aarhus-Vejle, tur 0112261107 Vejle-Kolding, tur 0112261330 Kolding-Esbjerg. Kilometer i alt 214.""",
    ),
    (
        "sv",
        "negatives",
        """Biljett SJ: bokningsnummer «l10», tåg 531 Stockholm C - Göteborg C, vagn 4 plats 61. Kundnummer «l10d».""",
    ),
    (
        "da",
        "chat",
        """Messenger
Lotte: hej søs, skal bruge mors cpr til plejehjemmet igen 🙈
Maja: «cpr@1939-03-03»
Lotte: tak! og fars var det ikke «cpr@1937-07-07»?
Maja: jo""",
    ),
    (
        "sv",
        "chat",
        """WhatsApp
Kim: vad är mammas personnummer? hemtjänsten frågar
Jenny: «seold@1926-03-03»
Kim: med plus?
Jenny: ja hon fyllde 100 i mars""",
    ),
]
