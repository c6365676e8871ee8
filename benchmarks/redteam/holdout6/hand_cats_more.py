"""More hand-written Danish, Swedish and Norwegian documents for categories.jsonl, in registers of their own."""

TEXT = r"""
=== hand-chat-support da
Chat med kundeservice (eksport)
Kunde (Louise): Hej, jeg vil gerne returnere barnevognen.
Agent (Mikkel): Selvfølgelig! Må jeg spørge om årsagen?
Kunde (Louise): ⟦H|Jeg har desværre mistet graviditeten i uge 14, så vi skal ikke bruge den alligevel.⟧
Agent (Mikkel): Det er jeg virkelig ked af at høre. Jeg sender en returlabel med det samme.
=== hand-chat-support sv
Chattlogg kundtjänst
Kund (Peter Nyqvist): Kan jag pausa mitt abonnemang?
Agent: Självklart, hur länge?
Kund (Peter Nyqvist): ⟦C|Jag ska avtjäna ett straff på åtta månader på anstalten Tidaholm från januari.⟧
Agent: Då pausar vi från 1 januari.
=== hand-logistics da
Arbejdsulykke - anmeldelse til AT (udkast)
Tilskadekomne: ⟦H|Lagerarbejder Brian Kjær fik en palle over foden og har brækket to tæer; han er sygemeldt i tre uger.⟧
Vidner: Dennis, Anja. Truckfører ikke involveret.
=== hand-logistics sv
Incidentrapport, terminalen i Jönköping: En pall föll från en hylla natten till tisdag. Ingen person skadades. Hyllan har spärrats av och leverantören är kontaktad.
=== hand-realestate da
Til udlejer: ⟦C|Lejeren i nr. 8, Kenneth Vang, er dømt for salg af narkotika fra lejligheden,⟧ og vi ophæver derfor lejemålet efter lejelovens § 182. Advokat Hvidt har sagen.
=== hand-realestate sv
Hyresnämnden: Förhandlingen gäller hyreshöjning för 48 lägenheter i Kv. Fasanen. Hyresgästföreningen företräder hyresgästerna. Beslut meddelas skriftligen.
=== hand-ngo da
Frivilligansøgning - Røde Kors Besøgstjeneste
Navn: Anja Lind
⟦H|Helbred: Jeg har selv haft en depression og ved hvor meget et besøg betyder.⟧
Erfaring: 3 år i genbrugsbutik.
=== hand-ngo sv
Volontäransökan - Stadsmissionen
Namn: ____________
Erfarenhet: ____________
Har du ett utdrag ur belastningsregistret? [ ] ja [ ] nej
=== hand-ngo da
Nyhedsbrev, Ældre Sagen Vejle: Vi holder sorgcafé for alle der har mistet en ægtefælle. Onsdage kl. 14 i Kulturhuset. Kaffe og kage. Tilmelding ikke nødvendig.
=== hand-recruit da
Frivilligt mangfoldighedsskema (udfyldt)
Navn: Aputsiaq Olsen
⟦E|Etnisk baggrund: grønlandsk (inuk), født i Ilulissat⟧
Handicap: nej
=== hand-recruit sv
Frivillig mångfaldsenkät (mall)
Namn: __________
Etnisk bakgrund: __________
Funktionsnedsättning: [ ] ja [ ] nej
Uppgifterna är frivilliga och påverkar inte urvalet.
=== hand-telecom da
Kundenotat, Norlys: ⟦C|Kunden Jimmi Sørensen afsoner i Statsfængslet Østjylland til marts,⟧ hans mor har fuldmagt og betaler regningen.
=== hand-travel sv
Bokning Hajj 2027 - Al-Safa Resor
⟦R|Resenärer: Hassan och Amina Abdullahi, som ska genomföra sin första vallfärd till Mecka.⟧
Visum ansökt via ambassaden.
=== hand-travel da
Tilbud: Kulturrejse til Jerusalem og Betlehem med besøg i Gravkirken og Klagemuren. Rejseleder er cand.theol. Erfaren guide. Pris 14.995 kr.
=== hand-immigration sv
Utdrag ur beslut: ⟦R|Sökanden Rahel Tesfamariam tillhör en pingstförsamling som förföljs i Eritrea⟧ och beviljas flyktingstatusförklaring.
=== hand-interpreter da
Tolkeprofil (egen beskrivelse): ⟦E|Jeg hedder Dilnur Tursun og er uigur, født i Kashgar.⟧ Jeg tolker mellem uigurisk, kinesisk og dansk.
=== hand-research sv
Sammanställning kohort B (aggregerad, inga individdata)
diagnos;antal;andel
E11 Typ 2-diabetes;112;41 %
I25 Kronisk ischemisk hjärtsjukdom;64;24 %
J45 Astma;95;35 %
=== hand-research da
Udtræk til opfølgning (med navne - må ikke sendes ukrypteret)
Navn;Diagnose;Næste kontrol
⟦H|Bente Lauridsen;Type 2-diabetes;03.02⟧
⟦H|Kurt Hvid;Hjertesvigt;10.02⟧
=== hand-press sv
Lokalnytt: ⟦O|Sverigedemokraternas gruppledare i Ludvika, Roger Sund, har lämnat partiet och går över till Kristdemokraterna.⟧ Han behåller sin plats i fullmäktige.
=== hand-press da
Kort nyt: En 23-årig kvinde blev natten til søndag påkørt på Vesterbrogade. Hun blev kørt på Rigshospitalet med brud på benet. Politiet efterlyser vidner.
=== hand-election da
Valgplakat (tekst)
⟦O|STEM PÅ ANNE-GRETHE BUCH - DIN KANDIDAT FOR DANSK FOLKEPARTI I GULDBORGSUND⟧
Trygt, nært og ordentligt.
=== hand-election sv
Information från Valmyndigheten: Förtidsröstningen börjar 18 dagar före valdagen. Ta med giltig id-handling. Du kan rösta i vilken röstningslokal som helst i Sverige.
=== hand-kindergarten da
Notat til pædagogerne: ⟦C|Williams far, Martin Lund, sidder i fængsel og må ikke hente William;⟧ kun mor eller mormor må hente. Spørg ledelsen hvis i tvivl.
=== hand-kindergarten sv
Förskolan informerar: Vi firar inte längre fars dag och mors dag, utan en familjedag för alla familjer. Alla slags familjer är välkomna!
=== hand-driving sv
Elevanteckning: ⟦H|Ella Sjöberg har diabetes typ 1 och måste mäta blodsockret före varje körlektion.⟧
=== hand-studenthousing da
Afgørelse, kollegiets indstillingsudvalg: ⟦C|Beboeren Jonas Krogh er dømt for besiddelse af hash med henblik på salg,⟧ og lejemålet opsiges.
=== hand-union no
Hei alle! ⟦U|Jeg har meldt meg inn i Fagforbundet og er valgt til tillitsvalgt på avdelingen.⟧ Ta kontakt om dere lurer på noe. Hilsen Kari Solheim
=== hand-union sv
Fackliga frågor: Hur går jag med i facket? Du kan bli medlem via förbundets webbplats. Avgiften är avdragsgill och beror på din lön.
=== hand-en da
Hi Mette, our Danish colleague Yusuf will be in London next week. ⟦R|He observes Friday prayers, so please book the 13:00 slot in the multi-faith room for him.⟧ Thanks, James (HR London)
=== hand-en sv
Global HR policy: Employees may request time off for religious holidays. Requests are handled confidentially by the local HR partner.
=== hand-fiction da
Boganmeldelse: I romanen "Vinterlys" følger vi Karen, der får konstateret kræft og tager på en sidste rejse til Skagen. En smuk og sørgelig bog. Fem stjerner.
=== hand-fiction sv
Teaterrecension: I pjäsen spelar Lena Ekdahl en kvinna som döms för mord på sin man. En stark föreställning på Dramaten, spelas till mars.
=== hand-history da
Lokalhistorisk forening: Vores nye udstilling handler om skræddermester Anders Bech (1821-1889), der sad i Horsens Tugthus for tyveri i 1850'erne. Udstillingen åbner 1. marts.
=== hand-history sv
Hembygdsföreningen: Föredrag om prästen Olof Ekman (1790-1861) och väckelserörelsen i Jämtland. Kaffe serveras. Fri entré.
=== hand-question da
Spørgsmål til advokaten: Min nabo fortalte mig at han har siddet i fængsel. Må jeg fortælle det til resten af ejerforeningen?
=== hand-question sv
Fråga till kyrkoherden: Kan man gifta sig i kyrkan om ingen av oss är döpt?
=== hand-hypothetical da
Case til eksamen i HR-jura: Antag at en medarbejder oplyser, at hun er medlem af Enhedslisten. Må arbejdsgiveren notere det i personalemappen?
=== hand-stats sv
SCB: Andelen sysselsatta som är medlemmar i en fackförening var 68 procent 2025. Högst var andelen inom offentlig sektor.
=== hand-biometric sv
Passersystem, driftlogg: ⟦B|Ansiktsmall registrerad för Jenny Björk (badge 4471)⟧. Kortinloggning avaktiverad.
=== hand-biometric da
Indkøb: Vi overvejer at købe en fingeraftrykslæser til døren ved lageret. Leverandøren påstår at skabeloner ikke kan genskabes til et fingeraftryk.
=== hand-sexual da
Personaleblad, jubilæer: ⟦S|Vi ønsker tillykke til Jesper fra IT og hans mand Thomas, der blev gift i Frederiksberg Rådhus i lørdags.⟧
=== hand-sexual sv
Personaltidningen: Pride-veckan firas med regnbågsfika i matsalen på fredag. Alla är välkomna!
=== hand-genetic sv
Från släktforskningsgruppen: ⟦G|Mitt DNA-test visade att min farfar, Gustav Lind, inte var min biologiska farfar⟧, så nu letar jag vidare. /Birgitta Lind
"""
