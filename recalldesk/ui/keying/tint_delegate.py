"""Draws a cell's problem tint even on the selected row.

The selection colour paints over BackgroundRole, so the row the volunteer is
on — the one most worth seeing — lost its red or orange. This delegate paints
the normal cell, then, on a selected cell with a tint, the tint over it and a
bar of the severity's colour along its left edge.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

BAR = 4  # pixels


class TintDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        tint = index.data(Qt.ItemDataRole.BackgroundRole)
        if not isinstance(tint, QBrush) or not option.state & QStyle.StateFlag.State_Selected:
            return
        color = QColor(tint.color())
        painter.save()
        overlay = QColor(color)
        overlay.setAlpha(110)
        rect: QRect = option.rect
        painter.fillRect(rect, overlay)
        color.setAlpha(255)
        painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()), color)
        painter.restore()
