// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedialog.h"

#include "models/capturesources.h"
#include "widgets/sourcecombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

namespace pc::ui {

NoteDialog::NoteDialog(const Note& note, const CaptureContext& context, QWidget* parent)
    : QDialog(parent)
    , m_note(note)
    , m_context(context)
{
    setWindowTitle(tr("Edit Note"));
    m_text = new QPlainTextEdit(note.text, this);
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setAccessibleName(tr("Note"));
    m_text->setTabChangesFocus(true);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteDialog::validate);

    m_source = new SourceCombo(this);
    m_source->setObjectName(QStringLiteral("noteSourceCombo"));
    m_source->setAccessibleName(tr("Session or document"));
    m_source->setSources(context.sessions, context.documents);
    if (!m_source->choose(note.session.isNull() ? note.document : note.session))
        m_source->choose({});
    m_initialSource = m_source->currentIndex();

    m_author = new QComboBox(this);
    m_author->setObjectName(QStringLiteral("noteAuthorCombo"));
    m_author->setAccessibleName(tr("Written by"));
    m_author->addItem(tr("Not known"), QUuid());
    for (const Member& member : context.members)
        m_author->addItem(member.name, member.id);
    m_author->setCurrentIndex(std::max(0, m_author->findData(note.author)));
    m_initialAuthor = m_author->currentIndex();

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("noteKindCombo"));
    m_kind->setAccessibleName(tr("Kind"));
    for (const NoteKind kind : allNoteKinds)
        m_kind->addItem(noteKindLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(note.kind)));

    m_sentiment = new QComboBox(this);
    m_sentiment->setObjectName(QStringLiteral("noteSentimentCombo"));
    m_sentiment->setAccessibleName(tr("Sentiment"));
    for (const Sentiment sentiment : allSentiments)
        m_sentiment->addItem(sentimentLabel(sentiment), int(sentiment));
    m_sentiment->setCurrentIndex(m_sentiment->findData(int(note.sentiment)));

    m_themes = new QListWidget(this);
    m_themes->setObjectName(QStringLiteral("noteThemesList"));
    m_themes->setAccessibleName(tr("Themes"));
    for (qsizetype i = 0; i < context.themes.size(); ++i) {
        const Theme& theme = context.themes.at(i);
        auto* item = new QListWidgetItem(tr("%1  %2").arg(i + 1).arg(theme.title), m_themes);
        item->setData(Qt::UserRole, theme.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(note.themes.contains(theme.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_themes->setMaximumHeight(m_themes->sizeHintForRow(0) * std::min<int>(7, int(context.themes.size()) + 1)
                               + 6);

    const QDateTime local = note.capturedAt.toTimeZone(timetableZone());
    m_captured = new QLabel(QLocale().toString(local, QStringLiteral("dddd d MMMM yyyy, HH:mm")), this);
    m_captured->setObjectName(QStringLiteral("noteCapturedLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&From:"), m_source);
    form->addRow(tr("&Written by:"), m_author);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("S&entiment:"), m_sentiment);
    form->addRow(tr("T&hemes:"), m_themes);
    form->addRow(tr("Captured:"), m_captured);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("noteButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* save = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(save, &QShortcut::activated, this, [this] {
            if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok); ok && ok->isEnabled())
                accept();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height() + 80);
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
}

Note NoteDialog::note() const
{
    // What the user left alone is given back as it came, so an untouched dialog makes no edit
    // (a removed session or theme, the order of the themes, white space at the ends).
    Note n = m_note;
    if (m_readOnly)
        return n;
    if (m_text->toPlainText().trimmed() != m_note.text.trimmed())
        n.text = m_text->toPlainText().trimmed();
    if (m_source->currentIndex() != m_initialSource) {
        const SourceCombo::Kind kind = m_source->currentKind();
        n.session = kind == SourceCombo::Kind::Session ? m_source->currentId() : QUuid();
        n.document = kind == SourceCombo::Kind::Document ? m_source->currentId() : QUuid();
    }
    if (m_author->currentIndex() != m_initialAuthor)
        n.author = m_author->currentData().toUuid();
    n.kind = NoteKind(m_kind->currentData().toInt());
    n.sentiment = Sentiment(m_sentiment->currentData().toInt());
    QList<QUuid> ticked;
    for (int i = 0; i < m_themes->count(); ++i) {
        if (m_themes->item(i)->checkState() == Qt::Checked)
            ticked.append(m_themes->item(i)->data(Qt::UserRole).toUuid());
    }
    if (QSet<QUuid>(ticked.cbegin(), ticked.cend())
        != QSet<QUuid>(m_note.themes.cbegin(), m_note.themes.cend()))
        n.themes = ticked;
    return n;
}

void NoteDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_text->setReadOnly(readOnly);
    for (QWidget* editor : std::initializer_list<QWidget*>{m_source, m_author, m_kind, m_sentiment, m_themes})
        editor->setEnabled(!readOnly);
    setWindowTitle(readOnly ? tr("Note") : tr("Edit Note"));
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    validate();
}

void NoteDialog::validate()
{
    if (QPushButton* ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr)
        ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}

} // namespace pc::ui
