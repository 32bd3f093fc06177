// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pc::ui {

/// Draws an evidence note as two parts: a small line of when and where it was taken, with its
/// sentiment and how many findings it supports at the right, and up to two lines of its text.
/// Every row has the same height, so a list of 50,000 notes scrolls without measuring each.
class EvidenceNoteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EvidenceNoteDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    [[nodiscard]] static QFont metaFont(const QFont& base);
    /// "Concern · 2 findings": what the right of the small line says.
    [[nodiscard]] static QString badgeOf(const QModelIndex& index);
};

} // namespace pc::ui
