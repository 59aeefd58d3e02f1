"""Issue #12, sixteenth round (precision): the corridor and pasted text as the b16 authors
say them, each family written from a construction of the language:

* A product label pasted in (``_pasted._is_label``): two sentences opening with a direction
  for use ("Apply …", "Нанести …", "Хранить …").

Each family is decided through ``decide()`` against the bilingual test household. No phrasing
is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text


@pytest.mark.parametrize(
    "text",
    [
        "Shake well before use. Avoid contact with eyes. Keep out of reach of children.",
        "Dilute one capful in a bucket of water. Discard any unused solution.",
        "Нанести тонким слоем на сухую поверхность. Хранить при температуре от 5 до 25 °C.",
        "Развести водой 1:10. Избегать попадания в глаза.",
    ],
)
def test_a_product_label_pasted_in_is_no_request(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tom, apply the sealant in the bathroom tomorrow",
        "apply for the school place by Friday and buy milk",
    ],
)
def test_one_direction_is_no_label(text: str) -> None:
    assert not asks_intent(decide_text(text))
