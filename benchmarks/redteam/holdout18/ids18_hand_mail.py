"""Hand-written v18 documents: mail as it sits in a mailbox (threads, quoted replies, forwards, auto-replies)."""

BANK = """
=== mail da
Sv: Lønseddel for marts mangler

Hej Birthe

Jeg har tjekket det i Danløn, og du stod ikke på kørslen, fordi dit CPR var tastet forkert ved ansættelsen. Det er rettet nu til ⟦cpr#a⟧, så du kommer med på ekstrakørslen torsdag.

Mvh
Jonas Brink
Løn & Personale
Tlf. ⟨dkph⟩

Fra: Birthe Holm <birthe.holm@fjordbyg.dk>
Sendt: 4. marts 2026 08:12
Til: Løn <loen@fjordbyg.dk>
Emne: Lønseddel for marts mangler

Hej løn

Jeg har ikke fået nogen lønseddel i e-Boks for marts. Mit cpr-nr. er ⟦cpr:n#a⟧ hvis I skal bruge det.

Venlig hilsen
Birthe Holm
Tømrer, hold 3

=== mail da
SV: SV: Opsigelse af fritvalgskonto

> Vi kan godt lukke kontoen, men vi skal have din underskrift på blanketten.
> Husk at skrive dit personnummer og ikke medarbejdernummeret ⟨n5⟩.

Blanketten er vedhæftet, underskrevet. Personnummer: ⟦cpr#a⟧

> > Jeg vil gerne opsige min fritvalgskonto pr. 1. maj.
> > Mvh Karen Lauridsen, cpr ⟦cpr#a⟧

Med venlig hilsen
Karen Lauridsen
Mobil ⟨dkph⟩

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, bedes du slette den og give afsender besked.

=== mail sv
Re: Intyg till Försäkringskassan

Hej Mattias,

Jag har fyllt i arbetsgivarintyget nu. Kan du bekräfta att ditt personnummer stämmer: ⟦pnr:ld#a⟧? I systemet stod det först ⟨badpnr⟩ men det gick inte igenom kontrollen, så jag tror att en siffra var fel.

Hälsningar
Annika Strand
HR-konsult, Västkust Lönetjänst AB
Växel ⟨seph⟩ | Org.nr ⟨seorg⟩

-----Ursprungligt meddelande-----
Från: Mattias Lundgren
Skickat: den 12 februari 2026 14:03
Till: Annika Strand
Ämne: Intyg till Försäkringskassan

Hej! FK behöver ett arbetsgivarintyg för perioden jan-feb. Mitt pnr är ⟦pnr:s#a⟧. Tack på förhand!
/Mattias

=== mail en
RE: Onboarding - tax card and CPR

Hi Priya,

Thanks - I have registered your CPR number ⟦cpr:c49,y2k#a⟧ in our payroll system. Your tax card (forskudsopgørelse) should be picked up automatically from SKAT before the first pay run on the 28th.

Best regards,
Sofie Brandt
People Operations | Lindholm IT-Drift A/S
CVR ⟨cvr⟩ | Direct ⟨dkph⟩

From: Priya Raman
Sent: Monday, January 12, 2026 9:41 AM
To: Sofie Brandt
Subject: Onboarding - tax card and CPR

Hi Sofie, I finally received my yellow health card. The number on it is ⟦cpr:sp#a⟧ (it's printed with a space, hope that's fine). Let me know if you need anything else.
Priya

=== mail da
VS: Fuldmagt til boet

Hej Signe

Se nedenfor fra advokaten. Jeg sender den videre, fordi du står som kontaktperson.

/Niels

---------- Videresendt meddelelse ---------
Fra: Advokatsekretær Lone Friis
Dato: ons. 18. feb. 2026 kl. 10:22
Emne: Fuldmagt til boet
Til: Niels Eskildsen

Kære Niels Eskildsen

I forbindelse med boet efter Else Marie Eskildsen (CPR ⟦cpr:old#b⟧) skal vi bruge en fuldmagt fra hver arving. Vi har allerede modtaget fuldmagten fra Signe Eskildsen, ⟦cpr#c⟧. Din mangler stadig, så udfyld venligst vedhæftede med dit eget cpr-nummer og send den retur.

Sagsnr. ⟨n6⟩/LF

Med venlig hilsen
Lone Friis

=== mail sv
Autosvar: Ansökan om bostadstillägg

Tack för ditt mejl. Jag är tjänstledig till och med 6 april och läser inte min e-post.
I brådskande ärenden om bostadstillägg, ring kundtjänst ⟨seph⟩.

Ditt ursprungliga meddelande:
> Hej, jag skickar in kompletteringen för min mamma Greta Nilsson, ⟦pnr:cent#a⟧, som ni bad om. Hennes nya hyresavtal är bifogat.
> Hälsningar, Ebba Nilsson

=== mail da
Automatisk svar: Spørgsmål til barsel

Jeg holder ferie til og med uge 9. Ved spørgsmål om løn kontakt Jytte Dahl på tlf. ⟨dkph⟩.

-----Oprindelig meddelelse-----
Fra: Rasmus Bjerre
Sendt: 20. februar 2026 07:55
Emne: Spørgsmål til barsel

Hej Mette
Vores datter er født i går, og vi har lige fået hendes personnummer: ⟦cpr:baby#a⟧. Skal jeg sende det til jer, eller får I det selv fra Udbetaling Danmark?
Mit eget er ⟦cpr⟧ hvis det er nødvendigt.
Rasmus

=== mail sv
Sv: Sv: Fel skattetabell

Hej igen,

Jag ser nu att problemet var att ditt samordningsnummer hade registrerats som personnummer. Samordningsnummer ⟦pnr:co,ld#a⟧ är inlagt och tabell 33 gäller från nästa lön.

Mvh Pontus
Lön, Nordvik Bemanning AB

> Från: Dragan Petrović
> Datum: 3 mars 2026
> Hej, jag har fått för mycket skatt dragen i februari. Mitt nummer är ⟦pnr:co#a⟧ (samordningsnummer från Skatteverket). Telefon ⟨seph⟩.

=== mail en
Fwd: Your pension statement

Forwarding this so you have it for the mortgage application. The bit they asked for is below.

Begin forwarded message:

> From: PensionDanmark
> Subject: Your pension statement 2025
> Date: 2 February 2026 at 06:01:44 CET
>
> Dear member,
> Your annual statement is ready. Member: James Whitfield
> CPR no.: ⟦cpr#a⟧   Member no.: ⟨n8⟩
> Policy no. ⟨cprlike⟩
> Total savings: DKK ⟨amount⟩

Sent from my iPhone

=== mail da
Re: Tilmelding til sommerlejr

Hej Louise

Tak for tilmeldingen. Vi mangler stadig CPR på det ene barn. Du har skrevet:
Asger ⟦cpr:kid⟧
Freja (mangler)
Kan du sende Frejas hurtigst muligt? Vi skal bruge det til forsikringen.

Hilsen
Kasper, KFUM-spejderne Vejle
Gruppe-tlf ⟨dkph⟩

=== mail sv
Vidarebefordrat: Kopia på anställningsavtal

Hej Sara,
se nedan. Stina vill ha en kopia på sitt avtal. Hon har bytt efternamn så sök på personnumret: ⟦pnr:l#a⟧

---------- Forwarded message ---------
From: Stina Ek
Date: tis 10 mars 2026
Subject: Kopia på anställningsavtal

Hej, kan jag få en kopia på mitt anställningsavtal från 2019? Jag hette Stina Holm då. Personnummer ⟦pnr:ld#a⟧, anställningsnummer ⟨n4⟩.
/Stina

=== mail da
SV: Adgangskort

Hej

Adgangskortet er bestilt. Vi har brugt dit medarbejdernr. ⟨n5⟩ og ikke CPR, så du behøver ikke sende det.

På forhånd tak
Facility

> Hej, skal I bruge mit cpr til adgangskortet? Det er ⟦cpr:en⟧.
> Mvh Mikkel, lager, lokal ⟨n3⟩

=== mail en
RE: RE: Tax residence certificate - urgent

Hi Anders,

The Swedish Tax Agency needs your personnummer in the long form on the form, not the short one. Please use 12 digits: ⟦pnr:ld#a⟧.

Kind regards
Hannah Clarke | Global Mobility

From: Anders Lindqvist
Sent: 24 February 2026 16:10
Subject: RE: Tax residence certificate - urgent

Hannah, I wrote ⟦pnr#a⟧ on the form, is that not enough?

From: Hannah Clarke
Sent: 24 February 2026 11:02
Subject: Tax residence certificate - urgent

Anders, please send us the completed residence certificate by Friday. Our reference: ⟨n6⟩.

=== mail da
Re: Fejl i feriepenge

Hej Lene

Jeg har kigget på Feriekonto. Der står to personer med næsten samme nummer:
⟦cpr:dot⟧ Lene Bach
og en anden medarbejder, som vi ikke skal nævne. Din er den øverste. Beløbet ⟨amount⟩ kr. er udbetalt i dag.

Mvh Torben
Bogholderiet
Direkte ⟨dkph⟩ · Mobil ⟨dkph⟩

Fortrolighed: Denne meddelelse er kun til adressaten.

=== mail sv
SV: Närståendepenning för pappa

Hej Karin,

Självklart kan du vara ledig. För närståendepenning behöver Försäkringskassan din pappas personnummer och läkarintyg. Du skrev ⟦pnr:cent⟧ i förra mejlet, det räcker.

Lycka till
Ulf, chef kundtjänst

=== mail en
Fw: Emergency contact form

Hi team, form below from our new colleague in Malmö. Please file it in her personnel folder.

---- Forwarded ----
Name: Julia Hoffmann
Personnummer: ⟦pnr:co,s⟧ (coordination number, Swedish)
Emergency contact: Markus Weber, phone ⟨seph⟩
Doctor: Vårdcentralen Limhamn, ⟨seph⟩

=== mail da
Videresendt: Din forespørgsel om aktindsigt

-------- Videresendt meddelelse --------
Emne: Din forespørgsel om aktindsigt
Dato: Tue, 3 Mar 2026 13:44:01 +0100

Kære Bodil Storm

Vi har modtaget din anmodning om aktindsigt i din personalesag (personnummer ⟦cpr#a⟧, sagsnr. ⟨cprdash⟩). Du får svar inden for 7 arbejdsdage.

Med venlig hilsen
HR Jura
-----------------------------------------
Bodil skriver: Kan I tjekke om det er mig? ⟦cpr:n#a⟧ står der også på min pensionsoversigt.

=== mail sv
Re: Medlemsavgift 2026 - vem har betalt?

Hej styrelsen,

Här är listan från Swish i dag:
Göran Ek     200 kr  ⟨seph⟩
Ylva Sund    200 kr  ⟨seph⟩
Stig Åberg   200 kr  ⟨seph⟩

Ylva har också skickat sitt personnummer för hyran av stugan: ⟦pnr:ld⟧. Ska vi spara det någonstans eller radera mejlet?

/Lennart, kassör

=== mail da
Sv: Lejekontrakt Kobbervej

> Udlejer skal bruge jeres cpr-numre på kontrakten.

Peter: ⟦cpr:spd⟧
Anne: ⟦cpr:spd⟧

Vi kan underskrive mandag. Tlf. til Peter er ⟨dkph⟩.

> Med venlig hilsen
> Vestkyst Ejendomme A/S, CVR ⟨cvr⟩
> Sagsbehandler: Ulla Kjær

=== mail en
Out of office: Payroll queries

I am out of the office until 16 March with limited access to e-mail. Payroll queries: payroll@lindholm-it.dk.

---
Original message:
Hi Kim, my salary went to the wrong account. My CPR is ⟦cpr:spd⟧ and the new account is reg. ⟨regkto⟩. Thanks, Carlos Mendes

=== mail sv
Sv: Bouppteckning efter farmor

Hej Agneta,

Jag har fått dödsbeviset nu. Farmor hette Märta Lovisa Berg, ⟦pnr:cent,nl⟧ och dog den 2 februari på Solgården. Boutredningsman är advokat Lindqvist.

Jag skickar över kontoutdrag när banken har svarat (konto ⟨clkto⟩).

Kram
Frida

=== mail da
Re: Ny medarbejder på lageret mandag

Hej Helle

Han hedder Tomasz Wójcik og har dansk CPR ⟦cpr:nm⟧ (tildelt i 2024, da han flyttede hertil - det er et af de nye CPR-numre uden modulus 11-kontrol, så systemet brokker sig måske). Polsk PESEL har han også, men det skal vi ikke bruge.

Tlf. ⟨dkph⟩
Mvh Steffen

=== mail en
Re: Your recent enquiry [Case ⟨n8⟩]

Dear Mr Whitfield,

Thank you for your e-mail. Please note we will never ask you to send your full personal identity number by e-mail. We have removed it from our reply: ⟨cprmask⟩.

Yours sincerely
Customer Care
Nordlys Revision ApS

> I have a question about my invoice. My CPR ⟨cprmask⟩ and my customer number ⟨cprlike⟩.

=== mail sv
Sv: Schema vecka 12 + ändrat kontonummer

Hej,
Nytt konto för lönen: clearing ⟨clkto⟩ (Swedbank). Mitt personnummer om ni behöver det: ⟦pnr:ss⟧
Jag jobbar tisdag och torsdag v. 12.
/Linnea

-----
Skickat från Outlook för Android

=== mail da
Re: Kontingent og personnummer

> Skal I virkelig bruge mit personnummer for at jeg kan melde mig ind?
Nej, kun ved tilskud fra kommunen skal vi bruge CPR. Din søn er under 25, så vi har skrevet hans (⟦cpr:kid⟧) på ansøgningen. Dit eget slettede vi igen.

Med sportslig hilsen
Kassereren, Roskilde Roklub
Reg.nr. ⟨regkto⟩

=== mail en
RE: Background check consent

Hi Laura,

Thanks for signing. For the Swedish part of the check we need your personal identity number (personnummer) as written on your ID card. You wrote ⟦pnr:ld⟧ - correct?

For the Norwegian part (you lived in Bergen 2019-2022) your fødselsnummer: ⟦fnr⟧.

Best,
Background Screening Team

=== mail sv
Re: Medlemsregistret - dubbletter

Hej Björn!
Jag hittade två dubbletter:
  Rune Sjöberg  ⟦pnr:old,ld#a⟧  (medl.nr ⟨n4⟩)
  Rune Sjöberg  ⟦pnr:old,l#a⟧  (medl.nr ⟨n4⟩)
Samma person, olika format. Jag slår ihop dem.
/Hedvig

=== mail da
Vedr.: Sygemelding

Hej Jesper

God bedring. Husk at jeg skal have din sygemelding i Lessor inden fredag, ellers kan vi ikke søge refusion. Til refusionen skal jeg have cpr. Du skrev sidst ⟦cpr:sl⟧, er det stadig rigtigt?

Hilsen Hanne, HR
tlf ⟨dkph⟩ cvr ⟨cvr⟩

=== mail no
Sv: Lønnsslipp for utenlandsk arbeidstaker

Hei Kari,

Vi har nå fått D-nummeret ditt fra Skatteetaten: ⟦fnr:d⟧. Det er lagt inn i lønnssystemet, og skattekortet hentes automatisk.

Mvh
Eirik Bakken, lønn
Tlf ⟨noph⟩
Org.nr ⟨noorg⟩

> Hei, jeg har fortsatt ikke fått lønnsslipp. Telefon ⟨noph⟩.
"""
