// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedelegate.h"

#include "model/note.h"
#include "models/notefiltermodel.h"
#include "models/notemodel.h"
#include "storage/searchindex.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace pc::ui {

namespace {

constexpr int padX = 14;
constexpr int padY = 7;
constexpr int lineGap = 3;
constexpr int barWidth = 4;

/// The text without the match marks and the ranges they enclosed, white space made single spaces
/// so that two lines of preview show as much as they can.
struct MarkedText
{
    QString text;
    QList<QTextLayout::FormatRange> matches;
};

MarkedText unmark(const QString& marked, const QTextCharFormat& match)
{
    MarkedText result;
    result.text.reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c == searchMatchStart) {
            start = int(result.text.size());
        } else if (c == searchMatchEnd) {
            if (start >= 0 && result.text.size() > start)
                result.matches.append({start, int(result.text.size()) - start, match});
            start = -1;
        } else if (c.isSpace()) {
            if (!result.text.isEmpty() && !result.text.endsWith(QLatin1Char(' ')))
                result.text.append(QLatin1Char(' '));
        } else {
            result.text.append(c);
        }
    }
    return result;
}

QColor mixed(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

NoteDelegate::NoteDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QColor NoteDelegate::sentimentColor(int sentiment)
{
    switch (Sentiment(sentiment)) {
    case Sentiment::Strength:
        return {0x2e, 0x9e, 0x5b};
    case Sentiment::Concern:
        return {0xe0, 0x6a, 0x2b};
    case Sentiment::Neutral:
        break;
    }
    return {};
}

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {fm.averageCharWidth() * 40, 2 * padY + fm.height() + lineGap + textLines * fm.lineSpacing() + 1};
}

void NoteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect;
    // A hairline between notes, and the sentiment as a bar down the left edge.
    painter->setPen(mixed(option.palette.color(QPalette::Base), option.palette.color(QPalette::Text), 0.12));
    painter->drawLine(r.left(), r.bottom(), r.right(), r.bottom());
    if (const QColor mark = sentimentColor(index.data(int(NoteModel::Role::Sentiment)).toInt());
        mark.isValid())
        painter->fillRect(QRect(r.left() + 3, r.top() + padY, barWidth, r.height() - 2 * padY), mark);

    const QFontMetrics fm(option.font);
    const QRect meta(r.left() + padX, r.top() + padY, r.width() - padX - 8, fm.height());
    paintMeta(painter, option, index, meta);
    const QRect text(meta.left(), meta.bottom() + 1 + lineGap, meta.width(), textLines * fm.lineSpacing());
    paintText(painter, option, index.data(NoteFilterModel::highlightedRole).toString(), text);
    painter->restore();
}

void NoteDelegate::paintMeta(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                             const QRect& line) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? ink : option.palette.color(QPalette::PlaceholderText);
    const int right = paintTags(painter, option, index, line) - 16;

    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QString when = index.data(int(NoteModel::Role::When)).toString();
    const int whenWidth = QFontMetrics(bold).horizontalAdvance(when);
    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(QRect(line.left(), line.top(), whenWidth + 2, line.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, when);

    QStringList where{index.data(int(NoteModel::Role::Source)).toString()};
    if (const QString author = index.data(int(NoteModel::Role::AuthorName)).toString(); !author.isEmpty())
        where.append(author);
    const int left = line.left() + whenWidth + 10;
    const int width = std::max(0, right - left);
    painter->setFont(option.font);
    painter->setPen(quiet);
    painter->drawText(
        QRect(left, line.top(), width, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(option.font).elidedText(where.join(QStringLiteral(" \u00b7 ")), Qt::ElideRight, width));
}

int NoteDelegate::paintTags(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                            const QRect& line) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QColor ink = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    int right = line.right();

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setWeight(QFont::DemiBold);
    const QFontMetrics smallFm(small);
    painter->setFont(small);
    painter->setRenderHint(QPainter::Antialiasing);
    const QList<int> numbers = index.data(int(NoteModel::Role::ThemeNumbers)).value<QList<int>>();
    for (auto it = numbers.crbegin(); it != numbers.crend(); ++it) {
        const QString digit = QString::number(*it);
        const int h = smallFm.height() + 2;
        const QRect badge(right - std::max(h, smallFm.horizontalAdvance(digit) + 8) + 1,
                          line.top() + (line.height() - h) / 2,
                          std::max(h, smallFm.horizontalAdvance(digit) + 8), h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? QColor(255, 255, 255, 50) : mixed(pal.color(QPalette::Base), ink, 0.13));
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setPen(ink);
        painter->drawText(badge, Qt::AlignCenter, digit);
        right = badge.left() - 4;
    }

    painter->setFont(option.font);
    const QFontMetrics fm(option.font);
    const int sentiment = index.data(int(NoteModel::Role::Sentiment)).toInt();
    // Most notes are observations: only the other kinds are named, so they stand out.
    const NoteKind noteKind = NoteKind(index.data(int(NoteModel::Role::Kind)).toInt());
    QStringList words;
    if (noteKind != NoteKind::Observation)
        words.append(noteKindLabel(noteKind));
    if (Sentiment(sentiment) != Sentiment::Neutral) {
        const QString label = sentimentLabel(Sentiment(sentiment));
        const int w = fm.horizontalAdvance(label);
        QColor tone = sentimentColor(sentiment);
        if (isDark(pal))
            tone = tone.lighter(125);
        painter->setPen(selected ? ink : tone);
        painter->drawText(QRect(right - w - 6, line.top(), w + 4, line.height()),
                          Qt::AlignRight | Qt::AlignVCenter, label);
        right -= w + 6;
        if (!words.isEmpty())
            words.append(QString()); // a separator before the sentiment
    }
    if (words.isEmpty())
        return right;
    const QString kind = words.join(QStringLiteral(" \u00b7 "));
    const int kindWidth = fm.horizontalAdvance(kind);
    painter->setPen(selected ? ink : pal.color(QPalette::PlaceholderText));
    painter->drawText(QRect(right - kindWidth - 4, line.top(), kindWidth + 2, line.height()),
                      Qt::AlignRight | Qt::AlignVCenter, kind);
    return right - kindWidth - 4;
}

void NoteDelegate::paintText(QPainter* painter, const QStyleOptionViewItem& option, const QString& marked,
                             const QRect& box) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    QTextCharFormat match;
    match.setFontWeight(QFont::Bold);
    if (selected) {
        match.setFontUnderline(true);
    } else {
        // A highlighter pen: yellow under dark ink, a deep amber under light ink.
        match.setBackground(isDark(pal) ? QColor(0x7a, 0x5c, 0x0c) : QColor(0xff, 0xe0, 0x6b));
    }
    const MarkedText text = unmark(marked, match);
    const QFontMetrics fm(option.font);
    const QString ellipsis = QStringLiteral("\u2026");
    QTextLayout layout(text.text, option.font);
    layout.setFormats(text.matches);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    bool truncated = false;
    for (int n = 0; n < textLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(box.width());
        if (n + 1 == textLines && line.textStart() + line.textLength() < text.text.size()) {
            line.setLineWidth(box.width() - fm.horizontalAdvance(ellipsis) - 2); // room for the ellipsis
            truncated = true;
        }
        line.setPosition(QPointF(0, n * fm.lineSpacing()));
    }
    layout.endLayout();
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, box.topLeft());
    if (truncated) {
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        painter->drawText(
            QPointF(box.left() + last.naturalTextWidth() + 1, box.top() + last.y() + last.ascent()),
            ellipsis);
    }
}

} // namespace pc::ui
