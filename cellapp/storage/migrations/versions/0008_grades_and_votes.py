"""Attendance keeps each member's grade on the meeting day; admissions and recognitions keep the cell's vote

Revision ID: 0008_grades_and_votes
Revises: 0007_transfer_decision
Create Date: 2026-12-10 20:00:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0008_grades_and_votes'
down_revision: Union[str, Sequence[str], None] = '0007_transfer_decision'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('grade_on_day', sa.String(length=20), nullable=True))
    with op.batch_alter_table('member_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vote_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('vote_meeting_uuid', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('votes_for', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('votes_against', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('vote_denominator', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('member_events', schema=None) as batch_op:
        batch_op.drop_column('vote_denominator')
        batch_op.drop_column('votes_against')
        batch_op.drop_column('votes_for')
        batch_op.drop_column('vote_meeting_uuid')
        batch_op.drop_column('vote_on')
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.drop_column('grade_on_day')
