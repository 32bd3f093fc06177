// SPDX-License-Identifier: GPL-3.0-or-later
#include "pooleditor.h"

#include "poolmodel.h"
#include "widgets/commitlineedit.h"
#include "widgets/optionaldateedit.h"
#include "widgets/sectiontitle.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

constexpr int roleData = Qt::UserRole + 1;

QStringList splitOrganisations(const QString& text)
{
    QStringList organisations;
    for (const QString& part : text.split(u';')) {
        if (!part.trimmed().isEmpty())
            organisations.append(part.trimmed());
    }
    return organisations;
}

QString onsiteText(const ServiceRecord& record)
{
    const QLocale locale;
    const QString format = QStringLiteral("d MMM yyyy");
    if (!record.onsiteStart.isValid())
        return PoolPeerEditor::tr("Dates not set");
    if (!record.onsiteEnd.isValid() || record.onsiteEnd == record.onsiteStart)
        return locale.toString(record.onsiteStart, format);
    return PoolPeerEditor::tr("%1 – %2").arg(locale.toString(record.onsiteStart, format),
                                             locale.toString(record.onsiteEnd, format));
}

} // namespace

PoolPeerEditor::PoolPeerEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Peer"), this));
    layout->addWidget(buildForm());
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Engagements"), this));
    layout->addWidget(buildService());
    layout->addStretch(1);
    setPeer(std::nullopt);
}

CommitLineEdit* PoolPeerEditor::addLineEdit(const char* name, const QString& label,
                                            void (*apply)(PoolPeer&, const QString&))
{
    auto* edit = new CommitLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(label);
    connect(edit, &CommitLineEdit::committed, this, [this, label, apply](const QString& text) {
        commit(label, [&text, apply](PoolPeer& peer) { apply(peer, text.trimmed()); });
    });
    m_lineEdits.append(edit);
    return edit;
}

QWidget* PoolPeerEditor::buildForm()
{
    auto* box = new QWidget(this);
    m_name = addLineEdit("poolNameEdit", tr("Name"), [](PoolPeer& p, const QString& v) { p.name = v; });
    m_roles = new QListWidget(box);
    m_roles->setObjectName(QStringLiteral("poolRolesList"));
    m_roles->setAccessibleName(tr("Roles they can take"));
    m_roles->setSelectionMode(QAbstractItemView::NoSelection);
    // Check boxes on the window's colour, as a group of them looks, rather than a white list box.
    m_roles->setFrameShape(QFrame::NoFrame);
    m_roles->viewport()->setBackgroundRole(QPalette::Window);
    int widest = 0;
    for (MemberRole role : poolRoles()) {
        auto* item = new QListWidgetItem(roleLabel(role), m_roles);
        item->setData(roleData, int(role));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        widest = std::max(widest, m_roles->sizeHintForIndex(m_roles->indexFromItem(item)).width());
    }
    // Two columns of check boxes, each as wide as the longest role: the list shows whole, unscrolled.
    const int rows = int(poolRoles().size() + 1) / 2;
    const int rowHeight = m_roles->sizeHintForRow(0) + 2;
    m_roles->setFlow(QListView::TopToBottom);
    m_roles->setWrapping(true);
    m_roles->setResizeMode(QListView::Adjust);
    m_roles->setGridSize(QSize(widest + fontMetrics().averageCharWidth() * 3, rowHeight));
    m_roles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_roles->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_roles->setFixedHeight(rows * rowHeight + 2 * m_roles->frameWidth() + 4);
    m_roles->setMinimumWidth(2 * m_roles->gridSize().width() + 2 * m_roles->frameWidth() + 4);
    connect(m_roles, &QListWidget::itemChanged, this, [this] {
        commit(tr("Roles"), [this](PoolPeer& peer) {
            peer.roles.clear();
            for (int i = 0; i < m_roles->count(); ++i) {
                if (m_roles->item(i)->checkState() == Qt::Checked)
                    peer.roles.append(MemberRole(m_roles->item(i)->data(roleData).toInt()));
            }
        });
    });
    m_jobTitle = addLineEdit("poolJobTitleEdit", tr("Job title"),
                             [](PoolPeer& p, const QString& v) { p.jobTitle = v; });
    m_organisation = addLineEdit("poolOrganisationEdit", tr("Organisation"),
                                 [](PoolPeer& p, const QString& v) { p.organisation = v; });
    m_previous =
        addLineEdit("poolPreviousEdit", tr("Previous organisations"),
                    [](PoolPeer& p, const QString& v) { p.previousOrganisations = splitOrganisations(v); });
    m_previous->setPlaceholderText(tr("Separate with semicolons"));
    m_sector = new QComboBox(box);
    m_sector->setObjectName(QStringLiteral("poolSectorCombo"));
    m_sector->setAccessibleName(tr("Sector"));
    for (const Sector sector : allSectors)
        m_sector->addItem(sectorLabel(sector), int(sector));
    connect(m_sector, &QComboBox::activated, this, [this] {
        commit(tr("Sector"),
               [this](PoolPeer& peer) { peer.sector = Sector(m_sector->currentData().toInt()); });
    });
    m_expertise = addLineEdit("poolExpertiseEdit", tr("Expertise"),
                              [](PoolPeer& p, const QString& v) { p.expertise = v; });
    m_expertise->setPlaceholderText(tr("Finance, housing, planning"));
    m_party = addLineEdit("poolPartyEdit", tr("Political group"),
                          [](PoolPeer& p, const QString& v) { p.politicalGroup = v; });
    m_party->setPlaceholderText(tr("Member peers only"));
    m_accredited = new OptionalDateEdit(box);
    m_accredited->setObjectName(QStringLiteral("poolAccreditedEdit"));
    m_accredited->setAccessibleName(tr("Accredited"));
    connect(m_accredited, &OptionalDateEdit::committed, this, [this](const QDate& date) {
        commit(tr("Accreditation date"), [&date](PoolPeer& peer) { peer.accredited = date; });
    });
    m_email = addLineEdit("poolEmailEdit", tr("Email"), [](PoolPeer& p, const QString& v) { p.email = v; });
    m_phone = addLineEdit("poolPhoneEdit", tr("Phone"), [](PoolPeer& p, const QString& v) { p.phone = v; });
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("poolNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->installEventFilter(this);

    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Roles:"), m_roles);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("Or&ganisation:"), m_organisation);
    form->addRow(tr("Pre&vious:"), m_previous);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("E&xpertise:"), m_expertise);
    form->addRow(tr("&Political group:"), m_party);
    form->addRow(tr("&Accredited:"), m_accredited);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("N&otes:"), m_notes);
    return box;
}

QWidget* PoolPeerEditor::buildService()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_serviceSummary = new QLabel(box);
    m_serviceSummary->setObjectName(QStringLiteral("poolServiceSummary"));
    m_serviceSummary->setWordWrap(true);
    m_serviceSummary->setForegroundRole(QPalette::PlaceholderText);
    m_service = new QTreeWidget(box);
    m_service->setObjectName(QStringLiteral("poolServiceList"));
    m_service->setAccessibleName(tr("Engagements served on"));
    m_service->setRootIsDecorated(false);
    m_service->setHeaderLabels({tr("Engagement"), tr("Onsite"), tr("Days"), tr("Role")});
    m_service->header()->setStretchLastSection(false);
    m_service->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_service->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_service->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_service->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    layout->addWidget(m_serviceSummary);
    layout->addWidget(m_service);
    return box;
}

void PoolPeerEditor::setPeer(const std::optional<PoolPeer>& peer)
{
    m_peer = peer;
    const PoolPeer shown = peer.value_or(PoolPeer{});
    m_name->setCommittedText(shown.name);
    m_jobTitle->setCommittedText(shown.jobTitle);
    m_organisation->setCommittedText(shown.organisation);
    m_previous->setCommittedText(shown.previousOrganisations.join(QStringLiteral("; ")));
    m_expertise->setCommittedText(shown.expertise);
    m_party->setCommittedText(shown.politicalGroup);
    m_email->setCommittedText(shown.email);
    m_phone->setCommittedText(shown.phone);
    if (!m_notes->hasFocus() || m_notes->toPlainText() == shown.notes || !peer)
        m_notes->setPlainText(shown.notes);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(int(shown.sector))));
    m_accredited->setDate(shown.accredited);
    {
        const QSignalBlocker blocker(m_roles);
        for (int i = 0; i < m_roles->count(); ++i) {
            const auto role = MemberRole(m_roles->item(i)->data(roleData).toInt());
            m_roles->item(i)->setCheckState(shown.roles.contains(role) ? Qt::Checked : Qt::Unchecked);
        }
    }
    showService();
    setEnabled(peer.has_value());
    setReadOnly(m_readOnly);
}

void PoolPeerEditor::showService()
{
    m_service->clear();
    if (!m_peer || m_peer->service.isEmpty()) {
        m_serviceSummary->setText(m_peer
                                      ? tr("Not yet on a team. Add them to a team with Add to Team, and the "
                                           "engagement is recorded here.")
                                      : QString());
        m_service->setVisible(false);
        return;
    }
    QList<ServiceRecord> records = m_peer->service;
    std::sort(records.begin(), records.end(), [](const ServiceRecord& a, const ServiceRecord& b) {
        return a.onsiteStart > b.onsiteStart; // latest first
    });
    for (const ServiceRecord& record : records) {
        const QString title = record.hostName.isEmpty() ? record.engagementTitle : record.hostName;
        auto* item = new QTreeWidgetItem(
            m_service, {title, onsiteText(record), QString::number(record.days), roleLabel(record.role)});
        item->setToolTip(0, record.engagementTitle);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    const QString days = daysText(totalDays(*m_peer));
    m_serviceSummary->setText(records.size() == 1
                                  ? tr("1 engagement, %1 onsite in all.").arg(days)
                                  : tr("%1 engagements, %2 onsite in all.").arg(records.size()).arg(days));
    // As tall as its rows, up to eight; the form scrolls as a whole rather than the list inside it.
    const int shown = std::min(int(records.size()), 8);
    m_service->setFixedHeight(m_service->header()->sizeHint().height() + shown * m_service->sizeHintForRow(0)
                              + 2 * m_service->frameWidth() + 2);
    m_service->setVisible(true);
}

void PoolPeerEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (CommitLineEdit* edit : std::as_const(m_lineEdits))
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_accredited->setReadOnly(readOnly);
    m_roles->setEnabled(!readOnly);
    m_sector->setEnabled(!readOnly);
}

void PoolPeerEditor::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void PoolPeerEditor::commit(const QString& field, const std::function<void(PoolPeer&)>& change)
{
    if (!m_peer || m_readOnly)
        return;
    PoolPeer after = *m_peer;
    change(after);
    if (after == *m_peer)
        return;
    m_peer = after; // what the form shows now, until the window hands the stored peer back
    emit edited(after, field);
}

bool PoolPeerEditor::eventFilter(QObject* watched, QEvent* event)
{
    // The notes commit when the person leaves them, as the line edits do.
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commit(tr("Notes"), [this](PoolPeer& peer) { peer.notes = m_notes->toPlainText().trimmed(); });
    return QWidget::eventFilter(watched, event);
}

} // namespace pc::ui
