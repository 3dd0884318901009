"""Whole messages are fetched in chunks bounded by count and by size (imap._sized_chunks)."""

from __future__ import annotations

from followup.imap import _sized_chunks


def test_small_messages_share_one_fetch_up_to_the_count() -> None:
    sizes = {uid: 4_000 for uid in range(1, 2_501)}
    chunks = list(_sized_chunks(sizes, 1_000, 8_000_000))
    assert [len(c) for c in chunks] == [1_000, 1_000, 500]
    assert [uid for c in chunks for uid in c] == sorted(sizes)


def test_big_messages_are_split_by_bytes_and_a_huge_one_goes_alone() -> None:
    sizes = {1: 3_000_000, 2: 3_000_000, 3: 3_000_000, 4: 50_000_000, 5: 10, 6: 10}
    assert list(_sized_chunks(sizes, 1_000, 8_000_000)) == [[1, 2], [3], [4], [5, 6]]


def test_nothing_to_fetch_is_no_chunk() -> None:
    assert list(_sized_chunks({}, 1_000, 8_000_000)) == []
