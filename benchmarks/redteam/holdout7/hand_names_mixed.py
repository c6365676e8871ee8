"""Hand-written chats, exports, transcripts and other machine-shaped documents for names.jsonl (v7)."""

TEXT = r"""
=== whatsapp da
[28.11.26, 19:02:11] ⟦Mette Bruun⟧: hej alle, husk forældremøde på tirsdag
[28.11.26, 19:03:40] ⟦Rune⟧: tak ⟦mette⟧ 👍
[28.11.26, 19:05:02] Mor: kan ikke komme, ⟦Bo⟧ tager den
[28.11.26, 19:07:15] ⟦Bo Kragh⟧: jeps jeg kommer
[28.11.26, 19:09:51] ⟦Zoran P.⟧: jeg tager kage med
=== whatsapp sv
[2026-11-28 20:14] ⟦Anneli⟧: Har nån sett ⟦Wilmas⟧ mössa? Den är blå
[2026-11-28 20:16] ⟦Petra J⟧: nej men ⟦Elias⟧ har en likadan, kolla i hans väska?
[2026-11-28 20:17] Pappa ⟦Omar⟧: hittade den i bilen 😅
[2026-11-28 20:18] ⟦Anneli⟧: tack ⟦omar⟧!!
=== teams da
⟦Karsten Holm⟧ 09:12
Har nogen set ⟦Stines⟧ mail om lønkørslen?
⟦Stine Aagaard⟧ 09:14
Den ligger i kanalen, ⟦Karsten⟧ 🙂 @⟦Jesper Nyholm⟧ kan du godkende?
⟦Jesper Nyholm⟧ 09:20
Godkendt.
=== teams sv
⟦Ebba Nordin⟧ 10:02
@⟦Jonas Hellström⟧ har du pratat med ⟦Bosse⟧ om lokalen?
⟦Jonas Hellström⟧ 10:05
Ja, ⟦Bo⟧ säger att vi får ta rummet "Greta Garbo" på torsdag
=== slack sv
#ekonomi
kicki.l: ⟦Kicki⟧ här, kan nån ta fakturorna från Norrlands Plåt idag?
⟦Olle⟧: jag tar dem
kicki.l: tack ⟦olle⟧ 🙏 och hälsa ⟦Stina⟧
=== slack da
#lager
@mads_b: hvem har bilen i dag?
⟦Ali⟧: det har ⟦Kim⟧
@mads_b: ok, ⟦Kim⟧ skal til Horsens kl 14
=== vcard da
BEGIN:VCARD
VERSION:3.0
N:⟦Holst-Madsen⟧;⟦Frederik⟧;;;
FN:⟦Frederik Holst-Madsen⟧
ORG:Holst & Bach Advokater
TEL;TYPE=CELL:+45 20 31 41 51
EMAIL:fhm@holstbach.dk
END:VCARD
=== vcard sv
BEGIN:VCARD
VERSION:4.0
N:⟦Åström⟧;⟦Vera⟧;⟦Maria⟧;;
FN:⟦Vera Åström⟧
ORG:Västkust Rederi AB
TITLE:Personalchef
END:VCARD
=== ldif sv
dn: uid=nsjogren,ou=people,dc=firma,dc=se
cn: ⟦Nils Sjögren⟧
sn: ⟦Sjögren⟧
givenName: ⟦Nils⟧
displayName: ⟦Nils Sjögren⟧ (IT)
mail: nils.sjogren@firma.se
manager: uid=kviklund,ou=people,dc=firma,dc=se
=== ldif da
dn: cn=⟦Pia Østergaard⟧,ou=Reception,dc=firma,dc=dk
cn: ⟦Pia Østergaard⟧
sn: ⟦Østergaard⟧
givenName: ⟦Pia⟧
telephoneNumber: +45 20 11 22 36
=== csv da
fornavn;efternavn;afdeling;email
⟦Knud⟧;⟦Andersen⟧;Lager;kna@firma.dk
⟦Nina⟧;⟦Bech⟧;Bogholderi;nbe@firma.dk
⟦Omar⟧;⟦El-Sayed⟧;Transport;oes@firma.dk
⟦Storm⟧;⟦Lykke⟧;IT;sly@firma.dk
=== csv sv
"Namn","Företag","Roll"
"⟦Camilla Danielsson⟧","Mälardalens Städ AB","Kontaktperson"
"⟦Olle Magnusson⟧","Bygg & Mark i Dalarna AB","Säljare"
"⟦Sten Lax⟧","Kustfisk i Bohuslän AB","VD"
=== srt da
12
00:02:10,500 --> 00:02:13,900
⟦SIGNE⟧: Velkommen til mødet. ⟦Torben⟧, vil du starte?

13
00:02:14,000 --> 00:02:18,200
⟦TORBEN⟧: Ja tak. Jeg har talt med ⟦Kirsten⟧ fra Aarhus-kontoret.
=== srt sv
5
00:00:41,000 --> 00:00:44,000
[⟦Maria Holmgren⟧] Då börjar vi. Är ⟦Roger⟧ med på länk?

6
00:00:44,200 --> 00:00:46,000
[⟦Roger Lindh⟧] Ja, jag hör er.
=== transcript da
Transskription, interview 3 (forskningsprojekt om hjemmepleje)
I: Hvor længe har du arbejdet her?
⟦Sanne⟧: Otte år. Før det var jeg hos ⟦Winnie⟧ i visitationen.
I: Og ⟦Winnie⟧ er...?
⟦Sanne⟧: Vores gamle leder. Hun hedder ⟦Winnie Dahl⟧.
=== transcript sv
Utskrift av telefonsamtal (inspelat för kvalitet)
Handläggare ⟦Rolf⟧: Försäkringskassan, ⟦Rolf⟧ här.
Kund: Hej, jag heter ⟦Johanna Berglund⟧ och ringer för min mamma ⟦Yvonne⟧.
Handläggare ⟦Rolf⟧: Okej, och din mammas efternamn?
Kund: ⟦Berglund⟧, som jag.
=== gitlog en
commit 9f2c1e7a4b
Author: ⟦Rasmus Kjær⟧ <rkj@firma.dk>
Date:   Fri Nov 27 14:02:11 2026 +0100

    Fix CPR validation for children born after 2007

    Reviewed-by: ⟦Ulrika Sand⟧ <ulrika.sand@firma.se>
=== gitlog en
commit 51b0d2e
Merge: 3aa91c0 77ef012
Author: ci-bot <ci@firma.dk>
Date:   Sat Nov 28 03:00:00 2026 +0000

    Merge branch 'feature/payroll-export' (approved by ⟦Tove Lind⟧)
=== json en
{"ticket": 48123, "requester": {"displayName": "⟦Malin Ek⟧", "mail": "malin.ek@firma.se"}, "assignee": {"displayName": "⟦Dennis Skov⟧", "login": "dsk"}, "watchers": ["jkl", "⟦Fie Holm⟧"]}
=== json en
{"@type": "Person", "name": "⟦Anders Kvist⟧", "jobTitle": "Skibsfører", "worksFor": {"@type": "Organization", "name": "Kattegat Shipping A/S"}, "knows": {"@type": "Person", "name": "⟦Grete Kvist⟧"}}
=== ical en
BEGIN:VEVENT
SUMMARY:Bodeling - møde med ⟦Camilla⟧
ORGANIZER;CN=⟦Line Vinther⟧:mailto:lvi@advokat.dk
ATTENDEE;CN=⟦Camilla Bang⟧:mailto:camilla.bang@gmail.com
LOCATION:Mødelokale H.C. Ørsted
END:VEVENT
=== outlook da
Regel: "Flyt mails fra ⟦Jonas Ravn⟧ til mappen Inkasso"
Betingelse: afsender er jonas.ravn@outlook.dk
Handling: flyt til Inkasso, marker som læst
=== outlook sv
Autosvar från ⟦Lena Persson⟧: Jag är tillbaka 2027-02-01. Vid brådskande ärenden, kontakta ⟦Johan Ek⟧ (johan.ek@firma.se) eller växeln.
=== onenote sv
Möte ⟦Malin⟧/⟦Kicki⟧ 27/11
- ⟦Malin⟧ vill gå ner i tid
- ⟦Kicki⟧ kollar med ⟦Viktor⟧ på lön
- ev. ersättare: ⟦Nora⟧ eller ⟦Alice⟧
=== notebook en
{"cell_type": "markdown", "source": ["## Analyse af sygefravær\n", "Udarbejdet af ⟦Naja Toft⟧, gennemgået af ⟦Rune Thomsen⟧. Data fra lønsystemet, anonymiseret."]}
=== pptnotes da
Slide 3 - Tak til
Noter: Nævn ⟦Ib Qvist⟧ og ⟦Signe Lykke⟧ for testarbejdet, og ⟦Anne⟧ for at holde styr på det hele. Husk at ⟦Gorm⟧ ikke er her i dag.
=== trackchanges sv
Anställningsavtal
Arbetstagare: [Borttaget: ⟦Lucas⟧] [Infogat: ⟦Lukas Fransson⟧]
[Kommentar ⟦Maria Hedberg⟧: stavning enligt passet]
Närmaste chef: ⟦Kent Viklund⟧
=== fax da
FAX - Til: Skifteretten, att. ⟦M. Sørensen⟧ - Fra: ⟦Birthe Thygesen Holm⟧
Vedr. dødsbo efter ⟦Else Marie Thygesen⟧. Underskrift fra min bror ⟦Niels⟧ eftersendes.
=== handform sv
INSKANNAD BLANKETT
Namn: ⟦Bir gitta Sjö⟧
Anhörig: ⟦Stig Sjö⟧ (make)
Hemtjänstgrupp: Söder 3
=== crewlist en
CREW LIST - M/V ØRESUND SPIRIT
1. ⟦HANSEN, Jørgen⟧ - Master
2. ⟦OLSEN, Kim⟧ - Chief Officer
3. ⟦REYES, Mark Anthony⟧ - AB
4. ⟦SANTOS, Ramil⟧ - OS
5. ⟦NGUYEN Van Hai⟧ - Cook
=== hotel da
Gæsteliste, Hotel Skagen Strand, 28.11
214 ⟦Brian Holm⟧ + ⟦Lotte Rasmussen⟧
215 ⟦Maja Andersson⟧ (SE)
216 Dr. ⟦Klaus Meyer⟧ (DE)
=== hotel sv
Bokningsbekräftelse
Gäst: ⟦Johan Lindqvist⟧
Medresenär: ⟦Emma Lindqvist⟧
Er kontakt på hotellet: ⟦Saga⟧ i receptionen
Välkommen till Hotell Sjöfröken!
=== signature da
Med venlig hilsen

⟦Line Vinther⟧
Advokat (L), partner
Holst & Bach Advokater
Tlf. 33 12 34 56
=== signature sv
Vänliga hälsningar
⟦Ulf Bergkvist⟧
Jurist, Familjerättsbyrån
Direkt: 08-123 456 78
=== mail da
Hej ⟦Vibeke⟧
Mange tak for hjælpen i går. Jeg har sendt papirerne til ⟦Ivan⟧ i økonomi. Hils ⟦Susanne⟧ og ⟦Thorvald⟧.
Kh ⟦Malte⟧
=== mail sv
Hej ⟦Greta⟧!
Tack för igår. ⟦Wilhelm⟧ och jag kommer på fredag. Säg till ⟦Leo⟧ att ta med nycklarna.
Hälsningar ⟦Stina⟧ (och ⟦Wille⟧)
=== mail no
Hei ⟦Kari⟧!
Takk for sist. ⟦Even⟧ og jeg kommer til Bodø i januar. Hils ⟦Sindre⟧ og ⟦Tone⟧.
Mvh ⟦Ingrid Bakke⟧
=== mail fi
Hei ⟦Aino⟧,
kiitos viestistä. ⟦Juha Korhonen⟧ tulee kokoukseen torstaina. ⟦Sannan⟧ kanssa sovittiin jo aikataulusta.
Terveisin ⟦Mikko⟧
=== mail en
Hi ⟦Sarah⟧,
Thanks for the update. ⟦Lars⟧ will be back in January; until then ⟦Tom O'Connor⟧ covers Malmö. Please loop in ⟦Ulrika⟧.
Best, ⟦Anders Berg⟧
=== mail de
Hallo ⟦Birte⟧,
vielen Dank. ⟦Uwe Petersen⟧ und ⟦Anja Schmidt⟧ kommen am Montag nach Kruså. ⟦Uwes⟧ Auto ist in der Werkstatt.
Viele Grüße, ⟦Jens⟧
=== list da
Vagtplan jul
24/12: ⟦Anne⟧, ⟦Bjarke⟧
25/12: ⟦Camilla⟧, ⟦Dennis⟧
26/12: ⟦Eskild⟧ (halv dag), ⟦Fie⟧
31/12: ⟦Gorm⟧
=== list sv
Jourlista v. 52
Mån: ⟦Ulla⟧ / ⟦Magnus⟧
Tis: ⟦Fatima⟧ / ⟦Kent⟧
Ons: ⟦Sten⟧ / ⟦Dag⟧
Tor: ledig
=== log en
2026-11-30 08:14:02 INFO login ok user=jnyholm name="⟦Jesper Nyholm⟧" ip=10.2.14.88
2026-11-30 08:15:40 INFO login ok user=saagaard name="⟦Stine Aagaard⟧" ip=10.2.14.91
2026-11-30 08:16:03 WARN login failed user=admin ip=10.2.99.1
=== log en
Nov 30 09:00:01 mail01 postfix/smtp[2231]: to=<kasper.friis@gmail.com>, relay=gmail-smtp-in.l.google.com, status=sent (250 OK)
Nov 30 09:00:02 mail01 postfix/smtp[2232]: to=<hr@firma.dk>, status=sent (250 OK)
=== sql en
INSERT INTO kontakter (fornavn, efternavn, by) VALUES ('⟦Lærke⟧', '⟦Munch⟧', 'Aarhus'), ('⟦Malte⟧', '⟦Riis⟧', 'Odense');
=== powerbi sv
Export: Försäljning per säljare Q3
Säljare,Region,Belopp
⟦Olle Magnusson⟧,Dalarna,1 240 000
⟦Camilla Danielsson⟧,Mälardalen,980 000
⟦Hugo Axelsson⟧,Norrland,1 050 000
=== trap en
Meeting room bookings: "Niels Bohr" 09-11, "Selma Lagerlöf" 13-15, "Karen Blixen" 15-16. Catering from Restaurant Søren K. Parking at Kaj Munks Park.
=== trap da
Ordbog: "bo" betyder at leve et sted; "per" betyder pr.; "storm" er kraftig vind; "sol" er solen; "mark" er et stykke jord; "ravn" er en fugl; "bjørn" er et dyr.
"""
