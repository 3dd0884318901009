"""The whole reading pipeline (mail.parse → classify → extract) against the labelled corpora.

Two corpora, the same tests: `tests/corpus` (the one the rules were written against, gated at
the reading-mail issue's bars) and `tests/holdout` (written blind by someone else: new vendors,
zones and languages; gated at floors a little below what the pipeline reaches, so a regression
in generalisation fails). Prints per-category precision and recall; the table is also in the
assertion message and in `corpus-report.txt` in the test's tmp dir, so `-s` is not needed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from followup.classify import RuleSet, classify, sender_domain_in
from followup.extract import company_key, extract, role_key
from followup.match import shared_domains
from followup.model import PIPELINE_EVENTS, Category, Mail, Signal
from ruamel.yaml import YAML

CORPUS = Path(__file__).parent / "corpus"
LABELS = CORPUS / "labels.yaml"
HOLDOUT = Path(__file__).parent / "holdout"

OWNER_ZONE = "Europe/Berlin"  # the mailbox owner's zone in both corpora (see corpus/README.md)


@dataclass(frozen=True)
class Bars:
    """What a corpus must reach: pipeline-event precision and recall, the share of messages
    with an invite whose interview start is exact, the share of labelled decision timelines
    within one day, and the share of all labelled interview starts that are exact."""

    precision: float
    recall: float
    invite_start: float
    timeline: float
    any_start: float


# tests/corpus: the reading-mail issue's bars. tests/holdout: honest floors a little below
# what the pipeline reaches (it was read while generalising the rules, see holdout/README.md).
BARS = {
    "corpus": Bars(precision=0.97, recall=0.95, invite_start=1.0, timeline=0.90, any_start=0.95),
    "holdout": Bars(precision=0.93, recall=0.93, invite_start=1.0, timeline=0.84, any_start=0.68),
    # tests/holdout2 was blind until the second generalisation round. First contact: pipeline
    # events precision 0.673, recall 0.625 (tp 35, fp 17, fn 21); interview start exact 17/24;
    # decision timeline within a day 9/22. After the round's rules: 0.830 / 0.786, starts
    # 19/24, invites 14/14; after the timeline phrase families (written without reading any
    # held-out set): timelines 16/22. Floors a little below that.
    "holdout2": Bars(precision=0.80, recall=0.76, invite_start=1.0, timeline=0.68, any_start=0.75),
    # tests/holdout3 has never been used to change the rules: it measures mail the rules were
    # not written for. First contact, after both generalisation rounds: precision 0.771,
    # recall 0.711 (tp 27, fp 8, fn 11); starts 12/16, invites 8/8; timelines 8/14. Floors
    # just below, so that a regression shows; tune on it and it stops measuring anything.
    "holdout3": Bars(precision=0.74, recall=0.68, invite_start=1.0, timeline=0.50, any_start=0.70),
}


@dataclass
class Row:
    file: str
    label: dict[str, Any]
    mail: Mail
    signal: Signal


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def say(self, line: str = "") -> None:
        self.lines.append(line)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _labels(corpus: Path | None = None) -> dict[str, dict[str, Any]]:
    labels = (corpus or CORPUS) / "labels.yaml"
    data = YAML(typ="safe").load(labels.read_text(encoding="utf-8"))
    return {str(name): dict(value) for name, value in data.items()}


def _owner(labels: dict[str, dict[str, Any]], mails: dict[str, Mail]) -> frozenset[str]:
    """The mailbox owner: whoever wrote the messages labelled user_sent."""
    owners = Counter(
        mails[name].sender.email.lower()
        for name, label in labels.items()
        if label.get("category") == "user_sent" and mails[name].sender is not None
    )
    return frozenset(owners)


def _run_pipeline(corpus: Path | None = None) -> Report:
    from followup.mail import parse

    corpus = corpus or CORPUS
    labels = _labels(corpus)
    mails = {name: parse((corpus / name).read_bytes()) for name in labels}
    me = _owner(labels, mails)
    rules = RuleSet.default()
    report = Report()
    # As the daemon would: in date order, a reply into a thread we already follow is known.
    order = sorted(labels, key=lambda n: (mails[n].date or datetime.min.astimezone(), n))
    tracked: set[str] = set()
    employers: set[str] = set()
    shared = shared_domains(rules)
    for name in order:
        mail = mails[name]
        verdict = classify(mail, rules, me, frozenset(tracked), frozenset(employers))
        signal = extract(mail, verdict, rules=rules, me=me, zone=OWNER_ZONE)
        if verdict.category in PIPELINE_EVENTS or verdict.category == Category.USER_SENT:
            tracked.update(mail.thread_ids)
        if verdict.category in PIPELINE_EVENTS and mail.sender is not None:
            domain = mail.sender.email.rpartition("@")[2].lower()
            if domain and not sender_domain_in(domain, shared):
                employers.add(domain)
        report.rows.append(Row(name, labels[name], mail, signal))
    report.rows.sort(key=lambda r: r.file)
    return report


@pytest.fixture(scope="module", params=sorted(BARS))
def corpus_name(request: pytest.FixtureRequest) -> str:
    name = str(request.param)
    if not (Path(__file__).parent / name / "labels.yaml").exists():
        pytest.skip(f"tests/{name} not built yet")
    return name


_REPORTS: dict[str, Report] = {}


@pytest.fixture
def report(corpus_name: str) -> Report:
    if corpus_name not in _REPORTS:
        _REPORTS[corpus_name] = _run_pipeline(Path(__file__).parent / corpus_name)
    return _REPORTS[corpus_name]


@pytest.fixture
def bars(corpus_name: str) -> Bars:
    return BARS[corpus_name]


def _ratio(good: int, total: int) -> float:
    return good / total if total else 1.0


def _category_table(report: Report) -> tuple[float, float]:
    truth = Counter(r.label["category"] for r in report.rows)
    predicted = Counter(r.signal.kind.value for r in report.rows)
    right = Counter(
        r.label["category"] for r in report.rows if r.signal.kind == r.label["category"]
    )
    report.say(f"{'category':<24}{'n':>4}{'pred':>6}{'prec':>7}{'recall':>8}")
    for category in Category:
        name = category.value
        if not truth[name] and not predicted[name]:
            continue
        precision = _ratio(right[name], predicted[name])
        recall = _ratio(right[name], truth[name])
        report.say(f"{name:<24}{truth[name]:>4}{predicted[name]:>6}{precision:>7.2f}{recall:>8.2f}")
    events = {c.value for c in PIPELINE_EVENTS}
    tp = sum(
        1
        for r in report.rows
        if r.signal.kind.value in events and r.signal.kind == r.label["category"]
    )
    fp = sum(
        1
        for r in report.rows
        if r.signal.kind.value in events and r.signal.kind != r.label["category"]
    )
    fn = sum(
        1
        for r in report.rows
        if r.label["category"] in events and r.signal.kind != r.label["category"]
    )
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    report.say(
        f"pipeline events (micro): precision {precision:.3f}  recall {recall:.3f}  "
        f"(tp {tp}, fp {fp}, fn {fn}, messages {len(report.rows)})"
    )
    wrong = [r for r in report.rows if r.signal.kind != r.label["category"]]
    for r in wrong:
        report.say(
            f"  {r.file}: expected {r.label['category']}, got {r.signal.kind.value} "
            f"(rules: {', '.join(r.signal.rules[:4]) or '-'})"
        )
    return precision, recall


def _write(report: Report, tmp_path: Path) -> None:
    print("\n" + report.text)
    (tmp_path / "corpus-report.txt").write_text(report.text + "\n", encoding="utf-8")


def test_pipeline_events_precision_and_recall(
    report: Report, bars: Bars, corpus_name: str, tmp_path: Path
) -> None:
    report.lines.clear()
    report.say(f"== tests/{corpus_name}")
    precision, recall = _category_table(report)
    _write(report, tmp_path)
    assert precision >= bars.precision and recall >= bars.recall, report.text


def _aware(text: str) -> datetime:
    return datetime.fromisoformat(str(text))


def _same_start(got: datetime | None, want: datetime) -> bool:
    return (
        got is not None
        and got.replace(second=0, microsecond=0) == want.replace(second=0, microsecond=0)
        and got.utcoffset() == want.utcoffset()
    )


def test_interview_start_from_invites(report: Report, bars: Bars, tmp_path: Path) -> None:
    report.lines.clear()
    checked = wrong = 0
    for r in report.rows:
        expected = r.label.get("interview")
        if not r.mail.invites or not expected:
            continue
        checked += 1
        want = _aware(expected["start"])
        got = r.signal.interview_start
        if not _same_start(got, want):
            wrong += 1
            report.say(
                f"  {r.file}: interview start {got.isoformat() if got else None}, "
                f"expected {want.isoformat()}"
            )
    report.say(f"interview start from invites: {checked} checked, {wrong} wrong")
    _write(report, tmp_path)
    assert _ratio(checked - wrong, checked) >= bars.invite_start, report.text


def test_interview_start_all(report: Report, bars: Bars, tmp_path: Path) -> None:
    """Every labelled interview start, from invites and from prose."""
    report.lines.clear()
    checked = good = 0
    for r in report.rows:
        expected = r.label.get("interview")
        if not expected:
            continue
        checked += 1
        want = _aware(expected["start"])
        got = r.signal.interview_start
        if _same_start(got, want):
            good += 1
        else:
            report.say(
                f"  {r.file}: interview start {got.isoformat() if got else None}, "
                f"expected {want.isoformat()} ({'invite' if r.mail.invites else 'prose'})"
            )
    share = _ratio(good, checked)
    report.say(f"interview start, all labelled: {good}/{checked} = {share:.2f}")
    _write(report, tmp_path)
    assert share >= bars.any_start, report.text


def test_decision_timeline_dates(report: Report, bars: Bars, tmp_path: Path) -> None:
    report.lines.clear()
    labelled = [r for r in report.rows if r.label.get("decision_date")]
    good = 0
    for r in labelled:
        want = date.fromisoformat(str(r.label["decision_date"]))
        got = r.signal.decision_date
        if got is not None and abs((got - want).days) <= 1:
            good += 1
        else:
            report.say(
                f"  {r.file}: decision date {got}, expected {want} "
                f"({r.label.get('decision_text')!r})"
            )
    share = _ratio(good, len(labelled))
    report.say(f"decision timeline within ±1 day: {good}/{len(labelled)} = {share:.2f}")
    _write(report, tmp_path)
    assert share >= bars.timeline, report.text


def _loosely(a: str, b: str) -> bool:
    """Role titles compared as the corpus README says: one contains the other."""
    return bool(a and b) and (a in b or b in a)


def _same_people(wanted: list[dict[str, Any]], got: list[Any]) -> bool:
    """Same people: by address when both have one, else by name containment."""
    if len(wanted) != len(got):
        return False
    for want in wanted:
        email = (want.get("email") or "").lower()
        name = (want.get("name") or "").lower()
        if not any(
            (email and p.email and email == p.email.lower())
            or (name and p.name and (name in p.name.lower() or p.name.lower() in name))
            for p in got
        ):
            return False
    return True


def test_facts_report(report: Report, tmp_path: Path) -> None:
    """Company, role and interviewers: reported (not gated), so regressions are visible."""
    report.lines.clear()
    counts: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for r in report.rows:
        label, s = r.label, r.signal
        if label.get("company"):
            totals["company"] += 1
            if s.company and company_key(s.company) == company_key(label["company"]):
                counts["company"] += 1
            else:
                report.say(f"  {r.file}: company {s.company!r}, expected {label['company']!r}")
        if label.get("role"):
            totals["role"] += 1
            if s.role and _loosely(role_key(s.role), role_key(label["role"])):
                counts["role"] += 1
            else:
                report.say(f"  {r.file}: role {s.role!r}, expected {label['role']!r}")
        wanted = label.get("interviewers") or []
        if wanted:
            totals["interviewers"] += 1
            if _same_people(wanted, list(s.interviewers)):
                counts["interviewers"] += 1
            else:
                got = [p.email or p.name for p in s.interviewers]
                want = [p.get("email") or p.get("name") for p in wanted]
                report.say(f"  {r.file}: interviewers {got}, expected {want}")
        if label.get("return_date"):
            totals["return_date"] += 1
            if s.return_date == date.fromisoformat(str(label["return_date"])):
                counts["return_date"] += 1
            else:
                report.say(
                    f"  {r.file}: return date {s.return_date}, expected {label['return_date']}"
                )
    for key in ("company", "role", "interviewers", "return_date"):
        report.say(f"{key}: {counts[key]}/{totals[key]}")
    _write(report, tmp_path)
