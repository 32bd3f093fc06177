// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace pc {
class RecordStore;
}

namespace pc::ui {

class EngagementSession;

/// A read-only table of records read through a repository: it follows the session, and reloads
/// (with a reset: a few dozen rows are cheaper to reset than to map change by change) when the
/// session reports a change to one of the tables it shows. Edits go through commands.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setSession(EngagementSession* session);
    void reload();

protected:
    /// `tables`: the record tables whose changes the rows depend on.
    SessionTableModel(QStringList tables, QObject* parent);
    /// Reads the rows from `records`, or clears them when `records` is null (no file open).
    virtual void load(RecordStore* records) = 0;

    EngagementSession* m_session = nullptr;

private:
    QStringList m_tables;
};

/// The row of the record with this id in `rows`, or -1.
template <typename T>
[[nodiscard]] int rowOfId(const QList<T>& rows, const QUuid& id)
{
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows[row].id == id)
            return int(row);
    }
    return -1;
}

} // namespace pc::ui
