"""Russian typed in Latin letters: read as Russian, what it names kept as typed."""

from __future__ import annotations

import pytest

from policy_core import PolicySettings
from policy_core._policy import default_policy
from policy_core.testing import decide_text, items_of, task_of


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("nado kupit sol i perets", "надо купить соль и перец"),
        ("pust Petya pochinit kran", "пусть Петя починить кран"),  # a final "t": "ть" first
        ("shodi za gruzdyami", "сходи за груздями"),
    ],
)
def test_a_translit_text_is_read_in_cyrillic(typed: str, read: str) -> None:
    respelling = default_policy()._translit.read(typed)
    assert respelling is not None
    assert respelling.text == read


@pytest.mark.parametrize(
    "text",
    [
        "Buy milk and bread",
        "remind Tom to call the plumber on Monday",
        "pick up quinoa tahini feta",
        "ok thanks",
        "купи хлеб",
        "moloko",  # one word is no text
    ],
)
def test_english_cyrillic_and_single_words_are_not_transliterated(text: str) -> None:
    assert default_policy()._translit.read(text) is None


def test_translit_purchases_are_named_as_typed() -> None:
    document = decide_text("ne zabud kupit kofe i sliwki")
    assert document["action"] == "start_job"
    assert [name for name, _, _ in items_of(document)] == ["kofe", "sliwki"]
    measured = decide_text("dobav v spisok kartoshku 2 kg")
    assert items_of(measured) == [("kartoshka", "2", "kg")]


def test_a_translit_task_keeps_its_typed_title_and_finds_the_member() -> None:
    task = task_of(decide_text("pust Petya pochinit kran v vannoy v pyatnicu"))
    assert task is not None
    assert task["title"] == "Pochinit kran v vannoy"
    assert task["assignee_id"] == "u-petya"
    assert task["zone_id"] == "z-bathroom"


@pytest.mark.parametrize(
    "text",
    [
        "vykluchi utyug",
        "skolko stoit moloko?",
        "ya uzhe kupil hleb",
        "chto kupit na den rozhdeniya?",
    ],
)
def test_translit_device_commands_questions_and_statements_do_not_act(text: str) -> None:
    assert decide_text(text)["action"] in ("reject", "clarify")


def test_a_vague_translit_purchase_asks_what_to_buy() -> None:
    document = decide_text("kupi chto-nibud na zavtrak")
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["item.name"]


def test_the_evidence_gate_weighs_the_text_as_read() -> None:
    gated = decide_text("nado kupit sol i perets", PolicySettings(deterministic_ids=True))
    assert gated["action"] == "start_job"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("kupi tvorog v Kauflande", "tvorog"),  # named as typed, not "творог"
        ("купи творог в Кауфланде", "творог"),
        ("возьми йогурт в Билле", "йогурт"),
    ],
)
def test_a_chain_abroad_named_in_russian_is_no_part_of_the_item(text: str, item: str) -> None:
    (name, _, _), *rest = items_of(decide_text(text))
    assert not rest
    assert name == item


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("postav kastryulyu na plitu", "поставь кастрюлю на плиту"),  # a command's imperative
        ("zakonchilsya sahar, kupi", "закончился сахар, купи"),  # a noun past the start
        ("obnovi spisok do subboty", "обнови список до субботы"),  # "do" is no English here
        ("kupi 2l kefira", "купи 2l кефира"),  # a measure typed onto its number stays
    ],
)
def test_words_are_read_as_a_russian_command_says_them(typed: str, read: str) -> None:
    respelling = default_policy()._translit.read(typed)
    assert respelling is not None
    assert respelling.text == read


def test_a_member_in_the_dative_is_found_though_english_knows_the_spelling() -> None:
    task = task_of(decide_text("napomni Pete v sredu otnesti knigi v biblioteku"))
    assert task is not None
    assert task["assignee_id"] == "u-petya"
    assert task["title"] == "Otnesti knigi v biblioteku"


def test_cyrillic_text_with_emoji_is_not_transliterated_but_translit_with_emoji_is() -> None:
    translit = default_policy()._translit
    assert translit.read("купи сыр 🧀") is None
    assert translit.read("https://shop.example.com/item/B07X") is None  # no words to read
    # an address among translit words is kept as typed, its letters no words
    addressed = translit.read("kupi eto https://shop.example.com/syr/B07X")
    assert addressed is not None
    assert addressed.text == "купи это https://shop.example.com/syr/B07X"
    respelling = translit.read("kupi syr 🧀")
    assert respelling is not None
    assert respelling.text == "купи сыр 🧀"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kupi ogurtsov i hleba", "hleb"),  # the rules' nominative, in the text's own letters
        ("dobav v spisok zhidkoe mylo i zelenku", "zelenka"),
        ("voz'mi sgushchenku", "sgushchenka"),
    ],
)
def test_an_item_in_another_form_keeps_the_typed_spelling_of_its_stem(text: str, name: str) -> None:
    assert name in [found for found, _, _ in items_of(decide_text(text))]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Kupi Svezhuyu Smetanu", "Купи Свежую Сметану"),  # title case
        (
            "zakazhi vot eti noski https://shop.example.com/noski",
            "закажи вот эти носки https://shop.example.com/noski",
        ),
    ],
)
def test_title_case_is_read_and_an_address_is_kept(typed: str, read: str) -> None:
    respelling = default_policy()._translit.read(typed)
    assert respelling is not None
    assert respelling.text == read


def test_a_translit_text_is_answered_in_the_script_it_was_typed_in() -> None:
    """SPEC §4.3 (Cyrillic present → Russian): whoever types Russian in Latin letters may
    have no Cyrillic to read, so the question and the ui_message are English."""
    asked = decide_text("chto kupit na uzhin?")
    added = decide_text("kupi tvorog i kefir")
    assert asked["action"] == "clarify"
    assert asked["payload"]["question"].isascii()
    assert added["action"] == "start_job"
    assert added["payload"]["ui_message"].isascii()
    assert not decide_text("купи творог и кефир")["payload"]["ui_message"].isascii()


@pytest.mark.parametrize("word", ["o" * 995, "shch" * 240 + "zh", "ya" * 497 + "1"])
def test_one_long_latin_word_is_decided_not_a_crash(word: str) -> None:
    """A word is cut into letter groups by a loop, not a call per group: a word of a
    thousand letters (within ``max_text_length``) is decided, and decided again."""
    for _ in range(2):
        assert decide_text("kupi " + word)["action"] in ("clarify", "reject", "start_job")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("buy tvorog i kefir", "buy творог и кефир"),  # "буй" is a guess, not the typist's
        ("grab ryazhenku i sushki", "grab ряженку и сушки"),
        ("kupi kefir, tvorog i wine dlya Dashi", "купи кефир, творог и wine для Даши"),
        ("kupi tvorog i rice", "купи творог и rice"),
        ("napomni Pete do vechera", "напомни Пете до вечера"),  # a name, a short word: read
    ],
)
def test_other_words_of_english_stay_as_typed_in_a_translit_text(typed: str, read: str) -> None:
    respelling = default_policy()._translit.read(typed)
    assert respelling is not None
    assert respelling.text == read


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("buy tvorog i kefir", ["tvorog", "kefir"]),
        ("get ryazhenku i sushki", ["ryazhenka", "sushki"]),
        ("kupi tvorog i wine", ["tvorog", "wine"]),
        ("kupi kefir dlya Dashi i rice", ["kefir", "rice"]),
    ],
)
def test_english_words_in_a_translit_purchase_are_not_made_russian(
    text: str, names: list[str]
) -> None:
    assert [name for name, _, _ in items_of(decide_text(text))] == names


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Boris, pomoy posudu", "Борис, помой посуду"),  # a name, no "борись"
        ("Denis vynesi musor", "Денис вынеси мусор"),
        ("postav chaynik", "поставь чайник"),  # a verb still takes its sign
    ],
)
def test_a_name_opening_a_command_is_no_imperative_with_a_dropped_sign(
    typed: str, read: str
) -> None:
    respelling = default_policy()._translit.read(typed)
    assert respelling is not None
    assert respelling.text == read


def test_a_member_named_first_in_translit_is_given_the_task() -> None:
    members = [
        {"user_id": "u-boris", "display_name": "Борис", "role": "parent", "workload_score": 0.3},
        {"user_id": "u-anna", "display_name": "Анна", "role": "parent", "workload_score": 0.4},
    ]
    typed = task_of(decide_text("Boris, pomoy posudu", members=members))
    assert typed is not None
    assert typed["assignee_id"] == "u-boris"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("kupi platye i noski", "купи платье и носки"),  # not "плате"
        ("kupi vishnevoe varenje", "купи вишневое варенье"),  # not "варене"
        ("kupi novye noski", "купи новые носки"),  # "ые" is still tried
        ("nye zabud kupit hleb", "не забудь купить хлеб"),  # and "е"
    ],
)
def test_ye_after_a_consonant_is_read_with_a_soft_sign_first(typed: str, read: str) -> None:
    respelling = default_policy()._translit.read(typed)
    assert respelling is not None
    assert respelling.text == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("kupi tvorog,kefir.smetanu", "купи творог,кефир.сметану"),  # dots and commas typed
        ("kupi hleb, kefir i t.d.", "купи хлеб, кефир и т.д."),  # no address
        ("zakazhi noski na ozon.ru/t/abc", "закажи носки на ozon.ru/t/abc"),  # an address
        ("kupi noski na wildberries.ru i hleb", "купи носки на wildberries.ru и хлеб"),
        ("napishi masha@mail.ru pro hleb", "напиши masha@mail.ru про хлеб"),
    ],
)
def test_only_an_address_is_kept_as_typed(typed: str, read: str) -> None:
    respelling = default_policy()._translit.read(typed)
    assert respelling is not None
    assert respelling.text == read


def test_an_abbreviation_names_no_item() -> None:
    names = [name for name, _, _ in items_of(decide_text("kupi hleb, kefir i t.d."))]
    assert names == ["hleb", "kefir"]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("kupi 'tvorog' i kefir", "купи 'творог' и кефир"),  # a quoted word keeps its quotes
        ("kupi `kefir`", "купи `кефир`"),
        ("dobav sol' i kefir", "добавь соль и кефир"),  # a final "'" alone is a soft sign
        ("kupi Tvorog i kefir", "купи Творог и кефир"),  # a capital is no name here
        ("kupi TVOROG", "купи ТВОРОГ"),  # capitals are text
    ],
)
def test_quotes_and_capitals_are_read_as_typed(typed: str, read: str) -> None:
    respelling = default_policy()._translit.read(typed)
    assert respelling is not None
    assert respelling.text == read


@pytest.mark.parametrize("text", ["kupi Tvorog", "kupi TVOROG"])
def test_a_capitalised_item_is_bought(text: str) -> None:
    assert [name for name, _, _ in items_of(decide_text(text))] == ["tvorog"]
