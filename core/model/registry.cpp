// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "common/error.h"

#include <QObject>

namespace pc {

const FieldDef* TableDef::field(const QString& fieldName) const
{
    for (const FieldDef& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const FieldDef* TableDef::fieldByJsonName(const QString& json) const
{
    for (const FieldDef& f : fields) {
        if (f.jsonName == json)
            return &f;
    }
    return nullptr;
}

QList<const FieldDef*> TableDef::fieldsAt(int version) const
{
    QList<const FieldDef*> result;
    for (const FieldDef& f : fields) {
        if (f.since <= version)
            result.append(&f);
    }
    return result;
}

Registry::Registry(int version, QList<TableDef> tables)
    : m_version(version)
    , m_tables(std::move(tables))
{
}

const TableDef& Registry::table(const QString& name) const
{
    if (const TableDef* t = findTable(name))
        return *t;
    throw Error(ErrorKind::Constraint, QObject::tr("Unknown record table \"%1\".").arg(name));
}

const TableDef* Registry::findTable(const QString& name) const
{
    for (const TableDef& t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const TableDef* Registry::findTableByJsonName(const QString& jsonName) const
{
    for (const TableDef& t : m_tables) {
        if (t.jsonName == jsonName)
            return &t;
    }
    return nullptr;
}

QList<const TableDef*> Registry::tablesAt(int version) const
{
    QList<const TableDef*> result;
    for (const TableDef& t : m_tables) {
        if (t.since <= version)
            result.append(&t);
    }
    return result;
}

} // namespace pc
