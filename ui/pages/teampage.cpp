// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampage.h"

#include "commands/membercommands.h"
#include "commands/setfield.h"
#include "memberdeclarationform.h"
#include "memberthemeslist.h"
#include "models/membermodel.h"
#include "pool/addtopool.h"
#include "prompter.h"
#include "rules/partymix.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/teamrepository.h"
#include "widgets/commitlineedit.h"
#include "widgets/problemlist.h"
#include "widgets/sectiontitle.h"
#include "widgets/tableselection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

const QString memberTable = QStringLiteral("member");

constexpr MemberRole roles[] = {
    MemberRole::LeadOfficerPeer, MemberRole::LeadMemberPeer, MemberRole::OfficerPeer,
    MemberRole::MemberPeer,      MemberRole::ExternalPeer,   MemberRole::ChallengeManager,
    MemberRole::SupportOfficer,  MemberRole::SpecialistPeer, MemberRole::ShadowPeer,
    MemberRole::Other,
};

} // namespace

TeamPage::TeamPage(Prompter& prompter, QWidget* parent)
    : Page(parent)
    , m_prompter(prompter)
    , m_model(new MemberModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // A reset drops the view's selection: remember the member and select them again after.
    connect(m_model, &MemberModel::modelReset, this, [this] { select(m_selected); });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildTable());
    splitter->addWidget(buildEditor());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(12);
    layout->addWidget(buildChecks());
    layout->addWidget(splitter, 1);
    setSession(nullptr);
}

QWidget* TeamPage::buildChecks()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Team checks"), box));
    m_checks = new ProblemList(box);
    m_checks->setObjectName(QStringLiteral("teamChecksList"));
    m_checks->setAccessibleName(tr("Team checks"));
    m_checks->setMaximumHeight(110);
    connect(m_checks, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { select(item->data(ProblemList::recordRole).toUuid()); });
    m_checksPassed = new QLabel(tr("The team meets every check."), box);
    m_checksPassed->setObjectName(QStringLiteral("teamChecksPassed"));
    m_checksPassed->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_checks);
    layout->addWidget(m_checksPassed);
    return box;
}

QWidget* TeamPage::buildTable()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(sectionTitle(tr("Members"), box));
    buttons->addStretch(1);
    m_add = new QPushButton(tr("&Add member"), box);
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    m_add->setAccessibleName(tr("Add member"));
    m_remove = new QPushButton(tr("&Remove member"), box);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_remove->setAccessibleName(tr("Remove member"));
    connect(m_add, &QPushButton::clicked, this, &TeamPage::addMember);
    connect(m_remove, &QPushButton::clicked, this, &TeamPage::removeMember);
    m_toPool = new QPushButton(tr("Add to &pool"), box);
    m_toPool->setObjectName(QStringLiteral("addToPoolButton"));
    m_toPool->setAccessibleName(tr("Add member to your peer pool"));
    m_toPool->setToolTip(tr("Keep this member in your own peer pool, for the next engagements."));
    connect(m_toPool, &QPushButton::clicked, this, &TeamPage::addToPool);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_toPool);
    layout->addLayout(buttons);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setAccessibleName(tr("Team members"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the team's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selected = currentId();
        showMember();
    });
    m_empty = new QLabel(tr("No one is on the team yet. Add the peers, the challenge manager and any "
                            "support officers with Add member."),
                         box);
    m_empty->setObjectName(QStringLiteral("teamEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_partyMix = new QLabel(box);
    m_partyMix->setObjectName(QStringLiteral("teamPartyMix"));
    m_partyMix->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_partyMix);
    return box;
}

CommitLineEdit* TeamPage::addLineEdit(const char* name, const QString& label, const QString& field)
{
    auto* edit = new CommitLineEdit(m_editor);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(label);
    connect(edit, &CommitLineEdit::committed, this,
            [this, field, label](const QString& text) { commitField(field, text.trimmed(), label); });
    m_lineEdits.append(edit);
    return edit;
}

QWidget* TeamPage::buildEditor()
{
    auto* box = new QWidget(this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(12, 0, 0, 0);
    boxLayout->addWidget(sectionTitle(tr("Member"), box));
    m_tabs = new QTabWidget(box);
    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    m_tabs->setDocumentMode(true);
    boxLayout->addWidget(m_tabs, 1);
    m_editor = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(m_editor);
    layout->setContentsMargins(0, 8, 0, 0);
    m_name = addLineEdit("memberNameEdit", tr("Name"), QStringLiteral("name"));
    m_role = new QComboBox(m_editor);
    m_role->setObjectName(QStringLiteral("memberRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (MemberRole role : roles)
        m_role->addItem(roleLabel(role), roleKey(role));
    connect(m_role, &QComboBox::activated, this,
            [this] { commitField(QStringLiteral("role"), m_role->currentData(), tr("Role")); });
    m_jobTitle = addLineEdit("memberJobTitleEdit", tr("Job title"), QStringLiteral("job_title"));
    m_organisation =
        addLineEdit("memberOrganisationEdit", tr("Organisation"), QStringLiteral("organisation"));
    m_sector = new QComboBox(m_editor);
    m_sector->setObjectName(QStringLiteral("memberSectorCombo"));
    m_sector->setAccessibleName(tr("Sector"));
    for (const Sector sector : allSectors)
        m_sector->addItem(sectorLabel(sector), sectorKey(sector));
    connect(m_sector, &QComboBox::activated, this,
            [this] { commitField(QStringLiteral("sector"), m_sector->currentData(), tr("Sector")); });
    m_politicalGroup =
        addLineEdit("memberPoliticalGroupEdit", tr("Political group"), QStringLiteral("political_group"));
    m_politicalGroup->setPlaceholderText(tr("Member peers only"));
    m_email = addLineEdit("memberEmailEdit", tr("Email"), QStringLiteral("email"));
    m_phone = addLineEdit("memberPhoneEdit", tr("Phone"), QStringLiteral("phone"));
    m_expertise = addLineEdit("memberExpertiseEdit", tr("Expertise"), QStringLiteral("expertise"));
    m_expertise->setPlaceholderText(tr("Subjects, separated by commas"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("Or&ganisation:"), m_organisation);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("&Political group:"), m_politicalGroup);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("E&xpertise:"), m_expertise);
    layout->addLayout(form);
    layout->addStretch(1);
    m_declaration = new MemberDeclarationForm(m_tabs);
    m_themesLed = new MemberThemesList(m_tabs);
    m_tabs->addTab(m_editor, tr("&Details"));
    m_tabs->addTab(m_declaration, tr("&Interests and availability"));
    m_tabs->addTab(m_themesLed, tr("&Themes led"));
    return box;
}

void TeamPage::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_selected = {};
    setEnabled(session != nullptr);
    // The model connects first, so it has reloaded by the time refresh() reads the selection.
    m_model->setSession(session);
    m_declaration->setSession(session);
    m_themesLed->setSession(session);
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString&) { refresh(); });
    refresh();
}

void TeamPage::refresh()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    refreshChecks();
    const PartyMix mix = partyMixOf(m_model->members());
    m_partyMix->setText(tr("Member peers' political groups: %1").arg(partyMixInWords(mix)));
    m_partyMix->setVisible(!empty);
    // Names and roles in full; the rest share what is left.
    m_table->resizeColumnsToContents();
    // Someone is always selected, so the form beside the table is never a blank that looks editable.
    if (!empty && m_selected.isNull())
        m_selected = m_model->memberAt(0).id;
    if (!m_selected.isNull() && m_model->rowOf(m_selected) >= 0 && currentId().isNull()) {
        select(m_selected);
        return;
    }
    showMember();
}

void TeamPage::refreshChecks()
{
    QList<Problem> problems;
    if (m_session) {
        for (const Problem& problem : m_session->problems()) {
            if (problem.stage == Stage::Team)
                problems.append(problem);
        }
    }
    m_checks->setProblems(problems, false);
    m_checks->setVisible(!problems.isEmpty());
    m_checksPassed->setVisible(m_session && problems.isEmpty());
}

void TeamPage::showMember()
{
    const int row = m_model->rowOf(m_selected);
    const Member member = row >= 0 ? m_model->memberAt(row) : Member{};
    m_name->setCommittedText(member.name);
    m_jobTitle->setCommittedText(member.jobTitle);
    m_organisation->setCommittedText(member.organisation);
    m_politicalGroup->setCommittedText(member.politicalGroup);
    m_email->setCommittedText(member.email);
    m_phone->setCommittedText(member.phone);
    m_expertise->setCommittedText(member.expertise);
    m_role->setCurrentIndex(std::max(0, m_role->findData(roleKey(member.role))));
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(sectorKey(member.sector))));
    m_declaration->showMember(member, m_session ? TeamRepository(m_session->file().records()).availability()
                                                : QList<Availability>{});
    m_themesLed->showMember(member.id, m_session && !m_session->isReadOnly());
    updateEnabled();
}

void TeamPage::updateEnabled()
{
    const bool editable = m_session && !m_session->isReadOnly();
    const bool selected = m_model->rowOf(m_selected) >= 0;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && selected);
    m_toPool->setEnabled(m_session && selected && !m_poolDirectory.isEmpty());
    m_tabs->setEnabled(selected);
    for (CommitLineEdit* edit : std::as_const(m_lineEdits))
        edit->setReadOnly(!editable);
    m_role->setEnabled(editable);
    m_sector->setEnabled(editable);
    m_declaration->setEditable(editable);
}

void TeamPage::select(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    m_selected = row >= 0 ? id : QUuid();
    selectSourceRow(m_table, m_proxy, row);
    showMember();
}

QUuid TeamPage::currentId() const
{
    return currentRowId(m_table, int(MemberModel::Role::Id));
}

void TeamPage::commitField(const QString& field, const QVariant& value, const QString& label)
{
    if (!m_session || m_selected.isNull())
        return;
    if (!m_session->push(std::make_unique<SetField>(*m_session, memberTable, m_selected, field, value,
                                                    tr("Change %1").arg(label.toLower()))))
        showMember(); // show the stored value again
}

void TeamPage::addMember()
{
    if (!m_session)
        return;
    Member member;
    member.name = tr("New member");
    auto command = std::make_unique<AddMember>(*m_session, member);
    const QUuid id = command->memberId();
    if (!m_session->push(std::move(command)))
        return;
    select(id);
    m_name->setFocus();
    m_name->selectAll();
}

void TeamPage::removeMember()
{
    const int row = m_model->rowOf(m_selected);
    if (!m_session || row < 0)
        return;
    const int viewRow = m_proxy->mapFromSource(m_model->index(row, 0)).row();
    if (!m_session->push(std::make_unique<RemoveMember>(*m_session, m_selected, m_model->memberAt(row).name)))
        return;
    // Select the member that took the removed one's place, so Remove can be pressed again.
    const QModelIndex next = m_proxy->index(std::min(viewRow, m_proxy->rowCount() - 1), 0);
    select(next.isValid() ? next.data(int(MemberModel::Role::Id)).toUuid() : QUuid());
}

void TeamPage::addToPool()
{
    const int row = m_model->rowOf(m_selected);
    if (!m_session || row < 0)
        return;
    QString message;
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    const QList<Availability> availability = TeamRepository(m_session->file().records()).availability();
    if (addMemberToPool(m_model->memberAt(row), engagement, availability, m_poolDirectory, &message))
        emit statusMessage(message);
    else
        m_prompter.showError(this, tr("Add to pool"), message);
}

} // namespace pc::ui
