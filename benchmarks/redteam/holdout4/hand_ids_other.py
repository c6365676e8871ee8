"""Hand-written Norwegian, Finnish, Icelandic and mixed identifier documents (each written once)."""

DOCS = """
=== hand-nav no
NAV - Vedtak om dagpenger
Fødselsnummer: «fnr»
Navn: Kari Solberg Haugen
Dagpengene utbetales til konto «no_konto».
Saksnummer: «case»
=== hand-nav no
Hei, jeg er ny i Norge og har fått D-nummer «dnr». Arbeidsgiveren min (org.nr. «no_org») spør etter
skattekort. Hvor søker jeg? Mvh Tomasz Wiśniewski, tlf «phone_no»
=== hand-skatt no
Skatteetaten - Skattemelding 2025
Fødselsnummer «fnr:space»
Beregnet skatt: «amount»
Betal med KID «kid» til konto «no_konto»
=== hand-helse no
Epikrise fra Haukeland universitetssjukehus
Pasient: Ola Nordbø, f.nr. «fnr»
Innlagt: «date»   Utskrevet: «date»
Fastlege: Dr. Aas, tlf. «phone_no»
=== hand-bank no
Kontoutskrift november
Kontonummer: «no_konto»
Kunde: Ingrid Fjeld
Referanse: «kid»
Kontonummer for sparing: «no_konto_fnr»
=== hand-hr no
Ansatte, avdeling Bergen
Navn                 Fødselsnummer
Sigurd Vik           «fnr»
Marte Lie            «fnr»
Joanna Kowal         «dnr»
Org.nr. «no_org»
=== hand-kela fi
Kela - Päätös asumistuesta
Henkilötunnus: «hetu»
Hakija: Aino Virtanen
Maksetaan tilille, viitenumero «viite»
Asian numero «case»
=== hand-kela fi
Hei, henkilötunnukseni on «hetu» ja poikani tunnus on «hetu@child». Voinko hakea lapsilisää netissä?
Terveisin Juha Koskinen, puh. «phone_fi»
=== hand-vero fi
Verohallinto - Verokortti 2026
Henkilötunnus «hetu»
Työnantaja: Rakennus Oy Mäki, Y-tunnus «ytunnus»
Tuloraja: «amount»
=== hand-tyo fi
Työntekijät / anställda
Nimi                 Henkilötunnus
Matti Lehtonen       «hetu»
Sanna Heikkinen      «hetu»
Leena Mäkelä         «hetu»
Y-tunnus «ytunnus»
=== hand-fi-neg fi
Lasku nro «num8»
Y-tunnus «ytunnus»
Viitenumero «viite»
Eräpäivä «date»
Henkilötunnus «hetu_bad» on virheellinen - tarkista tarkistusmerkki.
=== hand-iceland da
Kvittering - Icelandair
Passager: JÓNSSON/ARNAR MR, kennitala «kt»
Bookingreference: 7TRQ2K   Billetnr. 108«dl10»
Betalt med kort, auth.kode «num6»
=== hand-iceland sv
Vi har tre praktikanter från Island i vår. De har kennitala, inte svenskt personnummer:
Birna Sigurðardóttir «kt», Einar Þórsson «kt» och Kristín Ragnarsdóttir «kt».
=== hand-nordic da
Nordisk projektgruppe - deltagere og ID til rejseforsikringen
DK  Troels Mogensen    «cpr»
SE  Annelie Forsberg   «pnr»
NO  Håkon Berg         «fnr»
FI  Elina Saarinen     «hetu»
IS  Guðrún Pálsdóttir  «kt»
=== hand-nordic sv
Nordiska rådets kansli - resenärer
Sverige: Ulf Strand, pnr «pnr:long_dash»
Danmark: Bodil Juhl, CPR «cpr»
Norge: Eirik Dahle, fødselsnr «fnr:space»
Finland: Pekka Rantanen, HETU «hetu»
=== hand-nordic no
Hei! Jeg jobber i Norge men bor i Sverige. Mitt svenske personnummer er «pnr:long_dash» og mitt
norske fødselsnummer «fnr». Mvh Sara Lindberg
=== hand-nordic fi
Henkilöstölista (Vaasa / Umeå)
Anna Björklund   henkilötunnus «hetu»
Erik Nyqvist     personnummer «pnr»
Satu Laine       henkilötunnus «hetu»
=== hand-nordic da
Hej igen. Jeg har både dansk og norsk nummer: CPR «cpr» og fødselsnummer «fnr». Hvilket skal jeg bruge?
=== hand-nav no
Arbeidsavtale
Arbeidstaker: Lars Eik, fødselsnummer «fnr:dots»
Arbeidsgiver: Nordlys Bygg AS, org.nr. «no_org»
Lønn utbetales til «no_konto»
=== hand-nav no
Faktura 2026-«num6» fra Fjordkraft. KID: «kid». Kontonummer: «no_konto». Kundenummer: «no_konto_fnr».
"""
