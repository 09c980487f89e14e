"""Transfers: the number of the committee's decision

Revision ID: 0007_transfer_decision
Revises: 0006_figure_cache
Create Date: 2026-12-02 23:00:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0007_transfer_decision'
down_revision: Union[str, Sequence[str], None] = '0006_figure_cache'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('member_transfers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision', sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('member_transfers', schema=None) as batch_op:
        batch_op.drop_column('decision')
