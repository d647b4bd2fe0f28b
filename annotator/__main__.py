"""`python -m annotator`: the same as the `annotator` command (the GUI when given no command)."""

from annotator.cli import main

main()
