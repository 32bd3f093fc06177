// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/contact.h"

#include "sessiontablemodel.h"

#include <QList>

namespace pc::ui {

/// The host council's contacts as a read-only table, read through ContactRepository and
/// reloaded (with a reset) when the session reports a change to them. Edits go through
/// commands, never through this model.
class ContactModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Role, JobTitle, Email, Phone };
    static constexpr int columns = 5;
    /// The contact's id (QUuid) and role key (QString), for views and tests.
    enum class Role { Id = Qt::UserRole + 1, RoleKey };

    explicit ContactModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The row of a contact, or -1.
    [[nodiscard]] int rowOf(const QUuid& id) const { return rowOfId(m_contacts, id); }
    [[nodiscard]] const Contact& contactAt(int row) const { return m_contacts.at(row); }

    /// A light check, for a warning only: what the user typed is stored either way.
    [[nodiscard]] static bool emailLooksWrong(const QString& email);
    [[nodiscard]] static QString emailWarning();

protected:
    void load(RecordStore* records) override;

private:
    QList<Contact> m_contacts;
};

} // namespace pc::ui
