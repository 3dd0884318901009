"""`followup demo`: the sample story replayed by the real engine over the real Maildir
backend, in seconds; the drafts it leaves, and nothing for the noise."""

from __future__ import annotations

import io
import mailbox
import subprocess
import sys
import time
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from followup import demo, demo_story
from followup.store import Store


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, float]:
    directory = tmp_path_factory.mktemp("demo") / "sample"
    out = io.StringIO()
    started = time.monotonic()
    assert demo.main(directory, out, err=io.StringIO()) == 0
    return directory, out.getvalue(), time.monotonic() - started


@dataclass
class Stored:
    """A message as Python's own Maildir reader finds it, headers decoded."""

    flags: str
    subdir: str
    message: EmailMessage

    def __getitem__(self, name: str) -> object:
        return self.message[name]


def folder(directory: Path, name: str) -> list[Stored]:
    return [
        Stored(m.get_flags(), m.get_subdir(), message_from_bytes(m.as_bytes(), policy=default))  # type: ignore[arg-type]
        for m in mailbox.Maildir(directory / "Mail" / name, create=False)
    ]


def test_it_takes_seconds(replayed: tuple[Path, str, float]) -> None:
    assert replayed[2] < 20


def test_the_drafts_left_in_drafts_are_the_ones_the_user_has_not_sent(
    replayed: tuple[Path, str, float],
) -> None:
    directory, _, _ = replayed
    drafts = folder(directory, "Drafts")
    by_to = {str(m["To"]): m for m in drafts}
    assert sorted(by_to) == [
        "Ana Ruiz <ana.ruiz@example.com>",
        "Reto Ammann <reto.ammann@alpenglanz.example>",
        "Tomás Ferreira <tomas.ferreira@example.net>",
    ]
    for message in drafts:
        assert set(message.flags) == {"D", "S"}
        assert message.subdir == "cur"
        assert message["X-Followup-Action"]
    # Threaded: the heads-ups answer the reference request, the reply the rejection.
    assert by_to["Ana Ruiz <ana.ruiz@example.com>"]["In-Reply-To"] == (
        "<refs-2291@brightwave.example>"
    )
    rejection_reply = by_to["Reto Ammann <reto.ammann@alpenglanz.example>"]
    assert rejection_reply["In-Reply-To"] == "<f7e6d5c4b3a24190a8b7@alpenglanz.example>"
    assert demo_story.ALPENGLANZ_INVITE in str(rejection_reply["References"])


def test_the_drafts_the_user_sent_are_in_sent_threaded(replayed: tuple[Path, str, float]) -> None:
    directory, _, _ = replayed
    sent = sorted(folder(directory, "Sent"), key=lambda m: m["Message-ID"])
    subjects = [str(m["Subject"]) for m in sent]
    assert len(sent) == 6  # four thank-yous, two follow-ups to Acme
    assert sum(s.startswith("Thank you") for s in subjects) == 4
    follow_ups = [m for m in sent if "priya.raman" in str(m["To"])]
    assert len(follow_ups) == 2
    assert all(str(m["Subject"]).startswith("Re: Interview confirmation") for m in follow_ups)
    assert all(demo_story.ACME_CONFIRMATION in str(m["References"]) for m in follow_ups)


def test_the_story_ends_where_it_should(replayed: tuple[Path, str, float]) -> None:
    directory, _, _ = replayed
    with Store.open(directory / "state" / "followup.sqlite3") as store:
        states = {app.company: app.state.value for app in store.applications()}
    assert states == {
        "Acme Robotics": "moved_on",
        "Alpenglanz Software": "rejected",
        "Brightwave Analytics": "action_needed",
    }


def test_the_noise_makes_nothing(replayed: tuple[Path, str, float]) -> None:
    directory, out, _ = replayed
    written = folder(directory, "Drafts") + folder(directory, "Sent")
    text = " ".join(str(m["To"]) + str(m["Subject"]) for m in written)
    for noise in ("linkedin", "wttj", "pragmatic", "pgdays", "Webinar"):
        assert noise not in text
    for about in ("a job alert", "a French job alert", "a newsletter", "a webinar invitation"):
        assert f"{about}, ignored" in out


def test_the_user_gets_the_notes_in_inbox(replayed: tuple[Path, str, float]) -> None:
    directory, _, _ = replayed
    notes = [m for m in folder(directory, "INBOX") if m["X-Followup-Notice"]]
    texts = " ".join(m.message.get_body(("plain",)).get_content() for m in notes)  # type: ignore[union-attr]
    assert "move on" in texts and "references" in texts


def test_the_output_reads_on_80_columns_without_colours(replayed: tuple[Path, str, float]) -> None:
    directory, out, _ = replayed
    assert "\033[" not in out
    long = [line for line in out.splitlines() if len(line) > 80 and str(directory) not in line]
    assert long == []
    for words in (
        "What happened, and why",
        "Acme Robotics: scheduled → interviewed",
        "waiting → moved_on",
        "The 9 drafts it wrote",
        "mutt -f",
        str(directory / "Mail" / "Drafts"),
    ):
        assert words in out, words


def test_a_directory_with_something_in_it_is_refused(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("mine")
    err = io.StringIO()
    assert demo.main(tmp_path, io.StringIO(), err=err) == 2
    assert "not an empty directory" in err.getvalue()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious.txt"]


def test_it_runs_as_a_module_into_a_temporary_directory() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "followup.demo"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "the sample mailbox is in" in result.stderr
    where = Path(result.stderr.split("the sample mailbox is in", 1)[1].split()[0])
    try:
        assert (where / "Mail" / "Drafts" / "cur").is_dir()
    finally:
        import shutil

        shutil.rmtree(where, ignore_errors=True)
