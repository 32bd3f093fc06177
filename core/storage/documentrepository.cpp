// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentrepository.h"

#include "installation.h"
#include "model/registry.h"
#include "recordstore.h"

#include "common/uuidsource.h"

#include <QSet>

namespace pc {

namespace {

const QString documentTable = QStringLiteral("document");
const QString themeLinks = QStringLiteral("document_theme");
const QString readerLinks = QStringLiteral("document_reader");
const QString readLinks = QStringLiteral("document_read");

QVariantMap valuesOf(const Document& d)
{
    return {{QStringLiteral("title"), d.title},
            {QStringLiteral("source"), documentSourceKey(d.source)},
            {QStringLiteral("received"), d.received.isValid() ? QVariant(d.received) : QVariant()},
            {QStringLiteral("sent"), d.sent.isValid() ? QVariant(d.sent) : QVariant()},
            {QStringLiteral("location"), d.location},
            {QStringLiteral("notes"), d.notes},
            {QStringLiteral("position"), d.position}};
}

} // namespace

DocumentRepository::DocumentRepository(RecordStore& records)
    : m_records(records)
{
}

QList<Document> DocumentRepository::load(const QList<Record>& records) const
{
    if (records.isEmpty())
        return {};
    const Registry& registry = m_records.registry();
    const QSet<QUuid> themes = m_records.liveIds(registry.table(QStringLiteral("theme")));
    const QSet<QUuid> members = m_records.liveIds(registry.table(QStringLiteral("member")));
    const auto themesOf = m_records.linksByFirst(registry.table(themeLinks), themes);
    const auto readersOf = m_records.linksByFirst(registry.table(readerLinks), members);
    const auto readByOf = m_records.linksByFirst(registry.table(readLinks), members);
    QList<Document> result;
    result.reserve(records.size());
    for (const Record& r : records) {
        Document d;
        d.id = r.id;
        d.title = r.value(QStringLiteral("title")).toString();
        d.source = documentSourceFromKey(r.value(QStringLiteral("source")).toString());
        d.received = r.value(QStringLiteral("received")).toDate();
        d.sent = r.value(QStringLiteral("sent")).toDate();
        d.location = r.value(QStringLiteral("location")).toString();
        d.notes = r.value(QStringLiteral("notes")).toString();
        d.position = r.value(QStringLiteral("position")).toDouble();
        d.themes = themesOf.value(d.id);
        d.readers = readersOf.value(d.id);
        d.readBy = readByOf.value(d.id);
        result.append(d);
    }
    return result;
}

QList<Document> DocumentRepository::documents() const
{
    return load(m_records.list(m_records.registry().table(documentTable)));
}

std::optional<Document> DocumentRepository::document(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(documentTable), id);
    if (!record)
        return std::nullopt;
    return load({*record}).value(0);
}

QUuid DocumentRepository::addDocument(Document document)
{
    const TableDef& table = m_records.registry().table(documentTable);
    if (document.id.isNull())
        document.id = m_records.installation().uuids().next();
    if (document.position == 0)
        document.position = m_records.nextPosition(table);
    m_records.insert(table, Record{document.id, valuesOf(document), false});
    for (const QUuid& theme : std::as_const(document.themes))
        setTheme(document.id, theme, true);
    for (const QUuid& member : std::as_const(document.readers))
        setReader(document.id, member, true);
    for (const QUuid& member : std::as_const(document.readBy))
        setRead(document.id, member, true);
    return document.id;
}

bool DocumentRepository::updateDocument(const Document& document)
{
    return m_records.update(m_records.registry().table(documentTable), document.id, valuesOf(document));
}

void DocumentRepository::removeDocument(const QUuid& id)
{
    m_records.remove(m_records.registry().table(documentTable), id);
}

void DocumentRepository::setTheme(const QUuid& document, const QUuid& theme, bool on)
{
    m_records.setLinked(m_records.registry().table(themeLinks), document, theme, on);
}

void DocumentRepository::setReader(const QUuid& document, const QUuid& member, bool on)
{
    m_records.setLinked(m_records.registry().table(readerLinks), document, member, on);
}

void DocumentRepository::setRead(const QUuid& document, const QUuid& member, bool read)
{
    m_records.setLinked(m_records.registry().table(readLinks), document, member, read);
}

} // namespace pc
