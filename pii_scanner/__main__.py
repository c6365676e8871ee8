"""``python -m pii_scanner`` runs the CLI."""

from pii_scanner.cli.main import main

main()
