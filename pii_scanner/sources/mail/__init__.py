"""Mail server sources: IMAP, Exchange Web Services (exchangelib), Microsoft Graph (httpx + msal)."""
