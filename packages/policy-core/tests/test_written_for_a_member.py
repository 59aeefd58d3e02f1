"""Issue #12, ninth batch: a purchase written down for a member, and what it is for.

A Russian verb that writes onto a list ("записать", "внести", "добавить") with a member in
the dative says whom the entry is for ("запиши Маше творог"), not a member taken somewhere
("закинь Машу на танцы") nor an errand for them ("запиши Пете купить хлеб" has an infinitive;
"закинь Маше кефир" drops it off). A meal after "на"/"к" ("на полдник", "к полднику") says
what the purchase is for: "запиши творога на полдник" books no appointment, while "запиши Машу
на стрижку" still does. Each row is decided through ``decide()`` against the bilingual test
household (``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, item_names, task_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("внеси Пете кефир", ["кефир"]),
        ("кефира запиши Маше на перекус", ["кефир"]),
        ("добавь Маше сырок на полдник", ["сырок"]),
    ],
)
def test_written_down_for_a_member_it_is_bought(text: str, names: list[str]) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert item_names(document) == names
    assert task_of(document) is None


@pytest.mark.parametrize(
    "text", ["закинь Машу на танцы", "запиши Машу на стрижку", "закинь Пете кефир"]
)
def test_a_member_taken_booked_or_sent_to_is_a_task(text: str) -> None:
    document = decide_text(text)
    assert task_of(document) is not None, document
    assert item_names(document) == []
