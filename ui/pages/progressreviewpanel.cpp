// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressreviewpanel.h"

#include "commands/followupcommands.h"
#include "commands/reportcommands.h"
#include "reportversions.h"
#include "session/engagementsession.h"
#include "spelling/spellchecker.h"
#include "storage/engagementfile.h"
#include "storage/findingrepository.h"
#include "storage/followuprepository.h"
#include "storage/reportrepository.h"
#include "storage/teamrepository.h"
#include "widgets/markdownedit.h"
#include "widgets/optionaldateedit.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

ProgressReviewPanel::ProgressReviewPanel(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_state(new QLabel(this))
    , m_sendDraft(new QPushButton(tr("Send &Draft…"), this))
    , m_sendFinal(new QPushButton(tr("Send &Final…"), this))
{
    QWidget* tab = this;
    m_state->setObjectName(QStringLiteral("reviewReportState"));
    m_sendDraft->setObjectName(QStringLiteral("sendReviewDraftButton"));
    m_sendFinal->setObjectName(QStringLiteral("sendReviewFinalButton"));
    m_sendDraft->setToolTip(tr("Record that the progress review report's draft goes to the council"));
    m_sendFinal->setToolTip(tr("Record that the final progress review report goes to the council"));
    for (const bool final : {false, true})
        connect(final ? m_sendFinal : m_sendDraft, &QPushButton::clicked, this, [this, final] {
            if (m_session)
                sendReportVersion(this, *m_session, m_prompter, ReportKind::ProgressReview, final);
        });
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

    connect(m_reviewDate, &OptionalDateEdit::committed, this, &ProgressReviewPanel::commitReview);
    connect(m_reviewDays, &QSpinBox::editingFinished, this, &ProgressReviewPanel::commitReview);
    connect(m_reviewTeam, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitReview();
    });
    connect(m_statement, &MarkdownEdit::committed, this, &ProgressReviewPanel::commitReview);
    connect(m_narrative, &MarkdownEdit::committed, this, &ProgressReviewPanel::commitReview);
    connect(m_assessed, &QListWidget::currentRowChanged, this, &ProgressReviewPanel::showAssessment);
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
    // The report's own words: the two texts of the review, and the introduction and next steps
    // of its report (empty: the standard words).
    auto* texts = new QTabWidget(left);
    texts->setObjectName(QStringLiteral("reviewTexts"));
    texts->addTab(m_statement, tr("Council's position statement"));
    texts->addTab(m_narrative, tr("Team's overall view"));
    for (const auto& [key, title] : {std::pair{QStringLiteral("introduction"), tr("Report introduction")},
                                     std::pair{QStringLiteral("next-steps"), tr("Report next steps")}}) {
        auto* edit = new MarkdownEdit(texts);
        edit->setObjectName(QStringLiteral("reviewSection_") + key);
        edit->setPlaceholderText(tr("Leave empty for the standard words of the progress review report."));
        edit->setSpellChecker(&SpellChecker::britishEnglish());
        connect(edit, &MarkdownEdit::committed, this, [this, key](const QString& markdown) {
            if (!isEditable())
                return;
            const QString text = markdown.trimmed().isEmpty() ? QString() : markdown;
            if (text
                != ReportRepository(m_session->file().records()).section(ReportKind::ProgressReview, key))
                m_session->push(
                    std::make_unique<SetReportSection>(*m_session, ReportKind::ProgressReview, key, text));
        });
        m_sections.insert(key, edit);
        texts->addTab(edit, title);
    }
    m_statement->setSpellChecker(&SpellChecker::britishEnglish());
    m_narrative->setSpellChecker(&SpellChecker::britishEnglish());
    leftLayout->addWidget(texts, 1);

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
    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_sendDraft);
    top->addWidget(m_sendFinal);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter);
    setSession(nullptr);
}

void ProgressReviewPanel::setSession(EngagementSession* session)
{
    if (m_session) {
        commitPending();
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (table == QLatin1String("progress_review") || table == QLatin1String("progress_review_member")
                || table == QLatin1String("recommendation_assessment") || table == QLatin1String("member")
                || table == QLatin1String("recommendation"))
                refreshReview();
            if (table == QLatin1String("report_version"))
                refreshState();
            if (table == QLatin1String("report_section"))
                refreshReview();
        });
    const bool editable = isEditable();
    m_statement->setEditable(editable);
    m_narrative->setEditable(editable);
    for (MarkdownEdit* edit : std::as_const(m_sections))
        edit->setEditable(editable);
    m_reviewDate->setReadOnly(!editable);
    m_reviewDays->setReadOnly(!editable);
    m_progress->setReadOnly(!editable);
    m_focus->setReadOnly(!editable);
    refreshReview();
    refreshState();
}

void ProgressReviewPanel::refreshState()
{
    if (!m_session) {
        m_state->clear();
        m_sendDraft->setEnabled(false);
        m_sendFinal->setEnabled(false);
        return;
    }
    m_state->setText(
        tr("Progress review report – %1").arg(reportStateLine(*m_session, ReportKind::ProgressReview)));
    const bool open =
        isEditable()
        && ReportRepository(m_session->file().records()).workingVersion(ReportKind::ProgressReview).state
               == ReportState::Draft;
    m_sendDraft->setEnabled(open);
    m_sendFinal->setEnabled(open);
}

bool ProgressReviewPanel::isEditable() const
{
    return m_session && !m_session->isReadOnly();
}

void ProgressReviewPanel::commitPending()
{
    m_statement->commit();
    m_narrative->commit();
    for (MarkdownEdit* edit : std::as_const(m_sections))
        edit->commit();
    commitAssessment();
}

void ProgressReviewPanel::refreshReview()
{
    // In place where the lists are the same: a tick in the team list pushes the edit that brings
    // us here, and its item must outlive the signal.
    m_loading = true;
    m_review = ProgressReview{};
    m_recommendations.clear();
    QList<Member> members;
    if (m_session) {
        RecordStore& records = m_session->file().records();
        m_review = FollowUpRepository(records).progressReview().value_or(ProgressReview{});
        members = TeamRepository(records).members();
        m_recommendations = inReportOrder(FindingRepository(records).recommendations());
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
    const QHash<QString, QString> sections =
        m_session ? ReportRepository(m_session->file().records()).sections(ReportKind::ProgressReview)
                  : QHash<QString, QString>{};
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        (*it)->setCommittedMarkdown(sections.value(it.key()));
    m_loading = false;
    showAssessment();
}

void ProgressReviewPanel::showAssessment()
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

void ProgressReviewPanel::commitReview()
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

void ProgressReviewPanel::commitAssessment()
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

} // namespace pc::ui
