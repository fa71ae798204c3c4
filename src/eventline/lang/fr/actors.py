"""French actor vocabulary (data only): pronouns, nationality words, sector head nouns,
international organisations and generic descriptions that can corefer."""

from __future__ import annotations

# pronoun → (number, gender)
PRONOUNS: dict[str, tuple[str, str | None]] = {
    "il": ("sing", "masc"),
    "elle": ("sing", "fem"),
    "ils": ("plur", "masc"),
    "elles": ("plur", "fem"),
    "lui": ("sing", "masc"),
    "eux": ("plur", "masc"),
    "leur": ("plur", None),
    "celui-ci": ("sing", "masc"),
    "celle-ci": ("sing", "fem"),
    "ceux-ci": ("plur", "masc"),
    "celles-ci": ("plur", "fem"),
    "ce dernier": ("sing", "masc"),
    "cette dernière": ("sing", "fem"),
    "ces derniers": ("plur", "masc"),
    "ces dernières": ("plur", "fem"),
}

# leading determiner → (number, gender); gender None when the form does not show it
DETERMINERS: dict[str, tuple[str, str | None]] = {
    "le": ("sing", "masc"),
    "un": ("sing", "masc"),
    "ce": ("sing", "masc"),
    "cet": ("sing", "masc"),
    "du": ("sing", "masc"),
    "au": ("sing", "masc"),
    "la": ("sing", "fem"),
    "une": ("sing", "fem"),
    "cette": ("sing", "fem"),
    "l'": ("sing", None),
    "l’": ("sing", None),
    "les": ("plur", None),
    "des": ("plur", None),
    "ces": ("plur", None),
    "aux": ("plur", None),
    "plusieurs": ("plur", None),
}

# words dropped from the front of a proper name for its canonical form
STRIP_LEADING: tuple[str, ...] = ("le", "la", "les", "l'", "l’", "du", "des", "de", "d'", "d’")

# masculine singular nationality adjective → ISO 3166-1 alpha-3 (inflections generated below)
_NATIONALITY = """
afghan AFG; albanais ALB; algérien DZA; allemand DEU; américain USA; angolais AGO;
saoudien SAU; argentin ARG; arménien ARM; australien AUS; autrichien AUT; azerbaïdjanais AZE;
bahreïni BHR; bangladais BGD; belge BEL; béninois BEN; biélorusse BLR; birman MMR;
bolivien BOL; bosnien BIH; brésilien BRA; britannique GBR; bulgare BGR; burkinabè BFA;
burkinabé BFA; burundais BDI; cambodgien KHM; camerounais CMR; canadien CAN; centrafricain CAF;
chilien CHL; chinois CHN; chypriote CYP; colombien COL; comorien COM; congolais COD;
nord-coréen PRK; sud-coréen KOR; ivoirien CIV; croate HRV; cubain CUB; danois DNK;
djiboutien DJI; égyptien EGY; émirati ARE; équatorien ECU; érythréen ERI; espagnol ESP;
estonien EST; éthiopien ETH; finlandais FIN; français FRA; gabonais GAB; gambien GMB;
géorgien GEO; ghanéen GHA; grec GRC; guatémaltèque GTM; guinéen GIN; haïtien HTI;
hongrois HUN; indien IND; indonésien IDN; irakien IRQ; iranien IRN; irlandais IRL;
islandais ISL; israélien ISR; italien ITA; jamaïcain JAM; japonais JPN; jordanien JOR;
kazakh KAZ; kenyan KEN; kényan KEN; kirghiz KGZ; kosovar KOS; koweïtien KWT; laotien LAO;
letton LVA; libanais LBN; libérien LBR; libyen LBY; lituanien LTU; malgache MDG;
malaisien MYS; malawite MWI; malien MLI; marocain MAR; mauritanien MRT; mexicain MEX;
moldave MDA; mongol MNG; mozambicain MOZ; namibien NAM; népalais NPL; nicaraguayen NIC;
nigérien NER; nigérian NGA; nigerian NGA; norvégien NOR; néo-zélandais NZL; omanais OMN;
ougandais UGA; ouzbek UZB; pakistanais PAK; palestinien PSE; panaméen PAN; paraguayen PRY;
néerlandais NLD; hollandais NLD; péruvien PER; philippin PHL; polonais POL; portugais PRT;
qatari QAT; qatarien QAT; roumain ROU; russe RUS; rwandais RWA; salvadorien SLV;
sénégalais SEN; serbe SRB; sierra-léonais SLE; singapourien SGP; slovaque SVK; slovène SVN;
somalien SOM; soudanais SDN; sud-soudanais SSD; sud-africain ZAF; sri-lankais LKA;
suédois SWE; suisse CHE; syrien SYR; tadjik TJK; taïwanais TWN; tanzanien TZA; tchadien TCD;
tchèque CZE; thaïlandais THA; togolais TGO; tunisien TUN; turkmène TKM; turc TUR;
ukrainien UKR; uruguayen URY; vénézuélien VEN; vietnamien VNM; yéménite YEM; zambien ZMB;
zimbabwéen ZWE; sahraoui ESH; kurde -; sioniste ISR; hébreu ISR; européen EUR
"""

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "grec": ("grecque", "grecs", "grecques"),
    "turc": ("turque", "turcs", "turques"),
    "hébreu": ("hébreux",),
    "kurde": ("kurdes",),
}


def _inflect(masc: str) -> tuple[str, ...]:
    if masc in _IRREGULAR:
        return (masc, *_IRREGULAR[masc])
    if masc.endswith("e"):
        return (masc, masc + "s")
    if masc.endswith(("è", "é")):  # burkinabè: usually invariable, plural -s also seen
        return (masc, masc + "s")
    if masc.endswith(("ien", "éen", "yen")):
        return (masc, masc + "ne", masc + "s", masc + "nes")
    if masc.endswith(("s", "x")):
        return (masc, masc + "e", masc + "es")
    return (masc, masc + "e", masc + "s", masc + "es")


# every inflection → ISO3 ("" for a nationality with no state, e.g. kurde)
DEMONYMS: dict[str, str] = {
    form: code.replace("-", "")
    for item in _NATIONALITY.replace("\n", " ").split(";")
    if item.strip()
    for masc, code in [item.split()]
    for form in _inflect(masc)
}

# inflected forms that show gender ("malienne" fem, "maliens" masc): agreement for pronouns
DEMONYM_GENDER: dict[str, str] = {
    form: gender
    for item in _NATIONALITY.replace("\n", " ").split(";")
    if item.strip()
    for masc in [item.split()[0]]
    for forms in [_inflect(masc)]
    if len(forms) == 4
    for form, gender in zip(forms, ("masc", "fem", "masc", "fem"), strict=True)
}

# sector head nouns and phrases → (PLOVER sector, English gloss for canonical names)
SECTOR_TERMS: dict[str, tuple[str, str]] = {
    # military
    "armée": ("MIL", "army"),
    "armées": ("MIL", "armed forces"),
    "forces armées": ("MIL", "armed forces"),
    "forces": ("MIL", "forces"),
    "troupes": ("MIL", "troops"),
    "soldat": ("MIL", "soldier"),
    "soldats": ("MIL", "soldiers"),
    "militaire": ("MIL", "military"),
    "militaires": ("MIL", "soldiers"),
    "état-major": ("MIL", "military command"),
    "armée de l'air": ("MIL", "air force"),
    "aviation": ("MIL", "air force"),
    "marine": ("MIL", "navy"),
    # police
    "police": ("COP", "police"),
    "policier": ("COP", "police officer"),
    "policiers": ("COP", "police officers"),
    "gendarme": ("COP", "gendarme"),
    "gendarmes": ("COP", "gendarmes"),
    "gendarmerie": ("COP", "gendarmerie"),
    "forces de l'ordre": ("COP", "security forces"),
    "forces de sécurité": ("COP", "security forces"),
    # government
    "gouvernement": ("GOV", "government"),
    "ministre": ("GOV", "minister"),
    "ministère": ("GOV", "ministry"),
    "premier ministre": ("GOV", "prime minister"),
    "président": ("GOV", "president"),
    "présidente": ("GOV", "president"),
    "présidence": ("GOV", "presidency"),
    "chef de l'état": ("GOV", "head of state"),
    "autorités": ("GOV", "authorities"),
    "régime": ("GOV", "regime"),
    "diplomatie": ("GOV", "diplomacy"),
    "ambassadeur": ("GOV", "ambassador"),
    "diplomate": ("GOV", "diplomat"),
    "diplomates": ("GOV", "diplomats"),
    "responsables": ("GOV", "officials"),
    "dirigeants": ("GOV", "leaders"),
    "officiels": ("GOV", "officials"),
    "gouverneur": ("GOV", "governor"),
    "préfet": ("GOV", "prefect"),
    "maire": ("GOV", "mayor"),
    "chef de village": ("GOV", "village head"),
    "chef du village": ("GOV", "village head"),
    "porte-parole du gouvernement": ("GOV", "government spokesperson"),
    # a junta is the army in power: its deeds are the military's
    "junte": ("MIL", "junta"),
    "junte militaire": ("MIL", "junta"),
    "forces gouvernementales": ("MIL", "government forces"),
    "forces de défense et de sécurité": ("MIL", "defence and security forces"),
    "forces spéciales": ("MIL", "special forces"),
    "forces loyalistes": ("MIL", "loyalist forces"),
    "chef d'état-major": ("MIL", "chief of staff"),
    "haut gradé": ("MIL", "senior officer"),
    "officier": ("MIL", "officer"),
    "officiers": ("MIL", "officers"),
    # rebels and armed groups
    "rebelles": ("REB", "rebels"),
    "rebelle": ("REB", "rebel"),
    "rébellion": ("REB", "rebellion"),
    "insurgés": ("REB", "insurgents"),
    "djihadistes": ("REB", "jihadists"),
    "jihadistes": ("REB", "jihadists"),
    "djihadiste": ("REB", "jihadist"),
    "jihadiste": ("REB", "jihadist"),
    "terroristes": ("REB", "terrorists"),
    "groupe armé": ("REB", "armed group"),
    "groupes armés": ("REB", "armed groups"),
    "groupe jihadiste": ("REB", "jihadist group"),
    "groupe djihadiste": ("REB", "jihadist group"),
    "groupe terroriste": ("REB", "terrorist group"),
    "groupe de résistance": ("REB", "resistance group"),
    "milice": ("REB", "militia"),
    "paramilitaires": ("REB", "paramilitaries"),
    "milices": ("REB", "militias"),
    "miliciens": ("REB", "militiamen"),
    "combattants": ("REB", "fighters"),
    "combattant": ("REB", "fighter"),
    "résistance": ("REB", "resistance"),
    "guérilla": ("REB", "guerrilla"),
    "séparatistes": ("REB", "separatists"),
    "islamistes": ("REB", "Islamists"),
    "extrémistes": ("REB", "extremists"),
    "groupes d'autodéfense": ("REB", "self-defence groups"),
    "armée de libération": ("REB", "liberation army"),
    "front de libération": ("REB", "liberation front"),
    "brigades": ("REB", "brigades"),
    # unidentified armed actors
    "hommes armés": ("UAF", "gunmen"),
    "hommes armés non identifiés": ("UAF", "unidentified gunmen"),
    "individus armés": ("UAF", "gunmen"),
    "assaillants": ("UAF", "assailants"),
    "inconnus": ("UAF", "unknown assailants"),
    "individus non identifiés": ("UAF", "unidentified individuals"),
    "individus armés non identifiés": ("UAF", "unidentified gunmen"),
    "hommes en armes": ("UAF", "gunmen"),
    "bandits armés": ("CRM", "armed bandits"),
    # criminal gangs
    "gang": ("CRM", "gang"),
    "gangs": ("CRM", "gangs"),
    "gangs armés": ("CRM", "armed gangs"),
    "bandes armées": ("CRM", "armed gangs"),
    "bande armée": ("CRM", "armed gang"),
    "bandits": ("CRM", "bandits"),
    "criminels": ("CRM", "criminals"),
    "ravisseurs": ("CRM", "kidnappers"),
    # civilians, opposition
    "manifestants": ("CVL", "protesters"),
    "protestataires": ("CVL", "protesters"),
    "émeutiers": ("CVL", "rioters"),
    "pèlerins": ("CVL", "pilgrims"),
    "civils": ("CVL", "civilians"),
    "habitants": ("CVL", "residents"),
    "villageois": ("CVL", "villagers"),
    "personnes": ("CVL", "people"),
    "enfants": ("CVL", "children"),
    "femmes": ("CVL", "women"),
    "élèves": ("CVL", "pupils"),
    "écoliers": ("CVL", "pupils"),
    "lycéens": ("CVL", "pupils"),
    "étudiants": ("CVL", "students"),
    "étudiant": ("CVL", "student"),
    "otages": ("CVL", "hostages"),
    "otage": ("CVL", "hostage"),
    "victimes": ("CVL", "victims"),
    "fidèles": ("CVL", "worshippers"),
    "passagers": ("CVL", "passengers"),
    "agriculteurs": ("CVL", "farmers"),
    "éleveurs": ("CVL", "herders"),
    "commerçants": ("CVL", "traders"),
    "compatriotes": ("CVL", "compatriots"),
    "ressortissants": ("CVL", "nationals"),
    "population": ("CVL", "population"),
    "peuple": ("CVL", "people"),
    "opposition": ("OPP", "opposition"),
    "opposants": ("OPP", "opponents"),
    "opposant": ("OPP", "opponent"),
    "opposante": ("OPP", "opponent"),
    "parti": ("PTY", "party"),
    # justice, legislature
    "juge": ("JUD", "judge"),
    "juges": ("JUD", "judges"),
    "tribunal": ("JUD", "court"),
    "cour": ("JUD", "court"),
    "procureur": ("JUD", "prosecutor"),
    "parquet": ("JUD", "prosecutor's office"),
    "justice": ("JUD", "judiciary"),
    "parlement": ("LEG", "parliament"),
    "députés": ("LEG", "lawmakers"),
    "député": ("LEG", "lawmaker"),
    "sénat": ("LEG", "senate"),
    "sénateurs": ("LEG", "senators"),
    "assemblée nationale": ("LEG", "national assembly"),
    "parlementaires": ("LEG", "lawmakers"),
    # others
    "ong": ("NGO", "NGO"),
    "organisation non gouvernementale": ("NGO", "NGO"),
    "journaliste": ("JRN", "journalist"),
    "journalistes": ("JRN", "journalists"),
    "médias": ("JRN", "media"),
    "presse": ("JRN", "press"),
    "médecins": ("MED", "doctors"),
    "hôpital": ("MED", "hospital"),
    "soignants": ("MED", "health workers"),
    "infirmiers": ("MED", "nurses"),
    "humanitaires": ("NGO", "aid workers"),
    "travailleurs humanitaires": ("NGO", "aid workers"),
    "services de renseignement": ("SPY", "intelligence services"),
    "renseignement": ("SPY", "intelligence"),
    "réfugiés": ("REF", "refugees"),
    "déplacés": ("REF", "displaced people"),
    "personnes déplacées": ("REF", "displaced people"),
    "syndicat": ("LAB", "union"),
    "syndicats": ("LAB", "unions"),
    "grévistes": ("LAB", "strikers"),
    "recteur": ("EDU", "rector"),
    "enseignants": ("EDU", "teachers"),
    "entreprise": ("BUS", "company"),
    # occupations that strike and march on their own
    "greffiers": ("JUD", "court clerks"),
    "magistrats": ("JUD", "magistrates"),
    "avocats": ("JUD", "lawyers"),
    "infirmières": ("MED", "nurses"),
    "sages-femmes": ("MED", "midwives"),
    "instituteurs": ("EDU", "teachers"),
}

# plural nouns without a plural ending (number agreement)
PLURAL_NOUNS: frozenset[str] = frozenset({"villageois", "assaillants"})

# plural nouns naming a whole body, not some of its members ("the government forces"
# are the state's armed forces; "soldiers" are some of them)
BODY_PLURALS: frozenset[str] = frozenset({"forces"})

# capitalised adjectives that do not make a mention a proper name ("Islamist insurgents")
DESCRIPTIVE_ADJECTIVES: frozenset[str] = frozenset()

# generic descriptions that normally refer back to an actor named earlier → English gloss
GENERIC_TERMS: dict[str, str] = {
    "groupe": "group",
    "mouvement": "movement",
    "organisation": "organisation",
    "formation": "group",
    "coalition": "coalition",
    "alliance": "alliance",
    "camp": "camp",
}

# international organisations: name → (English canonical, PLOVER code, sector)
ORGANISATIONS: dict[str, tuple[str, str, str]] = {
    "onu": ("United Nations", "UNO", "IGO"),
    "organisation des nations unies": ("United Nations", "UNO", "IGO"),
    "nations unies": ("United Nations", "UNO", "IGO"),
    "conseil de sécurité": ("UN Security Council", "UNO", "IGO"),
    "conseil de sécurité de l'onu": ("UN Security Council", "UNO", "IGO"),
    "conseil de sécurité des nations unies": ("UN Security Council", "UNO", "IGO"),
    "assemblée générale de l'onu": ("UN General Assembly", "UNO", "IGO"),
    "unicef": ("UNICEF", "UNO", "IGO"),
    "hcr": ("UNHCR", "UNO", "IGO"),
    "minusma": ("MINUSMA", "UNO", "IGO"),
    "monusco": ("MONUSCO", "UNO", "IGO"),
    "casques bleus": ("UN peacekeepers", "UNO", "IGO"),
    "otan": ("NATO", "IGO", "IGO"),
    "alliance atlantique": ("NATO", "IGO", "IGO"),
    "union africaine": ("African Union", "IGO", "IGO"),
    "ua": ("African Union", "IGO", "IGO"),
    "union européenne": ("European Union", "EUR", "IGO"),
    "ue": ("European Union", "EUR", "IGO"),
    "commission européenne": ("European Commission", "EUR", "IGO"),
    "cedeao": ("ECOWAS", "IGO", "IGO"),
    "communauté économique des états de l'afrique de l'ouest": ("ECOWAS", "IGO", "IGO"),
    "ligue arabe": ("Arab League", "IGO", "IGO"),
    "cour pénale internationale": ("International Criminal Court", "IGO", "JUD"),
    "cpi": ("International Criminal Court", "IGO", "JUD"),
    "cour internationale de justice": ("International Court of Justice", "UNO", "JUD"),
    "cij": ("International Court of Justice", "UNO", "JUD"),
    "fmi": ("International Monetary Fund", "IGO", "IGO"),
    "banque mondiale": ("World Bank", "IGO", "IGO"),
    "oms": ("World Health Organization", "UNO", "IGO"),
    "croix-rouge": ("Red Cross", "NGO", "NGO"),
    "cicr": ("International Committee of the Red Cross", "NGO", "NGO"),
    "amnesty international": ("Amnesty International", "NGO", "NGO"),
    "human rights watch": ("Human Rights Watch", "NGO", "NGO"),
    "médecins sans frontières": ("Médecins Sans Frontières", "NGO", "NGO"),
    "msf": ("Médecins Sans Frontières", "NGO", "NGO"),
    "ocha": ("OCHA", "UNO", "IGO"),
    "pam": ("World Food Programme", "UNO", "IGO"),
    "programme alimentaire mondial": ("World Food Programme", "UNO", "IGO"),
    "oim": ("International Organization for Migration", "UNO", "IGO"),
    "unrwa": ("UNRWA", "UNO", "IGO"),
    "minusca": ("MINUSCA", "UNO", "IGO"),
    "asean": ("ASEAN", "IGO", "IGO"),
    "anase": ("ASEAN", "IGO", "IGO"),
    "association des nations de l'asie du sud-est": ("ASEAN", "IGO", "IGO"),
    "sadc": ("SADC", "IGO", "IGO"),
    "communauté de développement d'afrique australe": ("SADC", "IGO", "IGO"),
    "ceeac": ("ECCAS", "IGO", "IGO"),
    "eac": ("East African Community", "IGO", "IGO"),
    "igad": ("IGAD", "IGO", "IGO"),
    "g5 sahel": ("G5 Sahel", "IGO", "IGO"),
    "alliance des états du sahel": ("Alliance of Sahel States", "IGO", "IGO"),
    "aes": ("Alliance of Sahel States", "IGO", "IGO"),
    "g7": ("G7", "IGO", "IGO"),
    "g20": ("G20", "IGO", "IGO"),
}

# connectors inside names that introduce a place ("Résistance islamique en Irak")
NAME_PLACE_PREPOSITIONS: tuple[str, ...] = ("en", "au", "aux", "du", "de", "d'", "d’")


# Seats of power standing for a government or an organisation (general knowledge).
METONYMS: dict[str, tuple[str, str, str]] = {
    "kremlin": ("Russie", "RUS", "GOV"),
    "maison-blanche": ("États-Unis", "USA", "GOV"),
    "maison blanche": ("États-Unis", "USA", "GOV"),
    "pentagone": ("États-Unis", "USA", "MIL"),
    "département d'état": ("États-Unis", "USA", "GOV"),
    "élysée": ("France", "FRA", "GOV"),
    "quai d'orsay": ("France", "FRA", "GOV"),
    "matignon": ("France", "FRA", "GOV"),
    "downing street": ("Royaume-Uni", "GBR", "GOV"),
    "bruxelles": ("Union européenne", "EUR", "IGO"),
}


# Nouns for people and groups that can fill an actor or target role on their own
# (beyond the sector terms above).
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "personne", "civil", "habitant", "résident", "villageois", "victime", "otage",
        "suspect", "homme", "femme", "enfant", "jeune", "étudiant", "élève", "ouvrier",
        "travailleur", "agriculteur", "éleveur", "commerçant", "fidèle", "pèlerin",
        "réfugié", "déplacé", "migrant", "prisonnier", "détenu", "opposant", "militant",
        "activiste", "manifestant", "diplomate", "responsable", "dirigeant", "chef",
        "leader", "ministre", "officier", "fonctionnaire", "élu", "délégation", "allié",
        "partenaire", "camp", "partie", "voisin", "homologue", "envoyé", "émissaire",
        "médiateur", "négociateur", "population", "foule", "famille", "membre",
        "combattant", "assaillant", "auteur", "agent", "garde", "employé", "humanitaire",
        "personnalité", "individu", "entité", "entreprise", "société", "compatriote",
        "ressortissant", "citoyen", "passager", "patient", "journaliste", "survivant", "blessé",
    }
)  # fmt: skip


# Armed groups under their French names and spellings (the names every language shares
# are in eventline/data/armed_groups.tsv) → (English canonical, country or None, sector)
KNOWN_GROUPS: dict[str, tuple[str, str | None, str]] = {
    "État islamique": ("Islamic State", None, "REB"),
    "EI": ("Islamic State", None, "REB"),
    "Daech": ("Islamic State", None, "REB"),
    "Al-Qaïda": ("Al-Qaeda", None, "REB"),
    "Shebab": ("Al-Shabaab", "SOM", "REB"),
    "talibans": ("Taliban", "AFG", "REB"),
    "Al Qaïda": ("Al-Qaeda", None, "REB"),
    "Al-Qaïda au Maghreb islamique": ("AQIM", None, "REB"),
    "Al Qaïda au Maghreb islamique": ("AQIM", None, "REB"),
    "Aqmi": ("AQIM", None, "REB"),
    "État islamique au Grand Sahara": ("Islamic State in the Greater Sahara", None, "REB"),
    "État islamique au Sahel": ("Islamic State Sahel Province", None, "REB"),
    "EIGS": ("Islamic State in the Greater Sahara", None, "REB"),
    "État islamique en Afrique de l'Ouest": ("ISWAP", None, "REB"),
    "Groupe de soutien à l'islam et aux musulmans": ("JNIM", None, "REB"),
    "GSIM": ("JNIM", None, "REB"),
    "Forces de soutien rapide": ("Rapid Support Forces", "SDN", "REB"),
    "FSR": ("Rapid Support Forces", "SDN", "REB"),
    "Forces armées de la République démocratique du Congo": ("FARDC", "COD", "MIL"),
    "Forces armées maliennes": ("FAMa", "MLI", "MIL"),
}

# elided determiners → (number, gender) shown: "l'armée" is singular, "d'autres" says nothing
ELIDED_DETERMINERS: dict[str, tuple[str | None, str | None]] = {
    "l'": ("sing", None),
    "d'": (None, None),
}

# prepositions that end the head phrase of a description and introduce its complement
# ("le ministre de la Défense", "l'armée du Mali")
COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ("de", "d'", "du", "des", "en", "au")

# words besides articles and "de" ignored when two names are compared
# ("Front de libération du Nord" contains "le Front")
NAME_CONNECTORS: tuple[str, ...] = ("en", "et")

# demonstratives that, like the definite articles, point back to an actor just named
ANAPHORIC_DEMONSTRATIVES: tuple[str, ...] = ("ce", "cette", "ces")

# quantities before a counted noun ("plusieurs centaines d'étudiants" → "étudiants");
# a phrase is followed by a space, then "de"/"d'" may follow
QUANTITY_PHRASES: tuple[str, ...] = (
    "au moins", "plus de", "près de", "environ", "quelque", "plusieurs", "quelques", "des",
    "certains", "certaines", "tous", "toutes", "tous les", "toutes les", "de nombreux",
    "de nombreuses", "nombreux", "nombreuses", "un grand nombre", "jusqu'à",
    "plusieurs dizaines", "plusieurs centaines", "plusieurs milliers",
    "des dizaines", "des centaines", "des milliers", "dizaines", "centaines", "milliers",
    "une dizaine", "une douzaine", "une quinzaine", "une vingtaine", "une trentaine",
    "une quarantaine", "une cinquantaine", "une centaine",
    "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
    "cinquantaine", "centaine",
    # collective nouns: the people of the complement are the actor ("un cordon de policiers")
    "cordon de", "colonne de", "contingent de", "escouade de", "phalange de",
)  # fmt: skip

# plural nouns end in -s or -x ("soldats", "généraux"), but not in -ss
PLURAL_ENDINGS: tuple[str, ...] = ("s", "x")
SINGULAR_ENDINGS: tuple[str, ...] = ("ss",)

# the head noun comes first ("le ministre malien de la Défense")
HEAD_LAST: bool = False

# a proper name starts with a capital ("La Résistance islamique…")
NAME_STARTS_CAPITALISED: bool = True

# titles before a person's name ("le général X", "le colonel X") → PLOVER sector
TITLES: dict[str, str] = {
    "président": "GOV", "présidente": "GOV", "ministre": "GOV", "premier ministre": "GOV",
    "général": "MIL", "colonel": "MIL", "commandant": "MIL", "capitaine": "MIL",
    "lieutenant": "MIL", "lieutenant-colonel": "MIL", "sergent": "MIL", "maréchal": "MIL",
    "gouverneur": "GOV", "préfet": "GOV", "maire": "GOV", "ambassadeur": "GOV",
    "sénateur": "LEG", "député": "LEG", "juge": "JUD", "procureur": "JUD",
}  # fmt: skip

# what remains of a partitive or contrastive mention once its quantity is gone: people
# counted or named before ("au moins dix d'entre eux", "huit autres") → (number, gender)
PARTITIVES: dict[str, tuple[str, str | None]] = {
    "d'entre eux": ("plur", "masc"),
    "d’entre eux": ("plur", "masc"),
    "d'entre elles": ("plur", "fem"),
    "d’entre elles": ("plur", "fem"),
    # the elided "d'" goes with the determiners: "d'entre eux" is read "entre eux"
    "entre eux": ("plur", "masc"),
    "entre elles": ("plur", "fem"),
    "autres": ("plur", None),
    "les autres": ("plur", None),
}

# possessive determiners → (number, gender) of their owner
POSSESSIVE_OWNERS: dict[str, tuple[str, str | None]] = {
    "son": ("sing", None),
    "sa": ("sing", None),
    "ses": ("sing", None),
    "leur": ("plur", None),
    "leurs": ("plur", None),
}

# weapons and craft standing for the forces that use them ("un drone a frappé")
ARMED_INSTRUMENTS: frozenset[str] = frozenset(
    {
        "missile", "missiles", "drone", "drones", "avion", "avions", "avion de chasse",
        "avions de chasse", "avion militaire", "avions militaires", "hélicoptère",
        "hélicoptères", "chasseur", "chasseurs", "bombardier", "bombardiers", "char",
        "chars", "blindé", "blindés", "roquette", "roquettes", "obus",
        "mortier", "mortiers", "artillerie",
    }
)  # fmt: skip

# things a target may be → PLOVER sector of their users
THING_SECTORS: dict[str, str] = {
    "maison": "CVL", "maisons": "CVL", "habitation": "CVL", "habitations": "CVL",
    "domicile": "CVL", "résidence": "CVL", "logement": "CVL", "logements": "CVL", "immeuble": "CVL",
    "immeubles": "CVL", "bâtiment": "CVL", "bâtiments": "CVL", "marché": "CVL",
    "marchés": "CVL", "magasin": "CVL", "boutique": "CVL", "commerce": "CVL",
    "restaurant": "CVL", "hôtel": "CVL", "église": "REL", "églises": "REL",
    "mosquée": "REL", "mosquées": "REL", "temple": "REL", "monastère": "REL",
    "bus": "CVL", "voiture": "CVL", "cérémonie": "CVL", "rassemblement": "CVL",
    "mariage": "CVL", "funérailles": "CVL", "foule": "CVL", "ferme": "CVL",
    "école": "EDU", "écoles": "EDU", "lycée": "EDU", "collège": "EDU",
    "université": "EDU", "campus": "EDU", "internat": "EDU",
    "hôpital": "MED", "clinique": "MED", "centre de santé": "MED",
    "base": "MIL", "bases": "MIL", "base militaire": "MIL", "camp militaire": "MIL",
    "caserne": "MIL", "casernes": "MIL", "garnison": "MIL", "poste militaire": "MIL",
    "position": "MIL", "positions": "MIL", "convoi militaire": "MIL", "détachement": "MIL",
    "aéroport militaire": "MIL",
    "dépôt de munitions": "MIL", "dépôts de munitions": "MIL",
    "commissariat": "COP", "commissariats": "COP", "poste de police": "COP",
    "gendarmerie": "COP", "brigade de gendarmerie": "COP", "école de gendarmerie": "COP",
    "prison": "COP",
    "camp de déplacés": "REF", "camps de déplacés": "REF", "camp des déplacés": "REF",
    "camps des déplacés": "REF", "site de déplacés": "REF", "camp de réfugiés": "REF",
    "camps de réfugiés": "REF",
    "ministère": "GOV", "palais présidentiel": "GOV", "mairie": "GOV", "préfecture": "GOV",
    "parlement": "LEG", "tribunal": "JUD", "palais de justice": "JUD",
}  # fmt: skip

# first-person pronouns → number: "je" is the speaker of its quotation; "nous" the
# speaker's side, which the speaker's name does not tell
FIRST_PERSON: dict[str, str] = {
    "je": "sing", "j'": "sing", "j’": "sing", "moi": "sing", "nous": "plur",
}  # fmt: skip
