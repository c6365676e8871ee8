"""Hand-written Norwegian and Finnish documents, and Danish/Swedish ones mixing in NO and FI numbers."""

BANK = r"""
=== hand-nofi no
Arbeidsavtale

Arbeidsgiver: Bergen Havnelogistikk AS, org.nr. {{digits:9}}
Arbeidstaker: Sindre Hauge, fødselsnummer [[fnr]]
Stilling: Lagermedarbeider, 100 %
Kontonummer for lønn: {{digits:4}}.{{digits:2}}.{{digits:5}}

=== hand-nofi no
Hei Kari!

Her er opplysningene til NAV-søknaden: fødselsnr. [[fnr:space]], telefon {{tel:no}}. Saksnummer hos
NAV er {{digits:11}} – ikke bland dem!

Hilsen Trond

=== hand-nofi no
Legeerklæring (utdrag)

Pasient: Marte Bakken, f.nr. [[fnr]]
Diagnosekode: L03
Sykmeldt i 14 dager fra {{date:iso}}
Legens HPR-nr: {{digits:7}}

=== hand-nofi no
Skattetrekksmelding 2026
Navn: Ole Martin Strand
Fødselsnummer: [[fnr]]
Tabellnummer: 7100
Arbeidsgivers organisasjonsnummer: {{digits:9}}

=== hand-nofi no
D-nummer-liste, sesongarbeidere (jordbærfeltet)
Tomasz Nowak     [[fnr:dnr]]
Andrius Petrauskas [[fnr:dnr]]
Lena Berg        [[fnr]]

=== hand-nofi no
Kvittering fra Vinmonopolet
Kvitteringsnr {{digits:11}}
Kundekort {{digits:11}}
Totalt {{amount}} kr

=== hand-nofi fi
Työsopimus

Työnantaja: Tampereen Putkityö Oy, Y-tunnus {{digits:7}}-{{digits:1}}
Työntekijä: Jussi Mäkelä, henkilötunnus [[hetu]]
Tehtävä: asentaja
Palkka: {{amount}} euroa kuukaudessa

=== hand-nofi fi
Hei Liisa,

Lapsen henkilötunnus on [[hetu:a]] ja minun [[hetu]]. Asiakasnumero on {{digits:10}}.
Terveisin Sanna

=== hand-nofi fi
Vuokrasopimus

Vuokranantaja: Kiinteistö Oy Kuusikko
Vuokralainen: Pekka Nieminen (hetu [[hetu:y]])
Vuokra {{amount}} €/kk, eräpäivä kuun 5. päivä
Viitenumero: {{digits:10}}

=== hand-nofi fi
Palkkalaskelma
Henkilönumero {{digits:5}}
Henkilötunnus [[hetu]]
Bruttopalkka {{amount}}
Ennakonpidätys {{amount}}

=== hand-nofi fi
Virheellinen henkilötunnus lomakkeella: {{badhetu}} (tarkistemerkki ei täsmää). Pyydä asiakkaalta oikea.

=== hand-nofi da
Vikarbureauets liste over udlændinge i Billund (uge 49)

Navn              Land   Id-nummer
Piotr Zieliński   PL     pas {{digits:9}}
Kaisa Lehtonen    FI     [[hetu]]
Eirik Moen        NO     [[fnr]]
Malin Ekholm      SE     [[pnr:ld]]
Jonas Dam         DK     [[cpr]]

=== hand-nofi sv
Hej Kicki,

Finska kollegan Antti Salo ska lägga in sitt henkilötunnus i systemet: [[hetu#a]]. Han har inget svenskt
personnummer än – samordningsnumret [[pnr:samo,as_a]] kommer från Skatteverket nästa vecka.

/Anders

=== hand-nofi sv
Norsk pendlare – uppgifter till lönen
Namn: Håkon Lie
Norskt fødselsnummer: [[fnr#h]]
Svenskt samordningsnummer: [[pnr:ld,samo,as_h]]
Kontonummer: {{clearing}}

=== hand-nofi da
Norsk kunde i butikken – kvittering til reklamation

Kunde: Ingvild Aas, Oslo
Tlf.: {{tel:no}}
Ordrenr.: {{digits:11}} (11 cifre, ikke fødselsnummer)
Varenr.: {{ean:dk}}

=== hand-nofi no
Regnskapsbilag
Faktura nr. {{digits:11}}
KID-nummer: {{digits:11}}
Konto: {{digits:4}} {{digits:2}} {{digits:5}}
Ingen personopplysninger i bilaget.

=== hand-nofi fi
Asiakasrekisteriote
Asiakas: Maria Korhonen
Asiakasnumero: {{digits:8}}
Henkilötunnus: [[hetu:b]]
Puhelin: {{tel:fi}}

=== hand-nofi no
Hei,

Vi har registrert dødsfallet. Avdøde: Arne Nilsen, fødselsnummer [[fnr]]. Dødsboets saksnummer hos
tingretten: {{digits:2}}-{{digits:6}}DSK-OSLO. Kontakt oss på {{tel:no}}.

Med vennlig hilsen
Begravelsesbyrået

=== hand-nofi sv
Finsk samarbetspartner – kontaktlista
Oy Nordic Timber Ab, FO-nummer {{digits:7}}-{{digits:1}}, kontakt Heikki Aalto, tel {{tel:fi}}
(inget henkilötunnus behövs för leverantörsregistret)

=== hand-nofi fi
Opintotuen päätös

Hakija: Emilia Heikkinen
Henkilötunnus: [[hetu:a]]
Päätösnumero: {{digits:12}}
Tuki alkaa {{date:iso}}.

=== hand-nofi no
Barnehageplass – søknad
Barn: Nora Aune, fødselsnr. [[fnr]]
Foresatt: Kristin Aune, fødselsnr. [[fnr]]
Ønsket oppstart: august 2027
"""
