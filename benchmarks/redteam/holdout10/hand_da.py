"""Hand-written Danish documents (v10). Slots: see slots.py."""

BANK = r"""
=== hand-mail da
Hej Bettina

Tak for hurtigt svar. Jeg har fundet papirerne frem igen, og mit CPR-nummer er [[cpr]] - det stod forkert på
jeres blanket (der stod {{mcpr}}, men det er vel bare maskeret).

Mvh
Rasmus Kjær
Tlf. {{tlfdk}}

-----Oprindelig meddelelse-----
> Kan du bekræfte dit personnummer, så vi kan finde sagen i systemet?
> Venlig hilsen Bettina, Borgerservice
=== hand-mail da
Kære Lone,

Som aftalt sender jeg oplysningerne om vores nye lærling, så lønbureauet kan oprette ham:

Navn: Mikkel Ravn Thomsen
Cpr.nr.: [[cpr:plain]]
Reg./konto: {{regkto}}
Start: {{date}}

Han har ingen skattekort endnu. Ring endelig, hvis noget mangler.

Med venlig hilsen
Jette Nørgaard | Bogholder
Nørgaard VVS ApS · CVR {{cvr}} · P-nr. {{pnum}}
=== hand-mail da
Hej igen,

Nej, {{date10}} er ikke mit cpr, det er mit kundenummer hos jer (det står øverst på regningen).
CPR'et er [[cpr:sp]].

/Sanne
> Den {{date}} skrev Kundeservice:
>> Vi har brug for dit CPR-nummer for at kunne flytte abonnementet.
=== hand-mail da
Hej Kasper - videresender lige fra Ulla. Læg det i personalemappen, ikke på fællesdrevet!!

---------- Videresendt besked ----------
Hej, her er min datters oplysninger til sundhedsforsikringen:
Freja Lund Mortensen, født 2015, cpr [[cpr:kid]]
Mine egne: [[cpr]]
Hilsen Ulla
=== hand-mail da
Re: Re: Flytning af pension

Hej Allan
Jeg kan ikke se, at vi har modtaget noget. Vores policenummer til dig er {{date10}} og
dit CPR står hos os som [[cpr:en]]. Passer det?
Kh Dorthe, PensionDanmark-afdelingen

>> Hej, jeg har sendt blanketten for to uger siden. Mit policenr. står på side 1.
>> Allan
=== hand-mail da
Godmorgen alle

Husk at CPR-numre IKKE må sendes ukrypteret. Fx må man ikke skrive "Jens 120482-XXXX" eller hele nummeret
i emnefeltet. Brug Digital Post. Eksemplet {{mcpr}} i vejledningen er fiktivt.

Mvh IT-sikkerhed
=== hand-mail da
Hejsa

Kan du tjekke om vi har betalt fakturaen? Betalingsid: +71<{{ocr:ten}}+{{n:8}}<
Beløb {{amount}} kr. Bankkonto {{regkto}}.

Tak,
Maja
=== hand-mail da
Hej Peter,

Min mor (Inger Marie Sørensen, [[cpr:old]]) er flyttet på plejehjem, og jeg har fuldmagt. Mit eget
cpr-nummer er [[cpr:dots]], og fuldmagten er vedhæftet.

Venlig hilsen
Hanne Sørensen
Mobil {{tlfdk}}
=== hand-mail da
Tak for mødet i går. Som lovet: vores lejers CPR-nummer står ikke i lejekontrakten, kun lejemålsnummer
{{date10}} og ejendomsnr. {{n:6}}. Jeg har derfor ikke noget CPR at give jer.

Bedste hilsner
Administrator Karsten Bak
=== hand-mail da
Hej Annemette
Jeg har fået nyt job og skal ud af foreningen. Medlemsnummer {{luhn10}}, cpr [[cpr:plain]].
Min sidste kontingentbetaling gik fra konto {{regkto}}.
Hilsen Tobias
=== hand-case da
KØBENHAVNS BYRET
Retsbog

Sag nr. BS-{{n:5}}/2026
Sagsøger: Camilla Dyhr, cpr.nr. [[cpr]]
Sagsøgte: Ejendomsselskabet Vestergade ApS, CVR-nr. {{cvr}}

Retten bemærkede, at sagsøgers tidligere adresse fremgår af bilag 4.
=== hand-case da
Politianmeldelse - journalnr. {{n:4}}-{{n:5}}-{{n:5}}-26

Anmelder: Børge Lauridsen, personnr. [[cpr:sds]]
Forurettet: samme
Sigtet: ukendt
Gerningssted: Parkeringsplads ved Føtex, Holstebro
Stjålet: Cykel, stelnr. WBK{{n:7}}
=== hand-case da
Afgørelse om hjælp til medicin (§ 82a)

Kære Eigil Frandsen
CPR-nr.: [[cpr:old]]

Kommunen har den {{date}} modtaget din ansøgning. Sagsnummer {{n:2}}.{{n:2}}.{{n:2}}-P{{n:2}}-{{n:4}}-26.
Du kan klage inden 4 uger.
=== hand-case da
Tinglysning - skøde
Køber 1: Natasja Bruun [[cpr]]
Køber 2: Oliver Bruun [[cpr:nomod]] (CPR tildelt 2019)
Sælger: Boet efter Aase Holm, cpr [[cpr:old]]
Matr.nr. 14ai, Sorø Markjorder. Købesum {{amount}} kr.
=== hand-case da
Familieretshuset
Sag om forældremyndighed
Barn: Alma, CPR [[cpr:kid]]
Mor: Signe Vinther, CPR [[cpr]]
Far: Mads Overby, CPR [[cpr]]
Sagsnr. {{date10}} (dette er vores sagsnummer, ikke et CPR-nummer)
=== hand-case da
Skifteretten i Odense - boopgørelse
Afdøde: Kurt Egon Madsen, død {{date}}, cpr.nr. [[cpr:old,plain]]
Arving: Lis Madsen, [[cpr]]
Bankkonto i boet: {{regkto}}
Dødsboets skattenummer: {{n:8}}
=== hand-case da
Udskrift af dombogen
Tiltalte Jannik Mørch, født [[cpr:dots]], er skyldig i overtrædelse af færdselslovens § 117.
Bødens størrelse: {{amount}} kr. Betales med indbetalingskort, FIK +71<{{ocr:ten}}<.
=== hand-case da
Notat fra borgersamtale, Jobcenter Vejle
Borger: Marwa Haddad ([[cpr:nomod]] - fik CPR ved ankomst i 2021)
Sagsbehandler: Helle P.
Næste samtale: {{date}}
Tlf. til borger: {{tlfdk}}
=== hand-case da
Skattestyrelsen - Årsopgørelse 2025 (uddrag)
Personnummer [[cpr:sp]]
Rubrik 11 Løn  {{amount}}
Rubrik 61 Fagforening  {{amount}}
Kontrolnr. {{date10}}
=== hand-case da
Byggesag - naboorientering
Ejer: Thorkild Hvid (cpr [[cpr]])
Ejendomsnummer: {{n:6}}, BFE-nr.: {{n:7}}
Sagsnr.: {{n:2}}/{{n:5}}
=== hand-school da
Stuen "Mariehønen" - forældreliste 2026/27

Barn            Startdato     CPR
Asta            {{date}}    [[cpr:kid]]
Elias           {{date}}    [[cpr:kid]]
Viggo           {{date}}    [[cpr:kid]]
Ronja           {{date}}    [[cpr:kid]]

Ved spørgsmål kontakt pædagog Trine på {{tlfdk}}.
=== hand-school da
Klasseliste 3.B - Skovvangskolen (kun til AULA-administrator)
1. Noah Lindberg, [[cpr:kid,plain]]
2. Ida Kjeldsen, [[cpr:kid,plain]]
3. Lærke Duus, [[cpr:kid,plain]]
4. Karl Emil Fog, [[cpr:kid,plain]]
UNI-login: skal oprettes
=== hand-school da
Tilmelding til svømmeskole
Barnets navn: Frida
Barnets CPR-nr: [[cpr:kid]]
Forælders mobil: {{mobse}}? nej - dansk nr. {{tlfdk}}
Betaling via MobilePay box {{n:5}}
=== hand-school da
Dagplejen, Ikast-Brande Kommune
Opskrivning på venteliste

Barn: Hugo Bisgaard  CPR: [[cpr:kid]]
Ønsket start: {{date}}
Forælder 1: Line Bisgaard  CPR: [[cpr]]
Forælder 2: (ikke oplyst)
Pladsnr. {{date10}}
=== hand-school da
Efterskolen Lindehøj - elevkartotek, udskrevet {{date}}
elev;årgang;cpr;forældre-tlf
"Sofie H.";10;"[[cpr:kid]]";"{{tlfdk}}"
"Bertram K.";10;"[[cpr:kid]]";"{{tlfdk}}"
"Emma J.";9;"[[cpr:kid]]";"{{tlfdk}}"
=== hand-school da
Kære forældre i 0.A

Vi mangler stadig sundhedsplejerskens samtykkeerklæring for 2 børn. Skriv IKKE barnets cpr-nummer i
Aula-beskeden - aflever sedlen i klassen.

Hilsen Birthe (klasselærer)
=== hand-school da
Skolefoto 2026 - ordreliste
Ordrenr.     Elev           Beløb
{{date10}}   Oscar P.       {{amount}}
{{date10}}   Alberte S.     {{amount}}
{{date10}}   Milas R.       {{amount}}
(ordrenumrene dannes automatisk af fotografens system)
=== hand-sheet da
MEDARBEJDERE ¤ AFDELING 4 ¤ SIDST OPDATERET {{date}}
ansat#navn#cpr#løntrin#konto
{{n:4}}#Pia Rask#[[cpr]]#32#{{regkto}}
{{n:4}}#Jonas Krog#[[cpr]]#28#{{regkto}}
{{n:4}}#Hamid Noori#[[cpr:nomod]]#28#{{regkto}}
=== hand-sheet da
Lønkørsel december - fejlrapport
Linje 14: medarbejder 2231, CPR [[cpr:plain]] mangler skattekort
Linje 19: medarbejder 2240, CPR-feltet indeholder {{date10}} - det er kontonummeret, ret venligst
Linje 22: medarbejder 2251, CPR [[cpr:plain]] OK efter rettelse
=== hand-sheet da
Navn	Indmeldt	Personnr.	Telefon	Medlemsnr.
Gitte Ahrens	{{date}}	[[cpr]]	{{tlfdk}}	{{luhn10}}
Poul Krarup	{{date}}	[[cpr]]	{{tlfdk}}	{{luhn10}}
Vibeke Eg	{{date}}	[[cpr:jan1]]	{{tlfdk}}	{{luhn10}}
=== hand-sheet da
Frivillige - Roskilde Festival vagtplan

Hold A (skal have CPR for akkreditering)
- Sebastian Holm   [[cpr:plain]]
- Katrine Bach     [[cpr:plain]]

Hold B
- Mathias Dal      {{mcpr}}  (afventer)
- Nanna Friis      [[cpr:plain]]

Armbåndsnumre: {{n:10}}, {{n:10}}
=== hand-sheet da
| Løbenr. | Kreditor | Bilag | Beløb |
|---|---|---|---|
| {{date10}} | Kontorland | {{n:5}} | {{amount}} |
| {{date10}} | Dansk Energi | {{n:5}} | {{amount}} |
| {{date10}} | Rengøring ApS | {{n:5}} | {{amount}} |
=== hand-sheet da
Udtræk fra HR-systemet (CSV, semikolon)
"Medarb.nr";"Fornavn";"Efternavn";"CPR-nummer";"Afdeling"
"{{n:5}}";"Lene";"Bjerre";"[[cpr:plain]]";"Salg"
"{{n:5}}";"Nikolaj";"Winther";"[[cpr:plain]]";"Lager"
"{{n:5}}";"Ayse";"Kaya";"[[cpr:plain,nomod]]";"Lager"
"{{n:5}}";"Rune";"Brix";"";"Salg"
=== hand-sheet da
Feriepengeoversigt
Cpr            Navn               Saldo dage
[[cpr]]    Anja Thygesen         12,5
[[cpr]]    Henrik Riis            4,0
[[cpr]]    Morten Vad            25,0
Udbetales til NemKonto.
=== hand-ocr da
KOMMUNE - BØRNE- OG UNGEFORVALTNINGEN
Ans0gning om fripIads
Barnets cpr-nr. [[cpr:kid]]   Ans0gers cpr-nr. [[cpr]]
Husstandsindkomst: {{amount}} kr.
Underskrift: ___________  Dato: {{date}}
=== hand-ocr da
S U N D H E D S K O R T
Navn: LINE KRISTENSEN
CPR-nr  [[cpr]]
Læge: Lægehuset Torvet  tlf {{tlfdk}}
Gyldig fra {{date}}
=== hand-ocr da
Regning nr l{{n:5}}   Kunde nr {{date10}}
Dyrlæge Skov & Enge
Ejer: Poul Erik Vestergaard, cpr. [[cpr:old]]
Behandling af hest "Tulle", chip {{n:15}}
I alt {{amount}}
=== hand-ocr da
Lejek0ntrakt for beboelse
§ 1 Lejer: Amanda Juul, personnummer [[cpr:nl]] , og
medlejer Rasmus Juul, personnummer [[cpr]] .
Lejemålets adresse: Søndergade 12, 2.th
=== hand-ocr da
PATlENTJOURNAL - udskrift side 2/4
Pt.: [[cpr:dots]]  Jørgen Mølgaard
Kontakt {{date}}: Kontrol af blodtryk. Rekv.nr. {{date10}}
Henv. fra egen læge, ydernr. {{n:6}}
=== hand-edge da
Kunde:Karina Dam,cpr:[[cpr:plain]],tlf:{{tlfdk}};ordre:{{date10}}
=== hand-edge da
CPR-nummer (bemærk: fra 2007 kan et gyldigt CPR-nummer ikke altid regnes igennem med modulus 11):
barnet Storm er født efter 2007 og har [[cpr:kid]].
=== hand-edge da
Referencenummer: {{date10:dash}}
Kundens CPR: [[cpr]]
(Referencenummeret er ikke et CPR-nummer, selvom det ligner et.)
=== hand-edge da
Fejl i indberetning: CPR {{badcpr}} findes ikke (der er ikke 3x dage i måneden). Korrekt CPR: [[cpr]].
=== hand-edge da
Ny medarbejder nr. 3 (Sille): [[cpr:jan1]]. Hun er født 1. januar, så nummeret passer ikke med
den gamle kontrolberegning, men det er korrekt ifølge CPR-kontoret.
=== hand-edge da
Børn i husstanden: Ella ([[cpr:kid]]), Anton ([[cpr:kid]]), Bjørn ([[cpr:kid]]).
=== hand-edge da
CPR [[cpr:plain]]/[[cpr:plain]] (ægtefæller, fælles selvangivelse)
=== hand-edge da
"[[cpr]]", "[[cpr]]" og "{{mcpr}}" er de tre cpr-numre fra listen; det sidste er skjult.
=== hand-edge da
Sikrede: Bo Lindholm
Cpr. nr.
[[cpr]]
Policenr.
{{date10}}
=== hand-edge da
Tak for din ordre {{date10}}! Din pakke sendes med GLS, pakkenr. {{n:11}}. Betaling: {{amount}} kr.
Har du spørgsmål, så ring på {{tlfdk}}.
=== hand-edge da
EAN-lokationsnr.: {{ean}}
CVR: {{cvr}}
P-nr.: {{pnum}}
Kontonr.: {{regkto}}
Ordrenr.: {{date10}}
=== hand-edge da
Sms fra Sundhed.dk: Din prøve er klar. Log ind med MitID. Ref {{date10}}. Svar ikke på denne sms.
=== hand-edge da
Medarbejderen Louise Friis (cpr. [[cpr]]) har efter eget ønske fået nyt lønnummer {{date10}}.
=== hand-edge da
Vi har lavet et testnummer til systemet: 010100-0000 og 111111-1118. Brug ALDRIG rigtige cpr-numre i test.
"""
