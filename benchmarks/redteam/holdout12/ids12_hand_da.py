"""Hand-written Danish documents for the v12 identifier hold-out (slots: see ids12_slots.py)."""

BANK = r"""
=== hand-mailchain da
Hej Birthe

Tak, jeg har rettet det i lønsystemet nu.

/Kasper

> Den 14. okt. skrev Birthe Kjær:
> Kan du rette Jonas' CPR? Der står [[cpr:#a]] i systemet, men det rigtige er [[cpr:#b]].
> Han har fået forkert lønseddel to gange.
>> Jonas Holst skrev:
>> Mit cpr-nummer er [[cpr:#b]], ikke det der står på sedlen.

=== hand-mailchain da
Videresendt besked ------
Se nedenfor, hun har skrevet sit personnummer i emnefeltet igen.

-------- Oprindelig meddelelse --------
Emne: Ang. ansøgning [[cpr:plain]]
Hej, jeg vedhæfter min ansøgning. Ring på {{tlfdk}} hvis noget mangler.
Mvh Sidsel Brandt

=== hand-mailchain da
Re: Re: faktura
Hej Torben – fakturanr. {{mod10:dash}} er betalt via FIK {{fik}}. Vores CVR er {{cvr}}, hvis bogholderiet spørger.
Ingen personoplysninger i denne tråd, tak.
> Torben: kan du bekræfte betalingen af {{amount}} kr.?

=== hand-mailchain da
Svar: Hej igen
Jamen så sender jeg det bare her:
[[cpr:nl]]
Det er min søns, han er født 2012 hvis I skal bruge det. Mit eget er [[cpr:sds]].
> Vi skal bruge CPR på både dig og barnet for at oprette fritidspladsen.
> Venlig hilsen Pladsanvisningen, {{tlfdk}}

=== hand-calendar da
BEGIN:VEVENT
SUMMARY:Samtale – Lone Friis ([[cpr:plain]])
DTSTART:20261203T090000
DTEND:20261203T094500
LOCATION:Mødelokale 2, Jobcenter Vest
DESCRIPTION:Medbring sygedagpengeattest. Sagsnr. {{n:8}}.
UID:{{uuid}}@kalender.kommune.dk
END:VEVENT

=== hand-calendar da
Mødeindkaldelse: Forældresamtale 3.B
Hvornår: tirsdag {{date}} kl. {{time}}–{{time}}
Hvor: Lærerværelset
Deltagere: klasselærer Ulla Bak, mor til Freja (elev-cpr [[cpr:kid]])
Teams-møde-id: {{n:12}}   Adgangskode: {{n:6}}

=== hand-calendar da
Outlook-invitation videresendt af sekretariatet
Titel: Tjenstlig samtale – Preben Vestergaard
Start: {{isodate}} {{time}}
Bemærk: CPR [[cpr:#p]] står i den vedhæftede partshøring; brug ikke nummeret i titlen næste gang.
Vedhæftet: partshoering_[[cpr:plain#p]].pdf

=== hand-chat da
[09:14] Mikkel R: nogen der har cpr på den nye vikar?
[09:15] Signe T: [[cpr]] – står også i mappen
[09:15] Mikkel R: tak 👍
[09:16] Signe T: og hans telefon er {{tlfdk8}} hvis du skal ringe

=== hand-chat da
Slack-eksport #lonkontoret, 2026-11-18
mads.k: kørslen fejler på række 114, cpr [[cpr:en]] findes ikke i eIndkomst
helle.j: prøv med [[cpr:nomod]] – hun fik nyt cpr-nummer i 2019 (tildelt efter 2007)
mads.k: virkede. job-id {{n:9}} kørt igen

=== hand-chat da
Messenger – Familien 💬
Mor: Kan nogen huske morfars cpr? Lægen spørger
Anders: [[cpr:old]]
Mor: tak skat
Line: husk også hans sundhedskort, nummeret bag på er bare cpr igen

=== hand-chat da
Teams-chat eksporteret 03-11-2026
Karen Lund 10.02: Jeg har sendt ordrebekræftelsen, ordre {{mod10}}
Ole Brix 10.03: fint, kundenr. {{date10}} er oprettet
Karen Lund 10.05: ring til kunden på {{tlfdk}} inden fredag

=== hand-school da
Indmeldelsesblanket – Skovbrynets Børnehus
Barnets navn: Villads Krogh
Barnets CPR-nr.: [[cpr:kid]]
Mor: Tove Krogh, CPR [[cpr]], mobil {{tlfdk8}}
Far: Asger Krogh, CPR [[cpr:dots]]
Ønsket startdato: {{date}}

=== hand-school da
Elevliste 0.A (udskrift fra Aula)
Nr | Navn | CPR | Forældre tlf.
1 | Alma B. | [[cpr:kid,plain]] | {{tlfdk8}}
2 | Noah D. | [[cpr:kid,plain]] | {{tlfdk8}}
3 | Ella F. | [[cpr:kid,plain]] | {{tlfdk8}}
4 | Oscar H. | [[cpr:kid,plain]] | {{tlfdk8}}

=== hand-school da
Referat, PPR-møde
Vedr. elev født 2016, cpr [[cpr:kid]]. Psykologen anbefaler støtte 12 timer ugentligt.
Journalnr. {{date10:dash}} (PPR's eget nummer).
Næste møde {{date}}.

=== hand-school da
Ansøgning om fripladstilskud
Ansøger: Malene Hjort, [[cpr:sp]]
Samlever: Kim Hjort, [[cpr:sp]]
Husstandsindkomst {{amount}} kr. – barn i institution: Emma, [[cpr:kid]]
Ansøgningsnr. {{mod10:dash}}

=== hand-permit da
Byggetilladelse – Matr.nr. 14b, Ejerlav Tårup By
Ansøger: Jytte Overgaard (CPR [[cpr]])
BBR-nr. {{n:9}}, ejendomsnr. {{n:6}}
Sagsnummer {{isodate}}-{{n:6}}. Tilladelsen gælder i 1 år.

=== hand-permit da
Gravetilladelse udstedt til Entreprenørfirma Holm ApS, CVR {{cvrsp}}, P-nr. {{pnum}}.
Ansvarlig: Bo Holm. Ingen privat ansøger.
Tilladelsesnr. {{date10}}. Gebyr {{amount}} kr. betales via FIK {{fik}}.

=== hand-permit da
Dispensation fra lokalplan 112
Ejer: Carsten Bech, født [[cpr:#c]]
Naboorientering sendt til 6 naboer.
Klagevejledning: klage sendes med angivelse af sagsnr. {{n:10}} og ansøgers cpr-nr. [[cpr:plain#c]].

=== hand-police da
Anmeldelse af indbrud – Journalnr. {{n:4}}-{{n:5}}-{{n:5}}-{{n:2}}
Anmelder: Lene Skov, cpr [[cpr]]
Stjålet: cykel, stelnr. {{n:9}}, iPhone IMEI {{imei}}
Forsikringsselskab: policenr. {{mod10}} (police, ikke cpr)

=== hand-police da
Færdselsuheld, rapport fra patruljen
Fører 1: Esben Dahl, [[cpr:dash]], reg.nr. {{plate:dk}}
Fører 2: svensk statsborger Ylva Berg, personnr [[pnr:ld]], reg.nr. {{plate}}
Alkometer: 0,0. Vidne: tlf {{tlfdk}}.

=== hand-police da
Politiets udskrift af kriminalregistret
Vedrørende: Jesper Mørk
Personnummer: [[cpr:sp]]
Udskriftsnr. {{n:12}}. Ingen registreringer.

=== hand-vehicle da
Registreringsattest (del I)
Reg.nr.: {{plate:dk}}   Stelnr.: {{vin}}
Ejer: Dorthe Winther, CPR-nr. [[cpr:plain]]
Bruger: samme
Første reg.: {{date}}

=== hand-vehicle da
Skibsregistret – Fritidsfartøj
Navn: "MÅGEN"  HIN: {{hin}}
Ejer 1: Niels Birk, cpr [[cpr]]
Ejer 2: Gitte Birk, cpr [[cpr:en]]
Kendingssignal: {{n:4}}, registreringsnr. {{date10}}

=== hand-vehicle da
Salgsslutseddel, brugt bil
Køber: Rasmus Holt – [[cpr:sp]]
Sælger: Autohuset Syd, CVR {{cvr}}
Pris {{amount}} kr. Stelnummer {{vin}}. Km-stand {{n:6}}.

=== hand-migration da
Ansøgning om opholdstilladelse – familiesammenføring
Herboende ægtefælle: Søren Lauritzen, CPR [[cpr]]
Ansøger: statsborger i Sverige, personnummer [[pnr:l]]
Sags-ID SIRI {{n:8}}. Gebyr {{amount}} kr. betalt.

=== hand-migration da
Registreringsbevis (EU-borger)
Udstedt til finsk statsborger Aino Virtanen, henkilötunnus [[hetu]], dansk cpr tildelt: [[cpr:nomod]]
Tildelt efter 2007: nummeret opfylder ikke modulus 11, det er korrekt.

=== hand-migration da
Kvittering, Borgerservice – flytning til Danmark
Navn: Marek Nowak
Nyt CPR-nummer: [[cpr:nomod]] (tildelt i dag)
Tidligere ID: polsk PESEL {{n:11}}
Midlertidig adresse, c/o Kim Holm

=== hand-grant da
SU-styrelsen – afgørelse
Til: Freja Lykke, cpr-nr. [[cpr]]
Du får SU-lån på {{amount}} kr. om måneden. Dit lånenr. er {{mod10:dash}}.
Spørgsmål: tlf. {{tlfdk}}

=== hand-grant da
Minsu – tilbagebetaling
Kontonr. til indbetaling: {{regdash}}
Betalingsreference {{ocr}}
Studerendes personnummer (CPR) skal IKKE skrives i meddelelsesfeltet, brug referencen.

=== hand-church da
Kirkebogsudskrift – dåb
Barnets navn: Asta Marie Lund, CPR [[cpr:kid]]
Forældre: Ida Lund ([[cpr]]) og Jeppe Lund ([[cpr]])
Faddere: Hanne Lund, Poul Friis
Kirkebogens side {{n:3}}, løbenr. {{n:4}}

=== hand-church da
Navneændring – Personregistreringen, Sogn: Vor Frue
Ansøger: Bodil Thrane, [[cpr:dots]]
Nyt efternavn: Thrane-Nørgaard
Gebyr {{amount}} kr., kvitteringsnr. {{luhn10}}

=== hand-church da
Udtræk fra kirkebog, dødsfald
Afdøde: Poul Ravn, cpr-nr [[cpr:old]]
Anmelder: søn Flemming Ravn, cpr-nr [[cpr]]
Begravelse {{date}}, gravsted nr. {{n:4}}

=== hand-housing da
Boligforeningen Lærkehaven – venteliste
Medlemsnr. | Navn | Opskrevet
{{date10}} | Trine Mose | 2019
{{date10}} | Ebbe Wulff | 2021
{{date10}} | Nanna Krog | 2022
(Medlemsnumre tildeles af systemet og er ikke cpr.)

=== hand-housing da
Andelsboligforeningen Toften 12 – overdragelse
Sælger: Kirsten Bang, cpr. [[cpr]]
Køber: Jakob Hedegaard, cpr. [[cpr:sp]]
Andelsnr. {{n:3}}, pris {{amount}} kr.
Pengeinstitut: Reg. {{regkto}} (købers konto)

=== hand-housing da
Opsigelse af lejemål
Jeg, Vibeke Storm, personnr. [[cpr:#v]], opsiger hermed min bolig, lejemålsnr. {{n:8}}.
Depositum bedes indsat på konto {{regkto}}.
Underskrift: V. Storm   CPR: [[cpr:plain#v]]

=== hand-club da
Haslev Roklub – indmeldelse
Navn: Mads Thorup
Fødselsdato: {{date}}
CPR (til DIF-tilskud): [[cpr]]
Medlemsnr. {{mod10}} – kontingent {{amount}} kr.

=== hand-club da
Holdkort U11 drenge (DBU)
Spiller | Spillercert.nr. | CPR
Aksel | {{n:8}} | [[cpr:kid]]
Oliver | {{n:8}} | [[cpr:kid]]
Villads | {{n:8}} | [[cpr:kid]]

=== hand-club da
Generalforsamling – referat
Foreningens CVR {{cvr}}. Kassereren fremlagde regnskab; resultat {{amount}} kr.
Valgt til bestyrelsen: Susanne Ring, Preben Dalgaard.
Ingen cpr-numre i referatet efter sidste års klage.

=== hand-payroll da
H;LØN;2026-11;{{cvr}}
D;[[cpr:plain]];0001;37,00;{{amount}}
D;[[cpr:plain]];0002;32,00;{{amount}}
D;[[cpr:kid,plain]];0003;10,00;{{amount}}
T;3;{{amount}}

=== hand-payroll da
LØNDATA FAST BREDDE (pos 1-10 CPR, 12-19 medarb.nr, 24-30 beløb)
[[cpr:plain]] {{n:8}}    {{n:7}}
[[cpr:plain]] {{n:8}}    {{n:7}}
[[cpr:plain]] {{n:8}}    {{n:7}}

=== hand-payroll da
Lønseddel november
Medarbejder: Charlotte Boye   Medarb.nr. {{n:5}}
CPR-nr.: [[cpr:en]]
SE-nr. {{cvr}}   Afdeling: Lager
Udbetalt til {{regdash}}

=== hand-kyc da
Legitimationskontrol (hvidvask) – Sparekassen
Kunde: Henrik Falk
CPR: [[cpr]]   Pas nr. {{n:9}}
MitID bekræftet {{isodate}} {{time}}
PEP: nej. Reelle ejere af kundens selskab (CVR {{cvr}}): Henrik Falk, cpr [[cpr]] – NB: tastefejl, korrekt er ovenstående.

=== hand-kyc da
Kundekendskab – erhverv
Selskab: Nordlys IVS, CVR {{cvr}}
Reel ejer 1: Camilla Jeppesen, [[cpr]] (60 %)
Reel ejer 2: Ulrik Jeppesen, [[cpr:jan1]] (40 %)
Konto {{ibandk}}

=== hand-debt da
Rykker nr. 2 – Inkasso Nord A/S
Skyldner: Kristian Vang, CPR [[cpr:dash]]
Sagsnr. {{mod10}}  Hovedstol {{amount}} kr.
Indbetal via FIK {{fik}} senest {{date}}.

=== hand-debt da
Forligsforslag
Vi har modtaget Deres brev vedr. sag {{date10:dash}}.
Debitor: Helle Kirk (cpr oplyst: [[cpr:sp]])
Vi foreslår afdrag på {{amount}} kr./md.
Kreditor: Energiselskabet, kundenr. {{mod10:dash}}

=== hand-survey da
respondent_id;alder;kommune;cpr_frivillig;tilfredshed
{{n:6}};34;Aarhus;;4
{{n:6}};51;Odense;[[cpr:plain]];5
{{n:6}};29;Vejle;ved ikke;3
{{n:6}};67;Skive;[[cpr]];2

=== hand-survey da
Spørgeskema, fritekstsvar (anonymiseret? NEJ):
"Jeg har ringet 4 gange, mit cpr er [[cpr]] og I kan stadig ikke finde mig"
"Sagsbehandleren skrev {{mcpr}} i brevet, fint"
"ordrenummer {{mod10:dash}} kom aldrig"

=== hand-call da
Opkaldsnotat 14:32 – kundeservice
Kunden (Lars Bundgaard) oplyser cpr [[cpr:sds]] for at få adgang. Verificeret med MitID.
Ønsker nyt betalingskort; kortnr. slutter på {{n:4}}. Sag {{n:7}} oprettet.

=== hand-call da
Telefonnotat
Ringede fra {{tlfdk}}. Opgav først cpr [[cpr:#x]], rettede det så til [[cpr:#y]] ("det var min mands").
Vi har noteret [[cpr:plain#y]] på sagen.

=== hand-handform da
(indskannet blanket, håndskrift afskrevet)
Navn: Gitte Søgaard
Cpr.nr: [[cpr:sp]]   (svært læseligt, sidste ciffer kan være 7 eller 1 – vi har skrevet det, der står)
Adresse: Bakkevej 3
Underskrift: [ulæselig]

=== hand-handform da
Afskrift af håndskrevet seddel fundet i kopimaskinen:
"Tove – hendes cpr er
[[cpr:plain]]
og kodeordet til portalen ligger i skuffen"

=== hand-sheet da
Medarbejder          CPR                  Afdeling
Jørgen Lind          [[cpr]]          Drift
Ditte Bro            [[cpr]]          Drift
Sanne Elm            [[cpr]]          IT
Steffen Hald         [[cpr]]          IT

=== hand-sheet da
Navn + CPR (flettet kolonne)	Løn	Start
Ole Dam [[cpr]]	{{amount}}	{{isodate}}
Tine Hvid [[cpr:plain]]	{{amount}}	{{isodate}}
Kim Lyng [[cpr:sp]]	{{amount}}	{{isodate}}

=== hand-code da
# tests/fixtures/borger.yaml – testdata fra udviklerne
borger:
  navn: Test Testesen
  cpr: "[[cpr:plain]]"   # OBS: rigtigt nummer kopieret fra prod ved en fejl
  kommune_kode: {{n:3}}
  sag_id: {{mod10}}

=== hand-code da
def test_lookup():
    # kunde-id ligner et cpr men er det ikke
    assert lookup(kunde_id="{{mod10}}") is None
    # ordre-nr. fra gammelt system
    assert parse("{{date10:dash}}") == "ordre"

=== hand-code da
const DEMO_USER = {
  name: "Signe Holm",
  cprNummer: "[[cpr:dash]]",   // hentet fra supportsag, skal fjernes
  phone: "{{dk00}}",
};

=== hand-sig da
Med venlig hilsen

Pernille Raun
Lønkonsulent | HR & Løn
Direkte: {{tlfdk}} | Mobil: {{tlfdk8}}
CVR {{cvr}} · EAN {{ean}}
Denne e-mail kan indeholde fortrolige oplysninger.

=== hand-sig da
<p>Hej</p><p>Her er cpr på den nye: <b>[[cpr]]</b></p>
<p>--<br>Morten Lange<br>Tlf. {{tlfdk}}<br>P-nr. {{pnum}}</p>

=== hand-edge da
Journal over udleverede nøgler
Nøgle 7 – Ulla Krog – cpr=[[cpr:plain]] – udleveret {{date}}
(systemet skriver cpr= foran nummeret uden mellemrum)

=== hand-edge da
Upload-log
POST /api/v2/borger/[[cpr:plain]]/dokumenter 201
GET /api/v2/ordre/{{mod10}}/status 200
GET /download?cpr=[[cpr:plain]]&type=pdf 200

=== hand-edge da
Filer i mappen \\fil01\HR\Personalemapper\:
ansaettelseskontrakt_[[cpr:plain]].pdf
loenaftale_[[cpr:plain]].docx
skabelon_ordre_{{mod10}}.xlsx

=== hand-edge da
CPR: [[cpr]]/tlf. {{tlfdk8}}/konto {{regkto}}
(tre numre på én linje fra den gamle kundekortfil)

=== hand-edge da
Attest for barn født 1. januar: CPR [[cpr:jan1]]. Nummeret består ikke modulus 11-kontrollen, men det er korrekt.
Søskende: [[cpr:jan1]].

=== hand-edge da
Stregkode på kuverten: {{embed}}
Modtager: Anne Kold, cpr [[cpr]]
Forsendelses-id {{track}}

=== hand-edge da
Tidsstempel {{epoch}} i loggen er IKKE et cpr-nummer; det er unix-tid.
Men bruger-feltet indeholdt cpr=[[cpr:plain]] – det skal maskeres.

=== hand-edge da
Kære Lis
Jeg skrev i går at Brians cpr var [[cpr:#f]] – men den rigtige er [[cpr:#g]]. Det første hører til hans bror Allan.
Beklager forvirringen!
Hilsen Hanne

=== hand-payroll da
Feriepengeoversigt (FerieKonto)
Medarbejder;Cpr;Optjent
Ebbe Krag;[[cpr:dash]];{{amount}}
Lone Bjerg;[[cpr:dash]];{{amount}}
Signe Vad;[[cpr:kid,dash]];{{amount}}

=== hand-grant da
Legatansøgning – Fonden for Ungdomsuddannelse
Ansøger: Ida Schou, cpr. nr.: [[cpr:kid]] (ansøger er under 18, forælders underskrift nødvendig)
Forælder: Trine Schou, cpr. nr.: [[cpr]]
Bankkonto: {{regkto}}

=== hand-police da
Afhøringsrapport (uddrag)
Afhørte: Kristian Bøgh, f. [[cpr:en]]
Afhørte forklarede, at han ikke kendte den anden bilist (reg.nr. {{plate:dk}}).
Rapport afsluttet {{time}}. Rapportnr. {{n:6}}.

=== hand-school da
Elevplan, 9. klasse
Elev: Frederik Lind (unilogin frli{{n:4}})
Cpr-nummer anvendes ikke i elevplanen. Karakter i dansk: 7.
Næste statusmøde: {{date}}.

=== hand-kyc da
Udskrift fra CPR-opslag (kundesag)
Navn: Vibeke Sand
CPR: [[cpr:nomod]] – bemærk at nummeret er tildelt efter 2007 og ikke følger modulus 11
Adresse beskyttet: Nej
Opslag foretaget af bruger {{n:6}}.
"""
