// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>

class QAbstractProxyModel;
class QAbstractItemModel;
class QTableView;

namespace pc::ui {

/// Makes `sourceRow` of the model behind `proxy` the table's current, selected row and scrolls
/// to it; clears the selection when the row is negative or filtered out. Returns whether a row
/// is selected. The pages' tables (members, contacts, documents) keep their selection by id
/// across model resets with it.
bool selectSourceRow(QTableView* table, const QAbstractProxyModel* proxy, int sourceRow);

/// The id (at `idRole`) of the table's current row, or a null id.
[[nodiscard]] QUuid currentRowId(const QTableView* table, int idRole);

} // namespace pc::ui
