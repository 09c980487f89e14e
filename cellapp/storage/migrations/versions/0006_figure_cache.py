"""Committee: figures derived from each cell's records, kept until they change

Revision ID: 0006_figure_cache
Revises: 0005_sync
Create Date: 2026-12-02 22:00:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0006_figure_cache'
down_revision: Union[str, Sequence[str], None] = '0005_sync'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('cell_revisions',
    sa.Column('unit_uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('unit_uuid', name=op.f('pk_cell_revisions'))
    )
    op.create_table('cell_figure_cache',
    sa.Column('unit_uuid', sa.String(length=36), nullable=False),
    sa.Column('topic', sa.String(length=40), nullable=False),
    sa.Column('computed_for', sa.Date(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('layout', sa.Integer(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('unit_uuid', 'topic', name=op.f('pk_cell_figure_cache'))
    )


def downgrade() -> None:
    op.drop_table('cell_figure_cache')
    op.drop_table('cell_revisions')
