// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuppage.h"

#include "progressreviewpanel.h"

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
#include "widgets/optionaldateedit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
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
    , m_review(new ProgressReviewPanel(prompter, this))
{
    m_tabs->setObjectName(QStringLiteral("followUpTabs"));
    m_tabs->addTab(buildPlanTab(), tr("&Action plan"));
    m_tabs->addTab(m_review, tr("&Progress review"));
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

void FollowUpPage::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_review->setSession(session);
    m_session = session;
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (table == QLatin1String("plan_action") || table == QLatin1String("action_update")
                || table == QLatin1String("recommendation"))
                refreshPlan();
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
    m_export->setEnabled(m_session != nullptr);
    m_import->setEnabled(isEditable());
    m_add->setEnabled(isEditable());
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
        top->setToolTip(Description, r.text.simplified());
        // The recommendation's own figures first, then its full text across the row.
        QStringList figures{p.actions == 1 ? tr("1 action") : tr("%1 actions").arg(p.actions)};
        for (const Rag rag : {Rag::Green, Rag::Amber, Rag::Red}) {
            if (p.rag[std::size_t(rag)] > 0)
                figures.append(
                    QStringLiteral("%1 %2").arg(p.rag[std::size_t(rag)]).arg(ragLabel(rag).toLower()));
        }
        if (p.overdue > 0)
            figures.append(tr("%1 overdue").arg(p.overdue));
        top->setText(Description, QStringLiteral("%1. [%2] %3")
                                      .arg(p.number)
                                      .arg(figures.join(QStringLiteral(", ")), r.text.simplified()));
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
    m_review->commitPending();
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
