"""Requests about text and notes of deeds done are no household requests (SPEC §4, "The open
world"; issue #12, session 12). Every row asserts the whole answer; the phrasings share no
content word with the golden cases.

- A verb that works on text (``OpenWorldWords.text_verbs``: translate, paraphrase, retell,
  repeat, read) heading the command: a request after its colon or inside quotes opened after
  it is the text worked on. A request after the quote closes, or in a sentence of its own,
  is the user's own.
- A forwarded message ("переслано …", "Fwd:") whose request stands inside its quotes is the
  message's, written to others; a request of the user's own may follow the quote.
- A note verb ("запиши") opening the text, then a colon, a dash or nothing, then a deed told
  done (a finite verb in the past) with no imperative, infinitive or need word after it: a
  diary entry, no request. What ran out ("запиши: кончился …") is still asked for.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to as answer
from policy_core.testing import shopping_answer as items

Answer = tuple[Any, ...]
INTENT: Answer = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # text worked on
        ("переведи на французский: возьми сыр и виноград", INTENT),
        ("перефразируй вежливее: купи, наконец, стиральный порошок", INTENT),
        ("translate into Polish: pick up some lemons", INTENT),
        ("rephrase this for the babysitter: 'please buy wet wipes'", INTENT),
        ("перескажи коротко «купи гвозди и шурупы»", INTENT),
        # the user's own request after the quote or in a sentence of its own
        ("переведи на немецкий «купи сыр», и добавь сыр в список", items("сыр")),
        ("переведи слово гвоздь. Купи гвозди", items("гвозди")),
        # a payment is still one
        ("переведи Пете 700 рублей", ("reject", "payment_not_supported")),
        # a forwarded message's request
        ("переслано из чата подъезда: «кто-нибудь, купите лампочку на площадку»", INTENT),
        ('Fwd: "could somebody grab toner for the printer"', INTENT),
        ("Пересланное сообщение: «возьми творог». Добавь ещё сметану", items("сметана")),
        # a note of a deed done
        ("запиши: окотилась коза, двое козлят", INTENT),
        ("запиши — вчера обрезали малину", INTENT),
        ("запиши: Лена покрасила скамейку", INTENT),
        ("запиши посеяли укроп", INTENT),
        # a request after the note verb acts
        (
            "запиши: покрасить скамейку в субботу",
            ("start_job", (), (("Покрасить скамейку", "u-anna"),)),
        ),
        ("запиши сметану, а то закончилась", items("сметана")),
        # what ran out is asked for
        ("запиши: закончился стиральный порошок", items("стиральный порошок")),
        ("запиши — кончились батарейки", items("батарейки")),
    ],
)
def test_text_and_notes(text: str, expected: Answer) -> None:
    assert answer(text) == expected
