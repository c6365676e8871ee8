"""More hand-written texts for names.jsonl: name order, capitals, lower case, maiden names, foreign names.

Each tuple: (lang, family, text); markup as in hand_names_da.py.
"""

from __future__ import annotations

DOCS: list[tuple[str, str, str]] = [
    (
        "da",
        "business",
        """Deltagerliste, kursus i førstehjælp 4. december:
[[Holm, Karen]]; [[Skov, Peter]]; [[Abdi, Hodan]]; [[Lind-Jensen, Ole]]; [[Vestergaard, Mie]]
Instruktør: [[Bjarke Due]], Dansk Førstehjælpsråd""",
    ),
    (
        "da",
        "business",
        """Tak for i dag - jeg sender slides i morgen.

Med venlig hilsen
[[JØRGEN BAK]]
Senior Consultant | Nordic Risk Advisory
jba@nordicrisk.dk | +45 31 22 10 45""",
    ),
    (
        "da",
        "news",
        """[[Bo]] skrev i går til kommunen, at stien stadig ikke er ryddet. [[Sten Ask]] og naboen [[Rose Birk]] har også klaget. Kommunen lover at sende en entreprenør i næste uge.""",
    ),
    (
        "da",
        "news",
        """Dødsfald: [[Inger Margrethe Toft]], født [[Lauritsen]], er død 89 år gammel. Hun var i 30 år lærer på Hald Skole. Hun efterlader sønnerne [[Niels]] og [[Kristian]] og fem børnebørn.""",
    ),
    (
        "da",
        "business",
        """[11:02] [[mette]]: har du talt med [[jakob]] om tilbuddet?
[11:03] [[Sune]]: nej, han er syg. skal jeg ringe til [[Ahmed]] i stedet?
[11:03] [[mette]]: ja gør det""",
    ),
    (
        "da",
        "news",
        """Den polske entreprenør [[Zbigniew Kowalczyk]] og den nigerianske ingeniør [[Olamide Adeyemi]] har fået Ingeniørforeningens innovationspris for et nyt system til genbrug af beton. Prisen blev overrakt af foreningens formand [[Thomas Damkjær Lund]].""",
    ),
    (
        "sv",
        "business",
        """Deltagare, kurs i hjärt-lungräddning 4 december:
[[Berg, Anna]]; [[Nilsson, Per]]; [[Omar, Hodan]]; [[Lind-Ek, Ola]]; [[Wester, Mia]]
Instruktör: [[Björn Due]], Svenska rådet för hjärt-lungräddning""",
    ),
    (
        "sv",
        "business",
        """Tack för i dag – jag skickar bilderna i morgon.

Med vänliga hälsningar
[[JÖRGEN BÄCK]]
Senior Consultant | Nordic Risk Advisory
jorgen.back@nordicrisk.se | +46 70 122 10 45""",
    ),
    (
        "sv",
        "news",
        """[[Sten]] skrev i går till kommunen att gångvägen fortfarande inte är plogad. [[Bo Ek]] och grannen [[Rose Lönn]] har också klagat. Kommunen lovar att skicka en entreprenör nästa vecka.""",
    ),
    (
        "sv",
        "news",
        """Dödsfall: [[Inga-Lill Ström]], född [[Lindgren]], har avlidit 89 år gammal. Hon var lärare i Hallsbergs skola i 30 år. Hon efterlämnar sönerna [[Nils]] och [[Kristoffer]] och fem barnbarn.""",
    ),
    (
        "sv",
        "business",
        """[11:02] [[lisa]]: har du pratat med [[jakob]] om offerten?
[11:03] [[Sune]]: nej han är sjuk. ska jag ringa [[Ahmed]] istället?
[11:03] [[lisa]]: ja gör det""",
    ),
    (
        "sv",
        "news",
        """Den vietnamesiska forskaren [[Nguyễn Thị Lan]] och den ghananske ingenjören [[Kwame Mensah]] har fått IVA:s innovationspris för ett nytt system för återvinning av betong. Priset delades ut av akademiens preses [[Sylvia Schwarz Ahl]].""",
    ),
]
