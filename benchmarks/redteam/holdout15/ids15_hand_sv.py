"""Hand-written v15 documents: Swedish public-sector and regulated organisations (written for v15 by rt15a)."""

BANK = """
=== hand-kommune sv
Göteborgs Stad – ansökan om bygglov, komplettering
Sökande: Anders Lindvall, personnummer [[pnr]]
Fastighet: Torslanda 12:44. Diarienr BN 2026-{{num6}}
Kontaktuppgifter: {{phse}}
Vi saknar fasadritning och situationsplan.

=== hand-kommune sv
Hej!
Jag vill ställa min son i förskolekön. Han heter Elias och har personnummer [[pnr:kid,sd]]. Vi flyttar till Uppsala i februari. Mitt eget pnr är [[pnr:ld]].
Mvh Jenny Åberg

=== hand-kommune sv
Färdtjänst – beslut
Beslut om färdtjänst för Rut Engström ([[pnr:plus]]) fr.o.m. 2027-01-01 t.o.m. 2028-12-31.
Resor med ledsagare: ja. Tillståndsnr {{num6}}.
Beslutet kan överklagas till förvaltningsrätten.

=== hand-kommune sv
Bostadsanpassningsbidrag – ansökan
Sökande: Bertil Holm, personnummer [[pnr:ld]] (blanketten hade bara födelsedatum, kompletterat per telefon)
Åtgärd: ta bort tröskel och montera stödhandtag i badrum.
Kostnadsförslag från Bygg & Bad i Skövde AB, org.nr {{orgnr}}.

=== hand-kommune sv
Överförmyndarnämnden – årsräkning 2025
Huvudman: Gunnel Sjöberg, personnr [[pnr:sd]]
God man: Lars Strand, personnr [[pnr:sd]]
Bankkonto huvudman: clearing och konto {{clkto}}
Arvode begärt: 8 600 kr.

=== hand-kommune sv
Skatteverket – flyttanmälan (utskrift)
Person som flyttar (personnummer, namn): [[pnr:l]] Maria Kaya
Medflyttande barn: [[pnr:kid,l]] Ayla Kaya
Ny adress: Norra Allégatan 7, 413 01 Göteborg
Registrerad {{stamp12}} (ååååmmddttmm)

=== hand-kommune sv
Tjänsteanteckning, Medborgarkontoret Rosengård
Besökare uppgav samordningsnummer [[pnr:co,sd]] och ville ha hjälp med ansökan om ID-kort. Hänvisad till Skatteverket. Tolk behövdes (arabiska).

=== hand-school sv
Skolskjuts – ansökan läsåret 2027/28
Elev: Alva Nyström, personnummer: [[pnr:kid]]
Skola: Tallbackaskolan, årskurs 3
Vårdnadshavare: Jonas Nyström, tel {{phse}}
Avstånd hem–skola: 4,2 km

=== hand-school sv
Hej mentor,
Sixten är sjuk idag och imorgon. Frånvaroanmälan i Skolplattformen funkar inte, den säger "ogiltigt personnummer" när jag skriver [[pnr:kid,sd]]. Kan du registrera det?
/Pappa Ola

=== hand-school sv
Elevhälsan – remiss till skolpsykolog
Elev: Wilma Ek ([[pnr:kid,ld]]), klass 7B
Anledning: koncentrationssvårigheter, skolans insatser enligt åtgärdsprogram ht-26.
Samtycke från båda vårdnadshavarna finns, dnr EHT-{{num6}}

=== hand-school sv
CSN – studiemedel, beslut
Personnummer: [[pnr:ls]]
Namn: Hugo Berglund
Beviljat: 20 veckor, heltid, Komvux Malmö. Utbetalning 27 varje månad till konto {{clkto}}.

=== hand-school sv
Intyg om förlängd skolgång – gymnasiesärskolan
Härmed intygas att eleven Liam Persson, pnr [[pnr:kid,sd]], går år 4. Skolenhetskod {{num6}}{{num6}}.
Rektor Annika Ström

=== hand-jobcentre sv
Arbetsförmedlingen – aktivitetsrapport saknas
Till: Kerstin Blom, personnummer [[pnr:sd]]
Du har inte lämnat din aktivitetsrapport för november. Lämna den senast 14 december. Ärendenummer Af-{{luhn10}}

=== hand-jobcentre sv
Lönebidrag – beslut och avtal
Arbetsgivare: Städfixarna i Norr AB (org.nr {{orgnr}})
Arbetstagare: Nils Åkesson (pnr [[pnr]])
Bidragsperiod 2026-12-01–2027-11-30, bidragsnivå 80 %. Utbetalning till bankgiro {{bg}}.

=== hand-jobcentre sv
Hej,
Jag har fått jobb från måndag och vill avaktualiseras. Samordningsnummer: [[pnr:co]]. Tack för hjälpen!
Mahmoud (tel {{phse}})

=== hand-jobcentre sv
A-kassan Kommunal – arbetsgivarintyg, inkommen
Sökande: Annika Lund – [[pnr:ld]]
Anställd 2019-03-01 – 2026-10-31, timlön 162,50 kr
Arbetsgivarens org.nr {{orgnr}}, intyg nr {{luhn12}}

=== hand-social sv
Orosanmälan, inkommen via e-tjänst {{stamp12}}
Barn: Vincent Olsson, [[pnr:kid,ld]]
Anmälare: förskolan Solrosen, tel {{phse}}
Ärendet tilldelat socialsekreterare Eva. Förhandsbedömning inleds.

=== hand-social sv
Ekonomiskt bistånd – utredning
Sökande 1: Mikael Håkansson, [[pnr]]
Sökande 2: Sanna Håkansson, [[pnr:s]]
Barn: 2 (födda 2015 och 2019)
Hyra 7 840 kr, hyresavtal nr {{luhn10}}. Beslut: beviljat december.

=== hand-social sv
Hej Eva,
Klienten du frågade om har inte personnummer än, bara samordningsnummer [[pnr:co,ld]]. LMA-kortet har nr {{num6}}. Han får inte ekonomiskt bistånd från oss utan från Migrationsverket.
Mvh Ahmed, Mottagningsenheten

=== hand-social sv
LSS – beslut om ledsagarservice
Namn: Johan Wik  Personnummer: [[pnr:ld]]
Beviljas: 20 timmar per månad. Utförare: Ledsagarna i Lund AB (org.nr {{orgnr}}).
Diarienr SN 2026/{{num6}}

=== hand-eldercare sv
Hemtjänst – genomförandeplan
Brukare: Elsa Grönlund, pnr [[pnr:plus]] (över 100 år)
Insatser: morgon- och kvällshjälp, tillsyn natt. Larmnummer {{phse}}.

=== hand-eldercare sv
Särskilt boende Björkhagen – inflyttning
Hyresgäst: Margit Svensson, pnr [[pnr:plus]]
Anhörig: dottern Lena, {{phse}}
Hyresavtal nr {{luhn12d}} (detta är avtalsnumret, inte personnumret).

=== hand-eldercare sv
Matlåda – beställning v. 50
Namn | Personnr | Kost
Inga-Lill Berg | [[pnr:plus]] | Normal
Gösta Wahlberg | [[pnr:sd]] | Laktosfri
Sven Ek | [[pnr:sd]] | Konsistensanpassad

=== hand-eldercare sv
Rapport till sjuksköterska, natt
Rum 4 (Sigvard, [[pnr:plus]]) ramlat vid 02.30, inga synliga skador, ringt jourhavande sjuksköterska {{phse}}. Fallrapport skriven i Lifecare.

=== hand-gp sv
Vårdcentralen Kvarnen – kallelse
Personnummer: [[pnr:ld]]
Namn: Linnea Hedlund
Du är välkommen till diabetessköterska tisdag 15/12 kl 09.40. Avboka via 1177 eller {{phse}}.

=== hand-gp sv
Läkarintyg för sjukpenning (FK 7804), sid 1
Patient: Björn Dahlgren    Personnummer: [[pnr:sd]]
Diagnos: M54.5 Lumbago
Nedsättning: 100 % 2026-11-30 – 2026-12-20
Intygsnr {{luhn12}}

=== hand-gp sv
Hej doktorn,
Jag fick ett svar i 1177 om min provtagning men det står fel personnummer, {{badpnr}}. Mitt riktiga är [[pnr:ld]]. Kan ni rätta?
Hälsningar Sofia Engberg

=== hand-gp sv
Vaccinationsintyg (resa)
Namn: Per Ljung, pnr [[pnr:s]]
Hepatit A + B, dos 2 av 3 given 2026-11-02. Batchnr {{num6}}. Vaccinationsmottagning City, tel {{phse}}

=== hand-region sv
Region Stockholm – patientavgift, påminnelse
Patient: [[pnr:ld]] Ingrid Sandberg
Besök 2026-09-14, akutmottagningen, 400 kr. OCR: {{ocr}}, bankgiro {{bg}}.
Har du högkostnadskort? Ange kortnummer {{num6}}.

=== hand-region sv
Sjukresor – ersättning
Sökande: Torbjörn Åström, personnummer [[pnr:ls]]
Resa till Norrlands universitetssjukhus 2026-10-03, egen bil 210 km.
Utbetalning till konto clearing {{clkto}}

=== hand-region sv
Journalanteckning, Akutmottagningen Sahlgrenska
Patienten okänd vid ankomst, senare identifierad: [[pnr:nl]]
Anhörig kontaktad {{yymm}} (åå mm dd tt mm enligt larmloggen).

=== hand-region sv
Hej!
Remissen till ortopeden har fel patient. Rätt patient är Greta Lind, [[pnr:sd]], inte Greta Lindh. Remiss-id {{luhn10}}. Kan ni makulera och skicka om?
/Läkarsekreterare Marie

=== hand-insurer sv
Folksam – skadeanmälan hem
Försäkringstagare: Erik Nordin, pnr [[pnr:ld]]
Försäkringsnummer {{luhn10}}
Skada: vattenläcka i kök 2026-11-20, rörmokare Rör & Värme i Borås AB org.nr {{orgnr}}.

=== hand-insurer sv
Barnförsäkring – ansökan
Barnets namn: Leo Sjöholm
Barnets personnummer: [[pnr:kid,ld]]
Försäkringstagare (mamma): Emma Sjöholm, [[pnr:ld]]
Betalas via autogiro, bankgiro {{bg}}

=== hand-insurer sv
Hej If,
Jag skriver för min mammas räkning, Birgitta Holmqvist ([[pnr:sd]]), hon har fått en faktura för bilförsäkringen trots att bilen är avställd. Fakturanr {{luhn12d}}. Jag har fullmakt.
/Jonas

=== hand-insurer sv
Livförsäkring – förmånstagarförordnande
Försäkrad: Karl-Erik Svahn, personnummer [[pnr:ls]]
Förmånstagare: 1) make/maka Ann Svahn [[pnr:ls]] 2) barn
Försäkringsnr {{luhn12}}

=== hand-pension sv
Pensionsmyndigheten – ansökan om bostadstillägg
Sökande: Astrid Wallin, [[pnr:plus]]
Make: avliden 2024. Hyra 6 120 kr/mån.
Ärendenr {{luhn10}}

=== hand-pension sv
Alecta – val av tjänstepension (ITP 1)
Personnummer: [[pnr]]
Förvaltningsform: traditionell 50 %, fond 50 %. Arbetsgivare org.nr {{orgnr}}.
Val registrerat {{stamp12}}.

=== hand-pension sv
Hej Collectum,
Vi har rapporterat fel lön för vår anställda Fredrika Lööf ([[pnr:ld]]), 38 500 i stället för 35 800. Vårt kundnummer är {{luhn10}}. Hur rättar vi?
Lön & HR, Mellby Trä AB

=== hand-pension sv
Premiepension – utbetalningsbesked
Personnr  Namn  Månad  Belopp
[[pnr:sd]]  Gun Andersson  december 2026  1 243 kr
[[pnr:sd]]  Ove Andersson  december 2026  1 871 kr
(Utskrift från Mina sidor, makarnas gemensamma utskrift)

=== hand-union sv
IF Metall avd. 3 – inträdesanmälan
Namn: Rasmus Ek   Personnummer: [[pnr:ld]]
Arbetsplats: Volvo Cars Torslanda (org.nr {{orgnr}})
Medlemsnummer: {{num6}}, avgift dras på lön.

=== hand-union sv
Vision – rättshjälp, förhandlingsframställan
Medlem: Hanna Roos, personnr [[pnr:sd]]
Arbetsgivare: Region Halland. Fråga: felaktig lönesättning, diarienr {{luhn12d}}.
Förhandling begärd inom 14 dagar.

=== hand-union sv
Hej Kommunal!
Jag vill gå ur facket från och med januari. Mitt personnummer är [[pnr:s]] och medlemsnr är {{num6}}. Tack.
Camilla

=== hand-housing sv
Boplats Göteborg – köbevis
Sökande: Oskar Ljungqvist (personnummer [[pnr:ld]])
Ködagar: 3 412. Köbevis skapat {{stamp12}}.

=== hand-housing sv
HSB Brf Linden – överlåtelse av bostadsrätt
Säljare: Pia och Mats Holmberg, [[pnr:ld]] resp. [[pnr:ld]]
Köpare: Viktor Berg, [[pnr:ld]]
Lägenhetsnr {{num6}}, pris 2 350 000 kr, tillträde 2027-01-15.

=== hand-housing sv
Hyresgästföreningen – fullmakt
Jag, Selma Yilmaz, [[pnr:sd]], ger Hyresgästföreningen region Väst rätt att förhandla min hyra för lägenhet 1102, objektsnr {{luhn10}}.

=== hand-housing sv
Bostadsbolaget Mimer – avflyttningsbesiktning
Hyresgäst: Tobias Ek ([[pnr:co,sd]])
Kontraktsnr {{luhn12d}}
Anmärkningar: hål i vägg i sovrum, slitet golv. Debitering 2 400 kr.

=== hand-law sv
Advokatfirman Lindahl – uppdragsbekräftelse
Klient: Eva Bergström, personnummer [[pnr:ld]]
Uppdrag: bodelning efter äktenskapsskillnad. Motpart: Per Bergström, [[pnr:ld]]
Timarvode 2 900 kr exkl. moms. Ärendenr {{num6}}

=== hand-law sv
Kundkännedom (penningtvättslagen)
Klient: Rami Haddad, [[pnr:co]]
ID-handling: LMA-kort / pass nr {{num6}}
PEP: nej. Verklig huvudman i Haddad Bygg AB (org.nr {{orgnr}}): ja.

=== hand-law sv
Hej Karin,
Jag har lagt in dödsboets uppgifter: Arne Lundqvist, avliden 2026-10-02, personnummer [[pnr:sd]]. Dödsboets org.nr blir {{orgnr}} när Skatteverket registrerat det. Bouppteckningsförrättning 15/1.
/Advokat Ström

=== hand-law sv
Gåvobrev (utkast)
Givare: Kjell Sundin, [[pnr:plus]]
Gåvotagare: barnbarnet Alice Sundin, [[pnr:kid,ld]]
Gåvan avser 200 st aktier i Sundin Fastigheter AB, org.nr {{orgnr10}}.

=== hand-audit sv
Revisionsbyrån Ernst – begäran om underlag
Hej Lennart,
Vi behöver personnummer för styrelseledamöterna för registrering hos Bolagsverket. Du skickade [[pnr:sd]] för Ulla, men Stigs saknas. Bolagets org.nr är {{orgnr}}.
/Revisor Anna

=== hand-audit sv
Arbetsgivardeklaration – rättelse, individuppgift
Betalningsmottagare: [[pnr:l]]
Specifikationsnr 001
Kontant bruttolön rättad till 42 300 kr (tidigare 24 300 kr). Redovisningsperiod 202610.

=== hand-audit sv
Uppdragsavtal bokföring – enskild firma
Firmatecknare: Leila Ahmadi (personnummer [[pnr:ld]], som också är firmans organisationsnummer)
Momsregnr SE{{orgnr10}}01 (avser annat bolag i koncernen, fel angivet – rättas)
"""
