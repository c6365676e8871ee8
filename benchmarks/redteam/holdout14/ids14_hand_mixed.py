"""Hand-written cross-border, English, Norwegian and Finnish business documents of the v14 identifier hold-out."""

BANK = r"""
=== hand-cross en
Hi all,

For the Nordic payroll consolidation, here are the new starters per country:
DK – Rasmus Holt, CPR [[cpr]]
SE – Ebba Lind, personnummer [[pnr]]
NO – Kari Nordli, fødselsnummer [[fnr]]
FI – Mikko Lahtinen, HETU [[hetu]]
Please do not forward this mail outside HR.

Best regards,
Sanna
Group HR, +45 33 12 45 67

=== hand-cross en
Hi Jonas,

Quick question about the cross-border commuter: Anders lives in Malmö (personnummer [[pnr:s]]) but works in our
Copenhagen office, so he also has a Danish CPR, [[cpr]]. Which one goes on the A1 certificate?

Thanks,
Mette

=== hand-cross en
Travel expense claim – Oslo workshop
Employee: Ingrid Solberg
Norwegian national ID (fødselsnummer): [[fnr:sp]]
Company: Nordlys Revision ApS, VAT DK{{cvr}}
Hotel 2 nights NOK 3,480; flights DKK 2,150
Reimburse to IBAN {{iban}}

=== hand-cross da
Hej Kirsten

Vores nye konsulent er finsk og har endnu ikke dansk cpr. Hendes henkilötunnus er [[hetu]]. Hun får dansk
cpr-nummer i januar; indtil da bruger vi det finske i kontrakten.

/Jakob

=== hand-cross sv
Hej!

Vi har tre norska tjänstemän på projektet i Kiruna. Fødselsnummer enligt deras pass:
Ole Bakke [[fnr]]
Marit Bakke [[fnr]]
Per Haugen – D-nummer [[fnr:d]] (han har inte norskt personnummer, bara D-nummer)
Tel. till platsledaren: +47 412 34 567

Mvh Johan

=== hand-cross en
Employee	Country	ID	Mobile
Hanne Bak	DK	[[cpr]]	{{dkph}}
Maja Öst	SE	[[pnr:l]]	{{seph}}
Trond Lie	NO	[[fnr]]	{{noph}}
Aino Koski	FI	[[hetu:new]]	{{fiph}}

=== hand-cross en
Board paper – Nordic subsidiaries, directors to be registered
Denmark: Peter Holm (CPR [[cpr]]), Copenhagen
Sweden: Karin Holm (personal identity number [[pnr]]), Stockholm
Norway: Lars Berg (national identity number [[fnr]]), Oslo
Company numbers: DK CVR {{cvr}}, SE org.nr {{orgnr}}, NO org.nr {{noorg:sp}}, FI Y-tunnus {{ytun}}

=== hand-cross en
Hi Siv, the Finnish number for Jussi is [[hetu]] and for his daughter [[hetu:kid]] (she was born after 2000, so the
century sign is A). Could you update the insurance list?

Thanks, Tom

=== hand-cross en
Our Finnish colleague Laura got her identity code after 2023 with the new century sign: [[hetu:new]]. The
payroll system rejected it because it only accepts "-" and "A". Ticket {{n}} raised with the vendor.

=== hand-cross da
Lønkørsel – udstationerede medarbejdere
Navn;Land;ID-nummer;Reg/konto eller IBAN
Lise Dam;DK;[[cpr]];{{kto}}
Karl Fors;SE;[[pnr]];{{iban:se}}
Ola Dahl;NO;[[fnr]];NO93 8601 1117 947
Kolonnen ID-nummer er cpr/personnummer/fødselsnummer.

=== hand-cross en
Subject line of the ticket: "Wrong ID on payslip"
The employee writes: my Danish CPR is [[cpr:sl]] but the payslip shows {{cprmask}}. Also my Swedish number
[[pnr:s]] from my time in Lund is still in the old record — please delete it.

=== hand-cross sv
Hej Kari!

Vi behöver ditt norska fødselsnummer till A1-intyget. Du skrev [[fnr:sp]] i ansökan, stämmer det?
Ditt svenska samordningsnummer är [[pnr:co]].

Mvh Lönegruppen

=== hand-nofi no
Hei Ingrid,

Takk for søknaden. For å registrere deg i lønnssystemet trenger vi fødselsnummeret ditt (11 siffer). Du har
oppgitt [[fnr]]. Kontonummer {{kid}} er registrert for utbetaling.

Med vennlig hilsen
Lønn og personal
Tlf. {{noph}}

=== hand-nofi no
Referat fra styremøte i Fjordkraft Holding AS (org.nr. {{noorg:sp}})
Ny daglig leder: Trond Haugland, fødselsnr. [[fnr:sp]]
Styreleder: Marit Aas, f.nr. [[fnr]]
Melding sendes Brønnøysundregistrene.

=== hand-nofi no
Ansatt med D-nummer:
Navn: Piotr Zielinski
D-nummer: [[fnr:d]]
Skattekort hentet 01.12.2026. KID for skattetrekk: {{kid}} (ikke personnummer).

=== hand-nofi no
Faktura fra Fjordkraft AS
Org.nr. {{noorg}} MVA
Kundenr. {{kid}}
KID {{kid}}
Beløp kr 4 350,00
Kontakt: {{noph}}

=== hand-nofi no
Hei!
Min sønn Jonas (fnr [[fnr:kid]]) skal være med på gruppelivsforsikringen. Mitt eget er [[fnr]].
Hilsen Hilde

=== hand-nofi fi
Hei Mikko,

palkanlaskenta tarvitsee henkilötunnuksesi: kirjoitit [[hetu]]. Tilinumero FI21 1234 5600 0007 85.
Yrityksen Y-tunnus on {{ytun}}.

Terveisin
Henkilöstöhallinto

=== hand-nofi fi
Työsopimus
Työnantaja: Norrsken Oy, Y-tunnus {{ytun}}
Työntekijä: Aino Virtanen, henkilötunnus [[hetu:new]]
Puhelin: {{fiph}}

=== hand-nofi fi
Uusi henkilötunnus (vuoden 2023 välimerkit): [[hetu:new]]
Vanha muoto olisi ollut eri välimerkki, mutta numero on sama henkilö.
Tiketti {{n}}, soita {{fiph}}.

=== hand-nofi fi
Lomake: matkalasku
Nimi: Juha Mäkinen   Hetu: [[hetu]]
Tapahtuma: Tukholma 23.–24.11.2026
Virheellinen tunnus {{badhetu}} korjattu oikeaksi.

=== hand-cross en
From our CSV (no header, the fields are name, country, national ID):
Signe Holm,DK,[[cpr:nd]]
Hugo Holm,SE,[[pnr:sn]]
Eira Holm,NO,[[fnr]]
Veera Holm,FI,[[hetu:kid]]

=== hand-cross en
Notes from call with the Swedish subsidiary (Teams, 02/12):
- Payroll cut-off 20th
- Director change: Magnus Ek, personnummer [[pnr:l]], replaces Lena Ek
- Their bankgiro {{bg}}, org.nr {{orgnr}}
- Contact: {{seph}}

=== hand-cross en
Hi,
the Norwegian employee's national number is written with a space in the contract: [[fnr:sp]]. Is that ok for
Altinn? His Danish CPR is [[cpr:sp]].
Rgds, Nils

=== hand-cross da
Hej

Vores svenske vikar Linnea har både svensk personnummer [[pnr]] og dansk cpr [[cpr:new]] (tildelt i 2025,
derfor uden modulus-11-kontrol). Begge skal stå i personalesagen.

/Mette

=== hand-cross sv
Löner Danmark, december (personer som jobbar i Köpenhamn och bor i Skåne)
Namn	CPR	Personnummer
Emil Sand	[[cpr]]	[[pnr]]
Tilda Sand	[[cpr]]	[[pnr]]
Linus Borg	[[cpr:new]]	[[pnr:co]]
Linus fick sitt danska cpr 2024.

=== hand-cross en
Invoice from Nordlys Revision ApS
CVR {{cvr}} | SE VAT SE{{orgnr:nd}}01 | NO org. {{noorg}} MVA
Invoice no. {{cprlike}}, customer no. {{luhn10}}
Payment: IBAN {{iban}}
No personal identity numbers on this invoice.

=== hand-cross en
Slack #payroll-nordics
Mia 10:12 can someone confirm Kalle's pnr? I have [[pnr:s]]
Jens 10:14 that's right. his DK cpr is [[cpr]] btw
Mia 10:15 thx 🙏 deleting this thread after

=== hand-cross da
Personalesag – kopi af pas og ID
Navn: Oskari Laine
Finsk henkilötunnus: [[hetu:new]]
Dansk cpr (tildelt 2026): [[cpr:new]]
Telefon Finland {{fiph}}, Danmark {{dkph}}

=== hand-cross en
Data subject access request – Nordic group
Requester: Elin Dahl, Swedish personnummer [[pnr]], and her husband Jens Dahl, Danish CPR [[cpr]]
Received: 2026-11-30, deadline 2026-12-30
Case no. {{luhn12:dash}}

=== hand-cross sv
Hej,

norska D-nummer börjar med 4–7, så [[fnr:d]] är rätt för Ewa (hon är inte skriven i Norge). Hennes svenska
samordningsnummer är [[pnr:co]].

/Ulf
"""

BANK += r"""
=== hand-nofi no
Hei,

Vi har to nye ansatte som ikke er bosatt i Norge og derfor har D-nummer:
Tomasz Lis, D-nummer [[fnr:d]]
Rasa Petraitė, D-nummer [[fnr:d]]
Skattetrekk via kontonr. 1503 42 87654.

Mvh Lønn

=== hand-cross en
Hi Petra,

The Norwegian contractor writes his D-number as [[fnr:d,sp]] and his Swedish coordination number as [[pnr:co,s]].
Both are correct according to the tax agencies.

Kind regards,
Nordic payroll desk
"""
