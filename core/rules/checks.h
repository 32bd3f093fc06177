// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"
#include "model/availability.h"
#include "model/contact.h"
#include "model/document.h"
#include "model/engagement.h"
#include "model/finding.h"
#include "model/member.h"
#include "model/note.h"
#include "model/reportrecords.h"
#include "model/session.h"
#include "model/theme.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <functional>

namespace pc {

/// How much a problem matters: Blocking stops the engagement going ahead as it is, Warning
/// breaks a rule of the programme, Advice is good practice.
enum class Severity { Blocking, Warning, Advice };

/// The lifecycle stage (and so the page) where a problem is put right, in navigation order.
enum class Stage { Overview, Scope, Team, Documents, Schedule, Capture, Findings, Report, FollowUp };

/// "Team", "Follow-up": the stage as the navigation list names it.
[[nodiscard]] QString stageName(Stage stage);
/// "team", "follow-up": a stable key for JSON and scripts; never renamed.
[[nodiscard]] QString stageKey(Stage stage);
/// "Blocking", "Warning", "Advice".
[[nodiscard]] QString severityName(Severity severity);
/// "blocking", "warning", "advice": a stable key for JSON and scripts; never renamed.
[[nodiscard]] QString severityKey(Severity severity);

/// One thing a readiness check found, with a sentence telling the user what to do.
struct Problem
{
    QString checkId; // the CheckDef that found it
    Severity severity = Severity::Warning;
    Stage stage = Stage::Overview;
    QString message;
    QUuid record;              // the record to go to (the engagement, a member, a theme), or null
    QList<QUuid> related = {}; // other records it concerns: the other session of a clash

    friend bool operator==(const Problem&, const Problem&) = default;
};

/// Everything the checks read, loaded once (storage/checkinput.h) so checks stay pure.
struct CheckInput
{
    Engagement engagement;
    QList<Theme> themes;
    QList<Member> members;
    QMap<QUuid, QList<QUuid>> themeLeads; // theme -> its leads (live members)
    QList<Availability> availability;
    QList<Contact> contacts;
    QList<Document> documents;
    QList<Session> sessions; // live, in timetable order; cancelled ones included
    QList<Location> locations;
    /// Live notes as outlines: id, session, document and themes only. Their text, author, time,
    /// kind and sentiment are not read (a big visit has 50,000 notes and this input is reloaded
    /// after every edit); a check that needs more must load it with care.
    QList<Note> notes;
    QList<Finding> findings;                      // live, in position order, with their (live) evidence
    QList<Recommendation> recommendations;        // live, in position order (their numbers in the report)
    QHash<QString, QString> reportSections;       // the feedback report's narrative, by section key
    QList<AccuracyComment> accuracyComments;      // the feedback report's factual-accuracy log
    std::optional<ReportVersion> reportVersion;   // the newest version of it issued
    QList<Action> actions;                        // the action plan, with progress notes
    std::optional<ProgressReview> progressReview; // once recorded
    QDate today;
};

/// One readiness check: an id (stable, used in Problem::checkId and the CLI's JSON), the stage
/// it belongs to, a title for lists of checks, and the function that runs it.
struct CheckDef
{
    QString id;
    Stage stage = Stage::Overview;
    QString title;
    std::function<QList<Problem>(const CheckInput&)> run;
};

/// A list of checks run together. standard() holds every check of the product: a new family of
/// checks declares its list in checkfamilies.h and is joined in CheckRegistry::standard().
class CheckRegistry
{
public:
    explicit CheckRegistry(QList<CheckDef> checks);

    /// The product's checks; built once, never changed.
    [[nodiscard]] static const CheckRegistry& standard();

    /// Every problem, sorted by severity, then stage, then message.
    [[nodiscard]] QList<Problem> run(const CheckInput& input) const;
    /// Problems per stage at `atLeast` severity or worse (Blocking and Warning by default:
    /// advice is not something left to do). A stage with none is absent (value() gives 0).
    [[nodiscard]] QMap<Stage, int> openCounts(const QList<Problem>& problems,
                                              Severity atLeast = Severity::Warning) const;
    [[nodiscard]] const QList<CheckDef>& checks() const { return m_checks; }

private:
    QList<CheckDef> m_checks;
};

} // namespace pc
