"""Hand-written v18 documents: church records and older, archival text (genealogy, estate inventories, old pension
registers) about persons born 1890-1950."""

BANK = """
=== church da
Kirkebogsudskrift - dåb

Sogn: Vor Frue Sogn, Aarhus
Dåbsdato: 12. april 2026
Barnets navn: Karla Marie Vinther
Født: ⟨born#a⟩
Personnummer: ⟦cpr:baby#a⟧
Forældre: Rikke Vinther og Anders Vinther
Faddere: Lone Vinther, Søren Dam
Præst: Bodil Hjort
Udskriften er udstedt af kordegnen ⟨date⟩.

=== church da
Konfirmandliste 2026 - Hellig Kors Kirke

Konfirmation søndag 10. maj kl. 10.00
1. ⟨dan⟩, ⟦cpr:kid⟧
2. ⟨dan⟩, ⟦cpr:kid⟧
3. ⟨dan⟩, ⟦cpr:kid⟧
4. ⟨dan⟩, ⟦cpr:kid⟧
5. ⟨dan⟩, ⟦cpr:kid⟧
6. ⟨dan⟩, ⟦cpr:kid⟧
7. ⟨dan⟩, ⟦cpr:kid⟧
8. ⟨dan⟩, ⟦cpr:kid⟧
9. ⟨dan⟩ (ikke døbt - dåb ved konfirmationen), ⟦cpr:kid⟧
Kordegnekontoret, tlf. ⟨dkph⟩

=== church sv
Gravsättningsanmälan - Svenska kyrkan, Uppsala pastorat

Avliden: Karl Oskar Lindblom
Personnummer: ⟦pnr:cent⟧
Dödsdatum: 2026-01-19
Gravplats: Uppsala gamla kyrkogård, kvarter 14, gravnummer ⟨n4⟩
Gravrättsinnehavare: sonen Per Lindblom, ⟦pnr:old⟧
Begravningsbyrå: Fonus Uppsala, tel ⟨seph⟩
Gravsättning: urna, 2026-02-27 kl 11.00

=== church da
Begravelse/bisættelse - anmeldelse (kopi til kirkegårdskontoret)

Afdøde: Ingeborg Rasmussen, cpr.nr. ⟦cpr:c18⟧
Dødsdag: 03.02.2026, Plejehjemmet Solgården
Ceremoni: Bisættelse fra Sct. Nicolai Kirke
Urnenedsættelse: Assistens Kirkegård, afd. C, gravsted nr. ⟨n3⟩
Anmelder: barnebarn Lars Rasmussen, ⟦cpr⟧, tlf. ⟨dkph⟩
Ingeborg blev 106 år og var sognets ældste.

=== church sv
Konfirmander 2026 - Lunds domkyrkoförsamling (intern lista)

Namn                   Personnr       Grupp
⟨svn⟩           ⟦pnr:kid⟧    Sommarläger
⟨svn⟩           ⟦pnr:kid⟧    Sommarläger
⟨svn⟩           ⟦pnr:kid⟧    Sommarläger
⟨svn⟩           ⟦pnr:kid⟧    Onsdagsgrupp
⟨svn⟩           ⟦pnr:kid⟧    Onsdagsgrupp
⟨svn⟩           ⟦pnr:kid⟧    Onsdagsgrupp
Lägeravgift via Swish ⟨seph⟩.

=== archive da
Slægtsforskning - anetavle (udskrift fra Legacy)

1. Jens Peter Mortensen, f. 1898 i Vorbasse, cpr ⟦cpr:y1898⟧ (fra hans pensionsbrev 1969)
2. Kristine Mortensen f. Hansen, f. 1901, cpr ⟦cpr:y1901⟧
3. Hans Mortensen, f. 1867, d. 1934 (ingen cpr - død før 1968)
4. Ane Marie Jensen, f. 1871, d. 1951
Børn af 1+2:
  Erna Mortensen, f. 1926, ⟦cpr:y1926⟧
  Viggo Mortensen, f. 1929, ⟦cpr:y1929,dot⟧
Kilde: kirkebog Vorbasse 1898, opslag ⟨n3⟩.

=== archive sv
Släktforskning - anteckningar från Riksarkivet (SVAR) och Skatteverket

Anna Kristina Berglund
  f. 1897-03-14 i Hällefors, personnummer ⟦pnr:y1897⟧ (från folkbokföringen 1947)
  g.m. Johan Alfred Berglund, f. 1893, d. 1961, ⟦pnr:y1893⟧
Barn:
  Elsa Berglund f. 1921, ⟦pnr:y1921,ld⟧
  Nils Berglund f. 1925, ⟦pnr:y1925,ld⟧
Husförhörslängd Hällefors AI:23 s. 117. Mantalslängd 1930.

=== estate da
Boopgørelse - dødsbo efter Else Grethe Lund

Afdøde: Else Grethe Lund, cpr-nr. ⟦cpr:old⟧, død 14.11.2025
Arvinger:
  Søn: Henrik Lund, cpr-nr. ⟦cpr⟧
  Datter: Marianne Lund Bech, cpr-nr. ⟦cpr⟧
  Barnebarn (ved repræsentation): Sidsel Lund, cpr-nr. ⟦cpr:y2k⟧
AKTIVER
  Bankindestående reg. ⟨regkto⟩           ⟨amount⟩
  Obligationer, depot nr. ⟨cprlike⟩        ⟨amount⟩
  Andel i Andelsboligforeningen Parken   ⟨amount⟩
PASSIVER
  Begravelsesudgifter                   ⟨amount⟩
Skifterettens j.nr. ⟨n5⟩/2025

=== estate sv
BOUPPTECKNING

Den avlidne: Gustav Adolf Hellström, ⟦pnr:cent⟧
Dödsdag: 2026-01-02   Hemvist: Västerås
Dödsbodelägare:
  Dotter Ingrid Hellström Ros, ⟦pnr:old,ld⟧
  Son Olof Hellström, ⟦pnr:old,ld⟧
  Barnbarn (efter avliden son) Magnus Hellström, ⟦pnr:ld⟧
Förrättningsmän: Eva Lind och Stig Åkesson (Lindqvist & Berg Advokatbyrå KB)
Tillgångar: Bankkonto clearing ⟨clkto⟩ ⟨amount⟩ kr
Bostadsrätt i BRF Kastanjen (org.nr ⟨seorg⟩) ⟨amount⟩ kr

=== archive da
PENSIONSREGISTER 1975 - Aalborg Portland pensionskasse (indtastet fra kartotekskort, 2019)
Kort  Navn                      Fødselsdato   CPR            Pension pr. md.
0041  ⟨dan⟩           1899          ⟦cpr:y1899,n⟧     ⟨amount⟩
0042  ⟨dan⟩           1902          ⟦cpr:y1902,n⟧     ⟨amount⟩
0043  ⟨dan⟩           1897          ⟦cpr:y1897,n⟧     ⟨amount⟩
0044  ⟨dan⟩           1905          ⟦cpr:y1905,n⟧     ⟨amount⟩
0045  ⟨dan⟩           1894          ⟦cpr:y1894,n⟧     ⟨amount⟩
0046  ⟨dan⟩           1910          ⟦cpr:y1910,n⟧     ⟨amount⟩
0047  ⟨dan⟩           1891          ⟦cpr:y1891,n⟧     ⟨amount⟩
(fødselsår indtastet fra kortets overskrift)
Kasse-nr ⟨n4⟩, arkivæske ⟨n3⟩.

=== archive sv
Pensionärsregister Stora Kopparbergs Bergslag AB, utdrag 1978 (inskannat, rättat för hand)

Nr   Namn                       Personnummer    Tjänsteår
112  ⟨svn⟩              ⟦pnr:c18⟧     41
113  ⟨svn⟩              ⟦pnr:c18⟧     38
114  ⟨svn⟩              ⟦pnr:old⟧     44
115  ⟨svn⟩              ⟦pnr:c18⟧     29
116  ⟨svn⟩              ⟦pnr:old⟧     40
Alla födda före 1927 skrivs med plustecken, nr 114 och 116 är födda efter 1900.

=== archive fi
Sukututkimus - Laine-suku (muistiinpanot)

Matti Laine, s. 1896 Tampere, henkilötunnus ⟦hetu:y1896⟧ (eläkepäätöksestä 1965)
Puoliso: Aino Laine o.s. Virtanen, s. 1902, ⟦hetu:y1902⟧
Lapset:
  Eero Laine, s. 1928, ⟦hetu:y1928⟧
  Kaisa Laine, s. 1931, ⟦hetu:y1931,new⟧ (uusi välimerkki 2023)
Lähde: Tampereen tuomiokirkkoseurakunnan rippikirja 1900-1910.

=== estate da
Skifteretsattest (kopi) - boet efter Knud Erik Thomsen

Afdøde: Knud Erik Thomsen, født ⟨born#a⟩, cpr ⟦cpr:y1942,c49#a⟧
Boet udleveres til privat skifte til:
  Ellen Thomsen (ægtefælle), cpr ⟦cpr:old⟧
Attesten udstedt af Skifteretten i Herning ⟨date⟩. J.nr. ⟨n5⟩-⟨n4⟩.
Bank: husk at spærre konto ⟨regkto⟩.

=== archive no
Slektsgransking - Haugen-slekta (utskrift)

Ole Haugen, f. 1912 i Ringsaker, fnr ⟦fnr:y1912⟧ (fra trygdevedtak 1979)
g.m. Ragnhild Haugen f. Berg, f. 1915, fnr ⟦fnr:y1915⟧
Barn:
  Knut Haugen f. 1939, ⟦fnr:y1939,sp⟧
  Solveig Haugen f. 1944, ⟦fnr:y1944,sp⟧
Kilde: Ringsaker kirkebok 1912, Digitalarkivet.

=== church sv
Dopbevis

Ebba Alice Strand
född ⟨born#a⟩ i Göteborg, Västra Frölunda församling
personnummer ⟦pnr:baby,ld#a⟧
döpt 2026-05-17 i Älvsborgs kyrka
Föräldrar: Tove Strand och Axel Strand
Präst: Maria Öhman

=== archive da
Arkivregistrering - personalekort fra Kattegat Rederi (afleveret til Erhvervsarkivet)

Kortet er skrevet på skrivemaskine ca. 1970:
"Navn: Svend Aage Nielsen   Født: 1898   Pers.nr.: ⟦cpr:y1898,sp⟧
Ansat 1921 som matros. Pensioneret 1965."
Arkivar-note: Personnumre på kort fra før 1968 er påført senere med kuglepen. Tilgængelig efter 75 år (lukket til 2045). Løbenr. ⟨n5⟩.

=== estate sv
Arvskifte - överenskommelse

Dödsboet efter Astrid Maria Ek (⟦pnr:cent,ld⟧) skiftas enligt följande:
Dödsbodelägare                   Personnummer      Andel
Bengt Ek                         ⟦pnr:old,ld⟧   1/2
Karin Ek Svensson                ⟦pnr:old,ld⟧   1/2
Bostadsrätten tillfaller Bengt Ek mot utjämning ⟨amount⟩ kr.
Underskrifter ______ ______

=== archive da
Folkeregisterkort (afskrift, 1968), Odense Kommune
Navn: Holger Frederik Bech
Stilling: pens. jernbanearbejder
Født: ⟨born#h⟩
Personnummer: ⟦cpr:y1893,dot#h⟧
Hustru: Marie Bech, født 1896, ⟦cpr:y1896,dot⟧
Adresse: Allégade 14, 2. th.
Tilflyttet fra Nyborg 1931.

=== archive en
Family history notes - the Andersen line (typed up by Sarah O'Brien, Dublin)

My great-grandmother emigrated from Denmark in 1952. The Danish archive sent me her old pension record:
  Name: Karen Andersen
  Born: 1899, Randers
  Danish personal number (CPR): ⟦cpr:y1899⟧
Her brother stayed in Denmark: Anton Andersen, born 1903, CPR ⟦cpr:y1903⟧.
The archivist explained the 7th digit of the CPR tells the century for people born before 1900.
Archive reference: ⟨n5⟩-⟨n4⟩.

=== church da
Navngivning/navneændring - kvittering fra Personregistreringen

Barn: Asta Bille Holm
CPR: ⟦cpr:baby,n⟧
Navnet er registreret ⟨date⟩. Anmeldt af: Pernille Holm, ⟦cpr:n⟧.
Sognepræst ved Sct. Mortens Kirke, Randers.

=== archive da
Indlæg på Slægtsforskernes Forum: "Hjælp til oldefars personnummer"

Jeg har fundet min oldefars pensionsbevis fra 1970. Han hed Christen Madsen Holm og var født 1894 i Give. Der står personnummer ⟦cpr:y1894⟧ - men kan det passe, at det 7. ciffer er så højt, når han er født i 1800-tallet?

Svar fra Birgit (moderator):
Ja, det passer. Personer født før 1900 fik et løbenummer, der starter med 5, 6, 7 eller 8. Hans kone Maren (f. 1897) har sikkert et lignende: prøv at se på hendes sygesikringsbevis. Min egen farmor, f. 1899, havde ⟦cpr:y1899,dot⟧.

=== archive da
Registrant over sygekassekort, Vejle Sygekasse (afleveret til Rigsarkivet, udtræk af kort med påført personnummer)

Kort     Navn                       Født   Personnummer
A-0117   ⟨dan⟩             1892   ⟦cpr:y1892,sp⟧
A-0118   ⟨dan⟩             1895   ⟦cpr:y1895,sp⟧
A-0121   ⟨dan⟩             1898   ⟦cpr:y1898,sp⟧
A-0125   ⟨dan⟩             1901   ⟦cpr:y1901,sp⟧
A-0126   ⟨dan⟩             1899   ⟦cpr:y1899,sp⟧
Arkivskaber: Vejle Sygekasse 1892-1973. Pakkenr. ⟨n4⟩.

=== estate sv
Bouppteckning (renskrift från 1978 års handling, Riksarkivet)

År 1978 den 14 mars förrättades bouppteckning efter hemmansägaren Per August Sjöberg, född 1891, personnummer ⟦pnr:y1891⟧, som avled den 2 januari 1978 i Rättviks församling.
Dödsbodelägare: änkan Hilda Sjöberg, född 1896, ⟦pnr:y1896⟧; sonen Erik Sjöberg, född 1922, ⟦pnr:y1922⟧.
Förrättningsmän: ⟨svn⟩ och ⟨svn⟩.
"""
