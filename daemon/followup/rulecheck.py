"""`followup rules validate [DIR]`: check a rules directory offline, exactly as the daemon loads it.

Each part (classification rules, timing.yaml, templates) is loaded on its own, so one run
reports every broken part, not only the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from followup.news import NEWS_FILE
from followup.policy import POLICY_FILE
from followup.runtime import (
    LOAD_ERRORS,
    count,
    load_rules,
    load_templates,
    load_timing,
    news_words,
    rules_summary,
    template_problems,
)


@dataclass(frozen=True)
class RulesCheck:
    """The verdict on one rules directory: the summary of what loaded, and every error as
    `file:line:column: rule 'name': message`."""

    root: Path
    errors: tuple[str, ...]
    summary: str | None  # `31 rules in 6 files, 5 templates, timing from timing.yaml`

    @property
    def ok(self) -> bool:
        return not self.errors


def check_rules(root: Path) -> RulesCheck:
    """Load `root`'s classification rules, timing and templates as the daemon would (parts it
    lacks come from the shipped rules), and render every template with sample values."""
    errors: list[str] = []
    if not root.is_dir():
        return RulesCheck(root, (f"{root}: no such directory",), None)
    counts: list[str] = []
    try:
        counts.append(rules_summary(load_rules(root)))
    except LOAD_ERRORS as error:
        errors.append(str(error))
    try:
        templates = load_templates(root)
        counts.append(count(len(templates.names), "template"))
        errors.extend(template_problems(templates))
    except LOAD_ERRORS as error:
        errors.append(str(error))
    try:
        news = news_words(root)
        if (root / NEWS_FILE).is_file():
            counts.append(count(news.count, "news word"))
    except LOAD_ERRORS as error:
        errors.append(str(error))
    try:
        load_timing(root)
        own = (root / POLICY_FILE).exists()
        counts.append("timing from " + (POLICY_FILE if own else f"the shipped {POLICY_FILE}"))
    except LOAD_ERRORS as error:
        errors.append(str(error))
    return RulesCheck(root, tuple(errors), ", ".join(counts) if not errors else None)


def main_text(check: RulesCheck) -> str:
    """What `followup rules validate` prints: ✓ and the summary, or ✗ and each error."""
    if check.ok:
        return f"✓ {check.root}: {check.summary}\n"
    lines = [f"✗ {check.root}: {len(check.errors)} problem(s)"]
    lines += [f"  {error}" for error in check.errors]
    return "\n".join(lines) + "\n"
