// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenteditor.h"

#include "commands/recordcommands.h"
#include "commands/setfield.h"
#include "commands/setlinks.h"
#include "models/documentmodel.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "widgets/commitlineedit.h"
#include "widgets/committextedit.h"
#include "widgets/locationfield.h"
#include "widgets/optionaldateedit.h"
#include "widgets/readersgrid.h"
#include "widgets/sectiontitle.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

const QString documentTable = QStringLiteral("document");
const QString themeLinks = QStringLiteral("document_theme");
const QString readerLinks = QStringLiteral("document_reader");
const QString readLinks = QStringLiteral("document_read");

QString quoted(const QString& title)
{
    return QStringLiteral("\u201c%1\u201d").arg(title);
}

} // namespace

DocumentEditor::DocumentEditor(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_location(new LocationField(prompter, this))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildFields(), tr("&Details"));
    m_tabs->addTab(buildThemes(), QString());
    m_tabs->addTab(buildReaders(), QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Document"), this));
    layout->addWidget(m_tabs, 1);
    showDocument(nullptr, {}, {});
}

QWidget* DocumentEditor::buildFields()
{
    auto* box = new QWidget(this);
    m_title = new CommitLineEdit(box);
    m_title->setObjectName(QStringLiteral("documentTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    connect(m_title, &CommitLineEdit::committed, this, &DocumentEditor::commitTitle);
    m_source = new QComboBox(box);
    m_source->setObjectName(QStringLiteral("documentSourceCombo"));
    m_source->setAccessibleName(tr("Source"));
    m_source->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    for (const DocumentSource source : allDocumentSources)
        m_source->addItem(documentSourceLabel(source), documentSourceKey(source));
    connect(m_source, &QComboBox::activated, this, [this] {
        commitField(QStringLiteral("source"), m_source->currentData(), tr("Change document source"));
    });
    m_received = new OptionalDateEdit(box);
    m_received->setObjectName(QStringLiteral("documentReceivedEdit"));
    m_received->setAccessibleName(tr("Date received"));
    m_sent = new OptionalDateEdit(box);
    m_sent->setObjectName(QStringLiteral("documentSentEdit"));
    m_sent->setAccessibleName(tr("Date sent to the team"));
    for (OptionalDateEdit* date : {m_received, m_sent})
        date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_received, &OptionalDateEdit::committed, this, [this](const QDate& date) {
        commitField(QStringLiteral("received"), date.isValid() ? QVariant(date) : QVariant(),
                    tr("Change date received"));
    });
    connect(m_sent, &OptionalDateEdit::committed, this, [this](const QDate& date) {
        commitField(QStringLiteral("sent"), date.isValid() ? QVariant(date) : QVariant(),
                    tr("Change date sent to the team"));
    });
    connect(m_location, &LocationField::committed, this, [this](const QString& location) {
        commitField(QStringLiteral("location"), location, tr("Change document location"));
    });
    m_notes = new CommitTextEdit(box);
    m_notes->setObjectName(QStringLiteral("documentNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What to read it for, which pages matter, who sent it"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_notes, &CommitTextEdit::committed, this, [this](const QString& text) {
        commitField(QStringLiteral("notes"), text, tr("Change document notes"));
    });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("So&urce:"), m_source);
    form->addRow(tr("Re&ceived:"), m_received);
    form->addRow(tr("Sent t&o the team:"), m_sent);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);
    return box;
}

QWidget* DocumentEditor::buildThemes()
{
    auto* box = new QWidget(this);
    auto* hint = new QLabel(tr("The themes of the scope this document informs."), box);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_themes = new QListWidget(box);
    m_themes->setObjectName(QStringLiteral("documentThemeList"));
    m_themes->setAccessibleName(tr("Themes of the document"));
    m_themes->setSpacing(2);
    connect(m_themes, &QListWidget::itemChanged, this, &DocumentEditor::toggleTheme);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_themes, 1);
    return box;
}

QWidget* DocumentEditor::buildReaders()
{
    auto* box = new QWidget(this);
    m_readers = new ReadersGrid(box);
    m_readers->setObjectName(QStringLiteral("readersGrid"));
    connect(m_readers, &ReadersGrid::askedToggled, this, &DocumentEditor::setAsked);
    connect(m_readers, &ReadersGrid::readToggled, this, &DocumentEditor::setRead);
    connect(m_readers, &ReadersGrid::askEveryoneClicked, this, &DocumentEditor::askEveryone);
    connect(m_readers, &ReadersGrid::markAllReadClicked, this, &DocumentEditor::markAllRead);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_readers, 1);
    return box;
}

void DocumentEditor::setSession(EngagementSession* session)
{
    m_session = session;
    m_location->setBaseFolder(session ? QFileInfo(session->file().path()).absolutePath() : QString());
}

void DocumentEditor::showDocument(const Document* document, const QList<Theme>& themes,
                                  const QList<Member>& members)
{
    m_showing = true;
    m_document = document ? *document : Document{};
    m_members = members;
    m_title->setCommittedText(m_document.title);
    m_source->setCurrentIndex(std::max(0, m_source->findData(documentSourceKey(m_document.source))));
    m_received->setDate(m_document.received);
    m_sent->setDate(m_document.sent);
    m_location->setLocation(m_document.location);
    m_notes->setCommittedText(m_document.notes);
    showThemes(themes);
    m_readers->setMembers(members);
    m_readers->setDocument(m_document);
    updateTabTitles();
    updateEditable();
    m_showing = false;
}

void DocumentEditor::showThemes(const QList<Theme>& themes)
{
    m_allThemes = themes;
    bool same = themes.size() == m_themes->count();
    for (int row = 0; same && row < themes.size(); ++row) {
        const QListWidgetItem* item = m_themes->item(row);
        same = item->data(Qt::UserRole).toUuid() == themes.at(row).id && item->text() == themes.at(row).title;
    }
    if (!same) {
        m_themes->clear();
        for (const Theme& theme : themes) {
            auto* item = new QListWidgetItem(theme.title, m_themes);
            item->setData(Qt::UserRole, theme.id);
            item->setToolTip(theme.kind == ThemeKind::Core ? tr("Core element") : tr("Focus area"));
        }
    }
    const Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | (isEditable() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
    for (int row = 0; row < m_themes->count(); ++row) {
        QListWidgetItem* item = m_themes->item(row);
        item->setFlags(flags);
        item->setCheckState(m_document.themes.contains(item->data(Qt::UserRole).toUuid()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
}

bool DocumentEditor::isEditable() const
{
    return !m_document.id.isNull() && m_session && !m_session->isReadOnly();
}

void DocumentEditor::updateTabTitles()
{
    const auto themes = m_document.themes.size();
    m_tabs->setTabText(1, themes == 0 ? tr("The&mes") : tr("The&mes (%1)").arg(themes));
    const auto asked = m_document.readers.size();
    m_tabs->setTabText(2, asked == 0
                              ? tr("Reader&s")
                              : tr("Reader&s (%1 of %2 read)").arg(readersDone(m_document)).arg(asked));
}

void DocumentEditor::focusTitle()
{
    m_tabs->setCurrentIndex(0);
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void DocumentEditor::updateEditable()
{
    const bool editable = isEditable();
    setEnabled(!m_document.id.isNull());
    m_title->setReadOnly(!editable);
    m_source->setEnabled(editable);
    m_received->setReadOnly(!editable);
    m_sent->setReadOnly(!editable);
    m_location->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_readers->setEditable(editable);
}

void DocumentEditor::push(std::unique_ptr<Command> command)
{
    if (!m_session || m_document.id.isNull())
        return;
    const Document shown = m_document;
    if (!m_session->push(std::move(command)))
        showDocument(&shown, m_allThemes, m_members); // a refused edit: show the stored values again
}

void DocumentEditor::commitField(const QString& field, const QVariant& value, const QString& text)
{
    if (m_showing || !m_session || m_document.id.isNull())
        return;
    push(std::make_unique<SetField>(*m_session, documentTable, m_document.id, field, value, text));
}

void DocumentEditor::commitTitle(const QString& text)
{
    const QString title = text.trimmed();
    if (title.isEmpty()) { // a document keeps a title: put the old one back
        m_title->setCommittedText(m_document.title);
        return;
    }
    commitField(QStringLiteral("title"), title, tr("Rename document"));
}

void DocumentEditor::toggleTheme(QListWidgetItem* item)
{
    if (m_showing || !m_session)
        return;
    const bool on = item->checkState() == Qt::Checked;
    const QUuid theme = item->data(Qt::UserRole).toUuid();
    if (on == m_document.themes.contains(theme))
        return;
    const QString text = on ? tr("Add %1 to the themes of %2") : tr("Remove %1 from the themes of %2");
    push(std::make_unique<SetLink>(*m_session, themeLinks, m_document.id, theme, on,
                                   text.arg(quoted(item->text()), quoted(m_document.title))));
}

void DocumentEditor::setAsked(const QUuid& member, bool asked)
{
    if (!m_session || asked == m_document.readers.contains(member))
        return;
    const QString text = asked ? tr("Ask %1 to read %2") : tr("Stop asking %1 to read %2");
    push(std::make_unique<SetLink>(*m_session, readerLinks, m_document.id, member, asked,
                                   text.arg(memberName(member), quoted(m_document.title))));
}

void DocumentEditor::setRead(const QUuid& member, bool read)
{
    if (!m_session || read == m_document.readBy.contains(member))
        return;
    const QString text = read ? tr("Mark %2 read by %1") : tr("Mark %2 not read by %1");
    push(std::make_unique<SetLink>(*m_session, readLinks, m_document.id, member, read,
                                   text.arg(memberName(member), quoted(m_document.title))));
}

void DocumentEditor::askEveryone()
{
    if (!m_session)
        return;
    QList<LinkChange> changes;
    for (const Member& member : std::as_const(m_members))
        changes.append({readerLinks, m_document.id, member.id, true});
    push(std::make_unique<SetLinks>(*m_session, changes,
                                    tr("Ask everyone to read %1").arg(quoted(m_document.title))));
}

void DocumentEditor::markAllRead()
{
    if (!m_session)
        return;
    QList<LinkChange> changes;
    for (const QUuid& reader : std::as_const(m_document.readers))
        changes.append({readLinks, m_document.id, reader, true});
    push(std::make_unique<SetLinks>(*m_session, changes, tr("Mark %1 read").arg(quoted(m_document.title))));
}

QString DocumentEditor::memberName(const QUuid& member) const
{
    for (const Member& m : m_members) {
        if (m.id == member)
            return m.name;
    }
    return {};
}

} // namespace pc::ui
