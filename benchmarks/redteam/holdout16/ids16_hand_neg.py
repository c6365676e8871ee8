"""Hand-written v16 documents that hold no true identifier: look-alikes, each named by its label, column or sentence."""

BANK = r"""
=== hand-neg da
Kontoudtog, Erhvervskonto - periode {{date}} til {{date}}
Dato        Tekst                           Beløb       Saldo
{{date}}  Overførsel fra reg. {{n4}} konto {{cprlike}}    {{amount}}   {{amount}}
{{date}}  Betalingsservice, aftale {{cprlike}}          -{{amount}}   {{amount}}
{{date}}  FIK {{fik}}                   -{{amount}}   {{amount}}

=== hand-neg sv
Kvitto, ICA Kvantum Mölndal
Kassa 4, kvitto {{stamp12}}, org.nr {{orgnr}}
Mjölk 3%      {{amount}}
Kaffe         {{amount}}
Bonusnummer: {{luhn10}}
Tack för besöket! Kundtjänst {{seph08}}

=== hand-neg da
Serviceindberetning fra varmepumpen (auto-genereret)
enhed={{cprlike}} fejlkode=E{{n2}} tidspunkt={{dkstamp}} (ddmmååttmm)
enhed={{cprlike}} fejlkode=OK tidspunkt={{dkstamp}}
Serienumre på 10 cifre tildeles af fabrikken.

=== hand-neg sv
Ärendelogg, kundtjänst (ingen privatperson):
20240315-1230  ärende {{luhn12d}} skapat
20240315-1241  tilldelat grupp FAKTURA
20240316-0805  stängt, referens {{luhn10d}}

=== hand-neg da
Sms'er fra kunder i dag (til opfølgning):
- {{dkph}}: "vil gerne flytte tiden"
- {{dkph00}}: "hvornår er bilen klar"
- {{seph46}}: "ringer från Sverige om offerten"
- {{noph}}: "har dere fått betalingen?"
- {{fiph}}: "kiitos!"

=== hand-neg sv
Medlemslista, Båtklubben Kajen (personnummer samlas inte in)
Medl.nr      Namn               Telefon        Båtplats
{{luhn10}}   Sven Axelsson      {{sephn}}      B{{n2}}
{{luhn10}}   Greta Lilja        {{sephn}}      B{{n2}}
{{luhn10}}   Olof Frid          {{sephn}}      C{{n2}}

=== hand-neg da
Ordrebekræftelse fra autoværkstedet
Ordre: {{cprdash}}    Faktura: {{cprlike}}
Kunde-nr.: {{cprlike}}
Betaling: reg.nr. {{n4}} kontonr. {{cprlike}}
Kunden ønsker ikke at oplyse cpr-nummer (ikke nødvendigt ved kontant betaling).

=== hand-neg en
Masked export for the auditors (numbers intentionally hidden):
employee,national_id,department
{{n5}},{{cprmask}},Sales
{{n5}},{{pnrmask}},Sales
{{n5}},{{cprmask}},Logistics

=== hand-neg da
Rettelse fra borger via formular: "Det cpr-nummer I har skrevet, {{badcpr}}, findes ikke (der er ingen sådan dato). Jeg sender det rigtige ved brev."

=== hand-neg sv
Felrapport från integrationen: personnummer {{badpnr}} avvisat (kontrollsiffran stämmer inte), {{badpnr}} avvisat (samma fel). Inga poster importerade.

=== hand-neg en
Validation report, Nordic onboarding batch {{n6}}:
row 3 HETU {{badhetu}} -> check character wrong, rejected
row 7 fødselsnummer {{badfnr}} -> control digits wrong, rejected
row 9 KID {{kid}} -> payment reference, not an ID, OK

=== hand-neg da
P-numre for vores produktionsenheder (fra CVR-registret):
Hovedkontor: P-nr. {{pnum}}
Lager Vejle: P-nr. {{pnum}}
Butik Aalborg: P-nr. {{pnum}}
Virksomhedens CVR: {{cvrsp}}

=== hand-neg sv
Leverantörer att betala denna vecka
Bankgiro {{bg}}  OCR {{ocrref}}  {{amount}}
Plusgiro {{pg}}  OCR {{ocrref}}  {{amount}}
Bankgiro {{bg}}  meddelande "faktura {{luhn10}}"  {{amount}}

=== hand-neg da
Tidsregistrering, uge 11 (eksport):
medarb;ind;ud;timer
{{n4}};202403111230;202403112015;7,75
{{n4}};20240312-0700;20240312-1530;8,50
{{n4}};{{ts12}};{{ts12}};7,00

=== hand-neg no
Faktura fra Rørlegger Hansen AS, org.nr. {{noorg}} MVA
Kundenr {{kid}}  Fakturanr {{n6}}
Betal til konto {{n4}}.{{n2}}.{{n5}} med KID {{kid}}
Forfall {{date}}, beløp {{amount}} NOK

=== hand-neg fi
Lasku, Siivous Oy (Y-tunnus {{ytunnus}})
Viitenumero {{ocrref}}
Tilinumero {{iban}}
Eräpäivä {{date}}, summa {{amount}} EUR

=== hand-neg da
Helpdesk-ticket {{n6}}: "Jeg kan ikke se min lønseddel". Bruger oplyste medarbejdernr. {{n5}} og telefon {{dkph8}}. Løst ved nulstilling af adgangskode. Ingen cpr-oplysninger modtaget eller noteret.

=== hand-neg sv
Hyresavi november
Objektnr {{luhn10}}   Kontraktsnr {{luhn10d}}
Hyra {{amount}}  Parkering {{amount}}
Betala till bankgiro {{bg}}, OCR {{ocrref}}

=== hand-neg da
Kirkekontoret: gravstedsliste, afdeling C
Gravsted      Erhvervet   Fornyet til   Gravstedsnr.
C-{{n4}}        1987        {{date}}      {{cprlike}}
C-{{n4}}        1992        {{date}}      {{cprlike}}
(Gravstedsnumrene er kirkegårdens løbenumre.)

=== hand-neg sv
Chatt med support: "mitt ordernummer är {{luhn12d}} och jag har inte fått något", svar: "Paketet med kolli-id {{n8}}{{n2}} är på väg, ring {{seph}} om det inte kommer."
"""
