"""More hand-written v12 documents: numbers beside other numbers, over line breaks, in odd exports."""

BANK = r"""
=== hand-sheet da
Ark1 (kopieret fra Excel, kolonner flettet ved kopiering)
Navn	CPR	Telefon	Konto
Hanne Bach	[[cpr]]	{{tlfdk8}}	{{regkto}}
Jens Bach	[[cpr]]	{{tlfdk8}}	{{regkto}}

=== hand-sheet da
"Navn";"CPR-nr";"Ordrenr"
"Kirsten Dal";"[[cpr:plain]]";"{{mod10}}"
"Morten Dal";"[[cpr:plain]]";"{{mod10}}"
"Line Dal";"[[cpr:kid,plain]]";"{{mod10}}"

=== hand-payroll da
Eksport til Danløn (TXT)
0001 [[cpr:plain]] {{n:6}} 000{{n:5}} 0
0002 [[cpr:plain]] {{n:6}} 000{{n:5}} 0
0003 [[cpr:nomod,plain]] {{n:6}} 000{{n:5}} 0
Felt 2 = medarbejderens cpr. Nr. 3 fik nyt cpr i 2015 (uden modulus 11).

=== hand-mailchain da
Kort svar: ja, det er hende.
> Er [[cpr:#a]] Susanne Lyng? Hun står også som [[cpr:plain#a]] i det gamle system.

=== hand-call da
Notat efter opringning fra Borgerservice:
Borgerens cpr-nummer blev læst op i to dele: "[[cpr:nl]]" – noteret som ovenfor.
Tilbagekald på {{tlfdk}}.

=== hand-club da
Svømmeklubben Delfinen – stævnetilmelding
Navn, årgang, cpr (til DIF)
Asta, 2014, [[cpr:kid]]
Bertil, 2013, [[cpr:kid]]
Clara, 2015, [[cpr:kid]]
Træner: Bo Hald, [[cpr]]

=== hand-vehicle da
Parkeringsafgift – indsigelse
Jeg bestrider afgift nr. {{date10}} på bil {{plate:dk}}.
Mit cpr-nr. er [[cpr]] og mit telefonnr. {{tlfdk8}}.

=== hand-school da
Aftale om medicingivning i SFO
Barn: Kaj Thomsen, cpr [[cpr:kid]]
Medicin: astma-inhalator. Forælder: Gitte Thomsen, tlf. {{tlfdk8}}.

=== hand-debt da
Betalingsaftale
Kunde [[cpr:sp]] (cpr) – konto {{regkto}} – {{amount}} kr. pr. måned – aftalenr. {{mod10}}

=== hand-kyc da
Samtykke til kreditvurdering
Jeg, Torben Juhl, cpr-nr. [[cpr:old]], giver hermed samtykke.
Kreditoplysningsbureauets ref. {{ocr}}

=== hand-police da
Hittegods – udlevering
Fundet: pung med sundhedskort (cpr [[cpr]]) og 3 kvitteringer ({{luhn10}}, {{luhn10}}, {{luhn10}}).
Udleveret til ejeren {{date}} mod legitimation.

=== hand-church da
Vielsesattest
Brudgom: Christian Hedegaard, [[cpr]]
Brud: Marianne Sørensen, [[cpr:dots]]
Vidner: Kim Holm og Lene Berg
Vielsen foretaget i Sankt Knuds Kirke {{date}}.

=== hand-housing da
Fremlejeaftale – værelse
Udlejer: Peter Krogh, [[cpr:sp]]
Fremlejetager: svensk studerende, personnummer [[pnr:ld]]
Husleje {{amount}} kr.

=== hand-code da
curl -X POST https://api.example.dk/v1/borgere \
  -d '{"cpr":"[[cpr:plain]]","navn":"Ulla Holm"}'
# svar: {"id":"{{uuid}}","status":"created"}

=== hand-sig da
Venlig hilsen / Best regards
Trine Skov | Økonomi
T {{tlfdk}} | M {{dk00}}
CVR {{cvr}} | Fakturaer til EAN {{ean}}
P.S. Mit cpr til honorarsedlen: [[cpr]]

=== hand-migration da
Arbejdstilladelse – positivlisten
Ansøger: Ali Rahimi, dansk cpr [[cpr:nomod]] (tildelt ved indrejse 2024)
Arbejdsgiver: Vestjysk Stål A/S, CVR {{cvr}}
Sags-id {{n:8}}

=== hand-grant da
SU – dokumentation for forældreindkomst
Studerende: Nanna Kjær, [[cpr]]
Mor: Helle Kjær, [[cpr]]
Far: Jesper Kjær, [[cpr:jan1]]
(far er født 1. januar; hans cpr-nummer følger ikke modulus 11)

=== hand-survey da
Medarbejdertrivsel 2026 – kommentarfelt
"Hvorfor skal vi skrive cpr i undersøgelsen? Jeg skrev [[cpr:plain]] men fortryder"
"Jeg skrev bare 000000-0000"

=== hand-sheet sv
Blad1 (kopierat från Excel)
Namn	Personnummer	Mobil	Konto
Karin Ek	[[pnr:ld]]	{{mobse}}	{{clkto}}
Olof Ek	[[pnr:ld]]	{{mobse}}	{{clkto}}

=== hand-payroll sv
Fast bredd, export till Skatteverket (AGI-test)
[[pnr:l]] {{n:8}} {{n:7}}
[[pnr:l]] {{n:8}} {{n:7}}
[[pnr:co,l]] {{n:8}} {{n:7}}
Kolumn 1 = personnummer eller samordningsnummer.

=== hand-mailchain sv
Kort svar: ja, det är hon.
> Är [[pnr:#a]] Lovisa Dahl? Hon står som [[pnr:l#a]] i det gamla systemet.

=== hand-call sv
Samtal från Försäkringskassan: handläggaren läste upp personnumret [[pnr:lsp]] och ett ärendenummer {{luhn12}}.

=== hand-club sv
Ridklubben Hästsko – tävlingsanmälan
Ryttare: Ebba Lindahl, [[pnr:kid,ld]]
Häst: "Stjärna", reg.nr {{n:3}}-{{n:5}}-{{n:2}}
Målsman: Magnus Lindahl, [[pnr:ld]]

=== hand-vehicle sv
Parkeringsanmärkning – bestridande
Jag bestrider kontrollavgift {{luhn10}} för bil {{plate}}.
Mitt personnummer är [[pnr]], telefon {{mobse}}.

=== hand-school sv
Medicinöverlämning förskola
Barn: Vera Nyström, pnr [[pnr:kid]]
Vårdnadshavare: Sara Nyström, {{tlfse}}

=== hand-debt sv
Avbetalningsplan
Kund [[pnr:ld]] (personnummer) – konto {{clkto}} – {{amount}} kr/mån – avtal {{luhn12}}

=== hand-kyc sv
Samtycke till kreditupplysning
Jag, Bertil Ahlgren, personnummer [[pnr:plus]], samtycker.
Upplysningsföretagets referens {{ocr}}

=== hand-police sv
Hittegods – utlämning
Hittad plånbok med körkort (pnr [[pnr:ld]]) och kvitton {{luhn10}}, {{luhn10}}.
Utlämnad till ägaren {{isodate}}.

=== hand-church sv
Vigselbevis
Make 1: Jonas Wikström, [[pnr:ld]]
Make 2: Emil Sandberg, [[pnr:ld]]
Vigselförrättare: Kyrkoherde Anna Lund. Datum {{isodate}}.

=== hand-housing sv
Hyreskontrakt för studentrum
Hyresvärd: Studentbostäder AB, {{orgnr}}
Hyresgäst: dansk student Mads Holm, CPR [[cpr:sp]], svenskt samordningsnummer [[pnr:co]]

=== hand-code sv
curl https://api.example.se/v1/kunder?personnummer=[[pnr:l]]
# svar 200, kundid {{luhn10}}

=== hand-sig sv
Med vänlig hälsning / Kind regards
Lars Blom | Ekonomi
T {{tlfse}} | M {{se00}}
Org.nr {{orgnr}} | Plusgiro {{pg}}
P.S. personnr till arvodet: [[pnr:ld]]

=== hand-migration sv
Uppehållskort för familjemedlem
Sökande: Olena Kovalenko, samordningsnummer [[pnr:co,ld]]
Anknytningsperson: Niklas Berg, [[pnr:ld]]
Ärendenummer {{n:8}}.

=== hand-grant sv
CSN – inkomstuppgift
Studerande: Tilda Hansson, [[pnr:ld]]
Förälder: Anders Hansson, [[pnr:ld]] (inkomst enligt deklaration).

=== hand-survey sv
Medarbetarenkät – kommentarer
"Varför ska personnumret med? Jag skrev [[pnr:l]] men ångrar mig"
"Jag skrev bara 000000-0000"

=== hand-edge sv
Två nummer bredvid varandra i exporten: [[pnr:ld]];{{luhn12:dash}}
(första är personnummer, andra är ordernummer)

=== hand-edge da
To numre ved siden af hinanden: [[cpr]] {{mod10:dash}}
(først cpr, dernæst policenr.)

=== hand-edge da
Hun skrev sit cpr-nummer med mellemrum efter datoen: [[cpr:sp]] og med bindestreg på næste side: [[cpr]].

=== hand-edge sv
Personnummer med punkt i exporten? Nej: [[pnr:s]] (tio siffror utan bindestreck, fältet heter PNR)
"""
