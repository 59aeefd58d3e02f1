"""Deeds asked of the assistant itself that the app does not serve (SPEC §4, row 7).

A household app adds items and tasks; people also ask its assistant to do what only a phone
or a person at the screen does. Each construction names the assistant as the doer by what
its verb works on, never by one sentence (issue #12, round 33):

* **sending something only a phone sends**: a sending verb with a text, a photo, a link, a
  number or the app's list in its clause ("send lucy a meme", "скинь маме фотку списка",
  "send tom the grocery list"); "send grandma the birthday card" posts a thing (an errand);
* **managing the app's own entries**: a task moved to another day ("move cleaning to
  sunday", "перенеси уборку на субботу"), checked off ("mark my chore as done"), the app's
  chart or points reset ("reset the chore chart"), a list made ("make a new list called
  snacks", "сделай новый список для дачи", "make a list for the beach trip"), an entry handed
  to someone else ("reassign the dishes to Tom", "передай задачу с посудой Пете");
* **composing a text**: a writing verb with a letter, a note or a complaint in its clause
  ("write a polite note to the neighbours about the music"), or asked by someone with what
  to write after "что" ("Петя просит написать его учительнице, что он заболел");
* **working something out for the speaker**: schoolwork checked or solved ("check Jack's
  essay for spelling", "проверь диктант Пети", "проверь у Пети домашку", "реши за Машу
  пример", "реши задачу по физике"), homework done in the speaker's stead ("а ты можешь дз за
  меня сделать");
* **showing or checking**: a showing or checking verb closing the command ("у кого сколько
  задач, покажи", "Маша убралась в детской, проверь");
* **an entry taken off**: a list's editing verb closing the command after a need refused
  or a list named ("хлеб уже не надо, убери", "шланг из хозтоваров убери плиз");
* **its own abilities asked**: "что ты умеешь", "чем ты вообще можешь помочь", "what can you
  do".

The caller (``_unserved``) finds the command's head verb and keeps the household's reading
when a frame, a member named before the verb or a request of its own says otherwise ("remind
me to send the photos to Tom", "Tom, send grandma the pictures", "напомни Пете перенести
встречу на пятницу").
"""

from __future__ import annotations

from typing import Final

from policy_core._words import Words
from policy_core.lang import OpenWorldWords, TaskWords, TriggerWords, Vocabulary

__all__ = [
    "ability_question",
    "assistant_deed_at",
    "closing_edit",
    "closing_look",
    "need_refused_before",
    "relayed_message",
]

_CLAUSE_MARKS = frozenset(".!?,:;")
_OBJECT_REACH: Final = 6  # "send the class chat a photo": the thing a few words past the verb
_ABILITY_REACH: Final = 4
_NEW_LIST_REACH: Final = 3  # "make a new list": past an article and "new"  # "чем ты вообще можешь": the one addressed and the verb near


def _clause_after(words: Words, head: int, reach: int) -> range:
    """The indices of the words after ``head`` in its clause, at most ``reach`` of them."""
    end = head + 1
    seen = 0
    while end < len(words) and seen < reach:
        if words.tokens[end].kind == "punct" and words.norms[end] in _CLAUSE_MARKS:
            break
        if words.infos[end] is not None:
            seen += 1
        end += 1
    return range(head + 1, end)


def _in_clause(words: Words, head: int, vocabulary: frozenset[str], reach: int) -> int | None:
    """The first word of ``vocabulary`` after ``head`` in its clause, or None."""
    for k in _clause_after(words, head, reach):
        if words.infos[k] is not None and words.matches(k, vocabulary):
            return k
    return None


def _sends_content(words: Words, head: int, v: Vocabulary) -> bool:
    """ "send a text to emma saying …", "send me the plumber's number", "скинь маме фотку":
    a sending verb with something only a phone sends in its clause, not where it goes ("скинь
    в список кофе" adds the coffee: ``_list_targeted``)."""
    o = v.open_world
    if not words.matches(head, o.sending_verbs):
        return False
    return any(
        words.infos[k] is not None
        and words.matches(k, o.sent_contents)
        and not _list_targeted(words, head, k, v)
        for k in _clause_after(words, head, _OBJECT_REACH)
    )


def _list_targeted(words: Words, head: int, k: int, v: Vocabulary) -> bool:
    """The word at ``k`` ends a prepositional phrase after the verb at ``head``: a list's
    preposition or one of ``OpenWorldWords.sending_prepositions`` before it, past
    determiners ("скинь в список …", "send Tom with the list"): where it goes or what goes
    along, not what is sent."""
    s, t, o = v.shopping, v.triggers, v.open_world
    j = k - 1
    while j > head and (
        words.norms[j] in s.list_determiners or words.norms[j] in t.noun_determiners
    ):
        j -= 1
    return j > head and (
        words.norms[j] in s.list_prepositions or words.norms[j] in o.sending_prepositions
    )


def _reschedules(words: Words, head: int, o: OpenWorldWords) -> bool:
    """ "move jack's chores to next week", "move cleaning to sunday", "перенеси уборку на
    субботу": a moving verb, then a link and a day in its clause; "move the sofa to the
    living room" links a place."""
    if not words.matches(head, o.reschedule_verbs):
        return False
    for k in _clause_after(words, head, _OBJECT_REACH):
        if words.infos[k] is None or words.norms[k] not in o.reschedule_links:
            continue
        day = words.next_words[k]
        if day is not None and words.matches(day, o.reschedule_days):
            return True
    return False


def _marks_done(words: Words, head: int, o: OpenWorldWords) -> bool:
    """ "mark my chore as done", "отметь уборку как выполненную": a marking verb with a state
    of done in its clause."""
    return (
        words.matches(head, o.marking_verbs)
        and _in_clause(words, head, o.done_states, _OBJECT_REACH) is not None
    )


def _resets_the_app(words: Words, head: int, o: OpenWorldWords) -> bool:
    """ "reset the chore chart", "обнули баллы": a resetting verb with a thing of the app in
    its clause; any other object is read as before."""
    return (
        words.matches(head, o.reset_verbs)
        and _in_clause(words, head, o.app_objects, _OBJECT_REACH) is not None
    )


def _makes_a_new_list(words: Words, head: int, o: OpenWorldWords) -> bool:
    """ "make a new list called snacks", "сделай новый список для дачи", "create a list called
    party", "можно ли добавить несколько списков?": a making verb, then only fillers before a
    list (``made_lists``), one of them new (``new_words``) or the list named after it; "add
    eggs to the list called Costco" and "добавь ещё в список молоко" put a product on one."""
    if not (words.matches(head, o.feature_verbs) or words.matches(head, o.list_making_verbs)):
        return False
    new = words.matches(head, o.list_making_verbs)  # "make a list for the beach trip"
    k = words.next_words[head]
    while k is not None and (words.norms[k] in o.feature_fillers or words.norms[k] in o.new_words):
        new = new or words.norms[k] in o.new_words
        k = words.next_words[k]
    if k is None or words.infos[k] is None or not words.matches(k, o.made_lists):
        return False
    after = words.next_words[k]
    if after is not None and words.norms[after] == ":":
        return False  # "make a list: milk, eggs": the list is said
    return new or (after is not None and words.norms[after] in o.feature_namers)


def _reassigns(words: Words, head: int, o: OpenWorldWords, t: TriggerWords) -> bool:
    """ "reassign the dishes to Tom", "передай задачу с посудой Пете": an entry of the app
    handed to someone else; "передай Пете ключи" hands a thing over (an errand)."""
    return words.matches(head, o.reassign_verbs) or (
        words.matches(head, o.handing_verbs)
        and _in_clause(words, head, t.task_nouns, _OBJECT_REACH) is not None
    )


def _works_out(words: Words, head: int, o: OpenWorldWords) -> bool:
    """ "check Jack's essay for spelling", "проверь диктант Пети", "реши за Машу пример 345
    делить на 15", "а ты можешь дз за меня сделать": schoolwork checked or solved, or
    homework done in the speaker's stead; "check the tyre pressure" is a chore."""
    if words.matches(head, o.checking_verbs):
        return (
            _in_clause(words, head, o.checked_texts, _OBJECT_REACH) is not None
            or _in_clause(words, head, o.homework_nouns, _OBJECT_REACH) is not None
        )
    if words.matches(head, o.solving_verbs):
        return (
            _in_clause(words, head, o.solved_texts, _OBJECT_REACH) is not None
            or _in_clause(words, head, o.school_subjects, _OBJECT_REACH) is not None
        )
    return any(
        words.infos[k] is not None and words.matches(k, o.homework_nouns) for k in range(len(words))
    ) and any(words.phrase_length(j, o.stand_in_phrases) for j in range(len(words)))


def assistant_deed_at(words: Words, head: int, v: Vocabulary) -> bool:
    """The command's head verb at ``head`` asks the assistant for a deed the app does not
    serve: something sent, the app's entries managed, schoolwork worked out, a showing."""
    o = v.open_world
    return (
        _sends_content(words, head, v)
        or _reschedules(words, head, o)
        or _marks_done(words, head, o)
        or _resets_the_app(words, head, o)
        or _makes_a_new_list(words, head, o)
        or _reassigns(words, head, o, v.triggers)
        or (
            words.matches(head, o.writing_verbs)
            and _in_clause(words, head, o.composed_texts, _OBJECT_REACH) is not None
        )
        or _works_out(words, head, o)
        or words.matches(head, o.show_verbs)
    )


def closing_look(words: Words, o: OpenWorldWords) -> int | None:
    """ "у кого сколько задач на этой неделе, покажи", "Маша убралась в детской, проверь",
    "я уже убрал room, check it", "Петя убрал на балконе? проверь": a showing or checking
    verb closing the command after a mark (past ``show_closers`` or ``closing_fillers``) asks the assistant
    to show or to check what the words before it say ("проверь счётчики" names what to
    check: a chore); the verb's index, or None."""
    last = words.last_word(o.closing_fillers)
    if last is not None and words.norms[last] in o.show_closers:
        last = last - 1 if last > 0 and words.infos[last - 1] is not None else None
    if (
        last is not None
        and last > 0
        and (words.matches(last, o.show_verbs) or words.matches(last, o.checking_verbs))
        and words.is_punct(last - 1)
        and words.norms[last - 1] in _CLAUSE_MARKS
    ):
        return last
    return None


def ability_question(words: Words, o: OpenWorldWords) -> int | None:
    """ "что ты умеешь", "чем ты вообще можешь помочь", "what can you do": a question word,
    then the one addressed and a verb of ability a few words on; the question word's index,
    or None. The caller reads whom it is put to ("Петя, как ты можешь так жить, …" scolds a
    member)."""
    for k in range(len(words)):
        if words.infos[k] is None or words.norms[k] not in o.ability_questions:
            continue
        near = _clause_after(words, k, _ABILITY_REACH)
        if any(words.norms[j] in o.ability_addressees for j in near) and any(
            words.infos[j] is not None and words.matches(j, o.ability_verbs) for j in near
        ):
            return k
    return None


def closing_edit(words: Words, o: OpenWorldWords) -> int | None:
    """The index of a list's editing verb (``OpenWorldWords.list_edit_verbs``) closing the
    command past only a pronoun object or a courtesy (``closing_fillers``: "…, убери", "…
    убери плиз", "…, remove it"), a Russian imperative or an English one opening its clause,
    or None: what it edits was said before it."""
    last = words.last_word(o.closing_fillers)
    if last is None or last == 0 or not words.has_lemma(last, o.list_edit_verbs):
        return None
    info = words.infos[last]
    if info is not None and info.is_russian:
        return last if info.is_imperative else None
    # an English one opens its clause: "…, remove it" ("… is looking rather empty" describes)
    return last if words.is_punct(last - 1) else None


def need_refused_before(words: Words, k: int, t: TriggerWords) -> bool:
    """A need refused before the word at ``k`` (a negation right before a need word: "хлеб
    уже не надо, убери", "молоко больше не нужно, удали его"): the entry said is no longer
    wanted."""
    return any(
        words.matches(j, t.need_words)
        and words.is_word(j - 1)
        and words.norms[j - 1] in t.negations
        for j in range(1, k)
    )


def relayed_message(words: Words, o: OpenWorldWords, tasks: TaskWords) -> bool:
    """ "Петя просит написать его учительнице, что он заболел": a word of asking
    (``order_requests``, ``asking_reports``) right before a writing verb, and a comma with
    the message's opener (``TaskWords.message_openers``: "что", "that") after it, asks for a
    message written for someone: the asker names no doer of a chore."""
    for k in range(1, len(words)):
        if not (
            words.infos[k] is not None
            and words.matches(k, o.writing_verbs)
            and words.is_word(k - 1)
            and (words.norms[k - 1] in o.order_requests or words.norms[k - 1] in o.asking_reports)
        ):
            continue
        return any(
            words.norms[j] in tasks.message_openers and words.is_punct(j - 1)
            for j in range(k + 2, len(words))
        )
    return False
