"""Hand-written v19 documents: OCR'd scans (spaces inside numbers, stray characters, O for 0 in the labels' words,
broken layout), faxes and photographed forms."""

BANK = r"""
=== ocr da
KØBENHAVNS KOMMUNE    Borgerservice
Ans0gning om sundhedskort
Navn: ⟨dan⟩
CPR-nr.: ⟦cpr:o1⟧
Adresse: ⟨dastreet⟩, ⟨dacity⟩
Underskrift: .........  Dato: ⟨date⟩

=== ocr sv
SKATTEVERKET
Flyttanmälan      Inkom ⟨date⟩
Pers0nnummer  ⟦pnr:o1⟧
Namn  ⟨svn⟩
Ny adress  ⟨svstreet⟩  ⟨svcity⟩
Tel dagtid  ⟨seph⟩

=== ocr da
-- Scannet dokument, OCR-kvalitet: lav --
Henvisning til fysioterapi
Pt.: ⟨dan⟩ , cpr ⟦cpr:o2⟧
Diagn0se: lændesmerter , 8 behandlinger
Læge ⟨dan⟩ , ydernr. ⟨n6⟩ , tlf ⟨dkph⟩

=== ocr sv
Rem1ss till sjukgymnastik
Patient ⟨svn⟩  pnr  ⟦pnr:ld⟧
Frågeställning: axelsmärta h. sida sedan ⟨date⟩
Remittent leg. läk. ⟨svn⟩ , arbetsplatskod ⟨n8⟩

=== ocr da
F A X  -  fra Advokatkontoret ⟨dalast⟩ & Co
Side 1/1          ⟨date⟩ ⟨time⟩
Vedr.: Dødsbo efter ⟨dan⟩
Afdødes c pr-nr ⟦cpr:old,o3⟧
Skifteretten bedes udstede skifteretsattest til enken, ⟨dan⟩, ⟦cpr:old⟧.
Vores j.nr. ⟨cprlike⟩ - bedes anført ved henvendelse.

=== ocr sv
Kvitto nr ⟨n6⟩          Kassa 3
ICA Nära ⟨svcity⟩
Org nr ⟨seorg⟩
Kortnr ************⟨n4⟩
Ref ⟨luhn10⟩  Term-id ⟨n8⟩
Tid ⟨stamp12⟩
TACK FÖR BESÖKET

=== ocr da
lndberetning af barsel
Medarbejder : ⟨dan⟩
C PR      : ⟦cpr:o1⟧
Barnets f.dato : ⟨born#k⟩
Barnets CPR : ⟦cpr:baby#k⟧
Arb.giver SE-nr : ⟨cvr⟩

=== ocr sv
Läkarintyg för sjukpenning
1. Patientens namn och pers0nnummer
⟨svn⟩ ⟦pnr:o2⟧
2. Diagnos  F32.1
3. Sjukskriven 100 % fr.o.m. ⟨date⟩
Läkarens namn ⟨svn⟩ HSA-id SE⟨n10⟩-⟨n4⟩

=== ocr da
Kopi af kørekort (bagside) - indscannet
4d. ⟦cpr:n⟧
5. ⟨n8⟩
9. B
Bemærk: nr. under 5 er kørekortnummeret, ikke personnummer.

=== ocr no
Skannet: Søknad om barnehageplass
Barnets navn ⟨non⟩   Fødselsnr ⟦fnr:kid⟧
Foresatt 1 ⟨non⟩    Fødselsnr ⟦fnr:sp⟧
Ønsket oppstart ⟨date⟩   Tlf ⟨noph⟩

=== ocr fi
Skannattu lomake - Kela
Hakijan nimi ⟨fin⟩
Henkil0tunnus ⟦hetu⟧
Puhelin ⟨fiph⟩
Y-tunnus (työnantaja) ⟨ytun⟩

=== ocr da
*** OCR-udtræk, side 2 ***
, idet skyldneren ⟨dan⟩ (cpr. nr. ⟦cpr:o2⟧) ikke har betalt
forfaldne afdrag siden ⟨date⟩. Restgælden udgør ⟨amount⟩ kr.
Fogedretten i ⟨dacity⟩, sagsnr. FS ⟨n2⟩-⟨n5⟩/2026

=== ocr sv
K0NTR0LLUPPGIFT  KU10   Inkomstår 2025
Betalningsmottagare: ⟨svn⟩
Persnr/orgnr ⟦pnr:o1⟧
Kontant bruttolön m.m.  ⟨amount⟩
Avdragen skatt  ⟨amount⟩
Uppgiftslämnare org.nr ⟨seorg⟩

=== ocr da
Gammelt journalkort (indscannet 2019)
⟨dan⟩      f. ⟨born#o⟩
pers.nr. ⟦cpr:c49,y1942,o3#o⟧
Sygekasse: ⟨dacity⟩  Medl.nr ⟨n5⟩
1971: blindtarm. 1983: brud h. håndled.

=== ocr sv
Gammal medlemsmatrikel, Brandkåren ⟨svcity⟩ (skannad)
Nr  Namn            Född/pnr
1  ⟨svn⟩   ⟦pnr:cent⟧
2  ⟨svn⟩   ⟦pnr:cent⟧
3  ⟨svn⟩   ⟦pnr:old⟧
4  ⟨svn⟩   ⟦pnr:old⟧

=== ocr en
Scanned passport copy - attachment 2 of 3
Surname / Given names  ⟨enn⟩
Personal No. ⟦pnr:ld⟧
Document No. ⟨n8⟩
Note from HR: Swedish passport, the personal number field is the personnummer.

=== ocr pl
Skan: Zaświadczenie o zatrudnieniu
Pracownik: ⟨pln⟩
Duński numer CPR: ⟦cpr:o1⟧
Pracodawca: ⟨dalast⟩ ApS, CVR ⟨cvr⟩
Data: ⟨date⟩
"""
