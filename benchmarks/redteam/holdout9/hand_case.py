"""Hand-written court, police, municipal and authority case texts (Danish, Swedish)."""

BANK = r"""
=== hand-case da
RETTEN I HOLBÆK
Udskrift af dombogen

Dom afsagt den {{date:dk}} i sag BS-{{digits:5}}/2026-HOL

Anklagemyndigheden
mod
Tiltalte Brian Møller Schou, cpr.nr. [[cpr]], Nørrevang 12, 4300 Holbæk

Anklageskrift er modtaget den {{date:dk}}. Politiets journalnr. {{digits:4}}-{{digits:5}}-{{digits:5}}-26.

=== hand-case da
Politirapport – Afhøring af vidne

Journalnr.: {{digits:4}}-{{digits:5}}-{{digits:5}}-26
Afhørt: Susanne Vinther Krogh
Personnummer: [[cpr:plain]]
Tlf.: {{tel:dk}}

Vidnet forklarede, at hun den pågældende aften så en mørk bil med reg.nr. AB 12 345 holde ved
tankstationen. Hun kunne ikke se fører.

=== hand-case da
Afgørelse om boligstøtte

Kære Hans Christian Ravn

Udbetaling Danmark har behandlet din ansøgning om boligstøtte modtaget {{date:dk}}.
Din sag: cpr-nr. [[cpr:dot]]
Husstand: dig og Emma Ravn ([[cpr:nomod,kid]])

Du får {{amount}} kr. om måneden fra 1. december 2026. Beløbet udbetales til din NemKonto.

Klagevejledning: Du kan klage inden 4 uger. Oplys sagsnr. {{digits:10}} ved henvendelse.

=== hand-case da
Referat fra børne- og ungeudvalgets lukkede møde

Punkt 4: Sag vedr. anbringelse, barn født {{bdate#b}} (cpr [[cpr:nomod,kid#b]]). Udvalget tiltrådte
forvaltningens indstilling. Sagsbehandler: Rikke Bendtsen. Sagsnr. {{digits:2}}.{{digits:2}}.{{digits:2}}-G01-{{digits:4}}-24.

Punkt 5: Orientering om budget – ingen personsager.

=== hand-case da
Skifteretten i Aarhus
Dødsbo efter Ejnar Kjærgaard, cpr. [[cpr:old]], sidst boende Trøjborgvej 8, 8200 Aarhus N.
Bobestyrer: advokat Pia Lauritzen.
Boets CVR: {{cvr}}. Boets konto: {{regkto}}.
Arvinger:
1. Søn, Torben Kjærgaard, [[cpr]]
2. Datter, Lis Kjærgaard Hede, [[cpr]]
Proklama udløber {{date:dk}}.

=== hand-case da
Kriminalforsorgen – Tilsynsplan

Klient: Dennis Aagaard (CPR: [[cpr:space]])
Tilsynsperiode: 12 måneder fra {{date:dk}}
Kontaktperson: Malene Fogh, tlf. {{tel:dk}}
Fængslets j.nr.: {{ten:dash}}

=== hand-case da
Borgerservice, Esbjerg Kommune
Notat vedr. navneændring

Borgeren henvendte sig personligt med pas nr. {{digits:9}}. Nuværende navn: Sandra Lykke Nielsen,
cpr [[cpr]]. Ønsket navn: Sandra Lykke Bjørnholm.
Gebyr {{amount}} kr. betalt – kvitteringsnr. {{ten}}.

=== hand-case da
Ankestyrelsen
Principafgørelse – anonymiseret

Sagen drejede sig om en borger (cpr-nr. XXXXXX-XXXX) der havde fået afslag på tilskud. Styrelsen fandt,
at kommunen skulle have vejledt borgeren. J.nr. {{digits:2}}-{{digits:5}}.

Bemærk: afgørelsen er offentliggjort uden personoplysninger.

=== hand-case da
Politiet – Bødeforelæg

Sigtede: Lasse Dyhr
Fødselsdato/CPR: [[cpr:spdash]]
Overtrædelse: Hastighedsoverskridelse, færdselslovens § 42
Bødens størrelse: {{amount}} kr.
Indbetales til reg.nr. 0216 konto {{kto}} med angivelse af sagsnummer {{digits:4}}-{{digits:5}}-{{digits:5}}-26.

=== hand-case da
Familieretshuset – indkaldelse til møde

Sagsparter:
  Mor: Julie Skov Andersen, [[cpr]]
  Far: Martin Brandt, [[cpr]]
Barn: Alma Skov Brandt, [[cpr:nomod,kid]]
Mødet holdes i Familieretshuset, Aalborg, den {{date:dk}} kl. 10.00. Ref.: FRH-{{digits:6}}.

=== hand-case da
Erklæring fra SKAT (uddrag)

Skattekontoen for personnummer [[cpr:nomod,jan1]] viser en restskat på {{amount}} kr. for indkomståret
2025. Der er ingen registrerede lønindeholdelser. Kontakt os på {{tel:dk}}.

=== hand-case da
Sagsnotat, Jobcenter Horsens

Samtale med borger (cpr. [[cpr]]) om jobafklaring. Borger oplyser at have ændret telefonnr. til
{{tel:dk}}. Næste samtale {{date:dk}}. Jobnet-id: {{ten}}.

=== hand-case sv
Stockholms tingsrätt
DOM
Mål nr B {{digits:4}}-26

PARTER
Åklagare: Kammaråklagare Elin Dahl, Åklagarmyndigheten
Tilltalad: Robin Axel SJÖSTRAND, [[pnr]]
Medborgare i Sverige
Adress: Fjällgatan 3, 116 28 Stockholm

Offentlig försvarare: advokat Nils Granqvist

=== hand-case sv
Polisen – Anmälan

Diarienummer: {{digits:4}}-{{digits:5}}-2026
Målsägande: Karin Åström, personnummer [[pnr:ld]]
Misstänkt: okänd
Brottskod: {{digits:4}}
Beskrivning: Cykel stulen från cykelställ vid Centralstationen. Ramnummer {{digits:10}}.

=== hand-case sv
Försäkringskassan
Beslut om bostadsbidrag

Personnummer: [[pnr:ld]]
Ärendenummer: {{digits:12}}

Du får bostadsbidrag med {{amount}} kronor per månad från och med {{date:iso}}. Barn i hushållet:
[[pnr:ld,kid]], [[pnr:ld,kid]].

=== hand-case sv
Kronofogden
Utmätning av lön

Gäldenär: Daniel Forsberg ([[pnr]])
Arbetsgivare: Nordströms Åkeri AB, org.nr {{orgnr}}
Förbehållsbelopp: {{amount}} kr/mån
Inbetalning till bankgiro {{bg}}, ange referens {{ocr:10}}.

=== hand-case sv
Socialtjänsten, Borås stad
Journalanteckning

{{date:iso}} Hembesök hos Lena Wikström, [[pnr:s]]. Lena berättar att hon fått nytt telefonnummer
({{tel:se}}). Dottern (samordningsnummer [[pnr:samo,kid]]) går nu i förskola.
/Handläggare Jonas P.

=== hand-case sv
Skatteverket – Beslut om folkbokföring

Personnummer: [[pnr:old]]
Namn: Ester Lindahl
Beslutet gäller: flyttning till Äldreboendet Solgläntan, Tallvägen 11, 571 38 Nässjö.
Ärendenummer: {{digits:3}}-{{digits:6}}-26/{{digits:4}}

=== hand-case sv
Migrationsverket
Beslut – uppehållstillstånd

Sökande: Samir Haddad, född {{bdate:iso#s}}, samordningsnummer [[pnr:ld,samo#s]]
Beslutsnummer: MIG-{{digits:9}}
Tillståndet gäller till och med {{date:iso}}.
Kortnummer UT-kort: {{digits:8}}

=== hand-case sv
Tingsrättens protokoll (utdrag)

Närvarande: rådmannen Ulf Brander, protokollförare Hanna Berg.
Sökande: Bostadsrättsföreningen Kastanjen, org.nr {{orgnr}}
Motpart: Maria Olofsson, [[pnr]]
Saken: avhysning. Motparten har inte inställt sig. Ärendet avgörs på handlingarna.

=== hand-case sv
Överförmyndarnämnden
Årsräkning 2025 – god man

Huvudman: Gösta Nyberg, [[pnr:plus,old]]
God man: Anneli Rask, [[pnr]]
Huvudmannens konto: {{clearing}}
Ingående saldo {{amount}} kr, utgående saldo {{amount}} kr.

=== hand-case da
Kommunens ejendomsskattebillet

Ejendomsnr.: {{digits:6}}
Kommune: 615
Ejer: Flemming og Aase Bech
CPR ejer 1: [[cpr]]
CPR ejer 2: [[cpr]]
Grundskyld {{amount}} kr. Betales via Betalingsservice, aftalenr. {{digits:9}}, PBS-nr. {{digits:8}}.

=== hand-case da
Indsigt efter databeskyttelsesforordningens art. 15

Kære Mikkel Westergaard

Du har bedt om indsigt. Vi har registreret følgende om dig:
 • Navn, adresse, tlf. {{tel:dk}}
 • CPR-nummer [[cpr]]
 • Kundenummer {{ten}} og aftalenummer {{digits:8}}
 • Betalingsoplysninger: reg. {{digits:4}} konto ******{{digits:4}}
Oplysningerne slettes 5 år efter kundeforholdets ophør.

=== hand-case da
Udskrift fra CPR-registret (test, ikke rigtig person)

Navn: Testperson Eksempel
Personnummer: {{badcpr}}
Bemærkning: Nummeret er opdigtet og har en ugyldig dato.

=== hand-case sv
Länsstyrelsen i Skåne
Tillstånd att bedriva bevakningsverksamhet

Sökande: Sydvakt Säkerhet AB, org.nr {{orgnr}}
Ansvarig föreståndare: Peter Karlsson, [[pnr:ld]]
Styrelseledamot: Jenny Roos, [[pnr:ld]]
Diarienummer: {{digits:3}}-{{digits:5}}-2026

=== hand-case da
Anmeldelse af arbejdsskade (EASY-kopi)

Tilskadekomne: Morten Graversen
CPR-nr.: [[cpr]]
Arbejdsgiver: Vejle Betonelement A/S, CVR-nr. {{cvr}}, P-nr. {{pnum}}
Skadesdato: {{date:dk}}
Arbejdsgivers sagsnr.: {{ten}}

=== hand-case sv
Kommunens biståndsbeslut

Den enskilde: Rut Sandberg ([[pnr:plus,old]])
Beviljad insats: hemtjänst 12 timmar per månad.
Hemtjänstgrupp: Norr, telefon {{tel:sefix}}
Beslutsdatum: {{date:iso}}

=== hand-case da
Kære pårørende

Vi skriver på vegne af Plejecenter Solbakken. Din mor, Inger Marie Vestergaard (cpr [[cpr:old]]), er
flyttet til bolig 14. Hendes beboernummer hos os er {{digits:4}}, og apoteket har hende under
kundenr. {{ten}}.

Med venlig hilsen
Afdelingssygeplejerske Karin Lund
"""
