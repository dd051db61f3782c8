### Reply keywords: French (fr).
### Status: draft: needs review by a native speaker (France, Haiti, West and Central Africa).
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Accents and apostrophes do not matter (deja = déjà, d accord = d'accord). "annuler" alone
### declines the visit; it is not an opt-out word (STOP, ARRÊT are).

reply-accept = oui, ouii, ouais, ouai, oui merci, oui oui, oui bien sûr, ok, d'accord, d accord, dac, dacc, ok d'accord, bien sûr, bien sur, avec plaisir, volontiers, parfait, très bien, tres bien, c'est bon, c est bon, ça marche, ca marche, ça me va, ca me va, ça nous va, ca nous va, pas de problème, pas de probleme, pas de souci, pas de soucis, aucun problème, aucun probleme, aucun souci, je confirme, confirmé, confirme, j'accepte, nous acceptons, entendu, super, génial, genial, pourquoi pas, carrément, carrement, ça me convient, ca me convient, ça nous convient, je suis d'accord, nous sommes d'accord, je peux, on peut, nous pouvons

reply-decline = non, nn, nan, non merci, pas intéressé, pas intéressée, pas interesse, pas interessee, pas intéressés, je ne peux pas, je peux pas, on ne peut pas, on peut pas, nous ne pouvons pas, je ne veux pas, je veux pas, on ne veut pas, pas maintenant, pas pour le moment, pas cette fois, pas possible, impossible, annuler, annulez, annuler la visite, annulez la visite, je refuse, ça ne m'arrange pas, ca ne m arrange pas, pas disponible, pas dispo, je suis occupé, je suis occupée, nous sommes occupés, pas le temps, je n'ai pas le temps, désolé non, desole non, ça ne me convient pas, ca ne me convient pas

reply-change = changer, changer l'heure, changer la date, changer le jour, changement, un autre jour, autre jour, une autre heure, autre heure, un autre moment, autre moment, une autre date, autre date, autres horaires, un autre horaire, autre horaire, autres options, autres choix, reporter, décaler, decaler, déplacer, deplacer, plus tard, plus tôt, plus tot, la semaine prochaine, semaine prochaine, modifier, modifier l'heure

reply-place = lieu, endroit, autre lieu, un autre lieu, un autre endroit, ailleurs, pas à la maison, pas a la maison, pas chez moi, pas chez nous, au parc, à la bibliothèque, a la bibliotheque, à l'école, a l ecole, se voir au parc, se voir à la bibliothèque, se voir à l'école, changer de lieu, changer le lieu

reply-stop = stop, arrêt, arret, arrêter, arreter, arrête, arrete, désabonner, desabonner, désinscrire, desinscrire

reply-stop-phrases = stop, arrêt, arret, arrêtez les messages, arretez les messages, arrêtez les sms, arretez les sms, arrêtez de m'écrire, arretez de m ecrire, arrêtez de m'envoyer des messages, arretez de m envoyer des messages, ne m'écrivez plus, ne m ecrivez plus, ne m'envoyez plus de messages, ne m envoyez plus de messages, plus de messages, plus de sms, je ne veux plus de messages, je veux plus de messages, retirez mon numéro, retirez mon numero, supprimez mon numéro, supprimez mon numero, désabonnez-moi, desabonnez moi, laissez-moi tranquille, laissez moi tranquille

reply-start = reprendre, reprise, commencer, recommencer, réactiver, reactiver, s'abonner, abonner

reply-help = aide, aidez-moi, aidez moi, infos, renseignements

reply-ordinals =
    .first = le premier, la première, la premiere, première option, premiere option, premier choix, premier horaire, option un, numéro un, numero un, le un
    .second = le deuxième, la deuxième, le deuxieme, la deuxieme, le second, la seconde, deuxième option, deuxieme option, deuxième choix, option deux, numéro deux, numero deux, le deux
    .third = le troisième, la troisième, le troisieme, la troisieme, troisième option, troisieme option, troisième choix, option trois, numéro trois, numero trois, le trois
    .fourth = le quatrième, la quatrième, le quatrieme, la quatrieme, quatrième option, option quatre, numéro quatre, numero quatre, le quatre
    .fifth = le cinquième, la cinquième, le cinquieme, la cinquieme, cinquième option, option cinq, numéro cinq, numero cinq, le cinq

reply-numbers =
    .one = un, une, premier, première, premiere
    .two = deux, deuxième, deuxieme
    .three = trois, troisième, troisieme
    .four = quatre, quatrième, quatrieme
    .five = cinq, cinquième, cinquieme

reply-neutral = s'il vous plaît, s il vous plait, svp, stp, merci, merci beaucoup, mci, bonjour, bonsoir, salut, coucou, madame, monsieur, mme, mr, maîtresse, maitresse, maître, professeur, prof, option, numéro, numero, le, la, les, l, de, du, c'est, c est, je choisis, je prends, on prend, nous prenons, je veux, nous voulons, je préfère, je prefere, ça, ca, alors, que dieu vous bénisse, un instant, un moment, je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, pas sur, peut-être, peut etre, on verra, je vais voir

reply-not = pas, pas le, pas la, sauf, sauf le, sauf la, à part, a part, excepté, excepte

reply-time = à, vers, h, heure, heures, hr, après, apres, avant, midi, minuit, matin, du matin, après-midi, apres midi, de l'après-midi, soir, du soir, demain, aujourd'hui, aujourd hui, après-demain, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, janvier, février, fevrier, mars, avril, mai, juin, juillet, août, aout, septembre, octobre, novembre, décembre, decembre, ans, enfants, enfant, jours, semaines, euros, dollars, minutes, classe
