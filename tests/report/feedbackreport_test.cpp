// SPDX-License-Identifier: GPL-3.0-or-later
// The feedback report's structure and words, built from data set out by hand.
#include "report/feedbackreport.h"
#include "report/feedbackslides.h"
#include "rules/deadlines.h"

#include <catch2/catch.hpp>

using namespace pc;
using namespace pc::report;
using namespace Qt::StringLiterals;

namespace {

QUuid id(int n)
{
    return QUuid::fromString(u"{00000000-0000-4000-8000-%1}"_s.arg(n, 12, 10, QLatin1Char('0')));
}

FeedbackReportData reportData()
{
    FeedbackReportData d;
    d.engagement.title = u"Northmoor CPC"_s;
    d.engagement.host.name = u"Northmoor District Council"_s;
    d.engagement.programme = u"lga-cpc-2024"_s;
    d.engagement.setDate(Milestone::OnsiteStart, QDate(2026, 3, 10));
    d.engagement.setDate(Milestone::OnsiteEnd, QDate(2026, 3, 13));
    d.programmeName = u"Corporate Peer Challenge"_s;

    Member lead;
    lead.id = id(1);
    lead.name = u"Cllr Asha Patel"_s;
    lead.role = MemberRole::LeadMemberPeer;
    lead.jobTitle = u"Leader"_s;
    lead.organisation = u"Westshire County Council"_s;
    lead.politicalGroup = u"Labour"_s;
    Member officer;
    officer.id = id(2);
    officer.name = u"Tom Reid"_s;
    officer.role = MemberRole::LeadOfficerPeer;
    officer.jobTitle = u"Chief executive"_s;
    officer.organisation = u"Eastbrook Borough Council"_s;
    officer.politicalGroup = u"Should not show"_s;
    Member manager;
    manager.id = id(3);
    manager.name = u"Dee Okafor"_s;
    manager.role = MemberRole::ChallengeManager;
    manager.organisation = u"Local Government Association"_s;
    manager.email = u"dee.okafor@example.org"_s;
    d.members = {lead, officer, manager};

    Theme leadership;
    leadership.id = id(10);
    leadership.title = u"Local priorities and outcomes"_s;
    Theme housing;
    housing.id = id(11);
    housing.title = u"Housing delivery"_s;
    housing.kind = ThemeKind::Focus;
    housing.description = u"How the council gets homes built"_s;
    d.themes = {leadership, housing};

    Finding s1{id(20),
               leadership.id,
               FindingKind::Strength,
               u"Clear vision"_s,
               u"Staff know the priorities."_s,
               AgreementStatus::Agreed,
               1,
               {}};
    Finding c1{id(21),
               leadership.id,
               FindingKind::Consideration,
               u"Budget gap"_s,
               u"Budgets & <script>x</script> need work."_s,
               AgreementStatus::Draft,
               2,
               {}};
    Finding s2{id(22),
               housing.id,
               FindingKind::Strength,
               u"Strong partnerships"_s,
               u"Partners trust the council."_s,
               AgreementStatus::Agreed,
               1,
               {}};
    d.findings = {c1, s2, s1};

    Recommendation r1{id(30), housing.id, u"Publish a housing delivery plan."_s, AgreementStatus::Agreed, 2,
                      0,      {}};
    Recommendation r2{
        id(31), leadership.id, u"Agree a medium-term financial plan."_s, AgreementStatus::Agreed, 1, 1, {}};
    Recommendation r3{id(32), {}, u"Review the constitution."_s, AgreementStatus::Agreed, 3, 0, {}};
    d.recommendations = {r1, r2, r3};

    d.figures = ApproachFigures{4, 46, 123, 234, 6.2};
    d.documentsRead = 43;
    d.sections.insert(u"executive-summary"_s, u"The council is **well led**."_s);
    d.sections.insert(themeSectionKey(housing.id), u"Housing is a *strength*."_s);
    d.version.number = 2;
    return d;
}

QStringList headingsOf(const Document& document, int level)
{
    QStringList found;
    for (const Block& b : document.blocks) {
        if (b.kind == Block::Kind::Heading && b.level == level)
            found.append(headingText(b));
    }
    return found;
}

/// The blocks of a level-1 section, without its heading.
QList<Block> sectionBlocks(const Document& document, const QString& title)
{
    QList<Block> blocks;
    bool inside = false;
    for (const Block& b : document.blocks) {
        if (b.kind == Block::Kind::Heading && b.level == 1) {
            inside = headingText(b).endsWith(title);
            continue;
        }
        if (inside)
            blocks.append(b);
    }
    return blocks;
}

QString allText(const QList<Block>& blocks)
{
    QStringList text;
    for (const Block& b : blocks) {
        text.append(plainText(b.spans));
        for (const Spans& item : b.items)
            text.append(plainText(item));
        text.append(b.table.header.join(u'|'));
        for (const QStringList& row : b.table.rows)
            text.append(row.join(u'|'));
    }
    return text.join(u'\n');
}

} // namespace

TEST_CASE("The 2024 template orders the report's sections and numbers them", "[report][feedback]")
{
    const FeedbackReportData data = reportData();
    const Document report = buildFeedbackReport(data, ReportTemplate::forProgramme(u"lga-cpc-2024"_s));
    CHECK(headingsOf(report, 1)
          == QStringList{u"1 Introduction"_s, u"2 Executive summary"_s, u"3 Recommendations"_s,
                         u"4 Summary of the peer challenge approach"_s, u"5 Feedback"_s, u"6 Next steps"_s});
    CHECK(headingsOf(report, 2)
          == QStringList{u"4.1 The peer team"_s, u"4.2 Scope and focus"_s,
                         u"4.3 The peer challenge process"_s, u"5.1 Local priorities and outcomes"_s,
                         u"5.2 Housing delivery"_s});
    CHECK(report.meta.title == u"Northmoor District Council"_s);
    CHECK(report.meta.subtitle == u"Feedback report"_s);
    CHECK(report.meta.dates == u"10–13 March 2026"_s);
    CHECK(report.meta.version == u"Draft 2 – not yet issued"_s);
    CHECK(report.meta.draft);
}

TEST_CASE("The pre-2024 template leads with the executive summary and key recommendations",
          "[report][feedback]")
{
    const Document report =
        buildFeedbackReport(reportData(), ReportTemplate::forProgramme(u"lga-cpc-2017"_s));
    CHECK(headingsOf(report, 1)
          == QStringList{u"1 Executive summary"_s, u"2 Key recommendations"_s,
                         u"3 Summary of the peer challenge approach"_s, u"4 Feedback"_s, u"5 Next steps"_s});
}

TEST_CASE("The report's words come from the file: narrative, numbers, team and figures", "[report][feedback]")
{
    const FeedbackReportData data = reportData();
    const Document report = buildFeedbackReport(data, ReportTemplate::forProgramme(u"lga-cpc-2024"_s));

    // The introduction the team has not written is the template's, with the council's name.
    CHECK(
        allText(sectionBlocks(report, u"Introduction"_s))
            .startsWith(
                u"Northmoor District Council asked the peer team to carry out a corporate peer challenge."_s));

    // The executive summary: the team's words, then the key recommendation with its report number.
    const QList<Block> summary = sectionBlocks(report, u"Executive summary"_s);
    REQUIRE(!summary.isEmpty());
    CHECK(summary.first().spans
          == Spans{Span{u"The council is "_s}, Span{u"well led"_s, true}, Span{u"."_s}});
    CHECK(allText(summary).contains(u"Recommendation 1: Agree a medium-term financial plan."_s));

    // All recommendations, numbered in position order, each with its theme.
    const QList<Block> recommendations = sectionBlocks(report, u"Recommendations"_s);
    const auto list = std::find_if(recommendations.begin(), recommendations.end(),
                                   [](const Block& b) { return b.kind == Block::Kind::NumberedList; });
    REQUIRE(list != recommendations.end());
    REQUIRE(list->items.size() == 3);
    CHECK(plainText(list->items[0])
          == u"Agree a medium-term financial plan. (Local priorities and outcomes)"_s);
    CHECK(plainText(list->items[1]) == u"Publish a housing delivery plan. (Housing delivery)"_s);
    CHECK(plainText(list->items[2]) == u"Review the constitution."_s);
    CHECK(list->items[0].last().italic);

    // The team: roles and organisations, a political group for member peers only.
    const QString approach = allText(sectionBlocks(report, u"Summary of the peer challenge approach"_s));
    CHECK(approach.contains(u"Cllr Asha Patel|Lead member peer|Leader, Westshire County Council (Labour)"_s));
    CHECK(approach.contains(u"Tom Reid|Lead officer peer|Chief executive, Eastbrook Borough Council\n"_s));
    CHECK_FALSE(approach.contains(u"Should not show"_s));
    CHECK(approach.contains(u"Housing delivery: How the council gets homes built"_s));
    CHECK(approach.contains(u"reading more than 40 documents"_s));
    CHECK(approach.contains(
        u"The team met more than 120 people in more than 45 meetings and activities over 4 days "
        "onsite, and spent more than 230 hours gathering evidence: the equivalent of one person "
        "spending more than 6 weeks on the challenge."_s));

    // Feedback per theme: narrative, strengths, areas for consideration, its recommendations.
    const QString feedback = allText(sectionBlocks(report, u"Feedback"_s));
    CHECK(feedback.contains(u"Clear vision. Staff know the priorities."_s));
    CHECK(feedback.contains(u"Budget gap. Budgets & <script>x</script> need work."_s));
    CHECK(feedback.contains(u"Housing is a strength."_s));
    CHECK(feedback.contains(u"Recommendation 2: Publish a housing delivery plan."_s));
    CHECK(feedback.indexOf(u"Clear vision"_s) < feedback.indexOf(u"Budget gap"_s));

    // Next steps: the deadlines counted from the onsite end, and the manager to contact.
    const QString next = allText(sectionBlocks(report, u"Next steps"_s));
    const auto actionPlan = dueWindow(Milestone::ActionPlanPublished, data.engagement);
    REQUIRE(actionPlan);
    CHECK(next.contains(milestoneLabel(Milestone::ActionPlanPublished) + u'|'
                        + formatLongDate(actionPlan->latest)));
    CHECK(next.contains(u"Dee Okafor, Local Government Association – dee.okafor@example.org"_s));
}

TEST_CASE("A final version marks the report final", "[report][feedback]")
{
    FeedbackReportData data = reportData();
    data.version.state = ReportState::Final;
    data.version.issued = QDate(2026, 5, 2);
    const Document report = buildFeedbackReport(data, ReportTemplate::forProgramme(u"lga-cpc-2024"_s));
    CHECK(report.meta.version == u"Final – 2 May 2026"_s);
    CHECK_FALSE(report.meta.draft);
}

TEST_CASE("The slides show agreed findings only, a divider per theme", "[report][slides]")
{
    const SlideDeck deck = buildFeedbackSlides(reportData());
    QStringList titles;
    for (const Slide& s : deck.slides)
        titles.append(s.title);
    CHECK(titles
          == QStringList{u"Corporate Peer Challenge"_s, u"The peer team"_s, u"What we looked at"_s,
                         u"Local priorities and outcomes"_s, u"Strengths"_s, u"Housing delivery"_s,
                         u"Strengths"_s, u"Key recommendations"_s, u"Next steps"_s});
    CHECK(deck.slides.at(4).points == QStringList{u"Clear vision"_s}); // the draft "Budget gap" is not shown
    CHECK(deck.slides.at(7).points == QStringList{u"Agree a medium-term financial plan."_s});
    CHECK(deck.slides.at(0).subtitle == u"Northmoor District Council"_s);
}
