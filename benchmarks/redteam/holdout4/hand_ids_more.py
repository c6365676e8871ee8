"""More hand-written identifier documents: traps around labels, neighbours and layout (each written once)."""

DOCS = """
=== hand-trap da
Kontakt: Vibeke Storm, mobil «phone_dk», cpr «cpr». Alternativt kontor «phone_dk».
=== hand-trap da
Kunde: Allan Bech «cpr» / kundenr. «dl10m» / ordre «dl10»
=== hand-trap da
CVR-nr. «cvr» - indehaver Jannik Østergaard, cpr «cpr» (enkeltmandsvirksomhed)
=== hand-trap da
Sag: «case» Hans Jørgen Broe «cpr» - ikke mødt op
=== hand-trap da
Medarbejdere på projektet: «cpr» «cpr» «cpr»
=== hand-trap da
Tlf.: «phone_dk»   CPR: «cpr:plain»   Reg.nr./konto: «dk_konto»
=== hand-trap da
Reference «dl10m» er jeres, ikke min. Mit cpr-nummer er «cpr@jan1» (jeg er født 1. januar).
=== hand-trap da
Dato: «date»  Kl.: 14:32  Løbenr.: «dl10»  CPR: «cpr»  Kasse: 04
=== hand-trap da
SE-nr «senr», P-nr «pnum», EAN «gln». Kontaktperson: Rikke Holt (cpr «cpr» - kun til lønsystemet).
=== hand-trap da
Hej! Jeg tastede forkert: det er ikke «cpr_bad» men «cpr». Mvh Vagn
=== hand-trap sv
Kontakt: Maria Sjögren, mobil «mobile_se», pnr «pnr». Växel «phone_se».
=== hand-trap sv
Enskild firma: Kenneth Lööf Måleri, org.nr «pnr#e» (samma som personnummer). Innehavare Kenneth Lööf.
=== hand-trap sv
Kund «dlluhn_dash» / Order «dlluhn_dash» / Personnr «pnr» / Faktura «dlluhn_dash»
=== hand-trap sv
Ärende: «case» Rolf Gustavsson «pnr» - uteblev från mötet
=== hand-trap sv
Deltagare: «pnr:long» «pnr:long» «pnr:long»
=== hand-trap sv
OCR «ocr10» gäller fakturan. Ditt personnummer («pnr») behövs inte vid betalning.
=== hand-trap sv
Mobil: «mobile_se_plain»  Pnr: «pnr:short»  Clearing/konto: «se_konto»
=== hand-trap sv
Reservnummer «dlluhn12_dash» används tills patienten har identifierats (riktigt pnr «pnr:long_dash»).
=== hand-trap sv
Jag är född 1924 och mitt personnummer skrivs «pnr@y1924». Skatteverket skickar ändå brev till fel adress.
=== hand-trap sv
Samordningsnummer «sam» tilldelades av Skatteverket 2026-03-12. Han har inget personnummer.
=== hand-trap da
Fra: Per Hald
Til: Kundeservice
Jeg har flere numre: kundenr. «dl10m», kontonr. «dk_konto», tlf. «phone_dk» og cpr «cpr».
Hvilket skal I bruge?
=== hand-trap da
IMEI «imei» / serienr. «dl10m» / ejer: Gurli Thomsen «cpr»
=== hand-trap sv
Bilaga: Kopia_ID_«pnr:long».pdf, Lönebesked_nov.pdf
=== hand-trap da
Vedhæftet: pas_«cpr:plain».jpg, lønseddel_11.pdf
=== hand-trap da
CPR 0012 «cpr» - (den første del er et lokalnummer)
=== hand-trap sv
Anknytning 0012, personnummer «pnr:long_dash»
=== hand-trap da
Anders Krogh «cpr» «cpr» (to numre registreret - det ene er forkert, tjek med borgeren)
=== hand-trap sv
Inga personnummer i den här listan: kundnr «dlluhn», «dlluhn», «dlluhn», «dlluhn», «dlluhn».
=== hand-trap da
Løbenumre i dagens batch: «dl10m», «dl10m», «dl10m», «dl10m», «dl10m», «dl10m».
=== hand-trap da
Gammelt eksempel fra vejledningen: CPR-nummer skrives DDMMÅÅ-XXXX, fx «masked_cpr». Dit eget cpr: «cpr».
"""
