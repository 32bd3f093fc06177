// SPDX-License-Identifier: GPL-3.0-or-later
#include "recommendationeditor.h"

#include "findingedits.h"
#include "models/findingsdata.h"
#include "widgets/committextedit.h"
#include "widgets/sectiontitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

RecommendationEditor::RecommendationEditor(FindingsData& data, FindingEdits& edits, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_edits(edits)
{
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("recommendationEditorEmpty"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildForm(), 1);
    layout->addWidget(m_placeholder, 1);
    connect(&data, &FindingsData::reloaded, this, &RecommendationEditor::refresh);
    refresh();
}

QWidget* RecommendationEditor::buildForm()
{
    m_form = new QWidget(this);
    m_heading = sectionTitle(QString(), m_form);
    m_heading->setObjectName(QStringLiteral("recommendationHeading"));
    m_text = new CommitTextEdit(m_form);
    m_text->setObjectName(QStringLiteral("recommendationTextEdit"));
    m_text->setAccessibleName(tr("Text of the recommendation"));
    m_text->setPlaceholderText(tr("What the council should do, as the report will say it"));
    connect(m_text, &CommitTextEdit::committed, this, [this](const QString& text) {
        const Recommendation* before = m_data.recommendation(m_id);
        if (!before || text.trimmed().isEmpty()) {
            refresh(); // a recommendation keeps its words: show the stored ones again
            return;
        }
        {
            Recommendation after = *before;
            after.text = text.trimmed();
            commit(after, tr("Edit the text of recommendation %1").arg(m_data.numberOf(m_id)));
        }
    });
    m_theme = new QComboBox(m_form);
    m_theme->setObjectName(QStringLiteral("recommendationThemeCombo"));
    m_theme->setAccessibleName(tr("Theme of the recommendation"));
    connect(m_theme, &QComboBox::activated, this, [this] {
        if (const Recommendation* before = m_data.recommendation(m_id)) {
            Recommendation after = *before;
            after.theme = m_theme->currentData().toUuid();
            commit(after, tr("Change the theme of recommendation %1").arg(m_data.numberOf(m_id)));
        }
    });
    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("recommendationStatusCombo"));
    m_status->setAccessibleName(tr("Team agreement"));
    for (const AgreementStatus status : {AgreementStatus::Draft, AgreementStatus::Agreed})
        m_status->addItem(agreementStatusLabel(status), int(status));
    connect(m_status, &QComboBox::activated, this, [this] {
        if (const Recommendation* before = m_data.recommendation(m_id)) {
            Recommendation after = *before;
            after.status = AgreementStatus(m_status->currentData().toInt());
            commit(after, tr("Change the status of recommendation %1").arg(m_data.numberOf(m_id)));
        }
    });
    m_key = new QCheckBox(tr("&Key recommendation, in the executive summary"), m_form);
    m_key->setObjectName(QStringLiteral("recommendationKeyCheck"));
    connect(m_key, &QCheckBox::clicked, this, [this](bool key) {
        if (!m_edits.setKey(m_id, key))
            refresh();
    });
    m_findings = new QListWidget(m_form);
    m_findings->setObjectName(QStringLiteral("recommendationFindingsList"));
    m_findings->setAccessibleName(tr("Findings the recommendation answers"));
    m_findings->setUniformItemSizes(true);
    connect(m_findings, &QListWidget::itemChanged, this, &RecommendationEditor::findingToggled);
    m_answersNothing = new QLabel(m_form);
    m_answersNothing->setObjectName(QStringLiteral("recommendationAnswersNothing"));
    m_answersNothing->setWordWrap(true);
    m_answersNothing->setForegroundRole(QPalette::PlaceholderText);

    auto* choices = new QHBoxLayout;
    choices->addWidget(m_theme, 1);
    auto* statusLabel = new QLabel(tr("Stat&us:"), m_form);
    statusLabel->setBuddy(m_status);
    choices->addSpacing(12);
    choices->addWidget(statusLabel);
    choices->addWidget(m_status);
    auto* themeLabel = new QLabel(tr("The&me:"), m_form);
    themeLabel->setBuddy(m_theme);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(themeLabel, choices);
    form->addRow(QString(), m_key);
    auto* layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(form, 2);
    auto* answers = new QLabel(tr("&Answers these findings:"), m_form);
    answers->setBuddy(m_findings);
    layout->addWidget(answers);
    layout->addWidget(m_findings, 3);
    layout->addWidget(m_answersNothing);
    return m_form;
}

void RecommendationEditor::showRecommendation(const QUuid& id)
{
    m_id = id;
    refresh();
}

void RecommendationEditor::focusText()
{
    m_text->setFocus(Qt::OtherFocusReason);
    m_text->selectAll();
}

void RecommendationEditor::refresh()
{
    const Recommendation* recommendation = m_data.recommendation(m_id);
    m_form->setVisible(recommendation);
    m_placeholder->setVisible(!recommendation);
    m_placeholder->setText(m_data.recommendations().isEmpty()
                               ? tr("No recommendations yet. Add one: it is numbered across the whole "
                                    "report, and answers the findings you tick.")
                               : tr("Select a recommendation to edit it."));
    const Recommendation shown = recommendation ? *recommendation : Recommendation{};
    m_heading->setText(tr("Recommendation %1").arg(m_data.numberOf(m_id)));
    m_text->setCommittedText(shown.text);
    m_theme->clear();
    m_theme->addItem(tr("Cross-cutting (no one theme)"), QUuid());
    for (const Theme& theme : m_data.themes())
        m_theme->addItem(theme.title, theme.id);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(shown.theme)));
    m_status->setCurrentIndex(m_status->findData(int(shown.status)));
    m_key->setChecked(shown.isKey());
    fillFindings(shown);
    m_answersNothing->setVisible(recommendation && shown.findings.isEmpty());
    m_answersNothing->setText(m_data.findings().isEmpty()
                                  ? tr("No findings yet: write them in the Findings view, then tick here the "
                                       "ones this recommendation answers.")
                                  : tr("Tick the findings this recommendation answers: every recommendation "
                                       "should respond to at least one."));
    const bool editable = m_data.isEditable();
    m_text->setReadOnly(!editable);
    m_theme->setEnabled(editable);
    m_status->setEnabled(editable);
    m_key->setEnabled(editable);
}

void RecommendationEditor::fillFindings(const Recommendation& shown)
{
    // Every finding by theme, the areas for consideration first: they are what recommendations answer.
    QList<std::pair<QUuid, QString>> rows; // a null id is a theme's heading
    for (const Theme& theme : m_data.themes()) {
        QList<Finding> findings = m_data.findingsOf(theme.id, FindingKind::Consideration);
        findings += m_data.findingsOf(theme.id, FindingKind::Strength);
        if (!findings.isEmpty())
            rows.append({QUuid(), theme.title});
        for (const Finding& f : std::as_const(findings))
            rows.append({f.id, f.title});
    }
    m_filling = true;
    // Ticking a finding comes back here from the item's own signal: the items must outlive it,
    // so when the findings are the same only the ticks change.
    bool same = rows.size() == m_findings->count();
    for (int i = 0; same && i < rows.size(); ++i)
        same = m_findings->item(i)->data(idRole).toUuid() == rows[i].first
               && m_findings->item(i)->text() == rows[i].second;
    if (!same) {
        m_findings->clear();
        for (const auto& [id, text] : std::as_const(rows)) {
            auto* item = new QListWidgetItem(text, m_findings);
            item->setData(idRole, id);
            if (id.isNull()) {
                QFont font = item->font();
                font.setWeight(QFont::DemiBold);
                item->setFont(font);
            }
        }
    }
    const Qt::ItemFlags tickable = m_data.isEditable()
                                       ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                       : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    for (int i = 0; i < m_findings->count(); ++i) {
        QListWidgetItem* item = m_findings->item(i);
        const QUuid id = item->data(idRole).toUuid();
        if (id.isNull()) {
            item->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        item->setFlags(tickable);
        item->setCheckState(shown.findings.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void RecommendationEditor::findingToggled(QListWidgetItem* item)
{
    const Recommendation* before = m_data.recommendation(m_id);
    const QUuid finding = item->data(idRole).toUuid();
    if (m_filling || !before || finding.isNull())
        return;
    Recommendation after = *before;
    const bool ticked = item->checkState() == Qt::Checked;
    after.findings.removeAll(finding);
    if (ticked)
        after.findings.append(finding);
    const QString title = item->text();
    const int number = m_data.numberOf(m_id);
    commit(after, ticked ? tr("Recommendation %1 answers \u201c%2\u201d").arg(number).arg(title)
                         : tr("Recommendation %1 no longer answers \u201c%2\u201d").arg(number).arg(title));
}

void RecommendationEditor::commit(const Recommendation& after, const QString& what)
{
    if (!m_edits.editRecommendation(after, what))
        refresh();
}

} // namespace pc::ui
