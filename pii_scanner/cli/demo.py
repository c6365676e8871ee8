"""``pii-scanner demo``: sweep the bundled synthetic samples, write the minimisation report, open the console."""

from __future__ import annotations

import click

from pii_scanner.cli.common import handle_errors, log_event
from pii_scanner.samples.demo import demo as run_demo

DEMO_PORT = 8470


@click.command("demo")
@click.option(
    "--workdir",
    type=click.Path(file_okay=False),
    default=None,
    help="Working folder (default: <user data dir>/pii-scanner/demo; recreated: new, empty or made by a demo).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="Report HTML file.")
@click.option("--workers", type=click.IntRange(0, 1024), default=None)
@click.option("--serve", "serve_console", is_flag=True, help="Then start the web console on the demo index.")
@click.option("--port", default=DEMO_PORT, show_default=True, type=click.IntRange(1, 65535))
@handle_errors
def demo(workdir: str | None, output: str | None, workers: int | None, serve_console: bool, port: int) -> None:
    """Scan the bundled sample data (offline), write the data-minimisation report, set up the console."""
    from pii_scanner.web.demo import demo_accounts

    result = run_demo(workdir, output=output, workers=workers, events=log_event)
    logins = demo_accounts(result.db, result.workdir / "samples")
    click.echo(f"Index:  {result.db}")
    click.echo(f"Report: {result.report}")
    s = result.summary
    click.echo(
        f"{s['items_with_personal_data']} items with personal data, {s['past_retention']} past retention, "
        f"{s['removable_and_local']} on removable/local storage, {s['cpr_mail']} CPR mails."
    )
    url = f"http://127.0.0.1:{port}/"
    click.echo(f"Console: {url}  (pii-scanner serve --db {result.db} --port {port})")
    click.echo(
        "Demo sign-in (password made for this demo run): " + ", ".join(f"{x.username} [{x.role}]" for x in logins)
    )
    click.echo(f"Password: {logins[0].password}")
    if serve_console:
        import uvicorn

        from pii_scanner.cli.serve import session_secret
        from pii_scanner.web import WebSettings, create_app
        from pii_scanner.web.settings import allowed_hosts

        settings = WebSettings(
            db=result.db,
            secret_key=session_secret(None),
            secure_cookies=False,
            allowed_hosts=allowed_hosts("127.0.0.1"),  # a DNS-rebinding page is refused here too
        )
        app = create_app(settings)
        uvicorn.run(app, host="127.0.0.1", port=port, access_log=False, log_level="warning", server_header=False)
