"""The last hand-written v10 documents: threads with signatures, tables with headers far above, odd separators,
Nordic mixes and negatives that look like identifiers. Slots: see slots.py."""

BANK = r"""
=== hand-mail da
Hej Søren

Jeg har kigget på listen fra lønbureauet. Række 4 (Malene) står med {{date10}} i cpr-feltet, men det er hendes
gamle medarbejdernummer. Hendes rigtige CPR er [[cpr:en]].

Venlig hilsen / Best regards
Tina Holt
Økonomiassistent
Grønt Byg A/S | CVR {{cvr}} | Direkte {{tlfdk}}
Denne e-mail kan indeholde fortrolige oplysninger.
=== hand-mail da
Hej alle tre

Referat fra mødet om persondata: vi fandt 14 filer med cpr-numre på fællesdrevet. Eksempel (maskeret):
{{mcpr}}. Filerne er slettet. Ingen hele numre i dette referat.

/Jacob, DPO
=== hand-mail sv
Hej Lena,

Tack för igår. Jag skickar över uppgifterna för hyresavtalet:
- Hyresgäst: Theo Blomqvist, [[pnr:ld]]
- Borgensman: Ulla Blomqvist, [[pnr:ld]]

Med vänlig hälsning
Sofia Åkesson
Förvaltare, Fastighets AB Kvarnen
Växel {{tlfse}} | org.nr {{orgnr}}
=== hand-mail sv
Hej!
Nej, det nummer du skickade ({{luhn10:dash}}) är mitt kundnummer hos er, inte mitt personnummer.
Personnumret är [[pnr:sd]].
Mvh Gun
=== hand-mail sv
Hej IT,
Skannern har lagt in fel i ärendesystemet: personnumret [[pnr:nl]] har blivit uppdelat på två rader.
Kan ni rätta det? /Receptionen
=== hand-sheet da
HOLD: U13 PIGER              SÆSON: 2026
TRÆNER: Kamilla Bøg          TLF: {{tlfdk}}
----------------------------------------------
(liste til DBU-registrering, kolonner: navn / cpr / trøjenr.)
----------------------------------------------
Olivia Skov / [[cpr:kid]] / 7
Nora Brandt / [[cpr:kid]] / 10
Isabella Fisker / [[cpr:kid]] / 14
Mille Aagaard / [[cpr:kid]] / 3
=== hand-sheet sv
Sida 2 av 2 (rubriker på sida 1: Namn, Personnummer, Avdelning)
Jansson, Mona       [[pnr:ld]]   Ekonomi
Bäckström, Erik     [[pnr:ld]]   Lager
Wahlgren, Tilde     [[pnr:ld]]   Lager
=== hand-sheet da
Navn:::CPR:::Mail
Rie Holk:::[[cpr:plain]]:::rie@example.dk
Finn Møller:::[[cpr:plain]]:::finn@example.dk
=== hand-sheet sv
namn ~ pnr ~ anställningsnr
Olof Rask ~ [[pnr:s]] ~ {{luhn10}}
Maja Fors ~ [[pnr:s]] ~ {{luhn10}}
=== hand-sheet da
Kørselsgodtgørelse nov.
Medarb.  Cpr-nr.        Km    Beløb
HJ       [[cpr]]    412   {{amount}}
KL       [[cpr]]     88   {{amount}}
=== hand-case da
Ankestyrelsen - principmeddelelse (anonymiseret)
Borgeren (CPR {{mcpr}}) klagede over afslag på tabt arbejdsfortjeneste. Afgørelsen ændres.
J.nr. {{n:4}}-{{n:5}}
=== hand-case sv
Överförmyndarnämnden - årsräkning
Huvudman: Gösta Lindkvist, [[pnr:plus]]
Ställföreträdare: Karin Lindkvist, [[pnr:ld]]
Bankkonto {{clkto}}
=== hand-case da
Kriminalforsorgen - tilsynsplan
Klient: Nikolaj Aabye
CPR-nr. [[cpr]]
Tilsynsførende: Anja L., tlf. {{tlfdk}}
Sagsnr. {{date10}}
=== hand-case sv
Åklagarmyndigheten - stämningsansökan
Tilltalad: Dragan Petrović, samordningsnummer [[pnr:co]]
Mål nr {{n:4}}-{{n:2}}
=== hand-chat sv
Snapchat (skärmdump, OCR)
mamma: vad är ditt personnummer igen hjärtat
Vera: [[pnr:kid,ld]]
mamma: tack ❤
=== hand-chat da
SMS
Hej det er Lone fra tandlægen. Vi mangler dit cpr-nr for at kunne oprette dig. Svar venligst.
> [[cpr]]
Tak, du er nu oprettet 😊
=== hand-en en
Subject to GDPR Art. 87: Danish CPR numbers may only be processed where the law allows. Example format
(fictitious): DDMMYY-XXXX. Our HR system masks them as {{mcpr}}.
=== hand-en en
Employee transfer, Nordics
Name: Henrik Lund | From: Aarhus | To: Gothenburg
CPR no.: [[cpr]]
Swedish samordningsnummer applied for, reference {{luhn10}}.
=== hand-en en
Visitor log (reception)
{{isodate}} 09:02 Johan Krantz, badge {{n:6}}, phone {{tlfse}}
{{isodate}} 09:17 Pia Holm, badge {{n:6}}, phone {{tlfdk}}
=== hand-nofi no
Utskrift fra folkeregisteret
Navn: Torbjørn Aas
Fødselsnummer: [[fnr:sp]]
Adresse: Storgata 5, 0155 Oslo
Kontonr. {{fnrkto}}
=== hand-nofi fi
Kirjeenvaihto
Hei, henkilötunnukseni on [[hetu]]. Asiakasnumeroni on {{n:10}}.
Terveisin Sanna
=== hand-nofi sv
Finlandssvensk lönelista
Personbeteckning  Namn
[[hetu]]  Johan Lindroos
[[hetu]]  Mia Sjöblom
=== hand-tech sv
{"event":"login","pnr":"[[pnr:l]]","ip":"10.1.{{n:1}}.{{n:2}}","session":"{{n:16}}"}
{"event":"purchase","order":"{{luhn10}}","amount":{{n:3}}}
=== hand-tech da
<?xml version="1.0"?>
<Indberetning><Arbejdsgiver CVR="{{cvr}}" PNr="{{pnum}}"/><Indkomstmodtager CPR="[[cpr:plain]]"/></Indberetning>
=== hand-tech da
SELECT * FROM kunder WHERE kundenr = '{{date10}}';  -- ikke cpr!
SELECT * FROM borgere WHERE cpr = '[[cpr:plain]]';
=== hand-tech sv
https://minasidor.example.se/login?returnUrl=%2Fprofil&pnr=[[pnr:l]]&lang=sv
=== hand-tech da
[2026-11-29 22:01:13] job=ferieudbetaling cpr=[[cpr:plain]] beløb={{amount}} status=OK
[2026-11-29 22:01:14] job=ferieudbetaling cpr=<mangler> beløb=0 status=SKIP
=== hand-edge da
Fødselsdag 1. januar 1975 - CPR [[cpr:jan1]] er gyldigt, selvom modulus 11 ikke går op.
=== hand-edge da
Kontrolcifre: CPR (mod 11 før 2007) - CVR (mod 11) - P-nr (ingen). Kunden: CPR [[cpr]], CVR {{cvr}}, P-nr {{pnum}}.
=== hand-edge sv
12-siffrigt: [[pnr:l]]. Med mellanslag: [[pnr:lsp]]. 10-siffrigt utan streck: [[pnr:s]].
=== hand-edge sv
Hon är född 1919 och hennes personnummer skrivs [[pnr:plus]] med plustecken.
=== hand-edge da
Fakturaens linjer: varenr. {{date10}}, {{date10}}, {{date10}}. Kunde-cpr: [[cpr:sp]].
=== hand-edge sv
Mobil: {{mobse}}
Hem: {{tlfse}}
Personnr: [[pnr]]
=== hand-edge da
Tlf.: {{tlfdk}}
Cpr.: [[cpr]]
Mobil (SE): {{mobse}}
=== hand-invoice da
Tankkort - månedsopgørelse
Kort nr. {{n:4}} {{n:4}} {{n:4}} {{n:4}}
Kunde nr. {{date10}}
Betales via Betalingsservice, PBS-nr. {{n:8}}, debitorgruppe 00001
=== hand-invoice sv
Kvitto - Systembolaget
Kvittonr {{n:6}}   Butik {{n:4}}
Medlemskort: {{luhn10}}
Totalt {{amount}} kr
"""
