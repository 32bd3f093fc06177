// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"
#include "storage/searchindex.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QUuid>

#include <optional>

namespace pc::ui {

class NoteModel;

/// What the notes list is narrowed to; an unset field lets every note through. A null `source`
/// means notes from no session or document, a null `theme` notes without a theme.
struct NoteFilter
{
    std::optional<QUuid> source;
    std::optional<QUuid> theme;
    std::optional<QUuid> author;
    std::optional<NoteKind> kind;
    std::optional<Sentiment> sentiment;

    [[nodiscard]] bool isSet() const { return source || theme || author || kind || sentiment; }
    friend bool operator==(const NoteFilter&, const NoteFilter&) = default;
};

/// The notes list's view of a NoteModel: the filters, and the search results best first with
/// their matches marked. Without a search the notes keep the model's order (newest first).
class NoteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// The note's text with searchMatchStart/End around each match (QString), or its plain text.
    static constexpr int highlightedRole = Qt::UserRole + 100;

    explicit NoteFilterModel(QObject* parent = nullptr);

    void setNotes(NoteModel* model);
    void setFilter(const NoteFilter& filter);
    [[nodiscard]] const NoteFilter& filter() const { return m_filter; }
    /// Shows only these hits, in their order; an empty `query` ends the search.
    void setSearch(const QString& query, const QList<SearchHit>& hits);
    [[nodiscard]] bool isSearching() const { return !m_query.isEmpty(); }
    [[nodiscard]] bool isNarrowed() const { return isSearching() || m_filter.isSet(); }

    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    struct Hit
    {
        int rank = 0;
        QString highlighted;
    };

    NoteModel* m_notes = nullptr;
    NoteFilter m_filter;
    QString m_query;
    QHash<QUuid, Hit> m_hits;
};

} // namespace pc::ui
