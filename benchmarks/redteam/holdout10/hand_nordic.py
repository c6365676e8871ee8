"""Hand-written v10 documents from Norway and Finland, and Danish/Swedish papers about people from there.
Slots: see slots.py."""

BANK = r"""
=== hand-nofi no
Lønnsslipp november
Ansatt: Marius Berg   Fødselsnr.: [[fnr]]
Ansattnr. {{n:5}}   Kontonr. {{fnrkto}}
Brutto {{amount}}   Skattetrekk {{amount}}
=== hand-nofi no
Hei Jonas,
Leieavtalen er klar. Leietaker: Silje Nygård, f.nr. [[fnr:sp]]. Depositumskonto opprettes i banken,
kontonummer kommer (ikke fødselsnummeret, det er {{fnrkto}}).
Mvh Utleier
=== hand-nofi no
Politiet - anmeldelse
Anmelder: Arne Solberg, fødselsnummer [[fnr]]
Mobil: {{tlfno}}
Anmeldelsesnr. {{n:8}}
=== hand-nofi no
Utenlandsk sesongarbeider, D-nummer [[fnr:d]], skal registreres i A-meldingen.
Virksomhetens org.nr.: {{noorg}}
=== hand-nofi no
Pasientliste, legekontor Grünerløkka (utskrift)
[[fnr]]  Hansen, Tone
[[fnr]]  Berg, Ola
[[fnr]]  Ali, Yasmin
=== hand-nofi no
Chat med banken
Kunde: hei, jeg har glemt kortet mitt
Rådgiver: Kan du oppgi fødselsnummeret?
Kunde: [[fnr]]
Rådgiver: Takk, kortnummer som slutter på {{n:4}} er nå sperret.
=== hand-nofi no
Faktura {{n:7}}
Org.nr. {{noorg}} MVA
KID: {{n:11}}
Kontonr. {{fnrkto}}
Forfall {{date}}
=== hand-nofi fi
Palkkalaskelma
Työntekijä: Jari Heikkinen
Henkilötunnus: [[hetu]]
Brutto {{amount}} €
=== hand-nofi fi
Vuokralaiset:
1. Outi Nieminen, hetu [[hetu]]
2. Pekka Nieminen, hetu [[hetu]]
Viitenumero {{n:10}}
=== hand-nofi fi
Poliisi - rikosilmoitus
Ilmoittaja: Tiina Koskinen
Henkilötunnus [[hetu]]
Puhelin {{tlffi}}
Ilmoitusnumero {{n:4}}/{{n:6}}/26
=== hand-nofi fi
Koululaisluettelo 2B
[[hetu]]  Eetu
[[hetu]]  Aada
[[hetu]]  Onni
=== hand-nofi fi
Tarkistusmerkki väärin: {{badhetu}} ei kelpaa. Oikea henkilötunnus on [[hetu]].
=== hand-nofi sv
Bouppteckning (Åland)
Den avlidne: Ragnar Mattsson, personbeteckning [[hetu]]
Dödsbodelägare: Stig Mattsson, svenskt personnummer [[pnr:ld]]
=== hand-nofi da
Norske og finske medarbejdere på Billund-lageret
Navn              Land  ID
Kristian Aune      NO    [[fnr]]
Mari Lehto         FI    [[hetu]]
Jens Damsgaard     DK    [[cpr]]
=== hand-nofi da
Hej Birthe - den nye chauffør er norsk. Han har ikke fået dansk CPR endnu; hans norske fødselsnummer er
[[fnr]]. Jeg sender CPR-nummeret, når det kommer.
=== hand-nofi sv
Pendlare från Norge: Eirik Strand, norskt fødselsnummer [[fnr]], samordningsnummer [[pnr:co,ld]].
Norskt bankkonto {{fnrkto}}.
=== hand-nofi en
Travel booking - passengers
1. Ville Rantanen (FI) - national ID [[hetu]]
2. Lise Dahl (NO) - national ID [[fnr]]
Booking ref {{n:6}}, frequent flyer no. {{n:10}}
=== hand-invoice da
Opkrævning - Vandværket
Forbrugernr. {{date10}}   Målernr. {{n:8}}   Installationsnr. {{date10}}
Betalings-id +71<{{ocr:ten}}+{{n:8}}<
Ejendommens BFE-nr. {{n:7}}
Spørgsmål: {{tlfdk}}
=== hand-invoice sv
Elräkning
Kundnummer {{luhn10}}   Anläggnings-ID {{n:18}}
Avtalsnummer {{luhn10:dash}}
OCR {{ocr:ten}}  Bankgiro {{bg}}
=== hand-edge da
Kontonummer: {{mod10:dash}} (ja, det ligner et CPR-nummer - det er et kontonummer i Lunar)
=== hand-edge sv
Kundnr {{luhn10:dash}}; Pnr [[pnr]]; Ordernr {{luhn10:dash}}
"""
