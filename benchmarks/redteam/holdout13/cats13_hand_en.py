"""Hand-written English documents of the v13 categories hold-out (international staff in Danish and Swedish firms;
markup: ``cats13_markup.py``): a relocation questionnaire, an expat forum, a visa letter, a GitHub profile, a
conference badge list, a sublet ad and negatives (an annual report, a privacy notice, a board-game rule book)."""

BANK = """
=== hand-pair en
Relocation questionnaire – Novozymes Global Mobility
Employee: Priya Raghunathan, moving from Bangalore to Bagsværd
{{⟦health|Special needs: I have rheumatoid arthritis and need a ground-floor flat close to the hospital in Herlev.⟧||Special needs: I have two cats and need a flat where pets are allowed close to the S-train.}}

=== hand-pair en
r/Copenhagen – "New in town, looking for community"
Hi, I'm Tomasz, 31, just moved from Kraków for a job at Maersk. {{⟦religion|I'm a practising Catholic and looking for a Polish-language mass, does anyone know where?⟧||I'm a keen climber and looking for a bouldering gym with English-speaking members, does anyone know where?}}

=== hand-pair en
Letter of support – visa application
To whom it may concern: we confirm that Dr. Amira Saleh is employed as a postdoc at Lund University. {{⟦political_opinion|She fled Sudan after being detained for organising protests with the opposition Sudanese Congress Party.⟧||She is funded by the Wallenberg Foundation until August 2028.}}

=== hand-pair en
GitHub profile README – github.com/oskarlind
Hi, I'm Oskar Lind, backend developer in Malmö. {{⟦sexual_orientation|Proud gay dad of two, married to Felix, maintainer of a Pride event app.⟧||Proud dad of two, married to Felicia, maintainer of an event app.}} Ask me about Rust.

=== hand-pair en
Conference badge list – Nordic Fintech Week, access log
Delegate: Chen Wei, Ant Group
{{⟦biometric|Entry method: face template enrolled at registration, matched at gate 2.⟧||Entry method: QR code on printed badge, scanned at gate 2.}}

=== hand-pair en
Sublet ad – Vesterbro, 2 rooms
I (Hannah Becker) am subletting my flat from June to August. {{⟦trade_union|I will be away as an elected delegate of HK at the union's international summer school.⟧||I will be away as an intern at the Danish embassy in Berlin.}}

=== hand-pair en
Reference letter, Volvo Cars HR
Mr Jamal Idris worked with us as a line engineer from 2019 to 2025. {{⟦criminal_records|He has been open with us that he served a sentence for aggravated robbery in 2015, and he has been a reliable colleague since.⟧||He has been open with us that he left to care for his father in 2025, and he has been a reliable colleague throughout.}}

=== hand-pair en
Onboarding form – Ørsted, Esbjerg site
Name: Kalani Makoa
{{⟦ethnic_origin|Background (optional): I am Native Hawaiian and would like to join the Indigenous employees' network.⟧||Background (optional): I studied in Hawaii and would like to join the surfing club.}}

=== hand-pair en
Parent message – International School of Stockholm
Dear Ms Lundgren, {{⟦genetic+health|our son Leo was diagnosed with Duchenne muscular dystrophy after a genetic test, so he will need help on stairs.⟧||our son Leo broke his arm skiing, so he will need help carrying his bag for a few weeks.}} Best, Rachel Moss

=== hand-neg en
Annual report 2025 – Coloplast (excerpt)
Our chronic care business grew 8 % organically, driven by ostomy and continence products. Employee engagement remained high, and sick-leave absence fell to 2.9 %.

=== hand-neg en
Privacy notice – Malmö Pride Festival
We process the name and e-mail address of volunteers. We do not ask about sexual orientation, religion, political opinions or health, and you should not send us such information.

=== hand-neg en
Rule book – "Plague Doctors of Ribe" board game
Each player draws a Faith card and a Disease card. When a villager is accused of heresy, roll two dice: on a 12 the Bishop sends him to the dungeon.

=== hand-neg en
Job ad – Diversity & Inclusion Lead, Spotify Stockholm
We welcome applicants of all ethnicities, faiths, sexual orientations and abilities. You will run our employee resource groups and our yearly accessibility audit.

=== hand-neg en
Meeting notes – Product team, Trustpilot Copenhagen
The "health score" dashboard crashed again. Mohammed and Christian will look at the gene-sequencing client's API logs tomorrow. Lunch ordered from the Pakistani place.

=== hand-neg en
News in English – The Local Sweden
A record 47,000 people left the Church of Sweden in 2025, and union density fell to 68 % for the first time. Experts point to younger workers and city life.

=== hand-pos en
Slack #team-ops, Maersk Tankers
@Rasmus Holt: heads up, ⟦health|I'm out next week for my second round of chemo, but I'll check mails in the afternoons.⟧

=== hand-pos en
Speaker bio – Nordic AI Summit
Jesper Vindahl is CTO at a Copenhagen speech-AI start-up. ⟦political_opinion|He sits on Copenhagen City Council for the Social Liberal Party (Radikale Venstre).⟧
"""
