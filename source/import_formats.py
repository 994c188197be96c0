"""The names ``studypack import --from`` takes, kept apart from the importers so that the
command line can list them without loading every importer."""

AUTO = "auto"
"""Pick the format by the file's suffix, then by its content."""

FORMAT_NAMES = (AUTO, "anki", "getrevising", "markdown", "tsv", "csv", "apkg")
"""What ``--from`` takes (the registry in ``importers`` checks it has exactly these)."""
