"""The timing file: shipped defaults load, every mistake names file:line:column."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest
from followup.paths import shipped_rules_dir
from followup.policy import (
    POLICY_FILE,
    Policy,
    ReferencesPolicy,
    ThankYouTo,
    load_policy,
    policy_from_yaml,
)
from followup.timing import Duration
from followup.yamlfile import Context, YamlError, load_text


def read(text: str) -> Policy:
    return policy_from_yaml(load_text(text, "timing.yaml"), Context("timing.yaml"), "Europe/Berlin")


def test_the_shipped_file_is_the_advice_and_matches_the_code_defaults() -> None:
    shipped = load_policy(shipped_rules_dir() / POLICY_FILE, "Europe/Berlin")
    assert shipped == Policy(calendar=shipped.calendar)
    assert shipped.calendar.zone == "Europe/Berlin"  # "local" resolved by the shell


def test_an_empty_file_means_defaults() -> None:
    assert read("") == Policy(calendar=read("").calendar)


def test_every_setting_can_be_changed() -> None:
    policy = read(
        """
calendar: {zone: America/New_York, holidays: US-CA, quiet_hours: "22:30-07:15"}
interview: {default_length: 45m}
thank_you: {after: 2h, within: 1 business day, to: panel}
follow_up: {decision_grace: 2 business days, first_after: 5 business days,
            second_after: 10d, move_on_after: 2 weeks}
references: {heads_up: every_round}
rejection: {reply: false}
"""
    )
    assert policy.calendar.zone == "America/New_York"
    assert (policy.calendar.holiday_country, policy.calendar.holiday_subdivision) == ("US", "CA")
    assert (policy.calendar.quiet_start, policy.calendar.quiet_end) == (time(22, 30), time(7, 15))
    assert policy.interview_length == Duration(real=timedelta(minutes=45))
    assert policy.thank_you_within == Duration(business_days=1)
    assert policy.thank_you_to == ThankYouTo.PANEL
    assert policy.first_follow_up_after == Duration(business_days=5)
    assert policy.move_on_after == Duration(real=timedelta(days=14))
    assert policy.references == ReferencesPolicy.EVERY_ROUND
    assert policy.rejection_reply is False


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("follow_up:\n  first_after: 7 parsecs\n", "2:16", "first_after"),
        ("thank_you:\n  to: everyone\n", "2:7", "each | panel"),
        ("calendar:\n  zone: Mars/Base\n", "2:9", "IANA"),
        ("calendar:\n  holidays: XX\n", "2:13", "ISO code"),
        ("calendar:\n  quiet_hours: late\n", "2:16", "21:00-08:00"),
        ("folow_up: {}\n", "1:1", "unknown key 'folow_up'"),
        ("follow_up:\n  first: 7d\n", "2:3", "unknown key 'first'"),
        ("rejection:\n  reply: no\n", "2:10", "true or false"),
        ("follow_up: 7d\n", "1:12", "mapping"),
        ("follow_up:\n  first_after: 7\n", "2:16", "no unit"),
        ("follow_up: {first_after: 7d\n", "", ""),
    ],
)
def test_mistakes_name_the_place_and_what_is_expected(text: str, where: str, words: str) -> None:
    with pytest.raises(YamlError) as caught:
        read(text)
    message = str(caught.value)
    assert message.startswith(f"timing.yaml:{where}")
    assert words in message


def test_load_policy_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "timing.yaml"
    path.write_text("thank_you:\n  after: 3h\n", encoding="utf-8")
    assert load_policy(path).thank_you_after == Duration(real=timedelta(hours=3))
