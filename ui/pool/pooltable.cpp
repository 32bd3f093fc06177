// SPDX-License-Identifier: GPL-3.0-or-later
#include "pooltable.h"

#include "poolmodel.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>
#include <array>

namespace pc::ui {

namespace {

using Column = PoolModel::Column;

/// Columns that give way when the table is narrow, and the least each keeps.
constexpr std::array<Column, 5> elastic{Column::Roles, Column::Organisation, Column::Sector,
                                        Column::Expertise, Column::Party};

bool isElastic(int column)
{
    return std::find(elastic.cbegin(), elastic.cend(), Column(column)) != elastic.cend();
}

} // namespace

PoolTableView::PoolTableView(QWidget* parent)
    : QTableView(parent)
{
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Dense rows: a pool is scanned, many peers at a time.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 10);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
}

void PoolTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    share();
}

void PoolTableView::fitColumns()
{
    if (!model() || model()->columnCount() != PoolModel::columns)
        return;
    const int cap = fontMetrics().averageCharWidth() * 40;
    m_contentWidths.clear();
    for (int column = 0; column < PoolModel::columns; ++column) {
        const int content = std::max(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
        // Names are what people look for: they keep their width (up to the cap), others give way.
        const bool capped = isElastic(column) || Column(column) == Column::Name;
        m_contentWidths.append(capped ? std::min(content, cap) : content);
    }
    share();
}

void PoolTableView::share()
{
    if (m_userSized || m_contentWidths.size() != PoolModel::columns)
        return;
    QList<int> widths = m_contentWidths;
    int total = 0;
    for (int width : std::as_const(widths))
        total += width;
    // The scroll bar's room is kept whether it shows or not, so rows coming and going move nothing.
    const int available = contentsRect().width() - verticalScrollBar()->sizeHint().width();
    // An elastic column keeps its header readable and about ten characters of its contents.
    const auto minimum = [this](Column column) {
        return std::max(fontMetrics().averageCharWidth() * 10,
                        horizontalHeader()->sectionSizeHint(int(column)));
    };
    if (total > available) {
        // Take the excess from the elastic columns, each in proportion to what it has above the minimum.
        int spare = 0;
        for (Column column : elastic)
            spare += std::max(0, widths[int(column)] - minimum(column));
        const int excess = std::min(total - available, spare);
        int taken = 0;
        for (Column column : elastic) {
            const int above = std::max(0, widths[int(column)] - minimum(column));
            const int share = spare > 0 ? int(qint64(excess) * above / spare) : 0;
            widths[int(column)] -= share;
            taken += share;
        }
        for (Column column : elastic) { // what rounding left, or a pixel would overflow
            const int more = std::min(excess - taken, std::max(0, widths[int(column)] - minimum(column)));
            widths[int(column)] -= more;
            taken += more;
        }
    } else {
        // Give what is left to the organisation and the expertise, the columns most often cut short.
        const int extra = available - total;
        widths[int(Column::Organisation)] += extra / 2;
        widths[int(Column::Expertise)] += extra - extra / 2;
    }
    m_fitting = true;
    for (int column = 0; column < PoolModel::columns; ++column)
        setColumnWidth(column, widths.at(column));
    m_fitting = false;
}

} // namespace pc::ui
