"""`python -m cellapp` runs the command line without the GUI (batch use, no display needed)."""

from cellapp.cli import main

raise SystemExit(main())
