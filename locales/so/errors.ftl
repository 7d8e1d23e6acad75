error-unknown-locale = Luqadda “{ $tag }” kuma jirto { -trinvis }.
error-unknown-guide = Hagaha “{ $guide }” ma jiro.
error-invalid-input = Qiimahaas halkan laguma isticmaali karo.
error-not-saved = Isbeddelkaaga lama kaydin karin. Mar kale isku day.
notice-progress-recovered = Horumarkaagii la kaydiyay lama akhrin karin, sidaas darteed { -trinvis } wuxuu dib uga bilaabay bilowga. Faylkii hore waa la kaydiyay.
notice-progress-not-saved = { -trinvis } hadda ma kaydin karo horumarkaaga. Waad sii tababaran kartaa, laakiin horumarkaagu wuu lumi doonaa marka aad xirto.
