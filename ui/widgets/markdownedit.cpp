// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"

#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

#include <memory>

namespace pc::ui {

namespace {

const QString markdownMime = QStringLiteral("text/markdown");

/// The character format of a heading of `level` (0: body text), as QTextDocument::setMarkdown
/// makes it, so typed and loaded headings look the same.
QTextCharFormat headingChars(int level)
{
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    return chars;
}

/// The blocks from the one holding the selection's start to the one holding its end.
QList<QTextBlock> selectedBlocks(const QTextCursor& cursor)
{
    QList<QTextBlock> blocks;
    const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
    for (QTextBlock block = cursor.document()->findBlock(cursor.selectionStart()); block.isValid();
         block = block.next()) {
        blocks.append(block);
        if (block == last)
            break;
    }
    return blocks;
}

void removeFromList(const QTextBlock& block)
{
    if (QTextList* list = block.textList())
        list->remove(block);
    QTextCursor cursor(block);
    QTextBlockFormat format = cursor.blockFormat();
    format.setIndent(0);
    cursor.setBlockFormat(format);
}

} // namespace

MarkdownEdit::MarkdownEdit(QWidget* parent)
    : QTextEdit(parent)
    , m_pause(new QTimer(this))
{
    setUndoRedoEnabled(false); // the application's undo stack holds the history
    setTabChangesFocus(true);
    setAutoFormatting(QTextEdit::AutoNone);
    document()->setDocumentMargin(10);
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &MarkdownEdit::commit);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_pause->start();
    });
    createActions();
    connect(this, &QTextEdit::currentCharFormatChanged, this, &MarkdownEdit::updateActions);
    connect(this, &QTextEdit::cursorPositionChanged, this, &MarkdownEdit::updateActions);
    updateActions();
}

void MarkdownEdit::createActions()
{
    m_heading1 = addFormatAction("markdownHeading1Action", tr("Heading 1"), tr("Heading 1"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    m_heading2 = addFormatAction("markdownHeading2Action", tr("Heading 2"), tr("Heading 2"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    m_bold = addFormatAction("markdownBoldAction", tr("B"), tr("Bold"), QKeySequence::Bold);
    m_italic = addFormatAction("markdownItalicAction", tr("I"), tr("Italic"), QKeySequence::Italic);
    m_bullets = addFormatAction("markdownBulletsAction", tr("• List"), tr("Bulleted list"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_numbers = addFormatAction("markdownNumbersAction", tr("1. List"), tr("Numbered list"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    QFont bold = m_bold->font();
    bold.setBold(true);
    m_bold->setFont(bold);
    QFont italic = m_italic->font();
    italic.setItalic(true);
    m_italic->setFont(italic);

    connect(m_heading1, &QAction::triggered, this, [this] { toggleHeading(1); });
    connect(m_heading2, &QAction::triggered, this, [this] { toggleHeading(2); });
    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeCharFormat(format);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        mergeCharFormat(format);
    });
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDisc); });
    connect(m_numbers, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDecimal); });
}

QAction* MarkdownEdit::addFormatAction(const char* name, const QString& text, const QString& tip,
                                       const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the text has the focus
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    addAction(action);
    return action;
}

QToolBar* MarkdownEdit::createToolBar(QWidget* parent)
{
    auto* bar = new QToolBar(parent);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Formatting"));
    bar->addAction(m_heading1);
    bar->addAction(m_heading2);
    bar->addSeparator();
    bar->addAction(m_bold);
    bar->addAction(m_italic);
    bar->addSeparator();
    bar->addAction(m_bullets);
    bar->addAction(m_numbers);
    for (QAction* action : {m_heading1, m_heading2, m_bold, m_italic, m_bullets, m_numbers})
        bar->widgetForAction(action)->setAccessibleName(action->statusTip()); // "Bold", not "B"
    return bar;
}

QString MarkdownEdit::markdown() const
{
    QString text = document()->toMarkdown();
    // The writer ends a paragraph with a blank line: one line end is enough in a file.
    while (text.endsWith(QLatin1String("\n\n")))
        text.chop(1);
    return text.trimmed().isEmpty() ? QString() : text;
}

void MarkdownEdit::setCommittedMarkdown(const QString& markdown)
{
    if (markdown == m_committed)
        return;
    m_committed = markdown;
    if (m_dirty)
        return; // the pending commit writes what the user typed
    if (this->markdown() != markdown)
        load(markdown);
}

void MarkdownEdit::setEditable(bool editable)
{
    setReadOnly(!editable);
    updateActions();
}

void MarkdownEdit::commit()
{
    m_pause->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    const QString text = markdown();
    if (text == m_committed)
        return;
    m_committed = text;
    emit committed(text);
}

bool MarkdownEdit::event(QEvent* event)
{
    // QTextEdit claims Ctrl+Z for its own undo, which is off: let it reach the window's Undo,
    // after what is typed so far has become the step it undoes.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            commit();
            event->ignore();
            return true;
        }
    }
    return QTextEdit::event(event);
}

void MarkdownEdit::focusOutEvent(QFocusEvent* event)
{
    commit();
    QTextEdit::focusOutEvent(event);
}

void MarkdownEdit::insertFromMimeData(const QMimeData* source)
{
    // Rich text from elsewhere keeps only what Markdown can hold: no fonts, colours or tables.
    if (source->hasFormat(markdownMime) || source->hasHtml()) {
        QTextDocument scratch;
        if (source->hasFormat(markdownMime))
            scratch.setMarkdown(QString::fromUtf8(source->data(markdownMime)));
        else
            scratch.setHtml(source->html());
        textCursor().insertFragment(QTextDocumentFragment::fromMarkdown(scratch.toMarkdown()));
        ensureCursorVisible();
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

void MarkdownEdit::load(const QString& markdown)
{
    // Plain numbers: a QTextCursor would follow the text as it is replaced.
    const int anchor = textCursor().anchor();
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_loading = true;
    document()->setMarkdown(markdown);
    m_loading = false;
    rehighlight(); // a whole new text: QTextDocument::setMarkdown does not announce it block by block
    const int last = std::max(0, document()->characterCount() - 1);
    QTextCursor cursor(document());
    cursor.setPosition(std::min(anchor, last));
    cursor.setPosition(std::min(position, last), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
    updateActions();
}

void MarkdownEdit::toggleHeading(int level)
{
    QTextCursor cursor = textCursor();
    const int next = cursor.blockFormat().headingLevel() == level ? 0 : level;
    cursor.beginEditBlock();
    for (const QTextBlock& block : selectedBlocks(cursor)) {
        if (next > 0)
            removeFromList(block); // a heading is not a list item
        QTextCursor blockCursor(block);
        QTextBlockFormat format = blockCursor.blockFormat();
        format.setHeadingLevel(next);
        blockCursor.setBlockFormat(format);
        blockCursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        blockCursor.mergeCharFormat(headingChars(next));
        blockCursor.mergeBlockCharFormat(headingChars(next));
    }
    cursor.endEditBlock();
    mergeCurrentCharFormat(headingChars(next));
    updateActions();
}

void MarkdownEdit::toggleList(QTextListFormat::Style style)
{
    QTextCursor cursor = textCursor();
    QTextList* list = cursor.currentList();
    cursor.beginEditBlock();
    if (list && list->format().style() == style) {
        for (const QTextBlock& block : selectedBlocks(cursor))
            removeFromList(block);
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        for (const QTextBlock& block : selectedBlocks(cursor)) {
            QTextCursor blockCursor(block);
            QTextBlockFormat format = blockCursor.blockFormat();
            if (format.headingLevel() == 0)
                continue;
            format.setHeadingLevel(0); // a list item is body text
            blockCursor.setBlockFormat(format);
            blockCursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            blockCursor.mergeCharFormat(headingChars(0));
        }
        cursor.createList(style);
    }
    cursor.endEditBlock();
    updateActions();
}

void MarkdownEdit::mergeCharFormat(const QTextCharFormat& format)
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        cursor.mergeCharFormat(format);
    mergeCurrentCharFormat(format); // and what is typed next
}

void MarkdownEdit::updateActions()
{
    const bool editable = !isReadOnly();
    const QTextCursor cursor = textCursor();
    const int heading = cursor.blockFormat().headingLevel();
    const QTextList* list = cursor.currentList();
    const QTextCharFormat chars = currentCharFormat();
    for (QAction* action : {m_heading1, m_heading2, m_bullets, m_numbers})
        action->setEnabled(editable);
    // Markdown headings hold plain text: bold and italic there would not be kept.
    m_bold->setEnabled(editable && heading == 0);
    m_italic->setEnabled(editable && heading == 0);
    m_heading1->setChecked(heading == 1);
    m_heading2->setChecked(heading == 2);
    m_bold->setChecked(heading == 0 && chars.fontWeight() >= QFont::Bold);
    m_italic->setChecked(heading == 0 && chars.fontItalic());
    m_bullets->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_numbers->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
}

void MarkdownEdit::setSpellChecker(SpellChecker* checker)
{
    delete m_highlighter;
    m_highlighter = nullptr;
    m_spelling = checker;
    if (checker && checker->isAvailable()) {
        m_highlighter = new SpellHighlighter(*checker, document());
        rehighlight(); // now, which also cancels the highlighter's own pass on the next turn
    }
}

void MarkdownEdit::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QTextCursor cursor = cursorForPosition(event->pos());
    const auto [word, start] = SpellHighlighter::wordAt(cursor.block().text(), cursor.positionInBlock());
    if (m_spelling && m_spelling->isAvailable() && !isReadOnly() && !word.isEmpty()
        && !m_spelling->isCorrect(word)) {
        QAction* first = menu->actions().value(0);
        const int blockStart = cursor.block().position();
        const QStringList suggestions = m_spelling->suggestions(word);
        for (const QString& suggestion : suggestions) {
            auto* action = new QAction(suggestion, menu.get());
            connect(action, &QAction::triggered, this, [this, blockStart, start, word, suggestion] {
                QTextCursor replace(document());
                replace.setPosition(blockStart + start);
                replace.setPosition(blockStart + start + int(word.size()), QTextCursor::KeepAnchor);
                replace.insertText(suggestion);
            });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            auto* none = new QAction(tr("No suggestions"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto* add = new QAction(tr("Add \u201c%1\u201d to Dictionary").arg(word), menu.get());
        connect(add, &QAction::triggered, this, [this, word] {
            m_spelling->addWord(word);
            rehighlight();
        });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

void MarkdownEdit::rehighlight()
{
    if (!m_highlighter)
        return;
    // Underlines change no text, but QTextDocument reports them as a change: not the user's.
    const bool loading = m_loading;
    m_loading = true;
    m_highlighter->rehighlight();
    m_loading = loading;
}

} // namespace pc::ui
