"""More hand-written documents: Swedish authority and housing papers, Danish everyday papers, NO/FI letters."""

BANK = r"""
=== hand-more sv
Överlåtelseavtal – bostadsrätt

Säljare: Gunilla Sandström, [[pnr:ld]]
Köpare: Oskar Berglund, [[pnr:ld,mid]] och Hanna Berglund, [[pnr:ld,mid]]
Föreningen: Brf Talltitan, org.nr {{orgnr}}
Lägenhet nr 1203 (Skatteverkets lgh-nr 1302), andelstal 2,114 %
Köpeskilling: {{amount:big}} kronor

=== hand-more sv
Ägarbyte fordon

Reg.nr: KLM 48T
Tidigare ägare: Per-Olof Wikman ([[pnr]])
Ny ägare: Bilhallen i Gävle AB ({{orgnr}})
Kontrollnummer från registreringsbeviset: {{digits:4}}-{{digits:4}}
Inga personnummer på köparsidan – juridisk person.

=== hand-more sv
Hej Malin!

Jag är sjuk idag och i morgon, magsjuka. Mitt personnummer om det behövs för Försäkringskassan:
[[pnr:s]]

/Jonas (lager, skift B)

Skickat från min iPhone

=== hand-more sv
Arbetsgivarintyg

Arbetstagare: Fatima Osman
Personnummer/samordningsnummer: [[pnr:ld,samo]]
Anställd: {{date:iso}} – tills vidare
Arbetsgivare: Kustbolaget Städ AB, org.nr {{orgnr}}, telefon {{tel:sefix}}
Intyget utfärdat av: Lena Håkansson, personalansvarig

=== hand-more sv
Autogiromedgivande

Betalningsmottagare: Friskis Vänersborg, bankgironummer {{bg}}
Betalarnummer (ditt personnummer): [[pnr:l]]
Kontoinnehavare: Elin Strand, clearingnummer {{digits:4}}, kontonummer {{digits:9}}
Underskrift: ____________  Datum: {{date:iso}}

=== hand-more sv
Pensionsmyndigheten
Ditt pensionsbesked 2026

Namn: Sven-Erik Lund
Personnummer: [[pnr:old]]
Garantipension: {{amount}} kr/mån
Inkomstpension: {{amount}} kr/mån
Frågor? Ring {{tel:sefix}} och uppge ditt personnummer.

=== hand-more sv
CSN
Beslut om studiemedel

Ärende: {{digits:9}}
Namn: Alexander Jönsson, personnummer [[pnr:teen]]
Studier: Ekonomiprogrammet, Högskolan i Gävle
Studiemedel betalas ut till konto {{clearing}}.

=== hand-more sv
Folktandvården Skåne
Kallelse till undersökning

Patient: Noah Ahmadi, [[pnr:ld,school]]
Vårdnadshavare: Leila Ahmadi
Tid: {{date:iso}} kl. 14.20, Folktandvården Rosengård
Avbokning: {{tel:sefix}} senast 24 timmar innan.

=== hand-more sv
Tullverket – tulldeklaration (utdrag)

Importör: Nordisk Fiskimport AB, EORI-nummer SE{{orgnr:plain}}
Ombud: Mattias Ek, ombudets personnummer [[pnr]]
Transportdokument: {{digits:11}}
Varukod: 0302 1300 · Värde {{amount}} SEK

=== hand-more sv
Lantmäteriet – beviljad lagfart

Fastighet: Sigtuna Märsta 21:7
Lagfaren ägare: Simon Eklöf, [[pnr:ld]], andel 1/2
Lagfaren ägare: Johanna Eklöf, [[pnr:ld]], andel 1/2
Dagboksnummer: {{digits:5}}/26
Köpeskilling: {{amount:big}} kr

=== hand-more sv
Nyckelkvittens

Jag har mottagit 3 nycklar (nr {{digits:4}}, {{digits:4}}, {{digits:4}}) till lägenhet 0901.
Namn: Birgitta Malm
Personnummer: [[pnr:plus,old]]
Legitimation: pass nr {{digits:8}}

=== hand-more sv
Ansökan om ekonomiskt bistånd – november

Sökande: Dragana Petrović, [[pnr:ld,young]]
Medsökande: Milan Petrović, [[pnr:ld,young]]
Barn: Luka, [[pnr:ld,school]]; Mila, [[pnr:ld,small]]
Hyra enligt avi: {{amount}} kr (avinummer {{tenl}})

=== hand-more sv
Hej,

Begravningsbyrån här. Vi behöver den avlidnes personnummer till Skatteverkets dödsfallsintyg. Ni
skrev [[pnr#d]] i formuläret – stämmer det? I så fall är allt klart.

Med vänlig hälsning
Fonus Eskilstuna, ärende {{digits:7}}

> Ja, det stämmer: [[pnr:ld#d]]. Pappa var född i Torshälla.
> /Karin

=== hand-more sv
Hyresavi januari 2027

Hyresgäst: Kent Lindqvist, kundnummer {{tenl}}
Objekt: 3 rok, Sturegatan 14 B
Hyra {{amount}} kr · Förfallodag 2026-12-30
Betala till bankgiro {{bg}} med OCR {{ocr:10}}.

=== hand-more sv
Intyg om folkbokföring (personbevis, utdrag)

Personnummer: [[pnr:ld]]
Förnamn: Elsa Maria  Efternamn: Nyqvist
Folkbokföringsort: Örebro, församling Nikolai
Civilstånd: gift, make: [[pnr:ld]]

=== hand-more sv
Ekonomi har fått en faktura från en enskild firma utan org.nr. Fakturan anger
"Organisationsnummer: [[pnr]] (enskild firma)" – det är ägarens personnummer, så fakturan ska hanteras
som personuppgift.

=== hand-more sv
Gymavtal

Medlem: Nora Lindkvist, pnr [[pnr:s]]
Medlemsnummer: {{tenl}}
Autogiro från konto {{clearing}}
Bindningstid 12 månader, {{amount}} kr/mån.

=== hand-more sv
Hej Anders,

Kolla om du kan hitta Larssons lönespec, den med anställningsnummer {{digits:4}}? Han har ringt om att
skatten dragits fel. Han har inte personnummer på sig i telefon, bara sitt telefonnummer {{tel:se}}.

/Helena

=== hand-more sv
Lista över tilldelade parkeringstillstånd (utdrag)
Tillstånd   Reg.nr    Giltigt t.o.m.
{{tenl}}  ABC 123   {{date:iso}}
{{tenl}}  XYZ 98K   {{date:iso}}
{{tenl}}  MLP 402   {{date:iso}}
(tillståndsnumren är tio siffror men inga personnummer)

=== hand-more sv
Vårdnadshavares medgivande – vaccination

Barnets namn: Astrid Holm
Barnets personnummer: [[pnr:ld,school]]
Vårdnadshavare 1: Jenny Holm, [[pnr:ld,young]]
Vårdnadshavare 2: Anton Holm, [[pnr:ld,young]]

=== hand-more sv
Skickas till kommunens registrator

Dnr KS {{digits:4}}/{{digits:3}}
Synpunkt från allmänheten: "Gatlyset på Björkvägen är trasigt sedan tre veckor." Avsändaren uppgav
telefon {{tel:se}} men inget personnummer.

=== hand-more sv
Hemtjänstens nyckellista (skrivet för hand, inskannat)
Brukare             Pnr              Kod
Elis Öhman          [[pnr:plus,old]]     {{digits:4}}
Greta Fors          [[pnr:plus,old]]     {{digits:4}}
Holger Nyström      [[pnr:old]]     {{digits:4}}

=== hand-more da
Hej Camilla,

Min far er blevet indlagt, og jeg skal have fuldmagt til hans bank. Hans cpr er [[cpr:old]], og mit er
[[cpr:mid]]. Hans konto er {{regkto}}.

Venlig hilsen
Michael Dahl

=== hand-more da
Feriekort (udskrevet fra Feriepengeinfo)

Lønmodtager: Tanja Krog, cpr [[cpr]]
Optjeningsår: 1.9.2025–31.8.2026
Feriepenge til udbetaling: {{amount}} kr.
Arbejdsgiver: Nørrebro Bryghus ApS, SE-nr. {{cvr}}

=== hand-more da
A-kassen – dagpengeberegning

Medlem: Jacob Lorentzen
Medlemsnr. {{ten}}
Cpr-nr. [[cpr]]
Beregningsgrundlag: {{amount}} kr./md.
Udbetalingskonto: {{regkto}}

=== hand-more da
Sundhedskort (fotograferet, OCR)
SUNDHEDSKORT  Sygesikringsgruppe 1
[[cpr]]
KAREN LYKKE MOGENSEN
Læge: Lægerne Vestergade, tlf. {{tel:dk}}

=== hand-more da
Boligportal-chat

Udlejer: Hej, jeg skal bruge dit cpr til kontrakten
Lejer: er det nødvendigt? jeg kan sende kopi af pas i stedet, pasnr {{digits:9}}
Udlejer: cpr er nødvendigt til depositumskontoen
Lejer: ok: [[cpr:plain]]

=== hand-more da
Tandlægens SMS:
"Kære Ole. Husk din tid tirsdag kl. 9.30. Afbud senest dagen før på {{tel:dk}}. Dit patientnr. er {{ten}}."

=== hand-more da
Pensionsoversigt (PensionsInfo-udtræk)

Cpr-nr.: [[cpr:mid]]
Selskab             Aftalenr.        Værdi
Sampension          {{ten}}      {{amount:big}}
PFA                 {{ten}}      {{amount:big}}
ATP                 –                {{amount}}

=== hand-more da
Hej Tina

Ja, Kasper har fået nyt CPR efter kønsskiftet – det nye er [[cpr#k]]. Det gamle nummer skal ikke
bruges mere. Kan du rette det i personalesystemet? Medarbejdernr. er uændret ({{digits:5}}).

/HR

=== hand-more da
Udbetaling Danmark
Folkepension – meddelelse om regulering

Modtager: Ingeborg Lassen
CPR-nummer: [[cpr:old]]
Ny månedlig pension fra 1. januar 2027: {{amount}} kr.
Sagsnummer: {{digits:10}}

=== hand-more da
Tilmelding til dagplejen – skema udfyldt af forælder

Barnets navn ............ Olivia Hald
Barnets CPR ............. [[cpr:nomod,baby]]
Mors CPR ................ [[cpr:young]]
Fars CPR ................ [[cpr:young]]
Ønsket start ............ 1. marts 2027

=== hand-more da
Fra revisor til kunde:

Kære Henning
Jeg har brug for CPR på dig og din ægtefælle til selvangivelsen for jeres I/S (CVR {{cvr}}). Send dem
venligst via den sikre upload, IKKE i en mail.

Mvh Lotte Brandt, statsaut. revisor

=== hand-more no
Hei,

Jeg sender fødselsnummeret til sønnen vår for skoleskyss: [[fnr]]. Han begynner i 3. klasse på
Bekkelaget skole. Mitt telefonnummer er {{tel:no}}.

Mvh Ingrid

=== hand-more no
Utbetalingsmelding
Mottaker: Bjørn Sæther
Fødselsnr.: [[fnr:space]]
Kontonummer: {{digits:4}} {{digits:2}} {{digits:5}}
Beløp: {{amount}} kr, referanse {{digits:11}}

=== hand-more no
Skattemelding – vedlegg
Ektefelle 1: Anne Lise Holm, [[fnr]]
Ektefelle 2: Geir Holm, [[fnr]]
Org.nr. for utleieselskap: {{digits:9}} (ikke et personnummer)

=== hand-more fi
Hei Mika,

Tässä uuden työntekijän tiedot palkanlaskentaan: Laura Lindholm, henkilötunnus [[hetu]], tilinumero
FI{{digits:2}} {{digits:4}} {{digits:4}} {{digits:4}} {{digits:2}}. Hän aloittaa maanantaina.

Terveisin
Heidi, HR

=== hand-more fi
Kelan päätös

Saaja: Eero Saarinen
Henkilötunnus: [[hetu:y]]
Päätös koskee: asumistuki, {{amount}} € / kk
Asiakasnumero: {{digits:10}}

=== hand-more fi
Lasten tiedot päiväkotia varten:
Aada, henkilötunnus [[hetu:b]]
Eino, henkilötunnus [[hetu:a]]
Huoltaja: Satu Lehtinen, puh. {{tel:fi}}

=== hand-more sv
Finska kollegor i Haparanda – uppgifter till lönen
Namn             Henkilötunnus      Svenskt samordningsnummer
Kalle Rantanen   [[hetu#k]]        [[pnr:ld,samo,as_k]]
Tiina Väisänen   [[hetu]]        (ansökt)

=== hand-more da
Kundens fødselsdato og de sidste fire cifre blev brugt som kode: {{bdate#q}} / {{mask:last4#q}}. Hele cpr-nummeret
blev ikke oplyst.

=== hand-more sv
Kontrolluppgift – ränta (utdrag)
Uppgiftslämnare: Sparbanken Syd, org.nr {{orgnr}}
Inkomsttagare: [[pnr:l]]
Ränteinkomst: {{amount}}
Specifikationsnummer: {{digits:6}}
"""
