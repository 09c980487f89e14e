"""Use cases: one function per thing a user does, each in one unit of work, returning frozen dataclasses.

This is the only part of the core the GUI calls.
"""
