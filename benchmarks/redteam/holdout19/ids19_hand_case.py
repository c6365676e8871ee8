"""Hand-written v19 documents: health and social case journals, insurance claims, bank statements and payment
files, police, court and lawyer documents."""

BANK = r"""
=== journal da
Journalnotat, Hjemmeplejen Vest, ⟨date⟩ kl. ⟨time⟩
Borger: ⟨dan#a⟩ (⟦cpr:old#a⟧)
S: Borger fortæller at hun er faldet i nat, ligget på gulvet ca. 2 timer.
O: Blå mærker h. hofte. BT 145/90. Puls 88.
A: Kontakt til egen læge, ⟨dan⟩, tlf. ⟨dkph⟩.
P: Nødkald afprøvet. Datter ⟨dan⟩ orienteret på ⟨dkph⟩.

=== journal sv
Journalanteckning – Vårdcentralen ⟨svcity⟩
⟨date⟩ ⟨time⟩  Ssk ⟨svn⟩
Pat: ⟦pnr:ld⟧ ⟨svn⟩
Kontaktorsak: Telefonrådgivning, feber sedan tre dygn.
Bedömning: Tid hos läkare imorgon 09:20. Pat. informerad.
Signerad: ⟨svn⟩

=== journal da
Underretning efter serviceloven § 133
Barnets navn: ⟨dan#k⟩, cpr-nr. ⟦cpr:kid#k⟧
Underretter: Skolen (lærer ⟨dan⟩), tlf. ⟨dkph⟩
Barnet er flere gange mødt op uden madpakke og har fortalt om råben derhjemme.
Forældremyndighed: mor ⟨dan⟩, ⟦cpr:nl⟧.
Sagsbehandler: ⟨dan⟩, Familieafdelingen. Sagsnr. ⟨n2⟩.⟨n2⟩.⟨n2⟩-A⟨n2⟩-⟨n5⟩-26

=== journal sv
Socialtjänsten, Individ- och familjeomsorg
Aktanteckning ⟨date⟩
Klient: ⟨svn⟩, ⟦pnr⟧
Ärendet gäller ekonomiskt bistånd för november. Klienten har lämnat kontoutdrag och hyresavi.
Beviljat: ⟨amount⟩ kr. Utbetalas till konto ⟨clkto⟩.
Handläggare ⟨svn⟩, tel ⟨seph⟩

=== journal da
Epikrise – Medicinsk afd. M2
⟨dan⟩, ⟦cpr:sp⟧
Indlagt ⟨date⟩, udskrevet ⟨date⟩.
Diagnoser: DJ189 Pneumoni, DI489 Atrieflimren.
Medicin ved udskrivelse: se FMK. Kontrol hos egen læge om 14 dage.
Afd. tlf. ⟨dkph⟩ · Ydernr. ⟨n6⟩

=== journal sv
Remissvar Röntgen
Patient ⟦pnr:l⟧
Undersökning: Slätröntgen höger fotled, två projektioner. Ingen fraktur.
Bildnummer ⟨dt14⟩ · Remiss-id ⟨luhn12⟩

=== journal en
Case note – Occupational Health (Copenhagen office)
Employee: ⟨enn⟩   Danish CPR: ⟦cpr⟧
Reason for referral: back pain after move to new desk. Ergonomic assessment booked ⟨date⟩.
Employee consents to sharing the summary with manager ⟨dan⟩.

=== claim da
SKADEANMELDELSE – Indbo
Forsikringstager: ⟨dan⟩
Cpr.nr./CVR-nr.: ⟦cpr⟧
Policenr.: ⟨cprlike⟩    Skadenr.: ⟨cprlike⟩
Skadedato: ⟨date⟩   Anmeldt: ⟨dkstamp⟩ (systemtid)
Beskrivelse: Indbrud i kælderrum, cykel og værktøj stjålet. Anmeldt til politiet, journalnr. 0100-⟨n5⟩-⟨n5⟩-26.
Udbetaling til ⟨regkto⟩.

=== claim sv
Skadeanmälan motorfordon
Försäkringstagare: ⟨svn⟩ (⟦pnr⟧)
Förare vid skadetillfället: ⟨svn⟩, personnummer ⟦pnr⟧
Reg.nr ABC 12⟨n2⟩ · Skadenummer ⟨luhn10⟩ · Försäkringsnummer ⟨luhn10⟩
Motpart: ⟨svn⟩, tel ⟨seph⟩, försäkrad i annat bolag.

=== claim en
Travel insurance claim – Form TI-3
Insured person: ⟨enn⟩
Personal identity no. (Sweden): ⟦pnr:ld⟧
Travelling companion: ⟨enn⟩, ⟦pnr:ld⟧
Policy no. ⟨luhn12⟩ · Claim ref ⟨luhn10⟩
Medical costs abroad: EUR ⟨amount⟩

=== claim da
Anmeldelse af arbejdsulykke — bilag: vidneliste
Vidne 1: ⟨dan⟩, ⟦cpr:en⟧, tlf ⟨dkph⟩
Vidne 2: ⟨pln⟩, ⟦cpr:en⟧, tlf ⟨dkph⟩
Vidne 3: ⟨dan⟩ (ønsker ikke at oplyse cpr)
Tilskadekomne: ⟨dan⟩, ⟦cpr:en⟧

=== bank da
Kontoudskrift  Reg.nr. ⟨n4⟩  Konto ⟨cprlike⟩
Kontohaver: ⟨dan⟩
Dato       Tekst                                   Beløb      Saldo
02.11      Overførsel fra ⟨dan⟩                     ⟨amount⟩   ⟨amount⟩
03.11      Dankort Netto ⟨n4⟩ ref ⟨cprlike⟩           -⟨amount⟩  ⟨amount⟩
05.11      Betalingsservice pbs-nr ⟨n8⟩ kundenr ⟨cprlike⟩  -⟨amount⟩ ⟨amount⟩
06.11      Løn ⟨dalast⟩ ApS                           ⟨amount⟩   ⟨amount⟩
Udskrevet ⟨date⟩ · Side 1

=== bank sv
Betalningsfil (Bankgirot, LB-format), utdrag
TK11 ⟨bg⟩ LEVERANTÖRSBETALNINGAR ⟨dt14⟩
TK14 ⟨bg⟩ ⟨ocr⟩ ⟨n10⟩ 261105
TK14 ⟨bg⟩ ⟨ocr⟩ ⟨n10⟩ 261105
TK26 Löneutbetalning ⟨svn⟩ personnr ⟦pnr:s⟧
TK29 ⟨n10⟩ ⟨n10⟩

=== bank da
Betalingsfil til Nordea, lønkørsel ⟨date⟩ (CSV)
modtager_navn,modtager_cpr,regnr,kontonr,beløb,tekst
"⟨dan⟩",⟦cpr:n⟧,⟨n4⟩,⟨cprlike⟩,⟨amount⟩,"Løn november"
"⟨dan⟩",⟦cpr:n⟧,⟨n4⟩,⟨cprlike⟩,⟨amount⟩,"Løn november"
"⟨dan⟩",⟦cpr:n⟧,⟨n4⟩,⟨cprlike⟩,⟨amount⟩,"Løn november"
"⟨dan⟩",⟦cpr:n⟧,⟨n4⟩,⟨cprlike⟩,⟨amount⟩,"Løn november"
"⟨dan⟩",⟦cpr:n⟧,⟨n4⟩,⟨cprlike⟩,⟨amount⟩,"Løn november"
"⟨dan⟩",⟦cpr:n⟧,⟨n4⟩,⟨cprlike⟩,⟨amount⟩,"Løn november"
"⟨dan⟩",⟦cpr:n⟧,⟨n4⟩,⟨cprlike⟩,⟨amount⟩,"Løn november"
"⟨dan⟩",⟦cpr:n⟧,⟨n4⟩,⟨cprlike⟩,⟨amount⟩,"Løn november"

=== bank sv
Kontoutdrag Privatkonto ⟨clkto⟩
⟨svn⟩
2026-11-01 Swish från ⟨svn⟩ 07⟨n8⟩        +⟨amount⟩
2026-11-03 Autogiro Elbolaget ref ⟨luhn10⟩    -⟨amount⟩
2026-11-04 Kortköp ⟨n4⟩ ICA ⟨luhn12⟩         -⟨amount⟩
2026-11-25 Lön                             +⟨amount⟩
Clearingnr ⟨n4⟩ · IBAN ⟨ibanse⟩

=== bank en
SWIFT MT103 (copy for compliance)
:20:⟨cprlike⟩
:32A:261104DKK⟨amount⟩
:50K:/⟨iban⟩
⟨dan⟩
:59:/⟨ibanse⟩
⟨svn⟩
:70:/RFB/ARV EFTER FAR CPR ⟦cpr:old⟧ PNR ⟦pnr⟧
:71A:SHA

=== legal da
POLITIRAPPORT  (uddrag)
Journalnr.: 3100-⟨n5⟩-⟨n5⟩-26
Anmelder: ⟨dan⟩, cpr-nr. ⟦cpr⟧, tlf. ⟨dkph⟩
Sigtede: ⟨dan⟩, cpr-nr. ⟦cpr:y2k⟧
Forhold: Butikstyveri, værdi ⟨amount⟩ kr. Sigtede var iført grå hættetrøje.
Politiassistent ⟨dan⟩, ID-nr. ⟨n5⟩

=== legal sv
STOCKHOLMS TINGSRÄTT          DOM          Mål nr B ⟨n4⟩-26
Avd 3                         ⟨date⟩
PARTER
Åklagare: Kammaråklagare ⟨svn⟩
Tilltalad: ⟨svn⟩, ⟦pnr⟧
Medborgare i Sverige. Adress ⟨svstreet⟩, ⟨svcity⟩
Offentlig försvarare: Advokat ⟨svn⟩
DOMSLUT: Villkorlig dom samt dagsböter 40 à 50 kr.

=== legal da
Fuldmagt
Undertegnede ⟨dan⟩, ⟦cpr:spd⟧, giver hermed advokat ⟨dan⟩, ⟨dalast⟩ Advokater (CVR ⟨cvr⟩),
fuldmagt til at indhente oplysninger hos SKAT, Udbetaling Danmark og min bank i sagen om
min afdøde mors bo (afdøde: ⟨dan⟩, ⟦cpr:cent,spd⟧).
Sted/dato: ⟨dacity⟩, ⟨date⟩

=== legal sv
Stämningsansökan (utdrag)
Kärande: ⟨svlast⟩ Inkasso AB, org.nr ⟨seorg⟩
Svarande: ⟨svn⟩ (⟦pnr:ld⟧)
Yrkande: att svaranden ska betala ⟨amount⟩ kr jämte ränta enligt 6 § räntelagen från den ⟨date⟩.
Fakturanummer ⟨luhn10⟩, ⟨luhn10⟩. Bankgiro ⟨bg⟩.

=== legal en
WITNESS STATEMENT (translated from Danish)
I, ⟨enn⟩, Danish personal registration number (CPR) ⟦cpr:sl⟧, residing in ⟨dacity⟩, state:
On the evening of ⟨date⟩ I saw the defendant leave the shop carrying two bags.
Case ref. ⟨cprlike⟩ · Translator's certificate no. ⟨n5⟩

=== legal no
POLITIET – Anmeldelse
Anmelder: ⟨non⟩, fødselsnummer ⟦fnr⟧
Mistenkt: ukjent. Sted: parkeringshus, ⟨noph⟩ (vakt ringte)
Saksnummer ⟨kid⟩ · Journalført ⟨date⟩

=== journal fi
Potilaskertomus, työterveyshuolto
Potilas: ⟨fin⟩, hetu ⟦hetu⟧
Käynnin syy: selkäkipu. Sairausloma ⟨date⟩ asti.
Lääkäri ⟨fin⟩, puh ⟨fiph⟩
"""
