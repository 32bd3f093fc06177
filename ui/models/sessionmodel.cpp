// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionmodel.h"

#include "storage/schedulerepository.h"
#include "storage/teamrepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace pc::ui {

namespace {

/// A time of day first, the day second: sorting by Start lines up every 09:00 of the visit.
qint64 timeThenDay(int minutes, const QDate& day)
{
    return qint64(minutes) * 10'000'000 + day.toJulianDay();
}

} // namespace

QString shortDay(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("ddd d MMM")) : QString();
}

SessionModel::SessionModel(QObject* parent)
    : SessionTableModel({QStringLiteral("session"), QStringLiteral("session_member"),
                         QStringLiteral("session_group"), QStringLiteral("session_theme"),
                         QStringLiteral("session_question"), QStringLiteral("session_contact"),
                         QStringLiteral("member"), QStringLiteral("location")},
                        parent)
{
}

void SessionModel::load(RecordStore* records)
{
    m_sessions.clear();
    m_members.clear();
    if (!records)
        return;
    m_sessions = ScheduleRepository(*records).sessions();
    m_members = TeamRepository(*records).members();
}

void SessionModel::setProblems(const QHash<QUuid, QStringList>& problems)
{
    m_problems = problems;
    // Every column carries the problem count (the filter reads it from the first).
    if (!m_sessions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

int SessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant SessionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session& session = m_sessions.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case int(Role::Id):
        return session.id;
    case int(Role::Day):
        return session.day;
    case int(Role::KindKey):
        return sessionKindKey(session.kind);
    case int(Role::StatusKey):
        return sessionStatusKey(session.status);
    case int(Role::MemberIds): {
        QStringList ids;
        for (const SessionAttendance& a : session.team)
            ids.append(a.member.toString());
        return ids;
    }
    case int(Role::SearchText):
        return QStringList{session.title, session.location, teamText(session, false)}.join(QLatin1Char('\n'));
    case int(Role::ProblemCount):
        return int(m_problems.value(session.id).size());
    case int(Role::Sort):
        return sortKey(session, column);
    case Qt::DisplayRole:
        return display(session, column);
    case Qt::ToolTipRole:
        if (column == Column::Problems)
            return m_problems.value(session.id).join(QLatin1Char('\n'));
        if (column == Column::Team)
            return teamText(session, true);
        return display(session, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Problems)
            return int(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (session.isCancelled()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (session.isCancelled())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (column == Column::Problems && !m_problems.value(session.id).isEmpty())
            return QBrush(QColor(0xc2, 0x41, 0x0c)); // the navigation badges' amber-red
        return {};
    default:
        return {};
    }
}

QVariant SessionModel::display(const Session& session, Column column) const
{
    switch (column) {
    case Column::Day:
        return shortDay(session.day);
    case Column::Start:
        return clockTime(session.start);
    case Column::End:
        return clockTime(session.end);
    case Column::Title:
        return session.title;
    case Column::Kind:
        return sessionKindLabel(session.kind);
    case Column::Location:
        return session.location;
    case Column::Status:
        return sessionStatusLabel(session.status);
    case Column::Team:
        return teamText(session, false);
    case Column::Problems: {
        const qsizetype count = m_problems.value(session.id).size();
        return count > 0 ? QLocale().toString(count) : QString();
    }
    }
    return {};
}

QVariant SessionModel::sortKey(const Session& session, Column column) const
{
    switch (column) {
    case Column::Day:
        return session.absoluteStart();
    case Column::Start:
        return timeThenDay(session.start, session.day);
    case Column::End:
        return timeThenDay(session.end, session.day);
    case Column::Problems:
        return int(m_problems.value(session.id).size());
    default:
        return display(session, column);
    }
}

QString SessionModel::teamText(const Session& session, bool withParts) const
{
    QStringList names;
    for (const SessionAttendance& a : session.team) {
        const QString name = memberName(a.member);
        names.append(withParts ? tr("%1 (%2)").arg(name, sessionPartLabel(a.part)) : name);
    }
    return names.join(withParts ? QStringLiteral("\n") : QStringLiteral(", "));
}

QString SessionModel::memberName(const QUuid& id) const
{
    const int row = rowOfId(m_members, id);
    return row >= 0 ? m_members.at(row).name : tr("Unknown member");
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Day:
        return tr("Day");
    case Column::Start:
        return tr("Start");
    case Column::End:
        return tr("End");
    case Column::Title:
        return tr("Title");
    case Column::Kind:
        return tr("Kind");
    case Column::Location:
        return tr("Location");
    case Column::Status:
        return tr("Status");
    case Column::Team:
        return tr("Team");
    case Column::Problems:
        return tr("Problems");
    }
    return {};
}

} // namespace pc::ui
