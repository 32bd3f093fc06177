// SPDX-License-Identifier: GPL-3.0-or-later
// new, info and demo.
#include "clicontext.h"

#include "common/error.h"
#include "demo/demoengagement.h"
#include "exchange/engagementsummary.h"
#include "storage/engagementfile.h"
#include "templates/programmetemplate.h"

#include <QDir>
#include <QJsonDocument>

namespace pc::cli {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int newCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Creates a new engagement file from a programme template."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file to create."));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        QObject::tr("Programme template: %1.")
            .arg(TemplateLibrary::builtIn().ids().join(QStringLiteral(", "))),
        QStringLiteral("ID"), QStringLiteral("lga-cpc-2024"));
    const QCommandLineOption hostOption(QStringLiteral("host"), QObject::tr("The host organisation's name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QObject::tr("The engagement's title."),
                                         QStringLiteral("TITLE"));
    parser.addOptions({templateOption, hostOption, titleOption});
    context.parse(parser, QStringLiteral("new"), arguments, 1, 1);

    const QString id = parser.value(templateOption);
    const auto programme = TemplateLibrary::builtIn().find(id);
    if (!programme)
        throw UsageError{QObject::tr("There is no programme template \"%1\"; choose one of: %2.")
                             .arg(id, TemplateLibrary::builtIn().ids().join(QStringLiteral(", ")))};
    NewEngagement engagement;
    engagement.hostName = parser.value(hostOption).trimmed();
    engagement.programme = programme->id;
    engagement.programmeVersion = programme->version;
    engagement.title = parser.value(titleOption).trimmed();
    if (engagement.title.isEmpty())
        engagement.title = engagement.hostName.isEmpty()
                               ? programme->name
                               : QStringLiteral("%1 %2").arg(engagement.hostName, programme->name);
    const QString path = parser.positionalArguments().first();
    auto file = EngagementFile::create(path, context.installation(), engagement,
                                       [&](RecordStore& records) { programme->applyTo(records); });
    context.out << QObject::tr("Created %1 (%2).\n").arg(native(path), engagement.title);
    return Done;
}

int infoCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Shows an engagement's key facts and record counts."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QObject::tr("Print JSON instead of text."));
    parser.addOption(jsonOption);
    context.parse(parser, QStringLiteral("info"), arguments, 1, 1);

    auto file = context.openForReading(parser.positionalArguments().first());
    const EngagementSummary summary = EngagementSummary::of(*file);
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    else
        context.out << summary.toText();
    return Done;
}

int demoCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Creates a realistic and entirely fictional engagement."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file to create."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QObject::tr("Make the same content, ids and stamps for the same N (on the "
                    "same day)."),
        QStringLiteral("N"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QObject::tr(
            "How big: %1 (about 6 peers), %2 (about 20 members) or %3 (about 50 members and 20 themes).")
            .arg(demoScaleName(DemoScale::Small), demoScaleName(DemoScale::Large),
                 demoScaleName(DemoScale::Stress)),
        QStringLiteral("SCALE"), demoScaleName(DemoScale::Small));
    parser.addOptions({seedOption, scaleOption});
    context.parse(parser, QStringLiteral("demo"), arguments, 1, 1);

    const auto scale = demoScaleFromName(parser.value(scaleOption));
    if (!scale)
        throw UsageError{QObject::tr("There is no demo scale \"%1\"; choose one of: %2.")
                             .arg(parser.value(scaleOption), demoScaleNames().join(QStringLiteral(", ")))};
    quint64 seed = 1;
    Installation* installation = nullptr;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            throw UsageError{
                QObject::tr("--seed needs a whole number, not \"%1\".").arg(parser.value(seedOption))};
        installation = &context.seededInstallation(seed);
    } else {
        installation = &context.installation();
    }
    const QString path = parser.positionalArguments().first();
    auto file = createDemoEngagement(path, *installation, seed, *scale);
    context.out << QObject::tr("Created the demo engagement %1.\n").arg(native(path));
    return Done;
}

} // namespace pc::cli
