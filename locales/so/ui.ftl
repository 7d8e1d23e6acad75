window-title = { -trinvis }
home-title = Ku soo dhowow { -trinvis }
home-intro = Ku tababar adeegyada dijitaalka ah tallaabo tallaabo. Halkan waa ammaan inaad khaldanto.
language-button = Luqadda
language-menu-title = Dooro luqadda
language-menu-close = Xir
topics-heading = Mawduucyada
text-missing = (Qoraalku ma jiro)
error-generic = Wax baa khaldamay. Mar kale isku day.
nav-label = Liiska ugu weyn
nav-home = Bogga hore
nav-search = Raadi
nav-glossary = Liiska erayada
nav-settings = Dejinta
first-run-title = Ku soo dhowow! Dooro luqaddaada
first-run-hint = Mar walba waxaad luqadda ku beddeli kartaa hadhow, qaybta Dejinta.
resume-heading = Ka sii wad meeshii aad ku joogsatay
resume-button = Sii wad
topic-coming-soon = Dhowaan
guide-completed = La akhriyay
guide-back = Dib u noqo
guide-next = Xiga
guide-finish = Dhammee
guide-key-words = Erayo af-Deenish ah oo shaashadda ku qoran
guide-illustration-label = Sidan ayay u egtahay
guide-done-title = Si fiican baad u qabatay!
guide-done-text = Waxaad akhriday hagaha oo dhan.
guide-to-home = Tag bogga hore
guide-keyboard-hint = Waxaad sidoo kale hore iyo gadaal ugu socon kartaa furayaasha fallaadhaha.
guide-check-title = Is tijaabi
guide-check-intro = Su'aal kasta u dooro jawaab. Mar kale waad isku dayi kartaa inta aad rabto.
guide-check-right = Waa sax
guide-check-wrong = Sax ma aha. Isku day jawaab kale.
search-title = Raadi
search-label = Ka raadi hagayaasha
search-button = Raadi
search-hint = Qor eray, tusaale ahaan “{ -mitid }” ama “boosto”.
glossary-title = Liiska erayada
glossary-intro = Erayada aad ku aragto shaashadaha af-Deenishka ah, iyo waxay ka dhigan yihiin.
glossary-search-label = Raadi eray
glossary-search-hint = Ku qor af-Deenish ama luqaddaada.
glossary-no-match = Ma jiro eray ku habboon waxa aad qortay.
glossary-example-label = Tusaale:
glossary-back-to-practice = Ku noqo layliga
settings-title = Dejinta
settings-language = Luqadda
settings-second-language = Luqadda labaad
settings-second-language-hint = Haddii qoraal aanu ku jirin luqaddaada, waxaa lagu muujinayaa luqaddan.
settings-text-size = Cabbirka qoraalka
settings-high-contrast = Midabyo aad u kala duwan
settings-forget = Tirtir wax walba
settings-forget-hint = Tani waxay tirtiraysaa luqadda aad dooratay, dejintaada, iyo wax kasta oo aad akhriday oo aad ku tababaratay. Dib looma soo celin karo.
settings-forget-confirm = Haa, tirtir wax walba
settings-forget-cancel = Maya, ha tirtirin
notice-dismiss = Hagaag
practice-tag = Layli
practice-guidance-heading = Waxa aad samaynayso
practice-hint-button = I tus tilmaan
practice-show-me-button = I tus sida
practice-restart-button = Ka bilow bilowga
practice-glossary-button = Liiska erayada
practice-safe-note = Kani waa layli. Waxba meelna looma diro.
practice-address-label = Cinwaanka bogga
practice-qr-label = Koodhka QR: taabo si aad taleefanka ugu akhrido
practice-swipe-label = Jiid si aad u oggolaato
practice-reject-label = Ha oggolaan
practice-done-title = Si fiican ayaad u samaysay!
# The phone's own button that ends a call, in the learner's language (not a MitID screen word).
practice-hang-up-label = Jooji wicitaanka
# Who is calling, as the phone shows it during the fraud practice: a hidden number.
practice-caller-label = Lambar qarsoon
# Introduces what the caller says.
practice-caller-says = Qofka wacaya wuxuu leeyahay:
# The browser's own button that closes the page, in the learner's language.
practice-close-page-label = Xir bogga
# Screen-reader name of the mark on an error screen.
practice-error-label = Khalad
# Screen-reader name of the code display (kodeviser) device drawn beside the screen.
practice-code-display-label = Koodh-muujiyahaaga
# Screen-reader names of the two devices in a practice, shown side by side.
practice-computer-label = Kombiyuutar
practice-phone-label = Taleefan
# Marks the device that only shows how things stand meanwhile; you act on the other one.
practice-meanwhile-label = Isla waqtigaas
# The small button beside a Danish word that shows what it means, in the learner's language.
practice-meaning-button = Maxay ka dhigan tahay?
practice-unread-label = Lama akhrin
practice-attachment-label = Fayl ku lifaaqan
practice-document-label = Fayl la furay

# Translator mode, for the people who translate the app. Header button to its screen, shown only while it is on.
nav-translator = Turjumaan
settings-translator = Habka turjumaanka
settings-translator-hint = Turjumaanada: fur gal ay ku jiraan faylasha luqadaha. Markaas { -trinvis } wuxuu muujinayaa qoraaladaada, wuuna cusboonaysiinayaa isla marka aad kaydiso fayl.
settings-translator-folder = Galka faylasha luqadaha
settings-translator-folder-hint = Galka uu ku jiro gal luqad kasta, tusaale ahaan da, en iyo so.
settings-translator-open = Fur
translator-stop = Jooji habka turjumaanka
translator-title = Habka turjumaanka
translator-folder = Gal
# Followed by a number: how many times the files were read again after a save.
translator-reloads = Inta jeer ee laga soo raray diskiga:
# Alt+I and Escape are key names: keep them as they are.
translator-tip-hint = Si aad u aragto aqoonsiga fariinta qoraal, tilmaan qoraalka, ama dooro oo riix Alt+I. Escape ayaa mar kale xira sanduuqa.
# The two test languages (pseudo-locales) in the language menu.
translator-pseudo-hint = Liiska luqadaha hadda waxaa ku jira laba luqadood oo tijaabo ah. Mid waxay leedahay xarfo calaamado leh iyo erayo ka dheer, si qoraal aan ka imaan faylasha luqadaha, ama la gooyay, uu u muuqdo. Tan kale waa la rogay oo midig ilaa bidix ayaa loo akhriyaa, si nakhshad kaliya bidix ilaa midig ka shaqaysa ay u muuqato.
translator-status-heading = Xaaladda luqad kasta
translator-problems-heading = Dhibaatooyinka hubintu heshay
translator-filter-locale = Luqad
translator-filter-all = Dhammaan luqadaha
translator-filter-errors-only = Khaladaadka oo keliya
translator-problems-none = Dhibaato ma jirto. Fayl kasta wuu gudbay hubinta.
translator-problems-none-filtered = Ma jirto dhibaato ku habboon shaandhada.
# Column headers of the list of problems.
translator-problem-place = Fayl iyo sadar
translator-problem-severity = Culeyska
translator-problem-message = Dhibaatada
translator-problem-check = Hubinta
translator-severity-error = Khalad
translator-severity-warning = Digniin
# Heading of the small box that shows which messages a text comes from.
translator-tip-label = Aqoonsiga fariinta

# Ambassador mode: presenting a guide to a group on a projector.
present-button = U tus koox
present-exit = Dhammee soo bandhigga
# Key names (B, F, L, H, N, Escape, Page Up/Down) stay as they are.
present-keys-hint = Furayaasha fallaadhaha ama Page Up/Down: tallaabo hore iyo gadaal · B: shaashad madow · F: shaashad buuxda · L iyo tiro: luqadda kooxda · P iyo tiro: kula tababar kooxda · H: maxaa la ii oggol yahay inaan ka caawiyo · N: qoraallada · Escape: dhammee
present-choose-audience = Luqadda kooxda: riix tiro.
present-blank-label = Shaashaddu waa madow. Riix B si aad mar kale u muujiso.
present-notes-button = Qoraallada, daaqad gooni ah
present-help-button = Maxaa la ii oggol yahay inaan ka caawiyo?
help-card-title = Maxaa la ii oggol yahay inaan ka caawiyo?
help-card-close = Xir
notes-window-title = Qoraallada safiirka
notes-waiting = Bilow soo bandhig si aad halkan ugu aragto qoraallada tallaabo kasta.
look-away-prompt = Ma caawinaysaa qof kale? Hadda meel kale eeg, oo qofka u daa inuu isagu qoro koodhka.
present-practice-button = Kula tababar kooxda
present-choose-practice = Layli: riix tiro.
group-practice-keys-hint = Guji shaashadda marka kooxdu sheegto waxa la riixayo · B: shaashad madow · F: shaashad buuxda · L iyo tiro: luqadda kooxda · H: maxaa la ii oggol yahay inaan ka caawiyo · N: qoraallada · Escape: ku noqo hagaha
group-practice-back = Ku noqo hagaha
present-next-guide = Hagaha xiga ee qorshaha
plan-open-button = Qorshee kulan
plan-title = Qorshaha kulanka
plan-intro = Dooro hagayaasha kulan aad koox la yeelanayso, kuna habee siday isugu xigi doonaan marka aad tusto. Qorshaha waxaa lagu kaydinayaa kombiyuutarkan.
plan-chosen-heading = Ku jira qorshaha
plan-available-heading = Dhammaan hagayaasha
plan-empty = Qorshuhu waa madhan yahay. Hagayaal ka soo dar liiska.
plan-add = Ku dar
plan-remove = Ka saar
plan-move-up = Kor u qaad
plan-move-down = Hoos u dhig
plan-present = Kooxda u tus qorshaha
plan-export = U kaydi fayl ahaan …
plan-import = Ka fur fayl …
plan-undo = Ka noqo
plan-share-hint = Qorshaha u kaydi fayl yar si aad ula wadaagto safiirrada kale.
plan-removed = Hagaha waa laga saaray qorshaha.
plan-imported = Qorshaha waa laga soo furay faylka.
plan-exported = Qorshaha waa lagu kaydiyay faylka.
handout-button = Daabac
handout-title = Daabacaad
handout-language = Luqadda
handout-second-language = Luqadda dhinaca ku taal
handout-no-second-language = Midna
handout-print = Daabac …
handout-back = Ku noqo hagaha
handout-hint = Si aad u kaydiso PDF, dooro “Print to File” daaqadda daabacaadda.
