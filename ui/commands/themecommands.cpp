// SPDX-License-Identifier: GPL-3.0-or-later
#include "themecommands.h"

#include "common/uuidsource.h"
#include "model/registry.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"
#include "storage/recordstore.h"
#include "storage/scoperepository.h"

#include <QCoreApplication>

namespace pc::ui {

namespace {

const QString themeTable = QStringLiteral("theme");
const QString questionTable = QStringLiteral("key_question");
const QString positionField = QStringLiteral("position");

} // namespace

AddTheme::AddTheme(EngagementSession& session, Theme theme)
    : Command(session, QCoreApplication::translate("pc::ui::ThemeCommands", "Add focus area"))
    , m_theme(std::move(theme))
{
    if (m_theme.id.isNull())
        m_theme.id = session.file().installation().uuids().next();
}

void AddTheme::apply(RecordStore& records)
{
    if (m_inserted) {
        records.restore(records.registry().table(themeTable), m_theme.id);
        return;
    }
    ScopeRepository(records).addTheme(m_theme);
    m_inserted = true;
}

void AddTheme::revert(RecordStore& records)
{
    records.remove(records.registry().table(themeTable), m_theme.id);
}

RemoveTheme::RemoveTheme(EngagementSession& session, const QUuid& theme)
    : Command(session, QCoreApplication::translate("pc::ui::ThemeCommands", "Remove theme"))
    , m_theme(theme)
{
}

void RemoveTheme::apply(RecordStore& records)
{
    m_removed = records.removeWithDependents(records.registry().table(themeTable), m_theme);
}

void RemoveTheme::revert(RecordStore& records)
{
    records.restoreAll(m_removed);
}

SwapPositions::SwapPositions(EngagementSession& session, const QString& table, const QUuid& first,
                             const QUuid& second, const QString& text)
    : Command(session, text)
    , m_table(table)
    , m_first(first)
    , m_second(second)
{
}

void SwapPositions::apply(RecordStore& records)
{
    swap(records);
}

void SwapPositions::revert(RecordStore& records)
{
    swap(records); // a swap is its own inverse
}

void SwapPositions::swap(RecordStore& records) const
{
    const TableDef& table = records.registry().table(m_table);
    const auto first = records.find(table, m_first);
    const auto second = records.find(table, m_second);
    if (!first || !second)
        return;
    const QVariant firstPosition = first->value(positionField);
    records.update(table, m_first, {{positionField, second->value(positionField)}});
    records.update(table, m_second, {{positionField, firstPosition}});
}

MoveTheme::MoveTheme(EngagementSession& session, const QUuid& theme, const QUuid& neighbour)
    : SwapPositions(session, themeTable, theme, neighbour,
                    QCoreApplication::translate("pc::ui::ThemeCommands", "Move theme"))
{
}

AddQuestion::AddQuestion(EngagementSession& session, const QUuid& theme, const QString& text)
    : Command(session, QCoreApplication::translate("pc::ui::ThemeCommands", "Add key question"))
{
    m_question.id = session.file().installation().uuids().next();
    m_question.themeId = theme;
    m_question.text = text;
}

void AddQuestion::apply(RecordStore& records)
{
    if (m_inserted) {
        records.restore(records.registry().table(questionTable), m_question.id);
        return;
    }
    ScopeRepository(records).addQuestion(m_question);
    m_inserted = true;
}

void AddQuestion::revert(RecordStore& records)
{
    records.remove(records.registry().table(questionTable), m_question.id);
}

RemoveQuestion::RemoveQuestion(EngagementSession& session, const QUuid& question)
    : Command(session, QCoreApplication::translate("pc::ui::ThemeCommands", "Remove key question"))
    , m_question(question)
{
}

void RemoveQuestion::apply(RecordStore& records)
{
    records.remove(records.registry().table(questionTable), m_question);
}

void RemoveQuestion::revert(RecordStore& records)
{
    records.restore(records.registry().table(questionTable), m_question);
}

MoveQuestion::MoveQuestion(EngagementSession& session, const QUuid& question, const QUuid& neighbour)
    : SwapPositions(session, questionTable, question, neighbour,
                    QCoreApplication::translate("pc::ui::ThemeCommands", "Move key question"))
{
}

} // namespace pc::ui
