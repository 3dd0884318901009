"""Draft templates: the shipped set renders, mistakes name file:line, the sandbox holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from followup import paths
from followup.templates import (
    DRAFT_TEMPLATES,
    Rendered,
    TemplateError,
    Templates,
    sample_variables,
    template_dir,
    validate,
)

SHIPPED = template_dir(paths.shipped_rules_dir())


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def one(tmp_path: Path, text: str, name: str = "thank_you") -> tuple[Templates, Path]:
    path = write(tmp_path / "templates", name, text)
    return Templates.load(tmp_path / "templates"), path


def test_template_dir_is_under_the_rules_root(tmp_path: Path) -> None:
    assert template_dir(tmp_path) == tmp_path / "templates"


def test_every_draft_kind_is_shipped() -> None:
    assert Templates.load(SHIPPED).names == tuple(sorted(DRAFT_TEMPLATES))
    assert (SHIPPED / "README.md").is_file()


@pytest.mark.parametrize("name", DRAFT_TEMPLATES)
@pytest.mark.parametrize("filled", [True, False], ids=["filled", "empty"])
def test_shipped_templates_render_with_sample_values(name: str, filled: bool) -> None:
    rendered = Templates.load(SHIPPED).render(name, sample_variables(name, filled=filled))
    assert rendered.subject and "\n" not in rendered.subject
    assert rendered.body.endswith("\n") and not rendered.body.endswith("\n\n")
    assert "\n\n\n" not in rendered.body
    assert rendered.body.startswith("Hi " if filled else "Hello,")
    paragraphs = rendered.body.split("\n\n")
    assert len(paragraphs) >= 4 and "\n" not in paragraphs[0]  # greeting, text..., sign-off
    assert "finds you well" not in rendered.body
    assert "{" not in rendered.body + rendered.subject  # nothing left unrendered


def test_shipped_templates_validate_clean() -> None:
    assert validate(SHIPPED) == []


def test_every_readme_variable_is_a_sample_variable() -> None:
    readme = (SHIPPED / "README.md").read_text(encoding="utf-8")
    for name in sample_variables("thank_you"):
        assert f"`{name}" in readme, name


def test_unknown_variable_names_file_line_and_the_choices(tmp_path: Path) -> None:
    templates, path = one(tmp_path, "Subject: Thanks\n\nHi,\n\nI met {{ interviewr }}.\n")
    with pytest.raises(TemplateError) as caught:
        templates.render("thank_you", sample_variables("thank_you"))
    error = caught.value
    assert (error.path, error.line) == (str(path), 5)
    assert str(error).startswith(f"{path}:5: ")
    assert "'interviewr' is undefined" in str(error)
    assert "did you mean 'interview'?" in str(error)
    assert "available: " in str(error) and "me" in str(error).split("available: ")[1]


def test_follow_up_keeps_its_paragraphs_apart() -> None:
    body = Templates.load(SHIPPED).render("follow_up_1", sample_variables("follow_up_1")).body
    assert "by Friday 13 March, so I wanted to check in on where things stand.\n\nI also" in body
    assert "keener on the role.\n\nI am still" in body
    empty = sample_variables("follow_up_1", filled=False)
    body = Templates.load(SHIPPED).render("follow_up_1", empty).body
    assert "where things stand.\n\nI am still" in body  # no news: no trace of the paragraph


def test_an_error_in_the_subject_is_on_line_1(tmp_path: Path) -> None:
    templates, path = one(tmp_path, "Subject: {{ compnay }}\n\nHello\n")
    with pytest.raises(TemplateError, match=rf"^{path}:1: 'compnay' is undefined"):
        templates.render("thank_you", sample_variables("thank_you"))


def test_unknown_field_lists_the_fields_of_that_value(tmp_path: Path) -> None:
    templates, path = one(tmp_path, "Subject: Thanks\n\n{{ me.nmae }}\n")
    with pytest.raises(TemplateError) as caught:
        templates.render("thank_you", sample_variables("thank_you"))
    assert str(caught.value).startswith(f"{path}:3: ")
    assert "'nmae'" in str(caught.value) and "did you mean 'name'?" in str(caught.value)
    assert "first_name" in str(caught.value)


def test_syntax_error_is_reported_at_load_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "thank_you", "Subject: x\n\nHello,\n{% if news %}\nno end\n")
    with pytest.raises(TemplateError) as caught:
        Templates.load(tmp_path)
    assert caught.value.path == str(path)
    assert caught.value.line is not None and caught.value.line >= 4
    assert "endif" in str(caught.value)


def test_syntax_error_in_an_expression(tmp_path: Path) -> None:
    write(tmp_path, "follow_up_1", "Subject: x\n\nHi {{ me.name }\n")
    with pytest.raises(TemplateError, match=r"follow_up_1\.txt:3: "):
        Templates.load(tmp_path)


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ me.__init__.__globals__ }}",
        "{{ me.__class__.__subclasses__() }}",
        "{{ recipients.append(1) }}",
        "{{ me.update({'name': 'x'}) }}",
        "{{ me.clear() }}",
        "{{ lipsum.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ (0).__class__.__base__.__subclasses__() }}",
        "{% if me.__init__ %}x{% endif %}",
    ],
)
def test_sandbox_refuses_python_internals(tmp_path: Path, expression: str) -> None:
    templates, path = one(tmp_path, f"Subject: x\n\n{expression}\n")
    with pytest.raises(TemplateError) as caught:
        templates.render("thank_you", sample_variables("thank_you"))
    assert caught.value.path == str(path)
    assert caught.value.line == 3


def test_missing_subject_line_fails_at_load(tmp_path: Path) -> None:
    path = write(tmp_path, "thank_you", "Hello {{ greeting_names }},\n\nThanks.\n")
    with pytest.raises(TemplateError) as caught:
        Templates.load(tmp_path)
    assert str(caught.value).startswith(f"{path}:1: ")
    assert "Subject:" in str(caught.value)


def test_subject_is_one_line_and_the_body_is_tidy(tmp_path: Path) -> None:
    text = (
        "Subject:   Re:  {{ thread_subject }}\t{{ news }}\n\n"
        "{{ greeting }}   \n\n\n\n"
        "{% if decision %}\nDecision {{ decision.day }}.\n{% endif %}\n\n"
        "{% if not news %}\nNo news.\n{% endif %}\n\n"
        "Bye\n\n\n"
    )
    templates, _ = one(tmp_path, text)
    variables = {**sample_variables("thank_you"), "thread_subject": "a\nb\r\nc", "news": "x"}
    assert templates.render("thank_you", variables) == Rendered(
        subject="Re: a b c x", body="Hi Ana,\n\nDecision Friday 13 March.\n\nBye\n"
    )


def test_plain_text_is_not_html_escaped(tmp_path: Path) -> None:
    templates, _ = one(tmp_path, "Subject: {{ company }}\n\n{{ company }}\n")
    variables = {**sample_variables("thank_you"), "company": "O'Neil & <Sons>"}
    assert templates.render("thank_you", variables) == Rendered(
        "O'Neil & <Sons>", "O'Neil & <Sons>\n"
    )


def test_unknown_template_name(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="no such template; available: .*thank_you"):
        Templates.load(SHIPPED).render("thank_yuo", sample_variables("thank_you"))


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="no such template directory"):
        Templates.load(tmp_path / "nowhere")


def test_user_directory_overrides_the_shipped_templates(tmp_path: Path) -> None:
    user = tmp_path / "rules" / "templates"
    write(user, "thank_you", "Subject: Merci {{ me.first_name }}\n\nMerci beaucoup !\n")
    templates = Templates.load(user, defaults=SHIPPED)
    assert templates.names == tuple(sorted(DRAFT_TEMPLATES))
    assert templates.path("thank_you") == user / "thank_you.txt"
    assert templates.path("follow_up_1") == SHIPPED / "follow_up_1.txt"
    mine = templates.render("thank_you", sample_variables("thank_you"))
    assert mine == Rendered("Merci Dana", "Merci beaucoup !\n")
    shipped = templates.render("follow_up_1", sample_variables("follow_up_1"))
    assert shipped.subject.startswith("Re: ")
    assert validate(user, defaults=SHIPPED) == []


def test_edits_are_seen_on_the_next_load(tmp_path: Path) -> None:
    path = write(tmp_path, "thank_you", "Subject: one\n\nbody\n")
    before = Templates.load(tmp_path)
    path.write_text("Subject: two\n\nbody\n", encoding="utf-8")
    after = Templates.load(tmp_path)
    variables = sample_variables("thank_you")
    assert before.render("thank_you", variables).subject == "one"  # compiled at load
    assert after.render("thank_you", variables).subject == "two"


def test_validate_catches_a_typo_in_an_optional_paragraph(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    path = write(
        user, "thank_you", "Subject: x\n\nHello,\n\n{% if not decision %}\n{{ nws }}\n{% endif %}\n"
    )
    # The filled sample has a decision, so only the empty sample takes this branch.
    Templates.load(user).render("thank_you", sample_variables("thank_you"))
    problems = validate(user, defaults=SHIPPED)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:6: ")
    assert "'nws' is undefined" in problems[0] and "did you mean 'news'?" in problems[0]


def test_validate_reports_load_errors_and_missing_drafts(tmp_path: Path) -> None:
    write(tmp_path, "thank_you", "Subject: x\n\nfine\n")
    problems = validate(tmp_path)
    assert [p.rsplit(" ", 1)[1] for p in problems] == [
        f"{name}.txt" for name in DRAFT_TEMPLATES if name != "thank_you"
    ]
    write(tmp_path, "follow_up_1", "no subject\n")
    assert validate(tmp_path) == [f"{tmp_path / 'follow_up_1.txt'}:1: " + _no_subject()]


def _no_subject() -> str:
    return "the first line must be 'Subject: ...', then a blank line, then the body"


def test_a_failing_filter_is_a_template_error(tmp_path: Path) -> None:
    templates, path = one(tmp_path, "Subject: x\n\n{{ interview.round / 0 }}\n")
    with pytest.raises(TemplateError, match=r"thank_you\.txt:3: ZeroDivisionError"):
        templates.render("thank_you", sample_variables("thank_you"))
