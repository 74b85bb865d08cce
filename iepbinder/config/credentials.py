"""Server passwords live in the system's keyring, never in a settings file."""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit, urlunsplit

KEYRING_SERVICE = "IEP Binder"


def _parts(url: str) -> tuple[str, str, str, str]:
    """(user, password, host:port, rest) of a database address."""
    split = urlsplit(url)
    user = unquote(split.username or "")
    password = unquote(split.password or "")
    host = split.hostname or ""
    netloc_host = f"{host}:{split.port}" if split.port else host
    return user, password, netloc_host, split.path


def without_password(url: str) -> str:
    """The address with any password taken out (what may be remembered and shown)."""
    split = urlsplit(url)
    user, _password, host, _path = _parts(url)
    netloc = f"{quote(user)}@{host}" if user else host
    return urlunsplit((split.scheme, netloc, split.path, split.query, split.fragment))


def with_password(url: str, password: str) -> str:
    """The address with this password in it (kept in memory only)."""
    split = urlsplit(without_password(url))
    user, _old, host, _path = _parts(url)
    netloc = f"{quote(user)}:{quote(password, safe='')}@{host}"
    return urlunsplit((split.scheme, netloc, split.path, split.query, split.fragment))


def server_binder_name(url: str) -> str:
    """What a server binder is called in window titles: its database, else its host."""
    split = urlsplit(url)
    return unquote(split.path.rsplit("/", 1)[-1]) or split.hostname or ""


def keyring_key(url: str) -> str:
    """The name a server's password is stored under: user@host:port/database."""
    user, _password, host, path = _parts(url)
    return f"{user}@{host}{path}"


def stored_password(url: str) -> str | None:
    """The remembered password for this server, or None (also when there is no keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except (ImportError, KeyringError, RuntimeError):
        return None


def store_password(url: str, password: str) -> bool:
    """Remember a password in the keyring; False when this computer has no keyring to use."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
    except (ImportError, KeyringError, RuntimeError):
        return False
    return True


def forget_password(url: str) -> None:
    """Remove a remembered password (nothing happens if there was none)."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        keyring.delete_password(KEYRING_SERVICE, keyring_key(url))
    except (ImportError, KeyringError, PasswordDeleteError, RuntimeError):
        return


def complete_url(url: str) -> str:
    """The address as given, or with the remembered password when it has none."""
    _user, password, _host, _path = _parts(url)
    if password:
        return url
    remembered = stored_password(url)
    return with_password(url, remembered) if remembered else url
