"""The configuration: a good file loads whole, every mistake names file:line:column and a fix."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from followup.config import (
    Config,
    ConfigError,
    Credentials,
    FolderNames,
    Reference,
    Security,
    config_path,
    find_account,
    load_config,
)
from followup.paths import shipped_rules_dir
from followup.yamlfile import YamlError

GOOD = """\
accounts:
  - name: personal
    imap: {host: imap.example.org, port: 993, security: tls}
    ca_file: null
    username: dana@example.org
    password_command: "pass show mail/dana"
    folders: {inbox: INBOX, drafts: null, sent: null}
    timeout: 60s
profile:
  name: Dana Whitfield
  email: dana@example.org
  aliases: [dana.w@gmail.com]
  pitch: "I build payment systems."
  career_update: "Led the payments migration."
  signature: |
    Dana Whitfield · +49 30 1234567 · linkedin.com/in/dana
  references:
    - {name: Ana Ruiz, email: ana@example.com, relationship: my manager at Acme,
       last_worked_together: 2021–2023, can_speak_to: leading the payments migration}
state_dir: ~/.local/state/followup
rules_dir: null
"""

PROFILE = """\
profile:
  name: Dana
  email: dana@example.org
"""


# The smallest valid account, for tests that change one thing about it.
MINIMAL = "name: a\nimap: {host: h}\nusername: u\nkeyring: true"


def write(tmp_path: Path, text: str, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str) -> Config:
    return load_config(write(tmp_path, text))


def error(tmp_path: Path, text: str) -> ConfigError:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    err = caught.value
    assert err.path == str(path)
    assert str(err).startswith(f"{path}:")
    return err


def account(body: str) -> str:
    """A one-account file whose account mapping is `body` (indented under `- `)."""
    lines = body.strip("\n").splitlines()
    indented = "\n".join(["  - " + lines[0], *("    " + line for line in lines[1:])])
    return f"accounts:\n{indented}\n{PROFILE}"


# -- a good file --------------------------------------------------------------------------------


def test_a_good_config_loads_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    config = load(tmp_path, GOOD)
    (personal,) = config.accounts
    assert personal.name == "personal"
    assert (personal.imap.host, personal.imap.port) == ("imap.example.org", 993)
    assert personal.imap.security is Security.TLS
    assert personal.username == "dana@example.org"
    assert personal.credentials == Credentials(password_command="pass show mail/dana")
    assert personal.credentials.source() == "password_command"
    assert personal.ca_file is None
    assert personal.folders == FolderNames(inbox="INBOX", drafts=None, sent=None)
    assert personal.timeout_seconds == 60.0
    profile = config.profile
    assert (profile.name, profile.email) == ("Dana Whitfield", "dana@example.org")
    assert profile.addresses == ("dana@example.org", "dana.w@gmail.com")
    assert profile.pitch == "I build payment systems."
    assert profile.signature == "Dana Whitfield · +49 30 1234567 · linkedin.com/in/dana"
    assert profile.references == (
        Reference(
            name="Ana Ruiz",
            email="ana@example.com",
            relationship="my manager at Acme",
            last_worked_together="2021–2023",
            can_speak_to="leading the payments migration",
        ),
    )
    assert config.state_dir == tmp_path / "home" / ".local" / "state" / "followup"
    assert config.rules_dir is None
    assert config.warnings == ()


def test_the_shipped_example_loads() -> None:
    config = load_config(shipped_rules_dir() / "config.example.yaml")
    assert [account.name for account in config.accounts] == ["personal"]
    assert config.accounts[0].credentials.source() == "password_command"
    assert config.profile.references and config.profile.signature
    assert config.warnings == ()


def test_optional_parts_have_defaults(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        account("""
name: work
imap: {host: mail.example.com, security: starttls}
username: dana
keyring: true
"""),
    )
    (work,) = config.accounts
    assert (work.imap.port, work.imap.security) == (143, Security.STARTTLS)
    assert work.credentials == Credentials(keyring=True)
    assert work.folders == FolderNames()
    assert work.timeout_seconds == 60.0
    assert config.profile.references == () and config.profile.signature == ""
    assert config.state_dir is None and config.rules_dir is None
    tls = load(tmp_path, account(MINIMAL))
    assert (tls.accounts[0].imap.port, tls.accounts[0].imap.security) == (993, Security.TLS)


@pytest.mark.parametrize(
    ("written", "seconds"),
    [("90", 90.0), ("2.5", 2.5), ("45s", 45.0), ("30 seconds", 30.0), ("2m", 120.0)],
)
def test_timeout_reads_seconds_or_a_duration(tmp_path: Path, written: str, seconds: float) -> None:
    config = load(
        tmp_path,
        account(f"{MINIMAL}\ntimeout: {written}"),
    )
    assert config.accounts[0].timeout_seconds == seconds


@pytest.mark.parametrize("written", ["soon", "0", "-5", "2 business days", "true"])
def test_a_bad_timeout_says_what_to_write(tmp_path: Path, written: str) -> None:
    err = error(
        tmp_path,
        account(f"{MINIMAL}\ntimeout: {written}"),
    )
    assert (err.line, err.column) == (6, 14)
    assert "60s" in err.message


def test_insecure_loads_with_a_warning(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        account(
            "name: lab\nimap: {host: localhost, security: insecure}\nusername: u\nkeyring: true"
        ),
    )
    assert config.accounts[0].imap.port == 143
    assert config.warnings == (
        "account 'lab' sends its password without TLS (security: insecure): anyone on the "
        "network path can read it",
    )


def test_paths_are_read_from_the_config_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "certs").mkdir()
    (tmp_path / "certs" / "ca.pem").write_text("pem")
    config = load(
        tmp_path,
        account("""
name: a
imap: {host: h}
ca_file: certs/ca.pem
username: u
password_file: secrets/a.password
""")
        + "state_dir: state\nrules_dir: ~/my-rules\n",
    )
    (only,) = config.accounts
    assert only.ca_file == tmp_path / "certs" / "ca.pem"
    assert only.credentials.password_file == tmp_path / "secrets" / "a.password"
    assert only.credentials.credential_name is None  # not a bare name
    assert config.state_dir == tmp_path / "state"
    assert config.rules_dir == tmp_path / "home" / "my-rules"


def test_a_bare_password_file_name_is_kept_for_systemd_credentials(tmp_path: Path) -> None:
    config = load(
        tmp_path, account("name: a\nimap: {host: h}\nusername: u\npassword_file: a.password")
    )
    credentials = config.accounts[0].credentials
    assert credentials.password_file == tmp_path / "a.password"
    assert credentials.credential_name == "a.password"


def test_oauth2_and_keyring_false(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        account("name: g\nimap: {host: h}\nusername: u\nkeyring: false\noauth2_token_command: tok"),
    )
    assert config.accounts[0].credentials == Credentials(oauth2_token_command="tok")


def test_a_last_worked_together_year_may_be_a_number(tmp_path: Path) -> None:
    text = GOOD.replace("2021–2023", "2021")
    assert load(tmp_path, text).profile.references[0].last_worked_together == "2021"


# -- mistakes: each at its place, each with what is expected ----------------------------------


def test_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "--config" in message and "rules/config.example.yaml" in message
    assert "followup init" in message


def test_config_error_is_a_yaml_error_and_pickles(tmp_path: Path) -> None:
    err = error(tmp_path, "accounts: []\n" + PROFILE)
    assert isinstance(err, YamlError)
    again = pickle.loads(pickle.dumps(err))
    assert isinstance(again, ConfigError) and str(again) == str(err)


def test_duplicate_key(tmp_path: Path) -> None:
    err = error(tmp_path, account("name: a\nname: b\nimap: {host: h}\nusername: u\nkeyring: true"))
    assert (err.line, err.column) == (3, 5)
    assert "duplicate key" in err.message


def test_yaml_syntax_error(tmp_path: Path) -> None:
    err = error(tmp_path, "accounts: [\n" + PROFILE)
    assert err.line is not None and err.column is not None


def test_unknown_key_lists_the_expected_ones(tmp_path: Path) -> None:
    err = error(tmp_path, account("name: a\nimap: {host: h}\nusername: u\nkeyring: true\nhots: x"))
    assert (err.line, err.column) == (6, 5)
    assert "unknown key 'hots'" in err.message
    assert "password_command" in err.message and "folders" in err.message


def test_unknown_top_level_key(tmp_path: Path) -> None:
    err = error(tmp_path, GOOD + "acounts: []\n")
    assert (err.line, err.column) == (22, 1)
    assert "unknown key 'acounts'" in err.message and "state_dir" in err.message


def test_unknown_key_in_imap(tmp_path: Path) -> None:
    err = error(tmp_path, account(MINIMAL.replace("h}", "h, tls: true}")))
    assert (err.line, err.column) == (3, 21)
    assert "unknown key 'tls'" in err.message and "security" in err.message


@pytest.mark.parametrize(
    ("port", "expected"),
    [("0", "at least 1"), ("65536", "1 to 65535"), ("imap", "whole number"), ("99.5", "whole")],
)
def test_bad_port(tmp_path: Path, port: str, expected: str) -> None:
    err = error(
        tmp_path, account(f"name: a\nimap: {{host: h, port: {port}}}\nusername: u\nkeyring: true")
    )
    assert (err.line, err.column) == (3, 27)
    assert "'port'" in err.message and expected in err.message


def test_bad_security(tmp_path: Path) -> None:
    err = error(
        tmp_path, account("name: a\nimap: {host: h, security: ssl}\nusername: u\nkeyring: true")
    )
    assert (err.line, err.column) == (3, 31)
    assert "tls | starttls | insecure" in err.message and "'ssl'" in err.message


def test_two_credential_sources(tmp_path: Path) -> None:
    err = error(
        tmp_path,
        account("name: a\nimap: {host: h}\nusername: u\npassword_command: x\npassword_file: f"),
    )
    assert (err.line, err.column) == (6, 5)
    assert "account 'a' sets both password_command and password_file" in err.message
    for choice in ("password_command", "password_file", "keyring: true", "oauth2_token_command"):
        assert choice in err.message


def test_no_credential_source(tmp_path: Path) -> None:
    err = error(tmp_path, account("name: a\nimap: {host: h}\nusername: u"))
    assert (err.line, err.column) == (2, 5)
    assert "account 'a' does not say how to get its password" in err.message
    for choice in ("password_command", "password_file", "keyring: true", "oauth2_token_command"):
        assert choice in err.message


@pytest.mark.parametrize("key", ["password", "token"])
def test_a_literal_password_is_refused_and_never_echoed(tmp_path: Path, key: str) -> None:
    err = error(
        tmp_path, account(f"name: a\nimap: {{host: h}}\nusername: u\n{key}: hunter2-s3cret")
    )
    assert (err.line, err.column) == (5, 5)
    assert f"{key!r} would keep the secret itself in this file" in err.message
    assert "password_command" in err.message and "keyring" in err.message
    assert "hunter2" not in str(err) and "hunter2" not in repr(err)


def test_missing_ca_file(tmp_path: Path) -> None:
    err = error(
        tmp_path,
        account("name: a\nimap: {host: h}\nca_file: ca.pem\nusername: u\nkeyring: true"),
    )
    assert (err.line, err.column) == (4, 14)
    assert str(tmp_path / "ca.pem") in err.message and "does not exist" in err.message


@pytest.mark.parametrize(
    ("email", "hint"),
    [
        ("dana.example.org", ""),
        ("dana@", ""),
        ("dana @example.org", ""),
        ('"Dana <dana@example.org>"', "write just the address, e.g. dana@example.org"),
        ("dana@example..org", ""),
    ],
)
def test_bad_email(tmp_path: Path, email: str, hint: str) -> None:
    text = account(MINIMAL).replace("email: dana@example.org", f"email: {email}")
    err = error(tmp_path, text)
    assert (err.line, err.column) == (8, 10)
    assert "does not look like an email address" in err.message and hint in err.message


def test_bad_alias_and_reference_email_point_at_the_item(tmp_path: Path) -> None:
    alias = error(tmp_path, GOOD.replace("[dana.w@gmail.com]", "[dana.w@gmail.com, dana]"))
    assert (alias.line, alias.column) == (12, 31)
    assert "'aliases'" in alias.message
    ref = error(tmp_path, GOOD.replace("ana@example.com", "ana at example.com"))
    assert (ref.line, ref.column) == (18, 31)


@pytest.mark.parametrize("name", ["my account", "../etc", ".hidden", "dana@home", "x" * 65, "ü"])
def test_bad_account_name(tmp_path: Path, name: str) -> None:
    err = error(tmp_path, account(f"name: '{name}'\nimap: {{host: h}}\nusername: u\nkeyring: true"))
    assert (err.line, err.column) == (2, 11)
    assert "letters, digits, '-', '_' and '.'" in err.message and "systemd" in err.message


def test_account_names_must_differ(tmp_path: Path) -> None:
    one = "  - {name: work, imap: {host: h}, username: u, keyring: true}\n"
    err = error(tmp_path, "accounts:\n" + one + one + PROFILE)
    assert (err.line, err.column) == (3, 12)
    assert "'work' is used twice (first at line 2)" in err.message


@pytest.mark.parametrize(
    ("accounts", "message"),
    [
        ("accounts: []", "at least one account"),
        ("accounts:", "must be a list"),
        ("accounts: {personal: {}}", "must be a list"),
    ],
)
def test_accounts_must_be_a_non_empty_list(tmp_path: Path, accounts: str, message: str) -> None:
    err = error(tmp_path, f"{accounts}\n{PROFILE}")
    assert err.line == 1 and message in err.message


def test_missing_sections_and_empty_file(tmp_path: Path) -> None:
    assert "missing key 'profile'" in error(tmp_path, "accounts: []\n").message
    assert "empty" in error(tmp_path, "").message
    assert "must be a mapping" in error(tmp_path, "- a\n").message


def test_missing_host(tmp_path: Path) -> None:
    err = error(tmp_path, account("name: a\nimap: {port: 993}\nusername: u\nkeyring: true"))
    assert (err.line, err.column) == (3, 11)
    assert "missing key 'host'" in err.message


def test_state_dir_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "state").write_text("")
    err = error(tmp_path, GOOD.replace("~/.local/state/followup", "state"))
    assert (err.line, err.column) == (20, 12)
    assert "expected a directory" in err.message


# -- which file, which account ------------------------------------------------------------------


def test_config_path_flag_then_env_then_xdg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert config_path() == tmp_path / "home" / ".config" / "followup" / "config.yaml"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_path() == tmp_path / "xdg" / "followup" / "config.yaml"
    monkeypatch.setenv("FOLLOWUP_CONFIG", "~/env.yaml")
    assert config_path() == tmp_path / "home" / "env.yaml"
    assert config_path(tmp_path / "flag.yaml") == tmp_path / "flag.yaml"
    assert config_path("~/flag.yaml") == tmp_path / "home" / "flag.yaml"
    monkeypatch.setenv("FOLLOWUP_CONFIG", "")  # empty counts as unset
    assert config_path() == tmp_path / "xdg" / "followup" / "config.yaml"


def test_find_account(tmp_path: Path) -> None:
    two = (
        "accounts:\n"
        "  - {name: personal, imap: {host: h}, username: u, keyring: true}\n"
        "  - {name: work, imap: {host: h}, username: u, keyring: true}\n" + PROFILE
    )
    config = load(tmp_path, two)
    assert find_account(config, "work").name == "work"
    with pytest.raises(ConfigError, match=r"several accounts \(personal, work\).*--account"):
        find_account(config, None)
    with pytest.raises(ConfigError, match=r"no account named 'home' .*personal, work"):
        find_account(config, "home")
    one = load(tmp_path, account("name: solo\nimap: {host: h}\nusername: u\nkeyring: true"))
    assert find_account(one, None).name == "solo"


def test_an_empty_value_is_reported_on_its_own_line(tmp_path: Path) -> None:
    err = error(tmp_path, account(MINIMAL.replace("username: u", "username:")))
    assert (err.line, err.column) == (4, 5)  # not at the next key, where ruamel puts a null
    assert "'username' must be non-empty text" in err.message
    profile = error(tmp_path, account(MINIMAL).replace(PROFILE, "profile:\n"))
    assert (profile.line, profile.column) == (6, 1)
    assert "'profile' must be a mapping" in profile.message


# -- control: commands from the mail client ----------------------------------------------------


def test_control_defaults_and_overrides(tmp_path: Path) -> None:
    assert load(tmp_path, account(MINIMAL)).control.track_folder == ("Followup", "Track")
    config = load(
        tmp_path,
        account(MINIMAL)
        + "control:\n  track_folder: Bewerbungen/Verfolgen\n  stop_keyword: followupstop\n"
        "  make_folders: false\n",
    )
    assert config.control.track_folder == ("Bewerbungen", "Verfolgen")
    assert config.control.stop_folder == ("Followup", "Stop")
    assert config.control.stop_keyword == "followupstop"
    assert config.control.make_folders is False
    assert config.control.enabled is True


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("track_keyword: 'two words'", "must be one IMAP keyword"),
        ("stop_keyword: '\\\\Seen'", "must be one IMAP keyword"),
        ("track_folder: '/'", "needs a folder name"),
        ("stop_folder: Followup/Track", "must differ"),
        ("enabled: maybe", "enabled"),
        ("colour: red", "colour"),
    ],
)
def test_a_bad_control_setting_says_what_to_write(
    tmp_path: Path, setting: str, expected: str
) -> None:
    err = error(tmp_path, account(MINIMAL) + f"control:\n  {setting}\n")
    assert expected in str(err)
    assert err.line is not None
