"""Exchanging files with the committee or the cells (docs/sync.md): this workspace's identity and key
card, enrolment, export and import of sync files with their reports, what the Sync page shows (status,
conflicts, outbox, quarantine), directives and dated reference data sent down, and backups.

This is the package's front door: import from here. The modules inside are private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cellapp.services._front_door import lazy_exports

if TYPE_CHECKING:
    from cellapp.services.sync._backup import (
        BackupResult as BackupResult,
        backup_workspace as backup_workspace,
        restore_workspace as restore_workspace,
    )
    from cellapp.services.sync._common import (
        audit as audit,
        hub_peer as hub_peer,
        local_side as local_side,
        peer_by_code as peer_by_code,
        peer_by_unit as peer_by_unit,
        require_code as require_code,
        require_keys as require_keys,
    )
    from cellapp.services.sync._directives import (
        DirectiveSummary as DirectiveSummary,
        NewDirective as NewDirective,
        directive_pdf as directive_pdf,
        issue_directive as issue_directive,
        list_directives as list_directives,
        require_committee as require_committee,
    )
    from cellapp.services.sync._enrolment import (
        accept_enrolment as accept_enrolment,
        invite_cell as invite_cell,
        join_committee as join_committee,
        preview_enrolment as preview_enrolment,
        read_invitation_file as read_invitation_file,
        revoke_cell as revoke_cell,
    )
    from cellapp.services.sync._export import (
        ExportResult as ExportResult,
        export_bundles as export_bundles,
    )
    from cellapp.services.sync._identity import (
        create_identity as create_identity,
        export_identity as export_identity,
        import_identity as import_identity,
        key_card as key_card,
        normalise_code as normalise_code,
        read_key_card as read_key_card,
    )
    from cellapp.services.sync._import import (
        expand_paths as expand_paths,
        import_bundles as import_bundles,
    )
    from cellapp.services.sync._outbox_delivery import (
        Deliveries as Deliveries,
        DeliveryState as DeliveryState,
    )
    from cellapp.services.sync._reference_data import (
        ReferenceRow as ReferenceRow,
        ReferenceValue as ReferenceValue,
        fee_regulations as fee_regulations,
        list_reference_data as list_reference_data,
        read_register_lists as read_register_lists,
        reference_overview as reference_overview,
        register_lists as register_lists,
        set_reference_value as set_reference_value,
    )
    from cellapp.services.sync._reports import (
        ImportReport as ImportReport,
        import_history as import_history,
    )
    from cellapp.services.sync._status import (
        CellSyncRow as CellSyncRow,
        ConflictItem as ConflictItem,
        OutboxItem as OutboxItem,
        QuarantinedFile as QuarantinedFile,
        SyncStatus as SyncStatus,
        discard_quarantined as discard_quarantined,
        list_cells as list_cells,
        list_conflicts as list_conflicts,
        list_outbox as list_outbox,
        list_quarantine as list_quarantine,
        release_quarantined as release_quarantined,
        settle_conflict as settle_conflict,
        sync_status as sync_status,
    )

_EXPORTS: dict[str, tuple[str, ...]] = {
    "_backup": (
        "BackupResult",
        "backup_workspace",
        "restore_workspace",
    ),
    "_common": (
        "audit",
        "hub_peer",
        "local_side",
        "peer_by_code",
        "peer_by_unit",
        "require_code",
        "require_keys",
    ),
    "_directives": (
        "DirectiveSummary",
        "NewDirective",
        "directive_pdf",
        "issue_directive",
        "list_directives",
        "require_committee",
    ),
    "_enrolment": (
        "accept_enrolment",
        "invite_cell",
        "join_committee",
        "preview_enrolment",
        "read_invitation_file",
        "revoke_cell",
    ),
    "_export": (
        "ExportResult",
        "export_bundles",
    ),
    "_identity": (
        "create_identity",
        "export_identity",
        "import_identity",
        "key_card",
        "normalise_code",
        "read_key_card",
    ),
    "_import": (
        "expand_paths",
        "import_bundles",
    ),
    "_outbox_delivery": (
        "Deliveries",
        "DeliveryState",
    ),
    "_reference_data": (
        "ReferenceRow",
        "ReferenceValue",
        "fee_regulations",
        "list_reference_data",
        "read_register_lists",
        "reference_overview",
        "register_lists",
        "set_reference_value",
    ),
    "_reports": (
        "ImportReport",
        "import_history",
    ),
    "_status": (
        "CellSyncRow",
        "ConflictItem",
        "OutboxItem",
        "QuarantinedFile",
        "SyncStatus",
        "discard_quarantined",
        "list_cells",
        "list_conflicts",
        "list_outbox",
        "list_quarantine",
        "release_quarantined",
        "settle_conflict",
        "sync_status",
    ),
}

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
