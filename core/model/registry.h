// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace pc {

enum class FieldType {
    Text,      // QString
    Integer,   // qint64
    Real,      // double
    Bool,      // bool
    Date,      // QDate, stored as ISO 8601 text
    DateTime,  // QDateTime in UTC, stored as ISO 8601 text with milliseconds
    Reference, // QUuid of a record in another table
    Choice,    // QString, one of FieldDef::choices
};

/// Merged fields are stamped and merged; local fields belong to this laptop's copy only (no
/// stamp, never merged, left out of the canonical JSON form).
enum class FieldScope { Merged, Local };

/// One column of a record table. Everything about a field is declared here once: the DDL, the
/// reads and writes, the stamps, the merge and the JSON form all follow from it.
struct FieldDef
{
    QString name;     // column name, snake_case
    QString jsonName; // camelCase name in the JSON form
    FieldType type = FieldType::Text;
    bool required = false; // NOT NULL; text may still be empty unless nonEmpty
    bool nonEmpty = false; // required text that must not be blank
    QString references;    // target table of a Reference
    QStringList choices;   // allowed values of a Choice; the first is the default
    FieldScope scope = FieldScope::Merged;
    int maxLength = 0;                                   // for text: validation limit (0 = the default limit)
    qint64 minimum = std::numeric_limits<qint64>::min(); // for integers: the allowed range
    qint64 maximum = std::numeric_limits<qint64>::max();
    int since = 1; // schema version that added the field

    [[nodiscard]] bool isMerged() const { return scope == FieldScope::Merged; }
};

enum class TableKind {
    Record,    // an ordinary record
    Singleton, // exactly one live record (the engagement)
    Link,      // a pair of references; its id is derived from the pair (linkId)
};

/// One record table. Every table also has `id` (UUID, the primary key), `deleted` (the stamped
/// tombstone register) and `live` (derived from the stamps: see MERGE.md on revival).
struct TableDef
{
    QString name;     // SQL table name, snake_case, singular
    QString jsonName; // camelCase plural used in the JSON form
    TableKind kind = TableKind::Record;
    QList<FieldDef> fields;
    QString orderField; // records list sorted by (orderField, id); empty: by id
    int since = 1;
    /// Text fields kept in a full-text index (FTS5 table `<name>_search`), which the storage layer
    /// updates in the transaction of every write to the record; never merged or exported.
    QStringList searchFields;

    [[nodiscard]] const FieldDef* field(const QString& name) const;
    [[nodiscard]] const FieldDef* fieldByJsonName(const QString& jsonName) const;
    [[nodiscard]] QList<const FieldDef*> fieldsAt(int version) const;
};

/// The name under which the tombstone register is stamped.
inline const QString deletedField = QStringLiteral("deleted");

/// The declared schema: tables in dependency order (parents before children).
class Registry
{
public:
    Registry(int version, QList<TableDef> tables);

    /// The schema of this version of PeerChallenge.
    [[nodiscard]] static const Registry& standard();

    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] const QList<TableDef>& tables() const { return m_tables; }
    [[nodiscard]] const TableDef& table(const QString& name) const; // throws for an unknown name
    [[nodiscard]] const TableDef* findTable(const QString& name) const;
    [[nodiscard]] const TableDef* findTableByJsonName(const QString& jsonName) const;
    [[nodiscard]] QList<const TableDef*> tablesAt(int version) const;

private:
    int m_version;
    QList<TableDef> m_tables;
};

} // namespace pc
