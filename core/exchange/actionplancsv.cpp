// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplancsv.h"

#include "csvwriter.h"
#include "scheduleparse.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace pc::exchange {

namespace {

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

std::optional<ActionStatus> parseStatus(const QString& text)
{
    const QString t = folded(text).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (t.isEmpty() || t == QStringLiteral("notstarted") || t == QStringLiteral("notyetstarted")
        || t == QStringLiteral("planned"))
        return ActionStatus::NotStarted;
    if (t == QStringLiteral("inprogress") || t == QStringLiteral("started") || t == QStringLiteral("ongoing")
        || t == QStringLiteral("underway") || t == QStringLiteral("almostcompleted"))
        return ActionStatus::InProgress;
    if (t == QStringLiteral("completed") || t == QStringLiteral("complete") || t == QStringLiteral("done"))
        return ActionStatus::Completed;
    if (t == QStringLiteral("continuous") || t == QStringLiteral("businessasusual"))
        return ActionStatus::Continuous;
    if (t == QStringLiteral("dropped") || t == QStringLiteral("cancelled") || t == QStringLiteral("closed"))
        return ActionStatus::Dropped;
    return std::nullopt;
}

std::optional<Rag> parseRag(const QString& text)
{
    const QString t = folded(text);
    if (t.isEmpty() || t == QStringLiteral("none") || t == QStringLiteral("not rated")
        || t == QStringLiteral("n/a"))
        return Rag::None;
    if (t == QStringLiteral("red") || t == QStringLiteral("r") || t == QStringLiteral("off track"))
        return Rag::Red;
    if (t == QStringLiteral("amber") || t == QStringLiteral("a") || t == QStringLiteral("at risk"))
        return Rag::Amber;
    if (t == QStringLiteral("green") || t == QStringLiteral("g") || t == QStringLiteral("on track"))
        return Rag::Green;
    return std::nullopt;
}

/// "3", "R3", "Rec 3", "Recommendation 3.", or the first words of its text.
std::optional<QUuid> findRecommendation(const QString& text, const QList<Recommendation>& ordered)
{
    static const QRegularExpression number(
        QStringLiteral("^(?:r|rec|recommendation)?\\s*\\.?\\s*(\\d+)\\s*[.:)]?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = number.match(text.trimmed());
    if (match.hasMatch()) {
        const int n = match.captured(1).toInt();
        if (n >= 1 && n <= ordered.size())
            return ordered.at(n - 1).id;
        return std::nullopt;
    }
    const QString wanted = folded(text);
    if (wanted.size() < 12)
        return std::nullopt; // too short to tell one recommendation from another
    QList<QUuid> found;
    for (const Recommendation& r : ordered) {
        if (folded(r.text).startsWith(wanted) || wanted.startsWith(folded(r.text)))
            found.append(r.id);
    }
    return found.size() == 1 ? std::optional<QUuid>(found.constFirst()) : std::nullopt;
}

} // namespace

QList<csv::ColumnSpec> actionColumns()
{
    return {
        {QStringLiteral("recommendation"),
         QObject::tr("Recommendation"),
         true,
         {QStringLiteral("Ref"), QStringLiteral("Rec"), QStringLiteral("Recommendation number"),
          QStringLiteral("No")}},
        {QStringLiteral("action"),
         QObject::tr("Action"),
         true,
         {QStringLiteral("Response and action"), QStringLiteral("Actions"), QStringLiteral("Description")}},
        {QStringLiteral("owner"),
         QObject::tr("Owner"),
         false,
         {QStringLiteral("Lead"), QStringLiteral("Responsible"), QStringLiteral("Lead officer")}},
        {QStringLiteral("deadline"),
         QObject::tr("Deadline"),
         false,
         {QStringLiteral("Due"), QStringLiteral("Due date"), QStringLiteral("By"),
          QStringLiteral("Target date")}},
        {QStringLiteral("status"),
         QObject::tr("Status"),
         false,
         {QStringLiteral("Completed"), QStringLiteral("Progress")}},
        {QStringLiteral("rag"),
         QObject::tr("RAG"),
         false,
         {QStringLiteral("RAG status"), QStringLiteral("Rating")}},
    };
}

csv::ImportResult<Action> importActions(const csv::CsvTable& table, const csv::ColumnMapping& mapping,
                                        const QList<Recommendation>& recommendations)
{
    const QList<Recommendation> ordered = inReportOrder(recommendations);
    return csv::importRows<Action>(
        table, mapping, [&](const QHash<QString, QString>& f) -> std::variant<Action, QString> {
            Action a;
            const QString ref = f.value(QStringLiteral("recommendation"));
            const auto recommendation = findRecommendation(ref, ordered);
            if (!recommendation)
                return ref.isEmpty()
                           ? QObject::tr("The row names no recommendation.")
                           : QObject::tr(
                                 "\"%1\" is not one of the report's %2 recommendations (give its number).")
                                 .arg(ref)
                                 .arg(ordered.size());
            a.recommendation = *recommendation;
            a.description = f.value(QStringLiteral("action"));
            if (a.description.isEmpty())
                return QObject::tr("The row has no action.");
            a.owner = f.value(QStringLiteral("owner"));
            const QString deadline = f.value(QStringLiteral("deadline"));
            if (!deadline.isEmpty()) {
                const ParsedDay day = parseDay(deadline);
                if (!day.date.isValid())
                    return QObject::tr("The deadline \"%1\" is not a date: %2").arg(deadline, day.problem);
                a.deadline = day.date;
            }
            const auto status = parseStatus(f.value(QStringLiteral("status")));
            if (!status)
                return QObject::tr("The status \"%1\" is not one of: not started, in progress, completed, "
                                   "continuous, dropped.")
                    .arg(f.value(QStringLiteral("status")));
            a.status = *status;
            const auto rag = parseRag(f.value(QStringLiteral("rag")));
            if (!rag)
                return QObject::tr("The RAG rating \"%1\" is not red, amber or green.")
                    .arg(f.value(QStringLiteral("rag")));
            a.rag = *rag;
            return a;
        });
}

QByteArray actionPlanToCsv(const QList<Action>& actions, const QList<Recommendation>& recommendations)
{
    const QList<Recommendation> ordered = inReportOrder(recommendations);
    QList<QStringList> rows;
    for (int i = 0; i < ordered.size(); ++i) {
        for (const Action& a : actions) {
            if (a.recommendation != ordered.at(i).id)
                continue;
            rows.append({QString::number(i + 1), ordered.at(i).text, a.description, a.owner,
                         a.deadline.isValid() ? a.deadline.toString(Qt::ISODate) : QString(),
                         actionStatusLabel(a.status), ragLabel(a.rag),
                         a.updates.isEmpty() ? QString() : a.updates.constLast().text});
        }
    }
    return csv::write({QObject::tr("Ref"), QObject::tr("Recommendation"), QObject::tr("Action"),
                       QObject::tr("Owner"), QObject::tr("Deadline"), QObject::tr("Status"),
                       QObject::tr("RAG"), QObject::tr("Latest progress")},
                      rows);
}

} // namespace pc::exchange
