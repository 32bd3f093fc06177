// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableselection.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QTableView>

namespace pc::ui {

bool selectSourceRow(QTableView* table, const QAbstractProxyModel* proxy, int sourceRow)
{
    const QModelIndex index =
        sourceRow >= 0 ? proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0)) : QModelIndex();
    if (!index.isValid()) {
        table->selectionModel()->clear();
        return false;
    }
    table->selectionModel()->setCurrentIndex(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
    return true;
}

QUuid currentRowId(const QTableView* table, int idRole)
{
    const QModelIndex current = table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(idRole).toUuid() : QUuid();
}

} // namespace pc::ui
