// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoscope.h"

#include "demorandom.h"

#include <algorithm>

namespace pc {

namespace {

struct FocusArea
{
    const char* title;
    const char* questions[6];
};

// Focus areas a council might ask peers to explore besides the five core elements.
constexpr FocusArea focusAreas[] = {
    {"Housing and homelessness",
     {"How well does the council understand housing need and the pressure on temporary accommodation?",
      "Is the housing delivery plan realistic, resourced and owned across the council and partners?",
      "How effectively does the council work with partners to prevent homelessness?",
      "Does the council make good use of its own land and assets to bring forward affordable homes?",
      "How well does the council listen to its tenants and act on what they say?",
      "Are private-sector housing standards enforced consistently and fairly?"}},
    {"Customer access and digital services",
     {"Do residents find it easy to reach the council and get things done first time?",
      "Is there a clear digital plan that keeps in mind those who cannot go online?",
      "Does the council use what customers tell it to redesign its services?",
      "Are the council's systems and data joined up enough to support a single view of the resident?",
      "How well are staff equipped and trained to work in new digital ways?",
      "Are the savings expected from digital change realistic and tracked?"}},
    {"Regeneration of the town centre",
     {"Is there a shared and credible vision for the town centre that partners and businesses support?",
      "Does the council have the capacity and skills to deliver its regeneration programme?",
      "How well are the risks of the major capital schemes understood and managed?",
      "Are residents and traders involved in shaping the plans for the town centre?",
      "Is external funding being used to best effect and aligned with the council's priorities?",
      "How will the council know whether regeneration is making a difference?"}},
    {"Climate emergency and net zero",
     {"Is the council's climate action plan costed, prioritised and owned across the organisation?",
      "How well does the council measure and report progress towards net zero?",
      "Does the council use its planning and procurement powers to support its climate goals?",
      "How effectively does the council work with partners and residents on climate action?",
      "Is climate risk reflected in decision-making and the medium-term financial plan?"}},
    {"Adult social care and health integration",
     {"How well do the council and its health partners plan and commission care together?",
      "Is the council managing demand and the cost of care within its budget?",
      "Are people helped to stay independent at home for as long as possible?",
      "How well does the council understand the stability of its local care market?",
      "Do carers and people who use services shape the way care is designed?"}},
    {"Children's services and SEND",
     {"Is the council's improvement plan for children's services realistic and on track?",
      "How well does the council manage the rising demand for support with special needs?",
      "Is the high-needs budget deficit understood, with a credible recovery plan?",
      "How effectively do schools, health and the council work together for children?",
      "Do members have the information they need to challenge performance?"}},
    {"Workforce, recruitment and retention",
     {"Does the council have a workforce plan that matches its priorities and budget?",
      "How well does the council recruit and keep staff in hard-to-fill roles?",
      "Is there a positive culture in which staff feel valued, heard and able to speak up?",
      "Does the council invest enough in leadership and management development?",
      "How well does the council understand and act on staff wellbeing and sickness absence?",
      "Is the council's pay and reward offer competitive with its neighbours?"}},
    {"Economic growth and skills",
     {"Does the council have a clear economic strategy built on evidence about the local economy?",
      "How well does the council work with businesses, colleges and employers on skills?",
      "Is the council making the most of its role as a large local employer and buyer?",
      "How are the benefits of growth shared with communities that have missed out?"}},
    {"Commercial activity and income",
     {"Is the council's commercial strategy clear about its aims, risks and appetite for risk?",
      "Are commercial investments governed, monitored and reported well?",
      "Does the council have the skills to run its companies and trading services?",
      "How dependent is the budget on commercial income, and what if it falls short?"}},
    {"Community safety and cohesion",
     {"How well do the council and its partners understand the causes of antisocial behaviour?",
      "Is the community safety partnership well led, with clear priorities?",
      "Does the council know its communities and build good relations between them?",
      "How well are victims and vulnerable residents supported?"}},
    {"Waste and environmental services",
     {"Are the waste and recycling services performing well and offering value for money?",
      "Is the council ready for changes to national waste and recycling policy?",
      "How well is the contract with the service provider managed?",
      "Do residents see clean streets and open spaces as the council intends?"}},
    {"Partnership with the voluntary sector",
     {"Does the council have a clear and shared approach to working with the voluntary sector?",
      "Is funding for voluntary groups fair, transparent and tied to outcomes?",
      "How well does the council use the knowledge and reach of community groups?",
      "Are volunteers recognised and supported?"}},
    {"Planning and development management",
     {"Is the local plan up to date, and is its review properly resourced?",
      "Are planning applications decided on time and to a consistent standard?",
      "How well does the planning committee work, and do members receive good advice?",
      "Is infrastructure funding collected and spent in line with the council's priorities?"}},
    {"Devolution and combined authority working",
     {"Is the council clear about what it wants from devolution and how it will benefit residents?",
      "How well does the council influence the combined authority's priorities?",
      "Does the council have the capacity to take on new responsibilities?",
      "Are members and partners well informed about the options and their risks?"}},
    {"Transformation programme",
     {"Is the transformation programme clear about what will change, by when and at what cost?",
      "Is the programme well governed, with realistic benefits that are tracked?",
      "Do staff and members understand the changes and support them?",
      "Does the council have the change and project-management skills it needs?",
      "How well does the programme learn from what has and has not worked?"}},
};

} // namespace

int demoFocusAreaCount()
{
    return int(std::size(focusAreas));
}

QList<Theme> demoFocusAreas(DemoRandom& random, int count, double firstPosition)
{
    QList<int> order;
    for (int i = 0; i < demoFocusAreaCount(); ++i)
        order.append(i);
    for (qsizetype i = order.size() - 1; i > 0; --i) // Fisher-Yates
        order.swapItemsAt(i, random.below(int(i + 1)));
    QList<Theme> themes;
    for (int i = 0; i < std::min(count, demoFocusAreaCount()); ++i) {
        const FocusArea& area = focusAreas[order[i]];
        const int available = int(std::count_if(std::begin(area.questions), std::end(area.questions),
                                                [](const char* q) { return q; }));
        Theme theme;
        theme.title = QString::fromUtf8(area.title);
        theme.kind = ThemeKind::Focus;
        theme.position = firstPosition + i;
        const int questions = random.between(3, available);
        for (int q = 0; q < questions; ++q)
            theme.questions.append(KeyQuestion{{}, {}, QString::fromUtf8(area.questions[q]), double(q + 1)});
        themes.append(theme);
    }
    return themes;
}

} // namespace pc
