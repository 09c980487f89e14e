"""Party rules as plain Python: no storage, no Qt, no I/O."""
