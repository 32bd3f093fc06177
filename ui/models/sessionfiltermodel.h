// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace pc::ui {

/// The schedule list's view of a SessionModel: the sessions that match the search text (title,
/// location or a team member's name) and every chosen filter, sorted by the model's sort values.
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SessionFilterModel(QObject* parent = nullptr);

    void setTextFilter(const QString& text);
    /// A SessionKind key, or empty for every kind.
    void setKindFilter(const QString& key);
    /// A day, or a null date for every day.
    void setDayFilter(const QDate& day);
    /// A team member, or a null id for everyone.
    void setMemberFilter(const QUuid& member);
    /// A SessionStatus key, or empty for every status.
    void setStatusFilter(const QString& key);
    void setProblemsOnly(bool problemsOnly);
    [[nodiscard]] bool isFiltering() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_kind;
    QDate m_day;
    QUuid m_member;
    QString m_status;
    bool m_problemsOnly = false;
};

} // namespace pc::ui
