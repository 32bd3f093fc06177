// SPDX-License-Identifier: GPL-3.0-or-later
#include "notemodel.h"

#include "models/sessiontablemodel.h"
#include "session/engagementsession.h"
#include "storage/documentrepository.h"
#include "storage/engagementfile.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

#include <QLocale>

#include <algorithm>

namespace pc::ui {

namespace {

const QString noteTable = QStringLiteral("note");
const QString noteThemeTable = QStringLiteral("note_theme");
const QStringList contextTables{QStringLiteral("session"), QStringLiteral("session_member"),
                                QStringLiteral("document"), QStringLiteral("theme"),
                                QStringLiteral("member")};

/// Past this many notes in one change (an import, a merge), one reload is cheaper than each note.
constexpr qsizetype reloadThreshold = 300;

/// The list's order: newest first.
bool before(const Note& a, const Note& b)
{
    return a.capturedAt != b.capturedAt ? a.capturedAt > b.capturedAt : b.id < a.id;
}

} // namespace

NoteModel::NoteModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void NoteModel::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    beginResetModel();
    m_session = session;
    m_loaded = false;
    m_notes.clear();
    m_context = {};
    m_sourceNames.clear();
    m_memberNames.clear();
    endResetModel();
    if (session)
        connect(session, &EngagementSession::changed, this, &NoteModel::onChanged);
    emit contextChanged();
}

void NoteModel::load()
{
    beginResetModel();
    m_notes.clear();
    if (m_session) {
        loadContext();
        m_notes = NoteRepository(m_session->file().records()).notes();
        std::reverse(m_notes.begin(), m_notes.end()); // the repository gives oldest first
        m_loaded = true;
    }
    endResetModel();
    emit contextChanged();
}

void NoteModel::loadContext()
{
    RecordStore& records = m_session->file().records();
    m_context.sessions = ScheduleRepository(records).sessions();
    sortSessions(m_context.sessions);
    m_context.documents = DocumentRepository(records).documents();
    m_context.themes = ScopeRepository(records).themes();
    m_context.members = TeamRepository(records).members();
    m_sourceNames.clear();
    for (const Session& s : std::as_const(m_context.sessions))
        m_sourceNames.insert(s.id, s.title.isEmpty() ? tr("Untitled session") : s.title);
    for (const Document& d : std::as_const(m_context.documents))
        m_sourceNames.insert(d.id, tr("%1 (document)").arg(d.title));
    m_memberNames.clear();
    for (const Member& m : std::as_const(m_context.members))
        m_memberNames.insert(m.id, m.name);
}

void NoteModel::onChanged(const QString& table, const QList<QUuid>& ids)
{
    if (!m_loaded || !m_session)
        return;
    if (contextTables.contains(table)) {
        loadContext();
        if (!m_notes.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1));
        emit contextChanged();
    } else if (table == noteTable) {
        refreshNotes(ids);
    } else if (table == noteThemeTable) {
        if (ids.size() > reloadThreshold)
            load();
        else
            refreshNotes(NoteRepository(m_session->file().records()).notesOfThemeLinks(ids));
    }
}

void NoteModel::refreshNotes(const QList<QUuid>& ids)
{
    if (ids.size() > reloadThreshold) {
        load();
        return;
    }
    const NoteRepository repository(m_session->file().records());
    for (const QUuid& id : ids) {
        if (const std::optional<Note> note = repository.note(id))
            putNote(*note);
        else
            removeNote(id);
    }
}

void NoteModel::putNote(const Note& note)
{
    const int row = rowOf(note.id);
    if (row >= 0) {
        const bool inPlace = (row == 0 || !before(note, m_notes.at(row - 1)))
                             && (row + 1 == m_notes.size() || !before(m_notes.at(row + 1), note));
        if (inPlace) {
            m_notes[row] = note;
            emit dataChanged(index(row), index(row));
            return;
        }
        removeNote(note.id); // its time changed (a merge): take it out and put it in its place
    }
    const int at = insertionRow(note);
    beginInsertRows({}, at, at);
    m_notes.insert(at, note);
    endInsertRows();
}

void NoteModel::removeNote(const QUuid& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_notes.removeAt(row);
    endRemoveRows();
}

int NoteModel::insertionRow(const Note& note) const
{
    const auto at = std::lower_bound(m_notes.cbegin(), m_notes.cend(), note, before);
    return int(at - m_notes.cbegin());
}

int NoteModel::rowOf(const QUuid& id) const
{
    return rowOfId(m_notes, id);
}

int NoteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QUuid NoteModel::sourceOf(const Note& note) const
{
    if (m_sourceNames.contains(note.session))
        return note.session;
    return m_sourceNames.contains(note.document) ? note.document : QUuid();
}

void NoteModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_notes.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {int(Role::When)});
}

QString NoteModel::sourceText(const Note& note) const
{
    const QUuid source = sourceOf(note);
    return source.isNull() ? tr("No session") : m_sourceNames.value(source);
}

QString NoteModel::whenText(const QDateTime& utc) const
{
    const QDateTime local = utc.toTimeZone(timetableZone());
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == m_today)
        return time;
    return tr("%1 %2").arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM")), time);
}

QVariant NoteModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const Note& note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case int(Role::Text):
        return note.text;
    case Qt::ToolTipRole: {
        QStringList themes;
        for (const Theme& theme : m_context.themes) {
            if (note.themes.contains(theme.id))
                themes.append(theme.title.toHtmlEscaped());
        }
        QString tip = note.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (!themes.isEmpty())
            tip +=
                QStringLiteral("<br><br>") + tr("<b>Themes:</b> %1").arg(themes.join(QStringLiteral(", ")));
        return QStringLiteral("<qt>%1</qt>").arg(tip);
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3: %4")
            .arg(whenText(note.capturedAt), sourceText(note), sentimentLabel(note.sentiment), note.text);
    case int(Role::Id):
        return note.id;
    case int(Role::Source):
        return sourceText(note);
    case int(Role::SourceId):
        return sourceOf(note);
    case int(Role::Author):
        return m_memberNames.contains(note.author) ? note.author : QUuid();
    case int(Role::AuthorName):
        return m_memberNames.value(note.author);
    case int(Role::Kind):
        return int(note.kind);
    case int(Role::Sentiment):
        return int(note.sentiment);
    case int(Role::ThemeNumbers): {
        QList<int> numbers;
        for (const QUuid& theme : note.themes) {
            if (const int n = themeNumber(m_context.themes, theme); n > 0)
                numbers.append(n);
        }
        std::sort(numbers.begin(), numbers.end());
        return QVariant::fromValue(numbers);
    }
    case int(Role::CapturedAt):
        return note.capturedAt;
    case int(Role::When):
        return whenText(note.capturedAt);
    default:
        return {};
    }
}

} // namespace pc::ui
