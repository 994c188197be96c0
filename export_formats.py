"""The names ``studypack export --to`` takes, kept outside the exporters package so that the
command line can list them without loading genanki and the worksheet's generator."""

FORMAT_NAMES = ("anki", "quizlet", "csv", "gift", "moodle", "qti", "kahoot")
"""What ``--to`` takes (the registry in ``exporters`` checks it has exactly these)."""
