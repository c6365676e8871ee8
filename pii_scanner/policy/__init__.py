"""Organisation policy applied on top of the index: retention periods and triage decisions."""
