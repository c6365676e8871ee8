"""Hand-written English documents of the v17 categories hold-out (markup: ``cats17_markup.py``; rules:
``cats17_build.py``): English text in Nordic offices (group mail, research, HR, insurers, legal)."""

BANK = """
=== hand-referral en
Letter, Rigshospitalet to Karolinska, Huddinge
Re: Jakob Thorsen, 44, Danish citizen working in Stockholm. {{⟦health|He has end-stage kidney failure and is on the transplant list in Denmark.⟧||He has moved to Stockholm and asks for his records to be sent to his new GP.}}

=== hand-sickleave en
Return-to-work notes, Copenhagen office
{{⟦health|Priya Raman is back after surgery for endometriosis and will work from home two days a week until March.⟧||Priya Raman is back from parental leave and will work from home two days a week until March.}}

=== hand-tribunal en
Employment tribunal summary (Malmö subsidiary)
{{⟦trade_union|The claimant, Oskar Lindfors, a Unionen shop steward, says he was dismissed for organising the warehouse.⟧||The claimant, Oskar Lindfors, a warehouse supervisor, says he was dismissed without the notice in his contract.}}

=== hand-lawyer en
Dear Ms Halvorsen,
{{⟦criminal_records|Your husband's conviction for tax fraud in Oslo will appear on the Swedish residence application, so we should explain it in the cover letter.⟧||Your husband's tax return from Oslo will be needed for the Swedish residence application, so please send it.}}
Kind regards, Elisabeth Moe, Wikborg Rein

=== hand-research en
Participant log, Nordic sleep study (confidential)
{{⟦health|P-Lund-04: Cecilia Roos, narcolepsy type 1, cataplexy weekly, on sodium oxybate.⟧||P-Lund-04: Cecilia Roos, rescheduled to the Tuesday night.}}

=== hand-ethics en
Ethics application, summary
We will interview 30 HIV-positive men who have sex with men in Copenhagen and Malmö about PrEP. Recruitment starts after approval; no participant has been contacted.

=== hand-news en
The Local Sweden
{{⟦political_opinion|Green Party councillor Nils Wahlberg has resigned from the Uppsala transport committee.⟧||Councillor Nils Wahlberg has resigned from the Uppsala transport committee to take a job in Brussels.}}

=== hand-obituary en
Obituary
Professor Anders Rehn, a founder of our cardiology department, died last week after a short illness. {{⟦religion|His daughter Hanna, now a Lutheran priest in Lund, will lead the memorial service.⟧||His daughter Hanna, now a surgeon in Lund, will speak at the memorial service.}}

=== hand-social en
LinkedIn post by Tariq Aziz
{{⟦ethnic_origin|As a Kurdish refugee who came to Sweden at nine, I never thought I would lead this company.⟧||As someone who came to Sweden at nine to study, I never thought I would lead this company.}}

=== hand-social en
Reddit comment, r/copenhagen
Any good clinics for trans people in Copenhagen? Asking for a school project, not for myself.

=== hand-bizmail en
Hi team,
{{⟦sexual_orientation|Magnus will bring his husband Theo to the Christmas party, so please add one more to the list.⟧||Magnus will bring his colleague Theo to the Christmas party, so please add one more to the list.}}
Thanks, Rebecca

=== hand-hrfile en
Access system update
{{⟦biometric|Henrik Nyberg's iris template has been enrolled for the lab door and his fingerprint for the safe.⟧||Henrik Nyberg's badge has been renewed for the lab door and his PIN reset for the safe.}}

=== hand-insurance en
Claim note, travel insurance
{{⟦genetic|The insured, Laura Kivelä, had the Factor V Leiden mutation confirmed by genetic test before the flight.⟧||The insured, Laura Kivelä, missed the connecting flight in Frankfurt after a delay of two hours.}}

=== hand-court en
Court summary, Helsingborg District Court (translation)
{{⟦criminal_records|Emil Dahl was sentenced to probation for unlawful threats against his neighbour.⟧||The case between Emil Dahl and his neighbour about the hedge was settled out of court.}}

=== hand-crossborder en
Email to Swedish HR from the Danish branch
{{⟦religion|Our new Swedish colleague, Elias Björk, is a practising Catholic and asks not to work on Christmas Day.⟧||Our new Swedish colleague, Elias Björk, asks not to work on Christmas Day because his family is visiting.}}

=== hand-policy en
Group policy: diversity and inclusion
We do not ask employees about religion, ethnicity or sexual orientation. Union representatives have paid time for their duties. Health data are processed only by occupational health.

=== hand-stat en
Nordic Council factsheet: 1 in 5 adults in the Nordic countries reports a long-term illness, and union density remains above 60 % in Sweden and Denmark.

=== hand-hrfile en
Case note, occupational health
⟦health+biometric|The palm-vein scanner can no longer read Kai Jensen's enrolled hand after his burn injury, so he uses a PIN.⟧
"""
