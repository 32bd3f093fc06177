// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactmodel.h"

#include "session/engagementsession.h"
#include "storage/contactrepository.h"
#include "storage/engagementfile.h"

#include <QApplication>
#include <QStyle>

namespace pc::ui {

ContactModel::ContactModel(QObject* parent)
    : SessionTableModel({QStringLiteral("contact")}, parent)
{
}

void ContactModel::load(RecordStore* records)
{
    m_contacts = records ? ContactRepository(*records).contacts() : QList<Contact>();
}

int ContactModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant ContactModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& contact = m_contacts.at(index.row());
    const auto column = Column(index.column());
    if (role == int(Role::Id))
        return contact.id;
    if (role == int(Role::RoleKey))
        return contactRoleKey(contact.role);
    if (column == Column::Email && emailLooksWrong(contact.email)) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return emailWarning();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Column::Name:
        return contact.name;
    case Column::Role:
        return contactRoleLabel(contact.role);
    case Column::JobTitle:
        return contact.jobTitle;
    case Column::Email:
        return contact.email;
    case Column::Phone:
        return contact.phone;
    }
    return {};
}

QVariant ContactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Role:
        return tr("Role");
    case Column::JobTitle:
        return tr("Job title");
    case Column::Email:
        return tr("Email");
    case Column::Phone:
        return tr("Phone");
    }
    return {};
}

bool ContactModel::emailLooksWrong(const QString& email)
{
    const QString trimmed = email.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains(QLatin1Char('@'));
}

QString ContactModel::emailWarning()
{
    return tr("This does not look like an email address: it has no @.");
}

} // namespace pc::ui
