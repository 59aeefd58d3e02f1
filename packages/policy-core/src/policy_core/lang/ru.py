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
from policy_core.lang._data import words
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

__all__ = ["RUSSIAN"]

TEXT = TextWords(folds=(("ё", "е"), ("’", "'")))

# Typos spelled as pronounced: unstressed vowels, voiced and voiceless consonants.
_SWAPS = {
    "а": "о", "о": "а", "е": "и", "и": "е", "я": "е", "ё": "о", "п": "б", "б": "п",
    "ф": "в", "в": "ф", "т": "д", "д": "т", "с": "з", "з": "с", "ш": "ж", "ж": "ш",
    "к": "г", "г": "к", "ы": "и",
}  # fmt: skip

MORPHOLOGY = MorphologyWords(
    dictionary_letters="[а-я]",
    speller_swaps=MappingProxyType(_SWAPS),
    speller_doubled=frozenset("нслмрткп"),
    speller_keeps=words("плиз плизз пжлст пжлста"),
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
)  # fmt: skip
_FEMININE = (  # unit, stem, genitive plural
    ("pcs", "штук", "штук"), ("pcs", "штучк", "штучек"), ("pack", "пачк", "пачек"),
    ("pack", "упаковк", "упаковок"), ("bottle", "бутылк", "бутылок"),
    ("bottle", "бутылочк", "бутылочек"), ("can", "банк", "банок"), ("can", "баночк", "баночек"),
    ("loaf", "буханк", "буханок"), ("box", "коробк", "коробок"),
    ("box", "коробочк", "коробочек"), ("головка", "головк", "головок"),
    ("ложка", "ложк", "ложек"), ("сетка", "сетк", "сеток"), ("плитка", "плитк", "плиток"),
)  # fmt: skip
_ABBREVIATIONS = {"кг": "kg", "г": "g", "гр": "g", "л": "l", "мл": "ml", "шт": "pcs", "уп": "pack"}


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


TRIGGERS = TriggerWords(
    shop_verbs=words(
        """
        взять докупить заказать закупить закупиться захватить купить покупать прикупить
        прихватить скупиться
        """
    ),
    soft_shop_verbs=words("взять"),
    head_spellings=words("возьми добавь закажи закинь запиши купи напомни включи выключи"),
    person_taking_verbs=words("взять"),
    add_verbs=words("внести добавить закинуть занести записать кинуть"),
    appointment_verbs=words("записать"),
    appointment_links=words("к на"),
    list_marks=words(": - — –"),
    list_words=words("корзина покупка список"),
    need_words=words("надо нужно нужный"),
    purpose_markers=words("чтобы"),
    out_of_words=words("заканчиваться закончиться кончаться кончиться"),
    remind_verbs=words("напоминать напомни напомнить"),
    delegate_verbs=words("попросить поручить"),
    let_words=words("пусть"),
    task_nouns=words("дело задача задачу"),
    create_verbs=words("завести поставить сделать создать"),
    non_task_verbs=words(
        """
        быть думать закрыть знать мочь найти объяснить ответить открыть погуглить подсказать
        показать помнить понимать послушать посчитать рассказать сказать слушать смотреть спеть
        узнать хотеть являться
        """
    ),
    people=words("бабушка дедушка дети дочь мама папа ребенок сын"),
    joiners=words("& , . : ; а затем и потом"),
    transparent=words("завтра сегодня"),
    modals=words(":"),
    question_words=words("где зачем как какая какой когда кто почему сколько что"),
    greetings=words("здравствуй здравствуйте привет"),
    negations=words("не нельзя"),
    forget_verbs=words("забывать забыть"),
)

SHOPPING = ShoppingWords(
    separators=words("& + , / ; а и"),
    list_prepositions=words("в во на"),
    list_determiners=words("мои мой наш наши общий"),
    list_lemmas=words("список"),
    list_genitives=words("покупка продукт"),
    cut_words=words("для как к потому чтобы"),
    item_filler=words(
        """
        дорогая дорогой короче милая милок милый мб ой пж пжл пжлст пжлста плз плизз
        пожалуста типа щас
        а бабушке бы в во все всем всех вы гостям дедушке детям для домой дорога дороге еще
        значит и из какой-нибудь какой-то ладно магазин маме мне могли можешь мочь на нам нас не
        немного немножко нибудь ну папе плиз по пожалуйста привет ребенку с себе сегодня слушай
        так также тоже ты у
        """
    ),
    vague_items=words("вот всякий то тот чего что что-нибудь что-то чтонибудь это этот"),
    vague_markers=words(
        "чего-нибудь что-нибудь что-то чтонибудь всё такое обычно обычный что всячина самое"
        " всякий мелочь как"
    ),
)

TASKS = TaskWords(
    scaffold_leading=words(
        """
        бы вы давай давайте должен должна должно должны за забудь забыть задача закрепить
        кто-нибудь кто-то ли мне могли можешь мочь надо назначить нам не необходимо новый ну ему
        ей им
        нужно о об плиз пожалуйста попросить поручить про пусть сказать слушай создать так тебе
        ты что чтобы
        """
    ),
    trailing=words("а и ладно плиз пожалуйста потом спасибо это"),
    self_words=words("меня мне мной себе я"),
    assignee_prepositions=words("для за у"),
    after_assignee=words(","),
    person_followers=words(","),
    person_opener_lemmas=words(
        "для за закрепить назначить напомнить передать попросить поручить пусть сказать у"
    ),
    coordinators=words("и"),
    person_nouns=words(
        """
        бабуля бабушка брат внук внучка дедуля дедушка дочь дядя жена мама муж няня папа
        сестра сиделка сосед соседка сын тетя
        """
    ),
    person_determiners=words("моей моему нашей нашему своей своему"),
)

CORRIDOR = CorridorWords(
    pay_words=words(
        """
        заплатить оплата оплатить оплачивать платеж платить проплатить пополнить погасить
        подписка
        """
    ),
    transfer_words=words(
        """
        дать занести кинуть одолжить отправить перевести перевод перечислить послать скинуть
        вернуть
        """
    ),
    money_words=words(
        "$ £ бакс деньга деньги доллар евро косарь р руб рубль тысяча € ₽ фунт пятихатка карта"
    ),
    device_verbs=words(
        """
        включить включать врубить вырубить выключить выставить закрыть запустить зажечь
        нагреть опустить остановить отключить открыть перекрыть переключить перемотать
        поднять погасить поставить прибавить перезагрузить приглушить продолжить разогреть сделать убавить
        вскипятить повторить давать заблокировать разблокировать врубать вырубать вкл выкл
                установить настроить понизить повысить увеличить уменьшить
        """
    ),
    device_always_verbs=words(
        """
        включить включать врубить вырубить выключить зажечь отключить перемотать приглушить погасить
        вкл выкл врубать вырубать перекрыть переключить
        """
    ),
    device_nouns=words(
        """
        алиса бойлер вентилятор дверь роутер вайфай ворота градус жалюзи замок камера колонка кондиционер кондей
        лампа люстра музыка ночник обогреватель отопление подсветка радио робот робот-пылесос
        розетка свет сигнализация телевизор телик телек температура термостат торшер
        увлажнитель умный чайник штора шторы яркость пылесос стиралка духовка мультиварка
        сценарий режим звук громкость трек песня сериал канал домофон плейлист мультик
        мультики серия теплее потеплее холоднее прохладнее тише потише громче погромче
        ярче тв кино джаз рэп блюз регги
                посудомойка микроволновка утюг фен кофеварка кофемашина холодильник морозилка гирлянда подогрев вытяжка рольставни котел кинотеатр фильм мультфильм подкаст аудиокнига ютуб приставка станция
        светильник кондиционер обогреватель бра гирлянда розетка датчик термостат увлажнитель очиститель ионизатор проектор саундбар ресивер плеер радиоприемник музыка песню песни трек альбом плейлист радиостанция громкость яркость подсветка жалюзи шторы занавески рольставни калитка домофон видеодомофон сигнализация пылесос робот-пылесос мойщик стиралка стиральная сушилка посудомойка духовка плита варочная микроволновка чайник кофеварка кофемашина мультиварка хлебопечка тостер холодильник морозилка вытяжка бойлер котел водонагреватель отопление
        """
    ),
    device_settings=words("процент процентов процента максимум минимум цвет режим"),
    media_commands=words("громче тише погромче потише пауза паузу некст трек громкость яркость"),
    opening_verbs=words("закрыть открыть"),
    openable=words("ворота дверь домофон жалюзи замок калитка рольставни штора шторы"),
    media_verbs=words("включить врубить поставить"),
    indefinites=words("что-нибудь что-то чтонибудь"),
    media_links=words("из"),
    foreign_markers=words("сосед соседи соседка соседский чужой"),
    other_words=words("другой чужой"),
    household_words=words("дом домохозяйство задача квартира семья список хозяйство"),
    family_lemmas=words("семья"),
    family_name_endings=("ых", "их"),
    outside_owners=words("родитель друг подруга коллега родственник сосед соседка свекровь теща"),
    bulk_verbs=words(
        """
        закрыть отменить отметить очистить переназначить сбросить снять стереть удалить удалять
        перенести ставить вычеркнуть назначить поручить отдать распределить разделить раскидать
        перекинуть снести передать
        """
    ),
    clearing_verbs=words("очистить"),
    all_words=words("весь все всех всё каждый"),
    bulk_objects=words("все всё дело задача запись напоминание покупка пункт список"),
    standing_markers=words("автоматически впредь всегда отныне постоянно теперь никогда"),
    standing_phrases=(
        ("каждый", "раз"),
        ("по", "умолчанию"),
        ("с", "этого", "момента"),
        ("с", "сегодняшнего", "дня"),
        ("с", "этих", "пор"),
    ),
    standing_verbs=words(
        "давать добавлять назначай назначать назначить отправлять поручать ставить"
    ),
    conjunctions=words(", а затем и потом"),
    means_openers=words("пусть через"),
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
            **_forms(Decimal("10"), "десятка десяток"),
        }
    ),
)

UNITS = UnitWords(
    size_words=words("большая большие большую большой маленькая маленькую маленький"),
    multipliers=MappingProxyType(
        {
            **_forms(Decimal("10"), "десятка десятки десятков десяток"),
            **_forms(Decimal("12"), "дюжин дюжина дюжину дюжины"),
        }
    ),
    times=words("* × х"),
    glued_times=words("х"),
    each=words("по"),
    head_next=words("для из-под под"),
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
            **_forms(0, "сегодня"),
            **_forms(1, "завтра"),
            **_forms(2, "послезавтра"),
        }
    ),
    day_preps=words("до на"),
    weekdays=MappingProxyType(
        {
            **_forms(0, "пн понедельник понедельника понедельнику"),
            **_forms(1, "вт вторник вторника вторнику"),
            **_forms(2, "ср среда среде среду среды"),
            **_forms(3, "четверг четверга четвергу чт"),
            **_forms(4, "пт пятница пятнице пятницу пятницы"),
            **_forms(5, "сб суббота субботе субботу субботы"),
            **_forms(6, "воскресенье воскресенью воскресенья вс"),
        }
    ),
    weekday_mods=words("ближайшее ближайший ближайшую следующее следующий следующую это этот эту"),
    past_mods=words("прошлое прошлой прошлую прошлый"),
    week_words=words("неделе неделю"),
    next_week_mods=words("следующей следующую"),
    week_preps=words("на"),
    weekday_preps=words("в во до к"),
    weekend=words("выходные выходным выходных уикенд уикенда"),
    weekend_mods=words("следующие следующих эти этим этих"),
    next_words=words("следующие следующих"),
    weekend_preps=words("в до к на"),
    parts=MappingProxyType(
        {
            **_forms(9, "утром"),
            **_forms(14, "днем"),
            **_forms(19, "вечером"),
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
        {word: day for day, word in enumerate(_DAY_ORDINALS, start=1)} | {"тридцатого": 30}
    ),
    year_words=words("г года году"),
)

OPEN_WORLD = OpenWorldWords(
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
        встретить отдраить вскопать
                вытряхнуть перестирать отгладить замочить разгрузить загрузить прочистить вымести подстричь постричь покосить скосить сгрести подшить уложить проверить забронировать продлить получить поздравить пригласить навестить проведать заехать зайти проводить
        """
    ),
    assistant_words=words(
        """
        анекдот будильник гороскоп кубик монетка новость новости погода прогноз рецепт сказка
        стих стишок таймер шутка загадка промпт
                пробки курс цитата факт расписание калькулятор
        погода прогноз новости анекдот шутка сказка стих загадка рецепт будильник таймер секундомер гороскоп пробки определение калькулятор песенка
        """
    ),
    assistant_verbs=words(
        """
        позвонить набрать разбудить прочитать прочесть перезвонить написать повторить
        подтвердить выполнить отвечать ответить подождать подбросить загуглить перевести
        """
    ),
    list_op_verbs=words(
        "вычеркнуть переименовать отметить галочка галочку зачеркнуть показать прочитать"
    ),
    list_edit_verbs=words(
        """
        убрать удалить поменять исправить изменить перенести заменить исключить отменить закрыть
        снять
        """
    ),
    list_refs=words("список пункт задача дело напоминание"),
    swap_verbs=words("поменять заменить"),
    swap_links=words("вместо на"),
    polite_openers=words("можешь можете сможешь сможете могли мог могла"),
    question_particles=words("ли"),
    past_markers=words("уже"),
    reporting_lemmas=words("просить попросить сказать говорить хотеть велеть написать"),
    injection_markers=words(
        """
        инструкции инструкций инструкция инструкциям промпт промпта системный системная
        разработчика администратора игнорируй игнорировать
        """
    ),
    injection_roles=words("система системы"),
    complement_prepositions=words("для от с в из"),
    filler_phrases=(
        ("будь", "добр"),
        ("будь", "добра"),
        ("будь", "добро"),
        ("будьте", "добры"),
        ("чуть", "не", "забыла"),
        ("чуть", "не", "забыл"),
    ),
    letter_words=words("желаем желаю обнимаю поздравляем поздравляю просим уважаемые уважением"),
    signoff_words=words("целую обнимаю"),
    recipe_lemmas=words(
        """
        взбивать взбить вмешать выкладывать выложить выпекать запекать замесить обжарить
        остудить перемешать помешивать посолить поперчить посыпать просеять растопить смазать
        накрыть раскатать отварить обвалять подрумянить тушить
        """
    ),
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
        "x.reject": "Отклонено: {code}.",
        "x.confirm": "Нужно подтверждение: {what}.",
        "w.items": "покупки ({count})",
        "w.task": "задача",
    }
)

RUSSIAN = Lexicon(code="ru", script="[\u0400-\u04ff]", vocabulary=VOCABULARY, messages=MESSAGES)
