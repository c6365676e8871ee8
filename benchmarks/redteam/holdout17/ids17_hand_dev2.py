"""Hand-written v17 documents: source code, test fixtures, config, diffs, commits, CSV, sheets, wiki pages."""

BANK = r"""
=== hand-code en
# TODO(mads): remove before release - hardcoded for the demo with Hanne's real number
DEMO_USER = {"name": "Hanne Kjær", "cpr": "⟦cpr:d⟧"}
DEMO_ORDER = "⟨cprlike⟩"  # order id, not a CPR

=== hand-code en
// Kundens personnummer skickas till UC för kreditupplysning
const payload = { pnr: "⟦pnr:l⟧", amount: 150000, bg: "⟨bg⟩" };
await uc.request(payload);

=== hand-code en
public static final String TEST_PERSONNUMMER = "⟦pnr:ld⟧"; // Skatteverkets testperson? nej - riktig kund, byt!
public static final long BUILD_TIME = ⟨epochms⟩L;

=== hand-code en
if cpr == "⟦cpr:n⟧":  # special case: Poul Winther, double registration in 2019
    return merge_accounts(⟨n6⟩, ⟨n6⟩)

=== hand-test en
def test_parse_danish_id():
    assert parse_id("⟦cpr:d#a⟧").birth_date == date_of("⟦cpr:n#a⟧")

def test_rejects_impossible_date():
    with pytest.raises(ValueError):
        parse_id("⟨badcpr⟩")

=== hand-test en
describe("formatPersonnummer", () => {
  it("adds the century", () => {
    expect(formatPersonnummer("⟦pnr:sd#a⟧")).toBe("⟦pnr:ld#a⟧");
  });
  it("keeps the plus for centenarians", () => {
    expect(formatPersonnummer("⟦pnr:plus#b⟧")).toBe("⟦pnr:ld#b⟧");
  });
  it("rejects a bad check digit", () => {
    expect(() => formatPersonnummer("⟨badpnr⟩")).toThrow();
  });
});

=== hand-test en
# fixtures/persons.yaml
- name: Pekka Salo
  hetu: ⟦hetu:new⟧
- name: Elina Mäkelä
  hetu: ⟦hetu⟧
- name: Broken
  hetu: ⟨badhetu⟩   # wrong check character on purpose

=== hand-test en
@pytest.mark.parametrize("fnr,valid", [
    ("⟦fnr⟧", True),
    ("⟦fnr:d⟧", True),
    ("⟨badfnr⟩", False),
])
def test_fodselsnummer(fnr, valid):
    assert is_valid(fnr) is valid

=== hand-config en
# config/production.yaml
payroll:
  sender_cvr: "⟨cvr⟩"
  test_recipient_cpr: "⟦cpr:d⟧"   # Lars Mogensen (HR) agreed to receive test payslips
  retry_ms: 30000
  cron: "0 4 * * 1-5"

=== hand-config sv
[bankid]
endpoint = https://appapi2.test.bankid.com/rp/v6.0
test_personnummer = ⟦pnr:l⟧
; Malin har lånat ut sitt eget personnummer till testmiljön, ta bort efter releasen
org_nr = ⟨orgnr⟩

=== hand-config en
DB_URL=postgres://app:app@db:5432/app
SUPPORT_PHONE=⟨dkph⟩
ADMIN_CPR=⟦cpr:n⟧
CVR=⟨cvr⟩

=== hand-diff en
diff --git a/seed/customers.csv b/seed/customers.csv
index 3c9e1a2..b71f0d4 100644
--- a/seed/customers.csv
+++ b/seed/customers.csv
@@ -4,3 +4,3 @@ id;navn;cpr
 17;Ulla Sørensen;⟦cpr:d⟧
-18;Preben Lund;⟦cpr:d#a⟧
+18;Preben Lund;⟦cpr:n#a⟧
 19;Signe Møller;⟦cpr:d,kid⟧

=== hand-diff en
@@ -12,7 +12,7 @@ class KycTest {
-    private static final String PNR = "⟦pnr:l#a⟧";
+    private static final String PNR = System.getenv("KYC_TEST_PNR"); // was ⟦pnr:ld#a⟧, leaked
     private static final String ORDER = "⟨luhn12⟩";

=== hand-commit en
commit 4e1d9c07b2a85f3e6a1c0d9b7e2f4a6c8d0e1f23
Author: Rasmus Kjeldsen <rk@example.dk>
Date:   Tue Oct 14 09:12:44 2025 +0200

    Fix: CPR validation rejected ⟦cpr:d,kid⟧ (a child, no mod 11)

    Children born after 1 Oct 2007 can have CPRs without modulus 11. Ticket ⟨n6⟩.

=== hand-commit sv
Revert "Lägg till Stigs personnummer ⟦pnr:sd⟧ i seed-data"

This reverts commit 9a0e3f1c55d2b4a7e8f9c1d3b5a7e9f1c3d5b7a9.
Personuppgifter ska inte ligga i repot.

=== hand-commit en
Merge pull request #⟨n4⟩ from feature/samordningsnummer

Accept day+60 (samordningsnummer), e.g. ⟦pnr:ld,co⟧ from the Migrationsverket case

=== hand-csv da
"Navn";"CPR";"Adresse";"Bemærkning";"Opdateret af"
"Tove Lauridsen";"⟦cpr:d⟧";"Vestergade 12
2. th.
8000 Aarhus C";"Flyttet, ny adresse pr. 1/11";"mh"
"Bo Lauridsen";"⟦cpr:d⟧";"Vestergade 12
2. th.
8000 Aarhus C";"";"mh"

=== hand-csv sv
"personnummer","namn","kommentar"
"⟦pnr:ld⟧","Sara Berglund","Ringde från ⟨seph⟩, vill ha
ny faktura (fakturanr ⟨luhn10⟩)"
"⟦pnr:ld,co⟧","Ali Hassan","samordningsnummer, väntar på personnummer"

=== hand-csv en
employee_id,full_name,country,national_id,iban
⟨n6⟩,"Jensen, Søren",DK,⟦cpr:n⟧,⟨ibandk⟩
⟨n6⟩,"Nilsson, Frida",SE,⟦pnr:l⟧,⟨ibanse⟩
⟨n6⟩,"Hansen, Ola",NO,⟦fnr⟧,
⟨n6⟩,"Korhonen, Jari",FI,⟦hetu⟧,

=== hand-sheet da
Navn	CPR-nr.	Timer	Løn
Birgitte Nygaard	⟦cpr:d⟧	37	⟨amt⟩
Flemming Kruse	⟦cpr:d⟧	32	⟨amt⟩
I alt		69	⟨amt⟩

=== hand-sheet sv
	A	B	C
1	Namn	Personnr	Timmar
2	Astrid Holm	⟦pnr:s⟧	160
3	Gustav Lind	⟦pnr:s⟧	142
4	Summa		302

=== hand-sheet en
Row  Name               ID            Phone
1    Kasper Thomsen     ⟦cpr:sd⟧   ⟨dkph⟩
2    Lena Axelsson      ⟦pnr:sd⟧   ⟨seph⟩
3    Ole Nordby         ⟦fnr:sp⟧  ⟨noph⟩

=== hand-wiki en
## Test data for the staging environment

Use the synthetic persons from the Skatteverket test list. **Never** use real numbers.
Exception: ⟦pnr:ld⟧ (Per Åkesson, product owner) has agreed to be used for BankID tests.

| Case | Reference | Note |
|------|-----------|------|
| order | ⟨luhn12d⟩ | looks like a pnr, is an order |
| invoice | ⟨cprlike⟩ | 10 digits, not a CPR |

=== hand-wiki da
# Onboarding af ny medarbejder

1. Opret brugeren i AD (initialer)
2. Indtast CPR (fx ⟦cpr:d⟧ for Nanna Ravn, der starter 1/12) i lønsystemet
3. Bestil telefon, nummer bliver ⟨dkph⟩
4. CVR på fakturaen: ⟨cvrsp⟩

=== hand-wiki sv
### Felsökning: BankID-inloggning misslyckas

Kunden ⟦pnr:sd⟧ (Olof Engström) fick felkod 10024. Lösning: rensa cache.
Ärendenummer: ⟨luhn10d⟩. Telefon: ⟨seph⟩.
"""
