"""Notices to the user: sent to their own address by SMTP (aiosmtplib, TLS always), and the
daily digest that sums up a day's changes instead of (or besides) one notice per event.

Implicit TLS (465) or required STARTTLS (587), certificates checked; every failure becomes a
NotifyError whose message says what to do, never what the secret was. The digest is an outbox
row whose id is the local date, so it is decided once per day, whatever restarts happen.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

from followup.compose import day_words
from followup.config import Account, Notices, Smtp, SmtpSecurity
from followup.describe import STATE_WORDS, STEP_WORDS, next_step
from followup.machine import DRAFT_KINDS, base_step
from followup.model import TERMINAL_STATES, Action, ActionKind, Application
from followup.secrets import Secret, SecretError, secret_source
from followup.store import OutboxEntry, Store
from followup.timing import zone_info

if TYPE_CHECKING:
    import aiosmtplib

log = logging.getLogger(__name__)

# The longest a second, blocking look at a failed TLS handshake may take (s).
TLS_VERDICT_SECONDS = 10.0


class NotifyError(Exception):
    """A notice could not be sent; the message is for the user (stored, shown, logged).

    `maybe_accepted` is set when the link failed during the mail transaction itself: the
    server may have taken the message although no answer came back, so sending it again
    could deliver it twice."""

    def __init__(self, message: str, *, maybe_accepted: bool = False) -> None:
        super().__init__(message)
        self.maybe_accepted = maybe_accepted


class NotifyRefused(NotifyError):
    """The server refused us for good (login, TLS, certificate): retrying will not help
    until the user changes something."""


@dataclass(frozen=True)
class Refusal:
    """One recipient the server would not take, in the server's own words."""

    recipient: str
    code: int
    message: str

    def __str__(self) -> str:
        return f"{self.recipient} ({self.code} {' '.join(self.message.split())})"


@dataclass(frozen=True)
class Delivery:
    """What the server said to a message it took: its answer to the data, and the
    recipients it refused while it took the message for all the others."""

    answer: str
    refused: tuple[Refusal, ...] = ()


@dataclass(frozen=True)
class Login:
    """Who logs in to the SMTP server, and how the secret is obtained (when it is needed)."""

    username: str
    secret: Callable[[], Secret]


def smtp_login(smtp: Smtp, accounts: tuple[Account, ...]) -> Login:
    """The SMTP login: its own username and secret source, or the IMAP account's."""
    account = next(a for a in accounts if a.name == smtp.login_account)
    username = smtp.username or account.username
    if smtp.credentials is not None:
        # secrets.obtain reads an Account; this one names the SMTP login in its errors.
        own = replace(account, name=f"{account.name} (smtp)", username=username)
        own = replace(own, credentials=smtp.credentials)
        return Login(username, secret_source(own))
    return Login(username, secret_source(account))


def tls_context(smtp: Smtp, accounts: tuple[Account, ...] = ()) -> ssl.SSLContext:
    """The system's CAs plus the configured ca_file (the SMTP one, else the login account's)."""
    context = ssl.create_default_context()
    account = next((a for a in accounts if a.name == smtp.login_account), None)
    ca_file = smtp.ca_file or (account.ca_file if account else None)
    if ca_file is not None:
        context.load_verify_locations(cafile=str(ca_file))
    return context


@dataclass
class Notifier:
    """Sends one message at a time to the user; each send is its own short connection."""

    smtp: Smtp
    login: Login
    context: ssl.SSLContext

    @classmethod
    def build(cls, smtp: Smtp, accounts: tuple[Account, ...]) -> Notifier:
        return cls(smtp, smtp_login(smtp, accounts), tls_context(smtp, accounts))

    @property
    def where(self) -> str:
        return f"SMTP server {self.smtp.host}:{self.smtp.port} ({self.smtp.security.value})"

    def verify(self) -> str:
        """Connect, secure the link and log in, sending nothing (for `followup check`)."""
        try:
            secret = self.login.secret()
        except SecretError as error:
            raise NotifyRefused(f"{self.where}: {error}") from None
        return _run(self._send(None, "", [], secret)).answer

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> str:
        """Send a notice to the user's own address; returns the server's answer. NotifyError
        on any failure. With one recipient the server takes the message or refuses it whole;
        a message to several people goes through `deliver`, which reports partial refusals."""
        delivery = self.deliver(raw, sender, recipients)
        for refusal in delivery.refused:
            log.warning("the %s refused the recipient %s", self.where, refusal)
        return delivery.answer

    def deliver(self, raw: bytes, sender: str, recipients: list[str]) -> Delivery:
        """Send the message; returns the server's answer and the recipients it refused while
        it took the message for the others (the message went out: never send it again).
        NotifyError on any failure, NotifyRefused when every recipient was refused."""
        message = message_from_bytes(raw, policy=policy.SMTP)
        assert isinstance(message, EmailMessage)
        try:
            secret = self.login.secret()
        except SecretError as error:
            raise NotifyRefused(f"{self.where}: {error}") from None
        return _run(self._send(message, sender, recipients, secret))

    async def _send(
        self, message: EmailMessage | None, sender: str, recipients: list[str], secret: Secret
    ) -> Delivery:
        import aiosmtplib  # imported when a notice is sent, not by every command

        implicit = self.smtp.security is SmtpSecurity.TLS
        client = aiosmtplib.SMTP(
            hostname=self.smtp.host,
            port=self.smtp.port,
            timeout=self.smtp.timeout_seconds,
            use_tls=implicit,
            # Never None: the default upgrades only if offered, and logs in in plaintext if not.
            start_tls=not implicit,
            tls_context=self.context,
            validate_certs=True,
        )
        try:
            try:
                await client.connect()
            except aiosmtplib.SMTPException as error:
                raise _connect_error(self, error) from None
            except ssl.SSLError as error:
                raise _tls_error(self, error) from None
            except (OSError, TimeoutError) as error:
                raise NotifyError(f"cannot reach the {self.where}: {_reason(error)}") from None
            try:
                if secret.kind == "oauth2":
                    await client.auth_xoauth2(self.login.username, secret.value)
                else:
                    await client.login(self.login.username, secret.value)
            except aiosmtplib.SMTPAuthenticationError as error:
                raise NotifyRefused(
                    f"the {self.where} refused the login of {self.login.username!r} "
                    f"({error.code} {error.message}): check the password, or give smtp its own "
                    "username and password source"
                ) from None
            except aiosmtplib.SMTPException as error:
                raise NotifyRefused(f"the {self.where} cannot log in: {error}") from None
            if message is None:
                return Delivery(f"logged in to the {self.where} as {self.login.username!r}")
            try:
                errors, answer = await client.send_message(
                    message, sender=sender, recipients=recipients
                )
            except aiosmtplib.SMTPRecipientsRefused as error:
                raise NotifyRefused(
                    f"the {self.where} refused the recipient(s): {_refusals(error)}"
                ) from None
            except aiosmtplib.SMTPResponseException as error:
                text = f"the {self.where} refused the message ({error.code} {error.message})"
                if 500 <= error.code < 600:
                    raise NotifyRefused(text) from None
                raise NotifyError(text) from None
            except aiosmtplib.SMTPNotSupported as error:
                # Found before the transaction begins (e.g. non-ASCII addresses, no SMTPUTF8).
                raise NotifyRefused(f"the {self.where} cannot take it: {error}") from None
            except ValueError as error:
                # aiosmtplib could not read an address: nothing was sent.
                raise NotifyRefused(f"an address cannot be sent to: {error}") from None
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
                # No answer came: the server may have the message already.
                raise NotifyError(
                    f"sending through the {self.where} failed: {error}", maybe_accepted=True
                ) from None
            refused = tuple(
                Refusal(recipient, response.code, response.message)
                for recipient, response in errors.items()
            )
            return Delivery(answer, refused)
        finally:
            if client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    client.close()


def _run(sending: Coroutine[Any, Any, Delivery]) -> Delivery:
    # asyncio (~1.6 MB resident) is loaded with the first notice, not by every daemon.
    import asyncio

    return asyncio.run(sending)


def _connect_error(notifier: Notifier, error: aiosmtplib.SMTPException) -> NotifyError:
    """What went wrong while connecting and securing the link, in words that say what to do."""
    import aiosmtplib

    cause = error.__cause__ or error.__context__
    if isinstance(cause, ssl.SSLError):
        return _tls_error(notifier, cause)
    if isinstance(cause, ConnectionAbortedError | TimeoutError) or isinstance(
        error, aiosmtplib.SMTPTimeoutError
    ):
        # asyncio before Python 3.13 can report a certificate it refused during the TLS
        # handshake as a handshake that timed out (CPython gh-142352): a blocking client
        # says what it was.
        refused = _tls_verdict(notifier)
        if refused is not None:
            return _tls_error(notifier, refused)
    text = str(error)
    if "STARTTLS" in text.upper():
        return NotifyRefused(
            f"the {notifier.where} does not offer STARTTLS, so followup will not send the "
            "password over it: use security: tls (usually port 465) if the server has it, or "
            "ask your provider for the TLS port"
        )
    if isinstance(error, aiosmtplib.SMTPConnectTimeoutError):
        hint = ""
        if notifier.smtp.security is SmtpSecurity.TLS:
            hint = " (if this port speaks STARTTLS, e.g. 587, set security: starttls)"
        return NotifyError(f"the {notifier.where} did not answer in time{hint}")
    return NotifyError(f"cannot reach the {notifier.where}: {text}")


def _tls_verdict(notifier: Notifier) -> ssl.SSLError | None:
    """The TLS error of the same handshake (implicit TLS or STARTTLS, the same context) from
    smtplib; it logs in to nothing (no password is sent). None when the handshake works or
    something else fails (a server that is really slow stays so)."""
    import smtplib

    smtp = notifier.smtp
    timeout = min(smtp.timeout_seconds, TLS_VERDICT_SECONDS)
    try:
        if smtp.security is SmtpSecurity.TLS:
            with smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=timeout, context=notifier.context):
                pass
        else:
            with smtplib.SMTP(smtp.host, smtp.port, timeout=timeout) as client:
                client.starttls(context=notifier.context)
    except ssl.SSLError as error:
        return error
    except (OSError, smtplib.SMTPException):
        return None
    return None


def _tls_error(notifier: Notifier, error: ssl.SSLError) -> NotifyError:
    if isinstance(error, ssl.SSLCertVerificationError):
        return NotifyRefused(
            f"the {notifier.where} presented a certificate that is not trusted "
            f"({error.verify_message or error.reason}): if the server uses its own CA, set "
            "smtp.ca_file to that CA's PEM file; check too that smtp.host is the name on the "
            "certificate"
        )
    hint = ""
    if notifier.smtp.security is SmtpSecurity.TLS:
        hint = "; if this port speaks STARTTLS (usually 587), set security: starttls"
    return NotifyRefused(f"TLS with the {notifier.where} failed ({error.reason or error}){hint}")


def _reason(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "timed out"
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


def _refusals(error: aiosmtplib.SMTPRecipientsRefused) -> str:
    return "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in error.recipients)


# --- the daily digest -------------------------------------------------------------------------

DIGEST_APPLICATION = "digest"  # the outbox's application_id of a digest (no application)
DIGEST_STEP = "digest"


def digest_id(day: date) -> str:
    """The outbox id of one day's digest: the same day, the same id, whatever restarts."""
    return f"{DIGEST_APPLICATION}.{day.isoformat()}"


def due_digest(store: Store, now: datetime, notices: Notices, zone: str) -> Action | None:
    """Queue today's digest once its time (in the user's `zone`) has passed; returns it, or
    None when none is configured, it is not time yet, or today's was already decided.

    Call once per daemon cycle, before the effects run (which sends it like any notice, by
    SMTP or into INBOX, with retries). A day with nothing to say is recorded as done, unsent.
    """
    if notices.digest is None:
        return None
    local = now.astimezone(zone_info(zone))
    if local.time() < notices.digest:
        return None
    identity = digest_id(local.date())
    entries = store.outbox()
    if any(entry.action.id == identity for entry in entries):
        return None
    earlier = [e.action.created for e in entries if e.action.step == DIGEST_STEP]
    since = max(earlier, default=now - timedelta(days=1))
    text = digest_text(local.date(), store.applications(), entries, since, now, zone)
    action = Action(
        id=identity,
        application_id=DIGEST_APPLICATION,
        kind=ActionKind.NOTICE,
        step=DIGEST_STEP,
        round=0,
        created=now,
        notice=text or "",
    )
    with store.transaction():
        store.add_actions([action])
        if not text:
            store.finish_action(identity, "done", now, "nothing happened: no digest sent")
    return action


def digest_text(
    day: date,
    applications: list[Application],
    outbox: list[OutboxEntry],
    since: datetime,
    now: datetime,
    zone: str,
) -> str:
    """The digest's words ("" when there is nothing to tell): what changed since `since`,
    what the daemon told the user, the drafts waiting in Drafts, and what comes next."""
    names = {app.id: app.company or app.role or app.id for app in applications}

    def fresh(when: datetime | None) -> bool:
        return when is not None and since < when <= now

    changed = [
        f"- {names[app.id]}: {STATE_WORDS.get(app.state, app.state.value)}"
        + (f" ({app.last_event})" if app.last_event else "")
        for app in applications
        if fresh(app.last_event_at)
    ]
    told = [
        f"- {entry.action.notice.strip()}"
        for entry in outbox
        if entry.action.kind == ActionKind.NOTICE
        and entry.action.step != DIGEST_STEP
        and entry.action.notice.strip()
        and fresh(entry.action.created)
    ]
    # By when each was written: a draft decided before the last digest (a batched heads-up
    # waits for the day before the interview) but written after it is news today.
    drafts = [
        f"- {STEP_WORDS.get(base_step(entry.action.step), 'draft')} for "
        f"{names.get(entry.action.application_id, entry.action.application_id)}"
        for entry in outbox
        if entry.action.kind in DRAFT_KINDS
        and entry.status == "done"
        and fresh(entry.done_at or entry.action.created)
    ]
    if not (changed or told or drafts):
        return ""
    upcoming = []
    for app in applications:
        if app.state in TERMINAL_STATES:
            continue
        what, when = next_step(app, zone)
        upcoming.append(f"- {names[app.id]}: {what} ({when})")
    parts = [f"Your applications, {day_words(day)}"]
    for title, lines in (
        ("What changed", changed),
        ("What happened that needs you", told),
        ("Drafts ready for your review (in your Drafts folder)", drafts),
        ("Coming up", upcoming),
    ):
        if lines:
            parts.append(f"{title}:\n" + "\n".join(lines))
    return "\n\n".join(parts)
