"""Find the Application a Signal belongs to: thread first, then calendar UID, then company.

Pure: takes the signal and the applications (and the domains shared by many employers, such
as ATS and free-mail domains) and returns an id with the reason, or None for a new one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from .classify import RuleSet, sender_domain_in
from .extract import PLATFORM_LISTS, company_words, email_domain, role_key
from .model import TERMINAL_STATES, Application, Category, Signal

__all__ = ["Match", "match", "same_company", "same_role", "shared_domains"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Match:
    """The application a signal belongs to (None: none does) and why, for `explain`/logs."""

    application_id: str | None
    reason: str


def shared_domains(rules: RuleSet | None = None) -> frozenset[str]:
    """Domains that say nothing about the employer: ATS, scheduling tools, boards, free mail."""
    rules = rules or RuleSet.default()
    names = (*PLATFORM_LISTS, "freemail_domains")
    return frozenset(d.lower() for name in names for d in rules.list(name))


def same_role(a: str | None, b: str | None) -> bool | None:
    """True/False when two role titles clearly are/are not the same job; None when unsure."""
    if not a or not b:
        return None
    ka, kb = role_key(a), role_key(b)
    if not ka or not kb:
        return None
    if ka == kb or ka in kb or kb in ka:
        return True
    wa, wb = set(ka.split()), set(kb.split())
    overlap = len(wa & wb) / len(wa | wb)
    if overlap >= 0.6:
        return True
    if overlap <= 0.25:
        return False
    return None


def same_company(a: str | None, b: str | None) -> bool:
    """One name is the other's first words: "Acme" = "Acme Robotics GmbH"; "Meta" ≠ "Metaplan"."""
    wa, wb = company_words(a or ""), company_words(b or "")
    if not wa or not wb:
        return False
    if "".join(wa) == "".join(wb):
        return True  # "Lumenhealth" (from lumenhealth.example) is "Lumen Health"
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long[: len(short)] == short


def _spells(domain: str, company: str) -> bool:
    """The domain's own label is the company's name: lumenhealth.example ↔ "Lumen Health"."""
    labels = [label for label in domain.split(".") if label]
    name = "".join(company_words(company))
    return len(name) >= 4 and any(
        "".join(company_words(label.replace("-", " "))) == name for label in labels[:-1]
    )


def _recency(app: Application) -> datetime:
    moments = [m for m in (app.last_event_at, app.last_company_message, app.created) if m]
    return max(moments, default=_EPOCH)


def match(
    signal: Signal,
    applications: Iterable[Application],
    shared: frozenset[str] | None = None,
) -> Match:
    """The application `signal` belongs to.

    Order of evidence: a Message-ID of its thread (In-Reply-To/References) → the calendar UID
    → the company (name, or the sender's own domain) with the role to tell two applications at
    one company apart. Among equals the open application wins, then the most recently active.
    """
    apps = list(applications)
    if not apps:
        return Match(None, "no applications yet")
    shared = shared_domains() if shared is None else shared

    ids = set(signal.thread_ids)
    if ids:
        by_thread = [a for a in apps if ids & a.thread_ids]
        if by_thread:
            best = _pick(by_thread)
            common = sorted(ids & best.thread_ids)[0]
            moved = _moved_on(signal, best, apps)
            if moved is not None:
                return Match(
                    moved.id,
                    f"thread of closed application {best.id}, but about role {moved.role!r} "
                    f"of open application {moved.id}",
                )
            return Match(best.id, f"same thread as application {best.id} (message {common})")

    if signal.invite_uid:
        by_uid = [a for a in apps if signal.invite_uid in a.invite_uids]
        if by_uid:
            best = _pick(by_uid)
            return Match(best.id, f"calendar event {signal.invite_uid} belongs to {best.id}")

    # The employer's own domains: the sender's (unless it is the user or an ATS), and the
    # contact's (Reply-To behind an ATS, or whom the user wrote to).
    people = (
        [signal.contact] if signal.kind == Category.USER_SENT else [signal.sender, signal.contact]
    )
    own_domains = {
        email_domain(p.email)
        for p in people
        if p is not None and p.email and not sender_domain_in(email_domain(p.email), shared)
    }
    own_domain = ", ".join(sorted(own_domains))
    candidates: list[tuple[int, Application, str]] = []
    for app in apps:
        by_name = bool(signal.company) and same_company(signal.company, app.company)
        by_domain = any(
            mine == d or mine.endswith("." + d) or d.endswith("." + mine)
            for mine in own_domains
            for d in app.company_domains
            if not sender_domain_in(d, shared)
        ) or any(_spells(mine, app.company) for mine in own_domains)
        if not (by_name or by_domain):
            continue
        role = same_role(signal.role, app.role)
        if role is False:
            continue  # same company, another job: a separate application
        score = (2 if by_name else 0) + (1 if by_domain else 0) + (2 if role else 0)
        how = " and ".join(
            part
            for part, present in (
                (f"company {app.company!r}", by_name),
                (f"sender domain {own_domain}", by_domain),
                (f"role {app.role!r}", bool(role)),
            )
            if present
        )
        candidates.append((score, app, how))
    if candidates:
        top = max(score for score, _, _ in candidates)
        best = _pick([app for score, app, _ in candidates if score == top])
        how = next(h for s, a, h in candidates if a is best and s == top)
        open_note = "" if best.state not in TERMINAL_STATES else f" (closed: {best.state.value})"
        return Match(best.id, f"same {how} as application {best.id}{open_note}")

    what = signal.company or own_domain or "unknown company"
    return Match(None, f"no application matches {what!r}{_role_note(signal.role)}")


def _role_note(role: str | None) -> str:
    return f" for {' '.join(role.split())!r}" if role else ""


def _moved_on(
    signal: Signal, thread_app: Application, apps: list[Application]
) -> Application | None:
    """A reply in a closed application's thread about another role at the same company
    belongs to the open application for that role."""
    if (
        thread_app.state not in TERMINAL_STATES
        or same_role(signal.role, thread_app.role) is not False
    ):
        return None
    fits = [
        a
        for a in apps
        if a is not thread_app
        and a.state not in TERMINAL_STATES
        and same_company(a.company, thread_app.company)
        and same_role(signal.role, a.role)
    ]
    return _pick(fits) if fits else None


def _pick(apps: list[Application]) -> Application:
    """Open applications before closed ones, then the most recently active."""
    return max(apps, key=lambda a: (a.state not in TERMINAL_STATES, _recency(a), a.id))
