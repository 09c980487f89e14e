"""`python -m ui` opens CellApp like the `cellapp` command."""

from ui.launcher import main

raise SystemExit(main())
