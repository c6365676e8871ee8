"""Hand-written v19 documents: SMS, Teams and Slack chat, and German, Polish, Ukrainian and English text written
in Danish and Swedish workplaces."""

BANK = r"""
=== chat da
[09:41] ⟨dan#a⟩: har du hans cpr? skal bruge det til forsikringen
[09:43] ⟨dan#b⟩: 2 sek
[09:44] ⟨dan#b⟩: ⟦cpr:n⟧
[09:44] ⟨dan#a⟩: tak 👍
[09:45] ⟨dan#b⟩: og hans tlf er ⟨dkph⟩ hvis de ringer

=== chat sv
⟨svn#a⟩ 14:02
kan du kolla om ⟨svn⟩ är inlagd i Primula? pnr ⟦pnr⟧
⟨svn#b⟩ 14:09
hittar inte, testade ⟦pnr:s⟧ också
⟨svn#a⟩ 14:10
aha sorry fel, det ska vara ⟦pnr⟧ 🙈

=== chat en
#nordic-payroll  (Slack export)
⟨enn⟩  10:03 AM
Quick one: the new Swede in Malmö, ⟨svn⟩, personnummer is ⟦pnr:l⟧ — can someone add her to Fortnox?
⟨enn⟩  10:05 AM
done ✅ employee id ⟨n4⟩
⟨enn⟩  10:06 AM
pls don't post personnummer in channels, use the HR form next time 🙏

=== chat da
SMS fra 1919 · ⟨date⟩
Kære ⟨dan⟩. Din tid hos tandlægen ⟨date⟩ kl. ⟨time⟩ er bekræftet. Husk sygesikringskort. Afbud på ⟨dkph⟩. Svar ikke på denne SMS.

=== chat da
Teams – Chat med ⟨dan#a⟩
⟨dan#a⟩  I går 16:12
Hej, jeg sender lige min søns oplysninger til forældreintra da linket ikke virker
⟨dan#a⟩  I går 16:12
⟨dan⟩
⟦cpr:kid⟧
⟨dan#b⟩  I går 16:30
Tak, jeg får det oprettet i morgen

=== chat sv
SMS
Hej! Din leverans med kollinr ⟨track⟩ kommer imorgon 08-12. Svara STOPP för att avsluta. //PostNord

=== chat sv
Teams · Kanal: Rekrytering Göteborg
⟨svn⟩ (Gäst): Hej igen, här är mina uppgifter till anställningsavtalet: ⟨svn⟩, ⟦pnr:ld⟧, ⟨svstreet⟩, ⟨svcity⟩. Clearing ⟨clkto⟩
⟨svn⟩: Tack! Jag tar bort ditt meddelande när jag har fört över det.

=== chat no
[13:20] ⟨non⟩: hei, trenger fnr til ny vikar for å sende til lønn
[13:22] ⟨non⟩: ⟦fnr:sp⟧ ⟨non⟩
[13:22] ⟨non⟩: tlf ⟨noph⟩

=== chat fi
WhatsApp · Työmaa Espoo
⟨fin⟩: tarvitsen sun hetun kulkulupaa varten
⟨fin⟩: ⟦hetu:new⟧
⟨fin⟩: kiitos, laitan eteenpäin
⟨fin⟩: ja veronumero?
⟨fin⟩: 1000⟨n8⟩

=== foreign de
Personalfragebogen (Dänemark)
Name, Vorname: ⟨enn⟩
Dänische Personennummer (CPR): ⟦cpr⟧
Steuer-ID (Deutschland): ⟨n8⟩⟨n3⟩ — bitte nicht mit der CPR verwechseln
Sozialversicherungsnummer: 65 ⟨n6⟩ M ⟨n3⟩
Bankverbindung: ⟨iban⟩
Arbeitsbeginn: ⟨date⟩ im Lager ⟨dacity⟩

=== foreign de
Hallo ⟨dan⟩,
anbei die Liste der Monteure für das Projekt in Malmö. Die schwedischen Samordningsnummern haben wir jetzt:
- ⟨enn⟩: ⟦pnr:co⟧
- ⟨enn⟩: ⟦pnr:co⟧
- ⟨pln⟩: ⟦pnr:co⟧
- ⟨enn⟩: noch nicht erhalten, Antrag vom ⟨date⟩
Die A1-Bescheinigungen folgen. Viele Grüße, ⟨enn⟩ (Tel. +49 171 ⟨n3⟩⟨n4⟩)

=== foreign pl
Cześć ⟨dan⟩,
mój numer CPR to ⟦cpr⟧, a mojej żony ⟨pln⟩ to ⟦cpr⟧. Czy możesz to przekazać do biura płac?
Konto w Danii: ⟨regkto⟩. Dzięki!
⟨pln⟩

=== foreign pl
Lista pracowników sezonowych – truskawki, gospodarstwo ⟨dalast⟩
Lp. | Imię i nazwisko | CPR | PESEL
1 | ⟨pln#a⟩ | ⟦cpr:en⟧ | ⟨n8⟩⟨n3⟩
2 | ⟨pln#b⟩ | ⟦cpr:en⟧ | ⟨n8⟩⟨n3⟩
3 | ⟨pln#c⟩ | ⟦cpr:en⟧ | ⟨n8⟩⟨n3⟩
4 | ⟨pln#d⟩ | w trakcie | ⟨n8⟩⟨n3⟩

=== foreign uk
Добрий день, ⟨dan⟩!
Надсилаю дані для реєстрації в комуні:
Ім'я: ⟨enn⟩
Номер CPR: ⟦cpr⟧
Син: ⟨enn⟩, CPR ⟦cpr:kid⟧
Телефон: ⟨dkph⟩
Дякую!

=== foreign uk
Привіт! Це список для Skatteverket, хто вже отримав personnummer:
⟨enn⟩ — ⟦pnr⟧
⟨enn⟩ — ⟦pnr⟧
⟨enn⟩ — samordningsnummer ⟦pnr:co⟧
⟨enn⟩ — ще чекаємо
Контакт: ⟨seph⟩

=== foreign en
Hi ⟨dan⟩,
Following our call: my wife ⟨enn⟩ got her CPR yesterday, it's ⟦cpr⟧. Mine is ⟦cpr⟧ as you know.
Our daughter's is still pending. Could you add both to the health insurance? Policy number ⟨cprlike⟩.
Cheers, ⟨enn⟩

=== foreign en
Onboarding checklist – Stockholm office
[x] Contract signed (⟨date⟩)
[x] Personnummer received from Skatteverket: ⟦pnr:ld⟧
[ ] Bank account (clearing ⟨n4⟩, account ⟨n10⟩)
[ ] BankID
[x] Badge no. ⟨n6⟩ / locker ⟨n3⟩

=== foreign de
Sehr geehrte Damen und Herren,
hiermit bestätigen wir, dass Frau ⟨enn⟩, schwedische Personennummer ⟦pnr:ld⟧, seit dem ⟨date⟩ bei uns als
Krankenschwester beschäftigt ist. Arbeitgeber: ⟨svlast⟩ Vård AB, Org.-Nr. ⟨seorg⟩.
Mit freundlichen Grüßen
⟨svn⟩, Personalabteilung

=== foreign pl
Umowa najmu pokoju
Wynajmujący: ⟨dan⟩, CPR ⟦cpr:sp⟧
Najemca: ⟨pln⟩, CPR ⟦cpr:sp⟧
Czynsz: ⟨amount⟩ DKK miesięcznie, płatny na konto ⟨regkto⟩.
"""
