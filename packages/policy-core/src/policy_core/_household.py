"""The household of one command, indexed for matching names in any inflected form."""

from __future__ import annotations

from dataclasses import dataclass

from policy_core._contracts import CommandDTO
from policy_core._morphology import Morphology
from policy_core._text import normalise_text, tokenize
from policy_core._words import Words

__all__ = ["HouseholdIndex", "HouseholdKey", "NamedThing", "build_household_index", "household_key"]


@dataclass(frozen=True, slots=True)
class NamedThing:
    """A member, zone or list: its id, display name and the lemma of each name word."""

    id: str
    name: str
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HouseholdIndex:
    members: tuple[NamedThing, ...]
    zones: tuple[NamedThing, ...]
    lists: tuple[NamedThing, ...]
    default_assignee_id: str | None  # only when it names a member
    default_list_id: str | None  # only when it names a list

    def member_ids(self) -> frozenset[str]:
        return frozenset(m.id for m in self.members)

    def find_member(self, words: Words, index: int) -> NamedThing | None:
        """The member whose (first) name the word at ``index`` is, in any case form."""
        if not words.is_word(index):
            return None
        keys = words.keys(index)
        for member in self.members:
            if member.keys and member.keys[0] in keys:
                return member
        return None

    def find_all(
        self, words: Words, things: tuple[NamedThing, ...], start: int = 0, stop: int | None = None
    ) -> list[tuple[NamedThing, int, int]]:
        """Every occurrence of a multi-word name in ``words[start:stop]`` as (thing, i, j)."""
        stop = len(words) if stop is None else stop
        found: list[tuple[NamedThing, int, int]] = []
        present = words.vocabulary  # a superset of the range's words: a cheap first filter
        # Longest names first, so "Living room" wins over a zone called "Room".
        for thing in sorted(things, key=lambda t: -len(t.keys)):
            size = len(thing.keys)
            if size == 0 or thing.keys[0] not in present:
                continue
            for i in range(start, stop - size + 1):
                here = all(thing.keys[k] in words.keys(i + k) for k in range(size))
                if here and not any(i < j2 and i1 < i + size for _, i1, j2 in found):
                    found.append((thing, i, i + size))
        found.sort(key=lambda f: f[1])
        return found


def _name_keys(name: str, morphology: Morphology, *, person: bool) -> tuple[str, ...]:
    keys: list[str] = []
    for token in tokenize(normalise_text(name)):
        if token.kind != "word":
            continue
        info = morphology.info(token.norm)
        if person and info.is_russian:
            # A first name's own spelling is its dictionary form ("Анна", "Дима").
            keys.append(token.norm)
        else:
            keys.append(info.lemma)
    return tuple(keys)


HouseholdKey = tuple[
    tuple[tuple[str, str | None], ...],
    tuple[tuple[str, str], ...],
    tuple[tuple[str, str], ...],
    str | None,
    str | None,
]


def household_key(command: CommandDTO) -> HouseholdKey:
    """Everything the index depends on, hashable: households repeat across commands."""
    household = command.context.household
    defaults = command.context.defaults
    return (
        tuple((m.user_id, m.display_name) for m in household.members),
        tuple((z.zone_id, z.name) for z in household.zones or ()),
        tuple((s.list_id, s.name) for s in household.shopping_lists or ()),
        defaults.default_assignee_id if defaults else None,
        defaults.default_list_id if defaults else None,
    )


def build_household_index(key: HouseholdKey, morphology: Morphology) -> HouseholdIndex:
    members_raw, zones_raw, lists_raw, assignee, default_list = key
    members = tuple(
        NamedThing(user_id, name or user_id, _name_keys(name or "", morphology, person=True))
        for user_id, name in members_raw
    )
    zones = tuple(
        NamedThing(zone_id, name, _name_keys(name, morphology, person=False))
        for zone_id, name in zones_raw
    )
    lists = tuple(
        NamedThing(list_id, name, _name_keys(name, morphology, person=False))
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
    )
