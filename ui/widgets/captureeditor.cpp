// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureeditor.h"

#include "widgets/chipbutton.h"
#include "widgets/notedelegate.h"
#include "widgets/sourcecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <initializer_list>

namespace pc::ui {

namespace {

constexpr int themeColumns = 2;
constexpr int themeKeys = 9; // Alt+1..Alt+9

QLabel* quietLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

} // namespace

CaptureEditor::CaptureEditor(QWidget* parent)
    : QWidget(parent)
{
    m_themesHeading = quietLabel(tr("Themes \u2014 Alt+1 to Alt+9 tick and untick them"), this);
    m_themesHeading->setObjectName(QStringLiteral("captureThemesHeading"));
    m_themeGrid = new QGridLayout;
    m_themeGrid->setHorizontalSpacing(6);
    m_themeGrid->setVerticalSpacing(6);
    for (int column = 0; column < themeColumns; ++column)
        m_themeGrid->setColumnStretch(column, 1);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("captureTextEdit"));
    m_text->setAccessibleName(tr("Note"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Type what you hear. Ctrl+Enter saves the note and clears the box "
                                  "for the next one."));
    QFont typing = m_text->font();
    typing.setPointSizeF(typing.pointSizeF() * 1.15);
    m_text->setFont(typing);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CaptureEditor::changed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(buildSourceRow());
    layout->addSpacing(4);
    layout->addWidget(m_themesHeading);
    layout->addLayout(m_themeGrid);
    layout->addSpacing(4);
    layout->addWidget(m_text, 1);
    layout->addWidget(buildFooter());
    addShortcuts();
    updateFollowHint();
}

QWidget* CaptureEditor::buildSourceRow()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    m_source = new SourceCombo(box);
    m_source->setObjectName(QStringLiteral("captureSourceCombo"));
    m_source->setAccessibleName(tr("Session or document the note comes from"));
    m_source->setToolTip(tr("Where the note comes from. Alt+Up and Alt+Down choose another session "
                            "without leaving the text; Alt+0 goes back to the session running now."));
    connect(m_source, &QComboBox::activated, this, [this] {
        sourceChosen();
        QTimer::singleShot(0, this, &CaptureEditor::focusText);
    });
    auto* sourceLabel = new QLabel(tr("Sessio&n:"), box);
    sourceLabel->setBuddy(m_source);
    m_followHint = quietLabel(QString(), box);
    m_followHint->setObjectName(QStringLiteral("captureFollowHint"));

    m_authorCombo = new QComboBox(box);
    m_authorCombo->setObjectName(QStringLiteral("captureAuthorCombo"));
    m_authorCombo->setAccessibleName(tr("Team member writing the notes"));
    m_authorCombo->setToolTip(tr("You: chosen once on this computer for this engagement, and put on "
                                 "every note you save."));
    m_authorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_authorCombo, &QComboBox::activated, this, [this] {
        setAuthor(m_authorCombo->currentData().toUuid());
        emit authorChosen(m_author);
        QTimer::singleShot(0, this, &CaptureEditor::focusText);
    });
    auto* authorLabel = new QLabel(tr("Writing &as:"), box);
    authorLabel->setBuddy(m_authorCombo);

    grid->addWidget(sourceLabel, 0, 0);
    grid->addWidget(m_source, 0, 1);
    grid->addWidget(m_followHint, 1, 1);
    grid->addWidget(authorLabel, 2, 0);
    grid->addWidget(m_authorCombo, 2, 1, Qt::AlignLeft);
    grid->setRowMinimumHeight(2, m_authorCombo->sizeHint().height() + 6);
    grid->setColumnStretch(1, 1);
    return box;
}

QWidget* CaptureEditor::buildFooter()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("captureKindCombo"));
    m_kind->setAccessibleName(tr("Kind of note"));
    m_kind->setToolTip(tr("What the note records. Alt+K moves to the next kind, Alt+Shift+K back."));
    m_kind->setFocusPolicy(Qt::NoFocus); // choosing keeps the cursor in the text
    for (const NoteKind kind : allNoteKinds)
        m_kind->addItem(noteKindLabel(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaptureEditor::changed);

    m_strength = new ChipButton(sentimentLabel(Sentiment::Strength), box);
    m_strength->setObjectName(QStringLiteral("captureStrengthButton"));
    m_strength->setAccessibleName(tr("Strength"));
    m_strength->setBadge(QStringLiteral("S"));
    m_strength->setAccent(NoteDelegate::sentimentColor(int(Sentiment::Strength)));
    m_strength->setToolTip(tr("The note shows a strength of the council (Alt+S)"));
    connect(m_strength, &ChipButton::clicked, this, [this] { toggleSentiment(Sentiment::Strength); });
    m_concern = new ChipButton(sentimentLabel(Sentiment::Concern), box);
    m_concern->setObjectName(QStringLiteral("captureConcernButton"));
    m_concern->setAccessibleName(tr("Concern"));
    m_concern->setBadge(QStringLiteral("C"));
    m_concern->setAccent(NoteDelegate::sentimentColor(int(Sentiment::Concern)));
    m_concern->setToolTip(tr("The note shows a concern, an area for consideration (Alt+C)"));
    connect(m_concern, &ChipButton::clicked, this, [this] { toggleSentiment(Sentiment::Concern); });

    m_keepThemes = new QCheckBox(tr("Keep themes"), box);
    m_keepThemes->setObjectName(QStringLiteral("captureKeepThemesCheck"));
    m_keepThemes->setToolTip(tr("Leave the themes ticked after saving, for a run of notes on one "
                                "theme. Off, each note starts untagged."));
    m_keepThemes->setFocusPolicy(Qt::NoFocus);
    connect(m_keepThemes, &QCheckBox::toggled, this, &CaptureEditor::keepThemesChanged);

    m_save = new QPushButton(tr("Save Note"), box);
    m_save->setObjectName(QStringLiteral("captureSaveButton"));
    m_save->setToolTip(tr("Save the note and clear the box for the next one (Ctrl+Enter)"));
    m_save->setFocusPolicy(Qt::NoFocus);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CaptureEditor::saveRequested);

    row->addWidget(m_kind);
    row->addWidget(m_strength);
    row->addWidget(m_concern);
    row->addSpacing(6);
    row->addWidget(m_keepThemes);
    row->addStretch(1);
    row->addWidget(m_save);
    return box;
}

void CaptureEditor::addShortcuts()
{
    const auto add = [this](const QKeySequence& key, auto slot) {
        auto* shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    for (int i = 0; i < themeKeys; ++i)
        add(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), [this, i] { toggleTheme(i); });
    add(QKeySequence(Qt::ALT | Qt::Key_S), [this] { toggleSentiment(Sentiment::Strength); });
    add(QKeySequence(Qt::ALT | Qt::Key_C), [this] { toggleSentiment(Sentiment::Concern); });
    add(QKeySequence(Qt::ALT | Qt::Key_K), [this] { stepKind(1); });
    add(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_K), [this] { stepKind(-1); });
    add(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { stepSource(-1); });
    add(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { stepSource(1); });
    add(QKeySequence(Qt::ALT | Qt::Key_0), [this] { followClock(); });
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter})
        add(QKeySequence(Qt::CTRL | key), [this] {
            if (m_editable)
                emit saveRequested();
        });
}

void CaptureEditor::setContext(const CaptureContext& context)
{
    const QSignalBlocker blocker(m_source);
    m_quiet = true;
    const bool themesChanged = context.themes != m_context.themes;
    m_context = context;
    QList<QUuid> kept;
    for (const Theme& theme : std::as_const(m_context.themes)) {
        if (m_themes.contains(theme.id))
            kept.append(theme.id);
    }
    m_themes = kept;
    if (themesChanged)
        rebuildThemes();
    rebuildAuthors();
    m_source->setSources(m_context.sessions, m_context.documents);
    m_quiet = false;
    setNow(m_now);
}

void CaptureEditor::rebuildThemes()
{
    qDeleteAll(m_themeChips);
    m_themeChips.clear();
    for (qsizetype i = 0; i < m_context.themes.size(); ++i) {
        const Theme& theme = m_context.themes.at(i);
        auto* chip = new ChipButton(theme.title, this);
        chip->setObjectName(QStringLiteral("captureThemeButton%1").arg(i + 1));
        chip->setAccessibleName(theme.title);
        chip->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        chip->setEnabled(m_editable);
        if (i < themeKeys) {
            chip->setBadge(QString::number(i + 1));
            chip->setToolTip(tr("%1 (Alt+%2)").arg(theme.title).arg(i + 1));
        } else {
            chip->setToolTip(theme.title);
        }
        chip->setChecked(m_themes.contains(theme.id));
        connect(chip, &ChipButton::clicked, this, [this, i] { toggleTheme(int(i)); });
        m_themeGrid->addWidget(chip, int(i) / themeColumns, int(i) % themeColumns);
        m_themeChips.append(chip);
    }
    m_themesHeading->setText(m_context.themes.isEmpty()
                                 ? tr("No themes in scope yet: add them on the Scope page to tag notes.")
                                 : tr("Themes \u2014 Alt+1 to Alt+%1 tick and untick them")
                                       .arg(std::min<qsizetype>(themeKeys, m_context.themes.size())));
}

void CaptureEditor::rebuildAuthors()
{
    const QSignalBlocker blocker(m_authorCombo);
    m_authorCombo->clear();
    m_authorCombo->addItem(tr("Choose who you are"), QUuid());
    for (const Member& member : std::as_const(m_context.members))
        m_authorCombo->addItem(tr("%1 (%2)").arg(member.name, roleLabel(member.role).toLower()), member.id);
    const int index = m_authorCombo->findData(m_author);
    m_authorCombo->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_author = {};
}

void CaptureEditor::setNow(const QDateTime& now)
{
    m_now = now;
    m_running = now.isValid() ? pc::ui::runningSession(m_context.sessions, m_author, now) : QUuid();
    {
        const QSignalBlocker blocker(m_source);
        m_source->setRunning(m_running);
        if (!m_pinned
            && !(m_source->currentKind() == SourceCombo::Kind::Session && m_source->currentId() == m_running))
            m_source->choose(m_running);
    }
    updateFollowHint();
}

void CaptureEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_text->setReadOnly(!editable);
    m_text->setPlaceholderText(editable ? tr("Type what you hear. Ctrl+Enter saves the note and clears the "
                                             "box for the next one.")
                                        : tr("This file is open read-only: notes can be read and searched "
                                             "beside, not added."));
    for (QWidget* w : std::initializer_list<QWidget*>{m_source, m_authorCombo, m_kind, m_strength, m_concern,
                                                      m_keepThemes, m_save})
        w->setEnabled(editable);
    for (ChipButton* chip : std::as_const(m_themeChips))
        chip->setEnabled(editable);
}

void CaptureEditor::setAuthor(const QUuid& member)
{
    m_author = m_authorCombo->findData(member) > 0 ? member : QUuid();
    m_authorCombo->setCurrentIndex(std::max(0, m_authorCombo->findData(m_author)));
    setNow(m_now); // the author's own session comes first
}

CaptureDraft CaptureEditor::draft() const
{
    CaptureDraft draft;
    draft.text = m_text->toPlainText();
    draft.themes = m_themes;
    draft.kind = NoteKind(m_kind->currentData().toInt());
    draft.sentiment = m_sentiment;
    if (m_source->currentKind() == SourceCombo::Kind::Session)
        draft.session = m_source->currentId();
    else if (m_source->currentKind() == SourceCombo::Kind::Document)
        draft.document = m_source->currentId();
    draft.pinned = m_pinned;
    return draft;
}

void CaptureEditor::setDraft(const CaptureDraft& draft)
{
    m_quiet = true;
    if (m_text->toPlainText() != draft.text) {
        m_text->setPlainText(draft.text);
        m_text->moveCursor(QTextCursor::End);
    }
    m_themes.clear();
    for (const Theme& theme : std::as_const(m_context.themes)) {
        if (draft.themes.contains(theme.id))
            m_themes.append(theme.id);
    }
    for (qsizetype i = 0; i < m_themeChips.size(); ++i)
        m_themeChips.at(i)->setChecked(m_themes.contains(m_context.themes.at(i).id));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(draft.kind))));
    setSentiment(draft.sentiment);
    m_pinned = draft.pinned && m_source->choose(draft.session.isNull() ? draft.document : draft.session);
    m_quiet = false;
    setNow(m_now);
}

void CaptureEditor::startNextNote(bool keepThemes)
{
    m_quiet = true;
    m_text->clear();
    if (!keepThemes) {
        m_themes.clear();
        for (ChipButton* chip : std::as_const(m_themeChips))
            chip->setChecked(false);
    }
    m_kind->setCurrentIndex(0);
    setSentiment(Sentiment::Neutral);
    m_quiet = false;
    focusText();
}

bool CaptureEditor::keepsThemes() const
{
    return m_keepThemes->isChecked();
}

void CaptureEditor::setKeepsThemes(bool keep)
{
    const QSignalBlocker blocker(m_keepThemes);
    m_keepThemes->setChecked(keep);
}

void CaptureEditor::focusText()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

void CaptureEditor::toggleTheme(int index)
{
    if (!m_editable || index < 0 || index >= m_context.themes.size())
        return;
    const QUuid id = m_context.themes.at(index).id;
    QList<QUuid> ticked;
    for (const Theme& theme : std::as_const(m_context.themes)) {
        if (theme.id == id ? !m_themes.contains(id) : m_themes.contains(theme.id))
            ticked.append(theme.id);
    }
    m_themes = ticked;
    m_themeChips.at(index)->setChecked(m_themes.contains(id));
    changed();
}

void CaptureEditor::toggleSentiment(Sentiment sentiment)
{
    if (!m_editable)
        return;
    setSentiment(m_sentiment == sentiment ? Sentiment::Neutral : sentiment);
    changed();
}

void CaptureEditor::setSentiment(Sentiment sentiment)
{
    m_sentiment = sentiment;
    m_strength->setChecked(sentiment == Sentiment::Strength);
    m_concern->setChecked(sentiment == Sentiment::Concern);
}

void CaptureEditor::stepKind(int direction)
{
    if (!m_editable)
        return;
    const int count = m_kind->count();
    m_kind->setCurrentIndex((m_kind->currentIndex() + direction + count) % count);
}

void CaptureEditor::stepSource(int direction)
{
    if (!m_editable)
        return;
    {
        const QSignalBlocker blocker(m_source);
        m_source->step(direction);
    }
    sourceChosen();
}

void CaptureEditor::followClock()
{
    if (!m_editable)
        return;
    m_pinned = false;
    setNow(m_now);
    changed();
}

void CaptureEditor::sourceChosen()
{
    // Choosing the session running now is following the clock, not pinning it.
    m_pinned = !(m_source->currentKind() == SourceCombo::Kind::Session && m_source->currentId() == m_running)
               && !(m_source->currentKind() == SourceCombo::Kind::None && m_running.isNull());
    updateFollowHint();
    changed();
}

void CaptureEditor::updateFollowHint()
{
    if (!m_pinned)
        m_followHint->setText(m_running.isNull()
                                  ? tr("Nothing on the timetable now. Alt+Up and Alt+Down choose a session.")
                                  : tr("The session running now, by the timetable. Alt+Up and Alt+Down "
                                       "choose another."));
    else
        m_followHint->setText(tr("Chosen by you. Alt+0 goes back to the session running now."));
}

void CaptureEditor::changed()
{
    if (!m_quiet)
        emit draftChanged();
}

} // namespace pc::ui
