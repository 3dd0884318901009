"""The `followup` command: every subcommand parses its arguments and calls into the package.

Thin by design: formatting lives in describe.py, decisions in machine.py, storage in store.py.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from followup import paths

if TYPE_CHECKING:
    from followup.config import Config
    from followup.policy import Policy
    from followup.store import Store

DESCRIPTION = """\
interview-followup watches your mailbox, understands where each job interview stands, and
puts the right follow-up email into your Drafts folder at the right time: a thank-you note
after the interview, a polite status inquiry when the company goes quiet, a second one a week
later, then a nudge to move on. You review and send every draft yourself.
"""

EPILOG = """\
examples:
  followup check                       is the account, TLS, folders and rules fine?
  followup run                         the daemon: drafts appear in your Drafts folder
  followup status                      every application, its state and what comes next
  followup plan --as-of 2026-03-20     what will happen by then if nobody writes
  followup explain message.eml         how one message is read, and which rules decided it
  followup explain --json ~/Mail/INBOX one JSON line per message, for scripts
  followup read --me you@example.org ~/Mail/INBOX ~/Mail/Sent
                                       track what saved mail says, then `followup plan`

Timings, rules and templates come from --rules, else $FOLLOWUP_RULES, else the config's
rules_dir, else ~/.config/followup/rules if it exists, else the shipped defaults. The state
database lives in --state-dir, else $FOLLOWUP_STATE_DIR, else $STATE_DIRECTORY (systemd),
else the config's state_dir, else $XDG_STATE_HOME/followup, else ~/.local/state/followup.
The configuration is --config, else $FOLLOWUP_CONFIG, else ~/.config/followup/config.yaml.
"""


def parse_instant(text: str) -> datetime:
    """ISO 8601; a date alone means its end of day; no offset means local time."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 date or time, e.g. 2026-03-20 or 2026-03-20T09:30+01:00"
        ) from error
    if len(text) == 10:
        value = value.replace(hour=23, minute=59)
    return value if value.tzinfo else value.astimezone()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from followup import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--state-dir", metavar="DIR", help="where the state database lives (see below)"
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="the configuration file (default: $FOLLOWUP_CONFIG, else "
        "~/.config/followup/config.yaml)",
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="say more (-vv: protocol details)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="the daemon: watch the mailbox and write drafts as they come due",
        description="Watch INBOX and Sent of every configured account (IMAP IDLE, or polling "
        "where the server has none), track each application, and put each follow-up into "
        "the Drafts folder when it comes due. Runs in the foreground and logs to stderr "
        "(journald-ready under systemd). Nothing is ever sent: you review and send drafts "
        "from your mail client. Stop it with Ctrl-C or SIGTERM.",
        epilog="examples:\n"
        "  followup run                         the daemon, until stopped\n"
        "  followup run --once                  one catch-up cycle, then exit (cron, timers)\n"
        "  followup run --once --as-of 2026-03-20T09:00\n"
        "                                       as if it were then: drafts due by then are "
        "written\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument(
        "--once",
        action="store_true",
        help="one full cycle (catch up every folder, advance every application, write what "
        "is due), then exit 0",
    )
    run.add_argument(
        "--as-of",
        type=parse_instant,
        metavar="ISO8601",
        help="with --once: act as if it were this instant. This is real: drafts due by then "
        "are written and the state moves on (to look ahead without changing anything, use "
        "`followup plan --as-of`). An instant in the future needs --allow-future",
    )
    run.add_argument(
        "--allow-future",
        action="store_true",
        help="let --as-of lie in the future (e.g. with a scratch --state-dir and a test mailbox)",
    )
    run.add_argument("--account", metavar="NAME", help="only this account of the config")
    run.set_defaults(run=run_daemon)

    check = commands.add_parser(
        "check",
        help="check config, rules, login, TLS, folders and IDLE; say how to fix what fails",
        description="Load the configuration and the rules, obtain each account's secret, "
        "connect with TLS, log in, find INBOX, Sent and Drafts, and see whether the server "
        "pushes new mail (IDLE). Prints ✓ or ✗ per item, with what to do about each ✗. "
        "Writes nothing to the mailbox. Exit status 0 when everything is fine.",
    )
    check.add_argument("--account", metavar="NAME", help="only this account of the config")
    check.set_defaults(run=run_check)

    status = commands.add_parser(
        "status",
        help="every application: company, role, state, last event, next action",
        description="A table of every tracked application and what happens next, with "
        "messages that could not be read listed below it.",
    )
    status.set_defaults(run=run_status)

    plan = commands.add_parser(
        "plan",
        help="every pending action in time order, in words",
        description="Every draft and notice that is due, or will come due by --as-of if "
        "nobody writes, in time order. Nothing is changed: this only looks ahead.",
    )
    plan.add_argument(
        "--as-of",
        type=parse_instant,
        metavar="ISO8601",
        help="look ahead to this instant (default: now), e.g. 2026-03-20 or 2026-03-20T09:00",
    )
    plan.set_defaults(run=run_plan)

    explain = commands.add_parser(
        "explain",
        help="how messages are read: category, rules that fired, facts found",
        description="Read messages and show how interview-followup understands them: the "
        "category, every rule that fired and why, and the extracted facts (company, role, "
        "interview time, interviewers, the company's stated decision timeline). Reads .eml "
        "files, directories of them, Maildirs, or - for standard input. Changes nothing.",
    )
    explain.add_argument("paths", nargs="+", metavar="PATH", help="a .eml, a directory, or -")
    explain.add_argument(
        "--json", action="store_true", help="one JSON object per line (a stable contract)"
    )
    explain.add_argument(
        "--rules",
        type=Path,
        metavar="DIR",
        help="a rules directory (its classify/ folder), or a folder of rule files; "
        "default: your rules, else the shipped ones",
    )
    explain.add_argument(
        "--me",
        metavar="EMAIL",
        help="the mailbox owner's address(es), comma-separated (mail from it is user_sent); "
        "default: the profile's addresses in the config",
    )
    explain.set_defaults(run=run_explain)

    read = commands.add_parser(
        "read",
        help="read saved mail into the state, as the daemon would",
        description="Read saved messages (.eml files, directories of them, Maildirs, or - for "
        "standard input) in the order they were written, track the applications they "
        "mention, and bring every follow-up up to date. Drafts are not written anywhere: "
        "`followup plan` lists them. Reading the same mail again changes nothing.",
    )
    read.add_argument("paths", nargs="+", metavar="PATH", help="a .eml, a directory, or -")
    read.add_argument(
        "--me",
        metavar="EMAIL",
        help="your address(es), comma-separated: mail from it is what you sent; "
        "default: the profile's addresses in the config",
    )
    read.add_argument(
        "--account",
        metavar="NAME",
        help="record the messages under this account of the config, so the daemon knows "
        "them as read (default: the config's only account, else 'local')",
    )
    read.add_argument(
        "--as-of",
        type=parse_instant,
        metavar="ISO8601",
        help="bring follow-ups up to this instant instead of now",
    )
    read.add_argument("--rules", type=Path, metavar="DIR", help="a rules directory")
    read.set_defaults(run=run_read)
    return parser


def _state_dir(args: argparse.Namespace, config: Config | None = None) -> Path:
    return paths.state_dir_for(args.state_dir, config)


def _config_if_any(args: argparse.Namespace) -> Config | None:
    """The configuration when a file exists (commands that work without one use this)."""
    from followup.config import config_path, load_config

    path = config_path(args.config)
    return load_config(path) if path.exists() else None


def _open_store(args: argparse.Namespace) -> Store | None:
    """The state database, or None when the daemon has not run yet (nothing to show)."""
    from followup.store import Store

    database = _state_dir(args, _config_if_any(args)) / paths.DATABASE_NAME
    if not database.exists():
        return None
    return Store.open(database)


def _rules_root(args: argparse.Namespace) -> Path:
    """--rules, else $FOLLOWUP_RULES, the config's rules_dir, the user's, the shipped."""
    explicit = getattr(args, "rules", None)
    return paths.rules_root(None if explicit else _config_if_any(args), explicit)


def _classify_dir(args: argparse.Namespace) -> Path:
    """The classification rules in force: --rules, else the user's, else the shipped ones."""
    return paths.classify_rules_dir(_rules_root(args))


def _policy(args: argparse.Namespace) -> Policy:
    """The timing rules in force (the user's rules directory, else the shipped defaults)."""
    from followup.policy import POLICY_FILE, load_policy

    directory = _rules_root(args)
    path = directory / POLICY_FILE
    if not path.exists():
        path = paths.shipped_rules_dir() / POLICY_FILE
    return load_policy(path, paths.local_zone())


EMPTY = (
    "No applications tracked yet.\n"
    "The daemon starts tracking one when it reads an interview invitation or confirmation.\n"
    "To see how a message would be read: followup explain MESSAGE.eml\n"
)


def run_status(args: argparse.Namespace, out: TextIO) -> int:
    from followup import describe

    store = _open_store(args)
    applications = store.applications() if store else []
    if store is None or not applications:
        out.write(EMPTY)
        return 0
    zone = _policy(args).calendar.zone
    rows: list[tuple[str, ...]] = [("COMPANY", "ROLE", "STATE", "LAST EVENT", "NEXT", "WHEN")]
    for app in describe.by_urgency(applications):
        what, at = describe.next_step(app, zone)
        last = (
            f"{app.last_event}, {describe.day(app.last_event_at, zone)}" if app.last_event else "—"
        )
        rows.append(
            (app.company or "—", app.role or "—", describe.STATE_WORDS[app.state], last, what, at)
        )
    out.write(_table(rows))
    failed = store.outbox("failed")
    if failed:
        out.write(f"\n{len(failed)} draft(s) or notice(s) could not be written:\n")
        for entry in failed[-10:]:
            out.write(
                f"  {entry.action.application_id} {entry.action.step} "
                f"({entry.attempts} tries): {entry.last_error}\n"
            )
        out.write("  Fix the cause, then restart the daemon (or `followup run --once`).\n")
    unreadable = store.unreadable_messages()
    if unreadable:
        out.write(f"\n{len(unreadable)} message(s) could not be read and were skipped:\n")
        for folder, message_id, uid, reason in unreadable[-10:]:
            out.write(f"  {folder} UID {uid} {message_id}: {reason}\n")
    return 0


def run_plan(args: argparse.Namespace, out: TextIO) -> int:
    from followup import describe

    store = _open_store(args)
    applications = store.applications() if store else []
    if store is None or not applications:
        out.write(EMPTY)
        return 0
    policy = _policy(args)
    as_of = args.as_of or datetime.now(UTC)
    pending = [entry.action for entry in store.outbox("pending")]
    lines = describe.plan(applications, pending, as_of, policy)
    if not lines:
        out.write("Nothing is planned: every application is closed or waiting for mail.\n")
        return 0
    zone = policy.calendar.zone
    for line in lines:
        marker = " (ready now)" if line.pending else ""
        out.write(
            f"{describe.when(line.at, zone)} — {line.what} "
            f"({describe.title(line.application)}){marker}\n"
        )
    return 0


def run_explain(args: argparse.Namespace, out: TextIO) -> int:
    from followup import explain

    config = _config_if_any(args)
    return explain.run(
        args.paths,
        as_json=args.json,
        rules_dir=_classify_dir(args),
        me=args.me or (",".join(config.profile.addresses) if config else None),
        stdin=sys.stdin.buffer,
        out=out,
        err=sys.stderr,
        zone=_policy(args).calendar.zone,
    )


def run_read(args: argparse.Namespace, out: TextIO) -> int:
    from followup.classify import RuleSet
    from followup.engine import Settings, process_saved
    from followup.explain import iter_sources
    from followup.store import Store

    config = _config_if_any(args)
    if not args.me and config is None:
        print(
            "followup read: say whose mailbox this is with --me YOU@EXAMPLE.ORG "
            "(or write a config file: see `followup check --help`)",
            file=sys.stderr,
        )
        return 2
    policy = _policy(args)
    rules = RuleSet.load(_classify_dir(args))
    written = args.me.split(",") if args.me else list(config.profile.addresses)  # type: ignore[union-attr]
    me = [address.strip() for address in written if address.strip()]
    account = args.account or (
        config.accounts[0].name if config and len(config.accounts) == 1 else "local"
    )
    settings = Settings.build(account, rules, policy, me)
    messages, problems = [], []
    for source in iter_sources(args.paths, sys.stdin.buffer):
        if source.data is None:
            problems.append(f"{source.name}: {source.error}")
        else:
            messages.append((source.name, source.data))
    directory = _state_dir(args, config)
    now = args.as_of or datetime.now(UTC)
    with Store.open(directory / paths.DATABASE_NAME) as store:
        before = len(store.outbox("pending"))
        outcomes = process_saved(store, settings, messages, now, _progress_bar("reading"))
        pending = len(store.outbox("pending")) - before
        tracked = len(store.applications())
    events = sum(1 for o in outcomes if o.application_id and not o.duplicate)
    unreadable = [o for o in outcomes if o.unreadable]
    out.write(
        f"Read {len(outcomes)} message(s): {events} about tracked applications, "
        f"{sum(1 for o in outcomes if o.duplicate)} already read, {len(unreadable)} unreadable.\n"
        f"{tracked} application(s) tracked; {pending} new draft(s) and notice(s) to review: "
        "followup plan\n"
    )
    for problem in problems + [f"{o.message_id}: {o.unreadable}" for o in unreadable]:
        out.write(f"  skipped {problem}\n")
    return 0


def run_daemon(args: argparse.Namespace, out: TextIO) -> int:
    from followup import launcher

    if args.as_of and not args.once:
        print(
            "followup: --as-of only goes with --once (the daemon runs on the real clock)",
            file=sys.stderr,
        )
        return 2
    if (
        args.as_of
        and args.as_of > datetime.now(UTC) + timedelta(minutes=1)
        and not (args.allow_future)
    ):
        print(
            "followup: --as-of is in the future: that would write tomorrow's drafts into your "
            "real Drafts folder now and move every application on for good. To look ahead "
            "without changing anything: followup plan --as-of ...; to do it anyway: "
            "--allow-future",
            file=sys.stderr,
        )
        return 2
    config = _load_config(args)
    state = _state_dir(args, config)
    if args.once:
        return launcher.run_once(config, state, args.account, args.as_of, out)
    return launcher.run_forever(config, state, args.account)


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    from followup.checks import exit_status, run_checks
    from followup.config import config_path

    checks = []
    for check in run_checks(config_path(args.config), args.state_dir, args.account):
        out.write(check.line() + "\n")
        out.flush()
        checks.append(check)
    return exit_status(checks)


def _load_config(args: argparse.Namespace) -> Config:
    from followup.config import config_path, load_config

    return load_config(config_path(args.config))


def _progress_bar(label: str) -> Callable[[int, int], None] | None:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _table(rows: list[tuple[str, ...]], max_width: int = 40) -> str:
    """Columns padded to their widest cell; long cells cut with an ellipsis."""
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        + "\n"
        for row in cells
    )


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(out)
        return 0
    from followup import logs

    logs.setup(args.verbose)
    from followup.store import StoreError
    from followup.yamlfile import YamlError

    try:
        return int(args.run(args, out))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `followup plan | head`: the reader has all it wanted
        sys.stderr.close()
        return 0
    except (StoreError, YamlError) as error:
        print(f"followup: {error}", file=sys.stderr)
        return 1
    except Exception as error:
        # Mailbox and secret errors are sentences that say what to do; anything else is a bug.
        from followup.imap import MailboxError
        from followup.secrets import SecretError
        from followup.templates import TemplateError

        if isinstance(error, MailboxError | SecretError | TemplateError):
            print(f"followup: {error}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
