"""The words of a request as it is asked, once what is said around it is read past.

Before the rules read a command, ``RulePolicy._read_words`` reads past what is said around
the request: a polite frame or a discourse particle ("Emma can I request to add milk", "add
po in groceries"), a purchase said by its noun ("Требуется закупка картофеля"), a need said
in the progressive ("We're needing Andrex"), someone's own deed reported or the speaker's
own plan before the request ("Tom said he'll grab milk so add bread", "i'll grab milk, add
eggs to the list"), a relay said last ("сок и печенье, Петя просил"), a take-back, a
condition or a correction ("закажи… хотя нет, просто добавь в список молоко"). Each step
here takes the command's words and gives back the words of the request so restated
(``Words``), analysed again only when it restates something; most commands say none of
these, and a word-class test (``Words.classes``) says so first. (An instruction about the
assistant opening the command is read past in ``_meta``.)
"""

from __future__ import annotations

from policy_core._address import without_particles, without_request_frame
from policy_core._classes import (
    ASKED_AGAIN,
    OWN_BUY_LEADS,
    PARTICLES,
    PLAN_REPORTS,
    RELAY_ASKING_VERBS,
    REQUEST_FRAME_VERBS,
    WordClasses,
)
from policy_core._cued_lists import need_said_plainly
from policy_core._household import HouseholdIndex
from policy_core._morphology import Morphology
from policy_core._runouts_told import purchase_by_noun
from policy_core._shopping import without_relay_tail
from policy_core._takeback import (
    after_condition,
    asked_after_takeback,
    correction_settled,
    doer_corrected,
    item_taken_back,
    need_told_again,
)
from policy_core._unserved import after_own_plan, after_reported_plan
from policy_core._words import Words, analyse_words
from policy_core.lang import Vocabulary

__all__ = ["after_plans", "as_asked", "list_before_relay", "said_plainly"]


def said_plainly(
    words: Words, morphology: Morphology, vocabulary: Vocabulary, classes: WordClasses
) -> Words:
    """The words as the request would be said plainly: without discourse particles ("add
    po in groceries": ``without_particles``), a purchase said by its noun put as asked
    ("Требуется закупка картофеля": ``purchase_by_noun``), without the speaker's polite
    request frame ("Emma can I request to add milk" reads "Emma add milk": a courtesy, no
    deed; ``without_request_frame``); most commands say none: ``words`` as they are."""
    if words.classes4 & PARTICLES:
        # "add po in groceries": "add in groceries"
        plain = without_particles(words, vocabulary.shopping)
        words = _read_on(plain, words, morphology, vocabulary, classes)
    s = vocabulary.shopping
    if not (
        words.vocabulary.isdisjoint(s.purchase_nouns)
        and words.vocabulary.isdisjoint(s.presence_nouns)
    ) and (bought := purchase_by_noun(words, vocabulary)):
        # "Требуется закупка картофеля": the purchase its noun names, asked
        words = analyse_words(bought, morphology, vocabulary.text, classes, normalised=True)
    if not words.classes4 & REQUEST_FRAME_VERBS:
        return words
    return _read_on(
        without_request_frame(words, vocabulary.open_world), words, morphology, vocabulary, classes
    )


def after_plans(
    words: Words,
    household: HouseholdIndex,
    morphology: Morphology,
    vocabulary: Vocabulary,
    classes: WordClasses,
) -> Words:
    """A need said in the progressive or the future said plainly ("We're needing Andrex"
    as "we need Andrex": ``need_said_plainly``), then the request after someone's reported
    deed (``after_reported_plan``), then after the speaker's own ("i'll grab milk, add eggs to
    the list"); most commands hold none."""
    # "We're needing Andrex …" read as "we need Andrex …"
    words = _read_on(need_said_plainly(words, vocabulary), words, morphology, vocabulary, classes)
    if words.classes0 & PLAN_REPORTS:
        # "Tom said he'll grab milk so add bread": the request after someone's own deed
        reported = after_reported_plan(words, vocabulary)
        words = _read_on(reported, words, morphology, vocabulary, classes)
    if not words.classes3 & OWN_BUY_LEADS:
        return words
    return _read_on(
        after_own_plan(words, vocabulary, household), words, morphology, vocabulary, classes
    )


def list_before_relay(
    words: Words,
    household: HouseholdIndex,
    morphology: Morphology,
    vocabulary: Vocabulary,
    classes: WordClasses,
) -> Words:
    """A relay said last after a verbless list ("сок и печенье, Петя просил": read as "сок
    и печенье", ``_shopping.without_relay_tail``); most commands hold no asking verb:
    ``words`` as they are."""
    if not words.classes3 & RELAY_ASKING_VERBS:
        return words
    return _read_on(
        without_relay_tail(words, vocabulary, household), words, morphology, vocabulary, classes
    )


def as_asked(
    words: Words,
    household: HouseholdIndex,
    morphology: Morphology,
    vocabulary: Vocabulary,
    classes: WordClasses,
) -> Words:
    """The request said instead after a take-back ("закажи… хотя нет, просто добавь в
    список молоко": ``asked_after_takeback``), then the request after a condition opening
    the command ("если будет свежая рыба, купи": what the condition names is no item of
    it, ``after_condition``), or the member named replaced by a person who is no member
    ("напомни Диме, а нет, лучше дяде Саше, …": ``doer_corrected``), a correction in
    speech (``correction_settled``) or one product taken back ("купи молоко и хлеб,
    хотя хлеб не надо": ``item_taken_back``), or a need told again after a withdrawing
    word ("купи хлеб, подожди, он кончился": ``need_told_again``); the first that reads
    one; most commands hold none: ``words`` as they are (each reader's first test is a
    word of ``ASKED_AGAIN``: with none, none is asked)."""
    if not words.classes0 & ASKED_AGAIN:
        return words
    return _read_on(
        _asked_again(words, vocabulary, household), words, morphology, vocabulary, classes
    )


def _asked_again(words: Words, vocabulary: Vocabulary, household: HouseholdIndex) -> str | None:
    """``as_asked``'s reading: the first of its readers that reads one, each read only when
    those before it read none (about half of all texts hold a word of ``ASKED_AGAIN``; most
    of those are read by none)."""
    asked = asked_after_takeback(words, vocabulary)
    if asked is None:
        asked = after_condition(words, vocabulary)
    if asked is None:
        asked = doer_corrected(words, household, vocabulary)
    if asked is None:
        asked = correction_settled(words, vocabulary)
    if asked is None:
        asked = item_taken_back(words, vocabulary)
    if asked is None:
        asked = need_told_again(words, vocabulary)
    return asked


def _read_on(
    text: str | None,
    words: Words,
    morphology: Morphology,
    vocabulary: Vocabulary,
    classes: WordClasses,
) -> Words:
    """``text``, a step's restated request, analysed as the words read on; ``words`` as they
    are when the step read none."""
    if text is None:
        return words
    return analyse_words(text, morphology, vocabulary.text, classes, normalised=True)
