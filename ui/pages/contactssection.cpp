// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactssection.h"

#include "commands/recordcommands.h"
#include "commands/setfield.h"
#include "models/contactmodel.h"
#include "prompter.h"
#include "session/engagementsession.h"
#include "storage/contactrepository.h"
#include "storage/engagementfile.h"
#include "widgets/commitlineedit.h"
#include "widgets/sectiontitle.h"
#include "widgets/tableselection.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

const QString contactTable = QStringLiteral("contact");

} // namespace

ContactsSection::ContactsSection(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_model(new ContactModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // A reset drops the view's selection: remember the contact and select them again after.
    connect(m_model, &ContactModel::modelReset, this, [this] { select(m_selected); });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildTable());
    splitter->addWidget(buildEditor());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(buildNote());
    layout->addWidget(splitter, 1);
    setSession(nullptr);
}

QWidget* ContactsSection::buildNote()
{
    auto* note = new QWidget(this);
    note->setObjectName(QStringLiteral("contactsPrivacyNote"));
    note->setBackgroundRole(QPalette::AlternateBase);
    note->setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(note);
    layout->setContentsMargins(10, 6, 10, 6);
    auto* icon = new QLabel(note);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size));
    auto* text =
        new QLabel(tr("<b>Personal data:</b> used to plan sessions, never printed in reports."), note);
    text->setObjectName(QStringLiteral("contactsPrivacyText"));
    text->setWordWrap(true);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return note;
}

QWidget* ContactsSection::buildTable()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(sectionTitle(tr("The council's people"), box));
    buttons->addStretch(1);
    m_add = new QPushButton(tr("Add &contact"), box);
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_add->setAccessibleName(tr("Add contact"));
    m_remove = new QPushButton(tr("Re&move contact"), box);
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    m_remove->setAccessibleName(tr("Remove contact"));
    connect(m_add, &QPushButton::clicked, this, &ContactsSection::addContact);
    connect(m_remove, &QPushButton::clicked, this, &ContactsSection::removeContact);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Council contacts"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the user's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->viewport()->installEventFilter(this); // its width decides the columns'
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selected = currentId();
        showContact();
    });
    m_delete = new QAction(tr("Remove contact"), m_table);
    m_delete->setObjectName(QStringLiteral("removeContactAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the table's; line edits keep Delete
    connect(m_delete, &QAction::triggered, this, &ContactsSection::removeContact);
    m_table->addAction(m_delete);

    m_empty = new QLabel(tr("No contacts yet. Add the leader, the chief executive and the council's lead "
                            "officer for the challenge with Add contact: the team plans its sessions "
                            "with them."),
                         box);
    m_empty->setObjectName(QStringLiteral("contactsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    return box;
}

CommitLineEdit* ContactsSection::addLineEdit(const char* name, const QString& label, const QString& field)
{
    auto* edit = new CommitLineEdit(m_editor);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(label);
    connect(edit, &CommitLineEdit::committed, this,
            [this, field, label](const QString& text) { commitField(field, text.trimmed(), label); });
    m_lineEdits.append(edit);
    return edit;
}

QWidget* ContactsSection::buildEditor()
{
    m_editor = new QWidget(this);
    auto* layout = new QVBoxLayout(m_editor);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Contact"), m_editor));
    m_name = addLineEdit("contactNameEdit", tr("Name"), QStringLiteral("name"));
    m_role = new QComboBox(m_editor);
    m_role->setObjectName(QStringLiteral("contactRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (const ContactRole role : allContactRoles)
        m_role->addItem(contactRoleLabel(role), contactRoleKey(role));
    connect(m_role, &QComboBox::activated, this,
            [this] { commitField(QStringLiteral("role"), m_role->currentData(), tr("Role")); });
    m_jobTitle = addLineEdit("contactJobTitleEdit", tr("Job title"), QStringLiteral("job_title"));
    m_jobTitle->setPlaceholderText(tr("Cabinet member for housing, Director of place…"));
    m_email = addLineEdit("contactEmailEdit", tr("Email"), QStringLiteral("email"));
    m_emailWarning = m_email->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this),
                                        QLineEdit::TrailingPosition);
    m_emailWarning->setObjectName(QStringLiteral("contactEmailWarning"));
    m_emailWarning->setToolTip(ContactModel::emailWarning());
    connect(m_email, &QLineEdit::textChanged, this, &ContactsSection::showEmailWarning);
    m_phone = addLineEdit("contactPhoneEdit", tr("Phone"), QStringLiteral("phone"));
    m_notes = new QPlainTextEdit(m_editor);
    m_notes->setObjectName(QStringLiteral("contactNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Who arranges their diary, when they are away, what they care about."));
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("No&tes:"), m_notes);
    layout->addLayout(form, 1);
    return m_editor;
}

void ContactsSection::setSession(EngagementSession* session)
{
    if (m_session) {
        commitNotes(); // notes not yet committed belong to the file they were typed in
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_selected = {};
    // The model connects first, so it has reloaded by the time refresh() reads the selection.
    m_model->setSession(session);
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (table == contactTable)
                refresh();
        });
    refresh();
}

bool ContactsSection::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    else if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ContactsSection::refresh()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    fitColumns();
    // Someone is always selected, so the form is never a blank that looks editable.
    if (!empty && m_model->rowOf(m_selected) < 0)
        m_selected = m_model->contactAt(0).id;
    if (!m_selected.isNull() && m_model->rowOf(m_selected) >= 0 && currentId() != m_selected) {
        select(m_selected);
        return;
    }
    showContact();
}

void ContactsSection::fitColumns()
{
    // Every column as wide as its contents, the widest cut down (elided; the tooltip has all of
    // it) until the five fit beside the form without scrolling sideways.
    m_table->resizeColumnsToContents();
    QList<int> widths;
    for (int column = 0; column < ContactModel::columns; ++column)
        widths.append(m_table->columnWidth(column));
    QList<int> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    const int available = m_table->viewport()->width();
    int cap = sorted.last();
    int used = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const int remaining = int(sorted.size() - i);
        if (used + sorted.at(i) * remaining > available) {
            cap = std::max(fontMetrics().averageCharWidth() * 8, (available - used) / remaining);
            break;
        }
        used += sorted.at(i);
    }
    for (int column = 0; column < ContactModel::columns; ++column)
        m_table->setColumnWidth(column, std::min(widths.at(column), cap));
}

void ContactsSection::showContact()
{
    const int row = m_model->rowOf(m_selected);
    const Contact contact = row >= 0 ? m_model->contactAt(row) : Contact{};
    m_name->setCommittedText(contact.name);
    m_jobTitle->setCommittedText(contact.jobTitle);
    m_email->setCommittedText(contact.email);
    m_phone->setCommittedText(contact.phone);
    if (!m_notes->hasFocus() || m_notes->toPlainText() == contact.notes)
        m_notes->setPlainText(contact.notes);
    m_role->setCurrentIndex(std::max(0, m_role->findData(contactRoleKey(contact.role))));
    showEmailWarning();
    updateEnabled();
}

void ContactsSection::showEmailWarning()
{
    m_emailWarning->setVisible(ContactModel::emailLooksWrong(m_email->text()));
}

void ContactsSection::updateEnabled()
{
    const bool editable = m_session && !m_session->isReadOnly();
    const bool selected = m_model->rowOf(m_selected) >= 0;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && selected);
    m_delete->setEnabled(editable && selected);
    m_editor->setEnabled(selected);
    for (CommitLineEdit* edit : std::as_const(m_lineEdits))
        edit->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_role->setEnabled(editable);
}

void ContactsSection::select(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    m_selected = row >= 0 ? id : QUuid();
    selectSourceRow(m_table, m_proxy, row);
    showContact();
}

QUuid ContactsSection::currentId() const
{
    return currentRowId(m_table, int(ContactModel::Role::Id));
}

void ContactsSection::commitField(const QString& field, const QVariant& value, const QString& label)
{
    if (!m_session || m_session->isReadOnly() || m_selected.isNull())
        return;
    if (!m_session->push(std::make_unique<SetField>(*m_session, contactTable, m_selected, field, value,
                                                    tr("Change contact's %1").arg(label.toLower()))))
        showContact(); // show the stored value again
}

void ContactsSection::commitNotes()
{
    const int row = m_model->rowOf(m_selected);
    if (row < 0 || m_notes->toPlainText() == m_model->contactAt(row).notes)
        return;
    commitField(QStringLiteral("notes"), m_notes->toPlainText(), tr("Notes"));
}

void ContactsSection::addContact()
{
    if (!m_session || m_session->isReadOnly())
        return;
    Contact contact;
    contact.name = tr("New contact");
    auto command = std::make_unique<AddRecord>(
        *m_session, contactTable,
        [contact](RecordStore& records, const QUuid& id) {
            Contact added = contact;
            added.id = id;
            ContactRepository(records).addContact(added);
        },
        tr("Add contact"));
    const QUuid id = command->recordId();
    if (!m_session->push(std::move(command)))
        return;
    select(id);
    m_name->setFocus();
    m_name->selectAll();
}

void ContactsSection::removeContact()
{
    const int row = m_model->rowOf(m_selected);
    if (!m_session || m_session->isReadOnly() || row < 0)
        return;
    const QString name = m_model->contactAt(row).name;
    if (!m_prompter.confirm(
            this, tr("Remove Contact"),
            tr("Remove %1 from the council's contacts? You can undo this with Undo.").arg(name)))
        return;
    const int viewRow = m_proxy->mapFromSource(m_model->index(row, 0)).row();
    if (!m_session->push(
            std::make_unique<RemoveRecord>(*m_session, contactTable, m_selected, tr("Remove %1").arg(name))))
        return;
    // Select the contact that took the removed one's place, so Remove can be pressed again.
    const QModelIndex next = m_proxy->index(std::min(viewRow, m_proxy->rowCount() - 1), 0);
    select(next.isValid() ? next.data(int(ContactModel::Role::Id)).toUuid() : QUuid());
}

} // namespace pc::ui
