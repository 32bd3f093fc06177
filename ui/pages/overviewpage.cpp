// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "commands/setfield.h"
#include "model/registry.h"
#include "prompter.h"
#include "rules/deadlines.h"
#include "rules/milestonerules.h"
#include "rules/phase.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "templates/programmetemplate.h"
#include "widgets/commitlineedit.h"
#include "widgets/optionaldateedit.h"
#include "widgets/problemlist.h"
#include "widgets/sectiontitle.h"
#include "widgets/timelinewidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

const QString engagementTable = QStringLiteral("engagement");

struct HostType
{
    const char* key;
    const char* label;
};

// The registry's host_type choices with the words a council uses for itself.
constexpr HostType hostTypes[] = {
    {"", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "Not set")},
    {"county", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "County council")},
    {"district", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "District council")},
    {"unitary", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "Unitary authority")},
    {"metropolitan", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "Metropolitan borough")},
    {"london-borough", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "London borough")},
    {"combined-authority", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "Combined authority")},
    {"fire-and-rescue", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "Fire and rescue authority")},
    {"national-park", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "National park authority")},
    {"welsh-principal", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "Welsh principal council")},
    {"other", QT_TRANSLATE_NOOP("pc::ui::OverviewPage", "Other")},
};

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

OverviewPage::OverviewPage(Prompter& prompter, QWidget* parent)
    : Page(parent)
    , m_prompter(prompter)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(16);

    layout->addWidget(sectionTitle(tr("Timeline"), content));
    m_timeline = new TimelineWidget(content);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    layout->addWidget(m_timeline);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addWidget(buildFacts(), 1);
    columns->addWidget(buildDates(), 1);
    layout->addLayout(columns);
    layout->addWidget(buildReadiness());
    layout->addStretch(1);
    scroll->setWidget(content);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setSession(nullptr);
}

QWidget* OverviewPage::buildFacts()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Engagement"), box));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto lineEdit = [this, box](const char* name, const QString& accessible, const QString& field) {
        auto* edit = new CommitLineEdit(box);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        connect(edit, &CommitLineEdit::committed, this,
                [this, field, accessible](const QString& text) { commitText(field, text, accessible); });
        return edit;
    };
    m_title = lineEdit("titleEdit", tr("Title"), QStringLiteral("title"));
    m_hostName = lineEdit("hostNameEdit", tr("Host organisation"), QStringLiteral("host_name"));
    m_politicalControl =
        lineEdit("politicalControlEdit", tr("Political control"), QStringLiteral("political_control"));
    m_politicalControl->setPlaceholderText(tr("e.g. No overall control"));
    m_region = lineEdit("regionEdit", tr("Region"), QStringLiteral("host_region"));
    m_hostType = new QComboBox(box);
    m_hostType->setObjectName(QStringLiteral("hostTypeCombo"));
    m_hostType->setAccessibleName(tr("Type of council"));
    for (const HostType& type : hostTypes)
        m_hostType->addItem(tr(type.label), QString::fromLatin1(type.key));
    connect(m_hostType, &QComboBox::activated, this, [this] {
        commitText(QStringLiteral("host_type"), m_hostType->currentData().toString(), tr("Type of council"));
    });
    m_programme = new QLabel(box);
    m_programme->setObjectName(QStringLiteral("programmeLabel"));
    m_programme->setWordWrap(true);
    m_phase = new QLabel(box);
    m_phase->setObjectName(QStringLiteral("phaseLabel"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Host organisation:"), m_hostName);
    form->addRow(tr("T&ype:"), m_hostType);
    form->addRow(tr("&Political control:"), m_politicalControl);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("Programme:"), m_programme);
    form->addRow(tr("Phase:"), m_phase);
    layout->addLayout(form);
    layout->addStretch(1);
    return box;
}

QWidget* OverviewPage::buildDates()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Key dates"), box));
    auto* form = new QFormLayout;
    for (Milestone milestone : allMilestones) {
        auto* row = new QWidget(box);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* edit = new OptionalDateEdit(row);
        edit->setObjectName(milestoneField(milestone) + QStringLiteral("Date"));
        edit->setAccessibleName(milestoneLabel(milestone));
        edit->editor()->setAccessibleName(milestoneLabel(milestone));
        auto* hint = new QLabel(row);
        hint->setObjectName(milestoneField(milestone) + QStringLiteral("Hint"));
        hint->setForegroundRole(QPalette::PlaceholderText);
        rowLayout->addWidget(edit);
        rowLayout->addWidget(hint, 1);
        connect(edit, &OptionalDateEdit::committed, this,
                [this, milestone](const QDate& date) { commitDate(milestone, date); });
        form->addRow(milestoneLabel(milestone) + QLatin1Char(':'), row);
        m_dates.insert(milestone, edit);
        m_hints.insert(milestone, hint);
    }
    layout->addLayout(form);
    return box;
}

QWidget* OverviewPage::buildReadiness()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Readiness"), box));
    m_readiness = new ProblemList(box);
    m_readiness->setObjectName(QStringLiteral("readinessList"));
    m_readiness->setAccessibleName(tr("Readiness checklist"));
    m_readiness->setToolTip(tr("Double-click an item, or press Enter, to go to the page that fixes it."));
    m_readiness->setMinimumHeight(120);
    connect(m_readiness, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit stageRequested(item->data(ProblemList::stageRole).toInt());
    });
    m_readinessEmpty = new QLabel(tr("Nothing is missing at this stage."), box);
    m_readinessEmpty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_readiness);
    layout->addWidget(m_readinessEmpty);
    return box;
}

void OverviewPage::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    const bool editable = session && !session->isReadOnly();
    for (CommitLineEdit* edit : {m_title, m_hostName, m_politicalControl, m_region})
        edit->setReadOnly(!editable);
    m_hostType->setEnabled(editable);
    for (OptionalDateEdit* edit : std::as_const(m_dates))
        edit->setReadOnly(!editable);
    setEnabled(session != nullptr);
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString&) { refresh(); });
    refresh();
}

void OverviewPage::refresh()
{
    if (!m_session) {
        m_timeline->setTimeline({}, QDate());
        m_readiness->clear();
        return;
    }
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    const QDate now = m_session->today();
    m_title->setCommittedText(engagement.title);
    m_hostName->setCommittedText(engagement.host.name);
    m_politicalControl->setCommittedText(engagement.host.politicalControl);
    m_region->setCommittedText(engagement.host.region);
    m_hostType->setCurrentIndex(std::max(0, m_hostType->findData(engagement.host.type)));
    const auto programme = TemplateLibrary::builtIn().find(engagement.programme);
    m_programme->setText(programme ? programme->name : engagement.programme);
    m_phase->setText(currentPhase(engagement, now).label());
    for (Milestone milestone : allMilestones) {
        m_dates[milestone]->setDate(engagement.date(milestone));
        const auto window = dueWindow(milestone, engagement);
        QString hint;
        if (window && window->earliest.isValid() && window->latest.isValid()
            && window->earliest != window->latest)
            hint = tr("%1 to %2").arg(shortDate(window->earliest), shortDate(window->latest));
        else if (window && window->latest.isValid())
            hint = tr("by %1").arg(shortDate(window->latest));
        m_hints[milestone]->setText(hint);
    }
    m_timeline->setTimeline(buildTimeline(engagement, now), now);

    const QList<Problem>& problems = m_session->problems();
    m_readiness->setProblems(problems, true);
    m_readiness->setVisible(!problems.isEmpty());
    m_readinessEmpty->setVisible(problems.isEmpty());
}

void OverviewPage::commitText(const QString& field, const QString& text, const QString& label)
{
    if (!m_session)
        return;
    const QUuid id = m_session->file().engagementId();
    if (!m_session->push(std::make_unique<SetField>(*m_session, engagementTable, id, field, text.trimmed(),
                                                    tr("Change %1").arg(label.toLower()))))
        refresh(); // show the stored value again
}

void OverviewPage::commitDate(Milestone milestone, const QDate& date)
{
    if (!m_session)
        return;
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    if (const auto refusal = refuseMilestoneDate(engagement, milestone, date)) {
        m_prompter.showError(this, tr("Date not changed"), *refusal);
        m_dates[milestone]->setDate(engagement.date(milestone));
        return;
    }
    const QString text = date.isValid() ? tr("Change %1 date").arg(milestoneLabel(milestone).toLower())
                                        : tr("Clear %1 date").arg(milestoneLabel(milestone).toLower());
    if (!m_session->push(std::make_unique<SetField>(
            *m_session, engagementTable, m_session->file().engagementId(), milestoneField(milestone),
            date.isValid() ? QVariant(date) : QVariant(), text)))
        refresh();
}

} // namespace pc::ui
