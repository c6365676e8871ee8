"""More hand-written Danish and Swedish documents for categories.jsonl (v7), each written once."""

TEXT = r"""
=== genetic da
Hej Trine
⟦genetic,health|Min fars gentest viste, at han har Huntingtons sygdom, og nu skal jeg selv tage stilling til, om jeg vil testes.⟧ Jeg har brug for fri på torsdag til samtalen på Rigshospitalet.
Mvh Kasper Lund
=== genetic sv
Hej Annika,
⟦genetic|Släktforskningssajten matchade mitt DNA med en halvbror jag aldrig känt till, Marcus Engström.⟧ Vi ska träffas i jul! Kram Lina
=== genetic da
Biobankens samtykkeerklæring: Jeg giver samtykke til, at min blodprøve opbevares og anvendes til forskning i arvelige sygdomme. Jeg kan til enhver tid trække samtykket tilbage. Navn: ____________
=== genetic sv
Nyhet: Regionens nya nyföddhetsscreening (PKU-provet) utökas med fem sjukdomar från 2027. Föräldrar kan välja att proverna förstörs efter analysen.
=== biometric da
Referat, IT-sikkerhedsmøde
⟦biometric|Fra 1. januar bruger Jesper Nyholm og Stine Aagaard håndfladescanning for at komme ind i datacentret;⟧ deres PIN-koder slettes.
=== biometric sv
Incidentrapport: Ansiktsigenkänningen i entrén släppte inte in någon mellan 07.10 och 07.45 på grund av ett programfel. Leverantören har åtgärdat felet.
=== biometric sv
Hej IT! ⟦biometric|Mitt fingeravtryck i tidsstämplingsterminalen fungerar inte längre efter att jag brände fingret,⟧ kan ni registrera ett nytt? /Rebecka Nordin
=== biometric da
Vores nye tidsregistrering understøtter fingeraftryk. Ingen medarbejdere er endnu registreret; vi afventer samarbejdsudvalgets godkendelse.
=== ethnic da
Referat fra mentormøde
⟦ethnic_origin|Hodan fortalte om at vokse op som somalier i Gellerup og om sin families flugt i 1991.⟧ Næste møde handler om jobsøgning.
=== ethnic sv
Brev till personalavdelningen
⟦ethnic_origin|Jag är romsk och har bott i Sverige i hela mitt liv, och jag vill inte att mina kollegor får veta det via personalregistret.⟧
/Dragan Nikolić
=== ethnic da
Dansk Flygtningehjælp søger frivillige lektiehjælpere til børn i Vollsmose. Du behøver ikke tale andre sprog end dansk.
=== ethnic sv
Tornedalingarnas riksförbund har fått statsbidrag för att dokumentera meänkieliska ortnamn. Projektet pågår till 2028.
=== political da
Hej Karen
⟦political_opinion|Jeg har meldt mig ind i Danmarksdemokraterne og skal være stiller for vores kandidat i Skive,⟧ så jeg kan ikke sidde i valgudvalget for skolebestyrelsen. Mvh Jørgen
=== political sv
Protokoll, styrelsemöte Hyresgästföreningen Tuna
Ordförande Kerstin Vik redovisade verksamheten. Föreningen beslutade att bjuda in alla riksdagspartier till en debatt om hyror.
=== political sv
Hej alla, ⟦political_opinion|jag kommer att vara borta på torsdag eftersom jag sitter med i Sverigedemokraternas valberedning i Borås.⟧ /Henrik Sjöberg
=== political da
Hvem stemmer du på? Test dig selv i vores kandidattest og se, hvilken kandidat du er mest enig med. Testen er anonym.
=== sexor da
Notat, sundhedsplejerske
⟦sexual_orientation|Familien består af to mødre, Mette og Louise Rask,⟧ og datteren Asta på 4 måneder. Asta trives og tager på.
=== sexor sv
Hej! Jag och min fästman Erik kommer båda på julfesten. /Anna
=== sexor sv
⟦sexual_orientation|Min partner Oskar och jag har varit tillsammans i sju år,⟧ så vi vill gärna ha gemensamt rum på konferensen. /Jonas Hellström
=== sexor da
Regnbuefamilier i Danmark: Foreningen holder juletræsfest for børn og forældre i alle familieformer. Tilmelding på hjemmesiden.
=== union da
Hej Lone
⟦trade_union|Jeg er lige blevet valgt som fællestillidsrepræsentant for Dansk Sygeplejeråd her på hospitalet,⟧ så jeg skal have to timer om ugen til arbejdet.
Mvh Tina Bjerre
=== union sv
Hej, jag har fått en fråga från en medarbetare om vi drar fackavgiften automatiskt. Svar: Nej, det gör vi inte sedan 2019; alla betalar själva till sitt förbund.
=== union da
Sagen mellem Dansk Metal og Vestjysk VVS ApS er nu afgjort ved faglig voldgift. Virksomheden skal betale en bod på 45.000 kr. for brud på overenskomsten.
=== union sv
Till lönekontoret: ⟦trade_union|Sluta dra fackavgiften till Handels från min lön, jag har gått ur facket men är kvar i a-kassan.⟧ Mvh Tim Ström
=== religion da
Hej Yasmin
Selvfølgelig kan du bytte vagten. Vi skriver bare "afspadsering" i systemet. God fest!
/Anne
=== religion sv
Till kyrkoherden
⟦religion|Vi, Elin och Markus Ahl, vill döpa vår son Vidar i Svenska kyrkan den 14 juni.⟧ Gudfar blir Markus bror Joel.
=== religion da
Dåbsattest - sognets kopi
⟦religion|Navn: Asta Rask. Døbt i Vor Frelsers Kirke 12.10.2026.⟧ Forældre: Mette Rask og Jonas Rask. Faddere: Signe Holm, Ib Rask.
=== religion sv
Församlingen bjuder in till Lucia i kyrkan den 13 december kl. 18. Alla barn får vara med i luciatåget, oavsett tro.
=== religion da
Kære kolleger. ⟦religion|Jeg er buddhist og mediterer i frokostpausen,⟧ så hvis I ser mig i mødelokale 2 med lukkede øjne, sover jeg ikke! /Nok (Nokuthula)
=== health da
Vagtskifte, Akutmodtagelsen - kl. 07:00
Stue 3: ⟦health|Svend Aakjær, 78 år, indlagt med lungebetændelse, får iv-antibiotika.⟧
Stue 4: tom
Stue 5: ⟦health|Maria Holst, 34 år, observeres for hjernerystelse efter cykeluheld.⟧
=== health sv
Rapport från nattpasset: Inga händelser. Larmet i korridor B testades kl 02:00. Städfirman kommer kl 06.
=== health da
Hej allesammen, tusind tak for blomsterne! ⟦health|Operationen for grå stær gik godt, og jeg kan allerede se meget bedre.⟧ Vi ses på mandag. Kh Ruth
=== health sv
Friskvårdsbidraget kan användas till gym, simhall, yoga och massage. Kvitto lämnas till lönekontoret senast 15 december.
=== health da
Sygefraværspolitik: Ved sygdom skal du ringe til din leder før kl. 8. Du skal ikke oplyse, hvad du fejler. Ved mere end 14 dages fravær afholdes en sygefraværssamtale.
=== health sv
Sjukanmälan via sms: ⟦health|Hej Jonas, jag har feber och halsfluss och stannar hemma i dag och i morgon.⟧ /Maja Berg
=== crim da
Kære forældre. Vi har haft indbrud i børnehaven i weekenden. Politiet er underrettet. Der er ikke stjålet noget af børnenes ting.
=== crim sv
Till rektor: ⟦criminal_records|Vår vaktmästare Leif Hedlund har blivit anhållen misstänkt för stöld från skolans förråd,⟧ och han kommer inte till jobbet på obestämd tid. /Skolsekreteraren
=== crim da
Notat: ⟦criminal_records|Medarbejder Allan Frost har fået frakendt kørekortet i tre år for spirituskørsel,⟧ og kan derfor ikke længere køre firmabil. Han flyttes til lageret.
=== multi da
Notat fra Plejecentret Lindely, socialrådgiver
Samtale med Hodan Farah (datter) om moderen, Amina Farah.
⟦health|Amina har demens i moderat grad og er ikke længere i stand til selv at tage medicin.⟧ ⟦religion|Familien ønsker, at hun får halal-mad og kan bede fem gange dagligt.⟧
=== multi sv
Socialtjänstens anteckning
⟦criminal_records|Kjell Boström berättar att han har villkorlig frigivning till mars.⟧ ⟦trade_union|Han är med i Byggnads, som har hjälpt honom att få tillbaka sitt gamla jobb.⟧
"""
