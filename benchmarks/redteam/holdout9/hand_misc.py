"""Hand-written odds and ends: CPRs without modulus 11 on ordinary dates, punctuation around numbers, long
tables whose header is far above, and lookalike numbers in the same lines as real ones."""

BANK = r"""
=== hand-misc da
Personalesag – oprettelse

Navn: Lars Kjeldgaard Iversen
CPR-nr.: [[cpr:nomod,anyd]]
Bemærkning: CPR-kontoret har bekræftet nummeret (det består ikke den gamle modulus 11-kontrol, men det er
gyldigt – tildelt efter 2007).

=== hand-misc da
Hej Bente

Systemet afviser Morten Holsts cpr [[cpr:nomod,anyd#m]] med fejlen "ugyldigt kontrolciffer". Borgerservice
siger, at nummeret er rigtigt; modulus 11 gælder ikke længere for alle numre. Kan du få leverandøren til at slå
kontrollen fra?

/Ulrik, lønkontoret

=== hand-misc sv
Hej,

Vi har fått tillbaka utbetalningen till Maja Öst – banken säger att personnumret i filen inte stämmer. I filen
står {{badpnr:plain}}, men hennes riktiga är [[pnr:l]]. Kontrollsiffran i det första är fel.

/Löneservice

=== hand-misc da
Ansatte pr. afdeling (udskrift, 3 sider)
Side 1: Afdeling, Navn, Cpr.nr., Ansat dato

Lager
  Bo Thygesen                 [[cpr]]     01.03.2019
  Hanne Kofoed                [[cpr]]     15.08.2021
  Janus Riber                 [[cpr:nomod,jan1]]     01.11.2022
Kontor
  Sus Ravnkilde               [[cpr]]     01.02.2014
  Preben Møller               [[cpr]]     01.05.2009
Chauffører
  Ali Demir                   [[cpr]]     15.09.2020
  Kenneth Bruun               [[cpr]]     01.04.2023

=== hand-misc da
Kvittering for indbetaling
Indbetaler: Grete Holm (cpr.nr. [[cpr]]);
Beløb: {{amount}} kr.;
Konto: {{regkto}};
Ref.: {{ten}};

=== hand-misc da
Medlemsliste (ingen cpr – kun medlemsnummer og fødselsdato)
Medlemsnr.   Navn               Født
{{ten}}   Anni Juhl          {{bdate}}
{{ten}}   Rune Thorsen       {{bdate}}
{{ten}}   Pia Dalgaard       {{bdate}}

=== hand-misc sv
Deklarationsombud – fullmakt

Fullmaktsgivare: Ingvar Söder, [[pnr:ld,old]]
Ombud: Cecilia Söder (dotter), [[pnr:ld,senior]]
Fullmakten gäller inkomstdeklaration 2026.

=== hand-misc da
Log over opslag i CPR (ekstrakt til DPO)
tid;bruger;opslag;formål
{{date:iso}} 08:12;HLN;[[cpr:plain]];sagsbehandling
{{date:iso}} 08:40;HLN;[[cpr:plain]];sagsbehandling
{{date:iso}} 09:03;KBJ;[[cpr:plain,nomod,school]];skoleindskrivning
{{date:iso}} 09:05;KBJ;{{ten}};FEJL – ordrenummer tastet i cpr-feltet

=== hand-misc sv
Tack för din beställning!
Ordernummer: {{pnrlike:dash}}
Leveranssätt: Ombud, PostNord, kolli-id {{sscc}}
Frågor om ordern? Ring {{tel:sefix}} (ha ordernumret till hands).

=== hand-misc en
Hi team,

quick reminder for the Copenhagen office: the CPR field in Workday must hold ten digits, with or without the
hyphen. Examples from this week's errors (fixed):
- employee 4471: "[[cpr:plain]] " (trailing space)
- employee 4480: "[[cpr]]," (comma pasted with it)
- employee 4492: "{{badcpr}}" (impossible date; asked the employee again)

Thanks, Payroll

=== hand-misc da
SMS til borger:
"Din tid i Borgerservice er bekræftet: {{date:dk}} kl. 10.15. Medbring pas og sundhedskort. Bookingnr. {{ten}}.
Svar ikke på denne SMS med dit cpr-nummer."

=== hand-misc sv
Anmälan om flytt (blankett SKV 7665, ifylld för hand och inskannad)
Personnummer         Namn
[[pnr:ld,young]]        Rebecka Ahl
[[pnr:ld,school]]        Milo Ahl
Ny adress: Granvägen 7, 903 37 Umeå
Inflyttningsdatum: {{date:iso}}

=== hand-misc da
Rettelse til lønsedlen

Forkert: CPR {{badcpr}} (tastefejl – datoen findes ikke)
Rigtigt: CPR [[cpr]]
Medarbejdernr. {{digits:5}}, lønperiode november.

=== hand-misc sv
Intern revision – stickprov nr 12
Verifikation {{digits:5}}: utlägg för Emil Sandberg, personnummer [[pnr]], belopp {{amount}} kr, kvitto nr
{{tenl}}. Anmärkning: kvittot saknar organisationsnummer för säljaren.

=== hand-misc da
Rejseafregning
Rejsende: Signe Nørgaard · cpr: [[cpr]] · medarb.nr.: {{digits:5}}
Fly: SAS billet {{digits:13}}, bookingkode ABX7QK
Hotel: faktura {{ten}}, 2 nætter
Udbetales til {{regkto}}

=== hand-misc no
Hei Silje,

Du ba om fødselsnummeret til den nye vikaren: [[fnr#v]]. D-nummeret hun hadde før ([[fnr:dnr,as_v]]) skal ikke
brukes lenger.

Hilsen Kjersti, lønn

=== hand-misc fi
Päiväkodin lista (ruokavaliot)
Lapsi      Henkilötunnus    Ruokavalio
Veeti      [[hetu:b]]    gluteeniton
Helmi      [[hetu:a]]    laktoositon
Onni       [[hetu:a]]    –
"""
