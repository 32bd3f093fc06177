// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "model/registry.h"
#include "storage/database.h"
#include "storage/engagementfile.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QSet>
#include <QStringList>

#include <optional>

// Small helpers shared by the storage tests; header-only, test code only.
namespace pc::test {

/// The error a call throws, or nothing; anything other than pc::Error fails the test.
template <typename Call>
std::optional<Error> errorFrom(Call&& call)
{
    try {
        call();
    } catch (const Error& error) {
        return error;
    }
    return std::nullopt;
}

inline const TableDef& memberTable(EngagementFile& file)
{
    return file.registry().table(QStringLiteral("member"));
}

/// Adds a member in its own committed edit; returns its id.
inline QUuid addMember(EngagementFile& file, const QString& name, const QString& notes = {})
{
    const QUuid id = file.installation().uuids().next();
    EngagementFile::Edit edit(file);
    file.records().insert(
        memberTable(file),
        Record{id, {{QStringLiteral("name"), name}, {QStringLiteral("notes"), notes}}, false});
    edit.commit();
    return id;
}

/// The live member names, sorted.
inline QStringList memberNames(EngagementFile& file)
{
    QStringList names;
    for (const Record& member : file.records().list(memberTable(file)))
        names.append(member.value(QStringLiteral("name")).toString());
    names.sort();
    return names;
}

/// Every line of `PRAGMA integrity_check`, joined: "ok" for a sound file.
inline QString integrityCheck(Database& db)
{
    Statement check(db, QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (check.step())
        lines.append(check.text(0));
    return lines.join(QLatin1Char('\n'));
}

/// The names of the tables in a database file.
inline QSet<QString> tableNames(Database& db)
{
    Statement tables(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    QSet<QString> names;
    while (tables.step())
        names.insert(tables.text(0));
    return names;
}

inline QSet<QString> columnNames(Database& db, const QString& table)
{
    Statement columns(db, QStringLiteral("SELECT name FROM pragma_table_xinfo(?1)"));
    columns.bind(1, table);
    QSet<QString> names;
    while (columns.step())
        names.insert(columns.text(0));
    return names;
}

/// Options for an open that makes no backup (tests without a backup folder).
inline OpenOptions withoutBackup()
{
    OpenOptions options;
    options.dailyBackup = false;
    return options;
}

} // namespace pc::test
