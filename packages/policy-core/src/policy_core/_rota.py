"""A rota told: a member's chore said in the present tense with its day.

"кухню сегодня моет Петя", "15 марта Маша моет холодильник, её очередь": whose turn it is
to do a chore on a day to come, said as a statement of the rota; the household's task, as
"Пете сегодня мыть кухню" is. ``rota_text`` gives the text with the chore's verb in its
infinitive, for ``_read`` to read again; ``_read`` keeps that reading only when it is a
member's task with a due (a story, "Петя вчера мыл кухню", has its verb in the past; a
habit, "Петя каждую субботу моет кухню", is a reader's of the whole text).
"""

from __future__ import annotations

from typing import Final

from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = ["rota_text"]

_VERB: Final = "VERB"  # OpenCorpora: a finite verb
_QUESTION_MARK: Final = "?"


def rota_text(words: Words, vocabulary: Vocabulary) -> str | None:
    """The text with its one Russian finite verb, a chore's in the 3rd person present
    ("моет", "пылесосит"), said in its infinitive ("мыть"); None when the text has no such
    verb, another finite verb, a past or future one, a question mark or a question word.

    >>> from policy_core.testing import decide_text, tasks_of
    >>> [task["assignee_id"] for task in tasks_of(decide_text("кухню сегодня моет Петя"))]
    ['u-petya']
    """
    if _QUESTION_MARK in words.text or not words.vocabulary.isdisjoint(
        vocabulary.triggers.question_words
    ):
        return None  # "мусор сегодня кто выносит": asked, with or without its mark
    # (a chore's verb is an errand's or a chore's: looked up in each, no union built)
    errands, chores = vocabulary.open_world.errand_lemmas, vocabulary.triggers.chore_verbs
    verb, infinitive = -1, ""
    for k, info in enumerate(words.infos):
        if info is None or not info.is_russian or info.pos != _VERB:
            continue
        if verb >= 0 or info.is_past or info.is_future or not info.is_third_person:
            return None  # a second finite verb, or one that tells of another time
        if info.lemma not in errands and info.lemma not in chores:
            return None
        verb, infinitive = k, info.lemma
    if verb < 0:
        return None
    token = words.tokens[verb]
    return words.text[: token.start] + infinitive + words.text[token.end :]
