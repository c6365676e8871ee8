"""Command-line interface (click). Library functions do the work; this maps options and errors."""
