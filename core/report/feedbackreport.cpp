// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackreport.h"

#include "report/markdownblocks.h"
#include "rules/deadlines.h"
#include "storage/documentrepository.h"
#include "storage/engagementrepository.h"
#include "storage/findingrepository.h"
#include "storage/reportrepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "templates/programmetemplate.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace pc {

using report::Block;
using report::blocksFromMarkdown;
using report::bullets;
using report::DocumentMeta;
using report::heading;
using report::paragraph;
using report::Span;
using report::Spans;
using report::table;

namespace {

QString hostName(const Engagement& engagement)
{
    return engagement.host.name.isEmpty() ? engagement.title : engagement.host.name;
}

/// "more than 40 documents", "3 documents", "1 document".
QString documentsInWords(int count)
{
    if (count > 5)
        return QObject::tr("more than %1 documents").arg(roundedBelow(count, 5));
    return count == 1 ? QObject::tr("1 document") : QObject::tr("%1 documents").arg(count);
}

/// A member as the team table names their organisation: "Chief executive, Westshire County
/// Council", with a member peer's political group after it.
QString organisationLine(const Member& member)
{
    QStringList parts;
    if (!member.jobTitle.isEmpty())
        parts.append(member.jobTitle);
    if (!member.organisation.isEmpty())
        parts.append(member.organisation);
    QString line = parts.join(QStringLiteral(", "));
    const bool memberPeer =
        member.role == MemberRole::LeadMemberPeer || member.role == MemberRole::MemberPeer;
    if (memberPeer && !member.politicalGroup.isEmpty())
        line += QStringLiteral(" (%1)").arg(member.politicalGroup);
    return line;
}

/// "**Title.** Text" as the feedback lists a finding.
Spans findingSpans(const Finding& finding)
{
    QString title = finding.title.trimmed();
    if (!title.isEmpty() && !title.endsWith(QLatin1Char('.')) && !title.endsWith(QLatin1Char('?'))
        && !title.endsWith(QLatin1Char('!')))
        title += QLatin1Char('.');
    Spans spans{Span{title, true}};
    if (!finding.text.trimmed().isEmpty())
        spans.append(Span{QLatin1Char(' ') + finding.text.simplified()});
    return spans;
}

Block recommendationParagraph(int number, const QString& text)
{
    return paragraph(
        Spans{Span{QObject::tr("Recommendation %1: ").arg(number), true}, Span{text.simplified()}});
}

QList<Finding> findingsOf(const FeedbackReportData& data, const QUuid& theme, FindingKind kind)
{
    QList<Finding> found;
    for (const Finding& f : data.findings) {
        if (f.theme == theme && f.kind == kind)
            found.append(f);
    }
    std::stable_sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) {
        if (a.position != b.position)
            return a.position < b.position;
        return a.id.toString() < b.id.toString();
    });
    return found;
}

/// Builds one report: keeps the section numbers as it goes.
class Builder
{
public:
    Builder(const FeedbackReportData& data, const ReportTemplate& layout)
        : m_data(data)
        , m_layout(layout)
        , m_numbers(recommendationNumbers(data.recommendations))
        , m_recommendations(inReportOrder(data.recommendations))
    {
    }

    report::Document build()
    {
        report::Document document;
        document.meta = engagementMeta(m_data.engagement, m_data.programmeName,
                                       QObject::tr("Feedback report"), m_data.version);
        for (const ReportSectionDef& section : m_layout.sections) {
            ++m_section;
            m_blocks.append(heading(1, QString::number(m_section), section.title));
            switch (section.kind) {
            case ReportSectionDef::Kind::Narrative:
                narrative(section);
                break;
            case ReportSectionDef::Kind::ExecutiveSummary:
                executiveSummary(section);
                break;
            case ReportSectionDef::Kind::Recommendations:
                recommendations(section);
                break;
            case ReportSectionDef::Kind::Approach:
                approach(section);
                break;
            case ReportSectionDef::Kind::Feedback:
                feedback(section);
                break;
            case ReportSectionDef::Kind::NextSteps:
                nextSteps(section);
                break;
            }
        }
        document.blocks = m_blocks;
        return document;
    }

private:
    QString subNumber(int part) const { return QStringLiteral("%1.%2").arg(m_section).arg(part); }

    void narrative(const ReportSectionDef& section)
    {
        m_blocks.append(blocksFromMarkdown(sectionText(m_data, section)));
    }

    void executiveSummary(const ReportSectionDef& section)
    {
        narrative(section);
        QList<Recommendation> key;
        for (const Recommendation& r : m_recommendations) {
            if (r.isKey())
                key.append(r);
        }
        std::stable_sort(key.begin(), key.end(), [](const Recommendation& a, const Recommendation& b) {
            return a.keyPosition < b.keyPosition;
        });
        if (key.isEmpty())
            return;
        if (!section.lead.isEmpty())
            m_blocks.append(paragraph(section.lead));
        for (const Recommendation& r : key)
            m_blocks.append(recommendationParagraph(m_numbers.value(r.id), r.text));
    }

    void recommendations(const ReportSectionDef& section)
    {
        narrative(section);
        if (m_recommendations.isEmpty()) {
            m_blocks.append(paragraph(QObject::tr("The peer team has not yet agreed its recommendations.")));
            return;
        }
        QHash<QUuid, QString> themeTitles;
        for (const Theme& t : m_data.themes)
            themeTitles.insert(t.id, t.title);
        QList<Spans> items;
        for (const Recommendation& r : m_recommendations) {
            Spans item{Span{r.text.simplified()}};
            if (!r.theme.isNull() && themeTitles.contains(r.theme))
                item.append(Span{QStringLiteral(" (%1)").arg(themeTitles.value(r.theme)), false, true});
            items.append(item);
        }
        Block list = bullets(items);
        list.kind = Block::Kind::NumberedList;
        m_blocks.append(list);
    }

    void approach(const ReportSectionDef& section)
    {
        narrative(section);
        const QString host = hostName(m_data.engagement);
        m_blocks.append(heading(2, subNumber(1), QObject::tr("The peer team")));
        m_blocks.append(paragraph(QObject::tr(
            "Peer challenges are delivered by experienced councillors and officers. The make-up of "
            "the peer team reflected the focus of the peer challenge, and peers were selected on the "
            "basis of their relevant expertise. The peers were:")));
        QList<QStringList> rows;
        for (const Member& m : m_data.members)
            rows.append(QStringList{m.name, roleLabel(m.role), organisationLine(m)});
        if (rows.isEmpty())
            m_blocks.append(paragraph(QObject::tr("The team has not yet been recorded.")));
        else
            m_blocks.append(table({QObject::tr("Name"), QObject::tr("Role"), QObject::tr("Organisation")},
                                  rows, {3, 2, 5}));

        m_blocks.append(heading(2, subNumber(2), QObject::tr("Scope and focus")));
        QList<Spans> core;
        QList<Spans> focus;
        for (const Theme& t : m_data.themes) {
            Spans item{Span{t.title, true}};
            if (!t.description.trimmed().isEmpty())
                item.append(Span{QStringLiteral(": ") + t.description.simplified()});
            (t.kind == ThemeKind::Focus ? focus : core).append(item);
        }
        if (!core.isEmpty()) {
            m_blocks.append(paragraph(QObject::tr("The peer team considered the following core elements:")));
            m_blocks.append(bullets(core));
        }
        if (!focus.isEmpty()) {
            m_blocks.append(paragraph(
                core.isEmpty() ? QObject::tr("The council asked the peer team to look at:")
                               : QObject::tr("In addition, the council asked the peer team to look at:")));
            m_blocks.append(bullets(focus));
        }

        m_blocks.append(heading(2, subNumber(3), QObject::tr("The peer challenge process")));
        m_blocks.append(paragraph(QObject::tr("The peer team prepared by reading %1 so that they were "
                                              "familiar with %2 and the challenges it "
                                              "faces.")
                                      .arg(documentsInWords(m_data.documentsRead), host)));
        m_blocks.append(paragraph(approachInWords(m_data.figures)));
        const QString process = m_data.sections.value(QStringLiteral("approach-process"));
        if (!process.trimmed().isEmpty())
            m_blocks.append(blocksFromMarkdown(process));
        m_blocks.append(paragraph(QObject::tr(
            "This report provides a summary of the peer team's findings. It builds on the feedback "
            "presented by the peer team at the end of their onsite visit.")));
    }

    void feedback(const ReportSectionDef& section)
    {
        narrative(section);
        int part = 0;
        for (const Theme& theme : m_data.themes) {
            m_blocks.append(heading(2, subNumber(++part), theme.title));
            const QString text = m_data.sections.value(themeSectionKey(theme.id));
            if (!text.trimmed().isEmpty())
                m_blocks.append(blocksFromMarkdown(text));
            const QList<Finding> strengths = findingsOf(m_data, theme.id, FindingKind::Strength);
            const QList<Finding> considerations = findingsOf(m_data, theme.id, FindingKind::Consideration);
            findingList(QObject::tr("Strengths"), strengths);
            findingList(QObject::tr("Areas for consideration"), considerations);
            QList<Recommendation> answering;
            for (const Recommendation& r : m_recommendations) {
                if (r.theme == theme.id)
                    answering.append(r);
            }
            if (!answering.isEmpty()) {
                m_blocks.append(heading(3, QString(),
                                        answering.size() == 1 ? QObject::tr("Recommendation")
                                                              : QObject::tr("Recommendations"),
                                        false));
                for (const Recommendation& r : answering)
                    m_blocks.append(recommendationParagraph(m_numbers.value(r.id), r.text));
            }
            if (text.trimmed().isEmpty() && strengths.isEmpty() && considerations.isEmpty()
                && answering.isEmpty())
                m_blocks.append(
                    paragraph(QObject::tr("The peer team has not yet recorded feedback on this theme.")));
        }
    }

    void findingList(const QString& title, const QList<Finding>& findings)
    {
        if (findings.isEmpty())
            return;
        m_blocks.append(heading(3, QString(), title, false));
        QList<Spans> items;
        for (const Finding& f : findings)
            items.append(findingSpans(f));
        m_blocks.append(bullets(items));
    }

    void nextSteps(const ReportSectionDef& section)
    {
        narrative(section);
        const Engagement& e = m_data.engagement;
        QList<QStringList> rows;
        for (const Milestone milestone : {Milestone::ReportPublished, Milestone::ActionPlanPublished,
                                          Milestone::ProgressReview, Milestone::ProgressReviewPublished}) {
            const QDate planned = e.date(milestone);
            const auto window = dueWindow(milestone, e);
            if (planned.isValid())
                rows.append({milestoneLabel(milestone), formatLongDate(planned), QObject::tr("Planned")});
            else if (window)
                rows.append(
                    {milestoneLabel(milestone), formatLongDate(window->latest), deadlineRule(milestone)});
        }
        if (!rows.isEmpty()) {
            m_blocks.append(paragraph(QObject::tr("The dates that follow from the onsite visit are:")));
            m_blocks.append(
                table({QObject::tr("Step"), QObject::tr("By"), QObject::tr("Rule")}, rows, {4, 3, 4}));
        }
        QStringList contacts;
        for (const Member& m : m_data.members) {
            if (m.role != MemberRole::ChallengeManager)
                continue;
            QString line = m.name;
            if (!m.organisation.isEmpty())
                line += QStringLiteral(", ") + m.organisation;
            if (!m.email.isEmpty())
                line += QStringLiteral(" – ") + m.email;
            contacts.append(line);
        }
        if (!contacts.isEmpty()) {
            m_blocks.append(paragraph(
                contacts.size() == 1 ? QObject::tr("The peer challenge manager will stay in touch with the "
                                                   "council on the next steps:")
                                     : QObject::tr("The peer challenge managers will stay in touch with the "
                                                   "council on the next steps:")));
            m_blocks.append(bullets(contacts));
        }
    }

    const FeedbackReportData& m_data;
    const ReportTemplate& m_layout;
    const QHash<QUuid, int> m_numbers;
    const QList<Recommendation> m_recommendations;
    QList<Block> m_blocks;
    int m_section = 0;
};

} // namespace

FeedbackReportData readFeedbackReport(RecordStore& records, const QDateTime& now)
{
    FeedbackReportData data;
    data.engagement = EngagementRepository(records).engagement();
    data.programmeName = programmeDisplayName(data.engagement.programme);
    data.members = TeamRepository(records).members();
    data.themes = ScopeRepository(records).themes();
    const FindingRepository findings(records);
    data.findings = findings.findings();
    data.recommendations = findings.recommendations();
    // A report drafted before the visit is over states the timetable as planned: each session not
    // cancelled counts as held once the last onsite day is past.
    QDateTime asOf = now;
    const QDate lastDay = data.engagement.date(Milestone::OnsiteEnd);
    if (lastDay.isValid())
        asOf = std::max(asOf, QDateTime(lastDay.addDays(1), QTime(0, 0), timetableZone()));
    data.figures = approachFigures(ScheduleRepository(records).sessions(), data.engagement, asOf);
    const ReadingFigures reading = readingFigures(DocumentRepository(records).documents());
    data.documentsRead = reading.readByAnyone > 0 ? reading.readByAnyone : reading.documents;
    const ReportRepository reports(records);
    data.sections = reports.sections(ReportKind::Feedback);
    data.version = reports.workingVersion(ReportKind::Feedback);
    return data;
}

QString programmeDisplayName(const QString& programme)
{
    const auto found = TemplateLibrary::builtIn().find(programme);
    if (!found || programme == QStringLiteral("blank"))
        return QObject::tr("Peer challenge");
    QString name = found->name;
    name.remove(QRegularExpression(QStringLiteral("\\s*\\([^)]*\\)\\s*$")));
    name.remove(QRegularExpression(QStringLiteral("^LGA\\s+")));
    return name;
}

QString sectionText(const FeedbackReportData& data, const ReportSectionDef& section)
{
    const auto written = data.sections.constFind(section.key);
    if (written != data.sections.constEnd() && !written->trimmed().isEmpty())
        return *written;
    QString text = section.defaultText;
    text.replace(QStringLiteral("{host}"), hostName(data.engagement));
    text.replace(QStringLiteral("{kind}"), data.programmeName.toLower());
    return text;
}

report::Document buildFeedbackReport(const FeedbackReportData& data, const ReportTemplate& layout)
{
    return Builder(data, layout).build();
}

QHash<QUuid, int> recommendationNumbers(const QList<Recommendation>& recommendations)
{
    QHash<QUuid, int> numbers;
    int number = 0;
    for (const Recommendation& r : inReportOrder(recommendations))
        numbers.insert(r.id, ++number);
    return numbers;
}

DocumentMeta engagementMeta(const Engagement& engagement, const QString& programmeName,
                            const QString& subtitle, const ReportVersion& version)
{
    DocumentMeta meta;
    meta.kind = programmeName;
    meta.title = hostName(engagement);
    meta.subtitle = subtitle;
    const QDate start = engagement.date(Milestone::OnsiteStart);
    if (start.isValid())
        meta.dates = formatDateRange(start, engagement.date(Milestone::OnsiteEnd));
    meta.header = QStringLiteral("%1 – %2").arg(meta.title, programmeName);
    meta.version = versionLine(version);
    meta.draft = version.state == ReportState::Draft;
    return meta;
}

} // namespace pc
