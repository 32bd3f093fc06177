// SPDX-License-Identifier: GPL-3.0-or-later
// The programme templates shipped as data: each loads and validates, broken ones are refused with a
// message naming the problem, and each fills a new engagement file with its themes.
#include "common/error.h"
#include "storage/scoperepository.h"
#include "support/testsupport.h"
#include "templates/programmetemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {

const QList<ProgrammeTemplate>& shipped()
{
    return TemplateLibrary::builtIn().templates();
}

QStringList titlesOf(const ProgrammeTemplate& programme)
{
    QStringList titles;
    for (const TemplateTheme& theme : programme.themes)
        titles.append(theme.title);
    return titles;
}

/// A small valid template, for the refusal tests to break one thing at a time.
QJsonObject validTemplate()
{
    const QJsonObject theme{
        {u"key"_s, u"leadership"_s},
        {u"title"_s, u"Leadership"_s},
        {u"core"_s, true},
        {u"questions"_s, QJsonArray{u"Is leadership effective?"_s, u"Are roles clear?"_s}}};
    return QJsonObject{{u"id"_s, u"test"_s},
                       {u"version"_s, 1},
                       {u"name"_s, u"Test programme"_s},
                       {u"description"_s, u"A programme for tests."_s},
                       {u"framework"_s, u"Test framework"_s},
                       {u"defaultOnsiteDays"_s, 3},
                       {u"themes"_s, QJsonArray{theme}}};
}

QByteArray bytesOf(const QJsonObject& json)
{
    return QJsonDocument(json).toJson();
}

/// The message of the refusal of `bytes`; fails the test when the template is accepted.
QString refusalOf(const QByteArray& bytes)
{
    try {
        (void)ProgrammeTemplate::fromJson(bytes, u"broken.json"_s);
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::InvalidInput);
        CHECK(error.message().contains(u"broken.json"_s));
        return error.message();
    }
    FAIL("The template was accepted.");
    return {};
}

} // namespace

TEST_CASE("Every shipped template loads, validates and has a unique id", "[templates]")
{
    REQUIRE_NOTHROW(TemplateLibrary::builtIn());
    QSet<QString> ids;
    for (const ProgrammeTemplate& programme : shipped()) {
        INFO(programme.id.toStdString());
        CHECK_FALSE(ids.contains(programme.id));
        ids.insert(programme.id);
        CHECK(programme.version >= 1);
        CHECK_FALSE(programme.name.trimmed().isEmpty());
        CHECK_FALSE(programme.description.trimmed().isEmpty());
        CHECK_FALSE(programme.framework.trimmed().isEmpty());
        CHECK(programme.defaultOnsiteDays >= 1);
        CHECK(programme.defaultOnsiteDays <= 10);
        CHECK(TemplateLibrary::builtIn().find(programme.id).has_value());
    }
    CHECK(TemplateLibrary::builtIn().ids().size() == ids.size());
}

TEST_CASE("Every shipped template file is named after its id and reads back the same", "[templates]")
{
    (void)TemplateLibrary::builtIn(); // registers the compiled-in resources
    const QDir folder(u":/templates"_s);
    const QStringList names = folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    CHECK(names.size() == shipped().size());
    for (const QString& name : names) {
        INFO(name.toStdString());
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const ProgrammeTemplate programme = ProgrammeTemplate::fromJson(file.readAll(), name);
        CHECK(name == programme.id + u".json"_s);
        const auto loaded = TemplateLibrary::builtIn().find(programme.id);
        REQUIRE(loaded.has_value());
        CHECK(titlesOf(*loaded) == titlesOf(programme));
    }
}

TEST_CASE("Every core theme of a shipped template has at least two guiding questions", "[templates]")
{
    for (const ProgrammeTemplate& programme : shipped()) {
        for (const TemplateTheme& theme : programme.themes) {
            INFO((programme.id + u" / "_s + theme.key).toStdString());
            if (theme.core)
                CHECK(theme.questions.size() >= 2);
            for (const QString& question : theme.questions)
                CHECK(question.trimmed().endsWith(u'?'));
        }
    }
}

TEST_CASE("The library ships at least seven templates with the current CPC and blank last", "[templates]")
{
    const QStringList ids = TemplateLibrary::builtIn().ids();
    INFO(ids.join(u", "_s).toStdString());
    CHECK(ids.size() >= 7);
    CHECK(ids.contains(u"lga-cpc-2024"_s));
    for (const QString& id : {u"lga-cpc-2017"_s, u"lga-finance-2024"_s, u"lga-governance-2024"_s,
                              u"international-linking"_s, u"parliamentary-peer-support"_s})
        CHECK(ids.contains(id));
    REQUIRE_FALSE(ids.isEmpty());
    CHECK(ids.last() == u"blank"_s);
    CHECK(ids.count(u"blank"_s) == 1);
}

TEST_CASE("The LGA programmes carry their published theme names in order", "[templates]")
{
    const auto titles = [](const QString& id) {
        const auto programme = TemplateLibrary::builtIn().find(id);
        REQUIRE(programme.has_value());
        return titlesOf(*programme);
    };
    CHECK(titles(u"lga-cpc-2024"_s)
          == QStringList{u"Local priorities and outcomes"_s, u"Organisational and place leadership"_s,
                         u"Governance and culture"_s, u"Financial planning and management"_s,
                         u"Capacity for improvement"_s});
    CHECK(titles(u"lga-cpc-2017"_s)
          == QStringList{u"Understanding of the local place and priority setting"_s, u"Leadership of Place"_s,
                         u"Organisational leadership and governance"_s, u"Financial planning and viability"_s,
                         u"Capacity to deliver"_s});
    CHECK(titles(u"lga-finance-2024"_s)
          == QStringList{u"Financial leadership"_s, u"Financial strategy, planning and forecasting"_s,
                         u"Decision-making"_s, u"Financial outcomes"_s, u"Partnership and innovation"_s});
    CHECK(titles(u"lga-governance-2024"_s)
          == QStringList{u"Roles, responsibilities and relationships"_s,
                         u"Effective governance and scrutiny"_s, u"Governance essentials"_s,
                         u"Risk management and audit"_s, u"Organisational culture"_s});
    CHECK(titles(u"international-linking"_s).size() == 6);
}

TEST_CASE("A valid template is accepted with its themes and questions", "[templates]")
{
    const ProgrammeTemplate programme = ProgrammeTemplate::fromJson(bytesOf(validTemplate()), u"test.json"_s);
    CHECK(programme.id == u"test"_s);
    CHECK(programme.defaultOnsiteDays == 3);
    REQUIRE(programme.themes.size() == 1);
    CHECK(programme.themes[0].core);
    CHECK(programme.themes[0].questions == QStringList{u"Is leadership effective?"_s, u"Are roles clear?"_s});
}

TEST_CASE("A broken template is refused with a message naming the problem", "[templates]")
{
    QJsonObject json = validTemplate();

    SECTION("Text that is not JSON")
    {
        CHECK(refusalOf("{ \"id\": \"test\", ").contains(u"JSON"_s));
        CHECK(refusalOf("[1, 2, 3]").contains(u"JSON"_s));
    }
    SECTION("A missing name")
    {
        json.remove(u"name"_s);
        CHECK(refusalOf(bytesOf(json)).contains(u"name"_s));
    }
    SECTION("Version 0")
    {
        json[u"version"_s] = 0;
        CHECK(refusalOf(bytesOf(json)).contains(u"version"_s));
    }
    SECTION("No onsite days")
    {
        json[u"defaultOnsiteDays"_s] = 0;
        CHECK(refusalOf(bytesOf(json)).contains(u"defaultOnsiteDays"_s));
    }
    SECTION("Eleven onsite days")
    {
        json[u"defaultOnsiteDays"_s] = 11;
        CHECK(refusalOf(bytesOf(json)).contains(u"defaultOnsiteDays"_s));
    }
    SECTION("A theme key used twice")
    {
        QJsonArray themes = json[u"themes"_s].toArray();
        QJsonObject twin = themes[0].toObject();
        twin[u"title"_s] = u"Leadership again"_s;
        themes.append(twin);
        json[u"themes"_s] = themes;
        const QString message = refusalOf(bytesOf(json));
        CHECK(message.contains(u"leadership"_s));
        CHECK(message.contains(u"twice"_s));
    }
    SECTION("An empty question")
    {
        QJsonArray themes = json[u"themes"_s].toArray();
        QJsonObject theme = themes[0].toObject();
        theme[u"questions"_s] = QJsonArray{u"Is leadership effective?"_s, u"  "_s};
        themes[0] = theme;
        json[u"themes"_s] = themes;
        CHECK(refusalOf(bytesOf(json)).contains(u"themes[0].questions[1]"_s));
    }
}

TEST_CASE("A new file made from each template has one live theme per template theme", "[templates]")
{
    test::TempFolder folder;
    quint64 seed = 1;
    for (const ProgrammeTemplate& programme : shipped()) {
        INFO(programme.id.toStdString());
        test::TestDevice device(seed++);
        NewEngagement engagement;
        engagement.title = programme.name;
        engagement.programme = programme.id;
        engagement.programmeVersion = programme.version;
        engagement.hostName = u"Northmoor District Council"_s;
        auto file =
            EngagementFile::create(folder.path(programme.id + u".peerchallenge"_s), device.installation,
                                   engagement, [&](RecordStore& records) { programme.applyTo(records); });
        REQUIRE(file);
        const QList<Theme> themes = ScopeRepository(file->records()).themes();
        REQUIRE(themes.size() == programme.themes.size());
        for (qsizetype i = 0; i < themes.size(); ++i) {
            const TemplateTheme& expected = programme.themes[i];
            CHECK(themes[i].title == expected.title);
            CHECK(themes[i].templateKey == expected.key);
            CHECK(themes[i].kind == (expected.core ? ThemeKind::Core : ThemeKind::Focus));
            QStringList questions;
            for (const KeyQuestion& question : themes[i].questions)
                questions.append(question.text);
            CHECK(questions == expected.questions);
        }
    }
}
