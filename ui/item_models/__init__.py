"""Qt item models over service results (frozen dataclasses): no session, no ORM objects."""
