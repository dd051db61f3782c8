# Review status: draft, written by a fluent non-native author; needs review by a native speaker (French of France, Haiti and West and Central Africa).
# reply-words: yes=OUI change=CHANGER decline=NON place=LIEU stop=STOP start=REPRENDRE help=AIDE
#
# French for families in the US, "vous" throughout. STOP is the word French speakers already
# send to end texts (it is the legal keyword in France), so the texts say STOP, not ARRÊT.
# French puts a space before ! ? : and ; (a plain space: the no-break one is not GSM-7).
# Times come from ICU4X (fr: "jeu. 3 déc., 16:30"). Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] anglais
        [es] espagnol
        [vi] vietnamien
        [hmn] hmong
        [zh-Hans] chinois (simplifié)
        [zh-Hant] chinois (traditionnel)
        [ru] russe
        [uk] ukrainien
        [ar] arabe
        [pa] pendjabi
        [fa] persan
        [prs] dari
        [tl] tagalog
        [ko] coréen
        [so] somali
        [ht] créole haïtien
        [pt] portugais
        [fr] français
        [ps] pachto
        [sw] swahili
       *[other] { $code }
    }

invitation =
    Bonjour { $guardian }, { $pairs ->
        [one] { $educator1 } et { $educator2 } ({ $school })
       *[many] Deux enseignants de l'école { $school }
    } aimeraient venir 30 min chez vous parler de vos rêves pour { $children }. Si vous voulez bien : envoyez un numéro ou NON.
    { $options }

invitation-second =
    Bonjour { $guardian }, { $visited1 } et { $visited2 } ({ $school }) aimeraient revenir 30 min chez vous pour savoir comment { $count ->
        [one] va
       *[other] vont
    } { $children }. Si vous voulez bien : envoyez un numéro ou NON.
    { $options }

follow-up =
    Bonjour à nouveau ! Ici l'école { $school }. Nous serions toujours heureux de venir 30 min chez vous, si vous voulez bien : envoyez un numéro ou NON.
    { $options }

booked =
    Merci ! { $educator1 } et { $educator2 } { $where ->
        [home] viendront chez vous
       *[other] vous retrouveront à { $place }
    } le { $when }, pour 30 min. Pour changer, répondez CHANGER ; pour annuler, NON.

booked-interpreter = L'interprète { $interpreter } viendra aussi.

already-booked =
    Votre visite est confirmée : { $educator1 } et { $educator2 }, { $when }, { $where ->
        [home] chez vous
       *[other] à { $place }
    }. Répondez CHANGER pour la déplacer ou NON pour l'annuler.

slot-taken =
    Désolés, cet horaire vient d'être pris. Répondez par un autre numéro :
    { $options }

clarify =
    { $count ->
        [1] Merci de répondre 1 pour choisir cet horaire, ou NON.
        [2] Merci de répondre par un seul numéro, 1 ou 2, ou NON.
       *[other] Merci de répondre par un seul numéro, 1, 2 ou 3, ou NON.
    }

which-one =
    Formidable ! Quel horaire vous convient le mieux ? Répondez par le numéro de l'horaire :
    { $options }

decline-thanks = Merci de nous avoir prévenus. Si vous changez d'avis, répondez simplement OUI.

change =
    Bien sûr. Répondez par le numéro d'un nouvel horaire :
    { $options }

no-options-left = Merci ! Aucun autre horaire n'est libre pour le moment ; quelqu'un de l'école vous appellera bientôt.

cancelled = La visite est annulée. Merci ! Si vous souhaitez une rencontre plus tard, répondez simplement OUI.

reminder =
    À demain ! { $educator1 } et { $educator2 } { $where ->
        [home] viendront chez vous
       *[other] vous retrouveront à { $place }
    } le { $when }, pour 30 min. Répondez CHANGER ou NON si besoin.

ask-place = Bien sûr ! Où aimeriez-vous vous retrouver ? Un parc, une bibliothèque, l'école ? Répondez avec le lieu.

place-thanks = Merci ! Nous avons dit aux enseignants de vous retrouver ici : { $place }

stop-confirmation = Vous ne recevrez plus nos messages. Répondez REPRENDRE pour les recevoir à nouveau.

start-confirmation = C'est noté ! Vous recevrez à nouveau nos messages. Répondez STOP pour arrêter.

help = { $program } : visites de l'école dans les familles. Questions ? { $contact }. Répondez STOP pour arrêter.

handoff = Merci ! Une personne de l'école vous répondra bientôt.

unknown-sender = Ici { $program }, les visites à domicile de votre école. Contact : { $contact }. Répondez STOP pour arrêter.

educator-confirmed =
    Nouvelle visite : { $guardian } ({ $children }), { $when }, { $where ->
        [home] au domicile de la famille
       *[other] à { $place }
    }, avec { $partner }. Langue : { $language }{ $interpreter ->
        [yes] {" "}(interprète nécessaire)
       *[no] {""}
    }.

educator-changed =
    Visite déplacée : { $guardian } ({ $children }), désormais { $when } (au lieu de { $previous }), { $where ->
        [home] au domicile de la famille
       *[other] à { $place }
    }, avec { $partner }. Langue : { $language }{ $interpreter ->
        [yes] {" "}(interprète nécessaire)
       *[no] {""}
    }.

educator-cancelled = Visite annulée : { $guardian } ({ $children }), { $when }, avec { $partner }. Merci !

educator-reminder =
    Demain : { $guardian } ({ $children }), { $when }, { $where ->
        [home] au domicile de la famille
       *[other] à { $place }
    }, avec { $partner }. Langue : { $language }{ $interpreter ->
        [yes] {" "}(interprète nécessaire)
       *[no] {""}
    }.

educator-place-changed = Nouveau lieu pour { $guardian } ({ $children }), { $when } : { $place }. Avec { $partner }.

educator-done = Merci ! Votre visite chez { $guardian } ({ $when }) est enregistrée comme faite, pour vous et { $partner }.

educator-cant = Merci de nous avoir prévenus. La coordination organisera la visite avec { $guardian } ({ $when }) ; d'ici là, la famille ne reçoit aucun message.

educator-no-visit = Merci ! Nous n'avons trouvé aucune visite à votre nom à enregistrer. Votre coordination peut vous aider.

educator-ask-reflection = Merci pour la visite chez { $guardian } ! Quels rêves ont-ils pour { $children } ? Quelques mots (non transmis à la famille) ou SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Pas de souci : pas d'impressions pour la visite chez { $guardian }.
       *[no] Merci ! Vos impressions sur la visite chez { $guardian } sont enregistrées.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Visites à domicile — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Annulée : visite à domicile, { $guardian }
       *[other] Visite à domicile : { $guardian }
    }

calendar-place =
    { $where ->
        [home] Domicile de la famille
       *[other] { $place }
    }

calendar-notes =
    Famille : { $guardian }
    Enfants : { $children }
    Langue : { $language } ({ $interpreter ->
        [yes] amenez un interprète
       *[no] votre binôme la parle
    })
    Avec : { $partner }
    Lieu : { $place }
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
    { $state ->
        [cancelled] Cette visite a été annulée.
        [completed] Visite faite, merci.
       *[other] Envoyez DONE après la visite.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. "Appuyez sur 1"; $when after "le",
## as in booked; a plain space before ! ? : ; as above.

voice-invitation =
    Bonjour { $guardian } ! Ici l'école { $school }. { $pairs ->
        [one] { $educator1 } et { $educator2 }
       *[many] Deux enseignants
    } aimeraient venir chez vous 30 minutes, pour parler de vos rêves pour { $children }. Seulement si vous le souhaitez.

voice-invitation-second =
    Bonjour { $guardian } ! Ici l'école { $school }. { $visited1 } et { $visited2 } aimeraient revenir chez vous 30 minutes, pour savoir comment { $count ->
        [one] va
       *[other] vont
    } { $children }. Seulement si vous le souhaitez.

voice-option = Pour le { $when }, appuyez sur { $number }.

voice-menu-end = Si vous ne souhaitez pas de visite pour le moment, appuyez sur 9. Pour parler à quelqu'un de l'école, appuyez sur 0.

voice-no-input = Nous n'avons pas reçu votre choix.

voice-not-a-choice = Désolé, ce choix n'est pas proposé.

voice-goodbye = Merci. Au revoir !

voice-booked =
    Merci ! { $educator1 } et { $educator2 } { $where ->
        [home] viendront chez vous
       *[other] vous retrouveront à { $place }
    } le { $when }, pour 30 minutes. Nous vous appellerons la veille.

voice-visit =
    Votre visite avec { $educator1 } et { $educator2 } est prévue le { $when }, { $where ->
        [home] chez vous
       *[other] à { $place }
    }.

voice-reminder = Bonjour ! Ici l'école { $school }, pour vous rappeler votre visite.

voice-visit-choices = Pour confirmer la visite, appuyez sur 1. Pour changer l'heure, appuyez sur 2. Pour l'annuler, appuyez sur 3.

voice-kept = Parfait. À bientôt !

voice-decline-thanks = Merci de nous avoir prévenus. Si vous changez d'avis, appelez simplement l'école.

voice-cancelled = La visite est annulée. Merci ! Si vous souhaitez une rencontre plus tard, appelez simplement l'école.

voice-slot-taken = Désolé, cet horaire vient d'être pris.

voice-change = Bien sûr. Voici d'autres horaires.

voice-no-options-left = Merci ! Aucun autre horaire n'est libre pour le moment. Quelqu'un de l'école vous appellera bientôt.

voice-handoff = Merci. Quelqu'un de l'école vous rappellera bientôt.

voice-machine = Bonjour, ici { $program }, le programme de visites à domicile de l'école de votre enfant. Veuillez nous rappeler au { $contact }. Merci !

voice-unknown-caller = Bonjour, ici { $program }, le programme de visites à domicile de l'école de votre enfant. Pour joindre l'école, appelez le { $contact }. Au revoir !

voice-nothing-open = Bonjour, ici l'école { $school } ! Il n'y a pas d'horaire à choisir pour le moment. Pour parler à quelqu'un de l'école, appuyez sur 0.

voice-no-voice = Nous vous rappellerons avec une personne qui parle { $language }. Pour parler à quelqu'un maintenant, appuyez sur 0.
