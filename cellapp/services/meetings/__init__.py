"""Meetings of the cell (docs/party-rules.md §2–§4): preparing them, recording the minutes as they
happen (attendance, speeches, tasks, conclusion and vote), finalising and correcting them, their document
numbers and printed documents, and the meeting figures shown on the Overview.

This is the package's front door: import from here. The modules inside are private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cellapp.services._front_door import lazy_exports

if TYPE_CHECKING:
    from cellapp.services.meetings._document_numbers import (
        get_number_pattern as get_number_pattern,
        set_number_pattern as set_number_pattern,
    )
    from cellapp.services.meetings._documents import (
        MeetingDocument as MeetingDocument,
        document_file_name as document_file_name,
        meeting_pdf as meeting_pdf,
        meeting_printout as meeting_printout,
        print_meeting_document as print_meeting_document,
        save_document as save_document,
    )
    from cellapp.services.meetings._finalise import (
        add_addendum as add_addendum,
        delete_meeting as delete_meeting,
        finalise_meeting as finalise_meeting,
        numbers_on_finalising as numbers_on_finalising,
    )
    from cellapp.services.meetings._meetings import (
        find_meeting_uuid as find_meeting_uuid,
        get_meeting as get_meeting,
        list_meetings as list_meetings,
        prepare_combined_sitting as prepare_combined_sitting,
        prepare_meeting as prepare_meeting,
        suggest_preparation as suggest_preparation,
    )
    from cellapp.services.meetings._minutes import (
        save_meeting as save_meeting,
    )
    from cellapp.services.meetings._statistics import (
        CELL_MEETING_KINDS as CELL_MEETING_KINDS,
        HELD_STATUSES as HELD_STATUSES,
        REPEATED_ABSENCES as REPEATED_ABSENCES,
        MeetingAlertKind as MeetingAlertKind,
        MeetingFigures as MeetingFigures,
        MeetingRate as MeetingRate,
        MemberAttendance as MemberAttendance,
        absence_alerts as absence_alerts,
        assemble_figures as assemble_figures,
        enrolment_days as enrolment_days,
        meeting_alerts as meeting_alerts,
        meeting_figures as meeting_figures,
        member_expected_attended as member_expected_attended,
        rate_of as rate_of,
        records_begin as records_begin,
        records_begin_on as records_begin_on,
    )
    from cellapp.services.meetings._store import (
        build_detail as build_detail,
        build_roster as build_roster,
        standings_on as standings_on,
    )
    from cellapp.services.meetings._types import (
        AgendaItem as AgendaItem,
        AttendanceInput as AttendanceInput,
        ConclusionInput as ConclusionInput,
        EvaluationInput as EvaluationInput,
        Guest as Guest,
        MeetingDetail as MeetingDetail,
        MeetingEdit as MeetingEdit,
        MeetingSummary as MeetingSummary,
        Preparation as Preparation,
        RosterEntry as RosterEntry,
        Speech as Speech,
        SpeechInput as SpeechInput,
        Task as Task,
        TaskInput as TaskInput,
        TaskReview as TaskReview,
    )

_EXPORTS: dict[str, tuple[str, ...]] = {
    "_document_numbers": (
        "get_number_pattern",
        "set_number_pattern",
    ),
    "_documents": (
        "MeetingDocument",
        "document_file_name",
        "meeting_pdf",
        "meeting_printout",
        "print_meeting_document",
        "save_document",
    ),
    "_finalise": (
        "add_addendum",
        "delete_meeting",
        "finalise_meeting",
        "numbers_on_finalising",
    ),
    "_meetings": (
        "find_meeting_uuid",
        "get_meeting",
        "list_meetings",
        "prepare_combined_sitting",
        "prepare_meeting",
        "suggest_preparation",
    ),
    "_minutes": ("save_meeting",),
    "_statistics": (
        "CELL_MEETING_KINDS",
        "HELD_STATUSES",
        "MeetingAlertKind",
        "MeetingFigures",
        "MeetingRate",
        "MemberAttendance",
        "REPEATED_ABSENCES",
        "absence_alerts",
        "assemble_figures",
        "enrolment_days",
        "meeting_alerts",
        "meeting_figures",
        "member_expected_attended",
        "rate_of",
        "records_begin",
        "records_begin_on",
    ),
    "_store": (
        "build_detail",
        "build_roster",
        "standings_on",
    ),
    "_types": (
        "AgendaItem",
        "AttendanceInput",
        "ConclusionInput",
        "EvaluationInput",
        "Guest",
        "MeetingDetail",
        "MeetingEdit",
        "MeetingSummary",
        "Preparation",
        "RosterEntry",
        "Speech",
        "SpeechInput",
        "Task",
        "TaskInput",
        "TaskReview",
    ),
}

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
