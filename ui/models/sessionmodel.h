// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/member.h"
#include "model/session.h"

#include "sessiontablemodel.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace pc::ui {

/// The onsite timetable as a read-only table, one row per live session in timetable order, read
/// through ScheduleRepository (and the team's names through TeamRepository). The problems column
/// shows what the page's checks found; the model does not run checks itself.
class SessionModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum class Column { Day, Start, End, Title, Kind, Location, Status, Team, Problems };
    static constexpr int columns = 9;
    /// The session's id (QUuid), day (QDate), kind and status keys (QString), the ids of its team
    /// (QStringList of ids), the text the filter searches (QString), its problem count (int), and
    /// a value to sort the column by.
    enum class Role {
        Id = Qt::UserRole + 1,
        Day,
        KindKey,
        StatusKey,
        MemberIds,
        SearchText,
        ProblemCount,
        Sort
    };

    explicit SessionModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The problems the checks found, by session; sessions not named have none.
    void setProblems(const QHash<QUuid, QStringList>& problems);

    /// The row of a session, or -1.
    [[nodiscard]] int rowOf(const QUuid& id) const { return rowOfId(m_sessions, id); }
    [[nodiscard]] const Session& sessionAt(int row) const { return m_sessions.at(row); }
    [[nodiscard]] const QList<Session>& sessions() const { return m_sessions; }
    /// The team, in its order.
    [[nodiscard]] const QList<Member>& members() const { return m_members; }

protected:
    void load(RecordStore* records) override;

private:
    [[nodiscard]] QVariant display(const Session& session, Column column) const;
    [[nodiscard]] QVariant sortKey(const Session& session, Column column) const;
    [[nodiscard]] QString teamText(const Session& session, bool withParts) const;
    [[nodiscard]] QString memberName(const QUuid& id) const;

    QList<Session> m_sessions;
    QList<Member> m_members;
    QHash<QUuid, QStringList> m_problems;
};

/// "Tue 10 Mar": a session's day as the list and the timetable show it.
[[nodiscard]] QString shortDay(const QDate& day);

} // namespace pc::ui
