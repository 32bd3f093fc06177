// SPDX-License-Identifier: GPL-3.0-or-later
// The schema of the engagement file. Add a table or a field here with `since` set to the new
// schema version, and add a step to storage/migrations.cpp; never change a shipped declaration.
#include "registry.h"

namespace pc {

namespace {

FieldDef text(const QString& name, const QString& json, int maxLength = 0)
{
    FieldDef f;
    f.name = name;
    f.jsonName = json;
    f.type = FieldType::Text;
    f.required = true;
    f.maxLength = maxLength;
    return f;
}

FieldDef title(const QString& name, const QString& json)
{
    FieldDef f = text(name, json, 500);
    f.nonEmpty = true;
    return f;
}

FieldDef typed(const QString& name, const QString& json, FieldType type, bool required = false)
{
    FieldDef f;
    f.name = name;
    f.jsonName = json;
    f.type = type;
    f.required = required;
    return f;
}

FieldDef choice(const QString& name, const QString& json, const QStringList& choices)
{
    FieldDef f;
    f.name = name;
    f.jsonName = json;
    f.type = FieldType::Choice;
    f.required = true;
    f.choices = choices;
    return f;
}

FieldDef reference(const QString& name, const QString& json, const QString& table)
{
    FieldDef f;
    f.name = name;
    f.jsonName = json;
    f.type = FieldType::Reference;
    f.required = true;
    f.references = table;
    return f;
}

/// A required whole number within [minimum, maximum].
FieldDef whole(const QString& name, const QString& json, qint64 minimum, qint64 maximum)
{
    FieldDef f = typed(name, json, FieldType::Integer, true);
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

/// A reference that may be empty, and that outlives its target: a note stays when its session goes.
FieldDef optionalReference(const QString& name, const QString& json, const QString& table)
{
    FieldDef f = reference(name, json, table);
    f.required = false;
    return f;
}

FieldDef date(const QString& name, const QString& json)
{
    return typed(name, json, FieldType::Date);
}

/// A field or table added in schema version `version`.
template <typename T>
T since(T def, int version)
{
    def.since = version;
    return def;
}

TableDef table(const QString& name, const QString& json, TableKind kind)
{
    TableDef t;
    t.name = name;
    t.jsonName = json;
    t.kind = kind;
    return t;
}

TableDef deviceTable()
{
    TableDef t = table(QStringLiteral("device"), QStringLiteral("devices"), TableKind::Record);
    t.fields = {text(QStringLiteral("label"), QStringLiteral("label"), 200)};
    return t;
}

TableDef engagementTable()
{
    TableDef t = table(QStringLiteral("engagement"), QStringLiteral("engagement"), TableKind::Singleton);
    t.fields = {
        title(QStringLiteral("title"), QStringLiteral("title")),
        text(QStringLiteral("programme"), QStringLiteral("programme"), 100),
        typed(QStringLiteral("programme_version"), QStringLiteral("programmeVersion"), FieldType::Integer,
              true),
        text(QStringLiteral("host_name"), QStringLiteral("hostName"), 300),
        choice(QStringLiteral("host_type"), QStringLiteral("hostType"),
               {QString(), QStringLiteral("county"), QStringLiteral("district"), QStringLiteral("unitary"),
                QStringLiteral("metropolitan"), QStringLiteral("london-borough"),
                QStringLiteral("combined-authority"), QStringLiteral("fire-and-rescue"),
                QStringLiteral("national-park"), QStringLiteral("welsh-principal"), QStringLiteral("other")}),
        text(QStringLiteral("political_control"), QStringLiteral("politicalControl"), 200),
        text(QStringLiteral("host_region"), QStringLiteral("hostRegion"), 200),
        typed(QStringLiteral("host_population"), QStringLiteral("hostPopulation"), FieldType::Integer),
        date(QStringLiteral("scoping_meeting"), QStringLiteral("scopingMeeting")),
        date(QStringLiteral("position_statement_due"), QStringLiteral("positionStatementDue")),
        date(QStringLiteral("pre_reading_sent"), QStringLiteral("preReadingSent")),
        date(QStringLiteral("team_call"), QStringLiteral("teamCall")),
        date(QStringLiteral("onsite_start"), QStringLiteral("onsiteStart")),
        date(QStringLiteral("onsite_end"), QStringLiteral("onsiteEnd")),
        date(QStringLiteral("feedback_presentation"), QStringLiteral("feedbackPresentation")),
        date(QStringLiteral("report_draft"), QStringLiteral("reportDraft")),
        date(QStringLiteral("factual_check_returned"), QStringLiteral("factualCheckReturned")),
        date(QStringLiteral("report_published"), QStringLiteral("reportPublished")),
        date(QStringLiteral("action_plan_published"), QStringLiteral("actionPlanPublished")),
        date(QStringLiteral("progress_review"), QStringLiteral("progressReview")),
        date(QStringLiteral("progress_review_published"), QStringLiteral("progressReviewPublished")),
        text(QStringLiteral("notes"), QStringLiteral("notes"), 20000),
        // Markdown, so that headings and lists survive merges as plain text.
        since(text(QStringLiteral("scope_agreement"), QStringLiteral("scopeAgreement"), 200000), 2),
        since(date(QStringLiteral("scope_agreed"), QStringLiteral("scopeAgreed")), 2),
        // 0 = the programme's defaults (37.5 hours, 4 hours): see rules/approachfigures.h
        since(typed(QStringLiteral("week_hours"), QStringLiteral("weekHours"), FieldType::Real, true), 3),
        since(whole(QStringLiteral("longest_stretch"), QStringLiteral("longestStretch"), 0, 24 * 60), 3),
    };
    return t;
}

TableDef themeTable()
{
    TableDef t = table(QStringLiteral("theme"), QStringLiteral("themes"), TableKind::Record);
    t.fields = {
        title(QStringLiteral("title"), QStringLiteral("title")),
        choice(QStringLiteral("kind"), QStringLiteral("kind"),
               {QStringLiteral("core"), QStringLiteral("focus")}),
        text(QStringLiteral("template_key"), QStringLiteral("templateKey"), 100),
        text(QStringLiteral("description"), QStringLiteral("description"), 20000),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
    };
    t.orderField = QStringLiteral("position");
    return t;
}

TableDef keyQuestionTable()
{
    TableDef t = table(QStringLiteral("key_question"), QStringLiteral("keyQuestions"), TableKind::Record);
    t.fields = {
        reference(QStringLiteral("theme_id"), QStringLiteral("theme"), QStringLiteral("theme")),
        title(QStringLiteral("text"), QStringLiteral("text")),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
    };
    t.fields[1].maxLength = 2000;
    t.orderField = QStringLiteral("position");
    return t;
}

TableDef memberTable()
{
    TableDef t = table(QStringLiteral("member"), QStringLiteral("members"), TableKind::Record);
    FieldDef poolRef = text(QStringLiteral("pool_ref"), QStringLiteral("poolRef"), 100);
    poolRef.scope = FieldScope::Local; // the id in this user's own peer pool
    t.fields = {
        title(QStringLiteral("name"), QStringLiteral("name")),
        choice(QStringLiteral("role"), QStringLiteral("role"),
               {QStringLiteral("officer-peer"), QStringLiteral("lead-officer-peer"),
                QStringLiteral("lead-member-peer"), QStringLiteral("member-peer"),
                QStringLiteral("external-peer"), QStringLiteral("challenge-manager"),
                QStringLiteral("support-officer"), QStringLiteral("shadow-peer"), QStringLiteral("other"),
                // version 2
                QStringLiteral("specialist-peer")}),
        text(QStringLiteral("job_title"), QStringLiteral("jobTitle"), 300),
        text(QStringLiteral("organisation"), QStringLiteral("organisation"), 300),
        choice(QStringLiteral("sector"), QStringLiteral("sector"),
               {QStringLiteral("local-government"), QStringLiteral("health"), QStringLiteral("private"),
                QStringLiteral("voluntary"), QStringLiteral("academic"), QStringLiteral("central-government"),
                QStringLiteral("other")}),
        text(QStringLiteral("political_group"), QStringLiteral("politicalGroup"), 100),
        text(QStringLiteral("email"), QStringLiteral("email"), 320),
        text(QStringLiteral("phone"), QStringLiteral("phone"), 50),
        text(QStringLiteral("expertise"), QStringLiteral("expertise"), 2000),
        text(QStringLiteral("notes"), QStringLiteral("notes"), 20000),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
        poolRef,
        since(choice(QStringLiteral("conflict_status"), QStringLiteral("conflictStatus"),
                     {QStringLiteral("not-asked"), QStringLiteral("none"), QStringLiteral("declared")}),
              2),
        since(text(QStringLiteral("conflict_details"), QStringLiteral("conflictDetails"), 5000), 2),
        since(choice(QStringLiteral("conflict_decision"), QStringLiteral("conflictDecision"),
                     {QStringLiteral("pending"), QStringLiteral("cleared"), QStringLiteral("managed"),
                      QStringLiteral("stood-down")}),
              2),
    };
    t.orderField = QStringLiteral("position");
    return t;
}

TableDef themeLeadTable()
{
    TableDef t = table(QStringLiteral("theme_lead"), QStringLiteral("themeLeads"), TableKind::Link);
    t.fields = {
        reference(QStringLiteral("theme_id"), QStringLiteral("theme"), QStringLiteral("theme")),
        reference(QStringLiteral("member_id"), QStringLiteral("member"), QStringLiteral("member")),
    };
    return t;
}

/// A member's availability on one onsite day; no record means available all day. The id is
/// derived from the member and the day (availabilityId), so two laptops agree on it.
TableDef availabilityTable()
{
    TableDef t = table(QStringLiteral("availability"), QStringLiteral("availability"), TableKind::Record);
    t.fields = {
        reference(QStringLiteral("member_id"), QStringLiteral("member"), QStringLiteral("member")),
        date(QStringLiteral("day"), QStringLiteral("day")),
        choice(QStringLiteral("status"), QStringLiteral("status"),
               {QStringLiteral("available"), QStringLiteral("morning"), QStringLiteral("afternoon"),
                QStringLiteral("unavailable")}),
        text(QStringLiteral("note"), QStringLiteral("note"), 1000),
    };
    t.since = 2;
    return t;
}

/// The host council's people: personal data, never printed in reports.
TableDef contactTable()
{
    TableDef t = table(QStringLiteral("contact"), QStringLiteral("contacts"), TableKind::Record);
    t.fields = {
        title(QStringLiteral("name"), QStringLiteral("name")),
        choice(QStringLiteral("role"), QStringLiteral("role"),
               {QStringLiteral("other"), QStringLiteral("leader"), QStringLiteral("chief-executive"),
                QStringLiteral("lead-officer"), QStringLiteral("portfolio-holder"),
                QStringLiteral("director"), QStringLiteral("partner")}),
        text(QStringLiteral("job_title"), QStringLiteral("jobTitle"), 300),
        text(QStringLiteral("email"), QStringLiteral("email"), 320),
        text(QStringLiteral("phone"), QStringLiteral("phone"), 50),
        text(QStringLiteral("notes"), QStringLiteral("notes"), 20000),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
    };
    t.orderField = QStringLiteral("position");
    t.since = 2;
    return t;
}

/// The pre-reading library.
TableDef documentTable()
{
    TableDef t = table(QStringLiteral("document"), QStringLiteral("documents"), TableKind::Record);
    t.fields = {
        title(QStringLiteral("title"), QStringLiteral("title")),
        choice(QStringLiteral("source"), QStringLiteral("source"),
               {QStringLiteral("council"), QStringLiteral("programme"), QStringLiteral("benchmarking"),
                QStringLiteral("finance-briefing"), QStringLiteral("other")}),
        date(QStringLiteral("received"), QStringLiteral("received")),
        date(QStringLiteral("sent"), QStringLiteral("sent")),
        text(QStringLiteral("location"), QStringLiteral("location"), 2000),
        text(QStringLiteral("notes"), QStringLiteral("notes"), 20000),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
    };
    t.orderField = QStringLiteral("position");
    t.since = 2;
    return t;
}

TableDef linkTable(const QString& name, const QString& json, const QString& first, const QString& second,
                   int version)
{
    TableDef t = table(name, json, TableKind::Link);
    t.fields = {
        reference(first + QStringLiteral("_id"), first, first),
        reference(second + QStringLiteral("_id"), second, second),
    };
    t.since = version;
    return t;
}

/// A place of the onsite timetable; its id derives from its name (locationId).
TableDef locationTable()
{
    TableDef t = table(QStringLiteral("location"), QStringLiteral("locations"), TableKind::Record);
    t.fields = {
        title(QStringLiteral("name"), QStringLiteral("name")),
        whole(QStringLiteral("travel_minutes"), QStringLiteral("travelMinutes"), 0, 24 * 60),
        text(QStringLiteral("notes"), QStringLiteral("notes"), 5000),
    };
    t.since = 3;
    return t;
}

/// A session of the onsite timetable: minutes from the start of its day, in Europe/London.
TableDef sessionTable()
{
    TableDef t = table(QStringLiteral("session"), QStringLiteral("sessions"), TableKind::Record);
    FieldDef day = date(QStringLiteral("day"), QStringLiteral("day"));
    day.required = true;
    t.fields = {
        day,
        whole(QStringLiteral("start_minute"), QStringLiteral("startMinute"), 0, 24 * 60 - 1),
        // may pass midnight, up to a day after the start of the day
        whole(QStringLiteral("end_minute"), QStringLiteral("endMinute"), 0, 2 * 24 * 60),
        choice(QStringLiteral("kind"), QStringLiteral("kind"),
               {QStringLiteral("interview"), QStringLiteral("focus-group"), QStringLiteral("site-visit"),
                QStringLiteral("meeting-observed"), QStringLiteral("workshop"), QStringLiteral("team-huddle"),
                QStringLiteral("travel"), QStringLiteral("meal"), QStringLiteral("feedback-presentation"),
                QStringLiteral("other")}),
        title(QStringLiteral("title"), QStringLiteral("title")),
        text(QStringLiteral("location"), QStringLiteral("location"), 300),
        choice(QStringLiteral("status"), QStringLiteral("status"),
               {QStringLiteral("planned"), QStringLiteral("confirmed"), QStringLiteral("moved"),
                QStringLiteral("cancelled"), QStringLiteral("held")}),
        text(QStringLiteral("notes"), QStringLiteral("notes"), 20000),
    };
    t.since = 3;
    return t;
}

/// A team member in a session, with their part; the id derives from the pair (attendanceId).
TableDef sessionMemberTable()
{
    TableDef t = table(QStringLiteral("session_member"), QStringLiteral("sessionMembers"), TableKind::Record);
    t.fields = {
        reference(QStringLiteral("session_id"), QStringLiteral("session"), QStringLiteral("session")),
        reference(QStringLiteral("member_id"), QStringLiteral("member"), QStringLiteral("member")),
        choice(QStringLiteral("part"), QStringLiteral("part"),
               {QStringLiteral("observer"), QStringLiteral("lead-questioner"), QStringLiteral("note-taker")}),
    };
    t.since = 3;
    return t;
}

/// A participant group a session meets, with a headcount; the id derives from the pair.
TableDef sessionGroupTable()
{
    TableDef t = table(QStringLiteral("session_group"), QStringLiteral("sessionGroups"), TableKind::Record);
    t.fields = {
        reference(QStringLiteral("session_id"), QStringLiteral("session"), QStringLiteral("session")),
        choice(QStringLiteral("participant_group"), QStringLiteral("group"),
               {QStringLiteral("other"), QStringLiteral("political-leadership"),
                QStringLiteral("opposition-members"), QStringLiteral("senior-officers"),
                QStringLiteral("staff"), QStringLiteral("partners"), QStringLiteral("residents"),
                QStringLiteral("scrutiny")}),
        whole(QStringLiteral("headcount"), QStringLiteral("headcount"), 0, 100000),
    };
    t.since = 3;
    return t;
}

/// A key question a session explores.
TableDef sessionQuestionTable()
{
    TableDef t =
        table(QStringLiteral("session_question"), QStringLiteral("sessionQuestions"), TableKind::Link);
    t.fields = {
        reference(QStringLiteral("session_id"), QStringLiteral("session"), QStringLiteral("session")),
        reference(QStringLiteral("key_question_id"), QStringLiteral("keyQuestion"),
                  QStringLiteral("key_question")),
    };
    t.since = 3;
    return t;
}

/// An evidence note: what a peer heard, saw or read, from a session, a document or neither.
TableDef noteTable()
{
    TableDef t = table(QStringLiteral("note"), QStringLiteral("notes"), TableKind::Record);
    FieldDef body = text(QStringLiteral("text"), QStringLiteral("text"), 20000);
    body.nonEmpty = true;
    FieldDef captured =
        typed(QStringLiteral("captured_at"), QStringLiteral("capturedAt"), FieldType::DateTime, true);
    t.fields = {
        body,
        optionalReference(QStringLiteral("session_id"), QStringLiteral("session"), QStringLiteral("session")),
        optionalReference(QStringLiteral("document_id"), QStringLiteral("document"),
                          QStringLiteral("document")),
        optionalReference(QStringLiteral("author_id"), QStringLiteral("author"), QStringLiteral("member")),
        captured,
        choice(QStringLiteral("kind"), QStringLiteral("kind"),
               {QStringLiteral("observation"), QStringLiteral("quote"), QStringLiteral("data-point"),
                QStringLiteral("story"), QStringLiteral("follow-up")}),
        choice(QStringLiteral("sentiment"), QStringLiteral("sentiment"),
               {QStringLiteral("neutral"), QStringLiteral("strength"), QStringLiteral("concern")}),
    };
    t.searchFields = {QStringLiteral("text")};
    t.since = 4;
    return t;
}

/// A finding of a theme's feedback: a strength or an area for consideration.
TableDef findingTable()
{
    TableDef t = table(QStringLiteral("finding"), QStringLiteral("findings"), TableKind::Record);
    t.fields = {
        reference(QStringLiteral("theme_id"), QStringLiteral("theme"), QStringLiteral("theme")),
        choice(QStringLiteral("kind"), QStringLiteral("kind"),
               {QStringLiteral("strength"), QStringLiteral("consideration")}),
        title(QStringLiteral("title"), QStringLiteral("title")),
        text(QStringLiteral("text"), QStringLiteral("text"), 20000),
        choice(QStringLiteral("status"), QStringLiteral("status"),
               {QStringLiteral("draft"), QStringLiteral("agreed")}),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
    };
    t.orderField = QStringLiteral("position");
    t.searchFields = {QStringLiteral("title"), QStringLiteral("text")};
    t.since = 4;
    return t;
}

/// A recommendation, numbered across the report by its position; key ones (key_position > 0) lead
/// the executive summary in that order.
TableDef recommendationTable()
{
    TableDef t =
        table(QStringLiteral("recommendation"), QStringLiteral("recommendations"), TableKind::Record);
    FieldDef body = text(QStringLiteral("text"), QStringLiteral("text"), 5000);
    body.nonEmpty = true;
    t.fields = {
        optionalReference(QStringLiteral("theme_id"), QStringLiteral("theme"), QStringLiteral("theme")),
        body,
        choice(QStringLiteral("status"), QStringLiteral("status"),
               {QStringLiteral("draft"), QStringLiteral("agreed")}),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
        typed(QStringLiteral("key_position"), QStringLiteral("keyPosition"), FieldType::Real, true),
    };
    t.orderField = QStringLiteral("position");
    t.since = 4;
    return t;
}

/// A notes packet a laptop exported (MERGE.md "Notes packets"): its newest stamp is that laptop's
/// watermark, so the next packet carries only what it wrote since. Merged like any record, so the
/// lead's copy knows which packets it has been sent.
TableDef packetTable()
{
    TableDef t = table(QStringLiteral("packet"), QStringLiteral("packets"), TableKind::Record);
    t.fields = {
        reference(QStringLiteral("device_id"), QStringLiteral("device"), QStringLiteral("device")),
        whole(QStringLiteral("since_hlc"), QStringLiteral("sinceHlc"), 0, std::numeric_limits<qint64>::max()),
        whole(QStringLiteral("upto_hlc"), QStringLiteral("uptoHlc"), 0, std::numeric_limits<qint64>::max()),
        typed(QStringLiteral("exported_at"), QStringLiteral("exportedAt"), FieldType::DateTime, true),
        whole(QStringLiteral("records"), QStringLiteral("records"), 0, std::numeric_limits<qint64>::max()),
    };
    t.since = 5;
    return t;
}

/// The reports a narrative section, a version or a factual-accuracy comment belongs to.
/// A function, not a global: the registry may be built during another file's static initialisation.
QStringList reportKinds()
{
    return {QStringLiteral("feedback"), QStringLiteral("progress-review")};
}

/// A report section the team writes (the rest of a report is generated from the file). Its id is
/// derived from (report, section), so two laptops writing the same section edit one record.
/// `section` is the template's key ("introduction", "executive-summary", "next-steps") or
/// "theme:<uuid>" for a theme's narrative; `text` is Markdown (paragraphs, lists, emphasis).
TableDef reportSectionTable()
{
    TableDef t = table(QStringLiteral("report_section"), QStringLiteral("reportSections"), TableKind::Record);
    FieldDef key = text(QStringLiteral("section"), QStringLiteral("section"), 100);
    key.nonEmpty = true;
    t.fields = {
        choice(QStringLiteral("report"), QStringLiteral("report"), reportKinds()),
        key,
        text(QStringLiteral("text"), QStringLiteral("text"), 100000),
    };
    t.since = 6;
    return t;
}

/// A version of a report sent to the council: drafts for the factual-accuracy round, then the
/// final one. The newest number is the report's current state.
TableDef reportVersionTable()
{
    TableDef t = table(QStringLiteral("report_version"), QStringLiteral("reportVersions"), TableKind::Record);
    t.fields = {
        choice(QStringLiteral("report"), QStringLiteral("report"), reportKinds()),
        whole(QStringLiteral("number"), QStringLiteral("number"), 1, 999),
        choice(QStringLiteral("state"), QStringLiteral("state"),
               {QStringLiteral("draft"), QStringLiteral("final")}),
        typed(QStringLiteral("issued"), QStringLiteral("issued"), FieldType::Date, true),
        text(QStringLiteral("note"), QStringLiteral("note"), 2000),
    };
    t.orderField = QStringLiteral("number");
    t.since = 6;
    return t;
}

/// A comment of the council's in the factual-accuracy round, against a section of a draft, and
/// the team's decision: accepted (with the change made) or declined (with the reason).
TableDef accuracyCommentTable()
{
    TableDef t =
        table(QStringLiteral("accuracy_comment"), QStringLiteral("accuracyComments"), TableKind::Record);
    FieldDef comment = text(QStringLiteral("comment"), QStringLiteral("comment"), 10000);
    comment.nonEmpty = true;
    t.fields = {
        choice(QStringLiteral("report"), QStringLiteral("report"), reportKinds()),
        text(QStringLiteral("section"), QStringLiteral("section"), 100),
        whole(QStringLiteral("version"), QStringLiteral("version"), 1, 999),
        typed(QStringLiteral("received"), QStringLiteral("received"), FieldType::Date, true),
        comment,
        choice(QStringLiteral("decision"), QStringLiteral("decision"),
               {QStringLiteral("open"), QStringLiteral("accepted"), QStringLiteral("declined")}),
        text(QStringLiteral("response"), QStringLiteral("response"), 10000),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
    };
    t.orderField = QStringLiteral("position");
    t.since = 6;
    return t;
}

/// An action of the council's plan in response to a recommendation (DOMAIN.md section 7). `owner`
/// is a role ("Director of Finance"), not necessarily a person.
TableDef actionTable()
{
    // "action" is an SQL keyword: the table is plan_action.
    TableDef t = table(QStringLiteral("plan_action"), QStringLiteral("actions"), TableKind::Record);
    FieldDef description = text(QStringLiteral("description"), QStringLiteral("description"), 5000);
    description.nonEmpty = true;
    t.fields = {
        reference(QStringLiteral("recommendation_id"), QStringLiteral("recommendation"),
                  QStringLiteral("recommendation")),
        description,
        text(QStringLiteral("owner"), QStringLiteral("owner"), 200),
        date(QStringLiteral("deadline"), QStringLiteral("deadline")),
        choice(QStringLiteral("status"), QStringLiteral("status"),
               {QStringLiteral("not-started"), QStringLiteral("in-progress"), QStringLiteral("completed"),
                QStringLiteral("continuous"), QStringLiteral("dropped")}),
        choice(QStringLiteral("rag"), QStringLiteral("rag"),
               {QStringLiteral("none"), QStringLiteral("red"), QStringLiteral("amber"),
                QStringLiteral("green")}),
        typed(QStringLiteral("position"), QStringLiteral("position"), FieldType::Real, true),
    };
    t.orderField = QStringLiteral("position");
    t.since = 7;
    return t;
}

/// A dated progress note on an action.
TableDef actionUpdateTable()
{
    TableDef t = table(QStringLiteral("action_update"), QStringLiteral("actionUpdates"), TableKind::Record);
    FieldDef note = text(QStringLiteral("text"), QStringLiteral("text"), 5000);
    note.nonEmpty = true;
    t.fields = {
        reference(QStringLiteral("action_id"), QStringLiteral("action"), QStringLiteral("plan_action")),
        typed(QStringLiteral("date"), QStringLiteral("date"), FieldType::Date, true),
        note,
    };
    t.since = 7;
    return t;
}

/// The progress review, about ten months after the visit: one per engagement, its id fixed
/// (progressReviewId), so two laptops writing it write one record.
TableDef progressReviewTable()
{
    TableDef t =
        table(QStringLiteral("progress_review"), QStringLiteral("progressReviews"), TableKind::Record);
    t.fields = {
        date(QStringLiteral("date"), QStringLiteral("date")),
        whole(QStringLiteral("onsite_days"), QStringLiteral("onsiteDays"), 0, 30),
        text(QStringLiteral("position_statement"), QStringLiteral("positionStatement"), 100000),
        text(QStringLiteral("narrative"), QStringLiteral("narrative"), 100000),
    };
    t.since = 7;
    return t;
}

/// The progress review's view of one recommendation: the progress made and the focus still
/// needed. Its id derives from the recommendation's (assessmentId).
TableDef recommendationAssessmentTable()
{
    TableDef t = table(QStringLiteral("recommendation_assessment"),
                       QStringLiteral("recommendationAssessments"), TableKind::Record);
    t.fields = {
        reference(QStringLiteral("recommendation_id"), QStringLiteral("recommendation"),
                  QStringLiteral("recommendation")),
        text(QStringLiteral("progress"), QStringLiteral("progress"), 20000),
        text(QStringLiteral("focus"), QStringLiteral("focus"), 20000),
    };
    t.since = 7;
    return t;
}

} // namespace

const Registry& Registry::standard()
{
    static const Registry registry(
        7,
        {deviceTable(), engagementTable(), themeTable(), keyQuestionTable(), memberTable(), themeLeadTable(),
         // version 2
         availabilityTable(), contactTable(), documentTable(),
         linkTable(QStringLiteral("document_theme"), QStringLiteral("documentThemes"),
                   QStringLiteral("document"), QStringLiteral("theme"), 2),
         // asked to read it / has read it
         linkTable(QStringLiteral("document_reader"), QStringLiteral("documentReaders"),
                   QStringLiteral("document"), QStringLiteral("member"), 2),
         linkTable(QStringLiteral("document_read"), QStringLiteral("documentsRead"),
                   QStringLiteral("document"), QStringLiteral("member"), 2),
         // version 3
         locationTable(), sessionTable(), sessionMemberTable(), sessionGroupTable(),
         linkTable(QStringLiteral("session_theme"), QStringLiteral("sessionThemes"),
                   QStringLiteral("session"), QStringLiteral("theme"), 3),
         sessionQuestionTable(),
         // named council attendees: personal data, for the non-attribution check only
         linkTable(QStringLiteral("session_contact"), QStringLiteral("sessionContacts"),
                   QStringLiteral("session"), QStringLiteral("contact"), 3),
         // version 4
         noteTable(),
         linkTable(QStringLiteral("note_theme"), QStringLiteral("noteThemes"), QStringLiteral("note"),
                   QStringLiteral("theme"), 4),
         findingTable(),
         // the evidence behind a finding
         linkTable(QStringLiteral("finding_note"), QStringLiteral("findingNotes"), QStringLiteral("finding"),
                   QStringLiteral("note"), 4),
         recommendationTable(),
         // the findings a recommendation answers
         linkTable(QStringLiteral("recommendation_finding"), QStringLiteral("recommendationFindings"),
                   QStringLiteral("recommendation"), QStringLiteral("finding"), 4),
         // version 5
         packetTable(),
         // version 6
         reportSectionTable(), reportVersionTable(), accuracyCommentTable(),
         // version 7
         actionTable(), actionUpdateTable(), progressReviewTable(),
         // the team members who come back for the progress review
         linkTable(QStringLiteral("progress_review_member"), QStringLiteral("progressReviewMembers"),
                   QStringLiteral("progress_review"), QStringLiteral("member"), 7),
         recommendationAssessmentTable()});
    return registry;
}

} // namespace pc
