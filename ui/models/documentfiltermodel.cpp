// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfiltermodel.h"

#include "documentmodel.h"

namespace pc::ui {

DocumentFilterModel::DocumentFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(int(DocumentModel::Role::Sort));
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DocumentFilterModel::setTitleFilter(const QString& text)
{
    const QString title = text.trimmed();
    if (title == m_title)
        return;
    m_title = title;
    invalidateRowsFilter();
}

void DocumentFilterModel::setSourceFilter(const QString& key)
{
    if (key == m_source)
        return;
    m_source = key;
    invalidateRowsFilter();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex title =
        sourceModel()->index(sourceRow, int(DocumentModel::Column::Title), sourceParent);
    if (!m_source.isEmpty() && title.data(int(DocumentModel::Role::SourceKey)).toString() != m_source)
        return false;
    return title.data().toString().contains(m_title, Qt::CaseInsensitive);
}

} // namespace pc::ui
