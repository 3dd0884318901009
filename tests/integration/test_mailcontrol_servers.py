"""followup.mailcontrol against real servers: control folders made under the server's own
namespace (Dovecot `Followup/Track`, Cyrus `INBOX.Followup.Track`), copies found and removed,
keywords found and taken off, nothing else touched."""

from __future__ import annotations

import pytest
from followup.imap import SEEN, CommandFailed, FolderMissing
from followup.mailcontrol import STOP, TRACK, ControlNames, MailCommand, MailControl
from loopback import LoopbackServer
from testmail import connected, flags_of, message, uids_in

pytestmark = pytest.mark.integration


@pytest.fixture(params=["dovecot", "cyrus"])
def server(request: pytest.FixtureRequest) -> LoopbackServer:
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]


def _names(server: LoopbackServer) -> list[str]:
    with server.client() as client:
        return [str(name) for _, _, name in client.list_folders()]


def _delimiter(server: LoopbackServer) -> str:
    with server.client() as client:
        return str(client.list_folders()[0][1].decode())


def _subscribed(server: LoopbackServer) -> list[str]:
    with server.client() as client:
        return [str(name) for _, _, name in client.list_sub_folders()]


def test_control_folders_are_made_under_the_namespace_and_subscribed(
    server: LoopbackServer,
) -> None:
    with connected(server) as box:
        folders = MailControl(box, ControlNames()).folders()
    prefix = "INBOX." if any(n.startswith("INBOX.") for n in _names(server)) else ""
    delimiter = _delimiter(server)
    assert folders == {
        TRACK: f"{prefix}Followup{delimiter}Track",
        STOP: f"{prefix}Followup{delimiter}Stop",
    }
    assert set(folders.values()) <= set(_names(server))
    assert set(folders.values()) <= set(_subscribed(server))
    with connected(server) as box:  # found again, not made twice
        assert MailControl(box, ControlNames()).folders() == folders


def test_nothing_is_made_when_the_user_said_so(server: LoopbackServer) -> None:
    with connected(server) as box:
        control = MailControl(box, ControlNames(make_folders=False))
        assert control.folders() == {}
        assert control.run([], lambda command: "x") == []
    assert not any("Followup" in name for name in _names(server))


def test_copies_are_applied_then_removed_and_the_original_stays(server: LoopbackServer) -> None:
    original = message("Interview at Acme", message_id="<orig@acme.example>")
    server.deliver("INBOX", original)
    with connected(server) as box:
        control = MailControl(box, ControlNames())
        folders = control.folders()
        box.append(folders[TRACK], original, flags=(SEEN,))
        box.append(folders[STOP], message("Other", message_id="<other@x.example>"), flags=())
        seen: list[MailCommand] = []
        said = control.run([], lambda command: seen.append(command) or command.verb)
    assert said == [TRACK, STOP]
    assert b"<orig@acme.example>" in seen[0].raw
    assert seen[0].where.startswith(folders[TRACK] + " UID ")
    assert uids_in(server, folders[TRACK]) == []
    assert uids_in(server, folders[STOP]) == []
    assert len(uids_in(server, "INBOX")) == 1


def test_keywords_are_applied_then_taken_off_leaving_other_flags(server: LoopbackServer) -> None:
    server.deliver("INBOX", message("Keep me"))
    server.deliver("INBOX", message("Stop this one", message_id="<stop@acme.example>"))
    with server.client() as client:
        client.select_folder("INBOX")
        first, second = sorted(client.search("ALL"))
        client.add_flags([second], [b"$FollowupStop", b"\\Flagged", b"$label1"])
    with connected(server) as box:
        seen: list[MailCommand] = []
        said = MailControl(box, ControlNames()).run(
            ["INBOX"], lambda command: seen.append(command) or command.verb
        )
    assert said == [STOP]
    assert b"<stop@acme.example>" in seen[0].raw
    flags = {f.lower() for f in flags_of(server, "INBOX", second)}
    assert b"$followupstop" not in flags
    assert {b"\\flagged", b"$label1"} <= flags
    assert b"\\seen" not in flags  # reading the message for the command left it unread
    assert uids_in(server, "INBOX") == [first, second]


def test_a_disabled_control_reads_nothing(server: LoopbackServer) -> None:
    server.deliver("INBOX", message("Tagged"))
    with server.client() as client:
        client.select_folder("INBOX")
        client.add_flags(client.search("ALL"), [b"$FollowupTrack"])
    with connected(server) as box:
        assert MailControl(box, ControlNames(enabled=False)).run(["INBOX"], str) == []


@pytest.mark.dovecot(drop_capabilities=("UIDPLUS", "MOVE"))
def test_a_copy_that_could_only_be_flagged_deleted_is_not_applied_again(dovecot) -> None:  # type: ignore[no-untyped-def]
    """Without UIDPLUS or MOVE the copy stays, flagged \\Deleted: applied once, never again
    (a lingering Track would undo the user's later stop)."""
    with connected(dovecot) as box:
        control = MailControl(box, ControlNames())
        track = control.folders()[TRACK]
        box.append(track, message("Track me", message_id="<t1@acme.example>"), flags=())
        first = control.run([], lambda command: command.where)
        again = control.run([], lambda command: command.where)
    assert len(first) == 1 and again == []
    assert len(uids_in(dovecot, track)) == 1  # still there, flagged


def _counts_of_two_folders(server: LoopbackServer) -> dict[str, int]:
    """Two folders (one with a non-ASCII name: modified UTF-7 on the wire) and INBOX,
    counted in one call."""
    with connected(server) as box:
        empty = box.own_folder(["Suivi", "Arrêter"], create=True)
        full = box.own_folder(["Suivi", "Track"], create=True)
        assert empty is not None and full is not None
        box.append(full, message("One"), flags=())
        box.append(full, message("Two"), flags=())
        counts = box.message_counts([empty, full, "INBOX"])
    assert len(counts) == 3
    return {"Arrêter": counts[empty], "Track": counts[full], "INBOX": counts["INBOX"]}


def test_message_counts_of_several_folders_in_one_list_status(server: LoopbackServer) -> None:
    server.deliver("INBOX", message("In the inbox"))
    assert _counts_of_two_folders(server) == {"Arrêter": 0, "Track": 2, "INBOX": 1}


@pytest.mark.dovecot(drop_capabilities=("LIST-STATUS",))
def test_message_counts_without_list_status_ask_each_folder(dovecot) -> None:  # type: ignore[no-untyped-def]
    dovecot.deliver("INBOX", message("In the inbox"))
    assert _counts_of_two_folders(dovecot) == {"Arrêter": 0, "Track": 2, "INBOX": 1}


def test_a_keyword_found_by_look_is_applied_by_run_without_a_second_search(
    server: LoopbackServer,
) -> None:
    server.deliver("INBOX", message("Track this", message_id="<look@acme.example>"))
    with server.client() as client:
        client.select_folder("INBOX")
        client.add_flags(client.search("ALL"), [b"$FollowupTrack"])
    with connected(server) as box:
        control = MailControl(box, ControlNames())
        box.uids_after("INBOX", 0)  # the cycle has just read INBOX: it is selected
        control.look("INBOX")
        seen: list[MailCommand] = []
        said = control.run(["INBOX"], lambda command: seen.append(command) or command.verb)
        assert said == [TRACK] and b"<look@acme.example>" in seen[0].raw
        assert control.run(["INBOX"], lambda command: command.verb) == []  # taken off


def test_a_keyword_search_refused_while_reading_is_asked_again_by_run(
    dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """`look` runs before the cycle records the mail it read: a server refusing it there must
    not hold the cycle up; `run` searches again afterwards."""
    dovecot.deliver("INBOX", message("Stop this", message_id="<refused@acme.example>"))
    with dovecot.client() as client:
        client.select_folder("INBOX")
        client.add_flags(client.search("ALL"), [b"$FollowupStop"])
    with connected(dovecot) as box:
        search = box.uids_with_keyword

        def refused_while_reading(folder: str, *keywords: str, fresh: bool = True) -> list[int]:
            if not fresh:
                raise CommandFailed("SEARCH: NO [SERVERBUG] try later")
            return search(folder, *keywords, fresh=fresh)

        monkeypatch.setattr(box, "uids_with_keyword", refused_while_reading)
        control = MailControl(box, ControlNames())
        control.look("INBOX")  # no error
        assert control.run(["INBOX"], lambda command: command.verb) == [STOP]


def test_a_folder_deleted_by_another_client_is_made_again_on_the_same_link(
    server: LoopbackServer,
) -> None:
    """The folder list is read once per connection; a folder found missing reads it afresh,
    so the next own_folder(create=True) makes it again instead of trusting the old list."""
    with connected(server) as box:
        name = box.own_folder(["Followup", "Send"], create=True)
        assert name is not None
        assert box.own_folder(["Followup", "Send"], create=False) == name  # now in the list
        with server.client() as other:
            other.delete_folder(name)
        with pytest.raises(FolderMissing):
            box.status(name)
        assert box.own_folder(["Followup", "Send"], create=True) == name
        assert box.status(name).messages == 0
