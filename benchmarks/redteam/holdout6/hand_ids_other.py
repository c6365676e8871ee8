"""Hand-written Norwegian, Finnish, Icelandic, English and machine-format documents for identifiers.jsonl."""

TEXT = r"""
=== hand-ldif da
dn: uid=mhal,ou=people,dc=ku,dc=dk
objectClass: inetOrgPerson
objectClass: schacPersonalCharacteristics
cn: Mette Hald
sn: Hald
mail: mhal@example.dk
employeeNumber: «dl10»
schacPersonalUniqueID: urn:mace:terena.org:schac:personalUniqueID:dk:CPR:«cpr:plain»
telephoneNumber: «phdk:intl»
=== hand-ldif sv
dn: uid=joli1234,ou=people,dc=example,dc=se
cn: Johanna Lindén
givenName: Johanna
norEduPersonLIN: «n:8»
schacPersonalUniqueID: urn:schac:personalUniqueID:se:pnr:«pnr:long»
eduPersonPrincipalName: joli1234@example.se
=== hand-ldif no
dn: uid=kjetilb,ou=users,dc=example,dc=no
cn: Kjetil Bråthen
norEduPersonNIN: «fnr»
norEduPersonLIN: uio:«n:7»
mobile: «phno»
=== hand-ldif sv
# Export from AD, no personal numbers
dn: CN=Svensson\, Erik,OU=Staff,DC=corp,DC=local
employeeID: «dl10»
extensionAttribute7: costcenter-«n:5»
telephoneNumber: «phse:intl»
=== hand-x509 sv
Certificate:
    Data:
        Version: 3 (0x2)
        Serial Number: 5c:21:9a:e0:77:40:13:0f
        Issuer: C=SE, O=Testbank AB (publ), CN=Testbank Customer CA3 v1 for BankID
        Subject: C=SE, CN=Annika Vikström, GN=Annika, SN=Vikström, serialNumber=«pnr:long»
        Validity
            Not Before: Mar 12 00:00:00 2025 GMT
            Not After : Mar 11 23:59:59 2027 GMT
=== hand-x509 da
subject=C = DK, O = Ingen organisatorisk tilknytning, CN = Rasmus Holmgaard, serialNumber = PID:9208-2002-2-«n:12»
issuer=C = DK, O = TRUST2408, CN = TRUST2408 Systemtest VII Primary CA
=== hand-x509 da
Certificate subject (FOCES/VOCES):
    Subject: CN=Tandlægerne i Nørregade I/S - Signatur, serialNumber=CVR:«cvr»-UID:«n:8», O=Tandlægerne i Nørregade I/S // CVR:«cvr», C=DK
=== hand-x509 no
openssl x509 -noout -subject -in ingrid.pem
subject: C=NO, O=Buypass AS-983163327, CN=Ingrid Solberg, serialNumber=UN:NO-9578-4000-«n:12»
Note: Norwegian BankID certificates do not carry the fødselsnummer; the bank maps the PID to «fnr» internally.
=== hand-edifact da
UNB+UNOC:3+5790000000000:14+5790001234567:14+261130:1412+«n:9»'
UNH+1+CUSDEC:D:96B:UN'
BGM+929+«n:10»+9'
NAD+CN+++Jensen Grethe+Havnegade 3+Esbjerg++6700+DK'
RFF+ABO:«cpr:plain»'
NAD+CZ+++Fairhill Trading Ltd+4 Dock Road+Hull++HU1 2AB+GB'
LOC+27+DKEBJ'
UNT+8+1'
=== hand-edifact sv
UNA:+.? '
UNB+UNOC:3+«gln:se»:14+«gln:se»:14+261129:0815+«n:6»'
UNH+«n:4»+INVOIC:D:96A:UN:EAN008'
BGM+380+«dl10»+9'
DTM+137:20261129:102'
NAD+BY+«gln:se»::9'
NAD+SU+«gln:se»::9++Grossisten Nord AB'
RFF+VA:SE«orgnr:plain»01'
UNT+9+«n:4»'
=== hand-swift da
{1:F01DABADKKKAXXX«n:10»}{2:I103NDEASESSXXXXN}{4:
:20:«n:16»
:23B:CRED
:32A:261130DKK25000,00
:50K:/DK«n:16»
SOREN ALSTRUP
NORREBROGADE 12
2200 KOBENHAVN N
:59:/SE«n:22»
LINNEA ALSTRUP
:70:ARV EFTER MOR, CPR «cpr:plain»
:71A:SHA
-}
=== hand-swift sv
:20:REF«n:10»
:32A:261201SEK4500,00
:50K:/«n:12»
KARL OSKAR BERG
:59:/«ibandk»
MAJA BERG
:70:FAKT «lu10d» HYRA DEC
=== hand-dicom da
(0008,0020) DA [20261128]
(0008,0050) SH [«n:10»]                 # AccessionNumber
(0008,0080) LO [Privathospitalet Skodsborg Kyst]
(0010,0010) PN [PEDERSEN^LONE^MARIE]
(0010,0020) LO [«cpr:plain»]           # PatientID
(0010,0040) CS [F]
(0020,000D) UI [1.2.826.0.1.3680043.8.«n:4».«n:10»]
=== hand-dicom sv
(0010,0010) PN [LUNDGREN^ERIK]
(0010,0020) LO [«pnr:long»]
(0010,1000) LO [«dl10»]   # OtherPatientIDs (remissnummer)
(0018,1000) LS [«n:8»]    # DeviceSerialNumber
=== hand-xbrl da
<xbrli:context id="c1"><xbrli:entity><xbrli:identifier scheme="http://www.dcca.dk/cvr">«cvr»</xbrli:identifier></xbrli:entity>
<xbrli:period><xbrli:startDate>2025-07-01</xbrli:startDate><xbrli:endDate>2026-06-30</xbrli:endDate></xbrli:period></xbrli:context>
<gsd:NameAndSurnameOfChairmanOfGeneralMeeting contextRef="c1">Bodil Ravnsborg</gsd:NameAndSurnameOfChairmanOfGeneralMeeting>
<fsa:Revenue contextRef="c1" unitRef="DKK" decimals="0">«n:8»</fsa:Revenue>
<gsd:IdentificationNumberCvrOfReportingEntity contextRef="c1">«cvr»</gsd:IdentificationNumberCvrOfReportingEntity>
=== hand-toml da
[lon.eksport]
sti = "/srv/lon/ud/"
testbruger_cpr = "«cpr:plain»"   # Jannik fra løn: min egen, brug kun i test
arbejdsgiver_cvr = "«cvr»"
p_nummer = "«pnum»"
=== hand-ini sv
[kassa]
butiksnr=«n:4»
orgnr=«orgnr»
terminal_id=«dl10»
swish_nr=123«n:7»
senaste_z_rapport=«tstamp»
=== hand-log4j sv
2026-11-30 03:12:44,901 ERROR [pool-3-thread-7] s.k.ForsakringService - Kunde inte hämta försäkring för pnr=«pnr:long», orsak: timeout efter 30000 ms
2026-11-30 03:12:45,002 INFO  [pool-3-thread-7] s.k.ForsakringService - retry 1/3 correlationId=«n:12»
=== hand-log4j da
2026-11-30 07:00:01,003 INFO  [main] d.k.Batch - Start batch «tstamp», input fil kunder_«n:8».csv
2026-11-30 07:00:09,771 INFO  [main] d.k.Batch - 18213 rækker, 0 fejl, kørsels-id «dl10»
=== hand-k8s sv
{"level":"error","ts":1764554400.123,"caller":"handler/api.go:88","msg":"validation failed","field":"personnummer","value":"«pnr:short_dash»","request_id":"«n:8»-«n:4»","pod":"kundreg-7d9c5b-x2lq"}
=== hand-k8s da
{"@timestamp":"2026-11-30T10:14:22.311Z","log.level":"info","message":"order created","order.id":"«dl10»","customer.id":"«dl10»","kubernetes.pod.name":"webshop-api-6f7b9d-kq2z","trace.id":"«n:16»"}
=== hand-elastic da
{"_index":"crm-2026.11","_id":"«n:12»","_score":7.31,"_source":{"navn":"Kirsten Fogh","cpr":"«cpr»","kundetype":"privat","oprettet":"2026-11-03"}}
{"_index":"crm-2026.11","_id":"«n:12»","_score":6.88,"_source":{"navn":"Fogh Gulve ApS","cvr":"«cvr»","kundetype":"erhverv","oprettet":"2026-10-19"}}
=== hand-hubspot sv
"Record ID","First Name","Last Name","Email","Phone Number","Personnummer (custom)","Lifecycle Stage"
"«n:10»","Lovisa","Hedberg","lovisa.h@example.se","«phse:intl»","«pnr:long_dash»","customer"
"«n:10»","Rami","Haddad","rami@example.se","«phse:intl»","","lead"
"«n:10»","Elsa","Norén","elsa.noren@example.se","«phse:intl»","«pnr:long_dash»","customer"
=== hand-salesforce da
Account ID,Account Name,CVR__c,P_nummer__c,Phone,Owner
0015g00000«n:6»AAA,Vestjysk Maskinstation A/S,«cvr»,«pnum»,«phdk:plain»,Lars Due
0015g00000«n:6»AAB,Hanne Kjær (enkeltmandsvirksomhed),«cvr»,«pnum»,«phdk:plain»,Lars Due
0015g00000«n:6»AAC,Thisted Bryghus ApS,«cvr»,«pnum»,«phdk:plain»,Mia Holt
=== hand-csvbom da
sep=;
Medlemsnr;Navn;CPR;Postnr;Tilmeldt
«n:5»;Karl Emil Toft;«cpr:dash»;7400;2024-01-09
«n:5»;Laura Hviid;«cpr:dash»;7430;2025-03-22
«n:5»;Yasmin Ali;«cpr:dash@n»;7400;2025-11-01
=== hand-github sv
### Bug: valideringen godkänner samordningsnummer som vanliga pnr

Steg för att återskapa:
1. Mata in `«sam:short_dash»` i fältet "Personnummer"
2. Förväntat: varning "samordningsnummer"
3. Faktiskt: godkänns utan varning

Testnummer från Skatteverkets lista fungerar, men riktiga samordningsnummer inte. /cc @emilb
=== hand-github da
Fix: CPR-validering afviser nyere numre uden modulus 11

Siden 2007 findes CPR-numre der ikke opfylder modulus 11-kontrollen. Vores kunde (et barn) blev afvist med `«cpr:dash@n,child»`. Test tilføjet med et fiktivt nummer; se også #«n:3».
=== hand-no no
Søknad om barnehageplass - Oslo kommune
Barnets navn: Sigurd Hauge
Fødselsnummer: «fnr:space»
Foresatt: Kari Hauge, fødselsnummer «fnr»
Telefon: «phno»
Ønsket oppstart: august
=== hand-no no
Lønnsslipp november
Ansatt: Olav Nygård
Fødselsnr.: «fnr»
Arbeidsgiver: Fjordkraft Service AS, org.nr. «noorg:spaced» MVA
Kontonr.: «n:4».«n:2».«n:5»
Netto utbetalt: 38 412,00
=== hand-no no
Hei! Jeg er dansk og har jobbet i Bergen i sommer. Arbeidsgiveren spør om D-nummer. Mitt D-nummer er «dnr», og mitt danske personnummer (CPR) er «cpr». Hilsen Magnus Friis
=== hand-no no
Faktura fra Hafslund: kundenummer «n:9», målepunkt-ID 7070575000«n:8», KID «ocr:11». Org.nr. «noorg». Forfall «date:%d.%m.%Y».
=== hand-fi fi
Hei, henkilötunnukseni on «hetu» ja tarvitsen todistuksen verottajalle. Tilinumeroni on FI«n:16». Ystävällisin terveisin, Aino Mäkelä
=== hand-fi fi
Jäsenrekisteri - Tampereen Pyöräilijät ry
Nimi;Henkilötunnus;Jäsennumero
Juha Virtanen;«hetu»;«n:5»
Sanna Koskinen;«hetu»;«n:5»
Mikko Laine;«hetu@child»;«n:5»
Y-tunnus: «ytunnus»
=== hand-fi sv
Ansökan om studiestöd (Finland)
Sökande: Linnea Holmström
Personbeteckning: «hetu»
Hemkommun: Vasa
Kontonummer: FI«n:16»
=== hand-fi da
Hej Lønkontoret. Vores nye kollega fra Helsinki, Eero Salonen, har endnu ikke dansk CPR. Hans finske henkilötunnus er «hetu». Kan han få løn på det indtil CPR kommer? Vh Ditte
=== hand-fi fi
Palkkalaskelma 11/2026
Työntekijä: Riikka Heikkinen
Henkilötunnus: «hetu»
Työnantaja: Kuopion Kuljetus Oy, Y-tunnus «ytunnus»
Nettopalkka: 2 614,20 EUR, maksettu tilille FI«n:16»
=== hand-fi sv
Ålands landskapsregering - beslut om studiepenning
Sökande: Emil Lindroos, personbeteckning «hetu»
Beslutsnummer «n:4»/«year». Kontakt «phfi».
=== hand-fi fi
Asiakaspalvelu: asiakasnumero «dl10», tilausnumero «n:9», Y-tunnus «ytunnus». Puhelin «phfi». Ei henkilötunnusta tässä viestissä.
=== hand-fi en
Visitor log (Helsinki office)
Guest: Olli Räsänen - ID checked: Finnish identity code «hetu@old» (older card, 1930s)
Guest: Kaisa Nieminen - passport only
Badge no. «n:6»
=== hand-fi da
Hej. Jeg søger om dansk CPR som finsk statsborger. Min finske personbeteckning er «hetu» og min datter Ellens er «hetu@child». Vi flytter til Odense 1. marts. Hilsen Maria Lehto
=== hand-is da
Vedr. islandsk medarbejder: Guðrún Jónsdóttir har kennitala «kennitala» og har endnu ikke fået CPR-nummer. Indtil da registreres hun med midlertidigt medarbejdernummer «n:6». Hilsen Personaleafdelingen
=== hand-is sv
Gästforskare från Island: Sigurður Pálsson, kennitala «kennitala». Samordningsnummer ansökt hos Skatteverket, ärendenummer «n:4»-«n:6».
=== hand-is da
Kvittering - Bláa Lónið. Kennitala seljanda: «kennitala». Reikningur nr. «n:7». Samtals ISK 39.980. Greitt með korti ************«n:4».
=== hand-en da
Hi Søren,
Please find the payroll file for the Copenhagen office attached. Two new starters: Rebecca Olsen (CPR «cpr») and Tom Whitfield (CPR «cpr@n», issued after 2007 without the modulus-11 check - the payroll system flagged it, but it is correct).
Best, Claire (Group HR, London)
=== hand-en sv
Dear customer, your application for a Swedish bank account requires a personnummer or samordningsnummer. We received «sam:long_dash», which is a coordination number. Please bring your passport and your residence permit card («n:8») to the branch.
=== hand-en da
Ticket #«n:5» - Customer cannot log in
Customer: Frank Møller, customer no. «dl10». He gave his CPR over the phone («cpr:space») - please do NOT paste CPRs into tickets; I have asked IT to purge this later.
=== hand-en sv
Shipping notice: your order «n:10» was shipped with UPS, tracking 1Z«letters:6»«n:10». Customs: the recipient's Swedish personal identity number is required for imports above 1 600 SEK (provided: «pnr:long»).
=== hand-en no
Contractor onboarding - Norway
Name: Ewa Zielińska
D-number: «dnr»
Bank: DNB, account «n:4» «n:2» «n:5»
Tax card: received
=== hand-mixed da
Nordisk medarbejderliste (intern, må ikke deles)
Navn                 Land  Identitetsnummer
Anne Lise Hjort      DK    «cpr»
Petter Nilsen        NO    «fnr»
Katarina Björk       SE    «pnr:short_dash»
Tuomas Lehtonen      FI    «hetu»
Jón Einarsson        IS    «kennitala»
=== hand-mixed sv
Deltagarlista Nordiska Bibliotekskonferensen (ID behövs för hotellbokning)
Malin Strömberg, Umeå, «pnr:long»
Henriette Dahl, Aalborg, «cpr:dash»
Kristín Ólafsdóttir, Reykjavík, kennitala «kennitala»
Pekka Heino, Oulu, «hetu»
=== hand-mixed da
Hej. Jeg bor i Malmø og arbejder i København. Mit svenske personnummer er «pnr:long_dash» og mit danske CPR er «cpr». SKAT har byttet om på dem i min forskudsopgørelse. Mvh Jesper Sand
=== hand-mixed sv
Pendlare mellan Helsingborg och Helsingør - lönelista december
Namn;Personnummer;CPR;Lön DKK
Sara Nyström;«pnr:short_dash»;«cpr:dash»;34 200
Mats Pihl;«pnr:short_dash»;«cpr:dash@n»;29 850
Lena Ekholm;«pnr:short_dash»;;31 400
=== hand-mixed da
Kære ydelsesafdeling. Den ansøger, vi talte om, har både svensk samordningsnummer «sam:short_dash» og et dansk udlændinge-ID («n:8»). Han har aldrig haft dansk CPR.
"""
