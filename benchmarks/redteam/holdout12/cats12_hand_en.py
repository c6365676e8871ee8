"""Hand-written English documents of the v12 categories hold-out, as written in Danish and Swedish firms with English
as the working language (markup: ``cats12_markup.py``)."""

BANK = """
=== hand-slack en
#ops-copenhagen
{{⟦health|Heads up: Freya Lindqvist is on sick leave after her surgery for endometriosis, back around the 20th.⟧||Heads up: Freya Lindqvist is at a customer workshop in Oslo, back around the 20th.}} Please route her tickets to Jakob.

=== hand-onboarding en
Onboarding note for Ravi Subramanian, Malmö office
{{⟦religion|Ravi observes Diwali and has asked for two days off in early November; he is a practising Hindu and keeps a vegetarian diet.⟧||Ravi has asked for two days off in early November for his brother's wedding in Chennai.}} His laptop arrives Monday.

=== hand-reference en
Reference check, candidate Tomasz Wiśniewski
{{⟦criminal_records|He told us himself that he was convicted of tax fraud in Poland in 2019 and served eight months.⟧||He told us himself that he left the company in Poland in 2019 to care for his father.}} Otherwise very positive.

=== hand-visitor en
Visitor registration, Novo Nordisk Bagsværd
{{⟦biometric|Visitor Helen O'Connor enrolled her fingerprint at the gate for access to the lab building during her six-week stay.⟧||Visitor Helen O'Connor received a temporary badge at the gate for access to the lab building during her six-week stay.}}

=== hand-pride en
Company newsletter, people spotlight
{{⟦sexual_orientation|Meet Daniel Ortega from Finance, who met his husband Lukas in the Aarhus choir.⟧||Meet Daniel Ortega from Finance, who met his business partner Lukas in the Aarhus choir.}} Daniel has been with us for six years.

=== hand-unionen en
From the Lund office Q&A
{{⟦trade_union|Sofia Ahmed: As a member of Unionen I wanted to know whether the new bonus scheme was negotiated with the union.⟧||Sofia Ahmed: As a new manager I wanted to know whether the new bonus scheme also covers interns.}} HR will reply by Friday.

=== hand-policyen en
Employee privacy notice
We process health data only when you report sick or request workplace adjustments. Trade union membership is processed if you ask us to deduct dues. Data is deleted two years after you leave.

=== hand-fineden en
Danish authorities fined Nordlys Shipping A/S DKK 2 million for breaching sanctions. CEO Mark Sørensen said the company accepted the fine and had changed its procedures.

=== hand-novel en
Book club, Copenhagen expat group: this month we read "The Quiet Ward", a novel about a nurse with bipolar disorder who is arrested for stealing morphine. Next meeting Thursday at Emily's place.

=== hand-candidate en
Team channel: ⟦political_opinion|Congrats to Jonas Bergkvist from Sales, who was elected to Gothenburg city council for the Liberals on Sunday!⟧ Cake in the kitchen at 3.
"""
