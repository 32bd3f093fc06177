// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencenotedelegate.h"

#include "model/note.h"
#include "models/evidencenotemodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace pc::ui {

namespace {

constexpr int padding = 6;
constexpr int textLines = 2;
constexpr int barWidth = 3;

QColor sentimentColour(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Strength:
        return QColor(0x2e, 0x9d, 0x57);
    case Sentiment::Concern:
        return QColor(0xd9, 0x82, 0x2b);
    case Sentiment::Neutral:
        break;
    }
    return {};
}

/// Up to `lines` lines of `text` in `rect`, the last one elided when more would follow.
void drawLines(QPainter* painter, const QRect& rect, const QString& text, int lines)
{
    const QFontMetrics metrics(painter->font());
    QTextLayout layout(text, painter->font());
    layout.beginLayout();
    int y = rect.top();
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        QString part = text.mid(line.textStart(), line.textLength());
        if (i == lines - 1)
            part = metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, rect.width());
        painter->drawText(QPoint(rect.left(), y + metrics.ascent()), part);
        y += metrics.lineSpacing();
    }
    layout.endLayout();
}

} // namespace

EvidenceNoteDelegate::EvidenceNoteDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QFont EvidenceNoteDelegate::metaFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

QString EvidenceNoteDelegate::badgeOf(const QModelIndex& index)
{
    QStringList parts;
    const auto sentiment = Sentiment(index.data(int(EvidenceNoteModel::Role::Sentiment)).toInt());
    if (sentiment != Sentiment::Neutral)
        parts.append(sentimentLabel(sentiment));
    const qsizetype findings = index.data(int(EvidenceNoteModel::Role::Findings)).toStringList().size();
    if (findings > 0)
        parts.append(findings == 1 ? tr("1 finding") : tr("%1 findings").arg(findings));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QSize EvidenceNoteDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics meta(metaFont(option.font));
    const QFontMetrics text(option.font);
    return {meta.averageCharWidth() * 40, 2 * padding + meta.height() + 2 + textLines * text.lineSpacing()};
}

void EvidenceNoteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor faint = selected ? ink : opt.palette.color(group, QPalette::PlaceholderText);
    const QRect area = opt.rect.adjusted(padding + barWidth + 4, padding, -padding, -padding);
    painter->save();
    const auto sentiment = Sentiment(index.data(int(EvidenceNoteModel::Role::Sentiment)).toInt());
    if (const QColor colour = sentimentColour(sentiment); colour.isValid())
        painter->fillRect(QRect(opt.rect.left() + padding, area.top(), barWidth, area.height()), colour);

    painter->setFont(metaFont(opt.font));
    const QFontMetrics meta(painter->font());
    const QString badge = badgeOf(index);
    const int badgeWidth = badge.isEmpty() ? 0 : meta.horizontalAdvance(badge) + padding;
    painter->setPen(faint);
    painter->drawText(QRect(area.left(), area.top(), area.width() - badgeWidth, meta.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      meta.elidedText(index.data(int(EvidenceNoteModel::Role::Meta)).toString(),
                                      Qt::ElideRight, area.width() - badgeWidth));
    if (!badge.isEmpty()) {
        painter->setPen(selected || !sentimentColour(sentiment).isValid() ? faint
                                                                          : sentimentColour(sentiment));
        painter->drawText(QRect(area.left(), area.top(), area.width(), meta.height()),
                          Qt::AlignRight | Qt::AlignVCenter, badge);
    }
    painter->setFont(opt.font);
    painter->setPen(ink);
    drawLines(painter, area.adjusted(0, meta.height() + 2, 0, 0), index.data().toString().simplified(),
              textLines);
    painter->restore();
}

} // namespace pc::ui
