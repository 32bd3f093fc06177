// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopepage.h"

#include "commands/setfield.h"
#include "commands/themecommands.h"
#include "contactssection.h"
#include "scopeagreementsection.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/scoperepository.h"
#include "widgets/commitlineedit.h"
#include "widgets/sectiontitle.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

const QString themeTable = QStringLiteral("theme");
const QString questionTable = QStringLiteral("key_question");

} // namespace

ScopePage::ScopePage(Prompter& prompter, QWidget* parent)
    : Page(parent)
    , m_prompter(prompter)
{
    auto* themes = new QWidget(this);
    themes->setObjectName(QStringLiteral("scopeThemesTab"));
    auto* themesLayout = new QHBoxLayout(themes);
    themesLayout->setContentsMargins(0, 12, 0, 0);
    themesLayout->setSpacing(24);
    themesLayout->addWidget(buildThemes(), 2);
    themesLayout->addWidget(buildDetails(), 3);
    m_agreement = new ScopeAgreementSection(this);
    m_agreement->setObjectName(QStringLiteral("scopeAgreementTab"));
    m_contacts = new ContactsSection(prompter, this);
    m_contacts->setObjectName(QStringLiteral("scopeContactsTab"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scopeTabs"));
    m_tabs->setAccessibleName(tr("Scope"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(themes, tr("Theme&s and questions"));
    m_tabs->addTab(m_agreement, tr("Scope a&greement"));
    m_tabs->addTab(m_contacts, tr("Counci&l contacts"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 20);
    layout->addWidget(m_tabs);
    setSession(nullptr);
}

QPushButton* ScopePage::button(const char* name, const QString& text, const QString& accessible,
                               QWidget* parent)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(QString::fromLatin1(name));
    result->setAccessibleName(accessible);
    return result;
}

QWidget* ScopePage::buildThemes()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Themes"), box));
    m_empty = new QLabel(tr("Add the themes of the scope: the programme's core elements come from its "
                            "template, and the council's own focus areas are added here."),
                         box);
    m_empty->setObjectName(QStringLiteral("scopeEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    m_themeList = new QListWidget(box);
    m_themeList->setObjectName(QStringLiteral("themeList"));
    m_themeList->setAccessibleName(tr("Themes"));
    connect(m_themeList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing)
            return;
        m_selectedTheme = row >= 0 && row < m_themes.size() ? m_themes.at(row).id : QUuid();
        m_selectedQuestion = QUuid();
        showTheme();
    });
    layout->addWidget(m_themeList, 1);

    auto* buttons = new QHBoxLayout;
    m_addTheme = button("addThemeButton", tr("&Add focus area"), tr("Add focus area"), box);
    m_removeTheme = button("removeThemeButton", tr("&Remove theme"), tr("Remove theme"), box);
    m_moveThemeUp = button("moveThemeUpButton", tr("Move &up"), tr("Move theme up"), box);
    m_moveThemeDown = button("moveThemeDownButton", tr("Move &down"), tr("Move theme down"), box);
    connect(m_addTheme, &QPushButton::clicked, this, &ScopePage::addFocusArea);
    connect(m_removeTheme, &QPushButton::clicked, this, &ScopePage::removeTheme);
    connect(m_moveThemeUp, &QPushButton::clicked, this, [this] { moveTheme(-1); });
    connect(m_moveThemeDown, &QPushButton::clicked, this, [this] { moveTheme(1); });
    for (QPushButton* b : {m_addTheme, m_removeTheme, m_moveThemeUp, m_moveThemeDown})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget* ScopePage::buildDetails()
{
    m_details = new QWidget(this);
    auto* layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Theme"), m_details));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = new QLabel(m_details);
    m_kind->setObjectName(QStringLiteral("themeKindLabel"));
    m_title = new CommitLineEdit(m_details);
    m_title->setObjectName(QStringLiteral("themeTitleEdit"));
    m_title->setAccessibleName(tr("Theme title"));
    connect(m_title, &CommitLineEdit::committed, this, &ScopePage::commitTitle);
    m_description = new QPlainTextEdit(m_details);
    m_description->setObjectName(QStringLiteral("themeDescriptionEdit"));
    m_description->setAccessibleName(tr("Theme description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);
    m_description->installEventFilter(this);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("D&escription:"), m_description);
    layout->addLayout(form);

    layout->addWidget(sectionTitle(tr("Key questions"), m_details));
    m_questionList = new QListWidget(m_details);
    m_questionList->setObjectName(QStringLiteral("questionList"));
    m_questionList->setAccessibleName(tr("Key questions"));
    m_questionList->setWordWrap(true);
    connect(m_questionList, &QListWidget::itemChanged, this, &ScopePage::commitQuestion);
    connect(m_questionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing)
            return;
        const Theme* theme = currentTheme();
        m_selectedQuestion =
            theme && row >= 0 && row < theme->questions.size() ? theme->questions.at(row).id : QUuid();
        updateActions();
    });
    layout->addWidget(m_questionList, 1);

    auto* buttons = new QHBoxLayout;
    m_addQuestion = button("addQuestionButton", tr("Add &question"), tr("Add key question"), m_details);
    m_removeQuestion =
        button("removeQuestionButton", tr("Remove q&uestion"), tr("Remove key question"), m_details);
    m_moveQuestionUp = button("moveQuestionUpButton", tr("Move u&p"), tr("Move key question up"), m_details);
    m_moveQuestionDown =
        button("moveQuestionDownButton", tr("Move d&own"), tr("Move key question down"), m_details);
    connect(m_addQuestion, &QPushButton::clicked, this, &ScopePage::addQuestion);
    connect(m_removeQuestion, &QPushButton::clicked, this, &ScopePage::removeQuestion);
    connect(m_moveQuestionUp, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_moveQuestionDown, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    for (QPushButton* b : {m_addQuestion, m_removeQuestion, m_moveQuestionUp, m_moveQuestionDown})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return m_details;
}

void ScopePage::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_selectedTheme = QUuid();
    m_selectedQuestion = QUuid();
    setEnabled(session != nullptr);
    m_agreement->setSession(session);
    m_contacts->setSession(session);
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString&) { refresh(); });
    refresh();
}

bool ScopePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return Page::eventFilter(watched, event);
}

void ScopePage::refresh()
{
    m_themes.clear();
    if (m_session)
        m_themes = ScopeRepository(m_session->file().records()).themes();
    // Core elements first, in the template's order, then the focus areas.
    std::stable_partition(m_themes.begin(), m_themes.end(),
                          [](const Theme& theme) { return theme.kind == ThemeKind::Core; });

    m_refreshing = true;
    m_themeList->clear();
    int selectedRow = -1;
    for (const Theme& theme : std::as_const(m_themes)) {
        const QString text = theme.kind == ThemeKind::Core ? tr("%1 (core element)").arg(theme.title)
                                                           : tr("%1 (focus area)").arg(theme.title);
        auto* item = new QListWidgetItem(text, m_themeList);
        item->setData(Qt::UserRole, theme.id);
        if (theme.id == m_selectedTheme)
            selectedRow = m_themeList->count() - 1;
    }
    if (selectedRow < 0 && !m_themes.isEmpty())
        selectedRow = 0;
    m_selectedTheme = selectedRow >= 0 ? m_themes.at(selectedRow).id : QUuid();
    m_themeList->setCurrentRow(selectedRow);
    m_refreshing = false;

    m_empty->setVisible(m_session && m_themes.isEmpty());
    m_themeList->setVisible(!m_themes.isEmpty());
    showTheme();
}

void ScopePage::showTheme()
{
    m_refreshing = true;
    const Theme* theme = currentTheme();
    m_details->setVisible(theme != nullptr);
    m_questionList->clear();
    int selectedRow = -1;
    if (theme) {
        m_kind->setText(theme->kind == ThemeKind::Core ? tr("Core element of the programme")
                                                       : tr("Focus area chosen by the council"));
        m_title->setCommittedText(theme->title);
        if (!m_description->hasFocus() || m_description->toPlainText() == theme->description)
            m_description->setPlainText(theme->description);
        const bool editable = m_session && !m_session->isReadOnly();
        for (const KeyQuestion& question : theme->questions) {
            auto* item = new QListWidgetItem(question.text, m_questionList);
            item->setData(Qt::UserRole, question.id);
            if (editable)
                item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (question.id == m_selectedQuestion)
                selectedRow = m_questionList->count() - 1;
        }
    }
    if (selectedRow < 0)
        m_selectedQuestion = QUuid();
    m_questionList->setCurrentRow(selectedRow);
    m_refreshing = false;
    updateActions();
}

void ScopePage::updateActions()
{
    const bool editable = m_session && !m_session->isReadOnly();
    const Theme* theme = currentTheme();
    const int row = m_themeList->currentRow();
    const auto sameKind = [this, theme](int other) {
        return theme && other >= 0 && other < m_themes.size() && m_themes.at(other).kind == theme->kind;
    };
    m_addTheme->setEnabled(editable);
    m_removeTheme->setEnabled(editable && theme && theme->kind == ThemeKind::Focus);
    m_removeTheme->setToolTip(theme && theme->kind == ThemeKind::Core
                                  ? tr("Core elements of the programme cannot be removed")
                                  : QString());
    m_moveThemeUp->setEnabled(editable && sameKind(row - 1));
    m_moveThemeDown->setEnabled(editable && sameKind(row + 1));

    m_title->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    const int question = currentQuestionRow();
    const int questions = theme ? int(theme->questions.size()) : 0;
    m_addQuestion->setEnabled(editable && theme);
    m_removeQuestion->setEnabled(editable && question >= 0);
    m_moveQuestionUp->setEnabled(editable && question > 0);
    m_moveQuestionDown->setEnabled(editable && question >= 0 && question + 1 < questions);
}

const Theme* ScopePage::currentTheme() const
{
    for (const Theme& theme : m_themes)
        if (theme.id == m_selectedTheme)
            return &theme;
    return nullptr;
}

int ScopePage::currentQuestionRow() const
{
    const Theme* theme = currentTheme();
    if (!theme || m_selectedQuestion.isNull())
        return -1;
    for (qsizetype i = 0; i < theme->questions.size(); ++i)
        if (theme->questions.at(i).id == m_selectedQuestion)
            return int(i);
    return -1;
}

bool ScopePage::push(std::unique_ptr<Command> command)
{
    return m_session && !m_session->isReadOnly() && m_session->push(std::move(command));
}

void ScopePage::addFocusArea()
{
    if (!m_session)
        return;
    Theme theme;
    theme.kind = ThemeKind::Focus;
    theme.title = tr("New focus area");
    auto command = std::make_unique<AddTheme>(*m_session, theme);
    const QUuid id = command->themeId();
    const QUuid previous = m_selectedTheme;
    m_selectedTheme = id;
    if (!push(std::move(command))) {
        m_selectedTheme = previous;
        return;
    }
    m_title->setFocus();
    m_title->selectAll();
}

void ScopePage::removeTheme()
{
    const Theme* theme = currentTheme();
    if (!m_session || !theme || theme->kind == ThemeKind::Core)
        return;
    push(std::make_unique<RemoveTheme>(*m_session, theme->id));
}

void ScopePage::moveTheme(int step)
{
    const Theme* theme = currentTheme();
    const int other = m_themeList->currentRow() + step;
    if (!m_session || !theme || other < 0 || other >= m_themes.size()
        || m_themes.at(other).kind != theme->kind)
        return;
    push(std::make_unique<MoveTheme>(*m_session, theme->id, m_themes.at(other).id));
}

void ScopePage::addQuestion()
{
    const Theme* theme = currentTheme();
    if (!m_session || !theme)
        return;
    auto command = std::make_unique<AddQuestion>(*m_session, theme->id, tr("New key question"));
    const QUuid id = command->questionId();
    const QUuid previous = m_selectedQuestion;
    m_selectedQuestion = id;
    if (!push(std::move(command))) {
        m_selectedQuestion = previous;
        return;
    }
    if (QListWidgetItem* item = m_questionList->currentItem())
        m_questionList->editItem(item);
}

void ScopePage::removeQuestion()
{
    const int row = currentQuestionRow();
    if (!m_session || row < 0)
        return;
    push(std::make_unique<RemoveQuestion>(*m_session, m_selectedQuestion));
}

void ScopePage::moveQuestion(int step)
{
    const Theme* theme = currentTheme();
    const int row = currentQuestionRow();
    const int other = row + step;
    if (!m_session || !theme || row < 0 || other < 0 || other >= theme->questions.size())
        return;
    push(std::make_unique<MoveQuestion>(*m_session, m_selectedQuestion, theme->questions.at(other).id));
}

void ScopePage::commitTitle(const QString& text)
{
    const Theme* theme = currentTheme();
    if (!m_session || !theme || text == theme->title)
        return;
    if (text.trimmed().isEmpty()) {
        m_title->setCommittedText(theme->title);
        return;
    }
    push(std::make_unique<SetField>(*m_session, themeTable, theme->id, QStringLiteral("title"), text,
                                    tr("Rename theme")));
}

void ScopePage::commitDescription()
{
    const Theme* theme = currentTheme();
    const QString text = m_description->toPlainText();
    if (!m_session || !theme || text == theme->description)
        return;
    push(std::make_unique<SetField>(*m_session, themeTable, theme->id, QStringLiteral("description"), text,
                                    tr("Change theme description")));
}

void ScopePage::commitQuestion(QListWidgetItem* item)
{
    if (m_refreshing || !m_session || !item)
        return;
    const Theme* theme = currentTheme();
    const QUuid id = item->data(Qt::UserRole).toUuid();
    if (!theme)
        return;
    for (const KeyQuestion& question : theme->questions) {
        if (question.id != id)
            continue;
        if (item->text() == question.text)
            return;
        if (item->text().trimmed().isEmpty()) {
            QMetaObject::invokeMethod(this, &ScopePage::showTheme, Qt::QueuedConnection);
            return;
        }
        // Pushed once the item's own change has finished: the refresh that follows rebuilds the list.
        const QString text = item->text();
        QMetaObject::invokeMethod(
            this,
            [this, id, text] {
                if (!m_session)
                    return;
                m_selectedQuestion = id;
                if (!push(std::make_unique<SetField>(*m_session, questionTable, id, QStringLiteral("text"),
                                                     text, tr("Change key question"))))
                    showTheme();
            },
            Qt::QueuedConnection);
        return;
    }
}

} // namespace pc::ui
