// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "keytable.h"

#include <QObject>

namespace pc {

namespace {

// Keys are stored in files and JSON: never rename one.
constexpr KeyTable<DocumentSource, 5> sourceKeys{{
    {DocumentSource::Council, "council"},
    {DocumentSource::Programme, "programme"},
    {DocumentSource::Benchmarking, "benchmarking"},
    {DocumentSource::FinanceBriefing, "finance-briefing"},
    {DocumentSource::Other, "other"},
}};

} // namespace

QString documentSourceKey(DocumentSource source)
{
    return keyOf(sourceKeys, source);
}

DocumentSource documentSourceFromKey(const QString& key)
{
    return valueOf(sourceKeys, key, DocumentSource::Other);
}

QString documentSourceLabel(DocumentSource source)
{
    switch (source) {
    case DocumentSource::Council:
        return QObject::tr("Council");
    case DocumentSource::Programme:
        return QObject::tr("Programme");
    case DocumentSource::Benchmarking:
        return QObject::tr("Benchmarking data");
    case DocumentSource::FinanceBriefing:
        return QObject::tr("Finance briefing");
    case DocumentSource::Other:
        return QObject::tr("Other");
    }
    return {};
}

ReadingFigures readingFigures(const QList<Document>& documents)
{
    ReadingFigures figures;
    for (const Document& document : documents) {
        ++figures.documents;
        if (document.sent.isValid())
            ++figures.sent;
        figures.assignments += int(document.readers.size());
        for (const QUuid& reader : document.readers) {
            if (document.readBy.contains(reader))
                ++figures.assignmentsRead;
        }
        if (!document.readBy.isEmpty())
            ++figures.readByAnyone;
    }
    return figures;
}

} // namespace pc
