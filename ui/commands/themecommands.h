// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include "model/theme.h"
#include "storage/recordstore.h"

#include <QList>
#include <QUuid>

namespace pc::ui {

/// Adds a theme (a focus area from the Scope page). Undo deletes it by a tombstone and redo
/// restores it, so its id stays the same across the history.
class AddTheme : public Command
{
public:
    AddTheme(EngagementSession& session, Theme theme);
    [[nodiscard]] QUuid themeId() const { return m_theme.id; }

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    Theme m_theme;
    bool m_inserted = false;
};

/// Removes a theme with everything that refers to it (key questions, leads, document themes);
/// undo brings them all back.
class RemoveTheme : public Command
{
public:
    RemoveTheme(EngagementSession& session, const QUuid& theme);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QUuid m_theme;
    QList<RecordRef> m_removed; // the theme and what referenced it
};

/// Swaps the positions of two records of one table: moving a theme or a question one place.
class SwapPositions : public Command
{
public:
    SwapPositions(EngagementSession& session, const QString& table, const QUuid& first, const QUuid& second,
                  const QString& text);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    void swap(RecordStore& records) const;

    QString m_table;
    QUuid m_first;
    QUuid m_second;
};

/// Moves a theme one place by swapping it with its neighbour.
class MoveTheme : public SwapPositions
{
public:
    MoveTheme(EngagementSession& session, const QUuid& theme, const QUuid& neighbour);
};

/// Adds a key question at the end of a theme's questions.
class AddQuestion : public Command
{
public:
    AddQuestion(EngagementSession& session, const QUuid& theme, const QString& text);
    [[nodiscard]] QUuid questionId() const { return m_question.id; }

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    KeyQuestion m_question;
    bool m_inserted = false;
};

/// Removes a key question; undo restores it in its place.
class RemoveQuestion : public Command
{
public:
    RemoveQuestion(EngagementSession& session, const QUuid& question);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QUuid m_question;
};

/// Moves a key question one place by swapping it with its neighbour.
class MoveQuestion : public SwapPositions
{
public:
    MoveQuestion(EngagementSession& session, const QUuid& question, const QUuid& neighbour);
};

} // namespace pc::ui
