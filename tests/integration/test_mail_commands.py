"""Commands from any mail client, through the daemon on a real Dovecot: a message copied into
Followup/Track starts an application, a $FollowupStop keyword stops one; each is applied
once, its trace cleared, and nothing is sent or written for a stopped application."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from followup.store import Store
from story import ME, at, config_text, confirmation, once
from testmail import folder_messages, uids_in

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("berlin_user")]


def applications(state_dir: Path) -> dict[str, str]:
    with Store.open(state_dir / "followup.sqlite3") as store:
        return {app.company: app.state.value for app in store.applications()}


def recruiter_note() -> bytes:
    """A recruiter's personal note: no rule makes it an interview event by itself."""
    message = EmailMessage()
    message["From"] = "Marta Nowak <marta.nowak@kestrel-labs.example>"
    message["To"] = f"Dana Whitfield <{ME}>"
    message["Subject"] = "Great chatting today"
    message["Date"] = format_datetime(at(3, 16))
    message["Message-ID"] = "<note-1@kestrel-labs.example>"
    message.set_content("Hi Dana,\nlovely to chat earlier. I'll be in touch soon.\nMarta\n")
    return message.as_bytes()


def test_track_by_folder_and_stop_by_keyword(dovecot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    state_dir = tmp_path / "state"
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, state_dir))
    note = recruiter_note()
    dovecot.deliver("INBOX", note)
    dovecot.deliver("INBOX", confirmation())
    once(config, "2026-03-03T17:00:00+01:00")
    assert applications(state_dir) == {"Acme Robotics": "scheduled"}  # the note alone: no
    with dovecot.client() as client:
        names = [str(name) for _, _, name in client.list_folders()]
    track = next(name for name in names if name.endswith("Track"))
    assert any(name.endswith("Stop") for name in names)

    # Track: the user copies the note into Followup/Track (on a phone: "Move to…" works too).
    dovecot.deliver(track, note)
    once(config, "2026-03-03T17:10:00+01:00")
    assert applications(state_dir) == {"Acme Robotics": "scheduled", "Kestrel Labs": "tracking"}
    assert uids_in(dovecot, track) == []  # the instruction is gone, the note stays in INBOX
    assert len(uids_in(dovecot, "INBOX")) == 2

    # Stop: a keyword on the confirmation (Thunderbird tags are keywords).
    with dovecot.client() as client:
        client.select_folder("INBOX")
        confirmation_uid = max(client.search("ALL"))
        client.add_flags([confirmation_uid], [b"$FollowupStop"])
    once(config, "2026-03-03T17:20:00+01:00")
    assert applications(state_dir)["Acme Robotics"] == "stopped"
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags([confirmation_uid])[confirmation_uid]
    assert b"$FollowupStop" not in flags

    # The interview passes: a stopped application gets no thank-you draft.
    once(config, "2026-03-04T18:00:00+01:00")
    assert folder_messages(dovecot, "Drafts") == []
    assert applications(state_dir)["Acme Robotics"] == "stopped"


def test_no_folders_are_made_when_the_user_turns_commands_off(dovecot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    state_dir = tmp_path / "state"
    config = tmp_path / "config.yaml"
    config.write_text(config_text(dovecot, state_dir) + "control: {enabled: false}\n")
    dovecot.deliver("INBOX", confirmation())
    once(config, "2026-03-03T17:00:00+01:00")
    with dovecot.client() as client:
        assert not any("Followup" in str(name) for _, _, name in client.list_folders())
