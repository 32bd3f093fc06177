// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuppage.h"

#include "commands/followupcommands.h"
#include "common/clock.h"
#include "common/error.h"
#include "dialogs/actiondialog.h"
#include "dialogs/csvimportdialog.h"
#include "exchange/actionplancsv.h"
#include "exportrunner.h"
#include "prompter.h"
#include "report/reportfonts.h"
#include "rules/actionplan.h"
#include "rules/deadlines.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/findingrepository.h"
#include "storage/followuprepository.h"
#include "storage/installation.h"
#include "storage/teamrepository.h"
#include "widgets/markdownedit.h"
#include "widgets/optionaldateedit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

enum Column { Description, Owner, Deadline, Status, RagColumn, Latest, Columns };
constexpr int idRole = Qt::UserRole;

QColor ragColour(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QColor(0xff, 0xc7, 0xce);
    case Rag::Amber:
        return QColor(0xff, 0xeb, 0x9c);
    case Rag::Green:
        return QColor(0xc6, 0xef, 0xce);
    case Rag::None:
        break;
    }
    return {};
}

/// A progress note: its date and words.
class ProgressNoteDialog : public QDialog
{
public:
    explicit ProgressNoteDialog(const QDate& today, QWidget* parent)
        : QDialog(parent)
        , date(new OptionalDateEdit(this))
        , text(new QPlainTextEdit(this))
    {
        setWindowTitle(tr("Add Progress Note"));
        date->setObjectName(QStringLiteral("progressNoteDate"));
        date->setDate(today);
        text->setObjectName(QStringLiteral("progressNoteText"));
        text->setTabChangesFocus(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        auto* form = new QFormLayout;
        form->addRow(tr("&Date:"), date);
        form->addRow(tr("&Progress:"), text);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        const auto update = [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(!text->toPlainText().trimmed().isEmpty() && this->date->date().isValid());
        };
        connect(text, &QPlainTextEdit::textChanged, this, update);
        update();
    }

    OptionalDateEdit* date;
    QPlainTextEdit* text;
};

} // namespace

FollowUpPage::FollowUpPage(Prompter& prompter, QWidget* parent)
    : Page(parent)
    , m_prompter(prompter)
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("followUpTabs"));
    m_tabs->addTab(buildPlanTab(), tr("&Action plan"));
    m_tabs->addTab(buildReviewTab(), tr("&Progress review"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    setSession(nullptr);
}

QWidget* FollowUpPage::buildPlanTab()
{
    auto* tab = new QWidget(this);
    m_summary->setObjectName(QStringLiteral("actionPlanSummary"));
    m_summary->setWordWrap(true);
    m_plan = new QTreeWidget(tab);
    m_plan->setObjectName(QStringLiteral("actionPlanTree"));
    m_plan->setColumnCount(Columns);
    m_plan->setHeaderLabels(
        {tr("Action"), tr("Owner"), tr("Deadline"), tr("Status"), tr("RAG"), tr("Latest progress")});
    m_plan->setWordWrap(true);
    m_plan->setUniformRowHeights(false);
    m_plan->setAlternatingRowColors(true);
    m_plan->header()->setStretchLastSection(true);
    m_plan->header()->setSectionResizeMode(Description, QHeaderView::Interactive);
    m_plan->setColumnWidth(Description, 360);
    m_plan->setColumnWidth(Owner, 200);
    m_plan->setColumnWidth(Deadline, 150);
    m_plan->setColumnWidth(Status, 110);
    m_plan->setColumnWidth(RagColumn, 80);
    connect(m_plan, &QTreeWidget::itemDoubleClicked, this, [this] { editCurrent(); });
    connect(m_plan, &QTreeWidget::currentItemChanged, this, [this] {
        const bool editable = isEditable() && currentAction();
        m_edit->setEnabled(editable);
        m_remove->setEnabled(editable);
        m_note->setEnabled(editable);
    });
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_plan, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &FollowUpPage::editCurrent);
    auto* del = new QShortcut(QKeySequence::Delete, m_plan, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &FollowUpPage::removeCurrent);

    m_add = new QPushButton(tr("Add A&ction…"), tab);
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_edit = new QPushButton(tr("&Edit…"), tab);
    m_edit->setObjectName(QStringLiteral("editActionButton"));
    m_remove = new QPushButton(tr("Remove"), tab);
    m_remove->setObjectName(QStringLiteral("removeActionButton"));
    m_note = new QPushButton(tr("Add Progress &Note…"), tab);
    m_note->setObjectName(QStringLiteral("addProgressNoteButton"));
    m_import = new QPushButton(tr("&Import Plan (CSV)…"), tab);
    m_import->setObjectName(QStringLiteral("importPlanButton"));
    connect(m_add, &QPushButton::clicked, this, &FollowUpPage::addAction);
    connect(m_edit, &QPushButton::clicked, this, &FollowUpPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &FollowUpPage::removeCurrent);
    connect(m_note, &QPushButton::clicked, this, &FollowUpPage::addProgressNote);
    connect(m_import, &QPushButton::clicked, this, &FollowUpPage::importPlan);

    m_export = new QToolButton(tab);
    m_export->setObjectName(QStringLiteral("followUpExportButton"));
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    for (const report::Format format : report::formatsOf(report::Product::ActionPlan)) {
        QAction* action = menu->addAction(tr("Action Plan as %1…").arg(report::formatLabel(format)));
        action->setObjectName(QStringLiteral("exportActionPlan_") + report::formatKey(format));
        connect(action, &QAction::triggered, this,
                [this, format] { exportProduct(report::Product::ActionPlan, format); });
    }
    menu->addSeparator();
    for (const report::Format format : report::formatsOf(report::Product::ProgressReview)) {
        QAction* action =
            menu->addAction(tr("Progress Review Report as %1…").arg(report::formatLabel(format)));
        action->setObjectName(QStringLiteral("exportProgressReview_") + report::formatKey(format));
        connect(action, &QAction::triggered, this,
                [this, format] { exportProduct(report::Product::ProgressReview, format); });
    }
    m_export->setMenu(menu);

    auto* buttons = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_add, m_edit, m_remove, m_note})
        buttons->addWidget(w);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_summary);
    layout->addWidget(m_plan, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* FollowUpPage::buildReviewTab()
{
    auto* tab = new QWidget(this);
    m_reviewDate = new OptionalDateEdit(tab);
    m_reviewDate->setObjectName(QStringLiteral("reviewDate"));
    m_reviewDays = new QSpinBox(tab);
    m_reviewDays->setObjectName(QStringLiteral("reviewDays"));
    m_reviewDays->setRange(0, 30);
    m_reviewDays->setSuffix(tr(" days onsite"));
    m_reviewTeam = new QListWidget(tab);
    m_reviewTeam->setObjectName(QStringLiteral("reviewTeam"));
    m_reviewTeam->setMaximumHeight(110);
    m_statement = new MarkdownEdit(tab);
    m_statement->setObjectName(QStringLiteral("reviewStatement"));
    m_statement->setPlaceholderText(tr("The council's progress position statement, in its words"));
    m_narrative = new MarkdownEdit(tab);
    m_narrative->setObjectName(QStringLiteral("reviewNarrative"));
    m_narrative->setPlaceholderText(tr("The peer team's overall view of the progress made"));
    m_assessed = new QListWidget(tab);
    m_assessed->setObjectName(QStringLiteral("reviewRecommendations"));
    m_assessed->setWordWrap(true);
    m_progress = new QPlainTextEdit(tab);
    m_progress->setObjectName(QStringLiteral("assessmentProgress"));
    m_progress->setPlaceholderText(tr("Progress made against this recommendation"));
    m_progress->setTabChangesFocus(true);
    m_focus = new QPlainTextEdit(tab);
    m_focus->setObjectName(QStringLiteral("assessmentFocus"));
    m_focus->setPlaceholderText(tr("Where further focus is needed"));
    m_focus->setTabChangesFocus(true);

    connect(m_reviewDate, &OptionalDateEdit::committed, this, &FollowUpPage::commitReview);
    connect(m_reviewDays, &QSpinBox::editingFinished, this, &FollowUpPage::commitReview);
    connect(m_reviewTeam, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitReview();
    });
    connect(m_statement, &MarkdownEdit::committed, this, &FollowUpPage::commitReview);
    connect(m_narrative, &MarkdownEdit::committed, this, &FollowUpPage::commitReview);
    connect(m_assessed, &QListWidget::currentRowChanged, this, &FollowUpPage::showAssessment);
    // An assessment is written when its box loses focus (one undo step per box).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old == m_progress || old == m_focus)
            commitAssessment();
    });

    auto* facts = new QFormLayout;
    facts->addRow(tr("&Date:"), m_reviewDate);
    facts->addRow(tr("&Length:"), m_reviewDays);
    facts->addRow(tr("&Team:"), m_reviewTeam);
    auto* left = new QWidget(tab);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(facts);
    leftLayout->addWidget(new QLabel(tr("The council's position statement:"), left));
    leftLayout->addWidget(m_statement, 1);
    leftLayout->addWidget(new QLabel(tr("The team's overall view:"), left));
    leftLayout->addWidget(m_narrative, 1);

    auto* right = new QWidget(tab);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Each recommendation:"), right));
    rightLayout->addWidget(m_assessed, 2);
    rightLayout->addWidget(new QLabel(tr("Progress made:"), right));
    rightLayout->addWidget(m_progress, 1);
    rightLayout->addWidget(new QLabel(tr("Further focus:"), right));
    rightLayout->addWidget(m_focus, 1);

    auto* splitter = new QSplitter(tab);
    splitter->addWidget(left);
    splitter->addWidget(right);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

void FollowUpPage::setSession(EngagementSession* session)
{
    if (m_session) {
        m_statement->commit();
        m_narrative->commit();
        commitAssessment();
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (table == QLatin1String("plan_action") || table == QLatin1String("action_update")
                || table == QLatin1String("recommendation"))
                refreshPlan();
            if (table == QLatin1String("progress_review") || table == QLatin1String("progress_review_member")
                || table == QLatin1String("recommendation_assessment") || table == QLatin1String("member")
                || table == QLatin1String("recommendation"))
                refreshReview();
        });
    refresh();
}

bool FollowUpPage::isEditable() const
{
    return m_session && !m_session->isReadOnly();
}

void FollowUpPage::refresh()
{
    refreshPlan();
    refreshReview();
    m_export->setEnabled(m_session != nullptr);
    m_import->setEnabled(isEditable());
    m_add->setEnabled(isEditable());
    m_statement->setEditable(isEditable());
    m_narrative->setEditable(isEditable());
    m_reviewDate->setReadOnly(!isEditable());
    m_reviewDays->setReadOnly(!isEditable());
    m_progress->setReadOnly(!isEditable());
    m_focus->setReadOnly(!isEditable());
}

void FollowUpPage::refreshPlan()
{
    const QUuid selected = currentAction() ? currentAction()->id : QUuid();
    m_plan->clear();
    if (!m_session) {
        m_recommendations.clear();
        m_actions.clear();
        m_summary->setText(tr("Open an engagement to follow its action plan."));
        return;
    }
    RecordStore& records = m_session->file().records();
    m_recommendations = inReportOrder(FindingRepository(records).recommendations());
    m_actions = FollowUpRepository(records).actions();
    const QDate today = m_session->today();
    const ActionPlanSummary summary = summariseActionPlan(m_actions, m_recommendations, today);
    if (m_recommendations.isEmpty())
        m_summary->setText(tr("No recommendations yet: the action plan answers the report's recommendations, "
                              "written on the Findings page."));
    else if (summary.actions == 0)
        m_summary->setText(tr("No actions yet. When the council sends its plan, import it (CSV), or add each "
                              "action by hand."));
    else
        m_summary->setText(
            tr("<b>%1 actions</b> against %2 recommendations · %3 green, %4 amber, %5 red, %6 not rated · "
               "%7 overdue · %8 completed or continuous%9")
                .arg(summary.actions)
                .arg(m_recommendations.size())
                .arg(summary.rag[std::size_t(Rag::Green)])
                .arg(summary.rag[std::size_t(Rag::Amber)])
                .arg(summary.rag[std::size_t(Rag::Red)])
                .arg(summary.rag[std::size_t(Rag::None)])
                .arg(summary.overdue)
                .arg(summary.completed)
                .arg(summary.withoutActions > 0
                         ? tr(" · <b>%1 recommendations without an action</b>").arg(summary.withoutActions)
                         : QString()));
    QTreeWidgetItem* select = nullptr;
    for (const RecommendationProgress& p : summary.recommendations) {
        const Recommendation& r = m_recommendations.at(p.number - 1);
        auto* top = new QTreeWidgetItem(m_plan);
        top->setText(Description, QStringLiteral("%1. %2").arg(p.number).arg(r.text.simplified()));
        top->setToolTip(Description, r.text.simplified());
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(Description);
        bold.setBold(true);
        top->setFont(Description, bold);
        for (const Action& a : m_actions) {
            if (a.recommendation != r.id)
                continue;
            auto* item = new QTreeWidgetItem(top);
            item->setData(Description, idRole, a.id);
            item->setText(Description, a.description);
            item->setToolTip(Description, a.description);
            item->setText(Owner, a.owner);
            item->setText(Deadline, a.deadline.isValid() ? formatLongDate(a.deadline) : QString());
            item->setText(Status,
                          actionStatusLabel(a.status) + (isOverdue(a, today) ? tr(" – overdue") : QString()));
            item->setText(RagColumn, ragLabel(a.rag));
            if (a.rag != Rag::None) {
                item->setBackground(RagColumn, ragColour(a.rag));
                item->setForeground(RagColumn, QColor(0x1f, 0x29, 0x33));
            }
            if (!a.updates.isEmpty()) {
                const ActionUpdate& last = a.updates.constLast();
                item->setText(Latest, QStringLiteral("%1: %2").arg(formatLongDate(last.date), last.text));
            }
            if (a.id == selected)
                select = item;
        }
    }
    m_plan->expandAll();
    if (select)
        m_plan->setCurrentItem(select);
    const bool editable = isEditable() && currentAction();
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_note->setEnabled(editable);
}

const Action* FollowUpPage::currentAction() const
{
    const QTreeWidgetItem* item = m_plan->currentItem();
    if (!item)
        return nullptr;
    const QUuid id = item->data(Description, idRole).toUuid();
    for (const Action& a : m_actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void FollowUpPage::refreshReview()
{
    // In place where the lists are the same: a tick in the team list pushes the edit that brings
    // us here, and its item must outlive the signal.
    m_loading = true;
    m_review = ProgressReview{};
    QList<Member> members;
    if (m_session) {
        RecordStore& records = m_session->file().records();
        m_review = FollowUpRepository(records).progressReview().value_or(ProgressReview{});
        members = TeamRepository(records).members();
    }
    bool sameTeam = m_reviewTeam->count() == members.size();
    for (int i = 0; sameTeam && i < members.size(); ++i)
        sameTeam = m_reviewTeam->item(i)->data(idRole).toUuid() == members.at(i).id;
    if (!sameTeam) {
        m_reviewTeam->clear();
        for (const Member& m : members) {
            auto* item =
                new QListWidgetItem(QStringLiteral("%1 – %2").arg(m.name, roleLabel(m.role)), m_reviewTeam);
            item->setData(idRole, m.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < m_reviewTeam->count(); ++i) {
        QListWidgetItem* item = m_reviewTeam->item(i);
        item->setCheckState(m_review.members.contains(item->data(idRole).toUuid()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }

    bool sameRecommendations = m_assessed->count() == m_recommendations.size();
    for (int i = 0; sameRecommendations && i < m_recommendations.size(); ++i)
        sameRecommendations =
            m_assessed->item(i)->data(idRole).toUuid() == m_recommendations.at(i).id
            && m_assessed->item(i)->text().endsWith(m_recommendations.at(i).text.simplified());
    if (!sameRecommendations) {
        const int row = m_assessed->currentRow();
        m_assessed->clear();
        for (int i = 0; i < m_recommendations.size(); ++i) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1. %2").arg(i + 1).arg(m_recommendations.at(i).text.simplified()),
                m_assessed);
            item->setData(idRole, m_recommendations.at(i).id);
        }
        m_assessed->setCurrentRow(row >= 0 && row < m_assessed->count() ? row
                                                                        : (m_assessed->count() > 0 ? 0 : -1));
    }
    m_reviewDate->setDate(m_review.date);
    m_reviewDays->setValue(m_review.onsiteDays);
    m_statement->setCommittedMarkdown(m_review.positionStatement);
    m_narrative->setCommittedMarkdown(m_review.narrative);
    m_loading = false;
    showAssessment();
}

void FollowUpPage::showAssessment()
{
    const QListWidgetItem* item = m_assessed->currentItem();
    RecommendationAssessment a;
    if (m_session && item)
        a = FollowUpRepository(m_session->file().records()).assessments().value(item->data(idRole).toUuid());
    const bool wasLoading = m_loading;
    m_loading = true;
    m_progress->setPlainText(a.progress);
    m_focus->setPlainText(a.focus);
    m_loading = wasLoading;
    m_progress->setEnabled(item != nullptr);
    m_focus->setEnabled(item != nullptr);
}

void FollowUpPage::commitReview()
{
    if (m_loading || !isEditable())
        return;
    ProgressReview after = m_review;
    after.date = m_reviewDate->date();
    after.onsiteDays = m_reviewDays->value();
    after.positionStatement =
        m_statement->markdown().trimmed().isEmpty() ? QString() : m_statement->markdown();
    after.narrative = m_narrative->markdown().trimmed().isEmpty() ? QString() : m_narrative->markdown();
    after.members.clear();
    for (int i = 0; i < m_reviewTeam->count(); ++i) {
        if (m_reviewTeam->item(i)->checkState() == Qt::Checked)
            after.members.append(m_reviewTeam->item(i)->data(idRole).toUuid());
    }
    if (after == m_review)
        return;
    m_session->push(std::make_unique<SetProgressReview>(*m_session, m_review, after));
}

void FollowUpPage::commitAssessment()
{
    const QListWidgetItem* item = m_assessed->currentItem();
    if (m_loading || !isEditable() || !item)
        return;
    const QUuid recommendation = item->data(idRole).toUuid();
    const RecommendationAssessment before = FollowUpRepository(m_session->file().records())
                                                .assessments()
                                                .value(recommendation, {recommendation, {}, {}});
    const RecommendationAssessment after{recommendation, m_progress->toPlainText().trimmed(),
                                         m_focus->toPlainText().trimmed()};
    if (after.progress == before.progress && after.focus == before.focus)
        return;
    m_session->push(std::make_unique<SetAssessment>(*m_session, before, after));
}

void FollowUpPage::addAction()
{
    if (!isEditable())
        return;
    if (m_recommendations.isEmpty()) {
        m_prompter.showError(
            this, tr("Add Action"),
            tr("The report has no recommendations yet: write them on the Findings page first."));
        return;
    }
    Action fresh;
    fresh.recommendation =
        currentAction() ? currentAction()->recommendation : m_recommendations.constFirst().id;
    if (QTreeWidgetItem* item = m_plan->currentItem(); item && !item->parent())
        fresh.recommendation = m_recommendations.value(m_plan->indexOfTopLevelItem(item)).id;
    ActionDialog dialog(m_recommendations, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->push(
        std::make_unique<AddActions>(*m_session, QList<Action>{dialog.action()}, tr("Add Action")));
}

void FollowUpPage::editCurrent()
{
    const Action* current = currentAction();
    if (!isEditable() || !current)
        return;
    const Action before = *current;
    ActionDialog dialog(m_recommendations, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Action after = dialog.action();
    if (after == before)
        return;
    m_session->push(std::make_unique<EditActions>(*m_session, QList<Action>{before}, QList<Action>{after},
                                                  tr("Edit Action")));
}

void FollowUpPage::removeCurrent()
{
    const Action* current = currentAction();
    if (!isEditable() || !current)
        return;
    m_session->push(
        std::make_unique<RemoveActions>(*m_session, QList<QUuid>{current->id}, tr("Remove Action")));
}

void FollowUpPage::addProgressNote()
{
    const Action* current = currentAction();
    if (!isEditable() || !current)
        return;
    const QUuid action = current->id;
    ProgressNoteDialog dialog(m_session->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ActionUpdate update{{}, action, dialog.date->date(), dialog.text->toPlainText().trimmed()};
    m_session->push(
        std::make_unique<AddActionUpdates>(*m_session, QList<ActionUpdate>{update}, tr("Add Progress Note")));
}

void FollowUpPage::importPlan()
{
    if (!isEditable())
        return;
    const QString title = tr("Import Action Plan");
    const QString path = m_prompter.fileToOpen(this, title, QString(), tr("CSV (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    csv::CsvTable table;
    try {
        table = csv::readFile(path, tr("an action plan"));
    } catch (const Error& error) {
        m_prompter.showError(this, title, error.message());
        return;
    }
    const QList<Recommendation> recommendations = m_recommendations;
    CsvImportDialog dialog(
        title, table, exchange::actionColumns(),
        [&](const csv::ColumnMapping& mapping) {
            return exchange::importActions(table, mapping, recommendations).problems;
        },
        this);
    if (dialog.exec() != QDialog::Accepted || !isEditable())
        return;
    const csv::ImportResult<Action> result =
        exchange::importActions(table, dialog.mapping(), recommendations);
    if (!result.ok() || result.records.isEmpty())
        return;
    if (m_session->push(std::make_unique<AddActions>(*m_session, result.records, tr("Import Action Plan"))))
        emit statusMessage(tr("Imported %1 actions. Undo takes them out again.").arg(result.records.size()));
}

void FollowUpPage::exportProduct(report::Product product, report::Format format)
{
    if (!m_session)
        return;
    m_statement->commit();
    m_narrative->commit();
    commitAssessment();
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    const QString host = engagement.host.name.isEmpty() ? engagement.title : engagement.host.name;
    QString name =
        QStringLiteral("%1 %2.%3")
            .arg(host, product == report::Product::ActionPlan ? tr("action plan") : tr("progress review"),
                 report::formatKey(format));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString folder = QFileInfo(m_session->file().path()).absolutePath();
    const QString path =
        m_prompter.fileToSave(this, tr("Export"), QDir(folder).filePath(name),
                              tr("%1 (*.%2)").arg(report::formatLabel(format), report::formatKey(format)));
    if (path.isEmpty())
        return;
    (void)report::reportFontFamily();
    const Clock& clock = m_session->file().installation().clock();
    const QDateTime now = clock.now();
    const QString source = m_session->file().path();
    if (runExport(this, m_prompter, tr("Export"),
                  [&clock, source, product, format, path, now](const report::Progress& p) {
                      report::exportFromFile(source, clock, product, format, path, now, p);
                  }))
        emit statusMessage(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace pc::ui
