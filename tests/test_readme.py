"""The README's YAML examples are real: each one loads with the code that reads it."""

from __future__ import annotations

import re
from pathlib import Path

from followup.classify import RuleSet
from followup.paths import shipped_rules_dir
from followup.policy import policy_from_yaml
from followup.yamlfile import Context, load_text

README = Path(__file__).resolve().parents[1] / "README.md"


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_has_yaml_examples() -> None:
    assert len(yaml_blocks()) >= 2


def test_every_rules_example_loads_beside_the_shipped_rules() -> None:
    shipped = sorted((shipped_rules_dir() / "classify").glob("*.yaml"))
    texts = [(str(path), path.read_text(encoding="utf-8")) for path in shipped]
    examples = [block for block in yaml_blocks() if block.startswith("rules:")]
    assert examples
    for number, block in enumerate(examples):
        rules = RuleSet.from_texts([*texts, (f"README-example-{number}.yaml", block)])
        assert len(rules.rules) > len(RuleSet.from_texts(texts).rules)


def test_every_timing_example_is_a_valid_timing_file() -> None:
    examples = [block for block in yaml_blocks() if not block.startswith("rules:")]
    assert examples
    for block in examples:
        policy_from_yaml(load_text(block, "README"), Context("README"), "Europe/Berlin")
