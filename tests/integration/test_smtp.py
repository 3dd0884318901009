"""Notices by SMTP against aiosmtpd on loopback: implicit TLS and STARTTLS with a throwaway CA,
no plaintext login ever, clear errors; and the INBOX fallback against a real Dovecot.
"""

from __future__ import annotations

import email
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path
from typing import Any

import pytest
from followup.config import Notices, Profile, SmtpSecurity
from followup.effects import MAX_ATTEMPTS, Effects, Places
from followup.engine import OWN_NOTICE_HEADER
from followup.model import Action, ActionKind
from followup.notify import Notifier, NotifyError, NotifyRefused
from followup.paths import shipped_rules_dir
from followup.store import Store
from followup.templates import Templates, template_dir
from loopback import HOST, Tls, free_port
from smtpserver import USER, notifier, smtp_server
from testmail import connected, folder_messages

pytestmark = pytest.mark.integration

PROFILE = Profile(name="Dana Whitfield", email="dana@example.org")
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def tls() -> Iterator[Tls]:
    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed for the test certificates", pytrace=False)
    directory = Path(tempfile.mkdtemp(prefix="smt", dir="/tmp"))
    try:
        yield Tls.create(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def notice_bytes(text: str = "An offer from Acme! Congratulations.") -> bytes:
    from followup.effects import notice_message

    action = Action("acme-1.r1.notice:offer", "acme-1", ActionKind.NOTICE, "notice:offer", 1, NOW)
    return notice_message(PROFILE, action, text, "<followup.n1@example.org>", NOW)


@pytest.mark.parametrize(
    ("mode", "security"), [("tls", SmtpSecurity.TLS), ("starttls", SmtpSecurity.STARTTLS)]
)
def test_a_notice_is_sent_over_tls_with_the_certificate_checked(
    tls: Tls, mode: str, security: SmtpSecurity
) -> None:
    with smtp_server(tls, mode) as (inbox, port):
        answer = notifier(port, security, tls.ca_file).send(
            notice_bytes(), PROFILE.email, [PROFILE.email]
        )
    assert "OK" in answer
    [(sender, recipients, raw)] = inbox.messages
    assert (sender, recipients) == (PROFILE.email, [PROFILE.email])
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message[OWN_NOTICE_HEADER] == "acme-1.r1.notice:offer"  # never read back as mail
    assert inbox.logins == [(USER, True)]


def test_verify_logs_in_and_sends_nothing(tls: Tls) -> None:
    with smtp_server(tls, "starttls") as (inbox, port):
        said = notifier(port, SmtpSecurity.STARTTLS, tls.ca_file).verify()
    assert "logged in" in said and inbox.logins == [(USER, True)] and inbox.messages == []


def test_an_untrusted_certificate_says_what_to_do(tls: Tls) -> None:
    with smtp_server(tls, "tls") as (inbox, port):
        with pytest.raises(NotifyRefused) as caught:
            notifier(port, SmtpSecurity.TLS, tls.other_ca_file).send(
                notice_bytes(), PROFILE.email, [PROFILE.email]
            )
        text = str(caught.value)
        assert "certificate that is not trusted" in text and "smtp.ca_file" in text
        assert inbox.logins == [] and inbox.messages == []


def test_the_system_cas_alone_do_not_trust_a_private_ca(tls: Tls) -> None:
    with smtp_server(tls, "starttls") as (inbox, port), pytest.raises(NotifyRefused) as caught:
        notifier(port, SmtpSecurity.STARTTLS, None).send(notice_bytes(), PROFILE.email, [])
    assert "not trusted" in str(caught.value)
    assert inbox.logins == []


def test_a_server_without_starttls_is_refused_and_never_sees_the_password(tls: Tls) -> None:
    with smtp_server(tls, "plain") as (inbox, port), pytest.raises(NotifyRefused) as caught:
        notifier(port, SmtpSecurity.STARTTLS, tls.ca_file).send(
            notice_bytes(), PROFILE.email, [PROFILE.email]
        )
    assert "does not offer STARTTLS" in str(caught.value)
    assert inbox.logins == [] and inbox.messages == []


def test_implicit_tls_against_a_starttls_port_fails_with_a_hint(tls: Tls) -> None:
    with smtp_server(tls, "starttls") as (inbox, port), pytest.raises(NotifyError) as caught:
        notifier(port, SmtpSecurity.TLS, tls.ca_file, timeout=5).send(
            notice_bytes(), PROFILE.email, [PROFILE.email]
        )
    assert "security: starttls" in str(caught.value)
    assert inbox.logins == []


def test_a_wrong_password_says_so(tls: Tls) -> None:
    with smtp_server(tls, "tls") as (inbox, port), pytest.raises(NotifyRefused) as caught:
        notifier(port, SmtpSecurity.TLS, tls.ca_file, password="wrong").send(
            notice_bytes(), PROFILE.email, [PROFILE.email]
        )
    text = str(caught.value)
    assert "refused the login of 'dana'" in text and "check the password" in text
    assert "wrong" not in text.replace("wrong password", "")  # the secret is never shown
    assert inbox.messages == []


def test_a_server_that_is_down_is_a_retryable_error() -> None:
    port = free_port()  # nothing listens here
    with pytest.raises(NotifyError) as caught:
        notifier(port, SmtpSecurity.TLS, None, timeout=5).send(notice_bytes(), PROFILE.email, [])
    assert not isinstance(caught.value, NotifyRefused)
    assert f"{HOST}:{port}" in str(caught.value)


# --- through the effects, against Dovecot -----------------------------------------------------


def _effects(store: Store, mailbox: Any, sender: Notifier | None) -> Effects:
    templates = Templates.load(template_dir(shipped_rules_dir()))
    return Effects(
        store,
        mailbox,
        "personal",
        PROFILE,
        templates,
        "Europe/Berlin",
        Places("INBOX", "Drafts"),
        notifier=sender,
        notices=Notices(),
    )


def _queue_offer(store: Store) -> Action:
    action = Action(
        "acme-1.r1.notice:offer",
        "acme-1",
        ActionKind.NOTICE,
        "notice:offer",
        1,
        NOW,
        notice="An offer from Acme! Congratulations.",
    )
    with store.transaction():
        store.add_actions([action])
    return action


def _notices_in_inbox(dovecot: Any) -> list[email.message.EmailMessage]:
    return [m for _, _, m in folder_messages(dovecot, "INBOX") if m[OWN_NOTICE_HEADER]]


def test_without_smtp_a_notice_lands_in_inbox(dovecot: Any, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "state.sqlite3")
    _queue_offer(store)
    with connected(dovecot) as mailbox:
        assert _effects(store, mailbox, None).run(NOW) == 1
        assert _effects(store, mailbox, None).run(NOW + timedelta(minutes=5)) == 0
    [notice] = _notices_in_inbox(dovecot)
    assert "An offer from Acme" in str(notice["Subject"])
    assert notice[OWN_NOTICE_HEADER] == "acme-1.r1.notice:offer"


def test_a_down_smtp_server_falls_back_to_inbox_after_the_last_attempt(
    dovecot: Any, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "state.sqlite3")
    action = _queue_offer(store)
    down = notifier(free_port(), SmtpSecurity.TLS, None, timeout=5)
    when = NOW
    with connected(dovecot) as mailbox:
        for attempt in range(1, MAX_ATTEMPTS):
            assert _effects(store, mailbox, down).run(when) == 0
            [entry] = store.outbox("failed")
            assert entry.attempts == attempt and "will try again" in (entry.last_error or "")
            assert _notices_in_inbox(dovecot) == []  # not yet: it is retried first
            when += timedelta(hours=1)
        assert _effects(store, mailbox, down).run(when) == 1
    [entry] = store.outbox("done")
    assert entry.action.id == action.id and "not sent: SMTP failed" in (entry.result or "")
    [notice] = _notices_in_inbox(dovecot)
    body = notice.get_body(("plain",)).get_content()
    assert "An offer from Acme" in body and "SMTP failed" in body


def test_a_notice_sent_by_smtp_is_not_sent_again_once_it_arrived(
    tls: Tls, dovecot: Any, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "state.sqlite3")
    _queue_offer(store)
    with smtp_server(tls, "tls") as (inbox, port), connected(dovecot) as mailbox:
        sender = notifier(port, SmtpSecurity.TLS, tls.ca_file)
        assert _effects(store, mailbox, sender).run(NOW) == 1
        [(_, _, raw)] = inbox.messages
        # The server delivers it to the user's INBOX; a crash before the row said "done":
        dovecot.deliver("INBOX", raw)
        with store.transaction():
            store._db.execute("UPDATE outbox SET status = 'pending'")  # noqa: SLF001
        assert _effects(store, mailbox, sender).run(NOW + timedelta(minutes=1)) == 1
        assert len(inbox.messages) == 1
    assert "already in INBOX" in (store.outbox("done")[0].result or "")


@pytest.mark.parametrize(("password", "ok"), [("correct horse battery", True), ("wrong", False)])
def test_check_logs_in_to_the_smtp_server_and_sends_nothing(
    dovecot: Any, tls: Tls, tmp_path: Path, password: str, ok: bool
) -> None:
    import io

    from followup.cli import main
    from story import config_text

    secret = tmp_path / "smtp.password"
    secret.write_text(password + "\n")
    secret.chmod(0o600)
    with smtp_server(tls, "tls") as (inbox, port):
        config = tmp_path / "config.yaml"
        config.write_text(
            config_text(dovecot, tmp_path / "state")
            + f"smtp:\n  host: {HOST}\n  port: {port}\n  security: tls\n"
            f"  username: {USER}\n  password_file: {secret}\n  ca_file: {tls.ca_file}\n"
        )
        out = io.StringIO()
        code = main(["--config", str(config), "check"], out=out)
    [line] = [line for line in out.getvalue().splitlines() if "smtp:" in line]
    assert inbox.messages == []
    if ok:
        assert code == 0, out.getvalue()
        assert line.startswith(f"✓ smtp: logged in to the SMTP server {HOST}:{port}")
    else:
        assert code == 1
        assert line.startswith("✗ smtp:") and password not in out.getvalue()
