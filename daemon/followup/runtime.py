"""The rules in force: classification rules, timing policy and templates, loaded as one set.

Loaded and validated whole, so a reload either replaces everything or nothing: a broken file
never leaves the daemon running half old rules and half new.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from followup import paths
from followup.classify import RuleSet
from followup.engine import Settings
from followup.policy import POLICY_FILE, Policy, load_policy
from followup.templates import TemplateError, Templates, render_problems, template_dir
from followup.triage import Hints
from followup.yamlfile import YamlError

if TYPE_CHECKING:
    from followup.news import NegativeWords

# What a broken rule file, timing file or template raises while loading: each reads
# `path:line[:column]: [rule 'name': ]message`.
LOAD_ERRORS: tuple[type[Exception], ...] = (YamlError, TemplateError)


@dataclass(frozen=True)
class Runtime:
    """Everything a cycle reads that the user may edit, plus where it came from."""

    rules_dir: Path
    settings: Settings
    templates: Templates
    hints: Hints

    @property
    def policy(self) -> Policy:
        return self.settings.policy

    def summary(self) -> str:
        """`31 rules in 6 files, 5 templates`: enough to tell one set from another."""
        rules = self.settings.rules
        return f"{rules_summary(rules)}, {count(len(self.templates.names), 'template')}"


def rules_summary(rules: RuleSet) -> str:
    """`31 rules in 6 files`."""
    return f"{count(len(rules.rules), 'rule')} in {count(len(rules.sources), 'file')}"


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def load_runtime(root: Path, account: str, me: tuple[str, ...]) -> Runtime:
    """Load and check every rule file and template under `root`; parts the user's directory
    lacks (e.g. no templates/ of their own) come from the shipped rules."""
    policy = load_timing(root)
    rules = load_rules(root)
    templates = load_templates(root)
    settings = Settings.build(account, rules, policy, me)
    return Runtime(root, settings, templates, Hints.from_rules(rules))


def load_timing(root: Path) -> Policy:
    """timing.yaml of `root`, else the shipped one."""
    shipped = paths.shipped_rules_dir()
    policy_file = root / POLICY_FILE if (root / POLICY_FILE).exists() else shipped / POLICY_FILE
    return load_policy(policy_file, paths.local_zone())


def load_rules(root: Path) -> RuleSet:
    """The classification rules: `root`/classify/*.yaml, or `root`/*.yaml."""
    return RuleSet.load(paths.classify_rules_dir(root))


def load_templates(root: Path) -> Templates:
    """A user's templates/ may hold only the drafts they changed; the rest stay shipped."""
    shipped = template_dir(paths.shipped_rules_dir())
    templates_at = template_dir(root)
    return Templates.load(templates_at if templates_at.is_dir() else shipped, defaults=shipped)


def template_problems(templates: Templates) -> list[str]:
    """Templates that load but fail to render a sample draft: a reload refuses such a set
    instead of failing drafts later (see templates.render_problems)."""
    return render_problems(templates)


def news_words(root: Path) -> NegativeWords:
    """The words that keep a headline out of a draft: the shipped news.yaml plus `root`'s."""
    from followup.news import NEWS_FILE, NegativeWords  # only commands that read news need it

    shipped = paths.shipped_rules_dir() / NEWS_FILE
    mine = root / NEWS_FILE
    files = (shipped,) if mine.resolve() == shipped.resolve() else (shipped, mine)
    return NegativeWords.load(*files)
