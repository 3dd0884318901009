"""The user's follow-up policy: how long to wait for each step, whom to write, what to skip.

Plain data with the advice's defaults; `rules/timing.yaml` overrides any of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum

from followup.timing import Duration, WorkCalendar


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
