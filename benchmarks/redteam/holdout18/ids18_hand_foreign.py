"""Hand-written v18 documents: English, German and Polish text written in Danish and Swedish workplaces."""

BANK = """
=== foreign en
EMPLOYMENT CONTRACT

This contract is made between Lindholm IT-Drift A/S, CVR no. ⟨cvr⟩, Copenhagen (the "Employer") and

Name: Daniel O'Connor
Danish CPR no.: ⟦cpr⟧
Address: ⟨dastreet⟩, ⟨dacity⟩

1. Commencement: 1 May 2026. The Salaried Employees Act (funktionærloven) applies.
2. Position: Senior Backend Developer.
3. Salary: DKK ⟨amount⟩ per month, paid on the last banking day of the month.
4. Pension: 8 % employer / 4 % employee contribution to PFA (policy no. ⟨n8⟩).
5. Notice: in accordance with the Salaried Employees Act.

Signed in Copenhagen, ⟨date⟩

=== foreign en
Relocation checklist - Malmö office (for HR, do not send to the candidate)

Candidate: Laura Fischer (German citizen)
[x] Job offer signed
[x] Applied for Swedish personnummer at Skatteverket - received: ⟦pnr:ld⟧
[ ] Bank account (SEB) - needs the personnummer above
[ ] BankID
[x] Temporary housing, contract ref. ⟨n6⟩
Note: before the personnummer came through she had a coordination number ⟦pnr:co,ld⟧, which must now be closed in the payroll system.

=== foreign de
Arbeitsvertrag (Übersetzung, nicht bindend)

Zwischen der Kattegat Logistik A/S (CVR-Nr. ⟨cvr⟩), Aarhus, und
Herrn Thomas Becker, dänische Personennummer (CPR) ⟦cpr:dot⟧, wohnhaft ⟨dastreet⟩, ⟨dacity⟩,
wird folgender Vertrag geschlossen:
§ 1 Beginn: 01.06.2026, Probezeit 3 Monate.
§ 2 Tätigkeit: Disponent, Abteilung Export.
§ 3 Vergütung: DKK ⟨amount⟩ brutto monatlich.
§ 4 Urlaub: 25 Tage nach dem dänischen Ferienlov.
Rückfragen: Personalabteilung, Tel. ⟨dkph⟩

=== foreign de
Re: Lohnabrechnung Februar - Fehler?

Hallo Frau Brandt,

vielen Dank für die schnelle Antwort. Meine schwedische Personennummer lautet ⟦pnr:ld#a⟧, nicht ⟨badpnr⟩ wie in der Abrechnung. Bitte korrigieren Sie das auch bei Skatteverket.

Mit freundlichen Grüßen
Julia Hoffmann
Tel. ⟨seph⟩

> Sehr geehrte Frau Hoffmann, bitte senden Sie uns Ihre Personennummer, damit wir die Abrechnung prüfen können.

=== foreign pl
Umowa o pracę - tłumaczenie robocze (Søndergaard VVS I/S)

Pracodawca: Søndergaard VVS I/S, CVR ⟨cvr⟩
Pracownik: Krzysztof Kozłowski
Duński numer CPR: ⟦cpr:nm⟧ (nadany w 2025 r., bez kontroli modulo 11)
Adres w Danii: ⟨dastreet⟩, ⟨dacity⟩
Stanowisko: monter instalacji
Wynagrodzenie: ⟨n3⟩,00 DKK za godzinę
Numer telefonu: ⟨dkph⟩
Numer PESEL nie jest potrzebny w Danii.

=== foreign pl
Lista pracowników delegowanych - budowa Malmö, marzec 2026

Imię i nazwisko          Szwedzki numer (samordningsnummer)   Telefon
Tomasz Wójcik            ⟦pnr:co⟧                      ⟨seph⟩
Paweł Szymański          ⟦pnr:co⟧                      ⟨seph⟩
Grzegorz Piotrowski      ⟦pnr:co⟧                      ⟨seph⟩
Michał Mazur             ⟦pnr:co⟧                      ⟨seph⟩
Anna Jankowska           ⟦pnr:co⟧                      ⟨seph⟩
Kierownik budowy: Marek Lewandowski, tel. ⟨seph⟩
Numer zamówienia: ⟨luhn10d⟩

=== foreign en
Minutes - works council (SU) meeting, 12 March 2026 (written in English for our non-Danish members)

Present: 7 members. Absent: Rajesh Iyer.
1. Sick leave statistics Q4: down 0,4 percentage points.
2. A payroll list with CPR numbers was left at the printer. HR apologised. The list has been shredded; the one CPR quoted in the incident report is ⟦cpr#a⟧ (the employee has consented to it being mentioned here).
3. Canteen prices unchanged.
Next meeting 9 April. Minutes by Chloe Martin.

=== foreign en
Reference letter

To whom it may concern,

Ms Magdalena Zielińska (Swedish personal identity number ⟦pnr:ld⟧) has been employed by Öresund Logistik AB as a warehouse team leader from 2019 to 2026. She has been reliable, punctual and well liked by colleagues.

Yours faithfully,
Håkan Nordin
Site Manager, Öresund Logistik AB, org. no. ⟨seorg⟩
Phone ⟨seph⟩

=== foreign de
Anmeldung zur Betriebsrente - Formular (ausgefüllt)

Name, Vorname: Krüger, Stefan
Geburtsdatum: ⟨born#a⟩
Dänische CPR-Nummer: ⟦cpr:n#a⟧
Deutsche Sozialversicherungsnummer: 65 ⟨n6⟩ K ⟨n3⟩
Arbeitgeber: Lindholm IT-Drift A/S
Eintritt: 01.02.2024
Unterschrift: S. Krüger

=== foreign en
Expense claim - travel to Stockholm

Employee: Emily Watson
Employee no.: ⟨n5⟩
Danish CPR (for tax-free allowances): ⟦cpr⟧
Trip: 3-5 March 2026, client workshop
Flights ⟨amount⟩, hotel ⟨amount⟩, per diem ⟨amount⟩
Approved by: Rasmus Holm, ⟨date⟩
Cost centre ⟨n4⟩, project ⟨cprlike⟩

=== foreign pl
Wniosek o urlop - Öresund Logistik AB

Imię i nazwisko: Joanna Dąbrowska
Personnummer: ⟦pnr:s⟧
Okres urlopu: 2026-07-06 - 2026-07-24 (3 tygodnie)
Zastępstwo: Ewelina Krawczyk
Podpis przełożonego: ______

=== foreign en
Slack export - #hr-helpdesk (2026-02-18)

[09:12] emily.watson: hi, what's the format for the personnummer on the pension form? 10 or 12 digits?
[09:14] hr.annika: 12 digits with a dash, e.g. yours would be ⟦pnr:ld#a⟧
[09:14] hr.annika: oops, sorry for posting it here - deleting now
[09:15] emily.watson: no worries :) the short one ⟦pnr#a⟧ is also on my ID card
[09:20] hr.annika: message deleted by admin

=== foreign de
Vollmacht

Hiermit bevollmächtige ich, Sophie Brandt, schwedische Personnummer ⟦pnr:ls⟧, Frau Hedvig Lundström, Personnummer ⟦pnr:ls⟧, mich gegenüber der Försäkringskassan in allen Angelegenheiten zu vertreten.
Malmö, ⟨date⟩
Unterschrift ______

=== foreign en
Payslip - March 2026

Employer: Öresund Logistik AB (556-org. no. ⟨seorg⟩)
Employee: Carlos Mendes      Pers. no. ⟦pnr:co,sd⟧
Tax table 32, column 1
Monthly salary           ⟨amount⟩
Overtime 8 h             ⟨amount⟩
Preliminary tax         -⟨amount⟩
Net pay                  ⟨amount⟩
Paid to account ⟨clkto⟩ on 25 March.

=== foreign en
Tenancy agreement (English version) - room in shared flat, Aarhus

Landlord: Jesper Friis, CPR ⟦cpr:en⟧
Tenant: Rajesh Iyer, CPR ⟦cpr:en⟧
Rent: DKK ⟨amount⟩ per month incl. heating; deposit 3 months.
Start: 1 April 2026. The Danish Rent Act (lejeloven) applies.
Landlord's phone ⟨dkph⟩; tenant's phone ⟨dkph⟩.

=== foreign pl
Zaświadczenie o zatrudnieniu (dla urzędu w Polsce)

Niniejszym zaświadczamy, że Pan Marek Lewandowski, duński numer CPR ⟦cpr:sl⟧, jest zatrudniony w firmie Fjordbyg ApS (CVR ⟨cvr⟩) od 01.03.2022 na pełny etat.
Wynagrodzenie brutto: ⟨amount⟩ DKK miesięcznie.
Kolding, ⟨date⟩

=== foreign de
Teilnehmerliste Erste-Hilfe-Kurs (Werk Malmö)

Nr.  Name                 Personnummer       Abteilung
1    Markus Weber         ⟦pnr:ld⟧     Technik
2    Julia Hoffmann       ⟦pnr:ld⟧     Einkauf
3    Thomas Becker        ⟦pnr:ld,co⟧     Technik
4    Stefan Krüger        ⟦pnr:ld⟧     Lager
Kursleiter: Röda Korset, Tel. ⟨seph⟩

=== foreign en
Re: Norwegian colleague joining the Copenhagen team

> Does Sindre need a Danish CPR before he starts?

Yes. Until then we pay him via the Norwegian entity using his fødselsnummer ⟦fnr⟧. His Danish CPR is expected within 3 weeks. His Finnish wife Heidi will keep her henkilötunnus ⟦hetu⟧ for the Finnish pension.

Best,
Global Mobility
"""
