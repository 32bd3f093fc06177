// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"
#include "model/note.h"
#include "model/session.h"
#include "model/theme.h"
#include "rules/triangulation.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

namespace pc::ui {

class EngagementSession;

/// What the Findings page shows, read once per change and shared by all its models and panels:
/// the themes in scope order, the findings with their triangulation, the recommendations, the notes
/// and the sessions and documents they came from. A change reloads only the parts it touched (on
/// the stress demo the notes are the expensive part, and linking evidence never touches them), and
/// only while the page is active; a hidden page catches up when it is shown again.
class FindingsData : public QObject
{
    Q_OBJECT

public:
    explicit FindingsData(QObject* parent = nullptr);

    void setSession(EngagementSession* session);
    [[nodiscard]] EngagementSession* session() const { return m_session; }
    [[nodiscard]] bool isEditable() const;
    /// Inactive, changes are only remembered; becoming active reloads what they touched.
    void setActive(bool active);

    [[nodiscard]] const QList<Theme>& themes() const { return m_themes; }
    [[nodiscard]] QString themeTitle(const QUuid& theme) const;

    /// Every finding in position order.
    [[nodiscard]] const QList<Finding>& findings() const { return m_findings; }
    [[nodiscard]] const Finding* finding(const QUuid& id) const;
    /// One theme's findings of one kind, in their order.
    [[nodiscard]] QList<Finding> findingsOf(const QUuid& theme, FindingKind kind) const;
    [[nodiscard]] Triangulation triangulation(const QUuid& finding) const;

    /// Every recommendation in position order: its number in the report is its index plus one.
    [[nodiscard]] const QList<Recommendation>& recommendations() const { return m_recommendations; }
    [[nodiscard]] const Recommendation* recommendation(const QUuid& id) const;
    /// 1 for the first recommendation of the report; 0 for none.
    [[nodiscard]] int numberOf(const QUuid& recommendation) const;
    /// The key recommendations in their executive-summary order.
    [[nodiscard]] QList<Recommendation> keyRecommendations() const;

    /// Every note, oldest first.
    [[nodiscard]] const QList<Note>& notes() const { return m_notes; }
    [[nodiscard]] const Note* note(const QUuid& id) const;
    /// The findings a note is evidence for, in the findings' order.
    [[nodiscard]] QList<QUuid> findingsOfNote(const QUuid& note) const
    {
        return m_findingsOfNote.value(note);
    }
    /// Where a note came from: its session's or document's title, or empty for neither.
    [[nodiscard]] QString sourceOf(const Note& note) const;
    /// When the note was taken, on the timetable's clock (the day and time the team lived it).
    [[nodiscard]] static QDateTime localTime(const Note& note);
    /// The day of notes()[index] on the timetable's clock, worked out once per reload.
    [[nodiscard]] QDate dayOfNote(qsizetype index) const { return m_noteDays.value(index); }

    /// The onsite days, in order; empty while the dates are not set.
    [[nodiscard]] const QList<QDate>& onsiteDays() const { return m_onsiteDays; }
    /// Today on the installation's clock, in the timetable's zone.
    [[nodiscard]] QDate today() const;

signals:
    /// Another file (or none) is shown: choices made for the last one no longer apply.
    void sessionChanged();
    /// Something shown changed: models reset, panels redraw.
    void reloaded();

private:
    enum Part {
        Themes = 1,
        Findings = 2,
        Recommendations = 4,
        Notes = 8,
        Sources = 16,
        Dates = 32,
        Everything = 63
    };

    /// Which parts a table's changes touch (0: none).
    [[nodiscard]] static int partsOf(const QString& table);
    void onChanged(const QString& table);
    void reload(int parts);
    void reindexFindings();

    EngagementSession* m_session = nullptr;
    bool m_active = false;
    int m_dirty = Everything;

    QList<Theme> m_themes;
    QList<Finding> m_findings;
    QHash<QUuid, qsizetype> m_findingIndex;
    QHash<QUuid, QList<QUuid>> m_findingsOfNote;
    QHash<QUuid, Triangulation> m_triangulation;
    QList<Recommendation> m_recommendations;
    QList<Note> m_notes;
    QHash<QUuid, qsizetype> m_noteIndex;
    QList<QDate> m_noteDays; // parallel to m_notes
    QList<Session> m_sessions;
    QHash<QUuid, QString> m_sessionTitles;
    QHash<QUuid, QString> m_documentTitles;
    QList<QDate> m_onsiteDays;
};

/// "3 notes · 2 sources": the short form beside a finding.
[[nodiscard]] QString evidenceInBrief(const Triangulation& t);
/// "7 notes · 4 sessions · 2 documents · 3 participant groups", with "notes taken elsewhere" when
/// some came from neither a session nor a document.
[[nodiscard]] QString evidenceInFull(const Triangulation& t);
/// Why a finding is flagged, with its numbers; empty when it is not thin.
[[nodiscard]] QString thinEvidenceWarning(const Triangulation& t);

} // namespace pc::ui
