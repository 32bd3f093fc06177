// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturepage.h"

#include "appsettings.h"
#include "commands/evidencecommands.h"
#include "common/clock.h"
#include "dialogs/notedialog.h"
#include "models/notemodel.h"
#include "pages/notelistview.h"
#include "prompter.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"
#include "widgets/captureeditor.h"

#include <QListView>
#include <QLocale>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

/// The draft is written once typing pauses this long (and at once on close and after a save).
constexpr int draftDelayMs = 400;
/// How often the page looks at the clock for the session running now.
constexpr int clockMs = 30'000;

/// "“Scrutiny chairs say reports arrive…”" for the undo menu and the questions.
QString quoted(const QString& text)
{
    const QString simple = text.simplified();
    return QStringLiteral("\u201c%1\u201d")
        .arg(simple.size() > 40 ? simple.left(39) + QStringLiteral("\u2026") : simple);
}

} // namespace

CapturePage::CapturePage(Prompter& prompter, QWidget* parent)
    : Page(parent)
    , m_prompter(prompter)
    , m_model(new NoteModel(this))
    , m_draftTimer(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_editor = new CaptureEditor(this);
    m_editor->setObjectName(QStringLiteral("captureEditor"));
    connect(m_editor, &CaptureEditor::saveRequested, this, &CapturePage::saveNote);
    connect(m_editor, &CaptureEditor::draftChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_editor, &CaptureEditor::authorChosen, this, [this](const QUuid& member) {
        if (m_settings && m_active)
            m_settings->setCaptureAuthor(m_engagement, member);
    });
    connect(m_editor, &CaptureEditor::keepThemesChanged, this, [this](bool keep) {
        if (m_settings)
            m_settings->setCaptureKeepsThemes(keep);
    });

    m_list = new NoteListView(*m_model, this);
    m_list->setObjectName(QStringLiteral("noteListView"));
    connect(m_list, &NoteListView::editRequested, this, &CapturePage::editNote);
    connect(m_list, &NoteListView::removeRequested, this, &CapturePage::removeNotes);
    connect(m_list, &NoteListView::leaveRequested, m_editor, &CaptureEditor::focusText);
    connect(m_model, &NoteModel::contextChanged, this, [this] {
        if (m_active)
            m_editor->setContext(m_model->context());
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("captureSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 1100}); // proportions: the list needs the room for its lines
    m_editor->setContentsMargins(0, 0, 10, 0);
    m_list->setContentsMargins(10, 0, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(splitter, 1);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CapturePage::saveDraft);
    m_clock->setInterval(clockMs);
    connect(m_clock, &QTimer::timeout, this, &CapturePage::lookAtClock);
    m_clock->start();
    addShortcuts();
    setSession(nullptr);
}

void CapturePage::addShortcuts()
{
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_list, &NoteListView::focusSearch);
}

void CapturePage::setSettings(AppSettings& settings)
{
    m_settings = &settings;
}

void CapturePage::setSession(EngagementSession* session)
{
    if (m_active)
        saveDraft(); // the window is closing the file: keep what was being typed
    m_draftTimer->stop();
    m_active = false;
    m_session = session;
    m_engagement = session ? session->file().engagementId() : QUuid();
    setEnabled(session != nullptr);
    m_model->setSession(session);
    m_list->setSession(session);
    m_editor->setContext({});
    m_editor->setDraft({});
    if (isVisible())
        activate();
}

void CapturePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    activate();
    if (m_session)
        m_editor->focusText();
}

void CapturePage::activate()
{
    if (!m_session || m_active)
        return;
    m_model->load();
    const bool editable = isEditable();
    m_editor->setEditable(editable);
    m_list->setReadOnly(!editable);
    m_editor->setContext(m_model->context());
    if (m_settings) {
        m_editor->setKeepsThemes(m_settings->captureKeepsThemes());
        m_editor->setAuthor(m_settings->captureAuthor(m_engagement));
        if (editable)
            m_editor->setDraft(m_settings->captureDraft(m_engagement));
    }
    m_active = true;
    lookAtClock();
}

void CapturePage::lookAtClock()
{
    if (!m_session)
        return;
    const QDateTime time = now();
    m_model->setToday(time.toTimeZone(timetableZone()).date());
    m_editor->setNow(time);
}

void CapturePage::saveDraft()
{
    m_draftTimer->stop();
    if (m_settings && m_active && isEditable())
        m_settings->setCaptureDraft(m_engagement, m_editor->draft());
}

void CapturePage::saveNote()
{
    if (!m_active || !isEditable())
        return;
    const CaptureDraft draft = m_editor->draft();
    Note note;
    note.text = draft.text.trimmed();
    if (note.text.isEmpty()) {
        emit statusMessage(tr("Nothing to save yet: type the note first."));
        m_editor->focusText();
        return;
    }
    note.session = draft.session;
    note.document = draft.document;
    note.author = m_editor->author();
    note.capturedAt = now();
    note.kind = draft.kind;
    note.sentiment = draft.sentiment;
    note.themes = draft.themes;
    if (m_session->push(std::make_unique<AddNotes>(*m_session, QList<Note>{note},
                                                   tr("Add note %1").arg(quoted(note.text))))) {
        m_editor->startNextNote(m_editor->keepsThemes());
        saveDraft(); // at once: a crash now must not bring the saved note back as a draft
        const QString time =
            QLocale().toString(note.capturedAt.toTimeZone(timetableZone()).time(), QStringLiteral("HH:mm"));
        emit statusMessage(tr("Note saved at %1. Edit > Undo takes it back.").arg(time));
    }
    m_editor->focusText();
}

void CapturePage::editNote(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (!m_session || row < 0)
        return;
    const Note before = m_model->noteAt(row);
    NoteDialog dialog(before, m_model->context(), this);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setReadOnly(!isEditable());
    if (dialog.exec() != QDialog::Accepted || !isEditable())
        return;
    const Note after = dialog.note();
    if (after == before)
        return;
    if (m_session->push(std::make_unique<EditNotes>(*m_session, QList<Note>{before}, QList<Note>{after},
                                                    tr("Edit note %1").arg(quoted(after.text)))))
        m_list->selectNote(id);
}

void CapturePage::removeNotes(const QList<QUuid>& ids)
{
    if (!isEditable() || ids.isEmpty())
        return;
    const int row = m_model->rowOf(ids.first());
    const QString question =
        ids.size() == 1 && row >= 0
            ? tr("Delete the note %1? It leaves the findings it supports. Undo brings it back.")
                  .arg(quoted(m_model->noteAt(row).text))
            : tr("Delete these %1 notes? They leave the findings they support. Undo brings them back.")
                  .arg(ids.size());
    if (!m_prompter.confirm(this, ids.size() == 1 ? tr("Delete Note") : tr("Delete Notes"), question))
        return;
    const int viewRow = m_list->list()->currentIndex().row();
    const QString text = ids.size() == 1 ? tr("Delete note") : tr("Delete %1 notes").arg(ids.size());
    if (!m_session->push(std::make_unique<RemoveNotes>(*m_session, ids, text)))
        return;
    // The note that took the deleted one's place is current, so Delete can be pressed again.
    QAbstractItemModel* shown = m_list->list()->model();
    const QModelIndex next = shown->index(std::min(viewRow, shown->rowCount() - 1), 0);
    if (next.isValid())
        m_list->list()->setCurrentIndex(next);
    emit statusMessage(ids.size() == 1 ? tr("Note deleted. Undo brings it back.")
                                       : tr("%1 notes deleted. Undo brings them back.").arg(ids.size()));
}

bool CapturePage::isEditable() const
{
    return m_session && !m_session->isReadOnly();
}

QDateTime CapturePage::now() const
{
    return m_session ? m_session->file().installation().clock().now() : QDateTime::currentDateTimeUtc();
}

} // namespace pc::ui
