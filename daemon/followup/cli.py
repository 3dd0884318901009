"""The `followup` command: every subcommand parses its arguments and calls into the package.

Thin by design: formatting lives in describe.py, decisions in machine.py, storage in store.py.
"""

from __future__ import annotations

import argparse
import logging
import sys
import textwrap
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from followup import paths

if TYPE_CHECKING:
    from followup.config import Config
    from followup.engine import Settings
    from followup.model import Application, Mail
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
  followup init                        write a starter config (asks what it cannot find out)
  followup check                       is the account, TLS, folders and rules fine?
  followup backfill --since 60d        pick up applications already under way
  followup run                         the daemon: drafts appear in your Drafts folder
  followup status                      every application, its state and what comes next
  followup show acme                   one application's history, drafts and next step
  followup snooze acme 2w              nothing for Acme for two weeks
  followup stop acme --reason "took another offer"
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
    _add_init(commands)

    run = commands.add_parser(
        "run",
        help="the daemon: watch the mailbox and write drafts as they come due",
        description=_wrap(
            "Watch INBOX and Sent of every configured account (IMAP IDLE, or polling "
            "where the server has none), track each application, and put each follow-up into "
            "the Drafts folder when it comes due. Runs in the foreground and logs to stderr "
            "(journald-ready under systemd). Nothing is ever sent: you review and send drafts "
            "from your mail client. Stop it with Ctrl-C or SIGTERM."
        ),
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
        description=_wrap(
            "A one-line summary, then a table of every tracked application and what "
            "happens next (those that need you first), then drafts that could not be written and "
            "messages that could not be read. REF is what show, stop, snooze and resume take. "
            "The table fits the terminal: the widest columns are cut first."
        ),
        epilog="examples:\n"
        "  followup status                      the table\n"
        "  followup status --json | jq '.applications[] | select(.needs_you)'\n"
        "                                       for scripts: a stable JSON shape\n"
        "  followup show REF                    the whole story of one application\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    status.add_argument("--json", action="store_true", help="one JSON object, for scripts")
    status.set_defaults(run=run_status)

    _add_show(commands)
    _add_control(commands)
    _add_backfill(commands)

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
    _add_rules(commands)
    _add_demo(commands)
    return parser


def _add_rules(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = commands.add_parser(
        "rules",
        help="check a rules directory offline (rules validate [DIR])",
        description="Work with rules directories. `followup rules validate [DIR]` loads the "
        "classification rules, timing.yaml, news.yaml and templates of DIR exactly as the "
        "daemon would, renders every template with sample values, and prints each problem "
        "as file:line:column. Exit status 0 when everything is fine.",
    )
    actions = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help="check every rule file and template of a rules directory",
        description="Check a rules directory as the daemon loads it; every problem is "
        "printed as file:line:column: message. Changes nothing.",
    )
    validate.add_argument(
        "rules",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="the rules directory (default: $FOLLOWUP_RULES, the config's rules_dir, "
        "your rules, else the shipped ones)",
    )
    validate.set_defaults(run=run_rules_validate)


def run_rules_validate(args: argparse.Namespace, out: TextIO) -> int:
    from followup.rulecheck import check_rules, main_text

    check = check_rules(_rules_root(args))
    out.write(main_text(check))
    return 0 if check.ok else 1


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
    import json

    from followup import overview

    store = _open_store(args)
    applications = store.applications() if store else []
    if store is None or not applications:
        if args.json:
            out.write(json.dumps(overview.as_json([], [], [], paths.local_zone())) + "\n")
        else:
            out.write(EMPTY)
        return 0
    zone = _policy(args).calendar.zone
    rows = overview.rows(applications, store.application_accounts(), zone)
    failed = store.outbox("failed")
    unreadable = store.unreadable_messages()
    if args.json:
        data = overview.as_json(rows, failed, unreadable, zone)
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    out.write(overview.headline(rows, zone) + "\n")
    out.write("".join(line + "\n" for line in _daemon_lines(store, zone)))
    out.write("".join(line + "\n" for line in _send_later_lines(store)))
    out.write("\n" + overview.table(rows, zone, _terminal_width(out)))
    if failed:
        out.write(f"\n{len(failed)} draft(s) or notice(s) could not be written:\n")
        for entry in failed[-10:]:
            out.write(
                f"  {entry.action.application_id} {entry.action.step} "
                f"({entry.attempts} tries): {entry.last_error}\n"
            )
        out.write("  Fix the cause, then restart the daemon (or `followup run --once`).\n")
    if unreadable:
        out.write(f"\n{len(unreadable)} message(s) could not be read and were skipped:\n")
        for folder, message_id, uid, reason in unreadable[-10:]:
            out.write(f"  {folder} UID {uid} {message_id}: {reason}\n")
    return 0


def _daemon_lines(store: Store, zone: str) -> list[str]:
    """Whether the daemon runs, which rules it has live, and the last edit it refused."""
    from followup.sdnotify import daemon_lines, pid_alive

    status = store.rules_status()
    return daemon_lines(status, pid_alive(status.pid if status else None), zone)


def _send_later_lines(store: Store) -> list[str]:
    """Drafts waiting to be sent later, and those that need the user (refused, unsure, or
    sent while some recipients refused them)."""
    if not store.send_requests(statuses=("scheduled", "sending", "refused", "unsure", "sent")):
        return []  # the common case, without importing the sending machinery
    from followup.sendlater import pending_lines

    return pending_lines(store)


def run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from followup import demo

    return demo.main(args.directory, out)


def _add_demo(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # The help is spelled out here: importing followup.demo would load the whole daemon
    # for every command (`followup status` must start fast).
    demo = commands.add_parser(
        "demo",
        help="replay four weeks of a job search on a sample Maildir, in seconds: no account needed",
        description="Build a sample Maildir in DIR holding four weeks of a job search: an "
        "interview that ends in silence and a move-on, a German rejection, a reference "
        "request, and job alerts, a newsletter and a webinar that must be ignored. Then run "
        "the real engine over it day by day, as the daemon would, and print what happened "
        "and why, and every draft it wrote to DIR/Mail/Drafts. The state database is kept in "
        "DIR/state; your own configuration and state are never touched.",
        epilog="examples:\n"
        "  followup demo                 in a new temporary directory (printed)\n"
        "  followup demo /tmp/try        then: mutt -f /tmp/try/Mail/Drafts\n"
        "                                and:  followup --state-dir /tmp/try/state status\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument(
        "directory",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="a new or empty directory for the sample Maildir and its state "
        "(default: a new temporary directory, printed)",
    )
    demo.set_defaults(run=run_demo)


def _terminal_width(out: TextIO) -> int | None:
    """The terminal's width when printing to one (else None: a pipe gets whole cells)."""
    import os
    import shutil

    try:
        tty = out.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty:
        columns = os.environ.get("COLUMNS", "")
        return int(columns) if columns.isdigit() else None
    return shutil.get_terminal_size().columns


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
    """A one-line progress bar on a terminal's stderr; None when stderr is not a terminal."""
    from followup.progress import ProgressBar

    bar = ProgressBar(label)
    return bar if bar.enabled else None


def _wrap(text: str) -> str:
    """A description as paragraphs that fit a terminal (the raw formatter keeps the examples'
    layout, so the description is wrapped here)."""
    return textwrap.fill(text, width=88)


def _add_init(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init",
        help="write a starter config: asks only what it cannot find out",
        description=_wrap(
            "Write a commented configuration file. It asks for your email address, "
            "the IMAP server (guessed from the address: imap.DOMAIN, or the known host of Gmail, "
            "Outlook/Office 365, Fastmail, iCloud, Yahoo, GMX, Posteo, mailbox.org ...), how to "
            "get the password (a command, a file, the keyring or an OAuth2 token command: the "
            "password itself is never stored), your name and a one-line pitch. Then it connects "
            "to learn the security mode (implicit TLS on 993, else STARTTLS on 143; never "
            "plaintext), checks the login, finds INBOX, Sent and Drafts, and writes what it "
            "learned. Every question has a flag, so scripts can run it with --yes. The file is "
            "private (0600); an existing one is only replaced with --force."
        ),
        epilog="examples:\n"
        "  followup init                        asks, on a terminal\n"
        "  followup init --email dana@posteo.de --password-command 'pass show posteo' --yes\n"
        "  followup init --email me@corp.example --host mail.corp.example \\\n"
        "      --oauth2-token-command 'oama access me@corp.example' --name 'Dana W' --yes\n"
        "  followup --config ~/work.yaml init --force   write (or replace) another file\n"
        "then: followup check, followup backfill --since 60d, followup run\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    init.add_argument(
        "--config",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="where to write (default: $FOLLOWUP_CONFIG, else ~/.config/followup/config.yaml)",
    )
    init.add_argument("--email", metavar="ADDRESS", help="your email address")
    init.add_argument("--host", metavar="HOST", help="the IMAP server (default: guessed)")
    init.add_argument("--username", metavar="LOGIN", help="the login (default: the address)")
    secret = init.add_mutually_exclusive_group()
    secret.add_argument("--password-command", metavar="CMD", help="a command printing it")
    secret.add_argument("--password-file", metavar="FILE", help="a file holding it (chmod 600)")
    secret.add_argument("--keyring", action="store_const", const="yes", help="the system keyring")
    secret.add_argument(
        "--oauth2-token-command", metavar="CMD", help="a command printing an OAuth2 token"
    )
    init.add_argument("--name", metavar="TEXT", help="your name, as it ends your emails")
    init.add_argument("--pitch", metavar="TEXT", help="a sentence on why you fit the role")
    init.add_argument("--account", metavar="NAME", help="the account's name (default: personal)")
    init.add_argument("--ca-file", metavar="PEM", help="trust this CA (a private server)")
    init.add_argument("--tls-port", type=int, metavar="N", help="implicit TLS port (993)")
    init.add_argument("--starttls-port", type=int, metavar="N", help="STARTTLS port (143)")
    init.add_argument(
        "--no-connect",
        action="store_true",
        help="write without connecting (assumes implicit TLS on the TLS port; folders found "
        "later); `followup check` tests it then",
    )
    init.add_argument("--yes", action="store_true", help="ask nothing: flags and guesses only")
    init.add_argument("--force", action="store_true", help="replace an existing config file")
    init.set_defaults(run=run_init)


def _add_show(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show = commands.add_parser(
        "show",
        help="one application: its history, why each step happened, drafts, what is next",
        description=_wrap(
            "Everything known about one application: every message and clock event "
            "in order with the reason the state changed, each draft and notice (where it was "
            "written, its Message-ID, or why it was not), and what comes next and when if nobody "
            "writes. APPLICATION is the REF from `followup status`, an id or its start, or the "
            "start of the company's name (any case)."
        ),
        epilog="examples:\n"
        "  followup show acme                   by company name\n"
        "  followup show acme-robotics-3f2a     by id prefix, when a company has several\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument("application", metavar="APPLICATION", help=APPLICATION_HELP)
    show.set_defaults(run=run_show)


APPLICATION_HELP = (
    "REF from `followup status`, an id or its start, a company name's start, or - (a raw "
    "message on standard input: its application)"
)
CONTROL_NOTE = (
    "Works while the daemon runs: the change is one database transaction, and the daemon "
    "sees it at its next cycle. APPLICATION is the REF from `followup status`, an id or its "
    "start, or the start of the company's name."
)


def _add_control(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stop = commands.add_parser(
        "stop",
        help="no more drafts for an application (undo: resume)",
        description=_wrap(
            "Stop following up on one application: no more drafts or reminders for "
            "it, whatever mail arrives later. Drafts decided but not yet written are cancelled; "
            "drafts already in your Drafts folder stay there for you to delete. " + CONTROL_NOTE
        ),
        epilog="examples:\n"
        "  followup stop acme\n"
        '  followup stop globex --reason "took another offer"\n',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    stop.add_argument("application", metavar="APPLICATION", help=APPLICATION_HELP)
    stop.add_argument("--reason", metavar="TEXT", default="", help="kept in the history")
    stop.set_defaults(run=run_control, command_name="stop")

    snooze = commands.add_parser(
        "snooze",
        help="nothing comes due for an application until a date",
        description=_wrap(
            "Hold an application's follow-ups until UNTIL: nothing comes due before "
            "then; afterwards the plan goes on. A day alone means that morning, after your quiet "
            "hours. " + CONTROL_NOTE
        ),
        epilog="examples:\n"
        "  followup snooze acme 2026-12-03      until that morning\n"
        "  followup snooze acme 3d              three days from now (also 36h, 2w,\n"
        "                                       5 business days)\n"
        "  followup snooze acme monday          until next Monday morning (also tomorrow)\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    snooze.add_argument("application", metavar="APPLICATION", help=APPLICATION_HELP)
    snooze.add_argument(
        "until", metavar="UNTIL", help="2026-12-03, 2026-12-03T14:00, 3d, 2w, tomorrow, monday ..."
    )
    snooze.set_defaults(run=run_control, command_name="snooze")

    resume = commands.add_parser(
        "resume",
        help="undo stop or snooze; after moving on, follow up again",
        description=_wrap(
            "Take back a stop or a snooze. A stopped application returns to where it "
            "was (what fell due meanwhile comes due now); one you had moved on from waits for "
            "the company again, with fresh follow-ups. " + CONTROL_NOTE
        ),
        epilog="examples:\n  followup resume acme\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    resume.add_argument("application", metavar="APPLICATION", help=APPLICATION_HELP)
    resume.set_defaults(run=run_control, command_name="resume")

    track = commands.add_parser(
        "track",
        help="track a message's thread: it starts (or resumes) an application",
        description=_wrap(
            "Track the thread of one message the daemon did not take for job news (a "
            "recruiter's personal note, an interview arranged by phone and confirmed in a "
            "plain email): its application starts, or a stopped one resumes, and the "
            "daemon follows the thread from then on. Mail clients pipe the raw message on "
            "standard input: see contrib/ for mutt and aerc key bindings. " + CONTROL_NOTE
        ),
        epilog="examples:\n"
        "  followup track message.eml\n"
        "  followup track - < message.eml       the raw message on standard input\n"
        "  followup stop - < message.eml        stop the application a message belongs to\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    track.add_argument("message", metavar="MESSAGE", help="a saved .eml, or - for standard input")
    track.add_argument(
        "--account",
        metavar="NAME",
        help="the account whose daemon writes the application's drafts (needed when the "
        "config has several)",
    )
    track.set_defaults(run=run_track)


def _add_backfill(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backfill = commands.add_parser(
        "backfill",
        help="pick up applications already under way: read further back than the first run",
        description=_wrap(
            "The daemon's first look reads the last 14 days. backfill reads INBOX and "
            "Sent back to --since, through the same path as the daemon, so interviews of the "
            "last weeks are tracked too. Safe while the daemon runs: it reads only mail older "
            "than where the daemon started, writes one database transaction per message, and "
            "leaves the drafts it decides for the daemon to write. Running it again changes "
            "nothing: mail already read is recognised by its Message-ID and skipped before its "
            "body is fetched. A progress bar shows on a terminal."
        ),
        epilog="examples:\n"
        "  followup backfill --since 60d        the last 60 days (also 8w)\n"
        "  followup backfill --since 2026-01-15 --account work\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    backfill.add_argument(
        "--since", required=True, metavar="WHEN", help="how far back: 60d, 8w or 2026-01-15"
    )
    backfill.add_argument("--account", metavar="NAME", help="only this account of the config")
    backfill.set_defaults(run=run_backfill)


def run_init(args: argparse.Namespace, out: TextIO) -> int:
    from followup import starter
    from followup.config import config_path, load_config

    path = config_path(getattr(args, "config", None))
    if path.exists() and not args.force:
        print(
            f"followup init: {path} exists already; nothing was changed. Use --force to "
            "replace it, or --config OTHER.yaml to write elsewhere.",
            file=sys.stderr,
        )
        return 1
    given = {
        key: getattr(args, key)
        for key in ("email", "host", "username", "name", "pitch", "account", "ca_file")
    }
    given.update(
        {key: getattr(args, key) for key in starter.SECRET_FLAGS},
        tls_port=str(args.tls_port or ""),
        starttls_port=str(args.starttls_port or ""),
        state_dir=args.state_dir,
    )
    ask = None if args.yes or not sys.stdin.isatty() else _ask

    def say(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    try:
        answers = starter.gather(given, ask, say)
        learned = None if args.no_connect else starter.learn(answers, say=say)
        starter.write_config(path, starter.config_text(answers, learned), force=args.force)
    except starter.InitError as error:
        print(f"followup init: {error}", file=sys.stderr)
        return 1
    if learned:
        mode = "implicit TLS" if learned.security.value == "tls" else "STARTTLS"
        say(
            f"✓ {answers.host}:{learned.port}: {mode} ({learned.tls_version or 'on'}), "
            f"logged in; folders: inbox {learned.inbox}, sent {learned.sent or 'not found'}, "
            f"drafts {learned.drafts}"
        )
    load_config(path)  # what was written must load; a ConfigError here is a bug to report
    say(f"✓ wrote {path} (private: 0600)")
    say(
        "next: read it and add your signature and references, then\n"
        "  followup check                   prove everything works\n"
        "  followup backfill --since 60d    pick up applications already under way\n"
        "  followup run                     (or systemctl --user enable --now followup)"
    )
    return 0


def _ask(prompt: str, default: str) -> str:
    shown = f"{prompt} [{default}]: " if default else f"{prompt}: "
    try:
        return input(shown)
    except EOFError:
        return ""


def _find(args: argparse.Namespace) -> tuple[Store, Application] | None:
    """The store and the application the user named; None after saying what went wrong."""
    from followup.pick import NoSuchApplication, find_application

    store = _open_store(args)
    applications = store.applications() if store else []
    if store is None or not applications:
        sys.stderr.write(EMPTY)
        return None
    if _is_message(args.application):
        return _application_of_message(args, store)
    try:
        return store, find_application(applications, args.application)
    except NoSuchApplication as error:
        print(f"followup {args.command}: {error}", file=sys.stderr)
        return None


def _is_message(text: str) -> bool:
    """`-` (a message on standard input, as mail clients pipe it) or a saved .eml file."""
    return text == "-" or (text.lower().endswith(".eml") and Path(text).is_file())


def _message(source: str) -> Mail:
    from followup.mail import parse

    raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    return parse(raw)


def _message_settings(args: argparse.Namespace) -> Settings | None:
    """How the daemon reads mail (the config's addresses and account, the rules in force),
    for commands about one message; None after saying why there is none."""
    from followup.classify import RuleSet
    from followup.engine import Settings

    config = _config_if_any(args)
    if config is None:
        print(
            f"followup {args.command}: reading a message needs your config (your addresses "
            "tell your mail from theirs): `followup init` writes one",
            file=sys.stderr,
        )
        return None
    account = getattr(args, "account", None)
    if account is None and len(config.accounts) == 1:
        account = config.accounts[0].name
    elif account is None:
        if args.command == "track":  # a new application needs the account whose drafts it gets
            names = ", ".join(a.name for a in config.accounts)
            print(
                f"followup track: the config has several accounts ({names}): say which one's "
                "daemon writes this application's drafts with --account NAME",
                file=sys.stderr,
            )
            return None
        account = "local"  # finding an existing application needs no account
    elif account not in {a.name for a in config.accounts}:
        print(f"followup {args.command}: no account {account!r} in the config", file=sys.stderr)
        return None
    rules = RuleSet.load(_classify_dir(args))
    return Settings.build(account, rules, _policy(args), config.profile.addresses)


def _application_of_message(
    args: argparse.Namespace, store: Store
) -> tuple[Store, Application] | None:
    from followup.engine import application_of_message

    settings = _message_settings(args)
    if settings is None:
        return None
    mail = _message(args.application)
    if mail.unreadable:
        print(
            f"followup {args.command}: cannot read the message: {mail.unreadable}", file=sys.stderr
        )
        return None
    _, app, _ = application_of_message(store, settings, mail)
    if app is None:
        about = repr(mail.subject) if mail.subject else mail.message_id
        print(
            f"followup {args.command}: {about} belongs to no tracked application "
            "(`followup track` starts one from it)",
            file=sys.stderr,
        )
        return None
    return store, app


def run_track(args: argparse.Namespace, out: TextIO) -> int:
    from followup import control
    from followup.engine import track_message
    from followup.store import Store

    settings = _message_settings(args)
    if settings is None:
        return 1
    mail = _message(args.message)
    if mail.unreadable:
        print(f"followup track: cannot read the message: {mail.unreadable}", file=sys.stderr)
        return 1
    database = _state_dir(args, _config_if_any(args)) / paths.DATABASE_NAME
    with Store.open(database) as store:
        outcome = track_message(store, settings, mail, datetime.now(UTC))
    out.write(control.report(outcome, "track", settings.policy.calendar.zone))
    return 0


def run_show(args: argparse.Namespace, out: TextIO) -> int:
    from followup import history
    from followup.pick import short_refs

    found = _find(args)
    if found is None:
        return 1
    store, app = found
    with store:
        outbox = [e for e in store.outbox() if e.action.application_id == app.id]
        record = history.Record(
            app,
            store.events(app.id),
            outbox,
            {e.action.id: store.drafts_of(e.action.id) for e in outbox},
            store.application_accounts().get(app.id),
            short_refs(store.applications())[app.id],
        )
    out.write(history.show(record, datetime.now(UTC), _policy(args)))
    return 0


def run_control(args: argparse.Namespace, out: TextIO) -> int:
    from followup import control
    from followup.engine import apply_command
    from followup.model import Command

    found = _find(args)
    if found is None:
        return 1
    store, app = found
    policy = _policy(args)
    now = datetime.now(UTC)
    until = None
    if args.command_name == "snooze":
        try:
            until = control.parse_until(args.until, now, policy.calendar)
        except ValueError as error:
            print(f"followup snooze: {error}", file=sys.stderr)
            return 2
    command = Command(args.command_name, until=until, reason=getattr(args, "reason", ""))
    with store:
        outcome = apply_command(store, app.id, command, now, policy)
    out.write(control.report(outcome, args.command_name, policy.calendar.zone))
    return 0 if outcome.changed or args.command_name == "stop" else 1


def run_backfill(args: argparse.Namespace, out: TextIO) -> int:
    from followup import backfill

    config = _load_config(args)
    now = datetime.now(UTC)
    try:
        since = backfill.parse_since(args.since, now.astimezone().date())
    except ValueError as error:
        print(f"followup backfill: {error}", file=sys.stderr)
        return 2
    return backfill.run(config, _state_dir(args, config), args.account, since, now, out)


# Commands that answer a question: their log lines (INFO) show only with -v.
QUIET_COMMANDS = frozenset(
    {"init", "status", "plan", "show", "stop", "snooze", "resume", "track", "backfill", "read"}
    | {"rules", "demo"}
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
    if args.command in QUIET_COMMANDS and not args.verbose:
        # A command's output is its answer; the daemon's running commentary needs -v.
        logging.getLogger("followup").setLevel(logging.WARNING)
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
