// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactrepository.h"

#include "installation.h"
#include "model/registry.h"
#include "recordstore.h"

#include "common/uuidsource.h"

namespace pc {

namespace {

const QString contactTable = QStringLiteral("contact");

Contact contactFrom(const Record& r)
{
    Contact c;
    c.id = r.id;
    c.name = r.value(QStringLiteral("name")).toString();
    c.role = contactRoleFromKey(r.value(QStringLiteral("role")).toString());
    c.jobTitle = r.value(QStringLiteral("job_title")).toString();
    c.email = r.value(QStringLiteral("email")).toString();
    c.phone = r.value(QStringLiteral("phone")).toString();
    c.notes = r.value(QStringLiteral("notes")).toString();
    c.position = r.value(QStringLiteral("position")).toDouble();
    return c;
}

QVariantMap valuesOf(const Contact& c)
{
    return {{QStringLiteral("name"), c.name},          {QStringLiteral("role"), contactRoleKey(c.role)},
            {QStringLiteral("job_title"), c.jobTitle}, {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},        {QStringLiteral("notes"), c.notes},
            {QStringLiteral("position"), c.position}};
}

} // namespace

ContactRepository::ContactRepository(RecordStore& records)
    : m_records(records)
{
}

QList<Contact> ContactRepository::contacts() const
{
    QList<Contact> result;
    for (const Record& r : m_records.list(m_records.registry().table(contactTable)))
        result.append(contactFrom(r));
    return result;
}

std::optional<Contact> ContactRepository::contact(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(contactTable), id);
    return record ? std::optional<Contact>(contactFrom(*record)) : std::nullopt;
}

QUuid ContactRepository::addContact(Contact contact)
{
    const TableDef& table = m_records.registry().table(contactTable);
    if (contact.id.isNull())
        contact.id = m_records.installation().uuids().next();
    if (contact.position == 0)
        contact.position = m_records.nextPosition(table);
    m_records.insert(table, Record{contact.id, valuesOf(contact), false});
    return contact.id;
}

bool ContactRepository::updateContact(const Contact& contact)
{
    return m_records.update(m_records.registry().table(contactTable), contact.id, valuesOf(contact));
}

void ContactRepository::removeContact(const QUuid& id)
{
    m_records.remove(m_records.registry().table(contactTable), id);
}

} // namespace pc
