"""English, German and Polish hand-written documents of the v19 categories hold-out, as written in Danish and
Swedish workplaces (markup: ``cats19_markup.py``; ``=== family lang`` starts a document). Written for this set;
people are invented."""

BANK = """
=== hand-chat en
Teams – Platform team (Copenhagen)
Priya Raman 09:03
morning! {{⟦health|I'll be out Thursday for my endometriosis surgery at Hvidovre, back Monday⟧. ⟦sexual_orientation|My wife Anna will drop off my laptop at reception⟧||I'll be out Thursday for my citizenship interview at the embassy, back Monday. My husband Anand will drop off my laptop at reception}}
Lars Gade 09:05
take care, I'll cover standup

=== hand-chat en
Slack – #malmo-office
Dan Whitfield: anyone up for the Christmas lunch on the 12th?
Maja Lind: yes! is there a veggie option?
Dan Whitfield: veggie, halal and gluten free, the restaurant handles it

=== hand-review en
Performance review 2026 – Stockholm office
Employee: Tomasz Grabowski, QA engineer
Manager: Helen Voss
{{⟦trade_union|Tomasz is the Unionen workplace representative for the QA team and we agreed he may use Wednesday afternoons for union duties⟧.||Tomasz is the accessibility champion for the QA team and we agreed he may use Wednesday afternoons for testing duties.}}
Rating: exceeds expectations.

=== hand-exit en
Exit interview – Aarhus site
Employee: Rachel Mensah, data analyst
Reason for leaving: {{⟦sexual_orientation|Rachel is relocating to Toronto because her wife has been offered a position at the university there⟧.||Rachel is relocating to Toronto because she has been offered a position at the university there.}}
Would return: yes.

=== hand-whistle en
Speak-up report #2026-77 (English form)
Concerned person: warehouse supervisor Gary O'Neill, Helsingborg
{{⟦criminal_records|The reporter states that Gary O'Neill was convicted of assault in the UK in 2019 and has threatened two temps⟧.||The reporter states that Gary O'Neill has shouted at two temps and ignores the break schedule.}}
Reporter: anonymous.

=== hand-service en
Airline customer service – chat transcript
Customer: David Klein, booking PNR 7TGH4Q
Customer: {{⟦religion|Could you add kosher meals for me on both legs? I keep kosher strictly⟧.||Could you add extra legroom for me on both legs? I am very tall.}}
Agent: Done, confirmed on both flights.

=== hand-service en
Pharmacy web chat – Copenhagen
Customer: hi, do you deliver to Amager on Sundays?
Agent: Hi! Not on Sundays, but Saturday until 14.
Customer: ok thanks /Mark

=== hand-survey en
Staff engagement survey 2026 – comments (named, opt-in)
Name: Oluwaseun Adeyemi
{{⟦political_opinion|As a member of the Green Party back home and a volunteer for Alternativet here, I would love more climate focus⟧.||As a cyclist back home and a volunteer for the bike kitchen here, I would love more bike parking.}}

=== hand-podcast en
[Transcript – company podcast "People of Nordlys", episode 8]
HOST: Today I'm with Ana Petrescu from finance.
ANA PETRESCU: {{⟦ethnic_origin|I'm Roma, and growing up in Cluj I never told anyone at school⟧.||I'm an accountant, and growing up in Cluj I never imagined working in Oslo.}}
HOST: What changed?

=== hand-dating en
Profile: James, 44, Copenhagen
Expat engineer, good cook, bad dancer. {{⟦sexual_orientation|Looking for a guy who likes hiking and board games⟧||Looking for a woman who likes hiking and board games}}. Non-smoker.

=== hand-caselaw en
Employment tribunal summary (English translation for group HR)
The tribunal found that the dismissal of the claimant, a Muslim employee who had asked for prayer breaks, was unfair. The parties are anonymised and no names appear in the decision.

=== hand-social en
LinkedIn · Fiona McLeod
{{⟦genetic+health|After genetic testing in Gothenburg I now know I have hereditary haemochromatosis, and I start treatment next week⟧.||After a long search in Gothenburg I now know where I will live, and I start my new job next week.}} Grateful for my team.

=== hand-service en
Gym membership – email from customer service
Hi Ahmed Osman,
{{⟦biometric|Your fingerprint has been enrolled at our Malmö club, so you can check in without your card⟧.||Your new card has been activated at our Malmö club, so you can check in without your phone.}}
Best, the member team

=== hand-chat de
Teams – Schichtleitung Esbjerg
Klaus Brandt 06:40
{{⟦religion|Ich kann am Freitag nicht früher kommen, ich gehe vorher zur Messe, es ist Allerheiligen⟧||Ich kann am Freitag nicht früher kommen, ich bringe vorher die Kinder zur Schule}}
Mette Holm 06:42
ok, dann nimmt Jonas die Frühschicht

=== hand-exit de
Austrittsgespräch – Standort Göteborg
Mitarbeiterin: Sabine Krüger
{{⟦health|Frau Krüger kündigt, weil ihre Long-Covid-Erkrankung die Vollzeit nicht mehr zulässt⟧. ⟦trade_union|Als Vertrauensfrau von ver.di bei uns hat sie ihre Nachfolgerin schon eingearbeitet⟧.||Frau Krüger kündigt, weil ihr Partner eine Stelle in Hamburg bekommen hat. Als Ersthelferin bei uns hat sie ihre Nachfolgerin schon eingearbeitet.}}

=== hand-review de
Mitarbeitergespräch (Malmö, deutschsprachiges Team)
Mitarbeiter: Felix Wagner
Felix möchte mehr Verantwortung im Projekt und eine Schulung in SAP. Er fragt, ob die Firma Mitglieder von IG Metall anders behandelt; ich habe erklärt, dass das keine Rolle spielt.

=== hand-whistle de
Hinweisgebermeldung – Werk Karlshamn
Betroffen: Schichtführer Uwe Hartmann
{{⟦criminal_records|Laut Meldung ist Herr Hartmann wegen Trunkenheit am Steuer verurteilt und fährt trotzdem den Gabelstapler⟧.||Laut Meldung hat Herr Hartmann den Gabelstapler ohne Schulung gefahren und die Sicherheitsweste vergessen.}}

=== hand-chat pl
Messenger – Ekipa Aarhus
Marek Nowak: kto jutro na budowę o 6?
Piotr Zieliński: {{⟦health|ja nie, mam wizytę u kardiologa bo biorę leki na arytmię⟧||ja nie, mam wizytę w urzędzie bo odbieram dowód}}
Marek Nowak: ok, to Kuba pojedzie

=== hand-jobcenter pl
Notatka z rozmowy – Jobcenter Vejle (tłumaczenie dla klienta)
Klient: Agnieszka Wójcik
{{⟦trade_union|Pani Wójcik jest członkinią 3F i związek pomaga jej w sprawie zaległej wypłaty⟧.||Pani Wójcik jest zapisana na kurs duńskiego i szkoła pomaga jej w sprawie planu zajęć.}}

=== hand-service pl
Czat z obsługą klienta – bank w Sztokholmie
Klient: Tomasz Lis
Konsultant: {{⟦biometric|Pana odcisk głosu został zapisany i od teraz będzie Pan weryfikowany głosem⟧.||Pana nowy numer telefonu został zapisany i od teraz będzie Pan weryfikowany kodem SMS.}}

=== hand-social pl
Facebook · Joanna Kowalczyk
Polska parafia w Kopenhadze zaprasza na opłatek 20 grudnia. Wszyscy są mile widziani, także osoby niewierzące. Kolędy, pierogi i kawa.
"""
