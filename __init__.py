"""studypack: revision cards written once in YAML, printed as flashcards, a summary sheet and worksheets."""

__version__ = "0.1.0"
