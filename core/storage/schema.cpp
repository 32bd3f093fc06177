// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "common/error.h"
#include "database.h"
#include "model/registry.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace pc::schema {

namespace {

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

TableSpec recordTable(const TableDef& table, int version)
{
    TableSpec spec{table.name, {}, {}, false, {}};
    spec.columns.append({QStringLiteral("id"), QStringLiteral("TEXT"), true, {}, 1, {}});
    for (const FieldDef* field : table.fieldsAt(version)) {
        spec.columns.append(columnFor(*field));
        if (field->type == FieldType::Reference)
            spec.indexes.append({table.name + QLatin1Char('_') + field->name, field->name});
    }
    spec.columns.append(
        {QStringLiteral("deleted"), QStringLiteral("INTEGER"), true, QStringLiteral("0"), 0, {}});
    spec.columns.append(
        {QStringLiteral("live"), QStringLiteral("INTEGER"), true, QStringLiteral("1"), 0, {}});
    if (table.kind == TableKind::Link) {
        for (const FieldDef& field : table.fields)
            spec.uniqueColumns.append(field.name);
    }
    return spec;
}

TableSpec stampTableSpec()
{
    const QString text = QStringLiteral("TEXT");
    const QString integer = QStringLiteral("INTEGER");
    return {stampTable,
            {{QStringLiteral("tbl"), text, true, {}, 1, {}},
             {QStringLiteral("record"), text, true, {}, 2, {}},
             {QStringLiteral("field"), text, true, {}, 3, {}},
             {QStringLiteral("hlc"), integer, true, {}, 0, {}},
             {QStringLiteral("device"), text, true, {}, 0, {}},
             {QStringLiteral("base_hlc"), integer, true, QStringLiteral("0"), 0, {}},
             {QStringLiteral("base_device"), text, true, QStringLiteral("''"), 0, {}}},
            {},
            true,
            {}};
}

[[noreturn]] void refuse(const QString& reason)
{
    throw Error(ErrorKind::UnexpectedSchema,
                QObject::tr("This file holds something a PeerChallenge engagement file never has (%1), so it "
                            "was not opened. It may have been made or changed by another program.")
                    .arg(reason));
}

void verifyColumns(Database& db, const TableSpec& spec)
{
    QHash<QString, ColumnSpec> expected;
    for (const ColumnSpec& column : spec.columns)
        expected.insert(column.name, column);
    Statement info(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                      "FROM pragma_table_xinfo(?1)"));
    info.bind(1, spec.name);
    int seen = 0;
    while (info.step()) {
        const QString name = info.text(0);
        const auto it = expected.constFind(name);
        if (it == expected.constEnd() || info.integer(5) != 0)
            refuse(QObject::tr("an unexpected column \"%1\" in the table \"%2\"").arg(name, spec.name));
        const bool same = info.text(1) == it->type && (info.integer(2) != 0) == it->notNull
                          && info.text(3) == it->defaultValue && info.integer(4) == it->primaryKey;
        if (!same)
            refuse(QObject::tr("a changed column \"%1\" in the table \"%2\"").arg(name, spec.name));
        ++seen;
    }
    if (seen != spec.columns.size())
        refuse(QObject::tr("missing columns in the table \"%1\"").arg(spec.name));

    Statement keys(db, QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1)"));
    keys.bind(1, spec.name);
    int foreignKeys = 0;
    while (keys.step()) {
        const auto it = expected.constFind(keys.text(1));
        if (it == expected.constEnd() || it->references != keys.text(0)
            || keys.text(2) != QStringLiteral("id"))
            refuse(QObject::tr("an unexpected reference in the table \"%1\"").arg(spec.name));
        ++foreignKeys;
    }
    int expectedKeys = 0;
    for (const ColumnSpec& column : spec.columns)
        expectedKeys += column.references.isEmpty() ? 0 : 1;
    if (foreignKeys != expectedKeys)
        refuse(QObject::tr("missing references in the table \"%1\"").arg(spec.name));
}

void verifyTableOptions(Database& db, const TableSpec& spec)
{
    Statement list(
        db, QStringLiteral("SELECT type, wr, strict FROM pragma_table_list(?1) WHERE schema = 'main'"));
    list.bind(1, spec.name);
    if (!list.step() || list.text(0) != QStringLiteral("table") || (list.integer(1) != 0) != spec.withoutRowid
        || list.integer(2) != 1)
        refuse(QObject::tr("a changed definition of the table \"%1\"").arg(spec.name));
}

} // namespace

ColumnSpec columnFor(const FieldDef& field)
{
    ColumnSpec column{field.name, QStringLiteral("TEXT"), field.required, {}, 0, {}};
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Bool:
        column.type = QStringLiteral("INTEGER");
        break;
    case FieldType::Real:
        column.type = QStringLiteral("REAL");
        break;
    case FieldType::Reference:
        column.references = field.references;
        break;
    default:
        break;
    }
    if (field.required && field.type != FieldType::Reference) {
        if (column.type == QStringLiteral("TEXT"))
            column.defaultValue =
                quoted(field.type == FieldType::Choice ? field.choices.value(0) : QString());
        else
            column.defaultValue = QStringLiteral("0");
    }
    return column;
}

QList<TableSpec> tablesAt(const Registry& registry, int version)
{
    QList<TableSpec> tables;
    for (const TableDef* table : registry.tablesAt(version))
        tables.append(recordTable(*table, version));
    tables.append(stampTableSpec());
    return tables;
}

QString columnSql(const ColumnSpec& column, bool inlinePrimaryKey)
{
    QString sql = column.name + QLatin1Char(' ') + column.type;
    if (inlinePrimaryKey)
        sql += QStringLiteral(" PRIMARY KEY");
    if (column.notNull)
        sql += QStringLiteral(" NOT NULL");
    if (!column.defaultValue.isEmpty())
        sql += QStringLiteral(" DEFAULT ") + column.defaultValue;
    if (!column.references.isEmpty())
        sql += QStringLiteral(" REFERENCES %1(id) DEFERRABLE INITIALLY DEFERRED").arg(column.references);
    return sql;
}

QString createTableSql(const TableSpec& table)
{
    QStringList parts;
    QStringList primaryKey;
    for (const ColumnSpec& column : table.columns) {
        if (column.primaryKey > 0)
            primaryKey.append(column.name);
    }
    const bool inlineKey = primaryKey.size() == 1;
    for (const ColumnSpec& column : table.columns)
        parts.append(columnSql(column, inlineKey && column.primaryKey == 1));
    if (!inlineKey)
        parts.append(QStringLiteral("PRIMARY KEY (%1)").arg(primaryKey.join(QStringLiteral(", "))));
    if (!table.uniqueColumns.isEmpty())
        parts.append(QStringLiteral("UNIQUE (%1)").arg(table.uniqueColumns.join(QStringLiteral(", "))));
    return QStringLiteral("CREATE TABLE %1 (\n  %2\n) STRICT%3")
        .arg(table.name, parts.join(QStringLiteral(",\n  ")),
             table.withoutRowid ? QStringLiteral(", WITHOUT ROWID") : QString());
}

QList<SearchIndexSpec> searchIndexesAt(const Registry& registry, int version)
{
    QList<SearchIndexSpec> indexes;
    for (const TableDef* table : registry.tablesAt(version)) {
        if (!table->searchFields.isEmpty())
            indexes.append({table->name + QStringLiteral("_search"), table->name, table->searchFields});
    }
    return indexes;
}

QString createSearchIndexSql(const SearchIndexSpec& index)
{
    // remove_diacritics 2: "resume" finds "résumé"; prefix '2 3': "hou*" is answered from an index.
    return QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(record_id UNINDEXED, %2, "
                          "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
        .arg(index.name, index.columns.join(QStringLiteral(", ")));
}

QStringList searchShadowTables(const SearchIndexSpec& index)
{
    QStringList names;
    for (const char* suffix : {"_data", "_idx", "_content", "_docsize", "_config"})
        names.append(index.name + QLatin1String(suffix));
    return names;
}

QString createIndexSql(const QString& table, const IndexSpec& index)
{
    return QStringLiteral("CREATE INDEX %1 ON %2(%3)").arg(index.name, table, index.column);
}

QString addColumnSql(const QString& table, const ColumnSpec& column)
{
    return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(table, columnSql(column, false));
}

void create(Database& db, const Registry& registry)
{
    for (const TableSpec& table : tablesAt(registry, registry.version())) {
        db.exec(createTableSql(table));
        for (const IndexSpec& index : table.indexes)
            db.exec(createIndexSql(table.name, index));
    }
    for (const SearchIndexSpec& index : searchIndexesAt(registry, registry.version()))
        db.exec(createSearchIndexSql(index));
}

void verify(Database& db, const Registry& registry, int version)
{
    const QList<TableSpec> tables = tablesAt(registry, version);
    QSet<QString> expectedTables;
    QSet<QString> expectedIndexes;
    for (const TableSpec& table : tables) {
        expectedTables.insert(table.name);
        for (const IndexSpec& index : table.indexes)
            expectedIndexes.insert(index.name);
    }
    // A search index must be exactly the FTS5 table this version makes; its shadow tables belong
    // to FTS5 (defensive mode keeps SQL from writing them).
    QHash<QString, QString> searchIndexSql;
    QSet<QString> shadowTables;
    for (const SearchIndexSpec& index : searchIndexesAt(registry, version)) {
        searchIndexSql.insert(index.name, createSearchIndexSql(index));
        for (const QString& shadow : searchShadowTables(index))
            shadowTables.insert(shadow);
    }
    QSet<QString> seenTables;
    Statement objects(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"));
    while (objects.step()) {
        const QString type = objects.text(0);
        const QString name = objects.text(1);
        if (type == QStringLiteral("table") && searchIndexSql.contains(name)) {
            if (objects.text(3) != searchIndexSql.value(name))
                refuse(QObject::tr("a search index \"%1\" that is not as PeerChallenge makes it").arg(name));
            seenTables.insert(name);
            continue;
        }
        if (type == QStringLiteral("table") && shadowTables.contains(name))
            continue;
        if (type == QStringLiteral("trigger"))
            refuse(QObject::tr("a trigger named \"%1\"").arg(name));
        if (type == QStringLiteral("view"))
            refuse(QObject::tr("a view named \"%1\"").arg(name));
        if (type == QStringLiteral("table")) {
            if (name == QStringLiteral("sqlite_stat1") || name == QStringLiteral("sqlite_stat4"))
                continue;
            if (!expectedTables.contains(name))
                refuse(QObject::tr("an unknown table named \"%1\"").arg(name));
            seenTables.insert(name);
        } else if (type == QStringLiteral("index")) {
            const bool automatic = name.startsWith(QStringLiteral("sqlite_autoindex_"))
                                   && expectedTables.contains(objects.text(2));
            if (!automatic && !expectedIndexes.contains(name))
                refuse(QObject::tr("an unknown index named \"%1\"").arg(name));
        } else {
            refuse(QObject::tr("an object of type \"%1\" named \"%2\"").arg(type, name));
        }
    }
    for (auto it = searchIndexSql.cbegin(); it != searchIndexSql.cend(); ++it) {
        if (!seenTables.contains(it.key()))
            throw Error(
                ErrorKind::Corrupt,
                QObject::tr("The file is incomplete: the search index \"%1\" is missing.").arg(it.key()));
    }
    for (const TableSpec& table : tables) {
        if (!seenTables.contains(table.name))
            throw Error(ErrorKind::Corrupt,
                        QObject::tr("The file is incomplete: the table \"%1\" is missing.").arg(table.name));
        verifyTableOptions(db, table);
        verifyColumns(db, table);
    }
}

} // namespace pc::schema
