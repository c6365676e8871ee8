"""Hand-written English documents of the v15 categories hold-out (markup: ``cats15_markup.py``): letters and notes
of Nordic public bodies, insurers and employers written in English for staff or residents who read English."""

BANK = """
=== hand-en en
Aarhus Municipality – Family Section
Case note, English-speaking family
{{⟦health|Mother (Rachel Moore) says her son Ethan has cerebral palsy and needs a wheelchair-accessible school bus⟧.||Mother (Rachel Moore) says her son Ethan is moving school and needs a new bus card.}}

=== hand-en en
Dear David Okafor
{{⟦trade_union|As your union representative at Unionen, I will join the meeting with HR on Friday⟧.||As your buddy in the onboarding programme, I will join the meeting with HR on Friday.}}
Best, Linda

=== hand-en en
Leave request – approved
Employee: Samuel Levy
{{⟦religion|Leave on 23 and 24 September for Yom Kippur at the synagogue is approved⟧.||Leave on 23 and 24 September for a family wedding in Leeds is approved.}}

=== hand-en en
Background check result, Copenhagen Airport security
{{⟦criminal_records|The record extract for Mark Ellison shows a 2021 conviction for smuggling⟧, so the pass cannot be issued.||The record extract for Mark Ellison is clean, so the pass can be issued.}}

=== hand-en en
Staff newsletter, Lund University
{{⟦political_opinion|Our colleague Priya Nair has been elected to the city council for the Green Party⟧. Congratulations!||Our colleague Priya Nair has been elected chair of the faculty choir. Congratulations!}}

=== hand-en en
Interpreter booking, Stockholm Social Services
⟦ethnic_origin|The client, Ahmed Barzani, says he is Kurdish⟧ and asks for a Sorani interpreter, not Arabic.

=== hand-en en
Parental leave form
Name: Thomas Reid
⟦sexual_orientation|My husband, Lukas, and I are adopting a child in March, and I am the primary carer⟧.

=== hand-en en
Onboarding checklist – lab access, Novo site
Name: Grace Kim
⟦biometric|Iris scan enrolled for clean room B: yes⟧
Badge: issued

=== hand-en en
Genetics clinic, Rigshospitalet
Dear Olivia Hart
⟦genetic|Your test shows you carry one copy of the cystic fibrosis variant F508del⟧. You are a carrier and are not ill.

=== hand-en en
GP letter
Dear Mr Callum Fraser
⟦health|Your blood tests confirm type 2 diabetes⟧, and we would like you to see the practice nurse next week.

=== hand-en en
Slack, #ops
Jenny Walsh: ⟦health|back tomorrow, my migraine meds finally kicked in⟧
Tom Burke: 👍 take care

=== hand-en en
Insurance claim note
Claimant: Harriet Bloom
⟦health|The claimant broke her wrist on the ice and cannot work for six weeks⟧. Payment approved.

=== hand-en en
Sick leave policy (English version)
Report sickness to your manager before 8 am. From day 15 a doctor's note is required. Managers must not ask about the diagnosis.

=== hand-en en
Housing association notice
The common room can be booked for birthdays, christenings, Eid and Christmas parties. Please clean up afterwards.

=== hand-en en
Police press release
A 40-year-old man was arrested yesterday after a burglary in Frederiksberg. Police are looking for witnesses.

=== hand-en en
Job ad: union organiser, 3F International
We are looking for an organiser who speaks English and Polish and knows the construction industry.

=== hand-en en
Dear residents, someone has painted party slogans in the bike shed. We do not know who did it. The wall has been cleaned.

=== hand-en en
Statistics: sickness absence in elder care, Q3
Absence was 7.9 %. Musculoskeletal problems and stress are the main reasons. Figures are not broken down by person.

=== hand-en en
Hi Sophie, the staff meeting at the heart clinic has moved from Monday to Tuesday at 2 pm because the consultant is on a course. Regards, Karen, secretary

=== hand-en en
Guidance for interviewers
Do not ask candidates about pregnancy, union membership, religion or health. Ask about experience instead.

=== hand-en en
HR case note, Malmö office
⟦trade_union|Our safety representative for Unionen, Chris Moran, has asked to be present⟧. ⟦health|Chris has been on sick leave with burnout since March⟧, and the meeting is about a gradual return.

=== hand-en en
Probation report (translated for the court interpreter)
⟦criminal_records|Mr Dean Walker was convicted of fraud in 2023 and is under supervision⟧. ⟦health|He is being treated for a gambling addiction⟧.

=== hand-en en
Reference check
Ben Hughes worked with us for three years as a warehouse lead. He was reliable and has no disciplinary record.
"""
