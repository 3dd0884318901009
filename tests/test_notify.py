"""Notices by SMTP and the daily digest: the smtp and notices config sections, whose login is
used, and the digest decided once per local day.

Sending itself is proved against aiosmtpd in tests/integration/test_smtp.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta
from pathlib import Path
from typing import Any

import pytest
from factories import ANA, at
from followup.config import ConfigError, Notices, SmtpSecurity, config_from_yaml
from followup.machine import new_application
from followup.model import Action, ActionKind, State
from followup.notify import DIGEST_STEP, digest_id, due_digest, smtp_login, tls_context
from followup.store import Store
from followup.yamlfile import load_text

ACCOUNTS = (
    "accounts:\n"
    "  - {name: personal, imap: {host: imap.example.org}, username: dana, "
    "password_command: 'echo imap-secret'}\n"
    "  - {name: work, imap: {host: imap.work.example}, username: d.w, keyring: true}\n"
    "profile: {name: Dana, email: dana@example.org}\n"
)


def config(text: str) -> Any:
    return config_from_yaml(load_text(ACCOUNTS + text, "config.yaml"), Path("config.yaml"))


def test_smtp_reuses_the_first_accounts_login_by_default() -> None:
    loaded = config("smtp:\n  host: smtp.example.org\n")
    smtp = loaded.smtp
    assert (smtp.port, smtp.security, smtp.login_account) == (465, SmtpSecurity.TLS, "personal")
    login = smtp_login(smtp, loaded.accounts)
    assert login.username == "dana"
    assert login.secret().value == "imap-secret"  # the account's own password_command
    assert "imap-secret" not in repr(login.secret())


def test_smtp_may_have_a_login_of_its_own() -> None:
    loaded = config(
        "smtp:\n  host: smtp.example.org\n  security: starttls\n  login_account: work\n"
        "  username: dana@smtp\n  password_command: echo smtp-secret\n  timeout: 10s\n"
    )
    smtp = loaded.smtp
    assert (smtp.port, smtp.security, smtp.timeout_seconds) == (587, SmtpSecurity.STARTTLS, 10)
    login = smtp_login(smtp, loaded.accounts)
    assert (login.username, login.secret().value) == ("dana@smtp", "smtp-secret")


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("smtp:\n  host: h\n  security: none\n", ":7:", "tls (port 465) or starttls"),
        ("smtp:\n  host: h\n  password: hunter2\n", ":7:", "secret itself"),
        ("smtp:\n  host: h\n  login_account: nope\n", ":7:", "no account named 'nope'"),
        ("smtp:\n  host: h\n  ca_file: /nonexistent/ca.pem\n", ":7:", "does not exist"),
        ("smtp:\n  port: 465\n", ":6:", "host"),
        ('notices:\n  digest: "25:00"\n', ":6:", "time of day"),
        ("notices:\n  each: false\n", ":6:", "needs a digest time"),
    ],
)
def test_mistakes_in_smtp_and_notices_name_the_line(text: str, where: str, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        config(text)
    assert where in str(caught.value) and words in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_notices_read_each_and_the_digest_time() -> None:
    assert config("").notices == Notices(each=True, digest=None)
    loaded = config('notices:\n  each: false\n  digest: "18:30"\n')
    assert loaded.notices == Notices(each=False, digest=time(18, 30))


def test_the_tls_context_checks_certificates(tmp_path: Path) -> None:
    loaded = config("smtp:\n  host: smtp.example.org\n")
    context = tls_context(loaded.smtp, loaded.accounts)
    assert context.check_hostname and context.verify_mode.name == "CERT_REQUIRED"


# --- the digest --------------------------------------------------------------------------------

DIGEST = Notices(each=False, digest=time(18, 0))
ZONE = "Europe/Berlin"


def busy_day(store: Store) -> None:
    app = replace(
        new_application("acme-1", at(2), "Acme", "Data Engineer"),
        state=State.INTERVIEWED,
        interviewers=(ANA,),
        last_event="interview over",
        last_event_at=at(4, 11),
    )
    offer = Action(
        "acme-1.r1.notice:offer", "acme-1", ActionKind.NOTICE, "notice:offer", 1, at(4, 12),
        notice="An offer from Acme! Congratulations.",
    )  # fmt: skip
    thanks = Action(
        "acme-1.r1.thank_you", "acme-1", ActionKind.DRAFT_THANK_YOU, "thank_you", 1, at(4, 12)
    )
    with store.transaction():
        store.save_application(app, None)
        store.add_actions([offer, thanks])
        store.finish_action(thanks.id, "done", at(4, 12), "draft written")


def test_no_digest_before_its_time_or_without_one(store: Store) -> None:
    busy_day(store)
    assert due_digest(store, at(4, 17, 59), DIGEST, ZONE) is None
    assert due_digest(store, at(4, 20), Notices(), ZONE) is None


def test_the_digest_is_decided_once_per_day_across_restarts(store: Store, tmp_path: Path) -> None:
    busy_day(store)
    digest = due_digest(store, at(4, 18, 1), DIGEST, ZONE)
    assert digest is not None and digest.id == digest_id(at(4).date()) == "digest.2026-03-04"
    assert digest.kind == ActionKind.NOTICE and digest.step == DIGEST_STEP
    text = digest.notice
    assert text.startswith("Your applications, Wednesday 4 March")
    assert "Acme: interviewed (interview over)" in text
    assert "An offer from Acme! Congratulations." in text
    assert "thank-you for Acme" in text
    assert due_digest(store, at(4, 23), DIGEST, ZONE) is None
    store.close()
    again = Store.open(tmp_path / "state.sqlite3")  # the same file: a restart
    assert due_digest(again, at(4, 23, 30), DIGEST, ZONE) is None
    assert [e.action.id for e in again.outbox("pending")].count("digest.2026-03-04") == 1


def test_a_quiet_day_is_recorded_without_a_message(store: Store) -> None:
    digest = due_digest(store, at(4, 18, 1), DIGEST, ZONE)
    assert digest is not None and digest.notice == ""
    [entry] = store.outbox()
    assert entry.status == "done" and "nothing happened" in (entry.result or "")


def test_the_next_digest_covers_only_what_came_after(store: Store) -> None:
    busy_day(store)
    assert due_digest(store, at(4, 18, 1), DIGEST, ZONE) is not None
    tomorrow = due_digest(store, at(5, 18, 1), DIGEST, ZONE)
    assert tomorrow is not None and tomorrow.notice == ""  # nothing new since yesterday's
    assert tomorrow.created - timedelta(days=1) == at(4, 18, 1)


def test_a_maildir_account_has_no_login_to_lend(tmp_path: Path) -> None:
    text = (
        f"accounts:\n  - {{name: local, maildir: {tmp_path}}}\n"
        "profile: {name: Dana, email: dana@example.org}\n"
        "smtp:\n  host: smtp.example.org\n"
    )
    with pytest.raises(ConfigError) as caught:
        config_from_yaml(load_text(text, "config.yaml"), Path("config.yaml"))
    assert "config.yaml:5" in str(caught.value) and "own username" in str(caught.value)
    text += "  username: dana\n  password_command: echo secret\n"
    loaded = config_from_yaml(load_text(text, "config.yaml"), Path("config.yaml"))
    assert smtp_login(loaded.smtp, loaded.accounts).username == "dana"
