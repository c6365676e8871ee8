"""Hand-written English, Norwegian, Finnish and mixed documents for the v13 identifier hold-out."""

BANK = r"""
=== hand-hospital en
CROSS-BORDER REFERRAL (EU Directive 2011/24)
Patient: Ms Hanna Virtanen
Finnish personal identity code: [[hetu]]
Referred from: Helsinki University Hospital (HUS) to Karolinska, Stockholm
Reason: Second opinion, paediatric cardiology
HUS referral no. {{n:9}}; Karolinska booking ref {{luhn12}}

=== hand-hospital en
Discharge summary (translated for the patient's GP in Oslo)
Patient: Ole Bakken, Norwegian national ID number [[fnr]]
Admitted to Aalborg University Hospital after a cycling accident on {{date}}.
Temporary Danish CPR issued: [[cpr:nomod]] (a CPR number given after 2007, no modulus 11 check).
Follow-up: fracture clinic in Oslo within 2 weeks.

=== hand-insurance en
EHIC CLAIM - treatment abroad
Insured person: Juha Korhonen
Personal ID (HETU): [[hetu:new]]
Country of treatment: Spain; invoice EUR {{amount}}
Kela claim number: {{n:10}}
Bank: IBAN FI{{n:2}} {{n:4}} {{n:4}} {{n:4}} {{n:2}}

=== hand-insurance en
Hi team,
The claimant on file {{luhn12:dash}} is Swedish; her personnummer is [[pnr:ld]], and she has a Danish CPR from when she lived in Malmö/Copenhagen: [[cpr]]. Please merge the two customer records (IDs {{luhn10}} and {{mod10}}).
Thanks, Claims Ops

=== hand-pension en
Statement of pension rights (English translation)
Member: Mr. Anders Holm
Swedish personal identity number: [[pnr:l]]
Danish CPR number: [[cpr:sp]] (periods of work in Denmark 1998-2006)
Policy number: {{mod10}}
Accrued rights: {{kr}} SEK per year from age 67.

=== hand-court en
IN THE HIGH COURT OF JUSTICE - exhibit JM-4 (translation)
Extract from the Danish Civil Registration System: Jens Mikkelsen, CPR no. [[cpr:dots]], registered address Søndergade 4, Vejle.
Extract from the Swedish Population Register: Linda Mikkelsen, personal identity no. [[pnr:ld]].
Case reference QB-2026-{{n:6}}.

=== hand-hr en
New starter form - Nordic Shared Service Centre
Full name: Piotr Zielinski
Country of employment: Sweden
Coordination number (samordningsnummer): [[pnr:co,ld]]
Danish CPR (if any): n/a
Employee ID: {{n:6}}   Cost centre: {{n:4}}

=== hand-helpdesk en
JIRA HRIS-{{n:4}}: Workday import rejects national IDs
Steps: upload CSV with 3 rows:
  NO  [[fnr]]   Kari Nordmann  -> accepted
  FI  [[hetu:new]]    Matti Meikäläinen -> REJECTED "invalid character"
  FI  [[hetu]]   Liisa Laine -> accepted
Expected: the 2023 century signs (e.g. Y, B) should be accepted.

=== hand-crm en
HubSpot export - contacts (Nordics)
email,country,national_id,lifecycle
k.lund@exampel.dk,DK,[[cpr:plain]],customer
e.berg@exampel.se,SE,[[pnr:l]],lead
t.haugen@exampel.no,NO,[[fnr]],customer
a.niemi@exampel.fi,FI,[[hetu]],opportunity

=== hand-log en
2026-12-01T10:11:12Z level=info msg="kyc check passed" country=NO national_id=[[fnr]] provider=bankid
2026-12-01T10:11:19Z level=warn msg="kyc check failed" country=FI national_id=[[hetu:kid]] reason=underage
2026-12-01T10:11:22Z level=info msg="session closed" sid={{uuid}} ts={{epoch}}

=== hand-dpr en
Subject access request - received via web form
Name: Mikkel Thorsen
Country: Denmark
CPR number (to identify you): [[cpr:plain]]
Request: Please send me a copy of all personal data you hold about me, including call recordings.
Our reference: DSAR-{{n:5}}

=== hand-research en
Data-sharing incident - research consortium (NordHeart)
The Oslo site uploaded a file with unpseudonymised fødselsnummer, e.g. [[fnr]] and [[fnr]], to the shared workspace. The Helsinki site's file contained HETUs such as [[hetu]]. Both files removed {{date}}. Study IDs (e.g. NH-{{n:5}}) are unaffected.

=== hand-genealogy en
Family tree notes (shared document)
Great-grandmother: Ingrid Dahl, from Bergen, Norwegian ID [[fnr]] - died 2010.
Grandfather: Svend Dahl, moved to Denmark 1958, CPR [[cpr:old]].
Grandmother (Swedish): Signe Dahl, personnummer [[pnr:plus]].
Record id on the genealogy site: {{n:10}}

=== hand-ocr en
SCANNED LETTER (OCR, page 1)
Dear  Mr  Lindberg,
Re:  your  Swedish  personal  number  [[pnr:ocr]]
We  confirm  that  your  pension  from  Sweden  will  be  paid  into  your  UK  account  from  {{date}}.
Yours  sincerely,  Pensionsmyndigheten  International

=== hand-nofi no
Henvisning til spesialisthelsetjenesten
Pasient: Kari Solberg
Fødselsnummer: [[fnr]]
Henvisende lege: Fastlege Per Ødegård, HPR-nr {{n:7}}
Problemstilling: Vedvarende hodepine, ønsker MR caput.
Helseforetak: Oslo universitetssykehus, Ullevål

=== hand-nofi no
NAV - vedtak om dagpenger
Navn: Thomas Berge
Fødselsnummer: [[fnr:sp]]
Du har rett til dagpenger fra {{date}}. Dagsats: {{kr}} kroner.
Saksnummer: {{n:9}}. Kontonummer for utbetaling: {{fnrkto}}.

=== hand-nofi no
Skattemelding 2025 - sammendrag
Skattyter: Ingrid Haugland, fødselsnr. [[fnr]]
Alminnelig inntekt: {{kr}}
Beregnet skatt: {{kr}}
Restskatt betales til konto {{fnrkto}} med KID {{fnrlike}}.

=== hand-nofi no
Dødsbo etter Arne Lie
Avdødes fødselsnummer: [[fnr:old]]
Arvinger: Sønn Erik Lie ([[fnr]]) og datter Hilde Lie Moen ([[fnr]]).
Skifteform: Privat skifte. Tingrettens saksnr. {{n:2}}-{{n:6}}TVA-OTIR/04

=== hand-nofi no
Timebestilling - tannlegen (SMS-logg)
Til {{tlfno}}: Hei! Du har time {{date}} kl {{time}}. Svar med fødselsnummer for å bekrefte.
Fra {{tlfno}}: [[fnr]]
Til {{tlfno}}: Takk, timen er bekreftet.

=== hand-nofi no
Arbeidskontrakt (utdrag)
Arbeidstaker: Ahmed Nur, D-nummer [[fnr:d]]
Arbeidsgiver: Bergen Fisk AS, org.nr. {{noorg}}
Stilling: Produksjonsmedarbeider, fast, 100 %
Lønn: {{kr}} kr per time

=== hand-nofi fi
Lähete - erikoissairaanhoito
Potilas: Mikko Nieminen
Henkilötunnus: [[hetu]]
Lähettävä lääkäri: Terveyskeskus Tampere
Kysymys: Polven nivelrikko, tekonivelarvio.
Lähetteen numero {{n:10}}

=== hand-nofi fi
Kelan päätös - asumistuki
Hakija: Aino Mäkinen, henkilötunnus [[hetu:new]]
Puoliso: Ville Mäkinen, henkilötunnus [[hetu]]
Tuki alkaa {{date}}, {{kr}} euroa kuukaudessa.
Päätöksen numero {{n:12}}. Maksu tilille IBAN FI{{n:2}} {{n:4}} {{n:4}} {{n:4}} {{n:2}}, viitenumero {{ocr}}.

=== hand-nofi fi
Perukirja (ote)
Vainaja: Eero Lehtonen, hetu [[hetu:old]], kuollut {{date}}
Osakkaat: leski Leena Lehtonen ([[hetu:old]]), poika Antti Lehtonen ([[hetu]])
Pesän Y-tunnus (jos on): {{ytunnus}}

=== hand-nofi fi
Päiväkotihakemus
Lapsi: Emma Korhonen, henkilötunnus [[hetu:kid,new]]
Huoltaja: Satu Korhonen, henkilötunnus [[hetu]]
Toivottu aloituspäivä {{date}}, puhelin {{tlffi}}

=== hand-nofi fi
Verohallinto - verokortti 2026
Nimi: Pekka Virtanen
Henkilötunnus: [[hetu:new]]
Ennakonpidätysprosentti 24,5 %
Tuloraja {{kr}} euroa. Asiakirjan numero {{n:9}}.

=== hand-mix sv
Gränsgångare Öresund - ansökan om A1-intyg
Sökande: Mette Kjær, bosatt i Malmö, arbetar i Köpenhamn
Svenskt personnummer: [[pnr:ld]]
Dansk CPR: [[cpr]]
Arbetsgivare i Danmark: CVR {{cvr}}
Handläggare Försäkringskassan, ärende {{luhn12}}

=== hand-mix da
Grænsegænger - skattekort til svensk statsborger
Navn: Jonas Blom
Dansk cpr-nr. (tildelt 2024): [[cpr:nomod]]
Svensk personnummer: [[pnr:l]]
Skattecenter Øresund bemærker: cpr-nummeret er tildelt efter 2007 og opfylder ikke modulus 11.

=== hand-mix sv
Hej Region Skåne!
Min dotter föddes på Hvidovre Hospital i Danmark och fick ett danskt CPR-nummer, [[cpr:kid]]. Nu har vi flyttat hem till Ystad och hon har fått personnummer [[pnr:kid,ld]]. Kan ni slå ihop journalerna?
/Linnea Dam

=== hand-mix da
Hej HR
Vores nye norske medarbejder Eirik Strand har ikke fået dansk cpr endnu. Indtil da kører vi løn på hans norske fødselsnummer [[fnr]]. Hans finske kollega fra Vaasa har henkilötunnus [[hetu]] og cpr [[cpr:nomod]] (ny, tildelt sidste måned, uden modulus 11).
/Thomas, Løn

=== hand-mix sv
Kundregister - Nordiska kunder (ur CRM, kolumner: land;id;namn)
SE;[[pnr:ld]];Gunnar Ek
DK;[[cpr]];Lise Holm
NO;[[fnr]];Sigrid Vik
FI;[[hetu]];Jari Salo
SE;[[pnr:co,ld]];Ana Costa

=== hand-mix en
Whistleblower hotline - intake form (anonymised before sharing, except the reporter asked to be contacted)
Reporter: Helle Skov, Danish CPR [[cpr:sp]], phone {{tlfdk}}
Concerned person: a manager at the Gothenburg site (name withheld)
Category: Fraud / expense manipulation
Case {{n:4}}-{{n:3}}

=== hand-mix en
Payroll query (Teams message copied into ticket)
"hey, can you check why Sofia's payslip shows the wrong ID? her personnummer is [[pnr:ld]] but the slip shows [[pnr:ld]] which is her dad's - he also works here. employee no. {{n:5}}"

=== hand-ocr fi
[skannattu kirje]
KELA  FPA
Henkil0tunnus  /  Personbeteckning:  [[hetu]]
Päätös  sairauspäivärahasta
Päiväraha  {{kr}}  euroa  päivässä  alkaen  {{date}}.

=== hand-nofi no
Folkeregisteret - bekreftelse på D-nummer
Navn: Marta Nowak
D-nummer: [[fnr:d]]
Tildelt {{date}} i forbindelse med arbeid på Hurtigruten.
Ved innflytting får du fødselsnummer; D-nummeret blir da historisk.

=== hand-nofi no
Medlemsliste - Fagforbundet avd. Trondheim (utdrag)
Medlemsnr;Fødselsnr;Navn
{{n:8}};[[fnr]];Siri Aune
{{n:8}};[[fnr]];Knut Rønning
{{n:8}};[[fnr:d]];Jakub Wójcik
"""
