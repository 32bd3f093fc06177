// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsdata.h"

#include "common/clock.h"
#include "dialogs/sessiondialog.h"
#include "session/engagementsession.h"
#include "storage/documentrepository.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/findingrepository.h"
#include "storage/installation.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"

#include <algorithm>

namespace pc::ui {

FindingsData::FindingsData(QObject* parent)
    : QObject(parent)
{
}

void FindingsData::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &EngagementSession::changed, this, &FindingsData::onChanged);
    m_dirty = Everything;
    emit sessionChanged();
    // Without a file there is nothing to read, so empty lists are always up to date.
    if (m_active || !session)
        reload(Everything);
}

bool FindingsData::isEditable() const
{
    return m_session && !m_session->isReadOnly();
}

void FindingsData::setActive(bool active)
{
    m_active = active;
    if (active && m_dirty)
        reload(m_dirty);
}

int FindingsData::partsOf(const QString& table)
{
    static const QHash<QString, int> parts = {
        {QStringLiteral("theme"), Themes},
        {QStringLiteral("finding"), Findings},
        {QStringLiteral("finding_note"), Findings},
        {QStringLiteral("recommendation"), Recommendations},
        {QStringLiteral("recommendation_finding"), Recommendations},
        {QStringLiteral("note"), Notes},
        {QStringLiteral("note_theme"), Notes},
        {QStringLiteral("session"), Sources},
        {QStringLiteral("session_group"), Sources},
        {QStringLiteral("document"), Sources},
        {QStringLiteral("engagement"), Dates},
    };
    return parts.value(table);
}

void FindingsData::onChanged(const QString& table)
{
    const int parts = partsOf(table);
    if (parts == 0)
        return;
    if (m_active)
        reload(parts);
    else
        m_dirty |= parts;
}

void FindingsData::reload(int parts)
{
    m_dirty &= ~parts;
    RecordStore* records = m_session ? &m_session->file().records() : nullptr;
    if (parts & Themes)
        m_themes = records ? ScopeRepository(*records).themes() : QList<Theme>{};
    if (parts & Findings)
        m_findings = records ? FindingRepository(*records).findings() : QList<Finding>{};
    if (parts & Recommendations)
        m_recommendations = records ? FindingRepository(*records).recommendations() : QList<Recommendation>{};
    if (parts & Notes) {
        m_notes = records ? NoteRepository(*records).notes() : QList<Note>{};
        m_noteIndex.clear();
        m_noteIndex.reserve(m_notes.size());
        m_noteDays.clear();
        m_noteDays.reserve(m_notes.size());
        for (qsizetype i = 0; i < m_notes.size(); ++i) {
            m_noteIndex.insert(m_notes[i].id, i);
            m_noteDays.append(localTime(m_notes[i]).date());
        }
    }
    if (parts & Sources) {
        m_sessions = records ? ScheduleRepository(*records).sessions() : QList<Session>{};
        m_sessionTitles.clear();
        for (const Session& s : std::as_const(m_sessions))
            m_sessionTitles.insert(s.id, s.title);
        m_documentTitles.clear();
        if (records) {
            for (const Document& d : DocumentRepository(*records).documents())
                m_documentTitles.insert(d.id, d.title);
        }
    }
    if (parts & Dates)
        m_onsiteDays = records ? ui::onsiteDays(EngagementRepository(*records).engagement()) : QList<QDate>{};
    if (parts & (Findings | Notes | Sources))
        reindexFindings();
    emit reloaded();
}

void FindingsData::reindexFindings()
{
    m_findingIndex.clear();
    m_findingsOfNote.clear();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        m_findingIndex.insert(m_findings[i].id, i);
        for (const QUuid& note : m_findings[i].evidence)
            m_findingsOfNote[note].append(m_findings[i].id);
    }
    m_triangulation = triangulateAll(m_findings, m_notes, m_sessions);
}

QString FindingsData::themeTitle(const QUuid& theme) const
{
    for (const Theme& t : m_themes) {
        if (t.id == theme)
            return t.title;
    }
    return {};
}

const Finding* FindingsData::finding(const QUuid& id) const
{
    const auto it = m_findingIndex.constFind(id);
    return it == m_findingIndex.cend() ? nullptr : &m_findings[*it];
}

QList<Finding> FindingsData::findingsOf(const QUuid& theme, FindingKind kind) const
{
    QList<Finding> result;
    for (const Finding& f : m_findings) {
        if (f.theme == theme && f.kind == kind)
            result.append(f);
    }
    return result;
}

Triangulation FindingsData::triangulation(const QUuid& finding) const
{
    return m_triangulation.value(finding);
}

const Recommendation* FindingsData::recommendation(const QUuid& id) const
{
    const int number = numberOf(id);
    return number > 0 ? &m_recommendations[number - 1] : nullptr;
}

int FindingsData::numberOf(const QUuid& recommendation) const
{
    for (qsizetype i = 0; i < m_recommendations.size(); ++i) {
        if (m_recommendations[i].id == recommendation)
            return int(i + 1);
    }
    return 0;
}

QList<Recommendation> FindingsData::keyRecommendations() const
{
    QList<Recommendation> result;
    for (const Recommendation& r : m_recommendations) {
        if (r.isKey())
            result.append(r);
    }
    std::stable_sort(result.begin(), result.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.keyPosition < b.keyPosition;
    });
    return result;
}

const Note* FindingsData::note(const QUuid& id) const
{
    const auto it = m_noteIndex.constFind(id);
    return it == m_noteIndex.cend() ? nullptr : &m_notes[*it];
}

QString FindingsData::sourceOf(const Note& note) const
{
    if (!note.session.isNull())
        return m_sessionTitles.value(note.session);
    if (!note.document.isNull())
        return m_documentTitles.value(note.document);
    return {};
}

QDateTime FindingsData::localTime(const Note& note)
{
    return note.capturedAt.toTimeZone(timetableZone());
}

QDate FindingsData::today() const
{
    const QDateTime now =
        m_session ? m_session->file().installation().clock().now() : QDateTime::currentDateTimeUtc();
    return now.toTimeZone(timetableZone()).date();
}

namespace {

QString count(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

QString evidenceInBrief(const Triangulation& t)
{
    if (t.notes == 0)
        return FindingsData::tr("No evidence");
    return FindingsData::tr("%1 \u00b7 %2")
        .arg(count(t.notes, FindingsData::tr("1 note"), FindingsData::tr("%1 notes")),
             count(t.sources(), FindingsData::tr("1 source"), FindingsData::tr("%1 sources")));
}

QString evidenceInFull(const Triangulation& t)
{
    QStringList parts{
        count(t.notes, FindingsData::tr("1 note"), FindingsData::tr("%1 notes")),
        count(t.sessions, FindingsData::tr("1 session"), FindingsData::tr("%1 sessions")),
        count(t.documents, FindingsData::tr("1 document"), FindingsData::tr("%1 documents")),
        count(t.groups, FindingsData::tr("1 participant group"), FindingsData::tr("%1 participant groups"))};
    if (t.unattributed > 0)
        parts.append(FindingsData::tr("notes taken elsewhere"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString thinEvidenceWarning(const Triangulation& t)
{
    if (!t.isThin())
        return {};
    if (t.notes == 0)
        return FindingsData::tr("No evidence yet. A finding needs notes from at least %1 distinct sources.")
            .arg(Triangulation::minimumSources);
    const QString sources =
        count(t.sources(), FindingsData::tr("1 distinct source"), FindingsData::tr("%1 distinct sources"));
    return FindingsData::tr("Thin evidence: %1 from %2 (%3). A finding needs notes from at least %4 "
                            "distinct sources: sessions, documents, or notes taken elsewhere (which count "
                            "as one).")
        .arg(count(t.notes, FindingsData::tr("1 note"), FindingsData::tr("%1 notes")), sources,
             evidenceInFull(t))
        .arg(Triangulation::minimumSources);
}

} // namespace pc::ui
