"""Hand-written v17 documents: health and social care (journal notes, referrals, lab and prescription lists)."""

BANK = r"""
=== hand-health da
Journalnotat 14.11.2025 kl. 10.20, Kardiologisk amb.
Pt. Preben Skov, cpr ⟦cpr:d⟧, ses til kontrol efter PCI. BT 138/84, puls 66. EKG uændret.
Rekvisitionsnr. ⟨cprlike⟩. Ny tid om 3 mdr.

=== hand-health da
HENVISNING
Fra: Lægehuset Nørretorv, ydernr. ⟨n6⟩
Til: Ortopædkirurgisk afd.
Vedr.: Jytte Bang ⟦cpr:sl⟧
Tlf. ⟨dkph⟩
Henvises med smerter i ve. knæ gennem 6 mdr. Rtg. viser artrose.

=== hand-health sv
Remiss till hudmottagningen
Patient: Göran Wikström, ⟦pnr:plus⟧
Remitterande: Vårdcentralen Söder, tel ⟨seph⟩
Frågeställning: misstänkt basaliom vä kind. Tidigare excision ⟨stamp12d⟩ (op-tid i journalen).

=== hand-health sv
Läkemedelslista utskriven ⟨stamp12⟩
⟦pnr:ld⟧ Ingrid Axelsson
Waran 2,5 mg  enl. ordination
Metoprolol 50 mg  1x1
Receptnr ⟨luhn10⟩, ⟨luhn10⟩

=== hand-health da
Laboratoriesvar
Prøvetaget: 0211251032
CPR: ⟦cpr:n⟧
Navn: Ebbe Kragh
Hæmoglobin 8,1 mmol/l (7,3-9,5)
Kreatinin 92 µmol/l
Prøvenr.: ⟨cprlike⟩

=== hand-health en
Discharge summary - Rigshospitalet
Patient: Lucas Meyer (German citizen, Danish replacement CPR ⟦cpr:nm⟧ issued 2024 during admission)
Admitted after a cycling accident. Follow-up at own GP in Hamburg.

=== hand-health sv
Barnhälsovården, BVC-journal
Barnet Alva Nyström ⟦pnr:ld,baby⟧, 6 mån-kontroll. Vikt 7,4 kg, längd 67 cm.
Mamma Lovisa Nyström ⟦pnr:sd⟧ närvarande. Tel ⟨seph⟩.

=== hand-health da
Sundhedsplejerske, besøg nr. 3
Barn: Villads Juhl, cpr ⟦cpr:d,kid⟧
Mor: Sanne Juhl, cpr ⟦cpr:d⟧
Vægt 5.240 g. Ammer fint.

=== hand-health no
Epikrise
Pasient: Bjørn Lie, f.nr. ⟦fnr:sp⟧
Innlagt ⟨n4⟩-⟨n4⟩ (kurvenr.). Diagnose: pneumoni. Utskrevet til hjemmet.
Fastlege: tlf ⟨noph⟩

=== hand-health fi
Lähete: sisätautien poliklinikka
Potilas: Anneli Koskinen, hetu ⟦hetu⟧
Puh. ⟨fiph⟩
Syy: anemian selvittely.

=== hand-social da
Underretning modtaget 03.11.2025
Barnet: Freja Winther (⟦cpr:kid⟧)
Mor: Camilla Winther (⟦cpr⟧)
Underretter: skolen, tlf. ⟨dkph⟩. Sagsnr. ⟨cprlike⟩.
Vurdering: akut vurdering ikke nødvendig.

=== hand-social sv
Orosanmälan, socialtjänsten Lund
Barn: Hugo Persson ⟦pnr:sd,kid⟧
Vårdnadshavare: Elin Persson ⟦pnr:sd⟧, Jonas Persson ⟦pnr:sd⟧
Dnr ⟨luhn10d⟩

=== hand-social da
Handleplan § 141 - Torben Eriksen (⟦cpr:dot⟧)
Mål: stabil bolig og behandling for alkoholmisbrug. Kontaktperson i kommunen, tlf. ⟨dkph⟩.

=== hand-social sv
Beslut om hemtjänst
Den enskilde: Sven Ahlström, ⟦pnr:plus⟧ (över 100 år)
Beviljade insatser: städning varannan vecka, matdistribution.
Avgift enligt taxa: ⟨amt⟩ kr/mån

=== hand-health da
Recept
⟦cpr:d⟧ Gitte Holm
Rp. Amoxicillin 500 mg, 3 x dagligt i 7 dage
Udst. 28.10.25, læge ⟨n6⟩
Receptnr. ⟨cprdash⟩

=== hand-health sv
Labbremiss (kopia)
Prov-ID: ⟨luhn12⟩
Personnr: ⟦pnr:l⟧
Analys: HbA1c, lipidstatus
Provtagning ⟨stamp12d⟩

=== hand-health en
Vaccination record (travel clinic, Malmö)
Name: Olivia Berg   Pers.no: ⟦pnr:ld⟧   Batch: ⟨n6⟩
Name: Noah Berg     Pers.no: ⟦pnr:ld⟧   Batch: ⟨n6⟩

=== hand-health da
Tandlæge-henvisning til Kæbekirurgisk
Pt.: Marianne Bak, ⟦cpr:s⟧. Retineret 38 hø. OPG vedlagt. Henv. nr. ⟨dkstamp⟩.

=== hand-social da
Aktindsigt - borger Søren Kjær ⟦cpr:en⟧ anmoder om indsigt i sin sag om fleksjob.
Sagsnummer ⟨cprdash⟩, modtaget via Digital Post.

=== hand-health sv
Journalanteckning, akuten
Okänd man, reservnummer ⟨luhn12⟩ tills identitet fastställts.
Kl 03:10: identifierad av anhörig som Rune Falk ⟦pnr:ld⟧.

=== hand-health no
Resept fra legevakten
Pasient: Ane Strand ⟦fnr⟧
Ibux 400 mg, maks 3 x daglig. Reseptnr ⟨kid⟩.

=== hand-social en
Case conference note - cross-border child protection (DK/SE)
Child: Elias Madsen, Danish CPR ⟦cpr:kid⟧, lives with father in Malmö (pnr ⟦pnr:sd⟧). Mother in Odense, CPR ⟦cpr⟧.
Next meeting: 0912251400 (Teams).

=== hand-health fi
Reseptiluettelo
Marjatta Heino ⟦hetu:new⟧
Simvastatiini 20 mg 1x1 ilt.
Reseptin tunniste ⟨n6⟩⟨n4⟩
"""
