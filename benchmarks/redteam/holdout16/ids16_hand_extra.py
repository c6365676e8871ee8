"""Hand-written v16 documents, third batch: Norwegian text, Swedish exports with odd column orders, more negatives."""

BANK = r"""
=== hand-export no
Rapport fra timebestillingssystemet, fastlegekontoret {{date}}
Tid    Pasient            Fnr            Merknad
08:00  Ola Strand         [[fnr]]    kontroll
08:20  Berit Lunde        [[fnr:sp]]   blodprøve
08:40  Piotr Zielinski    [[fnr:d]]    tolk (D-nummer)
Legens HPR-nr {{n6}}{{n2}}

=== hand-sms no
SMS fra {{noph}}: Hei! Fødselsnummeret til datteren min er [[fnr]], til påmeldingen på svømmekurset. Hilsen Hege

=== hand-chat no
Chat, kundeservice NAV-lignende tjeneste (utskrift)
Bruker: jeg har et D-nummer og lurer på skattekortet
Veileder: Hva er D-nummeret ditt?
Bruker: [[fnr:d]]
Veileder: Takk. Du har også kontonummer {{n4}}.{{n2}}.{{n5}} registrert.

=== hand-export sv
Utdrag ur biljettsystemet, Teatern Malmö, säsongskort (kolumnordning: kortnr, giltigt till, namn, personnummer)
{{luhn10}}	2025-06-30	Birgitta Sund	[[pnr:ld]]
{{luhn10}}	2025-06-30	Åke Sund	[[pnr:plus]]
{{luhn10}}	2025-06-30	Noah Sund	[[pnr:kid]]

=== hand-export sv
Ekonomisystemet Fortnox, kundregister export (privatkunder har personnummer i fältet Org-/personnr)
Kundnr;Namn;Org-/personnr;Typ
{{n4}};Snickeri Nord AB;{{orgnr}};Företag
{{n4}};Lena Forsberg;[[pnr]];Privat
{{n4}};Östra Måleri HB;{{orgnr}};Företag
{{n4}};Yusuf Demir;[[pnr:co]];Privat

=== hand-form sv
Anmälan, Korpens fotbollsturnering (webbformulär)
Lagledare: Emil Strand
Lagledarens personnummer: [[pnr:s]]
Telefon: {{seph46}}
Lagets bankgiro för återbetalning: {{bg}}

=== hand-call sv
Anteckning efter samtal, Tandläkarhuset
Patienten (pnr [[pnr]]) ringde från {{sephn}} och ville boka om. Ny tid {{isodate}} {{time}}. Journalnummer {{luhn10}}.

=== hand-mail da
Hej Søren
Jeg har nu fået papirerne fra den svenske side. Din kones svenske personnummer er [[pnr:ld]] og hendes nye danske cpr, som hun fik i 2021 da hun flyttede hertil, er [[cpr:new]]. Dit eget cpr har vi i forvejen.
Vh Helle, Revisorhuset, {{dkph}}

=== hand-sms da
Hej Kim, det er Vibeke fra udlejningen. Kan du bekræfte dit cpr: [[cpr]]? Står det rigtigt i kontrakten? Lejemål {{n4}}.

=== hand-chat da
Messenger, "Spejderforældre Ulvene"
Preben: hvem har styr på forsikringen til turen?
Camilla: mig. jeg mangler cpr på Aske og Vitus
Preben: Aske: [[cpr:kid]]
Sidsel: Vitus har [[cpr:kid]] 🙂
Camilla: tak!

=== hand-neg no
Betalingsoversikt, borettslaget
Andel  Felleskostnad  KID               Konto
{{n2}}    {{amount}}        {{kid}}      {{n4}}.{{n2}}.{{n5}}
{{n2}}    {{amount}}        {{kid}}      {{n4}}.{{n2}}.{{n5}}
Org.nr borettslaget {{noorg}}

=== hand-neg sv
Sms-utskick från Vårdcentralen: "Påminnelse: din tid {{isodate}} kl {{time}}. Avboka på {{seph08}}. Ref {{luhn10}}." Skickat till {{sephn}}.

=== hand-neg da
Kørselsrapport fra firmabilens GPS-boks (id {{cprlike}})
{{dkstamp}}  start  Vejle
{{dkstamp}}  stop   Horsens  {{n2}} km
Rapporten viser tidsstempler som ddmmååttmm.

=== hand-neg en
Reconciliation, card payments {{isodate}}
terminal,batch,auth_code,amount
{{n8}},{{luhn10}},{{n6}},{{amount}}
{{n8}},{{luhn10}},{{n6}},{{amount}}
Merchant CVR {{cvr}}, acquirer ref {{luhn12}}
"""
