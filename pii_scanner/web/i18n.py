"""Interface text in Danish, Swedish and English. Keys are stable message ids used by the templates."""

from __future__ import annotations

LANGUAGES = ("da", "sv", "en")

_TEXT: dict[str, tuple[str, str, str]] = {
    # key: (da, sv, en)
    "app_title": ("Persondata-konsol", "Personuppgiftskonsol", "Personal data console"),
    "sign_in": ("Log ind", "Logga in", "Sign in"),
    "sign_out": ("Log ud", "Logga ut", "Sign out"),
    "sign_in_sso": (
        "Log ind med organisationens konto",
        "Logga in med organisationens konto",
        "Sign in with your organisation account",
    ),
    "username": ("Brugernavn", "Användarnamn", "User name"),
    "password": ("Adgangskode", "Lösenord", "Password"),
    "login_failed": (
        "Forkert brugernavn eller adgangskode.",
        "Fel användarnamn eller lösenord.",
        "Wrong user name or password.",
    ),
    "login_throttled": (
        "For mange forsøg. Prøv igen senere.",
        "För många försök. Försök igen senare.",
        "Too many attempts. Try again later.",
    ),
    "session_expired": (
        "Din session er udløbet. Log ind igen.",
        "Din session har gått ut. Logga in igen.",
        "Your session has expired. Sign in again.",
    ),
    "dashboard": ("Overblik", "Översikt", "Dashboard"),
    "findings": ("Fund", "Fynd", "Findings"),
    "my_findings": ("Mine fund", "Mina fynd", "My findings"),
    "queue": ("Uden ejer", "Utan ägare", "Unowned"),
    "runs": ("Kørsler", "Körningar", "Sweep runs"),
    "audit": ("Revisionslog", "Granskningslogg", "Audit log"),
    "requests": ("Indsigtsanmodninger", "Registerutdrag", "Access requests"),
    "report": ("Minimeringsrapport", "Minimeringsrapport", "Minimisation report"),
    "items_with_pii": ("Elementer med persondata", "Objekt med personuppgifter", "Items with personal data"),
    "past_retention": ("Over opbevaringsfrist", "Över lagringstid", "Past retention"),
    "errors": ("Kunne ikke læses", "Kunde inte läsas", "Could not be read"),
    "private": ("Privat post (ulæst)", "Privat post (oläst)", "Private mail (not read)"),
    "by_entity": ("Efter type", "Efter typ", "By entity"),
    "by_source": ("Efter kilde", "Efter källa", "By source"),
    "by_owner": ("Efter ejer", "Efter ägare", "By owner"),
    "by_folder": ("Efter mappe", "Efter mapp", "By folder"),
    "by_category": ("Følsomme kategorier", "Känsliga kategorier", "Special categories"),
    "by_age": ("Efter alder", "Efter ålder", "By age"),
    "by_retention": ("Opbevaring", "Lagring", "Retention"),
    "by_risk": ("Efter risiko", "Efter risk", "By risk"),
    "trend": ("Fund pr. kørsel", "Fynd per körning", "Findings per run"),
    "filter": ("Filtrér", "Filtrera", "Filter"),
    "any": ("(alle)", "(alla)", "(any)"),
    "source": ("Kilde", "Källa", "Source"),
    "owner": ("Ejer", "Ägare", "Owner"),
    "entity": ("Type", "Typ", "Entity"),
    "category": ("Kategori", "Kategori", "Category"),
    "risk": ("Risiko", "Risk", "Risk"),
    "retention": ("Opbevaring", "Lagring", "Retention"),
    "status": ("Status", "Status", "Status"),
    "found_from": ("Fundet fra", "Hittad från", "Found from"),
    "found_to": ("Fundet til", "Hittad till", "Found to"),
    "location": ("Placering", "Plats", "Location"),
    "value": ("Værdi (maskeret)", "Värde (maskerat)", "Value (masked)"),
    "score": ("Score", "Poäng", "Score"),
    "why": ("Hvorfor", "Varför", "Why"),
    "first_seen": ("Først set", "Först sedd", "First seen"),
    "page": ("Side", "Sida", "Page"),
    "of": ("af", "av", "of"),
    "previous": ("Forrige", "Föregående", "Previous"),
    "next": ("Næste", "Nästa", "Next"),
    "none_found": ("Intet fundet.", "Inget hittat.", "Nothing found."),
    "triage": ("Behandl", "Hantera", "Triage"),
    "selected": ("Valgte", "Valda", "Selected"),
    "apply": ("Udfør", "Utför", "Apply"),
    "note": ("Bemærkning", "Anteckning", "Note"),
    "expires": ("Udløber", "Upphör", "Expires"),
    "st_open": ("Åben", "Öppen", "Open"),
    "st_false_positive": ("Falsk positiv", "Falskt positiv", "False positive"),
    "st_exception": ("Undtagelse", "Undantag", "Exception"),
    "st_resolved": ("Løst", "Löst", "Resolved"),
    "st_moved": ("Flyttet til sagssystemet", "Flyttad till ärendesystemet", "Moved to the case system"),
    "st_deleted": ("Slettet", "Raderad", "Deleted"),
    "st_reopened": ("Genåbnet (findes stadig)", "Återöppnad (finns kvar)", "Reopened (still there)"),
    "ret_past": ("Over frist", "Över tid", "Past due"),
    "ret_due_soon": ("Frist snart", "Snart förfallen", "Due soon"),
    "ret_kept": ("Inden for frist", "Inom tid", "Within period"),
    "ret_none": ("Ingen regel", "Ingen regel", "No rule"),
    "item": ("Element", "Objekt", "Item"),
    "flags": ("Regelbrud", "Regelbrott", "Policy flags"),
    "categories": ("Kategorier", "Kategorier", "Categories"),
    "category_evidence": (
        "Følsomme kategorier om en person: grundlag",
        "Känsliga kategorier om en person: underlag",
        "Special categories about a person: evidence",
    ),
    "confidence": ("Sikkerhed", "Säkerhet", "Confidence"),
    "about_whom": ("Om hvem (maskeret)", "Om vem (maskerat)", "About whom (masked)"),
    "excerpt": ("Uddrag (maskeret)", "Utdrag (maskerat)", "Excerpt (masked)"),
    "retention_due": ("Slettes senest", "Raderas senast", "Delete by"),
    "decisions": ("Beslutninger", "Beslut", "Decisions"),
    "reveal": ("Vis klartekst", "Visa klartext", "Reveal"),
    "reveal_reason": ("Begrundelse (logges)", "Motivering (loggas)", "Reason (audited)"),
    "reveal_unavailable": (
        "Værdien kan ikke læses fra kilden nu.",
        "Värdet kan inte läsas från källan nu.",
        "The value cannot be read from the source now.",
    ),
    "assign": ("Tildel", "Tilldela", "Assign"),
    "assigned_to": ("Tildelt", "Tilldelad", "Assigned to"),
    "what_to_do": ("Hvad du skal gøre", "Vad du ska göra", "What to do"),
    "i_did": ("Det har jeg gjort", "Det har jag gjort", "I have done this"),
    "ask_private": (
        "Privat post: kun metadata er læst. Intet at gøre.",
        "Privat post: endast metadata har lästs. Inget att göra.",
        "Private mail: only metadata was read. Nothing to do.",
    ),
    "ask_mail_cpr": (
        "Flyt mailen til sagssystemet og slet den fra postkassen (CPR sendt ukrypteret).",
        "Flytta mejlet till ärendesystemet och radera det ur brevlådan (personnummer skickat okrypterat).",
        "Move the mail to the case system and delete it from the mailbox (CPR sent unencrypted).",
    ),
    "ask_removable": (
        "Flyt filen til sagssystemet og slet den fra USB-nøglen/disken.",
        "Flytta filen till ärendesystemet och radera den från USB-minnet/disken.",
        "Move the file to the case system and delete it from the USB key/disk.",
    ),
    "ask_local": (
        "Flyt filen til sagssystemet og slet den fra pc'ens lokale drev.",
        "Flytta filen till ärendesystemet och radera den från datorns lokala disk.",
        "Move the file to the case system and delete it from the PC's local drive.",
    ),
    "ask_retention": (
        "Opbevaringsfristen er udløbet: slet elementet.",
        "Lagringstiden har gått ut: radera objektet.",
        "The retention period has passed: delete the item.",
    ),
    "ask_special": (
        "Indeholder følsomme oplysninger: kontroller at de skal opbevares her.",
        "Innehåller känsliga uppgifter: kontrollera att de ska lagras här.",
        "Holds sensitive data: check that it should be kept here.",
    ),
    "ask_case_system": (
        "Flyt persondata til sagssystemet, eller markér som falsk positiv.",
        "Flytta personuppgifterna till ärendesystemet, eller markera som falskt positiv.",
        "Move the personal data to the case system, or mark it a false positive.",
    ),
    "open_case": ("Opret sag", "Skapa ärende", "Open a case"),
    "cpr": ("CPR/personnummer", "Personnummer", "CPR / personnummer"),
    "name": ("Navn", "Namn", "Name"),
    "email": ("E-mail", "E-post", "E-mail"),
    "phone": ("Telefon", "Telefon", "Phone"),
    "reference": ("Reference", "Referens", "Reference"),
    "received": ("Modtaget", "Mottagen", "Received"),
    "deadline": ("Frist", "Tidsfrist", "Deadline"),
    "days_left": ("dage tilbage", "dagar kvar", "days left"),
    "overdue": ("Overskredet", "Försenad", "Overdue"),
    "extend": ("Forlæng", "Förläng", "Extend"),
    "months": ("Måneder", "Månader", "Months"),
    "reason": ("Begrundelse", "Motivering", "Reason"),
    "search_subject": ("Søg efter personen", "Sök efter personen", "Search for the subject"),
    "export_pack": ("Hent svarpakke", "Hämta svarspaket", "Download the response pack"),
    "exclude": ("Udelad", "Uteslut", "Exclude"),
    "excluded": ("Udeladt", "Utesluten", "Excluded"),
    "hits": ("Træffere", "Träffar", "Hits"),
    "match": ("Match", "Matchning", "Match"),
    "answer": ("Svar (personens data)", "Svar (personens uppgifter)", "Answer (the subject's data)"),
    "to_review": ("Til gennemsyn", "Att granska", "To review"),
    "to_review_note": (
        "Tvivlsomme træffere (delvise navne, mulige navnefæller) kommer ikke med i svaret.",
        "Osäkra träffar (delvisa namn, möjliga namnar) tas inte med i svaret.",
        "Doubtful hits (partial names, possible namesakes) are not part of the answer.",
    ),
    "searched": ("Søgt i", "Sökt i", "Searched"),
    "live_sources": ("indeks og kilder (live)", "index och källor (live)", "index and live sources"),
    "index_only": ("indekset", "indexet", "the index"),
    "search_live": ("Søg i kilderne nu", "Sök i källorna nu", "Search the live sources"),
    "traces": ("Spor af personen", "Spår av personen", "Traces of the subject"),
    "backups": ("Sikkerhedskopier", "Säkerhetskopior", "Backups"),
    "erasure_clean": ("Intet spor tilbage.", "Inga spår kvar.", "No trace remains."),
    "erasure_traces_remain": (
        "Der er stadig spor af personen.",
        "Det finns fortfarande spår av personen.",
        "Traces of the subject remain.",
    ),
    "erasure_incomplete": (
        "Ufuldstændig: en kilde kunne ikke gennemsøges, eller elementer kunne ikke læses eller blev sprunget over.",
        "Ofullständig: en källa kunde inte sökas, eller objekt kunde inte läsas eller hoppades över.",
        "Incomplete: a source could not be searched, or items could not be read or were skipped.",
    ),
    "skipped_items": (
        "Sprunget over (en type, konfigurationen ikke læser)",
        "Överhoppade (en typ som konfigurationen inte läser)",
        "Skipped (a type the configuration does not read)",
    ),
    "close_case": ("Luk sag", "Stäng ärende", "Close case"),
    "erasure": ("Sletningskontrol", "Raderingskontroll", "Erasure verification"),
    "started": ("Startet", "Startad", "Started"),
    "finished": ("Afsluttet", "Avslutad", "Finished"),
    "failed_sources": ("Fejlede kilder", "Misslyckade källor", "Failed sources"),
    "exclusion_refused": (
        "Kun en træffer i en åben sags svar kan udelades; intet blev gemt.",
        "Endast en träff i ett öppet ärendes svar kan uteslutas; inget sparades.",
        "Only a hit in an open case's answer can be excluded; nothing was saved.",
    ),
    "close_refused": (
        "Sagen kunne ikke lukkes (den er allerede lukket); intet blev gemt.",
        "Ärendet kunde inte stängas (det är redan stängt); inget sparades.",
        "The case could not be closed (it is closed already); nothing was saved.",
    ),
    "partial_answer": (
        "Svaret kan være ufuldstændigt; disse elementer kan indeholde mere",
        "Svaret kan vara ofullständigt; dessa objekt kan innehålla mer",
        "The answer may be incomplete; these items may hold more",
    ),
    "gap_unreadable": (
        "kunne ikke læses (krypteret, beskadiget eller over en størrelsesgrænse)",
        "kunde inte läsas (krypterat, skadat eller över en storleksgräns)",
        "could not be read (encrypted, damaged or over a size limit)",
    ),
    "gap_skipped": (
        "er af en type, konfigurationen ikke læser",
        "är av en typ som konfigurationen inte läser",
        "are of a type the configuration does not read",
    ),
    "gap_names_not_read": (
        "blev sidst læst uden at lede efter navne",
        "lästes senast utan att leta efter namn",
        "were last read without looking for names",
    ),
    "gap_paths_not_traced": (
        "blev sidst læst af en kørsel, der ikke gemte spor af deres fil- eller mappenavne eller af kodede værdier "
        "(kør igen)",
        "lästes senast av en körning som inte sparade spår av deras fil- eller mappnamn eller av kodade värden "
        "(kör igen)",
        "were last read by a sweep that kept no traces of their file or folder names or of encoded values "
        "(sweep again)",
    ),
    "error_items": ("Fejl", "Fel", "Errors"),
    "actor": ("Hvem", "Vem", "Who"),
    "action": ("Handling", "Åtgärd", "Action"),
    "when": ("Hvornår", "När", "When"),
    "language": ("Sprog", "Språk", "Language"),
    "forbidden": (
        "Du har ikke adgang til denne side.",
        "Du har inte åtkomst till denna sida.",
        "You may not see this page.",
    ),
    "not_found": ("Findes ikke.", "Finns inte.", "Not found."),
    "index_unavailable": (
        "Indekset kan ikke skrives lige nu (en kørsel eller et andet program holder det). "
        "Intet blev gemt; prøv igen om lidt.",
        "Indexet kan inte skrivas just nu (en körning eller ett annat program håller det). "
        "Inget sparades; försök igen om en stund.",
        "The index cannot be written just now (a sweep or another program holds it). "
        "Nothing was saved; try again shortly.",
    ),
    "csrf_failed": (
        "Formularen var forældet. Prøv igen.",
        "Formuläret var inaktuellt. Försök igen.",
        "The form was stale. Try again.",
    ),
    "saved": ("Gemt.", "Sparat.", "Saved."),
    "bad_received": (
        "Modtaget-datoen er ikke en dato (skriv ÅÅÅÅ-MM-DD). Sagen er ikke oprettet.",
        "Mottagen-datumet är inget datum (skriv ÅÅÅÅ-MM-DD). Ärendet har inte skapats.",
        "The received date is not a date (write YYYY-MM-DD). The case was not opened.",
    ),
    "bad_expires": (
        "Udløbsdatoen er ikke en dato (skriv ÅÅÅÅ-MM-DD). Intet er gemt.",
        "Utgångsdatumet är inget datum (skriv ÅÅÅÅ-MM-DD). Inget har sparats.",
        "The expiry date is not a date (write YYYY-MM-DD). Nothing was saved.",
    ),
    "outlook_saved": (
        "Gemt og skrevet på mailen i Outlook.",
        "Sparat och skrivet på mejlet i Outlook.",
        "Saved and written to the message in Outlook.",
    ),
    "outlook_failed": (
        "Gemt, men mailen i Outlook kunne ikke ændres.",
        "Sparat, men mejlet i Outlook kunde inte ändras.",
        "Saved, but the message in Outlook could not be changed.",
    ),
    "move_to": ("Flyt mailen til", "Flytta mejlet till", "Move the message to"),
    "skip_to_content": ("Spring til indhold", "Hoppa till innehåll", "Skip to content"),
    "print": ("Udskriv", "Skriv ut", "Print"),
}


def text(key: str, language: str) -> str:
    """The message in ``language`` (falls back to English, then the key itself)."""
    row = _TEXT.get(key)
    if row is None:
        return key
    index = LANGUAGES.index(language) if language in LANGUAGES else 2
    return row[index]


def pick_language(accept: str | None, default: str = "da") -> str:
    """First of da/sv/en named in an Accept-Language header (nb/no read as Danish), else ``default``."""
    for part in (accept or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGUAGES:
            return tag
        if tag in ("nb", "nn", "no"):
            return "da"
    return default
