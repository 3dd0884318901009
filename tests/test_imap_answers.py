"""ImapMailbox against server answers a loopback Dovecot never gives: LIST-STATUS in every
shape (a name as a literal, a folder left out, a refusal), and an EXAMINE without UIDNEXT."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from followup.config import NO_SERVER, Account, Credentials, FolderNames
from followup.imap import FolderStatus, ImapMailbox
from imapclient import IMAPClient  # type: ignore[import-untyped]


class FakeImap:
    """imaplib's side: answers the LIST with canned untagged STATUS entries."""

    def __init__(self, kind: str, answers: list[Any]) -> None:
        self.kind = kind
        self.answers = answers
        self.untagged_responses: dict[str, list[Any]] = {}
        self.sent: list[tuple[Any, ...]] = []

    def _simple_command(self, *args: Any) -> tuple[str, list[bytes]]:
        self.sent.append(args)
        self.untagged_responses["STATUS"] = list(self.answers)
        return self.kind, [b"LIST completed"]

    def _untagged_response(self, kind: str, data: Any, name: str) -> tuple[str, list[Any]]:
        return kind, self.untagged_responses.pop(name, [None])


def box_answering(kind: str, answers: list[Any]) -> tuple[ImapMailbox, FakeImap, list[str]]:
    account = Account("personal", NO_SERVER, "dana", Credentials(), folders=FolderNames())
    box = ImapMailbox(account, lambda: SimpleNamespace(kind="password", value="x"))
    imap = FakeImap(kind, answers)
    client = SimpleNamespace(_imap=imap, folder_encode=True)
    client._normalise_folder = lambda name: IMAPClient._normalise_folder(client, name)
    box._client = client
    box.capabilities = frozenset({"LIST-STATUS", "LIST-EXTENDED"})
    asked: list[str] = []

    def status(folder: str) -> FolderStatus:
        asked.append(folder)
        return FolderStatus(1, 10, 7)

    box.status = status  # type: ignore[method-assign]
    return box, imap, asked


def test_one_list_answers_for_every_folder_even_a_name_sent_as_a_literal() -> None:
    # imaplib keeps a literal as (line up to the literal, the literal), then the rest.
    answers = [(b"{13}", b'Followup/"St"'), b" (MESSAGES 0)", b'"Suivi/Arr&AOo-ter" (MESSAGES 2)']
    box, imap, asked = box_answering("OK", answers)
    counts = box.message_counts(['Followup/"St"', "Suivi/Arrêter"])
    assert counts == {'Followup/"St"': 0, "Suivi/Arrêter": 2}
    assert asked == [] and len(imap.sent) == 1
    assert imap.sent[0][1:] == (b'""', b'("Followup/\\"St\\"" "Suivi/Arr&AOo-ter")', b"RETURN",
                                b"(STATUS (MESSAGES))")  # fmt: skip


def test_a_folder_the_answer_leaves_out_gets_a_status_of_its_own() -> None:
    box, _, asked = box_answering("OK", [b'"INBOX" (MESSAGES 3)'])
    assert box.message_counts(["inbox", "Followup/Stop"]) == {"inbox": 7, "Followup/Stop": 7}
    assert asked == ["inbox", "Followup/Stop"]  # "INBOX" is not the name asked for


def test_a_refused_or_garbled_list_status_falls_back_for_the_rest_of_the_link() -> None:
    for kind, answers in (("NO", []), ("OK", [b'"Followup/Track" (MESSAGES'])):
        box, imap, asked = box_answering(kind, answers)
        assert box.message_counts(["Followup/Track", "Followup/Stop"]) == {
            "Followup/Track": 7,
            "Followup/Stop": 7,
        }
        box.message_counts(["Followup/Track", "Followup/Stop"])
        assert len(imap.sent) == 1  # not tried again on this connection
        assert len(asked) == 4


class NoUidnextClient:
    """A server whose EXAMINE leaves out UIDNEXT (and whose STATUS would too)."""

    def __init__(self) -> None:
        self._imap = SimpleNamespace(untagged_responses={})
        self.searches: list[list[Any]] = []

    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, Any]:
        return {b"UIDVALIDITY": 42, b"EXISTS": 3}

    def search(self, criteria: list[Any]) -> list[int]:
        self.searches.append(criteria)
        return [3, 7, 9] if criteria == ["ALL"] else []


def test_without_uidnext_a_first_look_places_its_floor_above_every_uid_before_searching() -> None:
    box, _, asked = box_answering("OK", [])
    client = NoUidnextClient()
    box._client = client
    found = box.uids_since("INBOX", date(2026, 3, 1))
    assert found == (42, [], 10)
    assert client.searches[0] == ["ALL"] and client.searches[1][0] == "SINCE"
    assert asked == []  # no STATUS: such servers often leave UIDNEXT out of it too
