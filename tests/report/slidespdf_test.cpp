// SPDX-License-Identifier: GPL-3.0-or-later
// The last-day presentation as a PDF (core/report/slidespdf), read back with poppler-utils.
#include "report/slidespdf.h"

#include "common/error.h"
#include "report/pdftext.h"
#include "support/testsupport.h"

#include <QDir>
#include <QRegularExpression>

using namespace pc;
using namespace Qt::StringLiterals;
using report::Slide;
using report::SlideDeck;
using report::writeSlidesPdf;

namespace {

const QString footer = u"Northmoor District Council – corporate peer challenge"_s;

SlideDeck deck(const QStringList& manyPoints = {})
{
    SlideDeck deck;
    deck.footer = footer;
    deck.slides = {
        {Slide::Kind::Title,
         u"Corporate peer challenge"_s,
         u"Northmoor District Council"_s,
         {u"10–13 March 2026"_s}},
        {Slide::Kind::Section, u"Financial planning and viability"_s, u"Theme 3"_s, {}},
        {Slide::Kind::Points,
         u"What we found"_s,
         {},
         {u"A clear sense of place"_s, u"Partners value the council's openness"_s,
          u"Reserves are healthy but falling"_s}},
        {Slide::Kind::Points, u"Recommendations"_s, {}, manyPoints},
        {Slide::Kind::Points, u"Thank you"_s, {}, {}},
    };
    return deck;
}

QStringList longPoints(int count)
{
    QStringList points;
    for (int i = 1; i <= count; ++i)
        points.append(u"Recommendation %1: set out how the council will close the budget gap over the "
                      u"medium term, with milestones members can follow"_s.arg(i));
    return points;
}

/// "n / m" at the end of a page's last line.
QRegularExpression pageNumber(int page, int pages)
{
    return QRegularExpression(u"\\b%1\\s*/\\s*%2$"_s.arg(page).arg(pages));
}

} // namespace

TEST_CASE("Each slide is a 16:9 page with its title, and all but the first a footer", "[slides][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"slides.pdf"_s);
    writeSlidesPdf(pdf, deck({u"Publish the medium-term financial plan"_s}));
    REQUIRE(test::readAll(pdf).startsWith("%PDF-"));

    const QSizeF size = test::pdf::pageSize(pdf);
    CHECK(size.width() == Approx(960).margin(1));
    CHECK(size.height() == Approx(540).margin(1));
    CHECK(test::pdf::info(pdf, u"Creator"_s) == u"PeerChallenge"_s);

    const int pages = test::pdf::pageCount(pdf);
    REQUIRE(pages == 5);
    const QStringList texts = test::pdf::pageTexts(pdf);
    REQUIRE(texts.size() == pages);
    const QStringList titles{u"Corporate peer challenge"_s, u"Financial planning and viability"_s,
                             u"What we found"_s, u"Recommendations"_s, u"Thank you"_s};
    for (int page = 1; page <= pages; ++page) {
        INFO("slide " << page);
        const QStringList lines = test::pdf::lines(texts.at(page - 1));
        REQUIRE_FALSE(lines.isEmpty());
        CHECK(lines.constFirst() == titles.at(page - 1));
        if (page == 1) {
            CHECK_FALSE(texts.at(0).contains(footer));
            CHECK_FALSE(texts.at(0).contains(pageNumber(1, pages)));
        } else {
            CHECK(lines.constLast().startsWith(footer));
            CHECK(lines.constLast().contains(pageNumber(page, pages)));
        }
    }
    CHECK(texts.at(0).contains(u"Northmoor District Council"_s));
    CHECK(texts.at(0).contains(u"10–13 March 2026"_s));
    CHECK(texts.at(1).contains(u"Theme 3"_s));
    CHECK(texts.at(2).contains(u"Partners value the council's openness"_s));
}

TEST_CASE("Slide text is large enough to read from the back of the chamber", "[slides][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"slides.pdf"_s);
    writeSlidesPdf(pdf, deck(longPoints(5)));
    // pdftotext's box of a word is one em tall: the type size in points, give or take rounding.
    const qreal slack = 0.5;
    bool sawSmallerPoints = false;
    for (const test::pdf::Word& word : test::pdf::words(pdf)) {
        INFO("slide " << word.page << ": " << word.text.toStdString() << " " << word.height);
        if (word.text == u"What" || word.text == u"Recommendations")
            CHECK(word.height >= 36 - slack);
        if (word.text == u"clear") // on a slide with room: full size
            CHECK(word.height >= 24 - slack);
        if (word.text == u"milestones") {
            CHECK(word.height >= 20 - slack);
            sawSmallerPoints = sawSmallerPoints || word.height < 28 - slack;
        }
    }
    // Five long points do not fit at full size, but do fit shrunk, on one slide.
    CHECK(sawSmallerPoints);
    CHECK(test::pdf::pageCount(pdf) == 5);
}

TEST_CASE("Points that do not fit at the smallest size continue on another slide", "[slides][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"slides.pdf"_s);
    SlideDeck slides = deck(longPoints(16));
    QStringList words;
    for (int i = 1; i <= 700; ++i)
        words.append(u"w%1"_s.arg(i));
    slides.slides.append({Slide::Kind::Points, u"One long point"_s, {}, {words.join(u' ')}});
    writeSlidesPdf(pdf, slides);

    const int pages = test::pdf::pageCount(pdf);
    CHECK(pages >= 8);
    const QStringList texts = test::pdf::pageTexts(pdf);
    REQUIRE(texts.size() == pages);
    const QString all = texts.join(u'\n');
    CHECK(all.count(u"Recommendations (continued)"_s) >= 1);
    CHECK(all.count(u"One long point (continued)"_s) >= 1);
    for (int i = 1; i <= 16; ++i)
        CHECK(all.count(QRegularExpression(u"Recommendation %1:"_s.arg(i))) == 1);
    CHECK(all.count(QRegularExpression(u"\\bw\\d+\\b"_s)) == 700);
    for (int page = 2; page <= pages; ++page) {
        INFO("slide " << page);
        CHECK(test::pdf::lines(texts.at(page - 1)).constLast().contains(pageNumber(page, pages)));
    }
    for (const test::pdf::Word& word : test::pdf::words(pdf)) {
        if (word.text == u"milestones" || word.text == u"w350")
            CHECK(word.height >= 20 - 0.5);
    }
}

TEST_CASE("The slides' fonts are the embedded Carlito faces", "[slides][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"slides.pdf"_s);
    writeSlidesPdf(pdf, deck());
    const auto fonts = test::pdf::fonts(pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const auto& [name, embedded] : fonts) {
        INFO(name.toStdString());
        CHECK(name.contains(u"Carlito"_s));
        CHECK(embedded);
    }
}

TEST_CASE("Cancelling the slides leaves no file, and an unwritable path is an error", "[slides][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"slides.pdf"_s);
    int calls = 0;
    try {
        writeSlidesPdf(pdf, deck(), [&](int done, int total) {
            ++calls;
            CHECK(total == 5);
            return done < 2;
        });
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Cancelled);
    }
    CHECK(calls == 2);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(QDir(folder.dir.path()).entryList(QDir::Files).isEmpty());

    const QString missing = folder.path(u"missing/slides.pdf"_s);
    try {
        writeSlidesPdf(missing, deck());
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Io);
        CHECK(error.message().contains(QDir::toNativeSeparators(missing)));
    }
}
