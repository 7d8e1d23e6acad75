error-unknown-locale = Luqadda “{ $tag }” kuma jirto { -trinvis }.
error-unknown-guide = Hagaha “{ $guide }” ma jiro.
error-invalid-input = Qiimahaas halkan laguma isticmaali karo.
error-not-saved = Isbeddelkaaga lama kaydin karin. Mar kale isku day.
notice-progress-recovered = Horumarkaagii la kaydiyay lama akhrin karin, sidaas darteed { -trinvis } wuxuu dib uga bilaabay bilowga. Faylkii hore waa la kaydiyay.
notice-progress-not-saved = { -trinvis } hadda ma kaydin karo horumarkaaga. Waad sii tababaran kartaa, laakiin horumarkaagu wuu lumi doonaa marka aad xirto.
error-unknown-practice = Layliga “{ $flow }” ma jiro.
practice-real-details-note = Halkan waligaa ha ku qorin macluumaadkaaga dhabta ah, sida lambarkaaga CPR ama koodhkaaga dhabta ah. Layligu wuxuu isticmaalaa jawaab tababar ah.
