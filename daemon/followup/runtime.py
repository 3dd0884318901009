"""The rules in force: classification rules, timing policy and templates, loaded as one set.

Loaded and validated whole, so a reload either replaces everything or nothing: a broken file
never leaves the daemon running half old rules and half new.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from followup import paths
from followup.classify import RuleSet
from followup.engine import Settings
from followup.policy import POLICY_FILE, Policy, load_policy
from followup.templates import Templates, template_dir
from followup.triage import Hints


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


def load_runtime(root: Path, account: str, me: tuple[str, ...]) -> Runtime:
    """Load and check every rule file and template under `root`; parts the user's directory
    lacks (e.g. no templates/ of their own) come from the shipped rules."""
    shipped = paths.shipped_rules_dir()
    policy_file = root / POLICY_FILE if (root / POLICY_FILE).exists() else shipped / POLICY_FILE
    policy = load_policy(policy_file, paths.local_zone())
    rules = RuleSet.load(paths.classify_rules_dir(root))
    # A user's templates/ may hold only the drafts they changed; the rest stay shipped.
    templates_at = template_dir(root)
    templates = Templates.load(
        templates_at if templates_at.is_dir() else template_dir(shipped),
        defaults=template_dir(shipped),
    )
    settings = Settings.build(account, rules, policy, me)
    return Runtime(root, settings, templates, Hints.from_rules(rules))
