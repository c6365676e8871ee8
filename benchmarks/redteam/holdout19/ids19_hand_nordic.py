"""Hand-written v19 documents with Norwegian and Finnish numbers in the v19 genres (exports, logs, journals, claims,
chat, scans), many of them in Danish and Swedish workplaces."""

BANK = r"""
=== xlsx no
Ansatt;Fødselsnummer;Stilling;Kontonr
⟨non⟩;⟦fnr⟧;Sykepleier;1503.⟨n2⟩.⟨n5⟩
⟨non⟩;⟦fnr⟧;Sykepleier;1503.⟨n2⟩.⟨n5⟩
⟨non⟩;⟦fnr:d⟧;Helsefagarbeider;1503.⟨n2⟩.⟨n5⟩
⟨non⟩;⟦fnr⟧;Renhold;1503.⟨n2⟩.⟨n5⟩

=== log fi
2026-11-03 12:01:44 INFO  kela-sync: haettu ⟨n3⟩ riviä
2026-11-03 12:01:45 ERROR kela-sync: virheellinen rivi hetu=⟦hetu⟧ syy=puuttuva_tilinumero
2026-11-03 12:01:45 ERROR kela-sync: virheellinen rivi hetu=⟦hetu:new⟧ syy=puuttuva_tilinumero
2026-11-03 12:01:46 INFO  kela-sync: valmis, ajo-id ⟨guid⟩

=== journal no
Journalnotat fastlege ⟨date⟩
Pasient: ⟨non⟩, f.nr. ⟦fnr:sp⟧
Kontaktårsak: hoste i 3 uker. Rtg. thorax rekvirert.
Sykmelding 50 % til ⟨date⟩. NAV-kontor ⟨non⟩ varslet.

=== claim fi
Vahinkoilmoitus – matkavakuutus
Vakuutettu: ⟨fin⟩, henkilötunnus ⟦hetu⟧
Matkaseuralainen: ⟨fin⟩, ⟦hetu⟧
Vakuutusnumero ⟨luhn10⟩ · Vahinkonumero ⟨n8⟩
Korvaus tilille FI⟨n2⟩ ⟨n4⟩ ⟨n4⟩ ⟨n4⟩ ⟨n2⟩

=== chat no
Slack #drift-bergen
⟨non⟩ 08:12: trenger D-nr til polakken som startet i dag, noen?
⟨non⟩ 08:15: ⟦fnr:d⟧ (fra skattekontoret i går)
⟨non⟩ 08:16: takk, legger inn i Tripletex

=== pdf fi
TYÖSOPIMUS                                              Sivu 1 (2)
Työnantaja                        Työntekijä
⟨fin⟩ Oy                    ⟨fin⟩
Y-tunnus ⟨ytun⟩                    Henkilötunnus
                                  ⟦hetu⟧
Työsuhde alkaa ⟨date⟩ ja on voimassa toistaiseksi.

=== foreign sv
Hej ⟨svn⟩,
här kommer uppgifterna för de finska konsulterna som börjar på måndag:
⟨fin⟩ – finsk personbeteckning ⟦hetu⟧
⟨fin⟩ – finsk personbeteckning ⟦hetu:new⟧
⟨fin⟩ – finsk personbeteckning ⟦hetu⟧ (har även samordningsnummer ⟦pnr:co⟧)
Mvh ⟨svn⟩

=== foreign da
Kære lønafdeling
De norske chauffører, der kører for os fra januar:
⟨non⟩ – norsk fødselsnummer ⟦fnr⟧ – dansk CPR ⟦cpr⟧
⟨non⟩ – norsk fødselsnummer ⟦fnr⟧ – dansk CPR afventer
⟨non⟩ – norsk D-nummer ⟦fnr:d⟧
Tlf. til vognmand: ⟨noph⟩

=== ocr fi
Skannattu: Ilmoitus muutosta – Digi- ja väestötietovirasto
Nimi ⟨fin⟩
Henkilötunnus ⟦hetu:c18⟧ (isoisä, kuolinpesä)
Ilmoittaja ⟨fin⟩, ⟦hetu⟧, puh ⟨fiph⟩

=== sql no
SELECT ansattnr, navn, fnr FROM ansatt WHERE avd = 12;
 ansattnr |       navn        |     fnr
----------+-------------------+-------------
 ⟨n5⟩    | ⟨non⟩ | ⟦fnr⟧
 ⟨n5⟩    | ⟨non⟩ | ⟦fnr⟧
 ⟨n5⟩    | ⟨non⟩ | ⟦fnr:d⟧
(3 rows)

=== ticket fi
Tiketti #⟨zdt⟩ · HR-palvelut
Lähettäjä: ⟨fin⟩
Viesti: Palkkakuitissa on väärä veroprosentti. Hetuni on ⟦hetu:y2k⟧ ja työntekijänumero ⟨n5⟩.
Vastaus: Uusi verokortti haettu OmaVerosta ⟨date⟩.

=== legal no
TINGRETTEN – Forkynnelse
Saksøkte: ⟨non⟩, f.nr. ⟦fnr⟧
Saksøker: ⟨non⟩ Inkasso AS, org.nr ⟨noorg⟩
Krav: kr ⟨amount⟩ med tillegg av forsinkelsesrente. Saksnr. 26-⟨n6⟩TVI-⟨non⟩
KID for innbetaling: ⟨kid⟩

=== json fi
{"henkilo":{"nimi":"⟨fin⟩","hetu":"⟦hetu⟧","puhelin":"⟨fiph⟩"},
 "huoltaja":{"nimi":"⟨fin⟩","hetu":"⟦hetu⟧"},
 "lapsi":{"nimi":"⟨fin⟩","hetu":"⟦hetu:y2k⟧"},
 "viite":"⟨n10⟩"}

=== journal da
Journal, Center for Hjemløse
⟨date⟩: Ny beboer ⟨non⟩, norsk statsborger, har ikke dansk CPR. Norsk fødselsnummer oplyst: ⟦fnr:sp⟧.
Ansøgning om CPR sendt til Borgerservice ⟨date⟩. Kontaktperson ⟨dan⟩.

=== bank no
Lønnsfil (utdrag) – ⟨date⟩
mottaker;fnr;konto;beløp
⟨non⟩;⟦fnr⟧;⟨n4⟩.⟨n2⟩.⟨n5⟩;⟨amount⟩
⟨non⟩;⟦fnr⟧;⟨n4⟩.⟨n2⟩.⟨n5⟩;⟨amount⟩
Bunt-ID ⟨kid⟩ · Opprettet ⟨dt14⟩

=== xlsx fi
Nimi	Henkilötunnus	Osasto	Alkoi
⟨fin⟩	⟦hetu⟧	Tuotanto	⟨date⟩
⟨fin⟩	⟦hetu:new⟧	Tuotanto	⟨date⟩
⟨fin⟩	⟦hetu⟧	Logistiikka	⟨date⟩

=== claim sv
Skadeanmälan – olycksfall på arbetsplatsen
Den skadade: ⟨svn⟩, personnummer ⟦pnr⟧ (inte ⟨badpnr⟩ som stod i första anmälan, fel kontrollsiffra)
Vittne: ⟨svn⟩, ⟦pnr:ld⟧
Arbetsgivare org.nr ⟨seorg⟩ · AFA-ärende ⟨luhn10⟩

=== chat sv
⟨svn#a⟩: mormors pnr till färdtjänsten? hon fyllde 100 i år
⟨svn#b⟩: ⟦pnr:y1926⟧
⟨svn#a⟩: tack! och morfars?
⟨svn#b⟩: ⟦pnr:cent⟧ fast han dog i våras, behövs det?
"""
