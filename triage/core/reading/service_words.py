"""The services lexicon: the problems, therapies and evaluations people ask for, each with one canonical key, the
names a reply gives it in English and Spanish, and the words that name it (read by `services.py`)."""

from __future__ import annotations

# key -> (English name for a reply, Spanish name, pattern). Order matters: more specific first
# ("ADHD testing" before "ADHD", "ERP" before "OCD" is not needed: both are reported).
SERVICES: tuple[tuple[str, str, str, str], ...] = (
    (
        "adhd testing",
        "ADHD testing",
        "evaluaciones de TDAH",
        r"(?:adhd|add|tdah)\s+(?:testing|test|assessment|evaluation|eval|diagnos\w*|screening)|"
        r"(?:test(?:ed|ing)?|assess(?:ed|ment)?|evaluat\w+|diagnos\w+|screen(?:ed|ing)?)\s+(?:\w+\s+){0,3}?(?:for|to\s+r/o|to\s+rule\s+out)\s+(?:adhd|add\b)|"
        r"evaluaci(?:[óo]n|ones)\s+(?:de|para)\s+(?:tdah|adhd)",
    ),
    (
        "autism evaluation",
        "autism evaluations",
        "evaluaciones de autismo",
        r"(?:autism|asd|autistic|asperger\w*)\s+(?:testing|assessment|evaluation|eval|diagnos\w*|screening)|"
        r"(?:test(?:ed|ing)?|assess(?:ed|ment)?|evaluat\w+|diagnos\w+)\s+(?:\w+\s+){0,3}?for\s+(?:autism|asd)|"
        # "pretty sure i'm autistic -- looking for an evaluation"
        r"(?:autism|autistic|asd\b)[^.?!\n]{0,40}\b(?:looking\s+for|want(?:ing)?|need(?:ing)?|seek\w*|get(?:ting)?|pursue)\s+"
        r"(?:an?|the)\s+(?:formal\s+)?(?:evaluation|assessment|diagnosis|eval)\b|"
        r"evaluaci(?:[óo]n|ones)\s+de\s+autismo",
    ),
    (
        "psychological testing",
        "psychological testing",
        "evaluaciones psicológicas",
        r"psych(?:ological|oeducational|o-educational)?\s+(?:testing|evaluation|assessment|eval)|neuropsych\w*|"
        r"learning\s+disabilit\w+\s+(?:testing|evaluation)|iq\s+test|evaluaci(?:[óo]n|ones)\s+psicol[óo]gica|"
        r"cognitive\s+(?:testing|evaluation|assessment|screening)|memory\s+(?:testing|evaluation)|pre-?surgical\s+eval\w*",
    ),
    (
        "esa letter",
        "emotional support animal letters",
        "cartas para animales de apoyo emocional",
        r"emotional[-\s]support[-\s](?:animal|dog|cat)|\besa\s+(?:letter|documentation|paperwork|letters)|"
        r"animal\s+de\s+apoyo",
    ),
    (
        "court-ordered",
        "court-ordered evaluations or therapy",
        "evaluaciones o terapia ordenadas por un juez",
        r"court[-\s]ordered|court[-\s]mandated|(?:for|by)\s+a\s+court\s+order|\bdui+\s+diversion|custody\s+(?:evaluation|eval|assessment)|parenting\s+(?:plan\s+)?evaluation|"
        r"(?:for|by|to)\s+(?:the\s+)?(?:court|judge|probation|my\s+lawyer|my\s+attorney)|ordenad[oa]\s+por\s+(?:el\s+)?(?:juez|juzgado)"
        r"|\b(?:judge|court|probation\s+officer)\b[^.?!]{0,60}\b(?:wants|ordered|requires|asked|says|said)\b",
    ),
    (
        "medication",
        "medication management",
        "manejo de medicamentos",
        r"medication\s+(?:management|manager|evaluation)|(?:can|do|would)\s+you\s+prescribe|psychiatric\s+medication|"
        r"(?:can|could|does|do|would|will)\s+(?:\w+\s+){1,4}prescribe\b|\b(?:anyone|someone|somebody)\s+(?:here\s+)?who\s+can\s+prescribe|"
        r"take\s+over\s+my\s+(?:prescriptions?|meds|medications?)|(?<!we'll\s)(?<!we\swill\s)(?<!i'll\s)(?<!they'll\s)manage\s+(?:my\s+|the\s+)?(?:meds|medications?|prescriptions?|"
        r"lexapro|zoloft|prozac|wellbutrin|sertraline|escitalopram|adderall|lamictal|lithium)\b|"
        r"med\s+management|(?:start|get|need|want)\s+(?:on\s+)?(?:meds|medication)|\b(?:something\s+)?you\s+(?:can|could)\s+prescribe\b|medicamentos?\s+psiqui[áa]tric\w+|"
        r"psychiatrist\s+on\s+staff|(?:have|is\s+there|any)\s+(?:a\s+)?psychiatrists?\s+(?:there|on\s+your\s+team|in\s+the\s+practice)",
    ),
    (
        "erp",
        "exposure and response prevention (ERP)",
        "exposición con prevención de respuesta (EPR)",
        r"\berp\b|exposure\s+(?:and|&)\s+response|exposure\s+(?:therapy|work)|prevenci[óo]n\s+de\s+respuesta",
    ),
    ("ocd", "OCD", "TOC", r"\bocd\b|obsessive[-\s]compulsive|intrusive\s+thoughts|\btoc\b|trastorno\s+obsesivo"),
    (
        "eating disorders",
        "eating disorder treatment",
        "tratamiento de trastornos alimentarios",
        r"eating\s+disorders?|eating\s+(?:issues|problems|struggles)|anorexi\w*|bulimi\w*|binge[-\s]eating|\barfid\b|disordered\s+eating|"
        r"(?:barely|hardly)\s+eating\b|\bnot\s+eating\s+(?:enough|much|at\s+all|properly)\b|(?:strict|restrict\w*)\W{0,2}\s+(?:with|about)\s+(?:food|eating)|purging|"
        r"trastornos?\s+(?:de\s+la\s+)?(?:alimentaci[óo]n|alimentari\w+|alimentici\w+)|anorexia|bulimia",
    ),
    (
        "substance use",
        "substance use and recovery",
        "tratamiento de adicciones",
        r"substance\s+(?:use|abuse)|(?<!gambling\s)(?<!gaming\s)(?<!screen\s)(?<!game\s)(?<!phone\s)(?<!porn\s)(?<!internet\s)"
        r"(?<!/screen\s)(?<!gaming/screen\s)(?<!shopping\s)(?<!social\smedia\s)addiction(?![-\s]related\s+(?:loss|grief|death))|addicted(?!\s+to\s+(?:games|gaming|"
        r"video\s+games|(?:his|her|my|the)\s+(?:phone|screen|xbox|switch|console)|screens|porn|tiktok|social\s+media))|alcohol\w*|drinking\s+(?:problem|too\s+much)|sobriety|sober|"
        r"\b(?:aa|na)\s+meetings|drug\s+(?:use|problem)|opioid|adicci[óo]n\w*|alcoholismo",
    ),
    (
        "gaming addiction",
        "gaming and screen-time problems",
        "uso problemático de videojuegos y pantallas",
        r"(?:gaming|screen|video\s*game|internet|phone)(?:\s*/\s*screen)?\s+(?:addiction|time\s+(?:problems?|issues?))|"
        r"addicted\s+to\s+(?:games|gaming|video\s+games|(?:his|her|my|the)\s+(?:phone|screen|xbox|console)|screens)",
    ),
    (
        "gambling",
        "gambling problems",
        "problemas con el juego",
        r"gambling|sports\s+betting|betting\s+apps?|casino|juego\s+compulsivo|apuestas",
    ),
    ("dbt", "DBT", "DBT", r"\bdbt\b|dialectical\s+behavio\w+"),
    ("emdr", "EMDR", "EMDR", r"\bemdr\b"),
    (
        "ifs",
        "IFS (Internal Family Systems)",
        "IFS (Sistemas de Familia Interna)",
        r"(?-i:\bIFS\b)|internal\s+family\s+systems",
    ),
    ("gottman", "the Gottman method", "el método Gottman", r"\bgottman\b"),
    (
        "eft",
        "Emotionally Focused Therapy (EFT)",
        "terapia focalizada en las emociones (EFT)",
        r"\beft\b|emotionally[-\s]focused",
    ),
    (
        "neurodiversity-affirming",
        "neurodiversity-affirming therapy",
        "terapia afirmativa de la neurodiversidad",
        r"neuro-?divers\w*|neuro-?divergen\w*|neuro-?affirming",
    ),
    (
        "somatic therapy",
        "somatic therapy",
        "terapia somática",
        r"\bsomatic\s+(?:therapy|experiencing|work|approach)|\bsensorimotor\b",
    ),
    ("act", "ACT (acceptance and commitment therapy)", "ACT", r"acceptance\s+and\s+commitment"),
    ("cbt", "CBT", "TCC", r"\bcbt\b|cognitive[-\s]behavio\w+|\btcc\b|terapia\s+cognitiv\w+"),
    (
        "family therapy",
        "family therapy",
        "terapia familiar",
        r"family\s+(?:therapy|counsel\w*|sessions?|therapist)|(?:whole|entire)\s+family|terapia\s+familiar|"
        r"blended[-\s]family|sesi[óo]n(?:es)?\s+(?:en\s+familia|familiares?)",
    ),
    (
        "group therapy",
        "group therapy",
        "terapia de grupo",
        r"group\s+(?:therapy|sessions?|counsel\w*|program)|support\s+groups?|(?:therapy|dbt|process)\s+groups?|"
        r"(?:grief|anxiety|men'?s|women'?s|parenting|moms?'?)\s+groups?|\b(?:any\s+(?:kind\s+of\s+)?|a\s+)group\s+for\b|(?:run|offer|have|lead)\s+(?:any\s+)?(?:summer\s+|teen\s+|weekly\s+|peer\s+)?groups?\b|\bgroups?\s+for\s+(?:teens|kids|adults|parents|moms|dads|men|women|caregivers|veterans|widows|survivors)\b|"
        r"terapia\s+(?:de\s+|en\s+)?grupo|grupos?\s+de\s+apoyo|(?:tienen|ofrecen|hay)\s+(?:alg[úu]n\s+)?grupos?\b"
        r"|grupos?\s+(?:para|de)\s+(?:cuidadores|padres|madres|duelo|hombres|mujeres|adolescentes|j[óo]venes|veteranos)",
    ),
    ("adhd", "ADHD", "TDAH", r"\badhd\b|\btdah\b|attention\s+deficit"),
    (
        "trauma",
        "trauma and PTSD",
        "trauma y TEPT",
        r"trauma\w*|\bptsd\b|\bc-?ptsd\b|\btept\b|abuse\s+(?:survivor|history)|sexual\s+assault",
    ),
    (
        "anxiety",
        "anxiety",
        "ansiedad",
        r"anxiety|anxious|panic\s+attacks?|panic\s+disorder|panic\s+d/o|phobia\w*|ansiedad|ataques?\s+de\s+p[áa]nico",
    ),
    ("depression", "depression", "depresión", r"depress\w*|depresi[óo]n|deprimid[oa]"),
    (
        "grief",
        "grief",
        "duelo",
        r"grief|griev\w+|bereave\w*|\bduelo\b|\b(?:people|someone|clients?|those|adults|widows?)\s+who\s+(?:have\s+|has\s+|'ve\s+)?lost\s+(?:a|their|his|her)\s+(?:spouse|partner|husband|wife|child|parent)",
    ),
    (
        "burnout",
        "burnout",
        "agotamiento laboral",
        r"burn-?out|compassion\s+fatigue|agotamiento\s+laboral",
    ),
    (
        "adjustment",
        "adjusting to illness or a big change",
        "adaptación a una enfermedad o un cambio",
        r"adjustment\s+(?:d/o|disorder)|trastorno\s+de\s+adaptaci[óo]n",
    ),
    (
        "perinatal",
        "perinatal and postpartum support",
        "apoyo perinatal y posparto",
        r"post[-\s]?partum|perinatal|prenatal|pregnan\w*|posparto|embarazo|embarazada|birth\s+trauma|infertility|"
        r"miscarriage|pregnancy\s+loss|stillbirth|p[ée]rdidas?\s+gestacional\w*|aborto\s+espont[áa]neo",
    ),
    (
        "life transitions",
        "life transitions",
        "transiciones de vida",
        r"life\s+transitions?|transici[óo]n(?:es)?\s+de\s+vida|career\s+change|empty\s+nest|retirement",
    ),
    (
        "lgbtq",
        "LGBTQ+ affirming care",
        "atención afirmativa LGBTQ+",
        r"lgbt\w*\+?|queer|transgender|\btrans\b|non-?binary|gender\s+(?:identity|affirming)|coming\s+out"
        r"|\bgay\s+(?:couples?|men|man|clients?|people|folks|and\s+lesbian)\b|\bsame[-\s]sex\s+(?:couples?|partners?|relationships?)\b"
        r"|\blesbian\b|\bbisexual\b",
    ),
    (
        "faith-based",
        "faith-based counseling",
        "consejería basada en la fe",
        r"christian\s+(?:counsel\w*|therap\w*|perspective|values|faith|worldview)|faith[-\s]based|biblical|"
        r"integrat\w+\s+(?:my\s+|our\s+)?faith|pastoral\s+counsel\w*|(?:consejer[ií]a|terapia)\s+cristiana",
    ),
    (
        "sex therapy",
        "sex therapy",
        "terapia sexual",
        r"sex\s+therap\w*|sexual\s+(?:issues|dysfunction)|intimacy\s+issues",
    ),
    (
        "infidelity",
        "recovering from infidelity",
        "recuperación tras una infidelidad",
        r"infidelity|an\s+affair|cheated|cheating|infidelidad",
    ),
    (
        "non-monogamy",
        "polyamorous and non-monogamous relationships",
        "relaciones poliamorosas",
        r"polyamor\w*|non-?monogam\w*|open\s+relationship|poliamor\w*",
    ),
    (
        "intercultural couples",
        "interfaith and intercultural couples",
        "parejas interculturales",
        r"interfaith|inter-?faith|intercultural|multicultural\s+(?:couple|relationship|family)|interracial",
    ),
    ("anger management", "anger management", "manejo de la ira", r"anger\s+management|manejo\s+de\s+(?:la\s+)?ira"),
    ("bipolar", "bipolar disorder", "trastorno bipolar", r"bipolar"),
    # "MDD, recurrent, severe w/o psychotic features" names no psychosis
    ("psychosis", "psychosis", "psicosis", r"psychosis|(?<!w/o\s)(?<!without\s)psychotic|schizo\w*|psicosis"),
    (
        "suicide loss",
        "loss to suicide",
        "pérdida por suicidio",
        r"suicide\s+loss|loss\s+(?:to|from)\s+suicide|suicide\s+(?:bereavement|survivors?)|loss\s+survivor"
        r"|lost\s+(?:someone|somebody|a\s+loved\s+one|(?:a|my|their|his|her)\s+\w+)\s+to\s+suicide",
    ),
    (
        "combat trauma",
        "military and combat trauma",
        "trauma militar y de combate",
        r"combat[-\s](?:related|trauma|ptsd|veterans?)|military\s+(?:trauma|ptsd|sexual\s+trauma)|\bmst\b",
    ),
    (
        "insomnia",
        "insomnia and sleep problems",
        "insomnio y problemas de sueño",
        r"insomnia|cbt-?i\b|insomnio|\bsleep\s+(?:problems?|issues?|trouble|difficult\w*)|trouble\s+sleeping|"
        r"(?:stress|anxiety)\s+and\s+sleep\b|problemas\s+(?:de|para)\s+dormir",
    ),
    (
        "cbt",
        "CBT (cognitive behavioral therapy)",
        "terapia cognitivo-conductual",
        r"\bcbt\b(?!-?i\b)|cognitive[-\s]behaviou?ral|terapia\s+cognitivo[-\s]conductual",
    ),
    (
        "stress",
        "stress",
        "estrés",
        r"(?:work|job|chronic|financial|caregiver)[-\s](?:related\s+)?stress|stress\s+management|"
        r"help\s+with\s+(?:\w+\s+){0,2}stress\b|estr[ée]s\s+laboral",
    ),
    (
        "anger",
        "anger",
        "manejo de la ira",
        r"\banger\b|\brage\b|los(?:e|ing)\s+my\s+temper|(?:manejo|control)\s+de\s+(?:la\s+)?ira\b",
    ),
    (
        "discernment counseling",
        "discernment counseling",
        "consejería de discernimiento",
        r"discernment\s+(?:counsel\w*|therapy)",
    ),
    (
        "cancer",
        "support through cancer",
        "apoyo durante el cáncer",
        r"\bcancer\b|\bc[áa]ncer\b|oncolog\w+|\bchemo(?:therapy)?\b|quimioterapia",
    ),
    (
        "chronic illness",
        "chronic illness and pain",
        "enfermedades crónicas",
        r"chronic\s+(?:illness|pain|fatigue|condition)|enfermedad\s+cr[óo]nica",
    ),
    ("parenting", "parenting support", "apoyo para padres", r"parenting\s+(?:support|help|coach\w*|skills)"),
    (
        "co-parenting",
        "co-parenting counseling",
        "terapia de coparentalidad",
        r"co-?parent\w*|coparentalidad|crianza\s+compartida",
    ),
)


APPROACHES = frozenset(
    {"dbt", "emdr", "ifs", "gottman", "eft", "somatic therapy", "act", "cbt", "neurodiversity-affirming"}
)
"""Ways of working, not troubles: "I've done some EMDR and found it helpful" hears "we offer EMDR too", never "I'm
sorry things have been so hard" (an approach is no hardship) or "we work with EMDR" (one works with a concern)."""
