// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoperepository.h"

#include "common/uuidsource.h"
#include "installation.h"
#include "model/registry.h"
#include "recordstore.h"

#include <algorithm>

namespace pc {

namespace {

const QString themeTable = QStringLiteral("theme");
const QString questionTable = QStringLiteral("key_question");

Theme themeFrom(const Record& r)
{
    Theme t;
    t.id = r.id;
    t.title = r.value(QStringLiteral("title")).toString();
    t.kind = r.value(QStringLiteral("kind")).toString() == QStringLiteral("focus") ? ThemeKind::Focus
                                                                                   : ThemeKind::Core;
    t.templateKey = r.value(QStringLiteral("template_key")).toString();
    t.description = r.value(QStringLiteral("description")).toString();
    t.position = r.value(QStringLiteral("position")).toDouble();
    return t;
}

QVariantMap valuesOf(const Theme& t)
{
    return {{QStringLiteral("title"), t.title},
            {QStringLiteral("kind"),
             t.kind == ThemeKind::Focus ? QStringLiteral("focus") : QStringLiteral("core")},
            {QStringLiteral("template_key"), t.templateKey},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("position"), t.position}};
}

KeyQuestion questionFrom(const Record& r)
{
    return {r.id, r.value(QStringLiteral("theme_id")).toUuid(), r.value(QStringLiteral("text")).toString(),
            r.value(QStringLiteral("position")).toDouble()};
}

QVariantMap valuesOf(const KeyQuestion& q)
{
    return {{QStringLiteral("theme_id"), q.themeId},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("position"), q.position}};
}

} // namespace

ScopeRepository::ScopeRepository(RecordStore& records)
    : m_records(records)
{
}

QList<Theme> ScopeRepository::themes() const
{
    const TableDef& questions = m_records.registry().table(questionTable);
    QHash<QUuid, QList<KeyQuestion>> byTheme;
    for (const Record& r : m_records.list(questions))
        byTheme[r.value(QStringLiteral("theme_id")).toUuid()].append(questionFrom(r));
    QList<Theme> result;
    for (const Record& r : m_records.list(m_records.registry().table(themeTable))) {
        Theme theme = themeFrom(r);
        theme.questions = byTheme.value(theme.id);
        result.append(theme);
    }
    return result;
}

std::optional<Theme> ScopeRepository::theme(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(themeTable), id);
    if (!record)
        return std::nullopt;
    Theme theme = themeFrom(*record);
    for (const Record& r :
         m_records.children(m_records.registry().table(questionTable), QStringLiteral("theme_id"), id))
        theme.questions.append(questionFrom(r));
    return theme;
}

QUuid ScopeRepository::addTheme(Theme theme)
{
    const TableDef& table = m_records.registry().table(themeTable);
    if (theme.id.isNull())
        theme.id = m_records.installation().uuids().next();
    if (theme.position == 0)
        theme.position = m_records.nextPosition(table);
    m_records.insert(table, Record{theme.id, valuesOf(theme), false});
    for (KeyQuestion question : theme.questions) {
        question.themeId = theme.id;
        addQuestion(question);
    }
    return theme.id;
}

bool ScopeRepository::updateTheme(const Theme& theme)
{
    return m_records.update(m_records.registry().table(themeTable), theme.id, valuesOf(theme));
}

void ScopeRepository::removeTheme(const QUuid& id)
{
    m_records.remove(m_records.registry().table(themeTable), id);
}

QUuid ScopeRepository::addQuestion(KeyQuestion question)
{
    const TableDef& table = m_records.registry().table(questionTable);
    if (question.id.isNull())
        question.id = m_records.installation().uuids().next();
    if (question.position == 0)
        question.position = m_records.nextPosition(table, QStringLiteral("theme_id"), question.themeId);
    m_records.insert(table, Record{question.id, valuesOf(question), false});
    return question.id;
}

bool ScopeRepository::updateQuestion(const KeyQuestion& question)
{
    return m_records.update(m_records.registry().table(questionTable), question.id, valuesOf(question));
}

void ScopeRepository::removeQuestion(const QUuid& id)
{
    m_records.remove(m_records.registry().table(questionTable), id);
}

} // namespace pc
