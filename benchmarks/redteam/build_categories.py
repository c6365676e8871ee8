"""Build benchmarks/data/redteam/categories.jsonl: GDPR art. 9/10 categories revealed about a person.

    python benchmarks/redteam/build_categories.py

A label ``{start, end, entity}`` marks the sentence that reveals the category ``entity`` about an identifiable
natural person (named, or the writer about themself or their own child). A sentence revealing two categories
(a gene test: genetic and health) carries two labels. Documents without labels are the hard negatives: the
same topics as policy, statistics, law, agreements, company matters, events, products, and named people whose
work touches the topic (a nurse, a defence lawyer, a union negotiator) without revealing anything about them.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.redteam.common import DA_FIRMS, SV_FIRMS, Doc, build_args, email_of, firm_domain, write_jsonl
from benchmarks.redteam.people import Person, genitive, person

H, G, B, T, R, E, S, P, C = (
    "health",
    "genetic",
    "biometric",
    "trade_union",
    "religion",
    "ethnic_origin",
    "sexual_orientation",
    "political_opinion",
    "criminal_records",
)

# (categories, template, gender "f"/"m"/None, needs an introducing sentence naming the person first)
Tpl = tuple[tuple[str, ...], str, str | None, bool]

POS_DA: list[Tpl] = [
    ((H,), "{N} er sygemeldt med stress frem til {date}.", None, False),
    (
        (H,),
        "{F} har ringet og meldt sig syg – {he} er blevet opereret i knæet og er væk resten af måneden.",
        None,
        False,
    ),
    ((H,), "Jeg er gravid i femte måned og vil gerne tale om min barsel.", "f", False),
    ((H,), "{N} har fået konstateret type 2-diabetes og skal kunne holde pauser til at måle blodsukker.", None, False),
    ((H,), "Efter aftale med jobcentret starter {F} op på nedsat tid efter {his} depression.", None, False),
    ((H,), "{N} er bevilget fleksjob på grund af kroniske rygsmerter.", None, False),
    ((H,), "Lægeerklæringen fra {F_s} egen læge bekræfter, at {he} ikke må løfte over 10 kg.", None, False),
    ((H,), "{F} er i behandling for brystkræft og får kemo hver tredje uge.", "f", False),
    ((H,), "{N} har været indlagt på psykiatrisk afdeling siden mandag.", None, False),
    ((H,), "Min søn har ADHD, så jeg må nogle gange gå tidligt for at hente ham.", None, False),
    ((H,), "{He} fortalte mig i fortrolighed, at {he} har fået en blodprop i hjertet i sommer.", None, True),
    ((H,), "{N} går til psykolog hver torsdag på grund af angst og spørger, om {he} kan få fri.", None, False),
    ((H,), "{F} har været til scanning, og lægerne mistænker sklerose.", None, False),
    ((H,), "Jeg har migræne igen i dag og arbejder hjemmefra med slukket skærm.", None, False),
    ((G, H), "{F_s} gentest viste en BRCA1-mutation, og {he} overvejer en forebyggende operation.", "f", False),
    ((G,), "Der er taget en DNA-prøve af {N} i forbindelse med faderskabssagen.", "m", False),
    (
        (G, H),
        "{N} har fået påvist arvelig forhøjet kolesterol ved en genetisk udredning på Rigshospitalet.",
        None,
        False,
    ),
    ((G, H), "Den genetiske test bekræftede, at {F} bærer genet for Huntingtons sygdom.", None, False),
    ((B,), "{F_s} fingeraftryk er nu registreret i adgangskontrolsystemet til serverrummet.", None, False),
    ((B,), "Vi har oprettet ansigtsgenkendelse for {N} på tidsregistreringsterminalen.", None, False),
    (
        (B,),
        "{F} har fået sin stemmeprofil registreret, så {he} kan identificere sig over for telefonbanken.",
        None,
        False,
    ),
    ((B,), "Ved ansættelsen blev {N_s} irisscanning lagt ind i laboratoriets adgangssystem.", None, False),
    ((T,), "{N} er medlem af 3F og har bedt om, at fagforeningen deltager i mødet.", None, False),
    ((T,), "{F} er med i HK, så vi sender kopi til {his} faglige konsulent.", None, False),
    ((T,), "{N} er valgt som tillidsrepræsentant for lagerfolkene.", None, False),
    ((T,), "Jeg har meldt mig ind i Dansk Metal i sidste uge.", None, False),
    ((T,), "{F} har fået sin fagforening, Krifa, til at gennemgå kontrakten.", None, False),
    ((T,), "{He} har fortalt, at {he} er organiseret i Djøf og gerne vil have en bisidder derfra.", None, True),
    ((R,), "{N} er muslim og faster under ramadanen, så {he} vil gerne have flekstid de næste uger.", None, False),
    ((R,), "{F} er konverteret til katolicismen og skal døbes i påsken.", None, False),
    ((R,), "{N} går i moské om fredagen og vil gerne holde frokostpause fra 12.30 til 13.30.", None, False),
    ((R,), "Som Jehovas Vidne deltager {F} ikke i julefrokosten.", None, False),
    ((R,), "Jeg er jøde og holder sabbat, så jeg kan ikke tage vagter fredag aften.", None, False),
    ((R,), "{F} har meldt sig ud af folkekirken, fordi {he} er blevet buddhist.", None, False),
    ((R,), "{N} er aktiv i Indre Mission og prædiker i missionshuset om søndagen.", None, False),
    ((E,), "{N} er kurder og taler kurmanji med sin familie.", None, False),
    ((E,), "{F} tilhører det tyske mindretal i Sønderjylland og er gået i tysk skole i Aabenraa.", None, False),
    ((E,), "{N} er inuk fra Nuuk og flyttede til Aarhus som tyveårig.", None, False),
    ((E,), "{F} har fortalt kollegerne, at {he} er rom og har familie i Rumænien og Ungarn.", None, False),
    ((E,), "Jeg er af somalisk oprindelse, og min familie kom til Danmark i 1991.", None, False),
    ((S,), "{F} kommer med sin kone Sara til julefrokosten.", "f", False),
    ((S,), "{N} er homoseksuel og har bedt om, at det ikke bliver nævnt over for kunderne.", None, False),
    ((S,), "{F} og hans mand Thomas har netop adopteret en lille pige.", "m", False),
    ((S,), "Jeg er biseksuel, og det har aldrig været et problem her på kontoret.", None, False),
    ((S,), "{N} fortalte på teammødet, at {he} er lesbisk og bor sammen med sin kæreste Line.", "f", False),
    ((S,), "{F} har kæreste – han hedder Jonas og arbejder også i banken.", "m", False),
    ((P,), "{N} stiller op for Enhedslisten til kommunalvalget og har bedt om fri til valgmøderne.", None, False),
    ((P,), "{F} sidder i byrådet for Venstre og har udvalgsmøder tirsdag aften.", None, False),
    ((P,), "{N} er medlem af Socialdemokratiet og kasserer i den lokale partiforening.", None, False),
    ((P,), "Jeg er medlem af Radikale Venstre og skal til landsmøde i weekenden.", None, False),
    ((P,), "{F} var opstillet for Moderaterne ved sidste folketingsvalg.", None, False),
    ((P,), "{N} er formand for Konservative Ungdom i Odense.", None, False),
    ((C,), "{N} blev i 2022 idømt 60 dages betinget fængsel for vold.", None, False),
    ((C,), "{F_s} straffeattest indeholder en dom for spirituskørsel fra 2021.", None, False),
    ((C,), "{N} er sigtet for underslæb og er fritaget for tjeneste, mens sagen kører.", None, False),
    ((C,), "{F} afsoner med fodlænke og kan derfor ikke rejse med på messen i Hamborg.", None, False),
    ((C,), "Politiet anholdt i går {N} for dokumentfalsk.", None, False),
    (
        (C,),
        "{He} har tidligere siddet i fængsel for narkokriminalitet, hvilket {he} selv fortalte ved samtalen.",
        None,
        True,
    ),
]

POS_SV: list[Tpl] = [
    ((H,), "{N} är sjukskriven för utmattningssyndrom till och med {date}.", None, False),
    ((H,), "{F} har ringt och sjukanmält sig – {he} ska opereras för diskbråck på torsdag.", None, False),
    ((H,), "Jag är gravid och beräknad i mars, så jag vill planera föräldraledigheten i god tid.", "f", False),
    ((H,), "{N} har diabetes typ 1 och behöver kunna äta på fasta tider.", None, False),
    ((H,), "{F} går på cellgiftsbehandling varannan vecka och arbetar hemifrån däremellan.", None, False),
    ((H,), "Enligt läkarintyget kan {N} bara arbeta halvtid på grund av {his} depression.", None, False),
    ((H,), "{F} har fått diagnosen MS och har ansökt om anpassning av arbetsplatsen.", None, False),
    ((H,), "Min dotter har epilepsi, så jag kan behöva gå tidigt med kort varsel.", None, False),
    ((H,), "{N} har vårdats på psykiatrisk klinik sedan i fredags.", None, False),
    ((H,), "{He} berättade att {he} har fått en hjärtinfarkt och är sjukskriven hela sommaren.", None, True),
    ((H,), "Jag har ont i ryggen igen och har fått remiss till sjukgymnast.", None, False),
    ((H,), "{F} är inskriven på beroendemottagningen för sitt alkoholberoende.", None, False),
    ((G, H), "{F_s} gentest visade en BRCA2-mutation och {he} har erbjudits täta kontroller.", "f", False),
    ((G,), "Ett DNA-prov togs från {N} i faderskapsmålet.", "m", False),
    ((G, H), "Den genetiska utredningen visade att {F} bär anlag för ärftlig hjärtsjukdom.", None, False),
    ((B,), "{F_s} fingeravtryck är registrerat i passersystemet till arkivet.", None, False),
    ((B,), "Ansiktsigenkänning har aktiverats för {N} i stämpelklockan.", None, False),
    ((B,), "{F_s} röstavtryck används för inloggning i bankens telefontjänst.", None, False),
    ((T,), "{N} är med i facket och vill att Kommunal är med på mötet.", None, False),
    ((T,), "{F} är fackligt förtroendevald för Unionen på kontoret i Solna.", None, False),
    ((T,), "Jag gick med i Byggnads förra månaden.", None, False),
    ((T,), "{N} är medlem i IF Metall och har begärt förhandling om omplaceringen.", None, False),
    ((T,), "{F} har fått hjälp av sitt fackförbund Vision med uppsägningen.", None, False),
    ((T,), "{He} sa att {he} är ansluten till Akademikerförbundet SSR och vill ha med sitt ombud.", None, True),
    ((R,), "{N} är muslim och fastar under ramadan, så {he} önskar flextid.", None, False),
    ((R,), "{F} har konverterat till judendomen och firar nu sabbat.", None, False),
    ((R,), "{N} är aktiv i pingstförsamlingen och leder söndagsskolan.", None, False),
    ((R,), "Jag är katolik och går i mässan varje söndag.", None, False),
    ((R,), "Som Jehovas vittne firar {F} inte födelsedagar, så vi hoppar över tårtan.", None, False),
    ((R,), "{F} är ateist och humanist och har bett att slippa personalens julandakt.", None, False),
    ((E,), "{N} är same och talar samiska med sin familj.", None, False),
    ((E,), "{F} tillhör den romska minoriteten och har engagerat sig i romska föreningen i Malmö.", None, False),
    ((E,), "{N} är tornedaling och talar meänkieli hemma.", None, False),
    ((E,), "{F} är kurd från norra Irak och kom till Sverige som barn.", None, False),
    ((E,), "Jag är av eritreansk härkomst, mina föräldrar flydde hit på åttiotalet.", None, False),
    ((S,), "{F} tar med sin fru Maria på julbordet.", "f", False),
    ((S,), "{N} är homosexuell men vill inte att det sprids bland kunderna.", None, False),
    ((S,), "{F} och hans man Johan har precis fått barn.", "m", False),
    ((S,), "Jag är bisexuell och har varit öppen med det sedan gymnasiet.", None, False),
    ((S,), "{N} berättade att {he} lever i ett samkönat förhållande sedan tio år.", None, False),
    ((S,), "{F} är gay och gifte sig med sin pojkvän Erik i somras.", "m", False),
    ((P,), "{N} kandiderar för Vänsterpartiet i kommunvalet och vill ha ledigt för valmöten.", None, False),
    ((P,), "{F} sitter i kommunfullmäktige för Moderaterna.", None, False),
    ((P,), "{N} är medlem i Sverigedemokraterna och har uppdrag i partiets distriktsstyrelse.", None, False),
    ((P,), "Jag är aktiv i Centerpartiet och ska på partistämman i helgen.", None, False),
    ((P,), "{F} är ordförande för Socialdemokraterna i Lund.", None, False),
    ((P,), "{N} ställde upp för Miljöpartiet i regionvalet.", None, False),
    ((C,), "{N} dömdes 2023 till villkorlig dom för bedrägeri.", None, False),
    ((C,), "{F} är misstänkt för förskingring och har stängts av under utredningen.", None, False),
    ((C,), "Utdraget ur belastningsregistret för {N} visar en dom för rattfylleri.", None, False),
    ((C,), "{F} sitter häktad sedan i tisdags, misstänkt för grov stöld.", None, False),
    ((C,), "{N} har tidigare avtjänat ett fängelsestraff för narkotikabrott.", None, False),
    ((C,), "{He} erkände vid intervjun att {he} har dömts för misshandel för några år sedan.", None, True),
]

# Topic words without a person they reveal anything about (policies, statistics, law, firms, products, events),
# and named people whose work or errand touches the topic.
NEG_DA = [
    "Alle medarbejdere er dækket af firmaets sundhedsforsikring, som også dækker psykologhjælp.",
    "Sygefraværet i tredje kvartal var 4,1 % mod 3,6 % samme kvartal sidste år.",
    "Overenskomsten mellem DI og 3F regulerer lønnen for lager- og transportpersonale.",
    "Selskabet blev i 2023 idømt en bøde på 250.000 kr. for overtrædelse af arbejdsmiljøloven.",
    "Vores privatlivspolitik beskriver, hvordan vi behandler helbredsoplysninger, fagforeningsmedlemskab og oplysninger om strafbare forhold.",
    "Kantinen serverer halal, kosher og vegetarretter hver dag.",
    "Vi holder Pride-fest i gården den 20. august – alle er velkomne.",
    "Adgang til serverrummet sker fremover med fingeraftrykslæser.",
    "Kurset i førstehjælp og hjertestarter afholdes i kantinen på torsdag.",
    "Partierne er fortsat uenige om finansloven, skriver avisen.",
    "Arbejdsgiveren må ikke spørge til graviditet ved en jobsamtale.",
    "Der indhentes børneattest for alle ansatte, der arbejder med børn under 15 år.",
    "Alle uanset køn, alder, religion, seksuel orientering og etnisk baggrund opfordres til at søge stillingen.",
    "Ifølge Danmarks Statistik er 15 % af befolkningen indvandrere eller efterkommere.",
    "Husk at du kan blive vaccineret mod influenza i mødelokale 3 på tirsdag.",
    "Medarbejdere har ret til fri med løn ved lægebesøg, jf. personalehåndbogen afsnit 4.",
    "Valg af ny tillidsrepræsentant finder sted i uge 12; kandidater kan melde sig hos HR.",
    "Kommunen har vedtaget en ny politik for rusmidler på arbejdspladsen.",
    "Revisionsfirmaet er politianmeldt af Finanstilsynet for mangelfuld hvidvaskkontrol.",
    "Folketinget vedtog i går ændringen af straffeloven med 95 stemmer mod 12.",
    "Genetiske data er en særlig kategori af personoplysninger efter artikel 9.",
    "Vi sælger nu mobiltelefoner med ansigtsgenkendelse og fingeraftrykssensor.",
    "Fagbevægelsen har mistet medlemmer de seneste ti år.",
    "Juleafslutningen holdes i kirken på Torvet kl. 10.",
    "Efter ramadanen holder moskéforeningen åbent hus for hele kvarteret.",
    "Hvis du bliver syg, skal du ringe til din leder inden kl. 8.",
    "Ansøgningen om sygedagpengerefusion skal sendes inden fem uger.",
    "Undersøgelsen viser, at homoseksuelle oftere udsættes for chikane på arbejdspladsen.",
    "Det tyske mindretal har egne skoler og en avis i Sønderjylland.",
    "Straffeattesten er en udskrift fra Kriminalregistret og skal være under tre måneder gammel.",
]
NEG_DA_PERSON = [
    "{N} har skrevet en rapport om sygefravær i kommunerne.",
    "{N} arbejder som sygeplejerske på onkologisk afdeling.",
    "{N} er forsvarsadvokat og fører mest straffesager.",
    "{N} forhandler for arbejdsgiverforeningen med fagforbundene om den nye overenskomst.",
    "{N} holdt et oplæg om genetik og etik på konferencen.",
    "{N} underviser i religion og samfundsfag på gymnasiet.",
    "{N} skal interviewe kandidater fra alle partier til lokalavisen.",
    "{N} er ansvarlig for det nye adgangssystem med fingeraftrykslæsere.",
    "{N} har bestilt influenzavaccination til hele afdelingen.",
    "{N} har opdateret politikken for behandling af følsomme personoplysninger.",
    "{N} sidder i bestyrelsen for den lokale fodboldklub.",
    "{N} har bestilt en tolk i arabisk til mødet med borgeren.",
    "{N} er sagsbehandler i jobcentrets sygedagpengeafdeling.",
    "{N} skal holde tale ved Pride-arrangementet på vegne af ledelsen.",
    "{N} har indhentet tilbud på en ny sundhedsordning.",
    "{N} er dommerfuldmægtig ved Retten i Glostrup.",
    "{N} stiller kaffe og kage frem til valgaftenen i kantinen, hvor alle kan følge valget.",
]
NEG_SV = [
    "Alla anställda omfattas av företagets sjukvårdsförsäkring, som även täcker psykolog.",
    "Sjukfrånvaron under tredje kvartalet var 4,3 procent jämfört med 3,8 procent förra året.",
    "Kollektivavtalet mellan Almega och Unionen reglerar lönerevisionen.",
    "Bolaget dömdes att betala 300 000 kronor i företagsbot för brott mot arbetsmiljölagen.",
    "Vår integritetspolicy beskriver hur vi behandlar uppgifter om hälsa, fackligt medlemskap och lagöverträdelser.",
    "Personalmatsalen serverar halal och vegetariskt varje dag.",
    "Vi firar Pride med fika på fredag – alla är välkomna.",
    "Passersystemet till serverhallen använder fingeravtrycksläsare.",
    "Utbildning i hjärt-lungräddning hålls i stora konferensrummet på onsdag.",
    "Partierna är fortfarande oeniga om budgeten, skriver tidningen.",
    "Arbetsgivaren får inte fråga om graviditet vid en anställningsintervju.",
    "Utdrag ur belastningsregistret krävs för alla som arbetar med barn.",
    "Vi välkomnar sökande oavsett kön, ålder, religion, sexuell läggning och etnisk bakgrund.",
    "Enligt SCB är 20 procent av befolkningen födda utomlands.",
    "Influensavaccination erbjuds alla anställda i personalrummet på tisdag.",
    "Anställda har rätt till ledighet med lön vid läkarbesök enligt personalhandboken.",
    "Val av nya fackliga företrädare sker i vecka 12; nomineringar lämnas till klubbstyrelsen.",
    "Kommunen har antagit en ny alkohol- och drogpolicy.",
    "Redovisningsbyrån har polisanmälts av Finansinspektionen för brister i penningtvättskontrollen.",
    "Riksdagen röstade i går igenom ändringen i brottsbalken.",
    "Genetiska uppgifter är en särskild kategori av personuppgifter enligt artikel 9.",
    "Den nya mobilen har ansiktsigenkänning och fingeravtrycksläsare.",
    "Fackföreningsrörelsen har tappat medlemmar under det senaste decenniet.",
    "Julavslutningen hålls i kyrkan på torget klockan 10.",
    "Samerna är ett urfolk med egen flagga och eget parlament, Sametinget.",
    "Om du blir sjuk ska du ringa din chef före klockan åtta.",
    "Ansökan om sjuklön efter dag 14 görs hos Försäkringskassan.",
    "Studien visar att hbtq-personer oftare utsätts för trakasserier på jobbet.",
    "Meänkieli är ett av Sveriges fem nationella minoritetsspråk.",
    "Belastningsregistret förs av Polismyndigheten.",
]
NEG_SV_PERSON = [
    "{N} har skrivit en rapport om sjukfrånvaron i kommunerna.",
    "{N} arbetar som sjuksköterska på onkologen i Lund.",
    "{N} är försvarsadvokat och tar mest brottmål.",
    "{N} förhandlar för arbetsgivarsidan med facket om det nya avtalet.",
    "{N} höll ett föredrag om genetik och etik på konferensen.",
    "{N} undervisar i religionskunskap och samhällskunskap på gymnasiet.",
    "{N} ska intervjua kandidater från alla partier för lokaltidningen.",
    "{N} ansvarar för det nya passersystemet med fingeravtrycksläsare.",
    "{N} har beställt influensavaccin till hela avdelningen.",
    "{N} har uppdaterat policyn för behandling av känsliga personuppgifter.",
    "{N} sitter i styrelsen för den lokala innebandyklubben.",
    "{N} har bokat en tolk i somaliska till mötet med klienten.",
    "{N} är handläggare på Försäkringskassans sjukpenningenhet.",
    "{N} håller tal på Pride-fikat på ledningens vägnar.",
    "{N} har tagit in offerter på en ny friskvårdsförsäkring.",
    "{N} är tingsnotarie vid Solna tingsrätt.",
    "{N} ordnar valvaka i personalrummet så att alla kan följa valresultatet.",
]
FILLER_DA = [
    "Budgettet for næste år skal være klar inden {date}.",
    "Husk at registrere timer i systemet inden fredag.",
    "Mødet blev flyttet til lokale 2.14 på grund af håndværkere.",
    "Vi mangler stadig underskrift på leverandøraftalen.",
    "Kunden har bedt om et nyt tilbud på rengøringen.",
    "Printeren på 3. sal er repareret.",
    "Næste statusmøde er {date} kl. 9.30.",
    "Tak for et godt samarbejde i det forløbne år.",
    "Fakturaen er sendt til godkendelse hos økonomi.",
    "Vi har fået nye parkeringsregler i kælderen.",
    "Årsregnskabet er afleveret til revisor.",
    "Der er kage i kantinen i anledning af jubilæet.",
]
FILLER_SV = [
    "Budgeten för nästa år ska vara klar senast {date}.",
    "Glöm inte att rapportera tid i systemet före fredag.",
    "Mötet flyttades till rum 4.12 på grund av hantverkare.",
    "Vi saknar fortfarande underskrift på leverantörsavtalet.",
    "Kunden vill ha en ny offert på städningen.",
    "Skrivaren på plan 3 är lagad.",
    "Nästa avstämning är {date} klockan 9.30.",
    "Tack för ett gott samarbete under året.",
    "Fakturan har skickats för attest till ekonomi.",
    "Det gäller nya parkeringsregler i garaget.",
    "Årsredovisningen är inlämnad till revisorn.",
    "Det bjuds på tårta i fikarummet för jubileet.",
]
INTRO_DA = [
    "I dag havde jeg en samtale med {N}.",
    "Jeg har holdt opfølgningsmøde med {N}.",
    "{N} kom forbi mit kontor i morges.",
]
INTRO_SV = [
    "Jag hade ett samtal med {N} i dag.",
    "Jag har haft uppföljningsmöte med {N}.",
    "{N} kom förbi mitt kontor i morse.",
]


def fill(rng: random.Random, tpl: str, who: Person) -> str:
    months = (
        ["januar", "februar", "marts", "april", "maj", "juni"]
        if who.lang == "da"
        else ["januari", "februari", "mars", "april", "maj", "juni"]
    )
    date = (
        f"{rng.randint(1, 28)}. {rng.choice(months)}"
        if who.lang == "da"
        else f"{rng.randint(1, 28)} {rng.choice(months)}"
    )
    return tpl.format(N=who.full, F=who.first, N_s=genitive(who.full), F_s=genitive(who.first), date=date, **who.pron())


def frame_open(rng: random.Random, d: Doc, sender: Person, kind: str) -> None:
    firm = rng.choice(DA_FIRMS if d.lang == "da" else SV_FIRMS)
    dom = firm_domain(firm, "dk" if d.lang == "da" else "se")
    if kind == "mail":
        rcpt = person(rng, d.lang)
        subj = rng.choice(
            [
                "Opfølgning",
                "Vedr. fravær",
                "Personalesag",
                "Til orientering",
                "Info fra HR",
                "Planlægning af vagter",
                "Status",
            ]
            if d.lang == "da"
            else [
                "Uppföljning",
                "Ang. frånvaro",
                "Personalärende",
                "För kännedom",
                "Info från HR",
                "Schemaläggning",
                "Status",
            ]
        )
        d.t(
            f"Fra: {sender.full} <{email_of(sender.full, dom)}>\n"
            if d.lang == "da"
            else f"Från: {sender.full} <{email_of(sender.full, dom)}>\n"
        )
        d.t(
            f"Til: {email_of(rcpt.full, dom)}\nEmne: {subj}\n\nHej {rcpt.first}\n\n"
            if d.lang == "da"
            else f"Till: {email_of(rcpt.full, dom)}\nÄmne: {subj}\n\nHej {rcpt.first}!\n\n"
        )
    elif kind == "note":
        d.t("Notat\n" if d.lang == "da" else "Anteckning\n")
        d.t(f"Udarbejdet af: {sender.full}\n\n" if d.lang == "da" else f"Upprättad av: {sender.full}\n\n")
    elif kind == "minutes":
        d.t(f"Referat – {firm}\n\n" if d.lang == "da" else f"Protokoll – {firm}\n\n")
    else:
        d.t("")


def frame_close(rng: random.Random, d: Doc, sender: Person, kind: str) -> None:
    if kind == "mail":
        d.t("\n\nVenlig hilsen\n" if d.lang == "da" else "\n\nMed vänlig hälsning\n")
        d.t(f"{sender.full}\n")
    else:
        d.t("\n")


def build_doc(rng: random.Random, lang: str, positive: bool) -> Doc:
    d = Doc(lang)
    pos_pool = POS_DA if lang == "da" else POS_SV
    neg_pool = NEG_DA if lang == "da" else NEG_SV
    neg_person = NEG_DA_PERSON if lang == "da" else NEG_SV_PERSON
    filler = FILLER_DA if lang == "da" else FILLER_SV
    intros = INTRO_DA if lang == "da" else INTRO_SV
    kind = rng.choice(["mail", "mail", "note", "minutes", "plain"])
    sender = person(rng, lang)
    frame_open(rng, d, sender, kind)
    # sentences: (text, categories) in order
    sentences: list[tuple[str, tuple[str, ...]]] = []
    for tpl in rng.sample(filler, rng.randint(1, 3)):
        sentences.append((fill(rng, tpl, sender), ()))
    for _ in range(rng.randint(0, 2) if positive else rng.randint(1, 3)):
        sentences.append((fill(rng, rng.choice(neg_pool), sender), ()))
    for _ in range(rng.randint(0, 1) if positive else rng.randint(1, 2)):
        sentences.append((fill(rng, rng.choice(neg_person), person(rng, lang)), ()))
    rng.shuffle(sentences)
    if positive:
        for _ in range(rng.choices([1, 2, 3], [60, 30, 10])[0]):
            cats, tpl, gender, intro = rng.choice(pos_pool)
            first_person = "{" not in tpl
            if first_person and kind not in ("mail", "note"):
                continue
            who = sender if first_person else person(rng, lang, None if gender is None else gender == "f")
            if first_person and gender is not None and sender.female != (gender == "f"):
                continue
            at = rng.randint(0, len(sentences))
            block = (
                [(fill(rng, rng.choice(intros), who), ()), (fill(rng, tpl, who), cats)]
                if intro
                else [(fill(rng, tpl, who), cats)]
            )
            sentences[at:at] = block
    para_break = 0.3
    for i, (text, cats) in enumerate(sentences):
        if i:
            d.t("\n" if kind == "minutes" else "\n\n" if rng.random() < para_break else " ")
        if kind == "minutes":
            d.t(f"{i + 1}. ")
        start = d.pos
        d.t(text)
        for c in cats:
            d.mark(start, c)
    frame_close(rng, d, sender, kind)
    return d


HAND_WRITTEN: list[tuple[str, str]] = [
    (
        "da",
        "Hej Bente\n\nJeg er nødt til at melde fra til fredagsbaren. [[Min læge har sat mig på blodtryksmedicin, og jeg må ikke drikke alkohol de næste par måneder.|health]]\n\nKnus\nGitte Holm",
    ),
    (
        "da",
        "Kære alle\n\nHusk at vi holder fælles morgenmad i morgen. Der er glutenfri boller til dem, der har bestilt det.\n\nMvh\nKantinen",
    ),
    (
        "da",
        "Notat fra samtale 12/3\n\nDeltagere: Søren Lund (medarbejder), Kim Ravn (leder), Jette Bach (3F).\n[[Søren oplyste, at han har været i misbrugsbehandling i efteråret.|health]] Aftalt at følge op om en måned.",
    ),
    (
        "da",
        "Ansøgere til stillingen som pædagog skal fremvise børneattest og straffeattest inden første arbejdsdag. Attesterne opbevares i personalemappen og slettes efter seks måneder.",
    ),
    (
        "da",
        "Til HR\n\n[[Min kone og jeg venter vores første barn i oktober|health,sexual_orientation]] – hun hedder Louise og er sygeplejerske, så I skal ikke blive forvirrede over navnet i barselsansøgningen.\n\nHilsen Maria Kjær",
    ),
    (
        "da",
        "Referat fra bestyrelsesmøde\n\nFormanden orienterede om, at foreningen har fået 25 nye medlemmer. Kassereren fremlagde regnskabet, som blev godkendt. Næste møde holdes i marts.",
    ),
    (
        "da",
        "Hej Mikkel\n\nTak for snakken. [[Som du ved, har jeg siddet inde for røveri, da jeg var ung|criminal_records]], og jeg er glad for, at I alligevel vil give mig en chance.\n\nVenlig hilsen\nDennis Holm",
    ),
    (
        "da",
        "Pressemeddelelse: Statsadvokaten har rejst tiltale mod selskabet Nordic Shipping A/S for overtrædelse af miljølovgivningen. Selskabet nægter sig skyldig.",
    ),
    (
        "da",
        "Vedr. Ahmad Karimi, cpr 120585-2217\n\n[[Ahmad har fået stillet diagnosen PTSD efter flugten fra Afghanistan|health]] og tilbydes et forløb hos psykolog. Tolk i dari er bestilt.",
    ),
    (
        "da",
        "Nyhedsbrev uge 14\n\nI næste uge er der valg til Folketinget. Husk at stemme! Vi har sat en valgplakat-konkurrence op i kantinen – gæt hvilket parti der får flest stemmer.",
    ),
    (
        "da",
        "[[Kristine Dam er valgt ind i regionsrådet for SF|political_opinion]] og går derfor ned i tid fra 1. januar. [[Hun er også tillidsrepræsentant for HK-klubben|trade_union]], så vi skal finde en suppleant.",
    ),
    (
        "da",
        "Fra: jonas.dahl@mail.dk\nEmne: Fri på fredag\n\n[[Jeg skal til bar mitzvah hos min nevø i synagogen på fredag|religion]] og vil gerne have fri.\n\nJonas",
    ),
    (
        "sv",
        "Hej Lotta!\n\n[[Jag har fått besked att jag har celiaki|health]], så jag kan inte äta av smörgåstårtan på fredag.\n\nKram\nMalin Berg",
    ),
    (
        "sv",
        "Till alla medarbetare\n\nFrån och med måndag införs ett nytt passersystem med ansiktsigenkänning vid huvudentrén. Bilderna lagras krypterat och raderas när anställningen upphör.",
    ),
    (
        "sv",
        "Anteckning från samtal med Kent Ström 4/2\n\n[[Kent berättade att han är medlem i Transport och vill ha med sitt skyddsombud|trade_union]]. [[Han har också nyligen fått en alkoholdiagnos och går i behandling på Riddargatan 1|health]].",
    ),
    (
        "sv",
        "Protokoll styrelsemöte\n\nStyrelsen beslutade att höja medlemsavgiften med 50 kronor. Valberedningen presenterade sitt förslag. Mötet avslutades kl. 20.15.",
    ),
    (
        "sv",
        "Hej,\n\n[[Min sambo Anna och jag|sexual_orientation]] flyttar till Göteborg i höst, så jag kommer att säga upp mig.\n\nHälsningar\nLinnéa Holm",
    ),
    (
        "sv",
        "Tingsrätten dömde i dag bolaget Västkust Bygg AB att betala företagsbot på 500 000 kronor för arbetsmiljöbrott. Ingen enskild person åtalades.",
    ),
    (
        "sv",
        "Ang. Ali Hassan, personnummer 850312-2398\n\n[[Ali är dömd till skyddstillsyn för narkotikabrott|criminal_records]] och har kontakt med frivården varje vecka. Handläggare: Eva Nord.",
    ),
    (
        "sv",
        "Veckobrev\n\nI helgen är det Eid al-fitr och många av våra elever firar. Skolan är öppen som vanligt. Glöm inte utflykten till Skansen på tisdag.",
    ),
    (
        "sv",
        "[[Ola Persson är kommunalråd för Kristdemokraterna i Växjö|political_opinion]]. [[Han är även diakon i Svenska kyrkan|religion]] och sitter i stiftsfullmäktige.",
    ),
    (
        "sv",
        "Från: erik.ek@telia.com\n\nHej!\n[[Jag är född med cystisk fibros|health]] [[och det genetiska testet visade att båda mina föräldrar är bärare|genetic]]. Jag behöver därför anpassade arbetstider.\n/Erik",
    ),
    (
        "da",
        "Tak for din ansøgning. Vi har modtaget mange kvalificerede ansøgninger og har desværre valgt at gå videre med andre kandidater.",
    ),
    (
        "sv",
        "Tack för din ansökan. Vi har fått många kvalificerade sökande och har tyvärr valt att gå vidare med andra kandidater.",
    ),
]


def hand_doc(lang: str, text: str) -> Doc:
    """Hand-written documents; a labelled span may hold one category (several spans for several)."""
    doc = Doc(lang)
    rest = text
    while "[[" in rest:
        before, _, tail = rest.partition("[[")
        inner, _, rest = tail.partition("]]")
        span, _, cats = inner.rpartition("|")
        doc.t(before)
        start = doc.pos
        doc.t(span)
        for c in cats.split(","):
            doc.mark(start, c)
    doc.t(rest)
    return doc


def build(seed: int = 9, n_generated: int = 400) -> list[dict[str, object]]:
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    for i in range(n_generated):
        lang = "da" if i % 2 == 0 else "sv"
        positive = (i // 2) % 2 == 0
        doc = build_doc(rng, lang, positive)
        while positive and not doc.labels:
            doc = build_doc(rng, lang, positive)
        records.append(doc.record(f"cat-{i:04d}", family="positive" if positive else "negative"))
    for j, (lang, text) in enumerate(HAND_WRITTEN):
        records.append(hand_doc(lang, text).record(f"cat-hand-{j:03d}", family="hand_written"))
    return records


def main() -> None:
    seed, out = build_args("categories.jsonl", 9)
    records = build(seed)
    write_jsonl(out, records)
    counts: dict[str, int] = {}
    for rec in records:
        for c in {lab["entity"] for lab in rec["labels"]}:  # type: ignore[attr-defined]
            counts[c] = counts.get(c, 0) + 1
    negatives = sum(1 for r in records if not r["labels"])
    print(
        f"{len(records)} documents, {negatives} without a category; documents per category: {dict(sorted(counts.items()))}"
    )


if __name__ == "__main__":
    main()
