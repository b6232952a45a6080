"""Staff passwords: Argon2id (argon2-cffi's PasswordHasher, its recommended parameters). Never stored or logged in
clear; a hash made with older parameters is replaced at the next successful sign-in."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from triage.adapters.staff_store import Staff, StaffStore
from triage.core.kinds import Role

MIN_LENGTH = 10
_HASHER = PasswordHasher()
_DUMMY = _HASHER.hash("an account that does not exist")
"""Checked against when the name is unknown, so a wrong name takes as long as a wrong password."""


class PasswordRefused(ValueError):
    """The password cannot be used (too short); one line."""


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise PasswordRefused(f"a password needs at least {MIN_LENGTH} characters")
    return _HASHER.hash(password)


def add_account(staff: StaffStore, name: str, role: Role, password: str, *, replace: bool = False) -> bool:
    return staff.add_staff(name, role, hash_password(password), replace=replace)


def sign_in(staff: StaffStore, name: str, password: str) -> Staff | None:
    """The account when the password is right, else None (the same time either way)."""
    account = staff.staff(name)
    try:
        _HASHER.verify(account.password_hash if account else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if account is None:
        return None
    if _HASHER.check_needs_rehash(account.password_hash):
        staff.set_password_hash(name, _HASHER.hash(password))
    return account
