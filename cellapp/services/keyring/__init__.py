"""The workspace's keys for people: the passphrase that protects them, opening them once per session, and
what to do when the passphrase is forgotten. Other services get the keys from here."""

from cellapp.domain.key_recovery import recovery_steps
from cellapp.services.keyring.passphrase import (
    ENVIRONMENT_VARIABLE,
    MIN_LENGTH,
    KeyStatus,
    PassphraseNeeded,
    PassphraseRefused,
    check_new_passphrase,
    key_status,
    lock_keys,
    new_keys,
    public_keys_of,
    remove_passphrase,
    secret_keys,
    set_passphrase,
    unlock_keys,
)
from cellapp.services.keyring.recovery import REKEYED, ForgottenKeysResult, replace_forgotten_keys

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "MIN_LENGTH",
    "REKEYED",
    "ForgottenKeysResult",
    "KeyStatus",
    "PassphraseNeeded",
    "PassphraseRefused",
    "check_new_passphrase",
    "key_status",
    "lock_keys",
    "new_keys",
    "public_keys_of",
    "recovery_steps",
    "remove_passphrase",
    "replace_forgotten_keys",
    "secret_keys",
    "set_passphrase",
    "unlock_keys",
]
