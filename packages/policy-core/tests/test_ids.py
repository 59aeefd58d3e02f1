"""Decision ids are RFC 4122 UUIDs: version 5 from command_id, or version 4 at random."""

from __future__ import annotations

import uuid

import pytest

from policy_core._ids import _NAMESPACE, IdFactory


@pytest.mark.parametrize("command_id", ["cmd-1", "ru-shop-001", "ключ/с юникодом", ""])
def test_deterministic_ids_equal_uuid5_of_command_and_purpose(command_id: str) -> None:
    ids = IdFactory(command_id, deterministic=True)
    for purpose in ("decision", "trace", "job"):
        assert ids.new(purpose) == str(uuid.uuid5(_NAMESPACE, f"{command_id}\x1f{purpose}"))


def test_random_ids_are_distinct_version_4_uuids_across_several_draws() -> None:
    minted = [IdFactory("c", deterministic=False).new("decision") for _ in range(200)]
    factory = IdFactory("c", deterministic=False)
    minted += [factory.new(str(n)) for n in range(9)]  # past one draw's pool
    parsed = [uuid.UUID(value) for value in minted]
    assert all(u.version == 4 and u.variant == uuid.RFC_4122 for u in parsed)
    assert [str(u) for u in parsed] == minted  # canonical lower-case text form
    assert len(set(minted)) == len(minted)
