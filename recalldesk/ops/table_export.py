"""Exporting a table the dashboard shows (figures, not signers) to Excel."""

from __future__ import annotations

from recalldesk.exchange.table_book import write_table

__all__ = ["write_table"]
