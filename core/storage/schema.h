// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pc {

class Database;
class Registry;
struct FieldDef;

/// The physical schema of an engagement file, derived from the record registry: the DDL for a
/// new file or a migration step, and the check that an opened file holds exactly what a given
/// schema version expects (nothing missing, nothing foreign).
namespace schema {

/// PRAGMA application_id of every engagement file: "PCHG".
inline constexpr qint32 applicationId = 0x50434847;
inline const QString stampTable = QStringLiteral("stamp");

struct ColumnSpec
{
    QString name;
    QString type; // TEXT, INTEGER or REAL
    bool notNull = false;
    QString defaultValue; // as SQL text, empty for none
    int primaryKey = 0;   // position in the primary key, 0 if not part of it
    QString references;   // parent table, empty for none
};

struct IndexSpec
{
    QString name;
    QString column;
};

struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns;
    QStringList uniqueColumns; // one UNIQUE constraint over these (link pairs)
    bool withoutRowid = false;
    QList<IndexSpec> indexes;
};

/// The full-text index of a table with search fields: an FTS5 table `<table>_search` holding the
/// record id (unindexed) and the fields, accent-blind, with prefix indexes. Its rowid derives
/// from the record id (searchRowid), so a record's row is found without a lookup table.
struct SearchIndexSpec
{
    QString name;
    QString table;
    QStringList columns;
};

/// The search indexes the file has at `version`.
[[nodiscard]] QList<SearchIndexSpec> searchIndexesAt(const Registry& registry, int version);
[[nodiscard]] QString createSearchIndexSql(const SearchIndexSpec& index);
/// The tables FTS5 makes for an index, which the file may hold and nothing else may touch.
[[nodiscard]] QStringList searchShadowTables(const SearchIndexSpec& index);

/// Every table the file has at `version`, with the registry's record tables first.
[[nodiscard]] QList<TableSpec> tablesAt(const Registry& registry, int version);
[[nodiscard]] ColumnSpec columnFor(const FieldDef& field);
[[nodiscard]] QString createTableSql(const TableSpec& table);
[[nodiscard]] QString createIndexSql(const QString& table, const IndexSpec& index);
[[nodiscard]] QString addColumnSql(const QString& table, const ColumnSpec& column);

/// Creates every table of the registry's current version in an empty database.
void create(Database& db, const Registry& registry);
/// Throws pc::Error (UnexpectedSchema or Corrupt) naming the first thing that is not as
/// `version` of the registry expects: a trigger, a view, an unknown or missing table, index or
/// column, a changed column.
void verify(Database& db, const Registry& registry, int version);

} // namespace schema
} // namespace pc
