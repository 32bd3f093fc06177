// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationlist.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace pc::ui {

namespace {

/// Draws the usual item, then the problem count as a pill at the right edge.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(NavigationList::badgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setWeight(QFont::DemiBold);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + height / 2 + 4);
        const QRect pill(option.rect.right() - width - 8, option.rect.center().y() - height / 2, width,
                         height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc2, 0x41, 0x0c)); // a warm amber-red that reads on light and dark
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() * 2));
        size.setWidth(size.width() + option.fontMetrics.height() * 2 + 16);
        return size;
    }
};

} // namespace

NavigationList::NavigationList(QWidget* parent)
    : QListWidget(parent)
{
    setItemDelegate(new BadgeDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setIconSize(QSize(20, 20));
    setUniformItemSizes(true);
}

/// The same icon drawn in the highlighted-text colour for the selected row, so it never sinks
/// into the selection's background.
QIcon withSelectedVariant(const QIcon& icon, const QColor& colour, const QSize& size)
{
    QIcon result = icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap = icon.pixmap(size, ratio);
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        result.addPixmap(pixmap, QIcon::Selected);
    }
    return result;
}

void NavigationList::addStage(const QIcon& icon, const QString& name)
{
    auto* item = new QListWidgetItem(
        withSelectedVariant(icon, palette().color(QPalette::HighlightedText), iconSize()), name, this);
    item->setData(Qt::AccessibleTextRole, name);
}

void NavigationList::setBadge(int row, int problems)
{
    if (QListWidgetItem* it = item(row)) {
        it->setData(badgeRole, problems);
        const QString name = it->text();
        it->setData(Qt::AccessibleTextRole,
                    problems > 0 ? tr("%1, %n open problem(s)", nullptr, problems).arg(name) : name);
        it->setToolTip(problems > 0 ? tr("%n open problem(s)", nullptr, problems) : QString());
    }
}

int NavigationList::badge(int row) const
{
    const QListWidgetItem* it = item(row);
    return it ? it->data(badgeRole).toInt() : 0;
}

} // namespace pc::ui
