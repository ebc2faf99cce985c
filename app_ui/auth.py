"""Who may write to the shared store: sign-in with Streamlit's ``st.login`` (OpenID Connect).

Reading stays open unless ``[dashboard] require_sign_in_to_read = true`` is set in the
secrets (or ``DASHBOARD_REQUIRE_SIGN_IN_TO_READ=1``). ``[dashboard] analysts = ["ana@example.org",
"@example.org"]`` limits writing to those e-mails and domains (a provider such as Google
lets anyone with an account sign in). Writing (saving uploads to the shared
store, corrections, deletions) goes through :func:`require_analyst`, which returns the
signed-in analyst's identity or refuses with a message and a sign-in button.

Sign-in is *configured* when the secrets (``.streamlit/secrets.toml``) have an ``[auth]``
section (``redirect_uri``, ``cookie_secret``, and the provider's ``client_id``,
``client_secret``, ``server_metadata_url``; or named providers in ``[auth.NAME]``, the
first one is used unless ``[dashboard] auth_provider`` names another). Without it the
app runs in local single-user mode, as before: everyone may save, recorded as ``local``,
and the Add documents page says so. Set-up: ``docs/hosting.md``.
"""
from __future__ import annotations

import os
from typing import Optional

import streamlit as st

LOCAL = "local"   # who saved a document in local single-user mode
PROVIDER_KEYS = {"client_id", "client_secret", "server_metadata_url"}


def _secrets_section(name: str) -> dict:
    try:
        section = st.secrets.get(name)
    except Exception:   # noqa: BLE001 - no secrets file at all, or an unreadable one: not configured
        return {}
    return dict(section) if section else {}


def sign_in_configured() -> bool:
    """True when the secrets have an ``[auth]`` section (OpenID Connect via ``st.login``)."""
    return bool(_secrets_section("auth"))


def provider() -> Optional[str]:
    """The provider to sign in with: ``None`` for an unnamed one in ``[auth]`` itself, else
    ``[dashboard] auth_provider`` or the first ``[auth.NAME]`` section."""
    chosen = _secrets_section("dashboard").get("auth_provider")
    if chosen:
        return str(chosen)
    auth = _secrets_section("auth")
    if PROVIDER_KEYS & set(auth):
        return None
    named = [k for k, v in auth.items() if hasattr(v, "keys")]
    return named[0] if named else None


def read_requires_sign_in() -> bool:
    if os.environ.get("DASHBOARD_REQUIRE_SIGN_IN_TO_READ", "").lower() in ("1", "true", "yes"):
        return True
    return bool(_secrets_section("dashboard").get("require_sign_in_to_read", False))


def signed_in() -> Optional[str]:
    """The signed-in user's identity (e-mail, else name, else subject), or None."""
    user = st.user
    if not sign_in_configured() or not user.get("is_logged_in"):
        return None
    return str(user.get("email") or user.get("name") or user.get("sub") or "signed-in user")


def allowed(who: str) -> bool:
    """Is ``who`` among ``[dashboard] analysts`` (e-mails, or ``@domain`` for a whole
    domain)? Everyone who can sign in is, when the list is not set."""
    names = _secrets_section("dashboard").get("analysts")
    if not names:
        return True
    who = who.lower()
    return any(who == n.lower() or (n.startswith("@") and who.endswith(n.lower())) for n in names)


def analyst() -> Optional[str]:
    """Who is writing: the signed-in analyst, ``local`` in local single-user mode, None
    when sign-in is configured and nobody (or nobody allowed to write) signed in."""
    if not sign_in_configured():
        return LOCAL
    who = signed_in()
    return who if who is not None and allowed(who) else None


def _sign_in_button(key: str, label: str = "Sign in") -> None:
    name = provider()
    st.button(label, key=key, type="primary", icon=":material/login:", on_click=st.login,
              args=() if name is None else (name,))


def sign_in_status() -> None:
    """One line on a page that writes: local mode, signed in as X (sign out), or sign in."""
    who = analyst()
    if not sign_in_configured():
        st.info("**Local single-user mode**: sign-in is not configured, so whoever opens this app can "
                "save to the shared store (saved as *local*). A team's hosted app configures sign-in "
                "(see docs/hosting.md).", icon=":material/person:")
    elif who is None and signed_in():
        left, right = st.columns([4, 1])
        left.warning(f"Signed in as **{signed_in()}**, who is not among the analysts allowed to save "
                     "to the shared store (`[dashboard] analysts` in the secrets).", icon=":material/lock:")
        right.button("Sign out", key="sign_out", on_click=st.logout)
    elif who is None:
        st.warning("Reading is open; **saving to the shared store needs a signed-in analyst**.",
                   icon=":material/lock:")
        _sign_in_button("sign_in_status")
    else:
        left, right = st.columns([4, 1])
        left.success(f"Signed in as **{who}**: what you save is recorded under this name.",
                     icon=":material/verified_user:")
        right.button("Sign out", key="sign_out", on_click=st.logout)


def require_analyst(action: str) -> Optional[str]:
    """The guard every write calls first: the analyst's identity, or None after telling
    the user that ``action`` needs sign-in (with a sign-in button)."""
    who = analyst()
    if who is None and signed_in():
        st.error(f"Not saved: {signed_in()} may not {action} (not among `[dashboard] analysts`).",
                 icon=":material/lock:")
    elif who is None:
        st.error(f"Not saved: sign in to {action}. Reading stays open to everyone; writing to the "
                 "shared store needs a signed-in analyst.", icon=":material/lock:")
        _sign_in_button(f"sign_in_{action}")
    return who


def gate_reading() -> None:
    """Stop the page here when reading requires sign-in and nobody signed in."""
    if sign_in_configured() and read_requires_sign_in() and signed_in() is None:
        st.title("Conflict news dashboard")
        st.info("This dashboard is open to signed-in analysts only.", icon=":material/lock:")
        _sign_in_button("sign_in_to_read")
        st.stop()
