"""The household of one command, indexed for matching names in any inflected form."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Final

from policy_core._contracts import PARENT_ROLE, CommandContext
from policy_core._morphology import Morphology
from policy_core._text import normalise_text, tokenize
from policy_core._words import Words
from policy_core.lang import TextWords

__all__ = [
    "KIND_LIST_ID",
    "HouseholdIndex",
    "HouseholdKey",
    "HouseholdKeyBase",
    "NamedThing",
    "build_household_index",
    "household_key",
    "household_key_base",
    "parent_ids",
    "parents_outside",
    "with_kinds_said",
]

# The id of a list the household does not have, named by its kind ("в хозтовары …" where no
# list is called so: ``with_kinds_said``); a draft naming it asks for the list. A NUL alone,
# no list's id in practice; a household with a list of that id reads no kind at all.
KIND_LIST_ID: Final = "\x00"


@dataclass(frozen=True, slots=True)
class NamedThing:
    """A member, zone or list: its id, display name and the lemma of each name word."""

    id: str
    name: str
    keys: tuple[str, ...]
    # a member's first name as the other alphabet writes it ("кейт" for "Kate")
    aliases: frozenset[str] = frozenset()
    # a zone's name in the other language, as keys ("гараж" for "Garage")
    alternatives: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class HouseholdIndex:
    members: tuple[NamedThing, ...]
    zones: tuple[NamedThing, ...]
    lists: tuple[NamedThing, ...]
    default_assignee_id: str | None  # only when it names a member
    default_list_id: str | None  # only when it names a list
    # the speaker's mother and father are no members ("в список мамы" is another household's)
    parents_outside: bool = True
    # The first key of every member's, zone's and list's name: most words name none of them,
    # and one set test says so.
    first_names: frozenset[str] = field(init=False, repr=False, compare=False)
    zone_starts: frozenset[str] = field(init=False, repr=False, compare=False)
    list_starts: frozenset[str] = field(init=False, repr=False, compare=False)
    # Every member's, zone's and list's id: what a draft may name.
    member_ids: frozenset[str] = field(init=False, repr=False, compare=False)
    zone_ids: frozenset[str] = field(init=False, repr=False, compare=False)
    list_ids: frozenset[str] = field(init=False, repr=False, compare=False)
    # Every zone's and list's names (each name's keys, its alternatives' too), longest first:
    # what ``find_all`` matches, sorted once per household instead of on every call.
    zone_names: tuple[tuple[NamedThing, tuple[str, ...]], ...] = field(
        init=False, repr=False, compare=False
    )
    list_names: tuple[tuple[NamedThing, tuple[str, ...]], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "zone_names", _names_longest_first(self.zones))
        object.__setattr__(self, "list_names", _names_longest_first(self.lists))
        object.__setattr__(self, "member_ids", frozenset(m.id for m in self.members))
        object.__setattr__(self, "zone_ids", frozenset(z.id for z in self.zones))
        object.__setattr__(self, "list_ids", frozenset(s.id for s in self.lists))
        for name, things in (
            ("first_names", self.members),
            ("zone_starts", self.zones),
            ("list_starts", self.lists),
        ):
            object.__setattr__(self, name, frozenset(t.keys[0] for t in things if t.keys))
        others = frozenset(keys[0] for z in self.zones for keys in z.alternatives if keys)
        object.__setattr__(self, "zone_starts", self.zone_starts | others)
        aliases = frozenset().union(*(m.aliases for m in self.members))
        object.__setattr__(self, "first_names", self.first_names | aliases)

    def find_member(self, words: Words, index: int) -> NamedThing | None:
        """The member whose (first) name the word at ``index`` is, in any case form."""
        if not words.is_word(index):
            return None
        keys = words.keys(index)
        if keys.isdisjoint(self.first_names):
            return None
        for member in self.members:
            if member.keys and member.keys[0] in keys:
                return member
        # "напомни Кейт …" for the member "Kate": a name's spelling in the other alphabet,
        # read as a name ("том" is also a volume, "Тому" a name)
        info = words.infos[index]
        if info is None or not (info.is_name or words.is_capitalised(index)):
            return None
        return next((m for m in self.members if not m.aliases.isdisjoint(keys)), None)

    def find_zones(
        self, words: Words, start: int = 0, stop: int | None = None
    ) -> list[tuple[NamedThing, int, int]]:
        """``find_all`` for the zones."""
        if words.vocabulary.isdisjoint(self.zone_starts):
            return []
        return _find_names(words, self.zone_names, start, stop)

    def find_lists(
        self, words: Words, start: int = 0, stop: int | None = None
    ) -> list[tuple[NamedThing, int, int]]:
        """``find_all`` for the shopping lists."""
        if words.vocabulary.isdisjoint(self.list_starts):
            return []
        return _find_names(words, self.list_names, start, stop)

    def find_all(
        self, words: Words, things: tuple[NamedThing, ...], start: int = 0, stop: int | None = None
    ) -> list[tuple[NamedThing, int, int]]:
        """Every occurrence of a multi-word name in ``words[start:stop]`` as (thing, i, j)."""
        return _find_names(words, _names_longest_first(things), start, stop)


def _names_longest_first(
    things: tuple[NamedThing, ...],
) -> tuple[tuple[NamedThing, tuple[str, ...]], ...]:
    """Each thing's names (its keys, then its alternatives), longest first, so that "Living
    room" wins over a zone called "Room" (a stable sort: in their order otherwise)."""
    names = [(t, keys) for t in things for keys in (t.keys, *t.alternatives) if keys]
    return tuple(sorted(names, key=lambda name: -len(name[1])))


def _find_names(
    words: Words,
    names: tuple[tuple[NamedThing, tuple[str, ...]], ...],
    start: int = 0,
    stop: int | None = None,
) -> list[tuple[NamedThing, int, int]]:
    """``find_all`` over ``names`` sorted by ``_names_longest_first``."""
    present = words.vocabulary  # a superset of the range's words: a cheap first filter
    candidates = [(thing, keys) for thing, keys in names if keys[0] in present]
    if not candidates:
        return []
    stop = len(words) if stop is None else stop
    found: list[tuple[NamedThing, int, int]] = []
    infos, norms = words.infos, words.norms
    for thing, keys in candidates:
        size = len(keys)
        head = keys[0]
        for i in range(start, stop - size + 1):
            # most positions fail on the first word (``words.keys(i)``, inline: a word's
            # lemmas, else its spelling alone)
            info = infos[i]
            if (head not in info.lemmas) if info is not None else (head != norms[i]):
                continue
            here = all(keys[k] in words.keys(i + k) for k in range(1, size))
            if here and not any(i < j2 and i1 < i + size for _, i1, j2 in found):
                found.append((thing, i, i + size))
    found.sort(key=lambda f: f[1])
    return found


def _other_room_names(name: str, text_words: TextWords) -> list[str]:
    """ "Garage": ["гараж"], "Кухня": ["kitchen"]: a zone's name as the other language (or
    another word) says it."""
    said = " ".join(normalise_text(name, text_words).lower().split())
    return sorted(
        {other for group in text_words.room_names if said in group for other in group} - {said}
    )


_MAX_SPELLINGS: Final = 24  # a name's spellings in the other alphabet, at most


def _name_aliases(name: str, text_words: TextWords) -> frozenset[str]:
    """Every other way to write a member's first name: its full, short and fond forms
    ("дима": "дмитрий", "димка", "димочка"; "kate": "katherine", "katie"), each also in the
    other alphabet ("dmitriy", "кейт")."""
    forms = {name}
    for group in text_words.name_forms:
        if name in group:
            forms |= group
    for form in list(forms):
        for ending, fond in text_words.fond_endings.items():
            if form.endswith(ending):
                forms.update(form[: -len(ending)] + suffix for suffix in fond)
    found = set(forms)
    for form in forms:
        found |= _other_spellings(form, text_words)
    found.discard(name)
    return frozenset(found)


def _other_spellings(name: str, text_words: TextWords) -> frozenset[str]:
    """ "kate": {"кейт", "кэйт", "кате"}; "олег": {"oleg"}: a first name (folded, lower case)
    as the other alphabet writes it, letter by letter and from the names listed whole."""
    table, spellings = text_words.letter_spellings, text_words.name_spellings
    if name in spellings:
        return spellings[name]  # "sam" is "сэм", never "сам"
    found = {latin for latin, spelt in spellings.items() if name in spelt}
    spelt_so_far = [""]
    i = 0
    while i < len(name):
        for size in (4, 3, 2, 1):
            part = name[i : i + size]
            options = (table.get("^" + part) if i == 0 else None) or table.get(part)
            if len(part) == size and options:
                i += size
                break
        else:
            return frozenset(found)  # a letter no rule spells: only the listed names
        spelt_so_far = [s + o for s in spelt_so_far for o in options][:_MAX_SPELLINGS]
    found.update(spelt_so_far)
    found.discard(name)
    return frozenset(found)


def _name_keys(
    name: str, morphology: Morphology, text_words: TextWords, *, person: bool
) -> tuple[str, ...]:
    keys: list[str] = []
    for token in tokenize(normalise_text(name, text_words), text_words):
        if token.kind != "word":
            continue
        info = morphology.info(token.norm)
        if person and info.is_russian:
            # A first name's own spelling is its dictionary form ("Анна", "Дима").
            keys.append(token.norm)
        else:
            keys.append(info.lemma)
    return tuple(keys)


HouseholdKeyBase = tuple[
    tuple[tuple[str, str | None], ...],
    tuple[tuple[str, str], ...],
    tuple[tuple[str, str], ...],
    str | None,
    str | None,
]
HouseholdKey = tuple[
    tuple[tuple[str, str | None], ...],
    tuple[tuple[str, str], ...],
    tuple[tuple[str, str], ...],
    str | None,
    str | None,
    bool,  # ``HouseholdIndex.parents_outside``
]


_MEMBER_FIELDS: Final = attrgetter("user_id", "display_name")
_ZONE_FIELDS: Final = attrgetter("zone_id", "name")
_LIST_FIELDS: Final = attrgetter("list_id", "name")


def household_key(context: CommandContext, user_id: str) -> HouseholdKey:
    """Everything the index depends on, hashable: households repeat across commands (the
    speaker's ``user_id`` for whether their parents are members: ``parents_outside``)."""
    return (*household_key_base(context), parents_outside(parent_ids(context), user_id))


def household_key_base(context: CommandContext) -> HouseholdKeyBase:
    """``household_key`` but for the speaker's part."""
    household = context.household
    defaults = context.defaults
    # map() with attrgetter reads every member, zone and list without a Python frame.
    return (
        tuple(map(_MEMBER_FIELDS, household.members)),
        tuple(map(_ZONE_FIELDS, household.zones or ())),
        tuple(map(_LIST_FIELDS, household.shopping_lists or ())),
        defaults.default_assignee_id if defaults else None,
        defaults.default_list_id if defaults else None,
    )


def parent_ids(context: CommandContext) -> frozenset[str]:
    """The members whose role is a parent's."""
    return frozenset(m.user_id for m in context.household.members if m.role == PARENT_ROLE)


def parents_outside(parent_members: frozenset[str], user_id: str) -> bool:
    """The speaker's mother and father live elsewhere: no member is a parent (of
    ``parent_members``), or the speaker is one ("в список мамы" from a child names a parent of
    the household)."""
    return not parent_members or user_id in parent_members


def build_household_index(
    key: HouseholdKey, morphology: Morphology, text_words: TextWords
) -> HouseholdIndex:
    members_raw, zones_raw, lists_raw, assignee, default_list, parents_outside = key
    members = tuple(
        NamedThing(
            user_id,
            name or user_id,
            keys := _name_keys(name or "", morphology, text_words, person=True),
            _name_aliases(keys[0], text_words) if keys else frozenset(),
        )
        for user_id, name in members_raw
    )
    zones = tuple(
        NamedThing(
            zone_id,
            name,
            _name_keys(name, morphology, text_words, person=False),
            alternatives=tuple(
                _name_keys(other, morphology, text_words, person=False)
                for other in _other_room_names(name, text_words)
            ),
        )
        for zone_id, name in zones_raw
    )
    lists = tuple(
        NamedThing(list_id, name, _name_keys(name, morphology, text_words, person=False))
        for list_id, name in lists_raw
    )
    member_ids = {m.id for m in members}
    list_ids = {s.id for s in lists}
    return HouseholdIndex(
        members=members,
        zones=zones,
        lists=lists,
        default_assignee_id=assignee if assignee in member_ids else None,
        default_list_id=default_list if default_list in list_ids else None,
        parents_outside=parents_outside,
    )


def with_kinds_said(
    household: HouseholdIndex,
    words: Words,
    kinds: frozenset[str],
    *,
    links: frozenset[str],
    marks: frozenset[str],
    routes: tuple[frozenset[str], ...],
) -> HouseholdIndex | None:
    """The household as if it kept a list for each kind of list ``words`` name as a list
    that none of its lists is called by (``ShoppingWords.list_kinds``: "в хозтовары губки и
    фейри" where the lists are Продукты and Costco), each with the id ``KIND_LIST_ID``; None
    when the text names no such kind (nearly every text).

    A kind names a list where a list's name stands: after a preposition of a list
    (``links``: "в хозтовары", "on pharmacy"), before a heading's mark (``marks``:
    "хозтовары: …", "pharmacy - …") or last after one ("… - pharmacy"); elsewhere it is a
    word of the text ("weekly meeting moved", "the pharmacy closes at 8"), after a comma it
    may be one more item (", pharmacy", read as before), and after a preposition that a
    way or a going (a word of any of ``routes``) governs it is where someone goes ("по
    дороге в хозтовары купи хлеб", "зайди в хозтовары").

    Every reader of a list named then reads the text as it reads it for a household that
    keeps the list ("хозтовары: губки, фейри", "… в хозтовары", "купи губки в хозтовары"),
    and the list said, being none of this household's, is asked (SPEC §4.1: a list named but
    not known)."""
    if words.vocabulary.isdisjoint(kinds) or KIND_LIST_ID in household.list_ids:
        return None
    named = {k for _thing, i, j in household.find_lists(words) for k in range(i, j)}
    keys = {
        words.lemmas[k]
        for k in range(len(words))
        if k not in named
        and words.is_word(k)
        and words.matches(k, kinds)
        and _where_a_list_stands(words, k, links, marks, routes)
    }
    if not keys:
        return None
    kept = tuple(NamedThing(KIND_LIST_ID, key, (key,)) for key in sorted(keys))
    return replace(household, lists=household.lists + kept)


def _where_a_list_stands(
    words: Words,
    k: int,
    links: frozenset[str],
    marks: frozenset[str],
    routes: tuple[frozenset[str], ...],
) -> bool:
    """The word at ``k`` stands where a list's name does (``with_kinds_said``)."""
    norms = words.norms
    if k > 0 and norms[k - 1] in links:
        return k < 2 or not any(words.matches(k - 2, group) for group in routes)
    if k + 1 < len(words) and norms[k + 1] in marks:
        return True
    return k == len(words) - 1 and k > 0 and norms[k - 1] in marks
