"""Hand-written v16 documents, second batch: more Swedish system text, centenarians and samordningsnummer,
Norwegian and Finnish papers, probe styles (after phone numbers, in parentheses, quoted, at line ends)."""

BANK = r"""
=== hand-export sv
Hogia Lön - utbetalningslista 2024-12 (sorterad på kostnadsställe)
KST  PERSONNR        NAMN                    NETTO       KONTO
110  [[pnr:ld]]   Berglund, Rut            {{amount}}   {{clearkto}}
110  [[pnr:co,ld]]   Nowak, Marek             {{amount}}   {{clearkto}}
120  [[pnr:ld]]   Hellström, Kjell         {{amount}}   {{clearkto}}
120  [[pnr:co,ld]]   Abdi, Hodan              {{amount}}   {{clearkto}}

=== hand-export sv
Hemtjänstens insatslista, utskrift {{stamp12d}} (utskriftstid, ej personnummer)
Brukare                 Pnr             Insats         Tid/vecka
Elsa Granberg           [[pnr:plus]]    dusch, inköp   3,5 h
Tage Lindgren           [[pnr:plus]]    tillsyn natt   7 h
Rakel Sjödin            [[pnr]]     matdistribution  1 h
Ingeborg Ahl            [[pnr:plus]]    städ           1 h

=== hand-call sv
Transkribering, inspelat samtal till Försäkringskassan (automatisk, oredigerad):
Handläggare: ... och ditt personnummer?
Kund: nitton ... ja jag läser från kortet, [[pnr:l]]
Handläggare: tack, och det gäller föräldrapenning för?
Kund: min dotter, hon har [[pnr:kid,ld]]
Handläggare: och ditt telefonnummer om vi behöver ringa tillbaka?
Kund: {{seph}}

=== hand-sms sv
Sms från mamma 19:02: Hej gubben! Mormors personnummer till färdtjänsten är [[pnr:plus]]. Hon fyller 101 i vår. Kram

=== hand-chat sv
Teams-chatt, Lönegruppen
Anna-Karin: vem har samordningsnumret för polska snickaren?
Jörgen: [[pnr:co]] enligt Skatteverket-beslutet
Anna-Karin: och hans kollega?
Jörgen: samma firma, [[pnr:co,ld]]. Båda saknar svenskt bankkonto, betalning till {{iban}}

=== hand-form sv
E-tjänst: Ansökan om parkeringstillstånd för rörelsehindrad
Sökandes personnummer: [[pnr:ld]]
Ombud (om sådant finns): Karin Wester, personnummer [[pnr:ld]]
Läkarintyg bifogat: ja
Referensnummer för ärendet: {{luhn12d}}

=== hand-scan sv
[inskannat med OCR från Skatteverkets personbevis, kvalitet låg]
PERSONBEVIS
Namn: ANDERSSON, Nils Gunnar
Personnummer: [[pnr:ocr,ld]]
Folkbokförd: {{svcity}} församling
Utfärdat: {{isodate}}  Ärendenr: {{luhn10d}}

=== hand-scan da
[OCR af indscannet sygesikringsbevis, blåt kort]
SUNDHEDSKORT
CPR-NR [[cpr:ocr,sd]]
NAVN Jytte Fog
LÆGE Lægerne i Byen, {{dastreet}}, tlf. {{dkph8}}

=== hand-helpdesk sv
Servicedesk, ärende RITM{{n8}}
Användare ringde från {{seph}} [[pnr]] - ville ha sitt SITHS-kort upplåst. (Siffrorna efter telefonnumret är hans personnummer, kontrollerat mot HSA.)
Åtgärd: kortet upplåst 14:22.

=== hand-helpdesk da
Supportsag {{n6}}, kategori: Løn/MitID
Medarbejder ringede fra {{dkph}} ([[cpr]]). Hun får "ugyldigt personnummer" i Silkeborg Data. Tjekket: der var et mellemrum for meget. Rettet.

=== hand-export da
Booking-eksport, Feriecenter Vesterhavet (semikolon, uden overskrift)
{{luhn10}};{{isodate}};{{isodate}};Hytte 12;Kim Bruun;"[[cpr]]";{{amount}}
{{luhn10}};{{isodate}};{{isodate}};Hytte 4;Lene Dam;"[[cpr]]";{{amount}}
{{luhn10}};{{isodate}};{{isodate}};Hytte 9;Ulrik Bay;"";{{amount}}
Kolonne 6 er gæstens cpr (kun når gæsten betaler med feriecheck).

=== hand-log sv
2025-04-02 08:15:22 [INFO] BankID-inloggning personnummer=[[pnr:l]] status=complete orderRef={{n8}}
2025-04-02 08:15:41 [INFO] BankID-inloggning personnummer=[[pnr:l]] status=complete orderRef={{n8}}
2025-04-02 08:16:03 [WARN] BankID-inloggning personnummer={{pnrmask}} status=userCancel

=== hand-export sv
Kyrkobokföring - utdrag ur församlingsregistret (för gravsättning)
Löpnr  Namn                 Personnummer    Avliden
{{n4}}   Märta Holm           [[pnr:plus]]    {{isodate}}
{{n4}}   Arvid Ström          [[pnr:ld]]   {{isodate}}
{{n4}}   Signe Vall           [[pnr:plus]]    {{isodate}}

=== hand-landlord sv
Hej Hyresgästföreningen,
jag (Tove Sandberg, [[pnr:sd]]) och min sambo (Ali Khan, [[pnr:co]]) har fått en hyreshöjning på {{amount}} kr. Vår hyresvärd är Bostads AB Lyan, org.nr {{orgnr}}. Lgh {{n4}}.
Kan ni hjälpa oss?

=== hand-bank da
Kære Flemming Kjær
Vi bekræfter, at din datter Ida (cpr. [[cpr:kid,sl]]) nu er oprettet med en børneopsparing med dig som værge (cpr. [[cpr:sl]]). Kontonummer {{n4}} {{cprlike}}. Indbetalingsloft {{amount}} kr. årligt.
Venlig hilsen Andelskassen

=== hand-insure sv
Hej Frida,
vi har registrerat barnförsäkringen för Vincent, personnummer [[pnr:kid]], med dig som försäkringstagare (personnummer [[pnr:s]]). Försäkringsnummer {{luhn12}}. Premie {{amount}} kr/mån via autogiro.

=== hand-travel sv
Resebyrån Solresor - deltagarlista, Gran Canaria v.9
1. Bengt Åhlund, [[pnr:ls]]
2. Gun Åhlund, [[pnr:ls]]
3. Lova Åhlund (barn), [[pnr:kid,ls]]
Bokningsnummer {{luhn10}}, avresa 20250224-0640 från Arlanda

=== hand-dentist da
Tandlægeklinikken i Hobro - indkaldelse fra Den Kommunale Tandpleje
Barn: Theo Kragh, personnr. [[cpr:kid,dot]]
Tid: {{date}} kl. {{time}}
Forælders telefon: {{dkph8}} - Svar "JA" til {{n4}} for at bekræfte

=== hand-vet no
Dyreklinikk, journal: Eier Kari Nordby, fødselsnummer [[fnr]], tlf {{noph}}. Katt "Pus", chip {{n8}}{{n6}}. Vaksinert {{date}}.

=== hand-export no
Eksport fra barnehagens system (tabulator)
barn	fødselsnr	avdeling	foresatt	tlf
Emil	[[fnr]]	Bjørnehiet	Tone Berg	{{noph}}
Sara	[[fnr:sp]]	Bjørnehiet	Ali Haidari	{{noph}}
Linnea	[[fnr]]	Revehiet	Per Moe	{{noph}}

=== hand-form no
Skjema: Søknad om kommunal bolig
Søkers fødselsnummer (11 siffer): [[fnr]]
Ektefelle/samboer: [[fnr:d]] (D-nummer, arbeidsinnvandrer)
Telefon: {{noph}}
Saksnr. {{n6}}/{{n2}}

=== hand-export fi
Asiakasrekisteri, apteekki (puolipiste-erotin)
asiakasnro;nimi;hetu;puhelin
{{n6}};Eino Mäkinen;[[hetu:old]];{{fiph0}}
{{n6}};Helmi Järvinen;[[hetu:new]];{{fiph0}}
{{n6}};Onni Laine;[[hetu]];{{fiph0}}

=== hand-form fi
Verkkolomake: Ilmoittautuminen kesäleirille
Lapsen henkilötunnus: [[hetu:new]]
Huoltajan henkilötunnus: [[hetu]]
Puhelin: {{fiph}}

=== hand-mail en
Hi team, the Finnish and Norwegian interns' IDs for the insurance list:
- Veera Salo, HETU [[hetu:new]]
- Jon Eik, fødselsnummer [[fnr]] (phone {{noph}})
- Lauri Heino, HETU [[hetu]]
Policy number for the group cover: {{luhn10}}.

=== hand-export da
Udtræk fra sagssystemet Nexus til revision (kolonnerækkefølge: cpr, sagsnr, navn, bevilget)
[[cpr:n]]	{{cprlike}}	Gerda Strand	{{amount}}
[[cpr:n]]	{{cprlike}}	Holger Bro	{{amount}}
[[cpr:n,jan1]]	{{cprlike}}	Jens Nyborg	{{amount}}
Note: Jens Nyborg er født 1. januar; cpr uden modulus 11-kontrol er korrekt.

=== hand-export da
CSV fra foreningens betalingsmodul, pipe-separeret, rækkefølge ændret i ny version:
beløb|dato|cpr|navn|kvitteringsnr
{{amount}}|{{isodate}}|[[cpr:s]]|Ulla Borup|{{dkstamp}}
{{amount}}|{{isodate}}|[[cpr:s]]|Svend Ågård|{{dkstamp}}
{{amount}}|{{isodate}}|[[cpr:kid,s]]|Alfred Ågård|{{dkstamp}}

=== hand-sms da
Fra Tandlægen: Hej! Vi mangler dit barns cpr i vores system. Svar på denne sms. -- Svar fra {{dkph}}: [[cpr:kid]] (Milas)

=== hand-chat da
Intern chat, ejendomsmægler-kontoret
Lærke: har du køberens cpr til skødet?
Anders: ja: "[[cpr]]"
Lærke: og sælgers?
Anders: står i salgsopstillingen, sag {{n5}}: ([[cpr:en]])
Lærke: perfekt, og tinglysningsafgift {{amount}}

=== hand-call da
Notat fra telefonsamtale, Bilhuset Vest (finansiering)
Kunden Martin Lauesen ringede fra {{dkph8}}, cpr [[cpr:sl]]. Ønsker at indfri billånet, lånenummer {{cprdash}}. Restgæld {{amount}} kr. Sendt opgørelse pr. mail.

=== hand-church da
Sognets navneændringsanmodning (fra borger.dk, tekstudtræk)
Ansøger: Sara Holm Nielsen
CPR-nummer: [[cpr:new]] (tildelt ved indrejse 2019)
Nyt navn ønsket: Sara Holm
Gebyr betalt, kvittering {{n8}}

=== hand-school da
Elevplan-eksport til ungdomsuddannelse (9. klasse, uddrag)
UNI-login;navn;cpr;ønske
{{n4}}abcd;Lukas Riis;[[cpr:kid]];HHX
{{n4}}efgh;Clara Bonde;[[cpr:kid]];STX
{{n4}}ijkl;Yasmin Ali;[[cpr:kid]];EUX

=== hand-pharmacy sv
Dosrecept - Apoteket, patientlista för boende på Solgården
Patient                     Personnr
Viola Berg                  [[pnr:plus]]
Henning Svahn               [[pnr:s]]
Ester Wik                   [[pnr:plus]]
Leveransdag: tisdag. Kontakt {{seph08}}

=== hand-club sv
Golfklubbens medlemsregister (export, kolumner: personnummer sist)
{{luhn10}}, Lars-Göran Ek, HCP 12,4, [[pnr:ld]]
{{luhn10}}, Monika Ek, HCP 24,0, [[pnr:ld]]
{{luhn10}}, Gustav Bohm, HCP 3,1, [[pnr:ld]]

=== hand-car da
Værkstedsordre, Autoservice Nord ApS
Kunde: Vivi Friis, tlf. {{dkph8}}
Bil: reg.nr. AF 33 118, km {{n6}}
Betaling: afdrag via Santander, kundens cpr til kreditaftalen: [[cpr:nl]]
Ordrenr. {{cprlike}}

=== hand-export en
Ticketing system export (Zendesk), custom field "national_id" filled by agents:
ticket_id,created,requester,national_id,subject
{{n6}},2024-03-15T12:30,Birk Olsen,[[cpr]],Cannot log in
{{n6}},2024-03-15T12:41,Siri Nyqvist,[[pnr:ld]],Wrong invoice
{{n6}},2024-03-15T13:02,Tero Aho,[[hetu]],Change address
{{n6}},2024-03-15T13:20,Frode Lid,[[fnr]],Refund
"""
