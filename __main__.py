"""``python -m studypack``: the same as the ``studypack`` command."""
from .cli import main

main()
