// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"
#include "model/registry.h"

namespace pc::searchindex {

namespace {

QString indexName(const TableDef& table)
{
    return table.name + QStringLiteral("_search");
}

/// An FTS5 string: double quotes doubled, so nothing inside is syntax.
QString quotedTerm(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// The words of a stretch of text: runs of letters and digits (an apostrophe inside a word, as in
/// "council's", separates like FTS5's own tokenizer does).
QStringList wordsOf(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace

QString ftsQuery(const QString& userText)
{
    QStringList terms;
    const QStringList parts = userText.split(QLatin1Char('"'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringList words = wordsOf(parts.at(i));
        if (words.isEmpty())
            continue;
        if (i % 2 == 1) // inside quotes: the words together, in order
            terms.append(quotedTerm(words.join(QLatin1Char(' '))));
        else
            for (const QString& word : words)
                terms.append(quotedTerm(word) + QLatin1Char('*'));
    }
    return terms.join(QLatin1Char(' '));
}

qint64 rowidOf(const QUuid& id)
{
    const QByteArray bytes = id.toRfc4122();
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(bytes.at(i));
    // Version 4 and 5 UUIDs keep few fixed bits in the first eight bytes; positive for SQLite.
    return qint64(value & 0x7fffffffffffffffULL);
}

void write(Database& db, const TableDef& table, const QUuid& id, const QStringList& texts)
{
    erase(db, table, id);
    QStringList placeholders;
    for (qsizetype i = 0; i < texts.size(); ++i)
        placeholders.append(QStringLiteral("?%1").arg(i + 3));
    Statement insert(db, QStringLiteral("INSERT INTO %1(rowid, record_id, %2) VALUES (?1, ?2, %3)")
                             .arg(indexName(table), table.searchFields.join(QStringLiteral(", ")),
                                  placeholders.join(QStringLiteral(", "))));
    insert.bind(1, rowidOf(id)).bind(2, id.toString(QUuid::WithoutBraces));
    for (qsizetype i = 0; i < texts.size(); ++i)
        insert.bind(int(i) + 3, texts.at(i));
    insert.run();
}

void erase(Database& db, const TableDef& table, const QUuid& id)
{
    Statement remove(db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?1").arg(indexName(table)));
    remove.bind(1, rowidOf(id));
    remove.run();
}

QList<SearchHit> search(Database& db, const TableDef& table, const QString& userText, int limit)
{
    const QString query = ftsQuery(userText);
    if (query.isEmpty())
        return {};
    const QString name = indexName(table);
    Statement select(db, QStringLiteral("SELECT record_id, highlight(%1, 1, char(2), char(3)) FROM %1 "
                                        "WHERE %1 MATCH ?1 ORDER BY rank LIMIT ?2")
                             .arg(name));
    select.bind(1, query).bind(2, qint64(limit));
    QList<SearchHit> hits;
    while (select.step())
        hits.append({QUuid::fromString(select.text(0)), select.text(1)});
    return hits;
}

} // namespace pc::searchindex
