// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttemplate.h"

#include "common/error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace pc {

namespace {

const QList<std::pair<QString, ReportSectionDef::Kind>> kindNames{
    {QStringLiteral("narrative"), ReportSectionDef::Kind::Narrative},
    {QStringLiteral("executive-summary"), ReportSectionDef::Kind::ExecutiveSummary},
    {QStringLiteral("recommendations"), ReportSectionDef::Kind::Recommendations},
    {QStringLiteral("approach"), ReportSectionDef::Kind::Approach},
    {QStringLiteral("feedback"), ReportSectionDef::Kind::Feedback},
    {QStringLiteral("next-steps"), ReportSectionDef::Kind::NextSteps},
};

[[noreturn]] void refuse(const QString& source, const QString& problem)
{
    throw Error(ErrorKind::InvalidInput, QObject::tr("The report template %1 %2.").arg(source, problem));
}

} // namespace

ReportTemplate ReportTemplate::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        refuse(source, QObject::tr("is not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        refuse(source, QObject::tr("is not a JSON object"));
    const QJsonObject root = document.object();
    ReportTemplate t;
    t.id = root.value(QStringLiteral("id")).toString();
    t.version = root.value(QStringLiteral("version")).toInt();
    t.name = root.value(QStringLiteral("name")).toString();
    t.description = root.value(QStringLiteral("description")).toString();
    for (const QJsonValue& programme : root.value(QStringLiteral("programmes")).toArray())
        t.programmes.append(programme.toString());
    if (t.id.isEmpty() || t.name.isEmpty() || t.version < 1)
        refuse(source, QObject::tr("needs an id, a name and a version of 1 or more"));
    QSet<QString> keys;
    for (const QJsonValue& value : root.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject s = value.toObject();
        ReportSectionDef section;
        section.key = s.value(QStringLiteral("key")).toString();
        section.title = s.value(QStringLiteral("title")).toString();
        section.defaultText = s.value(QStringLiteral("default")).toString();
        section.lead = s.value(QStringLiteral("lead")).toString();
        const QString kind = s.value(QStringLiteral("kind")).toString();
        const auto found = std::find_if(kindNames.begin(), kindNames.end(),
                                        [&](const auto& pair) { return pair.first == kind; });
        if (found == kindNames.end())
            refuse(source, QObject::tr("has a section of unknown kind \"%1\"").arg(kind));
        section.kind = found->second;
        if (section.key.isEmpty() || section.title.isEmpty())
            refuse(source, QObject::tr("has a section without a key or a title"));
        if (section.key.startsWith(QStringLiteral("theme:")) || keys.contains(section.key))
            refuse(source, QObject::tr("uses the section key \"%1\" twice or for a theme").arg(section.key));
        keys.insert(section.key);
        t.sections.append(section);
    }
    if (t.sections.isEmpty())
        refuse(source, QObject::tr("has no sections"));
    return t;
}

const QList<ReportTemplate>& ReportTemplate::builtIn()
{
    static const QList<ReportTemplate> templates = [] {
        QList<ReportTemplate> loaded;
        for (const QString& name : {QStringLiteral("feedback-2024"), QStringLiteral("feedback-pre2024")}) {
            QFile file(QStringLiteral(":/reports/%1.json").arg(name));
            if (!file.open(QIODevice::ReadOnly))
                throw Error(ErrorKind::Io,
                            QObject::tr("The built-in report template %1 is missing.").arg(name));
            loaded.append(fromJson(file.readAll(), file.fileName()));
        }
        return loaded;
    }();
    return templates;
}

const ReportTemplate& ReportTemplate::forProgramme(const QString& programme)
{
    const QList<ReportTemplate>& all = builtIn();
    for (const ReportTemplate& t : all) {
        if (t.programmes.contains(programme))
            return t;
    }
    for (const ReportTemplate& t : all) {
        if (t.programmes.contains(QStringLiteral("*")))
            return t;
    }
    return all.constFirst();
}

const ReportSectionDef* ReportTemplate::section(const QString& key) const
{
    for (const ReportSectionDef& s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

} // namespace pc
