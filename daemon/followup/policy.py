"""The user's follow-up policy: how long to wait for each step, whom to write, what to skip.

Plain data with the advice's defaults; `rules/timing.yaml` overrides any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from followup.timing import (
    Duration,
    WorkCalendar,
    is_business_day,
    parse_duration,
    zone_info,
)
from followup.yamlfile import Context, load_file, value_position


class ReferencesPolicy(StrEnum):
    """When references get a heads-up draft."""

    EVERY_ROUND = "every_round"  # each confirmed interview
    FIRST_ROUND = "first_round"  # the first confirmed interview of an application
    ON_REQUEST = "on_request"  # only when the company asks for references
    NEVER = "never"


class ThankYouTo(StrEnum):
    """Who a thank-you note goes to when several people interviewed."""

    EACH = "each"  # one draft per interviewer
    PANEL = "panel"  # one draft to the whole panel


@dataclass(frozen=True)
class Policy:
    """Every timing and choice the state machine needs, with the advice's defaults."""

    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    interview_length: Duration = Duration(real=timedelta(hours=1))  # when an invite has no end
    thank_you_after: Duration = Duration(real=timedelta(hours=1))
    thank_you_within: Duration = Duration(real=timedelta(hours=24))
    thank_you_to: ThankYouTo = ThankYouTo.EACH
    decision_grace: Duration = Duration(business_days=1)
    first_follow_up_after: Duration = Duration(real=timedelta(days=7))
    second_follow_up_after: Duration = Duration(real=timedelta(days=7))
    move_on_after: Duration = Duration(real=timedelta(days=7))
    references: ReferencesPolicy = ReferencesPolicy.ON_REQUEST
    rejection_reply: bool = True


POLICY_FILE = "timing.yaml"
_SECTIONS: dict[str, tuple[str, ...]] = {
    "calendar": ("zone", "holidays", "quiet_hours"),
    "interview": ("default_length",),
    "thank_you": ("after", "within", "to"),
    "follow_up": ("decision_grace", "first_after", "second_after", "move_on_after"),
    "references": ("heads_up",),
    "rejection": ("reply",),
}


def load_policy(path: Path, local_zone: str = "UTC") -> Policy:
    """Read a timing file; every mistake is a YamlError with file:line:column.

    `local_zone` is what `zone: local` means: the shell finds it, this module reads no clock.
    """
    data = load_file(path)
    return policy_from_yaml(data, Context(str(path)), local_zone)


def policy_from_yaml(data: Any, ctx: Context, local_zone: str = "UTC") -> Policy:
    if data is None:
        return Policy(calendar=WorkCalendar(zone=local_zone))
    root = ctx.mapping(data, "the timing file")
    ctx.check_keys(root, _SECTIONS)
    sections = {}
    for name, keys in _SECTIONS.items():
        section = ctx.mapping(root[name], name, value_position(root, name)) if name in root else {}
        if section:
            ctx.check_keys(section, keys)  # type: ignore[arg-type]
        sections[name] = section

    def duration(section: str, key: str, default: Duration) -> Duration:
        mapping = sections[section]
        if key not in mapping:
            return default
        try:
            return parse_duration(mapping[key])
        except ValueError as error:
            raise ctx.at_value(mapping, key, f"{section}.{key}: {error}") from None

    def choice(section: str, key: str, enum: type[StrEnum], default: StrEnum) -> Any:
        mapping = sections[section]
        if key not in mapping:
            return default
        try:
            return enum(mapping[key])
        except ValueError:
            allowed = " | ".join(member.value for member in enum)
            raise ctx.at_value(mapping, key, f"{section}.{key} must be one of {allowed}") from None

    defaults = Policy()
    rejection = sections["rejection"]
    return Policy(
        calendar=_calendar(sections["calendar"], ctx, local_zone),
        interview_length=duration("interview", "default_length", defaults.interview_length),
        thank_you_after=duration("thank_you", "after", defaults.thank_you_after),
        thank_you_within=duration("thank_you", "within", defaults.thank_you_within),
        thank_you_to=choice("thank_you", "to", ThankYouTo, defaults.thank_you_to),
        decision_grace=duration("follow_up", "decision_grace", defaults.decision_grace),
        first_follow_up_after=duration("follow_up", "first_after", defaults.first_follow_up_after),
        second_follow_up_after=duration(
            "follow_up", "second_after", defaults.second_follow_up_after
        ),
        move_on_after=duration("follow_up", "move_on_after", defaults.move_on_after),
        references=choice("references", "heads_up", ReferencesPolicy, defaults.references),
        rejection_reply=ctx.get_bool(rejection, "reply", True) if rejection else True,  # type: ignore[arg-type]
    )


_QUIET = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def _calendar(section: Any, ctx: Context, local_zone: str) -> WorkCalendar:
    zone = section.get("zone", "local") or "local"
    zone = local_zone if zone == "local" else str(zone)
    try:
        zone_info(zone)
    except ValueError as error:
        raise ctx.at_value(section, "zone", f"calendar.zone: {error}") from None
    country, subdivision = None, None
    holidays = section.get("holidays")
    if holidays:
        country, _, subdivision_text = str(holidays).upper().partition("-")
        subdivision = subdivision_text or None
        try:
            is_business_day(
                date(2026, 1, 2),
                WorkCalendar(holiday_country=country, holiday_subdivision=subdivision),
            )
        except (ValueError, NotImplementedError, KeyError) as error:
            raise ctx.at_value(
                section,
                "holidays",
                f"calendar.holidays: {error} (use an ISO code like DE or US-CA)",
            ) from None
    quiet_start, quiet_end = WorkCalendar().quiet_start, WorkCalendar().quiet_end
    if "quiet_hours" in section:
        match = _QUIET.match(str(section["quiet_hours"] or ""))
        try:
            if not match:
                raise ValueError
            quiet_start = time(int(match[1]), int(match[2]))
            quiet_end = time(int(match[3]), int(match[4]))
        except ValueError:
            raise ctx.at_value(
                section, "quiet_hours", 'calendar.quiet_hours must read like "21:00-08:00"'
            ) from None
    return WorkCalendar(
        zone=zone,
        holiday_country=country,
        holiday_subdivision=subdivision,
        quiet_start=quiet_start,
        quiet_end=quiet_end,
    )
