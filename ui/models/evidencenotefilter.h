// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

#include <optional>

namespace pc::ui {

class EvidenceNoteModel;

/// The notes one panel of the Findings page shows: of a theme, of a day, not yet linked to any
/// finding, only some (a finding's evidence, a search's hits). Every criterion left unset lets
/// every note through.
class EvidenceNoteFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EvidenceNoteFilter(EvidenceNoteModel& notes, QObject* parent = nullptr);

    /// Notes tagged with this theme (null: any); with `orUntagged`, notes with no theme too.
    void setTheme(const QUuid& theme, bool orUntagged = false);
    /// Notes taken on this day on the timetable's clock (invalid: any day).
    void setDay(const QDate& day);
    void setUnlinkedOnly(bool unlinked);
    /// Only these notes (nullopt: no such limit).
    void setOnly(std::optional<QSet<QUuid>> ids);
    /// Leaves out these notes (a finding's own evidence, when picking more).
    void setExcluded(QSet<QUuid> ids);

    [[nodiscard]] QUuid idAt(int row) const;
    /// The proxy row of a note, or -1.
    [[nodiscard]] int rowOfId(const QUuid& id) const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    EvidenceNoteModel& m_notes;
    QUuid m_theme;
    bool m_orUntagged = false;
    QDate m_day;
    bool m_unlinkedOnly = false;
    std::optional<QSet<QUuid>> m_only;
    QSet<QUuid> m_excluded;
};

} // namespace pc::ui
