"""Sync between a cell and its committee: identities, bundles, export selection, idempotent import."""
