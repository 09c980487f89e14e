"""The member register (docs/party-rules.md §5, §8): listing and searching members and their status on a
day, adding and correcting records, each member's party life (lifecycle events, votes behind an admission
or recognition), alerts from the register, transfers between cells, Regulation 213 residence, and
importing or exporting the register as a spreadsheet.

This is the package's front door: import from here. The modules inside are private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cellapp.services._front_door import lazy_exports

if TYPE_CHECKING:
    from cellapp.services.members._alerts import (
        entry_alerts as entry_alerts,
        member_alerts as member_alerts,
    )
    from cellapp.services.members._details import (
        MemberDetail as MemberDetail,
        ResidenceIntroduction as ResidenceIntroduction,
        get_member as get_member,
        remove_member as remove_member,
        update_member as update_member,
    )
    from cellapp.services.members._export import (
        ExportResult as ExportResult,
        export_members as export_members,
    )
    from cellapp.services.members._histories import (
        HistoryEntry as HistoryEntry,
        load_events as load_events,
        replay_record as replay_record,
        to_event as to_event,
    )
    from cellapp.services.members._import import (
        ImportReport as ImportReport,
        import_members as import_members,
    )
    from cellapp.services.members._lifecycle import (
        EventInput as EventInput,
        add_member_with_event as add_member_with_event,
        member_history as member_history,
        record_event as record_event,
        reverse_event as reverse_event,
    )
    from cellapp.services.members._register import (
        DuplicateMemberError as DuplicateMemberError,
        MemberSummary as MemberSummary,
        NewMember as NewMember,
        ResidenceFilter as ResidenceFilter,
        add_member as add_member,
        add_members as add_members,
        list_members as list_members,
        member_ethnicities as member_ethnicities,
        member_ids as member_ids,
        member_standings_on as member_standings_on,
        member_statuses_on as member_statuses_on,
        summary_of as summary_of,
    )
    from cellapp.services.members._residence import (
        IntroductionInput as IntroductionInput,
        MemberLivingElsewhere as MemberLivingElsewhere,
        ResidentInput as ResidentInput,
        ResidentMember as ResidentMember,
        end_residence_introduction as end_residence_introduction,
        end_resident as end_resident,
        list_members_living_elsewhere as list_members_living_elsewhere,
        list_residents as list_residents,
        residence_alerts as residence_alerts,
        save_residence_comment as save_residence_comment,
        save_resident as save_resident,
        set_residence_introduction as set_residence_introduction,
    )
    from cellapp.services.members._transfers import (
        TransferSummary as TransferSummary,
        list_transfers as list_transfers,
        transfer_member as transfer_member,
        transferable_members as transferable_members,
    )
    from cellapp.services.members._votes import (
        VoteBasis as VoteBasis,
        vote_basis as vote_basis,
    )

_EXPORTS: dict[str, tuple[str, ...]] = {
    "_alerts": (
        "entry_alerts",
        "member_alerts",
    ),
    "_details": (
        "MemberDetail",
        "ResidenceIntroduction",
        "get_member",
        "remove_member",
        "update_member",
    ),
    "_export": (
        "ExportResult",
        "export_members",
    ),
    "_histories": (
        "HistoryEntry",
        "load_events",
        "replay_record",
        "to_event",
    ),
    "_import": (
        "ImportReport",
        "import_members",
    ),
    "_lifecycle": (
        "EventInput",
        "add_member_with_event",
        "member_history",
        "record_event",
        "reverse_event",
    ),
    "_register": (
        "DuplicateMemberError",
        "MemberSummary",
        "NewMember",
        "ResidenceFilter",
        "add_member",
        "add_members",
        "list_members",
        "member_ethnicities",
        "member_ids",
        "member_standings_on",
        "member_statuses_on",
        "summary_of",
    ),
    "_residence": (
        "IntroductionInput",
        "MemberLivingElsewhere",
        "ResidentInput",
        "ResidentMember",
        "end_residence_introduction",
        "end_resident",
        "list_members_living_elsewhere",
        "list_residents",
        "residence_alerts",
        "save_residence_comment",
        "save_resident",
        "set_residence_introduction",
    ),
    "_transfers": (
        "TransferSummary",
        "list_transfers",
        "transfer_member",
        "transferable_members",
    ),
    "_votes": (
        "VoteBasis",
        "vote_basis",
    ),
}

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
