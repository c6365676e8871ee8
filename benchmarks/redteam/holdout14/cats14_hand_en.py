"""Hand-written English documents of the v14 categories hold-out (markup: ``cats14_markup.py``)."""

BANK = """
=== hand-pair en
Hi Priya,
Quick heads-up for the rota: {{⟦health|Tom Baxter is off for the next month after his kidney transplant and will be working from home afterwards.⟧||Tom Baxter is off for the next month on paternity leave and will be working from home afterwards.}}
Thanks, Rachel (Copenhagen office)

=== hand-pair en
Minutes – works council, Malmö site, 5 June
Item 2: {{⟦trade_union|Omar Haddad has been elected as the Unionen club chair and will join the negotiations on the new shift pattern.⟧||Omar Haddad has been elected as the canteen committee chair and will join the discussions on the new menu.}}

=== hand-pair en
Customer chat transcript, SAS EuroBonus
Customer (Daniel Okafor): {{⟦religion|I need a kosher meal on flight SK 937 because I keep kosher strictly as an Orthodox Jew.⟧||I need a vegetarian meal on flight SK 937 because the last one I got had beef in it.}}
Agent: Noted on your booking.

=== hand-pair en
Reference letter
To whom it may concern,
{{⟦criminal_records|Sarah Whitfield worked for us for two years after completing her sentence for fraud, and she has been entirely reliable.⟧||Sarah Whitfield worked for us for two years after completing her degree in economics, and she has been entirely reliable.}}
Kind regards, Martin Lowe, Director

=== hand-pair en
Slack, #leadership
{{⟦political_opinion|FYI Ben Carter is standing as the Green Party candidate in the Hackney by-election, so he'll be taking unpaid leave in May.⟧||FYI Ben Carter is running the Hackney half-marathon for charity, so he'll be taking unpaid leave in May.}}

=== hand-pair en
Visitor log, Stockholm research campus
{{⟦biometric|Visitor Grace Liu: fingerprint enrolled for the clean-room door, template stored in the access system.⟧||Visitor Grace Liu: temporary badge issued for the clean-room door, returned at reception.}}

=== hand-pair en
HR case note – confidential
{{⟦sexual_orientation|Employee Liam Kelly reported that colleagues mocked him after he mentioned his husband at the team dinner.⟧||Employee Liam Kelly reported that colleagues mocked his accent after he spoke at the team dinner.}}

=== hand-pair en
Clinic letter to the GP
{{⟦genetic|Genetic testing confirms that Ms Hannah Price carries a pathogenic variant in the MLH1 gene.⟧||Ms Hannah Price attended the clinic today and her next appointment is in March.}}

=== hand-pair en
Onboarding form, Oslo–Copenhagen team
{{⟦ethnic_origin|Preferred name: Kai. Notes: I'm Māori and would like my name pronounced correctly, happy to help with it.⟧||Preferred name: Kai. Notes: I'm new to Copenhagen and would like help finding a bike.}}

=== hand-pair en
Hi Alex,
{{⟦health|I've just been diagnosed with ADHD and my psychiatrist suggested noise-cancelling headphones at work.⟧||I've just moved desks and my manager suggested noise-cancelling headphones at work.}} Could I expense a pair?
Jamie Cole

=== hand-pos en
Case handling note
⟦health|The claimant, Mr Peter Novak, states that he has been in recovery from heroin addiction for four years and takes methadone daily.⟧

=== hand-pos en
Email to the facilities team
Hi, I'm Aisha from finance. ⟦religion|As a practising Muslim I pray five times a day; is there a quiet room on the 3rd floor I could use?⟧

=== hand-neg en
Employee handbook, section 7: Union membership
Employees are free to join any trade union. The company does not record union membership and will never ask about it.

=== hand-neg en
Market report, Nordic pharma
Sales of diabetes medicines in Sweden grew 6 % in Q2, while demand for antidepressants was flat. Analysts expect the trend to continue.

=== hand-neg en
Hi all,
If anyone were ever to be arrested on a business trip, call the legal hotline first. This is general guidance and not about any incident.
Legal team

=== hand-neg en
Meeting minutes, diversity committee
We discussed how to support LGBT+ employees and staff of all faiths. No individual cases were raised. Next meeting: 4 September.
"""
