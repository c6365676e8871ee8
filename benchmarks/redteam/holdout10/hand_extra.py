"""More hand-written v10 documents: sectors and edge cases the other banks do not reach. Slots: see slots.py."""

BANK = r"""
=== hand-more da
Kirkekontoret, Vor Frue Sogn
Navneændring - anmeldelse
Barnets nuværende navn: Luna Pedersen, CPR [[cpr:kid]]
Nyt navn: Luna Pedersen Brink
Forældremyndighedsindehaver: Julie Brink, CPR [[cpr]]
Gebyr betalt, kvitteringsnr. {{date10}}
=== hand-more da
Begravelsesforretning Fjord
Afdøde: Svend Aage Kjeldsen
Personnummer: [[cpr:old]]
Dødsdato: {{date}}
Anmelder: sønnen Per Kjeldsen, tlf. {{tlfdk}}
Ordrenr. {{date10}}
=== hand-more da
Køreskolen Start - elevkort
Elev: Alberte Winther
CPR: [[cpr:kid]]
Lektion 1-16 betalt. Teoriprøve bestilt {{date}}, booking-ID {{date10}}.
=== hand-more da
Ansøgning om jagttegn
Ansøgers cpr-nummer ________ [[cpr]] ________
Jagttegnsnr. (hvis fornyelse): {{n:8}}
Riffelnr.: {{n:7}}
=== hand-more da
Bibliotekets låner-eksport (fejlbehæftet)
lånerid=[[cpr:plain]] navn="Aksel Holst" lånerkort={{n:10}}
lånerid=[[cpr:plain]] navn="Grete Bonde" lånerkort={{n:10}}
(lånerid er desværre cpr-nummeret i det gamle system)
=== hand-more da
Tandlægehuset - tidsbestilling
Patient: [[cpr:sp]]  Asger Damgaard
Næste besøg {{date}} kl. 10.30
Henvist af ydernr. {{n:6}}
=== hand-more da
Beboerparkering - licens
Bilens reg.nr.: CX {{n:5}}
Ansøgers cpr: [[cpr]]
Licensnummer: {{date10}} (trykt på licensen)
=== hand-more da
Domsmandsliste 2026-2029, Rudersdal
Jesper Engel, [[cpr]], Holte
Lise Brodersen, [[cpr]], Birkerød
Mohammed Saleh, [[cpr:nomod]], Nærum (dansk CPR siden 2012)
=== hand-more da
Forsvarets Dag - indkaldelse
Værnepligtig: Magnus Tang
CPR-nr. [[cpr:sp]]
Mødested: Kasernen, Holstebro. Mødenummer {{n:7}}.
=== hand-more da
Andelsboligforeningen Lærkely - ventelisten
Nr. Navn CPR Indskrevet
1 Vera Munk [[cpr]] {{date}}
2 Tage Rønne [[cpr]] {{date}}
3 Hjalte Nøhr [[cpr:jan1]] {{date}}
=== hand-more da
Tilflytning el - Andel Energi
Kundenr. {{date10}}  Målernr. {{n:8}}  Aftagenr. {{n:18}}
Kunde: Oda Bech, cpr [[cpr:plain]]
=== hand-more da
Fitness World - opsigelse
Medlemsnr. {{luhn10}}
Jeg opsiger hermed mit medlemskab. Cpr (til identifikation): [[cpr]]
Anna-Sofie Kruse
=== hand-more da
Vielsesattest (udskrift)
Brud: Mette Holm, CPR [[cpr]]
Brudgom: Anders Holm, CPR [[cpr]]
Vielsesdato: {{date}}, Frederiksberg Rådhus. Løbenr. {{date10}}.
=== hand-more da
Værgemål - Familieretshuset
Den, der er under værgemål: Ebba Kofoed, [[cpr:old,sp]]
Værge: Rikke Kofoed, [[cpr:sp]]
=== hand-more da
Vaccinationskort (udskrift fra sundhed.dk)
[[cpr]] - MARTIN STAUN
{{date}}  Influenza  Batch {{n:6}}
{{date}}  Covid-19   Batch {{n:6}}
=== hand-more da
Blodbanken - donorkort
Donornr. {{date10}}
CPR [[cpr:plain]]
Blodtype: 0 RhD+
=== hand-more da
A-kassen - ledighedserklæring
Medlemsnummer: {{luhn10}}
CPR-nummer: [[cpr:en]]
Seneste arbejdsgiver: Lagerhuset A/S, CVR {{cvr}}
=== hand-more da
SU - ændring af udbetaling
Uddannelse: Cand.merc.
CPR: [[cpr]]
Ny konto: {{regkto}}
=== hand-more sv
Pastorsexpeditionen
Dopanmälan: barnets personnummer [[pnr:kid,ld]]
Vårdnadshavare: Tove Lindh, [[pnr:ld]]
Dopdag {{isodate}}, Domkyrkan
=== hand-more sv
Begravningsbyrån Frid
Avliden: Elsa Marklund, [[pnr:plus]]
Beställare: Bo Marklund, [[pnr]], tel {{tlfse}}
Ordernr {{luhn10}}
=== hand-more sv
Trafikskolan - elevkort
Elev: Melvin Strand, [[pnr:kid]]
Körkortstillstånd giltigt t.o.m. {{isodate}}. Kundnr {{luhn10:dash}}.
=== hand-more sv
Båtklubben Vågen - medlemsmatrikel
Plats  Namn  Personnr
12  Harald Sjö  [[pnr:s]]
13  Linda Åkerlund  [[pnr:s]]
14  (ledig)
=== hand-more sv
Biblioteket: lånekort {{n:10}}. Låntagare identifierad med personnummer [[pnr:ld]].
=== hand-more sv
Bostadskö - Boplats
Kö-nummer {{luhn10}}
Sökande: Jonna Berglund, pnr [[pnr:l]]
Medsökande: Viktor Berglund, pnr [[pnr:l]]
=== hand-more sv
Vaccinationsintyg
Namn: ALVA NORÉN
Personnummer: [[pnr:kid,ld]]
Vaccin: MPR  Dos 2  {{isodate}}
=== hand-more sv
A-kassan - anmälan
Medlemsnummer {{luhn10}}
Personnummer [[pnr:ld]]
Arbetsgivare {{orgnr}}
=== hand-more sv
Äktenskapsbevis
Make: Per Åström [[pnr]]
Make: Oskar Lind [[pnr]]
Vigselförrättare: Borgerlig vigselförrättare, Malmö
=== hand-more sv
Godmanskap - ansökan till överförmyndaren
Huvudman: Ingegerd Wahl, [[pnr:plus]]
Föreslagen god man: Nils Wahl, [[pnr:ld]]
=== hand-more sv
Blodcentralen - givarkort
Givarnr {{luhn10}}
Pnr [[pnr:ld]]
Blodgrupp A+
=== hand-ocr da
Fo1keregister - udskrift
Navn ...... Henning Juhl
CPR ....... [[cpr]]
Adr ....... Østergade 4, l.sal
Tilf1yttet  {{date}}
=== hand-ocr da
AnsøgningomboligstøtteCPR:[[cpr:plain]]Husleje:{{amount}}kr
=== hand-ocr sv
Intyg0m1ön Personnr:[[pnr:ld]]Lön:{{amount}}kr/mån
=== hand-ocr da
TILBUD OM ANSÆTTELSE       side l af 2
Ansættes: Ole Brink        Cpr-nr.: [[cpr:sds]]
Stilling: Lagermedarbejder   Lønnr.: {{date10}}
=== hand-ocr sv
F Ö R S Ä K R I N G S B R E V
Försäkringstagare  [[pnr:ld]]
Försäkringsnr      {{luhn10}}
Premie             {{amount}} kr/år
=== hand-ocr da
Kvittering for modtaget pas
Pasnr. {{n:9}}   CPR [[cpr:nl]]
Afhentet {{date}}
=== hand-edge da
Ansøger #1:[[cpr:plain]]#2:[[cpr:plain]]#3:(mangler)
=== hand-edge da
CPR=[[cpr:plain]]&KUNDE={{date10}}&TLF={{n:8}}
=== hand-edge da
(CPR [[cpr]]) [kunde {{date10}}] {ordre {{date10}}}
=== hand-edge da
Cpr.: [[cpr]].
Kontonr.: {{regkto}}.
Sagsnr.: {{date10}}.
=== hand-edge da
Patient indlagt {{date}} og har CPR-nr. [[cpr]]; telefon {{tlfdk}}; forsikringsnr. {{date10}}.
=== hand-edge da
Vores P-numre: {{pnum}}, {{pnum}} og {{pnum}}. Ingen af dem er cpr-numre.
=== hand-edge da
Det danske CPR-nummer skrives DDMMÅÅ-XXXX, fx {{mcpr}}. Dit eget finder du på sundhedskortet.
=== hand-edge da
Svensk pendler i dansk lønsystem: CPR [[cpr]], svensk personnummer [[pnr:ld]].
=== hand-edge sv
Dansk medborgare bosatt i Malmö: CPR-nummer [[cpr]], samordningsnummer [[pnr:co,ld]].
=== hand-edge sv
Pnr:[[pnr:l]],Namn:Stina Holm,Tel:{{tlfse}},Kundnr:{{luhn10}}
=== hand-edge sv
Referens: {{luhn10:dash}} (detta är ett ordernummer, inte ett personnummer)
=== hand-edge sv
Personnummer [[pnr:s]]kontrollerat mot folkbokföringen.
=== hand-edge sv
"[[pnr:ld]]","[[pnr:ld]]","{{mpnr}}"
=== hand-edge sv
Personnummer enligt mallen ÅÅÅÅMMDD-NNNN. Exempel i manualen: {{mpnr}}. Ange ditt eget nedan.
=== hand-edge en
Customer ID:{{date10}} | CPR:[[cpr:plain]] | Phone:{{tlfdk}}
=== hand-edge en
Your order {{luhn10}} has shipped. Track it at https://track.example.com/{{sscc}}.
=== hand-tech sv
2026-12-01 07:55:10,221 ERROR bankid.auth personalNumber=[[pnr:l]] status=failed hintCode=userCancel
2026-12-01 07:55:31,004 INFO  bankid.auth orderRef={{luhn10}} status=pending
=== hand-tech da
curl -X POST https://api.example.dk/v1/borger -d '{"cpr":"[[cpr:plain]]","kommune":"0101"}'
=== hand-tech da
cpr,fornavn,efternavn,postnr
"[[cpr:plain]]","Ib","Mose","8000"
"[[cpr:plain]]","Lis","Mose","8000"
=== hand-tech sv
UPDATE anstalld SET personnummer = '[[pnr:ld]]' WHERE anstnr = {{n:5}};
UPDATE anstalld SET kontonr = '{{luhn10}}' WHERE anstnr = {{n:5}};
=== hand-tech en
<Employee id="{{n:5}}"><Country>DK</Country><NationalId>[[cpr:plain]]</NationalId><BankAccount>{{date10}}</BankAccount></Employee>
=== hand-tech en
{"employees":[{"country":"NO","nationalId":"[[fnr]]"},{"country":"FI","nationalId":"[[hetu]]"},{"country":"SE","nationalId":"[[pnr:l]]"}]}
=== hand-nofi no
Hei!
Kan du sende meg fødselsnummeret ditt? Trenger det til reiseforsikringen.
- Ja: [[fnr]]
=== hand-nofi no
Elevliste 4B, Nordstrand skole
Fødselsnr.     Navn
[[fnr]]    Ingrid
[[fnr]]    Sondre
=== hand-nofi fi
Vuokrasopimus
Vuokralainen: Eero Lahtinen, hetu [[hetu]]
Vuokranantaja: Asunto Oy Kuusi, Y-tunnus {{n:7}}-{{n:1}}
=== hand-nofi fi
Terveyskeskus - ajanvaraus
Potilas: [[hetu]]
Puhelin: {{tlffi}}
Varausnumero: {{n:10}}
=== hand-invoice sv
Kvitto - Elgiganten
Kvittonr {{luhn10}}
Kassör: 14
Garanti registrerad på personnummer [[pnr:ld]]
Summa {{amount}} kr
=== hand-invoice da
Girokort / FI-kort
+71< {{ocr:ten}}{{n:5}} +{{n:8}}<
Betaler: Jens Agger, CPR (til servicefradrag) [[cpr]]
=== hand-invoice da
Pakkeseddel
Sporingsnr. {{track}}
Afsender CVR {{cvr}}
Modtager tlf. {{tlfdk}}
Ordre {{date10}}
=== hand-invoice sv
Hyresavi november
Avinr {{luhn10}}   OCR {{ocr}}
Hyresgäst: Ella Rosén
Belopp {{amount}} kr till bankgiro {{bg}}
"""
