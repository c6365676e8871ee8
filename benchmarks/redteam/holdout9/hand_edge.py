"""Hand-written edge cases: split numbers, masked and partial forms, invalid checks, samordningsnummer, '+',
12-digit forms, numbers glued to punctuation or letters, headers far above, Swedish numbers in Danish text."""

BANK = r"""
=== hand-edge da
Nummeret står over to linjer i den gamle journal: cpr [[cpr:nl]] – hun hedder Anna Kjær.

=== hand-edge da
CPR:[[cpr:plain]],navn:Erik Toft,tlf:{{tel:dk,plain}}

=== hand-edge da
(cpr.nr. [[cpr]]) blev brugt som brugernavn – det må vi ikke længere.

=== hand-edge da
Betalingen på [[cpr:plain#b]]kr er ikke et beløb – nogen har skrevet Bos cpr ind i beløbsfeltet.

=== hand-edge da
Husk: cpr-nr. i mails skal maskeres som {{mask#m}} eller {{mask:star#m}} – aldrig fuldt ud.

=== hand-edge da
"[[cpr]]" – det er Tinas personnummer, ikke hendes telefonnummer.

=== hand-edge da
Personnummer (dansk): [[cpr:dot]]; personnummer (svensk): [[pnr:ld]].

=== hand-edge da
Ugyldigt CPR i formularen: {{badcpr}} (datoen findes ikke) – bed borgeren om at indtaste igen.

=== hand-edge da
Nyfødt: Alberte, cpr [[cpr:baby,nomod]]. Storebror Viktor har [[cpr:kid]].

=== hand-edge da
Fødselsdag 1. januar – og derfor et cpr uden modulus 11-kontrol: [[cpr:jan1,nomod]]. Det er gyldigt.

=== hand-edge da
Cpr-nr.................................................................................[[cpr]]

=== hand-edge da
Kundens cpr-nr. (skrevet i to felter): [[cpr:spdash]]

=== hand-edge da
Svensk grænsegænger: Eva Håkansson, pnr [[pnr:ld#e]], dansk CPR [[cpr:as_e]], bor i Malmö og arbejder i Hvidovre.

=== hand-edge da
Sidste 4 cifre: {{mask:last4#z}}. Fødselsdato {{bdate#z}}. Hele cpr er i sagen, ikke i denne mail.

=== hand-edge da
Telefon: {{tel:dk,plain}}. Kunde-id: {{ten}}. Cpr: [[cpr:plain]]. Postnr: 8000.

=== hand-edge da
ID-nr. {{cprlike:dash}} på lånerkortet er bibliotekets lånernummer, ikke et CPR.

=== hand-edge da
Fra lægens notat:                                                                       side 3
Navn: Gudrun Helms
Personnr.
[[cpr]]

=== hand-edge da
Lønsystemet viser 10 cifre uden bindestreg for både cpr og kontonr. Cpr: [[cpr:plain]] Konto: {{kto}}

=== hand-edge da
P-nummer {{pnum}}, CVR {{cvr}}, SE-nr {{cvr}} – alle tre hører til firmaet, ingen er personnumre.

=== hand-edge da
CPR-NR.: [[cpr:endash]]/NAVN: ARNE BØGH/ADR.: SKOLEGADE 2

=== hand-edge da
Ansøgers cpr: [[cpr]]
...
(42 linjer bilagstekst udeladt)
...
Ægtefælles cpr: [[cpr]]

=== hand-edge sv
Samordningsnummer (dag + 60): [[pnr:ld,samo]]. Personen har ännu inget personnummer.

=== hand-edge sv
Hon är över hundra år: [[pnr:old]] (plustecknet betyder att hon har fyllt 100).

=== hand-edge sv
Personnumret skrevs över två rader i journalen: [[pnr:nl]] – patienten heter Ulf Dahl.

=== hand-edge sv
pnr:[[pnr:l]];namn:Johanna Sköld;tel:{{tel:se,plain}}

=== hand-edge sv
Felaktigt personnummer i ansökan: {{badpnr}} (kontrollsiffran stämmer inte). Rätt: [[pnr]].

=== hand-edge sv
Maskerat enligt policy: {{mask:pnr#m}} och {{mask:pnr,last4#m}}. Fullständigt nummer finns i ärendet.

=== hand-edge sv
Personnr [[pnr:ls]] (med mellanslag, som det står i passet).

=== hand-edge sv
Kundnumret {{tenl:dash}} ser ut som ett personnummer men är det inte; hans personnummer är [[pnr]].

=== hand-edge sv
Telefon 0{{digits:9}}, org.nr {{orgnr}}, bankgiro {{bg}}, plusgiro {{pg}}. Inga personuppgifter.

=== hand-edge sv
Sökande:                     Medsökande:
[[pnr:ld]]                [[pnr:ld]]
Lisa Borg                    Henrik Borg

=== hand-edge sv
Dansk medarbetare i Malmö: Rasmus Holt, danskt CPR [[cpr#r]], svenskt samordningsnummer [[pnr:samo,as_r]].

=== hand-edge sv
Personnummer:[[pnr:l]]Namn:Ida Kron (fältavskiljare saknas i exporten)

=== hand-edge sv
Uppgifter i ärendet: ÅÅÅÅMMDD-XXXX (personnummer), NNNNNN-NNNN (organisationsnummer). Fyll i nedan.

=== hand-edge sv
Personnummer »[[pnr:ld]]« angavs vid inskrivningen.

=== hand-edge da
Kontonummer {{cprlike}} ligner et cpr-nummer, men det er Jyske Banks kontonr. – reg.nr. står foran: {{digits:4}}.

=== hand-edge da
Cpr-numre i et komma-separeret felt: [[cpr]],[[cpr]],[[cpr:nomod,kid]]

=== hand-edge sv
Personnummer i löptext utan etikett: Jag heter Nora Falk och är född [[pnr:ld]] – ring mig gärna.

=== hand-edge da
Jeg er født [[cpr:plain]] (det er mit cpr), og min søster er født {{bdate}}.

=== hand-edge da
Gammelt ordrenummer (10 cifre, dato-agtigt): {{cprlike}}. Ny ordre: {{digits:8}}.

=== hand-edge sv
Ordernummer {{pnrlike}} och kundnummer {{pnrlike}} – båda från webbutiken.

=== hand-edge da
Oplys venligst cpr-nummer på formen DDMMÅÅ-XXXX. Eksempel: 241270-XXXX.

=== hand-edge da
Sagsbehandler noterede: "cpr [[cpr:plain]]!" med udråbstegn, fordi det var skrevet forkert før.

=== hand-edge sv
Två personnummer i en parentes ([[pnr]], [[pnr:l]]) – makarna Sten.

=== hand-edge da
Cpr-nummer (barn): [[cpr:nomod,kid,endash]]

=== hand-edge sv
Patientens pnr var [[pnr:ld,old]]; i journalen står 12 siffror utan plustecken, vilket är rätt för det långa formatet.

=== hand-edge da
Dansk CPR til svensk statsborger, tildelt af Borgerservice ved indrejse: [[cpr]].

=== hand-edge sv
Felinmatning: personnummer 19{{digits:2}}1340-{{digits:4}} avvisades (datum finns inte).
"""
