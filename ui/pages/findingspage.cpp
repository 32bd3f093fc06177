// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspage.h"

#include "findingsview.h"
#include "huddleview.h"
#include "models/evidencenotemodel.h"
#include "models/findingsdata.h"
#include "recommendationsview.h"
#include "widgets/viewbuttons.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pc::ui {

FindingsPage::FindingsPage(Prompter&, QWidget* parent)
    : Page(parent)
    , m_data(new FindingsData(this))
    , m_edits(*m_data)
    , m_notes(new EvidenceNoteModel(*m_data, this))
{
    m_findings = new FindingsView(*m_data, *m_notes, m_edits, this);
    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_recommendations = new RecommendationsView(*m_data, m_edits, this);
    m_recommendations->setObjectName(QStringLiteral("recommendationsView"));
    m_huddle = new HuddleView(*m_data, *m_notes, m_edits, this);
    m_huddle->setObjectName(QStringLiteral("huddleView"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_findings);
    m_stack->addWidget(m_recommendations);
    m_stack->addWidget(m_huddle);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("findingsPageEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_content = new QStackedWidget(this);
    m_content->addWidget(m_stack);
    m_content->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_content, 1);
    // After the models and panels, which redraw first.
    connect(m_data, &FindingsData::reloaded, this, &FindingsPage::refresh);
    setSession(nullptr);
}

QWidget* FindingsPage::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_themesLabel = new QLabel(tr("The&me:"), bar);
    m_themes = new QComboBox(bar);
    m_themes->setObjectName(QStringLiteral("findingsThemeCombo"));
    m_themes->setAccessibleName(tr("Theme"));
    m_themes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_themesLabel->setBuddy(m_themes);
    connect(m_themes, &QComboBox::activated, this, [this] { setTheme(m_themes->currentData().toUuid()); });
    layout->addWidget(m_themesLabel);
    layout->addWidget(m_themes);
    layout->addSpacing(16);

    m_views = new QButtonGroup(this);
    m_views->setExclusive(true);
    const auto addView = [&](View view, const QString& text, const char* name, const QString& tip) {
        addViewButton(*m_views, *layout, int(view), text, name, tip);
    };
    addView(View::Findings, tr("F&indings"), "findingsViewButton",
            tr("The theme's strengths and areas for consideration, with their evidence (Alt+I)"));
    addView(View::Recommendations, tr("&Recommendations"), "recommendationsViewButton",
            tr("The recommendations of the whole report, and the key ones (Alt+R)"));
    addView(View::Huddle, tr("Hu&ddle"), "huddleViewButton",
            tr("The evening huddle: the day's notes not yet linked, beside the theme's findings (Alt+D)"));
    m_views->button(int(View::Findings))->setChecked(true);
    connect(m_views, &QButtonGroup::idClicked, this, [this](int id) { showView(View(id)); });
    layout->addStretch(1);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);
    return bar;
}

void FindingsPage::setSession(EngagementSession* session)
{
    m_data->setSession(session);
    refresh();
}

void FindingsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_data->setActive(true);
}

void FindingsPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_data->setActive(false);
}

void FindingsPage::showView(View view)
{
    m_views->button(int(view))->setChecked(true);
    m_stack->setCurrentIndex(int(view));
    // Recommendations are numbered across the report: no one theme applies to the list.
    m_themes->setVisible(view != View::Recommendations);
    m_themesLabel->setVisible(view != View::Recommendations);
}

FindingsPage::View FindingsPage::view() const
{
    return View(m_stack->currentIndex());
}

void FindingsPage::setTheme(const QUuid& theme)
{
    m_theme = theme;
    const int index = m_themes->findData(theme);
    if (index >= 0)
        m_themes->setCurrentIndex(index);
    m_findings->setTheme(theme);
    m_huddle->setTheme(theme);
    m_recommendations->setTheme(theme);
}

void FindingsPage::refresh()
{
    fillThemes();
    const bool ready = m_data->session() && !m_data->themes().isEmpty();
    m_content->setCurrentIndex(ready ? 0 : 1);
    m_empty->setText(
        m_data->session()
            ? tr("No themes yet. Findings are written theme by theme: add the themes of the peer "
                 "challenge on the Scope page first.")
            : tr("Open or create an engagement to write its findings and recommendations."));
    for (QAbstractButton* button : m_views->buttons())
        button->setEnabled(ready);
    m_themes->setEnabled(ready);
    refreshSummary();
}

void FindingsPage::fillThemes()
{
    QList<QUuid> ids;
    for (const Theme& theme : m_data->themes())
        ids.append(theme.id);
    QList<QUuid> shown;
    for (int i = 0; i < m_themes->count(); ++i)
        shown.append(m_themes->itemData(i).toUuid());
    if (ids != shown || m_themes->count() != m_data->themes().size()) {
        m_themes->clear();
        for (const Theme& theme : m_data->themes())
            m_themes->addItem(theme.title, theme.id);
    } else {
        for (int i = 0; i < m_themes->count(); ++i)
            m_themes->setItemText(i, m_data->themes().at(i).title);
    }
    // Stay on the theme while it exists; otherwise the first, in scope order.
    const QUuid theme = ids.contains(m_theme) ? m_theme : ids.value(0);
    if (theme != m_theme || m_themes->currentData().toUuid() != theme)
        setTheme(theme);
}

void FindingsPage::refreshSummary()
{
    const QList<Finding>& findings = m_data->findings();
    if (!m_data->session() || m_data->themes().isEmpty()) {
        m_summary->clear();
        return;
    }
    qsizetype thin = 0;
    for (const Finding& f : findings)
        thin += m_data->triangulation(f.id).isThin() ? 1 : 0;
    const qsizetype recommendations = m_data->recommendations().size();
    QStringList parts{findings.size() == 1 ? tr("1 finding") : tr("%1 findings").arg(findings.size())};
    if (thin > 0)
        parts.append(tr("%1 with thin evidence").arg(thin));
    parts.append(recommendations == 1 ? tr("1 recommendation")
                                      : tr("%1 recommendations").arg(recommendations));
    const qsizetype key = m_data->keyRecommendations().size();
    if (key > 0)
        parts.last() += tr(" (%1 key)").arg(key);
    m_summary->setText(parts.join(QStringLiteral("  \u00b7  ")));
}

} // namespace pc::ui
