"""French event-trigger lexicon: lemmas → (PLOVER type, PLOVER mode, CAMEO root).

Data only; the engine is ``eventline.extract``. Every language module defines the same
names. A mode of ``None`` means "decide from the instrument words of the clause".
"""

from __future__ import annotations

Entry = tuple[str, str | None, str]

VERBS: dict[str, Entry] = {
    "bloquer": ("PROTEST", "obstruct", "14"),
    "barricader": ("PROTEST", "obstruct", "14"),
    "convoquer": ("ACCUSE", "disapprove", "11"),
    "attribuer": ("ACCUSE", "allege", "11"),
    "remettre": ("RETREAT", "withdraw", "08"),
    "céder": ("RETREAT", "withdraw", "08"),
    "quitter": ("RETREAT", "withdraw", "08"),
    "évacuer": ("RETREAT", "withdraw", "08"),
    "acheminer": ("AID", None, "07"),
    "envoyer": ("AID", None, "07"),
    "dépêcher": ("MOBILIZE", "troops", "15"),
    "recevoir": ("CONSULT", None, "04"),
    "accueillir": ("CONSULT", None, "04"),
    "capturer": ("COERCE", "seize", "17"),
    "participer": ("CONSULT", "multilateral", "04"),
    # ASSAULT (CAMEO 18 assault, 19 fight, 20 mass violence)
    "attaquer": ("ASSAULT", None, "18"),
    "frapper": ("ASSAULT", None, "18"),
    "bombarder": ("ASSAULT", "aerial", "19"),
    "pilonner": ("ASSAULT", "heavy-weapons", "19"),
    "canonner": ("ASSAULT", "heavy-weapons", "19"),
    "mitrailler": ("ASSAULT", "firearms", "19"),
    "tuer": ("ASSAULT", None, "18"),
    "assassiner": ("ASSAULT", "targeted", "18"),
    "abattre": ("ASSAULT", None, "18"),
    "blesser": ("ASSAULT", None, "18"),
    "exécuter": ("ASSAULT", "targeted", "18"),
    "massacrer": ("ASSAULT", "massacre", "20"),
    "enlever": ("ASSAULT", "abduct", "18"),
    "kidnapper": ("ASSAULT", "abduct", "18"),
    "séquestrer": ("ASSAULT", "abduct", "18"),
    "torturer": ("ASSAULT", "torture", "18"),
    "poignarder": ("ASSAULT", "primitive", "18"),
    "égorger": ("ASSAULT", "primitive", "18"),
    "lapider": ("ASSAULT", "primitive", "18"),
    "incendier": ("ASSAULT", "primitive", "18"),
    "détruire": ("ASSAULT", "destroy", "18"),
    "saccager": ("ASSAULT", "destroy", "18"),
    "cibler": ("ASSAULT", None, "18"),
    "viser": ("ASSAULT", None, "18"),
    "combattre": ("ASSAULT", None, "19"),
    "affronter": ("ASSAULT", None, "19"),
    "envahir": ("ASSAULT", None, "19"),
    "exploser": ("ASSAULT", "explosives", "18"),
    "violer": ("ASSAULT", "sexual", "18"),
    "tirer": ("ASSAULT", None, "19"),
    # COERCE (17)
    "arrêter": ("COERCE", "arrest", "17"),
    "interpeller": ("COERCE", "arrest", "17"),
    "appréhender": ("COERCE", "arrest", "17"),
    "détenir": ("COERCE", "arrest", "17"),
    "incarcérer": ("COERCE", "arrest", "17"),
    "emprisonner": ("COERCE", "arrest", "17"),
    "inculper": ("COERCE", "arrest", "17"),
    "écrouer": ("COERCE", "arrest", "17"),
    "perquisitionner": ("COERCE", "seize", "17"),
    "saisir": ("COERCE", "seize", "17"),
    "confisquer": ("COERCE", "seize", "17"),
    "expulser": ("COERCE", "deport", "17"),
    "déporter": ("COERCE", "deport", "17"),
    "interdire": ("COERCE", "ban", "17"),
    "censurer": ("COERCE", "censor", "17"),
    "disperser": ("COERCE", None, "17"),
    "réprimer": ("COERCE", None, "17"),
    # PROTEST (14)
    "manifester": ("PROTEST", "demo", "14"),
    "marcher": ("PROTEST", "demo", "14"),  # intransitive only (INTRANSITIVE_ONLY)
    "protester": ("PROTEST", "demo", "14"),
    "défiler": ("PROTEST", "demo", "14"),
    "rassembler": ("PROTEST", "demo", "14"),
    "boycotter": ("PROTEST", "boycott", "14"),
    # MOBILIZE (15)
    "déployer": ("MOBILIZE", "troops", "15"),
    "mobiliser": ("MOBILIZE", None, "15"),
    "masser": ("MOBILIZE", "troops", "15"),
    # THREATEN (13)
    "menacer": ("THREATEN", None, "13"),
    # ACCUSE (11, 09)
    "accuser": ("ACCUSE", "allege", "11"),
    "condamner": ("ACCUSE", "disapprove", "11"),
    "dénoncer": ("ACCUSE", "disapprove", "11"),
    "critiquer": ("ACCUSE", "disapprove", "11"),
    "fustiger": ("ACCUSE", "disapprove", "11"),
    "blâmer": ("ACCUSE", "disapprove", "11"),
    "reprocher": ("ACCUSE", "allege", "11"),
    "enquêter": ("ACCUSE", "investigate", "09"),
    # REJECT (12)
    "rejeter": ("REJECT", None, "12"),
    "refuser": ("REJECT", None, "12"),
    # REQUEST (10)
    "exiger": ("REQUEST", None, "10"),
    "réclamer": ("REQUEST", None, "10"),
    "demander": ("REQUEST", None, "10"),
    "appeler": ("REQUEST", None, "10"),
    "exhorter": ("REQUEST", None, "10"),
    "sommer": ("REQUEST", None, "10"),
    # SUPPORT (05)
    "soutenir": ("SUPPORT", None, "05"),
    "saluer": ("SUPPORT", None, "05"),
    "féliciter": ("SUPPORT", None, "05"),
    "ratifier": ("SUPPORT", None, "05"),
    "signer": ("SUPPORT", None, "05"),
    # AGREE (03)
    "promettre": ("AGREE", None, "03"),
    "convenir": ("AGREE", None, "03"),
    # CONSULT (04)
    "rencontrer": ("CONSULT", None, "04"),
    "entretenir": ("CONSULT", None, "04"),
    "négocier": ("CONSULT", None, "04"),
    "visiter": ("CONSULT", "visit", "04"),
    "téléphoner": ("CONSULT", "phone", "04"),
    # COOPERATE (06)
    "coopérer": ("COOPERATE", None, "06"),
    "collaborer": ("COOPERATE", None, "06"),
    # AID (07)
    "fournir": ("AID", None, "07"),
    "livrer": ("AID", None, "07"),
    "financer": ("AID", None, "07"),
    "aider": ("AID", None, "07"),
    "secourir": ("AID", None, "07"),
    # RETREAT (08)
    "retirer": ("RETREAT", "withdraw", "08"),
    "libérer": ("RETREAT", "release", "08"),
    "relâcher": ("RETREAT", "release", "08"),
    "démissionner": ("RETREAT", "resign", "08"),
    "désarmer": ("RETREAT", "disarm", "08"),
    # CONCEDE (08)
    "gracier": ("CONCEDE", None, "08"),
    # SANCTION (16)
    "sanctionner": ("SANCTION", None, "16"),
    "suspendre": ("SANCTION", "discontinue", "16"),
    "rompre": ("SANCTION", "discontinue", "16"),
    "geler": ("SANCTION", None, "16"),
    "déplorer": ("ACCUSE", "disapprove", "11"),
    # military idioms and euphemisms; most only count in their context (see the
    # constraint lists below: CAUSE_ONLY, LOSS_VERBS, MATERIEL_ONLY, PLACE_OBJECT_ONLY,
    # INSTRUMENT_SUBJECT_ONLY)
    "neutraliser": ("ASSAULT", None, "18"),
    "riposter": ("ASSAULT", None, "19"),
    "tomber": ("ASSAULT", None, "18"),
    "mourir": ("ASSAULT", None, "18"),
    "succomber": ("ASSAULT", None, "18"),
    "périr": ("ASSAULT", None, "18"),
    "perdre": ("ASSAULT", None, "18"),
    "toucher": ("ASSAULT", None, "18"),
    "atteindre": ("ASSAULT", None, "18"),
    "récupérer": ("COERCE", "seize", "17"),
    "emporter": ("COERCE", "seize", "17"),
    "piller": ("COERCE", "seize", "17"),
    "reprendre": ("COERCE", "seize", "17"),
    "fermer": ("COERCE", "restrict", "17"),
    # common verbs of conflict reports (reviewed words)
    "fusiller": ("ASSAULT", "firearms", "18"),
    "décapiter": ("ASSAULT", "primitive", "18"),
    "lyncher": ("ASSAULT", "beat", "18"),
    "tabasser": ("ASSAULT", "beat", "18"),
    "matraquer": ("ASSAULT", "beat", "18"),
    "violenter": ("ASSAULT", "beat", "18"),
    "molester": ("ASSAULT", "beat", "18"),
    "agresser": ("ASSAULT", None, "18"),
    "assaillir": ("ASSAULT", None, "18"),
    "mutiler": ("ASSAULT", None, "18"),
    "décimer": ("ASSAULT", None, "18"),
    "dynamiter": ("ASSAULT", "explosives", "18"),
    "sauter": ("ASSAULT", "explosives", "18"),
    "investir": ("ASSAULT", None, "18"),
    "assiéger": ("COERCE", "restrict", "17"),
    "encercler": ("COERCE", "restrict", "17"),
    "rançonner": ("COERCE", "seize", "17"),
    "abandonner": ("RETREAT", "withdraw", "08"),
    "implorer": ("REQUEST", None, "10"),
    "solliciter": ("REQUEST", None, "10"),
    "remercier": ("SUPPORT", None, "05"),
}

NOUNS: dict[str, Entry] = {
    "tir": ("ASSAULT", None, "19"),
    "marche": ("PROTEST", "demo", "14"),
    "envoi": ("AID", None, "07"),
    "livraison": ("AID", None, "07"),
    "prise": ("COERCE", "seize", "17"),
    "pourparlers": ("CONSULT", None, "04"),
    "négociation": ("CONSULT", None, "04"),
    "sommet": ("CONSULT", "multilateral", "04"),
    "réunion": ("CONSULT", "multilateral", "04"),
    "interdiction": ("COERCE", "ban", "17"),
    "expulsion": ("SANCTION", "expel", "16"),
    "attaque": ("ASSAULT", None, "18"),
    "attentat": ("ASSAULT", None, "18"),
    "frappe": ("ASSAULT", None, "18"),
    "bombardement": ("ASSAULT", None, "19"),
    "pilonnage": ("ASSAULT", "heavy-weapons", "19"),
    "raid": ("ASSAULT", None, "19"),
    "offensive": ("ASSAULT", None, "19"),
    "assaut": ("ASSAULT", None, "19"),
    "embuscade": ("ASSAULT", None, "19"),
    "fusillade": ("ASSAULT", "firearms", "19"),
    "explosion": ("ASSAULT", "explosives", "18"),
    "opération": ("ASSAULT", None, "19"),
    "combat": ("ASSAULT", None, "19"),
    "affrontement": ("ASSAULT", None, "19"),
    "guerre": ("ASSAULT", None, "19"),
    "enlèvement": ("ASSAULT", "abduct", "18"),
    "assassinat": ("ASSAULT", "targeted", "18"),
    "massacre": ("ASSAULT", "massacre", "20"),
    "tuerie": ("ASSAULT", "massacre", "20"),
    "manifestation": ("PROTEST", "demo", "14"),
    "rassemblement": ("PROTEST", "demo", "14"),
    "grève": ("PROTEST", "strike", "14"),
    "émeute": ("PROTEST", "riot", "14"),
    "sit-in": ("PROTEST", "demo", "14"),
    "boycott": ("PROTEST", "boycott", "14"),
    "arrestation": ("COERCE", "arrest", "17"),
    "interpellation": ("COERCE", "arrest", "17"),
    "perquisition": ("COERCE", "seize", "17"),
    "couvre-feu": ("COERCE", "curfew", "17"),
    "sanction": ("SANCTION", None, "16"),
    "embargo": ("SANCTION", None, "16"),
    "veto": ("REJECT", None, "12"),
    "aide": ("AID", None, "07"),
    "rencontre": ("CONSULT", None, "04"),
    "entretien": ("CONSULT", None, "04"),
    "visite": ("CONSULT", "visit", "04"),
    "accord": ("AGREE", None, "03"),
    "déploiement": ("MOBILIZE", "troops", "15"),
    "condamnation": ("ACCUSE", "disapprove", "11"),
    "riposte": ("ASSAULT", None, "19"),
    "rafale": ("ASSAULT", "firearms", "19"),
    "accrochage": ("ASSAULT", None, "19"),
    "heurt": ("ASSAULT", None, "19"),
    "bataille": ("ASSAULT", None, "19"),
    "incursion": ("ASSAULT", None, "19"),
    "drame": ("ASSAULT", None, "18"),
    "meurtre": ("ASSAULT", None, "18"),
    "exécution": ("ASSAULT", "targeted", "18"),
    "viol": ("ASSAULT", "sexual", "18"),
    "rapt": ("ASSAULT", "abduct", "18"),
    "kidnapping": ("ASSAULT", "abduct", "18"),
    "destruction": ("ASSAULT", "destroy", "18"),
    "incendie": ("ASSAULT", "primitive", "18"),
    "pillage": ("COERCE", "seize", "17"),
    "capture": ("COERCE", "seize", "17"),
    "détention": ("COERCE", "arrest", "17"),
    "restriction": ("COERCE", "restrict", "17"),
    "libération": ("RETREAT", "release", "08"),
    "enquête": ("ACCUSE", "investigate", "09"),
    "débrayage": ("PROTEST", "strike", "14"),
    # common nouns of conflict reports (reviewed words)
    "agression": ("ASSAULT", None, "18"),
    "exaction": ("ASSAULT", None, "18"),
    "représailles": ("ASSAULT", None, "19"),
    "carnage": ("ASSAULT", "massacre", "20"),
    "homicide": ("ASSAULT", None, "18"),
    "lynchage": ("ASSAULT", "beat", "18"),
    "bastonnade": ("ASSAULT", "beat", "18"),
    "décapitation": ("ASSAULT", "primitive", "18"),
    "saccage": ("ASSAULT", "destroy", "18"),
    "infiltration": ("ASSAULT", None, "19"),
    "escarmouche": ("ASSAULT", None, "19"),
    "échauffourée": ("ASSAULT", None, "19"),
    "hostilités": ("ASSAULT", None, "19"),
    "mitraillage": ("ASSAULT", "firearms", "19"),
    "déflagration": ("ASSAULT", "explosives", "18"),
    "séquestration": ("ASSAULT", "abduct", "18"),
    "blocus": ("COERCE", "restrict", "17"),
    "encerclement": ("COERCE", "restrict", "17"),
    "fermeture": ("COERCE", "restrict", "17"),
    "rafle": ("COERCE", "arrest", "17"),
    "inculpation": ("COERCE", "arrest", "17"),
    "emprisonnement": ("COERCE", "arrest", "17"),
    "incarcération": ("COERCE", "arrest", "17"),
    "déportation": ("COERCE", "deport", "17"),
    "évacuation": ("RETREAT", "withdraw", "08"),
    "retrait": ("RETREAT", "withdraw", "08"),
    "repli": ("RETREAT", "withdraw", "08"),
    "cessez-le-feu": ("RETREAT", "ceasefire", "08"),
    "trêve": ("RETREAT", "ceasefire", "08"),
    "protestation": ("PROTEST", "demo", "14"),
    "révolte": ("PROTEST", "riot", "14"),
    "soulèvement": ("PROTEST", "riot", "14"),
    "insurrection": ("PROTEST", "riot", "14"),
    "mutinerie": ("PROTEST", "riot", "14"),
    "ultimatum": ("THREATEN", None, "13"),
    "appel": ("REQUEST", None, "10"),  # "a lancé un appel au calme"
    "avertissement": ("THREATEN", None, "13"),
    "médiation": ("CONSULT", "third-party", "04"),
    "mobilisation": ("MOBILIZE", None, "15"),
    "assistance": ("AID", None, "07"),
    "secours": ("AID", None, "07"),
    "gel": ("SANCTION", None, "16"),
    "suspension": ("SANCTION", "discontinue", "16"),
    "rupture": ("SANCTION", "discontinue", "16"),
}

# Nouns that only make an event when they carry a target/agent or a light verb
# (too generic on their own).
WEAK_NOUNS: frozenset[str] = frozenset(
    {
        "opération",
        "aide",
        "accord",
        "rencontre",
        "entretien",
        "visite",
        "raid",
        "combat",
        "guerre",
        "marche",
        "envoi",
        "livraison",
        "prise",
        "sommet",
        "réunion",
        "interdiction",
        "négociation",
        "drame",
        "destruction",
        "incendie",
        "pillage",
        "capture",
        "détention",
        "restriction",
        "libération",
        "enquête",
        "exécution",
        "meurtre",
        # generic on their own ("les exactions des milices", "un retrait progressif")
        "exaction",
        "représailles",
        "homicide",
        "saccage",
        "infiltration",
        "hostilités",
        "séquestration",
        "blocus",
        "encerclement",
        "fermeture",
        "inculpation",
        "emprisonnement",
        "incarcération",
        "déportation",
        "évacuation",
        "retrait",
        "repli",
        "cessez-le-feu",
        "trêve",
        "protestation",
        "révolte",
        "soulèvement",
        "insurrection",
        "mutinerie",
        "ultimatum",
        "appel",
        "avertissement",
        "médiation",
        "mobilisation",
        "assistance",
        "secours",
        "gel",
        "suspension",
        "rupture",
    }
)

# Verbs whose object noun is the event ("mener une attaque" = attack).
LIGHT_VERBS: frozenset[str] = frozenset(
    {
        "tendre", "acheminer", "dépêcher",
        "adopter", "approuver", "voter", "décider", "prononcer", "ordonner",
        "mener", "lancer", "effectuer", "perpétrer", "commettre", "conduire", "réaliser",
        "déclencher", "organiser", "procéder", "opérer", "engager", "tenir", "imposer",
        "apporter", "accorder", "octroyer", "envoyer", "fournir", "livrer", "signer",
        "conclure", "opposer", "infliger", "décréter", "annoncer", "revendiquer",
        "déclarer", "exprimer", "instaurer", "proclamer", "distribuer", "observer",
        "entamer", "débuter", "commencer",
    }
)  # fmt: skip

# A light verb + one of these object nouns gives this entry (overrides the noun's own).
VERB_OBJECT: dict[tuple[str, str], Entry] = {
    ("mettre", "siège"): ("COERCE", "restrict", "17"),  # "ont mis le siège devant la ville"
    ("acheminer", "renfort"): ("MOBILIZE", "troops", "15"),
    ("dépêcher", "renfort"): ("MOBILIZE", "troops", "15"),
    ("envoyer", "renfort"): ("MOBILIZE", "troops", "15"),
    ("déployer", "renfort"): ("MOBILIZE", "troops", "15"),
    ("lever", "interdiction"): ("CONCEDE", None, "08"),
    ("lever", "blocus"): ("CONCEDE", None, "08"),
    ("reprendre", "contrôle"): ("COERCE", "seize", "17"),
    ("prendre", "contrôle"): ("COERCE", "seize", "17"),
    ("rappeler", "ambassadeur"): ("SANCTION", "withdraw", "16"),
    ("expulser", "diplomate"): ("SANCTION", "expel", "16"),
    ("expulser", "ambassadeur"): ("SANCTION", "expel", "16"),
    ("lancer", "pierre"): ("ASSAULT", "primitive", "18"),
    ("jeter", "pierre"): ("ASSAULT", "primitive", "18"),
    ("lancer", "projectile"): ("ASSAULT", "primitive", "18"),
    ("mettre", "feu"): ("ASSAULT", "primitive", "18"),
    ("larguer", "bombe"): ("ASSAULT", "aerial", "19"),
    ("tirer", "roquette"): ("ASSAULT", "heavy-weapons", "19"),
    ("tirer", "missile"): ("ASSAULT", "heavy-weapons", "19"),
    ("tirer", "obus"): ("ASSAULT", "heavy-weapons", "19"),
    ("envoyer", "troupe"): ("MOBILIZE", "troops", "15"),
    ("envoyer", "soldat"): ("MOBILIZE", "troops", "15"),
    ("envoyer", "contingent"): ("MOBILIZE", "troops", "15"),
    ("ouvrir", "feu"): ("ASSAULT", "firearms", "19"),
    ("opposer", "veto"): ("REJECT", None, "12"),
    ("imposer", "sanction"): ("SANCTION", None, "16"),
    ("imposer", "couvre-feu"): ("COERCE", "curfew", "17"),
    ("signer", "accord"): ("SUPPORT", None, "05"),
    ("conclure", "accord"): ("AGREE", None, "03"),
    ("fournir", "aide"): ("AID", None, "07"),
    ("apporter", "aide"): ("AID", None, "07"),
    ("lever", "couvre-feu"): ("CONCEDE", None, "08"),
    ("lever", "sanction"): ("CONCEDE", None, "08"),
    ("tenir", "réunion"): ("CONSULT", None, "04"),
    ("tenir", "rencontre"): ("CONSULT", None, "04"),
    ("perdre", "vie"): ("ASSAULT", None, "18"),
    ("trouver", "mort"): ("ASSAULT", None, "18"),
    ("faire", "irruption"): ("ASSAULT", None, "18"),
    ("échanger", "tir"): ("ASSAULT", "firearms", "19"),
    ("prendre", "otage"): ("ASSAULT", "abduct", "18"),
    ("prendre", "sanction"): ("SANCTION", None, "16"),
    ("exprimer", "soutien"): ("SUPPORT", None, "05"),
    ("exprimer", "solidarité"): ("SUPPORT", None, "05"),
    ("exprimer", "gratitude"): ("SUPPORT", None, "05"),
}

# Reflexive / particle verbs: lemma + a clitic or preposition change the meaning.
PHRASAL: dict[tuple[str, str], Entry] = {
    ("réunir", "se"): ("CONSULT", "multilateral", "04"),
    ("retrouver", "se"): ("CONSULT", None, "04"),
    ("rendre", "se"): ("CONSULT", "visit", "04"),
    ("retirer", "se"): ("RETREAT", "withdraw", "08"),
    ("engager", "se"): ("AGREE", None, "03"),
    ("opposer", "se"): ("REJECT", None, "12"),
    ("rassembler", "se"): ("PROTEST", "demo", "14"),
    ("affronter", "se"): ("ASSAULT", None, "19"),
    ("excuser", "se"): ("CONCEDE", None, "08"),
    ("emparer", "se"): ("COERCE", "seize", "17"),
    ("replier", "se"): ("RETREAT", "withdraw", "08"),
    ("soulever", "se"): ("PROTEST", "riot", "14"),
    ("révolter", "se"): ("PROTEST", "riot", "14"),
    ("mutiner", "se"): ("PROTEST", "riot", "14"),
}

# Verbs listed above that are not events when used with "se" (intransitive readings).
# Verbs that are events only with an object or in the passive ("viser à" is an aim).
TRANSITIVE_ONLY: frozenset[str] = frozenset({"viser", "cibler", "fermer"})

REFLEXIVE_BLOCK: frozenset[str] = frozenset({"tirer", "saisir", "détenir", "demander", "refuser"})

# Instrument words → PLOVER mode (lemmas of the clause, nouns and adjectives).
INSTRUMENTS: dict[str, str] = {
    "drone": "drone",
    "uav": "drone",
    "aérien": "aerial",
    "avion": "aerial",
    "aviation": "aerial",
    "hélicoptère": "aerial",
    "chasseur": "aerial",
    "bombardier": "aerial",
    "roquette": "heavy-weapons",
    "obus": "heavy-weapons",
    "artillerie": "heavy-weapons",
    "missile": "heavy-weapons",
    "mortier": "heavy-weapons",
    "char": "heavy-weapons",
    "blindé": "heavy-weapons",
    "explosif": "explosives",
    "bombe": "explosives",
    "mine": "explosives",
    "piégé": "explosives",
    "grenade": "explosives",
    "ied": "explosives",
    "kamikaze": "suicide-attack",
    "suicide": "suicide-attack",
    "balle": "firearms",
    "fusil": "firearms",
    "kalachnikov": "firearms",
    "arme": "firearms",
    "pistolet": "firearms",
    "lacrymogène": "crowd-control",
    "pierre": "primitive",
    "molotov": "explosives",
    "canon": "crowd-control",
    "matraque": "beat",
    "couteau": "primitive",
    "machette": "primitive",
    "chimique": "unconventional",
}

# Event types an instrument mode may refine (a drone does not make a protest a drone protest).
# Heads that are weapons when an instrument word modifies them ("engin explosif").
WEAPON_HEADS: frozenset[str] = frozenset(
    {"engin", "voiture", "véhicule", "colis", "ceinture", "obus", "charge", "tir", "tirs"}
)

# Instrument words that name people (they give a mode but are actors).
ARMED_PERSONS: frozenset[str] = frozenset({"kamikaze", "kamikazes"})

MODE_TYPES: frozenset[str] = frozenset({"ASSAULT"})

# Reported speech: verbs whose complement is a claimed event.
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "déclarer", "annoncer", "affirmer", "revendiquer", "dire", "indiquer", "assurer",
        "préciser", "rapporter", "expliquer", "ajouter", "souligner", "confirmer",
        "estimer", "prétendre", "soutenir", "signaler", "raconter", "avancer", "publier",
        "déplorer", "reconnaître", "admettre", "évoquer", "témoigner", "répondre",
    }
)  # fmt: skip
# Reporting verbs that, used as light verbs, announce rather than report an event
# ("annoncer l'envoi d'une aide" is the announced act, not a claim).
LIGHT_ONLY: frozenset[str] = frozenset({"annoncer", "publier", "déclarer"})
# Statement verbs that are never events themselves (unless listed in VERBS).
STATEMENT_VERBS: frozenset[str] = REPORTING_VERBS
# Verbs whose complement is denied.
DENIAL_VERBS: frozenset[str] = frozenset({"nier", "démentir", "réfuter", "contester"})
# Prepositions/locutions introducing a source: "selon X", "d'après X".
SOURCE_MARKERS: tuple[str, ...] = ("selon", "d'après", "de source", "à en croire")

# "ne plus": both words must modify the verb ("la plus meurtrière" negates nothing)
NEGATION_WORDS: frozenset[str] = frozenset(
    {"pas", "jamais", "aucun", "aucune", "ni", "ne plus", "n' plus", "n’ plus"}
)
# Verbs/nouns whose infinitive complement describes an aim or a policy, not a fact.
HYPOTHETICAL_GOVERNORS: frozenset[str] = frozenset(
    {
        "consister", "viser", "chercher", "vouloir", "pouvoir", "souhaiter", "tenter",
        "essayer", "envisager", "objectif", "politique", "but", "stratégie", "mission",
        "projet", "plan", "menacer", "risquer", "falloir", "capacité", "tentative",
        "manière", "moyen", "façon",
    }
)  # fmt: skip
FUTURE_GOVERNORS: frozenset[str] = frozenset(
    {"aller", "prévoir", "compter", "s'apprêter", "apprêter", "projeter", "devoir", "censer"}
)
# Purpose clauses ("pour protester", "in order to") state an aim, not a fact.
PURPOSE_MARKERS: frozenset[str] = frozenset({"pour", "afin"})
CONDITIONAL_MARKERS: frozenset[str] = frozenset({"si", "au cas où"})

# Prepositions that introduce a target ("contre X") or an agent ("par X").
TARGET_PREPS: frozenset[str] = frozenset({"contre", "sur", "visant", "envers"})
AGENT_PREPS: frozenset[str] = frozenset({"par"})
# Prepositions that introduce a place.
LOCATION_PREPS: frozenset[str] = frozenset(
    {"à", "dans", "en", "au", "aux", "près", "vers", "sur", "depuis", "de", "du"}
)
# Words heading a "de X" agent of a nominal event ("l'attaque du Hamas").
NOMINAL_AGENT_PREPS: frozenset[str] = frozenset({"de", "du", "des", "d'", "d’"})
# « l'attaque des jihadistes » nomme les assaillants, « l'attaque du camp » la cible :
# la préposition ne tranche pour aucun type
PATIENT_OF_TYPES: frozenset[str] = frozenset()
# Le français ne nomme pas le lieu frappé par un nom placé devant l'événement.
SITE_COMPOUNDS: frozenset[str] = frozenset()

# Verbs that are events only with a person or group as object ("recevoir une délégation").
ACTOR_OBJECT_ONLY: frozenset[str] = frozenset({"recevoir", "accueillir", "perdre"})
# Verbs that are events only with a military subject ("les troupes quitteront le pays").
MILITARY_SUBJECT_ONLY: frozenset[str] = frozenset({"quitter", "évacuer", "abandonner"})
# Cibler une économie est une sanction : « les mesures visent trois banques », « l'UE
# cible le secteur de l'énergie » (sauf quand des hommes armés le font).
ECONOMIC_READINGS: dict[str, Entry] = {
    "cibler": ("SANCTION", None, "16"),
    "viser": ("SANCTION", None, "16"),
}
ECONOMIC_NOUNS: frozenset[str] = frozenset(
    {"industrie", "secteur", "banque", "entreprise", "société", "compagnie", "exportation",
     "importation", "actif", "entité", "oligarque", "économie", "commerce", "exportateur",
     "importateur", "financement", "investissement", "assureur"}
)  # fmt: skip
# Des gens chassés de chez eux sont déplacés : « ont forcé les familles à fuir »,
# « chassé les paysans de leurs terres », « contraints de trouver refuge dans la brousse ».
FORCED_FLIGHT: dict[str, Entry] = {
    "forcer": ("COERCE", "deport", "17"),
    "contraindre": ("COERCE", "deport", "17"),
    "obliger": ("COERCE", "deport", "17"),
    "pousser": ("COERCE", "deport", "17"),
    "chasser": ("COERCE", "deport", "17"),
}
FLIGHT_VERBS: frozenset[str] = frozenset(
    {"fuir", "quitter", "abandonner", "évacuer", "partir", "trouver refuge",
     "chercher refuge", "se réfugier", "réfugier"}
)  # fmt: skip
HOME_NOUNS: frozenset[str] = frozenset({"maison", "foyer", "terre", "village", "domicile", "champ"})
MILITARY_WORDS: frozenset[str] = frozenset(
    {"troupe", "soldat", "force", "militaire", "contingent", "armée", "casque", "unité"}
)
# Verbs whose object is a meeting they take part in ("participer au sommet").
MEETING_ONLY: frozenset[str] = frozenset({"participer"})
# Verbs whose object noun keeps happening ("poursuivra ses opérations", "maintenir les
# sanctions"): the noun is an event even without its own arguments.
CONTINUATION_VERBS: frozenset[str] = frozenset(
    {"poursuivre", "continuer", "intensifier", "reprendre", "maintenir", "prolonger",
     "étendre", "multiplier", "renforcer"}
)  # fmt: skip
# "revendiquer la responsabilité de X", "nier toute responsabilité dans X": X is the event.
RESPONSIBILITY_NOUNS: frozenset[str] = frozenset({"responsabilité", "paternité"})
# Verbs calling for a protest ("appeler à la grève"): the protest is announced (future).
CALL_VERBS: frozenset[str] = frozenset({"appeler"})
# Event nouns that name a police operation when the actor is the police.
OPERATION_NOUNS: frozenset[str] = frozenset({"opération", "raid", "descente", "coup de filet"})

# Nominal events whose "de X" / "of X" is the patient, not the agent ("l'arrestation de X").
PATIENT_NOUNS: frozenset[str] = frozenset(
    {
        "arrestation",
        "interpellation",
        "prise",
        "enlèvement",
        "assassinat",
        "libération",
        "expulsion",
        "capture",
        "exécution",
        "meurtre",
        "détention",
        "destruction",
        "incendie",
        "pillage",
        "rapt",
        "viol",
        "neutralisation",
    }
)
# Prepositions introducing a recipient ("envoyer une aide à X", "hand over to X").
RECIPIENT_PREPS: frozenset[str] = frozenset({"à", "au", "aux"})
# Prepositions naming the other party of what is given, promised or suspended ("une aide
# pour le Soudan", "sa coopération avec la France").
PARTNER_PREPS: frozenset[str] = frozenset({"à", "au", "aux", "avec", "pour"})
# Possessive determiners: "son ambassadeur", "ses troupes" belong to the actor.
POSSESSIVE_DETS: frozenset[str] = frozenset({"son", "sa", "ses", "leur", "leurs"})
# Verbs attributing a deed to someone ("l'armée l'attribue au JNIM", "attribués aux rebelles").
ATTRIBUTION_VERBS: frozenset[str] = frozenset({"attribuer", "imputer"})

# Quantity nouns whose complement is the real head ("une vingtaine de responsables").
QUANTITY_NOUNS: frozenset[str] = frozenset(
    {
        "dizaine",
        "douzaine",
        "quinzaine",
        "vingtaine",
        "trentaine",
        "centaine",
        "millier",
        "dizaines",
        "centaines",
        "milliers",
        "nombre",
        "groupe",
    }
)
# Casualty nouns: a toll, never a target ("faisant trois morts").
CASUALTY_NOUNS: frozenset[str] = frozenset(
    {"mort", "morts", "blessé", "blessés", "victime", "victimes", "tué", "tués"}
)
# Prepositions that introduce a place even when the gazetteer does not know it.
STRICT_LOCATION_PREPS: frozenset[str] = frozenset({"à", "près"})
# Nouns heading a named place ("le village de X", "the town of X").
PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "village",
        "ville",
        "localité",
        "commune",
        "quartier",
        "région",
        "province",
        "district",
        "département",
        "cercle",
        "camp",
        "zone",
        "secteur",
        "bourg",
        "cité",
    }
)

# Prepositions introducing a source of information ("selon X"; English "according to X").
SOURCE_PREPS: frozenset[str] = frozenset({"selon", "d'après"})

# Directional prepositions ("ordered troops to the area").
DIRECTION_PREPS: frozenset[str] = frozenset({"vers", "jusqu'à"})

# Clitic pronouns that make a verb reflexive ("se réunir", "s'affronter"), and the key
# PHRASAL gives a reflexive reading.
REFLEXIVE_CLITICS: frozenset[str] = frozenset({"se", "s'", "s’"})
REFLEXIVE_PARTICLE: str = "se"
# Determiners that negate the noun they introduce ("aucune attaque n'a eu lieu").
NEGATIVE_DETERMINERS: frozenset[str] = frozenset({"aucun", "aucune"})

# --------------------------------------------------------------------------- context words

# (head noun, modifier) → entry: a compound naming an event ("état d'urgence").
NOUN_COMPOUNDS: dict[tuple[str, str], Entry] = {
    ("état", "urgence"): ("COERCE", None, "17"),
    ("état", "siège"): ("COERCE", "martial-law", "17"),
    ("loi", "martial"): ("COERCE", "martial-law", "17"),
    ("perte", "vie"): ("ASSAULT", None, "18"),
    ("prise", "otage"): ("ASSAULT", "abduct", "18"),
    ("grève", "faim"): ("PROTEST", "hunger", "14"),
}
# Nouns naming the start of their complement event ("l'instauration d'un couvre-feu").
LIGHT_NOUNS: frozenset[str] = frozenset(
    {"instauration", "imposition", "déclaration", "proclamation", "lancement", "tenue",
     # what an event befell: "la cible de tirs", "l'objet d'une attaque" (not "théâtre":
     # "le théâtre des opérations" is a place)
     "cible", "objet"}
)  # fmt: skip
# (preposition, noun) → entry: a state or an act named by a phrase ("juges en grève",
# "pris à partie", "pris d'assaut", "en visite à").
PREP_NOUNS: dict[tuple[str, str], Entry] = {
    ("en", "grève"): ("PROTEST", "strike", "14"),
    ("à", "partie"): ("ASSAULT", None, "18"),
    ("d'", "assaut"): ("ASSAULT", None, "18"),
    ("d’", "assaut"): ("ASSAULT", None, "18"),
    ("en", "visite"): ("CONSULT", "visit", "04"),
    ("en", "otage"): ("ASSAULT", "abduct", "18"),
    ("pour", "cible"): ("ASSAULT", None, "18"),  # "pris pour cible"
    ("sur", "mine"): ("ASSAULT", "explosives", "18"),  # "a sauté sur une mine"
    ("en", "résidence"): ("COERCE", "arrest", "17"),  # "placé en résidence surveillée"
    ("en", "détention"): ("COERCE", "arrest", "17"),  # "placé en détention provisoire"
}
# French event nouns have no civil second reading ("grève" and "frappe" differ).
CIVIL_READINGS: dict[str, Entry] = {}
# Des routes bloquées par la police ou l'armée sont une restriction, pas une
# manifestation : « les militaires ont bloqué le pont », « la police a barricadé l'avenue ».
FORCE_READINGS: dict[str, Entry] = {
    "bloquer": ("COERCE", "restrict", "17"),
    "barricader": ("COERCE", "restrict", "17"),
}
# Verbs whose weapon object makes the attack ("ont utilisé des gaz lacrymogènes").
USE_VERBS: frozenset[str] = frozenset({"utiliser", "employer", "lancer", "tirer", "larguer"})
# Verbs that are violent deaths only with a violent cause ("mort de ses blessures",
# "tombés dans une embuscade", "morts en martyr").
CAUSE_ONLY: frozenset[str] = frozenset({"tomber", "mourir", "succomber", "périr"})
VIOLENT_CAUSES: frozenset[str] = frozenset(
    {"blessure", "balle", "martyr", "combat", "coup", "feu", "champ", "opération", "front"}
)
# Verbs and "verb object" idioms whose subject is the victim ("ont perdu la vie").
PATIENT_SUBJECT: frozenset[str] = frozenset(
    {"tomber", "mourir", "succomber", "périr", "perdre vie", "trouver mort", "essuyer",
     "subir", "endurer"}
)  # fmt: skip
# Verbs whose subject undergoes the attack they name ("la patrouille a essuyé des tirs").
UNDERGO_VERBS: frozenset[str] = frozenset({"essuyer", "subir", "endurer"})
# Prepositions of an attack undergone ("la colonne est tombée sous les balles").
UNDERGO_PREPS: frozenset[str] = frozenset({"sous"})
# Nouns that are attacks when undergone ("sous le feu des rebelles").
UNDERGONE_NOUNS: dict[str, Entry] = {
    "feu": ("ASSAULT", "firearms", "19"),
    "balle": ("ASSAULT", "firearms", "19"),
}
# Verbs whose subject lost the people named as object ("l'armée a perdu six hommes").
LOSS_VERBS: frozenset[str] = frozenset({"perdre"})
# Verbs that are seizures only of materiel ("des armes ont été récupérées par le gang").
MATERIEL_ONLY: frozenset[str] = frozenset({"récupérer", "emporter"})
MATERIEL_WORDS: frozenset[str] = frozenset(
    {
        "arme", "armement", "équipement", "matériel", "munition", "véhicule", "blindé",
        "moto", "motocyclette", "bétail", "cheptel", "camion", "pick-up", "fusil",
    }
)  # fmt: skip
# Verbs that are captures only of a place or a site ("ont repris la base").
PLACE_OBJECT_ONLY: frozenset[str] = frozenset({"reprendre", "investir"})
SITE_NOUNS: frozenset[str] = frozenset(
    {"base", "position", "poste", "caserne", "camp", "aéroport", "colline", "localité",
     "ville", "village", "bastion", "fief", "contrôle"}
)  # fmt: skip
# Verbs that are attacks only with a weapon or an event as subject or agent ("touché par
# un obus", "la frappe a atteint l'immeuble").
INSTRUMENT_SUBJECT_ONLY: frozenset[str] = frozenset({"toucher", "atteindre", "sauter"})
# Verbs that are events only without an object ("manifester sa colère" is no protest).
INTRANSITIVE_ONLY: frozenset[str] = frozenset({"manifester", "marcher"})
# Verbs of a trend: "les affrontements se sont intensifiés" tells a trend, not an event.
TREND_VERBS: frozenset[str] = frozenset(
    {"intensifier", "multiplier", "accroître", "augmenter", "diminuer", "baisser",
     "redoubler", "décroître"}
)  # fmt: skip
# Verbs and "verb object" idioms saying that an event took place.
OCCURRENCE_VERBS: frozenset[str] = frozenset(
    {"avoir lieu", "survenir", "produire", "dérouler", "durer", "éclater", "résonner"}
)
# Adverbs of a habit ("l'armée bombarde souvent la région").
FREQUENCY_ADVERBS: frozenset[str] = frozenset(
    {"souvent", "régulièrement", "fréquemment", "habituellement", "parfois",
     "généralement", "constamment", "quotidiennement"}
)  # fmt: skip
# Determiners of a kind ("de telles sanctions").
GENERIC_DETERMINERS: frozenset[str] = frozenset({"tel", "telle", "tels", "telles"})
# Un événement dit exister : « il y a eu de violents combats dans le nord ».
EXISTENTIAL_VERBS: frozenset[str] = frozenset({"avoir"})
# Dit des événements en général, pas d'un seul : « les affrontements sont fréquents ici ».
GENERIC_ADJECTIVES: frozenset[str] = frozenset(
    {"fréquent", "courant", "rare", "récurrent", "habituel", "banal", "répandu"}
)
# "des combats entre X et Y": both parties.
PARTY_PREPS: frozenset[str] = frozenset({"entre"})
# "des soldats se sont accrochés avec des rebelles": the other side.
OPPONENT_PREPS: frozenset[str] = frozenset({"avec"})
# "les infirmiers en grève", "le ministre, en visite à X": les gens de l'événement agissent.
STATE_PREPS: frozenset[str] = frozenset({"en"})
# Nouns of a series looked through to their complement ("une vague de frappes").
SERIES_NOUNS: frozenset[str] = frozenset(
    {"vague", "série", "salve", "pluie", "nuit", "journée"}
)  # also a stretch of time filled with events: "une nuit d'émeutes"
# Prepositions of a duration reaching now (a state rather than an event).
DURATION_PREPS: frozenset[str] = frozenset({"depuis"})
# "trois jours après l'embuscade": a time adjunct pointing back to an event.
TIME_PREPS: frozenset[str] = frozenset({"après", "avant", "depuis", "dès"})
# "viennent d'être libérés": a recent past, not a present.
RECENT_PAST_VERBS: frozenset[str] = frozenset({"venir"})
# "la plus meurtrière des attaques": a comparison.
SUPERLATIVE_ADVERBS: frozenset[str] = frozenset({"plus", "moins"})
# Giving these is a statement, not aid ("sans fournir de détails").
INFORMATION_NOUNS: frozenset[str] = frozenset(
    {"détail", "information", "explication", "preuve", "précision", "bilan", "chiffre",
     "renseignement", "indication", "commentaire", "nom", "identité", "signal", "message"}
)  # fmt: skip

# Refuser de s'exprimer n'est pas rejeter : « a refusé de commenter », « n'a pas voulu
# donner son nom ».
COMMENT_VERBS: frozenset[str] = frozenset(
    {"commenter", "identifier", "divulguer", "détailler", "exprimer", "dévoiler",
     "révéler", "nommer", "communiquer", "spéculer"}
)  # fmt: skip
# Une opération de marché n'est pas un événement : « le fonds a accepté de céder sa
# participation », « le conseil a rejeté l'offre de rachat ».
MARKET_NOUNS: frozenset[str] = frozenset(
    {"actionnaire", "dividende", "bénéfice", "taux", "fusion", "rachat", "acquisition",
     "opa", "cotation", "bourse", "investisseur", "enchère", "enchères"}
)  # fmt: skip
TRADE_VERBS: frozenset[str] = frozenset({"acheter", "racheter", "acquérir", "vendre", "céder"})
# « a signé l'accord » est un événement, « a signé sa troisième victoire » du sport.
DOCUMENT_ONLY: frozenset[str] = frozenset({"signer"})
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {"accord", "traité", "pacte", "décret", "loi", "ordonnance", "contrat", "mémorandum",
     "protocole", "déclaration", "charte", "convention", "cessez-le-feu", "trêve",
     "pétition", "lettre", "document", "texte", "résolution", "communiqué", "armistice",
     "paix", "arrêté", "engagement", "acte", "feuille", "adhésion", "entente", "projet",
     "procès-verbal", "compromis", "avenant", "décision", "plan"}
)  # fmt: skip
# Nommer n'est pas demander (aucun verbe français de la liste des demandes ne nomme).
NAMING_VERBS: frozenset[str] = frozenset()
# Accidents et catastrophes : « tué dans un accident de la route » (les secours n'en
# sont pas : ils donnent souvent le bilan d'une attaque).
MISHAP_WORDS: frozenset[str] = frozenset(
    {"accident", "collision", "carambolage", "naufrage", "déraillement", "dérailler",
     "séisme", "inondation", "crue", "avalanche", "éboulement", "noyade", "tempête",
     "ouragan", "cyclone"}
)  # fmt: skip
RESCUE_WORKERS: frozenset[str] = frozenset(
    {"pompier", "sapeur", "sapeur-pompier", "sapeurs-pompiers", "secouriste", "samu"}
)  # fmt: skip
# Un feu que personne n'a mis est un sinistre : « l'incendie a ravagé l'entrepôt » (pas
# « un incendie criminel », « des émeutiers ont incendié »). « feu » manque : « coups de feu ».
FIRE_WORDS: frozenset[str] = frozenset(
    {"incendie", "flamme", "flammes", "sinistre", "brasier", "fournaise"}
)  # fmt: skip
ARSON_WORDS: frozenset[str] = frozenset(
    {"criminel", "criminelle", "volontaire", "volontairement", "incendiaire",
     "pyromane", "molotov", "essence", "attentat", "incendier"}
)  # fmt: skip
# Ce qui dit un accident autour d'une blessure sans auteur, dans le paragraphe : « elle
# est tombée d'un balcon ; grièvement blessée, elle a été hospitalisée ».
MISHAP_CONTEXT_WORDS: frozenset[str] = frozenset(
    {"tomber", "tombé", "tombée", "chute", "percuter", "percuté", "dépassement",
     "suicide", "suicider", "malaise", "incendie"}
)  # fmt: skip
# Se battre pour garder un poste n'est pas combattre (sauf des armes ou une place).
STRIVING_VERBS: frozenset[str] = frozenset({"battre", "lutter", "combattre"})
# Ce qui exige sans demander : « le projet a demandé un long travail », « la réforme
# exige des moyens » (l'auteur d'un texte demande encore : « la résolution, la
# proposition demande »).
REQUIRING_NOUNS: frozenset[str] = frozenset(
    {"projet", "plan", "loi", "contrat", "réforme", "budget", "travail", "chantier",
     "opération", "programme", "règlement", "situation"}
)  # fmt: skip
# Lieux de la vie courante : leur fermeture est un avis (« la bibliothèque sera fermée
# en juillet »), pas une restriction.
AMENITY_NOUNS: frozenset[str] = frozenset(
    {"bibliothèque", "médiathèque", "déchetterie", "piscine", "musée", "gymnase",
     "cinéma", "théâtre", "salle", "bâtiment", "local", "magasin", "boutique",
     "restaurant", "patinoire", "camping", "parking"}
)  # fmt: skip

# --------------------------------------------------------------------------- modality words

# Le français dit le possible par un verbe (« pourrait être inculpé »), pas un auxiliaire.
MODAL_AUXILIARIES: frozenset[str] = frozenset()
PERFECT_AUXILIARIES: frozenset[str] = frozenset()
# Noms d'un événement craint ou possible : « la menace de frappes », « le risque
# d'affrontements ».
PROSPECT_NOUNS: frozenset[str] = frozenset(
    {"menace", "risque", "crainte", "possibilité", "perspective", "danger", "spectre",
     "éventualité", "hypothèse", "scénario", "peur"}
)  # fmt: skip
# Adverbs that make a report of what they modify ("ont prétendument tué").
REPORT_ADVERBS: frozenset[str] = frozenset(
    {"prétendument", "apparemment", "probablement", "vraisemblablement"}
)
# Un rapport, une estimation ou une source pour sujet rapporte une affirmation : « des
# informations font état de combats », « des témoignages évoquent des pillages ».
REPORT_NOUNS: frozenset[str] = frozenset(
    {"rapport", "information", "estimation", "source", "rumeur", "témoignage"}
)
# Ce qu'on croit ou soupçonne est une affirmation : « les rebelles sont soupçonnés d'avoir
# tué », « on pense que les assaillants ont fui ».
BELIEF_VERBS: frozenset[str] = frozenset(
    {"croire", "penser", "soupçonner", "suspecter", "présumer", "supposer"}
)
# French has no conditional auxiliary word: the mood is on the verb.
CONDITIONAL_AUXILIARIES: frozenset[str] = frozenset()
# Conditional endings the tagger sometimes reads as an imperfect ("prendraient"); the
# imperfect of "-rer" verbs ("tirait") ends otherwise.
CONDITIONAL_ENDINGS: tuple[str, ...] = (
    "erait", "eraient", "rrait", "rraient", "drait", "draient", "vrait", "vraient",
    "aurait", "auraient",
)  # fmt: skip
# The journalistic conditional reports a claim ("des armes auraient été récupérées").
REPORTIVE_CONDITIONAL: bool = True
# Verbs that make their complement a fact when they are in the past ("ce qui a permis
# d'arrêter", "sont parvenus à les ramener"), an aim otherwise.
IMPLICATIVE_GOVERNORS: frozenset[str] = frozenset({"permettre", "réussir", "parvenir"})
# Verbs that stop their complement from happening ("empêcher les manifestants de marcher").
PREVENTION_GOVERNORS: frozenset[str] = frozenset({"empêcher", "éviter", "interdire"})
