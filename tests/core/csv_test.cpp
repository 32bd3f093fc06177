// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvdecode.h"
#include "exchange/csvimport.h"
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"

#include "common/error.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QStringDecoder>

using namespace pc;
using namespace pc::csv;
using namespace Qt::StringLiterals;

namespace {

/// The message of the pc::Error that parsing `text` throws, or an empty string.
QString parseError(const QString& text)
{
    try {
        (void)parse(text);
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::InvalidInput);
        return error.message();
    }
    return {};
}

struct Peer
{
    QString name;
    QString email;
    int days = 0;
};

const QList<ColumnSpec> peerColumns = {
    {u"name"_s, u"Name"_s, true, {u"Full name"_s}},
    {u"email"_s, u"Email"_s, true, {u"E-mail"_s, u"Email address"_s}},
    {u"days"_s, u"Days"_s, false, {u"Days contributed"_s}},
};

std::variant<Peer, QString> toPeer(const QHash<QString, QString>& fields)
{
    if (fields.value(u"name"_s).isEmpty())
        return u"the name is empty."_s;
    if (fields.value(u"email"_s).isEmpty())
        return u"the email is empty."_s;
    bool number = true;
    const QString days = fields.value(u"days"_s);
    const int count = days.isEmpty() ? 0 : days.toInt(&number);
    if (!number)
        return u"\"%1\" is not a number of days."_s.arg(days);
    return Peer{fields.value(u"name"_s), fields.value(u"email"_s), count};
}

ImportResult<Peer> importPeers(const CsvTable& table)
{
    return importRows<Peer>(table, guessMapping(table.header, peerColumns), toPeer);
}

} // namespace

TEST_CASE("Quoted fields keep their commas, doubled quotes and line breaks, and rows know their lines",
          "[csv]")
{
    const CsvTable table = parse(u"Name,Notes\n"
                                 "\"Smith, Jo\",\"Said \"\"yes\"\"\"\n"
                                 "Ahmed,\"First line\nsecond line\r\nthird line\"\n"
                                 "Brown,plain\n"_s);
    REQUIRE(table.header == QStringList{u"Name"_s, u"Notes"_s});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows.at(0) == QStringList{u"Smith, Jo"_s, u"Said \"yes\""_s});
    CHECK(table.rows.at(1) == QStringList{u"Ahmed"_s, u"First line\nsecond line\nthird line"_s});
    CHECK(table.rows.at(2) == QStringList{u"Brown"_s, u"plain"_s});
    CHECK(table.lines == QList<int>{2, 3, 6});
    CHECK(table.headerLine == 1);
}

TEST_CASE("CRLF, LF and CR line ends read the same, with or without a final one", "[csv]")
{
    const QStringList texts = {u"a,b\r\n1,2\r\n\r\n3,4\r\n"_s, u"a,b\n1,2\n\n3,4"_s, u"a,b\r1,2\r\r3,4\r"_s};
    for (const QString& text : texts) {
        const CsvTable table = parse(text);
        CHECK(table.header == QStringList{u"a"_s, u"b"_s});
        CHECK(table.rows == QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}});
        CHECK(table.lines == QList<int>{2, 4});
    }
}

TEST_CASE("Blank lines and rows of empty cells are skipped, and a trailing empty field is kept", "[csv]")
{
    const CsvTable table = parse(u"\n\nName,Role,\n,,\nJo,Lead,\n  \"Sam\" ,Member\n"_s);
    CHECK(table.headerLine == 3);
    CHECK(table.header == QStringList{u"Name"_s, u"Role"_s, QString()});
    CHECK(table.rows == QList<QStringList>{{u"Jo"_s, u"Lead"_s, QString()}, {u"Sam"_s, u"Member"_s}});
    CHECK(table.lines == QList<int>{5, 6});
    CHECK(parse(QString()).header.isEmpty());
}

TEST_CASE("A UTF-8 byte order mark is dropped and UTF-8 without one is read as UTF-8", "[csv]")
{
    const QString expected = u"Name\nZoë Ñúñez £5"_s;
    CHECK(decodeText(QByteArrayLiteral("\xEF\xBB\xBF") + expected.toUtf8()) == expected);
    CHECK(decodeText(expected.toUtf8()) == expected);
    CHECK(read(QByteArrayLiteral("\xEF\xBB\xBFName,Role\r\nJo,Lead\r\n")).header.first() == u"Name"_s);
}

TEST_CASE("Bytes that are not valid UTF-8 are read as Windows-1252", "[csv]")
{
    CHECK(decodeText(QByteArrayLiteral("\xA3 \x96 caf\xE9")) == u"£ – café"_s);
    CHECK(decodeText(QByteArrayLiteral("\x80\x93quoted\x94 \x85")) == u"€“quoted” …"_s);
    // A UTF-8 sequence cut off at the very end is not UTF-8 either.
    CHECK(decodeText(QByteArrayLiteral("abc\xC3")) == u"abcÃ"_s);
}

TEST_CASE("The Windows-1252 table agrees with ICU where Qt has it", "[csv]")
{
    QStringDecoder icu("windows-1252");
    if (!icu.isValid()) {
        WARN("This Qt has no named windows-1252 decoder; the table is checked by the other tests only.");
        return;
    }
    QByteArray all;
    for (int byte = 0x20; byte <= 0xFF; ++byte)
        all.append(char(byte));
    CHECK(decodeWindows1252(all) == QString(icu.decode(all)));
}

TEST_CASE("A UTF-16 byte order mark is honoured, as in Excel's Unicode text", "[csv]")
{
    const QString text = u"Name\tTown\r\nZoë\tNottingham\r\n"_s;
    QByteArray littleEndian = QByteArrayLiteral("\xFF\xFE");
    QByteArray bigEndian = QByteArrayLiteral("\xFE\xFF");
    for (const QChar c : text) {
        littleEndian.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        bigEndian.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    CHECK(decodeText(littleEndian) == text);
    CHECK(decodeText(bigEndian) == text);
    const CsvTable table = read(littleEndian);
    CHECK(table.rows == QList<QStringList>{{u"Zoë"_s, u"Nottingham"_s}});
}

TEST_CASE("A semicolon or tab separated header is detected, and read uses it", "[csv]")
{
    CHECK(detectSeparator(u"Name;Email;Days"_s) == u';');
    CHECK(detectSeparator(u"Name\tEmail\tDays"_s) == u'\t');
    CHECK(detectSeparator(u"Name,Email,Days"_s) == u',');
    CHECK(detectSeparator(u"\"Surname; first\",Email,Days"_s) == u',');
    CHECK(detectSeparator(u"Name"_s) == u',');
    const CsvTable table = read(QByteArrayLiteral("Name;Amount\r\nJo;\"12,50\"\r\n"));
    CHECK(table.rows == QList<QStringList>{{u"Jo"_s, u"12,50"_s}});
}

TEST_CASE("An unterminated quote is refused with the line it starts on", "[csv]")
{
    const QString text = u"Name,Notes\nA,1\nB,2\nC,3\nD,4\nE,5\nF,\"never closed\nG,7\n"_s;
    CHECK(parseError(text) == u"Line 7: a quoted field is not closed."_s);
}

TEST_CASE("A quote inside an unquoted field, or text after a closing quote, is refused with its line",
          "[csv]")
{
    CHECK(
        parseError(u"Name,Notes\nJo,5\" screen\n"_s).startsWith(u"Line 2: a quote appears inside a field"_s));
    CHECK(parseError(u"Name,Notes\nJo,\"a\nb\"c\n"_s)
          == u"Line 3: there is text after the closing quote of a field."_s);
}

TEST_CASE("A bad row in the middle of five is reported with its line and nothing is imported", "[csv]")
{
    const CsvTable table = parse(u"Name,Email,Days\n"
                                 "Ann,ann@example.org,3\n"
                                 "Bob,bob@example.org,2\n"
                                 "\n"
                                 "Cat,cat@example.org,three\n"
                                 "Dan,dan@example.org,1\n"
                                 "Eve,eve@example.org,4\n"_s);
    const ImportResult<Peer> result = importPeers(table);
    CHECK_FALSE(result.ok());
    CHECK(result.records.isEmpty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().line == 5);
    CHECK(describe(result.problems.first()) == u"Line 5: \"three\" is not a number of days."_s);
}

TEST_CASE("Good rows are all converted, trimmed, in order", "[csv]")
{
    const ImportResult<Peer> result = importPeers(parse(u"Full name,E-MAIL,Days\n Ann ,ann@example.org,3\n"
                                                        "Bob,bob@example.org,\n"_s));
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 2);
    CHECK(result.records.at(0).name == u"Ann"_s);
    CHECK(result.records.at(0).days == 3);
    CHECK(result.records.at(1).email == u"bob@example.org"_s);
    CHECK(result.records.at(1).days == 0);
}

TEST_CASE("Columns are mapped by key, label and aliases, ignoring case and spaces", "[csv]")
{
    const ColumnMapping mapping =
        guessMapping({u"Notes"_s, u"EmailAddress"_s, u"  full NAME "_s, u"e-mail"_s, QString()}, peerColumns);
    CHECK(mapping.columnOf.value(u"name"_s) == 2);
    CHECK(mapping.columnOf.value(u"email"_s) == 1); // the first of two matching headers
    CHECK_FALSE(mapping.columnOf.contains(u"days"_s));
    CHECK(mapping.unmappedRequired.isEmpty());
    CHECK(mapping.ignoredHeaders == QStringList{u"Notes"_s, u"e-mail"_s});
}

TEST_CASE("A missing required column is reported and no row is converted", "[csv]")
{
    const CsvTable table = parse(u"Name,Phone\nAnn,0115 000\nBob,0115 001\n"_s);
    const ColumnMapping mapping = guessMapping(table.header, peerColumns);
    CHECK(mapping.unmappedRequired == QStringList{u"Email"_s});
    CHECK(mapping.ignoredHeaders == QStringList{u"Phone"_s});
    const ImportResult<Peer> result = importPeers(table);
    REQUIRE(result.problems.size() == 1);
    CHECK(describe(result.problems.first()) == u"Line 1: the required column \"Email\" is missing."_s);

    // The person picks the Phone column for Email in the mapping step.
    const ColumnMapping chosen =
        completeMapping({{u"name"_s, 0}, {u"email"_s, 1}}, table.header, peerColumns);
    CHECK(chosen.unmappedRequired.isEmpty());
    CHECK(chosen.ignoredHeaders.isEmpty());
}

TEST_CASE("A row with more values than the header is reported, but trailing empty cells are fine", "[csv]")
{
    const ImportResult<Peer> result =
        importPeers(parse(u"Name,Email\nAnn,ann@example.org,,\nBob,bob@example.org,extra\nCat\n"_s));
    REQUIRE(result.problems.size() == 2);
    CHECK(describe(result.problems.at(0))
          == u"Line 3: the row has 3 values but the header names only 2 columns."_s);
    CHECK(describe(result.problems.at(1)) == u"Line 4: the email is empty."_s); // a short row reads as empty
    CHECK(result.records.isEmpty());
}

TEST_CASE("The preview shows the first rows padded or cut to the header's width", "[csv]")
{
    const CsvTable table = parse(u"a,b\n1\n2,3,4\n5,6\n7,8\n"_s);
    CHECK(preview(table, 2) == QList<QStringList>{{u"1"_s, QString()}, {u"2"_s, u"3"_s}});
    CHECK(preview(table).size() == 4);
    CHECK(preview(table, 0).isEmpty());
}

TEST_CASE("Formula-looking cells are written safely and negative numbers are left alone", "[csv]")
{
    CHECK(safeCell(u"=HYPERLINK(\"http://x\",\"y\")"_s) == u"'=HYPERLINK(\"http://x\",\"y\")"_s);
    CHECK(safeCell(u"+cmd|' /C calc'!A0"_s) == u"'+cmd|' /C calc'!A0"_s);
    CHECK(safeCell(u"-2+3+cmd|x"_s) == u"'-2+3+cmd|x"_s);
    CHECK(safeCell(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(safeCell(u"\t=1"_s) == u"'\t=1"_s);
    CHECK(safeCell(u"\r=1"_s) == u"'\r=1"_s);
    for (const QString& number : {u"-12.5"_s, u"-3"_s, u"+44"_s, u"-1,250.00"_s, u"-.5"_s})
        CHECK(safeCell(number) == number);
    CHECK(safeCell(u"Jo = lead"_s) == u"Jo = lead"_s);
    CHECK(safeCell(u"-"_s) == u"'-"_s);

    const CsvTable table = parse(decodeText(write({u"Name"_s}, {{u"=1+1"_s}, {u"-12.5"_s}})));
    CHECK(table.rows == QList<QStringList>{{u"'=1+1"_s}, {u"-12.5"_s}});
    CHECK(importRows<QString>(table, {{{u"name"_s, 0}}, {}, {}},
                              [](const QHash<QString, QString>& fields) {
                                  return std::variant<QString, QString>(std::in_place_index<0>,
                                                                        fields.value(u"name"_s));
                              })
              .records
          == QStringList{u"=1+1"_s, u"-12.5"_s});
}

TEST_CASE("Written files start with a BOM, end every record with CRLF and quote what needs it", "[csv]")
{
    const QByteArray bytes = write({u"Name"_s, u"Notes"_s},
                                   {{u"Smith, Jo"_s, u"Said \"hi\"\nthen left"_s}, {u"Zoë"_s, QString()}});
    CHECK(bytes
          == QByteArrayLiteral(
              "\xEF\xBB\xBFName,Notes\r\n\"Smith, Jo\",\"Said \"\"hi\"\"\nthen left\"\r\nZo\xC3\xAB,\r\n"));
}

TEST_CASE("Writing, decoding and parsing gives back the same table", "[csv]")
{
    const QStringList header = {u"Name"_s, u"Notes"_s, u"Amount"_s, u"Empty"_s};
    const QList<QStringList> rows = {
        {u"Smith, Jo"_s, u"Line one\nLine two"_s, u"-12.5"_s, QString()},
        {u"O'Brien \"Bry\""_s, u"café £5 – ok"_s, u"1,000"_s, QString()},
        {u"Zoë"_s, u";semi;colons;"_s, u"0"_s, u"x"_s},
    };
    const CsvTable table = read(write(header, rows));
    CHECK(table.header == header);
    CHECK(table.rows == rows);
    CHECK(table.lines == QList<int>{2, 4, 5});
}

TEST_CASE("500 rows of 12 columns parse well under 100 ms", "[csv]")
{
    QStringList header;
    for (int column = 0; column < 12; ++column)
        header.append(u"Column %1"_s.arg(column));
    QList<QStringList> rows;
    for (int row = 0; row < 500; ++row) {
        QStringList cells;
        for (int column = 0; column < 12; ++column)
            cells.append(column % 4 == 0 ? u"Peer %1, \"quoted\"\nnote"_s.arg(row)
                                         : u"value %1.%2"_s.arg(row).arg(column));
        rows.append(cells);
    }
    const QByteArray bytes = write(header, rows);

    QElapsedTimer timer;
    timer.start();
    const CsvTable table = read(bytes);
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
    WARN("Decoded and parsed 500 x 12 (" << bytes.size() << " bytes) in " << elapsedUs / 1000.0 << " ms");
    CHECK(table.rows == rows);
}
