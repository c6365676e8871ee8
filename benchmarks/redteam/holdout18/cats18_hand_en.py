"""Hand-written English, German and Polish documents of the v18 categories hold-out: text written in Danish and
Swedish workplaces by staff from abroad (markup in ``cats18_markup.py``, rules in ``cats18_build.py``)."""

BANK = """
=== hand-thread en
Re: Friday deploy
Fine by me, I'll cover. /Anders

> On 3 Feb 2026, Priya Raman wrote:
> Hi Anders, {{⟦health|I have my chemotherapy session on Friday morning and won't be online until Monday.⟧||I have my citizenship interview on Friday morning and won't be online until Monday.}}

=== hand-autoreply en
Automatic reply: Thank you for your e-mail. {{⟦health|I am on sick leave following a stroke and expect to return in August.⟧||I am on a sailing holiday and expect to return in August.}} For urgent matters, contact the Aarhus office.
Best regards, Daniel Hughes

=== hand-calendar en
Shared calendar, Tom Brennan (Malmö office)
Fri 09:00 Sprint review
Fri 12:15 {{⟦religion|Jumu'ah prayer at the Malmö mosque, back 13:45⟧||Lunch with the Lund team, back 13:45}}
Fri 15:00 1:1 with Karin

=== hand-cv en
CURRICULUM VITAE, Olivia Grant
Software engineer, Copenhagen, since 2019.
Volunteering: {{⟦sexual_orientation|Board member of Copenhagen Pride and co-founder of a network for gay and lesbian engineers, as an openly lesbian woman in tech.⟧||Board member of Copenhagen Marathon and co-founder of a network for women engineers.}}

=== hand-reference en
Reference, Marco Ferri
Marco worked in our Gothenburg warehouse 2020-2024. {{⟦criminal_records|He left after he was convicted of theft from the warehouse by the Gothenburg district court.⟧||He left to start his own delivery company in Borås.}}
Signed, Helen Price, site manager

=== hand-decision en
Decision letter (English translation), Aalborg Municipality
To: Nyaluak Gatluak. {{⟦ethnic_origin+health|Because you belong to the Nuer people and have post-traumatic stress disorder after the war in South Sudan, you are offered a Nuer interpreter and a trauma psychologist through the integration programme.⟧||Because you have moved to a new address in Aalborg, your integration programme continues at the Vestbyen job centre.}}

=== hand-payslip en
Payslip March 2026, Kevin O'Neill, employee 2201
Gross pay DKK 41,500
{{⟦trade_union|Deduction: union dues, Danish Metalworkers' Union 540.00⟧||Deduction: staff canteen 220.00}}
Net pay DKK 27,310

=== hand-members en
Stockholm International Church, welcome list for new members, January:
{{⟦religion|Baptised and received as members: Samuel Adeyemi and Rachel Kim.⟧||Volunteers for the coffee rota: Samuel Adeyemi and Rachel Kim.}}

=== hand-thread en
Re: panel for the conference
> Sophie Turner wrote: {{⟦political_opinion|I'm a Green Party member and canvassed for them in the last UK election, so maybe not me for the climate panel.⟧||I chaired the climate panel last year, so maybe someone else this time.}}
OK Sophie, I'll ask Jonas.

=== hand-biometric en
Hi Ahmed, {{⟦biometric|your iris scan is now enrolled at the lab door, so it will open when the scanner recognises you.⟧||your badge is now enrolled at the lab door, so it will open when you tap it.}} IT Service Desk

=== hand-genetic en
Note to file, HR (confidential), Lucy Walsh
{{⟦genetic|Lucy has told us she carries the gene for Huntington's disease and has asked for flexible hours ahead of a future diagnosis.⟧||Lucy has told us she is moving to Roskilde and has asked for flexible hours ahead of the move.}}

=== hand-pharmacy en
Order confirmation, online pharmacy
Customer: James Carter, delivery to the office reception
{{⟦health|1 x Truvada (PrEP) 30 tablets, repeat prescription⟧||1 x Vitamin D 100 tablets}}

=== hand-policy en
Our approach to diversity: we do not record employees' religion, ethnic origin or sexual orientation. Staff networks for LGBT+ colleagues and for parents are open to everybody and keep no membership lists.

=== hand-stats en
Staff survey 2025 (Nordic offices): 11 % reported a long-term illness and 23 % were members of a trade union. Results are shown only for groups of ten or more.

=== hand-topic en
Travelling to Saudi Arabia for work: check whether your medication is allowed, and note that alcohol is prohibited. The travel team can book halal or vegetarian meals on request.

=== hand-autoreply de
Abwesenheitsnotiz: {{⟦health|Ich bin nach einem Bandscheibenvorfall bis zum 20. Mai krankgeschrieben.⟧||Ich bin bis zum 20. Mai im Urlaub.}} In dringenden Fällen wenden Sie sich an das Büro in Flensburg.
Mit freundlichen Grüßen, Katrin Vogel

=== hand-certificate de
Personalakte, Fahrer Jens Albrecht, Niederlassung Padborg
{{⟦criminal_records|Das Führungszeugnis enthält eine Verurteilung wegen Betrugs zu einer Bewährungsstrafe aus dem Jahr 2023.⟧||Das Führungszeugnis enthält keine Eintragungen.}}
Geprüft am 4. März.

=== hand-leave de
Urlaubsantrag, Lena Schubert
{{⟦religion|Ich bitte um zwei freie Tage zu Jom Kippur, da ich als Jüdin an dem Tag faste und in die Synagoge gehe.⟧||Ich bitte um zwei freie Tage, da ich an dem Tag umziehe und den Umzugswagen abholen muss.}}

=== hand-policy de
Betriebsvereinbarung: Krankmeldungen erfolgen am ersten Tag telefonisch. Die Diagnose wird nicht erfragt. Der Betriebsrat wird über Gespräche zur Wiedereingliederung informiert.

=== hand-autoreply pl
Odpowiedź automatyczna: {{⟦health|Jestem na zwolnieniu lekarskim po operacji przepukliny do 15 maja.⟧||Jestem na urlopie do 15 maja.}} W pilnych sprawach proszę dzwonić do biura w Kolding.
Pozdrawiam, Tomasz Nowak

=== hand-thread pl
Cześć Lars, {{⟦religion|w niedzielę idę na mszę do kościoła św. Anny, więc nie mogę pracować rano.⟧||w niedzielę są urodziny mojej córki, więc nie mogę pracować rano.}}
Marek Wiśniewski

=== hand-leave pl
Wiadomość do kierownika zmiany
{{⟦trade_union|Piotr Zieliński zapisał się do 3F i chce, żeby przedstawiciel związku był na spotkaniu w piątek.⟧||Piotr Zieliński prosi, żeby kolega z brygady był na spotkaniu w piątek.}}

=== hand-policy pl
Informacja dla pracowników: zwolnienie lekarskie trzeba zgłosić do godziny dziewiątej. Pracodawca nie pyta o diagnozę. Pokój cichy na drugim piętrze jest otwarty dla wszystkich.
"""
