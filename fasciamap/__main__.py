"""``python -m fasciamap`` behaves like the ``fasciamap`` command."""

from fasciamap.cli import main

raise SystemExit(main())
