"""Russian: the words the rules read, the letters that mark the language, its sentences.

Verbs, nouns and adjectives are lemmas (every inflected form reaches its lemma through the
dictionary); prepositions, particles and the forms a matcher compares by spelling are listed
as typed. Examples of each group are the rows of ``tests/test_policy_rules.py`` and
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
    TaskWords,
    TextWords,
    TriggerWords,
    UnitWords,
    Vocabulary,
)
from policy_core.lang._loanwords import CYRILLIC_DEVICE_NOUNS, CYRILLIC_OPENABLE

__all__ = ["RUSSIAN"]

# How a Russian first name is written in Latin letters: passport, BGN and chat spellings
# ("Маша" Masha, "Петя" Petya/Petia/Petja, "Юля" Yulya/Julia, "Женя" Zhenya/Jenya).
# the endings of a possessive adjective made from a first name: "Олиной", "Петиных", "Васин"
_NAME_POSSESSIVE_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        words(
            """
            ин ина ино ины ину иной иною иного иному иным иных иными
            ын ына ыно ыны ыну ыной ыною ыного ыному ыным ыных ыными
            """
        )
    )
)


_ROMAN = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",),
    "ё": ("yo", "e"), "ж": ("zh", "j"), "з": ("z",), "и": ("i",), "й": ("y", "i", "j"),
    "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",),
    "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"),
    "ц": ("ts", "c"), "ч": ("ch",), "ш": ("sh",), "щ": ("sch", "shch"), "ъ": ("",),
    "ы": ("y",), "ь": ("",), "э": ("e",), "ю": ("yu", "iu", "ju"), "я": ("ya", "ia", "ja"),
    "ия": ("iya", "ia"), "ий": ("iy", "y", "ii"), "кс": ("ks", "x"), "^е": ("ye", "e"),
}  # fmt: skip

# Russian typed in Latin letters, as chats, phones without a Cyrillic layout and passport
# habits write it ("kupi moloko i yaytsa", "vkluchi svet", "shchi", "chaj", "sjest'"): each
# Latin letter or group with the Cyrillic letters it stands for, likeliest first; a word is
# read as the first spelling the dictionary knows; a consonant may stand for itself with the
# soft sign chats leave out ("tolko" только, "sol" соль); "$" marks a word's last letter
# (a final "t" is likelier an infinitive's "ть": "nado kupit" надо купить); "$" alone: a
# sign dropped after the last letter where it makes an imperative ("postav" поставь); "^"
# marks a word's first letters (no Russian word starts with "ет": "eti" эти, "eto" это).
_TRANSLIT = {
    "a": ("а",), "b": ("б", "бь"), "v": ("в", "вь"), "w": ("в", "ш"), "g": ("г",),
    "d": ("д", "дь"), "e": ("е", "э"), "yo": ("ё", "йо"), "jo": ("ё", "йо"),
    "zh": ("ж", "жь"), "z": ("з", "зь"), "i": ("и", "й", "ы"), "j": ("й", "ж"),
    "y": ("ы", "й", "и"), "k": ("к",), "l": ("л", "ль"), "m": ("м", "мь"), "n": ("н", "нь"),
    "o": ("о",), "p": ("п", "пь"), "r": ("р", "рь"), "s": ("с", "сь"), "t": ("т", "ть"),
    "u": ("у", "ю"), "f": ("ф", "фь"), "ph": ("ф",), "h": ("х",), "kh": ("х",),
    "x": ("кс", "х"), "c": ("ц", "к"), "ts": ("ц", "тс", "ть"), "tz": ("ц",),
    "ch": ("ч", "чь"), "sh": ("ш", "сх", "шь", "щ"), "sch": ("щ", "ш"), "shch": ("щ",),
    "shh": ("щ",),
    "ya": ("я", "ья", "ыа"), "ja": ("я",), "ia": ("я", "ия"), "yu": ("ю", "ью"),
    "ju": ("ю",), "iu": ("ю", "ию"), "ye": ("е", "ье", "ые"), "je": ("е",),
    "yi": ("ый", "ий", "ы"), "iy": ("ий", "ый"), "ij": ("ий",), "yj": ("ый",),
    "q": ("к",), "'": ("ь", "ъ"), "`": ("ь",), "-": ("-",), "t$": ("ть", "т"),
    "$": ("ь",), "^et": ("эт", "ет"),
}  # fmt: skip
# After a consonant "ye" and "je" are likelier "ье" than "е" ("varenye" варенье, "platje"
# платье; "варене", "плате" are words too, and so were read first): each consonant with
# either, its spellings with "ье" first, then "е", then "ые" ("novye" новые).
_TRANSLIT |= {
    consonant + ye: tuple(
        dict.fromkeys(spelt + e for e in ("ье", "е", "ые") for spelt in _TRANSLIT[consonant])
    )
    for consonant in ("b", "v", "d", "z", "l", "m", "n", "p", "r", "s", "t", "f")
    for ye in ("ye", "je")
}

# Short words typed in Latin letters that read as Russian in a translit text though
# English has the spelling too ("do" до, "no" но, "my" мы): ``TextWords.translit_function_words``.
_TRANSLIT_FUNCTION_WORDS = """
    a i u v k s o ob na po do ne ni no to so ko za iz ot pod nad pro bez dlya pri
    ya ty on my vy im ee eyo ih da net uzh li by zhe tak kak vse vsyo eto tam tut
"""

# Full and short forms of Russian first names (a fond form from "fond_endings" aside).
_NAME_FORMS = """
    александр саша шура санек саня санька сашок сашуля | александра саша шура
    | алексей леша алеша лешка леха алешка | анастасия настя настена настюша | анатолий толя
    | андрей андрюша | анна аня анюта нюра нюша аннушка анютка | антонина тоня | артем тема
    | борис боря | валентин валя | валентина валя | валерий валера | варвара варя | василий вася
    | вера верочка | виктор витя | виктория вика | виталий виталик | владимир вова володя
    | владислав влад владик | вячеслав слава | галина галя | георгий гоша жора | григорий гриша
    | дарья даша | денис дениска | дмитрий дима митя димон митька димуля | евгений женя
    | евгения женя | екатерина катя катюша катенька катюха | елена лена аленка ленусик
    | елизавета лиза | иван ваня ванюша ванечка ванька | игорь игорек | илья илюша | ирина ира
    | кирилл киря | константин костя | кристина кристи | ксения ксюша | лариса лара
    | леонид леня | лидия лида | любовь люба | людмила люда мила | маргарита рита
    | мария маша маня машуня мариша машуля | максим макс | михаил миша мишаня мишутка
    | надежда надя | наталья наташа | наталия наташа | никита никитка | николай коля
    | ольга оля оленька олечка | павел паша | петр петя петруша петенька петюня петька
    | полина поля | роман рома | светлана света | семен сема | сергей сережа серега сережка
    | софья соня | софия соня | станислав стас | степан степа | тамара тома
    | татьяна таня танюша танечка | тимофей тима | ульяна уля | федор федя
    | юлия юля юленька юлечка | юрий юра | яков яша | ярослав ярик
    | олег олежка олежек | вадим вадик | глеб глебушка | егор егорка | матвей мотя
    | арсений арсюша сеня | тимур тимурка | антон антоша | геннадий гена | эдуард эдик
    | руслан руся | нина нинуля | зоя зоенька | алла аллочка | оксана оксанка | марина маринка
"""

# The rooms of a home in Russian and English (a zone named in one language, said in the
# other); phrases separated by "|", rooms by ";".
_ROOMS = """
    кухня | kitchen; ванная | ванная комната | bathroom | bath room; туалет | уборная | toilet
    | loo | wc | restroom; гостиная | зал | living room | lounge | sitting room | front room;
    спальня | bedroom; детская | детская комната | kids room | kids' room | nursery
    | playroom; прихожая | коридор | hall | hallway | entrance; балкон | лоджия | balcony;
    гараж | garage; сад | огород | garden | yard; двор | yard | backyard; чердак | attic
    | loft; подвал | погреб | basement | cellar; кладовка | кладовая | pantry | storeroom
    | closet; кабинет | study | office; столовая | dining room; прачечная | laundry
    | laundry room | utility room; терраса | веранда | terrace | patio | porch;
    сарай | shed; дача | cottage | country house; гардеробная | wardrobe | walk-in closet
"""

TEXT = TextWords(
    # Latin letters and digits written for Cyrillic ones inside a Russian word ("хлe6",
    # "Kупить", "к0лбаса", "cметана")
    lookalikes=MappingProxyType(
        dict(zip("aceopxykABCEHKMOPTXY036", "асеорхукАВСЕНКМОРТХУозб", strict=True))
    ),
    lookalike_script="[а-яёА-ЯЁ]",
    folds=(("ё", "е"), ("’", "'")),
    room_names=tuple(
        frozenset(" ".join(phrase.split()) for phrase in room.split("|"))
        for room in _ROOMS.split(";")
    ),
    letter_spellings=MappingProxyType(_ROMAN),
    translit_letters=MappingProxyType(_TRANSLIT),
    translit_function_words=frozenset(_TRANSLIT_FUNCTION_WORDS.split()),
    name_forms=tuple(frozenset(group.split()) for group in _NAME_FORMS.split("|")),
    fond_endings=MappingProxyType(
        {
            "а": ("ка", "енька", "очка", "уля", "уня", "уся", "ушка"),
            "я": ("ька", "енька", "ечка", "юша", "юшка", "юня"),
        }
    ),
    spoken_marks=MappingProxyType(
        {
            "запятая": ",",
            "точка с запятой": ";",
            "двоеточие": ":",
            "вопросительный знак": "?",
            "восклицательный знак": "!",
            "абзац": "\n",
            "новая строка": "\n",
            "с новой строки": "\n",
            "новый абзац": "\n",
        }
    ),
    spoken_stops=MappingProxyType({"точка": "."}),
    stop_followers=words("и а ещё еще также плюс потом купи добавь запиши возьми"),
    hyphen_prefixes=words("по"),
    letter_words=words("а в и к о с у я"),
    stop_abbreviations=words(
        "ул пр просп пер пл наб бул обл пос дер мкр корп кв стр эт каб тел им св ст тов"
        " проф акад доц зав зам нач ген см напр табл гл изд тыс млн млрд"
        " ед изм гос юр физ эл жд доп спец рус англ лит яз мат дет жен"
        # the stubs of a product's adjective that are words too (a stub no word of its own,
        # "раст", "хоз", "сгущ", the dictionary tells: ``Morphology.is_stub``)
        " мед зуб слив мол вар спорт коп муж"
    ),
    stop_domains=words("рф рус ру"),
)

# Typos spelled as pronounced: unstressed vowels, voiced and voiceless consonants, and a
# "щ" typed as the "ш" beside it ("шетка"); each value holds every letter put for the key.
_SWAPS = {
    "а": "о", "о": "а", "е": "и", "и": "е", "я": "е", "ё": "о", "п": "б", "б": "п",
    "ф": "в", "в": "ф", "т": "д", "д": "т", "с": "з", "з": "с", "ш": "жщ", "ж": "ш",
    "к": "г", "г": "к", "ы": "и",
}  # fmt: skip


def _declined(nominatives: str) -> frozenset[str]:
    """Indeclinable-looking loanwords with the case endings people give them anyway: a
    consonant takes "а у ом е ы ов", a final "а" gives way to "ы и у ой е" ("киндера",
    "нутеллу")."""
    forms: set[str] = set()
    for word in nominatives.split():
        forms.add(word)
        if word.endswith("а"):
            forms.update(word[:-1] + ending for ending in ("ы", "и", "у", "ой", "е"))
        elif word[-1] not in "аеиоуыэюя":
            forms.update(word + ending for ending in ("а", "у", "ом", "е", "ы", "ов"))
    return frozenset(forms)


MORPHOLOGY = MorphologyWords(
    dictionary_letters="[а-я]",
    speller_swaps=MappingProxyType(_SWAPS),
    speller_doubled=frozenset("нслмрткп"),
    speller_keeps=words(
        """
        плиз плизз пжлст пжлста
        затарься затарьтесь затаривайся затаривайтесь пачечка пачечки пачечку пачечек
        тенге тэнге сомони дирхам дирхамы дирхамов шекелей сумов
        лайт зеро
        скип скипни скипните скипнуть скипай скипайте некстни некстните
        """
    ),
    # a sound spelt as heard: "тс" said "ц" ("децкой"), the soft sign of "-ться" lost or
    # added ("убратся", "моеться")
    speller_sounds=(("ц", "тс"), ("ц", "дс"), ("тся", "ться"), ("ться", "тся")),
    # what a command most often asks, one letter away ("купть", "убрть"); the products too
    speller_verbs=words(
        """
        купить взять добавить записать заказать напомнить убрать убраться помыть вымыть
        вынести приготовить постирать погладить пропылесосить полить почистить
        """
    ),
    speller_letters="абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    speller_keyboard=("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"),
    speller_vowels="аеёиоуыэюяьъй",
    imperative_particles=("-ка",),
    imperative_tags=frozenset({"impr", "excl", "sing"}),
    imperative_first=words("поручи"),
    indeclinable=words(
        """
        тахини кимчи чиа асаи моти терияки песто каркаде хачапури мерло латте капучино эспрессо
        лабане бисли
        тофу тирамису фондю суши понзу
        """
    ),
    item_verbs=words("купить взять добавить записать докупить прикупить захватить прихватить"),
    item_joiners=words("и"),
    borrowed_kept="оеёиэ",
    borrowed_known_partitives=("у",),
    borrowed_indeclinable_endings=("ацу", "дзу"),
    borrowed_accusatives=(("ю", "я"), ("у", "а")),
    borrowed_named="ая",
    # Russian spelling writes "и", never "ы", after these: an "-и" here is a Russian ending
    borrowed_russian_plural=(*(letter + "и" for letter in "кгхжшчщ"), "ьи"),
    borrowed_genitive_plural=("ов", "ев", "ёв", "ей", "ек", "ок"),
    borrowed_plural=("ы", "и"),
    shorthands=MappingProxyType(
        {
            **dict.fromkeys(("щас", "щаз", "ща", "щя", "счас", "сщас"), "сейчас"),
            "завтре": "завтра",  # dialect ("… отнесёт, завтре с утра")
            # a day word typed short or by ear ("помой ванночку завтр"); no "завтрак"
            **dict.fromkeys(("завтр", "завтро", "зафтра", "зафтро"), "завтра"),
            **dict.fromkeys(("послезавтр", "послезафтра"), "послезавтра"),
            "пущай": "пусть",  # dialect ("Снег отгрести, пущай Петя"), not "пущать"'s imperative
            # chat's fused indefinites ("купи чтонить", "чёнить к чаю"): "что-нибудь"
            **dict.fromkeys(("чтонить", "чтонебудь", "чёнить", "ченить", "чонить"), "что-нибудь"),
            **dict.fromkeys(("чегонить", "чегонибудь", "чегонебудь"), "чего-нибудь"),
            **dict.fromkeys(
                (
                    "плз",
                    "плиз",
                    "плизз",
                    "плс",
                    "пж",
                    "пжл",
                    "пжлст",
                    "пжлста",
                    "пжста",
                    "пжалста",
                    "пожалуста",
                    "пожалста",
                    "позязя",
                ),
                "пожалуйста",
            ),
            **dict.fromkeys(("спс", "пасиб", "пасибо", "спасиб", "спасибки", "сяп"), "спасибо"),
            **dict.fromkeys(("седня", "сёдня", "сення", "сегодн"), "сегодня"),
            **dict.fromkeys(("ваще", "ващще", "воще"), "вообще"),
            # no "тока" (a case of "ток") nor "оч": a product's name as often ("купи оч")
            **dict.fromkeys(("токо", "тольк"), "только"),
            **dict.fromkeys(("кст", "кстат"), "кстати"),
        }
    ),
    speller_loanwords=_declined(
        """
        пантон киндер нутелла несквик хайнц данон активиа фанта спрайт пепси сникерс твикс баунти
        бамба
        милка рафаэлло ферреро орбит дирол нескафе якобс лавацца липтон гринфилд ахмад
        принглс лейс читос доширак роллтон мивина хохланд виола коркунов фрутоняня агуша
        памперс хаггис либеро мерриес фейри ариэль тайд персил ленор ваниш доместос комет
        пемолюкс санокс финиш калгон колгейт блендамед сплат пантин гарньер нивея рексона
        жиллетт тампакс олвейз клинекс зева папия лоск миф бимакс сорти фрутис вискас феликс
        педигри шеба гурмэ фрискис чаппи китекэт пурина акана монтана ламбер президент
        келин шубат кумыс баурсак баурсаки казы курт иримшик талкан жент катык эчпочмак
        самса лагман кызым балам апа апай ата тате айран тан
        нурофен ибуклин терафлю колдрекс стрепсилс фарингосепт лизобакт називин отривин
        нафтизин тантум гексорал мирамистин хлоргексидин смекта энтеросгель полисорб регидрон
        линекс бифиформ аквамарис аквалор пантенол бепантен фенистил зиртек супрастин эриус
        кларитин нимесил найз кеторол пенталгин цитрамон арбидол кагоцел ингавирин виферон
        анаферон эргоферон мезим фестал омепразол ренни гевискон алмагель маалокс аспаркам
        корвалол валокордин афобазол персен новопассит компливит супрадин аквадетрим вигантол
        мукалтин амбробене лазолван флуимуцил синупрет эреспал пектусин гербион проспан
        спрей стик степлер рукола снек худи корега щербет
        """
    ),
)

# Units: masculine and feminine measure words inflect regularly; their forms are generated.
_HARD = frozenset("кгхжшчщ")  # Russian spelling: "и", never "ы", after these letters
_MASCULINE = (  # unit, nominative, stem when the vowel drops ("мешок" → "мешка")
    ("kg", "килограмм", ""), ("g", "грамм", ""), ("l", "литр", ""), ("ml", "миллилитр", ""),
    ("bag", "пакет", ""), ("bag", "пакетик", ""), ("bag", "мешок", "мешк"),
    ("box", "ящик", ""), ("bottle", "флакон", ""), ("pound", "фунт", ""),
    ("пучок", "пучок", "пучк"), ("кусок", "кусок", "куск"), ("зубчик", "зубчик", ""),
    ("стакан", "стакан", ""), ("рулон", "рулон", ""), ("тюбик", "тюбик", ""),
    ("кочан", "кочан", ""), ("лоток", "лоток", "лотк"),
    ("kg", "килограммчик", ""), ("bag", "мешочек", "мешочк"), ("bag", "кулек", "кульк"),
    ("bottle", "флакончик", ""), ("bottle", "пузырек", "пузырьк"), ("box", "ящичек", "ящичк"),
    ("кусочек", "кусочек", "кусочк"), ("ломтик", "ломтик", ""), ("брикет", "брикет", ""),
    ("стаканчик", "стаканчик", ""), ("рулончик", "рулончик", ""), ("моток", "моток", "мотк"),
    ("клубок", "клубок", "клубк"),
    ("бидон", "бидон", ""), ("метр", "метр", ""), ("пучочек", "пучочек", "пучочк"),
    ("кочан", "кочанчик", ""), ("bag", "кулечек", "кулечк"), ("тюбик", "тюбичек", "тюбичк"),
    ("бидон", "бидончик", ""), ("bag", "пакетище", ""),
)  # fmt: skip
_FEMININE = (  # unit, stem, genitive plural
    ("pcs", "штук", "штук"), ("pcs", "штучк", "штучек"), ("pack", "пачк", "пачек"),
    ("pack", "упаковк", "упаковок"), ("bottle", "бутылк", "бутылок"),
    ("bottle", "бутылочк", "бутылочек"), ("can", "банк", "банок"), ("can", "баночк", "баночек"),
    ("loaf", "буханк", "буханок"), ("box", "коробк", "коробок"),
    ("box", "коробочк", "коробочек"), ("головка", "головк", "головок"),
    ("ложка", "ложк", "ложек"), ("сетка", "сетк", "сеток"), ("плитка", "плитк", "плиток"),
    ("связка", "связк", "связок"),
    ("pack", "пачечк", "пачечек"), ("pack", "упаковочк", "упаковочек"),
    ("loaf", "буханочк", "буханочек"), ("палка", "палк", "палок"), ("долька", "дольк", "долек"),
    ("катушка", "катушк", "катушек"), ("канистра", "канистр", "канистр"),
    ("головка", "головочк", "головочек"),
    ("l", "литрушк", "литрушек"), ("l", "литровк", "литровок"), ("сетка", "сеточк", "сеточек"),
    ("связка", "связочк", "связочек"), ("плитка", "плиточк", "плиточек"),
    ("палка", "палочк", "палочек"), ("долька", "долечк", "долечек"),
)  # fmt: skip
# Measure words of other declensions, every form written out.
_OTHER_UNITS = (
    ("bottle", "бутыль бутыли бутылью бутылей бутылям бутылями бутылях"),
    ("ведро", "ведро ведра ведру ведром ведре ведер ведрам ведрами ведрах"),
)
# Written short on a note or a price tag, with a number and often a dot ("творог 2 пач.",
# "вода 6 бут.", "бумага 12 рул.", "чеснок 2 гол."): the unit, or a measure word's own form.
_ABBREVIATIONS = {
    "кг": "kg", "г": "g", "гр": "g", "грм": "g", "л": "l", "лит": "l", "мл": "ml",
    "шт": "pcs", "штк": "pcs", "уп": "pack", "упак": "pack", "пач": "pack", "бут": "bottle",
    "фл": "bottle", "бан": "can", "кор": "box", "меш": "bag", "пак": "bag",
    "бух": "loaf", "рул": "рулон", "гол": "головка", "пуч": "пучок", "кус": "кусок",
    "тюб": "тюбик", "пл": "плитка",
}  # fmt: skip


def _unit_forms() -> tuple[dict[str, str], frozenset[str]]:
    """Every form of every measure word, and the singular forms that may mean "one"."""
    forms: dict[str, str] = {}
    singular: set[str] = set()
    for unit, nominative, dropped in _MASCULINE:
        stem = dropped or nominative
        plural = "и" if stem[-1] in _HARD else "ы"
        endings = ("а", "у", "ом", "е", plural, "ов", "ам", "ами", "ах")
        forms.update(dict.fromkeys((nominative, *(stem + e for e in endings)), unit))
        singular.add(nominative)
    for unit, stem, genitive_plural in _FEMININE:
        plural = "и" if stem[-1] in _HARD else "ы"
        endings = ("а", plural, "е", "у", "ой", "ою", "ам", "ами", "ах")
        forms.update(dict.fromkeys((genitive_plural, *(stem + e for e in endings)), unit))
        singular.update((stem + "а", stem + "у"))
    for unit, spelled in _OTHER_UNITS:
        spellings = spelled.split()
        forms.update(dict.fromkeys(spellings, unit))
        singular.add(spellings[0])
    forms.update({"кило": "kg", **_ABBREVIATIONS})
    return forms, frozenset(singular | {"кило"})


_UNIT_FORMS, _ONE_FORMS = _unit_forms()
# The days of a month as ordinals in the genitive ("двадцатого марта"), from the first.
_DAY_ORDINALS = (
    "первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого",
    "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого",
    "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого",
    "девятнадцатого", "двадцатого",
)  # fmt: skip


# "по пути домой", "по дороге с работы", "на обратном пути": where a purchase is made on a
# journey, no part of any item
_ROUTE_PHRASES = tuple(
    (*way, *end)
    for way in phrases("по пути | по дороге | на обратном пути | на обратной дороге")
    for end in phrases(
        """
        домой | назад | обратно | с работы | со школы | из школы | с учёбы | с тренировки |
        на работу | в школу | к нам | ко мне
        """
    )
) + phrases("по пути | на обратном пути | на обратной дороге")


# "купи после смены хлеб", "возьми перед тренировкой воду": when the errand is run, before or
# after the day's work, study or a meal; no part of any item ("крем после загара" keeps its own)
_ERRAND_TIMES = tuple(
    (preposition, event)
    for preposition, events in (
        (
            "после",
            "работы смены школы учёбы тренировки пар занятий садика универа института обеда ужина",
        ),
        (
            "перед",
            "работой сменой школой учёбой тренировкой парами занятиями садиком обедом ужином",
        ),
    )
    for event in events.split()
)


TRIGGERS = TriggerWords(
    shop_verbs=words(
        """
        взять докупить заказать закупить закупиться захватить купить покупать прикупить
        прихватить скупиться
        приобрести затариться отовариться раздобыть
        бери берите докупай докупайте заказывай заказывайте закупай закупайте закупайся
        закупайтесь захватывай захватывайте прикупай прикупайте прихватывай прихватывайте
        приобретай приобретайте затаривайся затаривайтесь отоваривайся отоваривайтесь
        """
    ),
    soft_shop_verbs=words("взять"),
    vague_objects=words(
        "что-нибудь чего-нибудь что-то чего-то кое-что все то это штуку штуковину штучку"
    ),
    # (a run-out's verb heads or closes its report too: "зактнчился шампунь", "кончилсь соль")
    head_spellings=words(
        """
        возьми добавь закажи закинь запиши купи напомни включи выключи
        закончился закончилась закончилось закончились кончился кончилась кончилось кончились
        """
    ),
    person_taking_verbs=words("взять"),
    add_verbs=words(
        """
        внести добавить закинуть занести записать кинуть поставить
        вписать дописать накидать вбить черкнуть
        скинь скиньте вкинь вкиньте забей забейте подкинь подкиньте докинь докиньте вставь
        вставьте
        вноси вносите добавляй добавляйте закидывай закидывайте заноси заносите записывай
        записывайте кидай кидайте вписывай вписывайте дописывай дописывайте накидывай
        накидывайте
        включи включите
        """
    ),
    # "включи" adds only into a list said in its clause ("включи в список покупок молоко");
    # elsewhere it switches a device (read by the corridor first)
    list_only_add_verbs=words(
        """
        поставить поставь поставьте скинь скиньте вкинь вкиньте забей забейте подкинь
        подкиньте докинь докиньте вставь вставьте включи включите
        """
    ),
    fetch_verbs=words(
        """
        сходить сбегать сгонять сбегать слетать съездить смотаться сгонять метнуться
        заскочить забежать зайти заехать выскочить скататься
        """
    ),
    fetch_links=words("за"),
    appointment_verbs=words("записать"),
    appointment_links=words("к на"),
    list_writing_verbs=words("записать вписать дописать внести добавить черкнуть вбить"),
    list_marks=words(": - — –"),
    list_last_marks=words(","),
    list_last_tail=words(
        "срочно срочняк обязательно побыстрее поскорее скорее пожалуйста плиз плз пж пжл пжлст спасибо спс"
    ),
    list_words=words("корзина перечень покупка список"),
    list_phrase_preps=words("в во"),  # "кола в список", "сыр в покупки": where it goes
    need_words=words("надо нужно нужный"),
    told_pronouns=words("ему ей им нему ней ним"),
    # adverbs of addition, urgency and repetition said between a need and its object
    need_adverbs=words(
        """
        ещё еще ещо исчо тоже также дополнительно добавочно срочно срочняк обязательно
        непременно позарез кровь-из-носу опять снова вновь прямо прям очень ой-как
        """
    ),
    purpose_markers=words("чтобы чтоб"),
    place_prepositions=words("в во на под"),
    errand_prepositions=words("в во к ко от у из"),
    carrying_verbs=words(
        """
        занести закинуть кинуть подкинуть забросить завезти занеси занесите заноси заносите
        закинь закиньте закидывай закидывайте кинь киньте кидай кидайте подкинь подкиньте
        забрось забросьте завези завезите
        """
    ),
    errand_places=words(
        """
        химчистка прачечная стирка стиралка стиральная ремонт мастерская мастер ателье
        обувная сапожник починка сервис автосервис шиномонтаж почта почтамат постамат пункт
        пвз отделение сосед соседка соседи бабушка дедушка бабуля дедуля тётя тетя дядя
        свекровь тёща теща кума кум крёстная няня школа садик сад детсад гимназия секция
        офис работа подвал кладовка кладовая чулан погреб подпол сарай дача багажник машина
        гараж балкон лоджия мусорка помойка контейнер переработка библиотека аптека
        поликлиника больница ветеринар ветклиника стирку ремонту прачечную прачечной
        химчистку химчистки мастерскую мастерской стиралку стиральную
        сушилка сушилку сушильная сушильную драйер посудомойка посудомойку посудомоечная
        посудомоечную
        """
    ),
    dish_targets=words(
        """
        фарш тесто суп бульон борщ щи солянка рассольник уха каша соус подлива заправка
        маринад салат винегрет начинка крем глазурь смесь омлет рагу жаркое плов ризотто
        паста пюре запеканка пирог тушёнка кастрюля кастрюлька сковорода сковородка миска
        чаша блендер вок противень форма духовка мультиварка чай кофе какао
        компот коктейль смузи вода
        ответ реплика сообщение текст письмо пост подпись комментарий стих стихотворение
        """
    ),
    mixing_prepositions=words("в во"),
    step_breaks=words(". ; : ! ? - – — а но затем потом"),
    duty_heads=words(
        """
        посуда мусор уборка стирка глажка готовка ужин обед завтрак полив лоток
        пылесосить дежурство
        """
    ),
    duty_phrases=phrases("на тебе | с тебя | за тобой | на вас | с вас | за вами"),
    inform_verbs=words(
        """
        довести доводить сообщить сообщать уведомить уведомлять информировать
        проинформировать известить извещать поставить ставить
        """
    ),
    conditional_particles=words("бы б"),
    speaker_words=words("я мы"),
    need_subjects=words("мне нам тебе вам"),
    remark_verbs=words(
        """
        поговорить поболтать побеседовать обсудить признаться увидеть услышать отдохнуть
        поспать выспаться успокоиться расслабиться подумать
        """
    ),
    leaving_verbs=words("бежать побежать идти пойти уйти уходить убегать ехать поехать уехать"),
    destination_words=words("в во на к ко за"),
    talk_prepositions=words("с со"),
    talk_partners=words("тобой вами мной нами"),
    wish_words=words("хочу хотим хотела хотел хотели хочется хотелось"),
    wish_onsets=words("начать начинать"),
    sequence_adverbs=words("теперь потом затем"),
    wish_listeners=words("ты вы тебе вам"),
    # a need or a wish, or a word of telling, framing "чтобы" and the deed in the past
    purpose_frames=words(
        "надо надобно нужно необходимо передать попросить сказать напомнить хотеть хотеться"
    ),
    out_of_words=words("заканчиваться закончиться кончаться кончиться"),
    ended_periods=words(
        """
        фильм кино сериал серия мультик урок уроки занятие пара школа лето зима весна осень
        каникулы отпуск больничный гарантия смена сезон выходные праздник праздники концерт
        матч игра тренировка кружок спектакль передача четверть семестр срок акция подписка
        собрание совещание встреча вечеринка
        """
    ),
    ended_period_particles=words("уже опять снова наконец всё все же"),
    # whose stock ran out, if not the household's ("у соседки кончилась картошка", "в игре
    # закончились жизни", "на работе кончилась бумага"); shops are ShoppingWords.shops
    out_of_outside_places=words("работа офис переговорка переговорке садик школа игра столовая"),
    out_of_outsiders=words("сосед соседка соседи коллега"),
    out_of_place_preps=words("в во на"),
    out_of_holder_links=words("у"),
    out_of_place_qualifiers=words("офисный рабочий школьный"),
    out_of_home_words=words("дома нас"),
    out_of_place_comparisons=words("как"),
    out_of_tell_verbs=words("сказать сообщить передать написать позвонить"),
    out_of_presences=words("я ты он она мы вы они"),
    recurring_adverbs=words("вечно всегда постоянно обычно каждый каждую каждое каждые каждым"),
    run_out_conditions=words("если когда ежели коли"),
    restock_recurrences=words("всегда каждый"),
    past_span_mods=words("прошлом прошлых прошлые прошлого"),
    past_spans=words("месяц месяце выходные выходных выходной год году"),
    ago_words=words("назад"),
    remind_verbs=words("напоминать напомни напомнить"),
    delegate_verbs=words("попросить поручить"),
    asked_listeners=words("вас тебя"),
    told_wish_lemmas=words("хотеть собираться планировать мечтать"),
    place_adverbs=words("туда сюда"),
    count_units=words("лоток лотка лотков лотки лотке лотком"),
    let_words=words("пусть"),
    recipient_verbs=words(
        """
        дать отдать передать принести отнести отвезти привезти занести завезти довезти
        подвезти купить подарить показать позвонить написать помочь отправить послать налить
        вернуть одолжить сказать напомнить объяснить прочитать рассказать испечь приготовить
        сварить пожарить испечь погладить постирать зашить пришить собрать сделать заказать
        оставить положить взять забрать
        """
    ),
    doer_last_verbs=words(
        """
        мыть помыть вымыть перемыть протереть вытереть подмести вымести пропылесосить
        убрать прибрать вынести выбросить выкинуть простерилизовать засолить закатать
        замариновать полить поливать
        разморозить прополоть покосить скосить покрасить починить
        отремонтировать повесить перевесить разобрать вывезти выгулять покормить
        """
    ),
    assign_heads=words(
        """
        поручить передать доверить перепоручить поручи поручите передай передайте доверь
        доверьте перепоручи перепоручите
        """
    ),
    schedule_verbs=words("запланировать"),
    chore_nouns=words(
        """
        уборка генуборка генеральная мытьё мытье стирка глажка готовка полив выгул кормёжка
        кормежка дежурство вынос чистка покраска починка ремонт прополка
        поливка прогулка развозка отвоз привоз забор
        """
    ),
    task_nouns=words(
        """
        дело задача задачу задачка напоминалка напоминание напоминалочка поручение таска таск
        тасочка тасочку тудушка тудушку туду
        """
    ),
    create_verbs=words(
        """
        завести поставить сделать создать засетапить сетапнуть сетапни запилить накинуть
        зафиксировать
        """
    ),
    supply_verbs=words("закрыть открыть"),
    supplies=words("вода газ вентиль стояк отопление"),
    non_task_verbs=words(
        """
        быть думать закрыть знать мочь найти объяснить ответить открыть погуглить подсказать
        показать помнить понимать послушать посчитать рассказать сказать слушать смотреть спеть
        узнать хотеть являться
        вернуться задержаться опоздать приехать прийти прилететь уехать
        отстать отвязаться отцепиться успокоиться угомониться уняться утихнуть притихнуть
        замолчать замолкнуть помолчать заткнуться перестать прекратить переставать прекращать
        помириться мириться извиниться извиняться простить извинить
        слушаться послушаться беситься баловаться
        капризничать вредничать драться подраться ссориться поссориться кричать орать
        обижать дразнить толкаться кусаться ныть хныкать реветь
        """
    ),
    meal_verbs=words(
        "ужинать поужинать обедать пообедать завтракать позавтракать полдничать кушать покушать"
        " есть поесть"
    ),
    momentary_verbs=words(
        """
        сесть садиться сидеть встать вставать лечь ложиться пристегнуться пристегнуть
        отстегнуться поторопиться торопиться поспешить спешить спуститься спускаться
        подняться подниматься слезть слезать подвинуться повернуться обернуться одеться
        одеваться обуться обуваться разуться разуваться раздеться повзрослеть взрослеть
        спать поспать уснуть заснуть засыпать поторапливаться шевелиться пошевеливаться
        надеть надевать подождать ждать проснуться просыпаться
        """
    ),
    # the one spoken to called here, to the speaker ("иди сюда", "подойди ко мне")
    momentary_phrasals=frozenset(
        (verb, where)
        for verb in ("иди", "идите", "подойди", "подойдите", "иди-ка", "подойди-ка")
        for where in ("сюда", "ко")
    ),
    handing_verbs=words("дать отдать передать подать вернуть"),
    calling_verbs=words("набрать позвонить перезвонить звякнуть брякнуть"),
    phone_verbs=words("взять забрать положить убрать отложить"),
    phone_nouns=words("трубка телефон мобильник мобила смартфон планшет"),
    phone_determiners=words("мой свой твой этот"),
    recording_verbs=words("записать записывать"),
    recordings=words(
        "голосовое голосовой голосовуха аудио аудиосообщение видео видеосообщение кружок кружочек"
    ),
    lookup_verbs=words("проверить посмотреть глянуть узнать"),
    lookup_objects=words("оценка отметка балл баланс остаток статус погода прогноз курс"),
    visit_verbs=words("зайти заходить войти залезть"),
    online_places=words(
        """
        электронный госуслуги госуслуга интернет аккаунт профиль личный мессенджер телеграм
        телеграмм вотсап ватсап whatsapp telegram вконтакте чат
        """
    ),
    people=words("бабушка дедушка дети дочь мама папа ребенок сын"),
    joiners=words("& , . : ; а затем и потом"),
    consequence_joiners=words("поэтому потому следовательно значит"),
    out_of_idiom_ends=words("в во на у"),  # mixed: "кофе out of stock на озоне"
    consequence_pairs=frozenset({("так", "что"), ("вот", "и")}),
    label_marks=words(":"),
    transparent=words("завтра сегодня"),
    asked_subjects=words("ты вы"),
    resignation_words=words("ладно забей забейте проехали неважно отбой передумал передумала"),
    resigned_after_negation=words("надо нужно"),
    # a preposition of time or place opening a phrase before an English chore verb ("маше в
    # пятницу feed the cat")
    adverbial_openers=words("в во на к до после"),
    # the days and parts of a day such a phrase names, resolved to its due: "в пятницу",
    # "к вечеру", "на выходных"
    adverbial_days=words(
        """
        понедельник вторник среду четверг пятницу субботу воскресенье выходные выходных
        понедельнику вторнику среде четвергу пятнице субботе воскресенью выходным
        утро утру утром вечер вечеру вечером
        """
    ),
    modals=words(":"),
    lacking_states=words("нечем некогда негде нечего незачем некуда"),
    lament_heads=words(
        """
        сил лень неохота влом отказываюсь отказываемся нечем некогда нечего противно
        тяжело трудно скучно
        """
    ),
    taken_up_pronouns=words("ему ей им его её ее их"),
    done_adverbs=words("уже"),
    plan_lemmas=words("быть хотеть собираться планировать мечтать"),
    doerless_states=words("некому"),
    refusal_verbs=words("буду будем хочу хочется хотим"),
    dative_states=words(
        "трудно тяжело сложно легко просто некогда лень неохота неохотно влом скучно страшно"
        " стыдно обидно жалко жаль противно лениво неудобно удобно интересно приятно"
    ),
    question_words=words(
        "где зачем как какая какой когда кто почему сколько что чей чья чьё чье чью чьи чьей чьего"
    ),
    greetings=words("здравствуй здравствуйте привет"),
    negations=words("не нельзя"),
    negative_subjects=words("никто"),
    privatives=words("без безо"),
    privative_fillers=words(
        "всяких лишних никаких особых моих твоих наших ваших его её ее их дополнительных"
    ),
    stop_verbs=words("хватить перестать прекратить"),
    refused_add_forms=words(
        "добавлять вносить закидывать заносить записывать кидать вписывать дописывать накидывать"
        " ставить"
    ),
    forget_verbs=words("забывать забыть"),
    # a spoken self-correction's editing term (``_restart``): an exclamation of a slip, a
    # "no", a word or phrase that says the next words put it better or put it right
    restart_words=words(
        """
        ой ай упс уупс тьфу оп опа нет неа не-не нене стоп вру вернее верней точнее точней
        правильнее поправка поправочка пардон сорри сорян извини извините прости простите
        виноват виновата тоесть тобишь подожди подождите погоди погодите постой постойте
        """
    ),
    restart_phrases=phrases(
        """
        то есть | то бишь | в смысле | ну то есть | ой то есть | я имею в виду | имею в виду |
        я имел в виду | я имела в виду | имел в виду | имела в виду | я хотел сказать |
        я хотела сказать | хотел сказать | хотела сказать | вернее сказать | точнее сказать |
        лучше сказать | правильнее сказать | ой нет | хотя нет | а нет | или нет | нет нет |
        ой вернее | ой точнее
        """
    ),
    restart_settling=phrases("пусть будет | пускай будет | давай | давайте | ну давай"),
    restart_withdrawals=words(
        """
        нет неа не-не нене стоп вернее верней точнее точней правильнее поправка поправочка
        тоесть тобишь есть бишь смысле виду сказать вру хотя подожди подождите погоди
        погодите постой постойте
        """
    ),
    restart_absences=words("нет нету"),
    restart_said_as=words("вернее"),
    restart_restrictives=words("только лишь"),
    restart_stock_words=words("есть"),
    restart_unrepeated=words("а и но или да либо"),
    restart_contrasts=words("а но"),
    restart_also=words("тоже также и"),
    restart_additions=words("тоже также ещё еще дополнительно"),
    restart_need_links=words("было бы же уже"),
    restart_also_joiners=words("и"),
)

SHOPPING = ShoppingWords(
    told_subjects=words(
        """
        внук внучка внуки внучок дедушка дед бабушка бабуля дети ребенок сын дочь мама папа
        муж жена гость сосед соседка свекровь теща тёща
        кот кошка котик собака пёс пес щенок котёнок котенок
        """
    ),
    count_emphasis=words("всего только"),
    # (verbs, pronouns, "нет", "больше": by their part of speech); states, lessons and parts
    # of the day by their lemma
    shape_stops=words(
        "не сломанный разбитый мёртвый порванный пустой грязный потерянный сгоревший "
        "треснутый треснувший урок занятие утро вечер ночь"
    ),
    separators=words("& + , / ; а и да плюс"),
    list_joiners=words("& + и да плюс"),
    spec_prepositions=words("на по"),
    strength_units=words(
        """
        мг миллиграмм миллиграмма миллиграммов мкг микрограмм микрограмма микрограммов ме ед
        мм миллиметр миллиметра миллиметров см сантиметр сантиметра сантиметров дюйм дюйма
        дюймов вт ватт ватта квт вольт вольта мач гб тб мегабайт гигабайт
        """
    ),
    code_systems=words(
        """
        ral рал пантон hdmi usb размер размером номер тип класс категория категории категорию
        омега омеги омегу серия серии версия версии модель модели
        гост зернистость зернистостью калибр калибра сечение сечением
        сечения диаметр диаметром диаметра
        """
    ),
    code_scales=words("размер размера класс класса калибр калибра сорт сорта сорту"),
    count_bound_leads=words("по из на в во к до от за с со для около х x"),
    told_lacks=words("нечего нечем некуда негде"),
    named_counts=frozenset(
        (count, noun)
        for counts, noun in (
            ("четыре 4", "сыра"),
            ("четыре 4", "сезона"),
            ("семь 7 пять 5 двенадцать 12", "злаков"),
            ("два 2 три 3", "в"),
        )
        for count in counts.split()
    ),
    uncounted_heads=words(
        """
        рубль рубля рублей руб копейка копейки копеек доллар доллара долларов евро процент
        процента процентов раз раза сорт сорта градус градуса градусов человек человека
        персона персоны персон лист слой вид аромат вкус цвет порция год ярус
        """
    ),
    graded_heads=words("витамин витамина витамины витаминов витаминку витаминка"),
    grade_letters=words("а б в с д е к a b c d e k"),
    dimension_links=words("на"),
    referring_pronouns=words("его её ее их него неё нее них"),
    remark_objects=words("ещё еще новый новую новое новые новенький новенькую другой другую"),
    remark_verbs=words("сломать разбить потерять доесть допить съесть выпить"),
    remark_absences=words("нет нету"),
    remark_states=words(
        "кончиться закончиться сломаться разбиться порваться потеряться перегореть сдохнуть"
    ),
    remark_copulas=words("уже совсем вообще опять снова весь совсем-совсем больше"),
    remark_determiners=words("мой наш свой его её ее последний весь старый"),
    remark_stops=words("что и а но кто он она они мы я ты вы у нас так поэтому"),
    remark_non_products=words(
        """
        нога рука палец кисть запястье лодыжка колено нос шея спина сердце ребро зуб голова
        челюсть плечо локоть позвоночник ключица обещание рекорд слово работа смена марафон
        игра матч книга фильм сериал сезон задание домашка экзамен контрольная проект время
        день неделя месяц год
        """
    ),
    list_prepositions=words("в во на"),
    list_determiners=words("мои мой наш наши общий"),
    list_name_quotes=words('« » „ “ "'),
    list_goal_prepositions=words("в во на"),
    list_lemmas=words("перечень покупка список"),
    foreign_list_kinds=words(
        """
        гость гостевой приглашённый приглашенный приглашение участник
        контакт друг рассылка звонок
        ожидание очередь
        фильм сериал кино книга чтение плейлист
        желание хотелка мечта
        чёрный черный белый бан стоп игнор запрет запрещённый запрещенный санкционный розыск
        подозреваемый
        дело задача
        """
    ),
    list_genitives=words("закупка покупка продукт товар"),
    cut_words=words("для как к на потому поскольку тк чтобы"),
    item_filler=words(
        """
        ага ах всегда дорогая дорогой как короче милая милок милый мб нет нету ой ох пж пжл пжлст
        nb зы пс кстати
        побольше поменьше ух эх лучше упс тьфу
        пжлста плз плизз угу
        пожалуста пожалуй спасибо типа щас сам сама сами
        а бабушке бы в во все всем всех вы гостям дедушке детям для домой дорога дороге еще можно
        же значит и из какой-нибудь какой-то ладно магазин маме мне могли можешь мочь на нам нас не
        немного немножко нибудь ну папе плиз по пожалуйста привет ребенку с себе сегодня слушай
        так также тоже ты у хоть
        кстати вообще вроде кажется походу похоже видимо наверное блин прикинь представляешь
        короче общем
        лол лолз кек хах хаха хахаха ахах ахаха ахахах хех хехе ору жиза имхо рофл хд ххд
        слышь слыш слышишь гоу го погнали изи спс спасибки пасиб сенкс ок окей окси ладненько норм
        чё че ваще ващще ага-ага
        калі ласка
        """
    ),
    listed_people=words(
        """
        брат сестра братик сестрёнка сестренка муж жена парень девушка человек друг подруга
        кузен кузина дядя тётя тетя семья родственник родственница мама папа мать отец
        бабушка дедушка сын дочь
        """
    ),
    listed_abstracts=words("мир любовь радость"),
    vague_items=words(
        """
        вот всякий то тот чего что что-нибудь что-то чтонибудь это этот
        такие таких такого такой такую
        эта эту эти этих этого этой этим этими та ту те тех того той
        необходимое необходимого нужное нужного остальное остального прочее прочего другое
        другого разное разного всякое всякого сладкое сладкого сладенькое сладенького вкусное
        вкусного вкусненькое вкусненького полезное полезного съестное съестного любое любого
        подходящее подходящего
        недостающее недостающего недостающие недостающих здесь тут
        самый самая самое самые самого самой самую самых
        поездка поездку поездки
        """
    ),
    vague_markers=words(
        """
        чего-нибудь что-нибудь что-то чтонибудь всё такое обычно обычный что всячина самое
        ерунда фигня
        """
        " всякий мелочь раз"
        # (compared as folded: "всё" is "все"); indefinites in every spelling
        """
        все кое-что кой-что чего-то что-либо чего-либо чтото чегото чегонибудь
        чё-нибудь че-нибудь чё-то че-то чё-нить че-нить что-нить чего-нить чонить
        """
    ),
    indefinite_heads=words("что чего чё че чо шо що чаво чево шё"),
    indefinite_tails=words("нибудь нить нибуть небудь нибудь-то либо"),
    placeholder_nouns=words(
        """
        штука штуковина штукенция штучка штуковинка фиговина фигня фигулина хрень хреновина
        хренотень ерунда ерундовина вещь вещица вещичка приблуда байда дребедень
        всячина
        """
    ),
    correlatives=words("то тот та ту те того тех это этот эта эту эти этого этих все"),
    quantifying_markers=words("все"),
    weak_placeholders=words("вещь"),
    not_pointing=words("а не или ни то"),
    told_state_adjectives=words("старый прежний последний этот мой твой наш ваш свой"),
    told_state_adverbs=words("не опять уже снова совсем вообще ещё еще"),
    relative_words=words(
        "что чего чем который которая которое которые которую которого которых кто кого"
    ),
    qualifier_particles=words("только лишь но главное желательно обязательно лучше"),
    qualifier_prepositions=words("в во"),
    makeup_prepositions=words("с со без"),
    # Common products by lemma (with "ё" read as "е"): what a list of words with no verb holds
    # ("хлеб черный один и батон"); it decides between a purchase and other words, never
    # which words are an item.
    speech_consequences=words("так поэтому"),
    speech_openers=words("так ой ещё еще и а ну вот"),
    remark_persons=words("я мы он она они"),
    need_events=words(
        """
        съесть доесть слопать выпить допить закончиться кончиться извести истратить
        израсходовать сломать сломаться разбить порвать потерять разгрызть сгрызть
        простыть заболеть застудить простудиться приболеть
        """
    ),
    coming_days=words(
        """
        сегодня завтра послезавтра выходные понедельник вторник среда четверг пятница
        суббота воскресенье
        """
    ),
    past_leads=words("вчера позавчера недавно прошлый"),
    speech_closers=words("все всё"),
    memory_leads=words("пока"),
    memory_verbs=words("помню помнится забыла забыл забыли забыть"),
    search_fillers=phrases(
        """
        что-то ещё было | что-то еще было | что ещё | что еще | что же ещё | что же еще
        | что там ещё | что там еще | что-то ещё | что-то еще | что ещё было | что еще было
        """
    ),
    recall_words=words("а ах во точно"),
    project_predicatives=words("пора"),
    project_starts=words("затеять задумать надумать собраться решить взяться"),
    project_times=words(
        """
        заранее скоро весна весной лето летом осень осенью зима зимой январь февраль март
        апрель май июнь июль август сентябрь октябрь ноябрь декабрь
        """
    ),
    insisting_words=words("обязательно непременно особенно главное"),
    object_endings=(("а", "у"), ("я", "ю")),
    object_links=words("для с со без из по"),
    speech_courtesies=phrases(
        """
        пожалуйста | будь добра | будь добр | будьте добры | будь любезна | будь любезен
        | будьте любезны | не забудь | не забудьте
        """
    ),
    settled_words=words(
        """
        есть иметься осталось остался осталась остались хватит хватать достаточно полно
        уже купить взять стоять лежать находиться храниться полный прислать принести
        привезти подарить отдать дать заказать
        """
    ),
    variety_heads=words(
        """
        сыр мороженое майонез соус кетчуп торт вино чай пирожное конфета шоколад колбаса кола
        хлеб пицца салат паста
        """
    ),
    complement_heads=words("саженец семя рассада луковица клубень черенок"),
    known_products=words(
        """
        молоко кефир ряженка простокваша йогурт творог творожок сырок сметана сливки масло
        маргарин сыр брынза моцарелла пармезан фета айран тан ацидофилин снежок
        хлеб батон булка булочка багет лаваш лепешка хлебец сухарь сушка баранка бублик пряник
        печенье вафля крекер кекс торт пирог пирожок пирожное рулет зефир пастила мармелад
        шоколад шоколадка конфета карамель ирис халва козинак мед варенье джем повидло
        сгущенка нутелла
        кефирчик молочко сметанка творожочек маслице хлебушек хлебушко батончик булочечка
        колбаска колбасочка сосисочка сарделечка ветчинка курочка мяско рыбка селедочка
        картошечка картошка морковочка лучок чесночок капустка капусточка свеколка огурчик
        огурчики помидорка помидорчик редисочка зеленушка укропчик петрушечка яблочко грушка
        бананчик апельсинчик мандаринка лимончик виноградик клубничка малинка вишенка
        арбузик дынька чаек кофеек сахарок мучка гречечка гречка рисик макарошки печенька
        печенюшка конфетка вафелька пряничек сушечка сухарик яичко водичка сочок компотик
        пивко винцо тортик пирожочек медок вареньице
        яйцо мука сахар соль перец крупа гречка рис пшено овсянка манка перловка булгур кускус
        каша киноа горох фасоль чечевица нут макароны спагетти вермишель лапша рожки хлопья мюсли
        гранола
        мясо говядина свинина баранина телятина курица цыпленок индейка утка гусь кролик фарш
        котлета сосиска сарделька колбаса ветчина бекон грудинка сало буженина карбонад шашлык
        пельмени вареники манты хинкали голубцы окорочок крылышко бедрышко филе печень
        тушенка
        рыба лосось семга форель скумбрия сельдь селедка треска минтай хек горбуша кета тунец
        килька шпроты сардина креветка кальмар мидия икра крабовый
        картошка картофель морковь морковка лук чеснок капуста свекла огурец помидор томат
        кабачок баклажан тыква редис редиска репа редька брокколи шпинат салат укроп петрушка
        кинза базилик зелень сельдерей щавель горошек кукуруза гриб шампиньон имбирь
        яблоко груша банан апельсин мандарин лимон лайм грейпфрут киви ананас манго виноград
        персик абрикос слива нектарин вишня черешня клубника малина черника голубика
        смородина крыжовник арбуз дыня хурма гранат финик изюм курага чернослив орех фундук
        миндаль арахис кешью фисташка семечки авокадо
        чай кофе какао сок морс компот квас вода минералка газировка лимонад кола пиво вино
        водка коньяк шампанское
        кетчуп майонез горчица соус уксус оливка маслина огурчик аджика хрен специя приправа
        корица ваниль ванилин разрыхлитель сода дрожжи желатин крахмал паприка куркума
        мороженое пицца суши чипсы сухарики попкорн орешки
        порошок кондиционер мыло шампунь бальзам паста щетка ополаскиватель дезодорант крем
        лосьон бритва станок прокладка тампон подгузник памперс салфетка бумага полотенце
        губка тряпка перчатка пакет фольга пленка пергамент отбеливатель белизна хлорка
        освежитель батарейка лампочка спички свечка свеча зажигалка скотч клей изолента
        веревка прищепка вата пластырь бинт йод зеленка аспирин парацетамол ибупрофен
        нурофен анальгин витамин градусник корм наполнитель
        """
    ),
    bare_list_marks=words("& , + - – — ( ) . !"),
    bare_list_ends=words(". !"),
    bare_list_glued_marks=words("%"),
    alone_names=frozenset(
        {
            "туалетная бумага",
            "бумажные полотенца",
            "бумага для принтера",
            "зубная паста",
            "зубная щетка",
            "стиральный порошок",
            "средство для посуды",
            "мусорные пакеты",
            "пакеты для мусора",
            "корм для кота",
            "корм для кошек",
            "корм для собаки",
            "кошачий корм",
            "влажные салфетки",
            "сливочное масло",
            "подсолнечное масло",
            "оливковое масло",
            "растительное масло",
            "овсяное молоко",
            "томатная паста",
            "гречневая крупа",
            "овсяные хлопья",
            "минеральная вода",
            "питьевая вода",
            "куриное филе",
            "черный хлеб",
            "белый хлеб",
            "зеленый чай",
            "черный чай",
            "пакеты для заморозки",
            "свечи для торта",
            "свечки для торта",
        }
    ),
    # dishes served or cooked, and the diminutives of products one calls a person or a pet by
    alone_not_names=words(
        """
        голубцы голубец котлета котлеты пельмени пельмень вареники вареник манты хинкали
        шашлык плов борщ суп салат пицца суши пирожок пирожочек булочка булочечка сухарик
        кефирчик молочко сметанка творожочек маслице хлебушек хлебушко батончик колбаска
        колбасочка сосисочка сарделечка ветчинка курочка мяско рыбка селедочка картошечка
        морковочка лучок чесночок капустка капусточка свеколка огурчик помидорка помидорчик
        редисочка зеленушка укропчик петрушечка яблочко грушка бананчик апельсинчик
        мандаринка лимончик виноградик клубничка малинка вишенка арбузик дынька чаек кофеек
        сахарок мучка гречечка рисик макарошки печенька печенюшка конфетка вафелька пряничек
        сушечка яичко водичка сочок компотик пивко винцо тортик медок вареньице
        """
    ),
    # (the state is said in English only in a mixed text: "сметана is out"; Russian reports
    # what ran out by its verb, "закончилось")
    told_absences=words("нет нету"),
    told_more=words("больше"),
    told_holders=phrases("у нас | у нас дома | дома"),
    told_adverbs=words("совсем вообще уже опять снова больше совсем-совсем"),
    told_tails=words("срочно блин"),
    told_openers=words("всё все ой так короче слушай алиса"),
    told_reporters=words("говорит сказал сказала пишет написал написала"),
    told_complementisers=words("что"),
    told_teller_owners=words("его её ее их"),
    told_buy_ru="купи",
    told_genitive_endings="иы",
    told_feminine_endings="ая",
    told_links=words("и"),
    told_none_of=words("ни"),
    told_place_preps=words("в на"),
    told_home_places=words(
        """
        доме холодильнике морозилке морозильнике кладовке шкафу шкафчике ванной туалете
        кухне сахарнице хлебнице
        """
    ),
    # a need closing a list with no verb, read as said first ("таблетки для посудомойки
    # нужны", "dishwasher tablets нужны срочно")
    closing_needs=words("нужны нужна нужно нужен надо"),
    needed_pro_forms=words("он она оно они это то"),
    closing_need_stops=words("шо што чо чё скока"),
    relayed_wants=words("хочет хотят"),
    told_states=words("исходе"),
    told_low_pairs=frozenset({("на", "исходе")}),
    purchase_nouns=words("закупка покупка приобретение"),
    presence_nouns=words("наличие"),
    provide_verbs=words("обеспечить организовать произвести осуществить"),
    purchase_frames=words(
        "требоваться необходимый необходимо нужный нужно надо прошу просить пожалуйста срочно срочный"
    ),
    purchase_measure_links=frozenset({("в", "объёме"), ("в", "объеме"), ("в", "количестве")}),
    consumable_heads=words("бумага капсулы корм наполнитель подгузники порошок салфетки таблетки"),
    ran_out_possessives=words("мой моя моё мое мои твой твоя твоё твое твои"),
    run_out_supply_qualifiers=words("горячий холодный горячая холодная"),
    run_out_supplies=words("вода"),
    run_out_charges=words("батарейка батарея заряд"),
    # rechargeable devices (a watch's battery is bought)
    run_out_charged=words("телефон телефона телефоне смартфон ноутбук ноутбуке планшет планшете"),
    run_out_comments=words("опять снова блин ох эх увы ура серьёзно серьезно"),
    run_out_comment_phrases=phrases("как всегда | как обычно | как назло | в который раз"),
    run_out_remarks=words(
        """
        кошмар ужас жесть капец конец беда трагедия катастрофа
        наверное видимо похоже
        кто почему зачем откуда
        """
    ),
    run_out_repeats=words("опять снова"),
    run_out_exasperations=words(
        "блин блиин блять бля ёлки елки бесит достало задолбало безобразие"
    ),
    run_out_complaint_phrases=phrases(
        "сколько можно | что такое | что ж такое | как так | ну вот | ну блин | в который раз"
        " | что за | одно и то же | каждый раз"
    ),
    run_out_told_subjects=words("кто никто кто-то кто-нибудь почему зачем откуда куда"),
    run_out_consumers=words(
        "пить выпить допить попить есть съесть доесть сожрать слопать извести выхлебать"
    ),
    run_out_repeat_phrases=phrases("в который раз | каждый раз | одно и то же"),
    run_out_doubt_openers=words("неужели разве неужто"),
    run_out_question_tags=phrases("или нет | или как"),
    run_out_moments=phrases(
        "посреди | прямо когда | прям когда | как раз когда | сегодня утром | с утра | утром"
        " | ночью | прямо перед | прям перед"
    ),
    run_out_also=words("и тоже также"),
    run_out_purposes=words("для"),
    list_heading_marks=words(": — – - →"),
    heading_prepositions=words("в во для к ко на по под с со"),
    pointer_words=words("это то всё все"),
    remark_pointers=words("это"),
    aside_leads=words("если ежели коли"),
    guest_words=words("гость гости гостей"),
    said_for_products=words(
        "старое старая старый старые прежнее прежняя прежний прежние последнее последняя"
        " последний последние"
    ),
    piece_fillers=words("просто"),
    additive_words=words("ещё еще и тоже также плюс а"),
    own_deed_forms=words("пеку печём печем жарю варю"),
    apposition_possessives=words(
        """
        наш наша наше наши нашей нашего нашему нашим наших нашу
        мой моя моё мое мои моей моего моему моим моих мою твой твоя твоей твоего твоему
        """
    ),
    hesitations=words("это эта этот эти этих этого этой эту"),
    state_words=words("нет нету ноль пусто кончено всё все"),
    address_words=words(
        """
        солнышко солнце зайка зая зайчик зайчонок котик котенька киса кисуля рыбка птичка
        малыш малышка малая малой милый милая милок милочка дорогой дорогая дорогуша родной
        родная родненький родненькая любимый любимая любимка душа душенька радость ласточка
        голубушка голубчик золотце сокровище красавица красавчик умница умничка
        доча дочка доченька дочь дочур дочуня сынок сына сынуля сыночек сын мам мама мамуль
        мамуля пап папа папуль папуля ба бабуль бабуля дед деда дедуль дедуля братан брат
        братик бро братишка сестренка сеструха сестра систер деточка дети ребят ребята
        ребятки народ пацаны девчонки девочки дружище друг подруга кум кума сосед соседка
        келин кызым балам улым апа апай апашка ата аташка тате
        внучок внучек внученька внучонок внуча внучата
        """
    ),
    heading_stops=words(
        """
        ингредиент ингредиенты состав рецепт рецептура пропорция пропорции калорийность
        порция порции меню итог итого чек квитанция счет заказ словарь перевод пример задание
        упражнение вопрос ответ вариант варианты опрос голосование рейтинг топ
        """
    ),
    animal_recipients=words(
        """
        кот кошка котик котейка котенок котеночек киса кисуля кошечка котяра собака пес песик
        щенок щеночек собачка псина пудель овчарка мопс такса хаски шпиц терьер лабрадор
        попугай попугайчик волнистик канарейка амадина птица птичка птенец голубь хомяк хомячок
        джунгарик крыса крыска мышь мышка свинка шиншилла дегу кролик крольчиха крольчонок
        черепаха черепашка рыбка ящерица игуана геккон змея улитка хорек ежик еж белка бельчонок
        коза козел козочка козленок корова коровка бычок теленок телка лошадь конь жеребенок
        пони осел ослик свинья поросенок хряк овца баран ягненок курица кура курочка несушка
        петух цыпленок утка утенок гусь гусенок индюк индюшка перепел перепелка кроль
        """
    ),
    list_heading_verbs=words(
        "забыть забудь забудьте запомнить запомни помнить помни напоминаю записать запиши"
    ),
    relay_heading_verbs=words(
        """
        просит просят просила просил просили продиктовал продиктовала продиктовали диктует
        """
    ),
    relay_asking_verbs=words("просит просят просила просил просили"),
    wish_speakers=words("я мы же ты вы"),
    relay_tellers=words(
        """
        мама мамочка папа бабушка бабуля баба дедушка дедуля дед дочка дочь сын сынок муж
        жена свекровь свекор теща тесть внук внучка брат сестра дети ребенок няня сиделка
        """
    ),
    # "…, нет, лучше куриный": "лучше" after a product names the one wanted instead
    correction_words=words("нет вернее верней точнее точней поправка поправочка лучше"),
    substitutions=words("вместо взамен"),
    refusals=words("не"),
    fused_refusals=words("ненадо ненужно"),
    tally_yes=words("да ага угу"),
    tally_no=words("нет неа не-а"),
    purpose_prepositions=MappingProxyType(
        {
            "в": "accs",
            "во": "accs",
            "на": "accs",
            "под": "accs",
            "к": "datv",
            "ко": "datv",
            "для": "gent",
        }
    ),
    # a personal pronoun after the items starts a clause of its own: "…, я теперь веган",
    # "нутеллы баночку он просил"
    subject_pronouns=words("я ты он она оно мы вы они"),
    clause_particles=words(
        "ведь же всё-таки все-таки всётаки веть небось как-никак себя себе собой"
    ),
    possessive_prepositions=words("у"),
    chained_prepositions=words("с со без из изо"),
    coordinated_prepositions=words("с со без из изо для от"),
    material_prepositions=words("по"),
    sale_nouns=words("скидка скидон акция распродажа скидос"),
    work_materials=words(
        """
        металл дерево бетон камень кирпич плитка кафель стекло керамика керамогранит пластик
        гипсокартон штукатурка ржавчина ткань кожа мрамор гранит фанера пенопласт
        """
    ),
    clause_conjunctions=words("и а но или да"),
    bare_list_rates=words("день дня дней сутки неделю недели месяц месяца год года раз"),
    reason_openers=frozenset({("а", "то")}),
    condition_words=words("если ежели коли кабы когда пока"),
    destination_prepositions=words("в во на"),
    outside_places=words("школа садик детсад сад ясли гимназия лагерь работа офис дача"),
    shop_prepositions=words("в во из на"),
    chain_prepositions=words("в во"),
    cue_courtesies=words("пожалуйста пожалуста плиз плз пж пжл пжлст пжлста"),
    cue_buying_verbs=words("купи"),
    errand_askers=words("кто"),
    errand_goings=words(
        "пойдёт пойдет поедет будет зайдёт зайдет заедет забежит заскочит идёт идет едет"
        " окажется поедете пойдёте пойдете будете сходит сходите проходить проезжать"
        " пройдёт пройдет проедет"
    ),
    errand_links=words("в во на мимо рядом возле около через к до"),
    errand_takings=words(
        "мой моя моё мое мою мои моих свой свою своё свое свои его её ее их твой твою твои"
        " наш нашу наши ваш вашу ваши собой"
    ),
    cue_heading_nouns=words("покупки закупка закупки"),
    cue_list_all=words("всё все"),
    cue_list_links=words("в во на"),
    cue_arrows=words("→ ⇒ ➡"),
    list_kinds=words("хозтовары хозтовар"),
    kind_route_words=words("дорога путь"),
    cue_party_links=words("на"),
    cue_after_courtesy=words("а потому так ведь"),
    cue_joiners=words("и & +"),
    cue_negations=words("не нет без"),
    cue_favour_objects=words("мне нам меня нас"),
    cue_servings=words("чашка чашечка стакан стаканчик кружка тарелка тарелочка порция"),
    cue_place_prepositions=words("в во на"),
    cue_corrections=phrases("то есть | вернее | точнее | нет лучше | в смысле | ой нет | хотя нет"),
    shops=words(
        """
        магазин магазинчик супермаркет гипермаркет минимаркет маркет универсам универмаг
        гастроном продуктовый хозяйственный хозмаг строительный рынок рыночек базар ярмарка
        ларек киоск палатка лавка лавочка аптека кулинария пекарня булочная кондитерская
        мясной рыбный овощной гипер супер тц молл
        ашан пятерочка перекресток магнит дикси лента вкусвилл вкусвилле азбука окей метро
        светофор спар монетка глобус бристоль фикс самокат сбермаркет купер озон вайлдберриз
        валберис ozon wildberries леруа мерлен оби икея икеа касторама спортмастер эльдорадо
        мвидео днс ситилинк перекресточек магнитик пятерка
        лидл лидле лидла билла билле кауфланд кауфланде эдека эдеке рева реве карфур
        карфуре мигрос мигросе меркадона меркадоне уолмарт уолмарте таргет таргете
        """
    ),
)

TASKS = TaskWords(
    scaffold_leading=words(
        """
        бы вы давай давайте должен должна должно должны за забудь забыть задача закрепить
        кто-нибудь кто-то ли мне могли можешь мочь надо назначить нам не необходимо новый ну ему
        ей им
        нужно о об плиз пожалуйста попросить поручить про пусть сказать слушай создать так тебе
        ты что чтоб чтобы
        очередь пж пжлст плз пожалуста твоя эй
        надлежит надлежать следует следовать требуется требоваться поручать поручаю поручаем
        предлагаю предлагать обязан обязана обязаны также запланировать
        а смочь же
        """
    ),
    trailing=words(
        """
        а и ладно плиз пожалуйста потом спасибо это надо нужно необходимо
        ну же вот уж блин короче типа ок окей ага лол пж пжлст плз спс пасиб пасибки
        """
    ),
    self_words=words("меня мне мной себе я"),
    title_fillers=words(
        """
        просто только лишь ну же пожалуйста плиз пж хорошо ладно ок окей срочно об о обо этом
        том кое чём чем что-нибудь ему ей им минут минуты минуту час часа часов
        """
    ),
    message_unnegated=words("забудь забывай забудьте"),
    message_tellers=words("я мы"),
    message_report_adverbs=words("уже"),
    request_joiners=words("а и плюс"),
    bare_request_joiners=words("плюс"),
    request_cues=words("забудь забудьте забыть напомни напомните напомнить нужно надо"),
    tag_modals=words("можешь можете сможешь сможете"),
    tag_addressees=words("ты вы"),
    task_tag_openers=words("сделать поставить завести создать записать добавить ему ей им"),
    note_nouns=words("заметка пометка"),
    task_tag_states=words(
        "выполнить выполнена выполнено закрыть закрыта готово готова отменить сделать сделана"
        " сделано завершить завершена завершено достигнуть достигнута достигнуто"
    ),
    assignee_prepositions=words("для за у"),
    after_assignee=words(","),
    stand_in_words=words("вместо заместо взамен"),
    person_followers=words(","),
    person_opener_lemmas=words(
        "для за закрепить назначить напомнить передать попросить поручить пусть сказать"
    ),
    unnamed_doers=words(
        """
        кому-нибудь кому-то кому-либо кого-нибудь кого-то кого-либо всем всех каждому
        """
    ),
    called_endearments=words(
        """
        зай зая зайка зайчик солнце солнышко котик милый милая дорогой дорогая любимый
        любимая родной родная
        """
    ),
    asked_about_preps=words("про о об насчёт насчет"),
    relay_courtesies=words("пожалуйста плиз плз пж пжл пжлст"),
    message_verbs=words("сказать передать"),
    message_deed_links=words("чтобы чтоб пусть"),
    handover_verbs=words("передать"),
    message_openers=words("что"),
    message_pronouns=words("ему ей им"),
    message_no_one=words("мне нам всем всех кому-нибудь кому-то никому тебе вам это"),
    non_doer_prepositions=words("у возле около подле к ко от ото"),
    coordinators=words("и или либо"),
    # ("деду" in its dative alone, as whom a frame asks: "деда" is read as the genitive of
    # whom a product is for too, "нутридринк для деда 4 бутылочки")
    person_nouns=words(
        """
        бабуля бабушка брат внук внучка дедуля дедушка дочь дядя жена мама муж няня папа
        сестра сиделка сосед соседка сын тетя
        тёща теща тесть свекровь свёкор свекор зять невестка сноха племянник племянница
        крёстная крестная крёстный крестный кума тётка тетка дядька
        тренер учитель учительница воспитатель воспитательница преподаватель
        деду
        репетитор садовник сантехник уборщица электрик
        арендатор арендодатель бригадир водитель вахтер вахтёр водопроводчик газовщик грузчик
        домовладелец домработница дворник жилец клинер консьерж консьержка курьер квартирант
        маляр мастер монтажник охранник перевозчик плиточник плотник постоялец прораб риелтор
        риэлтор сборщик слесарь столяр строитель таксист уборщик управдом установщик хозяин
        хозяйка
        """
    ),
    # dative after "напомни", accusative after "попроси" (and after an English "remind")
    person_determiners=words(
        """
        моей моему нашей нашему своей своему твоей твоему вашей вашему
        мою моего нашу нашего свою своего твою твоего вашу вашего
        его её ее их
        """
    ),
    name_possessive_endings=_NAME_POSSESSIVE_ENDINGS,  # "напомни Олиной маме …"
    doer_links=words("должен должна должны надо нужно пусть"),
    person_doer_links=words("должен должна пусть"),
    doer_marks=words(":"),
    called_kin=words("мама мамочка мамуля папа папочка папуля муж жена сын сынок дочь дочка"),
    duty_nouns=words("обязанность обязанности очередь поручение"),
    turn_openers=words("вообще-то ведь же сейчас теперь это"),
    turn_spans=words("день неделя"),
    frame_fillers=phrases("до сведения | в известность"),
    courtesy_openings=phrases(
        """
        будь любезна | будь любезен | будьте любезны | будь добра | будь добр | будьте добры
        | не сочтите за труд | сделай одолжение | сделайте одолжение | окажи любезность
        | окажите любезность
        | доброе утро | добрый день | добрый вечер
        """
    ),
    colon_frames=phrases(
        """
        возьми на себя | возьмите на себя | записать | отметить | зафиксировать | внести
        | напомнить | поставить | запланировать
        """
    ),
    admonition_negations=words("не"),
    admonition_deeds=words("забыть забывать"),
    weather_clauses=phrases(
        """
        до дождя | пока не пошёл дождь | пока не пошел дождь | пока дождь не пошёл
        | пока дождь не пошел | пока не стемнело | до темноты
        """
    ),
    task_links=words("на"),
    assign_verbs=words("назначить повесить закрепить переложить поручить"),
    deed_marks=words(": — – -"),
    duty_holders=words("на за"),
    sentence_ends=words(". ! ? ;"),
    clause_links=words("а и но поэтому потом так"),
    aside_marks=words(", — – ("),
    aside_courtesies=words("пожалуйста плиз плз пжлст пж"),
    courtesy_aside_openers=words("я мы он она они"),
    aside_openers=words(
        """
        потому поскольку ведь раз тк иначе хотя
        я ты он она оно мы вы они там тут это
        увы боюсь видимо кажется наверное впрочем
        """
    ),
    hesitation_pointers=words("это там тут самое"),
    # a state of someone's ("у меня совещание") or a comment word ("к сожалению") after the
    # mark: the speaker goes on about something else
    aside_phrases=phrases(
        """
        у меня | у нас | у тебя | у вас | у него | у нее | у неё | у них
        | к сожалению | к несчастью | к счастью | как назло | как известно | как всегда
        | как водится | видите ли | знаете ли | слава богу | честно говоря | между прочим
        """
    ),
    reason_openers=words("потому поскольку ибо"),
    reason_phrases=phrases(
        """
        а то | а иначе | иначе | так как | раз уж | из-за того | оттого что | ведь
        | пока мы | пока я | пока нас | пока меня | пока они | пока их | чтобы не
        """
    ),
    aside_words=words("кстати кст впрочем btw"),
    person_negations=words("не"),
    event_subjects=words("гости гостей гость"),  # "…, придут гости": an event told
    season_words=words("весной летом осенью зимой"),
    scatter_words=words("везде повсюду всюду кругом всему всей"),  # "по всему полу"
    place_words=words("там тут здесь наверху внизу"),
    sequence_words=words("потом затем после"),
    open_brackets=words("("),
    occasion_nouns=words(
        """
        вечеринка праздник юбилей свадьба днюха рождения проверка инспекция осмотр
        приезд визит заезд
        """
    ),
    dating_prepositions=words("перед"),
    handover_links=words("пусть пускай"),
    chore_reason_links=words("поэтому значит"),
    accusative_endings=(("ая", "ую"), ("яя", "юю"), ("а", "у"), ("я", "ю")),
    fault_verbs=words(
        """
        перегореть перегорать капать накапать течь потечь протекать протечь подтекать
        сломаться ломаться заклинить заклинивать заедать шуметь гудеть скрипеть стучать
        искрить мигать моргать барахлить глючить засориться забиться засоряться отвалиться
        отклеиться расшататься болтаться треснуть разбиться лопнуть сгореть перестать
        отвалиться вытекать дуть сквозить вонять пахнуть плесневеть заплесневеть
        """
    ),
    chore_nominals=words(
        """
        замена смена чистка прочистка мойка мытьё мытье покраска починка ремонт сортировка
        разборка сборка стрижка покос вынос уборка стирка глажка полив поливка прополка
        установка разморозка
        """
    ),
    appointments=words(
        """
        врач доктор стоматолог зубной дантист педиатр терапевт окулист офтальмолог лор
        невролог ортодонт логопед психолог гинеколог хирург дерматолог аллерголог кардиолог
        эндокринолог травматолог ветеринар ветврач ветклиника поликлиника больница
        парикмахер парикмахерская стрижка маникюр педикюр массаж массажист косметолог барбер
        тренировка тренька секция кружок бассейн танцы хореография рисование музыкалка
        репетитор занятие урок английский шахматы футбол хоккей плавание гимнастика карате
        борьба теннис собрание родительское экзамен олимпиада прививка анализ анализы узи
        флюорография рентген приём прием запись техосмотр шиномонтаж автосервис
        """
    ),
    handover_deeds=words(
        """
        заняться взяться сделать разобраться выполнить позаботиться справиться глянуть
        посмотреть сходить съездить это этот этим тогда уж уже сам сама сами
        """
    ),
    comment_listeners=words("ты вы тебе вам тебя вас"),
    subordinators=words(
        """
        который которая которое которые которого которой которому которую которым которых
        котором которыми что чтобы чтоб где куда откуда когда пока если раз как чем хотя
        пусть ли и или а но да
        """
    ),
    tag_openers=phrases(
        """
        ладно | хорошо | ок | окей | спасибо | спс | заранее спасибо | когда сможешь
        | когда будет время | как сможешь | если не сложно | если сможешь | не срочно
        | не забудь | будь добр | будь другом | как обычно
        | не забыть | не забыть бы | не забудьте | смотри не забудь | слышишь | слышь
        | понял | поняла | поняли | договорились | ага | короче | в общем | блин | лол
        | его очередь | ее очередь | их очередь | твоя очередь | моя очередь
        | без отговорок | без разговоров | без возражений | без вариантов | без обсуждений
        | и никаких отговорок | никаких отговорок | никаких возражений | никаких но
        | и без отговорок | и без разговоров | я серьезно | я не шучу | кому сказано
        """
    ),
)

CORRIDOR = CorridorWords(
    speaker_subjects=words("я мы"),
    how_words=words("как каким каким-то"),
    speaker_links=words("уже ещё еще тоже также сейчас сам сама сами опять снова не"),
    pay_words=words(
        """
        заплатить оплата оплатить оплачивать платеж платить проплатить пополнить погасить
        подписка
        сбп задонатить донатить blik блик
        oplati oplatit zaplati zaplatit
        """
    ),
    transfer_words=words(
        """
        дать закинуть занести кинуть одолжить отправить перевести перевод перечислить послать скинуть
        вернуть
        perevedi perevesti skin' skin kin' kin zakin' zakin otprav
        отдать отдавать положить закинуть
        собрать скинуться сброситься
        """
    ),
    checkout_phrases=(("оформить", "заказ"), ("оформи", "заказ"), ("оформить", "корзину")),
    checkout_objects=words("картой карта карты карту visa виза мастеркард мир сбп"),
    money_words=words(
        """
        $ £ бакс деньга деньги доллар евро косарь р руб рубль тысяча € ₽ фунт пятихатка карта
        двадцатка пятёрка пятерка сотка сотня полтинник тыща e-transfer
        крипта криптовалюта
        десятку десятки десяткой
        бабки бабло бабосы лавэ лаве лям ляма лямы рубас рублик копейка цент пенс
        рупия динар сум тенге гривна лари злотый франк иена юань лира крона
        zł zl pln злотых злотого тэнге сом сомов сомы сомони драм манат лей лев шекель дирхам риал риял ринггит форинт тугрик песо
        бат донг йена
        rubley rublei rubl dinara dinarov evro dengi deneg
        долг зарплата аванс квартплата коммуналка алименты
        сбп
        биткоин биткоина биткоинов биткоины биткойн биткойна биткойнов
        """
    ),
    device_verbs=words(
        """
        включить включать врубить вырубить выключить выключать выставить закрыть запустить зажечь
        нагреть опустить остановить отключить открыть перекрыть переключить перемотать обесточить
        поднять погасить поставить прибавить перезагрузить приглушить продолжить разогреть сделать убавить
        вскипятить повторить давать заблокировать разблокировать врубать вырубать вкл выкл
        vklyuchi vkluchi vkljuci vklyuchit vyklyuchi vykluchi vikluchi vykljuci vyklyuchit
        otklyuchi otkluchi zapusti ostanovi postav sdelay sdelai ubav pribav zakroy zakroi
        otkroy otkroi vrubi vyrubi
        задернуть раздвинуть
                установить настроить понизить повысить увеличить уменьшить
        """
    ),
    including_verbs=words("включить включать"),
    kept_list_genitives=words("продукт продукты товар покупка закупка дело задача"),
    device_always_verbs=words(
        """
        включить включать врубить вырубить выключить выключать зажечь отключить перемотать
        приглушить погасить
        вкл выкл врубать вырубать перекрыть переключить обесточить
        vklyuchi vkluchi vkljuci vklyuchit vyklyuchi vykluchi vikluchi vykljuci vyklyuchit
        otklyuchi otkluchi vrubi vyrubi
        """
    ),
    uncalled_devices=words("sveta svetu svete televizora televizore pylesosa pylesose"),
    appliances_at=words(
        """
        кофемашине кофеварке мультиварке микроволновке микроволновой духовке духовом чайнике
        стиралке стиральной посудомойке посудомоечной хлебопечке тостере аэрогриле
        пароварке фритюрнице
        """
    ),
    appliance_links=words("в на"),
    colour_settings=words("цвет"),
    lit_nouns=words("лампочка лампочку лампочки лампочке лампочек лампочкой"),
    appliance_verbs=words(
        """
        сварить подогреть нагреть разогреть вскипятить заварить испечь прогреть
        приготовить добавить
        """
    ),
    appliance_adders=words("добавить"),
    appliance_programmes=words("полоскание стирка отжим сушка режим программа"),
    appliance_cooks=words("сварить заварить испечь приготовить"),
    appliance_drinks=words("кофе капучино латте эспрессо американо какао"),
    appliances_cooking_alone=words("мультиварке хлебопечке кофемашине кофеварке"),
    appliance_for_links=words("к для"),
    colour_verbs=words("поменять сменить изменить сделать поставить установить выставить"),
    device_nouns=words(
        """
        алиса бойлер вентилятор дверь роутер вайфай ворота градус охрана жалюзи замок камера колонка кондиционер кондей
        лампа люстра музыка ночник обогреватель отопление подсветка радио робот робот-пылесос
        розетка свет сигнализация телевизор телик телек температура термостат торшер
        увлажнитель умный чайник штора шторы яркость пылесос стиралка духовка мультиварка
        сценарий режим звук громкость трек песня сериал канал домофон плейлист мультик
        мультики серия теплее потеплее холоднее прохладнее тише потише громче погромче
        ярче тв кино джаз рэп блюз регги
        svet sveta televizor televizore telik telek muzyku muzyka muzyk pesnyu kondicioner
        konditsioner kondey kondei pylesos pylesosa robota obogrevatel otoplenie shtory zhalyuzi
        chaynik chainik gromche tishe pogromche potishe воспроизведение
        роборок айробот румба экловакс эковакс дибот дриме дайсон сяоми ксяоми редмонд поларис
        roborock irobot ecovacs deebot dreame dyson xiaomi mijia redmond polaris
        фурбо петкьюб furbo petcube petlibro petkit автокормушка кормушка-автомат
        газонокосилка газонокосилка-робот робот-газонокосилка насос
                посудомойка микроволновка утюг фен кофеварка кофемашина холодильник морозилка гирлянда подогрев вытяжка рольставни котел кинотеатр фильм мультфильм подкаст аудиокнига ютуб приставка станция
        светильник кондиционер обогреватель бра гирлянда розетка датчик термостат увлажнитель очиститель ионизатор проектор саундбар ресивер плеер радиоприемник музыка песню песни трек альбом плейлист радиостанция громкость яркость подсветка жалюзи шторы занавески рольставни калитка домофон видеодомофон сигнализация пылесос робот-пылесос мойщик стиралка стиральная сушилка посудомойка духовка плита варочная микроволновка чайник кофеварка кофемашина мультиварка хлебопечка тостер холодильник морозилка вытяжка бойлер котел водонагреватель отопление
        """
    )
    | CYRILLIC_DEVICE_NOUNS,
    device_settings=words(
        """
        процент процентов процента максимум минимум цвет режим полную тусклее потусклее поярче
        темнее потемнее светлее посветлее
        """
    ),
    media_commands=words(
        "громче тише погромче потише пауза паузу некст трек громкость яркость повтор"
        " скип скипни скипните скипнуть скипай скипайте некстни промотай промотайте"
        " запаузь запаузьте запаузи паузни анпаузни отмотай отмотайте мотни"
    ),
    opening_verbs=words("закрыть открыть"),
    openable=words("ворота гараж дверь домофон жалюзи замок калитка рольставни штора шторы")
    | CYRILLIC_OPENABLE,
    media_verbs=words("включить врубить поставить показать ставить врубать"),
    show_verbs=words("показать показывать поставить включить врубить запустить записать"),
    return_verbs=words("вернуть возвращать отправить отправлять отогнать загнать"),
    docks=words("база док док-станция зарядка станция"),
    shown_media=words(
        """
        видео видос видосик ролик клип фильм фильмец кино мультик мульт мультфильм сериал серия
        сказку сказочку аудиосказку
        сезон передача трансляция эфир выпуск шоу матч концерт трейлер документалка
        ютуб ютьюб рутуб тикток подкаст аудиокнига радио радиостанция фм песня песенка трек
        альбом плейлист музыка музыку мелодия телевизор телик телек экран проектор
        воспроизведение
        """
    ),
    indefinites=words("что-нибудь что-то чтонибудь"),
    securing_verbs=words(
        "заблокировать разблокировать блокировать запереть запирать отпереть отпирать замкнуть"
    ),
    secured=words(
        "авто автомобиль машина тачка сигнализация охрана дверь ворота калитка гараж замок"
    ),
    guard_nouns=words("охрана сигнализация сигналка"),
    guard_links=words("с со на под"),
    guard_verbs=words("снять снимать поставить ставить сдать сдавать взять"),
    call_verbs=words("вызвать вызывать"),
    callables=words("лифт"),
    broadcast_media=words(
        "радио радиоприёмник радиоприемник приёмник приемник телевизор телик телек тв ютуб"
        " ютьюб рутуб спотифай"
    ),
    broadcast_links=words("по"),
    charge_links=words("с со на"),
    financing_links=words("в"),
    debit_links=words("с со"),
    expense_links=words("за"),
    expense_accounts=words("счёт счет"),
    charge_cards=words("карта карточка счёт счет"),
    charge_means=words(
        "кредитка кредитки кредитку кредиткой кредитке дебетовка дебетовки дебетовку"
        " дебетовкой мастеркард амекс visa mastercard amex кредит рассрочка"
    ),
    charge_qualifiers=words(
        "кредитный дебетовый банковский зарплатный платёжный платежный корпоративный"
        " виртуальный пластиковый"
    ),
    telling_verbs=words(
        """
        напомнить напоминать сказать говорить передать передавать поручить поручать велеть
        приказать приказывать скомандовать командовать дать давать задать задавать поставить
        ставить объяснить объяснять
        """
    ),
    asking_verbs=words(
        """
        попросить просить запрограммировать программировать настроить настраивать заставить
        заставлять научить
        """
    ),
    keeping_verbs=words("оставить оставлять держать пусть"),
    kept_states=words("гореть работать играть заряжаться светить греть включённый включенный"),
    barring_verbs=words(
        "пускать пустить впускать впустить запускать запустить запретить запрещать разрешить"
        " разрешать"
    ),
    device_programmes=words(
        """
        уборка стирка полоскание отжим глажка охлаждение обогрев нагрев подогрев проветривание
        вентиляция осушение увлажнение очистка разморозка программа цикл автоуборка
        """
    ),
    owner_pronouns=words(
        """
        мой моя моё мое мои моей моего моему моим моих мою
        твой твоя твоё твое твои твоей твоего твоему твоим твоих твою
        свой своя своё свое свои своей своего своему своим своих свою
        ваш ваша ваше ваши вашей вашего вашему вашим ваших вашу
        его её ее их
        """
    ),
    degree_words=words("градус град °"),
    degree_counts=words("пару пара несколько"),
    acting_devices=words(
        """
        фурбо петкьюб румба роборок айробот эковакс дибот дриме furbo petcube petlibro petkit
        roomba roborock irobot ecovacs deebot dreame
        """
    ),
    media_links=words("из"),
    setting_links=words("на"),
    sequence_words=words("следующий предыдущий"),
    courtesies=words("пж пжлст плиз плз пожалуйста спасибо"),
    purpose_conjunctions=words("чтоб чтобы"),
    reflexive_endings=("ся",),
    amount_followers=words("за на обратно назад"),  # "переведи Свете 1500 обратно"
    time_prepositions=words("в до к около после через"),
    share_words=words("половина половинка треть четверть доля часть пополам поровну"),
    share_followers=words("за"),
    money_asking_verbs=words("попросить просить потребовать запросить стребовать"),
    split_verbs=words("разделить поделить делить"),
    bill_nouns=words("счёт счет чек стоимость аренда квартплата"),
    split_links=words("с со между пополам поровну"),
    paper_places=words("папка конверт ящик стопка файл"),
    duty_roles=words("дежурный дежурная ответственный ответственная"),
    chain_pronouns=words("наш наша наше наши нашей нашего нашему нашим наших нашу"),
    paper_articles=words("эти те две два обе оба мои наши"),
    one_off_times=words(
        "сегодня завтра послезавтра вечером утром днём днем выходные понедельник вторник среду"
        " четверг пятницу субботу воскресенье"
    ),
    foreign_markers=words("сосед соседи соседка соседский чужой"),
    lone_outsiders=words(
        "сосед соседа соседу соседом соседе соседка соседки соседке соседку соседкой соседкою"
    ),
    owner_chain_words=words("и в во на семейный общий"),
    other_words=words("другой чужой"),
    household_words=words("дом домохозяйство задача квартира семья список хозяйство"),
    family_lemmas=words("семья"),
    family_name_endings=("ых", "их", "енко", "чук", "юк"),  # "семье Коваленко", "Ковальчук"
    kin_possessives=words(
        "мамин папин бабушкин дедушкин тётин тетин дядин сестрин свекровин тёщин тещин"
    ),
    home_place_preps=words("с со из"),
    home_places=words("этаж квартира подъезд участок корпус"),
    outside_owners=words(
        """
        брат друг дядя коллега подруга родитель родственник свекровь сестра сосед соседка теща
        тетя тётя тёща свёкор свекор тесть деверь золовка шурин свояк свояченица невестка зять
        кузен кузина племянник племянница крёстный крестный крёстная крестная начальник
        начальница сослуживец сослуживица одноклассник одноклассница однокурсник однокурсница
        приятель приятельница жених невеста
        """
    ),
    household_kin=words("муж жена супруг супруга сын дочь дочка ребёнок ребенок дети"),
    list_keeping_kin=words("мама мать папа отец бабушка дедушка бабуля дедуля дед"),
    parent_kin=words("мама мать папа отец"),
    kin_owners=words(
        """
        мама папа мать отец бабушка дедушка бабуля дедуля родитель семья тётя тетя дядя брат
        сестра друг подруга няня учительница учитель тренер сосед соседка муж жена сын дочь
        дочка крёстная крестная крёстный крестный свекровь тёща теща свёкор свекор
        тесть деверь золовка шурин невестка зять кузен кузина племянник племянница начальник
        начальница коллега приятель приятельница жених невеста внук внучка
        батя мамка папка маман родак предок родич
        родаков
        """
    ),  # ("родаков" as spelt: the dictionary reads it as a surname's plural, "родаковы")
    name_possessive_endings=_NAME_POSSESSIVE_ENDINGS,
    bulk_verbs=words(
        """
        закрыть отменить отметить очистить переназначить сбросить снять стереть удалить удалять
        перенести ставить вычеркнуть назначить поручить отдать распределить разделить раскидать
        раздать
        перекинуть снести передать
        повесить перевесить скинуть спихнуть свалить перебросить переложить
        заасайнить заасайнь асайнить ассайнить
        """
    ),
    clearing_verbs=words("очистить сбросить обнулить"),
    task_lists=words("график"),  # "сбрось график дежурств"
    all_words=words("весь все всех всё каждый"),
    everyone_words=words("всех всем"),
    everyone_followers=words("кроме поровну"),
    exchange_verbs=words("поменять менять"),
    standing_links=words("на"),
    rule_phrases=(("возьми", "за", "правило"), ("возьмём", "за", "правило")),
    rule_openers=words("давай давайте ну так"),
    wish_frames=words("сделать"),
    share_verbs=words("распределить разделить раскидать раздать"),
    share_links=words("между поровну честно"),
    bulk_objects=words("все всё дело задача запись напоминание покупка пункт список график"),
    standing_markers=words(
        "автоматически впредь всегда отныне постоянно теперь никогда навсегда насовсем бессрочно"
        " пожизненно"
    ),
    standing_frames=words("пусть пускай заставить заставлять"),
    rule_onsets=words("отныне впредь"),
    unbound_phrases=(("каждый", "раз"),),
    lasting_words=words("навсегда насовсем бессрочно пожизненно"),
    # imperfective only: a habit; a perfective with "навсегда" is one deed's result ("пусть
    # Петя насовсем заберёт игрушки", "уберёт навсегда")
    habit_deeds=words(
        """
        мыть убирать прибирать убираться прибираться пылесосить подметать протирать
        вытирать стирать гладить готовить варить кормить поливать выносить выгуливать
        чистить мести складывать развешивать загружать разгружать забирать отводить
        отвозить закупать выбрасывать выкидывать стелить застилать заправлять косить полоть
        дежурить
        """
    ),
    habit_light_verbs=words("гулять"),  # "гуляет с собакой"; "гуляет во дворе" is none
    habit_objects=words("собака пёс пес щенок"),
    charge_phrases=(("взять", "на", "себя"), ("брать", "на", "себя"), ("отвечать", "за")),
    standing_phrases=(
        ("каждый", "раз"),
        ("по", "умолчанию"),
        ("с", "этого", "момента"),
        ("с", "сегодняшнего", "дня"),
        ("с", "этих", "пор"),
        ("с", "этого", "дня"),
        ("с", "завтрашнего", "дня"),
        ("с", "этой", "недели"),
        ("со", "следующей", "недели"),
        # what the speaker writes or says to the assistant sets the rule ("Правило: если я
        # пишу «ок», добавляй хлеб")
        ("если", "я", "пишу"),
        ("если", "я", "напишу"),
        ("если", "я", "скажу"),
        ("когда", "я", "пишу"),
        ("когда", "я", "напишу"),
        ("когда", "я", "скажу"),
    ),
    standing_verbs=words(
        "давать добавлять назначай назначать назначить отправлять поручать ставить"
        " записывать записать вешать повесить заасайнить заасайнь"
    ),
    conjunctions=words(", а затем и потом"),
    means_openers=words("пусть через"),
    dispatch_verbs=words("отправить отправлять послать посылать пустить показать вывести"),
    media_collections=words("плейлист подборка"),
    collection_links=words("в во"),
    quantity_verbs=words("добавить прибавить убавить поддать"),
    device_quantities=words("яркость громкость звук бас басы тепло холод прохлада"),
    quantity_fillers=words("ещё еще немного немножко чуть чуть-чуть слегка пожалуйста"),
    favourite_collections=words("любимые любимое избранное избранные"),
    favourite_pronouns=words("это эту этот эти её ее его их"),
    money_transfer_verbs=words("перевести перечислить скинуть закинуть"),
    level_verbs=words("поставить выставить установить поднять опустить"),
    heated_places=words(
        "комната спальня кухня ванная гостиная детская кабинет прихожая коридор дом квартира"
        " зал веранда гараж"
    ),
    level_breakers=words(
        """
        минута минуты минут мин час часа часов ч секунд число числа утра вечера дня ночи
        человек гостей штук раз процентов процента день дня дней неделю недели
        """
    ),
    vehicles=words("авто автомобиль машина машинка тачка car"),
    modes=words("режим"),
    comitatives=words("с со"),
    vehicle_verbs=words("прогреть прогревать разогреть завести"),
)

NUMBERS = NumberWords(
    units=MappingProxyType(
        {
            **_forms(Decimal("1"), "один одна одним одно одного одной одну"),
            **_forms(Decimal("2"), "два две двум двумя двух"),
            **_forms(Decimal("3"), "трем тремя трех три"),
            **_forms(Decimal("4"), "четыре четырем четырех четырьмя"),
            **_forms(Decimal("5"), "пяти пять пятью"),
            **_forms(Decimal("6"), "шести шесть шестью"),
            **_forms(Decimal("7"), "семи семь семью"),
            **_forms(Decimal("8"), "восемь восемью восьми"),
            **_forms(Decimal("9"), "девяти девять девятью"),
            **_forms(Decimal("10"), "десяти десять десятью"),
            **_forms(Decimal("11"), "одиннадцати одиннадцать"),
            **_forms(Decimal("12"), "двенадцати двенадцать дюжина дюжину дюжины"),
            **_forms(Decimal("13"), "тринадцати тринадцать"),
            **_forms(Decimal("14"), "четырнадцати четырнадцать"),
            **_forms(Decimal("15"), "пятнадцати пятнадцать"),
            **_forms(Decimal("16"), "шестнадцати шестнадцать"),
            **_forms(Decimal("17"), "семнадцати семнадцать"),
            **_forms(Decimal("18"), "восемнадцати восемнадцать"),
            **_forms(Decimal("19"), "девятнадцати девятнадцать"),
        }
    ),
    tens=MappingProxyType(
        {
            **_forms(Decimal("20"), "двадцати двадцать"),
            **_forms(Decimal("30"), "тридцати тридцать"),
            **_forms(Decimal("40"), "сорок сорока"),
            **_forms(Decimal("50"), "пятидесяти пятьдесят"),
            **_forms(Decimal("60"), "шестидесяти шестьдесят"),
            **_forms(Decimal("70"), "семидесяти семьдесят"),
            **_forms(Decimal("80"), "восемьдесят восьмидесяти"),
            **_forms(Decimal("90"), "девяноста девяносто"),
            **_forms(Decimal("100"), "ста сто"),
            **_forms(Decimal("200"), "двести двухсот"),
            **_forms(Decimal("300"), "трехсот триста"),
            **_forms(Decimal("400"), "четыреста четырехсот"),
            **_forms(Decimal("500"), "пятисот пятьсот"),
            **_forms(Decimal("600"), "шестисот шестьсот"),
            **_forms(Decimal("700"), "семисот семьсот"),
            **_forms(Decimal("800"), "восемьсот восьмисот"),
            **_forms(Decimal("900"), "девятисот девятьсот"),
        }
    ),
    solo=MappingProxyType(
        {
            **_forms(Decimal("0.5"), "половинку половину"),
            **_forms(Decimal("1.5"), "полтора полторы полутора"),
            **_forms(Decimal("2"), "пара парочку пару пары"),
            **_forms(Decimal("10"), "десятка десяток десяточек десяточка десяточку"),
            **_forms(Decimal("5"), "пяток пятка пяточек пяточка пяточку полдесятка"),
            **_forms(Decimal("6"), "полдюжины полдюжина полдюжину"),
            **_forms(Decimal("2"), "парочка парочки"),
            **_forms(Decimal("50"), "полсотни полсотня"),
            **_forms(Decimal("100"), "сотня сотню сотни сотенку"),
        }
    ),
)

UNITS = UnitWords(
    size_words=words(
        """
        большая большие большую большой большого большое больших огромная огромную огромный
        огромное огромные огромных маленькая маленькую маленький маленькое маленькие
        маленьких небольшая небольшую небольшой небольшое небольшие средняя среднюю средний
        среднее средние средних
        """
    ),
    multipliers=MappingProxyType(
        {
            **_forms(Decimal("10"), "десятка десятки десятков десяток"),
            **_forms(Decimal("12"), "дюжин дюжина дюжину дюжины"),
        }
    ),
    times=words("* × х"),
    glued_times=words("х"),
    each=words("по"),
    shared=words("по"),
    each_one=words("каждого каждой каждый каждую каждое каждому каждых"),
    head_next=words("для из-под под"),
    measured_purposes=words("для"),
    name_links=words("в во и на с"),
    half_words=words("пол"),
    half_prefixes=("пол",),
    forms=MappingProxyType(_UNIT_FORMS),
    abbreviations=frozenset(_ABBREVIATIONS),
    pure=words("kg g l ml pcs pound"),
    one_before_word=_ONE_FORMS,
)

DATES = DateWords(
    day_offsets=MappingProxyType(
        {
            **_forms(-2, "позавчера"),
            **_forms(-1, "вчера"),
            **_forms(0, "сегодня седня сёдня сегодняшний"),
            **_forms(1, "завтра"),
            **_forms(2, "послезавтра"),
            **_forms(3, "послепослезавтра"),
        }
    ),
    # "после завтра": "послезавтра" spelt apart
    offset_phrases=((("после", "завтра"), 2),),
    day_preps=words("до на"),
    deadline_leads=(
        ("не", "позднее", "чем"),
        ("не", "позже", "чем"),
        ("не", "позднее"),
        ("не", "позже"),
    ),
    weekdays=MappingProxyType(
        {
            **_forms(0, "пн понедельник понедельника понедельнику пнд понед"),
            **_forms(1, "вт вторник вторника вторнику втр"),
            **_forms(2, "ср среда среде среду среды срд"),
            **_forms(3, "четверг четверга четвергу чт чтв четв"),
            **_forms(4, "пт пятница пятнице пятницу пятницы птн пятн"),
            **_forms(5, "сб суббота субботе субботу субботы сбт субб"),
            **_forms(6, "воскресенье воскресенью воскресенья вс вск воскр воскресение воскресении"),
        }
    ),
    weekday_mods=words("ближайшее ближайший ближайшую следующее следующий следующую это этот эту"),
    # the days of the Orthodox year named by a weekday and its word ("в чистый четверг"):
    # days from Easter
    feast_days=MappingProxyType(
        {
            ("чистый", "четверг"): -3,
            ("страстную", "пятницу"): -2,
            ("вербное", "воскресенье"): -7,
            ("чистый", "понедельник"): -48,
        }
    ),
    past_mods=words("прошлое прошлой прошлую прошлый"),
    week_words=words("неделе неделю"),
    next_week_mods=words("следующей следующую"),
    past_week_mods=words("прошлой прошлую прошлые прошлых"),
    past_deed_openers=words(
        """
        который которая которое которые которого которой которую которым которых
        """
    ),
    free_relatives=words("чем чём чего чему"),
    topic_preps=words("про о об насчёт насчет"),
    past_source_preps=words("с со как"),
    week_preps=words("на"),
    weekday_preps=words("в во до к"),
    weekend=words("выходные выходным выходных уикенд уикенда"),
    weekend_mods=words("следующие следующих эти этим этих"),
    next_words=words("следующие следующих"),
    weekend_preps=words("в до к на"),
    part_nouns=words("утро день вечер ночь полдень обед полночь"),
    parts=MappingProxyType(
        {
            **_forms(9, "утром утречком поутру спозаранку"),
            **_forms(14, "днем"),
            **_forms(19, "вечером вечерком вечерочком"),
        }
    ),
    part_blockers=words("с со"),
    part_blockers_after=words("рождения"),
    parts_after=MappingProxyType(
        {
            **_forms(9, "утра утру"),
            **_forms(19, "вечера вечеру"),
        }
    ),
    parts_after_preps=words("до к с"),
    # "на утро", "на вечер": the part of the day a deed is set for ("поставь ему на вечер")
    set_parts=MappingProxyType({"утро": 9, "вечер": 19}),
    set_part_preps=words("на"),
    part_setters=words("ему ей им мне тебе задачу задача поставь запиши"),
    months=MappingProxyType(
        {
            **_forms(1, "января"),
            **_forms(2, "февраля"),
            **_forms(3, "марта"),
            **_forms(4, "апреля"),
            **_forms(5, "мая"),
            **_forms(6, "июня"),
            **_forms(7, "июля"),
            **_forms(8, "августа"),
            **_forms(9, "сентября"),
            **_forms(10, "октября"),
            **_forms(11, "ноября"),
            **_forms(12, "декабря"),
        }
    ),
    dashed_ordinals=words("го е ого"),
    day_of_month_words=words("числа числу"),
    after_day_of_month=words("в и пожалуйста"),
    date_preps=words("до к"),
    spans=MappingProxyType(
        {
            **_forms(1, "мин минут минуту минуты"),
            **_forms(30, "полчаса"),
            **_forms(60, "час часа часов"),
            **_forms(1440, "день дней дня сутки суток"),
            **_forms(10080, "недели недель неделю"),
        }
    ),
    span_words=words("через"),
    bare_span_words=words("через"),
    time_preps=words("в во до к около"),
    compact_clock_leads=words("в во до к около"),
    compact_clock_openers=words("мне ему ей им нам"),
    year_leads=words("до к"),
    hour_words=words("час часа часов"),
    lunch_hour_words=words("час"),
    meridiems=MappingProxyType(
        {
            **_forms("am", "утра"),
            **_forms("day", "дня"),
            **_forms("night", "ночи"),
            **_forms("pm", "вечера"),
        }
    ),
    named_times=MappingProxyType(
        {
            **_forms(12, "полдень"),
            **_forms(24, "полночь"),
        }
    ),
    day_ordinals=MappingProxyType(
        {word: day for day, word in enumerate(_DAY_ORDINALS, start=1)}
        | {"тридцатого": 30}
        # the dative of a deadline: "к восьмому марта", "к двадцать пятому"
        | {word[:-2] + "му": day for day, word in enumerate(_DAY_ORDINALS, start=1)}
        | {"тридцатому": 30}
    ),
    year_words=words("г года году"),
    half_hour_words=words("половине"),
    short_half_hour_words=words("пол"),
    glued_half_hours=MappingProxyType(
        {
            f"пол{dash}{word}": hour
            for hour, word in enumerate(_DAY_ORDINALS[:12], start=1)
            for dash in ("", "-")
        }
    ),
    recurrence_words=words("каждая каждое каждой каждую каждые каждый"),
)

OPEN_WORLD = OpenWorldWords(
    placed_errand_lemmas=words("убраться прибираться"),
    placed_errand_places=words(
        """
        комната квартира дом домик шкаф шкафчик гардероб антресоль полка тумбочка комод стол
        ящик холодильник морозилка морозильник духовка плита раковина машина багажник салон
        """
    )
    | frozenset(
        w for room in _ROOMS.split(";") for phrase in room.split("|") for w in phrase.split()
    ),
    errand_lemmas=words(
        """
        вымыть вынести выбросить выкинуть выносить выгулять вытереть выстирать вычистить
        выучить гладить готовить вызвать закрепить назначить поменять заменить проветрить
        сделать забрать завезти заклеить заморозить заниматься записаться
        заправить застелить зашить испечь искупать купать кормить мыть нарезать натереть
        отвезти отвести отнести отмыть отремонтировать перебрать перемыть повесить погладить
        погулять подготовить подмести позаниматься покормить покрасить полить поливать помочь
        помыть пообедать постелить постирать почистить починить приготовить прибить прибрать
        прибраться привезти принести пришить пропылесосить прополоть протереть пылесосить
        разложить разморозить разобрать развесить расставить сварить сдать сложить снять
        собрать стирать сходить съездить убираться убрать чинить чистить пожарить полоть
        встретить отдраить вскопать подвезти довезти разгрести
        налепить слепить запечь потушить отварить замариновать замесить нажарить напечь
        наварить накрутить обжарить наготовить сготовить состряпать настрогать
        свозить сводить вывезти перевезти накормить напоить подоить выгуливать вычесать
        расчесать подрезать обрезать пересадить посадить выкопать окучить побелить наколоть
        натаскать перестелить вытрясти выбить наточить поточить
        драить убирать подметать протирать забирать отвозить отводить
                вытряхнуть перестирать отгладить замочить разгрузить загрузить прочистить вымести подстричь постричь покосить скосить сгрести подшить уложить проверить забронировать продлить получить поздравить пригласить навестить проведать заехать зайти проводить
        """
    ),
    deliberation_words=words(
        "думать подумать соображать гадать размышлять прикидывать решать знать интересно"
    ),
    search_verbs=words(
        "найти поискать искать посмотреть глянуть узнать проверить нагуглить нарыть отыскать"
    ),
    web_words=words(
        """
        интернет интернете интернета инет инете инета онлайн гугл гугле гуглу яндекс яндексе
        ютуб ютубе ютюб ютюбе википедия википедии вики чатгпт нейросеть нейросети
        """
    ),
    assistant_words=words(
        """
        анекдот будильник гороскоп кубик монетка новость новости погода прогноз рецепт сказка
        стих стишок таймер шутка загадка промпт смс эсэмэска
                пробки курс цитата факт расписание калькулятор
        погода прогноз новости анекдот шутка сказка стих загадка рецепт будильник таймер секундомер гороскоп пробки определение калькулятор песенка маршрут
        скрипт макрос стихотворение четверостишие поздравление тост слоган скриншот скрин
        """
    ),
    booking_verbs=words("бронировать забронировать зарезервировать"),
    booking_channels=words("онлайн сайт приложение госуслуги госуслуга"),
    rule_drop_verbs=words(
        "игнорируй игнорировать забудь забыть представь представим отключи отмени нарушь обойди"
    ),
    rule_nouns=words("правил правила правилам ограничений ограничения фильтров фильтры"),
    # оценка, а не просьба: "мыть окна зимой бессмысленно", "там дешевле", "это переплата";
    # не "лучше" и не "хуже": ими поправляют просьбу ("нет, лучше куриный")
    evaluative_predicates=words(
        """
        бессмысленно бесполезно глупо дорого дороговато дороже дешевле дёшево дешево выгодно
        выгоднее невыгодно скучно утомительно неудобно удобнее вредно ужасно отвратительно
        невкусно переоценён переоценен переплата
        """
    ),
    excess_degrees=words("слишком чересчур"),
    counterfactual_leads=(("если", "бы"), ("вот", "бы"), ("эх", "бы")),
    counterfactual_fillers=words("вот эх ах ох ну а"),
    chore_states=words("сделано готово выполнено гора горы куча кучи завал"),
    currency_marks=words("₽ руб р"),
    outage_nouns=words("отключение отключения"),
    back_references=words("это его её ее ему ей им их"),
    existentials=words("есть осталось остался осталась остались имеется"),
    turn_nouns=words("очередь"),
    own_turn_denials=phrases(
        "не моя | не я | не моя очередь | не его очередь | не её очередь | не ее очередь"
    ),
    duty_reports=words("говорит сказал сказала думаю считает очередь должна должен"),
    duty_denials=phrases(
        "это неправда | это не правда | это враньё | это вранье | неправда | я пас"
    ),
    deed_feelings=phrases(
        """
        терпеть не могу | ненавижу | не понимаю зачем | не понимаю , зачем | нет времени
        | нет время | некогда | не хочет | не хотят
        """
    ),
    denied_needs=words("надо нужно нужна нужен нужны просила просил просили"),
    need_denial_negations=words("не"),
    label_phrases=phrases(
        "не отбеливать | гладить при | стирать при | время приготовления | не превышать | порций"
    ),
    dose_phrases=phrases("раза в день | раз в день | во время еды | после еды"),
    dose_nouns=words("таблетка капсула пастилка саше"),
    notice_groups=words("учащиеся ученики"),
    shared_groups=words("ребята родители дети"),
    group_contexts=words(
        """
        урок урока уроку уроке класс класса классе школа школу школе школы занятие занятия
        занятию кружок кружка учитель учителю учительница учительнице офис офиса
        """
    ),
    notice_modals=words("должны"),
    work_addresses=words("коллеги"),
    report_headings=words("итоги отчёт отчет сводка состав дозировка"),
    sum_told_verbs=words("стоили обошлось обошлись сэкономили потратили"),
    score_links=phrases("из"),
    booked_speakers=words("меня нас"),
    enrol_verbs=words("записать"),
    appointment_links=words("к"),
    service_links=words("на"),
    appointment_services=words(
        """
        маникюр педикюр стрижка окрашивание массаж узи мрт флюорография анализ анализы приём
        прививка процедура консультация обследование
        """
    ),
    feature_verbs=words("добавить создать сделать завести назначить"),
    app_features=words("зона тема реакция сцена виджет эмодзи смайлик"),
    feature_fillers=words("новый новая новую ещё еще одну один"),
    app_roles=words("админ админом администратор администратором модератор модератором"),
    knowing_wishes=words("хочу хочет хотим хотят хотел хотела хотели"),
    knowing_verbs=words("знать узнать"),
    log_verbs=words("записать отметить зафиксировать"),
    news_openers=phrases(
        """
        к сведению | для сведения | для информации | чтоб ты знал | чтоб ты знала
        | чтобы ты знал | чтобы ты знала | просто чтоб ты знал | просто чтоб ты знала
        | имей в виду | имейте в виду | fyi
        """
    ),
    log_headings=words("заметка пометка"),
    # "показания счётчика": a meter's reading
    measured_quantities=words(
        "вес рост давление температура пульс пробег сатурация показание показания"
    ),
    measure_owners=words("мой моё мою свой своё свою его её ее"),
    knowing_askers=words("кто-нибудь кто-либо кто-то"),
    booked_errands=words(
        """
        врач стоматолог дантист ветеринар ветклиника парикмахер парикмахерская грумер груминг
        педиатр окулист офтальмолог терапевт приём запись анализ прививка мастер сантехник
        электрик то шиномонтаж автосервис няня репетитор занятие урок
        папа мама бабушка дедушка сын дочь ребёнок дети муж жена
        """
    ),
    elsewhere=words(
        "календарь плейлист джира джире джиру jira трелло trello todoist notion ноушн asana"
    ),
    assistant_verbs=words(
        """
        позвонить набрать разбудить прочитать прочесть перезвонить написать повторить
        подтвердить выполнить отвечать ответить подождать подбросить загуглить перевести
        сгенерировать сочинить пересказать перефразировать объяснить посчитать подсчитать
        рассчитать конвертировать сконвертировать
        """
    ),
    text_verbs=words(
        """
        перевести переводить перефразировать пересказать повторить прочитать прочесть
        """
    ),
    assistant_compounds=words("кухонный механический электронный батарейка батарейку розетка"),
    services=words("такси убер яндекс.такси авиабилет билет гостиница отель столик"),
    summon_verbs=words("вызвать"),
    ordering_verbs=words("заказать закажи закажите перезаказать дозаказать"),
    order_channels=words(
        """
        доставка озон ozon вайлдберриз валберис вб wildberries самокат сбермаркет купер
        деливери лавка вкусвилл утконос мегамаркет алиэкспресс aliexpress wolt вольт яндекс
        маркет амазон амазона амазоне amazon инстакарт instacart деливеру deliveroo
        сайт онлайн приложение
        """
    ),
    order_takeaways=words("пицца суши ролл роллы шаурма пепперони"),
    takeaway_followers=words("на к в с из и или да плюс пожалуйста пж плиз сегодня завтра сейчас"),
    storage_places=words("морозилка морозильник морозилку холодильник кладовка кладовку"),
    online_prepositions=words("на через"),
    refusal_fillers=words(
        """
        мне ему ей им нам уже больше никакую никакой ставить поставить ставь ставьте
        создавать создать создавай создавайте заводить завести заводи заводите делать
        сделать делай делайте
        """
    ),
    note_verbs=words("записать запомнить сохранить"),
    note_complementisers=words("что"),
    note_courtesies=words("пожалуйста пожалуста пж пжл пжлст плиз плз"),
    note_beneficiaries=words("для"),
    home_headings=words("дому дом"),
    apology_verbs=words("простить извинить"),
    heading_preps=words("по для"),
    contact_words=words("адрес контакт пароль почта телефон номер"),
    edit_resumes=words("а и но зато ещё еще лучше"),
    list_op_verbs=words(
        "вычеркнуть переименовать отметить галочка галочку зачеркнуть выполнена выполнено"
    ),
    list_edit_verbs=words(
        """
        убрать удалить поменять исправить изменить перенести заменить исключить отменить закрыть
        снять показать прочитать
        отложить сдвинуть передвинуть перепланировать переместить
        """
    ),
    # "хозтовары": a list by its kind, whatever the household calls its own ("убери из
    # хозтоваров шланг")
    list_refs=words("список пункт задача дело напоминание хозтовары"),
    swap_verbs=words("поменять заменить"),
    swap_links=words("вместо на"),
    polite_openers=words("можешь можете сможешь сможете могли мог могла"),
    # … and the frames of a chance asked of the one spoken to: "есть возможность поставить
    # …?", "есть у тебя минутка добавить …?"; those of ease after a negation only
    polite_frames=words(
        "можно нельзя сложно трудно возможно получится возможность минутка минутку"
        " против затруднит затруднило"
    ),
    negated_frames=words("против затруднит затруднило"),
    product_frames=words("против затруднит затруднило возможность минутка минутку"),
    delegated_groups=words("всех всем каждого каждому кого-нибудь кого-то любого"),
    leave_frames=words("можно"),
    showing_verbs=words(
        "посмотри посмотрите глянь гляньте смотри смотрите гляди глядите угадай угадайте"
        " послушай послушайте представь представьте прикинь прикиньте зацени зацените"
    ),
    showing_links=words("что как какой какая какое какие кто куда сколько чего чем"),
    marvel_verbs=words(
        "поверить верить представить представлять вообразить угадать догадаться подумать"
        " понять понимать"
    ),
    general_markers=words("вообще принципе обычно везде всегда было"),
    advice_verbs=words("подсказать сказать посоветовать объяснить рассказать"),
    list_makers=words("новый новую новое ещё еще один одну другой другую отдельный отдельную"),
    lapse_verbs=words(
        """
        забыть забывать позабыть пытаться попытаться стараться постараться смочь суметь
        лениться полениться успеть успевать
        """
    ),
    lapse_hedges=words("чуть едва пока я мы"),
    guess_words=words("наверное наверно вероятно возможно видимо похоже скорее"),
    weary_words=words(
        """
        надоело надоел надоела надоели надоедает достало достал достала достали задолбало
        задолбал задолбала задолбали устал устала устали замучилась замучился замучились
        ненавижу ненавидим люблю обожаю
        """
    ),
    weary_fillers=words("уже я мы же прям просто так"),
    past_copulas=words("было был была были"),
    owed_words=words("должен должна должно должны обязан обязана обязано обязаны"),
    owed_askers=words("пожалуйста пж пжлст плиз плз можешь можете сможешь сможете"),
    musing_particles=words("может мб наверное пожалуй можетбыть"),
    musing_leads=words("а или ну хм хмм эх так и"),
    question_leads=words("а и"),
    deities=words("господи господь боже бог всевышний"),
    prayer_openers=words("о ох ой милостивый"),
    let_petitions=words("пусть пускай"),
    prayer_request_links=words("и а ещё еще"),
    petition_verbs=words(
        "помочь дать сохранить спасти благословить послать уберечь защитить даровать"
        " исцелить пособить пусть пускай"
    ),
    plan_verbs=words(
        """
        собираться планировать запланировать намереваться обещать пообещать решить решать
        думать мечтать
        договориться договариваться вызваться вызываться согласиться соглашаться взяться
        браться отказаться отказываться начать начинать стать продолжать продолжить
        перестать переставать прекратить бросить привыкнуть любить нравиться уметь
        будет будут
        """
    ),
    # the analytic future (spellings; also in ``plan_verbs``): "Дима в субботу будет чинить кран"
    future_auxiliaries=words("будет будут"),
    resumptives=words("всё все это они оно"),
    resumptive_purposes=words("на для к"),
    request_connectives=phrases(
        """
        в любом случае | всё равно | все равно | так или иначе | короче | кстати | ладно
        | в общем | вообщем | неважно | не важно | а пока | пока что | между тем | и ещё | и еще
        | а ещё | а еще | ещё | еще | да и
        """
    ),
    asking_fillers=words(
        "можешь можете сможешь сможете мог могла могли бы ты вы пожалуйста плиз пж срочно"
    ),
    question_particles=words("ли неужели неужто"),
    aside_particle_heads=words("видите видишь знаете знаешь понимаете понимаешь"),
    choice_words=words("или либо иль иначе может возможно наверное вместо разве"),
    already_words=words("уже уж"),
    subjunctives=words("бы б"),
    clock_words=words(
        """
        таймер таймерок будильник секундомер отсчёт отсчет
        секунда секундочка секундка сек минута минутка минуточка мин час часик полчаса
        полчасика
        """
    ),
    clock_links=words("к на до в за по ещё еще больше"),
    recall_words=words(
        "где зачем как какая какие какое какой кто куда откуда почему сколько что чей"
        " отчего насколько каков"
    ),
    content_words=words("что"),
    time_openers=words("когда"),
    recall_deixis=words("там тут"),
    recall_prepositions=words("в во на до с со о об к ко у от из по за"),
    recalled_things=words("рецепт пароль адрес номер код имя фамилия отчество"),
    reporting_lemmas=words("просить попросить сказать говорить хотеть велеть написать"),
    question_reports=words(
        "спросил спросила спросили спрашивал спрашивала спрашивали спрашивает спрашивают"
        " интересовался интересовалась интересуется уточнял уточняла"
    ),
    plan_reports=words(
        "сказал сказала сказали говорит говорят говорил говорила говорили"
        " обещал обещала обещали обещает обещают пишет пишут написал написала написали"
    ),
    plan_report_skips=words("что мне нам"),
    plan_report_times=words("завтра послезавтра сегодня потом позже вечером утром днём днем"),
    plan_doers=words("сам сама сами он она они"),
    injection_markers=words(
        """
        инструкции инструкций инструкция инструкциям промпт промпта системный системная
        системное системного системной системные разработчика администратора игнорируй
        игнорировать
        """
    ),
    injection_roles=words("система системы ассистент ассистента"),
    injection_resumes=words("потом затем"),
    injection_replies=words("ассистент ассистента"),
    injection_echoes=words(
        """
        выведи выводи покажи показывай повтори напиши пиши скопируй вставь распечатай процитируй
        перечисли отправь пришли скинь дай расскажи переведи вывести показать повторить
        напечатай озвучь продиктуй
        """
    ),
    injection_referents=words("его её ее их это этот эту всё все целиком дословно полностью"),
    complement_prepositions=words("для от с в из"),
    filler_phrases=(
        *_ROUTE_PHRASES,
        *_ERRAND_TIMES,
        ("это", "самое"),  # fillers of speech before or between items
        ("в", "общем"),
        ("короче", "говоря"),
        ("так", "сказать"),
        ("как", "бы"),
        ("дай", "подумать"),
        ("ну", "вот"),
        ("значит", "так"),
        ("на", "всякий", "случай"),
        ("про", "запас"),  # "лампочки E27 про запас": kept in reserve, no word of the name
        # a sale said of the item ("сыр по акции", "кофе со скидкой"): why now, no name's
        ("по", "акции"),
        ("по", "скидке"),
        ("со", "скидкой"),
        ("по", "распродаже"),
        ("на", "распродаже"),
        ("на", "завтрак"),
        ("на", "обед"),
        ("на", "ужин"),
        ("к", "завтраку"),
        ("к", "обеду"),
        ("к", "ужину"),
        ("на", "полдник"),
        ("на", "перекус"),
        ("на", "второй", "завтрак"),
        ("к", "полднику"),
        ("к", "чаю"),
        ("к", "празднику"),
        ("на", "день", "рождения"),
        ("ко", "дню", "рождения"),
        ("спасибо", "большое"),
        ("спасибо", "огромное"),
        ("спасибо", "тебе", "большое"),
        ("будь", "добр"),
        ("будь", "добра"),
        ("будь", "добро"),
        ("будьте", "добры"),
        ("чуть", "не", "забыла"),
        ("чуть", "не", "забыл"),
        # a referent the hearer is trusted to know, no product named: "ну ты понял какой"
        *(
            (*lead, "ты", knew, *which)
            for lead in ((), ("ну",))
            for knew in ("понял", "поняла", "знаешь", "помнишь")
            for which in (
                (),
                ("какой",),
                ("какая",),
                ("какую",),
                ("какое",),
                ("какие",),
                ("какого",),
                ("каких",),
            )
        ),
        ("сам", "знаешь"),
        ("сама", "знаешь"),
        ("знаешь", "какой"),
        ("знаешь", "какую"),
        ("знаешь", "какие"),
        ("ну", "этот", "самый"),
        ("ну", "эту", "самую"),
        # hesitation while the word is found: "этого самого, как его, средства для окон"
        *(
            (this, same)
            for this, same in (
                ("этого", "самого"),
                ("этой", "самой"),
                ("эту", "самую"),
                ("этим", "самым"),
                ("этом", "самом"),
                ("эти", "самые"),
                ("этих", "самых"),
                ("этот", "самый"),
                ("эта", "самая"),
            )
        ),
        ("как", "его"),
        ("как", "ее"),
        ("как", "их"),
        ("как", "там"),
        ("как", "его", "там"),
        ("как", "это", "называется"),
        ("как", "называется"),
        ("как", "бишь", "его"),
        ("и", "все"),  # the list is closed: "…, и всё", "больше ничего", "на этом всё"
        ("вот", "и", "все"),
        ("на", "этом", "все"),
        ("пока", "все"),
        ("это", "все"),
        ("больше", "ничего"),
        ("ничего", "больше"),
        ("больше", "ничего", "не", "надо"),
        ("больше", "ничего", "не", "нужно"),
    ),
    letter_words=words("желаем желаю обнимаю поздравляем поздравляю просим уважаемые уважением"),
    signoff_words=words("целую обнимаю"),
    retraction_words=words("забей отбой отмена отменяю"),
    retraction_phrases=(("хотя", "нет"), ("ой", "нет"), ("а", "нет")),
    hedge_words=words("когда-нибудь"),
    mock_openers=(("ну", "да"), ("ага", "конечно"), ("да", "конечно"), ("конечно",)),
    mock_boosters=(("ещё",), ("еще",)),
    mock_tails=(("ага", "конечно"), ("ну", "да", "конечно"), ("ага", "щас"), ("ну-ну",)),
    mock_tail_leads=(
        ("раз", "такой"),
        ("раз", "такая"),
        ("раз", "такие"),
        ("раз", "ты", "такой"),
        ("раз", "ты", "такая"),
        ("раз", "вы", "такие"),
    ),
    own_refusal_ends=words("свой свою своё свое свои"),
    command_marks=words("/"),
    rate_phrases=(("такими", "темпами"), ("таким", "темпом")),
    incredulous_frames=(
        ("правда", "думаешь"),
        ("правда", "думаете"),
        ("серьёзно", "думаешь"),
        ("серьезно", "думаешь"),
        ("реально", "думаешь"),
        ("всерьёз", "думаешь"),
    ),
    incredulous_subjects=words("ты вы"),
    thanks_words=words("спасибо благодарю"),
    thanks_skips=words("тебе вам большое огромное"),
    thanks_links=words("за что"),
    thanks_reminders=words("напоминание напоминания напоминалку напоминалка напомнить"),
    curious_tails=(
        ("просто", "интересно"),
        ("чисто", "интересно"),
        ("просто", "спросил"),
        ("просто", "спросила"),
    ),
    song_marks=words("🎵 🎶 ♪ ♫ 🎼"),
    mention_marks=words("@"),
    refusal_openers=(("ага", "щас"), ("ага", "сейчас"), ("ещё", "чего"), ("еще", "чего")),
    mock_runs=words("разбежался разбежалась"),
    self_doers=words("сам сама сами"),
    self_reflexives=words("себе"),
    hedge_phrases=(
        ("как", "думаешь"),
        ("как", "считаешь"),
        ("не", "уверена"),
        ("не", "уверен"),
        ("я", "думаю"),
        ("я", "вот", "думаю"),
        ("что", "если"),
        ("а", "если"),
        ("подумываю",),
        ("подумываем",),
        ("мечтаю",),
        ("когда", "-", "нибудь"),
    ),
    abstract_needs=words(
        """
        везение время здоровье отдых отпуск перерыв помощь покой совет сон счастие счастье
        терпение тишина удача
        няня репетитор сантехник сиделка электрик
        место бюджет интернет вайфай жизнь идея сериал мозг деньги силы
        минута минутка секунда секундочка передышка
        """
    ),
    stock_fullness=words("полный полная полное полно"),
    stock_holders=words(
        "мешок банка пакет пачка коробка ящик ведро бутылка холодильник морозилка шкаф кастрюля"
    ),
    stock_left=words("ещё еще"),
    stock_parts=words(
        "половина полпакета полбуханки полбатона полбанки полбутылки полмешка полкоробки полпачки"
    ),
    service_needs=words(
        """
        врач доктор фельдшер медсестра медбрат терапевт педиатр хирург окулист стоматолог
        дантист ветеринар ветврач психолог логопед скорая скорую неотложка полиция полицию
        милиция мчс спасатель спасатели парикмахер стрижка маникюр педикюр массаж массажист
        юрист адвокат нотариус слесарь грузчик грузчики эвакуатор механик автомеханик
        """
    ),
    idle_verbs=words("выспаться отдохнуть подумать поговорить помочь поспать"),
    performative_lemmas=words(
        """
        доводить довести сообщать сообщить информировать проинформировать уведомлять уведомить
        извещать известить просить попросить напоминать напомнить поручать поручить требовать
        потребовать предлагать предложить обращаться обратиться приказывать приказать велеть
        рекомендовать порекомендовать настаивать разрешать разрешить обязывать обязать
        """
    ),
    compose_verbs=words("написать составить сочинить набросать придумать накидать напечатать"),
    forward_openers=words("пересланное пересланные переслано пересылаю пересылка"),
    chat_nouns=words(
        "чат чатик беседа группа вотсап ватсап воцап телеграм телеграмм телега вайбер viber"
        " дискорд discord телеграмма"
    ),
    forward_phrases=(
        ("пересланное", "сообщение"),
        ("переслано", "от"),
        ("перешлите", "всем"),
        ("разошлите", "всем"),
        ("отправь", "это", "10"),
    ),
    deed_verbs=words("сделать делать разобраться разбираться заняться решить порешать уладить"),
    vague_deeds=words(
        """
        это этим этого то тем того всё все всем всего что-нибудь что-то чтонибудь кое-что
        как-нибудь так как надо нужно нужное необходимое обычно всегда сейчас пожалуйста плиз
        пж срочно уже с со там тут ну уж же бы
        """
    ),
    idle_tail=words("мне нам немного об обо это этом с тобой"),
    notice_states=words(
        """
        готов готова доставлен доставлена заблокирован заблокирована одобрен одобрена отменен
        отменена отклонен отклонена передан передана просрочен просрочена
        оплачен оплачена отправлен отправлена получен получена принят принята подтвержден
        подтверждена выполнен выполнена собран собрана зачислен зачислена списан списана
        перенесен перенесена продлен продлена успешно
        """
    ),
    reader_possessives=words("ваш ваша ваше ваши"),
    reply_code_verbs=words("ответьте ответь отправьте отправь пришлите напишите смс"),
    reply_code_purposes=words(
        """
        подтверждения подтвердить отмены отменить отписки отписаться переноса перенести
        записи отказа
        """
    ),
    receipt_labels=words("баланс доступно итог итого сумма сдача"),
    # голос отправителя (школа, управляющая компания, магазин), обращение ко многим, условия акции
    notice_phrases=(
        ("напоминаем",),
        ("сообщаем",),
        ("информируем",),
        ("уведомляем",),
        ("извещаем",),
        ("доводим", "до"),
        ("обращаем", "ваше", "внимание"),
        ("управляющая", "компания"),
        ("товарищество", "собственников"),
        *(
            ("уважаемые", whom)
            for whom in words(
                """
                жители жильцы собственники родители клиенты покупатели пассажиры абоненты
                пациенты соседи гости подписчики
                """
            )
        ),
        *(
            ("уважаемый", whom)
            for whom in words("клиент покупатель абонент пациент житель собственник пользователь")
        ),
        ("акция", "действует"),
        ("предложение", "действует"),
        ("не", "отвечайте"),
        ("отписаться",),
    ),
    notice_labels=words("внимание анонс извещение объявление оповещение уведомление"),
    call_phrases=(
        # volunteers asked for, thanks to neighbours
        *(
            (need, whom)
            for need in words("нужны требуются")
            for whom in words("волонтеры добровольцы")
        ),
        *(
            (*thanks, whom)
            for thanks in (("спасибо",), ("спасибо", ","))
            for whom in words("соседи жильцы жители родители волонтеры")
        ),
        # a collection for many ("Сбор вещей для приюта: нужны …")
        *(("сбор", what) for what in words("вещей помощи пожертвований одежды")),
        # a notice addressed to all its readers
        *(("всем", whom) for whom in words("жильцам жителям родителям соседям")),
        # a shift's handover written for the next worker
        ("передача", "смены"),
        ("сдача", "смены"),
    ),
    advice_phrases=(
        # совет публике в третьем лице, никому из семьи: "Жителям рекомендуется …",
        # "Водителей просят …"
        *(
            (whom, advice)
            for whom in words(
                """
                жителям жильцам гражданам горожанам населению собственникам автомобилистам
                водителям пешеходам пассажирам
                """
            )
            for advice in words("рекомендуется рекомендовано следует необходимо предлагается")
        ),
        *(
            pair
            for advice in words("просят призывают рекомендуют просим призываем рекомендуем")
            for whom in words(
                "жителей жильцов граждан горожан население собственников автомобилистов"
                " водителей пешеходов пассажиров"
            )
            for pair in ((advice, whom), (whom, advice))
        ),
    ),
    source_labels=words(
        "чек скриншот скрин текст инструкция памятка группа чат уведомление оповещение"
    ),
    signature_bodies=words(
        "родкомитет оргкомитет домком профком правление администрация дирекция совет ук тсж"
    ),
    signature_skips=words("ваш ваша ваше ваши наш наша наше наши"),
    signature_tails=words("дома школы класса родителей жильцов"),
    plural_imperative_endings=("те",),
    offer_deals=phrases("за полцены | бесплатная доставка | доставка бесплатно"),
    offer_priced=(("по", "цене"),),
    offer_counted=(
        *(
            (discount, *tail)
            for discount in words("скидка скидку скидкой скидки скидок")
            for tail in ((), ("до",))
        ),
    ),
    offer_rewards=words("получите получи получаете получаешь"),
    offer_gifts=phrases("в подарок | бесплатно | скидку | кэшбэк | кешбэк | кешбек | кэшбек"),
    offer_gift_tails=words("при за на"),
    offer_calls=phrases(
        """
        только сегодня | только до | успейте | успей | спешите | торопитесь |
        не упустите | при покупке | при заказе | количество ограничено |
        предложение ограничено
        """
    ),
    offer_household_calls=phrases("кто-нибудь | кто нибудь | кто-то | по дороге | домой"),
    sender_voice_verbs=words("напоминаем сообщаем информируем уведомляем извещаем"),
    collect_verbs=words("забрать забирать получить получать"),
    class_words=words("класс"),
    day_heads=words("день"),
    dress_day_words=words("формы пижам пижамы шляп костюмов"),
    dress_day_links=words("без"),
    sender_labels=words("от"),
    message_pronouns=words("вам вы мне мы нам тебе ты я"),
    second_person_words=words("вам вас вы ваш ваша ваше ваши тебе тебя ты твой твоя твоё твои"),
    asking_reports=words(
        """
        просил просила просили попросил попросила попросили говорил говорила говорили
        сказал сказала сказали
        """
    ),
    reproach_particles=words("же"),
    repeat_words=words("раз раза дважды трижды опять снова"),
    contrast_links=words("а"),
    contrast_negations=words("не"),
    hope_words=words("надеюсь надеемся"),
    someone_words=words("кто-нибудь кто-то кто-либо"),
    hope_abilities=words("сможет сможешь сможете смогут"),
    intention_words=words("собираюсь собираемся планирую планируем думаю думаем"),
    condition_openers=words("если ежели коли"),
    condition_thens=words("то"),
    speaker_subjects=words("я мы"),
    plan_modals=words("бы"),
    possibility_words=words("можно"),
    # a request taken back (``_takeback``; round 25)
    takeback_cancels=phrases(
        """
        не надо | не нужно | уже не надо | уже не нужно | не надо уже | не нужно уже |
        ничего не надо | отменяется | отмена | отменить | отбой | забей | забудь | забудь об этом |
        проехали | не актуально | неактуально | уже неактуально | уже не актуально
        """
    ),
    takeback_withdrawals=words("стоп нет не неа погоди подожди стой постой"),
    takeback_openers=words("а ой хотя ладно блин ну так ах"),
    takeback_done_words=words("уже есть полно навалом хватает осталось остался осталась остались"),
    takeback_resumers=words("просто лучше тогда вместо пожалуйста давай"),
    takeback_referents=words("ей ему им её ее его их него неё нее них нему ней ним"),
    takeback_pauses=words("… ."),
    takeback_settlers=phrases(
        "лучше | будет лучше | хватит | достаточно | будет достаточно | сойдёт | сойдет"
    ),
    takeback_leads=words("и или чтобы что"),
    consequence_fillers=words("ещё еще тоже также немного несколько пожалуйста там тогда"),
    takeback_corrections=words(
        """
        нужен нужна нужно нужны нужный надо хотеть хочет хочу хотим хотят хотел хотела
        просить попросить просил просила просили попросил попросила сказать сказал сказала
        сказали говорить говорит говорил говорила велеть велел велела
        """
    ),
    takeback_beneficiary_links=words("для"),
    courtesy_conditions=words("трудно сложно тяжело затруднит напряжно время"),
    quote_relays=words("говорит говорят сказал сказала сказали пишет"),
    wish_phrases=(
        ("береги", "себя"),
        ("берегите", "себя"),
        ("выздоравливай",),
        ("поправляйся",),
        ("удачи",),
        ("спокойной", "ночи"),
        ("доброе", "утро"),
        ("с", "днем", "рождения"),
        ("с", "днём", "рождения"),
        ("с", "новым", "годом"),
        ("с", "праздником"),
        ("отдыхай",),
        ("не", "болей"),
    ),
    step_nouns=words("шаг этап"),
    joke_words=words("шучу шутка"),
    laugh_words=words("ахах ахаха ахахах ахахаха хах хаха хахаха хахахах хахахаха лол"),
    withdrawal_tails=words("не надо нужно нет неа"),
    withdrawal_negations=words("не нет неа"),
    reply_words=words(
        """
        ок окей окс ладно лады хорошо хорош хор ага угу да да-да нет неа ясно понятно понял
        поняла поняли принял приняла принято договорились добро конечно канеш норм отлично
        супер класс сделаю сделаем спасибо спс пасиб благодарю ну
        """
    ),
    # имена колонок: Яндекса, VK (Маруся), Сбера (Салют, Афина, Джой), их чужие голоса
    reply_copulas=words("есть"),
    wake_words=words(
        """
        алиса алис алисочка алиска маруся маруська марусенька алекса сири кортана биксби бот
        """
    ),
    wake_openers=words("эй ей ок окей окэй о'кей слушай слышь привет хей"),
    meta_phrases=(
        ("забудь", "всё"),
        ("забудь", "все"),
        ("забудь", "то"),
        ("забудь", "что"),
        ("забудь", "свои"),
        ("забудь", "наш"),
        ("забудь", "предыдущие"),
        ("игнорируй", "всё"),
        ("игнорируй", "все"),
        ("игнорируй", "свои"),
        ("игнорируй", "предыдущие"),
        ("игнорируй", "прошлые"),
        ("ты", "теперь"),
        ("теперь", "ты"),
        ("отныне", "ты"),
        ("отныне", "отвечай"),
        ("представь", "что", "ты"),
        ("представь", ",", "что", "ты"),
        ("притворись",),
        ("веди", "себя", "как"),
        ("с", "этого", "момента", "отвечай"),
        ("с", "этого", "момента", "ты"),
        ("с", "этого", "момента", "говори"),
        ("с", "этой", "минуты", "отвечай"),
        ("отвечай", "только"),
        ("отвечай", "мне", "только"),
        ("говори", "только"),
        ("пиши", "только"),
    ),
    meta_bridges=words(
        "и а но так ну просто пока теперь лучше вместо ещё еще также кстати , . ; : ! - — –"
        " зы пс"  # a postscript's label ("ЗЫ", "ПС")
    ),
    called_wake_words=words("яндекс салют сбер афина джой гугл гугле гугол"),
    # звуки раздумья (с протяжкой и через дефис; "м" и "мм" — метры и миллиметры, "ааа" —
    # размер батареек, а "а" — союз: они шум только протянутыми)
    hesitation_sounds=words(
        """
        э ээ эээ ээээ эээээ э-э э-э-э ээ-э эм эмм эммм э-м эм-м ммм мммм ммммм м-м м-м-м мм-м
        хм хмм хммм хм-м аааа а-а а-а-а ыы ыыы ы-ы эхм мда
        """
    ),
    discourse_openers=words(
        """
        значит так короче типа слушай слушайте смотри смотрите слышь слыш итак ну ладно
        вобщем
        """
    ),
    found_word_marks=words("вот"),
    count_hedges=words("типа где-то"),
    noise_boundaries=words("и а но да или ещё еще , ; : . ! ? … — – -"),
    # предлоги и падежи, которыми они управляют
    split_prepositions={
        "в": words("accs loct loc2"),
        "во": words("accs loct loc2"),
        "на": words("accs loct loc2"),
        "с": words("gent gen2 ablt accs"),
        "со": words("gent gen2 ablt accs"),
        "под": words("accs ablt"),
        "по": words("datv accs loct"),
        "за": words("accs ablt"),
        "при": words("loct"),
        "про": words("accs"),
        "от": words("gent gen2"),
        "до": words("gent gen2"),
        "из": words("gent gen2"),
        "без": words("gent gen2"),
        "над": words("ablt"),
        "о": words("loct accs"),
        "об": words("loct accs"),
        "к": words("datv"),
        "ко": words("datv"),
        "у": words("gent gen2"),
    },
    # предлог, записанный как слышится: "ат перхоти", "ис пакета", "ф пакете"
    sounded_prepositions={"ат": "от", "ис": "из", "ф": "в"},
    recalled_facts=words(
        "пароль логин код пин пинкод номер телефон адрес имя фамилия отчество название цена"
        " стоимость размер рецепт индекс почта email e-mail"
    ),
    owner_prepositions=words("у"),
    work_nouns=words(
        "договор доклад клиент отчет отчетность презентация слайд смета созвон совещание сводка"
        " баг релиз спринт ретро ретроспектива стендап дейли дейлик планерка летучка синк"
        " вебинар митап онбординг"
    ),
    ambiguous_work_nouns=words("слайд"),
    handwork_verbs=words(
        "мыть помыть вымыть отмыть подмести убрать пропылесосить покрасить почистить"
        " постирать протереть"
    ),
    household_work_owners=words(
        "школа класс урок учитель сантехник электрик мастер бабушка дедушка"
    ),
    label_lemmas=words(
        """
        нанести наносить разбавить разбавлять развести разводить взболтать встряхнуть
        избегать хранить беречь применять применить использовать втереть втирать
        утилизировать проветрить проветривать обратиться
        """
    ),
    recipe_lemmas=words(
        """
        взбивать взбить вмешать выкладывать выложить выпекать запекать замесить обжарить
        остудить перемешать помешивать посолить поперчить посыпать просеять растопить смазать
        накрыть раскатать отварить обвалять подрумянить тушить
        """
    ),
    cooking_lemmas=words(
        """
        варить сварить довести нарезать порезать нарубить натереть почистить очистить смешать
        размешать жарить пожарить запечь охладить слить процедить замариновать мариновать
        замочить промыть разогреть прогреть подавать подать влить всыпать добавлять
        бланшировать томить пассеровать
        """
    ),
    recipe_frames=words("надо нужно нужный напомни напомнить напоминать"),
    recipe_adding=words("добавить добавлять"),
    record_headings=words(
        "инвентаризация остаток учёт учет график расписание замер ингредиент рецепт состав"
        " опрос голосование"
    ),
    poll_headings=words("опрос голосование"),
    dish_headings=words(
        """
        борщ щи солянка рассольник уха плов суп рагу жаркое гуляш винегрет оливье запеканка
        шарлотка окрошка лазанья сырники блины
        """
    ),
    purchase_headings=words("продукт покупка список закупка шопинг"),
    dimension_words=words("высота ширина длина глубина площадь толщина диаметр"),
    recipe_needs=(("понадобится",), ("понадобятся",), ("потребуется",), ("потребуются",)),
    step_openers=words("потом затем сначала"),
    chore_links=words("и"),
    kitchen_measures=words("щепотка ложка ложечка стакан зубчик веточка"),
    taste_measures=words("вкусу"),
    taste_links=words("по"),
    asked_future_leads=words(
        "а ну ты вы же может мб пожалуйста пож пжл плиз слушай слышь эй ли мы"
    ),
    group_modals=words("можем сможем"),
    proposal_leads=words("давай давайте"),
    asked_plan_marks=words("себе ли когда-нибудь когда-либо"),
    asked_take_verbs=words("взять захватить прихватить"),
    asked_company_marks=words("мной нами"),
    ask_cues=words(
        "можешь сможешь можете сможете кто-нибудь кто-то кто-либо было есть можно могу"
        " может мб сложно трудно лом мог могла могли против хочешь хотите хорошо неплохо"
        " здорово сходишь сходите сходит съездишь съездите съездит сбегаешь сбегает сгоняешь"
        " сгоняет"
    ),
    ask_modals=words("можешь сможешь можете сможете мог могла могли"),
    ask_addressees=words("ты вы"),
    ask_someones=words("кто-нибудь кто-то кто-либо"),
    ask_someone_modals=words("может сможет"),
    ask_leads=words("а слушай слушайте ну эй так"),
    ask_between=words("а ты вы же пожалуйста плиз пж бы не"),
    ask_hedges=phrases(
        """
        было бы неплохо | было бы здорово | было бы классно | было бы хорошо | было бы супер
        | было бы отлично | было бы круто | было бы славно | было бы nice | было бы great
        | есть шанс | хорошо бы | неплохо бы | здорово бы | было бы хорошо
        """
    ),
    ask_hedge_links=phrases("если бы | что"),
    ask_leave_frames=phrases(
        """
        можно | могу я попросить | можно попросить | можно тебя попросить | не сложно будет
        | не трудно будет | не в лом будет | не сложно | не трудно | не в лом | не против
        | не хочешь | не хотите
        """
    ),
    ask_maybe_frames=words("может мб"),
    ask_permissions=phrases("можно"),
    ask_permission_subjects=words("мне нам я мы меня нас"),
    ask_polite_particles=words("ли"),
    asked_round_trips=words(
        "сходишь сходите сходит съездишь съездите съездит сбегаешь сбегает сгоняешь сгоняет"
    ),
    asked_plural_endings=("те",),
    ask_questions=words("ли или либо"),
    tag_assents=words("ладно хорошо ок окей лады пожалуйста плиз плз пж пжл пжлст пож"),
    tag_addressees=words("ты вы"),
    deliberative_datives=words("мне тебе нам вам"),
    alternative_conjunctions=words("или либо иль"),
    confirmation_tags=words("да правда верно ведь так же точно"),
    thing_only_errands=words("погладить гладить"),
    membership_nouns=words(
        "группа чат беседа семья семейство админ администратор участник канал сервер аккаунт"
        " приложение друг пати лобби клан гильдия"
    ),
    membership_links=words("в во на как"),
    joinees=words("меня нас его её ее их себя бот бота ассистент ассистента муж жена друг подруга"),
    joinee_determiners=words("мою моего нашу нашего свою своего твою твоего"),
    price_links=words("по"),
    stock_links=words("в во на"),
    stock_places=words(
        "холодильнике морозилке морозильнике кладовке шкафу шкафчике погребе подвале буфете"
        " хлебнице аптечке столе полке полках подоконнике балконе антресоли антресолях гараже"
        " сарае"
    ),
    stock_leads=words("у нас меня а"),
    stock_verbs=words("есть лежит лежат стоит стоят осталось остался осталась остались"),
    product_states=words(
        """
        прокисло прокис прокисла прокисли скисло скис скисла скисли испортилось испортился
        испортилась испортились протухло протух протухла протухли заплесневело заплесневел
        заплесневела заплесневели зачерствел зачерствела зачерствело зачерствели чёрствый
        черствый чёрствая черствая чёрствое черствое чёрствые черствые несвежий несвежая
        несвежее несвежие тухлый тухлая тухлое тухлые гнилой гнилая гнилое гнилые просрочен
        просрочена просрочено просрочены просроченный просроченная просроченное просроченные
        подгнило подгнили завяла завял завяло завяли
        """
    ),
    state_tails=words("уже опять снова совсем совершенно вообще напрочь"),
    state_negations=words("без"),
    # a store of the home heading what is in it ("аптечка: бинт, йод", "холодильник - молоко")
    stock_headings=words(
        "запасы инвентарь остатки холодильник морозилка морозильник кладовка кладовая аптечка"
    ),
    stock_heading_marks=words(": — – -"),
    stock_empties=words("пусто пустой пустая пустые нет ничего шаром мало"),
    cooking_plans=words(
        "хочу хотим хочет хотела хотел буду будем будет собираюсь собираемся планирую планируем"
    ),
    cooking_steps=words(
        """
        смешать перемешать жарить пожарить обжарить варить сварить отварить запечь запекать
        печь испечь выпекать взбить тушить потушить замесить посолить поперчить нарезать
        порезать натереть посыпать
        """
    ),
    advisers=words(
        """
        врач врача доктор доктора педиатр терапевт стоматолог зубной лор окулист
        сантехник электрик мастер ветеринар ветврач диетолог тренер
        """
    ),
    adviser_verbs=words(
        "сказал сказала говорит говорил говорила советует посоветовал посоветовала велел"
        " велела рекомендует рекомендовал рекомендовала прописал прописала считает"
    ),
    report_complementisers=words("что чтобы"),
    game_worlds=words(
        """
        игра фортнайт фортнайте майнкрафт роблокс дота доту кс контра стим дискорд бравл симс гта
        варфейс варкрафт танки
        """
    ),
    game_world_links=words("в во"),
    game_players=words("я ты он она мы вы они"),
    oblique_game_goods=words("донат"),
    goods_games=words("калаш калашников нож ножик кс ксго awp авп"),
    goods_links=words("на для в"),
    polite_imperative_endings=("те",),
    order_requests=words(
        "прошу просим просит просят просила просил просили можешь можете сможешь сможете"
    ),
    messengers=words(
        "вотсап ватсап воцап телеграм телеграмм телеграмма телега вайбер личка мессенджер чат"
        " whatsapp telegram viber"
    ),
    messenger_links=words("в во на"),
    sending_verbs=words("скинуть скидывать отправить отправлять переслать прислать"),
    sending_prepositions=words("с со про о об"),
    sent_contents=words(
        """
        фотка фото фотография скрин скриншот ссылка ссылочка мем видео видос геолокация
        локация голосовое смс сообщение номер контакт список
        """
    ),
    reschedule_verbs=words("перенести перенеси передвинуть передвинь отложить отложи"),
    reschedule_links=words("на"),
    reschedule_days=words(
        """
        понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
        завтра послезавтра потом следующий следующая следующую выходные неделя неделю месяц
        """
    ),
    marking_verbs=words("отметить отметь пометить пометь"),
    done_states=words("выполненный выполненная выполненную выполнено сделанный сделанную сделано"),
    reset_verbs=words("сбросить сбрось обнулить обнули"),
    app_objects=words("график графики список списки задачи баллы очки рейтинг"),
    closing_fillers=words("его её ее их это пожалуйста пожалуста пж пжл пжлст плиз плз"),
    writing_verbs=words("написать составить сочинить"),
    composed_texts=words("письмо записка жалоба ответ отзыв объяснительная речь сочинение"),
    new_words=words("новый новая новую отдельный отдельную несколько ещё еще"),
    made_lists=words("список график"),
    list_making_verbs=words("сделать создать составить завести"),
    reassign_verbs=words("переназначить переназначь"),
    handing_verbs=words("передать передай отдать отдай перекинуть перекинь"),
    school_subjects=words(
        """
        физика математика алгебра геометрия химия биология география история литература
        английский английскому русский русскому
        """
    ),
    checking_verbs=words("проверить проверь"),
    checked_texts=words("диктант сочинение изложение эссе орфография пунктуация"),
    solving_verbs=words("решить реши"),
    solved_texts=words("пример примеры уравнение уравнения дробь дроби"),
    homework_nouns=words("дз домашка домашку домашнее"),
    stand_in_phrases=(("за", "меня"), ("вместо", "меня")),
    show_verbs=words("показать покажи покажите"),
    show_closers=words("мне нам"),
    ability_questions=words("что чем как"),
    ability_addressees=words("ты вы"),
    ability_verbs=words("уметь умеешь умеете мочь можешь можете"),
    delivery_phrases=(("на", "дом"),),
    story_heads=words(
        """
        просил просила просили попросил попросила попросили сказал сказала сказали говорил
        говорила говорили хотел хотела хотели велел велела велели
        """
    ),
    request_reports=words(
        "просил просила просили попросил попросила попросили хотел хотела хотели велел велела"
        " велели"
    ),
    busy_words=words("занят занята заняты работе отъезде командировке"),
    label_negations=words("не без"),
    outcome_contrasts=words("но а однако"),
    outcome_verbs=words("принести прийти притащить купить взять"),
    void_verbs=words("найти выясниться оказаться"),
    past_frames=(
        ("в", "прошлый", "раз"),
        ("раньше",),
        ("в", "детстве"),
        ("в", "молодости"),
        ("в", "студенчестве"),
        ("когда", "я", "был", "маленьким"),
        ("когда", "я", "была", "маленькой"),
    ),
    habit_adverbs=words("всегда обычно"),
    habit_breakers=words("отныне впредь теперь навсегда сегодняшнего автоматически"),
    habit_phrases=(("как", "обычно"), ("как", "всегда"), ("как", "и", "всегда")),
    habit_span_leads=words("каждый каждую каждое каждые каждого"),
    reminder_report_links=words("что"),
    reminder_topic_links=words("о об обо"),
    reminder_report_skips=words("мне нам ему ей им всем"),
    reminder_report_blocks=words("чтобы чтоб"),
    long_sayings=words("говорить твердить повторять ныть жаловаться"),
    long_spans=words("годами месяцами вечно"),
    plural_plan_subjects=words("мы"),
    need_frames=words(
        "пора должен должна должно должны обязан обязана обязано обязаны следует нужен нужна нужны"
    ),
    habit_non_deeds=words(
        "мочь смочь уметь суметь хотеть захотеть успеть успевать собираться собраться стоить"
        " пытаться попытаться стараться постараться"
    ),
    next_time_marks=words("следующий"),
    next_time_phrases=(("в", "следующий", "раз"),),
    lesson_modals=words("стоит лучше следует можно"),
    next_time_whens=words("когда как ты пойдешь поедешь будешь"),
    habit_spans=words(
        "божий день утро вечер ночь неделя выходной выходные месяц год понедельник вторник"
        " среда четверг пятница суббота воскресенье"
    ),
    joke_labels=words("мем мемас мемчик анекдот прикол"),
    copy_verbs=words(
        "скопировать копировать вставить скопировал скопировала скопировали скопировано"
        " скопированное скопированные"
    ),
    copy_sources=words("из"),
    reminder_nouns=words("напоминание"),
    announce_verbs=words("напоминаю напомню"),
    announce_followers=words("всем всех коллегам вам родителям жильцам соседям что"),
    subject_labels=words("тема"),
    prohibition_words=words("запрещается запрещено воспрещается возбраняется"),
    game_goods=words("робукс робуксов вбакс в-бакс v-buck vbuck v-bucks vbucks robux скин гем"),
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
        "q.text": "Команда пустая. Что нужно сделать?",
        "q.intent": "Я не понял, что нужно сделать. Я могу добавить покупки в список или создать задачу.",
        "q.item.name": "Что именно нужно купить?",
        "q.item.list_id": "В какой список добавить покупки: {options}?",
        "q.task.assignee_id": "«{name}» нет среди членов семьи. Кому назначить задачу: {options}?",
        "q.task.title": "Что именно нужно сделать?",
        "q.task.due": "Эта дата уже прошла. К какому сроку сделать задачу?",
        "q.low_confidence": "Я не уверен, что понял команду. Что нужно сделать?",
        "q.capability": "Приложение сейчас не разрешает это действие ({action}). Как поступить?",
        "opt.shopping": "Добавить покупку в список",
        "opt.task": "Создать задачу",
        "r.text_too_long": "Команда длиннее {limit} символов.",
        "r.payment_not_supported": "Платежи и переводы денег не поддерживаются.",
        "r.device_control_not_supported": "Управление умными устройствами не поддерживается.",
        "r.foreign_household": "Можно работать только со списками, задачами и членами своей семьи.",
        "r.bulk_operation_not_supported": "Массовые изменения и постоянные правила не поддерживаются.",
        "r.capability_not_granted": "Приложение не разрешает действие, нужное для этой команды ({action}).",
        "ui.items": "Добавить в список: {items}",
        "ui.task": "Создать задачу «{title}»",
        "ui.mixed": "Добавить покупки ({items}) и создать задачу «{title}»?",
        "ui.items_confirm": "Добавить в список: {items}?",
        "why.mixed": "В команде есть и покупки, и задача: нужно подтверждение.",
        "why.several": "Несколько покупок без запуска задания: нужно подтверждение.",
        "x.execute": "Распознано: {what}.",
        "x.clarify": "Не хватает данных: {fields}.",
        "x.unsure": "Не выполнено: уверенность {score} ниже порога {minimum}.",
        "x.unheard": "Не выполнено: формулировка похожа на запрос к приложению на {score}, ниже порога {minimum}.",
        "x.reject": "Отклонено: {code}.",
        "x.confirm": "Нужно подтверждение: {what}.",
        "w.items": "покупки ({count})",
        "w.task": "задача",
    }
)


RUSSIAN = Lexicon(code="ru", script="[\u0400-\u04ff]", vocabulary=VOCABULARY, messages=MESSAGES)
