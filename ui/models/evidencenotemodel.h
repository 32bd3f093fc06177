// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"

#include <QAbstractListModel>
#include <QList>
#include <QUuid>

class QItemSelectionModel;
class QMimeData;

namespace pc::ui {

class FindingsData;

/// The MIME type of dragged notes: their ids, one a line.
[[nodiscard]] QString noteIdsMimeType();
/// The notes a drag carries; empty when it carries none.
[[nodiscard]] QList<QUuid> noteIdsFromMime(const QMimeData* mime);
/// The notes selected in a view of EvidenceNoteModel (or a proxy of it), in list order.
[[nodiscard]] QList<QUuid> selectedNoteIds(const QItemSelectionModel& selection);

/// Every evidence note, oldest first, as the Findings page lists them: the text, and above it when
/// and where it was taken and which findings it already supports. Notes drag out of it (as their
/// ids) onto findings; a proxy (EvidenceNoteFilter) picks the ones a panel shows.
class EvidenceNoteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// The note's id (QUuid); "Tue 13 Oct 10:42 · Cabinet members" (QString); the titles of the
    /// findings it supports (QStringList); its sentiment (int of Sentiment).
    enum class Role { Id = Qt::UserRole + 1, Meta, Findings, Sentiment };

    explicit EvidenceNoteModel(FindingsData& data, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    [[nodiscard]] const Note& noteAt(int row) const;
    [[nodiscard]] int rowOf(const QUuid& id) const;
    [[nodiscard]] FindingsData& findingsData() const { return m_data; }

private:
    [[nodiscard]] QString metaOf(const Note& note) const;
    [[nodiscard]] QStringList findingTitles(const Note& note) const;

    FindingsData& m_data;
};

} // namespace pc::ui
