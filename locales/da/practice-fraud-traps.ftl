# Practice: fraud traps, from the official anti-fraud advice (content brief 1.7, 1.6, 1.4).
# The caller's words (…-call-words) are what a fraudster says on the phone; translate them as
# natural speech in your language. Guidance and feedback explain without blame.

practice-fraud-traps-title = Gennemskue { -mitid }-svindel
# Source: https://mitid.dk/sikkerhed/phishing/fupopkald
practice-fraud-traps-bank-call-call-words = Hej, jeg ringer fra din bank. Nogen prøver at tage penge fra din konto. For at stoppe dem skal du godkende den besked, du får i { -mitid } appen nu.
practice-fraud-traps-bank-call-guidance = En mand ringer. Han siger, han er fra din bank, og en anmodning kommer i { -mitid } appen. Banken beder dig aldrig godkende noget i telefonen. Afvis anmodningen.
practice-fraud-traps-bank-call-hint = Godkend ikke. Tryk på knappen under anmodningen, som afviser den.
practice-fraud-traps-bank-call-approve-feedback = Stop: hvis du godkender, kan svindleren logge på som dig. Ingen bank, intet politi og ingen fra { -mitid } eller { -borgerservice } ringer og beder dig godkende. Afvis anmodningen.
# Source: https://politi.dk/oekonomisk-svindel-paa-nettet/forebyg-oekonomisk-svindel-paa-nettet/undgaa-misbrug-af-identitets-og-kortoplysninger
practice-fraud-traps-pressure-call-words = Hvorfor godkendte du ikke? Skynd dig, ellers mister du alle dine penge!
practice-fraud-traps-pressure-guidance = Svindlere presser dig til at skynde dig. Det er et tegn på svindel. Læg på. Vil du tale med banken, så ring selv til det nummer, du kender.
practice-fraud-traps-pressure-hint = Tryk på knappen, der lægger på.
# Source: https://www.mitid.dk/en-gb/help/help-universe/how-to-log-on/how-to-log-on-with-mitid-app/
practice-fraud-traps-unexpected-guidance = Senere sidder du og laver ingenting. Pludselig kommer en anmodning i { -mitid } appen. Du har ikke selv startet noget. Så afviser du.
practice-fraud-traps-unexpected-hint = Du startede ikke noget. Tryk på knappen, som afviser anmodningen.
practice-fraud-traps-unexpected-approve-feedback = Godkend aldrig noget, du ikke selv har startet. Nogen andre prøver at bruge dit { -mitid }. Afvis anmodningen.
# Source: https://www.mitid.dk/en-gb/help/help-universe/mitid-authenticators/i-lost-my-mitid-authenticator/
practice-fraud-traps-whom-guidance = Nogen prøvede at bruge dit { -mitid }. Ring selv til { -mitid } Support på { $mitid-support-phone }. De kan spærre dit { -mitid } med det samme. Find dem i telefonens liste.
practice-fraud-traps-whom-hint = Tryk på »{ -mitid } Support«.
practice-fraud-traps-whom-borgerservice-feedback = { -borgerservice } hjælper, når du har bestilt tid. Lige nu skal det gå hurtigt: ring til { -mitid } Support på { $mitid-support-phone }. Er nogen allerede kommet ind, så ring også til hotlinen for identitetstyveri på { $identity-theft-phone }. Den har åbent hele døgnet.
# Source: https://www.banken.gl/da/privat/netbank/mitid
practice-fraud-traps-fake-box-guidance = En side ligner { -mitid }-boksen. Se på adressen øverst: den ender ikke på »mitid.dk«. Skriv ikke noget. Luk siden.
practice-fraud-traps-fake-box-hint = Læs adressen. Tryk så på knappen, der lukker siden.
practice-fraud-traps-fake-box-continue-feedback = Adressen ender ikke på »mitid.dk«, så det er ikke den rigtige { -mitid }-boks. Skriv intet her. Luk siden.
practice-fraud-traps-done-guidance = Godt gået! Du afviste det, du ikke selv startede, du lagde på, du ved, hvem du skal ringe til, og du tjekker adressen. Husk: { -mitid } Support { $mitid-support-phone }.
