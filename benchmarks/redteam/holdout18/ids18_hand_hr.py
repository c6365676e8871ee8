"""Hand-written v18 documents: HR and payroll files as people keep them (staff lists, salary and pension files,
onboarding, contracts, sick pay, time sheets, union dues)."""

BANK = """
=== hr da
MEDARBEJDERLISTE - Søndergaard VVS I/S (opdateret af Ulla, marts 2026)
Nr  Navn                      CPR            Ansat       Timeløn
1   ⟨dan⟩          ⟦cpr⟧    01.03.2011  ⟨n3⟩,50
2   ⟨dan⟩          ⟦cpr⟧    15.08.2014  ⟨n3⟩,00
3   ⟨dan⟩          ⟦cpr⟧    01.02.2016  ⟨n3⟩,00
4   ⟨dan⟩          ⟦cpr⟧    01.04.2018  ⟨n3⟩,25
5   ⟨dan⟩          ⟦cpr:y2k⟧    04.01.2021  ⟨n3⟩,00
6   ⟨pln⟩          ⟦cpr:nm⟧    10.05.2022  ⟨n3⟩,00
7   ⟨dan⟩          ⟦cpr⟧    01.09.2022  ⟨n3⟩,00
8   ⟨dan⟩          ⟦cpr:y2k⟧    01.08.2023  ⟨n3⟩,00  (lærling)
9   ⟨dan⟩          ⟦cpr⟧    01.10.2023  ⟨n3⟩,50
10  ⟨dan⟩          ⟦cpr⟧    02.01.2024  ⟨n3⟩,00
11  ⟨dan⟩          ⟦cpr⟧    01.06.2025  ⟨n3⟩,00
12  ⟨dan⟩          ⟦cpr⟧    01.02.2026  ⟨n3⟩,00
Nr. 6 har fået CPR i 2022 ved indrejse (nyt cpr uden modulus 11).
Firmaets CVR ⟨cvr⟩, P-nr ⟨pnum⟩.

=== payroll sv
LÖNEFIL feb 2026 (export till banken, rådata)
pnr;namn;clearing;konto;netto
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l,co⟧;⟨pln⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l,co⟧;⟨enn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
⟦pnr:l⟧;⟨svn⟩;⟨n4⟩;⟨luhn10⟩;⟨amount⟩
SUMMA;;;;

=== union da
Kontingentliste 3F Kolding - afdeling Byg, 1. kvartal 2026
Medl.nr  Navn                  Personnr.     Kontingent
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨pln⟩        ⟦cpr:n,nm⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
⟨n6⟩   ⟨dan⟩        ⟦cpr:n⟧   ⟨amount⟩
Fradrag trækkes via lønnen (lønart 0612). Medlem nr. 5 er tilflytter med cpr fra 2025 (ingen modulus 11).

=== hr sv
Personallista Tandvårdshuset Ekbacken AB (utskrift 2026-02-28)

Anställd              Personnummer     Befattning           Tjänstgöringsgrad
Hedvig Lundström      ⟦pnr⟧      Tandläkare           100 %
Viktor Ahlgren        ⟦pnr⟧      Tandläkare            80 %
Lovisa Karlberg       ⟦pnr⟧      Tandhygienist        100 %
Märta Sandin          ⟦pnr⟧      Tandsköterska        100 %
Alva Nyström          ⟦pnr:co⟧      Tandsköterska         75 %
Greta Holmberg        ⟦pnr⟧      Receptionist          50 %
Sven Ekdahl           ⟦pnr⟧      Klinikchef           100 %
Vikarier (timanställda) redovisas separat. Org.nr ⟨seorg⟩.

=== payroll da
Pensionsindberetning - Vestkyst Ejendomme A/S - marts 2026
(fil til PFA, sendt af bogholderiet)

CPR-NR       NAVN                        PENSIONSGIVENDE LØN   ARB.GIVER   EGET
⟦cpr:n⟧   ⟨dan⟩              ⟨amount⟩           ⟨amount⟩    ⟨amount⟩
⟦cpr:n⟧   ⟨dan⟩              ⟨amount⟩           ⟨amount⟩    ⟨amount⟩
⟦cpr:n⟧   ⟨dan⟩              ⟨amount⟩           ⟨amount⟩    ⟨amount⟩
⟦cpr:n⟧   ⟨dan⟩              ⟨amount⟩           ⟨amount⟩    ⟨amount⟩
⟦cpr:n⟧   ⟨dan⟩              ⟨amount⟩           ⟨amount⟩    ⟨amount⟩
⟦cpr:n⟧   ⟨dan⟩              ⟨amount⟩           ⟨amount⟩    ⟨amount⟩
⟦cpr:n⟧   ⟨dan⟩              ⟨amount⟩           ⟨amount⟩    ⟨amount⟩
⟦cpr:n⟧   ⟨dan⟩              ⟨amount⟩           ⟨amount⟩    ⟨amount⟩
Aftalenr. ⟨cprlike⟩   CVR ⟨cvr⟩

=== hr da
ONBOARDING-SKEMA (udfyldes af nyansat, afleveres til HR)

Navn: Nanna Vestergaard
Adresse: ⟨dastreet⟩, ⟨dacity⟩
Tlf.: ⟨dkph⟩      Privat e-mail: nanna.v@gmail.com
CPR-nr.: ⟦cpr:sp⟧
Bank: reg. ⟨regkto⟩
Nærmeste pårørende: ⟨dan⟩, tlf. ⟨dkph⟩
Har du et frikort? [ ] ja  [x] nej
Kørekortnr. (hvis firmabil): ⟨n8⟩
Underskrift: _______________ Dato: ⟨date⟩

=== contract sv
ANSTÄLLNINGSAVTAL

Mellan Sjöstads IT-drift AB, org.nr ⟨seorg⟩ ("Arbetsgivaren") och
Namn: Oskar Lindgren
Personnummer: ⟦pnr:ld⟧
Adress: ⟨svstreet⟩, ⟨svcity⟩
("Arbetstagaren")

1. Anställningsform: Tillsvidareanställning från och med 2026-04-01, provanställning 6 månader.
2. Befattning: Drifttekniker.
3. Lön: ⟨amount⟩ kr per månad. Lön betalas ut den 25:e varje månad.
4. Semester enligt semesterlagen, 25 dagar.
5. Kollektivavtal: Unionens IT-avtal.

Ort och datum ______________   Arbetsgivare ______________   Arbetstagare ______________

=== sick da
Anmodning om sygedagpenge (refusion) - udfyldt kladde

Virksomhed: Amager Rengøring ApS, CVR ⟨cvr⟩
Medarbejder: Fatima Yilmaz
CPR: ⟦cpr⟧
Første fraværsdag: 09.02.2026
Sidste arbejdsdag: 06.02.2026
Fraværsårsag: sygdom
Har medarbejderen genoptaget arbejdet? Nej
Løn under sygdom: Ja, fuld løn
Virksomhedens kontaktperson: Pernille Hjort, ⟨dkph⟩
NemRefusion sags-id: ⟨luhn10⟩

=== timesheet sv
TIDRAPPORT vecka 9 - Byggmästarna i Mälardalen AB
Projekt ⟨n5⟩, Kv. Gjutaren

Namn                Pnr            Mån  Tis  Ons  Tor  Fre  Tot
Karl Ström          ⟦pnr:s⟧     8    8    8    8    6    38
Olof Mattsson       ⟦pnr:s⟧     8    8    8    8    6    38
Marek Lewandowski   ⟦pnr:s,co⟧     8    8   10   10    0    36
Per Hedlund         ⟦pnr:s⟧     0    8    8    8    8    32
Attest: arbetsledare Göran Ek, ⟨seph⟩

=== timesheet da
Timeseddel uge 11 - Fjordbyg ApS - byggeplads Kolding Havn

Dato       Navn                 CPR          Timer  Kørsel km
09.03.26   Jeppe Kragh          ⟦cpr:en#a⟧  7,5    42
09.03.26   Marek Lewandowski    ⟦cpr:en,nm#b⟧  7,5    0
10.03.26   Jeppe Kragh          ⟦cpr:en#a⟧  8,0    42
10.03.26   Marek Lewandowski    ⟦cpr:en#b⟧  8,0    0
11.03.26   Jeppe Kragh          ⟦cpr:en#a⟧  7,0    42
Marek fik cpr-nummer i 2025, så det består ikke modulus 11-kontrollen.

=== union sv
Avgiftslista Kommunal avd. Skåne - sektion Hemtjänst Lund, mars 2026
Medlem               Personnummer    Avgift  Inkomstförsäkring
Siv Persson          ⟦pnr:ld⟧   ⟨n3⟩ kr  ja
Annika Holm          ⟦pnr:ld⟧   ⟨n3⟩ kr  ja
Zeynep Kaya          ⟦pnr:ld,co⟧   ⟨n3⟩ kr  nej
Birgitta Sandberg    ⟦pnr:ld⟧   ⟨n3⟩ kr  ja
Leila Haddad         ⟦pnr:ld⟧   ⟨n3⟩ kr  ja
Maria Öberg          ⟦pnr:ld⟧   ⟨n3⟩ kr  ja
Ulla Viklund         ⟦pnr:ld⟧   ⟨n3⟩ kr  nej
Plusgiro avdelningen: ⟨pg⟩

=== payroll da
Lønkørsel 02-2026 - fejlrapport fra lønsystemet

FEJL 1042: CPR ⟨badcpr⟩ (medarbejder 0117) er ikke en gyldig dato. Medarbejderen er ikke med i kørslen.
ADVARSEL 2210: CPR ⟦cpr:nm⟧ (medarbejder 0131) består ikke modulus 11. Kontrollér; cpr-numre tildelt efter 2007 kan være gyldige uden modulus 11.
INFO 0003: ⟨n3⟩ medarbejdere behandlet. Kørsels-id ⟨dkstamp⟩.
INFO 0007: Eindkomst-indberetning klar, SE-nr ⟨cvr⟩.

=== hr sv
Checklista introduktion - ny medarbetare

[x] Personnummer registrerat i Primula: ⟦pnr⟧
[x] Bankkonto: clearing ⟨clkto⟩
[ ] Passerkort beställt (kortnr ⟨n8⟩)
[x] Skattetabell 31, kolumn 1
[ ] Friskvårdsbidrag info
Ansvarig: Hanna Lind, HR. Nyanställd: Tove Ekström, tel ⟨seph⟩.

=== sick sv
Sjuklöneberäkning - underlag

Anställd: Lennart Blom, pnr ⟦pnr:ss⟧
Sjukperiod: 2026-02-02 - 2026-02-13 (karensavdrag dag 1)
Dag 2-14 sjuklön 80 %.
Från dag 15 anmäls till Försäkringskassan. Ärendenummer FK: ⟨luhn12d⟩ (obs: ärendenr, inte pnr).
Läkarintyg inkommit 2026-02-09.

=== hr da
Personaleoversigt til revisor (ultimo 2025)

Afdeling København
  ⟨dan⟩ (⟦cpr⟧), direktør
  ⟨dan⟩ (⟦cpr⟧), bogholder
  ⟨dan⟩ (⟦cpr⟧), sælger
Afdeling Aarhus
  ⟨dan⟩ (⟦cpr⟧), sælger
  ⟨dan⟩ (⟦cpr:y2k⟧), elev
Fratrådt i 2025: ⟨dan⟩ (cpr slettet efter GDPR-politik)
Antal årsværk: 4,6. Revisionsfirma: Nordlys Revision ApS, CVR ⟨cvr⟩.

=== payroll sv
Kontrolluppgifter 2025 (AGI) - felrapport

Rad 14: Betalningsmottagarens personnummer ⟨badpnr⟩ har fel kontrollsiffra. Rättat till ⟦pnr:l⟧ efter kontakt med den anställde.
Rad 22: Samordningsnummer ⟦pnr:l,co⟧ godkänt.
Rad 31: Organisationsnummer ⟨seorg⟩ angivet i fält för personnummer - flyttat till fält 201.

=== hr en
STAFF REGISTER - Copenhagen office (confidential)

Employee            Nationality  Danish CPR      Work permit until
Markus Weber        DE           ⟦cpr:dot⟧   n/a (EU)
Priya Raman         IN           ⟦cpr:dot,nm⟧   31.08.2028
Carlos Mendes       PT           ⟦cpr:dot⟧   n/a (EU)
Rajesh Iyer         IN           ⟦cpr:dot⟧   14.02.2027
Emily Watson        UK           ⟦cpr:dot⟧   31.12.2026
Note: Priya's CPR was issued in 2021 and has no modulus-11 check digit.

=== union da
Fagforeningskontingent - trukket via lønnen, februar 2026 (til HK Danmark)
⟦cpr:sl⟧ ⟨dan⟩ ⟨amount⟩
⟦cpr:sl⟧ ⟨dan⟩ ⟨amount⟩
⟦cpr:sl⟧ ⟨dan⟩ ⟨amount⟩
⟦cpr:sl⟧ ⟨dan⟩ ⟨amount⟩
⟦cpr:sl⟧ ⟨dan⟩ ⟨amount⟩
⟦cpr:sl⟧ ⟨dan⟩ ⟨amount⟩
I alt overført til HK: se bilag ⟨n5⟩.

=== contract da
TILLÆG TIL ANSÆTTELSESKONTRAKT (fratrædelsesaftale)

Parterne: Kattegat Logistik A/S, CVR ⟨cvr⟩, og Preben Dalsgaard, cpr-nr. ⟦cpr:y1959,c49⟧, er enige om følgende:
1. Ansættelsesforholdet ophører 30.06.2026.
2. Medarbejderen fritstilles fra 01.04.2026.
3. Der udbetales en fratrædelsesgodtgørelse på ⟨amount⟩ kr.
4. Pensionsbidrag indbetales til og med fratrædelsesdatoen.
Preben har 41 års anciennitet og går derefter på folkepension.

=== timesheet en
Timesheet - contractor (weekly), Lindholm IT-Drift A/S

Contractor: Stefan Krüger (sole trader, CVR ⟨cvr⟩)
Week  Hours  Rate   Amount
10    37,0   ⟨n3⟩    ⟨amount⟩
11    40,5   ⟨n3⟩    ⟨amount⟩
12    35,0   ⟨n3⟩    ⟨amount⟩
Invoice no. ⟨cprlike⟩. Bank: IBAN ⟨iban⟩.
No CPR needed: paid as a supplier, not on payroll.

=== payroll da
Lønliste februar 2026 (kopieret fra Excel) - Kattegat Logistik A/S, lager Køge

Navn	CPR-nr.	Timeløn	Timer/uge	Brutto
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
⟨dan⟩	⟦cpr⟧	⟨n3⟩,00	⟨n2⟩	⟨amount⟩
I alt 30 medarbejdere. Listen må ikke sendes uden for lønafdelingen. P-nr. ⟨pnum⟩.

=== payroll sv
ITP-anmälan till Collectum - nyanställda 2026 (underlag)

Personnummer    Namn                   Anst.datum   Månadslön
⟦pnr:l⟧    ⟨svn⟩          2026-01-02   ⟨amount⟩
⟦pnr:l⟧    ⟨svn⟩          2026-01-15   ⟨amount⟩
⟦pnr:l⟧    ⟨svn⟩          2026-02-01   ⟨amount⟩
⟦pnr:l,co⟧    ⟨pln⟩          2026-02-01   ⟨amount⟩
⟦pnr:l⟧    ⟨svn⟩          2026-03-01   ⟨amount⟩
Kundnummer hos Collectum: ⟨luhn10⟩

=== sick da
Tro- og loveerklæring ved sygdom (kopi)

Undertegnede, Ebbe Kragh, cpr-nr. ⟦cpr:sp⟧, erklærer hermed, at jeg har været syg fra ⟨date⟩ til ⟨date⟩ og derfor ikke har kunnet passe mit arbejde.
Arbejdsgiver: Fjordbyg ApS. Underskrift ______

=== mail da
Re: Kørselsgodtgørelse

Hej Tove - jeg har rettet det i systemet nu. Jeg kunne ikke finde dig først, fordi dit cpr-nr. i gamle sag var skrevet med et tal byttet om, men det rigtige er ⟦cpr:nl⟧, som du skrev i din mail. Godtgørelsen kommer med lønnen den 30.

Mvh Ulla

=== mail sv
Sv: Ansökan om förlängd provanställning

Hej Björn, jag har pratat med facket och de godkänner förlängningen för Ylva Sund, personnummer ⟦pnr:nl⟧, till och med 31 augusti. Avtalet skickas för underskrift i dag.
/Agneta

=== elderly sv
Anteckning från hemtjänstens nattpatrull ⟨date⟩

Besök hos Greta Ahlström (f. 1924), personnummer ⟦pnr:y1924,nl⟧, kl 02.15 efter larm. Hon hade ramlat i badrummet men var inte skadad. Larmet återställt (larm-id ⟨n6⟩).
Sign. ⟨svn⟩

=== neg sv
Introduktionsschema vecka 1 - ny medarbetare

Måndag ⟨time⟩ Välkomstmöte, rum ⟨n3⟩
Tisdag ⟨time⟩ IT: konto och passerkort (kortnr ⟨n8⟩)
Onsdag ⟨time⟩ Lön: personnummer lämnas i lönesystemet, inte via mejl
Torsdag ⟨time⟩ Skyddsombud ⟨svn⟩, tel ⟨seph⟩
Fredag Lunch med teamet

=== neg da
Løndata til pensionsselskab - anonymiseret testfil

ID;CPR;Løn;Pension
1;⟨cprmask⟩;⟨amount⟩;⟨amount⟩
2;⟨cprmask⟩;⟨amount⟩;⟨amount⟩
3;⟨cprmask⟩;⟨amount⟩;⟨amount⟩
4;⟨cprmask⟩;⟨amount⟩;⟨amount⟩
Filen er genereret ⟨dkstamp⟩ (ddmmååttmm), kørsels-id ⟨cprlike⟩.
"""
