"""Stage 6: records and reports (JSON lines, CSV, HTML, XLSX) built from results and the index."""
