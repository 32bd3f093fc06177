// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoevidencetext.h"

#include <iterator>

namespace pc {

namespace {

struct FindingSource
{
    const char* title;
    const char* text;
};

/// One theme's phrases; a focus area's use %1 for its name as a sentence writes it.
struct ThemeSource
{
    const char* key; // the core element's template key; empty for the focus areas
    const char* strengths[6];
    const char* concerns[6];
    const char* neutral[3];
    const char* strengthQuotes[3];
    const char* concernQuotes[3];
    const char* dataPoints[3];
    const char* strengthStory;
    const char* concernStory;
    const char* requests[2];
    FindingSource strengthFindings[5];
    FindingSource considerations[5];
    const char* recommendations[3];
};

// Fictional, in the shape of published LGA feedback reports (DOMAIN.md section 6) and of what
// peers hear in interviews and focus groups (section 5).
constexpr ThemeSource themes[] = {
    {"local-priorities-and-outcomes",
     {"clear pride in the place and in what the council has delivered",
      "the council plan's priorities are widely known and quoted back to us",
      "waste and recycling performance is strong and residents notice it",
      "good use of resident insight to target services at the most deprived wards",
      "the new performance framework links each priority to an outcome",
      "partners credit the council with acting quickly in the cost-of-living response"},
     {"too many priorities; hard to say what the council would stop doing",
      "outcomes for the most deprived wards are not improving",
      "performance reports count activity rather than the difference made",
      "little sign that resident feedback changes what services do",
      "the council plan is not translated into service plans in every directorate",
      "no targets set for some of the headline priorities"},
     {"the council plan is refreshed every year with the budget",
      "performance goes to cabinet quarterly and to scrutiny twice a year",
      "the residents' panel has around 1,200 members"},
     {"We know what the council is trying to achieve here, and we can see it.",
      "The cost-of-living hub was up and running in a fortnight.",
      "People are proud of this place, and proud of the council."},
     {"Everything is a priority, so nothing is.", "The plan says one thing; the budget says another.",
      "We report a lot of numbers but I couldn't tell you if we're making a difference."},
     {"Residents' survey: 71% satisfied with the way the council runs things (62% nationally).",
      "Recycling rate 52%, in the top quartile for districts.",
      "Of 34 performance indicators, 9 have no target set."},
     "A volunteer told us how the community café at the library became a warm space last winter; "
     "the council helped set it up in a week.",
     "A resident described reporting the same fly-tipping three times before anyone came; by the "
     "time it was cleared she had given up.",
     {"the performance framework and last quarter's report", "the ward profiles used to target services"},
     {{"A clear and well-understood set of priorities",
       "The council plan is known across the organisation and by partners, and staff at every level "
       "could describe what it means for their own work. The priorities reflect what residents say "
       "matters to them. This gives the council a firm base from which to make harder choices."},
      {"Strong performance in universal services",
       "Waste, recycling and street cleansing perform well against similar councils, and residents "
       "notice it. The council should take credit for this and use it to build trust for the changes "
       "ahead."},
      {"A quick and practical response to the cost of living",
       "Partners and residents described a response that was organised within weeks, drew on the "
       "voluntary sector and reached people who do not usually come to the council. The peer team saw "
       "this as a model of working with communities."},
      {"Good use of resident insight",
       "The residents' survey and panel give the council a rich picture of what people think, and "
       "some services use it well to target their work at the wards with the greatest need."},
      {"Visible pride in the place",
       "Members, staff and partners spoke warmly about the area and about the council's part in "
       "it. That pride is an asset the council can draw on as it asks more of its partners."}},
     {{"Too many priorities to drive hard choices",
       "The council plan holds more priorities than the council can resource, and it is not clear "
       "what would stop if money ran short. Fewer priorities, tied to the budget, would help members "
       "and officers make the choices ahead."},
      {"Measuring outcomes, not only activity",
       "Performance reports are regular and well presented but mostly count activity. Members and "
       "partners could not say whether residents' lives are better as a result. An outcomes "
       "framework with targets would close that gap."},
      {"Closing the gap for the most deprived communities",
       "Outcomes in the most deprived wards have not improved over the life of the plan. The council "
       "has the data to see this; it now needs a shared plan with partners to change it."},
      {"Acting on what residents say",
       "Residents are asked for their views often, but few could point to a change that followed. "
       "Closing the loop would strengthen trust and the value of the residents' panel."},
      {"Targets for every headline priority",
       "Several headline priorities have no target or measure, which makes it hard for scrutiny to "
       "hold the council to account for them."}},
     {"Reduce the council plan to a small number of priorities that drive the budget and the work "
      "programme, and say plainly what the council will stop doing.",
      "Develop an outcomes framework with targets for each headline priority, reported to cabinet and "
      "scrutiny alongside financial information.",
      "Use the residents' panel and survey to show residents how their views have changed services."}},
    {"organisational-and-place-leadership",
     {"the leader and chief executive are seen as a strong, visible partnership",
      "partners describe the council as a trusted and reliable convener",
      "good relationships with health partners, built up since the pandemic",
      "the council takes a lead role on the county-wide partnership board",
      "senior leaders are visible and approachable; staff see them on site",
      "business leaders value the economic development team"},
     {"no shared vision for the place that partners have signed up to",
      "partners are unclear who to go to in the council on cross-cutting issues",
      "the council's voice in the combined authority discussions is weak",
      "relationships depend on a few individuals rather than on structures",
      "parish and town councils feel consulted late, if at all",
      "the story of the place is not used consistently in what the council says"},
     {"the partnership board meets quarterly and is chaired by the leader",
      "the health and wellbeing partnership is led by the county",
      "the economic strategy was refreshed last year"},
     {"When we needed the council, they picked up the phone the same day.",
      "The chief exec is out and about; you see them at the depot.",
      "They bring people round the table and they follow through."},
     {"I couldn't tell you what the council's vision for the town is.",
      "It works because of who is in the room, not because of how it's set up.",
      "We find out about big decisions from the local paper."},
     {"Partnership board: 14 member organisations, average attendance 9.",
      "Staff survey: 78% know the council's priorities; 54% think senior leaders are visible.",
      "Economic strategy aims for 2,500 new jobs by 2030; about 600 so far."},
     "A health partner described how council and NHS staff set up a joint discharge team in a month; "
     "it is now a permanent service.",
     "A parish clerk told us a planning consultation reached them after its closing date, for the "
     "second year running.",
     {"the partnership board's forward plan and minutes", "the council's asks of the combined authority"},
     {{"Strong and visible political and managerial leadership",
       "The leader and chief executive work well together and are seen as a united and visible "
       "partnership by staff and partners. This stability is a real strength and gives the council "
       "the platform to lead the place."},
      {"A trusted partner and convener",
       "Partners describe the council as reliable and quick to act, and value its role in bringing "
       "organisations together around shared problems."},
      {"Effective joint working with health partners",
       "Relationships with the NHS have deepened since the pandemic and now deliver joint services "
       "that partners want to build on."},
      {"A leadership team that staff can see and reach",
       "Staff told the peer team that senior leaders are visible, approachable and interested in "
       "their work, and that this matters to them."},
      {"Good relationships with the business community",
       "Business leaders value the council's economic development team and see the council as open "
       "to working with them."}},
     {{"A shared vision for the place",
       "The council has a clear plan for itself but not yet a vision for the place that partners have "
       "shaped and signed up to. Partners are ready to help create one."},
      {"Partnership working that rests on structures, not individuals",
       "Many strong relationships depend on a few people. Clearer structures and a single point of "
       "contact on cross-cutting issues would make them resilient to change."},
      {"A stronger voice in regional discussions",
       "The council is not yet clear about what it wants from the combined authority, and partners "
       "think its influence there is less than it could be."},
      {"Earlier engagement with parish and town councils",
       "Parish and town councils feel they hear about decisions late. An agreed way of engaging them "
       "early would improve trust and local delivery."},
      {"A consistent story of place",
       "The council's ambitions for the area are described differently by different people. A shared "
       "narrative would help it attract investment and partners."}},
     {"Agree with partners a shared, long-term vision for the place and a small number of joint "
      "priorities to deliver it.",
      "Set out what the council wants from devolution and the combined authority, and equip members and "
      "officers to influence it.",
      "Agree a charter with parish and town councils on how and when they will be engaged."}},
    {"governance-and-culture",
     {"member-officer relationships are respectful and constructive",
      "the monitoring officer is well regarded and seen as independent",
      "the audit committee is effective, with a strong independent member",
      "decision-making is transparent; reports are clear and published on time",
      "the constitution was reviewed last year and is well understood",
      "staff feel able to raise concerns and say they are listened to"},
     {"scrutiny rarely sets its own agenda; most items come from officers",
      "opposition members feel left out of information and briefings",
      "some cabinet decisions leave little time for pre-decision scrutiny",
      "member training is poorly attended and not tracked",
      "the risk register is not used by cabinet to shape decisions",
      "a habit of working around the process when under pressure"},
     {"scrutiny has two committees and a management board",
      "the annual governance statement lists four significant issues",
      "the member code of conduct was adopted in 2023"},
     {"Officers give us straight advice, even when it isn't what we want to hear.",
      "I've never felt I couldn't say something in this council.",
      "The audit committee asks the right questions."},
     {"Scrutiny is told about decisions, it doesn't shape them.",
      "We get the papers the night before and we're expected to have read them.",
      "If you're not in the ruling group, you hear things last."},
     {"Scrutiny work programme: 22 items this year, 3 suggested by members.",
      "Member training: 41% attendance at the last finance session.",
      "Annual governance statement: 4 significant issues, 2 carried over from last year."},
     "A new councillor described how the monitoring officer's induction helped them handle a difficult "
     "declaration of interest with confidence.",
     "Backbench members told us a report on a major contract came to scrutiny after the contract had "
     "been signed.",
     {"the scrutiny work programme and how items are chosen", "the member development plan and attendance"},
     {{"Respectful relationships between members and officers",
       "Members and officers described relationships that are constructive and respectful, with clear "
       "roles. The peer team saw this in the meetings it observed."},
      {"Sound statutory governance",
       "The statutory officers are well regarded and give clear advice, and the constitution has been "
       "kept up to date. The foundations of good governance are in place."},
      {"An effective audit committee",
       "The audit committee is well chaired, benefits from an experienced independent member and "
       "challenges officers on risk and control."},
      {"Transparent decision-making",
       "Reports are clear, published on time and set out options and risks, which supports open and "
       "accountable decisions."},
      {"A culture in which people can speak up",
       "Staff told the peer team they feel able to raise concerns and that managers listen. This is a "
       "valuable part of the council's culture to protect."}},
     {{"Scrutiny that shapes decisions",
       "Scrutiny is well supported but mostly receives reports after decisions are made. A work "
       "programme led by members and focused on the council's priorities would add more value."},
      {"Including all members",
       "Members outside the ruling group feel less informed than they should be. Regular briefings for "
       "all members on significant matters would strengthen trust and challenge."},
      {"Time for pre-decision scrutiny",
       "Some significant decisions have reached cabinet with little time for scrutiny to consider them. "
       "A forward plan that is kept to would help."},
      {"Member development that is planned and tracked",
       "Member training is offered but poorly attended and not linked to individual needs. A planned "
       "programme would help members in their roles, particularly on finance."},
      {"Using risk management to inform decisions",
       "The corporate risk register is maintained but is not yet used by cabinet to shape its "
       "decisions and priorities."}},
     {"Strengthen scrutiny's role in policy development, with a work programme led by members and linked "
      "to the council's priorities.",
      "Agree a protocol for briefing all members, including opposition groups, on significant decisions.",
      "Introduce a member development programme based on individual needs, with attendance reported to "
      "group leaders."}},
    {"financial-planning-and-management",
     {"the section 151 officer is respected and gives clear advice",
      "a balanced budget for next year with a realistic savings plan",
      "reserves are healthy and their use is planned",
      "budget monitoring is timely and well understood by cabinet",
      "capital programme slippage has come down since last year",
      "members get good finance training before the budget"},
     {"a budget gap from year two with no agreed plan to close it",
      "savings plans rely on transformation that is not yet designed",
      "the overspend in temporary accommodation grows every quarter",
      "the capital programme is ambitious for the capacity to deliver it",
      "reserves are being used to balance the budget",
      "the finance team is stretched and relies on interims"},
     {"the medium-term financial strategy covers four years and is refreshed twice a year",
      "council tax rose by the referendum limit for the third year",
      "the external auditor made no key recommendations"},
     {"The numbers are clear, and we understand them.", "Finance is seen as a partner, not a gatekeeper.",
      "We set a budget we believe in."},
     {"Next year is fine. After that, nobody knows.", "The savings are in the plan but no one owns them.",
      "We keep using reserves and calling it one-off."},
     {"General fund reserves £8.4m, about 42% of the net budget.",
      "Budget gap: £1.2m next year, rising to £4.6m by year four.",
      "Temporary accommodation overspend £640k at quarter two."},
     "A budget holder explained how monthly meetings with a finance business partner helped them spot a "
     "pressure early and deal with it within the year.",
     "A manager told us savings were taken from their budget before the service change meant to deliver "
     "them had been agreed.",
     {"the savings tracker and who owns each line", "the reserves forecast for the next four years"},
     {{"Sound financial management and a balanced budget",
       "The council has a good record of setting balanced budgets and managing within them. Budget "
       "monitoring is timely, and members understand the position."},
      {"Healthy reserves, used with care",
       "Reserves are at a healthy level and the council has a clear policy for their use, which gives "
       "it time to make the changes it needs."},
      {"Clear and timely budget monitoring",
       "Budget holders and cabinet receive monthly, well-presented monitoring, and pressures are "
       "spotted early."},
      {"Strong and respected financial leadership",
       "The section 151 officer is respected across the council for clear and independent advice, "
       "and finance is seen as a partner to services."},
      {"Members who understand the finances",
       "Members of all groups spoke confidently about the budget, helped by good training before the "
       "budget is set."}},
     {{"A credible plan to close the medium-term gap",
       "The budget is balanced next year, but the gap from year two has no agreed plan to close it. "
       "The council needs to decide soon how it will do so without relying on reserves."},
      {"Savings that are owned and tracked",
       "Several savings depend on transformation projects that are not yet designed, and ownership is "
       "unclear. Each saving needs an owner and a plan, tracked monthly."},
      {"Getting on top of temporary accommodation costs",
       "Spending on temporary accommodation is rising faster than budgeted and is the largest single "
       "pressure. A joined-up plan across housing and finance is needed."},
      {"A capital programme matched to capacity",
       "The capital programme is ambitious and has slipped each year. Re-profiling it to what can be "
       "delivered would give members a truer picture."},
      {"Resilience in the finance team",
       "The finance team is small, stretched and relies on interim staff in key roles, which is a risk "
       "at a time of growing financial pressure."}},
     {"Agree a medium-term plan to close the budget gap from year two without relying on reserves, with "
      "each saving owned by a directorate and tracked monthly.",
      "Review the capital programme against the council's capacity to deliver, and re-profile it so that "
      "it is realistic.",
      "Build resilience in the finance team through a workforce plan that reduces the reliance on interim "
      "staff."}},
    {"capacity-for-improvement",
     {"staff are committed, flexible and proud of their services",
      "a strong apprenticeship and grow-your-own programme",
      "the transformation programme has clear governance and a programme board",
      "good use of data in some services to target resources", "managers feel trusted to make decisions",
      "hybrid working has been embraced and is well supported"},
     {"recruitment to planning, legal and IT roles is very difficult",
      "the transformation programme has many projects but few benefits tracked",
      "middle managers feel stretched and are the bottleneck for change",
      "IT systems are old and poorly joined up", "little capacity to step back and redesign services",
      "sickness absence is high in frontline services"},
     {"the staff survey was last run eighteen months ago", "the transformation programme has 27 projects",
      "the workforce strategy runs to 2027"},
     {"I love working here; people go the extra mile.", "My manager trusts me to get on with it.",
      "The apprenticeship gave me a career, not just a job."},
     {"We're running to stand still.", "Every project is a priority and we're the same ten people.",
      "We are still re-keying data between three systems."},
     {"Vacancy rate 14%, and 31% in planning.", "Sickness absence 11.2 days per FTE against a target of 8.",
      "Transformation: 27 projects, benefits tracked for 6."},
     "An apprentice told us how they joined at 17 and now lead a team in the customer service centre.",
     "A team leader described covering two vacant posts for eight months; three of the team had left in "
     "that time.",
     {"the transformation benefits register", "the recruitment plan for hard-to-fill roles"},
     {{"A committed and resilient workforce",
       "Staff are proud of their services and go the extra mile for residents. The peer team was "
       "struck by their commitment and flexibility."},
      {"Growing its own talent",
       "The apprenticeship and grow-your-own schemes are well regarded and have given many staff a "
       "career path within the council."},
      {"Well-governed transformation",
       "The transformation programme has a programme board, clear governance and support from the "
       "top of the organisation."},
      {"Managers trusted to lead",
       "Managers told the peer team they feel trusted to make decisions, which supports a positive "
       "and responsive culture."},
      {"New ways of working that stick",
       "Hybrid working is well supported and has helped the council recruit and keep staff in a "
       "competitive market."}},
     {{"Capacity to deliver the change programme",
       "The council is trying to do a great deal with a small number of people. Fewer, better "
       "resourced priorities would improve the chances of success."},
      {"Tracking the benefits of transformation",
       "Most transformation projects have no benefits tracked, so it is hard to know what they are "
       "delivering or whether the savings expected will come."},
      {"Recruitment and retention in hard-to-fill roles",
       "Vacancies in planning, legal and IT are high and affect service delivery. A targeted plan for "
       "these roles is needed."},
      {"Modern, joined-up systems",
       "Old and poorly connected systems cost staff time and limit what the council can do "
       "digitally. Investment here would release capacity."},
      {"Supporting middle managers",
       "Middle managers carry much of the change and feel stretched. They need support and time to "
       "lead it."}},
     {"Prioritise the transformation programme to fewer projects with clear benefits, tracked by the "
      "programme board.",
      "Develop a workforce plan for hard-to-fill roles, including career grades, market supplements and "
      "growing its own.",
      "Invest in the capacity of middle managers to lead change, through development and by removing "
      "low-value work."}},
    {"",
     {"real commitment to %1 from the portfolio holder and the lead officers",
      "partners see the council's work on %1 as a strength", "good data on %1, used to target resources",
      "frontline staff working on %1 are knowledgeable and motivated",
      "a recent improvement in %1 that partners have noticed",
      "the plan for %1 is clear and has been agreed with partners"},
     {"the ambition for %1 is not matched by resources", "no single owner for %1 across the council",
      "partners say the council's approach to %1 changes too often",
      "little evidence of the impact of the work on %1",
      "the risks in %1 are not on the corporate risk register",
      "members have too little information on %1 to challenge performance"},
     {"a cross-party working group on %1 meets monthly", "the strategy for %1 is due for review next year",
      "there is a programme board for %1"},
     {"On %1, this council punches above its weight.", "The team working on %1 is the best I've worked with.",
      "They listened to us on %1 and changed the plan."},
     {"Everyone agrees %1 matters, but nobody owns it.", "We've had three plans for %1 in five years.",
      "It would be naïve to think the money for %1 will still be there next year."},
     {"Spending on %1 is up 18% in two years.", "Five of the twelve actions in the plan for %1 are complete.",
      "Complaints about %1: 146 last year, up from 98."},
     "A partner described how joint work on %1 helped a family who had been passed between services for a "
     "year.",
     "A member of staff told us a bid for funding for %1 was missed because no one had time to write it.",
     {"the action plan for %1 and its latest progress report", "the risk assessment for %1"},
     {{"A clear ambition for %1",
       "The council's ambition for %1 is clear, well understood by staff and backed by the portfolio "
       "holder. Partners share it."},
      {"Partners who value the council's work on %1",
       "Partners spoke positively about the council's role in %1 and want to do more together."},
      {"Good use of data in %1",
       "The council understands the picture in %1 well and uses its data to target resources where "
       "they are most needed."},
      {"A skilled and motivated team",
       "The staff working on %1 are knowledgeable, motivated and respected by partners."},
      {"Early signs of improvement in %1",
       "Recent changes in %1 are beginning to make a difference that partners and residents have "
       "noticed."}},
     {{"Matching the ambition for %1 with resources",
       "The ambition for %1 is not yet matched by the money and people to deliver it. A costed plan "
       "would show what can be done and when."},
      {"Clear ownership of %1",
       "Responsibility for %1 is spread across several services without a single owner, which slows "
       "decisions."},
      {"Showing the impact of the work on %1",
       "There is much activity on %1 but little evidence of its impact. Measures agreed with partners "
       "would help."},
      {"Managing the risks in %1",
       "The main risks in %1 are not on the corporate risk register and are not reviewed by members."},
      {"Informing members about %1",
       "Members receive little regular information on %1, which limits their ability to challenge "
       "and support it."}},
     {"Agree a costed delivery plan for %1, with a single accountable owner and milestones reported to "
      "cabinet.",
      "Develop measures of the impact of the work on %1 and report them to members and partners.",
      "Add the main risks in %1 to the corporate risk register and review them every quarter."}},
};

struct Speakers
{
    ParticipantGroup group;
    const char* names[4];
};

constexpr Speakers speakers[] = {
    {ParticipantGroup::PoliticalLeadership, {"Cabinet member", "Portfolio holder", "Deputy leader", nullptr}},
    {ParticipantGroup::OppositionMembers, {"Opposition member", "Backbench councillor", nullptr, nullptr}},
    {ParticipantGroup::SeniorOfficers,
     {"Director", "Senior manager", "Head of service", "Assistant director"}},
    {ParticipantGroup::Staff, {"Frontline staff", "Team leader", "Staff focus group", "Service manager"}},
    {ParticipantGroup::Partners, {"Health partner", "VCS partner", "Business representative", "Partner"}},
    {ParticipantGroup::Residents, {"Resident", "Residents' panel member", "Young person", nullptr}},
    {ParticipantGroup::Scrutiny, {"Scrutiny chair", "Committee member", nullptr, nullptr}},
    {ParticipantGroup::Other, {"Participant", nullptr, nullptr, nullptr}},
};

constexpr const char* asides[] = {
    "Overheard at reception: ", "Team reflection: ", "Walking round the civic centre: ", "Chat over lunch: "};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

template <std::size_t N>
QStringList texts(const char* const (&pool)[N], const QString& area)
{
    QStringList result;
    for (const char* item : pool)
        result.append(text(item).replace(QStringLiteral("%1"), area));
    return result;
}

template <std::size_t N>
QList<DemoFindingText> findings(const FindingSource (&pool)[N], const QString& area)
{
    QList<DemoFindingText> result;
    for (const FindingSource& f : pool)
        result.append({text(f.title).replace(QStringLiteral("%1"), area),
                       text(f.text).replace(QStringLiteral("%1"), area)});
    return result;
}

const ThemeSource& sourceFor(const Theme& theme)
{
    for (const ThemeSource& source : themes) {
        if (!theme.templateKey.isEmpty() && theme.templateKey == QLatin1String(source.key))
            return source;
    }
    return themes[std::size(themes) - 1]; // the focus areas' own
}

} // namespace

QString inSentence(const QString& title)
{
    if (title.size() > 1 && title.at(0).isUpper() && title.at(1).isLower())
        return title.at(0).toLower() + title.mid(1);
    return title;
}

DemoThemeText demoThemeText(const Theme& theme)
{
    const ThemeSource& s = sourceFor(theme);
    const QString area = inSentence(theme.title);
    DemoThemeText t;
    t.strengths = texts(s.strengths, area);
    t.concerns = texts(s.concerns, area);
    t.neutral = texts(s.neutral, area);
    t.strengthQuotes = texts(s.strengthQuotes, area);
    t.concernQuotes = texts(s.concernQuotes, area);
    t.dataPoints = texts(s.dataPoints, area);
    t.strengthStories = {text(s.strengthStory).replace(QStringLiteral("%1"), area)};
    t.concernStories = {text(s.concernStory).replace(QStringLiteral("%1"), area)};
    t.requests = texts(s.requests, area);
    t.strengthFindings = findings(s.strengthFindings, area);
    t.considerations = findings(s.considerations, area);
    t.recommendations = texts(s.recommendations, area);
    return t;
}

QStringList demoSpeakers(ParticipantGroup group)
{
    for (const Speakers& s : speakers) {
        if (s.group != group)
            continue;
        QStringList names;
        for (const char* name : s.names) {
            if (name)
                names.append(text(name));
        }
        return names;
    }
    return {text("Participant")};
}

QStringList demoAsides()
{
    QStringList result;
    for (const char* aside : asides)
        result.append(text(aside));
    return result;
}

QString demoCrossCuttingRecommendation()
{
    return text("Bring these recommendations together in one improvement plan with clear owners and "
                "milestones, reported regularly to cabinet and scrutiny, and invite the peer team back "
                "for a progress review within a year.");
}

} // namespace pc
