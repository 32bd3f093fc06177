// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "common/error.h"
#include "database.h"
#include "model/registry.h"
#include "schema.h"

#include <QObject>
#include <QScopeGuard>
#include <QSet>

namespace pc {

Migrator::Migrator(const Registry& registry, QList<MigrationStep> steps)
    : m_registry(registry)
    , m_steps(std::move(steps))
{
}

QList<MigrationStep> Migrator::standardSteps()
{
    return {};
}

void Migrator::upgrade(Database& db, int fromVersion) const
{
    for (int version = fromVersion + 1; version <= m_registry.version(); ++version)
        runStep(db, version);
}

namespace {

QSet<QString> existingColumns(Database& db, const QString& table)
{
    QSet<QString> columns;
    Statement statement(db, QStringLiteral("SELECT name FROM pragma_table_xinfo(?1)"));
    statement.bind(1, table);
    while (statement.step())
        columns.insert(statement.text(0));
    return columns;
}

} // namespace

void Migrator::runStep(Database& db, int toVersion) const
{
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // Foreign keys come back on however the step ends.
    const auto restoreKeys = qScopeGuard([&db] { db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    {
        Transaction transaction(db);
        // What the file has, not what the previous version should have: a rerun finds its tables.
        QSet<QString> existingTables;
        Statement tables(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
        while (tables.step())
            existingTables.insert(tables.text(0));
        for (const schema::TableSpec& table : schema::tablesAt(m_registry, toVersion)) {
            if (!existingTables.contains(table.name)) {
                db.exec(schema::createTableSql(table));
                for (const schema::IndexSpec& index : table.indexes)
                    db.exec(schema::createIndexSql(table.name, index));
                continue;
            }
            // Checked before adding, so that a step interrupted before its commit can rerun.
            const QSet<QString> columns = existingColumns(db, table.name);
            for (const schema::ColumnSpec& column : table.columns) {
                if (!columns.contains(column.name))
                    db.exec(schema::addColumnSql(table.name, column));
            }
            for (const schema::IndexSpec& index : table.indexes)
                db.exec(schema::createIndexSql(table.name, index)
                            .replace(QStringLiteral("CREATE INDEX"),
                                     QStringLiteral("CREATE INDEX IF NOT EXISTS")));
        }
        for (const schema::SearchIndexSpec& index : schema::searchIndexesAt(m_registry, toVersion)) {
            if (!existingTables.contains(index.name))
                db.exec(schema::createSearchIndexSql(index)); // empty: its table is new with it
        }
        for (const MigrationStep& step : m_steps) {
            if (step.toVersion == toVersion && step.extra)
                step.extra(db);
        }
        Statement check(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_check"));
        if (check.step())
            throw Error(ErrorKind::Corrupt,
                        QObject::tr("Upgrading the file to version %1 left broken references in "
                                    "the table \"%2\"; the file was not changed.")
                            .arg(toVersion)
                            .arg(check.text(0)));
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
        transaction.commit();
    }
}

} // namespace pc
