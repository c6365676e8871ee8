"""Hand-written Norwegian, Finnish, English and mixed documents for the v12 identifier hold-out."""

BANK = r"""
=== hand-nofi no
Innmelding i idrettslag (Norges idrettsforbund)
Navn: Sindre Bakke
Fødselsnummer: [[fnr]]
Foresatt: Kari Bakke, fødselsnr. [[fnr:sp]]
Kontingent betales med KID {{fnrlike}} (KID, ikke fødselsnummer)

=== hand-nofi no
Lønnsslipp november
Ansatt: Ola Nordmann-Haug, ansattnr. {{n:5}}
Fødselsnummer: [[fnr]]
Arbeidsgiver org.nr. {{noorg}}
Utbetalt til konto {{fnrkto}}

=== hand-nofi no
Søknad om barnehageplass
Barn: Emma Lie, fnr [[fnr]]
Forelder: Jonas Lie, fnr [[fnr]]
Forelder 2 (svensk statsborger): Sara Lie, personnummer [[pnr:ld]]

=== hand-nofi no
Skattekort for utenlandsk arbeidstaker
Navn: Piotr Zielinski
D-nummer: [[fnr:d]]
Arbeidsgiver: Fjordbygg AS, org.nr. {{noorg}}

=== hand-nofi no
Melding fra NAV: vi har registrert D-nummeret ditt [[fnr:d,sp]]. Saksnummer {{n:9}}. Ring {{tlfno}} ved spørsmål.

=== hand-nofi no
Faktura fra Fjordkraft
Kundenummer {{fnrlike}}
KID: {{n:13}}
Kontonummer {{fnrkto}}. Ingen fødselsnummer på fakturaen.

=== hand-nofi no
Politiet – anmeldelse av tyveri
Fornærmede: Ingvild Aas, fødselsnummer [[fnr]]
Anmeldelsesnr. {{n:8}}. Stjålet sykkel, rammenr. {{n:9}}.

=== hand-nofi no
Kirkebok – dåp
Barn: Nora Hauge, f.nr. [[fnr]]
Faddere: Ingrid Hauge, Per Hauge
Menighet: Bergen domkirke

=== hand-nofi fi
Päiväkotihakemus
Lapsi: Eino Mäkinen, henkilötunnus [[hetu:new,kid]]
Huoltaja: Liisa Mäkinen, hetu [[hetu]]
Puhelin {{tlffi}}

=== hand-nofi fi
Palkkalaskelma lokakuu
Työntekijä: Mikko Laine, henkilötunnus [[hetu:new]]
Työnantaja: Oy Pohjola Ab, Y-tunnus {{ytunnus}}
Tilinumero {{n:4}} {{n:4}} {{n:4}} {{n:2}}

=== hand-nofi fi
Kela – päätös opintotuesta
Saaja: Aino Korhonen, [[hetu]]
Opintoraha {{amount}} € / kk. Päätösnumero {{n:10}}.

=== hand-nofi fi
Ajoneuvon rekisteriote
Rekisteritunnus ABC-{{n:3}}, valmistenumero {{vin}}
Omistaja: Juha Nieminen, hetu [[hetu:old]]
Haltija: Kuljetus Nieminen Oy, Y-tunnus {{ytunnus}}

=== hand-nofi fi
Maistraatti – oleskelulupa, rekisteröinti
Hakija: Olga Ivanova, henkilötunnus annettu [[hetu:new]]
Viitenumero {{n:12}}. Maksu {{amount}} €.

=== hand-nofi fi
Taloyhtiön osakasluettelo (ote)
Huoneisto | Osakas | Hetu
A 3 | Pekka Salo | [[hetu:new]]
B 7 | Riitta Salo | [[hetu]]
C 1 | Tuomas Kivi | [[hetu:new]]

=== hand-nofi fi
Virheellinen tunnus lomakkeessa: {{badhetu}} (tarkistusmerkki väärin, hylätty). Asiakas lähettää oikean tunnuksen myöhemmin.

=== hand-en en
Fwd: onboarding – Copenhagen office
Hi team, the new hire's Danish CPR is [[cpr]] and her Swedish personal identity number [[pnr:l]] (she commutes from Malmö).
Company: Nordic Widgets ApS, CVR {{cvr}}. Please set up payroll by Friday.

=== hand-en en
Incident report INC-{{n:6}}
Summary: a test fixture in repo billing-service contained a real CPR number ([[cpr:plain]]) copied from production.
Action: fixture replaced with a masked value {{mcpr}}. Ticket closed.

=== hand-en en
KYC checklist – private banking
Client: Erik Johansson
Swedish personnummer: [[pnr:ld]]
Passport no. {{n:9}}; source of funds: sale of company (org. no. {{orgnr}})

=== hand-en en
Calendar invite: Relocation call
Attendees: Anna Virtanen (Finnish ID [[hetu:new]]), HR partner
Dial-in: {{tlfse}}, conference ID {{n:9}}#

=== hand-en en
Customer call notes
Caller gave order number {{luhn12}} and phone {{tlfdk}}. No personal identity number was given.
Refund of {{amount}} DKK approved.

=== hand-en en
Debt collection notice
Debtor: Jens Mikkelsen (Danish CPR no. [[cpr:sp]])
Creditor reference {{mod10:dash}}; amount due {{amount}} DKK.
Pay via FIK {{fik}}.

=== hand-en en
Survey export (English version)
id,age,country,national_id,score
{{n:4}},33,DK,[[cpr]],4
{{n:4}},45,SE,[[pnr:ld]],5
{{n:4}},29,NO,[[fnr]],3
{{n:4}},52,FI,[[hetu]],2

=== hand-en en
Slack #people-ops
tom: anyone have the NO birth number for the Oslo contractor?
ida: [[fnr]] – also his D-number from before was [[fnr:d]]
tom: thx

=== hand-mix da
Mail fra Malmö-kontoret (dansk/svensk)
Hej! Vår nya kollega bor i Köpenhamn: dansk cpr [[cpr]], svenskt personnummer [[pnr:ld]].
Skattekort søges hos SKAT. Hon har org.nr {{orgnr}} för sin enskilda firma? Nej – den är aktiebolag.

=== hand-mix sv
Gränspendlare – blankett
Namn: Søren Mattsson
Danskt CPR-nummer: [[cpr:sp]]
Svenskt personnummer: [[pnr:ld]]
Arbetsgivare i Danmark: CVR {{cvr}}

=== hand-mix da
Nordisk medlemsliste – spejderlejr
Land;Navn;ID
DK;Asta;[[cpr:kid]]
SE;Elsa;[[pnr:kid,ld]]
NO;Sigrid;[[fnr]]
FI;Aino;[[hetu:new,kid]]

=== hand-mix no
Flytting Norge–Danmark
Navn: Tone Berg, norsk fødselsnummer [[fnr]]
Dansk CPR tildelt: [[cpr:nomod]] (tildelt i 2026, modulus 11 gælder ikke)

=== hand-mix fi
Muutto Ruotsiin – Flytt till Sverige
Nimi: Sanna Koskinen, henkilötunnus [[hetu:new]]
Svenskt samordningsnummer: [[pnr:co,ld]]

=== hand-mix sv
Pass-ansökan (utdrag) – medsökande barn
Barn 1: [[pnr:kid]]
Barn 2: [[pnr:kid]]
Förälder (dansk medborgare): CPR [[cpr:en]]
"""
