"""Hand-written OCR-like scans: broken spacing, l/1 and O/0 swaps in the words, numbers broken over lines."""

BANK = r"""
=== hand-ocr da
SKATTEK0RT 2O26 – BlKORT
Navn: Jørgen Ras mussen
Cpr-nr .: [[cpr]]
Trækprocent: 38 %  Fradrag pr. måned: {{amount}} kr.
Arbejdsg iver: Dalum Tømrer ApS, CVR {{cvr}}

=== hand-ocr da
LEJEKONTRAKT  (side 1 af 4)
Udlejer: Ejendomsselskabet Fjordgården A/S   CVR-nr. {{cvr}}
Lejer: Anette Smed  cpr.nr.  [[cpr:nl]]
Lejemålets adresse: Havnegade 17, 2. th., 6700 Esbjerg
Husleje pr. måned: {{amount}} kr.   Depositum: {{amount}} kr.

=== hand-ocr da
Ansøgning om børnetilskud
1. Ansøger
   Navn .............. Majken Ulf
   CPR ............... [[cpr:spdash]]
2. Barn
   Navn .............. Bertram Ulf
   CPR ............... [[cpr:spdash,nomod,kid]]
3. Tlf ............... {{tel:dk}}

=== hand-ocr da
KVlTTERlNG  nr. {{ten}}
Dato {{date:dk}}  Kasse 3
Varer i alt      {{amount}}
Dankort ****  **** **** {{digits:4}}
Medlemsnr. {{ten}}

=== hand-ocr da
Hospitalets indkaldelse (scannet)
Patient : Hans-Ole Dreier
CPR   : [[cpr:ocr]]
Ambulatorie : 0rtopædkirurgisk, Dag kirurgi
Mødetid : {{date:dk}} kl. 08.15

=== hand-ocr da
FULDMAGT
Undertegnede Ellen Margrethe Skou, cpr.nr. [[cpr:old]], giver herved min søn Jens Skou, cpr.nr.
[[cpr:nl,mid]], fuldmagt til at handle på mine vegne over for banken.
Konto: {{regkto}}
Dato:  ________   Underskrift: ________________

=== hand-ocr da
D0dsattest – udskrift
Afdøde:      Viggo  Holmgaard
Personnr:    [[cpr:old]]
Dødsdato:    {{date:dk}}
Anmelder:    Bedemand Lund, tlf. {{tel:dk}}

=== hand-ocr da
Faktura
Kunde  nr .  {{ten}}
Fakturanr.  {{digits:7}}
Betalings-ID  +71<{{digits:15}}+{{digits:8}}<
Forfald  {{date:dk}}

=== hand-ocr sv
ANSTÄLLNINGSBEVlS
Arbetsgivare: Ljungby Trä AB   0rg.nr {{orgnr}}
Arbetstagare: Sven-Olof Brink
Personnr: [[pnr:ld]]
Tillträde: {{date:iso}}   Lön: {{amount}} kr/mån

=== hand-ocr sv
FULLMAKT
Jag, Gunnel Ek, personnummer [[pnr:nl,old]], ger härmed min dotter Annika Ek,
[[pnr:ld,senior]], fullmakt att företräda mig hos banken och apoteket.
0rt och datum: Halmstad {{date:iso}}

=== hand-ocr sv
KV lTTO  {{digits:6}}
Apoteket Kronan  0rg.nr {{orgnr}}
Recept  nr {{digits:10}}
Patientens personnr: [[pnr:ocr]]
Att betala {{amount}} kr

=== hand-ocr sv
Försäkringsbrev (inskannat)
Försäkringstagare   Jan-Erik Holm       [[pnr:ls]]
Försäkringsnummer   {{tenl}}
Premie              {{amount}} kr/år
Bankgiro            {{bg}}

=== hand-ocr da
Blanket  05.0l2  Anmeldelse af flytning
Fraflytter:  Peter Broe       cpr  [[cpr:plain]]
             Tina Broe        cpr  [[cpr:plain]]
Ny adresse:  Skovvej 9, 8600 Silkeborg
Telefon:  {{tel:dk}}

=== hand-ocr da
Lønseddel
Periode  01.10.2026 - 31.10.2026
Medarbejder  {{digits:5}}   Karen Vestergaard
Cpr . nr .   [[cpr:dot]]
A-indkomst   {{amount}}
ATP          99,00
Til udbetaling  {{amount}}   Reg.  {{digits:4}}  Konto  {{kto}}

=== hand-ocr sv
DEKLARATlON – bilaga
Namn  Lars-Göran  Nyström
Pers on nummer  [[pnr:ld]]
Ränteinkomster  {{amount}}
Bankens org nr  {{orgnr}}

=== hand-ocr da
Vielsesattest (kopi)
Brudgom: Kristian Bjerg, f. {{bdate#g}}, cpr [[cpr#g]]
Brud: Nadia Bjerg, f. {{bdate#h}}, cpr [[cpr#h]]
Vielsen foretaget af sognepræst i Vor Frue Sogn.  Kirkebogsnr. {{digits:4}}

=== hand-ocr sv
Intyg om arbetslöshetsersättning (skannat, sida 2)
...fortsättning
Sökandens personnr: [[pnr:s]]    A-kassa medlemsnr: {{tenl}}
Arbetsgivarens org.nr: {{orgnr}}
Anställningsperiod: {{date:iso}} – {{date:iso}}

=== hand-ocr da
Fra scannet brev (OCR-tekst uden mellemrum):
Vedr.:Ejendomsskat2026Cpr.nr.:[[cpr]]Ejendomsnr.:{{digits:6}}Beløb:{{amount}}kr.

=== hand-ocr sv
Text från inskannad blankett (utan mellanslag):
Sökande:MaritaBerglund,Personnummer:[[pnr:ld]],Telefon:{{tel:se,plain}},Kundnummer:{{tenl}}

=== hand-ocr da
Recept (scannet)
Pt.  Agnete  Boye     CPR [[cpr:ocr]]
Rp.  Tbl. Paracetamol 500 mg, 100 stk.
Ordinerende læge  Yder nr. {{digits:6}}
Apotekets receptnr. {{ten}}
"""
