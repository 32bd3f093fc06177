// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>
#include <QTextListFormat>

class QAction;
class QTimer;
class QToolBar;

namespace pc::ui {

/// A rich-text editor whose text is Markdown (headings, bold, italic, bulleted and numbered
/// lists), with a toolbar and the usual shortcuts. It announces committed() after a pause in
/// typing and when it loses focus, never per keystroke. Its own undo is off: Ctrl+Z first
/// commits what is pending, then reaches the application's undo stack.
class MarkdownEdit : public QTextEdit
{
    Q_OBJECT

public:
    /// How long typing must pause before the text is committed.
    static constexpr int pauseMs = 1500;

    explicit MarkdownEdit(QWidget* parent = nullptr);

    [[nodiscard]] QString markdown() const;
    /// Shows stored Markdown without announcing it. Leaves the editor alone when it already
    /// shows that text, or while the user has typing that is not yet committed; otherwise
    /// reloads and keeps the cursor where it was, as far as the new text allows.
    void setCommittedMarkdown(const QString& markdown);
    /// Read-only also disables the formatting actions.
    void setEditable(bool editable);
    /// A toolbar of the formatting actions (the editor keeps their shortcuts).
    [[nodiscard]] QToolBar* createToolBar(QWidget* parent);
    /// Announces the text now if the user changed it since the last commit.
    void commit();
    /// Underlines misspelt words and offers suggestions in the context menu.
    void setSpellChecker(class SpellChecker* checker);

signals:
    void committed(const QString& markdown);

protected:
    bool event(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    void createActions();
    QAction* addFormatAction(const char* name, const QString& text, const QString& tip,
                             const QKeySequence& shortcut);
    void load(const QString& markdown);
    void rehighlight();
    void toggleHeading(int level);
    void toggleList(QTextListFormat::Style style);
    void mergeCharFormat(const QTextCharFormat& format);
    void updateActions();

    QTimer* m_pause;
    class SpellChecker* m_spelling = nullptr;
    class SpellHighlighter* m_highlighter = nullptr;
    QString m_committed;  // what the file holds, as far as this editor knows
    bool m_dirty = false; // the user changed the text since the last commit or load
    bool m_loading = false;
    QAction* m_heading1 = nullptr;
    QAction* m_heading2 = nullptr;
    QAction* m_bold = nullptr;
    QAction* m_italic = nullptr;
    QAction* m_bullets = nullptr;
    QAction* m_numbers = nullptr;
};

} // namespace pc::ui
