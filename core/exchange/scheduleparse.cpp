// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleparse.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>

namespace pc::exchange {

namespace {

constexpr QRegularExpression::PatternOptions caseless = QRegularExpression::CaseInsensitiveOption;

/// Letters and digits only, case folded: "Focus-group" and "focus group" compare equal.
QString loose(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

/// 1-12 for an English month name or its start ("Mar", "Sept", "March"), 0 otherwise.
int monthNumber(const QString& name)
{
    static const QStringList months = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString folded = name.toLower();
    for (qsizetype i = 0; i < months.size(); ++i) {
        if (folded.size() >= 3 && months.at(i).startsWith(folded))
            return int(i) + 1;
    }
    return 0;
}

/// 1 (Monday) to 7 for an English weekday name or its start ("Tue", "Thurs"), 0 otherwise.
int weekdayNumber(const QString& name)
{
    static const QStringList days = {QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                     QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                     QStringLiteral("friday"),    QStringLiteral("saturday"),
                                     QStringLiteral("sunday")};
    const QString folded = name.toLower();
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (folded.size() >= 3 && days.at(i).startsWith(folded))
            return int(i) + 1;
    }
    return 0;
}

ParsedDay notADate(const QString& text)
{
    return {QDate(),
            QObject::tr("the day \"%1\" is not a date (write 2026-03-10, 10/03/2026 or 10 March 2026)")
                .arg(text)};
}

ParsedDay parseWordyDay(const QString& text, const QRegularExpressionMatch& match)
{
    const int month = monthNumber(match.captured(3));
    const QDate date(match.captured(4).toInt(), month, match.captured(2).toInt());
    if (month == 0 || !date.isValid())
        return notADate(text);
    const QString weekday = match.captured(1);
    if (weekday.isEmpty())
        return {date, {}};
    const int named = weekdayNumber(weekday);
    if (named == 0)
        return notADate(text);
    if (named != date.dayOfWeek()) {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        return {QDate(),
                QObject::tr("the day \"%1\" says %2, but %3 is a %4")
                    .arg(text, english.dayName(named), english.toString(date, QStringLiteral("d MMMM yyyy")),
                         english.dayName(date.dayOfWeek()))};
    }
    return {date, {}};
}

std::optional<int> minutesOf(int hour, int minute, int maxHour)
{
    if (hour < 0 || hour > maxHour || minute < 0 || minute > 59)
        return std::nullopt;
    return hour * 60 + minute;
}

} // namespace

ParsedDay parseDay(const QString& input)
{
    const QString text = input.simplified();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression wordy(
        QStringLiteral(
            "^(?:([a-z]+)\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+([a-z]+)\\.?,?[\\s-]+(\\d{4})$"),
        caseless);
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? ParsedDay{date, {}} : notADate(input);
    }
    if (const QRegularExpressionMatch m = numeric.match(text); m.hasMatch()) {
        // Day first, as in the UK.
        const QDate date(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
        return date.isValid() ? ParsedDay{date, {}} : notADate(input);
    }
    if (const QRegularExpressionMatch m = wordy.match(text); m.hasMatch())
        return parseWordyDay(input, m);
    return notADate(input);
}

std::optional<int> parseClockTime(const QString& input)
{
    const QString text = input.simplified();
    static const QRegularExpression twelveHour(
        QStringLiteral("^(\\d{1,2})(?:[:.](\\d{2})(?::\\d{2})?)?\\s*([ap])\\.?\\s*m\\.?$"), caseless);
    static const QRegularExpression twentyFourHour(QStringLiteral("^(\\d{1,2})[:.h](\\d{2})(?::\\d{2})?$"));
    static const QRegularExpression fourDigits(QStringLiteral("^(\\d{2})(\\d{2})$"));
    static const QRegularExpression noon(QStringLiteral("^(?:12\\s*)?(?:noon|midday)$"), caseless);
    if (noon.match(text).hasMatch())
        return 12 * 60;
    if (const QRegularExpressionMatch m = twelveHour.match(text); m.hasMatch()) {
        const int hour = m.captured(1).toInt();
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = m.captured(3).compare(QStringLiteral("p"), Qt::CaseInsensitive) == 0;
        return minutesOf(hour % 12 + (pm ? 12 : 0), m.captured(2).toInt(), 23);
    }
    if (const QRegularExpressionMatch m = twentyFourHour.match(text); m.hasMatch())
        return minutesOf(m.captured(1).toInt(), m.captured(2).toInt(), 47);
    if (const QRegularExpressionMatch m = fourDigits.match(text); m.hasMatch())
        return minutesOf(m.captured(1).toInt(), m.captured(2).toInt(), 47);
    return std::nullopt;
}

std::optional<SessionKind> parseSessionKind(const QString& text)
{
    // Built per call: the labels come from tr() and follow the language in use.
    const QHash<QString, SessionKind> words = [] {
        QHash<QString, SessionKind> table{
            {QStringLiteral("meal"), SessionKind::Meal},
            {QStringLiteral("break"), SessionKind::Meal},
            {QStringLiteral("lunch"), SessionKind::Meal},
            {QStringLiteral("huddle"), SessionKind::TeamHuddle},
            {QStringLiteral("visit"), SessionKind::SiteVisit},
            {QStringLiteral("feedback"), SessionKind::FeedbackPresentation},
            {QStringLiteral("observation"), SessionKind::MeetingObserved},
        };
        for (SessionKind kind : allSessionKinds) {
            table.insert(loose(sessionKindKey(kind)), kind);
            table.insert(loose(sessionKindLabel(kind)), kind);
        }
        return table;
    }();
    const auto found = words.constFind(loose(text));
    return found == words.cend() ? std::nullopt : std::optional<SessionKind>(*found);
}

std::optional<SessionStatus> parseSessionStatus(const QString& text)
{
    const QHash<QString, SessionStatus> words = [] {
        QHash<QString, SessionStatus> table{{QStringLiteral("tentative"), SessionStatus::Planned},
                                            {QStringLiteral("canceled"), SessionStatus::Cancelled}};
        for (SessionStatus status : allSessionStatuses) {
            table.insert(loose(sessionStatusKey(status)), status);
            table.insert(loose(sessionStatusLabel(status)), status);
        }
        return table;
    }();
    const auto found = words.constFind(loose(text));
    return found == words.cend() ? std::nullopt : std::optional<SessionStatus>(*found);
}

std::optional<SessionPart> parseSessionPart(const QString& text)
{
    const QHash<QString, SessionPart> words = [] {
        QHash<QString, SessionPart> table{{QStringLiteral("lead"), SessionPart::LeadQuestioner},
                                          {QStringLiteral("notes"), SessionPart::NoteTaker},
                                          {QStringLiteral("scribe"), SessionPart::NoteTaker}};
        for (SessionPart part : allSessionParts) {
            table.insert(loose(sessionPartKey(part)), part);
            table.insert(loose(sessionPartLabel(part)), part);
        }
        return table;
    }();
    const auto found = words.constFind(loose(text));
    return found == words.cend() ? std::nullopt : std::optional<SessionPart>(*found);
}

std::optional<GroupMet> parseGroupMet(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(.*?)[\\s:(]*(\\d+)?\\)?$"));
    const QHash<QString, ParticipantGroup> words = [] {
        QHash<QString, ParticipantGroup> table;
        for (ParticipantGroup group : allParticipantGroups) {
            table.insert(loose(participantGroupKey(group)), group);
            table.insert(loose(participantGroupLabel(group)), group);
        }
        return table;
    }();
    const QRegularExpressionMatch match = shape.match(text.simplified());
    if (!match.hasMatch())
        return std::nullopt;
    const auto found = words.constFind(loose(match.captured(1)));
    if (found == words.cend())
        return std::nullopt;
    return GroupMet{*found, match.captured(2).toInt()};
}

} // namespace pc::exchange
