// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmetemplate.h"

#include "common/error.h"
#include "model/theme.h"
#include "storage/scoperepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <algorithm>

static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace pc {

namespace {

[[noreturn]] void invalid(const QString& source, const QString& problem)
{
    throw Error(ErrorKind::InvalidInput,
                QObject::tr("The programme template %1 is not valid: %2.").arg(source, problem));
}

QString requiredText(const QJsonObject& json, const QString& key, const QString& source, const QString& path)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        invalid(source, QObject::tr("%1%2 must be a non-empty text").arg(path, key));
    return value.toString();
}

TemplateTheme themeFrom(const QJsonValue& value, const QString& source, const QString& path)
{
    if (!value.isObject())
        invalid(source, QObject::tr("%1 must be an object").arg(path));
    const QJsonObject json = value.toObject();
    TemplateTheme theme;
    theme.key = requiredText(json, QStringLiteral("key"), source, path + QLatin1Char('.'));
    theme.title = requiredText(json, QStringLiteral("title"), source, path + QLatin1Char('.'));
    theme.core = json.value(QStringLiteral("core")).toBool(true);
    const QJsonArray questions = json.value(QStringLiteral("questions")).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (!questions[i].isString() || questions[i].toString().trimmed().isEmpty())
            invalid(source, QObject::tr("%1.questions[%2] must be a non-empty text").arg(path).arg(i));
        theme.questions.append(questions[i].toString());
    }
    if (theme.core && theme.questions.isEmpty())
        invalid(source, QObject::tr("%1 is a core theme and needs its guiding questions").arg(path));
    return theme;
}

} // namespace

ProgrammeTemplate ProgrammeTemplate::fromJson(const QByteArray& bytes, const QString& source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        invalid(source, QObject::tr("it is not a JSON object (%1)").arg(error.errorString()));
    const QJsonObject json = document.object();
    ProgrammeTemplate result;
    result.id = requiredText(json, QStringLiteral("id"), source, {});
    result.name = requiredText(json, QStringLiteral("name"), source, {});
    result.description = json.value(QStringLiteral("description")).toString();
    result.framework = json.value(QStringLiteral("framework")).toString();
    result.version = json.value(QStringLiteral("version")).toInt(0);
    result.defaultOnsiteDays = json.value(QStringLiteral("defaultOnsiteDays")).toInt(0);
    if (result.version < 1)
        invalid(source, QObject::tr("version must be a whole number from 1"));
    if (result.defaultOnsiteDays < 1 || result.defaultOnsiteDays > 10)
        invalid(source, QObject::tr("defaultOnsiteDays must be between 1 and 10"));
    if (!json.value(QStringLiteral("themes")).isArray())
        invalid(source, QObject::tr("themes must be a list"));
    const QJsonArray themes = json.value(QStringLiteral("themes")).toArray();
    QStringList keys;
    for (qsizetype i = 0; i < themes.size(); ++i) {
        result.themes.append(themeFrom(themes[i], source, QStringLiteral("themes[%1]").arg(i)));
        if (keys.contains(result.themes.last().key))
            invalid(source, QObject::tr("the theme key %1 is used twice").arg(result.themes.last().key));
        keys.append(result.themes.last().key);
    }
    return result;
}

void ProgrammeTemplate::applyTo(RecordStore& records) const
{
    ScopeRepository scope(records);
    for (const TemplateTheme& t : themes) {
        Theme theme;
        theme.title = t.title;
        theme.kind = t.core ? ThemeKind::Core : ThemeKind::Focus;
        theme.templateKey = t.key;
        for (const QString& text : t.questions)
            theme.questions.append(KeyQuestion{{}, {}, text, 0});
        scope.addTheme(theme);
    }
}

TemplateLibrary::TemplateLibrary(QList<ProgrammeTemplate> templates)
    : m_templates(std::move(templates))
{
    std::sort(m_templates.begin(), m_templates.end(),
              [](const ProgrammeTemplate& a, const ProgrammeTemplate& b) {
                  const bool aBlank = a.id == QStringLiteral("blank");
                  const bool bBlank = b.id == QStringLiteral("blank");
                  return aBlank != bBlank ? bBlank : a.name.localeAwareCompare(b.name) < 0;
              });
}

const TemplateLibrary& TemplateLibrary::builtIn()
{
    static const TemplateLibrary library = [] {
        initTemplateResources();
        QList<ProgrammeTemplate> templates;
        const QDir folder(QStringLiteral(":/templates"));
        for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                throw Error(ErrorKind::Io,
                            QObject::tr("The built-in template %1 could not be read.").arg(name));
            templates.append(ProgrammeTemplate::fromJson(file.readAll(), name));
        }
        return TemplateLibrary(templates);
    }();
    return library;
}

std::optional<ProgrammeTemplate> TemplateLibrary::find(const QString& id) const
{
    for (const ProgrammeTemplate& t : m_templates) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QStringList TemplateLibrary::ids() const
{
    QStringList result;
    for (const ProgrammeTemplate& t : m_templates)
        result.append(t.id);
    return result;
}

} // namespace pc
