// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"

#include <QList>

#include <optional>

namespace pc {

class RecordStore;
struct Record;

/// The pre-reading library: documents with their themes, the members asked to read each one
/// and those who have.
class DocumentRepository
{
public:
    explicit DocumentRepository(RecordStore& records);

    /// Live documents in order; their themes and readers name live records only.
    [[nodiscard]] QList<Document> documents() const;
    [[nodiscard]] std::optional<Document> document(const QUuid& id) const;

    /// Adds a document with its links (a new id when the given one is null; last when position is 0).
    QUuid addDocument(Document document);
    /// Changes the document's own fields; its links change through the setters below.
    bool updateDocument(const Document& document);
    void removeDocument(const QUuid& id);

    void setTheme(const QUuid& document, const QUuid& theme, bool on);
    /// Asks a member to read a document, or stops asking.
    void setReader(const QUuid& document, const QUuid& member, bool on);
    /// Records that a member has read a document, or has not.
    void setRead(const QUuid& document, const QUuid& member, bool read);

private:
    [[nodiscard]] QList<Document> load(const QList<Record>& records) const;

    RecordStore& m_records;
};

} // namespace pc
