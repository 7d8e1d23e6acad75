# The topics on the home screen: a title and one line on what the topic teaches.

topic-mitid = { -mitid }
topic-mitid-summary = Log sikkert på, og lær at afvise svindel.
topic-digital-post = { -digital-post }
topic-digital-post-summary = Læs og besvar breve fra det offentlige.
topic-self-service = Selvbetjening på { -borger-dk }
topic-self-service-summary = Meld flytning, og giv en digital fuldmagt.
topic-helping-others = Hjælp andre
topic-helping-others-summary = Hvad du må hjælpe med, og hvordan.
