"""The checks assist's hints pass, for one command: against the text and the rules' reading.

A hint's words must occur in the command (inflected forms count); what the rules would make
of a name, a phrase or a whole command is asked of the rules themselves, by reading it with
an explicit trigger in front ("купи …"/"buy …", "напомни …"/"remind …") in the
command's household. The triggers and the time words are language data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from policy_core import (
    CommandDTO,
    Extraction,
    ItemDraft,
    PolicySettings,
    RulePolicy,
    parse_date_time,
)
from policy_llm._agreement import grounded, same_words
from policy_observability import AssistHint

__all__ = ["BUY", "DURATIONS", "PRODUCT", "REMIND", "TIME_WORDS", "WORD", "HintJudge", "Trigger"]

#: An explicit trigger: its English and its Russian form.
Trigger = tuple[str, str]
BUY: Trigger = ("buy", "купи")
REMIND: Trigger = ("remind", "напомни")
#: Spans of time, which a count goes with in a timer ("10 minutes") and never make an item.
DURATIONS: tuple[str, ...] = ("second", "minute", "hour", "year", "секунда", "минута", "час", "год")
#: A product anyone buys, English and Russian: what a purchase word is tried before.
PRODUCT: Trigger = ("milk", "молоко")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
#: A word of a text or a title: letters, joined by an apostrophe or a hyphen.
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# A due is grounded when the text has a number or one of these (any inflection).
TIME_WORDS: tuple[str, ...] = (
    "today",
    "tomorrow",
    "tonight",
    "morning",
    "noon",
    "afternoon",
    "evening",
    "night",
    "midnight",
    "week",
    "month",
    "weekend",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "сегодня",
    "завтра",
    "послезавтра",
    "утро",
    "день",
    "вечер",
    "ночь",
    "полдень",
    "неделя",
    "месяц",
    "выходные",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    "next",
    "следующий",
)


class HintJudge:
    """Hint checks for one command, each against the text or the rules' own reading."""

    def __init__(self, rules: RulePolicy, command: CommandDTO, log_values: bool) -> None:
        self.rules = rules
        self.command = command
        self.log_values = log_values
        self.granted = set(command.capabilities)
        household = command.context.household
        self.members = {m.user_id: m.display_name or m.user_id for m in household.members}
        self.lists = {s.list_id: s.name for s in household.shopping_lists or ()}
        self.zones = tuple(z.name for z in household.zones or ())

    def grounded(self, phrase: str) -> bool:
        return grounded(self.rules, phrase, self.command.text)

    def hint(self, field: str, value: str | None, reason: str | None) -> AssistHint:
        return AssistHint(
            field=field,
            offered=value is not None,
            accepted=value is not None and reason is None,
            reason=reason if value is not None else "not_offered",
            value=value if self.log_values else None,
        )

    def capability(self, action: str) -> str | None:
        return None if action in self.granted else "capability_not_granted"

    def items(self, items: tuple[ItemDraft, ...]) -> str | None:
        if not all(self.grounded(item.name) for item in items):
            return "not_grounded"
        if self.rules_items(items) is None:
            return "not_an_item"
        return self.capability("propose_add_shopping_item")

    def rules_items(self, items: tuple[ItemDraft, ...]) -> tuple[ItemDraft, ...] | None:
        """Each item as the rules read its name as the one thing to buy (None: not all are
        items to the rules)."""
        read: list[ItemDraft] = []
        for item in items:
            if any(same_words(self.rules, item.name, name) for name in self.lists.values()):
                return None  # a list's name ("добавь в хозтовары") is where, not what
            found = self.reread(item.name, BUY).items
            if len(found) != 1 or not same_words(self.rules, found[0].name, item.name):
                return None
            read.append(ItemDraft(found[0].name))
        return tuple(read)

    def list_id(self, list_id: str) -> str | None:
        if list_id not in self.lists:
            return "unknown_id"
        return None if self.grounded(self.lists[list_id]) else "not_grounded"

    def title(self, title: str) -> str | None:
        if not self.grounded(title):
            return "not_grounded"
        return self.capability("propose_create_task")

    def assignee(self, assignee_id: str) -> str | None:
        if assignee_id not in self.members:
            return "unknown_id"
        return None if self.grounded(self.members[assignee_id]) else "not_grounded"

    def due(self, due: str) -> str | None:
        moment, now = parse_date_time(due), parse_date_time(self.command.timestamp)
        if moment is None or now is None:
            return "invalid"
        if moment < now:
            return "in_past"
        has_number = any(ch.isdigit() for ch in self.command.text)
        spoken = len(self.rules.ungrounded_words(" ".join(TIME_WORDS), self.command.text))
        return None if has_number or spoken < len(TIME_WORDS) else "not_grounded"

    def reread(self, text: str, trigger: Trigger) -> Extraction:
        """The rules' reading of ``text`` with ``trigger`` in front, in the command's household,
        in the trigger's language by the text's script."""
        return self.read(f"{_in_script(trigger, text)} {text}")

    def read(self, text: str) -> Extraction:
        """The rules' reading of ``text`` as a command in the command's household."""
        probe = self.command.model_copy(update={"text": text})
        return self.rules.extract(probe, PolicySettings())

    def no_content(self, word: str) -> bool:
        """``word`` names nothing to the rules: a number, a letter alone, or a word in which,
        asked to buy just it, they find no item (a function word, a filler, a quantity or a
        measure: "the", "please", "dozen", "cans")."""
        if len(word) == 1 or any(ch.isdigit() for ch in word):
            return True  # a number, or a letter alone ("x3": "x", "3")
        return not self.reread(word, BUY).items

    def buys(self, names: Sequence[str]) -> bool:
        """The text is a request to buy once its items are known products: with every run of
        the words of ``names`` in it replaced by a product anyone buys, the rules read a
        purchase ("get Baby Dove wash and cotton buds please" as "get milk and milk please").
        What else the text says keeps its weight: "не надо покупать хлеб и сыр" stays
        negated, "сахар закончился, я уже купила" stays bought. A text of nothing but the items
        ("lovely sunset, golden hour") is no request: the rules buy a product said alone, so
        the rewrite would prove nothing."""
        text = self.command.text
        cover = " ".join(names)
        product = _in_script(PRODUCT, text)
        pieces: list[str] = []
        said = False  # a word of the text's own beside the items
        end = 0
        in_item = False
        for word in WORD.finditer(text):
            if grounded(self.rules, word.group(), cover):
                if not in_item:
                    pieces += [text[end : word.start()], product]
                in_item = True
            else:
                pieces.append(text[end : word.start()] + word.group())
                in_item = False
                said = True
            end = word.end()
        pieces.append(text[end:])
        if product not in pieces or not said:
            return False  # no item, or nothing but items: a product said alone is no evidence
        found = self.read("".join(pieces))
        return found.intent == "add_shopping_item" and not found.missing

    def is_time(self, phrase: str) -> bool:
        """``phrase`` is a time word or a span of time ("minutes", "часа"), no thing to buy."""
        return grounded(self.rules, phrase, " ".join((*TIME_WORDS, *DURATIONS)))

    def asks(self) -> bool:
        """The text asks something: a question mark, or one of the rules' question words in
        it ("во сколько у димы тренировка")."""
        if "?" in self.command.text:
            return True
        words = sorted(self.rules.vocabulary.triggers.question_words)
        return len(self.rules.ungrounded_words(" ".join(words), self.command.text)) < len(words)

    def spare_words(self, cover: Iterable[str]) -> tuple[str, ...]:
        """The words of the text in none of ``cover``'s phrases, once each."""
        return tuple(dict.fromkeys(self.rules.ungrounded_words(self.command.text, " ".join(cover))))

    def unaccounted(self, cover: Iterable[str]) -> tuple[str, ...]:
        """The words of the text that are in none of ``cover``'s phrases, the household's
        names or the time words, and that name something to the rules (``no_content``)."""
        names = [*self.members.values(), *self.lists.values(), *self.zones, *TIME_WORDS]
        spare = self.spare_words([*cover, *names])
        return tuple(word for word in spare if not self.no_content(word))


def _in_script(pair: Trigger, text: str) -> str:
    """``pair``'s Russian form when ``text`` is written in Cyrillic, else its English one."""
    return pair[1] if _CYRILLIC.search(text) else pair[0]
