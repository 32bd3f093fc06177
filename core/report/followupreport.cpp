// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupreport.h"

#include "exchange/actionplancsv.h"
#include "report/markdownblocks.h"
#include "rules/deadlines.h"
#include "storage/followuprepository.h"
#include "storage/reportrepository.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>

namespace pc {

using report::Block;
using report::Span;
using report::Spans;

namespace {

QString hostOf(const FollowUpData& data)
{
    const Engagement& e = data.report.engagement;
    return e.host.name.isEmpty() ? e.title : e.host.name;
}

QString monthYear(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("MMMM yyyy"));
}

QString ragCountsText(const RagCounts& rag)
{
    QStringList parts;
    for (const Rag r : {Rag::Green, Rag::Amber, Rag::Red, Rag::None}) {
        if (rag[std::size_t(r)] > 0)
            parts.append(QStringLiteral("%1 %2").arg(rag[std::size_t(r)]).arg(ragLabel(r).toLower()));
    }
    return parts.join(QStringLiteral(", "));
}

QList<QStringList> ragTable(const ActionPlanSummary& summary)
{
    QList<QStringList> rows;
    for (const RecommendationProgress& p : summary.recommendations)
        rows.append({QString::number(p.number), QString::number(p.actions),
                     QString::number(p.rag[std::size_t(Rag::Green)]),
                     QString::number(p.rag[std::size_t(Rag::Amber)]),
                     QString::number(p.rag[std::size_t(Rag::Red)]),
                     QString::number(p.rag[std::size_t(Rag::None)]), QString::number(p.overdue)});
    rows.append({QObject::tr("All"), QString::number(summary.actions),
                 QString::number(summary.rag[std::size_t(Rag::Green)]),
                 QString::number(summary.rag[std::size_t(Rag::Amber)]),
                 QString::number(summary.rag[std::size_t(Rag::Red)]),
                 QString::number(summary.rag[std::size_t(Rag::None)]), QString::number(summary.overdue)});
    return rows;
}

const QStringList ragHeader{QObject::tr("Recommendation"), QObject::tr("Actions"), QObject::tr("Green"),
                            QObject::tr("Amber"),          QObject::tr("Red"),     QObject::tr("Not rated"),
                            QObject::tr("Overdue")};

QString sectionOrDefault(const FollowUpData& data, const QString& key, const QString& fallback)
{
    const QString own = data.report.sections.value(key);
    return own.trimmed().isEmpty() ? fallback : own;
}

} // namespace

FollowUpData readFollowUp(RecordStore& records, const QDateTime& now)
{
    FollowUpData data;
    data.report = readFeedbackReport(records, now);
    const ReportRepository reports(records);
    data.report.sections = reports.sections(ReportKind::ProgressReview);
    data.report.version = reports.workingVersion(ReportKind::ProgressReview);
    const FollowUpRepository followUp(records);
    data.actions = followUp.actions();
    data.review = followUp.progressReview();
    data.assessments = followUp.assessments();
    data.today = now.toLocalTime().date();
    return data;
}

report::Document buildProgressReviewReport(const FollowUpData& data)
{
    const Engagement& e = data.report.engagement;
    report::Document document;
    document.meta =
        engagementMeta(e, data.report.programmeName, QObject::tr("Progress review"), data.report.version);
    if (data.review && data.review->date.isValid())
        document.meta.dates = formatLongDate(data.review->date);
    QList<Block>& b = document.blocks;
    const QList<Recommendation> recommendations = inReportOrder(data.report.recommendations);
    const ActionPlanSummary summary = summariseActionPlan(data.actions, recommendations, data.today);
    const QString host = hostOf(data);
    const QDate visit = e.date(Milestone::OnsiteStart);

    b.append(report::heading(1, QStringLiteral("1"), QObject::tr("Introduction")));
    const QString visitWords = visit.isValid() ? QObject::tr(" in %1").arg(monthYear(visit)) : QString();
    b.append(report::blocksFromMarkdown(sectionOrDefault(
        data, QStringLiteral("introduction"),
        QObject::tr("%1 received a %2%3. The peer team returned for a progress review to see how the council "
                    "has responded to the recommendations and to offer further challenge and support. This "
                    "report sets out what the team found.")
            .arg(host, data.report.programmeName.toLower(), visitWords))));

    b.append(report::heading(1, QStringLiteral("2"), QObject::tr("Summary of the approach")));
    QStringList team;
    const QList<QUuid> attending = data.review ? data.review->members : QList<QUuid>{};
    for (const Member& m : data.report.members) {
        if (attending.contains(m.id))
            team.append(
                QStringLiteral("%1, %2").arg(m.name, QStringList{m.jobTitle, m.organisation}
                                                         .filter(QRegularExpression(QStringLiteral("\\S")))
                                                         .join(QStringLiteral(", "))));
    }
    if (data.review && data.review->date.isValid())
        b.append(report::paragraph((data.review->onsiteDays == 1
                                        ? QObject::tr("The progress review took place on %1 over one day.")
                                        : QObject::tr("The progress review took place on %1 over %2 days."))
                                       .arg(formatLongDate(data.review->date))
                                       .arg(data.review->onsiteDays)));
    if (!team.isEmpty()) {
        b.append(report::paragraph(QObject::tr("The peer team was:")));
        b.append(report::bullets(team));
    }
    b.append(report::paragraph(QObject::tr("The team considered the council's progress against each of the "
                                           "original recommendations:")));
    QStringList texts;
    for (const Recommendation& r : recommendations)
        texts.append(r.text.simplified());
    b.append(report::numbered(texts));
    if (data.review && !data.review->positionStatement.trimmed().isEmpty()) {
        b.append(report::heading(2, QStringLiteral("2.1"), QObject::tr("The council's position statement")));
        b.append(report::blocksFromMarkdown(data.review->positionStatement));
    }

    b.append(report::heading(1, QStringLiteral("3"), QObject::tr("Feedback")));
    if (data.review && !data.review->narrative.trimmed().isEmpty())
        b.append(report::blocksFromMarkdown(data.review->narrative));
    for (int i = 0; i < recommendations.size(); ++i) {
        const Recommendation& r = recommendations.at(i);
        b.append(report::heading(2, QStringLiteral("3.%1").arg(i + 1),
                                 QObject::tr("Recommendation %1").arg(i + 1)));
        b.append(report::paragraph(Spans{Span{r.text.simplified(), false, true}}));
        const RecommendationAssessment assessment = data.assessments.value(r.id);
        b.append(report::heading(3, QString(), QObject::tr("Progress made"), false));
        b.append(assessment.progress.trimmed().isEmpty()
                     ? report::paragraph(QObject::tr("Not yet assessed."))
                     : report::paragraph(assessment.progress.simplified()));
        if (!assessment.focus.trimmed().isEmpty()) {
            b.append(report::heading(3, QString(), QObject::tr("Further focus"), false));
            b.append(report::paragraph(assessment.focus.simplified()));
        }
        const RecommendationProgress& p = summary.recommendations.at(i);
        b.append(report::paragraph(
            p.actions == 0 ? QObject::tr("The action plan has no action for this recommendation.")
            : p.actions == 1
                ? QObject::tr("The action plan has one action for it: %1.").arg(ragCountsText(p.rag))
                : QObject::tr("The action plan has %1 actions for it: %2.")
                      .arg(p.actions)
                      .arg(ragCountsText(p.rag))));
    }

    b.append(report::heading(1, QStringLiteral("4"), QObject::tr("The action plan")));
    b.append(
        report::paragraph(QObject::tr("The council's action plan has %1 actions against %2 recommendations. "
                                      "Of the actions rated, %3; %4 overdue.")
                              .arg(summary.actions)
                              .arg(recommendations.size())
                              .arg(ragInWords(summary.rag))
                              .arg(summary.overdue == 0   ? QObject::tr("none is")
                                   : summary.overdue == 1 ? QObject::tr("one is")
                                                          : QObject::tr("%1 are").arg(summary.overdue))));
    b.append(report::table(ragHeader, ragTable(summary), {4, 2, 2, 2, 2, 2, 2}));

    b.append(report::heading(1, QStringLiteral("5"), QObject::tr("Next steps")));
    b.append(report::blocksFromMarkdown(sectionOrDefault(
        data, QStringLiteral("next-steps"),
        QObject::tr(
            "The council is expected to publish this report within twelve months of the original visit, "
            "and to keep reporting progress against the action plan to its cabinet and to overview and "
            "scrutiny."))));
    const QDate due = e.date(Milestone::ProgressReviewPublished);
    const auto window = dueWindow(Milestone::ProgressReviewPublished, e);
    if (due.isValid() || window)
        b.append(report::paragraph(
            QObject::tr("Publication: by %1.").arg(formatLongDate(due.isValid() ? due : window->latest))));
    return document;
}

report::Document buildActionPlanDocument(const FollowUpData& data)
{
    report::Document document;
    ReportVersion final;
    final.state = ReportState::Final;
    document.meta =
        engagementMeta(data.report.engagement, data.report.programmeName, QObject::tr("Action plan"), final);
    document.meta.version = QObject::tr("Action plan as at %1").arg(formatLongDate(data.today));
    document.meta.contents = false;
    QList<Block>& b = document.blocks;
    const QList<Recommendation> recommendations = inReportOrder(data.report.recommendations);
    const ActionPlanSummary summary = summariseActionPlan(data.actions, recommendations, data.today);
    b.append(report::heading(1, QString(), QObject::tr("Summary")));
    b.append(report::paragraph(
        QObject::tr("%1 actions against %2 recommendations; of those rated, %3. Overdue: %4.")
            .arg(summary.actions)
            .arg(recommendations.size())
            .arg(ragInWords(summary.rag))
            .arg(summary.overdue)));
    b.append(report::table(ragHeader, ragTable(summary), {4, 2, 2, 2, 2, 2, 2}));
    for (int i = 0; i < recommendations.size(); ++i) {
        const Recommendation& r = recommendations.at(i);
        b.append(report::heading(2, QString(), QObject::tr("Recommendation %1").arg(i + 1)));
        b.append(report::paragraph(Spans{Span{r.text.simplified(), false, true}}));
        QList<QStringList> rows;
        for (const Action& a : data.actions) {
            if (a.recommendation != r.id)
                continue;
            QString status = actionStatusLabel(a.status);
            if (isOverdue(a, data.today))
                status += QObject::tr(" (overdue)");
            rows.append({a.description, a.owner,
                         a.deadline.isValid() ? formatLongDate(a.deadline) : QString(), status,
                         ragLabel(a.rag), a.updates.isEmpty() ? QString() : a.updates.constLast().text});
        }
        if (rows.isEmpty())
            b.append(report::paragraph(QObject::tr("No action yet.")));
        else
            b.append(
                report::table({QObject::tr("Action"), QObject::tr("Owner"), QObject::tr("Deadline"),
                               QObject::tr("Status"), QObject::tr("RAG"), QObject::tr("Latest progress")},
                              rows, {6, 3, 3, 3, 2, 4}));
    }
    return document;
}

report::Spreadsheet buildActionPlanSheet(const FollowUpData& data)
{
    report::Spreadsheet sheet;
    sheet.sheetName = QObject::tr("Action plan");
    sheet.title = QObject::tr("%1 – action plan").arg(hostOf(data));
    sheet.subtitle = QObject::tr("%1 · as at %2").arg(data.report.programmeName, formatLongDate(data.today));
    sheet.header = {QObject::tr("Ref"),   QObject::tr("Recommendation"), QObject::tr("Action"),
                    QObject::tr("Owner"), QObject::tr("Deadline"),       QObject::tr("Status"),
                    QObject::tr("RAG"),   QObject::tr("Latest progress")};
    sheet.widths = {6, 45, 45, 22, 14, 14, 10, 40};
    sheet.ragColumn = 6;
    sheet.wrapColumns = {1, 2, 7};
    const QList<Recommendation> recommendations = inReportOrder(data.report.recommendations);
    for (int i = 0; i < recommendations.size(); ++i) {
        for (const Action& a : data.actions) {
            if (a.recommendation != recommendations.at(i).id)
                continue;
            sheet.rows.append({i + 1, recommendations.at(i).text.simplified(), a.description, a.owner,
                               a.deadline.isValid() ? QVariant(a.deadline) : QVariant(),
                               actionStatusLabel(a.status), ragLabel(a.rag),
                               a.updates.isEmpty() ? QVariant() : QVariant(a.updates.constLast().text)});
        }
    }
    return sheet;
}

} // namespace pc
