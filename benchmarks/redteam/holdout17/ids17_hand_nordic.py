"""Hand-written v17 documents: cross-border Nordic text, DK/SE/NO/FI persons side by side."""

BANK = r"""
=== hand-nordic da
Øresundskommuner: oversigt over pendlere bosat i Malmø, ansat i København
Mattias Lindgren, svensk personnummer ⟦pnr:ld⟧, dansk CPR ⟦cpr:d⟧ (tildelt ved ansættelse 2019)
Sofia Ek, svensk personnummer ⟦pnr:ld⟧, har endnu ikke fået dansk CPR - SKAT har sagen (⟨cprlike⟩)

=== hand-nordic sv
Hej! Jag bor i Helsingborg och jobbar i Helsingør. Min danska arbetsgivare frågar efter både mitt personnummer och mitt CPR. Personnumret är ⟦pnr:sd⟧ och CPR-numret fick jag i augusti: ⟦cpr:d⟧. Räcker det?
/Annika

=== hand-nordic da
Kære Gunnar Åberg

Skattestyrelsen har modtaget din anmodning om begrænset skattepligt. Vi har registreret dig under dit svenske personnummer ⟦pnr:ld⟧. Dit danske CPR-nummer ⟦cpr:d,nm⟧ blev tildelt dig i 2021, da du startede hos os.
Vores j.nr.: ⟨cprlike⟩

=== hand-nordic en
Nordic payroll - November 2025 - headcount per entity
Entity DK (CVR ⟨cvr⟩): Peter Storm ⟦cpr:d⟧, Line Bech ⟦cpr:d⟧
Entity SE (org.nr ⟨orgnr⟩): Hedvig Nord ⟦pnr:ld⟧, Oskar Björk ⟦pnr:ld⟧
Entity NO (org.nr ⟨noorg⟩): Kari Nilsen ⟦fnr⟧
Entity FI (Y-tunnus ⟨ytunnus⟩): Ville Heikkinen ⟦hetu⟧

=== hand-nordic sv
Flytt av tjänstepension från Danmark
Pensionstagare: Björn Dahlberg, personnummer ⟦pnr:sd⟧
Tidigare dansk pension hos PFA, policenr ⟨cprlike⟩, dansk CPR ⟦cpr:sl⟧
Överföringsbelopp: ⟨amt⟩ DKK

=== hand-nordic no
Skattemelding for personer bosatt i Sverige med arbeid i Norge
Navn: Lennart Persson
Svensk personnummer: ⟦pnr:ld⟧
Norsk D-nummer: ⟦fnr:d⟧
Arbeidsgiver: org.nr ⟨noorg⟩, tlf ⟨noph⟩

=== hand-nordic fi
Hei Matti,
Ruotsissa asuvan työntekijämme Linnea Forsin henkilötunnus on ⟦hetu⟧ ja ruotsalainen henkilönumero ⟦pnr:ld⟧. Laita molemmat palkanlaskentaan.
Terveisin Riikka, ⟨fiph⟩

=== hand-nordic da
Til HR - koncernflytning
Medarbejderen Siv Karlsson flytter fra vores svenske selskab til det danske pr. 1.1.
Personnummer (SE): ⟦pnr:sd⟧
CPR (DK): endnu ikke tildelt
Medarbejdernr. ⟨n6⟩, tlf. ⟨seph⟩

=== hand-nordic en
Tax residence certificate request
I, Eero Nieminen (HETU ⟦hetu:new⟧), resident in Copenhagen since March, request a certificate for the Finnish tax office. My Danish CPR is ⟦cpr:en⟧. Phone ⟨dkph⟩.

=== hand-nordic sv
Gränsgångare Norge: Stina Olsen har norskt fødselsnummer ⟦fnr:sp⟧ och svenskt personnummer ⟦pnr:sd⟧. Hon betalar skatt i Norge enligt det nordiska skatteavtalet.
Kontakt: ⟨noph⟩

=== hand-nordic da
Referat fra møde med Försäkringskassan (via Teams)
Deltagere: vores sagsbehandler og FK's handläggare.
Borgeren, Märta Johansson (pnr ⟦pnr:ld⟧, dansk cpr ⟦cpr:d⟧), har fået sygedagpenge i DK fra uge 12 og ansøger om sjukpenning i SE.
FK's ärendenummer: ⟨luhn12d⟩

=== hand-nordic en
Group HR - transfers 2026
Name                 From  To  ID in sending country
Jesper Lind          DK    SE  ⟦cpr:d⟧
Maja Eklund          SE    DK  ⟦pnr:sd⟧
Henrik Berg          NO    DK  ⟦fnr⟧
Helmi Lahtinen       FI    SE  ⟦hetu⟧
Agneta Wallin        SE    FI  ⟦pnr:ld,co⟧

=== hand-nordic no
Hei, jeg er dansk og har flyttet til Bergen. Mitt CPR-nummer er ⟦cpr:d⟧ og jeg fikk nettopp D-nummer ⟦fnr:d⟧. Hvor lenge tar det før jeg får fødselsnummer? Mvh Kasper, ⟨noph⟩

=== hand-nordic sv
Dödsbo efter Elsa Lundberg, personnummer ⟦pnr:plus⟧, bosatt i Köpenhamn sedan 1968.
Hennes danska CPR-nummer: ⟦cpr:d,old⟧.
Dödsboet företräds av sonen Erik Lundberg, ⟦pnr:sd,mid⟧.

=== hand-nordic da
Pensionsoverførsel fra Norge
Kunde: Ragnhild Solberg, norsk fødselsnummer ⟦fnr⟧, dansk CPR ⟦cpr:nm⟧ (CPR tildelt 2011 ved tilflytning)
KID fra norsk pensjonskasse: ⟨kid⟩
Beløb: ⟨amt⟩ NOK

=== hand-nordic fi
Tampereen yliopisto - vaihto-opiskelijat
Nimi: Sofia Lindahl, ruotsalainen henkilönumero ⟦pnr:l⟧, suomalainen väliaikainen henkilötunnus ⟦hetu:new⟧
Puhelin ⟨fiph⟩, opiskelijanumero ⟨n6⟩

=== hand-nordic en
Re: Øresund commuter - which number goes on the A1 form?
> I have a Swedish personnummer (⟦pnr:sd#a⟧) and a Danish CPR (⟦cpr:d#b⟧).
Put both. The Swedish one in the long form, ⟦pnr:ld#a⟧, in box 2.1 and the CPR ⟦cpr:n#b⟧ in box 2.2.

=== hand-nordic sv
Lönespecifikation för Henrik Madsen, dansk medborgare, samordningsnummer ⟦pnr:sd,co⟧.
Arbetsgivare: ⟨orgnr⟩. Utbetalt till dansk konto ⟨regkto⟩.

=== hand-nordic da
Ansøgning om Øresundsgrænsegængerbevis. Ansøger: Frida Holmberg. Hun har svensk personnummer ⟦pnr:s⟧ og dansk CPR ⟦cpr:n⟧. Arbejdsgivers CVR: ⟨cvr⟩. Tlf. (SE) ⟨seph⟩, (DK) ⟨dkph⟩.

=== hand-nordic en
Nordic relocation checklist (Astrid Sørli, moving Oslo -> Stockholm)
- fødselsnummer ⟦fnr⟧ (stays valid)
- apply for personnummer at Skatteverket; until then samordningsnummer ⟦pnr:ld,co⟧
- notify Norwegian bank, account ⟨n4⟩.⟨n4⟩.⟨n4⟩

=== hand-nordic fi
Perukirja: vainaja Tuomas Hämäläinen, henkilötunnus ⟦hetu⟧. Perillinen: poika Aleksi Hämäläinen, asuu Ruotsissa, henkilönumero ⟦pnr:ld⟧, suomalainen henkilötunnus ⟦hetu:kid,new⟧.
"""
