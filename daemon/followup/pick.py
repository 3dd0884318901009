"""Which application the user means: by id, id prefix, short reference or company name.

Pure: given the applications and what was typed, returns one application or says why not.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from followup.model import Application


class NoSuchApplication(LookupError):
    """Nothing, or more than one thing, matches; the message lists what would."""


def short_refs(applications: Sequence[Application]) -> dict[str, str]:
    """For each application id, the shortest handle that names it alone: its company slug
    (`acme-robotics`), else the slug and a few hash characters, else the whole id."""
    ids = [app.id for app in applications]
    refs = {}
    for app_id in ids:
        slug, _, digest = app_id.rpartition("-")
        candidates = [slug, f"{slug}-{digest[:4]}"] if slug and digest else []
        refs[app_id] = next(
            (c for c in candidates if sum(other.startswith(c) for other in ids) == 1), app_id
        )
    return refs


def find_application(applications: Sequence[Application], query: str) -> Application:
    """Exact id first, then a unique id prefix, then a unique company-name prefix (any case,
    accents ignored). Raises NoSuchApplication saying what matched or what exists."""
    wanted = query.strip()
    if not wanted:
        raise NoSuchApplication("say which application: its id or company, as `status` shows")
    exact = [app for app in applications if app.id == wanted]
    if exact:
        return exact[0]
    for matches in (
        [app for app in applications if app.id.startswith(wanted.lower())],
        [app for app in applications if _fold(app.company) == _fold(wanted)],
        [app for app in applications if _fold(app.company).startswith(_fold(wanted))],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NoSuchApplication(
                f"{query!r} matches {len(matches)} applications; say which:\n"
                + _listing(matches, applications)
            )
    known = _listing(applications, applications) if applications else "  (none tracked yet)"
    raise NoSuchApplication(f"no application matches {query!r}; tracked are:\n{known}")


def _listing(matches: Sequence[Application], everyone: Sequence[Application]) -> str:
    refs = short_refs(everyone)
    return "\n".join(
        f"  {refs[app.id]:<24} {app.company or '—'}, {app.role or '—'} ({app.state.value})"
        for app in matches[:20]
    )


def _fold(text: str) -> str:
    """Case and accents ignored: `zurich` finds `Zürich Versicherung`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()
