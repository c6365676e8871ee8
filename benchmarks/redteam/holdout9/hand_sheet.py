"""Hand-written HR and payroll spreadsheets pasted as text: odd separators, headers far above, mixed columns."""

BANK = r"""
=== hand-sheet da
Medarbejderoversigt pr. 01-11-2026 (eksport fra Excel, kolonner: Løbenr | Navn | CPR | Afd. | Lønnr.)

1 | Kirsten Aaberg | [[cpr]] | Regnskab | {{digits:5}}
2 | Poul Erik Kragh | [[cpr]] | Lager | {{digits:5}}
3 | Stine Bach | [[cpr:nomod,jan1]] | Salg | {{digits:5}}
4 | Dennis Fuglsang | [[cpr]] | Lager | {{digits:5}}

=== hand-sheet da
Lønart¦Medarb¦Cpr¦Timer¦Sats¦Beløb
1010¦Bent Lind¦[[cpr:plain]]¦160,33¦{{amount}}¦{{amount}}
1010¦Jette Sand¦[[cpr:plain#j]]¦148,00¦{{amount}}¦{{amount}}
1040¦Jette Sand¦[[cpr:plain#j]]¦12,50¦{{amount}}¦{{amount}}

=== hand-sheet da
PERSONALELISTE – FORTROLIG
Opdateret af HR, version 7

Kolonne A: Medarbejdernummer
Kolonne B: Fornavn
Kolonne C: Efternavn
Kolonne D: CPR-nummer
Kolonne E: Telefon

A          B          C            D             E
{{digits:6}}     Jens       Abildgaard   [[cpr]]   {{tel:dk,plain}}
{{digits:6}}     Lene       Vad          [[cpr]]   {{tel:dk,plain}}
{{digits:6}}     Ulrik      Dam          [[cpr]]   {{tel:dk,plain}}
{{digits:6}}     Amalie     Storm        [[cpr]]   {{tel:dk,plain}}

=== hand-sheet da
"Navn","Cpr","Kontonr","Reg"
"Gorm Lyngby","[[cpr:plain]]","{{kto}}","{{digits:4}}"
"Mona Haslund","[[cpr:plain]]","{{kto}}","{{digits:4}}"
"Rasmus Tang","[[cpr:plain,nomod,jan1]]","{{kto}}","{{digits:4}}"

=== hand-sheet da
Feriepengeafregning – ark 2 af 3
(kolonneoverskrifter står på ark 1: navn, personnr, optjent, afholdt)

Tine Wendel        [[cpr]]    25,00    18,50
Oskar Hviid        [[cpr]]    25,00    25,00
Randi Mølholm      [[cpr]]    20,83    6,00
Vagn Thorup        [[cpr]]    25,00    12,00

=== hand-sheet da
Udlæg til refusion, november
Medarb.nr;Navn;Bilagsnr;Kontonr til udbetaling;Beløb
{{digits:4}};Sebastian Ahm;{{digits:6}};{{regkto}};{{amount}}
{{digits:4}};Julie Riis;{{digits:6}};{{regkto}};{{amount}}
{{digits:4}};Ulla Damgaard;{{digits:6}};{{regkto}};{{amount}}
(ingen CPR i dette ark)

=== hand-sheet da
Sygefravær Q3 – til lederne (CPR slettet)
Lønnr    Navn               Dage
{{digits:5}}    Lars Vinding      4
{{digits:5}}    Hanne Kjær        11
{{digits:5}}    Mustafa Aydin     2
Personalesager, j.nr. {{ten}}

=== hand-sheet da
Navn:Bo Mikkelsen|Cpr:[[cpr]]|Stilling:Chauffør|Start:{{date:dk}}
Navn:Dorthe Yde|Cpr:[[cpr]]|Stilling:Disponent|Start:{{date:dk}}
Navn:Kalle Nørby|Cpr:[[cpr:nomod,jan1]]|Stilling:Lagermedarbejder|Start:{{date:dk}}

=== hand-sheet da
Pensionsindberetning (til PFA)
Policenr       Cpr            Bidrag
{{ten}}     [[cpr]]    {{amount}}
{{ten}}     [[cpr]]    {{amount}}
{{ten}}     [[cpr]]    {{amount}}
Totalt bidrag {{amount}} kr. Firma CVR {{cvr}}.

=== hand-sheet sv
Personalförteckning – Sjöbergs Redovisning AB
Anst.nr	Namn	Personnummer	Avdelning
{{digits:4}}	Helena Strid	[[pnr:ld]]	Lön
{{digits:4}}	Ola Mattsson	[[pnr:ld]]	Ekonomi
{{digits:4}}	Zeynep Aksoy	[[pnr:ld,samo]]	Lön
{{digits:4}}	Kent Wiklund	[[pnr:ld]]	IT

=== hand-sheet sv
Lönespecifikation – sammanställning oktober
Namn          ; Personnr      ; Bruttolön ; Skatt ; Netto
Ronja Falk    ; [[pnr]] ; {{amount}} ; {{amount}} ; {{amount}}
Viktor Holm   ; [[pnr]] ; {{amount}} ; {{amount}} ; {{amount}}
Ida Sandin    ; [[pnr]] ; {{amount}} ; {{amount}} ; {{amount}}

=== hand-sheet sv
Utlägg oktober – underlag till attest
Kundnr       Kund                    Fakturanr   Belopp
{{tenl}}   Byggmästarn i Kalmar    {{digits:6}}      {{amount}}
{{tenl}}   Bilia Service           {{digits:6}}      {{amount}}
{{tenl}}   Cleanit Norr            {{digits:6}}      {{amount}}

=== hand-sheet sv
Arbetsgivardeklaration på individnivå (AGI) – kontrollista
Specifikationsnummer | Betalningsmottagare (pnr) | Kontant bruttolön | Avdragen skatt
001 | [[pnr:l]] | {{amount}} | {{amount}}
002 | [[pnr:l]] | {{amount}} | {{amount}}
003 | [[pnr:l,samo]] | {{amount}} | {{amount}}
Arbetsgivarens org.nr: {{orgnr:plain}}

=== hand-sheet sv
Friskvårdsbidrag 2026
Namn / personnummer / belopp / kvitto
Hampus Dahl / [[pnr]] / 1 500 / {{digits:8}}
Emma Rosén / [[pnr]] / 2 000 / {{digits:8}}
Jonna Berg / [[pnr]] / 750 / {{digits:8}}

=== hand-sheet sv
Jourlista december (telefonnummer till jourhavande)
Vecka 49  Mikael Lund     {{tel:se,plain}}
Vecka 50  Sanna Öhman     {{tel:se,plain}}
Vecka 51  Peter Ström     {{tel:se,plain}}
Vecka 52  Tove Lagerqvist {{tel:se,plain}}

=== hand-sheet da
Tidsregistrering, eksport (semikolon, ingen overskrift)
{{date:iso}};{{digits:6}};Projekt Nordhavn;7,5
{{date:iso}};{{digits:6}};Projekt Nordhavn;8,0
{{date:iso}};{{digits:6}};Intern;3,0
Projektnr. {{ten}}, kunde CVR {{cvr}}

=== hand-sheet da
Kørselsgodtgørelse
Medarbejder..........: Lise Frandsen
Cpr..................: [[cpr]]
Bil reg.nr...........: CX 44 912
Km i alt.............: 1.284
Sats.................: 3,81
Udbetales til........: {{regkto}}

=== hand-sheet sv
Medlemsavgift – facket, avdrag på lön
Anställd#Pnr#Avgift
Bo Järvinen#[[pnr:s]]#{{amount}}
Lina Dahlberg#[[pnr:s]]#{{amount}}
Omar Hussein#[[pnr:s]]#{{amount}}

=== hand-sheet da
Skema til revisor – lønmodtagere med fri bil

Cpr-nr.          Bil        Værdi
[[cpr:space]]      Skoda      {{amount}}
[[cpr:space]]      Tesla      {{amount}}
Samlet skattepligtig værdi {{amount}} kr.

=== hand-sheet sv
Kassarapport, butik 14
Kvittonr    Tid     Belopp   Betalsätt
{{ten}}  09:14   {{amount}}   Kort
{{ten}}  09:32   {{amount}}   Swish
{{ten}}  10:05   {{amount}}   Kontant

=== hand-sheet da
Udlejning af p-pladser

Plads  Lejer                 Cpr / CVR
12     Vibeke Holst          [[cpr]]
13     Frisør Saxe ApS       {{cvr}}
14     Torben Lau            [[cpr]]
15     Kirkens Korshær       {{cvr}}

=== hand-sheet sv
Hyresgästförteckning, Brf Linden
Lgh-nr  Namn                 Personnr         Andel
1101    Åsa Norén            [[pnr:ld]]  2,34 %
1102    Erik och Ylva Sten   [[pnr:ld]] / [[pnr:ld]]  2,34 %
1201    Stiftelsen Hemmet    {{orgnr}}      3,10 %

=== hand-sheet da
Excel-udklip (kolonnerne er flyttet):
            {{digits:5}}        Hansen, Niels         [[cpr]]
            {{digits:5}}        Kudsk, Marianne       [[cpr]]
            {{digits:5}}        Obel, Lise            [[cpr]]
overskrift mangler – ovenstående er lønnr., navn og cpr fra lønsystemet.
"""
