"""`followup backfill` against a real Dovecot: an application already under way (mail 40 days
old) is picked up by `backfill --since 60d`, not by a plain first run; running it again reads
nothing twice and changes nothing; the daemon's cursors are left as they were."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dovecot import Dovecot
from followup.cli import main
from followup.store import Store
from story import ME, RECRUITER, config_text, newsletter, with_invite

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("berlin_user")]

BERLIN = ZoneInfo("Europe/Berlin")


def days_ago(days: int, hour: int = 10) -> datetime:
    today = datetime.now(BERLIN).replace(hour=hour, minute=0, second=0, microsecond=0)
    return today - timedelta(days=days)


def old_confirmation(sent: datetime, interview: datetime) -> bytes:
    """The recruiter confirms an interview two days ahead, with a calendar invitation."""
    message = EmailMessage()
    message["From"] = RECRUITER
    message["To"] = f"Dana Whitfield <{ME}>"
    message["Subject"] = "Interview confirmation: Senior Backend Engineer at Acme Robotics"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<confirm-old@acme-robotics.example>"
    message.set_content(
        "Hi Dana,\n\nI'm happy to confirm your interview for the Senior Backend Engineer role "
        f"on {interview:%A, %-d %B} at {interview:%H:%M} (Berlin time), a 45-minute video "
        "call with Jonas Becker, our Engineering Manager. The calendar invitation is "
        "attached.\n\nBest,\nPriya\n\n--\nPriya Raman\nTalent Partner | Acme Robotics GmbH\n"
    )
    start, end = interview, interview + timedelta(minutes=45)
    event = (
        "UID:interview-old@acme-robotics.example\r\n"
        f"DTSTAMP:{sent.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}\r\n"
        f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}\r\n"
        f"DTEND;TZID=Europe/Berlin:{end:%Y%m%dT%H%M%S}\r\n"
        "SUMMARY:Interview: Senior Backend Engineer (Dana Whitfield)\r\n"
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme-robotics.example\r\n"
        "ATTENDEE;CN=Jonas Becker;ROLE=REQ-PARTICIPANT:\r\n"
        " mailto:jonas.becker@acme-robotics.example\r\n"
    )
    return with_invite(message, "Acme Robotics", event)


def deliver_at(dovecot: Dovecot, folder: str, raw: bytes, when: datetime) -> None:
    """As if it had arrived then: IMAP SEARCH SINCE looks at the arrival (internal) date."""
    with dovecot.client() as client:
        client.append(folder, raw, msg_time=when)


def followup(config: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--config", str(config), *args], out=out)
    return code, out.getvalue()


def snapshot(state: Path) -> tuple[list[str], int, int, list[tuple[str, int, int]]]:
    with Store.open(state / "followup.sqlite3") as store:
        cursors = [
            (folder, c.uidvalidity, c.last_uid)
            for folder in ("INBOX", "Sent")
            if (c := store.cursor("personal", folder)) is not None
        ]
        return (
            [app.company for app in store.applications()],
            len(store.events()),
            len(store.outbox()),
            cursors,
        )


def test_backfill_picks_up_what_the_first_run_left_behind(dovecot: Dovecot, tmp_path: Path) -> None:
    state = tmp_path / "state"
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, state))
    sent = days_ago(40)
    deliver_at(dovecot, "INBOX", old_confirmation(sent, days_ago(38)), sent)
    deliver_at(dovecot, "INBOX", newsletter(1), days_ago(1))

    code, out = followup(config, "run", "--once")
    assert code == 0, out
    assert snapshot(state)[0] == []  # 40 days is beyond the first look
    before_cursors = snapshot(state)[3]
    # New mail above the daemon's cursor is the daemon's to read, not the backfill's.
    deliver_at(dovecot, "INBOX", newsletter(3), days_ago(0))

    code, out = followup(config, "backfill", "--since", "60d")
    assert code == 0, out
    # The newsletter of yesterday was the first run's; the confirmation is new.
    assert "2 message(s) since then (INBOX 2, Sent 0): 1 already read, 1 read now" in out
    assert "1 about job applications" in out
    companies, events, actions, cursors = snapshot(state)
    assert companies == ["Acme Robotics"]
    assert cursors == before_cursors  # the daemon's place in each folder is unchanged
    with Store.open(state / "followup.sqlite3") as store:
        assert store.cursor("personal", "INBOX").since == (  # type: ignore[union-attr]
            datetime.now().astimezone().date() - timedelta(days=60)
        )

    # Again: everything is known by its Message-ID; nothing is read or changed.
    code, out = followup(config, "backfill", "--since", "60d")
    assert code == 0, out
    assert "2 already read, 0 read now (0 in full)" in out
    assert snapshot(state) == (companies, events, actions, cursors)

    # The daemon goes on from its cursor: the new message only, the old one not again.
    code, out = followup(config, "run", "--once")
    assert code == 0 and "1 new message(s)" in out, out
    status = json.loads(followup(config, "status", "--json")[1])
    assert [a["company"] for a in status["applications"]] == ["Acme Robotics"]


def test_backfill_before_the_first_run_reads_everything_since_the_day(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    state = tmp_path / "state"
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, state))
    deliver_at(dovecot, "INBOX", newsletter(2), days_ago(100))  # older than --since
    sent = days_ago(40)
    deliver_at(dovecot, "INBOX", old_confirmation(sent, days_ago(38)), sent)

    code, out = followup(config, "backfill", "--since", "8w")
    assert code == 0, out
    assert "INBOX 1" in out
    assert snapshot(state)[0] == ["Acme Robotics"]
    code, out = followup(config, "run", "--once")
    assert code == 0 and "0 new message(s)" in out  # the backfill set the cursor


def test_backfill_errors_say_what_to_do(
    dovecot: Dovecot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, tmp_path / "state"))
    assert followup(config, "backfill", "--since", "soon")[0] == 2
    assert "60d" in capsys.readouterr().err
    assert followup(config, "backfill", "--since", "60d", "--account", "nope")[0] == 1
    assert "nope" in capsys.readouterr().err


def test_backfill_reads_a_maildir_account_the_same_way(tmp_path: Path) -> None:
    """A Maildir's arrival time is the file's mtime, as delivery agents and mbsync set it."""
    import os

    root = tmp_path / "Mail"
    for folder in (root, root / ".Sent", root / ".Drafts"):
        for part in ("cur", "new", "tmp"):
            (folder / part).mkdir(parents=True)
    for folder in (root / ".Sent", root / ".Drafts"):
        (folder / "maildirfolder").touch()
    old = root / "cur" / "1000.M1P1.host:2,S"
    old.write_bytes(old_confirmation(days_ago(40), days_ago(38)))
    then = days_ago(40).timestamp()
    os.utime(old, (then, then))
    (root / "cur" / "2000.M2P2.host:2,S").write_bytes(newsletter(5))
    config = tmp_path / "config.yaml"
    config.write_text(
        f"accounts:\n  - name: local\n    maildir: {root}\nprofile:\n  name: Dana Whitfield\n"
        f"  email: {ME}\nstate_dir: {tmp_path / 'state'}\n"
    )
    assert followup(config, "run", "--once")[0] == 0
    code, out = followup(config, "backfill", "--since", "60d")
    assert code == 0 and "1 already read, 1 read now" in out and "1 about job applications" in out
    code, out = followup(config, "backfill", "--since", "60d")
    assert code == 0 and "2 already read, 0 read now" in out
