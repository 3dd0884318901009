"""The Maildir backend over real temporary Maildirs: layouts, stable UIDs, flags, writing,
and the watcher, checked against what mutt, mbsync, Dovecot and Python's mailbox module do."""

from __future__ import annotations

import mailbox
import os
import threading
import time
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from followup.config import (
    NO_SERVER,
    Account,
    Credentials,
    FolderNames,
    MaildirLayout,
    MaildirPlace,
)
from followup.imap import DELETED, DRAFT, SEEN, FolderMissing
from followup.maildir import (
    MaildirMailbox,
    MaildirWatcher,
    find_tree,
    flags_of_name,
    message_key,
)


def message(subject: str, message_id: str, *, calendar: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Rita Recruiter <rita@acme.example>"
    msg["To"] = "dana@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Thu, 26 Nov 2026 10:00:00 +0100"
    msg["Message-ID"] = message_id
    msg["X-Mailer"] = "not fetched by the daemon"
    msg.set_content("Hello,\nthanks for your time.\n")
    if calendar:
        msg.add_attachment(
            "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
            subtype="calendar",
            params={"method": "REQUEST"},
        )
    return msg.as_bytes()


def make_maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def drop(
    folder: Path, name: str, data: bytes, *, sub: str = "new", mtime: float | None = None
) -> Path:
    target = folder / sub / name
    target.write_bytes(data)
    if mtime is not None:
        os.utime(target, (mtime, mtime))
    return target


def account(root: Path, layout: MaildirLayout = MaildirLayout.AUTO, **folders: str) -> Account:
    return Account(
        "local",
        NO_SERVER,
        "",
        Credentials(),
        folders=FolderNames(**folders),
        maildir=MaildirPlace(root, layout),
    )


def open_box(root: Path, state: Path, **kwargs: object) -> MaildirMailbox:
    box = MaildirMailbox(account(root, **kwargs), state)  # type: ignore[arg-type]
    box.connect()
    return box


@pytest.fixture
def plusplus(tmp_path: Path) -> Path:
    """Dovecot/Courier style: the root is INBOX; .Sent, .Drafts, a localised one, a nested one."""
    root = make_maildir(tmp_path / "Mail")
    for name in (".Sent Messages", ".Entw&APw-rfe", ".Archive.2024", ".Trash"):
        make_maildir(root / name)
    (root / ".notmuch").mkdir()
    return root


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    """mbsync `SubFolders Verbatim` / offlineimap: INBOX/, Sent/, Drafts/, nested folders."""
    root = tmp_path / "Mail"
    for name in ("INBOX", "Sent", "Drafts", "Archive", "Archive/2024", "Gesendet"):
        make_maildir(root / name)
    return root


# -- names ---------------------------------------------------------------------------------


def test_the_key_survives_flag_changes_and_mbsyncs_uid() -> None:
    assert message_key("1700000000.M1P2Q3.host:2,S") == "1700000000.M1P2Q3.host"
    assert message_key("1700000000.M1P2Q3.host") == "1700000000.M1P2Q3.host"
    assert message_key("1700000000.M1P2Q3.host,U=17:2,FS") == "1700000000.M1P2Q3.host"
    assert message_key("1700000000.M1P2.host,S=1234,W=1260:2,RS") == (
        "1700000000.M1P2.host,S=1234,W=1260"
    )
    assert message_key("1700000000.M1P2Q3.host;2,S") == "1700000000.M1P2Q3.host"


def test_flags_read_from_the_name() -> None:
    assert flags_of_name("x:2,DS") == (DRAFT, SEEN)
    assert flags_of_name("x:2,STa") == (SEEN, DELETED)  # 'a' is a Dovecot keyword
    assert flags_of_name("x") == ()


# -- layouts -------------------------------------------------------------------------------


def test_maildir_plus_plus_is_detected_and_names_decoded(plusplus: Path) -> None:
    tree = find_tree(MaildirPlace(plusplus))
    assert tree.layout is MaildirLayout.MAILDIR_PLUS_PLUS
    assert set(tree.folders) == {"INBOX", "Sent Messages", "Entwürfe", "Archive.2024", "Trash"}
    assert tree.path_of("inbox") == plusplus


def test_maildir_plus_plus_special_folders_by_localised_names(
    plusplus: Path, tmp_path: Path
) -> None:
    box = open_box(plusplus, tmp_path / "state")
    folders = box.find_folders()
    assert (folders.inbox, folders.sent, folders.drafts) == ("INBOX", "Sent Messages", "Entwürfe")


def test_plain_layout_is_detected_with_nested_folders(plain: Path, tmp_path: Path) -> None:
    tree = find_tree(MaildirPlace(plain))
    assert tree.layout is MaildirLayout.PLAIN
    assert set(tree.folders) == {"INBOX", "Sent", "Drafts", "Archive", "Archive/2024", "Gesendet"}
    folders = open_box(plain, tmp_path / "state").find_folders()
    assert (folders.inbox, folders.sent, folders.drafts) == ("INBOX", "Sent", "Drafts")


def test_offlineimap_dotted_names_under_inbox(tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    for name in ("INBOX", "INBOX.Drafts", "INBOX.Sent"):
        make_maildir(root / name)
    folders = open_box(root, tmp_path / "state").find_folders()
    assert (folders.inbox, folders.sent, folders.drafts) == ("INBOX", "INBOX.Sent", "INBOX.Drafts")


def test_the_layout_can_be_forced(plusplus: Path, tmp_path: Path) -> None:
    make_maildir(plusplus / "Drafts")  # a plain folder beside the Maildir++ ones
    assert "Drafts" not in find_tree(MaildirPlace(plusplus)).folders
    forced = find_tree(MaildirPlace(plusplus, MaildirLayout.PLAIN))
    assert set(forced.folders) == {"INBOX", "Drafts"}


def test_config_overrides_must_exist(plain: Path, tmp_path: Path) -> None:
    box = open_box(plain, tmp_path / "state", drafts="Entwürfe")
    with pytest.raises(FolderMissing, match="folders.drafts") as error:
        box.find_folders()
    assert "'Archive/2024'" in str(error.value)


def test_a_missing_root_or_an_empty_tree_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FolderMissing, match="does not exist"):
        open_box(tmp_path / "nowhere", tmp_path / "state")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FolderMissing, match="cur/ and new/"):
        open_box(tmp_path / "empty", tmp_path / "state")


def test_no_drafts_folder_says_what_to_set(tmp_path: Path) -> None:
    root = make_maildir(tmp_path / "Mail")
    with pytest.raises(FolderMissing, match="folders.drafts"):
        open_box(root, tmp_path / "state").find_folders()


# -- UIDs ----------------------------------------------------------------------------------


def test_uids_follow_arrival_and_survive_new_to_cur_flags_and_restarts(
    plain: Path, tmp_path: Path
) -> None:
    inbox = plain / "INBOX"
    first = drop(inbox, "1000.M1P1.host", message("One", "<1@x>"), mtime=1_000)
    drop(inbox, "999.M9P9.host", message("Two", "<2@x>"), mtime=2_000)
    state = tmp_path / "state"
    box = open_box(plain, state)
    validity, uids = box.uids_after("INBOX", 0)
    assert uids == [1, 2]
    assert [h.raw.count(b"Subject: One") for h in box.headers("INBOX", [1])] == [1]

    # The client reads it: new/ -> cur/ with :2,S; later flagged and replied.
    seen = inbox / "cur" / (first.name + ":2,S")
    first.rename(seen)
    assert box.uids_after("INBOX", 0) == (validity, [1, 2])
    [header] = box.headers("INBOX", [1])
    assert header.flags == (SEEN,)
    seen.rename(inbox / "cur" / (first.name + ":2,FRS"))
    assert box.uids_after("INBOX", 2) == (validity, [])

    # A new message, and a restart: same numbers, same validity.
    drop(inbox, "3000.M1P1.host", message("Three", "<3@x>"), mtime=3_000)
    again = open_box(plain, state)
    assert again.uids_after("INBOX", 0) == (validity, [1, 2, 3])
    assert again.status("INBOX").uidnext == 4


def test_a_deleted_file_is_gone_and_its_uid_never_reused(plain: Path, tmp_path: Path) -> None:
    inbox = plain / "INBOX"
    drop(inbox, "1.M1.host", message("One", "<1@x>"), mtime=1_000)
    gone = drop(inbox, "2.M2.host", message("Two", "<2@x>"), mtime=2_000)
    box = open_box(plain, tmp_path / "state")
    assert box.uids_after("INBOX", 0)[1] == [1, 2]
    gone.unlink()
    assert box.uids_after("INBOX", 0)[1] == [1]
    assert box.bodies("INBOX", [2]) == {}
    drop(inbox, "3.M3.host", message("Three", "<3@x>"))
    assert box.uids_after("INBOX", 0)[1] == [1, 3]


def test_a_lost_map_means_a_new_uidvalidity(plain: Path, tmp_path: Path) -> None:
    drop(plain / "INBOX", "1.M1.host", message("One", "<1@x>"))
    state = tmp_path / "state"
    before = open_box(plain, state).status("INBOX").uidvalidity
    for file in (state / "maildir-uids").glob("*.json"):
        file.unlink()
    after = open_box(plain, state).status("INBOX").uidvalidity
    assert after != before
    assert not any(
        p.name.startswith(".") or p.suffix == ".json" for p in (plain / "INBOX").iterdir()
    )


def test_mbsync_uids_are_taken_over(plain: Path, tmp_path: Path) -> None:
    inbox = plain / "INBOX"
    (inbox / ".uidvalidity").write_text("1618033988\n41\n")
    drop(inbox, "1.M1.host,U=40:2,S", message("Forty", "<40@x>"), sub="cur", mtime=1_000)
    drop(inbox, "2.M2.host,U=41:2,", message("Forty-one", "<41@x>"), sub="cur", mtime=2_000)
    local = drop(inbox, "3.M3.host", message("Local", "<l@x>"), mtime=3_000)
    box = open_box(plain, tmp_path / "state")
    validity, uids = box.uids_after("INBOX", 0)
    assert uids == [40, 41, 42]
    # mbsync syncs the local one up and renames it with its own UID: the same message.
    local.rename(inbox / "cur" / "3.M3.host,U=42:2,S")
    assert box.uids_after("INBOX", 0) == (validity, [40, 41, 42])
    assert box.find_message_id("INBOX", "l@x") == [42]


def test_dovecot_uidlist_is_taken_over(plusplus: Path, tmp_path: Path) -> None:
    drop(plusplus, "1700.M1P1.mx,S=100,W=102", message("A", "<a@x>"), sub="cur")
    drop(plusplus, "1701.M1P1.mx", message("B", "<b@x>"))
    (plusplus / "dovecot-uidlist").write_text(
        "3 V1700000000 N8 Gabcdef\n7 :1700.M1P1.mx,S=100,W=102:2,S\n"
    )
    box = open_box(plusplus, tmp_path / "state")
    assert box.uids_after("INBOX", 0)[1] == [7, 8]


def test_uids_since_uses_the_arrival_time(plain: Path, tmp_path: Path) -> None:
    old = datetime(2026, 3, 1, 12, tzinfo=UTC).timestamp()
    new = datetime(2026, 3, 10, 12, tzinfo=UTC).timestamp()
    drop(plain / "INBOX", "1.M1.host", message("Old", "<o@x>"), mtime=old)
    drop(plain / "INBOX", "2.M2.host", message("New", "<n@x>"), mtime=new)
    box = open_box(plain, tmp_path / "state")
    found = box.uids_since("INBOX", date(2026, 3, 5))
    assert found.uids == [2]
    assert found.uidnext == box.status("INBOX").uidnext


# -- reading -------------------------------------------------------------------------------


def test_headers_are_the_fields_imap_fetches_and_reading_changes_nothing(
    plain: Path, tmp_path: Path
) -> None:
    path = drop(plain / "INBOX", "1.M1.host", message("Invite", "<i@x>", calendar=True))
    drop(plain / "INBOX", "2.M2.host", message("Plain", "<p@x>"))
    box = open_box(plain, tmp_path / "state")
    invite, other = box.headers("INBOX", [1, 2, 99])
    assert b"Subject: Invite" in invite.raw and b"X-Mailer" not in invite.raw
    assert invite.raw.endswith(b"\r\n") and invite.size == path.stat().st_size
    assert invite.has_calendar and not other.has_calendar
    assert box.bodies("INBOX", [1])[1] == path.read_bytes()
    assert box.fetch_message("INBOX", 2) is not None
    assert sorted(p.name for p in (plain / "INBOX" / "new").iterdir()) == ["1.M1.host", "2.M2.host"]


def test_an_unknown_folder_names_the_ones_there(plain: Path, tmp_path: Path) -> None:
    box = open_box(plain, tmp_path / "state")
    with pytest.raises(FolderMissing, match="'Archive/2024'"):
        box.uids_after("Nope", 0)


# -- writing -------------------------------------------------------------------------------


def test_append_is_atomic_flagged_and_readable_by_python_mailbox(
    plain: Path, tmp_path: Path
) -> None:
    box = open_box(plain, tmp_path / "state")
    raw = message("Thank you", "<draft-1@example.org>")
    when = datetime(2026, 3, 4, 14, tzinfo=UTC)
    uid = box.append("Drafts", raw, (DRAFT, SEEN), when)
    assert uid == 1
    [name] = os.listdir(plain / "Drafts" / "cur")
    assert name.endswith(":2,DS")
    assert os.listdir(plain / "Drafts" / "tmp") == [] and os.listdir(plain / "Drafts" / "new") == []
    assert (plain / "Drafts" / "cur" / name).stat().st_mtime == when.timestamp()

    folder = mailbox.Maildir(plain / "Drafts", create=False)
    [stored] = list(folder)
    assert stored["Message-ID"] == "<draft-1@example.org>"
    assert set(stored.get_flags()) == {"D", "S"}
    assert stored.get_subdir() == "cur"

    assert box.find_message_id("Drafts", "draft-1@example.org") == [uid]
    assert box.find_message_id("Drafts", "<nope@example.org>") == []
    assert box.headers("Drafts", [uid])[0].flags == (DRAFT, SEEN)


def test_append_without_flags_is_new_mail(plain: Path, tmp_path: Path) -> None:
    box = open_box(plain, tmp_path / "state")
    box.append("INBOX", message("Notice", "<n@x>"), ())
    [name] = os.listdir(plain / "INBOX" / "new")
    assert ":2," not in name
    assert list(mailbox.Maildir(plain / "INBOX", create=False))[0].get_subdir() == "new"


def test_a_message_another_tool_wrote_is_found_by_message_id(plain: Path, tmp_path: Path) -> None:
    """mutt saves a draft: its own name, its own flags; the daemon's Message-ID search finds
    it, and finds the edited copy after the client rewrote the file under a new name."""
    box = open_box(plain, tmp_path / "state")
    folder = mailbox.Maildir(plain / "Drafts", create=False)
    key = folder.add(mailbox.MaildirMessage(message("Edited", "<d@x>")))
    assert box.find_message_id("Drafts", "<d@x>") == [1]
    folder.remove(key)
    folder.add(mailbox.MaildirMessage(message("Edited again", "<d@x>")))
    assert box.find_message_id("Drafts", "<d@x>") == [2]


def test_remove_deletes_that_one_file_only(plain: Path, tmp_path: Path) -> None:
    box = open_box(plain, tmp_path / "state")
    keep = box.append("Drafts", message("Keep", "<k@x>"))
    drop_uid = box.append("Drafts", message("Drop", "<d@x>"))
    assert box.remove("Drafts", drop_uid) is True
    assert box.uids_after("Drafts", 0)[1] == [keep]
    assert box.remove("Drafts", drop_uid) is True  # already gone: nothing else is touched
    assert len(os.listdir(plain / "Drafts" / "cur")) == 1


def test_two_mailboxes_on_one_state_dir_number_alike(plain: Path, tmp_path: Path) -> None:
    """`followup run --once` next to the daemon: one map on disk, the same UIDs."""
    state = tmp_path / "state"
    one, two = open_box(plain, state), open_box(plain, state)
    drop(plain / "INBOX", "1.M1.host", message("One", "<1@x>"), mtime=1_000)
    assert one.uids_after("INBOX", 0)[1] == [1]
    drop(plain / "INBOX", "2.M2.host", message("Two", "<2@x>"), mtime=2_000)
    assert two.uids_after("INBOX", 0)[1] == [1, 2]
    assert one.find_message_id("INBOX", "<2@x>") == [2]


# -- watching ------------------------------------------------------------------------------


def test_the_watcher_wakes_on_new_mail_and_moves_not_on_reading(
    plain: Path, tmp_path: Path
) -> None:
    woken = threading.Event()
    calls: list[str] = []

    def on_change(folder: str) -> None:
        calls.append(folder)
        woken.set()

    watcher = MaildirWatcher(plain / "INBOX", "INBOX", on_change, debounce=0.1)
    watcher.start()
    try:
        assert watcher.watching
        assert woken.wait(15) and calls == ["INBOX"]  # once at start: catch up
        woken.clear()
        path = drop(plain / "INBOX", "1.M1.host", message("One", "<1@x>"))
        assert woken.wait(15), "a new message did not wake the watcher"
        woken.clear()
        box = open_box(plain, tmp_path / "state")
        box.bodies("INBOX", box.uids_after("INBOX", 0)[1])  # reading is no change
        assert not woken.wait(1.0)
        path.rename(plain / "INBOX" / "cur" / (path.name + ":2,S"))
        assert woken.wait(15), "a move to cur/ did not wake the watcher"
    finally:
        watcher.stop()


def test_a_folder_that_cannot_be_watched_is_reported_not_raised(tmp_path: Path) -> None:
    errors = []
    watcher = MaildirWatcher(tmp_path / "gone", "Gone", lambda _: None, on_error=errors.append)
    watcher.start()
    watcher.stop()
    assert not watcher.watching
    assert len(errors) == 1 and "five minutes" in str(errors[0])


# -- folders of its own (mail commands) ------------------------------------------------------


def test_own_folders_are_made_the_maildir_plus_plus_way(plusplus: Path, tmp_path: Path) -> None:
    box = open_box(plusplus, tmp_path / "state")
    assert box.own_folder(("Followup", "Track"), create=False) is None
    assert box.own_folder(("Followup", "Track"), create=True) == "Followup.Track"
    assert (plusplus / ".Followup.Track" / "maildirfolder").exists()
    assert box.own_folder(("followup", "track"), create=False) == "Followup.Track"
    assert box.uids_after("Followup.Track", 0)[1] == []
    assert box.own_folder(("Folgen", "Entwürfe"), create=True) == "Folgen.Entwürfe"
    assert (plusplus / ".Folgen.Entw&APw-rfe").is_dir()


def test_own_folders_are_made_the_plain_way(plain: Path, tmp_path: Path) -> None:
    flat = open_box(plain, tmp_path / "state")
    assert flat.own_folder(("Followup", "Stop"), create=True) == "Followup/Stop"
    assert (plain / "Followup" / "Stop" / "cur").is_dir()
    assert "Followup/Stop" in find_tree(MaildirPlace(plain)).folders


def test_a_message_one_listing_missed_keeps_its_uid(plain: Path, tmp_path: Path) -> None:
    """readdir may miss a file renamed while the directory is read: one listing without it
    does not renumber it; a second one forgets it."""
    from followup.maildir import UidMap

    inbox = plain / "INBOX"
    one = drop(inbox, "1.M1.host", message("One", "<1@x>"), mtime=1_000)
    two = drop(inbox, "2.M2.host", message("Two", "<2@x>"), mtime=2_000)
    uid_map = UidMap(inbox, tmp_path / "state")
    with uid_map.locked():
        uid_map.sync({"1.M1.host": one, "2.M2.host": two})
    with uid_map.locked():
        uid_map.sync({"2.M2.host": two})  # a listing that missed the first
    with uid_map.locked():
        uid_map.sync({"1.M1.host": one, "2.M2.host": two})
    assert uid_map.entries["1.M1.host"][0] == 1
    for _ in range(2):
        with uid_map.locked():
            uid_map.sync({"2.M2.host": two})
    assert "1.M1.host" not in uid_map.entries


# -- listing a folder only when it changed -------------------------------------------------


def _age_directories(folder: Path, seconds: float) -> None:
    """new/ and cur/ as if last changed `seconds` ago."""
    when = time.time() - seconds
    for sub in ("new", "cur"):
        os.utime(folder / sub, (when, when))


def test_a_settled_folder_is_listed_once_and_a_change_is_seen(
    plain: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = plain / "INBOX"
    for number in range(3):
        drop(inbox, f"170000000{number}.M{number}P1.host", message("Hi", f"<m{number}@x.org>"))
    _age_directories(inbox, 60)
    box = open_box(plain, tmp_path / "state")
    scans = []
    real_scan = box._scan
    monkeypatch.setattr(
        box, "_scan", lambda directory: scans.append(directory) or real_scan(directory)
    )
    assert box.uids_after("INBOX", 0)[1] == [1, 2, 3]
    assert box.uids_after("INBOX", 0)[1] == [1, 2, 3]
    assert box.status("INBOX").messages == 3
    assert len(scans) == 1  # two stat calls told the rest
    drop(inbox, "1700000009.M9P1.host", message("New", "<m9@x.org>"))  # new/ changes now
    assert box.uids_after("INBOX", 3)[1] == [4]
    assert len(scans) == 2


def test_a_change_in_the_same_clock_tick_as_a_fresh_listing_is_not_missed(
    plain: Path, tmp_path: Path
) -> None:
    """A file system with coarse mtimes may give new/ the same mtime after a second
    delivery: a listing taken that soon after a change is never reused."""
    inbox = plain / "INBOX"
    drop(inbox, "1700000001.M1P1.host", message("One", "<m1@x.org>"))
    box = open_box(plain, tmp_path / "state")
    assert box.uids_after("INBOX", 0)[1] == [1]
    before = os.stat(inbox / "new").st_mtime_ns
    drop(inbox, "1700000002.M2P1.host", message("Two", "<m2@x.org>"))
    os.utime(inbox / "new", ns=(before, before))  # the same mtime: the same coarse tick
    assert box.uids_after("INBOX", 0)[1] == [1, 2]
