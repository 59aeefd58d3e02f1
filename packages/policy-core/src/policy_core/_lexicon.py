"""Vocabularies of the rules, as immutable sets of lemmas (Russian) or lower-case words (English).

Russian entries are dictionary forms, so every inflected form matches through its lemma;
English entries list the forms people type.
"""

from __future__ import annotations

# --- shopping -----------------------------------------------------------------------------
SHOP_VERBS = frozenset(
    {
        # ru (lemmas)
        "купить", "докупить", "закупить", "прикупить", "покупать", "закупиться", "скупиться",
        "взять", "захватить", "прихватить", "заказать",
        # en
        "buy", "buying", "purchase", "grab", "order", "restock", "pickup",
    }
)  # fmt: skip
# "get" and "pick up" buy things unless their object is a person or a chore.
SHOP_SOFT_VERBS = frozenset({"get", "pick", "взять"})
ADD_VERBS = frozenset(
    {"добавить", "внести", "записать", "занести", "закинуть", "add", "put", "include"}
)
LIST_WORDS = frozenset({"список", "list", "shopping", "покупка", "корзина", "basket", "cart"})
NEED_WORDS = frozenset({"нужный", "нужно", "надо", "need", "needs", "needed"})
OUT_OF_WORDS = frozenset({"закончиться", "кончиться", "заканчиваться", "кончаться"})
# Words that never belong to an item's name.
ITEM_FILLER = frozenset(
    {
        "еще", "пожалуйста", "плиз", "немного", "немножко", "также", "тоже", "какой-нибудь",
        "какой-то", "домой", "нам", "мне", "нас", "себе", "всем", "все", "всех", "нибудь",
        "по", "дорога", "магазин", "из", "в", "во", "на", "для", "и", "а", "с", "у", "ну",
        "a", "an", "the", "some", "more", "also", "please", "pls", "plz", "too", "any",
        "extra", "another", "for", "from", "store", "shop", "at", "on", "way", "home", "of",
        "to", "my", "our", "us", "me", "everyone", "everybody", "all", "and", "then", "ok",
        "okay", "so", "we", "i", "just", "maybe", "again", "couple", "could", "can", "you",
        "u", "hey", "would", "не", "могли", "мочь", "бы", "вы", "можешь", "слушай", "так",
        "значит", "ладно", "дороге", "привет", "ты", "сегодня", "детям", "маме",
        "папе", "бабушке", "дедушке", "ребенку", "гостям",
    }
)  # fmt: skip
# Pronouns and vague words that are not a product on their own.
VAGUE_ITEMS = frozenset(
    {
        "это", "что-нибудь", "что-то", "чтонибудь", "то", "вот", "этот", "тот", "всякий",
        "something", "anything", "it", "this", "that", "stuff", "things", "thing", "them",
        "что", "чего",
    }
)  # fmt: skip

# --- tasks --------------------------------------------------------------------------------
REMIND_VERBS = frozenset({"напомнить", "remind", "remnd", "напоминать", "напомни"})
ASK_VERBS = frozenset(
    {"попросить", "поручить", "сказать", "передать", "ask", "tell", "get", "have", "let"}
)
TASK_NOUNS = frozenset({"задача", "задачу", "дело", "task", "todo", "chore", "reminder"})
CREATE_VERBS = frozenset({"создать", "поставить", "сделать", "завести", "create", "make", "set"})
# Assistant-directed verbs: a request *to the platform*, never a household task.
NON_TASK_VERBS = frozenset(
    {
        "сказать", "рассказать", "показать", "объяснить", "найти", "посчитать", "подсказать",
        "спеть", "ответить", "узнать", "погуглить", "открыть", "закрыть", "слушать",
        "послушать", "смотреть", "думать", "знать", "мочь", "хотеть", "быть", "являться",
        "понимать", "помнить",
    }
)  # fmt: skip
EN_CHORE_VERBS = frozenset(
    {
        "clean", "wash", "take", "vacuum", "hoover", "mop", "sweep", "dust", "water", "feed",
        "walk", "fix", "repair", "cook", "iron", "tidy", "empty", "change", "call", "book",
        "schedule", "mow", "rake", "shovel", "wipe", "scrub", "fold", "hang", "load", "unload",
        "do", "make", "prepare", "bake", "organize", "organise", "sort", "pack", "unpack",
        "bring", "collect", "drop", "replace", "check", "paint", "plant", "trim", "cut",
        "polish", "defrost", "declutter", "recycle", "bathe", "brush", "return", "renew",
        "finish", "help", "move", "wrap", "write", "send", "fetch", "service", "set",
        "practice", "practise",
        "descale", "vacum", "clear", "air", "sew", "mend", "assemble", "install",
        "weed", "groom", "charge", "refill", "top", "post", "mail", "lock",
        "visit", "meet", "prep", "soak", "laundry", "dishes",
    }
)  # fmt: skip
SCAFFOLD_LEADING = frozenset(
    {
        "нужно", "надо", "необходимо", "пожалуйста", "плиз", "давай", "давайте", "нам", "мне",
        "тебе", "не", "забудь", "забыть", "создать", "задача", "новый", "что", "чтобы", "о",
        "об", "про", "ну", "так", "слушай", "можешь", "мочь", "ли", "бы", "попросить",
        "сказать", "поручить", "пусть", "кто-нибудь", "кто-то", "могли", "вы", "назначить",
        "закрепить", "за", "ты", "должен", "должна", "должны", "должно",
        "please", "pls", "plz", "remind", "me", "us", "to", "we", "need", "needs", "i", "you",
        "should", "must", "have", "has", "got", "create", "a", "an", "new", "task", "todo",
        "reminder", "don't", "forget", "can", "could", "would", "will", "hey", "ok", "okay",
        "so", "let's", "lets", "that", "about", "it", "is", "time", "ask", "tell", "someone",
        "somebody", "todo:", "task:", "kindly",
    }
)  # fmt: skip
SELF_WORDS = frozenset({"я", "мне", "меня", "мной", "себе", "me", "myself", "i"})

# --- corridor -----------------------------------------------------------------------------
PAY_WORDS = frozenset(
    {
        "оплатить", "заплатить", "оплачивать", "платить", "оплата", "платеж", "проплатить",
        "pay", "paid", "paying", "pays", "payment", "payments", "venmo", "paypal", "zelle",
        "prepay",
    }
)  # fmt: skip
TRANSFER_WORDS = frozenset(
    {
        "перевести", "перевод", "скинуть", "кинуть", "отправить", "послать", "перечислить",
        "занести", "одолжить", "дать", "transfer", "send", "wire", "move", "give", "lend",
    }
)  # fmt: skip
MONEY_WORDS = frozenset(
    {
        "деньга", "деньги", "рубль", "руб", "р", "доллар", "евро", "бакс", "тысяча", "косарь",
        "money", "dollar", "dollars", "buck", "bucks", "cash", "usd", "eur", "euro", "euros",
        "rub", "rubles", "roubles", "$", "€", "₽", "£", "pound", "funds", "savings",
    }
)  # fmt: skip
DEVICE_VERBS = frozenset(
    {
        "включить", "выключить", "отключить", "приглушить", "убавить", "прибавить",
        "запустить", "остановить", "выставить", "поставить", "сделать", "открыть", "закрыть",
        "turn", "switch", "dim", "brighten", "set", "start", "stop", "unlock", "lock", "open",
        "close", "raise", "lower", "play", "mute", "activate", "deactivate", "arm", "disarm",
    }
)  # fmt: skip
DEVICE_NOUNS = frozenset(
    {
        "свет", "лампа", "люстра", "кондиционер", "отопление", "обогреватель", "термостат",
        "телевизор", "телик", "колонка", "чайник", "бойлер", "робот-пылесос", "робот",
        "розетка", "температура", "градус", "сигнализация", "камера", "замок", "ворота",
        "жалюзи", "шторы", "штора", "музыка", "радио", "вентилятор", "увлажнитель",
        "подсветка", "торшер", "ночник", "умный", "alexa", "алиса",
        "light", "lights", "lamp", "thermostat", "heating", "heater", "ac", "a/c",
        "conditioner", "tv", "television", "speaker", "kettle", "roomba", "robot", "vacuum",
        "plug", "temperature", "degrees", "alarm", "camera", "door", "garage", "gate",
        "blinds", "curtains", "music", "radio", "fan", "humidifier", "smart", "lock",
    }
)  # fmt: skip
DEVICE_ALWAYS_VERBS = frozenset({"включить", "выключить", "отключить", "приглушить", "dim"})
ON_OFF = frozenset({"on", "off"})
FOREIGN_MARKERS = frozenset(
    {
        "сосед", "соседка", "соседи", "соседский", "чужой", "neighbor", "neighbour",
        "neighbors", "neighbours", "neighbor's", "neighbour's", "neighbors'", "neighbours'",
    }
)  # fmt: skip
OTHER_WORDS = frozenset({"другой", "чужой", "another", "other", "else's", "someone"})
HOUSEHOLD_WORDS = frozenset(
    {
        "семья", "дом", "домохозяйство", "хозяйство", "квартира", "список", "задача",
        "household", "family", "home", "house", "list", "task", "tasks", "lists", "apartment",
        "flat",
    }
)  # fmt: skip
BULK_VERBS = frozenset(
    {
        "удалить", "стереть", "очистить", "отменить", "сбросить", "закрыть", "отметить",
        "снять", "переназначить", "удалять", "delete", "remove", "clear", "erase", "wipe",
        "cancel", "reset", "purge", "mark", "reassign", "close", "empty", "drop",
    }
)  # fmt: skip
ALL_WORDS = frozenset(
    {"весь", "все", "всё", "всех", "каждый", "all", "every", "everything", "entire", "whole"}
)
BULK_OBJECTS = frozenset(
    {
        "задача", "список", "покупка", "дело", "напоминание", "пункт", "запись",
        "task", "tasks", "list", "lists", "item", "items", "reminder", "reminders", "chore",
        "chores", "todo", "todos", "everything", "все", "всё",
    }
)  # fmt: skip
STANDING_MARKERS = frozenset(
    {
        "всегда", "впредь", "отныне", "постоянно", "автоматически", "always", "automatically",
        "forever", "permanently",
    }
)  # fmt: skip
STANDING_PHRASES = (
    ("каждый", "раз"),
    ("по", "умолчанию"),
    ("from", "now", "on"),
    ("every", "time"),
    ("by", "default"),
    ("from", "now"),
    ("с", "этого", "момента"),
    ("с", "сегодняшнего", "дня"),
    ("с", "этих", "пор"),
)
STANDING_VERBS = frozenset(
    {
        "назначать", "назначить", "ставить", "добавлять", "отправлять", "давать", "поручать",
        "assign", "put", "add", "give", "send", "route", "make", "go", "goes", "назначай",
    }
)  # fmt: skip

GREETINGS = frozenset({"привет", "здравствуй", "здравствуйте", "hi", "hello", "hey", "yo"})

# --- unknown ------------------------------------------------------------------------------
QUESTION_WORDS = frozenset(
    {
        "какой", "какая", "что", "почему", "зачем", "когда", "сколько", "как", "где", "кто",
        "what", "what's", "whats", "why", "how", "when", "where", "who", "which", "is", "are",
    }
)  # fmt: skip
