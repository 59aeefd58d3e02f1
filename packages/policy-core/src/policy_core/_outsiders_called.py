"""One called to do a chore who is no member of the household (SPEC §4.2).

"jack clean your room by tonight", "Дима, выкини просроченное из холодильника сегодня",
"honey could you water the plants tomorrow morning": the rules read a member called by name
before a chore in many wordings ("Tom, …", "tom pls …", "yo Tom …", "@bot Tom — …",
"Tom dear, …"), but one who is no member is read as the doer only in a few of them; in the
others the text asks nothing the rules understood. SPEC §4.2 asks who should do it instead:
a name that is not a member → clarify ``["task.assignee_id"]``.

The reading is the members' own, not a second grammar of calling: the words that may call
someone (``called_words``: a first name in either script, an endearment) are made members
for one more reading (``_outsider_tasks.asked_of_outsider``; this module finds the words),
and only a task that reading gives to one of them is kept, its doer asked for. So news of a
person ("Jack cleaned his room"), a greeting, a question or a smart speaker's name ("Alexa,
…") stay as the members' reading leaves them.
"""

from __future__ import annotations

import re
from typing import Final

from policy_core._household import HouseholdIndex
from policy_core._morphology import Morphology
from policy_core._text import normalise_word
from policy_core._words import Words
from policy_core.lang import Vocabulary

__all__ = [
    "called_words",
    "endearments_read_past",
    "may_call_someone",
    "outsider_ids",
    "outsider_name",
    "without_words",
]

#: the words that may call someone: the first three of the text (past an opener: "yo Jack",
#: "@bot Jack", "Kindly note Jack …") and one after the text's last comma ("…, Tom")
_OPENING_WORDS: Final = 3
#: how far into the text its first words are looked for, cheaply
_HEAD_CHARS: Final = 80
#: the id prefix of a person the rules make a member for one reading
OUTSIDER_PREFIX: Final = "outsider.called"
#: a Russian word that only may be a name is one when it has this many letters ("Дим"; "Чё"
#: is none)
_SHORT_NAME: Final = 3
#: the parts of speech of a Russian verb's forms (OpenCorpora)
_VERBS: Final = frozenset({"VERB", "INFN"})
#: the marks after an endearment that call someone ("honey, …", "babe - …")
_CALLING_MARKS: Final = frozenset({",", "-", "—", "–", ":", "!"})
#: how many words after a verb a blessing's deity or a greeting may stand
_BLESSING_REACH: Final = 2


#: a word as the cheap test reads one (letters only: "i'm" is "i" and "m")
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_CYRILLIC: Final = re.compile(r"[а-яё]", re.IGNORECASE)


def may_call_someone(text: str, morphology: Morphology, v: Vocabulary) -> bool:
    """Cheaply, before the words are read for one called (``endearments_read_past``,
    ``called_words``): the text's first words, or its last after a comma, hold a word
    ``called_words`` may take (a known first name or an endearment in any case, a Russian
    word a name may be). Most texts read as nothing hold none."""
    found = _LETTERS.findall(text, 0, _HEAD_CHARS)[:_OPENING_WORDS]
    comma = text.rfind(",")
    if comma >= 0:
        found.extend(_LETTERS.findall(text, comma)[:1])
    names, dear = v.text.name_spellings, v.tasks.called_endearments
    for word in found:
        low = normalise_word(word, v.text)
        if low in names or low in dear:
            return True
        if _CYRILLIC.match(word):
            info = morphology.info(low)
            if info.is_name or (info.may_be_name and word[:1].isupper()):
                return True
    return False


def _word_positions(words: Words) -> list[int]:
    """The indices of the text's first words, and of a word alone after its last comma."""
    found = [i for i in range(len(words)) if words.is_word(i)][:_OPENING_WORDS]
    last = len(words) - 1
    while last >= 0 and words.is_punct(last) and words.norms[last] != ",":
        last -= 1  # "…, Tom." / "…, Tom!"
    if last >= 1 and words.is_word(last) and words.norms[last - 1] == "," and last not in found:
        found.append(last)
    return found


def _may_call(words: Words, i: int, household: HouseholdIndex, v: Vocabulary) -> bool:
    """The word at ``i`` may call one who is no member: an endearment ("honey", "зай"), a
    first name the languages know, in lower case or not ("jack", "Emma"), a Russian word
    whose likelier reading is a first name ("Дима", "Олегу") or one of three letters or
    more a name may be in a capital ("Дим"). Never a smart speaker's name ("Alexa",
    "Алиса"), a member, a word in capitals ("you are DAN now"), a word the rules read as the
    requester or as no person, a sender before a colon (``_sender``), nor a name followed by
    what is told of it, not asked (``_told_of``)."""
    info, norm = words.infos[i], words.norms[i]
    if info is None:
        return False
    k, o = v.tasks, v.open_world
    if i > 0 and (
        words.has_lemma(i - 1, k.message_verbs) or words.norms[i - 1] in v.triggers.relay_verbs
    ):
        # "tell jack dinner is ready": a message for them ("tell X to …" is read); "Ivan says
        # Sam put the shelf together …": what is said of them
        return False
    if norm in k.called_endearments:
        return False  # read past (``endearments_read_past``), never a name
    if _sender(words, i):
        return False
    if (
        norm in o.wake_words
        or norm in o.called_wake_words
        or norm in k.self_words
        or norm in k.not_people
        or (len(norm) > 1 and words.tokens[i].text.isupper())
        or household.find_member(words, i) is not None
    ):
        return False
    if info.is_russian:
        # a word whose likelier reading is another may be a name only as one called, before
        # the comma that calls or the deed ("Дим, накачай …", "Света feed the chickens";
        # "Тема урока: …" is the lesson's topic)
        called = words.is_capitalised(i) and _calling_shape(words, i, v)
        named = len(norm) >= _SHORT_NAME and (info.is_name or (info.may_be_name and called))
        return named and not _told_of(words, i, v)
    if norm in v.text.name_spellings:
        t = v.triggers
        if norm in t.modals or norm in t.auxiliaries or norm in t.function_words:
            return False  # "will": a modal first
        return not _modal_told(words, i, v)
    return False


def _modal_told(words: Words, i: int, v: Vocabulary) -> bool:
    """A modal right after the English name at ``i`` tells of them, asks nothing: a plan,
    an offer or a duty of no deed ("Ravi will ring the electrician", "Ravi could ring …",
    "Ravi should relax a bit"); a modal before "you" asks ("Emma could you …"), and one of
    duty before a chore asks it done ("Please, Lucy should arrange her shoes …")."""
    j = i + 1
    if j >= len(words) or words.norms[j] not in v.triggers.modals:
        return False
    t, k = v.triggers, v.tasks
    after = words.norms[j + 1] if j + 1 < len(words) else ""
    if after in k.subject_pronouns:
        return False  # "Emma could you …", "Jack can u …"
    deed = after in t.chore_verbs or after in t.doer_verbs
    return not (words.norms[j] in t.duty_modals and deed)


def _calling_shape(words: Words, i: int, v: Vocabulary) -> bool:
    """The endearment or name at ``i`` calls someone: a mark, a courtesy ("please"), a modal
    ("can", "could"), an English chore verb or a Russian imperative or infinitive follows
    it ("honey could you …", "babe please mop …", "Дим, накачай …"; "Love to all" signs
    off, "Тема урока" names)."""
    j = i + 1
    if j >= len(words):
        return False
    info, norm, t = words.infos[j], words.norms[j], v.triggers
    if info is None:
        return norm in _CALLING_MARKS
    if info.is_russian:
        return info.is_imperative or info.is_infinitive
    return (
        norm in t.transparent
        or (norm in t.modals and norm not in t.to_markers)  # "Love to all": no modal
        or norm in t.asking_modals
        or norm in t.chore_verbs
        or norm in t.doer_verbs
        # a phrasal deed: "babe pick up the dry cleaning tomorrow"
        or (j + 1 < len(words) and words.norms[j + 1] in t.gerund_particles)
    )


def _sender(words: Words, i: int) -> bool:
    """The name at ``i`` labels a message it sent, a colon after it ("Jack: walk the dog,
    I'm at work", "Mom: …": a pasted chat, as a name no member's always was read); a
    Russian name in the dative is whom a note is for ("Олегу: прикрутить полку")."""
    if i + 1 >= len(words) or words.norms[i + 1] != ":":
        return False
    info = words.infos[i]
    return info is None or not (info.is_russian and info.is_dative)


def _told_of(words: Words, i: int, v: Vocabulary) -> bool:
    """What follows the one named at ``i`` in its sentence tells of them, asks nothing: the
    first Russian verb a finite one, neither an imperative nor asked of the one spoken to in
    a question ("Дима в субботу поедет в город", "Куры у Зинаиды дохнут", "Тёма, ещё раз
    тронешь сестру — …"; "Олег, помоешь посуду?", "Дима, а ты можешь …?" ask), a meal's
    verb ("Тимур, кушай давай": called to the table), or a verb before a deity or a greeting
    ("спасибо, милая, дай вам бог здоровья": a blessing; "передай привет")."""
    t, k = v.triggers, v.tasks
    for j in range(i + 1, len(words)):
        if words.norms[j] in k.sentence_ends:
            return False
        info = words.infos[j]
        if info is None or not info.is_russian or info.pos not in _VERBS:
            continue
        if words.has_lemma(j, t.meal_verbs) or _before_blessing(words, j, v):
            return True
        if info.is_imperative or info.is_infinitive:
            return False
        asked = info.is_asked_future or words.norms[j] in k.tag_modals
        return not (asked and _asked_in_question(words, j, k.sentence_ends))
    return False


def _before_blessing(words: Words, j: int, v: Vocabulary) -> bool:
    """A deity or a greeting among the two words after the verb at ``j`` ("дай вам бог
    здоровья", "передай привет")."""
    o, t = v.open_world, v.triggers
    return any(
        words.has_lemma(n, o.deities) or words.matches(n, t.greetings)
        for n in range(j + 1, min(j + _BLESSING_REACH + 1, len(words)))
    )


def _asked_in_question(words: Words, j: int, ends: frozenset[str]) -> bool:
    """The sentence holding ``j`` ends with a question mark."""
    for n in range(j + 1, len(words)):
        if words.norms[n] in ends:
            return words.norms[n] == "?"
    return False


def _office_work(words: Words, v: Vocabulary) -> bool:
    """The text names office work ("Асель, зашарь плиз презентацию для митинга"), not work
    for a school or a home ("распечатай реферат", "homework worksheets"): an errand the
    household's rules read for a member named, never for one who is no member."""
    o = v.open_world
    if words.vocabulary.isdisjoint(o.work_nouns):
        return False  # most commands
    if not words.vocabulary.isdisjoint(o.household_work_owners):
        return False
    return any(
        words.matches(k, o.work_nouns)
        and not words.matches(k, o.ambiguous_work_nouns)
        and not (k > 0 and words.tokens[k - 1].kind == "number")  # "for 30 minutes": a span
        for k in range(len(words))
    )


def called_words(words: Words, household: HouseholdIndex, v: Vocabulary) -> list[int]:
    """The indices of the words that may call one who is no member to do a chore (see
    ``_may_call``), among the text's first words and after its last comma; not an
    endearment (``endearments_read_past``); none in a text on office work."""
    if _office_work(words, v):
        return []
    beside = endearments_read_past(words, household, v)
    return [
        i for i in _word_positions(words) if i not in beside and _may_call(words, i, household, v)
    ]


def _neighbours(words: Words, i: int) -> tuple[int, int]:
    """The words before and after ``i`` past commas (-1 when none)."""
    before, after = i - 1, i + 1
    while before >= 0 and words.norms[before] == ",":
        before -= 1
    while after < len(words) and words.norms[after] == ",":
        after += 1
    return (before if before >= 0 and words.is_word(before) else -1), (
        after if after < len(words) and words.is_word(after) else -1
    )


def endearments_read_past(words: Words, household: HouseholdIndex, v: Vocabulary) -> set[int]:
    """The endearments that call someone among the text's first words: right beside a name,
    a comma or none between ("Tom, sweetheart, could you …", "Darling Lucy, …": the one
    called is called once, by the name), or before what calls (``_calling_shape``: "honey
    could you water the plants …", "babe please mop …"; the chore is then read as "honey,
    take out the trash" is, the requester's unless a member is named); never one that tells
    ("Love to all, …")."""
    k = v.tasks
    found: set[int] = set()
    for i in _word_positions(words):
        if words.norms[i] not in k.called_endearments:
            continue
        if _calling_shape(words, i, v) and not _told_of(words, i, v):
            found.add(i)
            continue
        for j in _neighbours(words, i):
            if (
                j >= 0
                and words.norms[j] not in k.called_endearments
                and (
                    household.find_member(words, j) is not None or _may_call(words, j, household, v)
                )
            ):
                found.add(i)
    return found


def without_words(text: str, words: Words, dropped: set[int]) -> str:
    """``text`` without the words at ``dropped``, and the comma after one set off by commas
    ("Tom, sweetheart, could you …" → "Tom, could you …"; "Tom dear, the gutter …" →
    "Tom, the gutter …")."""
    cut: list[tuple[int, int]] = []
    for i in sorted(dropped):
        end = words.tokens[i].end
        set_off = i > 0 and words.norms[i - 1] == ","
        if set_off and i + 1 < len(words) and words.norms[i + 1] == ",":
            end = words.tokens[i + 1].end
        cut.append((words.tokens[i].start, end))
    kept, at = [], 0
    for start, end in cut:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return " ".join("".join(kept).split()).replace(" ,", ",")


def outsider_name(words: Words, i: int) -> str:
    """The name to ask about: a Russian name in its dictionary form ("Олегу" → "Олег"), any
    other word as typed."""
    info = words.infos[i]
    if info is not None and info.is_russian and info.is_name:
        return info.lemma.capitalize()
    return words.tokens[i].text


def outsider_ids(count: int) -> tuple[str, ...]:
    """The ids the rules give ``count`` people made members for one reading."""
    return tuple(f"{OUTSIDER_PREFIX}:{n}" for n in range(count))
