"""Hand-written English-language documents by Nordic firms mentioning CPR numbers and personnummer."""

BANK = r"""
=== hand-en en
Onboarding checklist – Copenhagen office

[x] Employment contract signed
[x] CPR number registered in payroll: [[cpr]]
[ ] NemKonto confirmed
[ ] Tax card (skattekort) received
Employee ID {{digits:6}}, cost centre {{digits:4}}.

=== hand-en en
Incident report INC-{{digits:7}}

Summary: a CSV export containing Danish CPR numbers was attached to a ticket in the public Jira project.
Affected records: 3. Example row (as found): "Morten Dall;[[cpr:plain]];Aarhus". The attachment has been
deleted and the ticket restricted. Reporter: security@nordlys-software.dk, phone {{tel:dk}}.

=== hand-en en
Relocation memo – Stockholm to Aarhus

Employee: Johanna Lind (Swedish personal identity number [[pnr:ld#j]])
New Danish CPR: [[cpr:as_j]] (issued by Borgerservice on arrival)
Please update both numbers in Workday. Position ID {{digits:8}}.

=== hand-en en
Dear customer,

Your parcel with tracking number {{dhl}} is on its way. For customs clearance in Norway we need the
recipient's birth number (fødselsnummer) – please do NOT reply with it by email; use the secure form.
Order reference: {{digits:10}}

DHL Express Nordic

=== hand-en en
Data Processing Agreement – Annex 2 (Categories of data)

The processor will process: name, address, e-mail, phone, Danish CPR numbers and Swedish personal identity
numbers of the controller's employees. Example formats: DDMMYY-XXXX (Denmark), YYYYMMDD-XXXX (Sweden).
No real numbers are included in this annex.

=== hand-en en
Support ticket #{{digits:6}}

Customer writes: "Hi, I can't log in to the portal. My personnummer is [[pnr:l]] and my customer number is
{{tenl}}. Please help!"
Agent note: identity verified by BankID, password reset sent.

=== hand-en en
Minutes – Nordic HR leads call

- Finland: new hires must give their personal identity code (henkilötunnus); test case in the demo system
  uses a made-up code, real one for Mikko Laine: [[hetu]].
- Norway: Ingrid Dahl's D-number [[fnr:dnr]] will be replaced by a fødselsnummer next month.
- Denmark: nothing new.

=== hand-en en
Expense claim rejected

Claimant: Niels Brandt (employee no. {{digits:5}})
Reason: receipt number {{ten}} already reimbursed on {{date:iso}}.
Bank account on file: {{iban:dk}}.

=== hand-en en
Background check consent

I, Emilia Svensson, Swedish personal ID no. [[pnr:ld]], consent to Nordic Screening AB (reg. no.
{{orgnr}}) obtaining an extract from the criminal records register for the purpose of employment.
Signed: {{date:iso}}

=== hand-en en
Release notes v4.12

- Fixed: CPR field now accepts numbers without modulus-11 check (issued since 2007).
- Fixed: Swedish coordination numbers (day + 60) were rejected.
- Changed: test fixtures use the clearly invalid number 010100-0000 instead of real-looking ones.
- Known issue: order IDs such as {{ten}} are sometimes shown in the CPR column.

=== hand-en en
Visa support letter

To whom it may concern,
We confirm that Mr Arjun Mehta, holder of Danish CPR no. [[cpr:space]], is employed by Fjordline Data
ApS (CVR {{cvr}}) as a senior engineer since {{date:iso}}. Monthly gross salary DKK {{amount}}.

=== hand-en en
Tenancy reference

Tenant: Sofie Winther, CPR [[cpr]], previously at Ryesgade 30, 2200 Copenhagen N.
Rent paid on time. Deposit refunded to account {{regkto}}.
Landlord's phone {{tel:dk}}.

=== hand-en en
Slack export (cleaned)

[09:14] peter.h: anyone know why payroll bounced for Kasper?
[09:16] anne.k: wrong CPR in the file, was [[cpr#k]] should've been checked against the contract
[09:16] anne.k: actually that one is right, the problem is the account number {{kto}}
[09:17] peter.h: ok thx

=== hand-en en
Patient transfer summary (English for the receiving hospital in Oslo)

Patient: Erik Solberg, Norwegian national, fødselsnummer [[fnr#e]]
Danish CPR (issued on arrival in 2024): [[cpr:nomod,as_e]]
Admitted {{date:iso}} for three days. Case ref. {{digits:10}}.

=== hand-en en
Investor onboarding form (Finland)

Full name: Aino Virtanen
Personal identity code: [[hetu]]
Business ID of company: {{digits:7}}-{{digits:1}}
IBAN: FI{{digits:2}} {{digits:4}} {{digits:4}} {{digits:4}} {{digits:2}}

=== hand-en en
Audit finding 7

Sample item 14 of the payroll test: employee record {{digits:6}} lists the Swedish personnummer as
[[pnr:s]] without the century; the HR system expects 12 digits. Finding closed after correction.

=== hand-en en
Customer letter (English version)

Dear Mr Holt,
Your loan application has been received. Applicant: Daniel Holt, personal number [[pnr:ld]]. Co-applicant:
none. Loan number {{tenl}} – please quote it in all correspondence, not your personal number.

=== hand-en en
Hotel registration card

Guest: Ville Koskinen   Nationality: FI
ID document: passport {{digits:9}}
Personal identity code (optional): [[hetu:a]]
Room 214, arrival {{date:iso}}.

=== hand-en en
Press release

Nordhavn Logistics A/S (CVR {{cvr}}) today announced record revenue of DKK {{amount}} million.
Investor relations: +45 {{digits:8}}. Registration number of the share issue: {{digits:10}}.

=== hand-en en
Pension transfer request

Member: Lars Øster, CPR [[cpr]]
Transfer from: PenSam policy {{digits:10}}
Transfer to: Danica, agreement no. {{ten}}
Amount: DKK {{amount}}
"""
