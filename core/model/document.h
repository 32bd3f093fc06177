// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pc {

/// Where a pre-reading document came from (DOMAIN.md section 3).
enum class DocumentSource { Council, Programme, Benchmarking, FinanceBriefing, Other };

inline constexpr DocumentSource allDocumentSources[] = {
    DocumentSource::Council, DocumentSource::Programme, DocumentSource::Benchmarking,
    DocumentSource::FinanceBriefing, DocumentSource::Other};

[[nodiscard]] QString documentSourceKey(DocumentSource source);
[[nodiscard]] DocumentSource documentSourceFromKey(const QString& key);
[[nodiscard]] QString documentSourceLabel(DocumentSource source);

/// A document of the pre-reading library.
struct Document
{
    QUuid id;
    QString title;
    DocumentSource source = DocumentSource::Council;
    QDate received;   // from the council or the programme
    QDate sent;       // to the team
    QString location; // a path or a link
    QString notes;
    double position = 0;
    QList<QUuid> themes;  // filled by DocumentRepository
    QList<QUuid> readers; // team members asked to read it
    QList<QUuid> readBy;  // team members who have read it

    friend bool operator==(const Document&, const Document&) = default;
};

/// How much of the pre-reading went out and was read, for the Documents page and the report
/// ("the team read more than 40 documents").
struct ReadingFigures
{
    int documents = 0;
    int sent = 0;
    int assignments = 0;     // (document, member asked to read it) pairs
    int assignmentsRead = 0; // of those, read
    int readByAnyone = 0;    // documents at least one member has read
};

[[nodiscard]] ReadingFigures readingFigures(const QList<Document>& documents);

} // namespace pc
