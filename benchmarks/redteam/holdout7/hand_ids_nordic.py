"""Hand-written Norwegian, Finnish, Icelandic, English, German and mixed documents for identifiers.jsonl (v7)."""

TEXT = r"""
=== crewlist en
CREW LIST (IMO FAL Form 5) - MV "SKAGERRAK TRADER"  Port of arrival: Göteborg
Family name   Given names   Rank      Nationality   Nat. ID / Doc no.
BERG          Anders        Master    NOR           fnr ⟨fnr⟩
LINDQVIST     Per Olof      Ch.Eng.   SWE           ⟨pnr:long_dash⟩
MADSEN        Rasmus        2/O       DNK           ⟨cpr⟩
VIRTANEN      Mikko         Bosun     FIN           ⟨hetu⟩
DELA CRUZ     Jomar         AB        PHL           passport ⟨n:9⟩
=== crewlist no
Mannskapsliste - MS "Vesterålen" - avgang Bodø 29.11.2026
Navn                 Stilling      Fødselsnr.
Kari Nordheim        Kaptein       ⟨fnr:space⟩
Even Solberg         Styrmann      ⟨fnr:space⟩
Piotr Nowak          Matros        ⟨dnr:space⟩ (D-nr)
Rederi: Nordland Sjø AS, org.nr ⟨noorg:mva⟩
=== hotel no
Hotellregistrering (utenlandske gjester) - Thon Hotel Bergen Brygge
Etternavn: HANSEN  Fornavn: METTE  Nasjonalitet: dansk
Pass/ID-nr: ⟨n:9⟩
Dansk personnummer (frivillig): ⟨cpr⟩
Rom 512. Innsjekk 28.11.2026
=== hotel fi
Majoittujailmoitus / Inkvarteringsanmälan - Hotelli Aurora, Rovaniemi
Sukunimi / Efternamn: Nieminen
Etunimet / Förnamn: Laura Elina
Henkilötunnus / Personbeteckning: ⟨hetu⟩
Kansalaisuus: FI   Huone: 207
=== hotel fi
Guest registration card - Levi Panorama
Name: Oskar Sandström   Nationality: SE
ID card no: ⟨n:8⟩   Personal ID (optional): ⟨pnr:long_dash⟩
Room 14, 2 nights. Ski pass ⟨n:12⟩.
=== inkasso no
INKASSOVARSEL
Skyldner: Trond Aasen, fødselsnr. ⟨fnr⟩
Kreditor: Telenor Norge AS, org.nr ⟨noorg⟩
Saksnr: ⟨n:8⟩   KID: ⟨n:15⟩
Betal kr 1 845,- til konto ⟨n:4⟩.⟨n:2⟩.⟨n:5⟩ innen 14 dager.
=== probate no
Skifteattest
Avdøde: Solveig Haugland, født ⟨fnr⟩, døde 02.09.2026
Arvinger som har påtatt seg gjeldsansvar:
Ole Haugland, f.nr. ⟨fnr⟩
Ingrid Haugland Berg, f.nr. ⟨fnr⟩
Tingrett: Sør-Rogaland tingrett, saksnr. 26-⟨n:6⟩DOD-SRTI/⟨n:2⟩
=== tax no
Skattemelding 2025 - bekreftelse
Fødselsnummer: ⟨fnr:space⟩
Navn: Anders Myhre
Organisasjonsnummer arbeidsgiver: ⟨noorg⟩
Utlignet skatt: 142 116
Referanse: ⟨n:10⟩
=== military no
Vernepliktsverket / Forsvaret - innkalling til sesjon del 2
Til: Mathias Strand
Fødselsnummer: ⟨fnr⟩
Oppmøte: Sesjonssenter Oslo, 15.01.2027 kl 0800
Innkallingsnr.: ⟨n:8⟩
=== nav no
Hei! Jeg har søkt om dagpenger men NAV sier at D-nummeret mitt (⟨dnr⟩) ikke er koblet til arbeidsgiveren. Jeg jobbet på et hotell i Tromsø. Arbeidsgiverens org.nr er ⟨noorg⟩. Hilsen Agnieszka
=== bankid no
BankID-sertifikat (utskrift fra nettbanken)
Navn: Sigrid Lie
Fødselsnummer: ⟨fnr⟩
Sertifikat-ID: ⟨hex:20⟩
Utsteder: BankID - Bank Norwegian AS
=== fi fi
Kela - päätös opintotuesta
Hakija: Aleksi Korhonen
Henkilötunnus: ⟨hetu⟩
Opintoraha 279,38 e/kk, asumislisä. Päätösnumero ⟨n:10⟩.
=== fi fi
Ulosottolaitos - Ulosottoasian tiedoksianto
Velallinen: Jari Mäkinen, hetu ⟨hetu⟩
Hakija: Lindorff Oy, Y-tunnus ⟨ytunnus⟩
Asianumero: ⟨n:4⟩/⟨n:6⟩/26
=== fi fi
Hei, voisitteko tarkistaa tyttäreni tiedot? Hänen henkilötunnuksensa on ⟨hetu@child⟩ ja hän aloittaa päiväkodissa tammikuussa. Terveisin Satu Lehtinen
=== fi fi
Perukirja
Vainaja: Eino Juhani Heikkinen, ⟨hetu⟩
Osakkaat: Marjatta Heikkinen (leski), ⟨hetu⟩; Timo Heikkinen (poika), ⟨hetu⟩
Toimitusmies: Asianajotoimisto Saari Oy, Y-tunnus ⟨ytunnus⟩
=== fi sv
Inkvarteringsanmälan / Ålands sjöfart
Namn: Jonas Eriksson (Mariehamn)
Personbeteckning: ⟨hetu⟩
Arbetsgivare: Rederi Ab Eckerö, FO-nummer ⟨ytunnus⟩
=== fi fi
Lomake (skannattu): Nimi: Pekka Salo  Sotu: ⟨hetu⟩  Puh: ⟨phfi⟩
=== fi fi
Y-tunnus ⟨ytunnus⟩ · ALV-numero FI⟨n:8⟩ · Puhelin ⟨phfi⟩ · Tilinumero FI⟨n:2⟩ ⟨n:4⟩ ⟨n:4⟩ ⟨n:4⟩ ⟨n:2⟩
=== is en
Staff list, Reykjavik office (kennitala is the Icelandic ID number)
Jón Sigurðsson     kt. ⟨kt⟩
Guðrún Einarsdóttir kt. ⟨kt⟩
Helga Björnsdóttir  kt. ⟨kt⟩
Company kennitala: ⟨kt⟩ (Norðurljós ehf.)
=== is da
Ny medarbejder fra Island: Sigríður Pálsdóttir, islandsk kennitala ⟨kt⟩. Dansk cpr tildeles efter indflytning - ansøgning sendt til Borgerservice.
=== is sv
Överföring till Island: mottagare Einar Ólafsson, kennitala ⟨kt⟩, kontonummer ⟨n:4⟩-26-⟨n:6⟩. Avsändare: Lovisa Ek, ⟨pnr⟩.
=== en en
Onboarding checklist - Copenhagen office (for expats)
1. Apply for CPR at International House (bring passport + lease)
2. Your CPR number will look like DDMMYY-XXXX; ours for the sample employee is ⟨cpr⟩ (test person, do not use).
3. Open a NemKonto (IBAN e.g. ⟨ibandk⟩)
4. Register with a GP
=== en en
Hi Sarah, I've attached the payroll reconciliation. Two employees have their personal numbers swapped in the HR system: Anders (⟨cpr⟩) and Andreas (⟨cpr⟩). The bank account numbers (⟨regkonto⟩ vs ⟨regkonto⟩) are correct. Could you fix it before the December run? Thanks, Tom
=== en en
Dear Mr. Öztürk,
Your Swedish coordination number (samordningsnummer) ⟨sam:long_dash⟩ has been registered. It is not a personal identity number, but it is used by Swedish authorities to identify you.
Kind regards, Swedish Tax Agency
=== en en
Ticket #⟨n:6⟩: Customer called, wants his account deleted. Gave personnummer ⟨pnr:short⟩ and order no. ⟨ocrse⟩. Verified via BankID. Escalated to DPO.
=== en en
Expense report - Nordic sales trip
Flight ref. ⟨hex:6⟩, hotel folio ⟨n:8⟩, taxi receipt no. ⟨n:10⟩
Employee ID ⟨n:6⟩. No personal ID numbers needed on expense reports.
=== en en
IMPORTANT: The following employees' national IDs were exposed in the misconfigured SFTP folder: Liam O'Connor (DK, ⟨cpr@jan1,nomod⟩), Maja Kowalska (SE, ⟨sam⟩), Juha Niemi (FI, ⟨hetu⟩). Incident ref. INC⟨n:7⟩.
=== en en
Sprint review notes: the CPR validator rejected ⟨cpr@child,nomod⟩ (a real newborn's number from the pilot, shared with consent) because it checked modulus 11. Since 2007 not all CPRs pass mod 11. Fixed in PR #⟨n:4⟩.
=== de de
Sehr geehrte Damen und Herren,
für die Anmeldung unseres dänischen Mitarbeiters Lars Thomsen benötigen wir Folgendes: dänische Personennummer (CPR) ⟨cpr⟩, Steuer-ID ⟨n:11⟩, Sozialversicherungsnummer 65 ⟨n:6⟩ T ⟨n:3⟩.
Mit freundlichen Grüßen
Personalabteilung, Flensburger Logistik GmbH
=== de de
Grenzpendler-Liste (Sønderjylland/Schleswig)
Name; Wohnort; Arbeitsort; CPR-Nr.; Steuer-ID
Jensen, Birte; Padborg; Flensburg; ⟨cpr⟩; ⟨n:11⟩
Petersen, Uwe; Harrislee; Kruså; ⟨cpr⟩; ⟨n:11⟩
Schmidt, Anja; Flensburg; Aabenraa; ⟨cpr@jan1,nomod⟩; ⟨n:11⟩
=== de sv
Hej! Min tyska kollega behöver ett samordningsnummer för att få lön. Hennes namn är Julia Becker, född 1991-03-04. Vi har ansökt, ärendenummer ⟨n:9⟩. Tills vidare använder vi anställningsnummer ⟨n:6⟩ i lönesystemet.
=== mixed da
Hej Linnea (cc Karsten)
Som aftalt: de svenske pendlere skal have deres svenske personnummer i det danske lønsystem som "udenlandsk id", og dansk cpr når de har fået det.
Johan Sjöberg, SE ⟨pnr#js_se:long_dash⟩, DK cpr ⟨cpr#js_dk@nomod⟩
Malin Ek, SE ⟨pnr:long_dash⟩, DK cpr endnu ikke tildelt
Filip Strand, SE ⟨pnr#fs_se⟩, DK cpr ⟨cpr#fs_dk⟩
Mvh Lønafdelingen
=== mixed sv
Gränspendlare Öresund - lönefil (utdrag)
Namn;Land;ID
Sara Holm;DK;⟨cpr⟩
Erik Ljung;SE;⟨pnr⟩
Mads Bro;DK;⟨cpr⟩
Hanna Nilsson;SE;⟨pnr:short⟩
=== mixed da
Reservation - færgen Helsingør-Helsingborg, firmaaftale
Passager 1: Kristoffer Hald, DK, ⟨cpr⟩
Passager 2: Elsa Hald, SE, ⟨pnr:long_dash⟩ (bor i Helsingborg)
Bil: reg. CD 12 345. Billetnr. ⟨n:10⟩
=== mixed sv
Vigselbevis (utdrag), Helsingborgs rådhus
Make 1: Jonas Bergström, ⟨pnr:long_dash⟩
Make 2: Mikkel Dahl, dansk medborgare, CPR ⟨cpr⟩
Vigselförrättare: Annette Lindh
=== mixed no
Hei! Den danske kollegaen vår (Rasmus Krogh, cpr ⟨cpr⟩) trenger et D-nummer for å jobbe i Norge. Søknaden er sendt til Skatteetaten, referanse ⟨n:9⟩. Vi bruker cpr-nummeret midlertidig i HR-systemet.
=== mixed fi
Ruotsalainen työntekijä: Ebba Lind, ruotsalainen henkilönumero ⟨pnr#e_se:long_dash⟩, suomalainen henkilötunnus ⟨hetu#e_fi⟩. Palkka maksetaan tilille ⟨ibanse⟩.
=== mixed en
Nordic customer support macro (v3):
"Please never send us your personal number (CPR, personnummer, fødselsnummer, henkilötunnus) by e-mail. Use the secure form. Your customer number looks like ⟨ocrse⟩ and is enough."
=== mixed en
Shared mailbox export - search "fødselsnummer":
3 hits: (1) Ingrid Moe, ⟨fnr⟩ (2) Bjørn Lie, ⟨fnr:space⟩ (3) a phone number ⟨phno⟩ mistakenly filed under the same label.
=== mixed da
Vi har modtaget flytteanmeldelse fra Norge. Tidligere norsk fødselsnummer ⟨fnr#i_no⟩, nyt dansk cpr ⟨cpr#i_dk⟩. Borgeren: Ingvild Sæther Jensen.
=== mixed sv
Flytt från Finland: Tidigare finsk personbeteckning ⟨hetu#r_fi⟩, nytt svenskt personnummer ⟨pnr#r_se:long_dash⟩. Namn: Riikka Aho-Lindberg.
=== ship en
ISPS Shore leave list - Port of Aarhus, vessel "BALTIC ROSE"
Name                 Nationality  ID
Ivanov, Sergei       RU           seaman book ⟨n:8⟩
Larsen, Tom          DK           ⟨cpr⟩
Nilsson, Eva         SE           ⟨pnr:short_dash⟩
Agent: Aarhus Shipping ApS, CVR ⟨cvr⟩, phone ⟨phdk:intl⟩
=== ship en
VESSEL: M/T NORDIC ASTRID  IMO ⟨n:7⟩  MMSI ⟨n:9⟩  Call sign OZ⟨n:4⟩
Bunker delivery note no. ⟨n:10⟩, quantity 412.5 mt
Master: Capt. H. Lund   (no personal data required on BDN)
=== log en
2026-11-30T07:41:02.113Z ERROR payroll-sync employee=⟨n:6⟩ national_id="⟨cpr⟩" country=DK msg="bank account rejected"
2026-11-30T07:41:02.118Z ERROR payroll-sync employee=⟨n:6⟩ national_id="⟨pnr:long⟩" country=SE msg="bank account rejected"
2026-11-30T07:41:02.120Z INFO payroll-sync batch=⟨ocrse⟩ done rejected=2
=== log en
{"ts":"2026-11-30T12:00:01Z","level":"warn","svc":"kyc","event":"id_mismatch","input":"⟨fnr⟩","country":"NO","request_id":"⟨hex:12⟩"}
{"ts":"2026-11-30T12:00:03Z","level":"info","svc":"kyc","event":"ok","input_masked":"⟨mask⟩","country":"DK","request_id":"⟨hex:12⟩"}
=== log en
Nov 30 22:15:01 fw01 kernel: IN=eth0 OUT= SRC=10.1.⟨n:2⟩.⟨n:2⟩ DST=10.2.0.5 LEN=60 ID=⟨n:5⟩ PROTO=TCP SPT=⟨n:5⟩ DPT=443 SEQ=⟨n:10⟩ ACK=0
Nov 30 22:15:01 fw01 kernel: IN=eth0 OUT= SRC=10.1.⟨n:2⟩.⟨n:2⟩ DST=10.2.0.5 LEN=60 ID=⟨n:5⟩ PROTO=TCP SPT=⟨n:5⟩ DPT=443 SEQ=⟨n:10⟩ ACK=0
=== log en
127.0.0.1 - - [30/Nov/2026:13:37:00 +0000] "POST /api/v2/verify?hetu=⟨hetu⟩&lang=fi HTTP/2" 200 312
127.0.0.1 - - [30/Nov/2026:13:37:04 +0000] "GET /api/v2/orders/⟨dl10⟩?include=lines HTTP/2" 200 9981
=== ldap en
# extended LDIF (partial export for the migration)
dn: uid=kpe,ou=people,dc=firma,dc=dk
cn: Karen Pedersen
employeeNumber: ⟨n:5⟩
dkCprNumber: ⟨cpr:plain⟩
telephoneNumber: ⟨phdk:intl⟩
=== gs1 en
Pallet label (SSCC) ⟨sscc:ai⟩
GTIN ⟨ean⟩   Batch ⟨n:6⟩   Best before 2027-05-31
Ship to GLN ⟨gln⟩
=== imei en
Device inventory (Intune export)
DeviceName,SerialNumber,IMEI,PrimaryUser
LT-CPH-⟨n:4⟩,⟨hex:10⟩,⟨imei⟩,anne.kjaer@firma.dk
PH-STO-⟨n:4⟩,⟨hex:10⟩,⟨imei⟩,jonas.hall@firma.se
PH-HEL-⟨n:4⟩,⟨hex:10⟩,⟨imei⟩,mikko.aho@firma.fi
=== vin en
Fleet list: VIN ⟨vin⟩ (Volvo XC40), VIN ⟨vin⟩ (Skoda Enyaq), VIN ⟨vin⟩ (VW ID.4). Leasing contract ⟨n:10⟩.
=== swift en
:20:⟨n:16⟩
:23B:CRED
:32A:261201DKK45000,00
:50K:/⟨ibandk:plain⟩
HOLM TRANSPORT APS
:59:/⟨ibanse:plain⟩
NILS ERIKSSON
:70:INV ⟨n:6⟩ PERSNR ⟨pnr:long⟩
:71A:SHA
=== json en
{"applicant": {"name": "Rahel Tesfay", "nationalId": {"country": "SE", "value": "⟨sam:long⟩", "type": "SAMORDNINGSNUMMER"}}, "caseRef": "⟨case⟩"}
=== json en
{"customers":[{"id":⟨n:7⟩,"vat":"DK⟨cvr⟩","gln":"⟨gln⟩"},{"id":⟨n:7⟩,"vat":"⟨orgnr:moms⟩","gln":"⟨gln⟩"},{"id":⟨n:7⟩,"vat":"⟨noorg:mva⟩","gln":null}]}
=== yaml en
# fixtures/users.yml - DO NOT COMMIT REAL DATA
- name: "Test Testesen"
  cpr: "⟨mask⟩"
- name: "Ole Bjerre"   # copied from prod by mistake
  cpr: "⟨cpr⟩"
=== csv en
order_id,created,customer_ref,amount_dkk
⟨dl10⟩,2026-11-01T10:12:00,C-⟨n:6⟩,499.00
⟨dl10⟩,2026-11-01T10:14:31,C-⟨n:6⟩,1299.00
⟨dl10⟩,2026-11-02T08:01:09,C-⟨n:6⟩,89.00
⟨dl10⟩,2026-11-02T09:55:40,C-⟨n:6⟩,249.00
=== csv en
ticket,opened_unix,closed_unix,agent
⟨n:6⟩,⟨ts⟩,⟨ts⟩,jkl
⟨n:6⟩,⟨ts⟩,⟨ts⟩,mhb
⟨n:6⟩,⟨ts⟩,⟨ts⟩,jkl
=== short en
My CPR is ⟨cpr:plain⟩, please update.
=== short en
personnummer: ⟨pnr:long⟩ (Swedish ID for the visa form)
=== short en
Norwegian ID no. ⟨fnr⟩ - needed for the Altinn access.
=== short en
Finnish personal identity code ⟨hetu⟩ (born after 2000? the letter is A).
=== short en
Tracking ⟨sscc⟩, phone ⟨phse:intl⟩, order ⟨dlmod⟩ (not an ID).
=== short no
Personnummeret mitt er ⟨fnr:space⟩, kan du sjekke lønnsslippen?
=== short fi
HETU: ⟨hetu⟩
=== short fi
Syntymäaika 12.03.1984, asiakasnumero ⟨n:8⟩ (ei henkilötunnus).
"""
