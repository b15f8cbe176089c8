"""The one SMTP client against a real aiosmtpd on loopback with TLS and AUTH: STARTTLS with AUTH
PLAIN and AUTH LOGIN, implicit TLS (SMTPS), a self-signed certificate trusted through the CA-file
setting (and refused without it), a wrong password refused with a clear line, and the password never
echoed by `serve`'s log."""
import ssl
import subprocess

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from actions_support import BIN, run, seeded_database
from servers import MailCollector, free_port, wait_until_healthy

PASSWORD = "kestrel-Lantern-42"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for localhost and 127.0.0.1, made here with openssl."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


class Authenticator:
    def __init__(self):
        self.mechanisms = []

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"clerk" and auth_data.password == PASSWORD.encode()
        if ok:
            self.mechanisms.append(mechanism)
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd replies 535 itself


def start(certificate, implicit=False, exclude=()):
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    collector, authenticator = MailCollector(), Authenticator()
    port = free_port()
    if implicit:
        # aiosmtpd counts only STARTTLS as TLS for auth_require_tls; here every byte is TLS from the start.
        controller = Controller(collector, hostname="127.0.0.1", port=port, ssl_context=context, authenticator=authenticator,
                                auth_required=True, auth_require_tls=False, auth_exclude_mechanism=list(exclude))
    else:
        controller = Controller(collector, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                                authenticator=authenticator, auth_required=True, auth_require_tls=True,
                                auth_exclude_mechanism=list(exclude))
    controller.start()
    return controller, collector, authenticator


def request_updates(database, port, security, *extra, password=PASSWORD, tmp_path, check=True):
    password_file = tmp_path / "smtp-password"
    password_file.write_text(password + "\n")
    return run("actions", "request-updates", "--database", str(database), "--body", "board", "--date", "2023-03-20",
               "--base-url", "https://minutes.riverside.example", "--smtp-host", "localhost", "--smtp-port", str(port),
               "--smtp-security", security, "--smtp-user", "clerk", "--smtp-password-file", str(password_file),
               "--mail-from", "secretariat@riverside.example", *extra, env={"PATH": "/usr/bin:/bin"}, check=check)


@pytest.mark.parametrize("exclude, mechanism", [((), "PLAIN"), (("PLAIN",), "LOGIN")])
def test_starttls_with_auth(certificate, tmp_path, exclude, mechanism):
    database = seeded_database(tmp_path)
    controller, collector, authenticator = start(certificate, exclude=exclude)
    try:
        result = request_updates(database, controller.port, "starttls", "--smtp-ca-file", str(certificate[0]), tmp_path=tmp_path)
    finally:
        controller.stop()
    assert result.stdout.strip() == "sent 3 emails"
    assert authenticator.mechanisms == [mechanism]
    assert sorted(tos[0] for tos, _ in collector.messages) == [
        "colin.hart@police.example", "ivo.brandt@council.example", "nadia.okafor@council.example"]
    assert all(message["From"] == "Minutebook <secretariat@riverside.example>" for _, message in collector.messages)
    assert PASSWORD not in result.stdout + result.stderr


def test_implicit_tls_with_auth(certificate, tmp_path):
    database = seeded_database(tmp_path)
    controller, collector, authenticator = start(certificate, implicit=True)
    try:
        result = request_updates(database, controller.port, "tls", "--smtp-ca-file", str(certificate[0]), tmp_path=tmp_path)
    finally:
        controller.stop()
    assert result.stdout.strip() == "sent 3 emails"
    assert authenticator.mechanisms == ["PLAIN"] and len(collector.messages) == 3


def test_untrusted_certificate_and_wrong_password_are_clear_errors(certificate, tmp_path):
    database = seeded_database(tmp_path)
    controller, collector, authenticator = start(certificate)
    try:
        untrusted = request_updates(database, controller.port, "starttls", tmp_path=tmp_path, check=False)
        wrong = request_updates(database, controller.port, "starttls", "--smtp-ca-file", str(certificate[0]),
                                password="not-the-password", tmp_path=tmp_path, check=False)
    finally:
        controller.stop()
    assert untrusted.returncode != 0 and untrusted.stderr.startswith("Error: the conversation with the mail server")
    assert "certificate" in untrusted.stderr.lower() or "verif" in untrusted.stderr.lower()
    assert wrong.returncode != 0 and "refused AUTH PLAIN (check the user name and password)" in wrong.stderr
    assert "not-the-password" not in wrong.stderr
    assert collector.messages == [] and authenticator.mechanisms == []


def test_serve_takes_mail_settings_and_never_echoes_the_password(tmp_path):
    database = seeded_database(tmp_path)
    port = free_port()
    env = {"PATH": "/usr/bin:/bin", "MINUTEBOOK_SMTP_HOST": "mail.riverside.example", "MINUTEBOOK_SMTP_SECURITY": "starttls",
           "MINUTEBOOK_SMTP_USER": "clerk", "MINUTEBOOK_SMTP_PASSWORD": PASSWORD}
    process = subprocess.Popen([BIN, "serve", "--database", str(database), "--port", str(port), "--mail-from",
                                "secretariat@riverside.example"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", process)
    finally:
        process.terminate()
        output = process.communicate(timeout=10)[0].decode()
    assert "smtp+starttls://mail.riverside.example:587 as clerk (password set), from secretariat@riverside.example" in output
    assert PASSWORD not in output

    bad = subprocess.run([BIN, "serve", "--database", str(database), "--port", str(port), "--smtp-security", "starttls"],
                         env={**env, "MINUTEBOOK_SMTP_PASSWORD": ""}, capture_output=True, text=True, timeout=30)
    assert bad.returncode != 0 and "give the password" in bad.stderr
