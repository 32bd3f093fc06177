// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulecsv.h"

#include "csvwriter.h"
#include "scheduleparse.h"

#include <QObject>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <variant>

namespace pc::exchange {

namespace {

// Column keys: the names the converter looks fields up by (never shown).
const QString dayKey = QStringLiteral("day");
const QString startKey = QStringLiteral("start");
const QString endKey = QStringLiteral("end");
const QString kindKey = QStringLiteral("kind");
const QString titleKey = QStringLiteral("title");
const QString locationColumnKey = QStringLiteral("location");
const QString statusKey = QStringLiteral("status");
const QString teamKey = QStringLiteral("team");
const QString themesKey = QStringLiteral("themes");
const QString groupsKey = QStringLiteral("groups");
const QString notesKey = QStringLiteral("notes");

constexpr int defaultLength = 60;

QStringList splitItems(const QString& text, const QRegularExpression& separators)
{
    QStringList items;
    for (const QString& item : text.split(separators)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

/// Converts one row, collecting every problem it has in `problems`.
class RowConverter
{
public:
    RowConverter(const QList<Member>& members, const QList<Theme>& themes)
    {
        for (const Member& member : members)
            m_members.insert(nameKey(member.name), member.id);
        for (const Theme& theme : themes)
            m_themes.insert(nameKey(theme.title), theme.id);
    }

    Session convert(const QHash<QString, QString>& fields, QStringList& problems) const
    {
        Session session;
        session.title = fields.value(titleKey);
        if (session.title.isEmpty())
            problems.append(QObject::tr("the title is empty"));
        readDay(fields.value(dayKey), session, problems);
        readTimes(fields.value(startKey), fields.value(endKey), session, problems);
        readKind(fields.value(kindKey), session, problems);
        readStatus(fields.value(statusKey), session, problems);
        session.location = fields.value(locationColumnKey);
        readTeam(fields.value(teamKey), session, problems);
        readThemes(fields.value(themesKey), session, problems);
        readGroups(fields.value(groupsKey), session, problems);
        session.notes = fields.value(notesKey);
        return session;
    }

private:
    static QString nameKey(const QString& name) { return name.simplified().toCaseFolded(); }

    static void readDay(const QString& text, Session& session, QStringList& problems)
    {
        if (text.isEmpty()) {
            problems.append(QObject::tr("the day is empty"));
            return;
        }
        const ParsedDay day = parseDay(text);
        if (!day.problem.isEmpty())
            problems.append(day.problem);
        session.day = day.date;
    }

    static void readTimes(const QString& start, const QString& end, Session& session, QStringList& problems)
    {
        // -1: no start to compare the end with. A plain int, as GCC 12 warns of an optional here.
        const int begin = start.isEmpty() ? -1 : parseClockTime(start).value_or(-1);
        if (start.isEmpty())
            problems.append(QObject::tr("the start time is empty"));
        else if (begin < 0 || begin >= minutesPerDay)
            problems.append(QObject::tr("the start \"%1\" is not a time of day (write 09:30)").arg(start));
        else
            session.start = begin;
        if (end.isEmpty()) {
            session.end = session.start + defaultLength;
            return;
        }
        const std::optional<int> to = parseClockTime(end);
        if (!to) {
            problems.append(
                QObject::tr("the end \"%1\" is not a time (write 10:30, or 24:30 for half past midnight)")
                    .arg(end));
            return;
        }
        session.end = *to;
        if (begin >= 0 && begin < minutesPerDay && *to <= begin)
            problems.append(QObject::tr("the end %1 is not after the start %2 (write an end after midnight "
                                        "as 24:30)")
                                .arg(clockTime(*to), clockTime(begin)));
        else if (begin >= 0 && *to - begin > minutesPerDay)
            problems.append(QObject::tr("the session from %1 to %2 lasts more than a day")
                                .arg(clockTime(begin), clockTime(*to)));
    }

    static void readKind(const QString& text, Session& session, QStringList& problems)
    {
        if (text.isEmpty())
            return; // the new-session default
        if (const std::optional<SessionKind> kind = parseSessionKind(text)) {
            session.kind = *kind;
            return;
        }
        QStringList labels;
        for (SessionKind kind : allSessionKinds)
            labels.append(sessionKindLabel(kind));
        problems.append(QObject::tr("unknown kind \"%1\" (the kinds are: %2)")
                            .arg(text, labels.join(QStringLiteral(", "))));
    }

    static void readStatus(const QString& text, Session& session, QStringList& problems)
    {
        if (text.isEmpty())
            return;
        if (const std::optional<SessionStatus> status = parseSessionStatus(text)) {
            session.status = *status;
            return;
        }
        QStringList labels;
        for (SessionStatus status : allSessionStatuses)
            labels.append(sessionStatusLabel(status));
        problems.append(QObject::tr("unknown status \"%1\" (the statuses are: %2)")
                            .arg(text, labels.join(QStringLiteral(", "))));
    }

    void readTeam(const QString& text, Session& session, QStringList& problems) const
    {
        static const QRegularExpression separators(QStringLiteral("[;,\\n]"));
        static const QRegularExpression withPart(QStringLiteral("^(.*?)\\s*\\(([^()]*)\\)$"));
        QStringList unknown;
        for (const QString& item : splitItems(text, separators)) {
            QString name = item;
            SessionPart part = SessionPart::Observer;
            const QRegularExpressionMatch match = withPart.match(item);
            if (match.hasMatch()) {
                name = match.captured(1);
                const std::optional<SessionPart> parsed = parseSessionPart(match.captured(2));
                if (parsed)
                    part = *parsed;
                else
                    problems.append(QObject::tr("unknown part \"%1\" for %2 (the parts are: %3)")
                                        .arg(match.captured(2), name, partLabels()));
            }
            const auto member = m_members.constFind(nameKey(name));
            if (member == m_members.cend())
                unknown.append(QStringLiteral("\"%1\"").arg(name));
            else if (!session.attendedBy(*member))
                session.team.append(SessionAttendance{*member, part});
        }
        if (!unknown.isEmpty())
            problems.append(
                QObject::tr("no team member is called %1").arg(unknown.join(QStringLiteral(", "))));
    }

    void readThemes(const QString& text, Session& session, QStringList& problems) const
    {
        static const QRegularExpression separators(QStringLiteral("[;\\n]"));
        QStringList unknown;
        for (const QString& title : splitItems(text, separators)) {
            const auto theme = m_themes.constFind(nameKey(title));
            if (theme == m_themes.cend())
                unknown.append(QStringLiteral("\"%1\"").arg(title));
            else if (!session.themes.contains(*theme))
                session.themes.append(*theme);
        }
        if (!unknown.isEmpty())
            problems.append(QObject::tr("no theme is called %1").arg(unknown.join(QStringLiteral(", "))));
    }

    static void readGroups(const QString& text, Session& session, QStringList& problems)
    {
        static const QRegularExpression separators(QStringLiteral("[;,\\n]"));
        for (const QString& item : splitItems(text, separators)) {
            const std::optional<GroupMet> group = parseGroupMet(item);
            if (!group) {
                QStringList labels;
                for (ParticipantGroup g : allParticipantGroups)
                    labels.append(participantGroupLabel(g));
                problems.append(QObject::tr("unknown group met \"%1\" (write a group and a headcount, "
                                            "as \"Staff 12\"; the groups are: %2)")
                                    .arg(item, labels.join(QStringLiteral(", "))));
                continue;
            }
            auto same = std::find_if(session.groups.begin(), session.groups.end(),
                                     [&](const GroupMet& g) { return g.group == group->group; });
            if (same == session.groups.end())
                session.groups.append(*group);
            else
                same->headcount += group->headcount;
        }
    }

    static QString partLabels()
    {
        QStringList labels;
        for (SessionPart part : allSessionParts)
            labels.append(sessionPartLabel(part).toLower());
        return labels.join(QStringLiteral(", "));
    }

    QHash<QString, QUuid> m_members;
    QHash<QString, QUuid> m_themes;
};

QString groupsText(const Session& session)
{
    QStringList groups;
    for (const GroupMet& g : session.groups) {
        groups.append(g.headcount > 0
                          ? QStringLiteral("%1 %2").arg(participantGroupLabel(g.group)).arg(g.headcount)
                          : participantGroupLabel(g.group));
    }
    return groups.join(QStringLiteral("; "));
}

} // namespace

QList<csv::ColumnSpec> sessionColumns()
{
    using Spec = csv::ColumnSpec;
    return {
        Spec{dayKey, QObject::tr("Day"), true, {QStringLiteral("Date"), QStringLiteral("Session date")}},
        Spec{startKey,
             QObject::tr("Start"),
             true,
             {QStringLiteral("From"), QStringLiteral("Start time"), QStringLiteral("Starts"),
              QStringLiteral("Time")}},
        Spec{endKey,
             QObject::tr("End"),
             false,
             {QStringLiteral("To"), QStringLiteral("Until"), QStringLiteral("End time"),
              QStringLiteral("Ends"), QStringLiteral("Finish")}},
        Spec{kindKey, QObject::tr("Kind"), false, {QStringLiteral("Type"), QStringLiteral("Session type")}},
        Spec{titleKey,
             QObject::tr("Title"),
             true,
             {QStringLiteral("Session"), QStringLiteral("Meeting"), QStringLiteral("Activity"),
              QStringLiteral("Name"), QStringLiteral("What")}},
        Spec{locationColumnKey,
             QObject::tr("Location"),
             false,
             {QStringLiteral("Venue"), QStringLiteral("Room"), QStringLiteral("Where"),
              QStringLiteral("Place")}},
        Spec{statusKey, QObject::tr("Status"), false, {}},
        Spec{teamKey,
             QObject::tr("Team"),
             false,
             {QStringLiteral("Peers"), QStringLiteral("Peer team"), QStringLiteral("Team members"),
              QStringLiteral("Who")}},
        Spec{themesKey, QObject::tr("Themes"), false, {QStringLiteral("Theme")}},
        Spec{groupsKey,
             QObject::tr("Groups met"),
             false,
             {QStringLiteral("Groups"), QStringLiteral("Participants"), QStringLiteral("Meeting with")}},
        Spec{notesKey, QObject::tr("Notes"), false, {QStringLiteral("Note"), QStringLiteral("Comments")}},
    };
}

csv::ImportResult<Session> sessionsFromCsv(const csv::CsvTable& table, const csv::ColumnMapping& mapping,
                                           const QList<Member>& members, const QList<Theme>& themes)
{
    const RowConverter converter(members, themes);
    const std::function<std::variant<Session, QString>(const QHash<QString, QString>&)> convert =
        [&converter](const QHash<QString, QString>& fields) -> std::variant<Session, QString> {
        QStringList problems;
        Session session = converter.convert(fields, problems);
        if (!problems.isEmpty())
            return problems.join(QStringLiteral("; ")) + u'.';
        return session;
    };
    return csv::importRows<Session>(table, mapping, convert);
}

QByteArray scheduleToCsv(const QList<Session>& sessions, const QHash<QUuid, QString>& memberNames,
                         const QHash<QUuid, QString>& themeTitles, const std::optional<QUuid>& member)
{
    QStringList header;
    for (const csv::ColumnSpec& spec : sessionColumns())
        header.append(spec.label);
    QList<Session> chosen = sessionsFor(sessions, member);
    sortSessions(chosen);
    QList<QStringList> rows;
    rows.reserve(chosen.size());
    for (const Session& s : std::as_const(chosen)) {
        rows.append({s.day.toString(Qt::ISODate), clockTime(s.start), clockTime(s.end),
                     sessionKindLabel(s.kind), s.title, s.location, sessionStatusLabel(s.status),
                     teamText(s, memberNames), themesText(s, themeTitles), groupsText(s), s.notes});
    }
    return csv::write(header, rows);
}

QString teamText(const Session& session, const QHash<QUuid, QString>& memberNames, const QString& separator)
{
    QStringList team;
    for (const SessionAttendance& a : session.team) {
        const QString name = memberNames.value(a.member);
        if (name.isEmpty())
            continue;
        team.append(a.part == SessionPart::Observer
                        ? name
                        : QStringLiteral("%1 (%2)").arg(name, sessionPartLabel(a.part).toLower()));
    }
    return team.join(separator);
}

QString themesText(const Session& session, const QHash<QUuid, QString>& themeTitles, const QString& separator)
{
    QStringList titles;
    for (const QUuid& theme : session.themes) {
        const QString title = themeTitles.value(theme);
        if (!title.isEmpty())
            titles.append(title);
    }
    return titles.join(separator);
}

QList<Session> sessionsFor(const QList<Session>& sessions, const std::optional<QUuid>& member)
{
    if (!member)
        return sessions;
    QList<Session> chosen;
    for (const Session& session : sessions) {
        if (session.attendedBy(*member))
            chosen.append(session);
    }
    return chosen;
}

} // namespace pc::exchange
