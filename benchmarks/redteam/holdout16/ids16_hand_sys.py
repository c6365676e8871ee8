"""Hand-written v16 documents: text that comes out of systems (exports, reports, logs, audit trails, tickets)."""

BANK = r"""
=== hand-export da
LØNKØRSEL 2024-11 / BATCH {{n6}}  KØRT {{ts12}}
LBNR MEDARB  NAVN                     CPR-NR       BRUTTO      AM-BIDRAG
0001 {{n4}}  Henriksen, Bodil         [[cpr]]  {{amount}}   {{amount}}
0002 {{n4}}  Østergaard, Mads         [[cpr:n]]   {{amount}}   {{amount}}
0003 {{n4}}  Laursen, Pia             [[cpr:new]]  {{amount}}   {{amount}}
*** CPR for medarbejder 0003 er tildelt efter 2007 (indvandret), kontrolciffer afviger - korrekt ifølge CPR-kontoret
SUM                                                {{amount}}

=== hand-export da
eksport_medlemmer.csv (uden overskrift, kolonner: medlemsnr;tilmeldt;cpr;navn;kontingent)
{{cprlike}};{{isodate}};[[cpr]];Jonna Kjær;450,00
{{cprlike}};{{isodate}};[[cpr:n]];Aage Dalsgaard;450,00
{{cprlike}};{{isodate}};[[cpr:kid]];Liva Dalsgaard (junior);225,00

=== hand-export sv
Export från PA-systemet Personec, {{tsd}}
anstnr	personnr	efternamn	förnamn	kostnadsställe	månadslön
{{n5}}	[[pnr:ld]]	Sundqvist	Majken	4410	{{amount}}
{{n5}}	[[pnr:l]]	Wikström	Gösta	4410	{{amount}}
{{n5}}	[[pnr:co,ld]]	Petrov	Ilja	4420	{{amount}}
{{n5}}	[[pnr]]	Lindh	Saga	4420	{{amount}}

=== hand-export sv
BOKNINGSRAPPORT Fjällstugan Åre v.7 (utskriven {{ts12}})
Bokn.nr      Gäst               Pnr            Ankomst     Avresa      Belopp
{{luhn10}}   Hedvig Ström       [[pnr:s]]     2025-02-15  2025-02-22  {{amount}}
{{luhn10}}   Pontus Alm         [[pnr:s]]     2025-02-15  2025-02-22  {{amount}}
Bokningsnumren är tiosiffriga och har inget med personnumret att göra.

=== hand-export da
CRM-udtræk "Kunder uden samtykke" - kørt af bruger JKR {{tsd}}
Kunde-id | Oprettet | Navn | Telefon | CPR (kun privat) | Segment
{{luhn10}} | {{isodate}} | Birthe Mørch | {{dkph8}} | [[cpr:sd]] | PRIVAT
{{cprlike}} | {{isodate}} | Tømrer Kaj ApS | {{dkph8}} | - | ERHVERV (CVR {{cvr}})
{{luhn10}} | {{isodate}} | Villy Krogh | {{dkph}} | [[cpr]] | PRIVAT

=== hand-export sv
# rapport: obetalda_fakturor.tsv
# genererad 20241104-0615 av batch {{n8}}
fakturanr	kundnr	förfallodatum	belopp	kund
{{luhn12}}	{{luhn10}}	2024-10-31	{{amount}}	Eriksson Bygg AB ({{orgnr}})
{{luhn12d}}	{{luhn10}}	2024-10-31	{{amount}}	Märta Olofsson
{{luhn12}}	{{luhn10}}	2024-11-02	{{amount}}	Leif Nyman

=== hand-export da
Fast bredde, posttype 02 fra ydelsessystemet (pos. 1-2 type, 4-13 cpr, 15-22 dato, 24-35 beløb i øre):
02 [[cpr:n]] 20240315 000000123450
02 [[cpr:n]] 20240315 000000098000
02 [[cpr:n,kid]] 20240315 000000031200
99 000003

=== hand-export sv
Fil till Skatteverket, Arbetsgivardeklaration individuppgift (utdrag, fältseparator semikolon):
IU;[[pnr:l]];202410;{{amount}};{{amount}};0
IU;[[pnr:l]];202410;{{amount}};{{amount}};0
IU;[[pnr:l,co]];202410;{{amount}};{{amount}};1
Summeringspost;{{orgnrn}};202410;3

=== hand-export da
Bookingsystem Klinik Vesterbro - dagsliste {{date}}
kl.    behandler  patient                      cpr           note
08:30  MHJ        Sigrid Lauritsen            [[cpr:en]]   første besøg
09:15  MHJ        Asger Frost                 [[cpr:en]]   kontrol
10:00  LBN        (ledig)
10:45  LBN        Freya Holm (barn, mor med)  [[cpr:kid,en]]   tandregulering vurd.

=== hand-export en
HRIS export - Nordic headcount, generated 202411291730 (timestamp, not an ID)
emp_id,country,national_id,first_name,last_name,start_date
{{n6}},DK,[[cpr]],Kasper,Nygaard,2021-03-01
{{n6}},SE,[[pnr:ld]],Ebba,Holmgren,2019-08-15
{{n6}},NO,[[fnr]],Sindre,Bakken,2022-01-10
{{n6}},FI,[[hetu]],Aino,Lehtinen,2023-05-02
{{n6}},SE,,Unknown,Contractor,2024-02-01

=== hand-log da
2024-03-15 12:30:04,118 INFO  [borgerportal] login ok nemid_pid=9208-2002-2-{{n6}} cpr=[[cpr:n]] session={{n8}}
2024-03-15 12:30:09,552 WARN  [borgerportal] samtykke mangler for cpr=[[cpr:n]] (opslag afvist)
2024-03-15 12:31:40,002 INFO  [job] batch {{dkstamp}} startet, 412 poster

=== hand-log sv
[2025-01-08T09:14:22Z] audit user=anna.k action=VIEW object=patient pnr=[[pnr:l]] reason="vårdrelation"
[2025-01-08T09:14:58Z] audit user=anna.k action=PRINT object=remiss id={{luhn12}}
[2025-01-08T09:20:03Z] audit user=okand action=SEARCH query="[[pnr]]" result=1 FLAGGAD

=== hand-log da
Logudskrift, adgangskontrol Skovbo Plejecenter:
kortnr {{n8}}  dør 3B  {{dkstamp}}  ADGANG
kortnr {{n8}}  dør 3B  {{dkstamp}}  NÆGTET
(de 10-cifrede tal er dato+klokkeslæt ddmmååttmm, ikke personnumre)

=== hand-log sv
jan 12 03:12:55 app01 sync[2211]: ERROR kunde kunde_id={{luhn10}} saknar personnummer, hoppar över
jan 12 03:12:55 app01 sync[2211]: ERROR kunde kunde_id={{luhn10}} ogiltigt personnummer {{badpnr}} (kontrollsiffra)
jan 12 03:12:56 app01 sync[2211]: INFO  kunde kunde_id={{luhn10}} personnummer [[pnr:ld]] uppdaterat

=== hand-log en
Audit trail, record 44812 (payroll master data), exported 20240315-1230:
  20240302-0901  hr.admin   national id changed  old: {{cprmask}}  new: [[cpr]]
  20240302-0902  hr.admin   bank changed         reg {{n4}} acct {{cprlike}}
  20240315-1229  payroll    approved

=== hand-helpdesk da
Sag #{{n6}} - "Kan ikke logge på MitHR"
Oprettet af: Jette Brandt, lokal {{n4}}
Beskrivelse: Jeg får fejlen "CPR matcher ikke" når jeg logger ind. Mit cpr er [[cpr]], og jeg er ansat i økonomi.
Svar fra 1. niveau: Vi har rettet dit CPR-nr i AD-attributten. Prøv igen. Ring {{dkph}} hvis det fortsat driller.

=== hand-helpdesk sv
Ärende INC{{n8}} (prio 3)
Rapportör: Gunnar Kvist
"Lönespecen visar fel personnummer. Det står {{badpnr}} men mitt riktiga är [[pnr:ld]]. Kan ni rätta?"
Kommentar IT: Dubbelkollat mot folkbokföringen, uppdaterat. Stänger ärendet.

=== hand-helpdesk da
Ticket 2024-11-0{{n4}}: Printerfejl på 2. sal, printer-id {{n8}}, serienr {{cprlike}}.
Bruger: "den printer vi deler med løn". Ingen personoplysninger i sagen. Genstartet, virker.

=== hand-helpdesk sv
Hej supporten!
Får inte BankID att fungera i Medarbetarportalen, telefonnr {{seph}}, personnr [[pnr:s]]. Jag har testat två gånger i dag.
/ Agneta Rydén, ekonomi

=== hand-export no
Utskrift fra lønnssystem (A-melding grunnlag), kjørt {{ts12}}
Løpenr;Fødselsnummer;Navn;Stilling %;Brutto
1;[[fnr]];Ingrid Solberg;100;{{amount}}
2;[[fnr:d]];Tomasz Wójcik (D-nummer);80;{{amount}}
3;[[fnr]];Espen Haugen;100;{{amount}}
Organisasjonsnummer: {{noorg}}

=== hand-export fi
Palkka-ajo 11/2024, tulostettu {{tsd}}
Nro  Nimi               Henkilötunnus  Brutto
1    Ville Koskinen     [[hetu]]    {{amount}}
2    Sanna Virtanen     [[hetu:new]]    {{amount}}
Y-tunnus {{ytunnus}}

=== hand-export da
Udtræk fra kassesystem, bon {{n8}} {{dkstamp}}
Medlemsrabat: KLUBKORT {{cprlike}}
Apoteket har registreret recept til cpr [[cpr:s]] (udleveret til pårørende)
I alt {{amount}} DKK

=== hand-export sv
Utdrag ur Visma, leverantörsreskontra - inga privatpersoner
levnr;namn;orgnr;bankgiro;senaste bet.
{{n5}};Norrlands Trä AB;{{orgnr}};{{bg}};{{isodate}}
{{n5}};Ekmans Måleri HB;{{orgnr}};{{bg}};{{isodate}}
{{n5}};Sjöbergs Åkeri AB;{{orgnr}};{{pg}};{{isodate}}

=== hand-export da
Rapport fra skolens intra: elever tilmeldt lejrskole (ingen cpr i denne liste)
nr  elev               klasse  forældretlf.
1   Ellen Brink        6.b     {{dkph8}}
2   Noah Svendsen      6.b     {{dkph8}}
3   Alma Thygesen      6.a     {{dkph8}}
Depositum indbetales på reg. {{n4}} konto {{cprlike}}

=== hand-log da
12:04:33 SMS-gateway: send til {{dkph00}} "Din pakke {{n8}} kan afhentes" status=OK
12:04:35 SMS-gateway: send til {{dkph00}} "Husk tid hos tandlægen {{date}} kl. {{time}}" status=OK
12:04:38 SMS-gateway: fejl: modtager {{dkph8}} ugyldig

=== hand-export sv
Medlemsregister, Hembygdsföreningen Gamla Byn, export med kolumner i ordningen: namn, född, personnummer, avgift betald
Vilhelmina Åberg, 1924, [[pnr:plus]], ja
Sixten Holm, 1949, [[pnr]], ja
Gullan Holm, 1951, [[pnr]], nej
Folke Lund, 1925, [[pnr:plus]], ja

=== hand-export da
Husleje-opkrævning (PBS) - fejlliste {{isodate}}
Lejemål      Lejer                 Fejl
{{cprdash}}  Karina Olesen         Mandat mangler
{{cprdash}}  Jens Peter Juhl       Konto lukket
(Lejemålsnumre har format ejendom+opgang+lejlighed og ligner cpr-numre - det er de ikke.)

=== hand-log en
2025-06-01T07:00:00Z sched INFO nightly export started id={{n8}}
2025-06-01T07:00:04Z export WARN row 118: field "personnummer" contains [[pnr:ld]] for customer type=PRIVATE, masked in output
2025-06-01T07:00:09Z export INFO rows=2210 masked=1 file=kund_{{stamp12}}.csv
"""
