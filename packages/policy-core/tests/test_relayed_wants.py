"""Issue #12, the open world (SPEC §4.1), round 23: a member relaying what someone asked
for, as the wording corpus's authors wrote it (the family of Russian and mixed-language
requests the rules did not recognise).

- A short heading before a verbless list may hold one verb relaying its teller's wants, in
  a finite form, asked or dictated ("мама просит: …", "дочка продиктовала — …", "Аня в
  голосовом продиктовала: …"; ``ShoppingWords.relay_heading_verbs``), when it names the
  teller: a member, a first name, or kin or a carer (``relay_tellers``). The list after it
  is read as any verbless list is.
- A verb that asks, right after the words naming its teller at the text's start, ends such
  a heading with no mark ("бабушка просит кефир и батон"; ``relay_asking_verbs``).
- A relay said last: its teller then an asking verb closing the text, after a verbless list
  ("сгущёнку две банки, дети просили", "творожки и сок, он просил"): the list read alone
  (``_shopping.without_relay_tail``); after a verb the clauses read it as before.
- What stays: a verb of saying or writing tells ("мама сказала: суп … в холодильнике"); an
  infinitive relays a message ("просила передать: …"); a teller who is no kin, member or
  name ("Врач просит: …"); a word between the teller and the verb ("Маша всегда просит …"
  tells a habit); what is asked for that is no product ("Маша просит собаку", "папа просит
  тишины", "Дима просит денег"); a refusal, a story or a question after it.

Each row is decided through ``decide()`` against the bilingual default household (members
Анна, Петя, Маша, Tom; lists Продукты, Costco). Every row of the table that buys was
answered with a clarify of intent before these rules.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, answer_to, shopping_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("папа просит: кефир, батон и сыр", shopping_answer("кефир", "батон", "сыр")),
        (
            "бабушка продиктовала — гречка, рис, сахар 2 кг",
            shopping_answer("гречка", "рис", "сахар"),
        ),
        ("Маша по телефону продиктовала: бананы и яблоки", shopping_answer("бананы", "яблоки")),
        ("сын просил: чипсы, кола", shopping_answer("чипсы", "кола")),
        ("Петя просит творог и сметану", shopping_answer("творог", "сметана")),
        ("бабушка Валя просила гречку и рис", shopping_answer("гречка", "рис")),
        ("дети просят мороженое и вафли", shopping_answer("мороженое", "вафли")),
        ("mom просит: milk and eggs", shopping_answer("milk", "eggs")),
    ],
)
def test_wants_relayed_are_bought(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Врач просит: хлеб и молоко", ASKS_WHAT_IS_MEANT),
        ("мама просила передать: гречка и рис", ASKS_WHAT_IS_MEANT),
        ("мама сказала: суп и котлеты в холодильнике", ASKS_WHAT_IS_MEANT),
        ("мама пишет: сыр и колбаса в холодильнике", ASKS_WHAT_IS_MEANT),
        ("дочка продиктовала: стих про осень", ASKS_WHAT_IS_MEANT),
        ("Маша всегда просит сыр и колбасу", ASKS_WHAT_IS_MEANT),
        ("Маша просит собаку", ASKS_WHAT_IS_MEANT),
        ("Петя просит прощения", ASKS_WHAT_IS_MEANT),
        ("папа просит тишины", ASKS_WHAT_IS_MEANT),
        ("Дима просит денег", ASKS_WHAT_IS_MEANT),
        ("мама просит сыр и хлеб не покупать", ASKS_WHAT_IS_MEANT),
        ("Петя просил мороженое, но я не купила", ASKS_WHAT_IS_MEANT),
        ("а Маша просит сыр и колбасу?", ASKS_WHAT_IS_MEANT),
        ("Маша просит, чтобы её не будили", ASKS_WHAT_IS_MEANT),
        # the teller and the verb alone: nothing asked for
        ("Петя просил", ASKS_WHAT_IS_MEANT),
        ("бабушка просит", ASKS_WHAT_IS_MEANT),
        # kept readings
        ("мама просила Петю купить хлеба", shopping_answer("хлеб")),
        ("Маша: хлеб и молоко", shopping_answer("хлеб", "молоко")),
    ],
)
def test_near_misses_keep_their_answer(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("кефир две бутылки, дети просили", shopping_answer("кефир")),
        ("творожки и сок, он просил", shopping_answer("творожки", "сок")),
        ("хлеб и молоко — мама просила", shopping_answer("хлеб", "молоко")),
        ("нутеллы баночку Маша просит", shopping_answer("нутелла")),
    ],
)
def test_a_list_then_its_relay_is_bought(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("хлеб и молоко, я просила", ASKS_WHAT_IS_MEANT),
        ("хлеб и молоко, я же просила", ASKS_WHAT_IS_MEANT),
        # the listener's own ask told back: no relay of a third party
        ("хлеб, ты просил", ASKS_WHAT_IS_MEANT),
        ("хлеб и молоко, вы просили", ASKS_WHAT_IS_MEANT),
        ("кефир, ты просила", ASKS_WHAT_IS_MEANT),
        ("вчера пекли пирог, бабушка просила", ASKS_WHAT_IS_MEANT),
        ("творог каждый день, мама просит", ASKS_WHAT_IS_MEANT),
        ("собаку, Маша просит", ASKS_WHAT_IS_MEANT),
        ("прощения, папа просит", ASKS_WHAT_IS_MEANT),
        ("добавь творожки, Петя просил", shopping_answer("творожки")),
    ],
)
def test_a_relay_said_last_near_misses_keep_their_answer(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert answer_to(text) == expected
