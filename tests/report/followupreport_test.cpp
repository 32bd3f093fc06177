// SPDX-License-Identifier: GPL-3.0-or-later
// The progress review report's structure and words, from data set out by hand.
#include "report/followupreport.h"

#include <catch2/catch.hpp>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {

Recommendation recommendation(int n)
{
    Recommendation r;
    r.id = QUuid::fromString(u"00000000-0000-4000-b000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
    r.text = u"Recommendation text number %1 about the medium-term financial plan"_s.arg(n);
    r.position = n;
    return r;
}

Action action(int n, const QUuid& recommendation, Rag rag, ActionStatus status)
{
    Action a;
    a.id = QUuid::fromString(u"00000000-0000-4000-c000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
    a.recommendation = recommendation;
    a.description = u"Action %1"_s.arg(n);
    a.rag = rag;
    a.status = status;
    a.position = n;
    return a;
}

} // namespace

TEST_CASE("The progress review report lists each recommendation and the action plan's RAG summary",
          "[followup][report]")
{
    FollowUpData data;
    data.report.engagement.host.name = u"Northmoor District Council"_s;
    data.report.engagement.setDate(Milestone::OnsiteStart, QDate(2026, 3, 10));
    data.report.engagement.setDate(Milestone::OnsiteEnd, QDate(2026, 3, 13));
    data.report.programmeName = u"Corporate Peer Challenge"_s;
    data.report.recommendations = {recommendation(1), recommendation(2)};
    data.actions = {action(1, data.report.recommendations[0].id, Rag::Green, ActionStatus::Completed),
                    action(2, data.report.recommendations[0].id, Rag::Amber, ActionStatus::InProgress),
                    action(3, data.report.recommendations[1].id, Rag::Green, ActionStatus::Completed)};
    ProgressReview review;
    review.date = QDate(2027, 1, 12);
    review.onsiteDays = 2;
    data.review = review;
    data.assessments.insert(data.report.recommendations[0].id,
                            {data.report.recommendations[0].id, u"Good progress."_s, u"Keep going."_s});
    data.today = QDate(2027, 1, 20);
    const report::Document doc = buildProgressReviewReport(data);
    QStringList headings;
    QString text;
    for (const report::Block& b : doc.blocks) {
        if (b.kind == report::Block::Kind::Heading && b.level <= 2)
            headings.append(report::headingText(b));
        text += report::plainText(b.spans) + u'\n';
        for (const report::Spans& item : b.items)
            text += report::plainText(item) + u'\n';
    }
    CHECK(headings
          == QStringList{u"1 Introduction"_s, u"2 Summary of the approach"_s, u"3 Feedback"_s,
                         u"3.1 Recommendation 1"_s, u"3.2 Recommendation 2"_s, u"4 The action plan"_s,
                         u"5 Next steps"_s});
    CHECK(text.contains(u"received a corporate peer challenge in March 2026"_s));
    CHECK(text.contains(u"The progress review took place on 12 January 2027 over 2 days."_s));
    CHECK(text.contains(u"Recommendation text number 2 about the medium-term financial plan"_s));
    CHECK(text.contains(u"Good progress."_s));
    CHECK(text.contains(u"The action plan has 2 actions for it: 1 green, 1 amber."_s));
    CHECK(text.contains(u"67% green, 33% amber, 0% red"_s));
    CHECK(doc.meta.subtitle == u"Progress review"_s);
}
