"""Hand-written v16 documents: schools, clubs, churches, landlords, workshops, travel, pharmacy, dentists, vets,
banks and insurers writing to their customers."""

BANK = r"""
=== hand-school da
Besked i Aula fra Kontoret, Bakkeskolen
Til forældre i 0.A: Vi mangler stadig cpr-nummer på tre børn til sundhedsplejersken. Skriv det i beskeden her.
Svar fra Nadia (mor til Silas): Silas har cpr [[cpr:kid]] 🙂
Svar fra Jakob (far til Ingrid): [[cpr:kid,n]]

=== hand-school sv
Meddelande i Vklass från expeditionen, Solbackaskolan
Till vårdnadshavare: vi har fått in fel personnummer för er son i skolans register. Vi har i dag {{badpnr}}, vilket inte är giltigt.
Svar: Rätt är [[pnr:kid,ld]]. Vår adress är fortfarande {{svstreet}}.

=== hand-school da
Daginstitutionen Mælkebøtten - venteliste pr. {{date}}
Plads  Barn                Cpr-nr         Ønsket start
1      Karla Bech           [[cpr:kid]]    01.02.
2      Anton Friis          [[cpr:kid]]    01.03.
3      Olivia Juul          [[cpr:kid]]    01.04.
Pladsanvisningens sagsnummer for listen: {{cprdash}}

=== hand-school sv
Fritidshemmet Ugglan, avgiftsunderlag (inkomst per hushåll)
Barn: Alva Engström, [[pnr:kid,s]]
Vårdnadshavare som betalar: Henrik Engström, [[pnr:s]]
Hushållets inkomst: {{amount}} kr/mån
Kundnummer i faktureringen: {{luhn10}}

=== hand-club da
Nørre Boldklub - kontingentliste U13 piger (eksport fra KlubOffice)
MEDLNR  NAVN               CPR           KONTINGENT  BETALT
{{n5}}   Liv Andersen       [[cpr:kid]]   {{amount}}      J
{{n5}}   Maja Kold          [[cpr:kid]]   {{amount}}      N
{{n5}}   Emilie Vang        [[cpr:kid]]   {{amount}}      J
Træner: Ida Hald, tlf. {{dkph8}}

=== hand-club sv
Protokoll fört vid årsmöte i Sävsjö Skytteförening {{isodate}}
§ 7 Nya medlemmar: Stig Nordin ([[pnr]]), Agneta Persson ([[pnr]]).
§ 8 Föreningens organisationsnummer {{orgnr}} och plusgiro {{pg}} oförändrade.
§ 9 Licensärenden: vapenlicens för Stig, polisens diarienummer {{luhn10d}}.

=== hand-club da
Spejdergruppe, tilmelding sommerlejr - kopieret fra regneark
navn	alder	cpr	allergi	forælder tlf
Oscar	11	[[cpr:kid]]	nødder	{{dkph8}}
Esther	12	[[cpr:kid]]	-	{{dkph8}}
Malthe	10	[[cpr:kid]]	laktose	{{dkph8}}

=== hand-club sv
Ridklubben Hästhoven, ansökan om ridskoleplats
Elev: Tilde Norberg, personnummer [[pnr:kid]]
Målsman: Åsa Norberg, personnummer [[pnr]], tel {{seph}}
Önskad grupp: tisdag 17.00, nivå 2

=== hand-church da
Kordegnekontoret, Vor Frue Sogn - anmeldelse af dåb
Barnets navn: Aksel Møller Dahl
Barnets personnummer: [[cpr:kid,sl]]
Moderens personnummer: [[cpr:sl]]
Faderens personnummer: [[cpr:sl]]
Faddere: Gitte Dahl, Ole Møller
Dåbsdato: søndag {{date}}

=== hand-church sv
Svenska kyrkan, Uppsala domkyrkoförsamling - beställning av vigsel
Part 1: Sofia Lindqvist, [[pnr:ld]]
Part 2: Amir Haddad, [[pnr:co,ld]] (samordningsnummer, ej folkbokförd än)
Hindersprövning utfärdad av Skatteverket {{isodate}}, ärende {{luhn12d}}
Önskad lokal: Domkyrkan, lilla kapellet

=== hand-church da
Kirkebogsudskrift til brug ved skifte
Afdøde: Harald Rønne, født 1931, personnummer [[cpr:old]], død {{date}}
Efterlevende ægtefælle: Inger Rønne, personnummer [[cpr:old]]
Udskriften udstedt af sognepræsten, journalnr. {{n6}}/{{n4}}

=== hand-landlord da
Lejekontrakt - standardformular A9 (udfyldt)
Udlejer: Ejendomsselskabet Kastanjen ApS, CVR {{cvr}}
Lejer: Sanne Mikkelsen, cpr [[cpr]]
Lejer 2: Torben Mikkelsen, cpr [[cpr]]
Lejemålets adresse: {{dastreet}}, 2. tv
Månedlig leje: {{amount}} kr. Depositum: {{amount}} kr.
Indbetaling til reg. {{n4}} kontonr. {{cprlike}}

=== hand-landlord sv
Mäklarfirman Hem & Hus, köpekontrakt (utdrag)
Säljare: Olof Björk, personnummer [[pnr:ld]]
Köpare: Ylva Strand, personnummer [[pnr:ld]]
Fastighetsbeteckning: Tallen 4:12
Köpeskilling: {{amount}} kr, handpenning till klientmedelskonto {{clearkto}}

=== hand-landlord da
Mail fra ejendomsmægler: "Hej Line, tak for fremvisningen. Til købsaftalen skal vi bruge både dit og Jespers cpr. Dit er [[cpr:en]], og Jespers står i den underskrevne fuldmagt: [[cpr:en]]. Sag hos os: {{n5}}-{{n4}}. Mvh Lise, EDC"

=== hand-car da
Leasingaftale nr. {{cprlike}} - Privatleasing
Leasingtager: Niels Abildgaard
CPR: [[cpr]]
Køretøj: Skoda Enyaq, reg. nr. BX 51 207
Månedlig ydelse: {{amount}}
Leasingaftalenummeret er ikke et cpr-nummer, selv om det ligner.

=== hand-car sv
Arbetsorder Bilverkstan i Mölndal, order {{luhn10}}
Kund: Viktor Sjöberg ({{seph}})
Reg.nr: ABC 12D, mätarställning {{n5}} mil
Fakturan ställs till arbetsgivaren, org.nr {{orgnr}}. Privatperson: nej.

=== hand-car da
Skadesanmeldelse, bilforsikring (kunden har udfyldt online)
Forsikringstager: Pernille Bach, cpr.nr. [[cpr]]
Policenr.: {{cprdash}}
Modpart: Svensk bilist, Gunnar Öberg, personnummer [[pnr]], försäkring hos Länsförsäkringar, skadenr. {{luhn10}}
Skadested: E20 ved Køge, {{date}} kl. {{time}}

=== hand-travel en
Booking confirmation - Nordic Ferries
Booking no.: {{luhn10}}
Passenger 1: Maja Holm, born 14 Mar 1988, ID no. (Swedish personnummer) [[pnr:ld]]
Passenger 2: Elis Holm, child, ID no. [[pnr:kid,ld]]
Vehicle: ABC 123, length 4.6 m
Departure 202506141230 (local time)

=== hand-travel da
Rejsebureauet Sol & Strand - deltagerliste, busrejse til Gardasøen
1) Birgit Hvid, f. 1947, cpr [[cpr:old]], værelse {{n4}}
2) Erling Hvid, f. 1945, cpr [[cpr:old]], værelse {{n4}}
3) Lis Bang, f. 1952, cpr [[cpr:old]], enkeltværelse
Rejsegaranti nr. {{n4}}, bureauets CVR {{cvr}}

=== hand-pharmacy da
Apotekets dosisliste, Bo Rask
CPR [[cpr:old]]  Læge: Praksis Strandvejen, ydernr. {{n6}}
Præparat           Styrke  Morgen Middag Aften
Metformin          500 mg  1      0      1
Furix              40 mg   1      0      0
Udleveringsnr. {{dkstamp}}

=== hand-pharmacy sv
Apotek Hjärtat, e-recept uthämtning av ombud
Patient: Siv Hallberg [[pnr:plus]]
Ombud: Stina Hallberg [[pnr]], legitimation körkort {{n8}}
Expeditionsnummer {{luhn12}}

=== hand-dentist da
Tandlæge Kirsten Aagaard - regning
Patient: Frida Storm, cpr. [[cpr:kid]]
Behandling: fissurforsegling 2 tænder
Patientandel: {{amount}} kr. Betales via FIK {{fik}}
Klinikkens CVR: {{cvr}}

=== hand-dentist sv
Folktandvården, kallelse
Till: Lovisa Ek, [[pnr:s]]
Tid: {{isodate}} kl {{time}}, behandlare tandhygienist
Ombokning: ring {{seph08}} eller logga in med BankID. Uppge bokningsnummer {{luhn10}}.

=== hand-vet da
Dyreklinikken Østerbro - journal
Dyr: "Balder", hund, labrador, chip {{n8}}{{n6}}
Ejer: Henrik Møller, cpr [[cpr]] (til Dansk Hunde Register)
Ejers tlf.: {{dkph}}
Vaccination: DHPPi, næste {{date}}

=== hand-vet sv
Djursjukhuset Bagarmossen, remiss
Djurägare: Annika Roos, pnr [[pnr]]
Djur: katt "Sigge", id-nummer {{n8}}{{n6}}, 6 år
Journalnr: {{luhn10}}. Försäkringsnummer Agria: {{luhn12}}

=== hand-bank da
Kære Mette Kruse
Du har ansøgt om billån. Vi har registreret dig med cpr [[cpr:en]] og din medansøger med cpr [[cpr:en]].
Lånesagens nr. er {{cprdash}} (det nummer skal du oplyse, ikke dit cpr, når du ringer).
Venlig hilsen, Sparekassen Vest, tlf. {{dkph}}

=== hand-bank sv
Hej Oskar Lundin,
Ditt bolån med nummer {{luhn12d}} har fått ny räntesats från {{isodate}}. Vi har ditt personnummer [[pnr:ld]] registrerat som huvudlåntagare.
Betala till bankgiro {{bg}} med OCR {{ocrref}}.
Med vänliga hälsningar, Sparbanken Nord

=== hand-insure da
Tryg-lignende brev (kopi): Ændring af din indboforsikring
Forsikringstager: Nanna Due
Cpr.: [[cpr:sd]]
Policenummer: {{cprlike}}
Medforsikret: Thomas Due, cpr.: [[cpr:sd]]
Ny pris pr. kvartal: {{amount}}

=== hand-insure sv
Skadeanmälan, hemförsäkring (inskickad via appen)
Försäkringstagare: Malin Åkesson, personnummer [[pnr]]
Försäkringsnummer: {{luhn10}}
Skadedatum: {{isodate}}
Vad hände: cykeln stulen från cykelrummet, polisanmälan K{{n6}}-{{n2}}

=== hand-school en
Message from the International School office
Dear parents, please check the CPR number we have on file for your child. We have: [[cpr:kid,dot]]. If it is wrong, reply before {{date}}.

=== hand-club da
Referat, bestyrelsesmøde i Grundejerforeningen Engen
Pkt. 4: Kasserer (Hanne Lind) ønsker at udtræde. Ny kasserer Kim Dalby, cpr [[cpr]], skal anmeldes til banken.
Pkt. 5: Foreningens CVR {{cvr}} - ingen ændring. Kontingent {{amount}} pr. parcel.

=== hand-church sv
Begravningsbyrån Fonus, beställning
Avliden: Gustav Ek, personnummer [[pnr:plus]]
Beställare: Karin Ek (dotter), personnummer [[pnr:ld]], telefon {{seph}}
Gravrätt: kvarter {{n4}}, gravnummer {{n4}}

=== hand-landlord sv
Uppsägning av hyresavtal
Jag, Jonas Dahlberg (pnr [[pnr:nl]]), säger upp mitt avtal för lägenhet {{n4}} på {{svstreet}} till den sista nästa månad.
Kontrakt nr {{luhn10}}.

=== hand-school da
Skolebestyrelsesvalg - stemmeliste (uddrag, elektronisk)
Forælder                 Barn i klasse  Forælders cpr
Mikkel Søe               2.c            [[cpr:nl]]
Rikke Falk               5.a            [[cpr]]
(cpr bruges kun til MitID-login og slettes efter valget)
"""
