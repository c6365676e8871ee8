"""More hand-written Danish and Swedish news texts for names.jsonl (every PERSON span marked ⟦...⟧)."""

TEXT = r"""
=== hand-news da
Læserbrev: Giv os cykelstien tilbage
Jeg cykler hver dag fra Tranbjerg til Aarhus C. Siden kommunen lukkede stien ved Ørnereden, må børnene cykle på landevejen. Rådmand ⟦Steen Stavnsholt⟧ lovede i foråret en løsning. Hvor er den?
⟦Gitte Bøgh Andreasen⟧, Tranbjerg
=== hand-news sv
Insändare: Rädda biblioteket i Sörby
Biblioteket är bygdens vardagsrum. Kommunalrådet ⟦Anders Lagerholm⟧ sa i våras att filialen skulle vara kvar. Nu vill nämnden stänga. Lyssna på oss!
⟦Margit Öberg⟧ och ⟦Sven-Erik Öberg⟧, Sörby
=== hand-news da
Håndbold: Skjern sikrede sig sejren i sidste sekund
⟦Mads Storm Kristensen⟧ blev helten, da han scorede sejrsmålet med tre sekunder igen. Målmand ⟦Emil Vig Nørby⟧ reddede 14 skud. - Det er ⟦Storms⟧ aften, sagde træner ⟦Peter Bredsdorff-Lund⟧ bagefter. Skjerns næste kamp er mod GOG, hvor ⟦Bo Steffensen-Hald⟧ gør comeback efter en skade.
=== hand-news sv
Bandy: Villa Lidköping tog SM-guld
⟦Linus Pettersson-Holm⟧ avgjorde finalen med två mål i andra halvlek. Lagkaptenen ⟦Kalle Sjöström⟧ lyfte pokalen. - ⟦Linus⟧ har varit fantastisk hela säsongen, sa tränaren ⟦Hans Åkesson⟧.
=== hand-news da
Anmeldelse: Koncert i Musikhuset
Det var en sjælden aften, da pianisten ⟦Victor Emil Sand⟧ spillede ⟦Chopin⟧ og ⟦Nielsen⟧ for et udsolgt hus. I ⟦Carl Nielsens⟧ 'Chaconne' viste ⟦Sand⟧ sin styrke. Ekstranummeret tilegnede han sin lærer, ⟦Amalie Mølgaard⟧. Fem stjerner.
=== hand-news sv
Recension: Ny roman av ⟦Johanna Lindhé⟧
I sin tredje roman skriver ⟦Lindhé⟧ om två systrar i Tornedalen. Systrarna ⟦Aino⟧ och ⟦Ester⟧ möts efter trettio år. Det är vackert, men ibland för långt. Tre getingar.
=== hand-news da
Byrådet i Viborg: Flertal for ny skole
Et flertal bestående af Socialdemokratiet, Venstre og SF stemte for en ny skole i Overlund. Borgmester ⟦Ulrik Wibe Mortensen⟧ kaldte det "en god dag". Oppositionens ordfører ⟦Mette Bech Storm⟧ stemte imod. Skolen skal stå klar i 2029 og skal hedde Søren Kierkegaard Skolen.
=== hand-news sv
Kommunfullmäktige i Kiruna: Ja till nytt badhus
Med röstsiffrorna 31-20 beslutade fullmäktige att bygga ett nytt badhus. Kommunstyrelsens ordförande ⟦Gunnar Fjellström⟧ var nöjd. Oppositionsrådet ⟦Britt-Inger Nutti⟧ röstade nej. Badhuset ska heta Lars Levi Laestadius-badet.
=== hand-news da
Død: Tidligere landsholdsspiller ⟦Hans Ulrik Thygesen⟧
⟦Hans Ulrik Thygesen⟧, der spillede 22 landskampe i 1970'erne, er død, 78 år. Han efterlader hustruen ⟦Lis⟧ og to døtre. - ⟦Hans Ulrik⟧ var den bedste holdkammerat, siger ⟦Per Rønne-Juhl⟧.
=== hand-news sv
Dödsfall: Förre riksdagsledamoten ⟦Karin Wegestål-Berg⟧
⟦Karin Wegestål-Berg⟧ har avlidit, 84 år gammal. Hon satt i riksdagen i sexton år. Hennes man ⟦Göran⟧ gick bort 2019. - ⟦Karin⟧ var en förebild, säger partikamraten ⟦Lena Hallberg-Ek⟧.
=== hand-news da
Retten i Næstved: Tre dømt for hælervirksomhed
⟦Dennis Jørgensen⟧, 31, ⟦Kim Bo Hansen⟧, 44, og ⟦Arbër Krasniqi⟧, 27, blev onsdag dømt for at have solgt stjålne cykler. ⟦Jørgensen⟧ fik 60 dages betinget fængsel, de to andre bøder. Anklager ⟦Sara Glud⟧ var tilfreds.
=== hand-news sv
Hovrätten: Straffet sänks för bedragare
Hovrätten sänker straffet för ⟦Patrik Lundgren⟧, 39, från två års fängelse till ett år och sex månader. ⟦Lundgren⟧ har enligt hovrätten medverkat i mindre omfattning än tingsrätten ansåg. Hans advokat ⟦Ingrid Blom⟧ säger att domen överklagas till Högsta domstolen.
=== hand-news da
Erhverv: Familieejet møbelfabrik skifter hænder
Efter tre generationer sælger familien ⟦Kjærsgaard⟧ møbelfabrikken i Tinglev til den tyske koncern Hülsta. Administrerende direktør ⟦Anne Kjærsgaard⟧ fortsætter et år. Hendes far, ⟦Erik⟧, grundlagde fabrikken i 1962 sammen med ⟦Aage Frost⟧.
=== hand-news sv
Näringsliv: Ny vd på Norrmejerier
⟦Åsa Hellström Nilsson⟧ blir ny vd för Norrmejerier. Hon efterträder ⟦Thomas Ekenberg⟧ som går till Arla. Styrelsens ordförande ⟦Olof Lindgren⟧ säger att ⟦Hellström Nilsson⟧ har "rätt erfarenhet".
=== hand-news da
Ny præst i Løgstør
Sognepræst ⟦Maria Kold Bundgaard⟧ blev søndag indsat i Løgstør Kirke af provst ⟦Torben Hviid⟧. Menighedsrådsformand ⟦Inge Lise Skov⟧ bød velkommen. Efter gudstjenesten var der kaffe i præstegården.
=== hand-news sv
Hyllning i Borgholm: ⟦Ebbe⟧ fyller 100
⟦Ebbe Nilsson⟧ i Borgholm fyller 100 år på lördag. Han arbetade som fiskare i 50 år. - Pappa är fortfarande skarp, säger dottern ⟦Ulla Nilsson-Ek⟧. Kommunalrådet ⟦Ilko Čorak⟧ kommer med blommor.
=== hand-news da
Aalborg: Kvinde reddede dreng fra havnen
⟦Yasmin Ahmadi⟧, 34, sprang i vandet ved Jomfru Ane Parken, da en otteårig dreng faldt i havnen. - Jeg tænkte ikke, jeg sprang bare, siger ⟦Ahmadi⟧. Drengens mor, ⟦Line⟧, har takket hende på Facebook.
=== hand-news sv
Göteborg: Spårvagnsförare hyllas
Spårvagnsföraren ⟦Dragan Marković⟧ hann bromsa när en cyklist föll framför vagnen vid Järntorget. - ⟦Dragan⟧ reagerade blixtsnabbt, säger trafikchefen ⟦Maria Sahlin⟧. Cyklisten klarade sig utan skador.
=== hand-news da
Kort om navne
⟦Lars Christian Lillelund⟧ er ny formand for Odsherred Erhverv. ⟦Bo Vestergaard⟧ og ⟦Sol Kjærgaard⟧ er valgt til bestyrelsen. ⟦Ib Ravn⟧ fortsætter som kasserer.
=== hand-news sv
Kort om personer
⟦Per Lind⟧ blir ny ordförande i Företagarna Nacka. ⟦Dag Stenberg⟧ och ⟦Liv Ask⟧ väljs in i styrelsen. ⟦Stig Hav⟧ fortsätter som kassör.
=== hand-news da
Skisport: Dansk rekord i Holmenkollen
⟦Sebastian Mørk⟧ satte dansk rekord på 50 km i Holmenkollen. Nordmanden ⟦Johannes Haugstad⟧ vandt løbet, mens svenskeren ⟦Calle Hedvall⟧ blev nummer tre. ⟦Mørks⟧ træner, ⟦Thomas Jul⟧, var stolt.
=== hand-news sv
Fotboll: Rekordvärvning till AIK
AIK har värvat den ghananske mittfältaren ⟦Kwame Boateng Asante⟧ från Mjällby. - ⟦Kwame⟧ är den spelare vi saknat, säger sportchefen ⟦Thomas Berg⟧. Övergångssumman uppges vara 25 miljoner kronor. Tränaren ⟦Mikkjal Hansen⟧ från Färöarna är nöjd.
"""
