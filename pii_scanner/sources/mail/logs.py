"""Third-party loggers of the mail sources: never raw on stderr.

exchangelib logs "Server requested back off until ..." and, on connection failures, whole SOAP
exchanges with mailbox addresses; httpx/httpcore log request URLs (mailbox addresses in Graph
paths); msal and requests_ntlm log token and handshake details. Each gets a NullHandler, so
Python's last-resort handler never prints them, and a WARNING level, so their debug dumps are
never even built. Records still propagate to the root logger: when the product's masked JSON
logging is installed there, they are written through it, masked, and nowhere else.
"""

from __future__ import annotations

import logging

MAIL_LOGGERS = ("exchangelib", "httpx", "httpcore", "msal", "requests_ntlm", "urllib3", "requests_oauthlib")


def quiet_mail_loggers() -> None:
    for name in MAIL_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)
