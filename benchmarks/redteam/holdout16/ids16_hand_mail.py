"""Hand-written v16 documents: mail threads with quoted replies and signatures, cross-border people, Norway, Finland."""

BANK = r"""
=== hand-mail da
Re: Re: Manglende oplysninger til ansættelse

Hej Bo
Tak, jeg har nu rettet det. Mit cpr-nummer er [[cpr#a]] (det første jeg sendte manglede et ciffer).
Mvh Louise Ravn
Mobil {{dkph}}

> Den {{date}} skrev Bo Steffensen:
> Hej Louise, vi kan ikke oprette dig, fordi cpr-nummeret kun har 9 cifre. Kan du sende det igen?
> Bo Steffensen | HR-konsulent | Tlf. {{dkph8}} | CVR {{cvr}}

=== hand-mail sv
Sv: Fakturafråga

Hej igen!
Jag hittade felet: på fakturan stod mitt personnummer [[pnr:ld#b]] i fältet "Er referens" i stället för kundnumret {{luhn10}}. Kan ni ta bort det?
/Ebba

> Från: Kundservice
> Vi har tittat på fakturan {{luhn12}} och ser ingen fråga. Vad gäller det?
> Hälsningar Siv, Kundservice, telefon {{seph08}}
>> Hej, det står mitt personnummer [[pnr:l#b]] på fakturan, varför?

=== hand-mail da
Emnelinje: VS: Tilskud til briller (bevilling)

Hej Gert,
Jeg videresender borgerens mail. Hun har skrevet sit cpr i emnefeltet og i teksten, så jeg har ikke svaret med citat.
Venlig hilsen
Marianne Holst, sagsbehandler

---------- Videresendt besked ----------
Fra: lissi.n@mail.dk
Emne: Briller cpr [[cpr:n#c]]
Jeg søger om hjælp til briller. Cpr [[cpr#c]]. Min læge siger jeg skal have nye.

=== hand-mail en
Re: Swedish colleague joining the Copenhagen office

Thanks Lena - I have his Danish CPR now: [[cpr:new]]. As he got it in 2024 when he moved, the check digit does not follow the old rule, so the system warning can be ignored.
His Swedish personnummer, for the pension transfer, is [[pnr:ld]].
Best, Frederik

> On {{date}}, Lena Borg wrote:
> Hi Frederik, Johan starts on the 1st. His Swedish phone is {{seph46}}.

=== hand-mail no
Sv: Innleie av svensk konsulent

Hei Kari,
Konsulenten har både svensk personnummer [[pnr]] og norsk D-nummer [[fnr:d]]. Bruk D-nummeret i A-meldingen.
Organisasjonsnummeret til byrået er {{noorg}}, kontonr {{n4}}.{{n2}}.{{n5}}.
Hilsen Espen

=== hand-mail fi
Vs: Uuden työntekijän tiedot

Hei Mikko,
Tässä Annan tiedot palkanlaskentaan: henkilötunnus [[hetu]], pankkitili {{iban}}.
Hänen miehensä on myös töissä meillä: [[hetu:new]].
Terveisin Laura, puh. {{fiph}}

=== hand-mail da
Hej Anne-Mette

Som aftalt får du listen over de tre svenske pendlere i Malmø-afdelingen. De har både dansk og svensk nummer:
- Rune Mattsson: CPR [[cpr:new]] (udstedt 2023), personnummer [[pnr:ld]]
- Elin Gran: CPR [[cpr:new]] (udstedt 2022), personnummer [[pnr:ld]]
- Tove Wall: kun svensk, [[pnr:co,ld]] (samordningsnummer)
Vores bankforbindelse i SE er clearing {{clearkto}}.

Mvh
Kasper | Løn & Personale | {{dkph}}

=== hand-mail sv
Hej!
Bifogar uppgifterna för vår norska säsongsanställde i Idre: fødselsnummer [[fnr:sp]], bankkonto i Norge {{n4}} {{n2}} {{n5}}. Han har ännu inget svenskt samordningsnummer.
Mvh Per, Idre Fjällbyn, {{seph}}

=== hand-mail da
Mail sendt til kontoret@idraetsforening.dk
Hej. Min datter Olga skal meldes ind i gymnastik. Hendes cpr er [[cpr:kid]] og mit er [[cpr]]. Vi bor på {{dastreet}}, {{dktown}}. Min telefon {{dkph8}}.
Venlig hilsen Dorthe

=== hand-mail sv
Re: Hyresgästens uppgifter

Hej Maja,
Jo, här kommer det: Astrid Falk, 19840312-... nej vänta, jag skriver hela: [[pnr:ld]]. Hennes medhyresgäst har samordningsnummer [[pnr:co]].
/ Björn

> Kan du skicka personnumren till kreditupplysningen? Objekt {{luhn10}}.

=== hand-mail da
Hej Jeppe
Kan du sende mig dit cpr og dit skattekort-nummer? Vi skal bruge dem til honoraret for foredraget {{date}}.
--
Svar: Selvfølgelig. Cpr: [[cpr:sl]]. Jeg har ikke noget skattekortnummer, men mit CVR er {{cvr}} hvis I hellere vil have en faktura.

=== hand-mail en
Subject line in the ticket: "Visa letter - need national ID"
Hello, I am Norwegian and starting at the Aarhus lab in March. My fødselsnummer is [[fnr]] and my passport number is {{n8}}. My Danish CPR is not issued yet.
Regards, Synnøve Lie, {{noph}}

=== hand-mail da
Fwd: Lejer i nr. 14

Hej Poul, lejeren har sendt sin ægtefælles cpr-nr: [[cpr:dot]]. Lejerens eget: [[cpr:dot]]. Vi mangler stadig underskrift på tillægget. Depositum er modtaget på konto {{n4}}-{{cprlike}}.
Med venlig hilsen Administrationen, Boligselskabet Fjord (CVR {{cvr}}, tlf. {{dkph}})

=== hand-mail sv
Re: Ansökan utbytesstudier Åbo

Hej! Min finska henkilötunnus från när jag bodde i Åbo som barn är [[hetu:old]] och mitt svenska personnummer [[pnr:s]].
Hälsningar Kristina

=== hand-mail da
Kære kunde, vi har modtaget din ordre nr. {{cprlike}} den {{date}}. Varen sendes med GLS, pakkenr. {{n8}}{{n6}}. Spørgsmål? Ring {{dkph}}. Webshoppen Kaffekilden, CVR {{cvr}}, EAN {{ean}}.

=== hand-mail no
Hei, jeg skal søke barnehageplass for sønnen min Jonas. Fødselsnummeret hans er [[fnr]]. Mitt eget er [[fnr:sp]]. Tlf {{noph}}.
Mvh Marte Nilsen

=== hand-mail fi
Hei, lapseni päiväkotihakemukseen: lapsen henkilötunnus [[hetu:new]], huoltajan [[hetu]]. Osoite Tampereella.

=== hand-mail da
Opfølgning på telefonsamtale

Kære Kirsten Lund
Tak for samtalen i dag. Som aftalt har jeg noteret dit cpr.nr. [[cpr:jan1]], født 1. januar; tildelt uden kontrolciffer, så det afviser vores system ikke længere.
Mvh Forsikringsservice
"""
