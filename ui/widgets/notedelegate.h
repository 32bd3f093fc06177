// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace pc::ui {

/// Draws a note of the Capture page's list (NoteModel, through NoteFilterModel): when, where from
/// and who on one line, its kind, sentiment and themes' numbers on the right, then the first lines
/// of its text with the search's matches in bold on a marker colour. Every row has the same
/// height, so a list of 50,000 notes lays out without measuring each.
class NoteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The text lines shown of each note; the whole is in the tooltip and the editor.
    static constexpr int textLines = 2;

    explicit NoteDelegate(QObject* parent = nullptr);

    /// The accent of a sentiment (int of Sentiment): green for a strength, orange for a concern,
    /// invalid for neutral.
    [[nodiscard]] static QColor sentimentColor(int sentiment);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintMeta(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                   const QRect& line) const;
    /// Draws the badges, sentiment and kind from the right edge; returns where they begin.
    int paintTags(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                  const QRect& line) const;
    void paintText(QPainter* painter, const QStyleOptionViewItem& option, const QString& marked,
                   const QRect& box) const;
};

} // namespace pc::ui
