"""Decide from headers and structure alone whether a message is worth fetching whole.

A big mailbox is mostly newsletters and notifications; reading only their headers keeps a
catch-up cheap. The test is one-sided on purpose: only mail from a mailing list (List-Id,
Precedence: bulk/list/junk) that shows no sign of a job search is left unread. A
List-Unsubscribe header alone does not count: hiring and scheduling tools add it to
one-to-one mail too. Anything else, and list mail that is on a tracked thread, answers
something the user sent, comes from an employer or hiring platform, carries a calendar
invitation or names a job-search word in its subject, is fetched and classified in full.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from followup.classify import (
    PhraseGroup,
    RuleSet,
    find_phrase,
    normalize_address,
    phrase_group,
    sender_domain_in,
)
from followup.model import Mail, Person

# Lists of the classifier rules that name hiring platforms and job-search words; the user's
# own rule files extend them, so triage learns what the classifier learns.
PLATFORM_LISTS = (
    "ats_senders",
    "scheduling_senders",
    "assessment_senders",
    "screening_senders",
    "job_boards",
)
WORD_LISTS = (
    "application_words",
    "interview_words",
    "meeting_words",
    "job_context",
    "rejection_strong",
    "offer_strong",
    "reference_words",
    "out_of_office_subjects",
    "subject_job_words",
)
LIST_PRECEDENCE = frozenset({"bulk", "list", "junk"})


@dataclass(frozen=True)
class Hints:
    """What marks a message as possibly about a job search, compiled once per rule set."""

    platforms: frozenset[str]
    words: PhraseGroup

    @classmethod
    def from_rules(cls, rules: RuleSet) -> Hints:
        platforms = frozenset(d.lower() for name in PLATFORM_LISTS for d in rules.list(name))
        words = [w for name in WORD_LISTS for w in rules.list(name)]
        return cls(platforms, phrase_group(words))


@dataclass(frozen=True)
class Known:
    """What the store knows that makes a message relevant: threads, employers, the user."""

    thread_ids: frozenset[str]  # tracked applications' threads, and what the user sent
    employer_domains: frozenset[str]
    me: frozenset[str]

    @classmethod
    def build(
        cls, thread_ids: Iterable[str], employer_domains: Iterable[str], me: Iterable[str]
    ) -> Known:
        return cls(
            frozenset(thread_ids),
            frozenset(d.lower() for d in employer_domains),
            frozenset(normalize_address(a) for a in me),
        )


def from_mailing_list(headers: Mail) -> bool:
    """List-Id or Precedence: bulk/list/junk: a list or newsletter, not one-to-one mail."""
    precedence = headers.header("precedence").strip().lower()
    return bool(headers.header("list-id")) or precedence in LIST_PRECEDENCE


def why_fetch(headers: Mail, has_calendar: bool, hints: Hints, known: Known) -> str | None:
    """The reason to fetch the whole message, or None when its headers show bulk mail with
    nothing to do with a job search."""
    if headers.unreadable:
        return "its headers could not be read"
    if not from_mailing_list(headers):
        return "not list mail"
    if has_calendar:
        return "it carries a calendar invitation"
    reason = why_known(headers, known)
    if reason:
        return reason
    sender_domain = headers.sender.email.rpartition("@")[2].lower() if headers.sender else ""
    if sender_domain and sender_domain_in(sender_domain, hints.platforms):
        return f"it comes from {sender_domain}, a hiring platform"
    if headers.sender and normalize_address(headers.sender.email) in known.me:
        return "the user wrote it"
    word = find_phrase(hints.words, headers.subject)
    if word:
        return f"its subject mentions '{word}'"
    return None


def why_known(headers: Mail, known: Known) -> str | None:
    """The part of the test that depends on what the store knows (threads, employers): all
    that can change for a message once skipped, so a second look needs only this."""
    if known.thread_ids.intersection(headers.thread_ids):
        return "it belongs to a tracked thread or answers something the user sent"
    for person in _people(headers, known):
        domain = person.email.rpartition("@")[2].lower()
        if domain and sender_domain_in(domain, known.employer_domains):
            return f"it involves {domain}, an employer being tracked"
    return None


def _people(headers: Mail, known: Known) -> list[Person]:
    """Everyone on the message but the user as a recipient."""
    people = [p for p in (headers.sender, *headers.to, *headers.cc, *headers.reply_to) if p]
    return [p for p in people if p is headers.sender or normalize_address(p.email) not in known.me]
