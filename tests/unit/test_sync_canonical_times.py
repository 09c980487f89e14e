"""A meeting's start and end times travel in a bundle (the meetings and sync features met here)."""

from __future__ import annotations

from datetime import time

from cellapp.storage.records import MeetingRecord
from cellapp.sync.canonical import canonical_json, from_json_value, to_json_value


def test_a_meeting_start_time_travels_as_iso_text_and_comes_back_equal() -> None:
    column = MeetingRecord.__table__.c.started_at
    sent = to_json_value(column, time(19, 30))
    assert canonical_json({"started_at": sent}) == b'{"started_at":"19:30:00"}'
    assert from_json_value(column, sent) == time(19, 30)
