"""`followup backfill`: read INBOX and Sent further back than the daemon's first look.

One worker per account (IMAP or Maildir), built as the daemon builds it, runs Worker.backfill;
the drafts it decides wait in the outbox for the daemon's next cycle (or `run --once`).
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TextIO

from followup import backends, paths
from followup.config import Config, find_account
from followup.imap import MailboxError
from followup.progress import ProgressBar
from followup.runtime import load_runtime
from followup.secrets import SecretError, secret_source
from followup.service import Worker
from followup.store import Store
from followup.timing import parse_duration

SINCE_FORMS = "60d, 8w, 90 days or a date like 2026-01-15"


def parse_since(text: str, today: date) -> date:
    """`60d`, `8w` (back from today) or an ISO date; ValueError says what works."""
    source = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", source):
        try:
            day = date.fromisoformat(source)
        except ValueError as error:
            raise ValueError(f"{text!r}: {error}; write e.g. {SINCE_FORMS}") from None
    else:
        try:
            span = parse_duration(source)
        except ValueError:
            raise ValueError(f"cannot read {text!r}; write e.g. {SINCE_FORMS}") from None
        if span.business_days:
            raise ValueError(f"{text!r}: say it in days or weeks, e.g. {SINCE_FORMS}")
        day = today - timedelta(days=max(1, round(span.real / timedelta(days=1))))
    if day > today:
        raise ValueError(f"{text!r} lies in the future; backfill reads the past ({SINCE_FORMS})")
    return day


def run(
    config: Config,
    state_dir: Path,
    account_name: str | None,
    since: date,
    now: datetime,
    out: TextIO,
    err: TextIO = sys.stderr,
) -> int:
    """Backfill every account (or one); 1 when an account could not be read."""
    accounts = [find_account(config, account_name)] if account_name else list(config.accounts)
    failed = 0
    bar = ProgressBar("backfill", err)
    with Store.open(state_dir / paths.DATABASE_NAME) as store:
        before = len(store.outbox("pending"))
        for account in accounts:
            runtime = load_runtime(paths.rules_root(config), account.name, config.profile.addresses)
            opener = backends.opener(account, secret_source(account), state_dir)
            worker = Worker(account, config.profile, store, runtime, opener)
            try:
                report = worker.backfill(since, now, bar.phase if bar.enabled else None)
            except (MailboxError, SecretError) as error:
                bar.close()
                err.write(f"followup: {error}\n")
                failed += 1
                continue
            finally:
                worker.disconnect()
            bar.close()
            out.write(f"{account.name}: {report.summary()}\n")
        decided = max(0, len(store.outbox("pending")) - before)
    out.write(
        f"{decided} draft(s) and notice(s) decided; a running daemon writes them at its next "
        "cycle (else `followup run --once`). `followup status` shows every application.\n"
    )
    return 1 if failed else 0
