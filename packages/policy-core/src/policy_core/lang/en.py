"""English: the words the rules read and its sentences; the registry's default language.

English has no dictionary here: words are compared as typed, with plural and possessive
endings stripped by ``MORPHOLOGY``'s suffix rules ("apples" → "apple", "tom's" → "tom").
Examples of each group are the rows of ``tests/test_policy_rules.py`` and
``tests/test_dates.py``/``tests/test_units.py``.
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType

from policy_core.lang._data import forms as _forms
from policy_core.lang._data import phrases, words
from policy_core.lang._lexicon import (
    CorridorWords,
    DateWords,
    Lexicon,
    MorphologyWords,
    NumberWords,
    OpenWorldWords,
    ShoppingWords,
    SuffixRule,
    TaskWords,
    TextWords,
    TriggerWords,
    UnitWords,
    Vocabulary,
)
from policy_core.lang._loanwords import LATIN_DEVICE_NOUNS, LATIN_OPENABLE

__all__ = ["ENGLISH"]

# How a Latin-letter first name is written in Cyrillic, letter by letter ("Anna" Анна,
# "Oleg" Олег, "Liam" Лиам); names English spells otherwise than it reads are listed whole.
_CYRILLIC = {
    "a": ("а",), "b": ("б",), "c": ("к",), "d": ("д",), "e": ("е",), "f": ("ф",),
    "g": ("г",), "h": ("х",), "i": ("и",), "j": ("дж",), "k": ("к",), "l": ("л",),
    "m": ("м",), "n": ("н",), "o": ("о",), "p": ("п",), "q": ("к",), "r": ("р",),
    "s": ("с",), "t": ("т",), "u": ("у",), "v": ("в",), "w": ("у",), "x": ("кс",),
    "y": ("и", "й"), "z": ("з",), "^e": ("э", "е"), "^ya": ("я",), "^yu": ("ю",),
    "^yo": ("йо",), "sh": ("ш",), "ch": ("ч",), "zh": ("ж",), "kh": ("х",), "ph": ("ф",),
    "th": ("т",), "ck": ("к",), "ts": ("ц",), "ee": ("и",), "oo": ("у",), "ya": ("я",),
    "yu": ("ю",), "ia": ("ия",), "shch": ("щ",),
}  # fmt: skip

# English, Irish, South Asian and other first names as Russian writes them.
_NAMES = {
    "abigail": "эбигейл", "adam": "адам", "aidan": "эйдан", "aiden": "эйден",
    "alan": "алан", "alex": "алекс", "alice": "элис", "amelia": "амелия", "amy": "эми эйми",
    "andrew": "эндрю", "andy": "энди", "ann": "энн", "anne": "энн", "aoife": "ифа ифе",
    "archie": "арчи", "arjun": "арджун", "ava": "эйва ава", "beth": "бет бэт", "ben": "бен",
    "bill": "билл", "bob": "боб", "brian": "брайан", "charlie": "чарли", "charlotte": "шарлотта",
    "chloe": "хлоя хлои", "chris": "крис", "ciara": "кира киара", "cian": "киан",
    "claire": "клэр клер", "conor": "конор коннор", "connor": "коннор конор",
    "dan": "дэн", "daniel": "дэниел даниэль даниел", "dave": "дэйв дейв", "david": "дэвид дейвид",
    "declan": "деклан", "ed": "эд", "eddie": "эдди", "ella": "элла", "ellie": "элли",
    "emily": "эмили", "emma": "эмма", "ethan": "итан", "fiona": "фиона", "fred": "фред",
    "george": "джордж", "grace": "грейс", "greg": "грег", "hannah": "ханна", "harry": "гарри",
    "helen": "хелен", "henry": "генри", "ian": "иэн йен", "isla": "айла", "jack": "джек",
    "jake": "джейк", "james": "джеймс", "jamie": "джейми", "jane": "джейн", "jason": "джейсон",
    "jenny": "дженни", "jess": "джесс", "jessica": "джессика", "jim": "джим", "joe": "джо",
    "john": "джон", "josh": "джош", "julia": "джулия юлия", "kate": "кейт кэйт",
    "katie": "кейти кэти", "kevin": "кевин", "kim": "ким", "laura": "лора", "leo": "лео",
    "liam": "лиам", "lily": "лили", "lisa": "лиза", "liz": "лиз", "lucy": "люси",
    "luke": "люк", "maeve": "мейв", "mark": "марк", "mary": "мэри мери", "matt": "мэтт мэт",
    "matthew": "мэттью", "max": "макс", "megan": "меган", "mia": "мия миа", "michael": "майкл",
    "mike": "майк", "nina": "нина", "molly": "молли", "nancy": "нэнси", "neha": "неха", "niamh": "нив",
    "nick": "ник", "noah": "ноа ной", "oliver": "оливер", "olivia": "оливия",
    "paddy": "пэдди", "patrick": "патрик", "paul": "пол", "pete": "пит", "peter": "питер",
    "priya": "прия", "rachel": "рейчел", "raj": "радж", "ravi": "рави", "richard": "ричард",
    "rob": "роб", "robert": "роберт", "rohan": "рохан", "rose": "роуз", "ruby": "руби",
    "sam": "сэм", "sarah": "сара сэра", "sean": "шон", "siobhan": "шивон", "sophie": "софи",
    "steve": "стив", "sue": "сью", "susan": "сьюзан", "thomas": "томас", "tom": "том",
    "tommy": "томми", "will": "уилл", "william": "уильям", "zoe": "зои",
}  # fmt: skip

# Full and short forms of English first names.
_NAME_FORMS = """
    abigail abby | alexander alex | alexandra alex lexi | andrew andy
    | anthony tony | benjamin ben benny | catherine cathy kate katie | charles charlie
    | charlotte charlie lottie | christopher chris | daniel dan danny | david dave davy
    | edward eddie ted | elizabeth liz lizzie beth betty eliza | emily emmy
    | frederick fred freddie | gregory greg | henry harry hank | isabel izzy bella
    | isabella izzy bella | jacob jake | james jim jimmy jamie | jennifer jen jenny
    | jessica jess jessie | john johnny | jonathan jon jonny | joseph joe joey
    | joshua josh | katherine kate katie kathy | kimberly kim | margaret maggie meg peggy
    | matthew matt | michael mike mikey | nicholas nick nicky | olivia liv livvy
    | patricia patty | patrick paddy | peter pete | rebecca becky becca
    | richard rick ricky | robert robbie bobby | samantha sam | samuel sam
    | stephen steve | steven steve | susan susie | thomas tom tommy | timothy tim
    | victoria vicky tori | william billy | zachary zach | emma emmy ems | jack jackie jacko
    | lucy lucie luce | oliver ollie olly | sophia sophie soph | george georgie | amelia millie
    | grace gracie | alfred alfie alf | harriet hattie | eleanor ellie nell
"""

TEXT = TextWords(
    folds=(("’", "'"),),
    name_forms=tuple(frozenset(group.split()) for group in _NAME_FORMS.split("|")),
    letter_spellings=MappingProxyType(_CYRILLIC),
    name_spellings=MappingProxyType({name: words(spelt) for name, spelt in _NAMES.items()}),
    spoken_marks=MappingProxyType(
        {
            "comma": ",",
            "semicolon": ";",
            "colon": ":",
            "question mark": "?",
            "exclamation mark": "!",
            "exclamation point": "!",
            "new line": "\n",
            "next line": "\n",
            "new paragraph": "\n",
            "full stop": ".",
        }
    ),
    spoken_stops=MappingProxyType({"period": "."}),
    stop_followers=words("and also plus then add buy get"),
    spoken_paired=words("colon"),
    hyphen_prefixes=words("co re pre de non ex no"),
    letter_words=words("a i"),
)

MORPHOLOGY = MorphologyWords(
    possessive_rules=(SuffixRule(("'s",), 0, 2), SuffixRule(("s'",), 0, 1)),
    suffix_rules=(
        SuffixRule(("ies",), 4, 3, "y"),
        SuffixRule(("ves",), 4, 3, "f", unless_words=words("olives chives")),
        SuffixRule(("ches", "shes", "sses", "xes", "oes"), 4, 2),
        SuffixRule(("s",), 3, 1, unless_endings=("ss", "us", "is")),
    ),
    shorthands=MappingProxyType(
        {
            **dict.fromkeys(("u", "yu"), "you"),
            **dict.fromkeys(("ur", "urs"), "your"),
            **dict.fromkeys(
                ("pls", "plz", "plss", "plzz", "pleez", "pleeze", "plez", "plese"), "please"
            ),
            # a modal of duty or a request typed short ("jak shoud clean …", "tom cn u …")
            **dict.fromkeys(("shoud", "shud", "shld", "shuld", "sould"), "should"),
            **dict.fromkeys(("cn",), "can"),
            **dict.fromkeys(("thx", "thnx", "thanx", "thnks", "thks", "tnx"), "thanks"),
            **dict.fromkeys(
                ("tmrw", "tmr", "tmrow", "tmoz", "tomoz", "tmw", "tomoro", "tomorow"), "tomorrow"
            ),
            **dict.fromkeys(("tonite", "tnite"), "tonight"),
            # a weekday spelt by ear ("mow the gardin on saterday")
            **dict.fromkeys(("saterday", "satarday", "saturady", "satuday", "saturdy"), "saturday"),
            **dict.fromkeys(
                ("wensday", "wendsday", "wednsday", "wedensday", "wenesday"), "wednesday"
            ),
            **dict.fromkeys(("thursady", "thrusday", "thurday", "thursdy"), "thursday"),
            **dict.fromkeys(("tuseday", "teusday", "tusday", "tuesdy"), "tuesday"),
            **dict.fromkeys(("fryday", "firday", "friady", "fridy"), "friday"),
            **dict.fromkeys(("mondy", "monady", "munday"), "monday"),
            **dict.fromkeys(("sundy", "sunady"), "sunday"),
            **dict.fromkeys(("tho", "tho'"), "though"),
            **dict.fromkeys(("thru",), "through"),
            **dict.fromkeys(("abt", "bout"), "about"),
            # no "bc" ("BC powder") nor "ppl" ("ppl magazine"): a product's name as often
            **dict.fromkeys(("bcuz", "bcoz", "becuz", "becos"), "because"),
            **dict.fromkeys(("nxt",), "next"),
            **dict.fromkeys(("wknd",), "weekend"),
            **dict.fromkeys(("rn",), "now"),
            **dict.fromkeys(("smth", "smthg", "smthng", "sth", "somethin"), "something"),
            **dict.fromkeys(("anythin", "anythng"), "anything"),
        }
    ),
)

# Products and brands named with "and" inside them, where two items make no sense ("mac and
# cheese", "sweet 'n' sour", "Ben & Jerry's"; not "bread and butter", which a list may hold as
# two): the words on either side of the joiner, pairs separated by "|".
_JOINED_NAMES = """
    mac cheese | macaroni cheese | sweet sour | hot sour | sweet salty | surf turf |
    bubble squeak | shake bake | head shoulders | ben jerry's | ben jerrys | m m's | m ms |
    lea perrins | tate lyle | arm hammer | johnson johnson | marks spencer | procter gamble |
    b q | h m | m s
"""

# Units: code (or a measure word's own singular), singular words, plural words, abbreviations.
# A learner of English says a container in the first language ("2 Kisten of water", "una
# bolsa of rice", "3 garrafas of juice"): German, Spanish and Portuguese container nouns measure.
_UNITS = (
    ("kg", ("kilo", "kilogram", "kilogramme"), ("kilos", "kilograms", "kilogrammes"),
     ("kg", "kgs")),
    ("g", ("gram", "gramme"), ("grams", "grammes"), ("g", "gr", "gm", "gms", "grm", "grms")),
    ("l", ("liter", "litre"), ("liters", "litres"), ("l", "ltr", "ltrs", "lt", "lts")),
    ("ml", ("milliliter", "millilitre"), ("milliliters", "millilitres"), ("ml", "mls")),
    ("pcs", ("piece", "stück"), ("pieces",), ("pc", "pcs", "ct", "cnt", "stk")),
    ("pack", ("pack", "packet", "package", "packung", "paket", "paquete", "pacote"),
     ("packs", "packets", "packages", "packungen", "pakete", "paquetes", "pacotes"),
     ("pk", "pkt", "pks", "pkts", "pkg", "pkgs", "pck", "pcks")),
    ("bottle", ("bottle", "flasche", "botella", "garrafa"),
     ("bottles", "flaschen", "botellas", "garrafas"), ("btl", "btls", "bot", "bots")),
    ("can", ("can", "tin", "lata"), ("cans", "tins", "dosen", "latas"), ()),
    ("loaf", ("loaf",), ("loaves",), ()),
    ("box", ("box", "carton", "crate", "case", "kiste", "karton", "caja", "caixa"),
     ("boxes", "cartons", "crates", "cases", "kisten", "kartons", "cajas", "caixas"), ()),
    ("bag", ("bag", "sack", "tüte", "beutel", "bolsa", "saco"),
     ("bags", "sacks", "tüten", "bolsas", "sacos"), ()),
    ("pound", ("pound",), ("pounds",), ("lb", "lbs", "#")),  # "10# crawfish": a pound sign
    ("ounce", ("ounce",), ("ounces",), ("oz",)),
    ("gallon", ("gallon",), ("gallons",), ("gal", "gals")),
    ("quart", ("quart",), ("quarts",), ("qt", "qts")),
    ("pint", ("pint",), ("pints",), ()),
    ("tablespoon", ("tablespoon",), ("tablespoons",), ("tbsp",)),
    ("teaspoon", ("teaspoon",), ("teaspoons",), ("tsp",)),
    *((word, (word,), (word + "s",), ()) for word in (
        "cup", "jar", "head", "clove", "roll", "slice", "bar", "tube", "tray", "stick", "tub",
        "punnet", "bale", "pot", "block", "pouch", "sachet", "jug", "net", "keg", "wedge",
        "bundle", "spool", "reel", "metre", "meter", "canister", "flat", "ear")),
    ("bunch", ("bunch",), ("bunches",), ()),
)  # fmt: skip
# Units that only ever measure; every other unit word can also be the product itself.
# "on your way home", "on ur way back from work": where a purchase is made on a journey, no
# part of any item (each possessive or article, then each way's end)

# "pick up milk after work", "grab bread before practice": when the errand is run, before or
# after the day's work, school or a meal; no part of any item ("after sun lotion" keeps its own)
_ERRAND_TIMES = tuple(
    (preposition, *event.split())
    for preposition in ("after", "before")
    for event in (
        "work", "school", "practice", "training", "class", "lunch", "dinner", "the gym",
        "my shift", "your shift", "his shift", "her shift",
    )
)  # fmt: skip

_ROUTE_PHRASES = tuple(
    ("on", owner, "way", *end)
    for owner in words("the your ur yr ya my his her our their")
    for end in phrases(
        """
        home | back | there | over | in | out | back home | from work | from school |
        back from work | back from school | to work | to school | to the shops
        """
    )
) + tuple(("on", owner, "way") for owner in words("the your ur yr ya my his her our their"))
_PURE = words("kg g l ml pcs pound ounce gallon quart pint tablespoon teaspoon")
_UNIT_FORMS = {w: unit for unit, *groups in _UNITS for group in groups for w in group}
_SINGULAR = frozenset(w for _, singular, *_ in _UNITS for w in singular)


# the devices and assistants a command may name first: "Roomba clean the kitchen" calls no one
_DEVICE_NOUNS = words(
    """
        a/c ac alexa blinds bulb bulbs brightness camera conditioner cooler curtains
        degrees door episode fan fridge router telly wifi garage gate heat heater heating humidifier kettle lamp
        bbc cbbc cbeebies itv
        tunes choons
        machine
        light lights lock music netflix oven playlist plug podcast radio robot roomba
        smart song songs soundtrack speaker spotify sprinkler sprinklers television jazz lofi lo-fi
        hip-hop blues reggae playback mode scene routine
        temperature thermostat track tv vacuum volume warmer youtube
                dishwasher microwave stove washer dryer fireplace aircon purifier lighting chromecast roku hulu audiobook movie cartoons channel doorbell sonos echo nest
        geyser geysers immersion tubelight inverter extractor dehumidifier
        pump mower lawnmower saugroboter
        roborock irobot ecovacs deebot dreame eufy neato dyson xiaomi mijia shark tineco hoover
        hue lifx nanoleaf yeelight govee wiz tado ecobee netatmo hive sonos bose
        firetv fire-tv appletv chromecast smartthings tuya homekit
        furbo petcube petlibro petkit litter-robot catlink sureflap surefeed wyze arlo tapo kasa
        meross switchbot aqara ezviz reolink eufycam
        blinds shades shutters curtains bulb bulbs lighting led leds thermostat heating heater ac aircon fan fans humidifier dehumidifier purifier tv television telly roku chromecast firestick speaker speakers soundbar music song songs playlist album podcast radio volume camera cameras doorbell sprinkler sprinklers vacuum roomba oven stove microwave kettle dishwasher washer dryer fridge freezer boiler heater outlet plug plugs
        """
)


TRIGGERS = TriggerWords(
    shop_verbs=words("buy buying grab order pickup purchase restock"),
    soft_shop_verbs=words("get pick"),
    vague_objects=words(
        "stuff thing things whatever something anything everything usual thingy whatsit"
    ),
    head_spellings=words("add order purchase remind need"),
    verbs_needing_object=words("pick"),
    zone_collecting_verbs=words("pick"),
    duty_modals=words("must should"),
    uncalled_openers=words(
        "everyone everybody anyone anybody someone somebody nobody y'all yall team crew squad gang"
    )
    | _DEVICE_NOUNS,
    serial_verbs=words("go"),
    reflexive_objects=words(
        "myself yourself yourselves himself herself itself ourselves themselves urself"
    ),
    opening_adverbs=words(
        """
        actually again alright anyway anyways asap basically first finally honestly hopefully
        hey hi lol next now ok okay quick quickly right seriously srsly still urgently well
        yeah yes
        """
    ),
    collecting_particles=words("up"),
    owned_possessives=words("his her their your"),
    collected_things=words(
        """
        cleaning parcel parcels package packages post mail delivery deliveries prescription
        prescriptions repair repairs car bike keys key tickets photos passport passports
        glasses results laundry suit kids children twins
        """
    ),
    order_verbs=words("order"),
    ordered_meals=words("pizza takeout"),
    not_buying_after=MappingProxyType({"get": words("back home off ready rid there to")}),
    buy_typos=words("ad by bye buyy buu bu byu"),
    # ("pu": "put" typed short, a list needed beside it as for "put": "pu milk on the lsit")
    add_verbs=words("add adding chuck include pop put pu stick throw toss"),
    list_only_add_verbs=words("chuck pop put pu stick throw toss"),
    told_s_endings=("s",),
    list_only_particles=words("down"),
    participle_endings=("ed",),
    irregular_participles=words(
        """
        blown built cut done dug drawn fit hung laid lit made mown mowed redone rewired
        seen sewn shaven shown shorn sewn sorted sown spun swept taken told torn washed
        """
    ),
    done_followers=words(
        """
        after asap before by first next please pls soon this today tomorrow tonight tmrw
        until till
        """
    ),
    addressees=words("u you ya"),
    light_verbs=words("do give have take"),
    object_made_verbs=words("do get give have keep make take"),
    duty_heads=words(
        """
        duty rota bins bin dishes washing-up washing laundry recycling hoovering vacuuming
        ironing cooking litter dusting mopping sweeping tidying
        """
    ),
    duty_links=words("on"),
    # "you're up for unloading the dishwasher", "Tom's down for the school run", "Lucy's in
    # charge of the bins": a duty put on a member with no verb, like "on"
    duty_phrases=phrases("up for | down for | in charge of | responsible for"),
    duty_present=words("am are is 're 's you're we're they're he's she's ur u r"),
    willing_phrase=("up", "for"),
    pronoun_objects=words("her him it them these those"),
    place_prepositions=words("in into inside on onto under"),
    errand_prepositions=words("at to into from"),
    carrying_verbs=words("chuck drop pop put stick take throw toss"),
    errand_places=words(
        """
        cleaner cleaners cleaner's cleaners' laundrette launderette laundromat wash tailor
        tailor's cobbler cobbler's menders repair repairs post office depot locker neighbour
        neighbours neighbor neighbors neighbour's neighbor's grandma grandma's nan nan's gran
        gran's granny granny's school nursery office shed loft attic basement cellar car boot
        trunk tip dump recycling library charity pharmacy chemist chemist's bank vet vet's
        dryer drier washer dishwasher
        """
    ),
    dish_targets=words(
        """
        batter dough mince mixture mix soup broth stock stew chili chilli curry sauce gravy
        dressing marinade salad filling stuffing icing frosting glaze custard porridge omelette
        omelet risotto casserole pie pan saucepan skillet pot wok bowl blender oven tray
        slow-cooker tea coffee cocoa smoothie cocktail punch water
        answer reply response caption comment poem
        """  # not "message(s)": the shopping in Scotland and Ireland ("add … to the messages")
    ),
    mixing_prepositions=words("in into to"),
    step_breaks=words(". ; : ! ? - – — but then"),
    role_determiners=words("a an all any each every no the"),
    chore_adjectives=words("bit decent good proper quick thorough"),
    look_nouns=words("check lift look once-over peek ride"),
    doer_verb_objects=words(
        """
        up back round over in out everyone everybody them him her us me all both mum mom
        mam ma dad da nan nana nanny granny gran grandma grandad grandpa auntie aunty uncle
        school work
        """
    ),
    list_phrase_preps=words("for on onto to"),
    report_subjects=words("he i i've i'd she they we we've you"),
    edit_pasts=words("added chucked included popped stuck threw tossed"),
    edit_participle_heads=words(
        "be been being get gets got getting have has had having want wants wanted need needs"
        " needed like likes"
    ),
    edit_ambiguous_pasts=words("put"),
    edit_subjects=words("he she they someone somebody bot app who"),
    edit_past_adverbs=words("just already accidentally apparently also again"),
    edit_past_signs=words("again twice times yesterday earlier he he's she she's his her"),
    wish_phrases=frozenset(
        {("i'd", "like"), ("should", "like"), ("would", "like"), ("could", "use")}
    ),
    task_noun_articles=words("a"),
    list_marks=words(": - — –"),
    list_last_marks=words(","),
    list_last_tail=words("asap urgent urgently please pls plz thanks thx ty cheers"),
    # "lsit", "lisst", "lst": "list" typed with two letters swapped, one doubled or one left
    # out (a word of four letters one edit from so many others is no typo read by its
    # distance)
    list_words=words("basket cart list shopping lsit lisst lst"),
    need_words=words("need needed needs"),
    # ("still" is left out: after a need it is the adjective, "we need still water")
    need_adverbs=words("also too urgently really badly desperately definitely again"),
    purpose_markers=words("to"),
    to_markers=words("to"),
    lament_heads=words(
        "tired knackered exhausted shattered wrecked busy lazy bothered energy sleepy sick"
    ),
    told_frame_verbs=words(
        "told asked asking using used been tried trying promised going planning wants wanted"
    ),
    told_frame_subjects=words(
        """
        we we've we're i i've i'm they they've they're he he's she she's the my our his her
        mum mom dad mummy mommy daddy grandma grandpa gran granny nana granddad grandad
        """
    ),
    taken_up_pronouns=words("him her them"),
    done_adverbs=words("already"),
    refusal_verbs=words("want wanna"),
    # ("gotta", "hafta", "hasta", "oughta": "have got to", "have to", "has to", "ought to")
    obligation_words=words("has have must gotta hafta hasta oughta"),
    out_of=frozenset({("out", "of"), ("low", "on")}),
    bought_pasts=words("bought got grabbed purchased ordered restocked replaced"),
    bought_refs=words(
        "some more it them one ones another new loads lots plenty already yesterday today on"
        " at from in earlier"
    ),
    recurring_adverbs=words(
        "always constantly forever usually perpetually every keep keeps kept keeping"
    ),
    run_out_conditions=words("if when whenever once"),
    restock_recurrences=words("always whenever every"),
    run_out_particles=words("out"),
    run_out_events=words("run runs"),
    out_of_pasts=words("ran were was"),
    past_spans=words("month months weekend weekends year"),
    ago_words=words("ago"),
    remind_verbs=words("remind remnd"),
    delegate_verbs=words("ask tell"),
    task_nouns=words("chore reminder task todo"),
    create_verbs=words("create make set"),
    chore_phrasals=frozenset({("put", "up"), ("put", "away"), ("put", "together"), ("put", "out")}),
    assign_heads=words("allocate assign delegate give hand reassign"),
    handover_verbs=words("cover handle"),
    moving_particles=words("back down off out"),
    source_prepositions=words("from"),
    need_complementisers=words("that"),
    chore_nouns=words(
        """
        chore chores clean cleaning clean-up cleanup deep-clean errand errands hoover
        mow rota round run school-run spring-clean task tasks tidy tidy-up turnover wash
        walk walks feed feeds pick-up pickup drop-off dropoff
        """
    ),
    # an errand's call on the way, then where: "swing by the cleaner's", "stop off at the post
    # office", "nip round to gran's", "pop into the chemist"
    call_phrasals=frozenset(
        (verb, particle)
        for verb in ("swing", "stop", "pop", "nip", "drop", "call", "run")
        for particle in ("by", "round", "over", "into", "off", "in")
        # "pop in the salt", "stop in the name of …", "run by the lake", "run round the
        # block": a verb and a preposition, no call
        if (verb, particle) not in {("run", "in"), ("run", "off"), ("run", "over"), ("run", "into")}
        and (verb, particle) not in {("pop", "in"), ("stop", "in"), ("run", "by"), ("run", "round")}
    ),
    chore_verbs=words(
        """
        air assemble bake bathe book bring brush change charge check clean clear collect
        cook cut declutter defrost descale dishes do drop dust empty feed fetch finish fix fold
        groom hang help hoover install iron laundry load lock mail make meet mend mop move mow
        organise organize pack paint plant polish post practice practise prep prepare prune pull
        rake recycle redo refill renew repair replace return rinse sanitize schedule scrub send
        service set sew shampoo shovel soak sort sweep take tidy top trim unclog unload unpack
        vacum vacuum visit walk wash water weed wipe wrap write
                bleach chop defrost disinfect fry grill label marinate peel reorganize roast steam thaw
        bath bleed caulk darn declutter degrease dismantle disassemble grout hem hose jetwash launder
        mulch powerwash repot restock replenish reseal scour shred strim unblock varnish
        wallpaper
        strip deworm deflea de-flea delouse scoop muck plump sterilise sterilize sanitise
        fumigate plunge stitch deice de-ice lubricate medicate clip deadhead aerate scarify
        vaccum hovver
        power-wash pressure-wash jet-wash
        """
    ),
    doer_verbs=words(
        """
        call ring phone text txt email e-mail message contact chase reply answer invite thank
        mind babysit supervise wake bath read revise study learn
        arrange cancel confirm rebook reschedule prepone postpone register enrol enroll apply
        submit
        photocopy scan sign drive ferry carry deliver serve
        measure inspect tighten decorate inflate refuel valet scrape sow dig fertilise
        fertilize sharpen
        swap restack oil
        patch stack haul shift
        """
    ),
    people=words(
        """
        baby child children dad daughter grandma grandpa her him kid kids mom son them
        mum mummy mommy momma mama ma daddy papa father mother stepmom stepmum stepdad
        grandad granddad gran teacher coach
        plumber plumbers electrician electricians builder builders decorator decorators
        gardener gardeners handyman handymen babysitter babysitters nanny locksmith mechanic
        roofer roofers glazier carpenter tutor engineer engineers technician repairman
        neighbor neighbors neighbour neighbours housekeeper sitter landlord
        aunt auntie uncle brother sister wife husband cousin nephew niece grandparents
        grandmother grandfather granny nana
        """
    ),
    person_links=words(
        "to into onto in on at for from with off out up over round back and or too as please pls"
    ),
    joiners=words("& + , . : ; also and but plus then"),
    consequence_joiners=words("so therefore hence thus"),
    transparent=words(
        "also er erm hmm just kindly oh please pls pls, plz today tomorrow tonight uh uhm um"
        " someone somebody anyone anybody"
    ),
    adverbial_openers=words(
        """
        on at by before after until till til in inside outside around during from this next
        first tmrw tmr
        today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday
        """
    ),
    count_units=words("pack packs stick sticks"),
    clock_marks=words("am pm"),
    clock_nouns=words("noon midday midnight"),
    owner_endings=("'s", "’s", "s'", "s’"),
    question_modals=words("can could will would should shall may might must"),
    arrival_verbs=words("comes arrives visits pops drops"),
    day_openers=words(
        "today tomorrow tonight tmrw tmr monday tuesday wednesday thursday friday saturday sunday"
    ),
    time_words=words(
        """
        morning afternoon evening night noon midday midnight lunchtime teatime first thing
        at around about by before after till until am pm o'clock early late
        """
    ),
    relay_verbs=words("said says sez"),
    to_contractions=words("gotta hafta hasta oughta"),
    dropped_copulas=words("is"),
    impersonal_predicates=words(
        """
        necessary needed needful required important essential urgent imperative vital
        crucial obligatory mandatory compulsory better best advisable preferable
        """
    ),
    modals=words(": can could gotta hafta hasta oughta has must needs shall should to will"),
    non_task_verbs=words(
        """
        be am is are was were been being love like want know need use see hear think feel
        miss enjoy hate win lose arrive stay sleep come
        """
    ),
    momentary_verbs=words("behave chill buckle hurry sit"),
    momentary_phrasals=frozenset(
        {
            ("grow", "up"),
            ("calm", "down"),
            ("hurry", "up"),
            ("sit", "down"),
            ("get", "dressed"),
            ("get", "down"),
            ("get", "up"),
            ("get", "over"),
            ("come", "here"),
            ("come", "down"),
            ("wake", "up"),
        }
    ),
    calling_verbs=words("call ring phone text buzz"),
    phone_verbs=words("pick answer grab"),
    phone_nouns=words("phone"),
    phone_determiners=words("up the your that"),
    momentary_gerund_heads=words("stop quit"),
    no_deed_phrasals=frozenset(
        (verb, particle)
        for verb, particles in (
            ("look", "up out over in round"),
            ("find", "out"),
            ("figure", "out"),
            ("work", "out"),
            ("give", "up in"),
            ("hang", "out"),
            ("chill", "out"),
            ("cheer", "up"),
            ("shut", "up"),
            ("show", "off up"),
            ("back", "off down up"),
            ("log", "in off out"),
            ("sign", "off"),
            ("speak", "up"),
            ("listen", "up"),
            ("keep", "up"),
            ("catch", "up"),
            ("head", "out off over back"),
            ("come", "in over back round up down"),
            ("go", "out back over"),
            ("turn", "up"),
            ("stay", "in out up"),
            ("lock", "down"),
            ("stand", "down up"),
            ("slow", "down"),
            ("wake", "up"),
            ("warm", "up"),
            ("cool", "down off"),
            ("wind", "down"),
            ("set", "off"),
            ("bring", "up"),
            ("call", "out"),
            ("mess", "up"),
            ("wrap", "up"),
            ("dial", "in"),
            ("power", "down off up on"),
            ("boot", "up"),
            ("shut", "down off"),
            ("plug", "in"),
            ("act", "up out"),
            ("man", "up"),
            ("suck", "up"),
        )
        for particle in particles.split()
    ),
    crowd_nouns=words(
        """
        team teams squad class guests guest crowd audience players friends everyone everybody
        lads girls boys group fans visitors relatives family cousins troops
        """
    ),
    machine_prepositions=words("in"),
    machine_places=words("dryer drier washer dishwasher tumble-dryer"),
    permit_verbs=words("let"),
    permit_joiners=words("and"),
    told_verb_endings=("ed", "ing", "s"),
    told_verb_keeps=("ss", "us"),
    told_irregular_pasts=words(
        """
        took blew threw swept hung dug fed shook tore wore wound stuck froze brought bought
        gave got made drove rode sold sent spent found left kept caught fought ground split
        spun bent lent broke chose drew ate drank ran sat stood wrote woke rang sang sprang
        sank shut lit slid struck hid bit beat
        """
    ),
    clitic_links=("'s", "'ve", "'d", "'ll", "'re", "'m"),
    recording_verbs=words("record"),
    recordings=words("voice audio video"),
    lookup_verbs=words("check"),
    lookup_objects=words("balance status grades marks"),
    modal_hedges=words(
        """
        maybe perhaps probably prob possibly really definitely def defo deffo actually just
        also please pls plz kindly ideally hopefully
        """
    ),
    member_modal_links=words("'s has job needs task"),
    verb_openers=words("'ll can could gotta hafta hasta oughta ll must needs shall should to will"),
    asking_modals=words("would will"),
    told_wants=words("wants wanted planning plans planned hopes hoped hoping"),
    member_dashes=words("- – — --"),
    label_marks=words(":"),
    product_modifiers=words(
        "bath bleach dust iron laundry mop paint polish shampoo vacuum hoover prune water plant"
        " weed brush scrub steam grill wash"
    ),
    speaker_words=words("i we"),
    need_subjects=words("i we you u ya"),
    remark_verbs=words(
        """
        talk speak chat discuss say admit confess see hear feel relax rest sleep breathe cry
        laugh vent
        """
    ),
    leaving_verbs=words("go run leave dash split head bounce fly"),
    destination_words=words("to into for"),
    talk_prepositions=words("to with"),
    talk_partners=words("you u ya me us"),
    wish_words=words("want like love"),
    wish_onsets=words("start begin"),
    noun_links=words("of"),
    sequence_adverbs=words("now then next"),
    wish_conditionals=words("i'd we'd"),
    wish_auxiliaries=words("would"),
    future_markers=words("gonna going will 'll ll"),
    causative_verbs=words("ask get have let make tell"),
    bare_causative_verbs=words("have let make"),
    # ("whta", "waht": "what" typed with two letters swapped)
    question_words=words("are how is what what's whats whta waht when where which who whose why"),
    auxiliaries=words("are has have is was were"),
    greetings=words("hello hey hi yo"),
    negations=words(
        """
        can't cannot cant didn't didnt don't dont doesn't doesnt never not won't
        shouldn't shouldnt mustn't mustnt needn't neednt wouldn't couldn't shan't
        """
    ),
    negative_subjects=words("nobody noone nobody's noone's"),
    negative_subject_pairs=frozenset({("no", "one"), ("no", "one's")}),
    need_negations=words("no"),
    privatives=words("without"),
    privative_fillers=words("any being further getting having more to"),
    stop_verbs=words("enough quit stop"),
    refused_add_forms=words("putting chucking popping sticking throwing tossing including"),
    gerund_ending="ing",
    done_title_verb="get",
    gerund_restores=("", "e"),
    out_of_places=words(
        """
        action bed breath country date hospital office order place practice range reach
        service sight sorts station time town work
        """
    ),
    # "out of battery": a phone or a head, no batteries bought
    out_of_idioms=words("battery control hand stock"),
    out_of_idiom_ends=words("after again anywhere everywhere here there now online today"),
    out_of_holders=words("fridge freezer oven microwave stock"),
    out_of_rooms=words(
        """
        house home room rooms kitchen bathroom bedroom hallway hall garage yard garden door
        gate shower bath pool building classroom car
        """
    ),
    out_of_outside_places=words(
        "commissary canteen cafeteria office work game games minecraft roblox fortnite"
    ),
    out_of_outsiders=words(
        """
        neighbour neighbours neighbour's neighbours' neighbor neighbors neighbor's neighbors'
        """
    ),
    out_of_place_preps=words("at in"),
    out_of_place_qualifiers=words("office work school"),
    out_of_subject_links=words(
        "is are was were 's 're has have had ran run running been all completely totally just"
    ),
    out_of_home_words=words("home"),
    out_of_place_comparisons=words("like"),
    out_of_tell_verbs=words("tell inform email text ping ring"),
    out_of_presences=words("i'm im i we're we he's he she's she they're they"),
    gerund_particles=words("away back down in off out over round up"),
    progressive_links=words("is are 's 're"),
    gerund_needs=words("need needed needs require requires want wants"),
    gerund_followers=words(
        "again asap badly before by first next on properly soon this today tomorrow tonight"
    ),
    forget_verbs=words("forget"),
    remember_verbs=words("remember rember remeber remembr"),
    remember_objects=words("me us"),
    negated_auxiliaries=words("do"),
    noun_determiners=words("a an her his its my our that the their this whose your"),
    function_words=words("about at by for from in into of on with"),
    # a spoken self-correction's editing term (``_restart``): an exclamation of a slip, a
    # "no", a word or phrase that says the next words put it better or put it right
    restart_words=words(
        """
        no nope nah sorry sry soz oops whoops oopsie actually rather wait correction pardon
        """
    ),
    restart_phrases=phrases(
        """
        i mean | i meant | i mean to say | i meant to say | or rather | or i mean | make that | scratch that | strike that | no wait | wait no |
        hang on | hold on | actually no | my bad | my mistake | let me rephrase |
        on second thought | on second thoughts | what am i saying | no sorry | sorry no
        """
    ),
    restart_settling=phrases("let's say | lets say | call it | let's make it | let's do"),
    restart_withdrawals=words(
        "no nope nah wait rather mean meant correction scratch strike thought thoughts rephrase"
    ),
    restart_said_as=words("rather"),
    restart_restrictives=words("just only"),
    restart_stock_words=words("have got we've"),
    restart_unrepeated=words("the a an and or but"),
    restart_contrasts=words("but"),
    restart_also=words("too also and"),
    restart_additions=words("too also additionally"),
    restart_need_links=words("to it that"),
    restart_also_joiners=words("and"),
)


# letters spelling one sound, read in order when an item's last word is compared by sound
# ("peetsa" and "pizza", "serial" and "cereal", "cheeze" and "cheese")
_SOUND_SPELLINGS = (
    ("ph", "f"), ("ck", "k"), ("ts", "z"), ("tz", "z"), ("ce", "se"), ("ci", "si"),
    ("cy", "sy"), ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"),
)  # fmt: skip

SHOPPING = ShoppingWords(
    told_subjects=words(
        """
        grandpa grandma granddad grandad gran granny nana grandkids grandchildren grandkid
        grandson granddaughter grandsons granddaughters kids kid children baby dad mom mum
        daddy mommy mummy husband wife son daughter sons daughters guests neighbours neighbors
        dog dogs cat cats puppy kitten
        """
    ),
    told_determiners=words("the my our his her their"),
    told_verbs=words(
        """
        is are was were will has have had does did can loves love likes like wants want
        needs need eats eat drinks drink asked asks said says keeps keep uses use gets get
        comes come arrives arrive
        sent brought bought gave took finished drank ate
        """
    ),
    told_noun_verbs=words("drink drinks"),
    told_objects=words("a an all it lots them these this those"),
    shape_stops=words(
        # pronouns, modals, a condition, someone
        "be her him his if it its me my not our somebody someone their them us your "
        "could might must should would "
        # a state a thing is found in: a scene or a report, no purchase
        "broken burnt burned cracked dead dirty empty finished gone leaking lost missing "
        "spilled spilt stuck torn "
        # where a thing is: "snow and ice on the driveway"
        "behind inside near on outside under "
        # what one has or books, no purchase: a symptom, a lesson
        "chills itch itching rash lesson lessons"
    ),
    count_emphasis=words("only just"),
    item_emphasis=words("only"),
    separators=words("! & + , - . / : ; ? also and n nd plus then – — •"),
    list_joiners=words("& + and n nd plus"),
    referring_pronouns=words("it them those these both em 'em"),
    need_pro_objects=words("it them em 'em"),
    need_pro_pointers=words("this that these those some more one ones any"),
    need_askers=words("does do did"),
    need_partitives=words("of"),
    need_list_marks=words(":"),
    need_pro_tails=words("about at by for from in into of on with back before until till"),
    needer_pronouns=words("i we you u ya he she they"),
    remark_objects=words("more some another one ones new fresh replacement spare any again"),
    remark_verbs=words("finished used ate drank broke lost smashed cracked owns"),
    remark_absences=words("zero"),
    remark_states=words("finished gone broken broke empty died dead out"),
    remark_copulas=words(
        "is 's are was were has have been got all completely totally just almost nearly ran run up"
    ),
    remark_determiners=words("a an the his her my our your their all last of old"),
    remark_non_products=words(
        """
        arm arms leg legs hand hands foot feet finger fingers toe toes wrist wrists ankle
        ankles knee knees nose neck back heart hip hips rib ribs tooth teeth head jaw shoulder
        elbow skull collarbone spine promise promises record word work homework job shift
        marathon race game match book movie film show series season episode task project
        exam test course puzzle level news time day week month year
        """
    ),
    remark_stops=words(
        """
        so and but or that who whoever someone somebody nobody anybody everyone i we you he
        she they it there there's left today again already yesterday this week burned burnt
        blew blown went
        """
    ),
    list_prepositions=words("at for from in into on onto to"),
    list_determiners=words("grocery my our shopping the"),
    list_name_quotes=words("“ ” \" '"),
    list_goal_prepositions=words("for in into on onto to"),
    list_order_words=words("first last top bottom"),
    list_lemmas=words("list message messages shopping lsit lisst lst"),
    foreign_list_kinds=words(
        """
        guest guests guestlist invite invites invitation invitations attendance attendee
        attendees roll roster lineup line-up class team players vip contact contacts friend
        friends mailing email phone call calls
        waiting wait waitlist priority
        watch watching movie movies film films tv reading read book books playlist play
        bucket wish wishlist dream
        block blocked blocking black blacklist white whitelist ban banned spam ignore ignored
        mute muted naughty nice hit no-fly suspect suspects wanted
        todo to-do chore chores task tasks
        """
    ),
    cut_words=words(
        """
        at because for from when while
        if before since unless until though although cause cos coz cuz otherwise whereas
        thanks thank cheers ta
        """
    ),
    relative_cuts=words("who whoever who's whoever's"),
    relative_cut_determiners=words("a an the my our your his her their this that"),
    can_compound_words=words(
        """
        compost diesel fuel garbage gas gasoline jerry kerosene oil paint petrol recycling
        rubbish spray trash waste watering
        """
    ),
    item_filler=words(
        """
        asap dear er erm ever following fr haha hmm if it kindly like lmao lol much ngl oh rn tbh thank
        salamat
        thanks them thx tmr tmrw ty uh uhm um yeah yep yup now no both em 'em oops whoops oopsie
        a again all also an and another any at can could couple everybody everyone extra for
        from hey home i just maybe me more my of ok okay on our please pls plz shop so some
        store the then to too u us way we would you
        x xx xxx
        btw fyi anyway anyways apparently basically honestly literally actually
        nb ps pps jk
        """
    ),
    item_filler_forms=words(
        """
        almost are completely got have i'll i'm im is low nearly need on ran run running totally
        we'll we're we've were think
        """
    ),
    kept_filler=words("a an couple"),
    listed_people=words(
        """
        brother brothers sister sisters husband wife hubby boyfriend girlfriend partner person
        people human humans friend friends cousin cousins uncle aunt auntie sibling siblings
        family mum mom dad mother father grandma grandpa son daughter
        """
    ),
    person_modifiers=words("new another better different other nicer spare younger older"),
    listed_abstracts=words("world peace love happiness joy"),
    vague_items=words(
        """
        anything bits bunch few it something stuff that them thing things this up
        anybody anyone somebody someone nothing nobody
        basics bobs ends essentials extras necessaries necessities odds rest supplies
        here
        trip trips outing outings
        """
    ),
    pro_form_heads=words("one ones"),
    pro_form_counts=words("one"),
    quantifying_markers=words("everything"),
    habit_markers=words("usual"),
    habit_links=words("of"),
    qualifier_prepositions=words("in"),
    makeup_prepositions=words("with without"),
    qualifier_marks=frozenset({",", "-", "–", "—", ";", "("}),
    pro_form_determiners=words("a an another any each either every my our your his her their"),
    pro_form_followers=words("for from with in on at by of that which who you we they i he she"),
    vague_markers=words(
        """
        anything something stuff usual whatever those these what same thing everything
        thingy thingie thingamajig thingamabob thingumajig thingummy whatsit whatchamacallit
        whatchamacallits doohickey doodad whatnot
        """
    ),
    clause_participles=words(
        """
        making having hosting throwing doing planning preparing prepping celebrating
        expecting inviting holding organising organizing catering feeding entertaining
        getting going trying bringing taking serving visiting coming leaving starting using
        babysitting decorating barbecuing bbqing
        """
    ),
    attributive_participles=words(
        "baking cooking frying roasting grilling smoking washing cleaning drinking whipping packing"
    ),
    participle_objects=words(
        """
        a an the some my our your his her their this that these those it them for with
        dinner lunch breakfast supper tonight tomorrow today
        """
    ),
    # "one's": "one is" or "one has" after a determiner ("…, the old one's broken"), a clause
    clause_words=words("been had has here's it's one's shall that's there's was were will won't"),
    clause_links=words(
        """
        is are am was were isn't aren't wasn't weren't has have hasn't haven't does do doesn't
        don't didn't will won't can't could couldn't would wouldn't should shouldn't must
        goes go went keep keeps kept love loves hate hates
        """
    ),
    subject_pronouns=words(
        """
        i i'm im i've ive i'll ill i'd we we're were we've we'll we'd they they're theyre
        they've they'll he he's hes she she's shes you you're youre you've you'll
        ours mine mine's yours theirs it's that's there's
        """
    ),
    speaker_objects=words("me us"),
    clause_conjunctions=words("and but else or so"),
    skipped_verbs=words("added get grab"),
    phrasal_verbs=frozenset({("pick", "up"), ("put", "down"), ("write", "down")}),
    known_products=words(
        """
        apple apples apricots asparagus avocado avocados bacon bagels baguette banana bananas
        basil batteries beans beef beer beetroot biscuits blueberries bread broccoli butter
        buns cabbage cake candles carrot carrots cauliflower celery cereal cheese cheddar
        cherries chicken chickpeas chips chocolate chorizo cinnamon coffee cookies coriander
        corn cornflakes courgettes crackers cream cucumber cucumbers detergent dishwasher
        eggplant eggs flour foil garlic ginger granola grapes ham honey hummus jam juice
        ketchup kiwi lamb lasagna lemon lemonade lemons lentils lettuce lime limes margarine
        marmalade mayonnaise milk mince mozzarella muesli mushrooms mustard napkins noodles
        nutmeg oatmeal oats olive olives onion onions orange oranges oregano paprika parmesan
        parsley pasta peaches peanut peanuts pears peas pepper peppers pesto pickles pineapple
        pizza plums popcorn pork porridge potato potatoes prawns pretzels prunes pumpkin
        raisins raspberries rice rolls salad salami salmon salsa salt sandwich sardines
        sauce sausage sausages semolina shampoo soap soup sourdough spaghetti spinach sponges
        sprouts steak strawberries sugar sultanas sunscreen sweetcorn tea tissues toast tofu
        tomato tomatoes toothpaste tortillas tuna turkey vanilla vinegar waffles walnuts
        water watermelon wine yeast yoghurt yogurt zucchini
        almonds aubergine bagel baps beer berries bleach blueberry brie brioche broth
        buns butter cashews chillies chilli cider clementines cordial couscous crisps
        croissants crumpets custard dates diapers dishwasher doughnuts firelighters
        floss gravy haddock kale kippers leeks lettuce lightbulbs mackerel mangoes
        melon milk mints mouthwash muffins nappies nectarines nuts oil parsnips passata
        pita pitta plasters quinoa rashers relish rhubarb satsumas scones seeds
        softener spuds squash swede teabags toothbrush turnips wipes wraps
        """
    ),
    product_vowels=frozenset("aeiouy"),
    product_digraphs=words("ck"),
    product_sound_spellings=_SOUND_SPELLINGS,
    product_silent_endings=MappingProxyType({"es": "s", "e": ""}),
    product_plurals=("s", "es"),
    product_vowel_sounds=MappingProxyType(
        {"ee": "i", "ea": "i", "ie": "i", "ei": "i", "ai": "a", "ay": "a"}
    ),
    kind_words=words(
        """
        chocolate vanilla coffee caramel strawberry raspberry blueberry cherry mango pineapple
        banana apple orange lemon lime coconut peanut honey cinnamon ginger mint garlic onion
        tomato potato corn rice oatmeal oat pork chicken turkey beef lamb salmon tuna cheese
        cream egg mushroom pumpkin spinach sesame vinegar
        """
    ),
    kind_heads=words(
        """
        chips crisps ketchup sausages sausage bacon ham milk juice pizza butter chicken cookies
        biscuits cake cakes muffins bread soup sauce crackers noodles oil vinegar tea yogurt
        yoghurt jam rolls pie pies salad pasta rice cereal bars wraps burgers mince steak
        sandwich sandwiches pudding custard syrup spread flakes porridge puffs nuggets
        """
    )
    | {"ice cream"},
    spelling_products=words("nuggets litter hammer nails screws"),
    product_phrases=frozenset(
        tuple(phrase.split())
        for phrase in (
            # two known products naming one ("peanut butter" is no peanuts and butter)
            "olive oil",
            "coffee beans",
            "peanut butter",
            "cream cheese",
            "orange juice",
            "apple juice",
            "lemon juice",
            "lime juice",
            "tomato juice",
            "banana bread",
            "dishwasher salt",
            "dishwasher detergent",
            "dishwasher tablets",
            "pizza rolls",
            "porridge oats",
            "water softener",
            "softener salt",
            "water softener salt",
            "chocolate milk",
            "milk chocolate",
            "tomato soup",
            "chicken soup",
            "chocolate chips",
            "sourdough bread",
            "pasta sauce",
            "tomato sauce",
            "pizza sauce",
            "bread rolls",
            "chicken broth",
            "cheddar crackers",
            "cheese crackers",
            "cream crackers",
            "bread flour",
            "cake flour",
            "cider vinegar",
            "apple cider",
            "apple cider vinegar",
            "rice vinegar",
            "beef mince",
            "lamb mince",
            "pork mince",
            "turkey mince",
            "pita bread",
            "pitta bread",
            "garlic bread",
            "rice noodles",
            "lasagna noodles",
            "avocado oil",
            "chilli oil",
            "pita chips",
            "cheddar cheese",
            "sausage rolls",
            "tomato passata",
            "cream tea",
            "ginger nuts",
            "ginger tea",
            "orange squash",
            "sugar soap",
            "banana muffins",
            "corn tortillas",
            "rice cereal",
            "vanilla sugar",
            "chicken nuggets",
            "honey mustard",
            "chocolate cake",
            "carrot cake",
            "lemon cake",
            "rice pudding",
            "ham sandwich",
            "cheese sandwich",
            "tuna sandwich",
            "potato salad",
            "pasta salad",
            "chicken salad",
            "cinnamon rolls",
            "corn flakes",
            "honey nut cereal",
            "tomato seeds",
            "salad cream",
            "chocolate biscuits",
            "butter beans",
            "salt vinegar",
            "garlic salt",
            "celery salt",
            "onion rings",
            "chicken stock",
            "beef stock",
            "bacon rolls",
            "cheese rolls",
            "pumpkin seeds",
            "mustard seeds",
            "lemon tea",
            "mint tea",
            "peanut oil",
            "sesame oil",
            "coconut oil",
            "corn oil",
            "honey lemon",
            "corn plasters",
            "rice cakes",
            "custard creams",
            "chicken salt",
            "pizza bagels",
            "ice cream sandwiches",
            "cheese scones",
            "fruit scones",
            "egg noodles",
            "pizza flour",
            "rice crackers",
            "pizza dough",
            # products named by words no known product is ("fish fingers", "kitchen roll")
            "fish fingers",
            "kitchen roll",
            "toilet roll",
            "toilet paper",
            "kitty litter",
            "cat litter",
            "ice cream",
            "sour cream",
            "double cream",
            "single cream",
            "whipped cream",
            "soy sauce",
            "fish sauce",
            "hot sauce",
            "apple sauce",
            # household goods: a run of them splits as a run of food does
            "bin bags",
            "bin liners",
            "coffee filters",
            "dish soap",
            "washing up liquid",
            "paper towels",
            "kitchen towels",
            "cling film",
            "tin foil",
            "hand soap",
            "shower gel",
            "body wash",
            "sun cream",
            "after sun",
            "after sun lotion",
            "baking soda",
            "baking powder",
            "fabric softener",
            "washing powder",
            "laundry detergent",
            "cotton buds",
            "cotton wool",
            "conditioner",
            "deodorant",
            "razors",
            "lotion",
        )
    ),
    speech_consequences=words("so"),
    speech_openers=words("oh and also uh um ok okay right so"),
    remark_persons=words(
        "i i'm im i've i'd we we're we've we'd they they're they've he he's hes she she's shes"
    ),
    need_events=words(
        """
        through ate eaten finished finish finishes used uses broke broken breaking breaks
        lost drink drinks eat eats sick ill poorly celiac coeliac teething
        """
    ),
    coming_days=words(
        """
        today tonight tomorrow tmrw tmr 2moro weekend monday tuesday wednesday thursday
        friday saturday sunday mon tue tues wed thu thurs fri sat sun
        """
    ),
    future_subjects=words("i'll ill we'll you'll he'll she'll they'll it'll"),
    past_leads=words("was were had got went did made came yesterday ago last"),
    memory_leads=words("while before"),
    memory_verbs=words("remember forget"),
    search_fillers=phrases(
        """
        what else | erm what else | um what else | uh what else | what else was there
        | what else was it | what was it
        """
    ),
    recall_words=words("oh ah"),
    closing_needs=words("need needed"),
    need_said_first="need",
    need_last_stops=words(
        """
        nothing none all everything anything something help down up out off away
        no not it them this that
        """
    ),
    insisting_words=words("especially definitely"),
    speech_courtesies=phrases("please | don't forget | dont forget | do not forget"),
    settled_words=words(
        """
        have has had got bought enough plenty already stocked full sorted fine
        bring brings bringing brought send sends sending sent give gives giving gave given
        gifted ordered delivered delivering
        """
    ),
    bare_list_marks=words("& , + - – — ( ) . !"),
    bare_list_ends=words(". !"),
    bare_list_glued_marks=words("%"),
    alone_names=frozenset(
        {
            "toilet paper",
            "kitchen roll",
            "paper towels",
            "printer paper",
            "freezer bags",
            "bin bags",
            "trash bags",
            "garbage bags",
            "coffee filters",
            "dishwasher tablets",
            "laundry pods",
            "washing powder",
            "dish soap",
            "washing up liquid",
            "cling film",
            "baby wipes",
            "cat litter",
            "cat food",
            "dog food",
            "cottage cheese",
            "cream cheese",
            "sour cream",
            "oat milk",
            "almond milk",
            "soy milk",
            "olive oil",
            "peanut butter",
            "orange juice",
            "apple juice",
            "coffee beans",
            "baking soda",
            "baking powder",
            "green tea",
            "brown rice",
            "tomato paste",
            "tomato sauce",
            "soy sauce",
            "ice cream",
            "toilet roll",
            "heavy cream",
            "greek yogurt",
            "greek yoghurt",
            "bell peppers",
            "english muffins",
            "hot sauce",
            "birthday candles",
            "frozen pizza",
            "jasmine rice",
        }
    ),
    alone_not_names=words("pizza lasagna soup salad sandwich toast sushi"),
    alone_address_words=words("honey sugar pumpkin cupcake muffin peach peanut"),
    bought_pasts=words("bought brought got"),
    ran_out_states=words("empty finish finished gone out"),
    ran_out_verbs=words("ran run"),
    ran_out_copulas=words("are has have is"),
    ran_out_clitics=("'s", "’s"),
    ran_out_tails=words("again already ugh"),
    run_out_comments=words(
        "again agian agin againn ugh argh sigh seriously srsly lol lmao omg wtf fml smh"
    ),
    run_out_repeats=words("again agian agin againn"),
    run_out_exasperations=words(
        "ugh ughh ughhh argh sigh seriously srsly smh fml wtf omg ay ayy jeez geez bruh"
        " dammit damn annoying ridiculous unbelievable typical"
    ),
    run_out_complaint_phrases=phrases(
        "how come | come on | not again | can't believe | cant believe | can not believe"
        " | second time | third time | fourth time | every time | every single time"
    ),
    run_out_told_subjects=words(
        "someone somebody nobody no-one everyone everybody who why how where"
    ),
    run_out_consumers=words(
        """
        ate eat eats eating drank drink drinks drinking chug chugs chugging chugged guzzled
        guzzling scoffed scoffing devoured inhaled
        """
    ),
    run_out_repeat_phrases=phrases(
        "second time | third time | fourth time | every time | every single time"
    ),
    run_out_question_tags=phrases("or not | or what | or nah"),
    run_out_moments=phrases(
        "this morning | this afternoon | this evening | last thing | in the night | at night"
        " | in the middle of | halfway through | right when | right as | just as | right before"
        " | mid-recipe | mid-bake"
    ),
    run_out_clock_preps=words("at"),
    run_out_also=words("too also"),
    run_out_comment_phrases=phrases("as always | as usual | once again | yet again"),
    run_out_remarks=words(
        """
        unbelievable ridiculous typical classic nightmare disaster tragedy honestly annoying
        awful terrible
        guess reckon suppose apparently probably
        i i'm im my it them
        who how why what where
        """
    ),
    ran_out_possessives=words("my your his her their whose"),
    run_out_supply_qualifiers=words("hot cold running"),
    run_out_supplies=words("water"),
    run_out_charges=words("battery charge"),
    # rechargeable devices (a watch's battery is bought)
    run_out_charged=words("phone phones iphone laptop tablet ipad mobile cell"),
    told_absences=words("no"),
    told_more=words("more"),
    told_left=words("left"),
    told_holders=phrases(
        "we've got | we have got | we have | we've | we got | weve got | there's | theres"
        " | there is | there are | we're | we are"
    ),
    told_adverbs=words("all again already completely totally literally officially"),
    told_tails=words(
        "again already ugh argh fyi help asap urgently urgent now lol ewww eww oops sigh"
    ),
    told_openers=words("right ok okay so oh um hey alexa btw fyi"),
    told_reporters=words("says said"),
    told_complementisers=words("that"),
    told_teller_owners=words("his her their"),
    told_buy_en="buy",
    told_place_preps=words("in under at"),
    told_home_places=words(
        """
        bathroom bathrooms kitchen fridge freezer pantry cupboard cupboards house home loo
        toilet sink bowl shower larder cellar garage shed utility
        """
    ),
    told_dishes=words(
        """
        cake cakes pizza pizzas chicken lasagna cookies cookie soup turkey pasta roast pie
        pies stew casserole muffins brownies tray pancakes waffles burgers
        """
    ),
    told_dish_states=words("out finished finish empty low"),
    told_states=words("over low"),
    told_low_verbs=words("running getting"),
    told_goods_heads=words(
        """
        soap shampoo conditioner detergent toothpaste bleach softener sponges sponge
        deodorant wash gel foil clingfilm batteries bulbs lightbulbs cleaner spray polish
        nuts
        """
    ),
    told_kind_heads=words("food"),
    told_food_kinds=words(
        "cat dog hamster baby fish bird rabbit pet kitten puppy parrot pony horse tortoise"
    ),
    told_linked_states=words("finished finish empty"),
    relayed_wants=words("wants"),
    told_wanted_deeds=words("everyone everybody someone somebody nobody nothing help me us"),
    consumable_heads=words(
        """
        bags capsules diapers filters formula granules liquid litter nappies oil paper pods
        powder roll rolls tablets tabs wipes
        """
    ),
    list_heading_marks=words(": — – - →"),
    heading_prepositions=words("at for in on to with"),
    pointer_words=words("that's thats it's its this that these those all"),
    apposition_possessives=words("our my your his her their"),
    remark_subjects=words("nobody noone no-one everyone everybody someone somebody"),
    aside_leads=words("if unless"),
    beneficiary_prepositions=words("for"),
    guest_words=words("guest guests visitors visitor company party"),
    contracted_states=words("nearly almost out gone empty broken dead finished off not"),
    ing_told_followers=words(
        """
        on at in to with about for from up out off over around into again now all still
        the a an his her my their our its it them me him us
        tonight today tomorrow tmrw later soon this next sunday monday tuesday wednesday
        thursday friday saturday sun mon tue tues wed thu thurs fri sat weekend
        """
    ),
    ing_endings=("ing",),
    ed_endings=("ed",),
    told_owner_openers=words("his her my our their your the"),
    owned_told_stops=words("of for in into on onto to with at from by and or"),
    favourite_words=words("favourite favorite fave fav faves favs favourites favorites"),
    piece_fillers=words("yes lovely"),
    additive_words=words("also and too plus"),
    possessive_endings=("'s", "’s"),
    plural_possessive_endings=("s'", "s’"),
    apostrophes=words("' ’"),
    state_words=words("out gone finished empty done over low short outta left"),
    address_words=words(
        """
        hen love luv lovey pet dear dearie darling darlin sweetie sweetheart sweety hun hon
        babe baby bae mate pal buddy bud bro bruh dude man lad lads lass guys fam chief boss
        sis mum mom mam ma mummy mommy dad da daddy pa son kiddo kid kids petal chuck flower
        treasure angel doll gorgeous handsome sunshine princess champ sport boyo chum folks
        everyone y'all yall team
        beta beti
        ate kuya ma'am maam madam sir oga yaar
        """
    ),
    discourse_particles=words("po opo abeg"),
    closing_particles=words("lah leh lor"),
    honorifics_said_last=words("ma'am maam madam sir oga kuya yaar ji bhai na o"),
    vocatives_said_last=words("hen pet love luv mate"),
    vocative_compound_heads=words("yerba club cornish speckled kopi teh milo"),
    address_determiners=words("a an"),
    content_qualified=words("fat sodium salt sugar carb carbs calorie calories lactose gi"),
    heading_stops=words(
        """
        ingredient ingredients recipe method directions nutrition calories serves servings
        menu total subtotal receipt invoice order vocabulary translation example exercise
        question answer options poll vote ranking top
        """
    ),
    list_heading_verbs=words("do don't dont forget forgetting remember remembering note jot"),
    relay_tellers=words(
        """
        mom mum mommy mummy dad daddy grandma gran granny nan nana grandpa grandad granddad
        wife husband son daughter kids kid brother sister nanny
        """
    ),
    substitutions=words("instead"),
    substitution_links=words("of"),
    refusals=words("don't dont"),
    tally_yes=words("yes yep yeah yup"),
    tally_no=words("no nope nah"),
    correction_words=words(
        "sorry actually rather correction wait mean meant make scratch no nope nah"
    ),
    correction_pairs=frozenset({("make", "that"), ("make", "it"), ("scratch", "that")}),
    correction_answers=words("no nope nah"),
    condition_words=words("if unless when whenever"),
    # a reason's conjunction and the subject of its clause ("… since SOMEONE finished it and
    # said nothing", "… because we're having guests"): the reason ends the items
    # ("its" typed for "it's" before a word no possessive takes: "… chips its for the potluck")
    reason_openers=frozenset(
        (conjunction, subject)
        for conjunction in ("because", "bc", "cos", "coz", "cuz", "'cause", "since")
        for subject in (
            "i",
            "i'm",
            "im",
            "we",
            "we're",
            "you",
            "you're",
            "u",
            "he",
            "he's",
            "she",
            "she's",
            "they",
            "they're",
            "someone",
            "somebody",
            "nobody",
            "no-one",
            "everyone",
        )
    )
    | frozenset(("its", after) for after in ("for", "on", "a", "the", "so", "not", "just", "gone")),
    pack_sizes=words("pack pk pkt packet count ct piece pc roll"),
    definite_determiners=words("the this that these those"),
    typo_colours=words(
        "black blue brown gold gray green grey orange pink purple red silver white yellow"
    ),
    typo_colour_closers=words("to for in on at from into and please pls plz"),
    use_prepositions=words("for"),
    sale_nouns=words("discount discounts sale sales promo promotion bogo"),
    use_objects=words(
        """
        alarm alarms detector detectors hoover vacuum dishwasher washer dryer printer laptop
        computer phone phones iphone tablet ipad bike bicycle scooter remote torch
        flashlight camera kettle fridge freezer oven microwave boiler heater humidifier
        dehumidifier purifier lawnmower mower drill toaster blender machine door doors window
        windows toilet shower sink bath tub lamp clock watch controller keyboard mouse router
        tv television fan tap faucet stove hob aquarium tank cage cot crib
        pram stroller pushchair
        skin face hair scalp teeth tooth gums mouth lips eyes eye ears ear nose throat hands
        hand feet foot nails body legs
        cough coughs cold colds flu fever headache headaches pain pains allergies allergy
        hayfever heartburn indigestion diarrhea diarrhoea constipation sunburn bites nausea
        congestion sinuses acne dandruff eczema burns cuts blisters lice mosquitoes ants
        flies moths mice rats slugs weeds stains mould mold limescale rust odours odors
        """
    ),
    strength_units=words(
        """
        mg milligram milligrams mcg µg ug microgram micrograms iu mm millimeter millimeters
        millimetre millimetres cm centimeter centimeters centimetre centimetres inch inches
        w watt watts kw v volt volts mah amp amps gb tb ply
        """
    ),
    dimension_links=words("by"),
    code_systems=words(
        """
        ral pantone ncs hdmi usb bluetooth wifi wi-fi displayport thunderbolt lightning type
        size grade class category omega gen generation series version model iso din ip
        """
    ),
    code_scales=words("grit gauge awg pin gang seater"),
    count_bound_leads=words(
        "x for in at by of per from to under over than about around each till until"
    ),
    measure_links=words("of"),
    named_counts=frozenset(
        (count, noun)
        for counts, noun in (
            ("four 4", "cheese"),
            ("four 4", "cheeses"),
            ("four 4", "seasons"),
            ("seven 7 five 5 twelve 12", "grain"),
            ("five 5", "spice"),
            ("two 2 three 3", "in"),
        )
        for count in counts.split()
    ),
    uncounted_heads=words(
        """
        dollar dollars buck bucks cent cents quid euro euros percent pct time times people
        person persons pm am each apiece per flavor flavors flavour flavours color colors
        colour colours kind kinds type types sheet sheets layer layers serving servings
        portion portions year years
        """
    ),
    digit_prepositions=words("2 4"),
    digit_objects=words("u you ya me us him her them"),
    graded_heads=words("vitamin vitamins"),
    grade_letters=words("a b c d e k"),
    destination_prepositions=words("for"),
    object_particles=words("back"),
    outside_places=words("school preschool nursery daycare kindergarten camp work office"),
    joined_names=frozenset(
        (first, second) for first, second in (pair.split() for pair in _JOINED_NAMES.split("|"))
    ),
    bare_list_rates=words("day days daily night nights week weeks weekly month year times"),
    shop_prepositions=words("in at from"),
    chain_prepositions=words("in at"),
    cue_courtesies=words("please pls plz plez pleez pleeze plss plzz"),
    cue_buying_verbs=words("buy"),
    cue_heading_nouns=words("bits basics essentials stuff supplies groceries shopping"),
    cue_list_all=words("all everything"),
    cue_list_links=words("for to on"),
    cue_arrows=words("→ ⇒ ➡"),
    list_kinds=words("pharmacy weekly"),
    kind_route_words=words("way go head run"),
    list_noun_links=words("on onto to"),
    cue_need_phrases=MappingProxyType(
        dict.fromkeys(
            (
                "we're needing",
                "we are needing",
                "we'll want",
                "we will want",
                "we'll need",
                "we will need",
                "we'll be needing",
                "we will be needing",
                "we're gonna need",
                "we are gonna need",
                "we're going to need",
                "we'll be wanting",
                "we will be wanting",
                "we're wanting",
                "we are wanting",
            ),
            "we need",
        )
    ),
    cue_told_verbs=words(
        """
        is isn't are aren't was wasn't were weren't am be been being has hasn't have haven't
        had hadn't do does doesn't did didn't don't can't cannot could couldn't will won't
        would wouldn't should shouldn't shall must might may it's that's there's here's
        what's who's i'm i've i'd i'll you're we've they're he's she's closes closed opens
        opened costs cost ran run runs went goes go got ate eat tastes taste looks look
        seems seem smells smell was sounds feel feels tried try
        """
    ),
    cue_party_links=words("for"),
    cue_after_courtesy=words(
        "before because cos coz cause as since dear love hun hon mate x xx xxx ta thanks thx cheers"
    ),
    cue_courtesy_stops=words("to on onto into"),
    cue_joiners=words("and & +"),
    cue_put_particles=words("on"),
    cue_need_starts=words("we we're we'll"),
    cue_need_links=words("to"),
    cue_negations=words("no not without none"),
    cue_favour_objects=words("me us"),
    cue_servings=words("cup cups glass glasses mug mugs slice slices plate plates bowl bowls"),
    cue_of=words("of"),
    cue_place_words=words("in inside on at left under behind"),
    cue_copulas=words("is isn't was wasn't are aren't were weren't it's that's there's"),
    cue_unsaid_list="the list",
    cue_packed_units=words("bottle can pack box bag jar loaf"),
    cue_corrections=phrases(
        "no wait | wait no | make that | make it | scratch that | or rather | actually no"
    ),
    shops=words(
        """
        shop shops store stores supermarket supermarkets hypermarket minimart market markets
        deli bakery butcher butchers butcher's chemist chemists chemist's pharmacy drugstore
        newsagent newsagents newsagent's grocer grocers grocer's greengrocer greengrocers
        greengrocer's off-licence offie offy mall
        tesco tescos tesco's aldi lidl sainsbury's sainsburys asda morrisons waitrose co-op
        coop m&s iceland ocado boots superdrug dunnes supervalu centra spar londis costcutter
        walmart target kroger safeway publix wegmans costco amazon ikea argos homebase wickes
        screwfix maxi idea roda univerexport dm
        """
    ),
)

TASKS = TaskWords(
    scaffold_leading=words(
        """
        a about an ask can could create don't forget got has have hey i is it kindly let's lets
        me must need needs new ok okay please pls plz remind reminder should so somebody someone
        task task: tell that time to todo todo: us we will would you her him them
        gotta hafta hasta oughta he job ought she they uh um u ya
        maybe perhaps probably possibly really definitely actually
        yo hi oi
        """
    ),
    trailing=words(
        """
        also and later lol ok please pls plz thanks then thx this ta ty cheers innit x xx
        mate hun babe luv yeah yea eh sometime
        o yaar salamat
        """
    ),
    self_words=words("i me myself"),
    title_fillers=words(
        """
        just simply only merely please pls plz now ok okay urgent urgently asap of about
        something it that this in like for him her them minute minutes min mins hour hours
        hr hrs one two three four five ten fifteen twenty thirty forty sixty
        """
    ),
    request_joiners=words("and plus"),
    bare_request_joiners=words("plus"),
    request_cues=words("forget remind need needs"),
    request_reports=words("asked said says told promised reckons"),
    tag_modals=words("can could would will"),
    tag_addressees=words("you u ya yah ye"),
    not_people=words(
        "a all an children everybody everyone her him it kids somebody someone the them us"
    ),
    assignee_prepositions=words("by for"),
    after_assignee=words("'s ,"),
    stand_in_words=words("instead"),
    stand_in_links=words("of"),
    person_openers=words("ask get have let make remind tell"),
    unnamed_doers=words("someone somebody anyone anybody everyone everybody"),
    called_endearments=words("honey hun hon babe bae love luv darling darlin sweetheart sweetie"),
    asked_about_preps=words("about regarding re"),
    visit_particles=words("back in out over round through up"),
    stranded=words("at before by during for from till until"),
    person_followers=words(", about can has must needs should that to will"),
    coordinators=words("& and or"),
    person_nouns=words(
        """
        aunt auntie aunty babysitter brother dad daughter grandfather grandma grandmother grandpa
        granny nana nanna grandad granddad gramps grampa cousin niece nephew lady
        husband mom mum nanny neighbor neighbour sister son uncle wife
        cleaner electrician gardener handyman housekeeper landlord plumber sitter tutor walker
        builder caretaker carpenter concierge contractor courier decorator doorman driver
        exterminator fitter installer janitor joiner landlady locksmith lodger maid mover movers
        painter plasterer realtor removers repairman roofer technician tenant tiler
        """
    ),
    # (and the frame that puts a told chore down: "…, pop it in for him", "put it on her list")
    handover_words=words("assign give hand it one that this pop put stick in on down for list"),
    task_tag_openers=words(
        "make set create add up as that it this a an her his their its put in into the my"
    ),
    note_nouns=words("note"),
    listener_possessives=words("your ur yr"),
    task_tag_states=words(
        "done finished complete completed accomplished achieved cancelled canceled over closed"
    ),
    doer_links=words("can could gotta hafta hasta oughta has must needs shall should will"),
    relay_courtesies=words("please pls plz kindly"),
    message_verbs=words("tell"),
    message_deed_links=words("to"),
    message_preludes=words("can could would will you please pls plz kindly just go ahead and"),
    message_reports=words("said says sez asked asks wants wanted told me us to"),
    message_pronouns=words("him her them you everyone everybody"),
    message_wishes=words("thanks thx ty hi hello hey sorry congrats congratulations bye"),
    message_praises=frozenset(
        {("well", "done"), ("good", "job"), ("great", "job"), ("nice", "job"), ("thank", "you")}
    ),
    message_to_places=words("the a an my his her their our your this that bed school work"),
    message_to_states=words("ready"),
    message_unnegated=words("forget"),
    message_tellers=words("i we"),
    message_report_adverbs=words("already"),
    message_pasts=words("told"),
    message_list_fillers=words("and & + of a an some please pls plz x also too"),
    message_doers=words("he's she's you're they're we're i'm hes shes youre theyre im"),
    message_subjects=words("he she you they we i"),
    message_progressives=words("is are am"),
    message_no_one=words(
        """
        me us a an the my our your his their its this that these those it someone somebody
        anyone anybody nobody all people
        """
    ),
    message_openers=words("that"),
    event_determiners=SHOPPING.told_determiners | words("new last first next"),
    event_subjects=SHOPPING.told_subjects
    | words(
        """
        vet plumber electrician doctor dentist teacher coach landlord babysitter nanny cleaner
        cleaners movers party game match show movie meeting recital practice wedding bbq
        barbecue ppl people folks visitors
        """
    ),
    event_verbs=SHOPPING.told_verbs
    | words(
        """
        check checks checked arriving arrived coming left leaving leaves land lands landed
        starts start started begins begin began ends
        spilled spilt ripped broke tore made
        """
    ),
    deed_particles=words("away back down in off out up"),
    deed_object_openers=words("a an her his its my our the their these those ur your"),
    pre_determiners=words("all"),
    doer_marks=words(": to"),
    name_titles=words("coach mr mrs ms miss mx dr"),
    name_honorifics=words(
        "didi di bhaiya bhaiyya bhai bhaiji ji jee bhabhi bhabi aunty auntie uncle chacha chachi"
        " mami mama masi mausi nani dadi bua sahib saab sir madam ma'am"
    ),
    put_down_dashes=words("- – —"),
    outsider_causatives=words("get have"),
    plural_doer_links=words("need have"),
    called_kin=words("mom mum mommy mummy mama dad daddy papa husband wife son daughter"),
    outsider_places=phrases(
        "from next door | next door | across the road | across the street | over the road"
        " | down the road | down the street | from down the road | from across the road"
        " | from across the street"
    ),
    outsider_place_openers=words("across down from next over"),
    owner_marks=frozenset({"'", "’"}),
    subject_pronouns=words("he i it one she that they this u we ya you"),
    subject_contractions=words(
        "i'll ill i'd i'm im imma we'll we'd we're you'll you'd he'll he'd she'll she'd they'll"
        " they'd"
    ),
    manner_adverbs=words("nicely nice good well great fine beautifully badly lovely"),
    person_determiners=words("a an her his my our the their your"),
    owner_endings=("'s", "’s", "s'", "s’"),
    owned_people=TRIGGERS.people,
    duty_nouns=words("chore chores duty job jobs responsibility task turn"),
    turn_openers=words("actually it it's its is now"),
    turn_spans=words("day days go night week weekend"),
    intensifiers=words(
        """
        actually also badly definitely desperately honestly just kinda literally now
        probably proper properly really seriously so still totally urgently
        """
    ),
    deed_marks=words("to : — – -"),
    sentence_ends=words(". ! ? ;"),
    clause_links=words("and but so then"),
    aside_marks=words(", — – ("),
    aside_courtesies=words("please pls plz"),
    courtesy_aside_openers=words(
        """
        i i'm im i've ive i'll i'd it it's its we we're we've they they're theyre he he's hes
        she she's shes there there's theres
        """
    ),
    aside_openers=words(
        """
        because bc cause 'cause cos coz cuz since as otherwise though although
        he she it we they i you there
        he's she's it's we're we've we'd we'll they're they've they'd they'll i'm i've i'd
        i'll you're you've you'll it'll there's there'll theres thats its hes shes im ive
        unfortunately sadly apparently alas honestly frankly luckily hopefully
        is was isn't wasn't
        """
    ),
    # ("is", "was": a learner drops the subject of a comment, "…, is broken since Sunday")
    # a comment after the mark: the speaker goes on about something else; or what the deed is
    # more than ("…, not just the biscuits")
    aside_phrases=phrases(
        """
        i'm afraid | im afraid | i am afraid | as usual | as always | as ever | of course
        | believe it or not | to be fair | to be honest | mind you
        | not just | not only | not merely
        """
    ),
    reason_openers=words("because bc 'cause cos coz cuz"),
    reason_phrases=phrases(
        """
        or else | or they'll | or it'll | or we'll | or you'll | or he'll | or she'll
        | or it will | or they will | or we will | or you will | otherwise | as the | as it's
        | as it is | as they're | as we're | since the | since it's | since we're | so that
        | while we're | while i'm | while they're | while we are
        """
    ),
    clause_subjects=words(
        "it's they're theyre she's he's we're there's it'll they'll there'll i'm im"
    ),
    speech_leads=words("say says saying said tell tells telling told"),
    aside_words=words("btw fyi fwiw incidentally anyway anyways"),
    person_negations=words("not"),
    season_words=words("spring summer autumn winter"),
    scatter_words=words("everywhere"),
    sequence_words=words("then afterwards after"),
    open_brackets=words("("),
    place_words=words(
        "upstairs downstairs inside outside indoors outdoors here there in on at under behind"
    ),
    occasion_nouns=words(
        """
        inspection viewing visit party parties birthday bday wedding bbq barbecue christening
        housewarming sleepover playdate reunion
        """
    ),
    dating_prepositions=words("before"),
    subordinators=words("if whether that when where what how why which who while until till"),
    courtesy_openings=phrases(
        "be a dear and | be a love and | do me a favour and | do me a favor and"
        " | good morning | good afternoon | good evening"
    ),
    colon_frames=phrases(
        """
        take ownership | take charge | own this | handle this | take this on | take care of this
        | note | log | remind | add | put | schedule
        """
    ),
    admonition_negations=words("don't dont never"),
    admonition_deeds=words("forget"),
    visitor_verbs=words("coming visiting arriving staying over here round"),
    visitor_links=words("is are"),
    visitor_endings=("'s",),
    weather_clauses=phrases(
        """
        before it rains | before it starts raining | before it starts to rain | before it snows
        | before it gets dark | before it pours | before the rain | before the rain comes
        | before the storm | before the storm hits | before dark
        """
    ),
    comment_verbs=words(
        """
        is isn't are aren't was wasn't were weren't has hasn't have haven't had
        keeps kept broke broken died stopped leaks leaked won't doesn't didn't can't cannot
        tore cracked sells sold stocks drank ate used finished spilled spilt lost knows
        """
    ),
    comment_auxiliaries=words(
        """
        can can't cant cannot could couldn't will won't wont would wouldn't should shouldn't
        must might may to don't dont doesn't doesnt didn't didnt never keeps kept i'll i'd we'll
        we'd they'll they'd
        """
    ),
    comment_listeners=words("you u ya yourself you'll you'd you're"),
    handover_links=words("let can could will should must gotta 'll"),
    chore_reason_links=words("so therefore"),
    extinguished=words("candle candles fire fires flame flames cigarette fag"),
    chore_nominals=words(
        """
        change cleanup clean-up cleaning clean clean-out clearout clear-out repair replacement
        wash washing watering service tidy tidy-up mowing painting walk duty
        """
    ),
    appointments=words(
        """
        dentist doctor doctors gp vet vets appointment appt checkup check-up haircut
        hairdresser hairdressers barber barbers orthodontist optician opticians physio
        therapist therapy tutor tutoring lesson lessons practice training swim swimming
        football soccer ballet dance piano violin guitar karate judo gymnastics tennis
        rugby hockey scouts brownies cubs recital rehearsal playdate vaccination jab jabs
        dermatologist pediatrician paediatrician clinic
        """
    ),
    handover_deeds=words(
        """
        do handle sort deal take care of with it that this one out sorted handling dealing
        look at see to please pls
        """
    ),
    tag_openers=phrases(
        """
        like a good | there's a | that's a | theres a | will you | would you | won't you
        | can you | could you | if you can | if poss | if possible | when you can | when you get
        | no rush | no hurry | whenever | at some point | thank you | thanks | cheers | ta
        | just saying | just sayin | no pressure | no worries | no biggie | if you don't mind
        | if u can | when u can | when you get a chance | when you get a sec | if you get a sec
        | pretty please | ta very much | thank u | ty | thx | xx | x | innit | mate | hun
        | his turn | her turn | their turn | your turn | my turn
        | no excuses | no excuse | no arguments | no arguing | no argument | no ifs | no buts
        | and no excuses | and no arguing | i mean it | without fail | no exceptions
        | no complaining | no whining | no backchat
        """
    ),
)

CORRIDOR = CorridorWords(
    speaker_subjects=words("i i'd i'll i'm i've im we we'd we'll we're we've"),
    speaker_links=words(
        """
        can could may might will would shall should must just already also still never even
        often usually always sometimes have has had am are do did don't dont didn't didnt can't
        cant won't wont not
        """
    ),
    pay_words=words(
        """
        paid pay paying payment payments paypal pays prepay reload subscribe subscription venmo zelle
        monzo revolut blik interac e-transfer etransfer cashapp
        gpay googlepay applepay phonepe paytm upi bhim bacs chaps
        recharge recharged top-up topup
        """
    ),
    transfer_words=words("give lend move request send top transfer wire collect refund reimburse"),
    pay_phrases=(("top", "up"), ("topped", "up"), ("topping", "up"), ("tops", "up")),
    checkout_phrases=(("check", "out"), ("checkout",), ("check-out",)),
    checkout_objects=words(
        """
        cart carts basket baskets trolley order orders amex visa mastercard maestro discover
        paypal applepay gpay card cards
        """
    ),
    crossing_verbs=words("tick check cross strike knock scratch score mark"),
    paid_forms=words("paid payed"),
    past_auxiliaries=words("did didn't didnt"),
    how_words=words("how"),
    paid_links=words(
        """
        already just all i we you he she they has have had 've was were is are hasn't
        haven't hadn't didn't never not still
        """
    ),
    pay_objects=words(
        """
        card cards phone mobile meter meters electric electricity gas credit balance account
        oyster leap wallet sim data travelcard prepaid
        """
    ),
    money_words=words(
        """
        $ buck bucks cash dollar dollars eur euro euros funds money pound quid roubles rub rubles
        balance credit oyster
        savings usd £ € ₽ bitcoin bitcoins btc crypto eth usdt
        tenner tenners fiver fivers cent cents pence penny
        rupee rupees rs inr ₹ lakh lakhs crore paise dinar dinars rsd yen yuan ¥ franc francs
        chf zloty zlotys zł pln lira kroner krona rand peso pesos
        tenge som soms lari dram drams manat manats hryvnia hryvnias leu lei lev leva shekel
        shekels dirham dirhams riyal riyals ringgit forint forints baht krone kronor tugrik
        ruble rubel rubels rouble naira kobo cedi cedis shilling shillings kwacha
        rent deposit salary wages allowance fee fees tuition debt loan
        """
    ),
    device_verbs=words(
        """
        activate arm brighten cast close deactivate dim disarm dock lock lower make mute open
        pause play preheat raise resume rewind run set shuffle skip start stop switch turn
        unlock kill
                adjust crank decrease increase send reboot restart reset
                brighten dim turn switch set start stop pause resume play skip mute unmute raise lower open close lock unlock arm disarm run preheat boil heat cool warm increase decrease adjust crank blast queue stream cast shuffle rewind
        """
    ),
    device_always_verbs=words("dim dock play preheat rewind shuffle"),
    device_nouns=_DEVICE_NOUNS | LATIN_DEVICE_NOUNS,
    switch_verbs=words("switch turn"),
    placing_verbs=words("bung chuck flick pop put pu stick whack"),
    switched_pronouns=words("it that this"),
    volume_particles=words("down up"),
    games=words("board cards catch chess game games hide-and-seek monopoly tag uno"),
    device_settings=words("% color colour off percent"),
    media_commands=words(
        "episode louder mute pause quieter rewind shuffle skip track tracks unmute volume brightness"
    ),
    on_off=words("off on"),
    opening_verbs=words("close open"),
    openable=words("blinds curtains door garage gate lock shades shutters") | LATIN_OPENABLE,
    media_verbs=words("play put"),
    indefinites=words("anything something"),
    media_links=words("by from"),
    setting_links=words("at to"),
    sequence_words=words("next previous"),
    broadcasts=words("cartoons cricket football footy match news rugby"),
    play_on_particles=words("on"),
    media_works=words(
        """
        album albums song songs suite suites symphony symphonies concerto concertos sonata
        sonatas soundtrack record records opera playlist podcast audiobook
        first second third fourth fifth sixth seventh eighth ninth greatest hits best
        """
    ),
    media_manners=words("quietly softly quiet soft low loud loudly gently again now like"),
    show_verbs=words("show put play stream cast throw stick bung pop whack load record"),
    return_verbs=words("return send bring take"),
    docks=words("base dock charger charging homebase home-base"),
    shown_media=words(
        """
        video videos vid vids clip clips film films movie movies flick cartoon cartoons show
        shows episode episodes series season documentary documentaries doc docs trailer
        livestream stream concert gig match highlights news fm am radio station stations
        podcast podcasts audiobook song songs tune tunes track tracks album albums playlist
        tv telly television screen projector youtube netflix iplayer
        """
    ),
    courtesies=words("please pls plz thanks kindly"),
    pay_commands=words("pay repay prepay"),
    securing_verbs=words("arm disarm lock unlock relock unbolt bolt latch unlatch"),
    secured=words(
        """
        alarm alarms security system car cars van truck jeep suv tesla house home doors door
        gate gates garage shed cameras camera cctv sensors perimeter deadbolt
        """
    ),
    call_verbs=words("call summon"),
    callables=words("lift lifts elevator elevators"),
    broadcast_media=words("radio tv telly television youtube spotify wireless"),
    broadcast_links=words("on"),
    charge_links=words("on onto to with using via from"),
    financing_links=words("in"),
    charge_cards=words("card cards account"),
    charge_means=words(
        """
        amex visa mastercard maestro creditcard debitcard tab credit finance layaway
        instalments installments klarna afterpay clearpay
        """
    ),
    charge_qualifiers=words(
        "credit debit bank business company corporate joint contactless payment prepaid"
    ),
    owner_pronouns=words("my your his her our their"),
    telling_verbs=words(
        "remind ask tell instruct order command program programme schedule set get make"
    ),
    told_links=words("to that"),
    keeping_verbs=words("leave keep"),
    kept_states=words("on off running going playing charging out away"),
    barring_verbs=words("let allow ban bar block forbid"),
    device_programmes=words("cycle cycles programme programmes program programs setting"),
    degree_words=words("degree degrees deg ° °c °f celsius fahrenheit"),
    degree_counts=words("couple few several"),
    acting_devices=words(
        """
        furbo petcube petlibro petkit litter-robot catlink surefeed roomba roborock irobot
        ecovacs deebot dreame eufy neato tineco
        """
    ),
    amount_followers=words("for on to back"),  # "send Lucy 20 back"
    time_prepositions=words("about after around at before by in till until"),
    share_words=words("half halves third thirds quarter quarters share shares cut portion"),
    share_followers=words("for towards toward"),
    money_asking_verbs=words("ask request claim"),
    split_verbs=words("split divide"),
    bill_nouns=words("bill bills check cheque tab cost costs rent fare fares"),
    split_links=words("with between evenly equally halfway"),
    measured_links=words("of"),
    one_off_times=words(
        "today tonight tomorrow morning evening afternoon weekend monday tuesday wednesday"
        " thursday friday saturday sunday"
    ),
    paper_places=words(
        "folder folders envelope envelopes binder binders drawer drawers file files box boxes"
        " pile piles tray trays"
    ),
    paper_articles=words("the these those two both my our"),
    foreign_markers=words(  # "door's": "Margaret next door's list"
        """
        neighbor neighbor's neighbors neighbors' neighbour neighbour's neighbours neighbours'
        door's
        """
    ),
    lone_outsiders=words("neighbor neighbour"),
    owner_chain_words=words("and & of to on onto into in the a family shared household"),
    other_words=words("another else's other someone"),
    weak_other_words=words("other"),
    household_words=words("apartment family flat home house household list lists task tasks"),
    household_nouns=words("family household"),
    household_placing_preps=words("on onto to into in"),
    owner_links=words("of"),
    plural_possessive_endings=("s'",),
    possessive_endings=("'s",),
    household_kin=words("husband wife partner son daughter kids children twins triplets"),
    outside_owners=words(
        """
        aunt brother dad father friend grandma grandpa granny mom mother mum sister uncle
        auntie cousin nephew niece grandad granddad grandmother grandfather gran nan nana
        nanna godmother godfather stepmom stepmum stepdad stepmother stepfather mother-in-law
        father-in-law sister-in-law brother-in-law in-laws boss colleague coworker co-worker
        girlfriend boyfriend fiance fiancé fiancee fiancée
        parent parents folks ex ex-wife ex-husband
        """
    ),
    plural_endings=("s",),
    bulk_verbs=words(
        """
        assign cancel clear close delete distribute divide drop empty erase give mark move purge
        archive
        reassign remove reset rid split wipe scrap ditch
        hand pass shift dump offload transfer push
        """
    ),
    clearing_verbs=words("clear empty purge wipe scrap ditch reset restart"),
    task_lists=words("rota rotas roster rosters"),  # a list of the household's tasks
    owned_boards=words("chart charts board planner"),
    name_joiners=words("and &"),
    all_words=words("all entire every everything whole everyone everyone's everybody everybody's"),
    everyone_words=words("everyone everybody"),
    everyone_followers=words("except but equally evenly"),
    share_verbs=words("split divide distribute"),
    share_links=words("between among amongst evenly equally fairly"),
    thing_objects=words("everything item items"),
    container_links=words("in inside into under behind within"),
    thing_spots=words("back front top bottom corner"),
    exchange_verbs=words("swap switch"),
    rule_phrases=(
        ("make", "it", "a", "rule"),
        ("make", "that", "a", "rule"),
        ("make", "this", "a", "rule"),
    ),
    rule_openers=words("let's lets let us ok okay so then"),
    bulk_objects=words(
        """
        chore chores everything item items list lists reminder reminders task tasks todo todos
        rota rotas roster rosters job jobs
        """
    ),
    standing_markers=words(
        "always automatically default forever forevermore never permanently indefinitely"
        " henceforth hereafter"
    ),
    standing_frames=words("make have let get"),
    rule_onsets=words("henceforth hereafter"),
    unbound_phrases=(("every", "time"),),
    habit_links=words("will shall must should has is 'll"),
    lasting_words=words("forevermore indefinitely"),
    lasting_phrases=(
        ("for", "good"),
        ("for", "ever"),
        ("till", "the", "end", "of", "time"),
        ("until", "the", "end", "of", "time"),
    ),
    habit_deeds=words(
        """
        clean cleans cook cooks declutter declutters dust dusts feed feeds hoover hoovers
        iron irons mop mops mow mows polish polishes scrub scrubs sweep sweeps tidy tidies
        vacuum vacuums wash washes water waters weed weeds wipe wipes launder launders
        unload unloads empty empties fold folds
        """
    ),
    habit_light_verbs=words("do does take takes make makes walk walks put puts load loads"),
    habit_objects=words(
        """
        dog dogs cat cats rubbish trash garbage shopping dinner dinners lunch lunches
        breakfast beds bed dishwasher hoover
        """
    ),
    charge_phrases=(("in", "charge"), ("responsible",)),
    standing_phrases=(
        ("from", "now", "on"),
        ("every", "time"),
        ("by", "default"),
        ("from", "now"),
        ("from", "here", "on"),
        ("for", "good"),
        ("for", "ever"),
        ("from", "today"),
        ("from", "tomorrow"),
        ("starting", "today"),
        ("starting", "tomorrow"),
        ("going", "forward"),
        ("whenever", "i", "say"),
        ("whenever", "i", "write"),
        ("whenever", "i", "type"),
        ("till", "the", "end", "of", "time"),
        ("until", "the", "end", "of", "time"),
    ),
    standing_verbs=words("add assign give go goes make put route send"),
    conjunctions=words("& , also and plus then"),
    means_openers=words("have let make using via with"),
    determiners=words("a an my our the"),
    dispatch_verbs=words("cast display send show"),
    media_collections=words("playlist playlists queue"),
    collection_links=words("into onto to"),
    favourite_collections=words("favourites favorites faves favs favorits favourits"),
    quantity_verbs=words("add"),
    device_quantities=words("brightness volume"),  # ("bass" is a fish too)
    quantity_fillers=words("more a little bit some extra please"),
    favourite_pronouns=words("this it that"),
    loading_verbs=words("put load add stick"),
    loading_links=words("on onto to"),
    level_verbs=words("set bump turn crank nudge put"),
    heated_places=words(
        """
        room rooms bedroom bedrooms kitchen bathroom lounge nursery office study hall hallway
        basement upstairs downstairs house flat apartment conservatory den playroom loft attic
        garage sunroom porch
        """
    ),
    level_heads=words("floor floors rail rails radiator radiators condition con"),
    level_breakers=words(
        """
        am pm o'clock oclock minute minutes min mins hour hours hr hrs second seconds secs
        day days week weeks people guests kids times percent
        """
    ),
    dwellings=words("apartment flat home house place"),
    dwelling_links=words("at"),
    others_pronouns=words("her his their"),
    vehicles=words("car van truck jeep suv tesla"),
    vehicle_verbs=words("defrost preheat warm precondition"),
    causatives=words("get"),
    modes=words("mode"),
    causative_marks=words("to"),
)

NUMBERS = NumberWords(
    units=MappingProxyType(
        {
            **_forms(Decimal("1"), "one"),
            **_forms(Decimal("2"), "two"),
            **_forms(Decimal("3"), "three"),
            **_forms(Decimal("4"), "four"),
            **_forms(Decimal("5"), "five"),
            **_forms(Decimal("6"), "six"),
            **_forms(Decimal("7"), "seven"),
            **_forms(Decimal("8"), "eight"),
            **_forms(Decimal("9"), "nine"),
            **_forms(Decimal("10"), "ten"),
            **_forms(Decimal("11"), "eleven"),
            **_forms(Decimal("12"), "dozen twelve"),
            **_forms(Decimal("13"), "thirteen"),
            **_forms(Decimal("14"), "fourteen"),
            **_forms(Decimal("15"), "fifteen"),
            **_forms(Decimal("16"), "sixteen"),
            **_forms(Decimal("17"), "seventeen"),
            **_forms(Decimal("18"), "eighteen"),
            **_forms(Decimal("19"), "nineteen"),
        }
    ),
    tens=MappingProxyType(
        {
            **_forms(Decimal("20"), "twenty"),
            **_forms(Decimal("30"), "thirty"),
            **_forms(Decimal("40"), "forty"),
            **_forms(Decimal("50"), "fifty"),
            **_forms(Decimal("60"), "sixty"),
            **_forms(Decimal("70"), "seventy"),
            **_forms(Decimal("80"), "eighty"),
            **_forms(Decimal("90"), "ninety"),
            **_forms(Decimal("100"), "hundred"),
        }
    ),
    solo=MappingProxyType(
        {
            **_forms(Decimal("0.5"), "half"),
            **_forms(Decimal("2"), "couple pair"),
            **_forms(Decimal("6"), "half-dozen"),
        }
    ),
    articles=words("a an"),
    article_numbers=words("couple dozen half half-dozen pair"),
    decimal_points=words("point"),
    decimal_zeros=words("zero nought"),
)

UNITS = UnitWords(
    size_words=words("big family-size giant huge large little medium small"),
    glued_only=words("#"),
    links=words("of"),
    link_quantifiers=words("all any both each either every"),
    vague_amounts=words(
        """
        lot lots plenty load loads ton tons heap heaps bit bits kind kinds sort sorts type
        types couple few number amount rest handful variety selection
        """
    ),
    shared=words("apiece each"),
    multipliers=MappingProxyType(
        {
            **_forms(Decimal("12"), "dozen dozens doz dz"),
        }
    ),
    times=words("* x ×"),
    glued_times=words("x"),
    head_next=words("for"),
    measured_purposes=words("for"),
    name_links=words("and for in of on with"),
    forms=MappingProxyType(_UNIT_FORMS),
    abbreviations=frozenset(w for *_, abbreviations in _UNITS for w in abbreviations),
    pure=_PURE,
    one_before_link=_SINGULAR,
    container_modifiers=frozenset(w for w in _SINGULAR if _UNIT_FORMS[w] not in _PURE),
)

DATES = DateWords(
    day_offsets=MappingProxyType(
        {
            **_forms(-1, "yesterday"),
            **_forms(0, "today"),
            **_forms(
                1,
                """
                tomorrow tmrw tmr 2moro tmw tmrow tmrrw tomoz tomo tomorow tommorow tommorrow
                tomorro
                """,
            ),
            **_forms(2, "overmorrow"),
        }
    ),
    # "after tomorrow": the learner's calque of "послезавтра", "pasado mañana", "übermorgen"
    offset_phrases=((("day", "after", "tomorrow"), 2), (("after", "tomorrow"), 2)),
    day_preps=words("before by for till until"),
    past_preps=words("since"),
    deadline_leads=(("no", "later", "than"), ("not", "later", "than"), ("nlt",)),
    today_parts=MappingProxyType({**_forms(19, "tonight tonite tonigt tonight's")}),
    weekdays=MappingProxyType(
        {
            **_forms(0, "mon monday"),
            **_forms(1, "tue tues tuesday"),
            **_forms(2, "wed weds wednesday"),
            **_forms(3, "thu thur thurs thursday"),
            **_forms(4, "fri friday"),
            **_forms(5, "sat saturday"),
            **_forms(6, "sun sunday"),
        }
    ),
    ambiguous_weekdays=words("sat sun wed"),
    strong_weekday_leads=words("before by next on this till until"),
    weekday_mods=words("coming next this"),
    past_mods=words("last past previous"),
    week_words=words("week"),
    next_week_mods=words("next"),
    past_week_mods=words("last previous"),
    past_deed_openers=words("i he she we they you that which who"),
    free_relatives=words("what whatever"),
    topic_preps=words("about regarding re"),
    past_source_preps=words("from like as since"),
    weekday_preps=words("before by on till until"),
    compound_nouns=words("league paper roast school service services"),
    weekend=words("weekend"),
    weekend_mods=words("next the this"),
    next_words=words("next"),
    weekend_preps=words("at by for on over"),
    articles=words("the"),
    this_words=words("this"),
    parts=MappingProxyType(
        {
            **_forms(9, "morning"),
            **_forms(14, "afternoon"),
            **_forms(19, "evening eve night"),
            **_forms(14, "arvo"),
        }
    ),
    bare_parts=words("afternoon evening morning eve night arvo"),
    part_nouns=words("morning afternoon evening night noon midday lunchtime teatime"),
    part_blockers=words("good"),
    part_mods=words("the this"),
    part_preps=words("by in"),
    months=MappingProxyType(
        {
            **_forms(1, "jan january"),
            **_forms(2, "feb february"),
            **_forms(3, "mar march"),
            **_forms(4, "apr april"),
            **_forms(5, "may"),
            **_forms(6, "jun june"),
            **_forms(7, "jul july"),
            **_forms(8, "aug august"),
            **_forms(9, "sep sept september"),
            **_forms(10, "oct october"),
            **_forms(11, "nov november"),
            **_forms(12, "dec december"),
        }
    ),
    ordinals=words("nd rd st th"),
    of_words=words("of"),
    after_day_of_month=words("and at in please then to"),
    date_preps=words("before by for on till until"),
    spans=MappingProxyType(
        {
            **_forms(1, "min mins minute minutes"),
            **_forms(60, "hour hours hr hrs"),
            **_forms(1440, "day days"),
            **_forms(10080, "week weeks"),
        }
    ),
    span_words=words("in within"),
    span_from=words("from after"),
    time_preps=words("around at before by until"),
    compact_clock_leads=words("around at before by until"),
    compact_clock_openers=words("me him her us them you"),
    year_leads=words("by before until"),
    hour_part_links=words("of"),
    oclock=words("o'clock oclock"),
    hour_joiners=words("and"),
    hour_joiner_stops=words("a an half quarter"),
    meridiems=MappingProxyType(
        {
            **_forms("am", "am"),
            **_forms("pm", "pm"),
        }
    ),
    dotted_meridiems=MappingProxyType({"a": "am", "p": "pm"}),
    dotted_meridiem_letters=words("m"),
    named_times=MappingProxyType(
        {
            **_forms(12, "noon midday"),
            **_forms(24, "midnight"),
        }
    ),
    glued_meridiems=MappingProxyType({"a": "am", "p": "pm"}),
    clock_fractions=MappingProxyType({"half": 30, "quarter": 15}),
    clock_past=words("past"),
    recurrence_words=words("each every"),
)

OPEN_WORLD = OpenWorldWords(
    stock_links=words("in inside on at"),
    # "home" after "at" ("3 boxes of granola bars at home already")
    stock_places=words(
        "fridge freezer pantry cupboard cupboards cellar larder counter table shelf worktop"
        " garage shed basement home"
    ),
    stock_determiners=words("the our my"),
    stock_verbs=words("is are left"),
    product_states=words("stale mouldy moldy rotten expired spoiled spoilt sour"),
    copula_states=words("off bad"),
    state_copulas=words("is are was were gone went 's s"),
    state_tails=words("already again now completely totally"),
    state_negations=words("no never"),
    # a store of the home heading what is in it ("fridge: milk, eggs", "pantry check - rice")
    stock_headings=words("inventory fridge freezer pantry larder cupboard"),
    stock_heading_marks=words(": — – -"),
    stock_empties=words("empty nothing no bare"),
    cooking_plans=words("want wanna going gonna will plan planning i'll we'll"),
    cooking_steps=words("mix fry bake whisk stir simmer knead boil chop sift"),
    advisers=words(
        "doctor doctors gp dentist dentists nurse plumber electrician vet physio pediatrician"
        " paediatrician dietitian"
    ),
    adviser_verbs=words("said says told recommends recommended advised thinks"),
    report_complementisers=words("that"),
    done_question_auxiliaries=words("did"),
    done_question_subjects=words(
        "you u ya we i he she they anyone anybody someone somebody everyone"
    ),
    tag_assents=words("ok okay k kk alright please pls plz plez kindly"),
    tag_addressees=words("you u ya yah ye"),
    statement_links=words("is are was were i'm im we're you're they're he's she's it's that's"),
    alternative_conjunctions=words("or"),
    ask_cues=words("can could would will someone somebody anyone anybody chance think able"),
    ask_modals=words("can could would will"),
    ask_addressees=words("you u ya"),
    ask_someones=words("someone somebody anyone anybody"),
    ask_someone_modals=words("can could would will"),
    ask_leads=words("hey hi hello yo so ok okay well anyway also and oh uh um erm listen right"),
    ask_between=words("please pls plz kindly maybe possibly just"),
    ask_questions=words("or"),
    ask_hedges=phrases(
        """
        any chance | is there any chance | is there a chance | do you think | you think
        | d'you think | are you able to | you able to | is anyone able to | is anybody able to
        | is someone able to | is somebody able to
        """
    ),
    ask_exclamations=phrases(
        "take a look at this | take a look at that | have a look at this | have a look at that"
        " | look at this | look at that | look at it"
    ),
    ask_hedge_links=phrases("that"),
    ask_unasked_verbs=words("be"),
    ask_setting_changes=words(
        "bigger smaller larger louder quieter brighter darker lighter faster slower bolder"
    ),
    confirmation_tags=words("right yes yeah yep correct true innit eh huh no"),
    object_pronouns=words("me us him her them it you myself yourself"),
    booking_verbs=words("book reserve schedule"),
    booking_channels=words("online app website site portal"),
    booked_rides=words("grab bolt gojek careem ola didi"),
    rule_drop_verbs=words("ignore disregard forget bypass pretend imagine skip drop"),
    rule_nouns=words("rules rule restrictions limits guidelines guardrails filters policy"),
    evaluative_predicates=words(
        """
        best worst better worse cheaper cheapest pricier dearer overpriced overrated
        underrated tastier nicer healthier pointless useless pricey gross disgusting
        delicious awful terrible
        """
    ),
    # between the copula and its word of worth: "is always cheaper", "is the best", "is way
    # better", "is so overpriced"
    predicate_adverbs=words(
        "always usually still just so way much far really definitely honestly the a by too"
    ),
    excess_degrees=words("too"),
    counterfactual_leads=(("if", "only"),),
    counterfactual_fillers=words("oh ah ugh man"),
    chore_states=words("done finished sorted pile piles heap mountain"),
    currency_marks=words("$ £ € usd gbp eur"),
    outage_nouns=words("shutoff shut-off shutoffs outage outages blackout"),
    plan_gerunds=words("doing coming cooking splitting hosting visiting staying dropping"),
    unplanned_subjects=words("i we you it that this there here what who where which how"),
    back_references=words("it that this him her them"),
    wish_verbs=words("wants"),
    third_person_pronouns=words("he she they"),
    told_futures=words("will"),
    future_endings=("'ll", "’ll"),
    turn_nouns=words("turn"),
    own_turn_denials=phrases(
        "not mine | not me | not my turn | not her turn | not his turn | not their turn"
    ),
    duty_reports=words("says said thinks think supposed turn"),
    duty_denials=phrases(
        "that's a lie | that is a lie | thats a lie | a lie | not true | who knows | no way"
    ),
    deed_feelings=phrases("i hate | i can't stand | can't stand | no time to"),
    denied_needs=words("needed add"),
    need_denial_negations=words("no not don't dont never"),
    label_phrases=phrases(
        "prep time | cook time | cooking time | do not exceed | do not bleach | dry clean only"
    ),
    dose_phrases=phrases("twice daily | once daily | times daily | times a day | with food"),
    dose_nouns=words("tablet tablets capsule capsules pill pills lozenge lozenges sachet"),
    notice_groups=words("students pupils"),
    shared_groups=words("parents kids children"),
    group_contexts=words("school class lesson trip museum teacher term office"),
    notice_modals=words("should must"),
    work_addresses=words("colleagues"),
    report_headings=words(
        "review report recap summary group learned update newsletter digest stats contains dosage"
    ),
    sum_told_verbs=words("saved cost costs spent"),
    score_links=phrases("out of"),
    booked_speakers=words("me us"),
    feature_verbs=words("add create make set appoint promote"),
    app_features=words(
        "zone zones theme themes reaction reactions scene scenes widget widgets emoji emojis"
    ),
    feature_fillers=words("a an the new another dark light custom"),
    feature_namers=words("called named"),
    app_roles=words("admin admins administrator moderator mod owner"),
    knowing_wishes=words("want wants wanted wanna need needs needed"),
    news_openers=phrases(
        """
        fyi | just fyi | so you know | just so you know | heads up | just a heads up
        | for your information | just letting you know | for the record
        """
    ),
    link_endings=("'s", "'re", "’s", "’re"),
    log_verbs=words("log record track note jot"),
    log_fillers=words("to self down"),
    measured_quantities=words(
        "weight height temp temperature bp pressure pulse mileage glucose reading readings"
    ),
    measure_owners=words("my his her their our your the"),
    knowing_links=words("to"),
    knowing_askers=words("anyone anybody someone somebody"),
    knowing_verbs=words("know"),
    booked_errands=words(
        """
        appointment appointments appt check-up checkup dentist doctor doctors gp vet vets
        optician opticians eye test exam haircut hairdresser hairdressers barber barbers groomer
        groomers grooming jab jabs vaccination vaccinations booster mot service servicing boiler
        chimney sweep plumber electrician cleaner cleaners physio physiotherapist pediatrician
        paediatrician orthodontist dermatologist hygienist chiropodist podiatrist nurse smear
        kennel kennels cattery babysitter nanny tutor lesson lessons
        dad dads mum mums mom moms grandma granny gran nan nana grandpa grandad granddad son
        daughter kids baby wife husband
        """
    ),
    elsewhere=words("calendar cart playlist jira trello todoist notion asana"),
    search_verbs=words("find search look check research browse"),
    web_words=words(
        """
        online internet net web google googles youtube wikipedia wiki bing duckduckgo reddit
        tiktok chatgpt
        """
    ),
    assistant_words=words(
        """
        alarm forecast horoscope joke jokes news poem recipe riddle song story timer weather
        prompt email e-mail message stopwatch calculator
        definition meaning score traffic directions distance trivia lyrics quote fact
        script scripts python javascript sql macro macros limerick haiku caption captions
        slogan tagline cv bio poems stories essay-plan paragraph tweet screenshot
        """
    ),
    sum_verbs=words("add adding added adds tot totting total totalling totaling tally count sum"),
    sum_particles=words("up"),
    sum_objects=words("all both em 'em everything it them these this those"),
    assistant_verbs=words(
        """
        call dial phone ring text wake read show find search google translate spell define
        repeat pretend print reveal say cancel
        generate summarise summarize paraphrase rephrase reword rewrite proofread explain
        calculate compute convert brainstorm navigate
        """
    ),
    text_verbs=words(
        """
        translate paraphrase rephrase reword rewrite proofread summarise summarize repeat read
        spell
        """
    ),
    assistant_compounds=words(
        """
        smoke fire burglar car house carbon monoxide co intruder security baby battery
        batteries clock clocks system sensor sensors detector detectors panel siren egg oven
        kitchen plug switch switches socket light bulb paper papers stand agent
        """
    ),
    services=words("cab lyft taxi uber flight flights hotel ticket tickets"),
    service_followers=words(
        """
        room rooms booking bookings reservation reservations stay stays ride rides home eats
        he she they we i you it this that these those time times
        """
    ),
    ordering_verbs=words("order reorder re-order"),
    polite_addressees=words("you u ya"),
    order_channels=words(
        """
        amazon prime instacart deliveroo doordash grubhub ubereats postmates justeat chewy
        ebay etsy ocado wolt glovo dominos domino's carrefour gopuff shipt autoship delivery
        swiggy zomato blinkit zepto bigbasket dunzo foodpanda grabfood talabat jumia chowdeck
        deliveries website online app walmart
        """
    ),
    order_takeaways=words("pizza pizzas sushi takeaway takeaways takeout pepperoni"),
    takeaway_followers=words(
        """
        for to from at on in with and or & plus please pls tonight today tomorrow now again
        asap delivered delivery
        """
    ),
    storage_places=words("freezer fridge pantry cupboard cellar"),
    online_prepositions=words("on off via through"),
    delivery_participles=words("delivered"),
    refusal_fillers=words("a an the any another for to me him her them us make create set add put"),
    note_verbs=words("jot note save store write"),
    note_complementisers=words("that"),
    note_makers=words("make take"),
    note_fillers=words("down a note"),
    contact_words=words("address contact email number password pin postcode"),
    list_op_verbs=words("cross rename uncheck untick tick"),
    edit_resumes=words("and but also instead then"),
    list_edit_verbs=words(
        "cancel change check clean close delete edit empty mark move remove replace show sort swap take"
        " postpone prepone reschedule push delay shift bump snooze defer"
    ),
    list_refs=words("list off reminder task"),
    list_ref_particles=words("off"),
    place_determiners=words("the a an my your his her our their this that"),
    swap_verbs=words("change swap switch"),
    swap_links=words("instead to"),
    polite_openers=words("can could would will may"),
    polite_contractions=words("you'd u'd you'll u'll"),
    polite_frames=words("possible wondering wonder chance poss"),
    showing_verbs=words("look guess imagine"),
    showing_links=words("what who how"),
    marvel_verbs=words("believe imagine fathom guess think understand comprehend credit"),
    general_markers=words("anywhere anyplace somewhere ever even generally usually normally been"),
    advice_verbs=words("tell say suggest advise recommend explain"),
    list_makers=words("a an another new one more second separate extra shopping"),
    lapse_verbs=words(
        """
        forgot forgotten forgets forgetting remembered remembers tried tries trying failed fails
        neglected neglects managed bothered bothers refused refuses didn't didnt hasn't hasnt
        haven't havent hadn't hadnt doesn't doesnt wasn't wasnt should've shoulda
        """
    ),
    lapse_hedges=words("almost nearly before i i'd i've we we've me"),
    guess_words=words("probably prolly maybe perhaps possibly likely"),
    guess_modals=words("will might may"),
    guess_addressees=words("you u ya i we"),
    past_copulas=words("was were"),  # before "supposed" (``owed_words``)
    owed_words=words("supposed"),
    owed_askers=words("please pls plz"),
    owed_addressees=words("you u ya"),
    lapse_links=words("to"),
    plan_verbs=words(
        """
        going planning plans planned intends intending intended promised promises promising
        decided decides hopes hoping hoped means meant dreams dreaming
        agreed agrees volunteered volunteers offered offers refused refuses started began
        likes loves prefers
        """
    ),
    resumptives=words("all everything that's thats it's its they're theyre those these"),
    resumptive_purposes=words("for to by"),
    request_connectives=phrases(
        """
        either way | anyway | anyways | anyhow | regardless | in any case | whatever | still
        | all the same | in the meantime | meanwhile | oh and | oh also | also | btw | by the way
        | never mind | nevermind | no matter | whatever happens
        """
    ),
    lapse_negated_endings=("n't", "nt"),
    asking_fillers=words(
        "can could would will you please pls plz kindly just quickly mind possibly maybe perhaps"
    ),
    story_pasts=words(
        """
        was were had did said told went came made got used would i'd we'd he'd she'd they'd
        you'd it'd knew thought saw took gave kept left met ran sat stood brought bought
        taught caught felt found heard lost paid sold sent spent won wore wrote grew drove
        rode fell began became never always missed married lived worked passed died
        """
    ),
    question_openers=words(
        "am are aren't did didn't do does doesn't is isn't shall should shouldn't was were"
    ),
    recall_words=words("how what what's whats where which who who's whose why"),
    recall_prepositions=words("at in on for to from with about of by"),
    recalled_things=words("recipe password address number code name surname postcode"),
    indirect_openers=words("if whether"),
    question_reports=words("asked asks wondered wonders wanted-to-know inquired enquired"),
    plan_reports=words("said says promised promises reckons reckoned told"),
    plan_report_skips=words("that me us"),
    # "he'd" told in the past ("Tom said he'd grab milk"), "hed" typed without the mark
    plan_doers=words("he she they he'll she'll they'll he'd she'd they'd hed he's she's they're"),
    plan_future_doers=words("he'll she'll they'll he'd she'd they'd hed"),
    plan_progressive_doers=words("he's she's they're"),
    plan_future_auxiliaries=words("will gonna"),
    opinion_modals=words("should might ought may shouldn't"),
    opinion_modal_skips=words("to probably really definitely also"),
    opinion_likely=words("might may"),
    advice_degrees=words(
        "more less often harder twice once daily regularly properly every each a lot"
    ),
    plan_progressive_auxiliaries=words("is are"),
    progressive_endings=("ing",),
    choice_words=words("or otherwise else unless instead maybe perhaps probably"),
    already_words=words("already alr"),
    clock_words=words(
        """
        timer timers alarm alarms stopwatch stopwatches countdown count-down countdowns snooze
        second seconds sec secs minute minutes min mins hour hours hr hrs half-hour
        """
    ),
    clock_links=words("to on onto for by until till more extra left"),
    question_leads=words("and"),
    deities=words("god lord jesus"),
    prayer_openers=words("o oh dear please"),
    prayer_request_links=words("and then please also so now"),
    petition_verbs=words("help give grant bless keep protect let send save heal watch"),
    question_subjects=words("anybody anyone i it my our she someone there they we you he"),
    question_plain_verbs=words(
        "like love hate eat drink need want know live sleep fly bite swim grow smell taste"
        " feel sting hurt die lay understand remember dream go belong"
    ),
    courtesy_verbs=words("mind"),
    courtesy_leads=words("would do you ya u"),
    courtesy_marks=words("please pls plz plse kindly"),
    reminded_speakers=words("me us"),
    asked_object_stops=words(
        "after with on at for to in into about from of by around over off without me him her"
        " them it us you myself yourself himself herself itself ourselves yourselves"
        " themselves his my your their its our"
    ),
    asked_idiom_objects=words("phone pace slack speed tab steam vibe hint call"),
    asked_object_articles=words("the a an"),
    delegated_groups=words("everyone everybody all someone somebody anyone anybody"),
    reporting_lemmas=words("say says said ask asks asked want wants wanted"),
    injection_markers=words(
        """
        instructions instruction prompt jailbreak disregard developer inst
        """
    ),
    injection_roles=words("system assistant admin role"),  # '"role": "system"' pasted as JSON
    injection_resumes=words("then afterwards"),
    injection_replies=words("assistant"),
    injection_echoes=words(
        """
        paste print show repeat output reveal dump type copy quote display list write send
        give tell share spell recite translate summarize summarise
        """
    ),
    injection_referents=words("it that them this those everything all"),
    name_opening_phrases=_ERRAND_TIMES,
    filler_phrases=(
        ("just", "in", "case"),
        ("of", "course"),  # "a bag of flour of course"
        *_ERRAND_TIMES,
        # a sale said of the item ("the cheese on sale"): why now, no word of its name
        ("on", "sale"),
        ("on", "offer"),
        ("on", "special"),
        ("on", "promo"),
        *_ROUTE_PHRASES,
        ("be", "a", "love"),
        # fillers of speech while the speaker thinks: "add, let me think, foil and …"
        ("let", "me", "think"),
        ("let", "me", "see"),
        ("let's", "see"),
        ("i", "guess"),
        ("be", "a", "dear"),
        ("so", "kind", "as"),
        ("write", "down", "that"),
        # a referent the hearer is trusted to know, no product named: "u know the one"
        ("you", "know", "the", "one"),
        ("u", "know", "the", "one"),
        ("ya", "know", "the", "one"),
        ("you", "know", "the", "ones"),
        ("u", "know", "the", "ones"),
        ("you", "know", "which"),
        ("u", "know", "which"),
        ("you", "know", "what", "i", "mean"),
        ("u", "know", "what", "i", "mean"),
        ("you", "know"),
        ("u", "know"),
        ("ya", "know"),
        ("y'know",),
        # hesitation while the word is found: "some of the, what's it called, bin liners"
        ("what's", "it", "called"),
        ("whats", "it", "called"),
        ("what", "is", "it", "called"),
        ("what", "do", "you", "call", "it"),
        ("what", "d'you", "call", "it"),
        ("what", "do", "you", "call", "them"),
        ("whatchamacallit",),
        ("whatsit",),
        ("thingamajig",),
        ("that's", "all"),  # the list is closed: "…, that's it", "nothing else"
        ("that's", "it"),
        ("that", "is", "all"),
        ("that'll", "do"),
        ("that's", "everything"),
        ("nothing", "else"),
        ("thats", "all"),
        ("thats", "it"),
    ),
    letter_words=words("congrats congratulations regards sincerely wishes xoxo"),
    signoff_words=words("best cheers hugs love"),
    retraction_words=words("nevermind nvm"),
    retraction_phrases=(
        ("never", "mind"),
        ("cancel", "that"),
        ("scratch", "that"),
        ("forget", "it"),
        ("no", "wait"),
        ("wait", "no"),
        ("actually", "no"),
    ),
    hedge_words=words("someday sometime wonder wondering"),
    hedge_when_followers=words(
        "next this on before by today tonight tomorrow over during after monday tuesday"
        " wednesday thursday friday saturday sunday"
    ),
    mock_openers=(("yeah", "sure"), ("yeah", "right"), ("oh", "sure"), ("sure", "sure")),
    mock_boosters=(("while", "you're"), ("while", "we're"), ("why", "not")),
    mock_tails=(("yeah", "right"), ("any", "day", "now"), ("as", "if")),
    mock_tail_leads=(("since", "you're", "so"), ("since", "ur", "so")),
    own_refusals=(("your", "own"), ("ur", "own"), ("yer", "own")),
    command_marks=words("/"),
    thanks_words=words("thanks thank ty"),
    thanks_skips=words("you u so much very"),
    thanks_links=words("for"),
    thanks_reminders=words("reminder reminders reminding heads-up headsup nudge"),
    rate_phrases=(("at", "this", "rate"), ("at", "that", "rate")),
    incredulous_frames=(("really", "think"), ("seriously", "think"), ("honestly", "think")),
    incredulous_subjects=words("you u ya"),
    curious_tails=(("just", "curious"), ("just", "wondering"), ("just", "asking")),
    song_marks=words("🎵 🎶 ♪ ♫ 🎼"),
    mention_marks=words("@"),
    refusal_openers=(("as", "if"), ("in", "your", "dreams")),
    self_doers=words("yourself yourselves"),
    self_objects=words("it them"),
    hedge_phrases=(
        ("not", "sure"),
        ("what", "do", "you", "think"),
        ("no", "idea"),
        ("i", "might"),
        ("we", "might"),
        ("i", "may"),
        ("we", "may"),
        ("what", "if"),
        ("thinking", "of"),
        ("thinking", "about"),
        ("one", "of", "these", "days"),
        ("at", "some", "point"),
        ("some", "day"),  # "we should get a trampoline some day"
        ("wouldn't", "it", "be"),  # "wouldn't it be great to get a hot tub"
        ("wouldnt", "it", "be"),
        ("would", "it", "not", "be"),
    ),
    plea_phrases=(("send", "help"),),
    plea_closers=words("lol lmao haha omg ugh pls please plz asap x xx"),
    own_plan_openers=words("i'll imma"),
    own_buy_leads=words("i'll ill imma we'll"),
    own_plan_when_leads=words("on after before tomorrow tonight later this next once"),
    home_headings=words("home house household"),
    heading_fillers=words("stuff things bits"),
    heading_preps=words("for at"),
    own_buy_subjects=words("i we"),
    own_buy_auxiliaries=words("will shall"),
    listener_own_marks=words("yourself yourselves urself"),
    serving_articles=words("a an"),
    adjective_leads=words("ill"),
    adjective_links=words(
        """
        is isn't are aren't am was wasn't were be been being feel feels feeling felt get gets
        getting got fall falls falling fell become becomes became look looks looked seem seems
        seemed very too really quite still bit pretty terribly seriously
        """
    ),
    copula_endings=("'s", "'re", "'m"),
    third_person_endings=("s",),
    time_openers=words("when whenever"),
    perfect_auxiliaries=words("has have hasn't haven't 've i've we've they've you've"),
    perfect_skips=words("already just not never finally also all both even only since"),
    irregular_participles=words(
        """
        been begun bent bitten blown bought brought built burnt caught chosen cut dealt done
        drawn drunk driven dug eaten fallen fed felt fixed forgotten fought found frozen given
        gone ground grown hung heard hidden hit held hurt kept knelt knit known laid
        led left lent let lit lost made meant met mown paid put quit read rid ridden rung risen
        run said sat seen sent set sewn shaken shone shot shown shut sold sown spent spilt
        split spread stood stolen stuck swept swum taken taught thrown told torn understood
        woken won worn wound written
        """
    ),
    abstract_needs=words(
        """
        advice break happiness help holiday hug luck nap patience rest sleep time vacation
        babysitter electrician handyman lift nanny peace plumber quiet ride sitter
        space room ideas lives internet wifi budget money
        minute minutes moment breather
        """
    ),
    stock_fullness=words("full"),
    stock_holders=words(
        "bag sack jar box tin tub carton bottle crate fridge freezer cupboard pantry"
    ),
    stock_left=words("still"),
    stock_parts=words("half"),
    stock_counts=words(
        """
        a an the one two three four five six seven eight nine ten twelve dozen some several
        few many another more my our your his her their this that these those and or
        """
    ),
    service_needs=words(
        """
        doctor physician nurse paramedic paramedics ambulance police cops firefighters vet
        dentist therapist paediatrician pediatrician lawyer solicitor attorney locksmith
        mechanic haircut manicure pedicure
        """
    ),
    idle_verbs=words("calm chat help relax rest sleep talk think vent"),
    compose_verbs=words("write draft compose pen type jot outline make"),
    forward_openers=words("fwd fw forwarded forwarding"),
    chat_nouns=words(
        "chat chats groupchat group-chat whatsapp telegram messenger signal discord slack viber"
    ),
    forward_phrases=(
        ("forwarded", "as", "received"),
        ("forwarded", "many", "times"),
        ("forwarded", "message"),
        ("share", "with", "10"),
        ("share", "with", "ten"),
        ("please", "forward"),
    ),
    deed_verbs=words("do handle sort deal manage action sortout"),
    vague_deeds=words(
        """
        the needful it this that these those them everything something anything stuff thing
        things same whatever rest usual lot all of with out up care now asap please pls plz
        thanks right away today again as always just for me us done sorted fixed handled
        """
    ),
    idle_tail=words("a about an bit down it little me some that this to us with you"),
    notice_links=words("are had has have is was were will"),
    notice_skips=words("already be been being just not now"),
    notice_states=words(
        """
        approved arriving canceled cancelled charged closed confirmed declined delivered
        dispatched due expired failed overdue postponed prepared processed ready refunded
        rescheduled shipped suspended
        received completed complete accepted booked reserved delayed returned collected
        renewed successful unsuccessful pending updated activated deactivated blocked
        out-for-delivery en-route
        """
    ),
    notice_passives=words("be been being"),
    notice_participles=words("done given held kept left made paid sent shut sold taken told"),
    # a sender's voice (a school, a landlord, a shop), its greeting to many, an advert's terms
    notice_phrases=(
        ("due", "to"),
        ("reminder", "that"),
        ("please", "note"),
        ("kindly", "note"),
        ("please", "be", "advised"),
        ("be", "advised"),
        ("we", "regret"),
        ("we", "are", "pleased"),
        ("we're", "pleased"),
        ("we", "are", "writing"),
        ("we", "would", "like", "to", "inform"),
        ("this", "is", "to", "inform"),
        *(
            ("dear", whom)
            for whom in words(
                """
                parents parent guardians customer customers residents resident tenants tenant
                members valued patients patient passengers guests subscriber subscribers
                families all
                """
            )
        ),
        ("get", "1", "free"),
        ("get", "one", "free"),
        ("this", "week", "only"),
        ("today", "only"),
        ("while", "stocks", "last"),
        ("while", "supplies", "last"),
        ("limited", "time", "offer"),
        ("t&cs", "apply"),
        ("terms", "apply"),
        ("terms", "and", "conditions"),
        ("unsubscribe",),
        ("do", "not", "reply"),
        ("noreply",),
        ("no-reply",),
    ),
    offer_deals=phrases(
        """
        half price | half-price | bogo | buy one get one | buy 1 get 1 |
        % off | free delivery | free shipping | two for one | 2 for 1
        """
    ),
    offer_priced=phrases("for the price of"),
    offer_counted=phrases("save | save up to"),
    offer_rewards=words("get gets"),
    offer_gifts=phrases("free | % off | cashback"),
    offer_gift_tails=words("on with when if this today"),
    offer_calls=phrases(
        """
        today only | this week only | this weekend only | limited time | hurry in |
        order now | buy now | shop now | when you buy | when you spend | when you order |
        while stocks last | while supplies last | don't miss | dont miss | on orders over
        """
    ),
    notice_labels=words(
        "advisory alert announcement attention fyi newsletter notice notification update warning"
    ),
    call_phrases=(
        # volunteers asked for, donations ranked, thanks to neighbours
        ("volunteers", "needed"),
        ("volunteers", "wanted"),
        ("donations", "needed"),
        ("donations", "wanted"),
        # a notice addressed to all its readers
        *(
            ("to", "all", whom)
            for whom in words("residents tenants parents families neighbors neighbours")
        ),
        ("most", "needed", ":"),
        # a shift's handover written for the next worker
        ("shift", "handover"),
        ("shift", "handoff"),
        *(
            (*thanks, whom)
            for thanks in (("thank", "you"), ("thank", "you", ","), ("thanks",), ("thanks", ","))
            for whom in words("neighbors neighbours residents tenants parents families volunteers")
        ),
    ),
    advice_phrases=(
        # an alert's state, its noun before it: "HURRICANE WATCH in effect for …"
        *((what, "in", "effect") for what in words("watch warning advisory alert")),
        # advice to the public in the third person: an alert's or a council's, to no member
        # ("Residents should complete preparations", "Motorists are urged to avoid …")
        *(
            (whom, *advice)
            for whom in words(
                """
                residents homeowners householders tenants motorists drivers pedestrians
                commuters passengers travellers travelers citizens visitors customers
                """
            )
            for advice in (
                ("should",),
                ("must",),
                ("are", "advised"),
                ("are", "urged"),
                ("are", "asked"),
                ("are", "encouraged"),
                ("are", "reminded"),
                ("are", "requested"),
                ("are", "strongly"),
                ("need", "to"),
            )
        ),
    ),
    source_labels=words(
        """
        receipt receipts screenshot text transcript caption notes instructions directions
        group suggestion
        alert alerts notification warning
        """
    ),
    sender_labels=words("from"),
    signature_bodies=words(
        """
        pta pto hoa committee management organisers organizers council administration
        """
    ),
    signature_skips=words("the your our"),
    signature_tails=words("board committee"),
    class_words=words("grade class year kindergarten"),
    day_heads=words("day"),
    dress_day_words=words(
        """
        pajama pajamas pyjama pyjamas pj pjs hair sock socks hat hats costume costumes
        uniform non-uniform mufti dress-down dress
        """
    ),
    reader_possessives=words("your"),
    reply_code_verbs=words("reply respond text txt send sms"),
    reply_code_purposes=words(
        """
        confirm confirmation cancel cancellation reschedule unsubscribe opt stop accept
        decline rsvp verify book rebook
        """
    ),
    receipt_labels=words("available balance subtotal total tax vat"),
    message_pronouns=words("i i'd i'll i'm i've im u we we'll we're we've you you're"),
    second_person_words=words("u ur ya you you'd you'll you're you've your yours yourself"),
    asking_reports=words("told asked begged"),
    infinitive_marks=words("to"),
    mark_determiners=words("the a an my your our his her their this that these those list"),
    repeat_words=words("twice thrice times again"),
    contrast_links=words("but and"),
    contrast_negations=words("not"),
    hope_words=words("hope hoping"),
    someone_words=words("someone somebody anyone anybody"),
    hope_abilities=words("can could"),
    courtesy_conditions=words("trouble bother time"),
    quote_relays=words("said says sez"),
    condition_openers=words("if"),
    condition_thens=words("then"),
    speaker_subjects=words("i we"),
    plan_modals=words("will would can could won't wouldn't might may shall 'll 'd am gonna"),
    speaker_contractions=words("i'll i'd we'll we'd i'm im"),
    # a request taken back (``_takeback``; round 25)
    takeback_cancels=phrases(
        """
        cancel | cancel that | cancel it | ignore me | ignore that | ignore this | forget it |
        forget that | forget about it | never mind | nevermind | nvm | no need | don't bother |
        dont bother | scratch that | disregard that | not needed | don't need it |
        dont need it | we don't need it | we dont need it
        """
    ),
    takeback_withdrawals=words("wait no nope nah"),
    takeback_openers=words("oh oops ah hmm um ok okay so sorry hold hang on actually"),
    takeback_done_words=words("already still"),
    takeback_resumers=words("just actually instead then rather so please"),
    takeback_referents=words("him her them it its his their"),
    takeback_pauses=words("… ."),
    takeback_settlers=phrases(
        "is better | would be better | is enough | will do | would do | is fine | instead"
    ),
    takeback_leads=words(
        "to and or will would can could should must please not don't dont just also i we you"
    ),
    consequence_fillers=words("some more too also please then there any few several couple"),
    takeback_corrections=words(
        "need needs needed want wants wanted said says asked asks told prefer prefers like"
    ),
    takeback_beneficiary_links=words("for"),
    polite_wants=words("like love appreciate prefer"),
    wish_phrases=(
        ("take", "care"),
        ("take", "it", "easy"),
        ("take", "a", "break"),
        ("take", "care", "of", "yourself"),
        ("make", "a", "wish"),
        ("do", "your", "best"),
        ("get", "some", "rest"),
        ("have", "a", "rest"),
        ("break", "a", "leg"),
        ("get", "well", "soon"),
        ("get", "well"),
        ("feel", "better"),
        ("feel", "better", "soon"),
        ("good", "luck"),
        ("good", "night"),
        ("good", "morning"),
        ("have", "fun"),
        ("have", "a", "good", "day"),
        ("have", "a", "great", "day"),
        ("happy", "birthday"),
        ("happy", "anniversary"),
        ("happy", "new", "year"),
        ("merry", "christmas"),
        ("congrats",),
        ("congratulations",),
        ("well", "done"),
        ("love", "you"),
        ("miss", "you"),
        ("sleep", "well"),
        ("sweet", "dreams"),
    ),
    past_endings=(("ed", ""), ("d", ""), ("ied", "y")),
    step_nouns=words("step"),
    joke_words=words("jk jking kidding"),
    laugh_words=words("haha hahaha hahahaha lol lmao rofl"),
    withdrawal_tails=words("don't dont do not no nope nah need needed"),
    withdrawal_negations=words("don't dont not no nope nah"),
    reply_words=words(
        """
        ok okay okey okie k kk sure yes yep yeah yup ya yea yah aye no nope nah fine alright
        allright right got it will do on it roger cool np problem sounds good deal thanks thx
        ty thank you great perfect nice noted understood done lol haha
        """
    ),
    # the wake words of the speakers on sale (Amazon's alternatives too) and their usual
    # mishearings; words that are also verbs or brands only when called ("hey google", "Google,
    # …"): "google the recipe", "amazon order #…"
    wake_words=words(
        "alexa alexia alekxa siri seri cortana bixby alisa marusya ziggy bot @bot hometaskbot"
    ),
    wake_openers=words("hey hi ok okay okey hay heya yo"),
    request_frame_verbs=words("request"),
    request_frame_modals=words("can could may might"),
    request_frame_subjects=words("i we"),
    request_frame_objects=words("you u"),
    request_frame_links=words("to that"),
    meta_phrases=(
        ("forget", "everything"),
        ("forget", "all"),
        ("forget", "what"),
        ("forget", "your"),
        ("forget", "our"),
        ("forget", "the", "conversation"),
        ("forget", "the", "previous"),
        ("ignore", "everything"),
        ("ignore", "all"),
        ("ignore", "your"),
        ("ignore", "what"),
        ("ignore", "previous"),
        ("ignore", "prior"),
        ("you", "are", "now"),
        ("you're", "now"),
        ("youre", "now"),
        ("from", "now", "on", "you"),
        ("from", "now", "on", "answer"),
        ("from", "now", "on", "reply"),
        ("from", "now", "on", "respond"),
        ("from", "now", "on", "speak"),
        ("from", "now", "on", "talk"),
        ("pretend", "you"),
        ("pretend", "to", "be"),
        ("act", "as"),
        ("act", "like", "you"),
        ("roleplay", "as"),
        ("role-play", "as"),
        ("imagine", "you", "are"),
        ("imagine", "you're"),
        ("answer", "only"),
        ("reply", "only"),
        ("respond", "only"),
        ("speak", "only"),
        ("talk", "like"),
        ("stop", "being"),
    ),
    meta_bridges=words(
        "and also but so then now just anyway meanwhile instead btw , . ; : ! - — –"
        " p s ps nb"  # a postscript's label ("P.S.", "PS", "NB": its letters)
    ),
    called_wake_words=words("google googl googel amazon echo computer"),
    # sounds of hesitation, drawn out too ("mm" alone may be millimetres)
    hesitation_sounds=words(
        """
        uh uhh uhhh uhm uhmm um umm ummm er err errr erm ehm hm hmm hmmm mmm mmmm ah ahh
        """
    ),
    discourse_openers=words("so well okay ok alright listen look anyway"),
    count_hedges=words("like"),
    noise_boundaries=words("and or but plus also then , ; : . ! ? … — – -"),
    work_nouns=words(
        """
        client clients deck invoice kpi memo minutes okr okrs presentation proposal report
        summary
        slide slides spreadsheet standup
        backlog bug bugs codebase deployment repo sprint
        retro retrospective scrum stand-up sync all-hands offsite webinar kickoff kick-off
        onboarding roadmap jira
        bmp cbc ekg ecg vitals
        """
    ),
    ambiguous_work_nouns=words("deck bug bugs slide slides"),
    handwork_verbs=words(
        """
        clean sweep stain wash mop scrub paint repaint hose vacuum hoover wipe dust sand
        varnish seal oil mow rake tidy polish
        """
    ),
    household_work_owners=words(
        """
        school homework class book science teacher plumber electrician contractor handyman
        landlord mechanic builder grandma grandpa granny nana
        """
    ),
    recipe_lemmas=words(
        "bake beat drizzle fry grease knead mix preheat saute sauté sift simmer stir whisk"
    ),
    label_lemmas=words(
        """
        apply reapply overfill dilute shake allow avoid discard consult store keep use
        ventilate massage lather dispose
        """
    ),
    cooking_lemmas=words(
        """
        blanch blend boil braise broil brown caramelise caramelize chill chop combine cook
        cool cube deglaze dice drain dust flip fold garnish grate grill heat julienne marinate
        mash melt mince parboil peel poach pour puree purée reduce rinse roast scramble season
        sear serve shred slice soak spread sprinkle steam strain stuff toast toss whip zest
        """
    ),
    recipe_frames=words("need needs needed remind remnd"),
    recipe_adding=words("add"),
    record_headings=words(
        "inventory stocktake stock-take chart rota tally ingredient ingredients recipe poll survey"
    ),
    poll_headings=words("poll survey"),
    dish_headings=words(
        """
        soup stew curry chili chilli lasagne lasagna casserole risotto bolognese goulash
        pancakes crumble
        """
    ),
    purchase_headings=words("shopping groceries grocery list buy buys to-buy"),
    dimension_words=words("height width length depth thickness diameter"),
    recipe_needs=(("you'll", "need"), ("you", "will", "need"), ("you", "need")),
    step_openers=words(", ; . : first then next so you"),
    chore_links=words("and &"),
    kitchen_measures=words(
        """
        cup cups tsp tsps tbsp tbsps tbs teaspoon teaspoons tablespoon tablespoons pinch dash
        clove cloves sprig sprigs splash dollop knob
        """
    ),
    taste_measures=words("taste"),
    taste_links=words("to"),
    membership_nouns=words(
        """
        group groups chat chats groupchat household workspace team admin admins administrator
        member members channel server account app
        party lobby squad clan guild friend friends
        """
    ),
    membership_links=words("to into as"),
    game_worlds=words("game minecraft fortnite roblox steam discord xbox playstation"),
    game_world_links=words("in on"),
    game_players=words("i'm im we're he's she's they're"),
    game_world_determiners=words("the my his her our their this that"),
    messengers=words("whatsapp telegram viber messenger"),
    sending_verbs=words("send sends forward fwd share"),
    sending_prepositions=words("with as about"),
    sent_contents=words(
        """
        text texts sms meme memes photo photos pic pics picture pictures screenshot
        screenshots link links gif gifs selfie selfies video videos voicenote location pin
        number list lists contact
        """
    ),
    reschedule_verbs=words("move push reschedule postpone shift bump"),
    reschedule_links=words("to till until"),
    reschedule_days=words(
        """
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
        thurs fri sat sun tomorrow tmrw tmr tonight today later next weekend week month year
        """
    ),
    marking_verbs=words("mark"),
    done_states=words("done complete completed finished"),
    reset_verbs=words("reset"),
    app_objects=words(
        """
        chart charts rota rotas list lists chores tasks points score scores leaderboard
        streak streaks app
        """
    ),
    closing_fillers=words("it them that those please pls plz"),
    writing_verbs=words("write draft compose"),
    composed_texts=words(
        """
        letter letters note notes complaint complaints reply response review apology speech
        essay essays
        """
    ),
    new_words=words("new another separate several multiple more"),
    made_lists=words("list lists chart rota"),
    list_making_verbs=words("make create start"),
    reassign_verbs=words("reassign reallocate"),
    handing_verbs=words("give hand pass transfer"),
    school_subjects=words(
        """
        maths math physics chemistry biology algebra geometry geography history science
        french spanish german latin
        """
    ),
    checking_verbs=words("check proofread"),
    checked_texts=words("essay essays dictation spelling grammar punctuation"),
    solving_verbs=words("solve"),
    solved_texts=words("equation equations sum sums"),
    homework_nouns=words("homework hw"),
    stand_in_phrases=(("for", "me"), ("instead", "of", "me")),
    show_verbs=words("show display"),
    show_closers=words("me us"),
    ability_questions=words("what how"),
    ability_addressees=words("you u"),
    ability_verbs=words("can could"),
    messenger_links=words("on via"),
    story_heads=words("told asked said wanted tried meant begged reminded went"),
    story_subjects=words("i he she we they"),
    request_reports=words("asked wanted begged"),
    busy_words=words("busy away"),
    story_imperatives=words("tell ask"),
    retake_words=words("some it them more again"),
    label_negations=words("not no"),
    suggestion_leads=words("let's lets let"),
    outcome_contrasts=words("but"),
    outcome_verbs=words("came brought bought showed"),
    void_verbs=words("found turned had"),
    past_frames=(
        ("used", "to"),
        ("last", "time"),
        ("as", "a", "kid"),
        ("as", "a", "child"),
        ("when", "i", "was", "a", "kid"),
        ("when", "i", "was", "little"),
        ("back", "then"),
        ("back", "in"),
        ("back", "when"),
        ("in", "college"),
        ("at", "uni"),
        ("at", "university"),
    ),
    # a habit gone by said with the contracted "would" after a past frame ("back then we'd buy
    # milk from the farm", "in college I'd buy ramen by the box")
    past_habit_subjects=words("i'd we'd he'd she'd they'd"),
    keep_verbs=words("keep keeps kept"),
    gerund_endings=("ing",),
    habit_adverbs=words("always usually normally generally"),
    habit_breakers=words("now henceforth hereafter forever permanently default automatically"),
    habit_phrases=(
        ("as", "usual"),
        ("like", "usual"),
        ("as", "always"),
        ("like", "always"),
        ("as", "per", "usual"),
    ),
    habit_span_leads=words("every"),
    habit_non_deeds=words("can could would might may want try"),
    reminder_report_links=words("that"),
    reminder_topic_links=words("of about"),
    reminder_report_skips=words("me us him her them everyone"),
    reminder_report_blocks=words("want wants wanted need needs please ensure make sure"),
    long_sayings=words("saying telling complaining nagging moaning harping banging"),
    long_saying_auxiliaries=words("been"),
    long_spans=words("years ages months forever decades"),
    next_time_marks=words("next"),
    next_time_phrases=(("next", "time"),),
    lesson_modals=words("should shouldn't ought better could"),
    next_time_whens=words(
        "you you're ur u someone somebody anyone anybody when whoever i'm i we're"
    ),
    habit_spans=words(
        "single other day days week weekend morning afternoon evening night month year"
        " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur"
        " thurs fri sat sun"
    ),
    joke_labels=words("meme memes joke"),
    copy_verbs=words("copied pasted copy-pasted copypasted"),
    copy_sources=words("from"),
    reminder_nouns=words("reminder"),
    subject_labels=words("subject"),
    prohibition_words=words("prohibited forbidden"),
    existential_heads=words("there there's theres"),
    existential_links=words("is are was were 's"),
    game_goods=words("v-bucks vbucks v-buck robux battlepass"),
    ambiguous_game_goods=words("skin skins"),
    goods_games=words(
        """
        knife knives awp ak ak47 ak-47 m4 m4a1 m4a4 deagle glock usp karambit csgo cs2 cs
        valorant fortnite minecraft roblox apex overwatch
        """
    ),
    goods_links=words("for on in"),
    route_verbs=words("navigate"),
    goods_fillers=words("a an some new another cool me us him her them"),
    feature_occasions=words("party parties birthday wedding shower celebration bbq barbecue"),
    joinees=words(
        """
        me us him her them myself bot assistant nan nana nanna granny grandad husband wife
        partner boyfriend girlfriend friend mate buddy pal bestie
        """
    ),
    joinee_determiners=words("my our your his her their"),
    social_list_nouns=words("friend friends"),
)

VOCABULARY = Vocabulary(
    text=TEXT,
    morphology=MORPHOLOGY,
    triggers=TRIGGERS,
    shopping=SHOPPING,
    tasks=TASKS,
    corridor=CORRIDOR,
    numbers=NUMBERS,
    units=UNITS,
    dates=DATES,
    open_world=OPEN_WORLD,
)

MESSAGES = MappingProxyType(
    {
        "q.text": "The command is empty. What should be done?",
        "q.intent": "I didn't understand what to do. I can add items to a shopping list or create a task.",
        "q.item.name": "What exactly should be bought?",
        "q.item.list_id": "Which list should the items go to: {options}?",
        "q.task.assignee_id": "“{name}” is not a household member. Who should do it: {options}?",
        "q.task.title": "What exactly should be done?",
        "q.task.due": "That date has already passed. When should the task be done?",
        "q.low_confidence": "I am not sure I understood. What should be done?",
        "q.capability": "The app does not allow this action right now ({action}). What should I do instead?",
        "opt.shopping": "Add a shopping item",
        "opt.task": "Create a task",
        "r.text_too_long": "The command is longer than {limit} characters.",
        "r.payment_not_supported": "Payments and money transfers are not supported.",
        "r.device_control_not_supported": "Smart-device control is not supported.",
        "r.foreign_household": "Only your own household's lists, tasks and members can be used.",
        "r.bulk_operation_not_supported": "Bulk changes and standing rules are not supported.",
        "r.capability_not_granted": "The app does not allow the action this command needs ({action}).",
        "ui.items": "Add to the list: {items}",
        "ui.task": "Create the task “{title}”",
        "ui.mixed": "Add {items} to the list and create the task “{title}”?",
        "ui.items_confirm": "Add to the list: {items}?",
        "why.mixed": "The command holds both shopping and a task, so it needs confirmation.",
        "why.several": "Several items without a job need confirmation.",
        "x.execute": "Recognised {what}.",
        "x.clarify": "Missing: {fields}.",
        "x.unsure": "Not acted on: the confidence {score} is below the minimum to act, {minimum}.",
        "x.unheard": "Not acted on: the wording scores {score} as a request the app serves, below the minimum {minimum}.",
        "x.reject": "Rejected: {code}.",
        "x.confirm": "Needs confirmation: {what}.",
        "w.items": "shopping ({count} {count:item|items})",
        "w.task": "a task",
    }
)

ENGLISH = Lexicon(code="en", script="", vocabulary=VOCABULARY, messages=MESSAGES)
