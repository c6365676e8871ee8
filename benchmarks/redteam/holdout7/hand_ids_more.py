"""More hand-written documents for identifiers.jsonl (v7): prose, replies, markup and forms, each written once."""

TEXT = r"""
=== reply da
> Hej, kan du sende dit cpr-nummer, så vi kan oprette dig i lønsystemet?
> Mvh Lønkontoret

Hej igen
Det er ⟨cpr#q⟩. Jeg har også en bibeskæftigelse, hvis det betyder noget.
Mvh Jonas

> Tak, vi har nu oprettet ⟨cpr#q⟩ i systemet.
=== reply sv
> Vad är ditt personnummer? Vi behöver det för att betala ut arvodet.
Det är ⟨pnr#z:long_dash⟩. Skicka gärna kvittot till min mejl.
/Frida
>> Tack Frida, noterat ⟨pnr#z:short_dash⟩ (kort format i vårt system).
=== html da
<table><tr><th>Navn</th><th>Cpr</th><th>Afdeling</th></tr>
<tr><td>Hanne Lykke</td><td>⟨cpr⟩</td><td>Løn</td></tr>
<tr><td>Bo Rask</td><td>⟨cpr⟩</td><td>Lager</td></tr></table>
=== html sv
<p>Hej <b>Mikaela</b>,</p><p>ditt personnummer <span class="pnr">⟨pnr:long_dash⟩</span> är nu registrerat hos oss. Kundnummer: <span>⟨ocrse⟩</span>.</p>
=== markdown da
| Navn | CPR | Start |
|---|---|---|
| Kasper Holt | ⟨cpr⟩ | 01.02.2027 |
| Sara Lind | ⟨cpr@jan1,nomod⟩ | 01.02.2027 |
| Emil Fog | ⟨cpr:plain⟩ | 15.02.2027 |
=== markdown sv
## Att göra innan måndag
- [x] Beställ dator till Ali (anst.nr ⟨n:5⟩)
- [ ] Lägg in Alis personnummer ⟨pnr@jan1⟩ i Visma
- [ ] Boka introduktion med facket
=== url da
Link til journalen (intern): https://journal.klinik.local/patient?cpr=⟨cpr:plain⟩&view=full
Link til fakturaen: https://faktura.firma.dk/vis/⟨dl10⟩
=== url sv
Länk: https://mina.sidor.local/arende/⟨n:8⟩?personnummer=⟨pnr:long⟩&lang=sv
=== marina da
Søby Lystbådehavn - bådpladsliste 2027
Plads B14  "Havørnen"  Ejer: Jens Aage Bro  cpr ⟨cpr@senior⟩  medl.nr ⟨n:4⟩
Plads B15  "Lykke"     Ejer: Camilla Bro   cpr ⟨cpr⟩  medl.nr ⟨n:4⟩
Plads B16  "Tøsen"     Ejer: Søby Sejlklub (CVR ⟨cvr⟩)
=== marina sv
Båtplatskö, Lidingö Båtklubb
Plats 112: Magnus Ek, ⟨pnr⟩, båt: Maxi 77, försäkringsnr ⟨n:9⟩
Plats 113: vakant
Plats 114: Saga Holm, ⟨pnr:long⟩, båt: Vindö 40
=== allotment da
Kolonihaveforeningen Solsikken - venteliste
1. Yusuf Arslan (⟨cpr⟩), tilmeldt 2019
2. Lise og Jørn Dam (⟨cpr⟩ / ⟨cpr⟩), tilmeldt 2020
3. Henriette Bjerg, tlf. ⟨phdk⟩ (cpr mangler)
=== housing da
Ansøgning om boligstøtte - supplerende oplysninger
Ansøger: Natasja Kragh, ⟨cpr⟩
Husstandsmedlemmer: Victor Kragh (søn), ⟨cpr@child⟩
Lejemål: Blommehaven 4, 2. tv., lejekontrakt nr. ⟨n:7⟩
Husleje inkl. a conto varme: 7.450 kr.
=== housing sv
Ansökan om bostadsbidrag - komplettering
Sökande: Emir Begović, ⟨pnr:long_dash⟩
Barn: Lejla Begović, ⟨pnr@child:long_dash⟩; Adin Begović, ⟨pnr@child:long_dash⟩
Hyresavtal nr ⟨n:7⟩, hyresvärd Bostadsbolaget, org.nr ⟨orgnr⟩
=== pension da
Kære Ellen Frost
Din pensionsudbetaling ændres fra 1. januar. Vi har registreret dig med cpr-nr. ⟨cpr@senior⟩ og policenummer ⟨dl10⟩. Spørgsmål kan rettes til vores kundecenter på ⟨phdk⟩.
Med venlig hilsen
PensionDanmark
=== pension sv
Hej Gösta!
Vi har tagit emot din ansökan om tjänstepension. För att betala ut behöver vi ditt kontonummer. Ditt personnummer har vi redan: ⟨pnr@senior⟩. Försäkringsnummer: ⟨ocrse⟩.
Mvh Alecta kundservice
=== prose da
Jeg hedder Mathias Krogh, mit cpr-nummer er ⟨cpr⟩, og jeg vil gerne have indsigt i de oplysninger, I har om mig (artikel 15). Jeg har været kunde hos jer siden 2018 med kundenummer ⟨n:8⟩.
=== prose sv
Jag, Ronja Lindström (⟨pnr⟩), begär härmed radering av alla mina personuppgifter enligt artikel 17. Mitt kundnummer var ⟨dlluhn⟩ och jag avslutade mitt abonnemang i maj.
=== prose no
Jeg, Sigurd Vik, født ⟨fnr:space⟩, ber om innsyn i alle personopplysninger dere har lagret om meg.
=== prose fi
Minä, Katja Lehtonen (henkilötunnus ⟨hetu⟩), pyydän pääsyä kaikkiin minua koskeviin henkilötietoihin.
=== prose en
I, Daniel Okafor, Danish CPR ⟨cpr@jan1,nomod⟩, hereby withdraw my consent to the processing of my data for marketing.
=== chat da
[14:02] Helle: hvad var dit cpr nu igen
[14:03] Bjørn: ⟨cpr@child:plain⟩
[14:03] Bjørn: nej vent, ⟨cpr:space⟩ med mellemrum hvis systemet brokker sig
[14:05] Helle: det er jo det samme nummer?
[14:05] Bjørn: nej det første var min søns 😅
=== chat sv
[09:12] Lova: kan du ge mig ditt pnr till hotellbokningen?
[09:14] Tim: ⟨pnr:short⟩
[09:15] Lova: tack! och Elins?
[09:20] Tim: hon skickar själv
=== invoice da
Faktura 2026-1187
Kunde: Jakob Søe, Vesterbro 14, 9000 Aalborg
Kundenr.: ⟨dlmod⟩
Leveringsadresse: se ovenfor
Betales til reg. ⟨n:4⟩ konto ⟨konto10⟩ senest 15.12.2026
=== invoice sv
Kvitto nr ⟨n:7⟩
Kund: Bo Nyberg
Medlemsnummer: ⟨ocrse⟩
Betalt med Swish ⟨n:10⟩ 2026-11-29 14:02
Org.nr ⟨orgnr⟩
=== form da
Ansøgning om parkeringslicens (beboer)
Navn: Mona Lisa Holm
Adresse: Kongensgade 3, 5000 Odense C
Cpr-nr: ⟨cpr⟩
Bilens reg.nr.: DF 44 921   Stelnr.: ⟨vin⟩
=== form sv
Anmälan om hemtjänst (blankett 4:2)
Sökandes namn: Elvy Borg
Personnummer: ⟨pnr@old⟩
Anhörig: Leif Borg, tel ⟨phse⟩
=== form no
Søknad om startlån
Søker: Ingrid Hauge, fødselsnummer ⟨fnr⟩
Medsøker: Lars Hauge, fødselsnummer ⟨fnr:space⟩
Kommune: Trondheim, saksnr ⟨n:4⟩/⟨n:5⟩
=== form fi
Asumistukihakemus
Hakija: Timo Nieminen, ⟨hetu⟩
Puoliso: Laura Nieminen, ⟨hetu⟩
Lapset: Eetu, ⟨hetu@child⟩
=== negatives da
Ordreoversigt uge 48: ordre ⟨dlmod⟩ (afsendt), ordre ⟨dl10⟩ (afventer), ordre ⟨dl10⟩ (annulleret). Spørgsmål: ring ⟨phdk⟩.
=== negatives da
Husk: P-nummeret for vores afdeling i Kolding er ⟨pnum⟩, og CVR-nummeret er ⟨cvr⟩. Begge skal stå på fakturaer til kommunen sammen med EAN ⟨gln⟩.
=== negatives sv
Påminnelse: Fakturanummer ⟨ocrse⟩, OCR ⟨ocrse⟩, förfallodag 2026-12-15. Bankgiro ⟨bg⟩. Vid frågor ring ⟨phse:sthlm⟩.
=== negatives sv
Lottnummer: ⟨dlluhn⟩, ⟨dlluhn⟩, ⟨dlluhn⟩ (dragning 24 december). Vinsterna hämtas i receptionen.
=== negatives en
Serial numbers of the returned units: ⟨dl10⟩, ⟨dl10⟩, ⟨dl10⟩. RMA ⟨n:8⟩. Please quote the RMA number, not the serial.
=== negatives no
Organisasjonsnummer ⟨noorg⟩, kontonummer ⟨n:4⟩ ⟨n:2⟩ ⟨n:5⟩, KID ⟨n:12⟩. Faktura forfaller 15.12.2026.
=== negatives fi
Laskun viitenumero ⟨n:10⟩, Y-tunnus ⟨ytunnus⟩, tilinumero FI⟨n:2⟩ ⟨n:4⟩ ⟨n:4⟩ ⟨n:4⟩ ⟨n:2⟩. Eräpäivä 15.12.2026.
=== nl da
Kære Ole

Vi har registreret din datter i klubben. Hendes medlemsnummer er ⟨n:5⟩, og cpr-nummeret, du oplyste, er ⟨cpr@child:nl⟩ — sig til, hvis det er forkert.

Hilsen Lise, kasserer
=== nl sv
Hej Petra! Här kommer uppgifterna till resebyrån: Elias ⟨pnr@child:nl⟩, Petra ⟨pnr⟩. Passnumren skickar jag i ett separat mejl.
=== ocr da
Scannet kvittering (OCR):
KØBER: Sv3nd Aage Lund  CPR ⟨cpr:ocr⟩
DATO 27.11.2026   BELØB 4.250,00
=== ocr sv
INSKANNAT: Kvittens på utlämnat körkort
Innehavare: Märta Lind   Pnr ⟨pnr:ocr⟩   Körkortsnr ⟨n:8⟩
=== voicemail da
Telefonsvarer 09:41: "Ja hej, det er Birgit Holm, mit personnummer er ⟨cpr:space⟩, jeg ringer angående min ejendomsskat, ring tilbage på ⟨phdk⟩, tak."
=== voicemail sv
Röstmeddelande 11:02 (transkriberat): "Hej, det är Kjell Ahlberg, ⟨pnr:short_space⟩, jag ringer om min deklaration, ring mig på ⟨phse⟩."
=== idcard da
Sundhedskort (gult kort) - skannet
Navn: Line Bjerregaard
CPR-nr.: ⟨cpr⟩
Læge: Lægehuset Vestervang, tlf. ⟨phdk⟩
Kommune: Aarhus
=== idcard sv
ID-kort (kopia för lönekontoret)
Efternamn: Hedlund  Förnamn: Moa
Personnummer: ⟨pnr:long_dash⟩
Kortnummer: ⟨n:8⟩   Giltigt t.o.m. 2031-04-12
=== letter da
Aarhus, 26. november 2026
Kære Vagn Lauritsen (⟨cpr@senior⟩)
Vi skal hermed meddele, at din ansøgning om ældrebolig er imødekommet. Boligen (lejemål nr. ⟨n:5⟩) kan overtages 1. februar 2027.
Med venlig hilsen
Boligtildelingen
=== letter sv
Uppsala 2026-11-26
Till: Elsa Andersson, ⟨pnr:long_dash⟩
Beslut om färdtjänst: Bifall. Tillståndet gäller t.o.m. 2029-11-30, färdtjänstkort nr ⟨n:9⟩.
=== mix da
Hej Jens, kunden har opgivet tre numre: telefon ⟨phdk:plain⟩, ordre ⟨dl10⟩ og sit cpr ⟨cpr:plain⟩. Kun det sidste skal slettes fra sagen.
=== mix sv
Hej Anna, kunden har gett tre nummer: telefon ⟨phse:datelike⟩, order ⟨ocrse⟩ och personnummer ⟨pnr:short⟩. Bara personnumret ska raderas ur ärendet.
=== mix no
Hei, kunden oppga telefon ⟨phno:plain⟩, ordrenummer ⟨n:10⟩ og fødselsnummer ⟨fnr⟩. Fødselsnummeret må slettes.
=== mix fi
Asiakas antoi puhelinnumeron ⟨phfi:local⟩, tilausnumeron ⟨n:10⟩ ja henkilötunnuksen ⟨hetu⟩. Henkilötunnus poistetaan.
=== school da
Elevplan - Mathilde Ravn, 4.A, cpr ⟨cpr@child,nomod⟩
Dansk: læser alderssvarende. Matematik: brug for støtte i brøker.
Skole-hjem-samtale 14.01.2027.
=== school sv
Närvarorapport v.47, klass 3B: Alicia Berg (⟨pnr@child:long⟩) 2 dagar frånvaro, Noel Ström (⟨pnr@child:long⟩) 0 dagar.
=== delivery da
Leveringsseddel: Pakke til Jørgen Bak, ⟨cpr⟩ (aldersverificeret levering, 18+). Kolli ⟨sscc⟩.
=== delivery sv
Utlämning av receptbelagt läkemedel via ombud: Mottagare Hanna Sjöberg, ⟨pnr⟩. Kollinummer ⟨sscc⟩. Legitimation krävs.
=== short da
Mit cpr står forkert i systemet: der står ⟨cpr#w_old⟩, men det rigtige er ⟨cpr#w_new⟩.
=== short sv
Personnr (utan bindestreck): ⟨pnr:short⟩
=== short da
CPR.: ⟨cpr:dots⟩
=== short sv
P-nr ⟨pnr:long_dash⟩ (det är mitt personnummer, inte ett P-nummer!)
=== short da
P-nr. ⟨pnum⟩ (produktionsenhed, Vejle)
=== short sv
Kundnummer ⟨dlluhn:dash⟩
=== short da
Løbenr. ⟨dl10⟩, bilag ⟨n:4⟩
=== short no
D-nummer: ⟨dnr⟩
=== short fi
Henkilötunnus ⟨hetu@child⟩ (lapsi)
"""
