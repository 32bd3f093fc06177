// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace pc {

class Database;
struct TableDef;

/// One record a search found.
struct SearchHit
{
    QUuid id;
    /// The first search field with each match between searchMatchStart and searchMatchEnd.
    QString highlighted;
};

/// Marks around a match in SearchHit::highlighted: control characters no one types.
inline constexpr QChar searchMatchStart = QChar(0x02);
inline constexpr QChar searchMatchEnd = QChar(0x03);

/// The full-text indexes of the tables with search fields (TableDef::searchFields). RecordStore
/// keeps them in step with the records in the transaction of every write; nothing else writes them.
namespace searchindex {

/// The FTS5 query a person's words make, never FTS5 syntax of their own: each word becomes a
/// quoted prefix term ("hous" finds "housing"), text in double quotes an exact phrase (an unclosed
/// quote runs to the end), and everything else (`*`, `(`, `:`, `NEAR`, `AND` as operators) only
/// separates words. Every term must match. Empty when there is no word to look for.
[[nodiscard]] QString ftsQuery(const QString& userText);

/// The index row of a record derives from its id; a collision (one in 2^63 per pair) would only
/// leave one of the two out of search results.
[[nodiscard]] qint64 rowidOf(const QUuid& id);

/// Makes the record's row hold `texts` (the search fields, in order).
void write(Database& db, const TableDef& table, const QUuid& id, const QStringList& texts);
/// Takes the record out of the index (a removed record, or one not live after a merge).
void erase(Database& db, const TableDef& table, const QUuid& id);

/// The live records whose search fields hold every term of `userText`, best match first, at
/// most `limit` (all with a negative limit). No results for a query without words.
[[nodiscard]] QList<SearchHit> search(Database& db, const TableDef& table, const QString& userText,
                                      int limit = -1);

} // namespace searchindex
} // namespace pc
