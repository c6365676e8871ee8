"""Hold-out v9 (identifiers): a sealed red-team set written without reading the detection code."""
