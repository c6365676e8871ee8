"""Hand-written v11 documents in Norwegian, Finnish and English, and mixed-language Nordic papers."""

BANK = """
=== hand-nofi no
NAV - vedtak om dagpenger
Søker: Ingvild Haugland, fødselsnummer [[fnr]]
Vedtaket gjelder fra {{date}}. Dagsats: {{kr}} kr.
Saksnummer {{n:9}}. Kontonummer for utbetaling: {{fnrkto}}.

=== hand-nofi no
Husleiekontrakt (Husleieloven)
Utleier: Bergen Boligutleie AS, org.nr. {{noorg}}
Leietaker: Sindre Bakken, f.nr. [[fnr:sp]]
Depositum på depositumskonto i DNB, kontonr. {{fnrkto}}.
Telefon leietaker: {{tlfno}}

=== hand-nofi no
Skifteattest - Oslo tingrett
Avdøde: Torbjørn Nesheim, fnr. [[fnr]]
Arvinger: Kari Nesheim (fnr. [[fnr]]), Eirik Nesheim (fnr. [[fnr]])
Arvingene har påtatt seg ansvaret for avdødes gjeld.

=== hand-nofi no
Legeerklæring ved arbeidsuførhet
Pasient: Solveig Aas, D-nummer [[fnr:d]] (sesongarbeider)
Diagnose: L03 Korsryggsmerter
Sykmeldt 100 % fra {{date}}.
Legens HPR-nr. {{n:7}}

=== hand-nofi no
Skatteetaten - skattemelding mottatt
Fødselsnummer: [[fnr]]
Kvitteringsnummer: {{n:11}} (ikke fødselsnummer)
Mottatt {{date}} kl. {{time}}

=== hand-nofi no
Fagforbundet - medlemsliste avd. 301
Medlemsnr | Navn | Fødselsnr
{{n:8}} | Trond Lie | [[fnr]]
{{n:8}} | Hilde Moen | [[fnr]]
{{n:8}} | Jarle Vik | [[fnr:d]]

=== hand-nofi no
Feil fødselsnummer i søknaden: {{badfnr}} - kontrollsifferet stemmer ikke. Vennligst send korrekt nummer.
Org.nr. arbeidsgiver {{noorg}} er i orden.

=== hand-nofi fi
Kela - päätös asumistuesta
Hakija: Mikko Laaksonen, henkilötunnus [[hetu]]
Asumistuki {{kr}} euroa kuukaudessa alkaen {{date}}.
Päätöksen numero {{n:10}}

=== hand-nofi fi
Vuokrasopimus
Vuokranantaja: Kiinteistö Oy Koivula, Y-tunnus {{n:7}}-{{n:1}}
Vuokralainen: Aino Heikkinen, hetu [[hetu:new]]
Vuokra {{kr}} € / kk, eräpäivä kuun 5. päivä. Tilinumero FI{{n:16}}.

=== hand-nofi fi
Perunkirja
Vainaja: Tauno Mäkelä, henkilötunnus [[hetu:old]]
Osakkaat: Leena Mäkelä [[hetu]], Jari Mäkelä [[hetu]]
Pesän varat: {{amount}} €

=== hand-nofi fi
Lähete erikoissairaanhoitoon
Potilas [[hetu:kid]] Eemil Virtanen
Lähettäjä: Terveysasema Kallio, puh. {{tlffi}}
Syy: toistuvat korvatulehdukset

=== hand-nofi fi
Verohallinto - veroehdotus
Henkilötunnus: [[hetu:new]]
Maksettavaa: {{amount}} €. Viitenumero {{n:12}}.
Virheellinen tunnus {{badhetu}} on poistettu rekisteristä.

=== hand-nofi fi
Jäsenluettelo - Pam, Tampereen osasto
Nimi; Henkilötunnus; Jäsennumero
Sari Koskinen; [[hetu]]; {{n:7}}
Ville Nieminen; [[hetu:new]]; {{n:7}}
Anna Lehto; {{mhetu}}; {{n:7}}

=== hand-en en
Pension transfer request (UK to Denmark)
Member: Daniel Hjort, Danish CPR [[cpr]], UK National Insurance QQ{{n:6}}C
Receiving scheme: PFA Pension, policy no. {{mod10}} (not a CPR)
Transfer value: GBP {{kr}}

=== hand-en en
Claim form - travel insurance (Europ Assistance)
Insured: Elin Sandqvist, Swedish personal identity number [[pnr:ld]]
Incident: lost luggage at Heathrow, PIR ref. LHR{{n:6}}
Claim no. {{luhn10}}

=== hand-en en
Incident INC-{{n:5}}: customer IDs flagged as CPR
Our loyalty IDs are 10 digits starting with the sign-up date (DDMMYY), e.g. {{date10}} and {{date10}}. They are not personal numbers. No CPR present in this ticket.

=== hand-en en
Crew manifest - MV Nordic Star, arrival Esbjerg
Rank | Name | Nationality | National ID
Master | Lars Thorsen | DK | [[cpr]]
Ch. Off. | Jonas Eklund | SE | [[pnr:ld]]
AB | Ola Rønning | NO | [[fnr]]
AB | Juha Saari | FI | [[hetu]]
Cook | R. Santos | PH | passport P{{n:7}}A

=== hand-en en
HR onboarding checklist (Copenhagen office)
- Employment contract signed
- CPR number: [[cpr:sp]]
- Danish tax card requested
- Laptop asset tag {{n:8}}
- Building badge {{date10}}

=== hand-en en
Court of Appeal (Eastern High Court) - summary in English
The appellant (Danish civil registration (CPR) no. [[cpr:nomod]], assigned in 2020 upon immigration) challenged the decision of the Immigration Service. The appeal was dismissed.

=== hand-en en
Audit finding 7: personal data in log files
Example line (redacted by auditor): user=jsmith cpr={{mcpr}} action=view
Second example was not redacted: user=kbrandt cpr=[[cpr:plain]] action=export
Recommendation: mask identifiers before logging.

=== hand-en en
Dear Sir/Madam,
I am writing on behalf of my late father, Henrik Dahl (CPR [[cpr:old]]), to close his accounts. Please find the probate certificate attached. Our case number with you is {{date10}}.
Yours faithfully, Mette Dahl

=== hand-mix da
Hej Sofie / Hej Sofie!
(dansk) Vi har brug for cpr på den danske medarbejder: [[cpr]]
(svenska) Och personnummer på den svenska kollegan: [[pnr:ld]]
Begge skal på lønkørslen i januar. Tack och hej!

=== hand-mix sv
Gränspendlare Malmö-Köpenhamn
Namn: Therese Möller
Svenskt personnummer: [[pnr:l#se]]
Danskt CPR-nummer: [[cpr#dk]]
Arbetsgivare i Danmark: Novo Nordisk A/S, CVR {{cvr}}
Skatt betalas i Danmark enligt Öresundsavtalet.

=== hand-mix da
Øresundsdirekt - spørgsmål fra borger
"Jeg er dansker, bor i Lund og arbejder i Ballerup. Mit cpr er [[cpr:plain]] og mit svenske personnummer [[pnr]]. Hvor skal jeg betale skat?"
Svar sendt {{date}}.

=== hand-mix sv
Nordic payroll - sammanställning
DK  Jens Broe     CPR [[cpr]]
SE  Lisa Krantz   PNR [[pnr:ld]]
NO  Per Fossum    FNR [[fnr]]
FI  Aino Kivi     HETU [[hetu:new]]
Totalt 4 anställda. Org.nr {{orgnr}}

=== hand-mix da
Flyttet fra Norge til Danmark: Marte Solberg
Norsk fødselsnummer: [[fnr]]
Dansk cpr (nyt, tildelt 2025): [[cpr:nomod]]
Kommunen har bekræftet adressen.

=== hand-mix sv
Finländsk studerande i Uppsala
Henkilötunnus: [[hetu:kid]]
Samordningsnummer: [[pnr:co]]
Hon har ännu inget personnummer.

=== hand-mix en
Re: booking for the Nordic sales conference
Participants and IDs for the hotel (required by Danish law for foreign guests? no - only name and nationality):
Karin Beck (SE), Tuomas Laine (FI), Arne Dahl (NO)
No personal numbers needed, booking ref {{n:8}}.

=== hand-mix no
Svensk arbeidstaker i Norge
Svensk personnummer: [[pnr:ld]]
Norsk D-nummer: [[fnr:d]]
Arbeidsgiver: Statkraft AS, org.nr. {{noorg}}

=== hand-mix fi
Ruotsissa asuva Suomen kansalainen
Henkilötunnus [[hetu]]
Ruotsalainen henkilönumero [[pnr:ld]]
Puhelin {{tlffi}}

=== hand-mix da
Tak for sidst! Her er listen over nordiske deltagere til kurset:
Dorthe Kjær (DK), [[cpr]]
Tove Lindgren (SE), [[pnr]]
Leena Aho (FI), [[hetu]]
Kursusnr. {{date10}}

=== hand-mix sv
Arvskifte med danska arvingar
Den avlidne: Stig Olander, [[pnr:ld,old]]
Arvinge i Danmark: Karen Olander Holm, CPR [[cpr]]
Arvinge i Sverige: Per Olander, [[pnr:ld]]

=== hand-mix en
Slack #payroll-nordics
@maria: can someone check the SE id for Erik? HR has [[pnr:s#erik]] but payroll wants 12 digits
@jonas: that's [[pnr:l#erik]] then. Careful, [[pnr:l]] right below it in the sheet is his sister
@maria: ok using [[pnr:ld#erik]] 👍

=== hand-mix en
Export job failed:
ValueError: invalid national id '{{badpnr}}' for employee 4411 (country=SE)
  File "payroll/export.py", line 88, in map_row
Next row OK: employee 4412 national_id=[[pnr:l]]

=== hand-mix da
Medlemsliste, Dansk-Svensk Forening
Medlem         Land  Id-nummer
Hans Krogh     DK    [[cpr:sp]]
Ulrika Blom    SE    [[pnr:lsp]]
Kontingent betales til {{regkto}}.

=== hand-mix sv
Hyresgäster i Helsingborg med dansk CPR
Lgh 1101: Mads Jepsen, CPR [[cpr:en]]
Lgh 1102: Louise Jepsen, CPR [[cpr:en]]
Lgh 1103: Anders Åberg, pnr [[pnr]]
"""
