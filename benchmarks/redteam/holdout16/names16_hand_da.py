"""Hand-written Danish documents of the v16 names hold-out (``⟦...⟧`` marks a PERSON span)."""

BANK = """
=== hand-news da
Ny leder af Nykøbing Bibliotek
⟦Annemette Krog⟧ bliver fra 1. april leder af biblioteket i Nykøbing Falster. Hun kommer fra en stilling i Guldborgsund Kommune. Hun afløser ⟦Ib Hjortshøj⟧, der går på pension efter 31 år. "⟦Annemette⟧ har præcis den energi, vi har brug for," siger kulturudvalgets formand, ⟦Susanne Fogh⟧.

=== hand-news da
Færgen sejler igen
Ærøfærgen Ærøskøbing er tilbage efter værftsophold. Kaptajn ⟦Jens-Ole Mikkelsen⟧ fortæller, at skroget er malet og motoren efterset. Passagererne på første tur blev budt velkommen af havnefoged ⟦Bitten Rasmussen⟧.

=== hand-news da
Anmeldelse: "Et dukkehjem" på Aalborg Teater
⟦Sofie Gråbøl⟧ spiller Nora med stor præcision, mens ⟦Lars Mikkelsen⟧ som Helmer er kold som is. ⟦Ibsens⟧ tekst står skarpt i ⟦Katrine Wiedemanns⟧ instruktion. Fire stjerner.

=== hand-news da
Dødsfald
Tidligere skoleinspektør ⟦Hans Christian Bøgh⟧, Ringkøbing, er død, 88 år. ⟦Bøgh⟧ var inspektør på Vestervang Skole i 25 år og formand for lokalhistorisk forening. Han efterlader sig hustruen ⟦Inga⟧ og tre børn.

=== hand-news da
Fodbold: Viborg vandt 2-1
⟦Mads Søndergaard⟧ bragte Viborg foran efter 12 minutter. Gæsterne udlignede ved ⟦Ramadani⟧, men i overtiden headede ⟦Jeppe Grønning⟧ sejren hjem. Træner ⟦Jakob Poulsen⟧ var tilfreds.

=== hand-news da
Jubilæum
Lørdag kan tømrermester ⟦Kurt Holmgaard⟧ fejre 40 år som selvstændig. Firmaet Holmgaard & Søn Tømrer ApS drives i dag sammen med sønnen ⟦Tobias⟧. Der er reception på Ørstedsvej 4.

=== hand-news da
Politiet: Indbrud på Frederiksberg
Natten til tirsdag var der indbrud i en butik på H.C. Ørsteds Vej. Gerningsmanden er ukendt. Politiet efterlyser vidner.

=== hand-news da
Kåring
Årets Carl Nielsen-pris går til komponisten ⟦Bent Sørensen⟧. Prisen uddeles af Carl Nielsen og Anne Marie Carl-Nielsens Legat ved en koncert i Odense Koncerthus. ⟦Sørensen⟧ kalder det "en stor glæde".

=== hand-news da
Ny præst i Hasle
Menighedsrådet har ansat ⟦Ditte Lund-Hansen⟧ som sognepræst. Hun indsættes søndag af provst ⟦Poul Erik Krabbe⟧. Efter gudstjenesten er der kaffe i Kirkens Hus på Grundtvigsvej.

=== hand-news da
Valg i Ringsted: Borgmester ⟦Henrik Hvidbjerg⟧ genvalgt
⟦Hvidbjerg⟧ fik 4.200 personlige stemmer. Konkurrenten ⟦Louise Kaas⟧ fik 1.900. Valgdeltagelsen var 71 procent.

=== hand-news da
Roning
Ved DM i Bagsværd vandt ⟦Freja Dahl⟧ og ⟦Nikoline Storm⟧ dobbeltsculler. Storm på søen gav svære forhold. Trænerne ⟦Steen⟧ og ⟦Malene Bach⟧ var stolte.

=== hand-news da
Radio i dag
P1 kl. 10: "Min bror og jeg", reportage. P2 kl. 20: Koncert med DR Symfoniorkestret, dirigent ⟦Fabio Luisi⟧. Sol og byger.

=== hand-news da
Vejret
Sol i hele landet i morgen, men Jylland får byger om eftermiddagen. Frost om natten. Vind fra vest.

=== hand-news da
Portræt: Fiskeren fra Thorupstrand
⟦Peter Kjær Nielsen⟧, 61, har fisket fra stranden siden han var 15. "Min far ⟦Anton⟧ lærte mig alt," siger ⟦Peter⟧. Hans kone ⟦Grethe⟧ sælger fisken fra skuret.

=== hand-news da
Kryds og tværs – vindere
⟦Bodil Kragh⟧, Holstebro; ⟦E. Thomsen⟧, Vejle; ⟦Jonna⟧ og ⟦Kaj Fisker⟧, Skive. Gevinsterne er sendt.

=== hand-news da
Dyrlæge åbner klinik
Dyrlæge ⟦Sarah Winther⟧ åbner klinik på Kong Christians Allé. Hun har tidligere arbejdet hos Evidensia. "Jeg glæder mig," siger ⟦Winther⟧.

=== hand-news da
Æresborger
Byrådet har udnævnt forfatteren ⟦Jens Smærup Sørensen⟧ til æresborger i Skive. Han fik i 2003 De Gyldne Laurbær.

=== hand-biz da
Hej ⟦Kristoffer⟧
Tak for i går. Vedhæftet tilbud på 12 stk. Arne Jacobsen-stole til kantinen. Lad mig høre, om ⟦Lene⟧ fra indkøb skal have en kopi.
Venlig hilsen
⟦Birgitte Falk⟧
Salgskonsulent, Møbelhuset Nord A/S
Tlf. 40 12 33 90 · birgitte.falk@moebelhusetnord.dk

=== hand-biz da
REFERAT – BESTYRELSESMØDE 14. MAJ
Til stede: ⟦Aksel Brandt⟧ (formand), ⟦Maja Lind⟧, ⟦Torben Hegn⟧, ⟦Rikke Olsen⟧. Afbud: ⟦Jes Kromann⟧.
Referent: LO
1. ⟦Aksel⟧ bød velkommen. Regnskabet blev godkendt.
2. ⟦Rikke Olsen⟧ præsenterede budget for 2027.

=== hand-biz da
CURRICULUM VITAE
⟦LINE BACH HOLM⟧
Projektleder · line.bachholm@gmail.com
Erfaring: 2019– Rambøll; 2014–2019 NCC.
Reference: ⟦Ole Strand⟧, afdelingsleder, NCC.

=== hand-biz da
Faktura 2026-0412
Kunde: Hansen & Dalsgaard Advokater, Vestergade 8, Aarhus
Att.: ⟦Ulla Dalsgaard⟧
Kontaktperson hos os: ⟦Simon Krogh⟧
Beløb: 18.750 kr. ekskl. moms.

=== hand-biz da
Videresendt besked
Fra: ⟦Niels Juul⟧ <nj@juulvvs.dk>
Emne: SV: Reparation
Hej ⟦Tine⟧, vi kommer torsdag. ⟦Mogens⟧ tager slangen med.
/NJ

=== hand-biz da
Autosvar: Jeg er på ferie til 4. august. Kontakt venligst min kollega ⟦Sif Munk⟧ på sif.munk@kamstrup-el.dk eller 72 11 40 00. Mvh. ⟦Jonas Egelund⟧

=== hand-biz da
Fuldmagt
Undertegnede ⟦Erik Bruun Vestergaard⟧ giver hermed ⟦Kirsten Vestergaard⟧ fuldmagt til at underskrive skødet vedr. Poul Henningsens Vej 12.
Dato og underskrift: ⟦E. B. Vestergaard⟧

=== hand-biz da
Følgeseddel 88120
Leveret til: Søstrene Grene, Amagertorv
Modtaget af: ⟦Mathilde⟧ (lager)
Chauffør: ⟦Kenneth P.⟧

=== hand-biz da
CRM-note 12/9: Talte med ⟦Gert Mølgaard⟧ fra Georg Jensen Damask. Han vil have nyt tilbud. ⟦Gert⟧ nævnte at ⟦Anita⟧ er ny indkøbschef. Følg op uge 40. /KH

=== hand-biz da
Ansættelseskontrakt
Mellem Bang & Olufsen A/S og ⟦Emil Kragelund⟧ er aftalt ansættelse som tekniker fra 1. oktober. Nærmeste leder: ⟦Susanne Dreyer⟧.

=== hand-biz da
Mødeindkaldelse: Projekt Lærke
Deltagere: ⟦Ib Thorsen⟧, ⟦Helle Bundgaard⟧, ⟦Amir Hassan⟧. Lokale: Karen Blixen (2. sal). Lærken er vores nye app til vagtplaner.

=== hand-biz da
Referat af Teams-møde
⟦Victor⟧: Jeg har lavet udkastet.
⟦Nanna Skov⟧: Fint, jeg sender til ⟦Rasmus⟧.
⟦Victor⟧: Husk at ⟦Rasmus⟧ er på ferie.

=== hand-biz da
Kære hr. ⟦Lauridsen⟧
Vi bekræfter hermed jeres ordre. Ved spørgsmål kontakt ⟦Camilla⟧ i kundeservice.
Med venlig hilsen
Peter Beier Chokolade

=== hand-biz da
Reference for ⟦Jamal Yusuf⟧
⟦Jamal⟧ har været ansat som kok hos Restaurant Søren K fra 2021 til 2025. Han er pålidelig. ⟦Mette Bryde⟧, køkkenchef.

=== hand-biz da
Konkursbo: Tømrerfirmaet Jens Lund ApS
Kurator: advokat ⟦Merete Sønderby⟧. Anmeldelse af krav sendes til kurator.

=== hand-biz da
Leverandøroplysninger
Firma: Harald Nyborg A/S
Kontakt: ⟦Dorthe Skaarup⟧ (dorthe.skaarup@haraldnyborg.dk)
Betaling: 30 dage netto.

=== hand-mixed da
[Messenger · Familien]
mor: har nogen set farmors briller
⟦kasper⟧: nej
⟦sofie⟧: ⟦kasper⟧ tog dem i bilen tror jeg
mor: tak ⟦sofie⟧ ❤️

=== hand-mixed da
Gæstebog, Skagens Museum
Fantastisk at se ⟦Krøyers⟧ "Sankthansblus" i virkeligheden! – ⟦Hanne⟧ og ⟦Bjørn⟧ fra Vejle
Tak for en dejlig dag. ⟦Marie⟧ (9 år)

=== hand-mixed da
DBA-annonce: Sælger Kay Bojesen-abe, brugt, pæn. Afhentes i Odense hos ⟦Lise⟧. Skriv til lise_odense.

=== hand-mixed da
[Hundeejere i Valby]
⟦Trine⟧: Er der nogen der har set en brun labrador ved Carl Jacobsens Vej?
⟦Jeppe H⟧: Ja! Den løb mod Valbyparken
⟦Trine⟧: Tak ⟦Jeppe⟧! Det er naboens hund Bonnie

=== hand-mixed da
Slægtsnotat: ⟦Ane Kirstine Pedersdatter⟧ f. 1841 i Tise, gift 1863 med ⟦Jens Christian Larsen⟧. Datteren ⟦Mette Marie⟧ udvandrede til Amerika.

=== hand-mixed da
Skolebesked fra klasselærer ⟦Anne Friis⟧: Husk at ⟦Oscar⟧ og ⟦Ella⟧ har madordning på torsdag. Sommer og sol – vi skal i Tivoli fredag!

=== hand-mixed da
Opskrift: Mormor ⟦Ingers⟧ æblekage
Æbler, rasp, sukker og flødeskum. Tak til ⟦Birk⟧ (min søn) for at røre flødeskummet.

=== hand-mixed da
SMS fra Tandlægehuset: Hej ⟦Noah⟧! Husk din tid hos tandlæge ⟦Holst⟧ i morgen kl. 8.15. Mvh. Tandlægehuset Bolbro

=== hand-mixed da
[Discord · #fodbold-fantasy]
⟦mikkel⟧: hvem har ⟦Højlund⟧ på holdet
⟦andreas⟧: mig og ⟦seb⟧
⟦mikkel⟧: hold da op ⟦seb⟧, du ligger nr 1

=== hand-mixed da
Trustpilot: Hurtig levering fra Ole Lynggaard Copenhagen. ⟦Nadia⟧ i butikken var super sød. ★★★★★ – ⟦Karin S.⟧

=== hand-mixed da
Opslagstavle i Netto: Barnepige søges til ⟦Ida⟧ (4) og ⟦Alfred⟧ (2). Ring til ⟦Stine⟧ på 22 33 44 55. Bo i Aarhus? Så er du velkommen.

=== hand-mixed da
Strava: ⟦Rasmus Klit⟧ løb 10,2 km ved Kongens Have. ⟦Pia⟧ og 4 andre gav kudos.

=== hand-mixed da
Kalender: 9.00 møde m. ⟦Lars⟧ · 12.00 frokost m. ⟦Jette Bach⟧ · 15.00 tandlæge · 17.30 hente ⟦Vigga⟧

=== hand-mixed da
[Messenger · Håndbold U12 forældre]
⟦Lotte⟧ (mor til ⟦Alma⟧): Kørsel lørdag: jeg kan tage ⟦Alma⟧, ⟦Frida⟧ og ⟦Esther⟧
⟦jens p⟧: ⟦Sigrid⟧ kører med mig, og ⟦Viola⟧ også
⟦Lotte⟧: super! hvem har ⟦Karla⟧?
⟦Mette K⟧: det har jeg 👍 og ⟦Nora⟧ hvis hun er rask

=== hand-mixed da
Kommentarer under opslag, Facebook-side for Bogcafé Lyngby
⟦Hanne Ravn⟧: Skøn aften med ⟦Naja Marie Aidt⟧ i går!
⟦Poul Erik Lund⟧: Enig, og ⟦Tom Buk-Swienty⟧ næste måned bliver også godt
⟦hanne ravn⟧: ⟦Poul⟧, tager du ⟦Bente⟧ med?

=== hand-mixed da
Tilmeldingsliste – sankthans i Grundejerforeningen Engvej
⟦Jørgen⟧ og ⟦Lis Nyholm⟧ nr. 3 · ⟦Amira Saleh⟧ nr. 7 · ⟦Frederik Juhl⟧ nr. 12 (med ⟦Signe⟧ og børnene) · ⟦Kaj⟧ nr. 15 · familien ⟦Østergaard⟧ nr. 21

=== hand-biz da
Underskriftsside
For Udlejer: ⟦Torben Lykkegaard⟧, adm. direktør
For Lejer: ⟦Sabina Holm⟧ og ⟦Rasmus Holm⟧
Vitterlighedsvidner: ⟦Karen Møller⟧, ⟦Ali Reza Ahmadi⟧

=== hand-biz da
Referat – Afdelingsmøde, kundeservice
Deltagere: ⟦Pia⟧, ⟦Jonas⟧, ⟦Haider⟧, ⟦Line M.⟧, ⟦Line S.⟧, ⟦Bo⟧ (ordstyrer)
⟦Haider⟧ gennemgik ventetider. ⟦Line S.⟧ foreslog chat om aftenen. ⟦Bo⟧ tager det med til ⟦Camilla Krag⟧.
Næste møde: ⟦Pias⟧ kontor, tirsdag.

=== hand-biz da
Mail-tråd (kopi)
> Hej ⟦Morten⟧, kan ⟦Henriette⟧ overtage sagen? /⟦Ebbe⟧
Hej ⟦Ebbe⟧, ja, ⟦Henriette Kirk⟧ tager den fra mandag. Hun kender ⟦Aagesen⟧-familien i forvejen.
⟦Morten Skytte⟧ · morten.skytte@advokathuset-fyn.dk

=== hand-news da
Jordemødre fejrer 100 år
Til festen på Ribe Rådhus talte jordemoder ⟦Anne-Mette Vejlby⟧ og formand ⟦Lillian Bondo⟧. ⟦Vejlby⟧ har taget imod 3.000 børn, blandt dem borgmester ⟦Bo Hansen⟧ og hans to døtre ⟦Emma⟧ og ⟦Cille⟧.

=== hand-news da
Håndbold: Holdet til landskampen
Landstræner ⟦Nikolaj Jacobsen⟧ har udtaget ⟦Emil Nielsen⟧, ⟦Mathias Gidsel⟧, ⟦Simon Pytlick⟧, ⟦Magnus Saugstrup⟧ og ⟦Niklas Landin⟧. ⟦Gidsel⟧ er anfører, mens ⟦Landin⟧ hviler en kamp.

=== hand-news da
Kirkebogen, Vor Frue Sogn
Døbte: ⟦Alberte Sofie Krag⟧, ⟦Malthe Emil Dons⟧. Viede: ⟦Camilla Bruun⟧ og ⟦Jesper Lauesen⟧. Begravede: ⟦Erna Kirstine Hald⟧, 94 år, ⟦Svend Aage Buus⟧, 81 år. Præst: ⟦Mikkel Wold⟧.

=== hand-mixed da
[SMS-tråd, Vejgruppen Kløvervænget]
⟦Anette⟧ nr 4: Skraldespanden er væltet igen 🙄
⟦Brian⟧: Det var vist ⟦Kims⟧ trailer
⟦kim⟧: sorry!! jeg rydder op, ⟦Anette⟧ 🙏
⟦Ulla B⟧: ⟦Brian⟧ og ⟦Kim⟧, kommer I til vejfest?
"""
