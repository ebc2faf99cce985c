"""Sign-in for writes in a real browser, against a real OpenID Connect provider on loopback
(``oidc-provider-mock``, started here on a free port): with sign-in configured, saving to
the shared store is refused until the analyst signs in, then works and records who saved."""
from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser_support import AppServer, free_port, wait_idle

pytestmark = pytest.mark.browser

ANALYST = "ana@example.org"
TEXT = ("Kharkiv, 3 May 2025. A Russian drone strike on Kharkiv on Saturday killed 4 people and "
        "injured 17 others, the regional governor said.")


def _provider_cmd(port: int) -> list[str]:
    exe = shutil.which("oidc-provider-mock") or str(Path(sys.executable).parent / "oidc-provider-mock")
    if not os.path.exists(exe):
        pytest.skip("oidc-provider-mock is not installed (requirements-dev.txt)")
    return [exe, "--host", "127.0.0.1", "--port", str(port)]


@pytest.fixture(scope="module")
def oidc_provider(tmp_path_factory):
    """A local OpenID Connect provider: any client id, any user typed on its form."""
    port = free_port()
    log = open(tmp_path_factory.mktemp("oidc") / "provider.log", "w")
    proc = subprocess.Popen(_provider_cmd(port), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/.well-known/openid-configuration", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"the OIDC provider did not start: {log.name}")
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(10)
    log.close()


@pytest.fixture(scope="module")
def signed_app(oidc_provider, tmp_path_factory):
    """The app with ``[auth]`` secrets pointing at the local provider, and its own store."""
    tmp = tmp_path_factory.mktemp("signed")
    port = free_port()
    secrets_file = tmp / "secrets.toml"
    secrets_file.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "conflict-dashboard"\n'
        'client_secret = "test-secret"\n'
        f'server_metadata_url = "{oidc_provider}/.well-known/openid-configuration"\n')
    server = AppServer(str(tmp / "store.duckdb"), port=port,
                       args=("--secrets.files", str(secrets_file))).start()
    yield server
    server.stop()


def _extract(page):
    page.locator("textarea").first.fill(TEXT)
    page.get_by_role("button", name="Extract records").click()
    wait_idle(page, timeout=120_000)
    expect(page.get_by_text("This session's articles (1)")).to_be_visible()


def test_saving_is_refused_without_sign_in_and_works_after_signing_in(signed_app, page):
    from dashboard.store import Store

    page.goto(signed_app.url + "/Add_documents", timeout=120_000)
    wait_idle(page, timeout=120_000)
    expect(page.get_by_text("saving to the shared store needs a signed-in analyst")).to_be_visible()
    before = Store(signed_app.db_path).count_documents()
    assert before > 0                                  # the sample corpus (reading stays open)
    _extract(page)
    page.get_by_role("button", name="Save to the shared store").click()
    wait_idle(page)
    expect(page.get_by_text("Not saved: sign in to save to the shared store")).to_be_visible()
    assert Store(signed_app.db_path).count_documents() == before

    # sign in at the provider (its form asks for the subject), come back signed in
    page.get_by_role("button", name="Sign in").first.click()
    page.wait_for_url("**/oauth2/authorize**", timeout=30_000)
    page.locator('input[name="sub"]').fill(ANALYST)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(signed_app.url + "/**", timeout=30_000)
    wait_idle(page, timeout=60_000)
    page.goto(signed_app.url + "/Add_documents")
    wait_idle(page)
    expect(page.get_by_text(f"Signed in as {ANALYST}")).to_be_visible()
    _extract(page)
    page.get_by_role("button", name="Save to the shared store").click()
    wait_idle(page, timeout=120_000)
    # the save runs in the rerun the click starts: wait for its word, not only for an idle page
    expect(page.get_by_text(re.compile(r"Saved \d+ article|could not be saved"))).to_be_visible(timeout=120_000)
    store = Store(signed_app.db_path)
    assert store.count_documents() == before + 1
    docs = store.documents_df()
    assert docs.loc[docs["name"] == "pasted.txt", "saved_by"].tolist() == [ANALYST]
