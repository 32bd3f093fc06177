// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/theme.h"

#include "sessiontablemodel.h"

#include <QList>

namespace pc::ui {

/// The pre-reading library as a read-only table, read through DocumentRepository (and the
/// themes' titles through ScopeRepository) and reloaded whenever the session reports a change.
class DocumentModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum class Column { Title, Source, Received, Sent, Themes, Read };
    static constexpr int columns = 6;
    /// The document's id (QUuid), its source key (QString), and a value to sort the column by.
    enum class Role { Id = Qt::UserRole + 1, SourceKey, Sort };

    explicit DocumentModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The row of a document, or -1.
    [[nodiscard]] int rowOf(const QUuid& id) const { return rowOfId(m_documents, id); }
    [[nodiscard]] const Document& documentAt(int row) const { return m_documents.at(row); }
    [[nodiscard]] const QList<Document>& documents() const { return m_documents; }
    /// The scope's themes: core elements first, then focus areas.
    [[nodiscard]] const QList<Theme>& themes() const { return m_themes; }

protected:
    void load(RecordStore* records) override;

private:
    [[nodiscard]] QVariant display(const Document& document, Column column) const;
    [[nodiscard]] QVariant sortKey(const Document& document, Column column) const;
    [[nodiscard]] QStringList themeTitles(const Document& document) const;

    QList<Document> m_documents;
    QList<Theme> m_themes;
};

/// "3 of 5": how many of the members asked to read a document have read it.
[[nodiscard]] int readersDone(const Document& document);

} // namespace pc::ui
