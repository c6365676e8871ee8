"""Hand-written Swedish documents for the v12 identifier hold-out (slots: see ids12_slots.py)."""

BANK = r"""
=== hand-mailchain sv
Hej Maria!

Jag har lagt in det nu. Tack för snabbt svar.

> Den 3 nov. 2026 skrev Maria Ek:
> Personnumret till den nya konsulten är [[pnr:ld]]. Hon börjar måndag.
>
> >> Kan du skicka hennes personnummer så jag kan lägga upp henne i Visma?

=== hand-mailchain sv
Vidarebefordrat meddelande
Hej, se nedan – kunden har skickat sitt personnummer i klartext. Kan vi radera mejlet efteråt?

----- Ursprungligt meddelande -----
Hej! Mitt personnummer är [[pnr]] och mitt kundnummer {{luhn10}}. Jag vill säga upp avtalet.
Hälsningar Sven Åberg

=== hand-mailchain sv
SV: SV: Leverans
Ordernummer {{luhn12:dash}} skickades i går med PostNord, kolli-id {{track}}.
Faktura betalas till bankgiro {{bg}} med OCR {{ocr}}.
> Hej, när kommer order {{luhn12:dash}}?

=== hand-mailchain sv
Re: Ansökan förskoleplats
Här kommer uppgifterna ni bad om:
Barnet: Alva, [[pnr:kid]]
Jag själv: [[pnr:l]]
> Vi behöver personnummer för både barn och vårdnadshavare.
> Mvh Barn- och utbildningsförvaltningen

=== hand-mailchain sv
Tråden nedan gäller fel personnummer i lönesystemet.
> Lönekontoret: Vi har [[pnr:#a]] registrerat på dig.
>> Pontus Lind: Det stämmer inte, mitt är [[pnr:#b]] – det ni har är min fars.
> Lönekontoret: Rättat till [[pnr:ld#b]]. Ursäkta!

=== hand-calendar sv
BEGIN:VEVENT
SUMMARY:Utvecklingssamtal Stina Holm
DTSTART:20261210T130000
DESCRIPTION:Ta med ansökan (pnr [[pnr:ld]]). Rum 4B.
ORGANIZER:mailto:rektor@skolan.se
UID:{{uuid}}
END:VEVENT

=== hand-calendar sv
Kallelse: Återbesök, vårdcentralen
Tid: {{isodate}} kl. {{time}}
Patient: Greta Nyberg ([[pnr:plus]])
Om du får förhinder, ring {{tlfse}}. Bokningsnummer {{luhn10}}.

=== hand-calendar sv
Mötesinbjudan: Rehabmöte Försäkringskassan
Deltagare: handläggare, chef, medarbetare Olof Sandberg ([[pnr:l]])
Teams-länk: https://teams.microsoft.com/l/meetup-join/{{n:12}}
Lösenkod: {{n:6}}

=== hand-chat sv
[08:02] Ebba S: har någon pnr till praktikanten?
[08:03] Johan K: [[pnr:s]]
[08:03] Ebba S: tack, och hans mobil?
[08:04] Johan K: {{mobse}}

=== hand-chat sv
Slack #ekonomi 2026-10-02
lena.v: kund {{luhn10}} har betalat dubbelt
erik.n: återbetala till clearing {{clkto}}
lena.v: kunden skrev sitt personnr [[pnr:ld]] i meddelandet, ska vi maska det?

=== hand-chat sv
Messenger – Syskonen
Karin: vad är mammas personnummer? ska boka färdtjänst
Magnus: [[pnr:plus]]
Karin: 👍 hon fyller 102 i vår!

=== hand-chat sv
Teams-export, kanal Support
Agneta 09:41: ärendenummer {{luhn12}} stängt
Björn 09:44: nytt ärende {{luhn12}}, kund ringer från {{tlfse}}
Agneta 09:45: ok

=== hand-school sv
Anmälan till fritidshem
Barnets namn: Hedvig Strand
Barnets personnummer: [[pnr:kid,ld]]
Vårdnadshavare 1: Sofia Strand, [[pnr:ld]]
Vårdnadshavare 2: Gustav Strand, [[pnr:ld]]
Önskat startdatum: {{isodate}}

=== hand-school sv
Klasslista 4B – utdrag ur Skolplattformen
Elev;Personnummer;Vårdnadshavare tfn
Maja L;[[pnr:kid,l]];{{tlfse}}
Viktor P;[[pnr:kid,l]];{{tlfse}}
Tove R;[[pnr:kid,l]];{{tlfse}}
Axel S;[[pnr:kid,l]];{{tlfse}}

=== hand-school sv
Beslut om modersmålsundervisning
Eleven (samordningsnummer [[pnr:co,kid]]) beviljas modersmål arabiska 60 min/vecka.
Beslutsnummer {{luhn10:dash}}. Överklagas inom tre veckor.

=== hand-school sv
Protokoll, elevhälsoteamet
Elev med personnummer [[pnr]] har hög frånvaro (34 %). Kurator kontaktar hemmet.
Dnr {{n:4}}-{{n:3}}. Inga andra elever nämns.

=== hand-permit sv
Bygglov – beslut
Fastighet: Ekbacken 4:12
Sökande: Håkan Lindqvist, [[pnr:ld]]
Diarienummer BN {{n:4}}/{{n:4}}. Avgift {{amount}} kr, betalas till bankgiro {{bg}}, OCR {{ocr}}.

=== hand-permit sv
Serveringstillstånd
Bolag: Krogen i Hamnen AB, org.nr {{orgnr}}
Serveringsansvarig: Malin Sjöberg, pnr [[pnr:ld]]
Tillståndsnummer {{luhn10:dash}} (inte personnummer)

=== hand-permit sv
Parkeringstillstånd för rörelsehindrad
Innehavare: Stig Åkesson, [[pnr:old]]
Tillståndet gäller till {{date}}. Kortnummer {{n:8}}.

=== hand-police sv
Polisanmälan – stöld
Målsägande: Annika Berglund, [[pnr]]
Ärendenummer K{{n:6}}-26
Stulen egendom: cykel ramnr {{n:8}}, mobil IMEI {{imei}}
Försäkringsbolag: skadenummer {{luhn10}}

=== hand-police sv
Trafikolycka – rapport
Förare A: Leif Gustavsson, [[pnr:l]], reg.nr {{plate}}
Förare B: dansk medborgare Søren Holm, CPR [[cpr]], reg.nr {{plate:dk}}
Vittne: tfn {{se00}}

=== hand-police sv
Utdrag ur belastningsregistret (begärt av arbetsgivare)
Avser: Ylva Norén
Personnummer: [[pnr:lsp]]
Inga uppgifter. Utdragsnummer {{luhn12}}.

=== hand-vehicle sv
Registreringsbevis del 2
Reg.nr: {{plate}}   Chassinr: {{vin}}
Ägare: Torbjörn Falk, [[pnr:ld]]
Brukare: Brunns Bygg AB, org.nr {{orgnr}}

=== hand-vehicle sv
Båtregistret (Sjöhistoriska föreningens klubbregister)
Båt: "Måsen"  HIN {{hin}}
Ägare: Siv Hallberg, pnr [[pnr:plus]]
Medlemsnummer {{luhn10}}

=== hand-vehicle sv
Köpekontrakt bil
Säljare: Rune Eklund, [[pnr:ld]]
Köpare: Frida Wall, [[pnr:ld]]
Pris {{amount}} kr. Mätarställning {{n:5}} mil. Reg.nr {{plate}}.

=== hand-migration sv
Migrationsverket – beslut om uppehållstillstånd
Sökande: Mohammed Hassan, samordningsnummer [[pnr:co]]
Ärendenummer {{n:8}}-{{n:3}}. Tillståndet gäller till {{date}}.
Anknytning: hustru Hanna Hassan, [[pnr:ld]]

=== hand-migration sv
Ansökan om samordningsnummer (Skatteverket SKV 7711)
Person: Kasia Wójcik, född {{isodate}}
Tilldelat samordningsnummer: [[pnr:co,l]]
Rekvirent: Arbetsförmedlingen

=== hand-migration sv
Flyttanmälan från Norge
Namn: Ingrid Solberg
Norskt fødselsnummer: [[fnr]]
Svenskt personnummer tilldelat: [[pnr:ld]]
Inflyttningsdatum {{isodate}}

=== hand-grant sv
CSN – Beslut om studiemedel
Till: Linnea Åström, [[pnr:ld]]
Du får studiebidrag {{amount}} kr och studielån {{amount}} kr per vecka.
Ditt låneärende har nummer {{luhn12}}. Frågor: {{tlfse}}.

=== hand-grant sv
Återbetalning CSN
Betala till bankgiro {{bg}}.
OCR-nummer: {{ocr:ten}}
Ange inte ditt personnummer i meddelandet, använd OCR-numret.

=== hand-grant sv
Stipendieansökan – Stiftelsen för studier utomlands
Sökande: Elin Forsberg, personnr [[pnr:s]]
Kontonummer för utbetalning: {{clkto}}
Intyg bifogat.

=== hand-church sv
Svenska kyrkan – dopbevis
Barn: Alice Sundberg, [[pnr:kid]]
Föräldrar: Maja Sundberg och Oskar Sundberg
Dopdag: {{date}}. Församling: Domkyrkoförsamlingen.

=== hand-church sv
Utträde ur Svenska kyrkan
Jag, Gunnar Hedlund, personnummer [[pnr:ld]], begär utträde.
Datum {{isodate}}. Underskrift G. Hedlund

=== hand-church sv
Gravrättsinnehavare – förteckning
Gravplats | Innehavare | Personnummer
A-{{n:3}} | Märta Lund | [[pnr:plus,ld]]
B-{{n:3}} | Göran Ek | [[pnr:ld]]
C-{{n:3}} | Agneta Ros | [[pnr:ld]]

=== hand-housing sv
BRF Solgläntan – överlåtelseavtal
Säljare: Annika Hjelm, [[pnr:ld]]
Köpare: Mattias Roos, [[pnr:ld]] och Sara Roos, [[pnr:ld]]
Lägenhetsnummer {{n:4}} (Skatteverkets), föreningens org.nr {{orgnr}}

=== hand-housing sv
Kölista Hyresbostäder (utdrag)
Könummer;Namn;Kötid
{{luhn10}};Emma Björk;2014
{{luhn10}};Viktor Alm;2016
{{luhn10}};Lovisa Berg;2020
(Könumret är inte personnummer.)

=== hand-housing sv
Andrahandsuthyrning – ansökan till styrelsen
Hyresgäst: Fredrik Olsson, [[pnr:ld]]
Andrahandshyresgäst: Maja Pettersson, [[pnr:s]]
Period {{isodate}} – {{isodate}}

=== hand-club sv
IFK Hälsingby – medlemsregister (export)
namn,födelsedatum,personnummer,avgift
"Oskar Lund",{{isodate}},[[pnr:ld]],{{amount}}
"Ebba Ek",{{isodate}},[[pnr:kid,ld]],{{amount}}
"Nils Vik",{{isodate}},[[pnr:ld]],{{amount}}

=== hand-club sv
LOK-stöd redovisning (Riksidrottsförbundet)
Deltagare i sammankomst {{isodate}}:
[[pnr:kid,l]] Alva
[[pnr:kid,l]] Melvin
[[pnr:kid,l]] Saga
Ledare: [[pnr:l]] Henrik

=== hand-club sv
Årsmöte Stockholms Schackklubb – protokoll
Föreningens org.nr {{orgnr}}. Kassören redovisade ett överskott på {{amount}} kr.
Inga personnummer förs in i protokollet.

=== hand-payroll sv
#FLAGGA UTF8
#PROGRAM "Visma Lön 600"
#ANSTÄLLD [[pnr:l]] "Eva Nordin"
#LÖNEART 010 {{amount}}
#ANSTÄLLD [[pnr:l]] "Per Wiklund"
#LÖNEART 010 {{amount}}

=== hand-payroll sv
pnr;anstnr;brutto;skatt
[[pnr:s]];{{n:4}};{{amount}};{{amount}}
[[pnr:s]];{{n:4}};{{amount}};{{amount}}
[[pnr:co,s]];{{n:4}};{{amount}};{{amount}}

=== hand-payroll sv
Lönespecifikation oktober
Anställd: Lennart Hammar, anst.nr {{n:5}}
Personnr: [[pnr:ld]]
Arbetsgivare: Norrbygg AB, {{orgnr}}
Utbetalt till clearing {{clkto}}

=== hand-kyc sv
Kundkännedom (KYC) – privatperson
Namn: Malin Engström
Personnummer: [[pnr:ld]]
Legitimation: pass {{n:8}}, giltigt till {{isodate}}
Verklig huvudman i bolaget {{orgnr}}: ja

=== hand-kyc sv
Enskild firma – kontroll
Firma: Wall Snickeri (enskild näringsidkare)
Organisationsnummer = innehavarens personnummer: [[pnr:ld]]
Momsreg.nr SE{{n:10}}01

=== hand-kyc sv
Personkonto Nordea
Kontonummer: 3300-[[pnr:s]] (clearing 3300 + personnummer)
Kontohavare: Ulf Sandin

=== hand-debt sv
Inkassokrav
Gäldenär: Tobias Lindahl, [[pnr:ld]]
Fordran: {{amount}} kr, fakturanr {{luhn10:dash}}
Betala till bankgiro {{bg}} med OCR {{ocr}} senast {{date}}.

=== hand-debt sv
Betalningsplan
Ärende {{luhn12:dash}} (vårt ärendenummer)
Kund: Sara Lindgren, personnr. [[pnr]]
Avbetalning {{amount}} kr/mån från {{isodate}}

=== hand-survey sv
svar_id,ålder,län,personnummer_frivilligt,betyg
{{n:5}},41,Skåne,,5
{{n:5}},23,Uppsala,[[pnr:ld]],3
{{n:5}},58,Jämtland,vill ej,4
{{n:5}},36,Örebro,[[pnr:l]],2

=== hand-survey sv
Enkät – fritextsvar
"Jag har skickat mitt personnummer [[pnr]] tre gånger utan svar"
"Ordernumret var {{luhn12}}, inget personnummer"
"Ring mig på {{mobse}}"

=== hand-call sv
Samtalsanteckning kundtjänst 10:12
Kunden Leif Åkerlund uppger personnummer [[pnr:nl]] men BankID misslyckas.
Hänvisad till kontor. Ärende {{luhn10}}.

=== hand-call sv
Telefonanteckning
Inringare från {{tlfse}}: dottern till Astrid Holm ([[pnr:plus]]) vill ändra adress.
Fullmakt saknas, ingen ändring gjord.

=== hand-handform sv
(avskrift av handskriven blankett)
Namn: Karl Bergqvist
Personnr: [[pnr:s]]  (siffrorna svåra att läsa, antecknat som det står)
Ort: Kiruna

=== hand-handform sv
Lapp på anslagstavlan i personalrummet (avskrift):
"Hittad plånbok, leg. med pnr [[pnr:ld]] – finns i receptionen"

=== hand-sheet sv
Namn              Personnummer      Avdelning
Anna Hed          [[pnr:ld]]     Ekonomi
Karl Dahl         [[pnr:ld]]     Ekonomi
Lena Ås           [[pnr:co,ld]]     Lager
Per Ruth          [[pnr:ld]]     Lager

=== hand-sheet sv
Namn + personnr (sammanslagna celler)	Startdatum	Lön
Eva Lund [[pnr:l]]	{{isodate}}	{{amount}}
Jon Falk [[pnr:ld]]	{{isodate}}	{{amount}}
Siv Ahl [[pnr]]	{{isodate}}	{{amount}}

=== hand-code sv
# config/test_users.yml
users:
  - name: Testa Testsson
    personnummer: "[[pnr:l]]"   # FEL: riktigt nummer från supportärende, ska bort
    order_id: "{{luhn12}}"

=== hand-code sv
@Test
void parsesOrder() {
    // ordernumret ser ut som ett personnummer men är det inte
    assertEquals("order", classify("{{luhn10:dash}}"));
}

=== hand-code sv
SELECT * FROM kund WHERE personnr = '[[pnr:ld]]';
-- kundid {{luhn10}} gav fel resultat

=== hand-sig sv
Vänliga hälsningar

Malin Karlsson
Löneadministratör
Tel: {{tlfse}} | Mobil: {{mobse}}
Org.nr {{orgnr}} · Bankgiro {{bg}}

=== hand-sig sv
<div>Hej, personnummer till nyanställd: <span>[[pnr:ld]]</span></div>
<div style="color:grey">Per Holmgren | Tel {{tlfse}} | org.nr {{orgnr}}</div>

=== hand-edge sv
Loggrad: 2026-11-02T08:11:09Z user=admin action=lookup pnr=[[pnr:l]] status=200
Loggrad: 2026-11-02T08:11:14Z user=admin action=lookup order={{luhn12}} status=404

=== hand-edge sv
https://minasidor.example.se/kund/{{luhn10}}/fakturor
https://intranet.example.se/personal?personnummer=[[pnr:l]]&vy=lön

=== hand-edge sv
Filnamn i delad mapp: \\srv02\Löner\2026\lönebesked_[[pnr:l]].pdf och anställningsavtal_[[pnr:l]].pdf

=== hand-edge sv
Hon skrev personnumret över två rader på blanketten:
[[pnr:nl]]
och telefonnumret under: {{tlfse}}

=== hand-edge sv
Tidsstämpel {{stamp}} är ingen person; men fältet "pnr" i samma rad var [[pnr:l]].

=== hand-edge sv
Jubilar i december: Ingrid Nord, [[pnr:plus]], fyller 101 år. Blommor beställda, order {{luhn10:dash}}.

=== hand-edge sv
Samordningsnummer (dag + 60): [[pnr:co]] och [[pnr:co,l]] – båda tilldelade av Skatteverket till säsongsarbetare.

=== hand-edge sv
Personnumret [[pnr:#z]] förekom två gånger i underlaget; andra gången som [[pnr:l#z]].

=== hand-call sv
Anteckning från växeln: Rolf (pnr [[pnr:s]]) ringde om sin sjukanmälan, vill bli uppringd på {{mobse}} efter 14.

=== hand-school sv
Ansökan om skolskjuts
Elev: Melvin Öberg, [[pnr:kid]]
Vårdnadshavare: Ulla Öberg, [[pnr]]
Avstånd till skolan: 4,2 km. Beslut {{isodate}}.

=== hand-migration sv
Arbetstillstånd – komplettering
Arbetsgivare: Skördefolk AB, {{orgnr}}
Arbetstagare: Tran Van Minh, samordningsnr [[pnr:co,ld]]
Anställningserbjudande daterat {{isodate}}.
"""
