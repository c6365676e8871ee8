"""Hand-written school, daycare, club and association lists."""

BANK = r"""
=== hand-school da
Børnehuset Mælkebøtten – Stuen Sommerfuglene
Liste til madordning, december

Navn              Født         CPR
Asta Holm         {{bdate#a}}   [[cpr:nomod,small#a]]
Malthe Dahl       {{bdate#b}}   [[cpr:small#b]]
Ellie Rask        {{bdate#c}}   [[cpr:nomod,small#c]]
Oscar Nyborg      {{bdate#d}}   [[cpr:small#d]]

Forældrebetaling trækkes via Betalingsservice (debitorgruppe 00001, PBS {{digits:8}}).

=== hand-school da
6.A – Lejrskole Bornholm, deltagerliste til færgeselskabet

1. Noah Friis ............ [[cpr:plain,school]]
2. Clara Bak ............. [[cpr:plain,school]]
3. Lucas Skov ............ [[cpr:plain,nomod,school]]
4. Freja Hjort ........... [[cpr:plain,school]]
Lærere: Søren Juhl ([[cpr:mid]]), Anne Buch ([[cpr:mid]])
Booking-ref.: {{digits:10}}

=== hand-school da
Kære forældre i 2.C

Husk at skolefotografen kommer torsdag. I kan bestille billeder på fotoportalen med koden {{digits:10}}
(står på sedlen i tasken). Koden er IKKE barnets cpr-nummer, selv om den ligner.

Mange hilsner
Pernille, klasselærer

=== hand-school da
SFO Regnbuen – fremmøde uge 48

Barn;Cpr;Forælder;Tlf
Ida Thorsen;[[cpr:plain,school]];Mette Thorsen;{{tel:dk}}
Alfred Kruse;[[cpr:plain,nomod,school]];Jakob Kruse;{{tel:dk}}
Lærke Vang;[[cpr:plain,school]];Sara Vang;{{tel:dk}}

=== hand-school da
Fra skolesekretæren:

Elevnumre til UNI-Login (ikke CPR!):
Anton Mølgaard     {{ten}}
Sofie Krogh        {{ten}}
Emil Thomsen       {{ten}}
Log-in sendes hjem med barnet.

=== hand-school da
Tilmelding til vinterfodbold, U11

Spiller: Magnus Lindholm
Fødselsdato: {{bdate#m}}
CPR (kræves af DBU til spillercertifikat): [[cpr:nomod,school#m]]
Forælder: Heidi Lindholm, mobil {{tel:dk}}
Kontingent {{amount}} kr. indbetales på {{regkto}}.

=== hand-school da
Dagplejen Vest – ventelisten

Plads nr. | Barn | Cpr-nr. | Ønsket start
1 | Vilma | [[cpr:nomod,baby]] | 1/2-2027
2 | Aksel | [[cpr:baby]] | 1/3-2027
3 | Karla | [[cpr:nomod,baby]] | 1/4-2027
Pladsanvisningens j.nr. {{digits:2}}.{{digits:2}}.{{digits:2}}-K{{digits:2}}-{{digits:3}}-26

=== hand-school da
Referat, forældrerådsmøde

Deltagere: Marianne (formand), Ole, Bettina, Kasper.
1. Julefrokost – Ole køber ind for max {{amount}} kr.
2. Skolebestyrelsen har spurgt om vi vil samle cpr-numre ind til lejrskolen. Beslutning: nej, det klarer
   kontoret via Aula.
3. Næste møde {{date:dk}}.

=== hand-school sv
Förskolan Lärkan – Avdelning Blåbär
Placeringslista VT 2027

Barn                   Personnummer     Vårdnadshavare
Wilma Sjöberg          [[pnr:ld,small]]  Josefin Sjöberg
Elton Nyström          [[pnr:ld,small]]  Kristian Nyström
Alice Haddad           [[pnr:ld,small]]  Rana Haddad

=== hand-school sv
Hej föräldrar i klass 4B!

Inför skolresan till Kolmården behöver vi barnens personnummer till försäkringen. Skicka dem till mig
via Schoolsoft, inte i klassens Facebookgrupp! (Någon skrev redan {{mask:pnr,last4#q}} där i går – jag har
tagit bort det.)

Hälsningar
Maria, mentor

=== hand-school sv
Kursdeltagare, Svenska för invandrare (SFI) – kurs D

Namn;Samordningsnr/Personnr;Startdatum
Ali Rahimi;[[pnr:s,samo]];{{date:iso}}
Tigist Bekele;[[pnr:s]];{{date:iso}}
Olena Kovalenko;[[pnr:s,samo]];{{date:iso}}

=== hand-school sv
Idrottsföreningen Kamraterna – medlemslista ungdom

Medlemsnr   Namn                 Född
{{tenl}}  Leo Åberg            {{bdate:iso,kid}}
{{tenl}}  Maja Lindgren        {{bdate:iso,kid}}
{{tenl}}  Nils Engström        {{bdate:iso,kid}}
(Medlemsnumret bildas av systemet, det är inget personnummer.)

=== hand-school sv
Elevhälsan – remiss till logoped

Elev: Vera Johansson, [[pnr:school]]
Klass: 2A, Ekbackeskolan
Mentor: Jonas Ek, telefon {{tel:sefix}}
Vårdnadshavare: Sofia Johansson ([[pnr]])

=== hand-school sv
Antagningsbesked gymnasiet

Sökande: Theo Lindqvist
Personnummer: [[pnr:l,teen]]
Antagen till: Naturvetenskapsprogrammet, Katedralskolan
Sökandenummer: {{digits:8}}

=== hand-school da
Musikskolen – hold og betaling

Elev: Rosa Kirkegaard (f. {{bdate:kid}})
Instrument: Violin, tirsdag 15.30
Betaler: far, Thomas Kirkegaard, cpr [[cpr:mid]]
Faktura sendes til e-Boks. Debitornr. {{digits:6}}.

=== hand-school da
Gymnasiets studieadministration

Den studerende Laura Due har søgt om orlov. CPR: [[cpr]] – studienr. {{ten}}.
SU-styrelsens sagsnummer: {{digits:10}}.
Orlov bevilget til {{date:dk}}.

=== hand-school sv
Scoutkåren Björnen – lägeranmälan

Scout: Ella Nordin, pnr [[pnr:school]]
Allergier: nötter
Förälder: Mattias Nordin, 07{{digits:8}}
Swishnummer för avgift: 123 {{digits:3}} {{digits:2}} {{digits:2}}

=== hand-school da
Idrætsforeningen – hjælpetrænere

Navn           | Børneattest indhentet | Cpr
Kim Bonde      | ja ({{date:dk}})      | [[cpr]]
Trine Wulff    | ja ({{date:dk}})      | [[cpr]]
Hassan Omar    | afventer              | [[cpr:nomod,jan1]]

=== hand-school sv
Fritidshemmet Solrosen – hämtlista

Barn          Hämtas av           Telefon
Oliver        Pappa Hampus        {{tel:se}}
Ebba          Mormor Gun          {{tel:sefix}}
Liam          Mamma Fatima        {{tel:se}}

=== hand-school da
Universitetets eksamensadministration

Eksamensliste, Statistik 2, vinter 2026
Studienr.    Navn
{{digits:6}}      Jonas Hald
{{digits:6}}      Marie Juul
{{digits:6}}      Frida Mørk
CPR-numre er fjernet fra listen efter ønske fra DPO.

=== hand-school sv
Kulturskolan – faktureringsunderlag

Elev                Betalare             Betalarens pnr
Elsa Karlström      Anna Karlström       [[pnr:young]]
Hugo Fält           Per Fält             [[pnr:young]]
Signe Bäck          Lotta Bäck           [[pnr:samo,young]]
"""
