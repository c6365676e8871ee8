"""Hand-written English documents of the v16 categories hold-out (markup: ``cats16_markup.py``): the English
that Danish and Swedish firms' systems hold (an expat's helpdesk ticket, a Slack channel, a CV, an airline form)."""

BANK = """
=== hand-helpdesk en
Ticket 7731 – Facilities, Copenhagen office
Requester: Priya Raman
{{⟦health|I use a wheelchair since my spinal injury, and the new turnstile at gate B is too narrow for me⟧.||The new turnstile at gate B keeps rejecting my visitor's day pass.}} Please advise.

=== hand-chat en
[Slack #stockholm-office]
Tom Becker: anyone up for after-work beers friday?
Nadia Rahimi: {{⟦religion|count me out, I'm fasting for Ramadan until the 30th, but save me a seat for Eid dinner⟧||count me out, I'm flying to Berlin friday, next time!}}

=== hand-recruit en
Interview notes – Senior developer
Candidate: Owen Gallagher
Strong on Kotlin. {{⟦criminal_records|He disclosed a 2019 conviction for possession, which will show on the police certificate⟧.||He disclosed a three-month notice period with his current employer.}}

=== hand-hr en
HR system, comment field (employee: Lucas Moreau)
{{⟦trade_union|Lucas asked that his Unionen membership fee be deducted from salary from May⟧.||Lucas asked that his pension contribution be raised from May.}}

=== hand-travel en
Booking AX9902 – special assistance request
Passenger: Margaret Ellis
{{⟦health|I am deaf and need announcements at the gate shown in writing⟧.||I would like a window seat and a vegetarian meal.}}

=== hand-forum en
Expats in Aarhus – Facebook group
Post by Daniel Okafor: {{⟦sexual_orientation|My husband Chris and I just moved here, any LGBT-friendly running clubs?⟧||My colleague and I just moved here, any beginner-friendly running clubs?}}

=== hand-crm en
CRM note – Contact: Ingrid Solberg, procurement, Nordic Pulp AS
{{⟦political_opinion|Ingrid mentioned she is running for the Green Party in the Oslo city council election⟧, so she will be slow to reply in August.||Ingrid mentioned she is moving to the Oslo office, so she will be slow to reply in August.}}

=== hand-insurer en
Claim note – travel insurance – Insured: Kevin Walsh
{{⟦genetic|Insured states he carries the HFE C282Y variant for haemochromatosis on both alleles, and asks whether pre-existing condition rules apply⟧.||Insured asks whether his cancelled flight is covered under delays.}}

=== hand-intranet en
Intranet – New starter
Please welcome Aiyana Running Bear to the Malmö team. {{⟦ethnic_origin|Aiyana is Lakota from South Dakota and will run a talk on Indigenous design in March⟧.||Aiyana has worked in Chicago and will run a talk on service design in March.}}

=== hand-helpdesk en
Ticket 7804 – Access control
Requester: Stefan Novak
{{⟦biometric|My iris scan at the data-centre door fails since my eye surgery, please re-enrol my iris template⟧.||My badge at the data-centre door fails since the weekend, please re-issue it.}}

=== hand-pharmacy en
Pharmacy note: Customer Rachel Green collected her first pen of Ozempic. ⟦health|She was advised about nausea and asked for a follow-up on her type 2 diabetes⟧.

=== hand-news en
Copenhagen Post: Mayor Karen Lindholt opened the new metro station on Saturday. ⟦political_opinion|She was elected for the Social Democrats in 2021⟧.

=== hand-news en
Report: One in five Nordic employees has been on sick leave for stress in the past year, according to a survey of 4,000 workers. Women reported it more often than men.

=== hand-policy en
Code of conduct: We do not ask applicants about religion, health, union membership or sexual orientation. Reasonable adjustments are offered to anyone who asks.

=== hand-policy en
Our data-centre uses iris recognition at the inner door. Enrolment is voluntary; badge access is available for anyone who prefers it.

=== hand-newsletter en
Nordic Dev Meetup newsletter: Next meetup is on 12 March at the Stockholm office. Pizza will be served, with halal, vegan and gluten-free options.

=== hand-mail en
Hi all, Mark is out today because his flight from London was cancelled. He will join the call from the hotel. Best, Jenny

=== hand-forum en
Thread: Does anyone know if union membership is common in Danish IT firms? Asking before I accept an offer in Aarhus.

=== hand-recruit en
Job ad: Support engineer, Gothenburg. We welcome applicants of every background, faith and orientation. Union agreement (Unionen) in place.

=== hand-hr en
HR comment (employee: Grace Mensah)
⟦health|Grace is on phased return after breast cancer surgery, 50 % until June⟧. ⟦religion|She asked for Sunday mornings off for church⟧.

=== hand-recruit en
Background check summary – Candidate: Paul Kowalski
⟦criminal_records|Police certificate shows a 2018 fine for assault⟧. ⟦trade_union|Candidate asked that his IF Metall membership be transferred from his current employer⟧. Recommendation: proceed.
"""
