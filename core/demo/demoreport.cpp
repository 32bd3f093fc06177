// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoreport.h"

#include "storage/reportrepository.h"

#include <QObject>

namespace pc {

namespace {

/// Two paragraphs of a theme's narrative, varied by the theme's place in the scope.
QString themeNarrative(const Theme& theme, int index)
{
    static const char* const openings[] = {
        "The peer team saw real strengths in %1. Staff and partners described a council that knows its "
        "communities well and is willing to try new approaches, and the team heard many examples of "
        "that in practice.",
        "The council has made clear progress on %1 since its last peer challenge. The foundations are "
        "in place; the task now is to make them consistent across the organisation.",
        "Views on %1 were more mixed. Much is working well, but people the team met were not always "
        "clear how the pieces fit together or who is accountable for the whole.",
    };
    static const char* const closings[] = {
        "The council should build on this by setting out, in one place, what it wants to achieve over "
        "the next three years and how it will know it is succeeding. The recommendations below are "
        "intended to help with that.",
        "The peer team would encourage the council to share what works between services and to be "
        "bolder in telling its own story to residents and partners.",
        "There is an opportunity to bring this work together under clear **political and managerial "
        "ownership**, with a small number of measures that members and officers review *together*.",
    };
    const QString title = theme.title.toLower();
    return QObject::tr(openings[index % 3]).arg(title) + QStringLiteral("\n\n")
           + QObject::tr(closings[index % 3]);
}

} // namespace

void addDemoReport(RecordStore& records, const QList<Theme>& themes, const QString& hostName,
                   const QDate& issued)
{
    ReportRepository reports(records);
    reports.setSection(
        ReportKind::Feedback, QStringLiteral("executive-summary"),
        QObject::tr(
            "%1 is a council with a strong sense of place and staff who are proud to work for it. The "
            "peer team was struck by the openness of the people it met, and by the willingness of "
            "members and officers to talk candidly about the challenges ahead.\n\n"
            "The council's financial position is sound for now, but the medium-term gap is "
            "significant and the plans to close it are not yet fully developed. The team's "
            "recommendations focus on three things:\n\n"
            "- a clear, shared set of priorities that drive the budget;\n"
            "- a stronger programme to deliver savings and change;\n"
            "- better use of data and insight in decision-making.\n\n"
            "The peer team is confident that the council has the leadership and the capacity to act "
            "on them.")
            .arg(hostName));
    reports.setSection(ReportKind::Feedback, QStringLiteral("approach-process"),
                       QObject::tr("The team also observed a meeting of the cabinet and visited two "
                                   "neighbourhoods with ward members."));
    for (int i = 0; i < themes.size(); ++i)
        reports.setSection(ReportKind::Feedback, themeSectionKey(themes.at(i).id),
                           themeNarrative(themes.at(i), i));

    if (!issued.isValid())
        return;
    ReportVersion draft;
    draft.report = ReportKind::Feedback;
    draft.number = 1;
    draft.state = ReportState::Draft;
    draft.issued = issued;
    draft.note = QObject::tr("Sent to the chief executive for the factual-accuracy check");
    reports.addVersion(draft);

    const QDate received = issued.addDays(12);
    const QString firstTheme = themes.isEmpty() ? QString() : themeSectionKey(themes.constFirst().id);
    const struct
    {
        QString section;
        QString comment;
        AccuracyDecision decision;
        QString response;
    } comments[] = {
        {QStringLiteral("approach"),
         QObject::tr("The council has 51 councillors, not 50, since the boundary review."),
         AccuracyDecision::Accepted, QObject::tr("Corrected to 51 in the approach section.")},
        {firstTheme,
         QObject::tr("We would prefer the report not to describe the savings plans as \"not yet fully "
                     "developed\"."),
         AccuracyDecision::Declined,
         QObject::tr("This is the team's judgement from the evidence, not a matter of fact; the wording "
                     "stands.")},
        {QStringLiteral("next-steps"),
         QObject::tr("The cabinet meeting that will receive the report is on a different date."),
         AccuracyDecision::Open, QString()},
    };
    for (const auto& c : comments) {
        AccuracyComment comment;
        comment.report = ReportKind::Feedback;
        comment.section = c.section;
        comment.version = 1;
        comment.received = received;
        comment.comment = c.comment;
        comment.decision = c.decision;
        comment.response = c.response;
        reports.addComment(comment);
    }
}

} // namespace pc
